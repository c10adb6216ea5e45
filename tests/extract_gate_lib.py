"""Score extraction against tests/fixtures/facts/passages.json: precision/recall per type."""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

from factcheck.extract import extract_facts
from factcheck.models import Article
from factcheck.values import FactValue

FIXTURES = Path(__file__).parent / "fixtures" / "facts"
PASSAGES = FIXTURES / "passages.json"
BASELINE = FIXTURES / "baseline.json"


def load_passages() -> list[dict[str, Any]]:
    return json.loads(PASSAGES.read_text(encoding="utf-8"))


def value_matches(expected: dict[str, Any], got: FactValue) -> bool:
    """Every expected key holds in the predicted value (floats within a small tolerance)."""
    for key, want in expected.items():
        have = getattr(got, key, None)
        if isinstance(want, (int, float)) and not isinstance(want, bool):
            if not isinstance(have, (int, float)) or not math.isclose(
                float(have), float(want), rel_tol=1e-6, abs_tol=1e-3
            ):
                return False
        elif have != want:
            return False
    return True


def score_passage(p: dict[str, Any]) -> tuple[Counter[str], Counter[str], Counter[str], list[str]]:
    """Return (tp, fp, fn) per type for one passage, and readable misses."""
    art = Article(id="p1", source=p["id"], format="txt", text=p["text"], reference_date=p["ref"])
    facts = [f for f in extract_facts(art).facts if f.type.value in p["types"]]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    notes: list[str] = []
    unused = list(facts)
    for exp in p["facts"]:
        hit = next(
            (
                f
                for f in unused
                if f.type.value == exp["type"]
                and f.text == exp["text"]
                and value_matches(exp.get("value", {}), f.value)
            ),
            None,
        )
        if hit is None:
            fn[exp["type"]] += 1
            near = [f.value for f in unused if f.text == exp["text"]]
            notes.append(f"{p['id']}: missed {exp['type']} {exp['text']!r} got {near}")
        else:
            tp[exp["type"]] += 1
            unused.remove(hit)
    for f in unused:
        fp[f.type.value] += 1
        notes.append(f"{p['id']}: extra {f.type.value} {f.text!r}")
    return tp, fp, fn, notes


def score_all() -> tuple[dict[str, dict[str, float]], list[str]]:
    """Precision and recall per fact type over all passages."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    notes: list[str] = []
    for p in load_passages():
        a, b, c, n = score_passage(p)
        tp += a
        fp += b
        fn += c
        notes += n
    scores = {}
    for t in sorted(set(tp) | set(fp) | set(fn)):
        prec = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 1.0
        rec = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 1.0
        scores[t] = {"precision": round(prec, 4), "recall": round(rec, 4)}
    return scores, notes
