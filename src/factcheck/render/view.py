"""Turn a Report into a ReportView: the documented, HTML-free context every template reads.

Following coverage.py, all decisions (order, grouping, diffs, anchors, truncation) happen
here; templates only lay the view out. Every field carries a description, and a test holds
that (datasette's "template context is a contract").
"""

from __future__ import annotations

import contextlib
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from factcheck.models import (
    SEVERITY_RANK,
    Article,
    Claim,
    Finding,
    GoneFinding,
    Report,
    Review,
    ReviewStatus,
    Severity,
    Verdict,
)
from factcheck.render import figures
from factcheck.render.diff import Segment as DiffSegment
from factcheck.render.diff import diff_segments, reference_segments, shared_ratio
from factcheck.render.view_models import (
    AppendixSource,
    ClaimView,
    Count,
    EventView,
    FindingView,
    FollowUpView,
    GoneView,
    MatrixCell,
    MatrixRow,
    MatrixView,
    OutletGroup,
    RemovalView,
    ReportView,
    ReviewView,
    Segment,
    SkippedView,
    SourceView,
    TextPiece,
    UnprintedEvent,
    article_labels,
    finding_anchor,
    html_anchor,
)
from factcheck.settings import PRINT_EVENTS_MAX, PRINT_OUTLETS_MAX, PRINT_UNPRINTED_LISTED

VERDICT_LABELS = {
    Verdict.CONFLICT: "Conflict",
    Verdict.VARIATION: "Variation",
    Verdict.CROSS_EVENT: "Different events",
    Verdict.COMPATIBLE: "Compatible",
    Verdict.CORROBORATED: "Corroborated",
    Verdict.SINGLE_SOURCE: "Single source",
}
# Order an editor reads in: what may be wrong first, agreement last.
VERDICT_ORDER = {v: i for i, v in enumerate(VERDICT_LABELS)}
REVIEW_LABELS = {
    ReviewStatus.OPEN: "Open",
    ReviewStatus.CONFIRMED: "Confirmed",
    ReviewStatus.DISMISSED: "Dismissed",
    ReviewStatus.FOLLOW_UP: "Follow up",
}
# Below this share of common words, marks colour nearly the whole sentence. On the seeds the
# "drastically strengthen" / "fundamentally reinforce" pair shares 0.39, unrelated sentences
# on "defense capabilities" 0.21.
MIN_SHARED = 0.3
WORDING_KINDS = frozenset({"quote", "phrasing", "name", "statement"})
QUOTE_CHARS = "\"'“‘«「『"
# Verdicts that get full cards and matrix rows inside their event.
CARD_VERDICTS = (Verdict.CONFLICT, Verdict.VARIATION, Verdict.COMPATIBLE)
# Verdicts the coverage grid shows: who states a slot, agreeing or not.
GRID_VERDICTS = (*CARD_VERDICTS, Verdict.CORROBORATED)
PRIORITY_VERDICTS = (Verdict.CONFLICT, Verdict.VARIATION, Verdict.CROSS_EVENT)
MAX_PRIORITY = 10  # the summary's "read these first" list; the rest is one click away
MAX_MATRIX_ROWS = 12  # WeasyPrint lays big tables out slowly; cards carry the rest
MAX_CELL_CHARS = 90
MAX_REMOVED_CHARS = 300  # furniture can be kilobytes of link lists; a taste is enough
APPENDIX_MODES = ("full", "cited", "none")
# From this many findings the PDF prints undecided low/info findings as one paragraph each:
# 1,000 findings over 300 articles took 55 s as cards (issue 13 asks 30 s).
COMPACT_PRINT_FROM = 300
CONTEXT_CHARS = 200  # a cited passage's context either side, within its sentence
# A sentence ends at . ! ? (and a closing quote) before a capital; not after an initial or
# a title ("U.S. President", "Mr. Kishida").
_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)[.!?][\"'”’)]?\s+(?=[A-Z\"“‘'(])"
)
LIMITATIONS = (
    "It compares outlets with each other, not with the truth: agreement between outlets "
    "that share wire copy is not independent confirmation.",
    "A dateline names where a story was filed, which is often not where the event took place.",
    "Official readouts and translated articles may word the same statement differently; "
    "wording variation is not necessarily an error.",
    "Relative dates ('on Friday') are resolved from each article's publication or reference "
    "date, which may itself be missing or wrong.",
    "Facts are found by rules and name lists; a claim the rules do not recognise is not "
    "compared, and a finding can be a false alarm. Every finding links to its exact words.",
    "Confidence is the rule's own estimate, not a probability that an outlet is wrong.",
)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def claim_anchor(claim: Claim) -> str:
    """Return the appendix anchor of a claim's passage, e.g. 'a1-120-160'."""
    return f"{html_anchor('', claim.article_id)}-{claim.start}-{claim.end}"


def _outlet(article: Article | None, article_id: str) -> str:
    return article.label if article else article_id


def _finding_view(
    f: Finding,
    articles: dict[str, Article],
    event_of: dict[str, str],
    labels: dict[str, str],
    where: dict[str, str],
    names: dict[str, str] | None = None,
) -> FindingView:
    texts = [c.text for c in f.claims]
    # Word marks help where wording is the finding (quotes, phrasing, names). For value slots
    # (dates, places, amounts) every word differs and the normalised values say more.
    differ = f.kind in WORDING_KINDS and len(set(texts)) > 1
    # Marks only help between versions of one sentence: two different sentences about one
    # pledge would be marked end to end, so they stay plain. Quotes are always marked, since
    # quote fidelity is about the words.
    close = [
        differ and i > 0 and (f.kind == "quote" or shared_ratio(texts[0], t) >= MIN_SHARED)
        for i, t in enumerate(texts)
    ]
    if close:
        close[0] = any(close)
    claims = []
    for i, c in enumerate(f.claims):
        segs: list[DiffSegment]
        if not close[i]:
            segs = [(c.text, "")]
        elif i == 0:
            others = [t for t, ok in zip(texts[1:], close[1:], strict=True) if ok]
            segs = reference_segments(c.text, others)
        else:
            segs = diff_segments(texts[0], c.text)
        ev = event_of.get(c.article_id)
        claims.append(
            ClaimView(
                article_id=c.article_id,
                outlet=(names or {}).get(c.article_id)
                or _outlet(articles.get(c.article_id), c.article_id),
                event_label=where.get(ev) if ev else None,
                text=c.text,
                value=c.value,
                href="#" + claim_anchor(c),
                span=f"{c.article_id}, characters {c.start}–{c.end}",
                segments=[Segment(text=t, mark=m) for t, m in segs],
                is_reference=close[0] and i == 0,
                marked=close[i],
                quoted=c.text[:1] in QUOTE_CHARS,
            )
        )
    r = f.review
    status = r.status if r is not None else ReviewStatus.OPEN
    return FindingView(
        id=f.id,
        anchor=finding_anchor(f.id),
        title=f.title,
        kind=f.kind,
        verdict=f.verdict.value,
        verdict_label=VERDICT_LABELS[f.verdict],
        severity=f.severity.value,
        confidence_pct=f"{round(f.confidence * 100)}%",
        rule=f.rule,
        explanation=f.explanation,
        event_labels=[labels.get(e, e) for e in f.event_ids],
        outlets=list(dict.fromkeys(c.outlet for c in claims)),
        claims=claims,
        has_diff=any(close),
        review=_review_view(r),
        status=status.value,
        status_label=REVIEW_LABELS[status],
        changed_since_review=f.changed_since_review,
        new_since_last_run=f.new_since_last_run,
    )


def _when(at: str) -> str:
    """Return an ISO 8601 time as people read it: '2026-11-22 02:40 UTC' (as is if odd)."""
    with contextlib.suppress(ValueError):
        t = datetime.fromisoformat(at)
        stamp = t.strftime("%Y-%m-%d %H:%M")
        offset = t.utcoffset()
        if offset is None:
            return stamp
        if offset == timedelta(0):
            return stamp + " UTC"
        return stamp + t.strftime(" %z")[:-2] + ":" + t.strftime("%z")[-2:]
    return at


def _review_view(r: Review | None) -> ReviewView | None:
    """The decision as shown, or None for a finding nobody decided or annotated.

    An open finding with no note is simply not reviewed yet (its status still shows as
    'Open'); any decision, or any note (say, on a re-opened finding), is shown in full.
    """
    if r is None or (r.status == ReviewStatus.OPEN and not r.note):
        return None
    return ReviewView(
        status=r.status.value,
        label=REVIEW_LABELS[r.status],
        note=r.note,
        by=r.by,
        at=r.at,
        when=_when(r.at) if r.at else "",
    )


def _order(f: Finding) -> tuple[int, int, float, str]:
    """Sort key: verdict reading order, then severity and confidence, highest first."""
    return (VERDICT_ORDER[f.verdict], -SEVERITY_RANK[f.severity], -f.confidence, f.id)


def _source_view(a: Article) -> SourceView:
    return SourceView(
        article_id=a.id,
        anchor=html_anchor("source-", a.id),
        outlet=a.outlet or f"{a.label} (outlet not stated)",
        outlet_rule=a.outlet_rule,
        title=a.title,
        published=a.published,
        dateline=a.dateline.text if a.dateline else None,
        source=a.source,
        url=a.url,
    )


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _matrix(
    event_articles: list[Article], cards: list[Finding], names: dict[str, str] | None = None
) -> MatrixView | None:
    if not cards:
        return None
    rows = []
    for f in cards[:MAX_MATRIX_ROWS]:
        flagged = f.verdict in (Verdict.CONFLICT, Verdict.VARIATION)
        cells = []
        for a in event_articles:
            said = " / ".join(dict.fromkeys(c.text for c in f.claims if c.article_id == a.id))
            cells.append(
                MatrixCell(text=_shorten(said, MAX_CELL_CHARS), flagged=flagged and bool(said))
            )
        rows.append(
            MatrixRow(
                href="#" + finding_anchor(f.id),
                label=f.title,
                verdict_label=VERDICT_LABELS[f.verdict],
                cells=cells,
            )
        )
    return MatrixView(
        columns=[(names or {}).get(a.id) or _outlet(a, a.id) for a in event_articles],
        rows=rows,
        omitted=max(0, len(cards) - MAX_MATRIX_ROWS),
    )


def _pieces(
    article: Article, claims: Iterable[Claim], windows: list[tuple[int, int]] | None = None
) -> list[TextPiece]:
    """Split the text at every evidence boundary; anchors sit where their span starts.

    With ``windows`` only those stretches of the text are kept, an elision between them.
    """
    text = article.text
    spans = sorted({(c.start, c.end) for c in claims if 0 <= c.start < c.end <= len(text)})
    starts: dict[int, list[str]] = {}
    for s, e in spans:
        starts.setdefault(s, []).append(f"{html_anchor('', article.id)}-{s}-{e}")
    pieces: list[TextPiece] = []
    for w_lo, w_hi in windows if windows is not None else [(0, len(text))]:
        if pieces or w_lo > 0:
            pieces.append(TextPiece(text=" … ", evidence=False, anchors=[], gap=True))
        cuts = sorted({w_lo, w_hi, *(x for s, e in spans for x in (s, e) if w_lo < x < w_hi)})
        for lo, hi in itertools.pairwise(cuts):
            covered = any(s <= lo and hi <= e for s, e in spans)
            pieces.append(TextPiece(text=text[lo:hi], evidence=covered, anchors=starts.get(lo, [])))
    if windows is not None and windows and windows[-1][1] < len(text):
        pieces.append(TextPiece(text=" …", evidence=False, anchors=[], gap=True))
    return pieces


def _windows(text: str, claims: Iterable[Claim]) -> list[tuple[int, int]]:
    """Each cited span with its context: the sentence around it (within its paragraph, at
    most CONTEXT_CHARS either side, cut at a space); stretches close together merged."""
    out: list[tuple[int, int]] = []
    for s, e in sorted({(c.start, c.end) for c in claims if 0 <= c.start < c.end <= len(text)}):
        floor = max(text.rfind("\n", 0, s) + 1, s - CONTEXT_CHARS)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, s)]
        lo = ends[-1] if ends else floor
        if lo == floor and lo > 0 and text[lo - 1] != "\n":
            space = text.find(" ", lo, s)
            lo = space + 1 if space != -1 else s
        nl = text.find("\n", e)
        ceiling = min(nl if nl != -1 else len(text), e + CONTEXT_CHARS)
        stop = _SENTENCE_END.search(text, e, ceiling)
        hi = stop.start() + 1 if stop else ceiling
        if not stop and hi < len(text) and text[hi] not in "\n ":
            space = text.rfind(" ", e, hi)
            hi = space if space != -1 else e
        if out and (lo <= out[-1][1] or len(text[out[-1][1] : lo].strip()) < 40):
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _appendix(report: Report, mode: str = "full") -> list[AppendixSource]:
    cited: dict[str, list[Claim]] = {}
    for f in report.findings:
        for c in f.claims:
            cited.setdefault(c.article_id, []).append(c)
    out: list[AppendixSource] = []
    if mode == "none":
        return out
    for item in report.articles:
        a = item.article
        if mode == "cited" and a.id not in cited:
            continue
        removed = [
            RemovalView(
                rule=r.rule,
                reason=r.reason,
                text=_shorten(r.text, MAX_REMOVED_CHARS),
                more_chars=max(0, len(r.text) - MAX_REMOVED_CHARS + 1),
            )
            for r in a.removed
        ]
        out.append(
            AppendixSource(
                source=_source_view(a),
                reference_date=a.reference_date,
                pieces=_pieces(
                    a,
                    cited.get(a.id, []),
                    _windows(a.text, cited[a.id]) if mode == "cited" else None,
                ),
                removed=removed,
                notes=list(a.notes),
            )
        )
    return out


def build_report_view(
    report: Report, *, appendix: str = "cited", brief_only: bool = False
) -> ReportView:
    """Build the documented view every template reads from a pipeline Report.

    ``appendix``: 'full' (every text), 'cited' (the quoted passages in their context) or
    'none'; ``brief_only`` renders the one-page brief alone.
    """
    if appendix not in APPENDIX_MODES:
        raise ValueError(f"appendix must be one of {', '.join(APPENDIX_MODES)}, not {appendix!r}")
    articles = {item.article.id: item.article for item in report.articles}
    labels = {e.id: e.label for e in report.events}
    # Cross-event findings must show *which* meeting each claim describes, so nobody
    # conflates them: label, date and place together.
    where = {
        e.id: f"{e.label} ({e.date or 'date unknown'}, {e.place or 'place unknown'})"
        for e in report.events
    }
    event_of = {aid: e.id for e in report.events for aid in e.article_ids}
    findings = sorted(report.findings, key=_order)
    # One name per article everywhere (report, review page, `factcheck facts`).
    names = article_labels(articles.values())
    views = {f.id: _finding_view(f, articles, event_of, labels, where, names) for f in findings}
    if appendix == "none":  # no passage to land on: claims name their place, link nowhere
        views = {
            k: v.model_copy(
                update={"claims": [c.model_copy(update={"href": ""}) for c in v.claims]}
            )
            for k, v in views.items()
        }
    facts = {item.article.id: item for item in report.articles}

    events = []
    for e in report.events:
        mine = [f for f in findings if e.id in f.event_ids and f.verdict != Verdict.CROSS_EVENT]
        cards = [f for f in mine if f.verdict in CARD_VERDICTS]
        ev_articles = [articles[a] for a in e.article_ids if a in articles]
        singles = [views[f.id] for f in mine if f.verdict == Verdict.SINGLE_SOURCE]
        events.append(
            EventView(
                id=e.id,
                anchor=html_anchor("event-", e.id),
                label=e.label,
                date=e.date,
                place=e.place,
                outlets=list(dict.fromkeys(_outlet(a, a.id) for a in ev_articles)),
                sources=[_source_view(a) for a in ev_articles],
                matrix=_matrix(ev_articles, cards, names),
                findings=[views[f.id] for f in cards],
                corroborated=[views[f.id] for f in mine if f.verdict == Verdict.CORROBORATED],
                single_source=singles,
                single_groups=figures.single_groups(singles),
                timeline=figures.timeline(e, facts, mine, names),
                coverage=figures.coverage(
                    e, [f for f in mine if f.verdict in GRID_VERDICTS], names
                ),
            )
        )

    # Read-first list: possible errors, minus what an editor already dismissed.
    priority = [
        views[f.id]
        for f in findings
        if f.verdict in PRIORITY_VERDICTS
        and not (f.review and f.review.status == ReviewStatus.DISMISSED)
    ]
    verdicts = Counter(f.verdict for f in report.findings)
    severities = Counter(f.severity for f in report.findings)
    statuses = Counter(views[f.id].status for f in findings)
    # Where each finding is shown: cards and lists of its events, or the cross-event cards.
    placed = {v.id for ev in events for v in (*ev.findings, *ev.corroborated, *ev.single_source)}
    placed |= {f.id for f in findings if f.verdict == Verdict.CROSS_EVENT}
    gone = [_gone_view(g) for g in report.gone]
    cited_ids = {c.article_id for f in findings for c in f.claims}
    outlets = list(dict.fromkeys(a.outlet for a in articles.values() if a.outlet))
    places = list(dict.fromkeys(e.place for e in report.events if e.place))
    title = "Fact-check report"
    if report.events:
        more = len(report.events) - 1
        title += (
            ": "
            + report.events[0].label
            + (f" and {more} more event{'s' if more > 1 else ''}" if more else "")
        )
    conflicts = verdicts.get(Verdict.CONFLICT, 0)
    return ReportView(
        title=title,
        subject=(
            f"{_plural(len(report.findings), 'finding')} ({_plural(conflicts, 'conflict')}) "
            f"across {_plural(len(report.events), 'event')} and "
            f"{_plural(len(articles), 'source')}"
        ),
        keywords=["factcheck", *outlets, *places],
        generated_at=report.generated_at,
        version=report.version,
        n_articles=len(articles),
        n_findings=len(report.findings),
        by_verdict=[
            Count(key=v.value, label=VERDICT_LABELS[v], count=verdicts.get(v, 0))
            for v in VERDICT_LABELS
        ],
        by_severity=[
            Count(key=s.value, label=s.value.capitalize(), count=severities.get(s, 0))
            for s in Severity
        ],
        by_status=[
            Count(key=s.value, label=label, count=statuses.get(s.value, 0))
            for s, label in REVIEW_LABELS.items()
        ],
        n_new=sum(f.new_since_last_run for f in findings),
        n_changed=sum(f.changed_since_review for f in findings),
        follow_ups=[
            _follow_up(views[f.id], placed)
            for f in findings
            if views[f.id].status == ReviewStatus.FOLLOW_UP.value
        ]
        + [_gone_follow_up(g) for g in gone if g.review and g.review.status == "follow_up"],
        priority=priority[:MAX_PRIORITY],
        priority_total=len(priority),
        events=events,
        cross_event=[views[f.id] for f in findings if f.verdict == Verdict.CROSS_EVENT],
        appendix=_appendix(report, appendix),
        skipped=[SkippedView(source=s.source, problem=s.problem) for s in report.skipped],
        gone=gone,
        rules_run=list(report.rules_run),
        limitations=list(LIMITATIONS),
        brief=figures.brief(
            report.events,
            findings,
            views,
            {ev.id: ev.outlets for ev in events},
            linked=not brief_only,
        ),
        appendix_mode=appendix,
        brief_only=brief_only,
        compact_print=len(report.findings) > COMPACT_PRINT_FROM,
        uncited=[
            _source_view(a)
            for a in articles.values()
            if appendix == "cited" and a.id not in cited_ids
        ],
    )


def _follow_up(f: FindingView, placed: set[str]) -> FollowUpView:
    assert f.review is not None  # a follow-up status comes from a decision
    return FollowUpView(
        title=f.title,
        href="#" + f.anchor if f.id in placed else None,
        verdict_label=f.verdict_label,
        severity=f.severity,
        event_labels=f.event_labels,
        outlets=f.outlets,
        review=f.review,
        changed_since_review=f.changed_since_review,
        gone=False,
    )


def _gone_follow_up(g: GoneView) -> FollowUpView:
    assert g.review is not None
    try:
        verdict_label = VERDICT_LABELS[Verdict(g.verdict)]
    except ValueError:
        verdict_label = g.verdict
    return FollowUpView(
        title=g.title,
        href="#" + g.anchor,
        verdict_label=verdict_label,
        severity=g.severity,
        event_labels=[],
        outlets=[],
        review=g.review,
        changed_since_review=False,
        gone=True,
    )


def _gone_view(gone: GoneFinding) -> GoneView:
    review = gone.review
    if review is None or review.status.value == "open":
        decision = "never reviewed"
    else:
        who = f" by {review.by}" if review.by else ""
        when = f", {_when(review.at)}" if review.at else ""
        note = f": {review.note}" if review.note else ""
        decision = f"{review.status.value.replace('_', ' ')}{who}{when}{note}"
    return GoneView(
        id=gone.id,
        title=gone.title,
        verdict=gone.verdict,
        severity=gone.severity,
        anchor=html_anchor("gone-", gone.id),
        gone_since=gone.gone_since,
        decision=decision,
        review=_review_view(review),
    )


def merged_evidence(pieces: list[TextPiece]) -> list[TextPiece]:
    """Runs of evidence next to each other as one piece (anchors kept, in order).

    Overlapping citations cut a passage into several adjacent highlighted runs; on paper
    they read as one, and each inline element costs the PDF's layout about a millisecond
    (2,984 marks in the appendix of 300 articles, a third of them adjacent).
    """
    out: list[TextPiece] = []
    for p in pieces:
        last = out[-1] if out else None
        if last is not None and last.evidence and p.evidence:
            out[-1] = last.model_copy(
                update={"text": last.text + p.text, "anchors": [*last.anchors, *p.anchors]}
            )
        else:
            out.append(p)
    return out


def print_view(view: ReportView) -> ReportView:
    """The view a PDF prints: at most PRINT_EVENTS_MAX events in full, the ones with the most
    conflicts and variations (then sources) first; the others listed one line each (at most
    PRINT_UNPRINTED_LISTED), their sources left out of the appendix. Thousands of events do
    not make a useful document or a bounded one; report.html and findings.json keep all.
    Adjacent highlighted runs of the appendix print as one (:func:`merged_evidence`)."""
    if any(
        a.evidence and b.evidence
        for source in view.appendix
        for a, b in itertools.pairwise(source.pieces)
    ):
        view = view.model_copy(
            update={
                "appendix": [
                    a.model_copy(update={"pieces": merged_evidence(a.pieces)})
                    for a in view.appendix
                ]
            }
        )
    if len(view.events) > PRINT_EVENTS_MAX:
        view = _print_events_budget(view)
    if any(len(e.sources) > PRINT_OUTLETS_MAX for e in view.events):
        view = _print_accounts_budget(view)
    return view


def _print_events_budget(view: ReportView) -> ReportView:
    """At most PRINT_EVENTS_MAX events in full, the rest listed (see :func:`print_view`)."""

    def flagged(e: EventView) -> int:
        return sum(1 for f in e.findings if f.verdict in ("conflict", "variation"))

    ranked = sorted(view.events, key=lambda e: (-flagged(e), -len(e.sources), e.id))
    keep = {e.id for e in ranked[:PRINT_EVENTS_MAX]}
    events = [e for e in view.events if e.id in keep]
    rest = [e for e in ranked if e.id not in keep]
    printed = {s.article_id for e in events for s in e.sources}
    return view.model_copy(
        update={
            "events": events,
            "appendix": [a for a in view.appendix if a.source.article_id in printed],
            "uncited": [s for s in view.uncited if s.article_id in printed],
            "unprinted": [
                UnprintedEvent(
                    label=e.label,
                    date=e.date,
                    place=e.place,
                    n_sources=len(e.sources),
                    n_flagged=flagged(e),
                )
                for e in rest[:PRINT_UNPRINTED_LISTED]
            ],
            "unprinted_total": len(rest),
        }
    )


def _capped_claims(f: FindingView, limit: int) -> FindingView:
    """``f`` with at most ``limit`` claims and outlets, the rest counted."""
    if len(f.claims) <= limit and len(f.outlets) <= limit:
        return f
    return f.model_copy(
        update={
            "claims": f.claims[:limit],
            "claims_unprinted": f.claims_unprinted + max(0, len(f.claims) - limit),
            "outlets": f.outlets[:limit],
            "outlets_unprinted": f.outlets_unprinted + max(0, len(f.outlets) - limit),
        }
    )


def _unlinked(f: FindingView, dropped: set[str]) -> FindingView:
    """``f`` with no links to the passages of ``dropped`` articles (not in the PDF's appendix):
    the claim keeps its words and its position in words."""
    if not any(c.href and c.article_id in dropped for c in f.claims):
        return f
    return f.model_copy(
        update={
            "claims": [
                c.model_copy(update={"href": ""}) if c.href and c.article_id in dropped else c
                for c in f.claims
            ]
        }
    )


def _mapped_groups(
    groups: list[OutletGroup], fn: Callable[[FindingView], FindingView]
) -> list[OutletGroup]:
    """``groups`` with ``fn`` applied to every finding of their items (first and further)."""
    return [
        g.model_copy(
            update={
                "items": [
                    it.model_copy(
                        update={"finding": fn(it.finding), "also": [fn(a) for a in it.also]}
                    )
                    for it in g.items
                ]
            }
        )
        for g in groups
    ]


def _print_accounts_budget(view: ReportView) -> ReportView:
    """Within an event of more than PRINT_OUTLETS_MAX accounts, the PDF lists that many of
    them (those its findings quote first, conflicts and variations before the rest) and their
    texts in the appendix, says how many more report.html has, and prints at most that many
    claims and outlets per finding ("and N more"). Every finding is still printed, with its
    verdict and explanation; report.html and findings.json keep everything. Thousands of
    near-identical accounts of one meeting make neither a useful nor a bounded document."""
    limit = PRINT_OUTLETS_MAX
    dropped: set[str] = set()
    events: list[EventView] = []
    for e in view.events:
        if len(e.sources) <= limit:
            events.append(e)
            continue
        findings = [_capped_claims(f, limit) for f in e.findings]
        corroborated = [_capped_claims(f, limit) for f in e.corroborated]
        single = [_capped_claims(f, limit) for f in e.single_source]
        order: dict[str, int] = {}
        for f in itertools.chain(findings, corroborated, single):
            for c in f.claims:
                order.setdefault(c.article_id, len(order))
        ranked = sorted(
            range(len(e.sources)),
            key=lambda i: (order.get(e.sources[i].article_id, len(order)), i),
        )
        keep = set(ranked[:limit])
        sources = [s for i, s in enumerate(e.sources) if i in keep]
        printed = {s.article_id for s in sources}
        dropped.update(s.article_id for s in e.sources if s.article_id not in printed)
        events.append(
            e.model_copy(
                update={
                    "sources": sources,
                    "sources_unprinted": e.sources_unprinted + len(e.sources) - len(sources),
                    "outlets": e.outlets[:limit],
                    "outlets_unprinted": e.outlets_unprinted + max(0, len(e.outlets) - limit),
                    "findings": findings,
                    "corroborated": corroborated,
                    "single_source": single,
                    "single_groups": _mapped_groups(
                        e.single_groups, lambda f: _capped_claims(f, limit)
                    ),
                }
            )
        )
    # Kept articles in other events stay printed; an article's passages go with its last event.
    for e in events:
        dropped.difference_update(s.article_id for s in e.sources)
    events = [
        e.model_copy(
            update={
                key: [_unlinked(f, dropped) for f in getattr(e, key)]
                for key in ("findings", "corroborated", "single_source")
            }
            | {"single_groups": _mapped_groups(e.single_groups, lambda f: _unlinked(f, dropped))}
        )
        for e in events
    ]
    return view.model_copy(
        update={
            "events": events,
            "priority": [_unlinked(_capped_claims(f, limit), dropped) for f in view.priority],
            "cross_event": [_unlinked(_capped_claims(f, limit), dropped) for f in view.cross_event],
            "appendix": [a for a in view.appendix if a.source.article_id not in dropped],
            "uncited": [s for s in view.uncited if s.article_id not in dropped],
        }
    )
