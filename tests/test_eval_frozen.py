"""The frozen-split figures (eval/results_frozen.json, written by benchmarks/eval_all.py on
the GVC and pages corpora) hold the floors of eval/floors.json. The corpora stay outside the
repository, so CI checks the committed figures; a rebuild re-measures them
(`eval_all.py --split frozen --write-results eval/results_frozen.json --check-floors`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "eval" / "results_frozen.json"
FLOORS = json.loads((ROOT / "eval" / "floors.json").read_text("utf-8"))["frozen"]


def test_every_frozen_floor_names_a_measured_figure() -> None:
    figures = json.loads(RESULTS.read_text("utf-8"))["figures"]
    for key in FLOORS:
        assert key.removesuffix("_max") in figures, key


def test_committed_frozen_figures_hold_the_floors() -> None:
    figures = json.loads(RESULTS.read_text("utf-8"))["figures"]
    for key, floor in FLOORS.items():
        if key.endswith("_max"):
            assert figures[key.removesuffix("_max")] <= floor, key
        else:
            assert figures[key] >= floor, key


def test_the_rebuild_script_checks_the_same_floors() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "benchmarks/eval_all.py",
            "--check-floors",
            "--from-results",
            str(RESULTS),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert f"{len(FLOORS)}/{len(FLOORS)} frozen floors hold" in out.stdout
