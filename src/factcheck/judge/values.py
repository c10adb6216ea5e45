"""Judge duration and clock-time Alignments with tolerance; the shared interval arithmetic.

Vague values are intervals and conflict only when disjoint; a schedule of clock times gives
a lower bound on a duration; values of different events are `cross_event`, never a
conflict. Numbers of statement groups are judged in ``measures``, value slots in ``figures``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from factcheck.align.alignments import attributive_noun, clause_subject
from factcheck.align.happenings import bound, hedged
from factcheck.align.keys import governing_happening
from factcheck.judge.common import Context, quoted
from factcheck.judge.tally import agreeing_sources
from factcheck.models import Alignment, Fact, FactType, Finding, Severity, Verdict
from factcheck.numbers import MINUTES
from factcheck.settings import HEDGE_WIDTH, ROUNDING_TOLERANCE, TIME_ROUNDING_MINUTES
from factcheck.values import (
    MEASURES,
    CountValue,
    DurationValue,
    MoneyValue,
    PercentValue,
    QuantityValue,
    TimeValue,
)


def interval(fact: Fact, *, claimed: bool = False) -> tuple[float, float] | None:
    """[low, high] of a numeric fact in its base unit (minutes, currency units, SI, percent).

    With ``claimed``, a maximum ("up to eight hours") is the figure it claims rather than a
    bound any smaller figure satisfies (see figures.numbers_agree).
    """
    v = fact.value
    if not isinstance(v, MEASURES):
        return None
    nominal = nominal_of(v)
    if nominal is None:
        return None
    if isinstance(v, QuantityValue) and v.unit == "magnitude":
        # A quake's magnitude is a logarithm given to one decimal: 7.6 and 7.8 are two
        # readings, not one figure rounded; a relative tolerance would merge them.
        half = 0.25 if v.hedge else 0.05
        return (float(nominal) - half, float(nominal) + half)
    if isinstance(v, PercentValue):
        share = _percent_precision(fact, v, float(nominal))
        if share is not None:
            return share
    if isinstance(v, QuantityValue):
        read = _quantity_precision(fact, v, float(nominal))
        if read is not None:
            return read
    # A quantity's low/high are in SI like its si_value (extract.quantities hedges si_value).
    low, high = v.low, v.high
    # Every written figure is rounded: widen even an exact one by half the rounding tolerance
    # ("$540 million" and "$536 million" may report the same sum).
    pad = ROUNDING_TOLERANCE / 2
    if claimed and " ".join((v.hedge or "").lower().split()) in CLAIMED_MAXIMUM and not v.low:
        # "up to eight hours" of battery, "up to 1,000 recharges": the claim is the maximum
        # itself. Read as [0, N] only, "up to thirteen hours" agreed with everyone's "eight
        # hours"; as a backer of another figure it stays a bound (five hours is within it).
        return (nominal * (1 - HEDGE_WIDTH), nominal * (1 + pad))
    if isinstance(v, DurationValue) and not v.hedge and v.unit in MINUTES and low == high:
        # a length written in whole units is rounded no further than its last digit: "a
        # 17-day ordeal" is no rounding of "18 days", as "95 passengers" is none of "91"
        per = MINUTES[v.unit]
        n = v.minutes / per
        if n >= 1 and float(n).is_integer():
            half = min(n * pad, DURATION_STEP_SHARE * _count_step(int(n))) * per
            return (v.minutes - half, v.minutes + half)
    if low is not None and high is not None:
        if low != high:
            # A hedged figure or a range is already the interval its words allow, widened
            # once, by extract.numbers.hedge_interval ("about two hours" is 105..135 min).
            return (low, high)
        return (low * (1 - pad), high * (1 + pad))
    width = HEDGE_WIDTH if v.hedge else pad
    top = _truncated_top(fact, float(nominal))
    if top is not None and not v.hedge:
        # "$13 billion" for a $13.2 billion deal: headlines truncate to the last digit they
        # write, so the figure means [13, 14) billion (docs/evaluation.md P6).
        return (nominal * (1 - pad), top * (1 + pad))
    return (nominal * (1 - width), nominal * (1 + width))


def whole_count(fact: Fact) -> bool:
    """A count written to its unit, unhedged ("91 passengers", "95 passengers")."""
    v = fact.value
    return (
        isinstance(v, CountValue)
        and v.value is not None
        and not v.hedge
        and (v.low is None or v.low == v.high)
        and float(v.value).is_integer()
        and v.value > 0
    )


def count_interval(fact: Fact) -> tuple[float, float] | None:
    """A whole count as it may be rounded, no further than its last digit: "95 passengers"
    is 92.5 to 97.5 at most (against another whole count "91 passengers" is another count;
    against a bound or an estimate the figure keeps its usual interval)."""
    v = fact.value
    if not whole_count(fact) or not isinstance(v, CountValue) or v.value is None:
        return None
    n = float(v.value)
    if ATTRIBUTIVE_COUNT_RE.fullmatch(fact.text):
        return (n, n)  # "a 20-storey block": a thing's attribute, told exactly, not rounded
    half = min(n * ROUNDING_TOLERANCE / 2, _count_step(int(n)) / 2)
    return (n - half, n + half)


# A count written as a hyphenated modifier of a noun: "20-storey", "12-member", "four-door".
ATTRIBUTIVE_COUNT_RE = re.compile(r"[\w.,]+-[a-z]+", re.IGNORECASE)


# How much of its rounding step a whole length may stand for on each side: just under half,
# so that 17 and 18 days do not meet at 17.5.
DURATION_STEP_SHARE = 0.49


def _count_step(n: int) -> int:
    """The rounding step a whole count's written digits allow: 1 for 91, 5 for 95, 10 for
    90, 100 for 300, 50 for 250."""
    if n <= 0:
        return 1
    step = 1
    while n % (step * 10) == 0:
        step *= 10
    return step * 5 if (n // step) % 10 == 5 else step


# Hedges of a share rounded to the digits written ("about 58%": 57.5 to 58.5).
ROUNDING_HEDGES = frozenset(("about", "around", "roughly", "approximately", "some"))
DIGITS_RE = re.compile(r"\d+(?:\.(\d+))?")


def _percent_precision(fact: Fact, v: PercentValue, nominal: float) -> tuple[float, float] | None:
    """A share read to the digits it is written with: "57.13 percent" is 57.125 to 57.135,
    "about 58%" (a rounding) 57.5 to 58.5. None where a share is a round estimate ("about
    60%", a multiple of five) or an exact whole figure (left to the relative tolerance), or
    a range."""
    if v.low is not None and v.high is not None and v.low != v.high and not v.hedge:
        return None
    hedge = " ".join((v.hedge or "").lower().split())
    m = DIGITS_RE.search(fact.text)
    if m is None:
        return None
    decimals = len(m.group(1) or "")
    if hedge in ROUNDING_HEDGES and decimals == 0 and nominal % 5:
        return (nominal - 0.5, nominal + 0.5)
    if not hedge and decimals:
        half = 0.5 * 10**-decimals
        return (nominal - half, nominal + half)
    return None


WRITTEN_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _quantity_precision(fact: Fact, v: QuantityValue, nominal: float) -> tuple[float, float] | None:
    """A hedged measure read to the digits it is written with, as a share is: "some 77
    kilometres" is 76.5 to 77.5 km, so 72 km is another distance; "about 70 kilometres" (a
    multiple of five) stays a round estimate, and an exact figure keeps the relative
    tolerance."""
    hedge = " ".join((v.hedge or "").lower().split())
    if hedge not in ROUNDING_HEDGES or (
        v.low is not None and v.high is not None and v.low == v.high
    ):
        return None
    m = WRITTEN_RE.search(fact.text)
    if m is None:
        return None
    digits = m.group(0).replace(",", "")
    written = float(digits)
    if written <= 0 or "." in digits or written % 5 == 0:
        return None
    half = 0.5 * nominal / written  # half a written unit, in the base unit
    return (nominal - half, nominal + half)


# Hedges that state the most a thing reaches ("up to eight hours of use"); "within 20
# miles", "less than", "under" stay bounds that any smaller figure satisfies (P13).
CLAIMED_MAXIMUM = frozenset(("up to", "a maximum of"))


# How many times one figure may be another's and still measure the same thing, where only
# the words around them say they do.
FAR_APART_RATIO = 10.0


def far_apart(a: Fact, b: Fact) -> bool:
    """Whether two figures are FAR_APART_RATIO times apart or more (their middles): "fired
    at least 70 rounds" and "carrying 1,300 rounds" measure two things."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return False
    ma, mb = (ia[0] + ia[1]) / 2, (ib[0] + ib[1]) / 2
    if ma <= 0 or mb <= 0:
        return False
    return max(ma, mb) / min(ma, mb) >= FAR_APART_RATIO


def nominal_of(
    v: DurationValue | MoneyValue | PercentValue | QuantityValue | CountValue,
) -> float | None:
    """The figure a measure states, in its base unit (minutes, currency units, SI, percent)."""
    if isinstance(v, DurationValue):
        return v.minutes
    if isinstance(v, MoneyValue):
        return v.amount
    if isinstance(v, QuantityValue):
        return v.si_value
    return v.value


def duration_text(fact: Fact) -> str | None:
    """A duration's normalised value as the report writes it: '40 min', or its interval
    ('1 h 45 min–2 h 15 min' for "about two hours") when hedged or a range."""
    v = fact.value
    if not isinstance(v, DurationValue):
        return None
    if v.low is None or v.high is None or v.low == v.high:
        return minutes_text(v.minutes)
    return f"{minutes_text(v.low)}–{minutes_text(v.high)}"


SCALED_RE = re.compile(r"(\d[\d,]*)(\.\d+)?\s*(million|billion|trillion|bn|mn|m|tn)\b", re.I)


def _truncated_top(fact: Fact, nominal: float) -> float | None:
    """The next round figure above a scaled amount written without decimals ("$13 billion")."""
    if fact.type != FactType.MONEY:
        return None
    m = SCALED_RE.search(fact.text)
    if m is None or m.group(2):
        return None
    mantissa = float(m.group(1).replace(",", ""))
    if mantissa <= 0 or mantissa >= 100:
        return None  # "$334 million" is already precise to under half a percent
    return nominal * (mantissa + 1) / mantissa


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two closed intervals share a point."""
    return a[0] <= b[1] and b[0] <= a[1]


_DAY = 24 * 60
_YEAR = 365.25 * _DAY


def minutes_text(m: float) -> str:
    """105 -> '1 h 45 min', 0.35 -> '21 s'; long spans in days, months or years ('22.5
    years', not hours)."""
    if m >= 2 * _YEAR:
        return _unit(m / _YEAR, "year")
    if m >= 60 * _DAY:
        return _unit(m / (_YEAR / 12), "month")
    if m >= 2 * _DAY:
        return _unit(m / _DAY, "day")
    if m < 1:
        return f"{round(m * 60)} s"  # "after 21 seconds": not "0 min"
    m = round(m)
    if m < 60:
        return f"{m} min"
    h, rest = divmod(m, 60)
    return f"{h} h {rest} min" if rest else f"{h} h"


def _unit(n: float, word: str) -> str:
    n = round(n, 1)
    shown = f"{n:g}"
    return f"{shown} {word}" + ("" if n == 1 else "s")


def _clock(fact: Fact) -> int | None:
    v = fact.value
    local = v.local if isinstance(v, TimeValue) else None
    if local is None or ":" not in local:
        return None
    hh, mm = local.split(":", 1)
    return int(hh) * 60 + int(mm[:2])


def _duration_head(al: Alignment, ctx: Context) -> str:
    """What the slot measures, for titles: its happening noun ("meeting"), or for a length
    keyed by its verb ('did negotiate') that verb as the first account writes it, or for a
    length written as a modifier ('of veteran': "a 19-year veteran") that noun."""
    head = al.slot.split(":")[1]
    if head.startswith("of "):
        first = al.facts[0]
        text = ctx.items[first.article_id].article.text
        noun = attributive_noun(text, first) or clause_subject(
            ctx.items[first.article_id], first, written=True
        )
        return f"“{noun or head.removeprefix('of ')}”"
    if head.startswith(("elapsed ", "lag ")):
        # "a penalty awarded after 21 seconds": the time of a happening, counted from the
        # start of its occasion (or from what the lag names: "six minutes after takeoff")
        first = al.facts[0]
        said = governing_happening(ctx.items[first.article_id], first, written=True)
        what = f"“{min(said)}”" if said else "happening"
        after = head.split(" after ", 1)[1] if " after " in head else "the start"
        return f"time from {after} to {what}"
    if not head.startswith("did "):
        return head
    first = al.facts[0]
    said = governing_happening(ctx.items[first.article_id], first, written=True)
    return f"“{min(said)}”" if said else "happening"


def _first_disjoint(
    ivs: Sequence[tuple[Fact, tuple[float, float]]],
) -> tuple[tuple[Fact, tuple[float, float]], tuple[Fact, tuple[float, float]]] | None:
    """The first two durations (in order) of different articles whose ranges do not meet.
    Durations are grouped by range first: 5,000 accounts of one length are one range, not
    12.5 million pairs."""
    groups: dict[tuple[float, float], list[int]] = {}
    for k, (_f, iv) in enumerate(ivs):
        groups.setdefault(iv, []).append(k)
    apart = {a: [b for b in groups if not overlaps(a, b)] for a in groups}
    for i, (fa, ia) in enumerate(ivs):
        best = None
        for other in apart[ia]:
            members = groups[other]
            at = bisect_right(members, i)
            j = next((m for m in members[at:] if ivs[m][0].article_id != fa.article_id), None)
            if j is not None and (best is None or j < best):
                best = j
        if best is not None:
            return ivs[i], ivs[best]
    return None


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
    if len({f.article_id for f, _ in ivs}) < 2:
        return out  # no two articles' durations to compare
    disjoint = _first_disjoint(ivs)
    facts = sorted({f.id: f for f, _ in ivs}.values(), key=lambda f: f.id)
    claims = [ctx.fact_claim(f, duration_text(f)) for f in facts]
    listing = "; ".join(f"{ctx.outlet(f.article_id)} says {quoted(f.text)}" for f in facts)
    head = _duration_head(al, ctx)
    if disjoint:
        (fa, ia), (fb, ib) = disjoint
        out.append(
            ctx.finding(
                kind="duration",
                verdict=Verdict.CONFLICT,
                severity=Severity.HIGH,
                confidence="interval",
                event_ids=al.event_ids,
                rule="interval-disjoint",
                claims=claims,
                title=f"The {head}{'' if head.startswith('time from') else ' length'} differs: "
                f"{fa.text} vs {fb.text}",
                explanation=(
                    f"{listing}. Read as ranges ({_range(ia)} vs {_range(ib)}) the values do not "
                    f"overlap, so both cannot describe the same {head} of "
                    f"{ctx.event_desc(al.event_ids[0])}."
                ),
            )
        )
        return out
    same = len({round(f.value.minutes) for f in facts if isinstance(f.value, DurationValue)}) == 1
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
        ctx.fact_claim(d, duration_text(d)) for d in durations
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
    claims = [ctx.fact_claim(f, duration_text(f)) for f in al.facts]
    # Name the two values that differ, not whichever came first ("21 years vs 21 years").
    first, second = next(
        (
            (x.text, y.text)
            for x in side[a]
            for y in side[b]
            if (ix := interval(x)) is not None
            and (iy := interval(y)) is not None
            and not overlaps(ix, iy)
        ),
        (side[a][0].text, side[b][0].text),
    )
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


def _utc(fact: Fact) -> str | None:
    v = fact.value
    utc = v.utc if isinstance(v, TimeValue) else None
    return utc[:16] if utc is not None else None


def _instant(fact: Fact) -> str | None:
    """The UTC clock reading (HH:MM) of a time: the day is often only inferred from the
    publication date (a story filed the next morning), the clock is what the text states."""
    utc = _utc(fact)
    if utc:
        return utc[11:16]
    v = fact.value
    clock, offset = _clock(fact), v.utc_offset if isinstance(v, TimeValue) else None
    m = re.fullmatch(r"([+-])(\d{2}):(\d{2})", str(offset or ""))
    if clock is None or m is None:
        return None  # no zone: the clock alone says nothing about the instant
    shift = (int(m.group(2)) * 60 + int(m.group(3))) * (1 if m.group(1) == "+" else -1)
    total = (clock - shift) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def _minutes(hhmm: str) -> int:
    hh, mm = hhmm.split(":", 1)
    return int(hh) * 60 + int(mm[:2])


# A hedge before a clock time: "at around 10:45 p.m.", "shortly after 2 a.m.".


def _hedged(fact: Fact, ctx: Context) -> bool:
    return hedged(ctx.items[fact.article_id], fact)


def _rounded_to(
    fact: Fact, best: str, same: Sequence[Fact], instant: Callable[[Fact], str | None], ctx: Context
) -> bool:
    """Whether a time is within rounding of the agreed instant, one side hedged: "shortly
    before 2 a.m." against two "about 1:50 a.m." is one time."""
    gap = abs(_minutes(str(instant(fact))) - _minutes(best))
    return min(gap, 24 * 60 - gap) <= TIME_ROUNDING_MINUTES and (
        _hedged(fact, ctx) or any(_hedged(f, ctx) for f in same)
    )


def _event_zone(facts: Sequence[Fact]) -> Callable[[Fact], str | None]:
    """The UTC reading of a time, where a clock written with no zone takes the one zone
    every zoned clock of the happening is in: outlets write a happening's time in the
    zone of where it happened, and here the others say which zone that is. With no zoned
    clock, or zoned clocks in two offsets, a zoneless clock stays unplaced."""
    offsets = {f.value.utc_offset for f in facts if isinstance(f.value, TimeValue) and _instant(f)}
    m = (
        re.fullmatch(r"([+-])(\d{2}):(\d{2})", str(next(iter(offsets))))
        if len(offsets) == 1
        else None
    )
    if m is None:
        return _instant
    shift = (int(m.group(2)) * 60 + int(m.group(3))) * (1 if m.group(1) == "+" else -1)

    def instant(fact: Fact) -> str | None:
        if (utc := _instant(fact)) is not None or (clock := _clock(fact)) is None:
            return utc
        total = (clock - shift) % (24 * 60)
        return f"{total // 60:02d}:{total % 60:02d}"

    return instant


def judge_time(al: Alignment, ctx: Context) -> list[Finding]:
    """Clock times of one happening from several sources, compared as UTC instants.

    "2:55 p.m. local" and "4:55 p.m. Japan time" are the same instant: agreement. When
    several sources agree on an instant, a source whose only time in the slot differs is
    the odd one out ("12:25 pm" against three "12:52 p.m."); with two sources, they conflict
    only when each gives exactly one time and the instants differ.
    """
    src = {f.id: ctx.source_group.get(f.article_id, f.article_id) for f in al.facts}
    moments = [f for f in al.facts if not bound(ctx.items[f.article_id], f)]
    instant = _event_zone(moments)
    timed = [f for f in moments if instant(f)]
    head = al.slot.split(":")[1]
    per_source: dict[str, list[Fact]] = {}
    for f in timed:
        per_source.setdefault(src[f.id], []).append(f)
    zoneless: dict[str, list[Fact]] = {}
    for f in moments:
        if not instant(f) and _clock(f) is not None:
            zoneless.setdefault(src[f.id], []).append(f)
    backers: dict[str, set[str]] = {}
    for f in timed:
        backers.setdefault(str(instant(f)), set()).add(src[f.id])
    out: list[Finding] = []
    if backers:
        best = max(backers, key=lambda k: (len(backers[k]), k))
        same = [f for f in timed if instant(f) == best] if len(backers[best]) >= 2 else []
        if same:
            listing = "; ".join(f"{ctx.outlet(f.article_id)}: {quoted(f.text)}" for f in same)
            out.append(
                ctx.finding(
                    kind="time",
                    verdict=Verdict.CORROBORATED,
                    severity=Severity.INFO,
                    confidence="timezone",
                    event_ids=al.event_ids,
                    rule="same-instant",
                    claims=[ctx.fact_claim(f, _utc(f)) for f in same],
                    title=f"Same {head} time from several outlets",
                    explanation=f"{listing}. Converted to UTC ({best}) they are the same "
                    "instant, whatever zone each outlet wrote it in.",
                )
            )
            odd = [
                facts[0]
                for s, facts in sorted(per_source.items())
                if s not in backers[best]
                and len(facts) == 1
                and not _rounded_to(facts[0], best, same, instant, ctx)
            ]
            # A clock with no known zone ("12:25 pm local time") still differs when no zone
            # could turn it into the agreed instant: offsets are whole quarter hours.
            odd += [
                facts[0]
                for s, facts in sorted(zoneless.items())
                if s not in per_source
                and len(facts) == 1
                and (m := _clock(facts[0])) is not None
                and (m - _minutes(best)) % 15 != 0
            ]
            if odd:
                out.append(_odd_time(al, ctx, odd, same, best))
            # Clocks written with no zone are compared among themselves too.
            clocks = _zoneless_odd(al, ctx, zoneless)
            done = {(f.article_id, f.start) for f in odd}
            if clocks is not None and not any(
                c.value == "differs" and (c.article_id, c.start) in done for c in clocks.claims
            ):
                out.append(clocks)
            return out
    clocks = _zoneless_odd(al, ctx, zoneless)
    if clocks is not None:
        out.append(clocks)
        return out
    if len(per_source) != 2 or any(len(v) != 1 for v in per_source.values()):
        return out
    used = [v[0] for v in per_source.values()]
    gap = abs(_minutes(str(instant(used[0]))) - _minutes(str(instant(used[1]))))
    if min(gap, 24 * 60 - gap) <= TIME_ROUNDING_MINUTES and any(_hedged(f, ctx) for f in used):
        return out  # "at around 10:45 p.m." and "10:43 p.m.": one time, one of them rounded
    listing = "; ".join(
        f"{ctx.outlet(f.article_id)}: {quoted(f.text)} = {instant(f)} UTC"
        + ("" if _instant(f) else " (no zone written: the zone the other outlet gives)")
        for f in used
    )
    out.append(
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
    )
    return out


def _zoneless_odd(al: Alignment, ctx: Context, zoneless: dict[str, list[Fact]]) -> Finding | None:
    """Clocks written with no zone ("made landfall at 3:10 p.m." against three outlets'
    "3:05 p.m."): the same happening in the same place, so the clocks compare as written;
    a difference of whole half hours might be another zone and is left alone."""
    single = {s: facts[0] for s, facts in zoneless.items() if len(facts) == 1}
    backers: dict[int, set[str]] = {}
    for s, f in single.items():
        if (m := _clock(f)) is not None:
            backers.setdefault(m, set()).add(s)
    if len(backers) < 2:
        return None
    best = max(backers, key=lambda k: (len(backers[k]), -k))
    if len(backers[best]) < 2:
        return None
    odd = [
        f
        for s, f in sorted(single.items())
        if (m := _clock(f)) is not None and m != best and (m - best) % 30 != 0
    ]
    if not odd:
        return None
    same = [f for s, f in sorted(single.items()) if _clock(f) == best]
    head = al.slot.split(":")[1]
    named = "; ".join(f"{ctx.outlet(f.article_id)}: {quoted(f.text)}" for f in same)
    lone = "; ".join(f"{ctx.outlet(f.article_id)}: {quoted(f.text)}" for f in odd)
    return _time_outlier(
        al,
        ctx,
        odd,
        same,
        f"{len(backers[best])} independent sources give the {head} the same clock time "
        f"({named}); {lone} differs by minutes, which no time zone explains (no zone is "
        "written, and zones differ by whole or half hours). Check that source.",
    )


def _odd_time(al: Alignment, ctx: Context, odd: list[Fact], same: list[Fact], best: str) -> Finding:
    """A source whose one time of the happening differs from the instant others agree on."""
    head = al.slot.split(":")[1]
    sources, named = agreeing_sources(ctx, same)
    lone = "; ".join(
        f"{ctx.outlet(f.article_id)}: {quoted(f.text)}"
        + (f" = {_instant(f)} UTC" if _instant(f) else " (zone not given)")
        for f in odd
    )
    return _time_outlier(
        al,
        ctx,
        odd,
        same,
        f"{sources} put the {head} at the same instant ({best} UTC: {named}); "
        f"{lone} does not match it in any zone. A transposed or mistyped time is common: "
        "check that source before repeating it.",
    )


def _time_outlier(
    al: Alignment, ctx: Context, odd: list[Fact], same: list[Fact], explanation: str
) -> Finding:
    """The conflict naming the outlets whose time of the happening differs from the rest."""
    head = al.slot.split(":")[1]
    return ctx.finding(
        kind="time",
        verdict=Verdict.CONFLICT,
        severity=Severity.MEDIUM,
        confidence="majority",
        event_ids=al.event_ids,
        rule="majority-outlier",
        claims=[ctx.fact_claim(f, "differs") for f in odd]
        + [ctx.fact_claim(f, "majority") for f in same],
        title=f"{', '.join(ctx.outlet(f.article_id) for f in odd)} differs on the {head} time: "
        + " / ".join(f.text for f in odd)
        + f" vs {same[0].text}",
        explanation=explanation,
    )
