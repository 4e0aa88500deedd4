"""``bench/limits.py --short``: each adversarial input of the hardening issue, in-process,
beside a normal input of the same size.  The bench's goal is 3x; CI allows 6x, because the
short inputs take tenths of a second, where a busy machine's noise is a large share, while
a quadratic stage is off by orders of magnitude."""

from __future__ import annotations

import limits
import pytest

CI_LIMIT = 2 * limits.GOAL
CASES = limits.cases(short=True)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_adversarial_input_costs_about_what_normal_input_costs(case: limits.Case) -> None:
    timing = limits.time_case(case, repeats=3)
    assert timing.ratio < CI_LIMIT, f"{timing.adversarial:.2f} s against {timing.normal:.2f} s"


def test_short_run_prints_every_case(capsys: pytest.CaptureFixture[str]) -> None:
    status = limits.main(["--short", "--goal", "1000"])
    printed = capsys.readouterr().out
    assert status == 0
    for case in CASES:
        assert case.name in printed
    assert "worst ratio" in printed
