"""Time the render stage: a synthetic Report in, seconds and peak RSS per size out.

Each size runs in a fresh subprocess so peak RSS (ru_maxrss) belongs to that size alone.
Sizes: the seed-like report (2 events, 9 findings), a large one (20 events, 200 findings) and
issue 13's scale (300 articles, 30 events, 1,000 findings: ``tests/render_scale.py``).
Budgets: seed HTML+PDF <= 3 s after start-up; large <= 20 s and <= 1 GB; scale <= 30 s and
<= 1 GB (issue 13; see the CHANGELOG for where it stands).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the synthetic report builders live with the tests


def _one(size: str) -> dict[str, object]:
    """Render one size in this process and return its measurements."""
    t0 = time.perf_counter()
    import weasyprint  # noqa: F401  (start-up cost is measured apart)

    from factcheck.render.outputs import render_html, render_pdf
    from factcheck.render.view import build_report_view
    from render_fixtures import big_report, summit_report
    from render_scale import scale_report

    startup = time.perf_counter() - t0
    load_before = os.getloadavg()[0]
    if size == "seed":
        report = summit_report()
    elif size == "large":
        report = big_report(20, 200)
    else:
        report = scale_report()
    t1 = time.perf_counter()
    c1 = time.process_time()
    view = build_report_view(report)
    t2 = time.perf_counter()
    html = render_html(view)
    t3 = time.perf_counter()
    pdf = render_pdf(report, view)
    t4 = time.perf_counter()
    c4 = time.process_time()
    import io

    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    cpu = time.process_time()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "size": size,
        "events": len(report.events),
        "articles": len(report.articles),
        "findings": len(report.findings),
        "startup_s": round(startup, 2),
        "view_s": round(t2 - t1, 3),
        "html_s": round(t3 - t2, 3),
        "pdf_s": round(t4 - t3, 2),
        "html_plus_pdf_s": round(t4 - t1, 2),
        # The same in CPU seconds: what a quiet machine's wall time would be.
        "html_plus_pdf_cpu_s": round(c4 - c1, 2),
        "html_kb": len(html.encode()) // 1024,
        "pdf_kb": len(pdf) // 1024,
        "pages": pages,
        "peak_rss_mb": round(rss_mb),
        "process_cpu_s": round(cpu, 2),  # wall time suffers on a shared machine; CPU less so
        # The machine's 1-minute load average before and after (2 cores: above 1 the render
        # shares its core, and the wall time grows).
        "load": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--size", choices=("seed", "large", "scale"), help="run one size in-process"
    )
    parser.add_argument(
        "--sizes", default="seed,large,scale", help="comma-separated sizes to run (subprocesses)"
    )
    args = parser.parse_args()
    if args.size:
        print(json.dumps(_one(args.size)))
        return
    for size in args.sizes.split(","):
        out = subprocess.run(
            [sys.executable, __file__, "--size", size], capture_output=True, text=True, check=True
        )
        row = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"{row['size']:>5}: {row['articles']} articles, {row['events']} events, "
            f"{row['findings']} findings -> "
            f"HTML+PDF {row['html_plus_pdf_s']} s, {row['html_plus_pdf_cpu_s']} s CPU "
            f"(view {row['view_s']} s, html {row['html_s']} s,"
            f" pdf {row['pdf_s']} s), start-up {row['startup_s']} s, peak RSS "
            f"{row['peak_rss_mb']} MB, process CPU {row['process_cpu_s']} s, "
            f"PDF {row['pdf_kb']} KB ({row['pages']} pages), HTML {row['html_kb']} KB, "
            f"load {row['load'][0]} -> {row['load'][1]}"
        )


if __name__ == "__main__":
    main()
