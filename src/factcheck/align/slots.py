"""Value slots: the same figure, date or place as stated by several articles of one event.

'value:<type>:<unit>:<context>' holds numbers (counts, money, percentages, quantities,
durations) and calendar dates that different articles state in the same context: the same
unit (counted noun, currency, dimension) and at least CONTEXT_MIN_SHARED content words in
common right around the figure ("EYP MCF has approximately 350 employees with 13 offices").
Slots are stars around the best-connected figure, one figure per article, so "40 people
killed" never chains through "40 people" to "40 people injured".

'near:<type>:<unit>:<context>' holds a figure its star left with fewer than
NEIGHBOURHOOD_MIN_ARTICLES articles, beside the big stars' figures it shares context with
(one per article): judged for a disagreement only (judge.figures.judge_neighbourhood).

'date:lead' and 'place:lead' hold each article's main dates and city: the day-exact dates
and the first city its lead states (the happening's date and venue in a news lead).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from factcheck.align.keys import (
    CLAUSE_WORD_RE,
    LONG_AGO_RE,
    PAST_OCCASION_RE,
    ClaimKey,
    claim_key,
    clause,
    keys_match,
)
from factcheck.align.quotes import CLAIM_ROLES, sorted_facts
from factcheck.align.shared import file_names, merged_pairs, representatives
from factcheck.context import figure_context, is_statement_day
from factcheck.extract.places import DEMONYMS
from factcheck.extract.quantities import PEOPLE_NOUNS, casualty_word
from factcheck.lexicon import concept, known, measure, person_noun, possession
from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType
from factcheck.settings import CONTEXT_MIN_SHARED, DURATION_SCALES, NEIGHBOURHOOD_MIN_ARTICLES
from factcheck.text import STOPWORDS, squash
from factcheck.values import (
    CountValue,
    DateValue,
    DurationValue,
    MoneyValue,
    PercentValue,
    PlaceValue,
    QuantityValue,
)
from factcheck.venues import is_destination, is_route_or_zone

VALUE_TYPES = (
    FactType.COUNT,
    FactType.MONEY,
    FactType.PERCENT,
    FactType.QUANTITY,
    FactType.DURATION,
    FactType.DATE,
)
# Verbs that make an amount a change, not a level: "shares soared $5.27" vs "closed at $24.13"
# (docs/evaluation.md P5); a change and a level never share a slot.
CHANGE_WORDS = frozenset(
    (
        *("rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "added", "adds"),
        *("gained", "gains", "lost", "loses", "soared", "soars", "jumped", "jumps", "dropped"),
        *("drops", "climbed", "climbs", "slid", "slipped", "plunged", "surged", "increase"),
        *("increased", "decrease", "decreased", "up", "down", "raised", "cut", "by", "gain"),
        *("jump", "drop", "rally", "plunge", "decline", "declined", "growth"),
    )
)


# Nouns naming what an amount measures: two amounts next to different ones are different
# measures however much else their sentences share (revenue vs purchase price, P5).
MEASURE_NOUNS = frozenset(
    (
        *("revenue", "revenues", "sales", "profit", "profits", "earnings", "income", "loss"),
        *("price", "cost", "costs", "value", "valuation", "funding", "cash", "stock", "debt"),
        *("budget", "salary", "fine", "bail", "dividend", "capital", "market", "fee", "fees"),
    )
)


def _unit(item: ArticleFacts, fact: Fact) -> str | None:
    """What the figure counts or measures; None when it is not comparable (a relative date)."""
    v = fact.value
    if isinstance(v, CountValue):
        noun = v.noun or ""
        if "year" in noun or noun.endswith("old"):
            return None  # "26-year-old": an age, of whichever person is named beside it
        return noun.rstrip("s") or None
    text = item.article.text
    after = [w.lower().strip(".,;:") for w in text[fact.end : fact.end + 40].split()[:2]]
    if isinstance(v, MoneyValue):
        before = [w.lower() for w in text[max(0, fact.start - 40) : fact.start].split()[-3:]]
        # extract marks a change ("change": "soared"); the words around it catch the rest.
        said = v.change or (set(before) | set(after[:1])) & CHANGE_WORDS
        change = "change" if said else "level"
        return f"{v.currency}:{change}{_rate(after)}"
    if fact.type == FactType.PERCENT:
        # "up another 0.25 percentage point" is a change; "to 5.5 percent" a level.
        before = [w.lower() for w in text[max(0, fact.start - 40) : fact.start].split()[-3:]]
        moved = "point" in fact.text.lower() or after[:1] in (["point"], ["points"])
        moved = moved or bool(set(before) & CHANGE_WORDS)
        return "percent:change" if moved else "percent"
    if isinstance(v, QuantityValue):
        # A speed of what: "winds near 150 mph" vs "moving north at 9 mph".
        before = [
            w.lower().strip(".,;:") for w in text[max(0, fact.start - 60) : fact.start].split()
        ]
        motion = next((MOTION_WORDS[w] for w in reversed(before[-6:]) if w in MOTION_WORDS), "")
        measured = measure_of(text, fact)
        return (
            v.dimension
            + (f":{motion}" if motion else "")
            + (f"{MEASURED}{measured}" if measured else "")
        )
    if isinstance(v, DurationValue):
        if after[:1] == ["ago"] or "ago" in fact.text.lower():
            return None  # "11 days ago": a point in time that moves with the publication date
        return next(name for limit, name in DURATION_SCALES if v.minutes < limit)
    if isinstance(v, DateValue):
        return _date_unit(v)
    return None


# What a figure measures, named beside it: "at a depth of 10 km", "a height of about 60
# metres", "18.5 km deep", "300 metres in length" (``lexicon.measure``), or a distance from a
# named place ("72 km southwest of Marrakesh", "170 km from Bhubaneswar").
MEASURED = ":measured-"
_MEASURE_BEFORE_RE = re.compile(
    r"\b([A-Za-z]+)\s+of\s+(?:(?:about|around|some|approximately|roughly|nearly|almost|"
    r"more\s+than|less\s+than|over|under|up\s+to|at\s+least|at\s+most)\s+)?$",
    re.I,
)
_MEASURE_AFTER_RE = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:-\s*|in\s+)?([A-Za-z]+)\b")
_FROM_PLACE_RE = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?"
    r"(?:ern)?\s+|away\s+|outside\s+)?(?:of|from)\s+(?:the\s+)?"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
# ... or, with a compass direction, from a place named by its kind ("150 km west of the
# capital", "about 78 miles west of the capital").
_FROM_KIND_RE = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?"
    r"(?:ern)?\s+(?:of|from)\s+the\s+([a-z]+)\b"
)


# A compass direction written after a distance ("72 km southwest of Marrakech"), in degrees.
_BEARING = {"north": 0, "east": 90, "south": 180, "west": 270}
DIRECTION_AFTER_RE = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(north|south|east|west)(?:[- ]?(east|west))?(?:ern)?\s+(?:of|from)\b",
    re.I,
)


def bearing(text: str, fact: Fact) -> int | None:
    """The compass bearing written right after a distance, in degrees ("northeast" 45)."""
    m = DIRECTION_AFTER_RE.match(text[fact.end : fact.end + 60])
    if m is None:
        return None
    first, second = m.group(1).lower(), (m.group(2) or "").lower()
    if not second:
        return _BEARING[first]
    a, b = _BEARING[first], _BEARING[second]
    if {a, b} == {0, 270}:
        return 315
    return (a + b) // 2


def direction_alignments(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'direction:<place>' slots: each account's first distance from a named place that
    gives a compass direction ("72 km northeast of Marrakesh" / "72 km southwest of
    Marrakech"), judged by ``judge.geography.judge_direction``."""
    by_place: dict[str, list[Fact]] = defaultdict(list)
    for item in members:
        text = item.article.text
        roles = {s.index: s.role for s in item.sentences}
        seen: set[str] = set()
        several: set[str] = set()
        for f in sorted(item.facts, key=lambda f: f.start):
            if not isinstance(f.value, QuantityValue) or roles.get(f.sentence) not in CLAIM_ROLES:
                continue
            measured = measure_of(text, f)
            if not measured or not measured.startswith("distance from "):
                continue
            if bearing(text, f) is None or measured in seen:
                if measured in seen:
                    several.add(measured)  # two distances from one town: two things
                continue
            seen.add(measured)
            by_place[measured.removeprefix("distance from ")].append(f)
        for measured in several:
            place = measured.removeprefix("distance from ")
            by_place[place] = [f for f in by_place[place] if f.article_id != item.article.id]
    return _class_slots(event, by_place, lambda place: f"direction:{place}", FactType.PLACE)


def measure_of(text: str, fact: Fact) -> str | None:
    """The measure a quantity is of, when its own words name it (``MEASURED``)."""
    before = _MEASURE_BEFORE_RE.search(text[max(0, fact.start - 40) : fact.start])
    if before and (m := measure(before.group(1))):
        return m
    after = text[fact.end : fact.end + 60]
    word = _MEASURE_AFTER_RE.match(after)
    if word and (m := measure(word.group(1))) and m != "distance":
        return m  # "10 km deep"; "far"/"near" after a figure is not its measure
    place = _FROM_PLACE_RE.match(after) or _FROM_KIND_RE.match(after)
    if place:
        return "distance from " + squash(place.group(1))[:6]  # Marrakesh, Marrakech
    return None


# What a speed or a measure belongs to, from the words just before it.
MOTION_WORDS = {
    **dict.fromkeys(("wind", "winds", "gust", "gusts", "sustained"), "wind"),
    **dict.fromkeys(
        ("moving", "moves", "move", "travelling", "traveling", "heading", "drifting",
         "forward", "crawling", "advancing"),
        "motion",
    ),
}  # fmt: skip
RATE_NOUNS = frozenset(
    (
        *("share", "person", "head", "month", "year", "week", "day", "hour", "barrel"),
        *("ticket", "unit", "gallon", "litre", "liter", "kilogram", "pound", "night", "seat"),
    )
)


def _rate(after: Sequence[str]) -> str:
    """':per-share' etc. when an amount is a rate ("$95.00 per share", "$20 a month",
    "$5 each"): a price per unit never shares a slot with a total ($68.7 billion)."""
    if after[:1] in (["each"], ["apiece"]):
        return ":per-each"
    if len(after) >= 2 and after[0] in ("per", "a", "an", "every") and after[1] in RATE_NOUNS:
        return f":per-{after[1]}"
    return ""


def _date_unit(v: DateValue) -> str | None:
    """'day' for a calendar day (also "Nov. 12" in a story with no year to resolve it by:
    two outlets giving Nov. 12 and Nov. 14 for one happening disagree whatever the year);
    'weekday:<modifier>' for a weekday nothing resolved ("on Tuesday" in an undated story),
    compared only with other such weekdays ("last Tuesday" never with "Tuesday")."""
    if v.granularity != "day":
        return None
    if v.start and v.start == v.end:
        return "day"
    if v.start:
        return None  # a span ("this week")
    if v.month_day:
        return "day"
    if v.relative and v.weekday:
        return f"weekday:{v.modifier or 'on'}:{v.tense or ''}"
    return None


def context(item: ArticleFacts, fact: Fact) -> frozenset[str]:
    """Content words right around a figure, in its sentence, numbers left out (with the
    class of the happening a date dates; factcheck.context.figure_context, shared with judge)."""
    return figure_context(item, fact)


def value_alignments(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'value:' slots of one event (stars by shared context), the 'near:' neighbourhoods of
    figures left nearly alone, plus 'date:lead' / 'place:lead'."""
    pools: dict[tuple[str, str], list[tuple[Fact, frozenset[str]]]] = defaultdict(list)
    leads = _lead_slots(event, members) + _main_magnitude_slots(event, members)
    in_lead_slot = {f.id for al in leads for f in al.facts}
    # a toll stays in its context slot too: the main-toll slot only adds a pairing
    leads += _main_toll_slots(event, members)
    leads += _aboard_slots(event, members)
    leads += _main_height_slots(event, members)
    leads += _sole_count_slots(event, members)
    leads += _sole_money_slots(event, members)
    leads += _tally_slots(event, members)
    leads += _vote_share_slots(event, members)
    leads += _move_slots(event, members)
    leads += _destination_slots(event, members)
    leads += _keyed_count_slots(event, members)
    leads += direction_alignments(event, members)
    for item in members:
        roles = {s.index: s.role for s in item.sentences}
        for fact in item.facts:
            if fact.type not in VALUE_TYPES or roles.get(fact.sentence) not in CLAIM_ROLES:
                continue
            if fact.id in in_lead_slot or is_statement_day(item, fact):
                continue  # judged once, as the event's main date; or it dates a statement
            if fact.rule == "count-fate" and roles.get(fact.sentence) != "lead":
                continue  # "..., which he said killed seven.": whom it counts is unsaid
            unit = _unit(item, fact)
            if unit is not None:
                pools[(fact.type.value, unit)].append((fact, context(item, fact)))
    out = []
    for (ftype, unit), pool in sorted(pools.items()):
        if MEASURED in unit:
            out.extend(_measured_slot(event, unit, pool))
            continue
        stars, near = _stars(pool)
        ctx = {f.id: c for f, c in pool}
        for prefix, groups in (("value", stars), ("near", near)):
            for group in groups:
                facts = sorted_facts(group)
                out.append(
                    Alignment(
                        slot=f"{prefix}:{ftype}:{unit}:{_label(facts, ctx)}",
                        kind=ftype,
                        event_ids=(event.id,),
                        facts=facts,
                    )
                )
    return out + leads


def _measured_slot(
    event: Event, unit: str, pool: Sequence[tuple[Fact, frozenset[str]]]
) -> list[Alignment]:
    """Figures whose own words name what they measure ("at a depth of 10 km"): each
    account's first of that measure is compared, whatever words stand around it."""
    first: dict[str, Fact] = {}
    values: dict[str, set[float]] = defaultdict(set)
    for fact, _ctx in sorted(pool, key=lambda p: p[0].start):
        first.setdefault(fact.article_id, fact)
        if isinstance(fact.value, QuantityValue):
            values[fact.article_id].add(round(fact.value.si_value, 3))
    # an account giving two distances from one town locates two things ("a village 40 km
    # south of Marrakech", "the epicentre 72 km southwest"): which one is meant is unknown
    first = {aid: f for aid, f in first.items() if len(values[aid]) <= 1}
    if len(first) < 2:
        return []
    return [
        Alignment(
            slot=f"value:quantity:{unit}",
            kind=FactType.QUANTITY.value,
            event_ids=(event.id,),
            facts=sorted_facts(first.values()),
        )
    ]


def _stars(
    pool: Sequence[tuple[Fact, frozenset[str]]],
) -> tuple[list[list[Fact]], list[list[Fact]]]:
    """Groups around the figure sharing context with most articles, one figure per article;
    and the neighbourhoods of the figures those stars left (nearly) alone.

    Figures told in the same context words link alike, so links are made between contexts,
    not between every two figures: 5,000 accounts of one meeting told in a few ways cost a
    few context pairs, not 12.5 million figure pairs. A figure's links are those of its
    context to every figure of a linked context from another article (ties as if every pair
    had been compared: the most shared words, then the first figure in the pool)."""
    links = _Links(pool)
    order = sorted(
        (i for i in range(len(pool)) if links.articles(i)),
        key=lambda i: (-links.articles(i), -links.weight(i), i),
    )
    used: set[int] = set()
    out = []
    for centre in order:
        if centre in used:
            continue
        best = links.best(centre, lambda j: j not in used)
        if best:
            members = [centre, *(j for _n, j in best.values())]
            used.update(members)
            links.drop(centre, used)
            out.append([pool[i][0] for i in members])
    return out, _neighbourhoods(pool, links, out)


class _Links:
    """Links between the figures of a pool, kept per distinct context: two figures of
    different articles link when their contexts do (same measure, same happening, at least
    CONTEXT_MIN_SHARED words in common), weighted by the words they share."""

    def __init__(self, pool: Sequence[tuple[Fact, frozenset[str]]]) -> None:
        index: dict[frozenset[str], int] = {}
        self.group = [index.setdefault(c, len(index)) for _f, c in pool]
        self.article = [f.article_id for f, _c in pool]
        contexts = list(index)
        self.members: list[list[int]] = [[] for _ in contexts]
        for i, g in enumerate(self.group):
            self.members[g].append(i)
        self.unused = [list(m) for m in self.members]
        self.linked: list[dict[int, int]] = [{} for _ in contexts]
        for g, ca in enumerate(contexts):
            for h in range(g, len(contexts)):
                cb = contexts[h]
                if _same_measure(ca, cb) and same_happening(ca, cb):
                    n = len(ca & cb)
                    if n >= CONTEXT_MIN_SHARED:
                        self.linked[g][h] = self.linked[h][g] = n
        # Per context: the articles of the contexts it links to, and its total weight
        # (before taking out each figure's own article).
        told_by = [{self.article[j] for j in m} for m in self.members]
        self.reach = [set().union(*(told_by[h] for h in links)) for links in self.linked]
        self.total = [
            sum(n * len(self.members[h]) for h, n in links.items()) for links in self.linked
        ]
        self.own: dict[str, dict[int, int]] = {}
        for i, g in enumerate(self.group):
            counts = self.own.setdefault(self.article[i], {})
            counts[g] = counts.get(g, 0) + 1

    def articles(self, i: int) -> int:
        """How many other articles figure ``i`` links to."""
        reach = self.reach[self.group[i]]
        return len(reach) - (self.article[i] in reach)

    def weight(self, i: int) -> int:
        """The words figure ``i`` shares with all the figures it links to, summed."""
        links = self.linked[self.group[i]]
        mine = sum(links.get(h, 0) * k for h, k in self.own[self.article[i]].items())
        return self.total[self.group[i]] - mine

    def best(self, i: int, keep: Callable[[int], bool]) -> dict[str, tuple[int, int]]:
        """Per other article, its best-linked unused figure ``keep`` accepts: the most
        shared words, then the first in the pool."""
        best: dict[str, tuple[int, int]] = {}
        mine = self.article[i]
        for h, n in self.linked[self.group[i]].items():
            for j in self.unused[h]:
                aid = self.article[j]
                if aid == mine or not keep(j):
                    continue
                held = best.get(aid)
                if held is None or n > held[0] or (n == held[0] and j < held[1]):
                    best[aid] = (n, j)
        return best

    def drop(self, i: int, used: set[int]) -> None:
        """Forget the figures the star around ``i`` took (all from contexts it links to)."""
        for h in self.linked[self.group[i]]:
            self.unused[h] = [j for j in self.unused[h] if j not in used]

    def best_all(self, g: int, keep: Callable[[int], bool]) -> dict[str, tuple[int, int]]:
        """Per article, the best-linked figure ``keep`` accepts among the figures context
        ``g`` links to (unused or not)."""
        best: dict[str, tuple[int, int]] = {}
        for h, n in self.linked[g].items():
            for j in self.members[h]:
                if not keep(j):
                    continue
                aid = self.article[j]
                held = best.get(aid)
                if held is None or n > held[0] or (n == held[0] and j < held[1]):
                    best[aid] = (n, j)
        return best


def _neighbourhoods(
    pool: Sequence[tuple[Fact, frozenset[str]]],
    links: _Links,
    stars: Sequence[Sequence[Fact]],
) -> list[list[Fact]]:
    """A figure that ended up with fewer than NEIGHBOURHOOD_MIN_ARTICLES articles (the stars
    took its neighbours elsewhere, one figure per article) beside the figures of the big
    stars it shares context with, the best-linked one per article: "will pay $501 million
    for SeaMicro" is then judged against the "pay $334 million for SeaMicro" of other
    stars, not only against the one figure left beside it."""
    size = {}
    for star in stars:
        told = len({f.article_id for f in star})
        size.update(dict.fromkeys((f.id for f in star), told))

    def big(j: int) -> bool:
        # only figures several articles already state in the same words
        return size.get(pool[j][0].id, 1) >= NEIGHBOURHOOD_MIN_ARTICLES

    around: dict[int, dict[str, tuple[int, int]]] = {}
    out = []
    for i, (fact, _ctx) in enumerate(pool):
        if big(i):
            continue
        g = links.group[i]
        if g not in around:
            around[g] = links.best_all(g, big)
        best = {a: nj for a, nj in around[g].items() if a != fact.article_id}
        if len(best) + 1 >= NEIGHBOURHOOD_MIN_ARTICLES:
            out.append([fact, *(pool[j][0] for _n, j in best.values())])
    return out


def _same_measure(ca: frozenset[str], cb: frozenset[str]) -> bool:
    """Unless each figure names a different measure ("revenues" vs "cash", "price")."""
    ma, mb = ca & MEASURE_NOUNS, cb & MEASURE_NOUNS
    return not (ma and mb and not ma & mb)


def same_happening(ca: Iterable[str], cb: Iterable[str]) -> bool:
    """Unless each date names a different happening ("announced" vs "expected to close")."""
    ta, tb = {w for w in ca if w[0] == "@"}, {w for w in cb if w[0] == "@"}
    return not (ta and tb and not ta & tb)


def _label(facts: Sequence[Fact], ctx: dict[str, frozenset[str]]) -> str:
    """The context words all the slot's figures share, a-z (readable, order-independent)."""
    common = frozenset.intersection(*(ctx[f.id] for f in facts))
    return " ".join(sorted(common)[:3]) or "context"


# Words before a magnitude that make it another quake's: an aftershock, a foreshock, an
# earlier quake ("a magnitude 7.2 quake in 2004", "the previous 6.3 tremor").
OTHER_QUAKE_RE = re.compile(r"\b(?:aftershocks?|foreshocks?|another|earlier)\b", re.I)


def _main_magnitude_slots(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'value:quantity:magnitude:main': the magnitude each account gives the quake it is
    about — its first magnitude (the headline or the lead usually carries it), not one of an
    aftershock or an earlier quake. A quake has one magnitude per agency: two accounts that
    give two are told apart by whom they cite (the judge's listing shows both)."""
    facts = []
    for item in members:
        text = item.article.text
        for f in sorted(item.facts, key=lambda f: f.start):
            v = f.value
            if not isinstance(v, QuantityValue) or v.dimension != "magnitude":
                continue
            before = text[max(0, f.start - 60) : f.start]
            around = text[max(0, f.start - 60) : f.end + 40]
            if OTHER_QUAKE_RE.search(before) or PAST_OCCASION_RE.search(around):
                continue
            if LONG_AGO_RE.search(around):
                continue
            facts.append(f)
            break
    if len({f.article_id for f in facts}) < 2:
        return []
    return [
        Alignment(
            slot="value:quantity:magnitude:main",
            kind=FactType.QUANTITY.value,
            event_ids=(event.id,),
            facts=sorted_facts(facts),
        )
    ]


# A building's height, written as a modifier: "a 12-story tower", "the 24-storey block".
STOREY_NOUNS = frozenset(("story", "storey"))


def _main_height_slots(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'value:count:story:main': the height in storeys each account gives first ("part of a
    12-story apartment tower collapsed" / "a section of the 13-story building came down"),
    whatever words stand around it: an event at one building names its height first, and
    accounts word it too differently for the context slots to meet. Not a building of an
    earlier occasion ("in 2019", "years ago"); not from an account that gives two heights
    (a tower and the garage beside it: two buildings)."""
    facts = []
    for item in members:
        text = item.article.text
        heights = []
        for f in sorted(item.facts, key=lambda f: f.start):
            if _noun(f) not in STOREY_NOUNS or not isinstance(f.value, CountValue):
                continue
            around = text[max(0, f.start - 60) : f.end + 40]
            if PAST_OCCASION_RE.search(around) or LONG_AGO_RE.search(around):
                continue
            heights.append(f)
        if (
            heights
            and len({h.value.value for h in heights if isinstance(h.value, CountValue)}) == 1
        ):
            facts.append(heights[0])
    return _class_slots(
        event, {"story": facts}, lambda _c: "value:count:story:main", FactType.COUNT
    )


def _one_of_each(
    members: Sequence[ArticleFacts],
    kind_of: Callable[[ArticleFacts, Fact], str],
    value_of: Callable[[Fact], object],
) -> dict[str, list[Fact]]:
    """Kind -> the first fact of that kind from each account that gives one value of it (in
    a claim's sentence, not of an earlier occasion); ``kind_of`` gives '' for a fact of no
    kind. The 'sole' slots of counts and sums are made of these."""
    by_kind: dict[str, list[Fact]] = defaultdict(list)
    for item in members:
        text = item.article.text
        roles = {s.index: s.role for s in item.sentences}
        bounds = {s.index: (s.start, s.end) for s in item.sentences}
        told: dict[str, list[Fact]] = defaultdict(list)
        for f in sorted(item.facts, key=lambda f: f.start):
            if roles.get(f.sentence) not in CLAIM_ROLES:
                continue
            kind = kind_of(item, f)
            if not kind:
                continue
            lo, hi = bounds.get(f.sentence, (0, len(text)))  # its own sentence's words
            around = text[max(lo, f.start - 60) : min(hi, f.end + 40)]
            if PAST_OCCASION_RE.search(around) or LONG_AGO_RE.search(around):
                continue
            told[kind].append(f)
        for kind, fs in told.items():
            if len({value_of(f) for f in fs}) == 1:
                by_kind[kind].append(fs[0])
    return by_kind


def _counted_noun(_item: ArticleFacts, f: Fact) -> str:
    """The noun a count of things counts, '' for a count of someone or of no kind."""
    v = f.value
    if not isinstance(v, CountValue) or v.value is None or v.casualty:
        return ""
    noun = _noun(f)
    if (
        not noun
        or noun.endswith("-old")
        or noun in STOREY_NOUNS
        or noun in TOLL_NOUNS
        or noun in PEOPLE_NOUNS
        or person_noun(noun)
    ):
        return ""
    return noun


def _sole_count_slots(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'value:count:sole-<noun>:main': the one number of a kind of thing each account gives
    ("More than 40 fire engines were sent" / "Some 25 fire engines responded", "his two
    magazines were empty" / "went through about three magazines"), whatever words stand
    around it: accounts that each count a kind of thing once count the same things. Not
    counts of someone (WordNet's ``person_noun``: "two officers", "three men"; an event has
    several groups of people, told in the same nouns), of an earlier occasion, or from an
    account that gives two numbers of that thing (two groups of them)."""
    by_noun = _one_of_each(members, _counted_noun, lambda f: getattr(f.value, "value", None))
    return _class_slots(event, by_noun, lambda c: f"value:count:sole-{c}:main", FactType.COUNT)


# A capitalised word: the name of a body that votes ("the Senate", "the Assembly").
_CAPITAL_RE = re.compile(r"\b[A-Z][a-z]+\b")


def _clause_name(item: ArticleFacts, f: Fact) -> str:
    """The capitalised word nearest before a figure in its clause that is no function word,
    nor a common word capitalised only as a sentence's first ("Shares in Halden rose 31%":
    Halden; "The Assembly vote was 98-47": Assembly); '' when none stands there."""
    before, _after = clause(item, f)
    sentence_start = any(s.start == f.start - len(before) for s in item.sentences)
    names = []
    for m in _CAPITAL_RE.finditer(before):
        word = m.group().lower()
        opening = sentence_start and not before[: m.start()].strip()
        if word in STOPWORDS or (opening and known(word)):
            continue
        names.append(word)
    return names[-1] if names else ""


def _tally_body(item: ArticleFacts, f: Fact) -> str:
    """The body whose vote a tally counts (``_clause_name``: "The state Senate voted 41-21
    and the Assembly 96-49"); '' for another fact or a tally told with no name."""
    return _clause_name(item, f) if f.rule == "count-vote" else ""


def _move_subject(item: ArticleFacts, f: Fact) -> str:
    """Whose price a percentage change tells (``_clause_name``: "Halden's stock jumped 31%",
    "Halden surged 29 percent"); '' for another fact, a change told with no name, or one told
    of a people's goods ("tariffs on Brazilian steel", "Brazilian beef exports")."""
    if f.type != FactType.PERCENT or _unit(item, f) != "percent:change":
        return ""
    name = _clause_name(item, f)
    return "" if name.title() in DEMONYMS else name  # "Brazilian steel": a kind, not a name


def _move_slots(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'value:percent:move-<name>:main': the one percentage change of a named subject each
    account gives ("Halden's stock jumped 31%" / "Halden surged 29 percent"), whatever verb
    tells it; another subject's change ("Nordwerk fell 4.2%") is another slot."""
    by_name = _one_of_each(members, _move_subject, lambda f: getattr(f.value, "value", None))
    return _class_slots(event, by_name, lambda c: f"value:percent:move-{c}:main", FactType.PERCENT)


def _tally_slots(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'value:count:tally-<body>:main': the one tally each account gives of a named body's
    vote ("the Assembly approved it 98-47" / "the Assembly 96-49"), however many bodies the
    story has voting: each tally is keyed by its body (``_tally_body``)."""
    by_body = _one_of_each(members, _tally_body, lambda f: f.text)
    return _class_slots(event, by_body, lambda c: f"value:count:tally-{c}:main", FactType.COUNT)


def _destination(item: ArticleFacts, f: Fact) -> str:
    """'destination' for a town a journey was going to ("It was headed for Nashville":
    ``venues.is_destination``), '' for another fact."""
    if f.type != FactType.PLACE or not isinstance(f.value, PlaceValue):
        return ""
    return "destination" if is_destination(item.article.text, f.start) else ""


def _destination_slots(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'place:destination': the one place each account says the journey was going to ("It
    was headed for Nashville" / "It was flying to Knoxville, Tennessee"); not from an account
    that names two (a route with a stop)."""
    by_kind = _one_of_each(members, _destination, lambda f: getattr(f.value, "name", f.text))
    return _class_slots(event, by_kind, lambda _c: "place:destination", FactType.PLACE)


# The losing side's share after the winner's: "53.8 percent to 46.2 percent".
_AGAINST_SHARE_RE = re.compile(r"(?:%|\bper\s?cent)\s+(?:to|against|versus|vs\.?)\s+$", re.I)
# Two shares of one vote this close to 100 together are its two sides (52 % / 48.1 %).
SHARE_SIDES_SLACK = 1.0


def _vote_share(item: ArticleFacts, f: Fact) -> str:
    """'vote' for a share told in a clause with a word of WordNet's concept of a vote
    (voters, voting, ballots, the vote: ``lexicon.concept``), '' for another fact or the
    losing side's share after the winner's."""
    if not isinstance(f.value, PercentValue) or f.value.value is None:
        return ""
    text = item.article.text
    if _AGAINST_SHARE_RE.search(text[max(0, f.start - 20) : f.start]):
        return ""
    before, after = clause(item, f)
    vote, turnout = concept("vote"), concept("turnout")
    told = {concept(w.lower()) for w in CLAUSE_WORD_RE.findall(f"{before} {f.text} {after}")}
    return "vote" if vote in told and turnout not in told else ""  # turnout: who voted


def _vote_share_slots(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'value:percent:sole-vote:main': the one share of a vote each account gives ("with
    54.2% voting yes" / "passed ... 53.8 percent to 46.2 percent" / "54% of the vote"). Not
    when two accounts' shares make 100 together (SHARE_SIDES_SLACK): one gives the winner's
    share, the other the loser's."""
    by_kind = _one_of_each(members, _vote_share, lambda f: getattr(f.value, "value", None))
    facts = by_kind.get("vote", [])
    shares = [f.value.value for f in facts if isinstance(f.value, PercentValue)]
    if any(
        abs(a + b - 100) <= SHARE_SIDES_SLACK and abs(a - b) > SHARE_SIDES_SLACK
        for a in shares
        for b in shares
        if a is not None and b is not None
    ):
        return []
    return _class_slots(
        event, {"vote": facts}, lambda _c: "value:percent:sole-vote:main", FactType.PERCENT
    )


# How far from a sum the word saying what it is may stand: right after it, the head of the
# noun it qualifies ("a $2.5 million fine", "$310,000 cash bail"; not "in cash"), or among
# the content words of its clause before it ("a fine of $2 million", "fined him $2.5
# million", "Bail has been set at $130,000").
SUM_NOUN_AFTER = 2
SUM_NOUN_BEFORE = 2


def sum_word(item: ArticleFacts, fact: Fact) -> str:
    """The word of its clause that says what a sum of money is, a noun whose first sense is a
    possession or a verb of its lemma (``lexicon.possession``: fine, fined, bail, ransom,
    reward), nearest the sum; '' when none stands close."""
    before, after = clause(item, fact)
    compound = []  # the words right after the sum, up to a function word ("in cash": none)
    for word in CLAUSE_WORD_RE.findall(after)[:SUM_NOUN_AFTER]:
        if word.lower() in STOPWORDS:
            break
        compound.append(word)
    for word in reversed(compound):  # its head: "$310,000 cash bail" is bail
        if possession(word):
            return word.lower()
    content = [w for w in CLAUSE_WORD_RE.findall(before) if w.lower() not in STOPWORDS]
    for word in reversed(content[-SUM_NOUN_BEFORE:]):
        if possession(word):
            return word.lower()
    return ""


def _value_key(v: object) -> tuple[object, ...]:
    """A sum as its currency and amount; another value as itself."""
    return (v.currency, v.amount) if isinstance(v, MoneyValue) else (v,)


def _sum_kind(item: ArticleFacts, f: Fact) -> str:
    """The concept of what a sum of money is (``sum_word``), '' for none."""
    if not isinstance(f.value, MoneyValue) or f.value.amount is None:
        return ""
    word = sum_word(item, f)
    return concept(word) if word else ""


def _sole_money_slots(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'value:money:sole-<concept>:main': the one sum of a kind each account gives ("ordered
    to pay a $2.5 million fine" / "imposed a fine of $2 million", "held on $310,000 bail" /
    "Bail has been set at $130,000"), the kind read from WordNet (``sum_word``) and compared
    by concept (fine, fined). Not a sum of an earlier occasion, nor from an account that gives
    two sums of that kind (two fines, or bail for two people)."""
    by_kind = _one_of_each(members, _sum_kind, lambda f: _value_key(f.value))
    return _class_slots(event, by_kind, lambda c: f"value:money:sole-{c}:main", FactType.MONEY)


def _count_value(f: Fact) -> tuple[str, float | None]:
    return _noun(f), f.value.value if isinstance(f.value, CountValue) else None


# A count of the rest ("two other children", "three more men") is a part of a whole; a
# count after "the" ("the two suspects") refers back to a group told before.
REMAINDER_WORDS = frozenset(("other", "others", "more", "additional", "another", "remaining"))
_THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _remainder_or_referent(item: ArticleFacts, f: Fact) -> bool:
    words = {w.lower().strip(",") for w in f.text.split()[1:-1]}
    text = item.article.text
    return bool(words & REMAINDER_WORDS) or bool(
        _THE_BEFORE_RE.search(text, max(0, f.start - 6), f.start)
    )


def _keyed_count_slots(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'value:count:claim-<fact>|<fact>': two counts of one subject whose claim keys
    match (``keys.keys_match``: the same counted noun, a concept of what was done in common
    next to both, this event, stated, not a part) in two accounts told in other words ("Four
    officers were believed to have discharged their weapons" / "two officers fired at
    Glenn"), each account giving no other number of that noun. Not casualty counts (the
    tolls' slots) or ages."""
    keyed: list[tuple[Fact, ClaimKey]] = []
    told: dict[tuple[str, str], set[float]] = defaultdict(set)  # (article, noun) -> values
    for item in members:
        roles = {s.index: s.role for s in item.sentences}
        for f in item.facts:
            v = f.value
            if not isinstance(v, CountValue) or v.value is None:
                continue
            noun = _noun(f)
            told[(f.article_id, noun)].add(v.value)
            if v.casualty or not noun or noun.endswith("-old") or noun in STOREY_NOUNS:
                continue
            if roles.get(f.sentence) not in CLAIM_ROLES or _remainder_or_referent(item, f):
                continue
            key = claim_key(item, f)
            if key.time != "event" or key.modality != "stated" or key.part or not key.head:
                continue
            keyed.append((f, key))
    # PAIR_REPRESENTATIVES accounts per (noun, number): pairs between numbers, not copies
    files = file_names(members)
    chosen = {f.id for f in representatives([f for f, _ in keyed], _count_value, files)}
    keyed = [(f, k) for f, k in keyed if f.id in chosen]
    pairs: list[tuple[Fact, Fact]] = []
    for i, (a, ka) in enumerate(keyed):
        for b, kb in keyed[i + 1 :]:
            noun = _noun(a)
            if a.article_id == b.article_id or noun != _noun(b):
                continue
            if _count_value(a) == _count_value(b):
                continue
            if len(told[(a.article_id, noun)]) > 1 or len(told[(b.article_id, noun)]) > 1:
                continue  # an account with two numbers of that noun: two groups
            if not keys_match(ka, kb)[0]:
                continue
            pairs.append((a, b))
    # one slot per two numbers: every pair of accounts setting x against y joins it
    return merged_pairs("value:count:claim-", FactType.COUNT.value, event, pairs, _count_value)


# The nouns a whole toll is told with ("34 people", "36 others were injured"); a toll of
# women, officers or passengers is more often a part of it.
TOLL_NOUNS = frozenset(("people", "person", "persons", "other", "others"))


def _class_slots(
    event: Event, by_class: dict[str, list[Fact]], slot: Callable[[str], str], kind: FactType
) -> list[Alignment]:
    """One slot per class of facts (a casualty, a load, a town) that two accounts or more
    fill, named by ``slot``."""
    return [
        Alignment(slot=slot(c), kind=kind.value, event_ids=(event.id,), facts=sorted_facts(facts))
        for c, facts in sorted(by_class.items())
        if len({f.article_id for f in facts}) >= 2
    ]


# The fates of people each account's first count of is compared, whatever words stand
# around it (not the survivors: "two survived" is told of a part as often as of all).
MAIN_FATES = frozenset(("dead", "injured", "rescued", "missing", "evacuated", "arrested"))


def _main_toll_slots(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'value:count:toll-<casualty>:main': the toll of the dead and of the injured each account
    gives first ("36 others were injured" / "left another 34 people injured"), whatever words
    stand around it — not one of an earlier happening ("in 2001", "years ago"). The judge
    reads reports days apart as updates, and bounds through ``spread``."""
    by_class: dict[str, list[Fact]] = defaultdict(list)
    for item in members:
        text = item.article.text
        roles = {s.index: s.role for s in item.sentences}
        seen: set[str] = set()
        for f in sorted(item.facts, key=lambda f: f.start):
            v = f.value
            if not isinstance(v, CountValue) or v.casualty not in MAIN_FATES:
                continue
            if v.noun not in TOLL_NOUNS:
                continue  # "two women died", "three additional officers": a part
            if v.casualty in seen or roles.get(f.sentence) not in CLAIM_ROLES:
                continue
            if f.rule == "count-fate" and roles.get(f.sentence) != "lead":
                continue  # "..., killing four." further down: nothing says whom it counts
            around = text[max(0, f.start - 80) : f.end + 60]
            if PAST_OCCASION_RE.search(around) or LONG_AGO_RE.search(around):
                continue
            seen.add(v.casualty)
            by_class[v.casualty].append(f)
    return _class_slots(
        event, by_class, lambda casualty: f"value:count:toll-{casualty}:main", FactType.COUNT
    )


# People aboard a craft: "189 people on board", "carrying 91 passengers", "with 181
# passengers and 7 crew" (the crew's count joined by "and" adds to the passengers').
ABOARD_AFTER_RE = re.compile(r"[^.;\n]{0,30}?\b(?:on\s*board|aboard)\b", re.I)
ABOARD_BEFORE_RE = re.compile(
    r"\b(?:carrying|carried|carries|carry)\s+(?:(?:about|around|some|nearly|almost|more\s+than|"
    r"at\s+least|over)\s+)?$",
    re.I,
)
WITH_BEFORE_RE = re.compile(r"\bwith\s+(?:(?:about|around|some|nearly|almost)\s+)?$", re.I)
AND_BETWEEN_RE = re.compile(r"\s+and\s+$")
CREW_NOUNS = frozenset(("crew", "crews", "crewmember", "crewmembers", "member", "members"))
PASSENGER_NOUNS = frozenset(("passenger", "passengers"))


def _aboard_slots(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'value:count:aboard-<people|passenger>:main': the first count of people and the first
    count of passengers each account says a craft carries. "N passengers and M crew" is read
    as N + M people too (a fact made of the two, ``count-sum``), so "181 passengers and 7
    crew" meets "189 people on board"."""
    by_class: dict[str, list[Fact]] = defaultdict(list)
    for item in members:
        text = item.article.text
        roles = {s.index: s.role for s in item.sentences}
        counts = sorted(
            (
                f
                for f in item.facts
                if isinstance(f.value, CountValue)
                and f.value.value is not None
                and not f.value.casualty
                and roles.get(f.sentence) in CLAIM_ROLES
            ),
            key=lambda f: f.start,
        )
        seen: set[str] = set()
        for k, f in enumerate(counts):
            noun = _noun(f)
            if noun not in TOLL_NOUNS and noun not in PASSENGER_NOUNS:
                continue
            crew = counts[k + 1] if k + 1 < len(counts) else None
            summed = (
                crew is not None
                and noun in PASSENGER_NOUNS
                and _noun(crew) in CREW_NOUNS
                and crew.sentence == f.sentence
                and AND_BETWEEN_RE.fullmatch(text, f.end, crew.start) is not None
            )
            before = text[max(0, f.start - 30) : f.start]
            end = crew.end if summed and crew is not None else f.end
            aboard = bool(
                ABOARD_AFTER_RE.match(text, end)
                or ABOARD_BEFORE_RE.search(before)
                or (summed and WITH_BEFORE_RE.search(before))
            )
            if not aboard or _fate_after(text, end):
                continue  # "two passengers on board ... survived": a fate, not a load
            if noun in PASSENGER_NOUNS and "passenger" not in seen:
                seen.add("passenger")
                by_class["passenger"].append(f)
            if summed and crew is not None and "people" not in seen:
                seen.add("people")
                by_class["people"].append(_count_sum(f, crew, text))
            elif noun in TOLL_NOUNS and "people" not in seen:
                seen.add("people")
                by_class["people"].append(f)
    return _class_slots(
        event, by_class, lambda cls: f"value:count:aboard-{cls}:main", FactType.COUNT
    )


FATE_REACH_WORDS = 8
_WORDS_AFTER_RE = re.compile(r"[A-Za-z]+")


def _fate_after(text: str, end: int) -> bool:
    """Whether a casualty word (died, injured, survived) follows a count in its sentence."""
    stop = min(len(text), end + 120)
    for m in re.finditer(r"[.;!?\n]", text[end:stop]):
        stop = end + m.start()
        break
    words_ = _WORDS_AFTER_RE.findall(text, end, stop)[:FATE_REACH_WORDS]
    return any(casualty_word(w.lower()) for w in words_)


def _noun(f: Fact) -> str:
    return (f.value.noun or "").lower() if isinstance(f.value, CountValue) else ""


def _count_sum(a: Fact, b: Fact, text: str) -> Fact:
    """ "181 passengers and 7 crew" as one count of 188 people, spanning both."""
    total = sum(f.value.value or 0 for f in (a, b) if isinstance(f.value, CountValue))
    return a.model_copy(
        update={
            "id": f"{a.id}+{b.id}",
            "end": b.end,
            "text": text[a.start : b.end],
            "rule": "count-sum",
            "value": CountValue(value=total, noun="people"),
        }
    )


def _lead_slots(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """Each article's main date and city: the first ones its lead states."""
    dates, places = [], []
    for item in members:
        lead = {s.index for s in item.sentences if s.role == "lead"}
        dateline = item.article.dateline
        facts = sorted(item.facts, key=lambda f: f.start)
        # Every exact day the lead names: a lead that gives the announcement day and the
        # closing day offers both; the judge compares each with the others' (majority).
        lead_dates = [
            f
            for f in facts
            if f.sentence in lead and _unit(item, f) == "day" and not is_statement_day(item, f)
        ]
        place = next(
            (
                f
                for f in facts
                if isinstance(f.value, PlaceValue)
                and f.sentence in lead
                and f.value.kind == "city"
                and not (dateline and dateline.start <= f.start < dateline.end)
                and f.rule != "place-home"  # "Hall, 58, of Centerville": a home, not the venue
                and not is_route_or_zone(item.article.text, f.start, f.end)  # "flying to X"
            ),
            None,
        )
        dates.extend(lead_dates)
        if place is not None:
            places.append(place)
    out = []
    for kind, facts in (("date", dates), ("place", places)):
        if len({f.article_id for f in facts}) >= 2:
            out.append(
                Alignment(
                    slot=f"{kind}:lead",
                    kind=kind,
                    event_ids=(event.id,),
                    facts=sorted_facts(facts),
                )
            )
    return out
