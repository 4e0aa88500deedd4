"""Schemathesis against the served /openapi.json: generated requests (valid and invalid) to
every operation get no 500 and no response that disagrees with the schema.

Run through schemathesis's own command line against the real server on the loopback
interface, with every check on (``--checks all``, "schema-valid request rejected" included:
``lang`` is an enum in the schema, so an unsupported one is schema-invalid; the 422s that
depend on what a request says are listed, operation by operation, in
``schemathesis.toml`` beside this file), at most 50 examples per operation and a fixed seed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import httpx
import pytest
from _support import Server

pytest.importorskip("schemathesis", reason="pip install schemathesis (a test dependency)")

CHECKS = "all"
CONFIG = Path(__file__).with_name("schemathesis.toml")
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
            _schemathesis(), "--config-file", str(CONFIG), "run",
            f"{open_server.url}/openapi.json",
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
