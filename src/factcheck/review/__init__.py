"""Merge stored editor decisions into Findings: the review stage's public API.

The pipeline calls :func:`apply_reviews` before rendering, so report.html, report.pdf and
findings.json carry each finding's status; the CLI calls :func:`should_fail` for
``--fail-on``. The web app (:mod:`factcheck.review.app`) and delivery
(:mod:`factcheck.review.send`) are imported on demand so the pipeline never loads Starlette.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from factcheck.errors import ReviewError
from factcheck.models import (
    SEVERITY_RANK,
    Finding,
    FindingsDocument,
    ReviewStatus,
    Severity,
)
from factcheck.review.store import DB_NAME, GoneFinding, ReviewStore, now_iso

__all__ = [
    "DB_NAME",
    "UNRESOLVED",
    "GoneFinding",
    "ReviewStore",
    "apply_reviews",
    "load_document",
    "load_reviewed_document",
    "should_fail",
]

# Statuses that still need an editor: a follow-up is a decision to look again, not a verdict.
UNRESOLVED = frozenset({ReviewStatus.OPEN, ReviewStatus.FOLLOW_UP})


def apply_reviews(
    findings: Sequence[Finding], report_dir: Path, *, generated_at: str
) -> tuple[list[Finding], list[GoneFinding]]:
    """Fill each finding's ``review`` from DIR/review.sqlite3 and record this run.

    Findings never reviewed get ``Review()`` (status open, empty note). Returns the findings
    in the order given and the findings earlier runs produced that this one no longer does,
    each with its decision history.
    """
    report_dir = Path(report_dir)
    report_dir.mkdir(parents=True, exist_ok=True)
    with ReviewStore.for_report(report_dir) as store:
        gone = store.record_run(findings, generated_at)
        reviewed = store.overlay(findings)
    return reviewed, gone


def should_fail(findings: Sequence[Finding], threshold: Severity | str) -> bool:
    """Return True when an open or follow-up finding at or above ``threshold`` remains.

    Every verdict counts: severity already encodes how much a verdict matters (the judge
    gives corroborated and compatible findings ``info``), so ``--fail-on info`` fails on any
    unresolved finding and ``--fail-on high`` only on unresolved high ones. A finding without
    a review counts as open.
    """
    floor = SEVERITY_RANK[Severity(threshold)]
    for f in findings:
        status = f.review.status if f.review is not None else ReviewStatus.OPEN
        if status in UNRESOLVED and SEVERITY_RANK[f.severity] >= floor:
            return True
    return False


def load_document(report_dir: Path) -> FindingsDocument:
    """Read and validate DIR/findings.json."""
    path = Path(report_dir) / "findings.json"
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise ReviewError(
            f"no findings.json in {report_dir}: give `factcheck review` the folder a report "
            "was written to (`factcheck report INPUT... -o DIR` writes DIR/findings.json), "
            "not a folder of inputs",
            slug="review-no-report",
        ) from None
    try:
        return FindingsDocument.model_validate_json(text)
    except ValidationError as exc:
        raise ReviewError(f"{path} is not a valid findings.json: {exc}") from exc


def load_reviewed_document(report_dir: Path) -> tuple[FindingsDocument, list[GoneFinding]]:
    """Read findings.json and overlay the latest stored decisions (the store wins).

    Findings not yet in the store are registered (never marked gone: that is the pipeline's
    job), so decisions can be recorded on a report rendered before review was wired in.
    """
    doc = load_document(report_dir)
    with ReviewStore.for_report(report_dir) as store:
        store.ensure_seen(doc.findings, doc.generated_at or now_iso())
        findings = store.overlay(doc.findings, keep=True)
        gone = store.gone()
    return doc.model_copy(update={"findings": findings}), gone
