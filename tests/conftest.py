"""The import path of every test: ``bench/`` (its ``_support`` starts the real server for the
benchmarks and the tests alike, and some tests drive bench scripts) and the helpers of
``tests/api`` and ``tests/cli``, which other folders' tests share.  Appended, so that no
module there hides an installed one."""

from __future__ import annotations

import sys
from pathlib import Path

_TESTS = Path(__file__).resolve().parent
for _folder in (_TESTS.parent / "bench", _TESTS / "api", _TESTS / "cli"):
    if str(_folder) not in sys.path:
        sys.path.append(str(_folder))
