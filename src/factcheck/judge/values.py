"""Judge value Alignments (durations, schedules, money, percentages, quantities) with tolerance.

Vague values are intervals and conflict only when disjoint; a schedule of clock times gives
a lower bound on a duration; values of different events are `cross_event`, never a
conflict; a sum of money and a percentage are different measures the texts do not let us
reconcile (`compatible`, said in words).
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.judge.common import Context, quoted
from factcheck.judge.text import content_words
from factcheck.models import Alignment, Fact, FactType, Finding, Severity, Verdict
from factcheck.settings import HEDGE_WIDTH, ROUNDING_TOLERANCE


def interval(fact: Fact) -> tuple[float, float] | None:
    """[low, high] of a numeric fact in its base unit (minutes, currency units, SI, percent)."""
    v = fact.value if isinstance(fact.value, dict) else {}
    nominal = {
        FactType.DURATION: v.get("minutes"),
        FactType.MONEY: v.get("amount"),
        FactType.PERCENT: v.get("value"),
        FactType.QUANTITY: v.get("si_value"),
        FactType.COUNT: v.get("value"),
    }.get(fact.type)
    if not isinstance(nominal, int | float):
        return None
    low, high = v.get("low"), v.get("high")
    if fact.type == FactType.QUANTITY:
        # low/high of a quantity are in its own unit: scale them to SI like the nominal value.
        magnitude = v.get("magnitude")
        if isinstance(magnitude, int | float) and magnitude and isinstance(low, int | float):
            factor = nominal / magnitude
            low = low * factor
            high = high * factor if isinstance(high, int | float) else None
        else:
            low = high = None
    # Every written figure is rounded: widen even an exact one by half the rounding tolerance
    # ("$540 million" and "$536 million" may report the same sum).
    pad = ROUNDING_TOLERANCE / 2
    if isinstance(low, int | float) and isinstance(high, int | float):
        return (float(low) * (1 - pad), float(high) * (1 + pad))
    width = HEDGE_WIDTH if v.get("hedge") else pad
    return (nominal * (1 - width), nominal * (1 + width))


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two closed intervals share a point."""
    return a[0] <= b[1] and b[0] <= a[1]


def minutes_text(m: float) -> str:
    """105 -> '1 h 45 min'."""
    m = round(m)
    if m < 60:
        return f"{m} min"
    h, rest = divmod(m, 60)
    return f"{h} h {rest} min" if rest else f"{h} h"


def _clock(fact: Fact) -> int | None:
    v = fact.value if isinstance(fact.value, dict) else {}
    local = v.get("local")
    if not isinstance(local, str) or ":" not in local:
        return None
    hh, mm = local.split(":", 1)
    return int(hh) * 60 + int(mm[:2])


def judge_duration(al: Alignment, ctx: Context) -> list[Finding]:
    """Durations of one slot in one event (with a schedule's times), or across two events."""
    if len(al.event_ids) > 1:
        return _cross_event(al, ctx)
    durations = [f for f in al.facts if f.type == FactType.DURATION]
    times = [f for f in al.facts if f.type == FactType.TIME]
    out = []
    if times and durations:
        out.append(_schedule(al, times, durations, ctx))
    # One finding per slot: every pair of articles' durations, worst verdict wins.
    ivs = [(f, iv) for f in durations if (iv := interval(f)) is not None]
    pairs = [
        (a, b)
        for i, a in enumerate(ivs)
        for b in ivs[i + 1 :]
        if a[0].article_id != b[0].article_id
    ]
    if not pairs:
        return out
    disjoint = [(a, b) for a, b in pairs if not overlaps(a[1], b[1])]
    facts = sorted({f.id: f for pair in pairs for f, _ in pair}.values(), key=lambda f: f.id)
    claims = [ctx.fact_claim(f, _range(interval(f))) for f in facts]
    listing = "; ".join(f"{ctx.outlet(f.article_id)} says {quoted(f.text)}" for f in facts)
    head = al.slot.split(":")[1]
    if disjoint:
        (fa, ia), (fb, ib) = disjoint[0]
        out.append(
            ctx.finding(
                kind="duration",
                verdict=Verdict.CONFLICT,
                severity=Severity.HIGH,
                confidence="interval",
                event_ids=al.event_ids,
                rule="interval-disjoint",
                claims=claims,
                title=f"The {head} length differs: {fa.text} vs {fb.text}",
                explanation=(
                    f"{listing}. Read as ranges ({_range(ia)} vs {_range(ib)}) the values do not "
                    f"overlap, so both cannot describe the same {head} of "
                    f"{ctx.event_desc(al.event_ids[0])}."
                ),
            )
        )
        return out
    same = len({round(f.value.get("minutes") or 0) for f in facts}) == 1
    verdict = (
        Verdict.CORROBORATED
        if same and ctx.independent([f.article_id for f in facts]) > 1
        else Verdict.COMPATIBLE
    )
    out.append(
        ctx.finding(
            kind="duration",
            verdict=verdict,
            severity=Severity.INFO,
            confidence="interval",
            event_ids=al.event_ids,
            rule="interval-overlap",
            claims=claims,
            title=f"The {head} length agrees within precision: "
            + " / ".join(f.text for f in facts),
            explanation=f"{listing}. Read as ranges the values overlap: no contradiction.",
        )
    )
    return out


def _range(iv: tuple[float, float] | None) -> str | None:
    if iv is None:
        return None
    return f"{minutes_text(iv[0])}–{minutes_text(iv[1])}"


def _schedule(al: Alignment, times: list[Fact], durations: list[Fact], ctx: Context) -> Finding:
    """A schedule of clock times bounds a duration from below only: compare that bound."""
    clocks = sorted(c for c in (_clock(t) for t in times) if c is not None)
    span = clocks[-1] - clocks[0] if len(clocks) >= 2 else 0
    sched_src = ctx.outlet(times[0].article_id)
    ok = [d for d in durations if (iv := interval(d)) is not None and iv[1] >= span]
    bad = [d for d in durations if d not in ok]
    steps = ", ".join(t.text for t in sorted(times, key=lambda t: t.start))
    claims = [ctx.fact_claim(t) for t in times] + [
        ctx.fact_claim(d, _range(interval(d))) for d in durations
    ]
    stated = "; ".join(f"{ctx.outlet(d.article_id)} says {quoted(d.text)}" for d in durations)
    if bad:
        return ctx.finding(
            kind="duration",
            verdict=Verdict.CONFLICT,
            severity=Severity.MEDIUM,
            confidence="schedule",
            event_ids=al.event_ids,
            rule="schedule-vs-duration",
            claims=claims,
            title=f"{sched_src}'s schedule ({steps}) outlasts the stated length",
            explanation=(
                f"{sched_src}'s schedule ({steps}) spans at least {minutes_text(span)}, "
                f"but {stated}, which is shorter."
            ),
        )
    return ctx.finding(
        kind="duration",
        verdict=Verdict.COMPATIBLE,
        severity=Severity.INFO,
        confidence="schedule",
        event_ids=al.event_ids,
        rule="schedule-vs-duration",
        claims=claims,
        title=f"{sched_src}'s schedule ({steps}) fits the stated length",
        explanation=(
            f"{sched_src} gives a schedule ({steps}): the programme ran at least "
            f"{minutes_text(span)} from its first item, and the last item's end is not given. "
            f"{stated}. A schedule and a total length are different precisions of the same "
            "programme; they do not contradict each other."
        ),
    )


def _cross_event(al: Alignment, ctx: Context) -> list[Finding]:
    """Same slot in two events: differing values are two occasions, not a contradiction."""
    side = {
        ev: [f for f in al.facts if ctx.event_of.get(f.article_id) == ev] for ev in al.event_ids
    }
    ivs = {ev: [iv for f in facts if (iv := interval(f)) is not None] for ev, facts in side.items()}
    a, b = al.event_ids[0], al.event_ids[1]
    if not ivs[a] or not ivs[b] or all(overlaps(x, y) for x in ivs[a] for y in ivs[b]):
        return []
    head = al.slot.split(":")[1]
    parts = []
    for ev in (a, b):
        said = ", ".join(f"{quoted(f.text)} ({ctx.outlet(f.article_id)})" for f in side[ev])
        parts.append(f"{said} describes {ctx.event_desc(ev)}")
    claims = [
        ctx.fact_claim(f, f"{ctx.events[ctx.event_of[f.article_id]].date or 'undated'}")
        for f in al.facts
    ]
    first = side[a][0].text
    second = side[b][0].text
    return [
        ctx.finding(
            kind="duration",
            verdict=Verdict.CROSS_EVENT,
            severity=Severity.LOW,
            confidence="cross-event",
            event_ids=al.event_ids,
            rule="cross-event-slot",
            claims=claims,
            title=f"Two different {head}s: {first} vs {second}",
            explanation=(
                "; ".join(parts) + f". These are two different {head}s with the same participants, "
                "so the values are not in conflict; do not carry one over to the other."
            ),
        )
    ]


def judge_measure(al: Alignment, ctx: Context) -> list[Finding]:
    """Numbers carried by one statement group: same measure compared, different ones noted."""
    money = [f for f in al.facts if f.type == FactType.MONEY]
    pct = [f for f in al.facts if f.type == FactType.PERCENT]
    out = []
    if money and pct and {f.article_id for f in money} != {f.article_id for f in pct}:
        out.append(_different_measures(al, money, pct, ctx))
    by_dimension: dict[str, list[Fact]] = {}
    for f in al.facts:
        if f.type == FactType.QUANTITY and isinstance(f.value, dict):
            by_dimension.setdefault(str(f.value.get("dimension")), []).append(f)
    # Quantities compare in SI units, so "1,000 km" and "621 miles" are the same figure.
    for group in (money, pct, *by_dimension.values()):
        if group:
            out.extend(_same_measure(al, group, ctx))
    return out


def _different_measures(
    al: Alignment, money: Sequence[Fact], pct: Sequence[Fact], ctx: Context
) -> Finding:
    def desc(f: Fact) -> str:
        v = f.value if isinstance(f.value, dict) else {}
        extra = []
        period = str(v.get("period") or "")
        if period:
            extra.append(period if period.split()[0] in ("over", "for", "in") else f"over {period}")
        if v.get("base") and str(v["base"]) not in f.text:
            extra.append(f"of {v['base']}")
        tail = f" ({' '.join(extra)})" if extra else ""
        return f"{quoted(f.text)}{tail} in {ctx.outlet(f.article_id)}"

    facts = [*money, *pct]
    return ctx.finding(
        kind="money",
        verdict=Verdict.COMPATIBLE,
        severity=Severity.INFO,
        confidence="measure",
        event_ids=al.event_ids,
        rule="different-measures",
        claims=[ctx.fact_claim(f, f.type.value) for f in facts],
        title="Different measures of the same thing: " + " vs ".join(f.text for f in facts),
        explanation=(
            "The statements about the same subject give an amount of money ("
            + "; ".join(desc(f) for f in money)
            + ") and a percentage ("
            + "; ".join(desc(f) for f in pct)
            + "). These are different measures; the texts "
            "do not give what is needed to convert one into the other (a base and a period), "
            "so they cannot be reconciled or contradicted here. Not a conflict."
        ),
    )


def same_value(a: Fact, b: Fact) -> bool:
    """Same type, same currency or dimension, and intervals that overlap."""
    if a.type != b.type:
        return False
    va = a.value if isinstance(a.value, dict) else {}
    vb = b.value if isinstance(b.value, dict) else {}
    if a.type == FactType.MONEY and va.get("currency") != vb.get("currency"):
        return False
    if a.type == FactType.QUANTITY and va.get("dimension") != vb.get("dimension"):
        return False
    ia, ib = interval(a), interval(b)
    return ia is not None and ib is not None and overlaps(ia, ib)


def _same_measure(al: Alignment, facts: Sequence[Fact], ctx: Context) -> list[Finding]:
    """Amounts (or percentages) of one statement group from different sources.

    A story often gives several figures (a price and its cash part): a figure is confirmed
    when another source gives it too, and two sources conflict only when each gives exactly
    one figure and the two cannot both hold.
    """
    src = {f.id: ctx.source_group.get(f.article_id, f.article_id) for f in facts}
    matched = [f for f in facts if any(src[o.id] != src[f.id] and same_value(f, o) for o in facts)]
    kind = facts[0].type.value if facts else "money"
    if matched:
        listing = "; ".join(f"{ctx.outlet(f.article_id)}: {quoted(f.text)}" for f in matched)
        return [
            ctx.finding(
                kind=kind,
                verdict=Verdict.CORROBORATED,
                severity=Severity.INFO,
                confidence="interval",
                event_ids=al.event_ids,
                rule="same-value",
                claims=[ctx.fact_claim(f) for f in matched],
                title="Same figure from several outlets: " + " / ".join(f.text for f in matched),
                explanation=f"{listing}. These independent outlets agree within rounding.",
            )
        ]
    per_source: dict[str, list[Fact]] = {}
    for f in facts:
        per_source.setdefault(src[f.id], []).append(f)
    if len(per_source) < 2 or any(len(v) != 1 for v in per_source.values()):
        return []
    used = [v[0] for v in per_source.values()]
    if not _same_context(used, ctx):
        return []  # "3.5mm jack" and "13.5 mm thick": the figures measure different things
    listing = "; ".join(f"{ctx.outlet(f.article_id)}: {quoted(f.text)}" for f in used)
    return [
        ctx.finding(
            kind=kind,
            verdict=Verdict.CONFLICT,
            severity=Severity.LOW,
            confidence="figure",
            event_ids=al.event_ids,
            rule="interval-disjoint",
            claims=[ctx.fact_claim(f) for f in used],
            title="Different figures in statements about the same thing: "
            + " vs ".join(f.text for f in used),
            explanation=(
                f"{listing}. The statements share their subject and each gives one figure, but "
                "the figures differ beyond rounding. They may measure different parts of it "
                "(a total and a part, before and after a change): check before correcting."
            ),
        )
    ]


def _context(fact: Fact, ctx: Context, reach: int = 4) -> set[str]:
    """Content words right around a figure ("buy ATI for $5.4 billion" -> buy, ati)."""
    text = ctx.items[fact.article_id].article.text
    before = content_words(text[max(0, fact.start - 80) : fact.start])[-reach:]
    after = content_words(text[fact.end : fact.end + 80])[:reach]
    return {w for w in before + after if not w[0].isdigit()}


def _same_context(facts: Sequence[Fact], ctx: Context) -> bool:
    """Whether every figure shares a neighbouring word with the others (same slot)."""
    contexts = [_context(f, ctx) for f in facts]
    return all(contexts[0] & c for c in contexts[1:])


def _utc(fact: Fact) -> str | None:
    v = fact.value if isinstance(fact.value, dict) else {}
    utc = v.get("utc")
    return str(utc)[:16] if isinstance(utc, str) else None


def judge_time(al: Alignment, ctx: Context) -> list[Finding]:
    """Clock times of one happening from several sources, compared as UTC instants.

    "2:55 p.m. local" and "4:55 p.m. Japan time" are the same instant: agreement. Two
    sources conflict only when each gives exactly one time and the instants differ.
    """
    src = {f.id: ctx.source_group.get(f.article_id, f.article_id) for f in al.facts}
    timed = [f for f in al.facts if _utc(f)]
    same = [f for f in timed if any(src[o.id] != src[f.id] and _utc(o) == _utc(f) for o in timed)]
    head = al.slot.split(":")[1]
    if same:
        listing = "; ".join(f"{ctx.outlet(f.article_id)}: {quoted(f.text)}" for f in same)
        return [
            ctx.finding(
                kind="time",
                verdict=Verdict.CORROBORATED,
                severity=Severity.INFO,
                confidence="timezone",
                event_ids=al.event_ids,
                rule="same-instant",
                claims=[ctx.fact_claim(f, _utc(f)) for f in same],
                title=f"Same {head} time from several outlets",
                explanation=f"{listing}. Converted to UTC ({_utc(same[0])}) they are the same "
                "instant, whatever zone each outlet wrote it in.",
            )
        ]
    per_source: dict[str, list[Fact]] = {}
    for f in timed:
        per_source.setdefault(src[f.id], []).append(f)
    if len(per_source) < 2 or any(len(v) != 1 for v in per_source.values()):
        return []
    used = [v[0] for v in per_source.values()]
    listing = "; ".join(
        f"{ctx.outlet(f.article_id)}: {quoted(f.text)} = {_utc(f)} UTC" for f in used
    )
    return [
        ctx.finding(
            kind="time",
            verdict=Verdict.CONFLICT,
            severity=Severity.MEDIUM,
            confidence="figure",
            event_ids=al.event_ids,
            rule="utc-differs",
            claims=[ctx.fact_claim(f, _utc(f)) for f in used],
            title=f"The {head} time differs: " + " vs ".join(f.text for f in used),
            explanation=f"{listing}. Converted to UTC the times differ, so they cannot both "
            f"be when the {head} took place (unless one is a scheduled and one an actual time).",
        )
    ]
