"""Evaluate factcheck on the real dev corpus: clustering, false alarms and seeded-edit recall.

Usage: .venv/bin/python benchmarks/eval_real.py [--json | --markdown] [--per-type 2]
       [--no-edits] [--show-flags] [--corpus DIR]
Prints a summary table (or one JSON object with --json); the method is in docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_lib as E  # benchmarks/ is not a package: imported from its folder


def _prf(p: E.PRF) -> dict[str, float]:
    return {k: round(v, 3) for k, v in asdict(p).items()}


def collect(corpus: Path, per_type: int, edits: bool) -> dict[str, Any]:
    """Every measurement, as plain data."""
    docs = E.load_corpus(corpus)
    t0 = time.perf_counter()
    clus = E.evaluate_clustering(docs)
    mixed = clus.report
    runs = E.evaluate_events(docs)
    declared = E.evaluate_events(docs, single_event=True)
    # The corpus's metadata (outlet, published) as a manifest, as a CMS export would give.
    with_meta = E.evaluate_clustering(docs, manifest=True)
    meta_runs = E.evaluate_events(docs, manifest=True)
    out: dict[str, Any] = {
        "corpus": str(corpus),
        "articles": len(docs),
        "clustering": {
            "seconds": round(clus.seconds, 2),
            "gold_events": clus.n_gold,
            "predicted_events": clus.n_events,
            "pairwise": _prf(clus.pairwise),
            "bcubed": _prf(clus.bcubed),
            "per_topic": {t: _prf(p) for t, p in clus.per_topic.items()},
            "single_event_runs_pairwise_recall": round(E.single_event_recall(runs), 3),
        },
        "clustering_with_manifest": {
            "pairwise": _prf(with_meta.pairwise),
            "bcubed": _prf(with_meta.bcubed),
            "predicted_events": with_meta.n_events,
            "single_event_runs_pairwise_recall": round(E.single_event_recall(meta_runs), 3),
        },
        "mixed_findings": {
            "/".join(k): v for k, v in sorted(E.finding_counts(mixed.findings).items())
        },
        "single_article_event_conflicts": len(E.single_article_conflicts(mixed)),
        "per_event": [
            {
                "event": r.event,
                "articles": r.n_articles,
                "predicted_events": r.n_pred_events,
                "kept_together": round(r.kept_together, 3),
                "seconds": round(r.seconds, 2),
                "verdicts": {
                    v.value: sum(n for (vv, _k, _r), n in r.counts.items() if vv == v.value)
                    for v in E.Verdict
                },
                "flags": {
                    "/".join(k): n
                    for k, n in sorted(r.counts.items())
                    if k[0] in (E.Verdict.CONFLICT.value, E.Verdict.VARIATION.value)
                },
            }
            for r in runs
        ],
        # The same runs with the inputs declared one event (the CLI's --single-event).
        "per_event_single_event_flags": {
            r.event: {
                v: sum(n for (vv, _k, _r), n in r.counts.items() if vv == v)
                for v in ("conflict", "variation")
            }
            for r in declared
        },
    }
    out["labelled_flags"] = _labels(runs, declared)
    if edits:
        scores = E.evaluate_perturbations(
            docs, per_type=per_type, baselines={r.event: r.report for r in runs}
        )
        out["edits"] = _edit_block(scores)
        out["edits_total"] = _totals(scores)
        # The same edits with the inputs declared one event: align + judge without clustering.
        single = E.evaluate_perturbations(
            docs,
            per_type=per_type,
            single_event=True,
            baselines={r.event: r.report for r in declared},
        )
        out["edits_single_event"] = _edit_block(single)
        out["edits_single_event_total"] = _totals(single)
    out["seconds_total"] = round(time.perf_counter() - t0, 1)
    return out


def _labels(runs: list[E.EventRun], declared: list[E.EventRun]) -> dict[str, Any]:
    """Which hand-labelled flags still fire (default / --single-event), and unread ones."""
    default, single = E.check_labels(runs), E.check_labels(declared)
    patterns: dict[str, dict[str, int]] = {}
    for k in E.KNOWN_FLAGS:
        row = patterns.setdefault(k.pattern, {"labelled": 0, "firing": 0, "firing_single": 0})
        row["labelled"] += 1
        row["firing"] += bool(default.firing[k])
        row["firing_single"] += bool(single.firing[k])
    return {
        "patterns": patterns,
        "true_flags": default.true_findings,
        "false_alarms": default.false_findings,
        "true_flags_single_event": single.true_findings,
        "false_alarms_single_event": single.false_findings,
        "unlabelled": len(default.unlabelled),
        "unlabelled_single_event": len(single.unlabelled),
        "unlabelled_titles": sorted(
            {
                f"{ev}: [{f.verdict.value}/{f.kind}/{f.rule}] {f.title}"
                for ev, f, _r in default.unlabelled + single.unlabelled
            }
        ),
    }


def _edit_block(scores: dict[str, E.TypeScore]) -> dict[str, Any]:
    """Per edit type: counts, recall, precision and every case."""
    return {
        t: {
            "edits": s.edits,
            "pre_flagged": s.pre_flagged,
            "pre_flagged_any_kind": s.pre_any,
            "apart": s.apart,
            "detected": s.detected,
            "recall": round(s.recall, 3),
            "detected_any_kind": s.detected_any,
            "recall_any_kind": round(s.recall_any, 3),
            "new_flags": s.new_flags,
            "new_flags_touching_edit": s.new_touching,
            "precision": None if s.precision is None else round(s.precision, 3),
            "in_slot_with_partner": sum(
                1 for r in s.results if r.slot not in ("no slot", "slot without partner")
            ),
            "cases": [
                {
                    "event": res.edit.event,
                    "file": Path(res.edit.path).name,
                    "fact": res.edit.fact_text,
                    "old": res.edit.old,
                    "new": res.edit.new,
                    "partners": [Path(p).name for p in res.edit.partners],
                    "together": res.together,
                    "pre_flagged": res.pre_flagged,
                    "detected": res.detected,
                    "findings_on_edit": list(res.rules),
                    "slot": res.slot,
                }
                for res in s.results
            ],
        }
        for t, s in scores.items()
    }


def _totals(scores: dict[str, E.TypeScore]) -> dict[str, Any]:
    """Recall over all edits, over numeric edits, and overall precision."""

    def agg(types: tuple[str, ...]) -> dict[str, Any]:
        ss = [scores[t] for t in types if t in scores]
        scored = sum(s.edits - s.pre_flagged for s in ss)
        det = sum(s.detected for s in ss)
        det_any = sum(s.detected_any for s in ss)
        scored_any = sum(s.edits - s.pre_any for s in ss)
        new = sum(s.new_flags for s in ss)
        touch = sum(s.new_touching for s in ss)
        return {
            "scored": scored,
            "detected": det,
            "recall": round(det / scored, 3) if scored else 0.0,
            "recall_any_kind": round(det_any / scored_any, 3) if scored_any else 0.0,
            "precision": round(touch / new, 3) if new else None,
        }

    return {"all": agg(tuple(scores)), "numeric": agg(E.NUMERIC_EDITS)}


def _pct(x: float | None) -> str:
    return "  -  " if x is None else f"{100 * x:5.1f}"


def print_summary(res: dict[str, Any]) -> None:
    """The readable tables."""
    c = res["clustering"]
    print(f"factcheck on {res['corpus']} ({res['articles']} articles)\n")
    print(f"CLUSTERING (all articles mixed, {c['seconds']} s)")
    print(f"  gold events {c['gold_events']}, predicted events {c['predicted_events']}")
    for name in ("pairwise", "bcubed"):
        p = c[name]
        print(f"  {name:9s} P {p['precision']:.3f}  R {p['recall']:.3f}  F1 {p['f1']:.3f}")
    print("  per topic (its two same-kind events together), pairwise:")
    for t, p in c["per_topic"].items():
        print(f"    {t:12s} P {p['precision']:.3f}  R {p['recall']:.3f}  F1 {p['f1']:.3f}")
    print(
        "  each gold event run alone (an editor's usual input): pairwise recall "
        f"{c['single_event_runs_pairwise_recall']:.3f} (share of same-event pairs kept together)"
    )
    m = res["clustering_with_manifest"]
    print(
        f"  with the corpus manifest (outlet, published): pairwise F1 {m['pairwise']['f1']:.3f}"
        f", B-cubed F1 {m['bcubed']['f1']:.3f}, {m['predicted_events']} events; each event "
        f"alone: recall {m['single_event_runs_pairwise_recall']:.3f}"
    )
    print("\nFINDINGS ON UNTOUCHED TEXT, each gold event run alone")
    verdicts = [v.value for v in E.Verdict]
    short = {"cross_event": "cross", "corroborated": "corrob", "single_source": "single"}
    head = " ".join(f"{short.get(v, v):>10s}" for v in verdicts)
    print(f"  {'event':18s} {'arts':>4s} {'evs':>4s} {'kept':>5s} {head}")
    for row in res["per_event"]:
        cells = " ".join(f"{row['verdicts'][v]:10d}" for v in verdicts)
        print(
            f"  {row['event']:18s} {row['articles']:4d} {row['predicted_events']:4d} "
            f"{row['kept_together']:5.2f} {cells}"
        )
    total = {
        v: sum(row["verdicts"][v] for row in res["per_event"]) for v in ("conflict", "variation")
    }
    print(f"  total: {total['conflict']} conflicts, {total['variation']} variations")
    flags = res["per_event_single_event_flags"]
    declared = {v: sum(f[v] for f in flags.values()) for v in ("conflict", "variation")}
    print(
        f"  with --single-event: {declared['conflict']} conflicts, "
        f"{declared['variation']} variations"
    )
    print(
        "    "
        + ", ".join(
            f"{e.removeprefix('ecbplus-')} {f['conflict']}c/{f['variation']}v"
            for e, f in flags.items()
        )
    )
    lab = res["labelled_flags"]
    print(
        "\n  hand-labelled flags still firing (default / --single-event), by pattern "
        "(docs/evaluation.md):"
    )
    print(
        "    "
        + ", ".join(
            f"{p} {r['firing']}/{r['firing_single']} of {r['labelled']}"
            for p, r in lab["patterns"].items()
        )
    )
    print(
        f"    by hand labels: {lab['true_flags']} true, {lab['false_alarms']} false alarms "
        f"(default); {lab['true_flags_single_event']} true, "
        f"{lab['false_alarms_single_event']} false alarms (--single-event)"
    )
    print(
        f"    not yet labelled: {lab['unlabelled']} (default), "
        f"{lab['unlabelled_single_event']} (--single-event); list them with --json"
    )
    print("\n  conflict/variation by kind/rule (mixed run):")
    for key, n in res["mixed_findings"].items():
        if key.split("/")[0] in ("conflict", "variation"):
            print(f"    {n:4d}  {key}")
    print(f"  conflicts on single-article events (mixed run): "
          f"{res['single_article_event_conflicts']}")  # fmt: skip
    for key, title in (
        ("edits", "default clustering"),
        ("edits_single_event", "inputs declared one event (--single-event)"),
    ):
        if key in res:
            _print_edits(res[key], res[f"{key}_total"], title)
    print(f"\ntotal {res['seconds_total']} s")


def _print_edits(block: dict[str, Any], totals: dict[str, Any], title: str) -> None:
    print(f"\nSEEDED EDITS, {title}")
    print("  one atomic change per event, type and article; found = a conflict/variation of the")
    print("  right kind on the edited span; pre = already flagged before (not scored); apart =")
    print("  scored edits clustered away from every article stating the same value;")
    print("  slot = edits whose value shares an align slot with an article stating the original;")
    print("  precision = share of new conflict/variation findings that touch the edit")
    print(
        f"  {'type':10s} {'edits':>5s} {'pre':>4s} {'apart':>5s} {'slot':>5s} {'found':>5s} "
        f"{'recall%':>7s} {'any%':>6s} {'new':>4s} {'prec%':>6s}"
    )
    for t, s in block.items():
        print(
            f"  {t:10s} {s['edits']:5d} {s['pre_flagged']:4d} {s['apart']:5d} "
            f"{s['in_slot_with_partner']:5d} {s['detected']:5d} "
            f"{_pct(s['recall']):>7s} {_pct(s['recall_any_kind']):>6s} "
            f"{s['new_flags']:4d} {_pct(s['precision']):>6s}"
        )
    for name, tot in totals.items():
        print(
            f"  {name:10s} scored {tot['scored']}, found {tot['detected']}, recall "
            f"{_pct(tot['recall']).strip()}%, any kind {_pct(tot['recall_any_kind']).strip()}"
            f"%, precision {_pct(tot['precision']).strip()}%"
        )


def print_markdown(res: dict[str, Any]) -> None:
    """The results as the Markdown tables of docs/evaluation.md."""
    c, m = res["clustering"], res["clustering_with_manifest"]
    print("| | precision | recall | F1 |\n|---|---|---|---|")
    for name, label in (("pairwise", "all 128 mixed, pairwise"), ("bcubed", "B-cubed")):
        p = c[name]
        print(f"| {label} | {p['precision']:.3f} | {p['recall']:.3f} | {p['f1']:.3f} |")
    print(
        f"| each gold event run alone, pairwise (pooled) | 1 | "
        f"{c['single_event_runs_pairwise_recall']:.3f} | – |"
    )
    print(
        f"\n{c['predicted_events']} predicted events for {c['gold_events']} gold, "
        f"{c['seconds']} s. Per topic F1: "
        + ", ".join(
            f"{t.removeprefix('ecbplus-')} {p['f1']:.3f}" for t, p in c["per_topic"].items()
        )
        + f". With manifest: F1 {m['pairwise']['f1']:.3f}, alone "
        f"{m['single_event_runs_pairwise_recall']:.3f}.\n"
    )
    verdicts = [v.value for v in E.Verdict]
    print("| event | articles | pred. events | kept | " + " | ".join(verdicts) + " |")
    print("|---" * (4 + len(verdicts)) + "|")
    for row in res["per_event"]:
        cells = " | ".join(str(row["verdicts"][v]) for v in verdicts)
        print(
            f"| {row['event'].removeprefix('ecbplus-')} | {row['articles']} | "
            f"{row['predicted_events']} | {row['kept_together']:.2f} | {cells} |"
        )
    lab = res["labelled_flags"]
    print(
        "\nLabels: "
        + ", ".join(
            f"{p} {r['firing']}/{r['firing_single']} of {r['labelled']}"
            for p, r in lab["patterns"].items()
        )
        + f"; {lab['true_flags']} true / {lab['false_alarms']} false (default), "
        f"{lab['true_flags_single_event']} true / {lab['false_alarms_single_event']} false "
        f"(--single-event); unlabelled {lab['unlabelled']} / {lab['unlabelled_single_event']}."
    )
    for key in ("edits", "edits_single_event"):
        if key not in res:
            continue
        print(f"\n{key}:\n")
        print(
            "| type | edits | pre | apart | in slot | found | recall | any kind | new flags "
            "| precision |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|")
        for t, e in res[key].items():
            print(
                f"| {t} | {e['edits']} | {e['pre_flagged']} | {e['apart']} | "
                f"{e['in_slot_with_partner']} | {e['detected']} | "
                f"{_pct(e['recall']).strip()} % | {_pct(e['recall_any_kind']).strip()} % | "
                f"{e['new_flags']} | {_pct(e['precision']).strip()} % |"
            )
        for name, tot in res[f"{key}_total"].items():
            print(
                f"| **{name}** | {tot['scored']} scored | | | | {tot['detected']} | "
                f"**{_pct(tot['recall']).strip()} %** | {_pct(tot['recall_any_kind']).strip()} % "
                f"| | {_pct(tot['precision']).strip()} % |"
            )


def show_flags(corpus: Path) -> None:
    """Every conflict and variation of each gold event run alone, to read and label."""
    for r in E.evaluate_events(E.load_corpus(corpus)):
        print(f"##### {r.event} ({r.n_articles} articles, {r.n_pred_events} predicted events)")
        for f in E.flagged(r.report):
            print(E.describe(r.report, f, 300))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true", help="one JSON object on stdout")
    ap.add_argument("--per-type", type=int, default=2, help="edits per event and edit type")
    ap.add_argument("--no-edits", action="store_true", help="skip the seeded edits")
    ap.add_argument("--markdown", action="store_true", help="tables for docs/evaluation.md")
    ap.add_argument("--show-flags", action="store_true", help="print every flag to read")
    ap.add_argument("--corpus", type=Path, default=E.DEV_CORPUS)
    args = ap.parse_args(argv)
    if args.show_flags:
        show_flags(args.corpus)
        return 0
    res = collect(args.corpus, args.per_type, not args.no_edits)
    if args.json:
        print(json.dumps(res, indent=1, ensure_ascii=False))
    elif args.markdown:
        print_markdown(res)
    else:
        print_summary(res)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
