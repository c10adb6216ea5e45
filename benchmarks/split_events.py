#!/usr/bin/env python3
"""Split a multi-outlet corpus into ``dev`` and ``frozen`` incidents, at random, by incident.

    python benchmarks/split_events.py --corpus /work/corpora/gvc --out eval/split_gvc.json

Deterministic: incidents are sorted by id, stratified by size (3 documents / 4 or more, so
both halves get incidents worth hand-labelling), and each stratum is shuffled with
``random.Random(f"{seed}:{stratum}")``; the first half (rounded up) of each stratum is
``dev``, the rest ``frozen``. Same manifest + same seed -> byte-identical file.

Only ``dev`` incidents may be used to look at factcheck's output while tuning; ``frozen``
incidents are for the baseline figures and the hand labels only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections import Counter
from pathlib import Path

DEFAULT_SEED = 20261130


def stratum(n_docs: int) -> str:
    return "3" if n_docs <= 3 else "4+"


def make_split(manifest: list[dict], seed: int) -> dict:
    sizes = Counter(row["event_id"] for row in manifest)
    by_stratum: dict[str, list[str]] = {}
    for event in sorted(sizes):
        by_stratum.setdefault(stratum(sizes[event]), []).append(event)
    assign: dict[str, str] = {}
    for name, events in sorted(by_stratum.items()):
        rng = random.Random(f"{seed}:{name}")
        order = list(events)
        rng.shuffle(order)
        half = (len(order) + 1) // 2
        for i, event in enumerate(order):
            assign[event] = "dev" if i < half else "frozen"
    counts = Counter(assign.values())
    docs: Counter[str] = Counter()
    for event, part in assign.items():
        docs[part] += sizes[event]
    return {
        "corpus": "gvc (cltl/LongTailQATask the_violent_corpus, odd incidents, >=3 docs)",
        "seed": seed,
        "method": (
            "sorted incident ids, stratified by size (3 / 4+ documents); each stratum "
            "shuffled with random.Random(f'{seed}:{stratum}'); first half (rounded up) dev"
        ),
        "manifest_sha256": hashlib.sha256(
            json.dumps(sorted((r["event_id"], r["file"]) for r in manifest)).encode()
        ).hexdigest(),
        "counts": {
            part: {
                "incidents": counts[part],
                "documents": docs[part],
                "incidents_4plus": sum(1 for e, p in assign.items() if p == part and sizes[e] >= 4),
            }
            for part in ("dev", "frozen")
        },
        "split": dict(sorted(assign.items())),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("/work/corpora/gvc"))
    default_out = Path(__file__).resolve().parents[1] / "eval" / "split_gvc.json"
    ap.add_argument("--out", type=Path, default=default_out)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args()
    manifest = json.loads((args.corpus / "manifest.json").read_text(encoding="utf-8"))
    split = make_split(manifest, args.seed)
    args.out.write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    print(args.out, json.dumps(split["counts"]))


if __name__ == "__main__":
    main()
