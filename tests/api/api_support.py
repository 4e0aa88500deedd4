"""What the service's tests share: the texts they send and how to run a real server."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
STARTUP_SECONDS = 90.0

# A realistic patient leaflet: jargon, an abbreviation, and one very long sentence.
LEAFLET = """Managing Your High Blood Pressure at Home

Your physician has prescribed a medication to treat your hypertension. Take one tablet \
every morning with a glass of water. Do not stop taking the medication without consulting \
your doctor, even if you feel well.

If you experience dizziness, headache, swelling of the ankles or palpitations, or if you \
notice that your blood pressure readings at home are consistently higher than the target \
that was agreed with your care team during your last appointment at the clinic, contact \
the practice as soon as possible so that your dose can be reviewed and adjusted.

Check your blood pressure twice a day. Sit quietly for five minutes before each reading. \
Write the results in your diary and bring it to every appointment.

Reduce the amount of salt in your diet. Eat more fruit and vegetables. Try to be \
physically active for thirty minutes on most days. Limit alcohol to one drink a day.

Some patients experience adverse effects such as a persistent dry cough. This is not \
usually serious, but tell your doctor if it bothers you. Your physician may administer a \
different medication or refer you for an ECG.

If you have chest pain or sudden shortness of breath, call 911 right away.
"""

XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_ATTRIBUTE = '"><img src=x onerror="window.__xss=1">'


@dataclass
class Server:
    """A running ``python -m api.serve`` (gunicorn) and where its log goes."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(
    directory: Path, name: str, settings: Mapping[str, str], workers: int = 2
) -> Server:
    """Start gunicorn through ``api.serve`` and wait until /readyz answers 200."""
    port = free_port()
    log = directory / f"{name}.log"
    env = {key: value for key, value in os.environ.items() if not key.startswith("PLAINLY_")}
    if "PLAINLY_SPACY_MODEL" in os.environ:
        env["PLAINLY_SPACY_MODEL"] = os.environ["PLAINLY_SPACY_MODEL"]
    env.update(settings)
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "api.serve", "--port", str(port), "--workers", str(workers)],
            cwd=directory,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Server(f"http://127.0.0.1:{port}", process, log)
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the {name} server exited with {process.returncode}:\n{server.log_text()}")
        try:
            if httpx.get(server.url + "/readyz", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    stop_server(server)
    pytest.fail(f"the {name} server was not ready in {STARTUP_SECONDS:.0f} s:\n{server.log_text()}")


def stop_server(server: Server) -> None:
    """SIGTERM (gunicorn's graceful stop), then SIGKILL if it lingers."""
    if server.process.poll() is None:
        server.process.send_signal(signal.SIGTERM)
        try:
            server.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.process.pid, signal.SIGKILL)
            server.process.wait(timeout=10)


KEYS = ("key-one-7hQ2xV9", "key-two-Lm4pZ8r")
CMS_ORIGIN = "https://cms.example.org"
GUARDED_LIMIT = 12
