"""Run the stages in order: inputs -> Articles -> Facts -> Events -> Findings -> files.

This is the only module that knows the order of the stages (see DESIGN.md). Every stage is a
pure function from models to models; only ingest and render touch the disk.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from factcheck import __version__
from factcheck.align.alignments import align_facts, cross_event_alignments
from factcheck.cluster.events import cluster_events
from factcheck.extract import extract_facts
from factcheck.ingest import load_articles
from factcheck.judge import judge_alignments, merge_findings
from factcheck.judge.registry import method_lines
from factcheck.models import (
    Alignment,
    Article,
    ArticleFacts,
    Event,
    Finding,
    GoneFinding,
    Report,
)

Progress = Callable[[str, int, int], None]
"""Callback ``(stage, done, total)``; the CLI draws it, the library never prints."""

# Below this many articles a process pool costs more (about 0.3 s to fork and import the
# extractors) than it saves; measured with benchmarks/bench_pipeline.py on 2 cores.
PARALLEL_MIN_ARTICLES = 200

RULES_RUN = (
    "ingest: furniture rules, outlet/dateline/published inference",
    "extract: dates, times, durations, money, percentages, quantities, counts, places, "
    "people, quotes, statements",
    "cluster: date window + participants + places + lead similarity",
    "align: same slot by type rules, statements paired with rapidfuzz",
    *method_lines(),
)
"""What the report's Method section lists: one line per stage, then every judge rule."""


@dataclass(frozen=True)
class RunResult:
    """What ``run_report`` produced, for the CLI to summarise."""

    report: Report
    outputs: dict[str, Path] = field(default_factory=dict)


def _noop(_stage: str, _done: int, _total: int) -> None:
    return None


def _extract_all(articles: Sequence[Article], progress: Progress) -> list[ArticleFacts]:
    """Extract facts from every article, on a process pool when the batch is large."""
    total = len(articles)
    workers = min(os.cpu_count() or 1, 8)
    if total < PARALLEL_MIN_ARTICLES or workers < 2:
        out = []
        for i, art in enumerate(articles, 1):
            out.append(extract_facts(art))
            progress("extract", i, total)
        return out
    results: list[ArticleFacts] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for i, item in enumerate(pool.map(extract_facts, articles, chunksize=16), 1):
            results.append(item)
            progress("extract", i, total)
    return results


def _date_undated(
    items: list[ArticleFacts], events: Sequence[Event], progress: Progress
) -> list[ArticleFacts]:
    """Give undated articles their event's date, then re-extract them so "Friday" resolves."""
    event_of = {aid: ev for ev in events for aid in ev.article_ids}
    todo: dict[int, Article] = {}
    for index, item in enumerate(items):
        art = item.article
        ev = event_of.get(art.id)
        if art.reference_date is None and ev is not None and ev.date is not None:
            todo[index] = art.model_copy(
                update={"reference_date": ev.date, "reference_rule": "event"}
            )
    redone = _extract_all(list(todo.values()), lambda _s, d, t: progress("date", d, t))
    out = list(items)
    for index, item in zip(todo, redone, strict=True):
        out[index] = item
    progress("date", len(out), len(out))
    return out


@dataclass(frozen=True)
class Staged:
    """What the stages after ingest made of a list of articles (``alignments`` holds only the
    slots that span events when the events were judged in parallel parts)."""

    items: list[ArticleFacts]
    events: list[Event]
    alignments: list[Alignment]
    findings: list[Finding]


def run_stages(
    articles: Sequence[Article], *, single_event: bool = False, progress: Progress | None = None
) -> Staged:
    """extract -> cluster -> re-extract the undated with their event's date -> align -> judge."""
    progress = progress or _noop
    items = _extract_all(articles, progress)
    events = cluster_events(items, single_event=single_event)
    items = _date_undated(items, events, progress)
    workers = min(os.cpu_count() or 1, 8)
    if len(items) < PARALLEL_MIN_ARTICLES or workers < 2 or len(events) < 2:
        alignments = align_facts(events, items)
        progress("align", 1, 1)
        findings = judge_alignments(alignments, events, items)
        progress("judge", 1, 1)
        return Staged(items, list(events), list(alignments), list(findings))
    # Events are aligned and judged apart from each other, in forked workers that inherit the
    # articles (sending them costs more than the work); only findings come back. The slots
    # that span events are aligned and judged here.
    parts = _partition(events, items, 2 * workers)
    global _PARTS
    _PARTS = parts
    found: list[Finding] = []
    try:
        ctx = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            for i, fs in enumerate(pool.map(_judge_part, range(len(parts))), 1):
                found.extend(fs)
                progress("judge", i, len(parts))
    finally:
        _PARTS = []
    cross = cross_event_alignments(events, items)
    spanned = {eid for al in cross for eid in al.event_ids}
    found.extend(
        judge_alignments(cross, [ev for ev in events if ev.id in spanned], items, articles=False)
    )
    return Staged(items, list(events), cross, merge_findings(found))


_PARTS: list[tuple[list[Event], list[ArticleFacts]]] = []


def _judge_part(index: int) -> list[Finding]:
    events, items = _PARTS[index]
    return judge_alignments(align_facts(events, items, cross_event=False), events, items)


def _partition(
    events: Sequence[Event], items: Sequence[ArticleFacts], n: int
) -> list[tuple[list[Event], list[ArticleFacts]]]:
    """Events in ``n`` parts of about equal article counts, each with its own articles."""
    by_id = {item.article.id: item for item in items}
    bins: list[tuple[list[Event], list[ArticleFacts]]] = [([], []) for _ in range(n)]
    load = [0] * n
    for ev in sorted(events, key=lambda e: (-len(e.article_ids), e.id)):
        k = load.index(min(load))
        bins[k][0].append(ev)
        bins[k][1].extend(by_id[a] for a in ev.article_ids if a in by_id)
        load[k] += len(ev.article_ids)
    return [b for b in bins if b[0]]


def build_report(
    inputs: Sequence[str],
    *,
    manifest: Path | None = None,
    single_event: bool = False,
    generated_at: str | None = None,
    progress: Progress | None = None,
    max_file_mb: float | None = None,
    fetch_deadline: float | None = None,
    allow_outside: bool = False,
) -> Report:
    """Read the inputs and judge them: everything short of writing files."""
    progress = progress or _noop
    total_inputs = len(inputs)
    seen = 0

    def _read(_source: str) -> None:
        nonlocal seen
        seen += 1
        progress("read", seen, max(seen, total_inputs))

    articles, skipped = load_articles(
        list(inputs),
        manifest,
        on_progress=_read,
        max_file_mb=max_file_mb,
        fetch_deadline=fetch_deadline,
        allow_outside=allow_outside,
    )
    staged = run_stages(articles, single_event=single_event, progress=progress)
    items, events, findings = staged.items, staged.events, staged.findings
    return Report(
        generated_at=generated_at or datetime.now(UTC).replace(microsecond=0).isoformat(),
        version=__version__,
        articles=tuple(items),
        events=tuple(events),
        findings=tuple(findings),
        skipped=tuple(skipped),
        rules_run=RULES_RUN,
    )


def apply_stored_reviews(report: Report, out_dir: Path) -> Report:
    """Attach the editors' stored decisions (kept beside the report) to the findings.

    Findings that earlier runs into ``out_dir`` raised and this run does not are kept on
    ``Report.gone`` with their review history, so nobody loses track of a decision.
    """
    from factcheck.review import apply_reviews

    findings, gone = apply_reviews(report.findings, out_dir, generated_at=report.generated_at)
    gone_models: tuple[GoneFinding, ...] = tuple(gone)
    return report.model_copy(update={"findings": tuple(findings), "gone": gone_models})


def run_report(
    inputs: Sequence[str],
    out_dir: Path,
    *,
    formats: Iterable[str] = ("html", "pdf", "json"),
    manifest: Path | None = None,
    single_event: bool = False,
    generated_at: str | None = None,
    progress: Progress | None = None,
    max_file_mb: float | None = None,
    fetch_deadline: float | None = None,
    allow_outside: bool = False,
) -> RunResult:
    """Build the report, keep the review decisions, and write the requested formats."""
    progress = progress or _noop
    report = build_report(
        inputs,
        manifest=manifest,
        single_event=single_event,
        generated_at=generated_at,
        progress=progress,
        max_file_mb=max_file_mb,
        fetch_deadline=fetch_deadline,
        allow_outside=allow_outside,
    )
    if not report.articles:
        # Nothing readable: write nothing rather than an empty report that looks like "all clear".
        return RunResult(report=report)
    result = write_out(report, out_dir, formats)
    progress("render", 1, 1)
    return result


def write_out(report: Report, out_dir: Path, formats: Iterable[str]) -> RunResult:
    """Attach the stored decisions and write the files, holding the folder's outputs lock.

    Beside the files goes the full Report (``.factcheck/report.json``), from which the review
    commands re-write the files after each decision without re-running the pipeline.
    """
    from factcheck.render.outputs import write_outputs
    from factcheck.review.outputs import outputs_lock, state_files

    wanted = list(formats)
    with outputs_lock(out_dir):
        report = apply_stored_reviews(report, out_dir)
        # The files and the saved state they came from, as one generation.
        extra = state_files(report, pdf="pdf" in wanted)
        paths = write_outputs(report, out_dir, wanted, extra=extra)
    return RunResult(report=report, outputs=paths)
