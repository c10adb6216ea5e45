"""Benchmark extract_facts on one big article: the time should grow about linearly in size.

Usage: .venv/bin/python benchmarks/bench_big_article.py [--sizes 100,400,1000,4000] [--profile]
       .venv/bin/python benchmarks/bench_big_article.py --report --sizes 400,4000,20000
(sizes in KB). One article per size, recombined from the bundled and dev corpora's
paragraphs (bench_extract.build); prints seconds, seconds per MB and facts per size, and the
ratio of the largest size's time to the 400 KB one (issue 14: a 4 MB article within 10x the
time of 400 KB). The default sizes end at 20 MB, the default --max-file-mb.

With --report, each article is written to a file and run end to end by `factcheck report`
(--format, default html,pdf,json; --max-file-mb raised to fit the file) in a subprocess:
seconds and the run's own peak RSS (os.wait4) per size.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import NUMBER_RE, paragraphs

from factcheck.extract import extract_facts
from factcheck.models import Article


def big_article(kb: int, seed: int = 0, one_line: bool = False, unique: bool = False) -> Article:
    """One article of about ``kb`` KB of real paragraphs, numbers varied (joined by spaces
    into a single line with ``one_line``: no paragraph breaks to bound a look-back).

    Paragraphs recur (the corpora hold a few hundred), and ingest drops a repeated paragraph
    as furniture: a 4 MB file read as an article keeps about 1 MB. With ``unique`` each
    paragraph ends with its own number ("[1234]"), so a file is analysed whole."""
    rng = random.Random(seed)
    paras = paragraphs()
    chunk: list[str] = []
    size = 0
    while size < kb * 1024:
        p = rng.choice(paras)
        p = NUMBER_RE.sub(lambda m: str(int(m.group(0)) + rng.randint(0, 3)), p)
        if unique:
            p = f"{p} [{len(chunk) + 1}]"
        chunk.append(p)
        size += len(p) + 1
    return Article(
        id="big",
        source=f"bench/big-{kb}k.txt",
        format="txt",
        text=(" " if one_line else "\n").join(chunk),
        reference_date="2022-11-13",
    )


def run_report(
    kb: int, formats: str, one_line: bool = False, unique: bool = False
) -> dict[str, float | int]:
    """`factcheck report` on one article of ``kb`` KB (a file, --max-file-mb raised to fit):
    exit code, seconds, the run's peak RSS in MB, and how much of the text ingest kept (MB,
    from findings.json)."""
    import json

    text = big_article(kb, one_line=one_line, unique=unique).text
    size_mb = len(text.encode("utf-8")) / 1024**2
    limit = max(20, math.ceil(size_mb) + 1)
    with tempfile.TemporaryDirectory(prefix="factcheck-big-") as tmp:
        path = Path(tmp) / f"big-{kb}k.txt"
        path.write_text(text, "utf-8")
        out = Path(tmp) / "out"
        cmd = [str(Path(__file__).resolve().parents[1] / ".venv" / "bin" / "factcheck"),
               "report", str(path), "-o", str(out), "--format", formats, "-q",
               "--max-file-mb", str(limit)]  # fmt: skip
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert proc.stderr is not None
        err = proc.stderr.read()
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - t0
        findings = out / "findings.json"
        kept = 0.0
        if findings.is_file():
            doc = json.loads(findings.read_text("utf-8"))
            kept = sum(len(a["text"].encode("utf-8")) for a in doc["articles"]) / 1024**2
        if proc.returncode not in (0, 3):
            print(err.decode("utf-8", "replace")[-500:], file=sys.stderr)
    return {"exit": proc.returncode, "seconds": seconds, "peak_mb": usage.ru_maxrss / 1024,
            "mb": size_mb, "kept_mb": kept}  # fmt: skip


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,400,1000,2000,4000,20000")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--one-line", action="store_true", help="no line breaks in the article")
    ap.add_argument("--report", action="store_true", help="end to end: `factcheck report`")
    ap.add_argument("--format", default="html,pdf,json", help="with --report")
    ap.add_argument("--unique", action="store_true", help="no paragraph repeats (see big_article)")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.report:
        print(f"factcheck report --format {args.format}; load {os.getloadavg()[0]:.1f}")
        for kb in sizes:
            r = run_report(kb, args.format, args.one_line, args.unique)
            print(
                f"{kb:>6} KB  {r['seconds']:8.2f} s  {r['seconds'] / r['mb']:6.2f} s/MB  "
                f"peak {r['peak_mb']:6.0f} MB  exit {r['exit']}  "
                f"text kept {r['kept_mb']:.1f} of {r['mb']:.1f} MB",
                flush=True,
            )
        print(f"load {os.getloadavg()[0]:.1f} at the end")
        return 0
    extract_facts(big_article(2))  # warm-up: gazetteer, pint registry
    timings: dict[int, float] = {}
    per_mb: dict[int, float] = {}
    for kb in sizes:
        art = big_article(kb, one_line=args.one_line, unique=args.unique)
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
