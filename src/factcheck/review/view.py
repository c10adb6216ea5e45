"""Turn a reviewed FindingsDocument into ReviewPage, the one object the review template gets.

The template context is a contract (after datasette): every field carries a description,
and a test checks that none is missing, so a template change can't silently read a field
that isn't there (the Environment uses StrictUndefined as well).
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterable, Mapping

from pydantic import BaseModel, ConfigDict, Field

from factcheck.models import Finding, FindingsDocument, Review, ReviewStatus, Severity
from factcheck.render.view_models import article_labels
from factcheck.review.store import GoneFinding

# Characters of article text shown either side of a claim: enough to read it in context.
CONTEXT_CHARS = 90


def default_reviewer() -> str:
    """Who decides when nobody said: $FACTCHECK_REVIEWER, else the login name ('' if none)."""
    try:
        return (os.environ.get("FACTCHECK_REVIEWER") or getpass.getuser()).strip()
    except (KeyError, OSError):  # no login name in some containers
        return ""


class _View(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ReviewClaimView(_View):
    """One claim as the page shows it: the exact words in their sentence."""

    article_id: str = Field(description="Article id, e.g. 'a1'.")
    outlet: str = Field(
        description="The article's label, as the report names it (render.article_labels): the "
        "outlet, else the file name or URL host; with the file name when an outlet has several."
    )
    text: str = Field(description="The claim's exact text, article.text[start:end].")
    value: str | None = Field(description="The normalised value, if any.")
    before: str = Field(description="Article text just before the claim ('…' when cut).")
    after: str = Field(description="Article text just after the claim ('…' when cut).")


class ReviewFindingView(_View):
    """One finding card: evidence, verdict, and its review state."""

    id: str = Field(description="Stable finding id; the key decisions are stored under.")
    kind: str = Field(description="Finding kind: dateline, duration, quote...")
    verdict: str = Field(description="conflict, variation, cross_event, compatible...")
    severity: str = Field(description="high, medium, low or info.")
    confidence: str = Field(description="Confidence formatted with two decimals.")
    title: str = Field(description="One-line title.")
    explanation: str = Field(description="Why the judge decided so, in words.")
    rule: str = Field(description="The rule that fired.")
    events: list[str] = Field(description="Labels of the events the finding concerns.")
    claims: list[ReviewClaimView] = Field(description="The evidence, one entry per claim.")
    status: str = Field(description="Current review status (open when never reviewed).")
    note: str = Field(description="Note of the latest decision.")
    by: str = Field(description="Reviewer of the latest decision.")
    at: str = Field(description="ISO time of the latest decision ('' if none).")
    history: list[Review] = Field(description="Every decision on the finding, oldest first.")
    new_since_last_run: bool = Field(description="The latest run produced it, no earlier one.")
    changed_since_review: bool = Field(
        description="Its evidence changed since the latest decision was taken."
    )


class ReviewPage(_View):
    """Everything review.html.j2 renders."""

    title: str = Field(description="Name of the report folder.")
    generated_at: str = Field(description="When the report was generated (findings.json).")
    token: str = Field(description="Per-server-start token the page sends with decisions.")
    nonce: str = Field(description="CSP nonce for the inline style and script.")
    css: str = Field(description="review.css, inlined (trusted, not data).")
    js: str = Field(description="review.js, inlined (trusted, not data).")
    findings: list[ReviewFindingView] = Field(description="The report's findings, in report order.")
    gone: list[GoneFinding] = Field(description="Findings earlier runs had and the latest lacks.")
    verdicts: list[str] = Field(description="Verdicts present, for the verdict filter.")
    severities: list[str] = Field(description="All severities, highest first, for the filter.")
    statuses: list[str] = Field(description="All review statuses, for the status filter.")
    reviewer: str = Field(
        description="Reviewer name to start with: --by, else $FACTCHECK_REVIEWER or the login."
    )
    reviewer_fixed: bool = Field(
        description="True when given with --by: it wins over the name the browser remembers."
    )
    n_new: int = Field(description="Findings new since the last run.")
    n_changed: int = Field(description="Findings whose evidence changed since their decision.")


def build_page(
    doc: FindingsDocument,
    gone: Iterable[GoneFinding],
    histories: Mapping[str, list[Review]],
    *,
    title: str,
    token: str,
    nonce: str,
    css: str,
    js: str,
    reviewer: str = "",
    reviewer_fixed: bool = False,
) -> ReviewPage:
    """Build the review page's context from a document with reviews overlaid."""
    labels = article_labels(doc.articles)
    return ReviewPage(
        title=title,
        generated_at=doc.generated_at,
        token=token,
        nonce=nonce,
        css=css,
        js=js,
        findings=[finding_view(f, doc, histories.get(f.id, []), labels) for f in doc.findings],
        gone=list(gone),
        verdicts=sorted({f.verdict.value for f in doc.findings}),
        severities=[s.value for s in Severity],
        statuses=[s.value for s in ReviewStatus],
        reviewer=reviewer,
        reviewer_fixed=reviewer_fixed,
        n_new=sum(1 for f in doc.findings if f.new_since_last_run),
        n_changed=sum(1 for f in doc.findings if f.changed_since_review),
    )


def finding_view(
    finding: Finding,
    doc: FindingsDocument,
    history: Iterable[Review] = (),
    labels: Mapping[str, str] | None = None,
) -> ReviewFindingView:
    """Flatten a finding for the page: claims with article labels and surrounding context."""
    articles = {a.id: a for a in doc.articles}
    if labels is None:
        labels = article_labels(doc.articles)
    claims = []
    for c in finding.claims:
        art = articles.get(c.article_id)
        text = art.text if art is not None else ""
        before = text[max(0, c.start - CONTEXT_CHARS) : c.start]
        after = text[c.end : c.end + CONTEXT_CHARS]
        claims.append(
            ReviewClaimView(
                article_id=c.article_id,
                outlet=labels.get(c.article_id, c.article_id),
                text=c.text,
                value=c.value,
                before=("…" if c.start > CONTEXT_CHARS else "") + before,
                after=after + ("…" if c.end + CONTEXT_CHARS < len(text) else ""),
            )
        )
    review = finding.review or Review()
    return ReviewFindingView(
        id=finding.id,
        kind=finding.kind,
        verdict=finding.verdict.value,
        severity=finding.severity.value,
        confidence=f"{finding.confidence:.2f}",
        title=finding.title,
        explanation=finding.explanation,
        rule=finding.rule,
        events=[_event_label(doc, e) for e in finding.event_ids],
        claims=claims,
        status=review.status.value,
        note=review.note,
        by=review.by,
        at=review.at,
        history=list(history),
        new_since_last_run=bool(finding.new_since_last_run),
        changed_since_review=bool(finding.changed_since_review),
    )


def _event_label(doc: FindingsDocument, event_id: str) -> str:
    for ev in doc.events:
        if ev.id == event_id:
            when = f", {ev.date}" if ev.date and ev.date not in ev.label else ""
            return f"{ev.label}{when}"
    return event_id
