"""Lay out the report's pictures and its one-page brief (issue 13): coordinates, not markup.

The templates draw inline SVG from these views (no JavaScript, printable by WeasyPrint):

- a timeline per event: each outlet's publication date and the dates it states for the
  event's happenings, the disagreeing ones marked;
- a coverage grid per event: which outlet states which slot, agreeing or not, in blocks of
  at most ``MAX_GRID_COLUMNS`` outlets so no column is ever too narrow for its words.

Every label is shortened here to fit its column, so nothing wraps or breaks inside a word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from factcheck.models import ArticleFacts, Event, Finding, ReviewStatus, Verdict
from factcheck.render.view_models import (
    BriefEvent,
    BriefItem,
    BriefView,
    CoverageView,
    FindingView,
    GridBlock,
    GridCell,
    GridColumn,
    GridRow,
    OutletGroup,
    SingleItem,
    Tick,
    TimelineMark,
    TimelineRow,
    TimelineView,
    finding_anchor,
    html_anchor,
)

MAX_GRID_COLUMNS = 6  # A4 holds six outlet columns beside the slot labels without squeezing
MAX_GRID_ROWS = 14
MAX_TIMELINE_ROWS = 16
DATE_KINDS = frozenset({"date", "time", "dateline"})
# The brief's budget in lines of 7.5 pt type (A4 holds ~50 below the title block; measured
# on the dev corpus at 16 events): an event costs 4 (heading and its margin, the one-line
# what/where/when/who, "also"), each finding 1, "and N more events" 2.
BRIEF_LINES = 46
BRIEF_EVENT_LINES = 4
BRIEF_MAX_EVENTS = 8
BRIEF_TITLE_CHARS = 66
BRIEF_OUTLET_CHARS = 72
FIG_WIDTH = 640
LABEL_W = 150
GRID_LABEL_W = 300
GRID_COL_W = 52
GRID_LABEL_CHARS = 56
GRID_ROW_H = 17
TL_ROW_H = 14
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-–—") + "…"


def _day(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _fmt(d: date, with_year: bool) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}" + (f" {d.year}" if with_year else "")


def _fact_dates(af: ArticleFacts, start: int, end: int) -> list[date]:
    """Dates of the article's date facts inside a claim's span."""
    out = []
    for fact in af.facts:
        if fact.type.value != "date" or fact.end <= start or fact.start >= end:
            continue
        d = _day(getattr(fact.value, "start", None))
        if d:
            out.append(d)
    return out


def timeline(
    event: Event,
    articles: dict[str, ArticleFacts],
    findings: Sequence[Finding],
    names: dict[str, str],
) -> TimelineView | None:
    """Each article's publication date and the happening dates it states; None without dates."""
    ids = [a for a in event.article_ids if a in articles]
    published: dict[str, tuple[date, str]] = {}
    for aid in ids:
        art = articles[aid].article
        pub = _day(art.published)
        if pub:
            published[aid] = (pub, "published")
        elif (ref := _day(art.reference_date)) is not None:
            published[aid] = (ref, "reference")
    stated: dict[str, list[tuple[date, bool, str]]] = {}
    unplaced = 0
    for f in findings:
        if f.kind not in DATE_KINDS or f.verdict == Verdict.SINGLE_SOURCE:
            continue
        flagged = f.verdict in (Verdict.CONFLICT, Verdict.VARIATION)
        for c in f.claims:
            if c.article_id not in ids:
                continue
            typed = c.fact_value
            typed_day = _day(getattr(typed, "start", None) or getattr(typed, "date", None))
            days = [typed_day] if typed_day else _fact_dates(articles[c.article_id], c.start, c.end)
            if not days:
                unplaced += 1
            for d in days[:1]:
                stated.setdefault(c.article_id, []).append(
                    (d, flagged and c.value != "majority", c.text)
                )
    event_day = _day(event.date)
    all_days = [d for d, _ in published.values()] + [d for v in stated.values() for d, *_ in v]
    if event_day:
        all_days.append(event_day)
    if not all_days or not (published or stated):
        return None
    lo, hi = min(all_days), max(all_days)
    span = max((hi - lo).days, 1)
    left, right = LABEL_W + 10, FIG_WIDTH - 16
    pad = 0 if hi > lo else 1

    def x(d: date) -> float:
        return round(left + (right - left) * ((d - lo).days + pad) / (span + 2 * pad), 1)

    top = 30
    shown = [a for a in ids if a in published or a in stated][:MAX_TIMELINE_ROWS]
    more = len([a for a in ids if a in published or a in stated]) - len(shown)
    rows = []
    for i, aid in enumerate(shown):
        marks = []
        if aid in published:
            d, how = published[aid]
            what = "published" if how == "published" else "publication date inferred as"
            marks.append(
                TimelineMark(x=x(d), kind=how, flagged=False, title=f"{names[aid]} {what} {d}")
            )
        for d, flagged, text in stated.get(aid, []):
            marks.append(
                TimelineMark(
                    x=x(d),
                    kind="stated",
                    flagged=flagged,
                    title=f"{names[aid]} states {d} (“{shorten(text, 60)}”)"
                    + (": disagrees" if flagged else ""),
                )
            )
        rows.append(
            TimelineRow(label=shorten(names[aid], 24), y=top + 10 + i * TL_ROW_H, marks=marks)
        )
    n_ticks = min(6, span + 1 + 2 * pad)
    with_year = lo.year != hi.year
    ticks = []
    seen = set()
    for k in range(n_ticks):
        d = date.fromordinal(
            lo.toordinal() - pad + round(k * (span + 2 * pad) / max(n_ticks - 1, 1))
        )
        if d in seen:
            continue
        seen.add(d)
        ticks.append(Tick(x=x(d), label=_fmt(d, with_year)))
    n_flagged = sum(m.flagged for r in rows for m in r.marks)
    summary = (
        f"Timeline of {len(rows)} articles from {_fmt(lo, True)} to {_fmt(hi, True)}: "
        "circles mark publication, diamonds the dates the articles state"
        + (f"; {n_flagged} stated date(s) disagree (red, ≠)" if n_flagged else "")
        + (f"; the event is dated {event_day}" if event_day else "")
        + "."
    )
    return TimelineView(
        width=FIG_WIDTH,
        height=int(top + 10 + len(rows) * TL_ROW_H + 4),
        plot_left=left,
        plot_right=right,
        axis_y=top,
        ticks=ticks,
        event_x=x(event_day) if event_day else None,
        rows=rows,
        more_rows=more,
        n_flagged=n_flagged,
        unplaced=unplaced,
        summary=summary,
    )


def _marks(f: Finding) -> dict[str, str]:
    """Per article: 'agree', 'disagree' or 'compatible' for one multi-outlet finding."""
    if f.verdict == Verdict.COMPATIBLE:
        return {c.article_id: "compatible" for c in f.claims}
    if f.verdict not in (Verdict.CONFLICT, Verdict.VARIATION):
        return {c.article_id: "agree" for c in f.claims}
    values = {c.article_id: (c.value or " ".join(c.text.lower().split())) for c in f.claims}
    if any(v in ("majority", "differs") for v in values.values()):
        return {a: "disagree" if v == "differs" else "agree" for a, v in values.items()}
    counts = Counter(values.values())
    top, n = counts.most_common(1)[0]
    if n == 1 or n * 2 == len(values):  # no majority: every account takes part
        return dict.fromkeys(values, "disagree")
    return {a: "agree" if v == top else "disagree" for a, v in values.items()}


def coverage(event: Event, cards: Sequence[Finding], names: dict[str, str]) -> CoverageView | None:
    """The slots several outlets state, by outlet, in blocks of at most six outlets."""
    multi = [f for f in cards if len({c.article_id for c in f.claims}) > 1]
    if not multi:
        return None
    shown = multi[:MAX_GRID_ROWS]
    marks = [_marks(f) for f in shown]
    said = {f.id: {c.article_id: c.text for c in f.claims} for f in shown}
    stating = [a for a in event.article_ids if any(a in m for m in marks)]
    silent = [names.get(a, a) for a in event.article_ids if a not in stating]
    blocks = []
    header = 56
    # As many blocks as six columns need, the outlets shared out evenly (13 -> 5, 4, 4).
    n_blocks = -(-len(stating) // MAX_GRID_COLUMNS)
    per_block = -(-len(stating) // n_blocks)
    for b in range(0, len(stating), per_block):
        cols = stating[b : b + per_block]
        columns = [
            GridColumn(
                x=GRID_LABEL_W + GRID_COL_W * (i + 0.5),
                y=12 + 14 * (i % 3),
                label=shorten(names.get(a, a), 24),
                full=names.get(a, a),
            )
            for i, a in enumerate(cols)
        ]
        rows = []
        for r, (f, m) in enumerate(zip(shown, marks, strict=True)):
            cells = [
                GridCell(
                    x=col.x,
                    mark=m.get(a, ""),
                    title=f"{col.full}: " + (shorten(said[f.id][a], 80) if a in m else "silent"),
                )
                for a, col in zip(cols, columns, strict=True)
            ]
            rows.append(
                GridRow(
                    y=header + 10 + r * GRID_ROW_H,
                    label=_row_label(f.title),
                    full=f.title,
                    href="#" + finding_anchor(f.id),
                    verdict=f.verdict.value,
                    cells=cells,
                )
            )
        blocks.append(
            GridBlock(
                width=int(GRID_LABEL_W + GRID_COL_W * len(cols) + 8),
                height=int(header + 10 + len(rows) * GRID_ROW_H),
                header_y=header,
                columns=columns,
                rows=rows,
            )
        )
    n_dis = sum(1 for m in marks for v in m.values() if v == "disagree")
    summary = (
        f"Coverage of {len(shown)} slot(s) by {len(stating)} outlet(s)"
        + (f" in {len(blocks)} blocks" if len(blocks) > 1 else "")
        + f": {n_dis} account(s) disagree (≠)."
    )
    return CoverageView(
        blocks=blocks, omitted=len(multi) - len(shown), silent=silent, summary=summary
    )


def _row_label(title: str) -> str:
    """A finding title cut to the label column; a long one keeps what follows its colon
    (the differing values), which tells the rows apart."""
    if len(title) > GRID_LABEL_CHARS and ": " in title:
        tail = title.split(": ", 1)[1]
        if len(tail) > 12:
            return shorten(tail, GRID_LABEL_CHARS)
    return shorten(title, GRID_LABEL_CHARS)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def single_groups(items: Sequence[FindingView]) -> list[OutletGroup]:
    """Single-source claims per outlet (largest group first); a sentence reprinted or claimed
    by several findings is shown once, under the outlet that says it first."""
    lines: dict[str, SingleItem] = {}
    order: dict[str, list[str]] = {}
    counts: Counter[str] = Counter()
    for f in items:
        claim = f.claims[0] if f.claims else None
        outlet = claim.outlet if claim else "unknown outlet"
        key = _norm(claim.text) if claim else f.id
        counts[outlet] += 1
        if key in lines:
            first = lines[key]
            lines[key] = first.model_copy(
                update={"also": [*first.also, f], "ids": first.ids + " " + f.id}
            )
            continue
        lines[key] = SingleItem(finding=f, also=[], ids=f.id)
        order.setdefault(outlet, []).append(key)
    groups = [
        OutletGroup(outlet=o, items=[lines[k] for k in keys], count=counts[o])
        for o, keys in order.items()
    ]
    groups.sort(key=lambda g: (-g.count, g.outlet))
    return groups


def _needs_editor(f: Finding) -> bool:
    status = f.review.status if f.review else ReviewStatus.OPEN
    if status == ReviewStatus.FOLLOW_UP:
        return True
    return f.verdict == Verdict.CONFLICT and status == ReviewStatus.OPEN


def _outlets_line(outlets: Sequence[str], limit: int) -> str:
    out: list[str] = []
    for i, o in enumerate(outlets):
        rest = len(outlets) - i - 1
        tail = f" and {rest} more" if rest else ""
        if len(", ".join([*out, o])) + len(tail) > limit and out:
            return ", ".join(out) + f" and {len(outlets) - i} more"
        out.append(o)
    return ", ".join(out)


def brief(
    events: Sequence[Event],
    findings: Sequence[Finding],
    views: dict[str, FindingView],
    outlets_of: dict[str, list[str]],
    *,
    linked: bool = True,
) -> BriefView:
    """The one-page brief: events with most findings needing an editor first, within a line
    budget that fits one A4 page; the rest is counted ("and N more")."""
    need: dict[str, list[Finding]] = {e.id: [] for e in events}
    # Open variations fill what room is left (most severe first): worth a glance.
    glance: dict[str, list[Finding]] = {e.id: [] for e in events}
    rest: dict[str, Counter[Verdict]] = {e.id: Counter() for e in events}
    for f in findings:
        for eid in f.event_ids[:1]:
            if eid not in need:
                continue
            if _needs_editor(f):
                need[eid].append(f)
            else:
                rest[eid][f.verdict] += 1
                if f.verdict == Verdict.VARIATION and views[f.id].status == "open":
                    glance[eid].append(f)
    ranked = sorted(
        events, key=lambda e: (-len(need[e.id]), -len(glance[e.id]), -len(e.article_ids))
    )
    kept = {e.id for e in ranked[:BRIEF_MAX_EVENTS]}
    shown = [e for e in events if e.id in kept]  # report order, the busiest kept
    left = [e for e in events if e.id not in kept]
    budget = BRIEF_LINES - BRIEF_EVENT_LINES * len(shown) - (2 if left else 0)
    take = dict.fromkeys((e.id for e in shown), 0)
    extra = dict.fromkeys((e.id for e in shown), 0)
    for pool, counter in ((need, take), (glance, extra)):
        while budget > 0:
            grew = False
            for e in shown:
                if budget > 0 and counter[e.id] < len(pool[e.id]):
                    counter[e.id] += 1
                    budget -= 1
                    grew = True
            if not grew:
                break
    # An event that cannot show all it needs takes a line for "and N more".
    for e in shown:
        if take[e.id] < len(need[e.id]) and extra[e.id]:
            extra[e.id] -= 1
    plural = {
        Verdict.CONFLICT: "conflicts",
        Verdict.VARIATION: "variations",
        Verdict.COMPATIBLE: "compatible",
        Verdict.CORROBORATED: "corroborated",
        Verdict.SINGLE_SOURCE: "single-source",
        Verdict.CROSS_EVENT: "cross-event",
    }
    out = []
    for e in shown:
        items = []
        for f in [*need[e.id][: take[e.id]], *glance[e.id][: extra[e.id]]]:
            v = views[f.id]
            more_outlets = len(v.outlets) - 2
            items.append(
                BriefItem(
                    title=shorten(v.title, BRIEF_TITLE_CHARS),
                    href="#" + v.anchor,
                    verdict=v.verdict,
                    verdict_label=v.verdict_label,
                    severity=v.severity,
                    status=v.status,
                    status_label=v.status_label,
                    outlets=shorten(", ".join(v.outlets[:2]), 24)
                    + (f" +{more_outlets}" if more_outlets > 0 else ""),
                    needs_editor=_needs_editor(f),
                )
            )
        counts = rest[e.id]
        for f in glance[e.id][: extra[e.id]]:
            counts[f.verdict] -= 1  # listed above: "also" counts the rest
        words = [
            f"{counts[v]} {plural[v] if counts[v] > 1 else plural[v].removesuffix('s')}"
            for v in plural
            if counts[v]
        ]
        out.append(
            BriefEvent(
                anchor=html_anchor("event-", e.id),
                label=shorten(e.label, 70),
                date=e.date,
                place=e.place,
                n_sources=len(e.article_ids),
                outlets=_outlets_line(outlets_of.get(e.id, []), BRIEF_OUTLET_CHARS),
                items=items,
                more=len(need[e.id]) - take[e.id],
                rest=", ".join(words),
            )
        )
    return BriefView(
        events=out,
        more_events=[shorten(e.label, 50) for e in left],
        more_events_need=sum(len(need[e.id]) for e in left),
        n_need=sum(len(v) for v in need.values()),
        n_glance=sum(not i.needs_editor for e in out for i in e.items),
        linked=linked,
    )
