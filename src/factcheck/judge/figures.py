"""Judge value slots ('value:', 'near:', 'date:lead', 'place:lead'): agreement, the odd one
out, conflict.

One rule for numbers, dates and places: figures agree when their ranges overlap (numbers;
a maximum, "up to thirteen hours", is judged as the figure it claims), they name the same
day (dates) or the same place. A figure several independent sources agree on is
corroborated; a source whose figure agrees with nobody while at least MAJORITY_MIN_SOURCES
others agree on one value is flagged with that majority named, unless the source itself
also states the majority value in that sentence (then its other figure is another measure:
a part, an earlier figure). Two sources with one differing figure each conflict (low).
Copies of one wire story count as one source, and are flagged when they differ on a figure
told in the same words (copies-differ).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from datetime import date

from factcheck.align.keys import claim_key, governing_happening
from factcheck.align.shared import principal_happenings, state_named
from factcheck.align.slots import MEASURED, sum_word
from factcheck.context import figure_context, figure_window
from factcheck.judge.common import Context, quoted
from factcheck.judge.tally import agreeing_sources
from factcheck.judge.values import (
    count_interval,
    far_apart,
    interval,
    overlaps,
    whole_count,
)
from factcheck.judge.wording import what_figure
from factcheck.lexicon import compound, concept
from factcheck.models import Alignment, Fact, FactType, Finding, Severity, Verdict
from factcheck.numbers import parse_number
from factcheck.settings import (
    CONTEXT_MIN_SHARED,
    CONTEXT_REACH,
    EVENT_SPAN_DAYS,
    MAJORITY_MIN_SOURCES,
    PAIR_MIN_SHARED,
)
from factcheck.text import HAPPENINGS, STOPWORDS, WORD_RE, content_words
from factcheck.values import (
    MEASURES,
    CountValue,
    DateValue,
    MoneyValue,
    PercentValue,
    PlaceValue,
    QuantityValue,
)

Agree = Callable[[Fact, Fact], bool]
# A date this many days before the agreed one is an earlier happening the story recalls.
BACKSTORY_DAYS = 30


def _start(f: Fact) -> str:
    """A date's first day (YYYY-MM-DD), else ''."""
    return (f.value.start if isinstance(f.value, DateValue) else None) or ""


def _name(f: Fact) -> str:
    """A place's name, else the fact's text."""
    return (f.value.name if isinstance(f.value, PlaceValue) else "") or f.text


def numbers_agree(a: Fact, b: Fact) -> bool:
    """Whether ``b`` backs ``a``: overlapping ranges (each figure widened by its rounding).

    One way round: ``a`` is read as the figure it claims ("up to thirteen hours" claims
    thirteen, so "eight hours" does not back it), ``b`` as what it allows ("up to eight
    hours" allows five). Two outlets giving one maximum agree; a maximum nobody else gives
    is an outlier even among figures it does not exclude.
    """
    va, vb = a.value, b.value
    if exact_count(a) and exact_count(b) and isinstance(va, CountValue):
        return isinstance(vb, CountValue) and va.value == vb.value
    ca, cb = count_interval(a), count_interval(b)
    if ca is not None and cb is not None:
        return overlaps(ca, cb)  # two whole counts: "95" is no rounding of "91"
    ia, ib = interval(a, claimed=True), interval(b)
    return ia is not None and ib is not None and overlaps(ia, ib)


def exact_count(f: Fact) -> bool:
    """A count written to the unit, unhedged and not round ("189 people", "91 passengers"):
    against another such count it agrees only when equal ("188" is not "189"); a round one
    ("200 people") may be a rounding, and a bound keeps its interval."""
    v = f.value
    return whole_count(f) and isinstance(v, CountValue) and v.value is not None and v.value % 5 != 0


def dates_agree(a: Fact, b: Fact) -> bool:
    """Same resolved day; else the same month and day (a story with no year) or the same
    weekday (a weekday nothing resolved); align slots only dates comparable one of these ways."""
    va, vb = a.value, b.value
    if not isinstance(va, DateValue) or not isinstance(vb, DateValue):
        return False
    if va.start and vb.start:
        return va.start == vb.start
    for key in (_month_day, _weekday):
        ka, kb = key(va), key(vb)
        if ka and kb:
            return ka == kb
    return False


def _month_day(v: DateValue) -> str | None:
    start = v.start or ""
    return v.month_day or (start[5:10] if start == v.end else None)


def _weekday(v: DateValue) -> str | None:
    if v.start or not v.weekday:
        return None  # a resolved weekday is compared by its day above
    return v.weekday


def places_agree(a: Fact, b: Fact) -> bool:
    """One name; or a name written as a US state's that the gazetteer read as a city
    ("western New York", "New York" read as New York City) beside a town of that state
    ("Rochester"): the accounts then place the event in that state."""
    if _name(a).casefold() == _name(b).casefold():
        return True
    return state_named(a, b) or state_named(b, a)


def _shown(f: Fact) -> str:
    if f.type == FactType.DATE:
        return _start(f) or f.text
    return f.text  # a place as the text writes it ("Bangalore", not the gazetteer's name)


def judge_value(al: Alignment, ctx: Context) -> list[Finding]:
    """Numbers or dates stated in the same context by several articles."""
    agree = dates_agree if al.kind == FactType.DATE.value else numbers_agree
    if al.slot.startswith("value:count:toll-"):  # 'value:count:toll-injured:main'
        fate = al.slot.split(":")[2].removeprefix("toll-")
        first = "main toll" if fate in ("dead", "injured") else "first count of them"
        what = f"the number {fate} (each account's {first})"
    elif al.slot.startswith("value:count:aboard-"):  # 'value:count:aboard-people:main'
        who = "passengers" if al.slot.startswith("value:count:aboard-passenger") else "people"
        what = f"the number of {who} on board (each account's first)"
    elif al.slot == "value:quantity:magnitude:main":
        what = "the quake's magnitude (each account's first)"
    elif al.slot == "value:count:story:main":
        what = "the building's height in storeys (each account's first)"
    elif al.slot.startswith("value:count:claim-"):  # 'value:count:claim-officer#a1.f3|a2.f7'
        told = al.facts[0]
        noun = told.text.split()[-1].strip(".,;:").lower()
        key = claim_key(ctx.items[told.article_id], told)
        what = f"the number of {noun} (matched on {key.describe()})"
    elif al.slot.startswith("value:money:sole-"):  # 'value:money:sole-fine:main'
        told = al.facts[0]
        word = sum_word(ctx.items[told.article_id], told)
        what = f"the {word} (the one sum of it each account gives)"
    elif al.slot == "value:percent:sole-vote:main":
        what = "the share of the vote (the one share of a vote each account gives)"
    elif al.slot.startswith("value:percent:move-"):  # 'value:percent:move-halden:main'
        name = al.slot.split(":")[2].removeprefix("move-").capitalize()
        what = f"{name}'s move (the one percentage change of it each account gives)"
    elif al.slot.startswith("value:count:tally-"):  # 'value:count:tally-senate:main'
        body = al.slot.split(":")[2].removeprefix("tally-").capitalize()
        what = f"the {body}'s tally (the one tally of its vote each account gives)"
    elif _sole(al):  # 'value:count:sole-engine:main'
        noun = al.facts[0].text.split()[-1].strip(".,;:").lower()  # as written: "engines"
        what = f"the number of {noun} (the one number of them each account gives)"
        if al.slot == "value:count:sole-vote:main":
            what = "the number of votes (the one number of votes each account gives)"
    else:
        what = what_figure(ctx.items, al.facts, al.kind)
    found = _judge(al, ctx, agree, what=what)
    if al.slot.startswith("value:count:claim-"):
        # a pair made to find a disagreement: agreement is the context slots' to report
        return [f for f in found if f.verdict in (Verdict.CONFLICT, Verdict.VARIATION)]
    return found


def judge_neighbourhood(al: Alignment, ctx: Context) -> list[Finding]:
    """A figure its value slot left nearly alone, beside the figures of other slots it is
    told in the same words as ('near:', align.slots._neighbourhoods): only a disagreement
    is news here; agreement is already reported by the value slots themselves."""
    return [f for f in judge_value(al, ctx) if f.verdict in (Verdict.CONFLICT, Verdict.VARIATION)]


def judge_lead_date(al: Alignment, ctx: Context) -> list[Finding]:
    """The main date each article's lead gives for the happening."""
    return _judge(al, ctx, dates_agree, what="the date of the event (from each lead)")


def judge_lead_place(al: Alignment, ctx: Context) -> list[Finding]:
    """The city each article's lead places the happening in."""
    if al.slot == "place:destination":
        what = "where it was headed (the one destination each account gives)"
        return _judge(al, ctx, places_agree, what=what)
    return _judge(al, ctx, places_agree, what="the place of the event (from each lead)")


def _judge(al: Alignment, ctx: Context, agree: Agree, what: str) -> list[Finding]:
    classes = _casualty_classes(al.facts)
    if len(classes) > 1:
        # "23 injured" and "At least 20 people" killed in one slot: each toll judged apart,
        # a count that says neither with each
        return [
            finding
            for c in sorted(classes)
            for finding in _judge(
                al.model_copy(
                    update={"facts": tuple(f for f in al.facts if _casualty(f) in (c, None))}
                ),
                ctx,
                agree,
                what,
            )
        ]
    facts = [f for f in al.facts if agree(f, f)]  # "thousands of cores": no figure to compare
    if len({f.article_id for f in facts}) < 2:
        return []
    src = {f.id: ctx.source_group.get(f.article_id, f.article_id) for f in facts}
    backers = _Backers(facts, src, agree)
    # A count of things is a quantity in findings.json (schema v1 has no 'count' kind).
    kind = "quantity" if al.kind == FactType.COUNT.value else al.kind
    copies = _copies_differ(al, ctx, facts, src, agree, what, kind)
    majority = max(facts, key=lambda f: (backers.count(f), not _vague(f), -f.start, f.id))
    if backers.count(majority) < 2:
        return copies + _pair_conflict(al, ctx, facts, src, agree, what, kind)
    with_majority = backers.agreeing(majority)
    odd = [
        f
        for f in facts
        if backers.count(f) == 1
        and not with_majority(f)
        and not _states_elsewhere(f, majority, ctx, agree)
    ]
    # the dead never corroborate the injured ("50 wounded" / "Forty-nine people" killed)
    agreeing = [f for f in facts if with_majority(f) and _same_casualty(f, majority)]
    # A report days away from every agreeing one may be an update or an earlier stage of the
    # story (a toll that rose, "trial set for June 17" before the verdict; P12), not an error.
    near_in_time = _near_in_time(agreeing, ctx)
    odd = [f for f in odd if near_in_time(f)]
    # In a slot keyed by the words around its figures, a figure ten times the others' (or a
    # tenth) measures something else: "fired at least 70 rounds" beside "carrying 1,300
    # rounds". Slots keyed by role (each account's main toll, its load) compare any values.
    if _worded_slot(al):
        odd = [f for f in odd if not far_apart(f, majority)]
    if al.kind == FactType.DATE.value:
        # "Floyd was killed on May 25, 2020" in a lead about the 2021 sentencing: a report of
        # the event recalling an earlier one, not another date for the event.
        odd = [f for f in odd if not _backstory(f, majority, ctx)]
    if al.kind == FactType.COUNT.value:
        # "four cabin crew" against "six crew": a part of the whole, not another count of it.
        odd = [f for f in odd if _count_modifier(f) == _count_modifier(majority)]
        # "three were deceased" against "four injured": the dead and the injured are two
        # counts, whatever words they share.
        odd = [f for f in odd if _same_casualty(f, majority)]
    # The odd one must be told in the same words as some agreeing one: a lead dating the
    # reaction ("on Friday condemned the bombing") is not a lead dating the bombing.
    # (Numbers already share context through their slot; a city is the venue whatever verb.)
    if al.kind == FactType.DATE.value:
        body = not al.slot.startswith("date:")
        odd = [
            f
            for f in odd
            if any(_dates_compared(f, o, ctx, CONTEXT_MIN_SHARED, body) for o in agreeing)
        ]
    if odd and len(backers.sources(majority) - {src[f.id] for f in odd}) >= MAJORITY_MIN_SOURCES:
        sources, named = agreeing_sources(ctx, agreeing)
        lone = "; ".join(f"{ctx.outlet(f.article_id)}: {quoted(f.text)}" for f in odd)
        # A bound or an estimate ("over 24,000", "about 20,000") against the majority is a
        # difference of estimates (variation); an exact figure that nobody backs is a conflict.
        vague = any(_vague(f) for f in [*odd, majority])
        return [
            *copies,
            ctx.finding(
                kind=kind,
                verdict=Verdict.VARIATION if vague or _by_role(al) else Verdict.CONFLICT,
                severity=Severity.LOW if vague else Severity.MEDIUM,
                confidence="majority",
                event_ids=al.event_ids,
                rule="majority-outlier",
                claims=[ctx.fact_claim(f, "differs") for f in odd]
                + [ctx.fact_claim(f, "majority") for f in agreeing],
                title=f"{', '.join(ctx.outlet(f.article_id) for f in odd)} differs on {what}: "
                + " / ".join(_shown(f) for f in odd)
                + f" vs {_shown(majority)}",
                explanation=(
                    f"{sources} agree on {what} "
                    f"({_shown(majority)}: {named}); {lone} gives a value none of them "
                    "supports. Check that source before repeating its figure."
                ),
            ),
        ]
    split = _sources_split(al, ctx, facts, src, backers, majority, agreeing, what, kind)
    if split is not None:
        return [*copies, split]
    sources, named = agreeing_sources(ctx, agreeing)
    return [
        *copies,
        ctx.finding(
            kind=kind,
            verdict=Verdict.CORROBORATED,
            severity=Severity.INFO,
            confidence="interval",
            event_ids=al.event_ids,
            rule="same-value",
            claims=[ctx.fact_claim(f) for f in agreeing],
            title=f"Same {kind} from several outlets: "
            + " / ".join(dict.fromkeys(f.text for f in agreeing)),
            explanation=f"{sources} agree on {what}: {named}.",
        ),
    ]


def _agree_key(f: Fact) -> tuple[object, ...]:
    """What the agreement of two figures depends on (type, words, typed value): facts with
    one key agree with the same facts."""
    return (f.type, f.text, f.value)


class _Backers:
    """Which independent sources back each figure of a slot (its own, and those of every
    figure it agrees with), worked out per distinct figure rather than per pair of copies:
    5,000 accounts giving four durations cost 16 comparisons, and a count per figure."""

    def __init__(self, facts: Sequence[Fact], src: dict[str, str], agree: Agree) -> None:
        self.agree = agree
        by_key: dict[tuple[object, ...], list[Fact]] = {}
        for f in facts:
            by_key.setdefault(_agree_key(f), []).append(f)
        self.reps = {k: group[0] for k, group in by_key.items()}
        sources = {k: {src[f.id] for f in group} for k, group in by_key.items()}
        # agree(f, f) holds for every fact here, so a figure's own source is among them.
        self._sources = {
            k: set().union(*(sources[o] for o, b in self.reps.items() if agree(a, b)))
            for k, a in self.reps.items()
        }
        self._count = {k: len(v) for k, v in self._sources.items()}

    def count(self, f: Fact) -> int:
        """How many independent sources back ``f`` (its own included)."""
        return self._count[_agree_key(f)]

    def sources(self, f: Fact) -> set[str]:
        return self._sources[_agree_key(f)]

    def agreeing(self, majority: Fact) -> Callable[[Fact], bool]:
        """agree(f, majority), asked once per distinct figure."""
        said = {k: self.agree(a, majority) for k, a in self.reps.items()}
        return lambda f: said[_agree_key(f)]


def _copies_differ(
    al: Alignment,
    ctx: Context,
    facts: Sequence[Fact],
    src: dict[str, str],
    agree: Agree,
    what: str,
    kind: str,
) -> list[Finding]:
    """Copies of one wire story (one source) giving different figures in the same words.

    Counted once, the copies hid such a change from every majority and two-source rule;
    yet the same sentence with another number means an outlet changed the figure (an
    update, or an error made in copying): one finding per pair of copies that differ.
    """
    by_article: dict[str, list[Fact]] = {}
    for f in facts:
        by_article.setdefault(f.article_id, []).append(f)
    involved: dict[str, Fact] = {}
    vague = False
    for x, y in _copy_pairs(by_article, src, ctx):

        def lone(mine: list[Fact], theirs: list[Fact]) -> list[Fact]:
            return [f for f in mine if not any(agree(f, o) or agree(o, f) for o in theirs)]

        a, b = lone(by_article[x], by_article[y]), lone(by_article[y], by_article[x])
        pairs = [
            (p, q)
            for p in a
            for q in b
            # The same words read two ways ("shipping today" in a copy run a day later)
            # are no change the copy made.
            if p.text.casefold() != q.text.casefold()
            and _dates_compared(p, q, ctx, PAIR_MIN_SHARED)
        ]
        if pairs:
            p, q = pairs[0]
            involved[p.id], involved[q.id] = p, q
            vague = vague or _vague(p) or _vague(q)
    if not involved:
        return []
    # One finding per slot, however many copies: a wire story run by twenty outlets must
    # not give 190 pairwise findings.
    shown = sorted(involved.values(), key=lambda f: (_source(f.article_id, ctx), f.start))
    values = " / ".join(dict.fromkeys(_shown(f) for f in shown))
    listing = "; ".join(f"{ctx.outlet(f.article_id)}: {quoted(f.text)}" for f in shown)
    return [
        ctx.finding(
            kind=kind,
            verdict=Verdict.VARIATION if vague else Verdict.CONFLICT,
            severity=Severity.MEDIUM,
            confidence="wire-copy",
            event_ids=al.event_ids,
            rule="copies-differ",
            claims=[ctx.fact_claim(f, "differs") for f in shown],
            title=f"Copies of one story differ on {what}: {values}",
            explanation=(
                f"{listing}. These outlets carry the same story (counted as one source), in "
                "the same words here, but with different figures: a copy changed the figure "
                "(an update, or an error made in copying). Check which is right."
            ),
        )
    ]


def _copy_pairs(
    by_article: dict[str, list[Fact]], src: dict[str, str], ctx: Context
) -> list[tuple[str, str]]:
    """Pairs of articles of one source (copies of one wire story), in source order, that
    state different figures here: copies giving the same figures in the same words cannot
    differ, so 5,000 accounts in a few wire groups are not compared pair by pair."""
    ranked = sorted(by_article, key=lambda a: _source(a, ctx))
    groups: dict[str, dict[frozenset[tuple[object, ...]], list[int]]] = {}
    for pos, a in enumerate(ranked):
        told = frozenset(_agree_key(f) for f in by_article[a])
        groups.setdefault(src[by_article[a][0].id], {}).setdefault(told, []).append(pos)
    pairs: list[tuple[int, int]] = []
    for kinds in groups.values():
        for one, two in itertools.combinations(kinds.values(), 2):
            pairs.extend((min(p, q), max(p, q)) for p in one for q in two)
    return [(ranked[p], ranked[q]) for p, q in sorted(pairs)]


def _source(article_id: str, ctx: Context) -> str:
    return ctx.items[article_id].article.source


def _day(article_id: str, ctx: Context) -> date | None:
    art = ctx.items[article_id].article
    stamp = (art.published or art.reference_date or "")[:10]
    try:
        return date.fromisoformat(stamp)
    except ValueError:
        return None


def _near_in_time(agreeing: Sequence[Fact], ctx: Context) -> Callable[[Fact], bool]:
    """Whether a fact's report is dated within EVENT_SPAN_DAYS of an agreeing one (or
    undated); the agreeing reports' days are read once."""
    days = sorted({d for o in agreeing if (d := _day(o.article_id, ctx)) is not None})

    def near(f: Fact) -> bool:
        mine = _day(f.article_id, ctx)
        if mine is None or not days:
            return True
        at = bisect_left(days, mine)
        return any(abs((mine - d).days) <= EVENT_SPAN_DAYS for d in days[max(at - 1, 0) : at + 1])

    return near


# Words between a number and its noun that do not make a sub-group ("six more people").
_PLAIN_MODIFIERS = frozenset(
    ("more", "other", "additional", "new", "further", "extra", "fewer", "total", "some")
)


# A count of the rest ("two other men", "four more people"): a part, never the whole.
OTHERS_RE = re.compile(r"\b(?:other|others|more|another|additional)\b", re.IGNORECASE)


def _worded_slot(al: Alignment) -> bool:
    """A slot keyed by the words around its figures ('value:<type>:<unit>:<words>',
    'near:'), not by a role or a named measure; or by the counted noun alone (``_sole``),
    where a figure ten times another counts other things too."""
    return _sole(al) or (
        al.slot.startswith(("value:", "near:"))
        and not al.slot.endswith(":main")
        and (MEASURED not in al.slot)
    )


def _sources_split(
    al: Alignment,
    ctx: Context,
    facts: Sequence[Fact],
    src: dict[str, str],
    backers: _Backers,
    majority: Fact,
    agreeing: Sequence[Fact],
    what: str,
    kind: str,
) -> Finding | None:
    """Two figures of one slot, each backed by two sources or more, that cannot both hold
    ("magnitude 6.9" in two accounts, "magnitude 6.8" in two others): not corroboration of
    either, but a low variation naming both sides (different agencies often explain it). The
    figures are exact and no source of one side gives the other's value anywhere."""
    if _vague(majority) or not al.slot.startswith("value:") or al.kind == FactType.DATE.value:
        return None  # leads' dates split between the happening and a later step
    with_majority = backers.agreeing(majority)
    rivals = [f for f in facts if not with_majority(f) and not _vague(f)]
    if not rivals:
        return None
    rival = max(rivals, key=lambda f: (backers.count(f), -f.start, f.id))
    # a bound or an estimate that backs the rival and not the majority is on its side ("at
    # least 48 more people" with "50 wounded", against "20 injured")
    with_rival = backers.agreeing(rival)
    rival_side = [f for f in facts if with_rival(f) and not with_majority(f)]
    side_sources = {src[f.id] for f in rival_side}
    if len(side_sources) < 2 or side_sources & {src[f.id] for f in agreeing}:
        return None
    if any(_states_elsewhere(f, majority, ctx, backers.agree) for f in rival_side) or any(
        _states_elsewhere(f, rival, ctx, backers.agree) for f in agreeing
    ):
        return None  # a side that also gives the other's value: two measures
    # "20 more injured" beside "49 killed": more than the dead, every injured person; a
    # count that says whom it counts by casualty is no rest of its own class
    tolls = _casualty(rival) is not None and _casualty(rival) == _casualty(majority)
    if al.kind == FactType.COUNT.value and not (
        _same_casualty(rival, majority)
        and _count_modifier(rival) == _count_modifier(majority)
        and (tolls or not any(OTHERS_RE.search(f.text) for f in (*agreeing, *rival_side)))
    ):
        return None  # "four other children": the rest, not the whole
    one = "; ".join(f"{ctx.outlet(f.article_id)}: {quoted(f.text)}" for f in agreeing)
    other = "; ".join(f"{ctx.outlet(f.article_id)}: {quoted(f.text)}" for f in rival_side)
    return ctx.finding(
        kind=kind,
        verdict=Verdict.VARIATION,
        severity=Severity.LOW,
        confidence="majority",
        event_ids=al.event_ids,
        rule="sources-split",
        claims=[ctx.fact_claim(f, "majority") for f in agreeing]
        + [ctx.fact_claim(f, "differs") for f in rival_side],
        title=f"Sources split on {what}: {_shown(majority)} vs {_shown(rival)}",
        explanation=(
            f"Some sources give {_shown(majority)} ({one}); others give {_shown(rival)} "
            f"({other}). Neither side is corroborated by the other; check whom each cites "
            "(two agencies, or an early and a later figure)."
        ),
    )


def _casualty(f: Fact) -> str | None:
    return f.value.casualty if isinstance(f.value, CountValue) else None


def _casualty_classes(facts: Sequence[Fact]) -> set[str]:
    return {c for f in facts if (c := _casualty(f)) is not None}


def _same_casualty(a: Fact, b: Fact) -> bool:
    """Whether two counts may count the same casualties: not when each says whom (the dead,
    the injured, the survivors) and they differ."""
    ca = a.value.casualty if isinstance(a.value, CountValue) else None
    cb = b.value.casualty if isinstance(b.value, CountValue) else None
    return ca is None or cb is None or ca == cb


def _count_modifier(f: Fact) -> str:
    """The word between a count's number and its noun ("cabin" in "four cabin crew")."""
    words = f.text.split()
    noun = _noun_of(f)
    if len(words) < 3 or not noun:
        return ""
    last = words[-1].lower().rstrip(".,;:")
    word = words[-2].lower().strip(",")
    if not last.startswith(noun[:4].lower()) or any(ch.isdigit() for ch in word):
        return ""
    if parse_number(word) is not None or not word.isalpha() or word in _PLAIN_MODIFIERS:
        return ""
    if compound(word, last):
        return ""  # "Forty fire engines": a fire engine is one kind of thing (WordNet)
    return word


def _backstory(f: Fact, majority: Fact, ctx: Context) -> bool:
    """A date well before the agreed one in an article published near the agreed one."""
    try:
        mine = date.fromisoformat(_start(f)[:10])
        agreed = date.fromisoformat(_start(majority)[:10])
    except ValueError:
        return False
    published = _day(f.article_id, ctx)
    return (
        (agreed - mine).days > BACKSTORY_DAYS
        and published is not None
        and abs((published - agreed).days) <= EVENT_SPAN_DAYS
    )


def _vague(f: Fact) -> bool:
    """An estimate or a bound: hedged, or a range rather than one figure."""
    v = f.value
    return isinstance(v, MEASURES) and (bool(v.hedge) or v.low != v.high)


def _states_elsewhere(f: Fact, majority: Fact, ctx: Context, agree: Agree) -> bool:
    """Whether ``f``'s sentence also states the majority value ("$334 million, including
    $281 million in cash": the other figure is a part); a mention far away does not excuse
    a wrong figure here. A date written right beside it ("on Thursday, Nov. 12") is the
    same date given two ways, not another happening: it excuses nothing."""
    text = ctx.items[f.article_id].article.text
    return any(
        o.type == f.type
        and o.id != f.id
        and o.sentence == f.sentence
        and _comparable(o, majority)
        and _same_casualty(o, majority)
        and (agree(o, majority) or _close_shares(o, majority))
        and not (f.type == FactType.DATE and _beside(o, f, text))
        for o in ctx.items[f.article_id].facts
    )


def _close_shares(a: Fact, b: Fact) -> bool:
    """Two shares within 2 % of each other ("57.13 percent" / "57.16%"): read to their
    digits they differ, but a sentence giving one gives the other's figure in substance."""
    va, vb = a.value, b.value
    return (
        isinstance(va, PercentValue)
        and isinstance(vb, PercentValue)
        and abs(va.value - vb.value) <= CLOSE_SHARE * max(va.value, vb.value)
    )


# Shares this close (relative) are one figure in substance: 57.13 and 57.16 percent.
CLOSE_SHARE = 0.02


def _beside(a: Fact, b: Fact, text: str) -> bool:
    """Whether only a comma, "the" or spaces separate two spans ("Thursday, Nov. 12")."""
    gap = text[a.end : b.start] if a.end <= b.start else text[b.end : a.start]
    return len(gap) <= 6 and not content_words(gap)


def _context(fact: Fact, ctx: Context) -> set[str]:
    """Content words either side of a figure, also across its sentence's ends, with the
    class of the happening a date dates (align.slots.context keeps to the sentence)."""
    return set(figure_context(ctx.items[fact.article_id], fact, bounded=False))


def shared_concepts(a: set[str], b: set[str]) -> int:
    """How many words of context two figures share, a word matching its inflections,
    derivations and near-synonyms (WordNet, factcheck.lexicon): "were shot" / "the shooting",
    "children" / "kids"."""
    same = a & b
    rest_a = {concept(w) for w in a - same if w[0] != "@"}
    rest_b = {concept(w) for w in b - same if w[0] != "@"}
    return len(same) + len(rest_a & rest_b)


def _same_happening(a: set[str], b: set[str]) -> bool:
    """Unless two dates name different happenings ("announced" vs "expected to close")."""
    ta, tb = {w for w in a if w[0] == "@"}, {w for w in b if w[0] == "@"}
    return not (ta and tb and not ta & tb)


def _dates_compared(a: Fact, b: Fact, ctx: Context, shared: int, body: bool = True) -> bool:
    """Two dates told in enough of the same words, and not of two different happenings:
    outside the leads (``body``), a date beside a name the other story never mentions ("the
    bombing of <village> on Tuesday") dates another happening of the same kind. (A lead
    dates the story's own happening: a wrong city there is one more error, not another
    happening.)"""
    ca, cb = _context(a, ctx), _context(b, ctx)
    # Words of a date's context match by concept; a number's share words as written.
    common = shared_concepts(ca, cb) if a.type == FactType.DATE else len(ca & cb)
    if common < shared or not _same_happening(ca, cb):
        return False
    if a.type != FactType.DATE or not body or len(ca & cb) > PAIR_MIN_SHARED:
        return True  # (told in four or more of the same words: the same happening anyway)
    return not any(_foreign_names(x, y, ctx) for x, y in ((a, b), (b, a)))


# Capitalised words that are parts of a date, not names of what it dates.
CALENDAR = frozenset(
    (
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "jan", "feb", "mar", "apr"),
        *("jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    )
)


def _foreign_names(a: Fact, b: Fact, ctx: Context) -> bool:
    """Whether a capitalised word right around date ``a`` (in its sentence; the sentence's
    first word is capitalised whatever it is) is absent from ``b``'s article."""
    item = ctx.items[a.article_id]
    text = item.article.text
    other = ctx.items[b.article_id].article.text.casefold()
    lo, hi = figure_window(item, a)
    # Words of a date or clock time ("12:00 GMT", "Nov. 10") say when, not who or where.
    when = [
        (f.start, f.end)
        for f in item.facts
        if f.type in (FactType.DATE, FactType.TIME) and f.end > lo and f.start < hi
    ]

    def near(start: int, end: int) -> list[str]:
        return [
            m.group(0)
            for m in WORD_RE.finditer(text, start, end)
            if m.group(0).lower() not in STOPWORDS
            and len(m.group(0)) > 1
            and text[lo : m.start()].strip(" \"“‘'(")
            and not any(s <= m.start() < e for s, e in when)
        ]

    window = near(max(lo, a.start - 120), a.start)[-CONTEXT_REACH:]
    window += near(a.end, min(hi, a.end + 120))[:CONTEXT_REACH]
    return any(
        w[0].isupper() and w.casefold() not in CALENDAR and w.casefold() not in other
        for w in window
    )


def _names(a: Fact, b: Fact, ctx: Context) -> bool:
    """Whether ``a``'s article names ``b``'s place anywhere in its text."""
    name = _name(b)
    return name.casefold() in ctx.items[a.article_id].article.text.casefold()


def _comparable(a: Fact, b: Fact) -> bool:
    va, vb = a.value, b.value
    if isinstance(va, MoneyValue):
        return isinstance(vb, MoneyValue) and va.currency == vb.currency
    if isinstance(va, QuantityValue):
        return isinstance(vb, QuantityValue) and va.dimension == vb.dimension
    if isinstance(va, CountValue):
        # "two civil wars" beside "seven sides" counts another thing: no part of the sides.
        return _noun_of(a).lower().rstrip("s") == _noun_of(b).lower().rstrip("s")
    return True


def _noun_of(f: Fact) -> str:
    """What a count counts ("member"), else ''."""
    return (f.value.noun if isinstance(f.value, CountValue) else None) or ""


def _pair_reading(al: Alignment) -> str:
    """How the two figures of a pair were matched, for the explanation."""
    if al.slot == "value:count:story:main":
        return (
            "each as the first height it gives; they cannot both describe one building. "
            "Shown as a variation: a second building may be meant. "
        )
    if al.slot.startswith("value:count:claim-"):
        return (
            "in other words but with the same subject and a word of what was done in common; "
            "neither account gives another number of them. Shown as a variation: the "
            "sentences differ, so other ones may be meant. "
        )
    if al.slot.startswith("value:money:sole-"):
        return (
            "each as the one sum of that kind it gives, in other words; they cannot both "
            "be the same sum. Shown as a variation: another one may be meant. "
        )
    if _sole(al):
        return (
            "each as the one number of them it gives, in other words; they cannot both "
            "count the same things. Shown as a variation: other ones may be meant. "
        )
    return "in the same context; they cannot both hold. "


def _by_role(al: Alignment) -> bool:
    """A count slot keyed by a role rather than by the words around its figures: the
    building's height, or ``_sole``'s; a difference there is a variation, never a conflict."""
    return al.slot == "value:count:story:main" or _sole(al)


def _sole(al: Alignment) -> bool:
    """A slot of the one number of a kind of thing each account gives, keyed by that role
    alone (``align.slots._sole_count_slots``; a sum of money: ``_sole_money_slots``; a share
    of a vote: ``_vote_share_slots``; a body's tally: ``_tally_slots``), or two
    counts whose claim keys match (``_keyed_count_slots``): a difference there is a
    variation."""
    return al.slot.startswith(
        (
            "value:count:sole-",
            "value:money:sole-",
            "value:percent:sole-",
            "value:percent:move-",
            "value:count:tally-",
            "value:count:claim-",
            "place:destination",
        )
    )


def _pair_conflict(
    al: Alignment,
    ctx: Context,
    facts: Sequence[Fact],
    src: dict[str, str],
    agree: Agree,
    what: str,
    kind: str,
) -> list[Finding]:
    """Two sources, one figure each, that cannot both hold: a low conflict to check."""
    # Copies of one wire story are one source: one figure per source when its copies agree.
    per_source: dict[str, list[Fact]] = {}
    for f in facts:
        per_source.setdefault(src[f.id], []).append(f)
    if len(per_source) != 2:
        return []
    a, b = (group[0] for group in per_source.values())
    if agree(a, b) or agree(b, a):
        return []  # either figure allows the other ("up to eight hours" allows five)
    if not _same_casualty(a, b):
        return []  # the dead and the injured
    if any(not agree(group[0], o) for group in per_source.values() for o in group):
        return []
    if any(_states_elsewhere(x, y, ctx, agree) for x, y in ((a, b), (b, a))):
        return []  # one of them also gives the other's value: two measures, not a dispute
    lead_place = al.slot == "place:lead" or (
        al.slot == "date:lead" and _dates_own_happening(a, b, ctx)
    )
    # a slot keyed by a role, not by its words (the building's height, the one number of a
    # thing, a matched claim key): a variation, as a lead's place: other ones may be meant
    by_role = _by_role(al)
    if by_role:
        if _count_modifier(a) != _count_modifier(b):
            return []  # "two fatal shootings" against "12 shootings": a part of the whole
        if _sole(al) and far_apart(a, b):
            return []  # "fired at least 70 rounds" / "carrying 1,300 rounds": other rounds
    elif lead_place:
        # Two leads naming two cities: only when neither article names the other's city
        # anywhere (a head office and a branch are both named by one of them).
        if any(_names(x, y, ctx) for x, y in ((a, b), (b, a))):
            return []
    elif not (
        MEASURED in al.slot  # the figures' own words name the measure: "north of Athens"
        or _dates_compared(a, b, ctx, PAIR_MIN_SHARED, not al.slot.startswith("date:"))
        or (_same_percent_head(a, b, ctx) and _dates_compared(a, b, ctx, CONTEXT_MIN_SHARED))
        or (
            _same_happening_word(a, b, ctx)
            and _dates_compared(a, b, ctx, CONTEXT_MIN_SHARED, not al.slot.startswith("date:"))
        )
    ):
        return []  # with no majority, only figures in nearly the same words are compared
    return [
        ctx.finding(
            kind=kind,
            verdict=Verdict.VARIATION if lead_place or by_role else Verdict.CONFLICT,
            severity=Severity.LOW,
            confidence="figure",
            event_ids=al.event_ids,
            rule="interval-disjoint",
            claims=[ctx.fact_claim(a), ctx.fact_claim(b)],
            title=f"Different values for {what}: {_shown(a)} vs {_shown(b)}",
            explanation=(
                f"{ctx.outlet(a.article_id)} says {quoted(a.text)}, {ctx.outlet(b.article_id)} "
                f"says {quoted(b.text)}, "
                + _pair_reading(al)
                + "With two sources there is no majority: check both."
            ),
        )
    ]


def _dates_own_happening(a: Fact, b: Fact, ctx: Context) -> bool:
    """Whether two lead dates both date the event's own happening (shot, killed: the
    happenings most leads name, ``shared.principal_happenings``), not an arrest or a
    briefing."""
    items = [ctx.items[a.article_id], ctx.items[b.article_id]]
    group = [ctx.items[aid] for aid in ctx.events[ctx.event_of[a.article_id]].article_ids]
    principal = principal_happenings(group)
    return bool(principal) and all(
        governing_happening(item, f) & principal for item, f in zip(items, (a, b), strict=True)
    )


def _same_happening_word(a: Fact, b: Fact, ctx: Context) -> bool:
    """Two dates beside the same happening word ("sentenced Nov. 8" / "sentenced Nov. 10"):
    the word says what both date, as a comparative says what a percent measures."""
    if a.type != FactType.DATE or b.type != FactType.DATE:
        return False
    ca, cb = _context(a, ctx), _context(b, ctx)
    tags = {w for w in ca & cb if w[0] == "@"}
    return any(HAPPENINGS.get(w) == t[1:] for w in ca & cb for t in tags)


def _same_percent_head(a: Fact, b: Fact, ctx: Context) -> bool:
    """Two percents qualifying the same word right after them ("60 percent faster graphics"
    / "graphics 60 percent faster"): the word says what changed by that share, so one
    more shared word of context makes them one measure."""
    if a.type != FactType.PERCENT or b.type != FactType.PERCENT:
        return False
    heads = []
    for f in (a, b):
        after = WORD_RE.findall(ctx.items[f.article_id].article.text[f.end : f.end + 40])
        heads.append(after[0].lower() if after else "")
    return bool(heads[0]) and heads[0] == heads[1] and heads[0] not in STOPWORDS
