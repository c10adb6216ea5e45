"""Time and peak memory of the pipeline (files -> findings.json) at 100 to 10,000 articles.

The corpus is real news text recombined: the ECB+ dev corpus and the bundled seeds, grouped
by their gold event, each group copied into many synthetic events that get their own
year, month, venue city and amounts (so events of the same kind with the same participants recur
at different dates: the hard case for clustering). About 10 articles per event; a few
articles get a perturbed amount so the judge has real conflicts to find.

    .venv/bin/python benchmarks/bench_pipeline.py --sizes 100,1000
    .venv/bin/python benchmarks/bench_pipeline.py --dev-corpus   # clustering F1 on ECB+

Each size runs in a fresh subprocess so peak RSS (ru_maxrss) is that size's own.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "data" / "ecbplus"
SEEDS = ROOT / "data" / "summit"
SEED_EVENTS = {
    "000": "summit-e1",
    "001": "summit-e1",
    "002": "summit-e2",
    "003": "summit-e2",
    "004": "summit-e2",
}
CITIES = [
    "Phnom Penh",
    "Washington",
    "San Francisco",
    "Gaza",
    "Sunnyvale",
    "Plano",
    "Cupertino",
    "Khartoum",
    "Juba",
    "Modesto",
    "Redwood City",
    "Tokyo",
    "London",
]
NEW_CITIES = [
    "Lisbon",
    "Oslo",
    "Nairobi",
    "Lima",
    "Hanoi",
    "Warsaw",
    "Cairo",
    "Manila",
    "Bogota",
    "Seoul",
    "Dakar",
    "Quito",
    "Riga",
    "Tunis",
    "Accra",
    "Perth",
    "Porto",
    "Lyon",
    "Geneva",
    "Denver",
    "Austin",
    "Osaka",
    "Busan",
    "Cork",
]
YEAR_RE = re.compile(r"\b(19[89]\d|20[0-3]\d)\b")
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTH_RE = re.compile(r"\b(" + "|".join([*MONTHS, *(m[:3] for m in MONTHS), "Sept"]) + r")\b")
MONEY_RE = re.compile(r"\$\s?(\d[\d,]*(?:\.\d+)?)")


def _base_groups() -> dict[str, list[str]]:
    """Gold event -> article texts (dev corpus and seeds)."""
    groups: dict[str, list[str]] = defaultdict(list)
    if DEV.exists():
        for entry in json.loads((DEV / "manifest.json").read_text("utf-8")):
            groups[entry["event_id"]].append((DEV / entry["file"]).read_text("utf-8"))
    for path in sorted(SEEDS.glob("*.txt")):
        groups[SEED_EVENTS.get(path.name[:3], "summit")].append(path.read_text("utf-8"))
    return dict(groups)


def _rotate_month(m: re.Match[str], turn: int) -> str:
    """'Nov' -> 'Feb' for turn 3: every month of an event moves by the same amount."""
    word = m.group(1)
    index = [x[:3] for x in MONTHS].index(word[:3])
    target = MONTHS[(index + turn) % 12]
    return target if word in MONTHS else target[:3]


def _vary(text: str, shift: int, turn: int, city: str, scale: float, rng: random.Random) -> str:
    """One synthetic copy: years and months shifted, venue city renamed, amounts rescaled."""
    text = YEAR_RE.sub(lambda m: str(int(m.group(1)) + shift), text)
    text = MONTH_RE.sub(lambda m: _rotate_month(m, turn), text)
    for old in CITIES:
        if old in text:
            text = text.replace(old, city)
            break
    bump = 1.0 if rng.random() > 0.1 else 1.5  # one article in ten disagrees on amounts

    def money(m: re.Match[str]) -> str:
        value = float(m.group(1).replace(",", "")) * scale * bump
        return f"${value:,.0f}" if value >= 100 else f"${value:.1f}"

    return MONEY_RE.sub(money, text)


def build_corpus(n_articles: int, out: Path, seed: int = 7) -> int:
    """Write about ``n_articles`` files (10 per event) into ``out``; return the count."""
    rng = random.Random(seed)
    groups = _base_groups()
    names = sorted(groups)
    written = 0
    for ev in itertools.count():
        if written >= n_articles:
            break
        base = groups[names[ev % len(names)]]
        shift = rng.randint(-8, 8)
        turn = rng.randint(0, 11)
        city = rng.choice(NEW_CITIES)
        scale = rng.choice([0.5, 0.8, 1.0, 1.25, 2.0])
        for k in range(min(10, n_articles - written)):
            text = _vary(base[k % len(base)], shift, turn, city, scale, rng)
            (out / f"ev{ev:05d}_{k:02d}.txt").write_text(text, "utf-8")
            written += 1
    return written


def run_one(n_articles: int) -> dict[str, object]:
    """Build a corpus, run the pipeline to findings.json, report times and peak memory."""
    from factcheck.pipeline import build_report
    from factcheck.render.findings_json import findings_json

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        count = build_corpus(n_articles, corpus)
        stages: dict[str, list[float]] = {}

        def progress(stage: str, _done: int, _total: int) -> None:
            now = time.perf_counter()
            stages.setdefault(stage, [now, now])[1] = now

        start = time.perf_counter()
        report = build_report(
            [str(corpus)], generated_at="2026-01-01T00:00:00+00:00", progress=progress
        )
        text = findings_json(report)
        (Path(tmp) / "findings.json").write_text(text, "utf-8")
        total = time.perf_counter() - start
    ordered = sorted(stages.items(), key=lambda kv: kv[1][1])
    marks = [start] + [end for _name, (_s, end) in ordered]
    per_stage = {name: round(marks[i + 1] - marks[i], 2) for i, (name, _) in enumerate(ordered)}
    per_stage["export"] = round(start + total - marks[-1], 2)
    return {
        "articles": count,
        "events": len(report.events),
        "findings": len(report.findings),
        "seconds": round(total, 2),
        "stages": per_stage,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "children_peak_rss_mb": round(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1
        ),
    }


def dev_corpus_f1() -> dict[str, float]:
    """Pairwise precision / recall / F1 of cluster_events against the ECB+ gold folders."""
    from factcheck.cluster.events import cluster_events
    from factcheck.extract import extract_facts
    from factcheck.ingest import load_articles

    manifest = json.loads((DEV / "manifest.json").read_text("utf-8"))
    gold = {str(DEV / m["file"]): m["event_id"] for m in manifest}
    articles, _ = load_articles(sorted(gold), None)
    items = [extract_facts(a) for a in articles]
    events = cluster_events(items)
    source = {it.article.id: it.article.source for it in items}
    pred = {source[a]: ev.id for ev in events for a in ev.article_ids}

    def pairs(label: dict[str, str]) -> set[tuple[str, str]]:
        keys = sorted(label)
        return {(a, b) for a, b in itertools.combinations(keys, 2) if label[a] == label[b]}

    g, p = pairs(gold), pairs(pred)
    tp = len(g & p)
    precision = tp / len(p) if p else 0.0
    recall = tp / len(g) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "articles": len(items),
        "gold_events": len(set(gold.values())),
        "events": len(events),
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--dev-corpus", action="store_true", help="clustering F1 on ECB+")
    args = parser.parse_args()
    if args.dev_corpus:
        print(json.dumps(dev_corpus_f1()))
        return
    if args.one:
        print(json.dumps(run_one(args.one)))
        return
    for size in (int(s) for s in args.sizes.split(",")):
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(size)],
            capture_output=True,
            text=True,
            check=True,
        )
        print(done.stdout.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    main()
