"""The outputs of fixed inputs at a fixed clock match the committed snapshots byte for byte.

A refactoring must leave them alone; an intended change of output refreshes them with
``make golden`` (scripts/golden.py), and the diff is read before it is committed.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("golden", ROOT / "scripts" / "golden.py")
assert _spec is not None and _spec.loader is not None
golden = importlib.util.module_from_spec(_spec)
sys.modules["golden"] = golden
_spec.loader.exec_module(golden)


@pytest.mark.parametrize("case", sorted(golden.CASES))
def test_outputs_match_snapshot(case: str) -> None:
    rendered = golden.render_case(case)
    assert set(rendered) == {"findings.json", "report.html", "report.md"}
    for filename, data in rendered.items():
        expected = (golden.GOLDEN / case / filename).read_bytes()
        if data != expected:
            got = data.decode("utf-8").splitlines()
            want = expected.decode("utf-8").splitlines()
            first = next(
                (i for i, (g, w) in enumerate(zip(got, want, strict=False)) if g != w),
                min(len(got), len(want)),
            )
            pytest.fail(
                f"{case}/{filename} differs from tests/golden at line {first + 1}:\n"
                f"  want: {want[first] if first < len(want) else '<end>'}\n"
                f"  got:  {got[first] if first < len(got) else '<end>'}\n"
                "refresh with `make golden` only if the change is intended"
            )
