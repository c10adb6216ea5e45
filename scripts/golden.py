"""Golden snapshots: findings.json, report.html and report.md of fixed inputs at a fixed clock.

``python scripts/golden.py`` (or ``make golden``) rewrites ``tests/golden/``; the test
``tests/test_golden.py`` renders the same inputs and compares them byte for byte. Refresh only
when a change of output is intended, and read the diff before committing it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
FIXED_CLOCK = "2026-01-01T00:00:00+00:00"
# name -> inputs, relative to the repository root (so sources print the same everywhere)
CASES: dict[str, tuple[str, ...]] = {
    "summit": ("data/summit",),
    "ecb-t41-ecb": ("data/ecbplus/ecbplus-t41-ecb",),
    "ecb-t45-plus": ("data/ecbplus/ecbplus-t45-plus",),
}
FORMATS = ("json", "html", "md")
NAMES = {"json": "findings.json", "html": "report.html", "md": "report.md"}


def render_case(name: str) -> dict[str, bytes]:
    """Every golden format of one case, rendered in memory from the repository root."""
    from factcheck.pipeline import build_report
    from factcheck.render.outputs import render_formats

    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        report = build_report(list(CASES[name]), generated_at=FIXED_CLOCK)
        rendered = render_formats(report, FORMATS)
    finally:
        os.chdir(cwd)
    return {NAMES[fmt]: data for fmt, data in rendered.items()}


def main() -> int:
    for name in CASES:
        out = GOLDEN / name
        out.mkdir(parents=True, exist_ok=True)
        for filename, data in render_case(name).items():
            (out / filename).write_bytes(data)
        print(f"wrote {out}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
