"""Benchmark extract_facts on one big article: the time should grow about linearly in size.

Usage: .venv/bin/python benchmarks/bench_big_article.py [--sizes 100,400,1000,4000] [--profile]
(sizes in KB). One article per size, recombined from the bundled and dev corpora's
paragraphs (bench_extract.build); prints seconds, seconds per MB and facts per size, and the
ratio of the largest size's time to the 400 KB one (issue 14: a 4 MB article within 10x the
time of 400 KB).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import NUMBER_RE, paragraphs

from factcheck.extract import extract_facts
from factcheck.models import Article


def big_article(kb: int, seed: int = 0, one_line: bool = False) -> Article:
    """One article of about ``kb`` KB of real paragraphs, numbers varied (joined by spaces
    into a single line with ``one_line``: no paragraph breaks to bound a look-back)."""
    rng = random.Random(seed)
    paras = paragraphs()
    chunk: list[str] = []
    size = 0
    while size < kb * 1024:
        p = rng.choice(paras)
        p = NUMBER_RE.sub(lambda m: str(int(m.group(0)) + rng.randint(0, 3)), p)
        chunk.append(p)
        size += len(p) + 1
    return Article(
        id="big",
        source=f"bench/big-{kb}k.txt",
        format="txt",
        text=(" " if one_line else "\n").join(chunk),
        reference_date="2022-11-13",
    )


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,400,1000,2000,4000")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--one-line", action="store_true", help="no line breaks in the article")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    extract_facts(big_article(2))  # warm-up: gazetteer, pint registry
    timings: dict[int, float] = {}
    per_mb: dict[int, float] = {}
    for kb in sizes:
        art = big_article(kb, one_line=args.one_line)
        if args.profile:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            prof.enable()
        t0 = time.perf_counter()
        facts = extract_facts(art)
        timings[kb] = time.perf_counter() - t0
        if args.profile:
            prof.disable()
            pstats.Stats(prof).sort_stats("tottime").print_stats(15)
        mb = len(art.text.encode("utf-8")) / 1e6
        per_mb[kb] = timings[kb] / mb
        print(
            f"{kb:>6} KB  {timings[kb]:8.2f} s  {timings[kb] / mb:6.2f} s/MB  "
            f"{len(facts.facts):>7} facts  {len(facts.sentences):>6} sentences",
            flush=True,
        )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak_rss={peak_mb:.0f}MB")
    if 400 in timings and len(timings) > 1:
        top = max(timings)
        print(
            f"{top} KB / 400 KB time ratio: {timings[top] / timings[400]:.1f}x "
            f"(seconds per MB: {per_mb[top] / per_mb[400]:.2f}x; 1.00 is linear)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
