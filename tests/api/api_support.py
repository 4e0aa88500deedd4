"""What the service's tests share: the texts and keys they send (the real server they send
them to is started by ``bench/_support.py``, which the benchmarks use too), and how they read
an error answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from werkzeug.test import TestResponse

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"

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


KEYS = ("key-one-7hQ2xV9", "key-two-Lm4pZ8r")
CMS_ORIGIN = "https://cms.example.org"
GUARDED_LIMIT = 12


def bearer(key: str) -> dict[str, str]:
    """The header that sends an API key."""
    return {"Authorization": f"Bearer {key}"}


def error_of(response: TestResponse, status: int, code: str) -> dict[str, Any]:
    """The error body of a ``status`` answer, whose code must be ``code``."""
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    error: dict[str, Any] = response.get_json()["error"]
    assert error["code"] == code, error
    return error
