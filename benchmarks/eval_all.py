#!/usr/bin/env python3
"""Run the frozen-split evaluation on every corpus (GVC and pages) and print one table.

    python benchmarks/eval_all.py --split dev                       # both corpora, table
    python benchmarks/eval_all.py --split dev --corpora pages --json /tmp/dev.json
    python benchmarks/eval_all.py --split frozen --quiet --write-results eval/results_frozen.json
    python benchmarks/eval_all.py --split frozen --check-floors     # run, then check floors
    python benchmarks/eval_all.py --check-floors --from-results eval/results_frozen.json

Per corpus and pooled over all of them: seeded-edit catch rate per type and overall (a new
conflict or variation over the edited span), median conflicts per untouched event, recall of
the hand-labelled real discrepancies (conflict or variation over both spans), the rate of
labelled lookalikes raised as a conflict, and the number of events. The harness is
``eval_frozen_lib`` unchanged; see eval/README.md and eval/pages/README.md.

``--check-floors`` compares the measured *frozen* figures with the ``frozen`` block of
eval/floors.json: flat keys such as ``gvc.seeded_edit_overall``, ``pages.seeded_edit.date``,
``pooled.labelled_recall`` (measured >= floor) and ``gvc.lookalike_conflict_rate_max`` or
``pooled.median_conflicts_untouched_max`` (measured <= ceiling). No ``frozen`` block: nothing
is checked and the exit status is 0. Any figure under its floor: exit status 1.

Only dev output may be studied; frozen runs give figures and nothing is changed for them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_frozen_lib import (
    CORPORA,
    DEFAULT_SEED,
    EDIT_TYPES,
    IncidentResult,
    load_corpus,
    load_labels,
    load_split,
    run_incidents,
    summarise,
)

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "eval" / "floors.json"
FLOOR_BLOCK = "frozen"
POOLED = "pooled"


# --------------------------------------------------------------------------- figures


def _rate(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def figures(summary: dict) -> dict[str, float | int | None]:
    """The flat figures of one summary (keys without the corpus prefix)."""
    out: dict[str, float | int | None] = {
        "events": summary["incidents"],
        "documents": summary["documents"],
        "errors": len(summary["errors"]),
    }
    edits = summary["edits"]
    for t in EDIT_TYPES:
        out[f"seeded_edit.{t}"] = _rate(edits[t]["caught"], edits[t]["edits"])
        out[f"seeded_edit.{t}.n"] = edits[t]["edits"]
    out["seeded_edit_overall"] = _rate(edits["all"]["caught"], edits["all"]["edits"])
    out["seeded_edit_overall.n"] = edits["all"]["edits"]
    out["seeded_edit_overall_as_conflict"] = _rate(
        edits["all"]["caught_conflict"], edits["all"]["edits"]
    )
    out["median_conflicts_untouched"] = summary["median_conflicts_untouched"]
    out["mean_conflicts_untouched"] = summary["mean_conflicts_untouched"]
    lab = summary["labels"]
    out["labelled_recall"] = _rate(lab["real_caught"], lab["real"])
    out["labelled_real.n"] = lab["real"]
    out["lookalike_conflict_rate"] = _rate(lab["lookalike_conflict"], lab["lookalike"])
    out["lookalike.n"] = lab["lookalike"]
    return out


def flat_figures(summaries: dict[str, dict]) -> dict[str, float | int | None]:
    return {f"{name}.{k}": v for name, s in summaries.items() for k, v in figures(s).items()}


# --------------------------------------------------------------------------- table


def _cell_rate(n: int, d: int) -> str:
    return f"{n}/{d} {100 * n / d:.1f} %" if d else "–"


def _cell_label(lab: dict, caught: str, kind: str) -> str:
    cell = _cell_rate(lab[caught], lab[kind])
    return f"{cell} ({lab[kind + '_located']} located)" if lab[kind] else cell


def _edit_cell(t: str) -> Callable[[dict], str]:
    return lambda s: _cell_rate(s["edits"][t]["caught"], s["edits"][t]["edits"])


def table(summaries: dict[str, dict], split: str, markdown: bool) -> str:
    names = list(summaries)
    rows: list[tuple[str, ...]] = [("", *names)]

    def row(label: str, fn: Callable[[dict], str]) -> None:
        rows.append((label, *(fn(summaries[n]) for n in names)))

    row("events", lambda s: str(s["incidents"]))
    row("documents", lambda s: str(s["documents"]))
    for t in (*EDIT_TYPES, "all"):
        row(f"edit caught: {t}", _edit_cell(t))
    row(
        "  of which as conflict",
        lambda s: _cell_rate(s["edits"]["all"]["caught_conflict"], s["edits"]["all"]["edits"]),
    )
    row(
        "conflicts/untouched event: median (mean)",
        lambda s: f"{s['median_conflicts_untouched']} ({s['mean_conflicts_untouched']})",
    )
    row("events with a conflict", lambda s: f"{s['incidents_with_conflict']}/{s['incidents']}")
    row("labelled real recall", lambda s: _cell_label(s["labels"], "real_caught", "real"))
    row(
        "lookalike as conflict",
        lambda s: _cell_label(s["labels"], "lookalike_conflict", "lookalike"),
    )
    row("pipeline s", lambda s: str(s["seconds"]))
    row("wall s", lambda s: str(s.get("wall_seconds", "")))
    row("errors", lambda s: str(len(s["errors"])))

    head = f"factcheck, {split} split, " + ", ".join(names)
    lines = [("### " if markdown else "") + head, ""]
    if markdown:
        lines.append("| " + " | ".join(rows[0]) + " |")
        lines.append("|" + "---|" * len(rows[0]))
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    else:
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    errors = [e for n in names if n != POOLED for e in summaries[n]["errors"]]
    if errors:
        lines += ["", "Errors: " + "; ".join(errors)]
    return "\n".join(lines)


# --------------------------------------------------------------------------- floors


def check_floors(
    measured: dict[str, float | int | None], floors_path: Path, partial: bool = False
) -> int:
    """Print one line per floor; 0 when all hold or none are set, 1 otherwise.

    A partial run (``--limit``, ``--no-edits``) or one with broken events fails every set floor.
    """
    data = json.loads(floors_path.read_text(encoding="utf-8")) if floors_path.exists() else {}
    floors = {k: v for k, v in (data.get(FLOOR_BLOCK) or {}).items() if not k.startswith("_")}
    if not floors:
        print(f"no frozen floors set (no '{FLOOR_BLOCK}' block in {floors_path}): nothing checked")
        return 0
    errors = sum(int(v or 0) for k, v in measured.items() if k.endswith(".errors"))
    if partial or errors:
        why = "a partial run (--limit or --no-edits)" if partial else f"{errors} broken event(s)"
        print(f"FAIL frozen floors not checked: the figures come from {why}")
        return 1
    failed = 0
    for key, bound in sorted(floors.items()):
        ceiling = key.endswith("_max")
        name = key[: -len("_max")] if ceiling else key
        if name not in measured:
            print(f"FAIL {key}: no such measured figure")
            failed += 1
            continue
        value = measured[name]
        if value is None:
            print(f"FAIL {key}: not measured in this run (nothing to count)")
            failed += 1
            continue
        ok = value <= bound if ceiling else value >= bound
        rel = "at most" if ceiling else "at least"
        print(f"{'ok  ' if ok else 'FAIL'} {key}: measured {value}, required {rel} {bound}")
        failed += not ok
    print(f"{len(floors) - failed}/{len(floors)} frozen floors hold")
    return 1 if failed else 0


# --------------------------------------------------------------------------- provenance


def _git(path: Path, *args: str) -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(path), *args], capture_output=True, text=True, check=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip()


def provenance() -> dict[str, object]:
    import factcheck

    src = Path(factcheck.__file__).resolve().parent
    return {
        "factcheck_source": str(src),
        "factcheck_commit": _git(src, "rev-parse", "HEAD"),
        "factcheck_dirty": bool(_git(src, "status", "--porcelain", "--", ".")),
        "harness_commit": _git(ROOT, "rev-parse", "HEAD"),
        "harness_dirty": bool(_git(ROOT, "status", "--porcelain", "--", "benchmarks")),
    }


# --------------------------------------------------------------------------- main


def run_corpus(
    name: str, split: str, args: argparse.Namespace
) -> tuple[list[IncidentResult], dict]:
    spec = CORPORA[name]
    corpus = load_corpus(Path(str(spec["corpus"])), name)
    part = load_split(Path(str(spec["split"])))
    missing = sorted(set(corpus) - set(part))
    if missing:
        sys.exit(f"{name}: events missing from {spec['split']}: {missing[:5]}")
    events = [e for e in corpus if part[e] == split]
    if args.limit:
        events = events[: args.limit]
    labels = load_labels(Path(str(spec["dev_labels" if split == "dev" else "labels"])))
    t0 = time.perf_counter()
    results = run_incidents(
        corpus,
        events,
        labels,
        edits=not args.no_edits,
        seed=args.seed,
        per_type=args.per_type,
        jobs=args.jobs,
        progress=not args.quiet,
    )
    summary = summarise(results)
    summary["wall_seconds"] = round(time.perf_counter() - t0, 1)
    if args.dump_dir:
        args.dump_dir.mkdir(parents=True, exist_ok=True)
        out = args.dump_dir / f"conflicts_{name}_{split}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for r in results:
                for row in r.dump:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if not args.quiet:
        print(
            f"{name} {split}: {len(events)} events in {summary['wall_seconds']} s", file=sys.stderr
        )
    return results, summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "frozen"))
    ap.add_argument(
        "--corpora",
        default=",".join(CORPORA),
        help=f"comma-separated, of {', '.join(CORPORA)} (default: all)",
    )
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--per-type", type=int, default=2)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--limit", type=int, help="first N events of each corpus (smoke runs)")
    ap.add_argument("--no-edits", action="store_true", help="skip the seeded edits")
    ap.add_argument("--quiet", action="store_true", help="no per-event progress on stderr")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--json", type=Path, help="write summaries and flat figures here")
    ap.add_argument("--dump-dir", type=Path, help="write conflicts_<corpus>_<split>.jsonl here")
    ap.add_argument(
        "--write-results",
        type=Path,
        help="write the measured figures (frozen: eval/results_frozen.json)",
    )
    ap.add_argument(
        "--check-floors",
        action="store_true",
        help=f"compare frozen figures with the '{FLOOR_BLOCK}' block of floors.json",
    )
    ap.add_argument("--floors", type=Path, default=FLOORS)
    ap.add_argument(
        "--from-results", type=Path, help="take the figures from a results file instead of running"
    )
    args = ap.parse_args()

    if args.from_results:
        data = json.loads(args.from_results.read_text(encoding="utf-8"))
        if args.split and args.split != data.get("split"):
            sys.exit(f"{args.from_results} holds the {data.get('split')} split, not {args.split}")
        split, summaries = data["split"], data["summaries"]
        measured = data["figures"]
        partial = bool(data.get("limit")) or not data.get("edits", True)
        print(table(summaries, split, args.markdown))
    else:
        if not args.split:
            ap.error("--split is required unless --from-results is given")
        split = args.split
        names = [n.strip() for n in args.corpora.split(",") if n.strip()]
        unknown = [n for n in names if n not in CORPORA]
        if unknown:
            ap.error(f"unknown corpora {unknown}; known: {list(CORPORA)}")
        if split == "frozen":
            print(
                "frozen split: report the figures, change nothing because of them", file=sys.stderr
            )
        t0 = time.perf_counter()
        all_results: list[IncidentResult] = []
        summaries = {}
        for name in names:
            results, summaries[name] = run_corpus(name, split, args)
            all_results += results
        if len(names) > 1:
            summaries[POOLED] = summarise(all_results)
            summaries[POOLED]["wall_seconds"] = round(time.perf_counter() - t0, 1)
        measured = flat_figures(summaries)
        partial = bool(args.limit) or args.no_edits
        print(table(summaries, split, args.markdown))
        record = {
            "split": split,
            "seed": args.seed,
            "per_type": args.per_type,
            "edits": not args.no_edits,
            "limit": args.limit,
            "corpora": names,
            **provenance(),
            "generated": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "figures": measured,
            "summaries": summaries,
        }
        for path in (args.json, args.write_results):
            if path:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(
                    json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
                )
                print(f"figures written to {path}", file=sys.stderr)
        if args.write_results and (args.limit or args.no_edits or split != "frozen"):
            print("note: results written from a partial or non-frozen run", file=sys.stderr)

    if args.check_floors:
        print()
        if split != "frozen":
            print(
                f"--check-floors: floors apply to the frozen split, this is {split}; "
                "nothing checked"
            )
            sys.exit(2)
        sys.exit(check_floors(measured, args.floors, partial))


if __name__ == "__main__":
    main()
