"""Issue 14: the hostile-input cases of benchmarks/hostile.py (`make hostile`), each a real
`factcheck` run in its own folder, judged the same way: the documented exit code, the clear
message, no traceback, within its time limit, and a report written whole or not at all. The
4 MB and 20 MB articles are left to `make hostile` (minutes, not seconds)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import hostile

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def servers() -> Iterator[hostile.Servers]:
    with hostile.servers() as running:
        yield running


@pytest.mark.parametrize("case", [c for c in hostile.CASES if c.quick], ids=lambda c: c.name)
def test_hostile_case(case: hostile.Case, servers: hostile.Servers, tmp_path: Path) -> None:
    outcome = hostile.run_case(case, tmp_path, servers)
    assert outcome.ok, "\n".join(outcome.problems)


def test_every_case_is_named_once() -> None:
    names = [c.name for c in hostile.CASES]
    assert len(names) == len(set(names))
    assert {"article-4mb", "article-20mb"} <= set(names)
