"""A place that one account alone names, in a country none of the other accounts name a place
of.

"49 killed in mass shooting at Greenland mosques" where every other account tells the
shooting in New Zealand: the one account that names Greenland names it nowhere else in the
event, and Greenland is in none of the countries the accounts agree on (places named by half
the accounts or more, at least two). A town must be told with the event's own happening
(``shared.principal_happenings``); a country is odd in any role ("the President of Uganda"
in a story every other account tells in India), unless its name is also a US state's
("Georgia"). Such a pair is a ``foreign:`` slot: the odd place and one place of the agreed
country, told with the same happening where an account has one; the judge
(``judge.geography``) calls it a low variation, since a story may compare the event with one
elsewhere ("it reminded me of Iraq").
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from factcheck.align.keys import (
    CLAUSE_WORD_RE,
    FORECAST_MARKERS,
    PAST_OCCASION_RE,
    clause,
    governing_happening,
)
from factcheck.align.shared import happening_concepts, sentence_index
from factcheck.extract.places import AP_STATES, named_states, us_state_names, us_town_states
from factcheck.lexicon import happening, known
from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType
from factcheck.settings import FOREIGN_PLACE_MIN_SHARE
from factcheck.text import STOPWORDS
from factcheck.values import PlaceValue
from factcheck.venues import is_venue_mention


def _places(item: ArticleFacts) -> list[tuple[Fact, PlaceValue]]:
    """The article's places read as places (not "French" for France), with their country."""
    return [
        (f, f.value)
        for f in item.facts
        if f.type == FactType.PLACE
        and isinstance(f.value, PlaceValue)
        and f.value.country_code
        and not f.value.demonym
    ]


def agreed_countries(group: Sequence[ArticleFacts]) -> frozenset[str]:
    """Country codes of the places at least FOREIGN_PLACE_MIN_SHARE of the accounts (and two)
    name: where the accounts agree the event is."""
    counts: dict[str, int] = {}
    for item in group:
        for code in {v.country_code for _, v in _places(item) if v.country_code}:
            counts[code] = counts.get(code, 0) + 1
    need = max(2, math.ceil(FOREIGN_PLACE_MIN_SHARE * len(group)))
    return frozenset(c for c, n in counts.items() if n >= need)


def foreign_place_alignments(
    event: Event, group: Sequence[ArticleFacts], principal: frozenset[str]
) -> list[Alignment]:
    """'foreign:' pairs: a place one account alone names, in a country no other account names a
    place of, against a place of the country the accounts agree on."""
    agreed = agreed_countries(group)
    if not agreed or not principal:
        return []
    # which accounts name a place of each country (one pass: 5,000 copies of one story cost
    # 5,000 reads, not 25 million)
    naming: dict[str, set[str]] = {}
    for item in group:
        for _f, v in _places(item):
            naming.setdefault(v.country_code or "", set()).add(item.article.id)
    out: list[Alignment] = []
    for item in group:
        aid = item.article.id
        for fact, value in _places(item):
            if value.country_code in agreed or naming[value.country_code or ""] - {aid}:
                continue  # another account names a place of that country: part of the story
            names = (fact.text.casefold(), value.name.casefold())
            if any(
                n in other.article.text.casefold()
                for other in group
                if other is not item
                for n in names
            ):
                continue  # another account writes the name, read or not
            if _in_a_name(item.article.text, fact) or not is_venue_mention(item.article, fact):
                continue
            sentence = item.sentences[fact.sentence]
            # the happening it is told with; where its clause names none, its sentence's
            told = governing_happening(item, fact) or happening_concepts(
                item.article.text[sentence.start : sentence.end]
            )
            told &= principal
            before = clause(item, fact)[0]
            if PAST_OCCASION_RE.search(before) or _planned(before):
                continue  # an earlier or a planned happening
            if not told and not (
                value.kind == "country"
                and not _a_region(value)
                and not _another_happening_in(item.article.text, fact)
                and not _listed_with_agreed(item, fact, agreed)
            ):
                # not the event's own happening; but a country foreign to every other account
                # is odd in any role ("the President of India", "the constitution of India"),
                # unless it is also a US state's name ("Georgia"), where another happening
                # took place ("the protests in Hong Kong") or one of a list with the agreed
                # country ("the United States, Japan and South Korea")
                continue
            home = _counterpart(item, group, agreed, told)
            if home is not None:
                out.append(
                    Alignment(
                        slot=f"foreign:{value.name.casefold()}",
                        kind="place",
                        event_ids=(event.id,),
                        facts=(fact, home),
                    )
                )
    return out


# "Iran-backed", "Jersey Village", "the Iraq War", "Kenya Brevard", "KIRO7Seattle" (a word
# joined before or a capitalised word after), and "Pinetown, North Carolina" (a region that
# qualifies the town before it): not a place the happening is told in.
_JOINED_BEFORE_RE = re.compile(r"(?:[\w-]|,\s*)$")
_NAME_AFTER_RE = re.compile(r"(?:-|\s+[A-Z])")


def _a_region(value: PlaceValue) -> bool:
    """A country whose name is also a US state's ("out of Georgia")."""
    return bool(named_states(value.name))


_HAPPENING_IN_RE = re.compile(r"\b([a-z]+)\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _another_happening_in(text: str, fact: Fact) -> bool:
    """Whether a word naming a happening stands right before "in"/"at" the place ("the
    protests in Hong Kong"): the place is where that happening took place."""
    m = _HAPPENING_IN_RE.search(text[max(0, fact.start - 40) : fact.start])
    return m is not None and happening(m.group(1).lower())


_LIST_GAP_RE = re.compile(r"^[\s,;]*(?:(?:and|or|&)\s+)?(?:the\s+)?$", re.IGNORECASE)


def _listed_with_agreed(item: ArticleFacts, fact: Fact, agreed: frozenset[str]) -> bool:
    """Whether the place stands in a list with a place of an agreed country ("the United
    States, Japan and South Korea"): one of the parties named, not where it happened."""
    text = item.article.text
    places = sorted(
        (f for f, _v in _places(item) if f.sentence == fact.sentence), key=lambda f: f.start
    )
    i = next(k for k, f in enumerate(places) if f.id == fact.id)
    # walk the list both ways while only commas, "and" or "or" stand between two places
    for step in (-1, 1):
        k = i
        while 0 <= k + step < len(places):
            a, b = sorted((places[k], places[k + step]), key=lambda f: f.start)
            if not _LIST_GAP_RE.match(text[a.end : b.start]):
                break
            k += step
            v = places[k].value
            if isinstance(v, PlaceValue) and v.country_code in agreed:
                return True
    return False


def _planned(before: str) -> bool:
    """A clause that tells what will or may happen ("Biden will hold talks at the summit in
    Bali"): the forecast markers of ``keys`` but "up"."""
    words = {w.lower() for w in CLAUSE_WORD_RE.findall(before)}
    return bool(words & (FORECAST_MARKERS - {"up"}))


def _in_a_name(text: str, fact: Fact) -> bool:
    return bool(
        _JOINED_BEFORE_RE.search(text[max(0, fact.start - 3) : fact.start])
        or _NAME_AFTER_RE.match(text, fact.end)
    )


COUNTERPART_ACCOUNTS = 50


def _counterpart(
    item: ArticleFacts, group: Sequence[ArticleFacts], agreed: frozenset[str], told: frozenset[str]
) -> Fact | None:
    """A place of an agreed country in another account: the first one told with the same
    happening, else the first one, in the order of the accounts' file names (the first
    COUNTERPART_ACCOUNTS accounts are searched for one told with the same happening)."""
    fallback: Fact | None = None
    ranked = sorted((it for it in group if it is not item), key=lambda it: it.article.source)
    for n, other in enumerate(ranked):
        if n >= COUNTERPART_ACCOUNTS and fallback is not None:
            break
        for fact, value in _places(other):
            if value.country_code not in agreed:
                continue
            if governing_happening(other, fact) & told:
                return fact
            fallback = fallback or fact
    return fallback


# The capitalised words right before ", <state or country>": the town it places ("Walterboro,
# South Carolina"), whether or not the gazetteer knows the town.
TOWN_BEFORE_RE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2}),[ \t]*$")


def _town_regions(item: ArticleFacts) -> dict[str, list[tuple[Fact, Fact]]]:
    """Each town the article writes with the state or country after it ("Walterboro, South
    Carolina", "Pokhara, Nepal"): town name -> (town fact, region fact) in text order. A town
    the place rule did not read is read from the capitalised words before the comma (a
    function word opening them dropped: "In Walterboro"); a region, a country or a person
    there is no town ("Ohio, Kansas", "Graham, South Carolina")."""
    text = item.article.text
    facts = sorted(item.facts, key=lambda f: f.start)
    taken = {(f.start, f.end): f for f in facts if f.type in (FactType.PLACE, FactType.PERSON)}
    out: dict[str, list[tuple[Fact, Fact]]] = {}
    for region in sorted([*facts, *_abbreviated_states(item)], key=lambda f: f.start):
        rv = region.value
        if region.type != FactType.PLACE or not isinstance(rv, PlaceValue):
            continue
        if rv.kind not in ("region", "country"):
            continue
        m = TOWN_BEFORE_RE.search(text, max(0, region.start - 40), region.start)
        if m is None:
            continue
        start, name = m.start(1), m.group(1)
        first = name.split()[0]
        if first.lower() in STOPWORDS and " " in name:
            start, name = start + len(first) + 1, name[len(first) + 1 :]
        end = start + len(name)
        known_fact = taken.get((start, end))
        if known_fact is not None:
            kv = known_fact.value
            if known_fact.type == FactType.PERSON or (
                isinstance(kv, PlaceValue) and kv.kind in ("region", "country")
            ):
                continue
            town = known_fact
        else:
            if any(f.start < end and start < f.end for f in taken.values()):
                continue  # part of a person's name or of another place
            if all(known(w) for w in name.lower().split()):
                continue  # "Meanwhile, Florida ...": a common word, not an unread town
            town = Fact(
                id=f"{item.article.id}.t{start}",
                article_id=item.article.id,
                type=FactType.PLACE,
                text=name,
                start=start,
                end=end,
                sentence=region.sentence,
                value=PlaceValue(name=name, country=rv.country, kind="city"),
                rule="town-before-region",
            )
        out.setdefault(name.casefold(), []).append((town, region))
    return out


# A state written the AP way after a town and its comma: "Hartsville, Ind.", "Albuquerque, N.M."
AP_STATE_AFTER_RE = re.compile(
    r"(?<=[a-z]),[ \t]+("
    + "|".join(re.escape(a) for a in sorted(AP_STATES, key=len, reverse=True))
    + r")(?![A-Za-z])"
)


def _abbreviated_states(item: ArticleFacts) -> list[Fact]:
    """The states an article writes the AP way after a town ("Hartsville, Ind."), as region
    facts named in full (Indiana): the place rule reads no fact there."""
    out = []
    names = us_state_names()
    for m in AP_STATE_AFTER_RE.finditer(item.article.text):
        code = AP_STATES[m.group(1)]
        if code not in names:
            continue
        start, end = m.span(1)
        out.append(
            Fact(
                id=f"{item.article.id}.s{start}",
                article_id=item.article.id,
                type=FactType.PLACE,
                text=m.group(1),
                start=start,
                end=end,
                sentence=sentence_index(item, start),
                value=PlaceValue(
                    name=names[code],
                    country="United States",
                    country_code="US",
                    kind="region",
                    state=code,
                ),
                rule="ap-state-after-town",
            )
        )
    return out


def _region_name(fact: Fact) -> str:
    return fact.value.name if isinstance(fact.value, PlaceValue) else fact.text


TownRegions = dict[str, dict[str, list[tuple[Fact, Fact]]]]


def town_regions(group: Sequence[ArticleFacts]) -> TownRegions:
    """Each article's towns written with a state or country after them (``_town_regions``),
    by article id: read once for the two town slot builders below."""
    return {item.article.id: _town_regions(item) for item in group}


def town_region_alignments(
    event: Event, group: Sequence[ArticleFacts], towns: TownRegions | None = None
) -> list[Alignment]:
    """'townin:<town>' slots: two accounts that write one town with another state or country
    after it ("Walterboro, South Carolina" / "Walterboro, Kansas"), each account writing the
    town with one region only (an account naming "Springfield, Illinois" and "Springfield,
    Missouri" tells of two towns). The facts are each account's first town and region, in
    pairs, for ``judge.geography.judge_town_region``."""
    towns = town_regions(group) if towns is None else towns
    told: dict[str, dict[str, tuple[Fact, Fact]]] = {}
    for item in group:
        for town, pairs in towns[item.article.id].items():
            if len({_region_name(r) for _t, r in pairs}) == 1:
                told.setdefault(town, {})[item.article.id] = pairs[0]
    out = []
    for town, by_article in sorted(told.items()):
        if len({_region_name(r) for _t, r in by_article.values()}) < 2:
            continue
        support: dict[str, int] = {}
        for _t, r in by_article.values():
            support[_region_name(r)] = support.get(_region_name(r), 0) + 1
        # the region most accounts give first
        order = sorted(
            by_article,
            key=lambda a: (
                -support[_region_name(by_article[a][1])],
                _region_name(by_article[a][1]),
                a,
            ),
        )
        facts = tuple(f for a in order for f in by_article[a])
        out.append(
            Alignment(slot=f"townin:{town}", kind="place", event_ids=(event.id,), facts=facts)
        )
    return out


def town_state_alignments(
    event: Event, group: Sequence[ArticleFacts], towns: TownRegions | None = None
) -> list[Alignment]:
    """'townstate:<town>' slots: an account writes a US town with a state the gazetteer has no
    town of that name in ("Albuquerque, Rhode Island"), while the event's accounts name a
    state it does have the town in (New Mexico). The facts: the town and its written state,
    then the first place naming the gazetteer's state (``judge.geography.judge_town_state``).
    A town the gazetteer does not know is not judged: it lists towns of 15,000 people or
    more, and a small "Athens, Tennessee" is no slip for Athens, Georgia unless the accounts
    name Georgia."""
    states_named: dict[str, Fact] = {}
    for item in group:
        for f in sorted(item.facts, key=lambda f: f.start):
            v = f.value
            if (
                f.type == FactType.PLACE
                and isinstance(v, PlaceValue)
                and v.kind == "region"
                and v.state
                and v.country_code == "US"
            ):
                states_named.setdefault(v.state, f)
    towns = town_regions(group) if towns is None else towns
    out = []
    for item in group:
        for town, pairs in sorted(towns[item.article.id].items()):
            for town_fact, region in pairs[:1]:
                rv = region.value
                if not isinstance(rv, PlaceValue) or rv.kind != "region" or not rv.state:
                    continue
                known_in = us_town_states(town_fact.text)
                if not known_in or rv.state in known_in:
                    continue
                witness = next((states_named[s] for s in sorted(known_in) if s in states_named),
                               None)  # fmt: skip
                if witness is None:
                    continue
                out.append(
                    Alignment(
                        slot=f"townstate:{town}#{town_fact.id}",
                        kind="place",
                        event_ids=(event.id,),
                        facts=(town_fact, region, witness),
                    )
                )
    return out
