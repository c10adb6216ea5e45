#!/usr/bin/env python3
"""Evaluate factcheck on real US local crime news it was never tuned on (GVC, see eval/README.md).

    python benchmarks/eval_frozen.py --split dev --corpus /work/corpora/gvc
    python benchmarks/eval_frozen.py --split dev --markdown
    python benchmarks/eval_frozen.py --split dev --json /work/corpora/out/dev.json
    python benchmarks/eval_frozen.py --split dev --label-file eval/precision_dev.jsonl
    python benchmarks/eval_frozen.py --split dev --corpus-kind pages   # the pages set

Each incident is run alone as one event (``single_event=True``, fixed clock):
  a. blind seeded single edits (number, place, date, duration, name, quote), up to two per type
     and incident, each re-run and counted caught when a *new* conflict/variation claims the
     edited span;
  b. the hand labels of ``eval/labels_gvc.jsonl`` that fall in the split;
  c. every conflict on the untouched incidents dumped to ``--dump-dir`` for labelling, and
     precision from a label file of {"finding_sig", "real"} lines.

Only ``dev`` output may be looked at while changing factcheck; ``frozen`` gives figures only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_frozen_lib import (
    CORPORA,
    DEFAULT_SEED,
    EDIT_TYPES,
    detect_kind,
    load_corpus,
    load_labels,
    load_split,
    pct,
    precision_from_labels,
    result_json,
    run_incidents,
    summarise,
)

ROOT = Path(__file__).resolve().parents[1]


def table(  # type: ignore[type-arg]
    summary: dict, split: str, precision: dict | None, markdown: bool, name: str = "GVC"
) -> str:
    lines = []
    head = f"factcheck on {name} {split}: {summary['incidents']} incidents, "
    head += f"{summary['documents']} documents, {summary['seconds']} s of pipeline time"
    lines.append(("### " if markdown else "") + head)
    lines.append("")
    rows = [("type", "edits", "in text", "pre-flagged", "caught", "caught %", "as conflict")]
    for t in (*EDIT_TYPES, "all"):
        r = summary["edits"][t]
        rows.append((
            f"**{t}**" if markdown and t == "all" else t, str(r["edits"]), str(r["analysed"]),
            str(r["pre_flagged"]), str(r["caught"]), pct(r["caught"], r["edits"]),
            str(r["caught_conflict"]),
        ))  # fmt: skip
    lines += _grid(rows, markdown)
    lines.append("")
    lines.append(
        f"Conflicts per untouched incident: median {summary['median_conflicts_untouched']}, "
        f"mean {summary['mean_conflicts_untouched']}; incidents with any conflict "
        f"{summary['incidents_with_conflict']}/{summary['incidents']}; "
        f"median variations {summary['median_variations_untouched']}."
    )
    lab = summary["labels"]
    if lab["real"] or lab["lookalike"]:
        lines.append("")
        lines.append(
            f"Labelled pairs ({lab['events']} incidents): real {lab['real']} "
            f"(located {lab['real_located']}), caught {lab['real_caught']} = recall "
            f"{pct(lab['real_caught'], lab['real'])}; lookalikes {lab['lookalike']} "
            f"(located {lab['lookalike_located']}), flagged as conflict "
            f"{lab['lookalike_conflict']} = {pct(lab['lookalike_conflict'], lab['lookalike'])}"
            f" (any flag {lab['lookalike_any_flag']})."
        )
        lines.append("")
        rows = [("label type", "real", "caught", "lookalike", "as conflict")]
        for t, r in sorted(lab["by_type"].items()):
            rows.append((t, str(r["real"]), str(r["real_caught"]), str(r["lookalike"]),
                         str(r["lookalike_conflict"])))  # fmt: skip
        lines += _grid(rows, markdown)
    if precision is not None:
        lines.append("")
        p = precision["precision"]
        lines.append(
            f"Conflict precision from labels: {precision['true']} true / {precision['false']} "
            f"false of {precision['labelled']} labelled ({precision['conflicts']} conflicts) = "
            + (f"{100 * p:.1f} %" if p is not None else "–")
        )
    if summary["errors"]:
        lines.append("")
        lines.append("Errors: " + "; ".join(summary["errors"]))
    return "\n".join(lines)


def _grid(rows: list[tuple[str, ...]], markdown: bool) -> list[str]:
    if markdown:
        out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return out
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "frozen"), required=True)
    ap.add_argument(
        "--corpus-kind",
        choices=("auto", *CORPORA),
        default="auto",
        help="manifest layout and default split/labels: gvc, pages, or auto (from --corpus; "
        "gvc when --corpus is not given either)",
    )
    ap.add_argument("--corpus", type=Path, help="default /work/corpora/gvc (pages: .../pages)")
    ap.add_argument("--split-file", type=Path, help="default eval/split_gvc.json "
                    "(pages: eval/pages/split.json)")  # fmt: skip
    ap.add_argument("--labels", type=Path, help="default eval/labels_gvc.jsonl, on the "
                    "dev split eval/labels_gvc_dev.jsonl (pages: eval/pages/labels.jsonl, "
                    "labels_dev.jsonl)")  # fmt: skip
    ap.add_argument("--dump-dir", type=Path, default=Path("/work/corpora/out"))
    ap.add_argument("--no-dump", action="store_true", help="write no conflict dump")
    ap.add_argument("--no-edits", action="store_true", help="skip the seeded edits (a)")
    ap.add_argument("--label-file", type=Path, help="precision labels for the conflict dump")
    ap.add_argument("--json", type=Path, help="write summary + per-incident results here")
    ap.add_argument("--markdown", action="store_true", help="print the summary as markdown")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--per-type", type=int, default=2)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--events", help="comma-separated incident ids (within the split)")
    ap.add_argument("--limit", type=int, help="first N incidents of the split only")
    args = ap.parse_args()

    kind = args.corpus_kind
    if kind == "auto":
        kind = detect_kind(args.corpus) if args.corpus else "gvc"
    spec = CORPORA[kind]
    args.corpus = args.corpus or spec["corpus"]
    args.split_file = args.split_file or spec["split"]
    args.labels = args.labels or spec["dev_labels" if args.split == "dev" else "labels"]
    corpus = load_corpus(args.corpus, kind)
    split = load_split(args.split_file)
    missing = sorted(set(corpus) - set(split))
    if missing:
        sys.exit(f"incidents missing from {args.split_file}: {missing[:5]}... rebuild the split")
    events = [e for e in corpus if split[e] == args.split]
    if args.events:
        wanted = set(args.events.split(","))
        events = [e for e in events if e in wanted]
    if args.limit:
        events = events[: args.limit]
    labels = load_labels(args.labels)
    if args.split == "frozen":
        print("frozen split: report the figures, change nothing because of them", file=sys.stderr)

    t0 = time.perf_counter()
    results = run_incidents(
        corpus, events, labels, edits=not args.no_edits, seed=args.seed,
        per_type=args.per_type, jobs=args.jobs,
    )  # fmt: skip
    wall = time.perf_counter() - t0
    summary = summarise(results)
    summary["wall_seconds"] = round(wall, 1)
    summary["split"] = args.split
    summary["seed"] = args.seed
    summary["corpus"] = kind

    dump = [row for r in results for row in r.dump]
    if not args.no_dump:
        args.dump_dir.mkdir(parents=True, exist_ok=True)
        stem = f"conflicts_{args.split}" if kind == "gvc" else f"conflicts_{kind}_{args.split}"
        out = args.dump_dir / f"{stem}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for row in dump:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{len(dump)} conflicts written to {out}", file=sys.stderr)
    precision = precision_from_labels(dump, args.label_file) if args.label_file else None
    if precision is not None:
        summary["precision"] = precision

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(
                {"summary": summary, "incidents": result_json(results)},
                indent=1,
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
    print(table(summary, args.split, precision, args.markdown, str(spec["label"])))
    print(f"\nwall time {wall:.0f} s with {args.jobs} worker(s)", file=sys.stderr)


if __name__ == "__main__":
    main()
