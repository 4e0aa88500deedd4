"""Schemathesis against the served /openapi.json: generated requests (valid and invalid) to
every operation get no 500 and no response that disagrees with the schema.

Run through schemathesis's own command line against the real server on the loopback
interface, at most 50 examples per operation and a fixed seed.  The "schema-valid request
rejected" check (``positive_data_acceptance``) is left out on purpose: the schema documents
422s that JSON Schema cannot express (an unsupported ``lang``, duplicate batch ids, an
upload's file type), so those rejections are the documented behaviour, not a bug.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import httpx
import pytest
from api_support import Server

pytest.importorskip("schemathesis", reason="pip install schemathesis (a test dependency)")

CHECKS = ",".join((
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
))
MAX_EXAMPLES = 50
SEED = 20261121


def _schemathesis() -> str:
    beside = Path(sys.executable).parent / "schemathesis"
    if not beside.exists():
        pytest.fail(f"schemathesis is importable but its command is not at {beside}")
    return str(beside)


def test_fuzzed_requests_get_no_500_and_match_the_schema(
    open_server: Server, open_http: httpx.Client, tmp_path: Path
) -> None:
    spec = open_http.get("/openapi.json").json()
    operations = sum(
        1 for item in spec["paths"].values() for method in item if method in {"get", "post"}
    )
    junit = tmp_path / "junit.xml"
    env = {key: value for key, value in os.environ.items()
           if key.lower() not in {"http_proxy", "https_proxy", "all_proxy"}}
    env["NO_PROXY"] = "127.0.0.1,localhost"
    result = subprocess.run(
        [
            _schemathesis(), "run", f"{open_server.url}/openapi.json",
            "--checks", CHECKS,
            "--max-examples", str(MAX_EXAMPLES),
            "--seed", str(SEED),
            "--phases", "examples,coverage,fuzzing",
            "--generation-database", "none",
            "--request-timeout", "60",
            "--no-color",
            "--report", "junit", "--report-junit-path", str(junit),
        ],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=240, check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    cases = ElementTree.parse(junit).getroot().iter("testcase")
    tested = {case.get("name") for case in cases}
    assert len(tested) == operations, sorted(name or "" for name in tested)
    assert open_http.get("/healthz").status_code == 200
