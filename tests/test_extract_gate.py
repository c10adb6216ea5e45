"""Quality gate: extraction precision/recall per fact type must stay above pinned floors.

Floors live in tests/fixtures/facts/baseline.json and can only be raised:
``python tests/test_extract_gate.py --update`` raises them to the measured values and refuses
to lower any floor unless ``--allow-regression`` is given. The tests compare the measured
figures with the committed floors, so they fail on a clean checkout too.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_gate_lib import BASELINE, load_passages, score_all, score_passage

REPO = Path(__file__).resolve().parents[1]
MIN_PASSAGES = 30


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, float]]:
    return score_all()[0]


def _floors() -> dict[str, dict[str, float]]:
    return json.loads(BASELINE.read_text(encoding="utf-8"))["floors"]


def test_fixture_set_is_big_enough() -> None:
    passages = load_passages()
    assert len(passages) >= MIN_PASSAGES
    assert len({p["id"] for p in passages}) == len(passages)


@pytest.mark.parametrize("fact_type", sorted(_floors()))
def test_precision_recall_above_floor(fact_type: str, scores: dict[str, dict[str, float]]) -> None:
    floor = _floors()[fact_type]
    got = scores.get(fact_type, {"precision": 0.0, "recall": 0.0})
    notes = [n for p in load_passages() for n in score_passage(p)[3] if fact_type in n]
    assert got["precision"] >= floor["precision"], notes
    assert got["recall"] >= floor["recall"], notes


def main(argv: list[str]) -> int:
    scores, notes = score_all()
    floors = _floors() if BASELINE.exists() else {}
    lowered = [
        f"{t} {k}: {floors[t][k]} -> {v[k]}"
        for t, v in scores.items()
        for k in ("precision", "recall")
        if t in floors and v[k] < floors[t][k]
    ]
    for n in notes:
        print(n)
    print(json.dumps(scores, indent=1))
    if "--update" in argv:
        if lowered and "--allow-regression" not in argv:
            print("refusing to lower floors:", *lowered, sep="\n  ")
            return 1
        new = {
            t: {k: max(v[k], floors.get(t, {}).get(k, 0.0)) for k in v} for t, v in scores.items()
        }
        BASELINE.write_text(json.dumps({"floors": new}, indent=1, sort_keys=True) + "\n")
        print(f"wrote {BASELINE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
