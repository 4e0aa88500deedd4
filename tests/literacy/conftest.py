"""The damage helpers of ``bench/translations_eval.py`` are imported by the translation
tests, so ``bench`` is put on the import path (as ``tests/hardening/conftest.py`` does)."""

from __future__ import annotations

import sys
from pathlib import Path

_BENCH = str(Path(__file__).resolve().parents[2] / "bench")
if _BENCH not in sys.path:
    sys.path.append(_BENCH)
