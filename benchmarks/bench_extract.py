"""Benchmark extract_facts: 1,000 articles of ~600 words recombined from real paragraphs.

Usage: .venv/bin/python benchmarks/bench_extract.py [--n 1000] [--words 600] [--profile]
Prints total seconds, ms/article, facts/article and peak memory (ru_maxrss).
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from factcheck.extract import extract_facts
from factcheck.models import Article

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "data" / "summit", ROOT / "data" / "ecbplus"]
NUMBER_RE = re.compile(r"\b\d+\b")


def paragraphs() -> list[str]:
    """Every non-trivial line of the bundled and dev corpora."""
    out: list[str] = []
    for src in SOURCES:
        for path in sorted(src.rglob("*.txt")):
            out += [ln for ln in path.read_text(encoding="utf-8").splitlines() if len(ln) > 40]
    return out


def build(n: int, words: int, seed: int = 0) -> list[Article]:
    """Recombine paragraphs into n articles, varying numbers and reference dates."""
    rng = random.Random(seed)
    paras = paragraphs()
    arts = []
    for i in range(n):
        chunk: list[str] = []
        count = 0
        while count < words:
            p = rng.choice(paras)
            p = NUMBER_RE.sub(lambda m: str(int(m.group(0)) + rng.randint(0, 3)), p)
            chunk.append(p)
            count += len(p.split())
        ref = date(2020, 1, 1) + timedelta(days=rng.randint(0, 1500))
        arts.append(
            Article(
                id=f"b{i}",
                source=f"bench/{i}.txt",
                format="txt",
                text="\n".join(chunk),
                reference_date=ref.isoformat(),
            )
        )
    return arts


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args(argv)
    arts = build(args.n, args.words)
    t0 = time.perf_counter()
    extract_facts(arts[0])  # warm-up: gazetteer, pint registry (reported apart)
    warm = time.perf_counter() - t0
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
    t0 = time.perf_counter()
    n_facts = sum(len(extract_facts(a).facts) for a in arts)
    total = time.perf_counter() - t0
    if args.profile:
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words = sum(len(a.text.split()) for a in arts) / len(arts)
    print(f"articles={len(arts)} avg_words={words:.0f} warm_up={warm:.2f}s")
    print(f"total={total:.2f}s  per_article={1000 * total / len(arts):.2f}ms")
    print(f"facts/article={n_facts / len(arts):.1f}  peak_rss={peak_mb:.0f}MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
