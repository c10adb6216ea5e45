"""Near-duplicate sentences across the articles of one event: wire variants, reprints, the
same quotation or readout sentence carried by several outlets.

Two sentences are paired when their character similarity (rapidfuzz ``ratio`` on a folded
form) is at least ``SHARED_SENTENCE_MIN_RATIO`` and they are not identical once folded: a
one-word change in a copy then shows up as a typed token difference in the judge
(``judge.copies``). Each sentence keeps only its best partner in each other article (an
identical sentence there wins, and then there is nothing to diff), so a story told twice in
one article does not multiply the pairs.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence

from rapidfuzz import fuzz, process

from factcheck.align.keys import (
    ATTRIBUTION,
    CLAUSE_WORD_RE,
    PAST_OCCASION_RE,
    claim_key,
    governing_happening,
)
from factcheck.extract.places import AP_STATES, lookup, named_states, us_state_names, us_town
from factcheck.lexicon import concept, happening, known, lemmas
from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType
from factcheck.paths import source_name
from factcheck.settings import (
    ANCHOR_MAX_GROUP,
    ANCHOR_MAX_PLACES,
    ANCHOR_REACH,
    ANCHOR_WORDS,
    ECHO_MIN_RATIO,
    ECHO_MIN_SHARE,
    ECHO_MIN_SHARED,
    PAIR_REPRESENTATIVES,
    SHARED_SENTENCE_MAX_SENTENCES,
    SHARED_SENTENCE_MIN_RATIO,
    SHARED_SENTENCE_MIN_WORDS,
    SHARED_SENTENCE_SELF_MIN_RATIO,
    VENUE_MAX_TOWNS,
)
from factcheck.text import STOPWORDS, content_words
from factcheck.values import CountValue, DateValue, PlaceValue

_FOLD_RE = re.compile(r"[\"'“”‘’`«»]")
_SPACE_RE = re.compile(r"\s+")


def fold(text: str) -> str:
    """A sentence for comparison: quote marks dropped, spaces collapsed, casefolded."""
    return _SPACE_RE.sub(" ", _FOLD_RE.sub("", text)).strip().casefold()


def _statements(item: ArticleFacts) -> list[Fact]:
    """The sentence-long statement facts of an article that are long enough to compare."""
    return [
        f
        for f in item.facts
        if f.type == FactType.STATEMENT and len(f.text.split()) >= SHARED_SENTENCE_MIN_WORDS
    ]


def _mutual_pairs(
    facts: Sequence[Fact], texts: Sequence[str], scorer: Callable[..., float], cutoff: float
) -> list[tuple[int, int, float]]:
    """Sentence pairs from two articles, each the other's best partner in its article, scoring
    at least ``cutoff`` and not identical."""
    scores = process.cdist(texts, texts, scorer=scorer, score_cutoff=cutoff, workers=-1)
    best: dict[tuple[int, str], tuple[float, int]] = {}
    rows, cols = scores.nonzero()
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        if facts[i].article_id == facts[j].article_id:
            continue
        key = (i, facts[j].article_id)
        score = float(scores[i, j])
        if key not in best or score > best[key][0]:
            best[key] = (score, j)
    out: list[tuple[int, int, float]] = []
    seen: set[tuple[int, int]] = set()
    told: set[frozenset[str]] = set()
    for (i, _other), (score, j) in sorted(best.items()):
        mutual = best.get((j, facts[i].article_id))
        if mutual is None or mutual[1] != i:
            continue
        pair = (min(i, j), max(i, j))
        if pair in seen or texts[i] == texts[j]:
            continue  # told alike: its best partner says the same, nothing to diff
        seen.add(pair)
        if frozenset((texts[i], texts[j])) in told:
            continue  # the same two wordings, already paired in other accounts
        told.add(frozenset((texts[i], texts[j])))
        out.append((i, j, score))
    return out


def sentence_index(item: ArticleFacts, pos: int) -> int:
    """The index of the article's sentence holding character ``pos`` (0 when none does):
    for facts the slot builders read from the text themselves."""
    return next((s.index for s in item.sentences if s.start <= pos < s.end), 0)


def file_names(group: Sequence[ArticleFacts]) -> dict[str, str]:
    """Each article's file name (the last part of its source), by article id."""
    return {it.article.id: source_name(it.article.source) for it in group}


def representatives(
    facts: Sequence[Fact], key: Callable[[Fact], object], names: dict[str, str] | None = None
) -> list[Fact]:
    """At most PAIR_REPRESENTATIVES facts (from distinct articles) per value of ``key``, in
    their order. Pairs are made between values, not between every two copies of a value:
    300 accounts telling one sentence three ways give a few pairs, not 45,000. Which copies
    stand for a value is decided by ``names`` (article id -> the file's own name), so moving
    one file to another folder changes no choice."""
    seen: dict[object, set[str]] = {}
    chosen: set[str] = set()
    ranked = sorted(facts, key=lambda f: ((names or {}).get(f.article_id, ""), f.start))
    for f in ranked:
        articles = seen.setdefault(key(f), set())
        if f.article_id in articles or len(articles) >= PAIR_REPRESENTATIVES:
            continue
        articles.add(f.article_id)
        chosen.add(f.id)
    return [f for f in facts if f.id in chosen]


def merged_pairs(
    prefix: str,
    kind: str,
    event: Event,
    pairs: Sequence[tuple[Fact, Fact]],
    value: Callable[[Fact], Hashable],
) -> list[Alignment]:
    """One alignment per two values: every pair of accounts that sets value x against value
    y joins one slot holding all their facts (x's first), so one discrepancy that several
    accounts tell is one finding, not one per pair of accounts."""
    groups: dict[tuple[Hashable, Hashable], tuple[dict[str, Fact], dict[str, Fact]]] = {}
    for a, b in pairs:
        va, vb = value(a), value(b)
        if (vb, va) in groups:
            a, b, va, vb = b, a, vb, va
        side_a, side_b = groups.setdefault((va, vb), ({}, {}))
        side_a.setdefault(a.id, a)
        side_b.setdefault(b.id, b)
    out = []
    for side_a, side_b in groups.values():
        facts = (*side_a.values(), *side_b.values())
        first_b = facts[len(side_a)]
        slot = f"{prefix}{facts[0].id}|{first_b.id}"
        out.append(Alignment(slot=slot, kind=kind, event_ids=(event.id,), facts=facts))
    return out


def _alignment(prefix: str, event: Event, a: Fact, b: Fact, score: float) -> Alignment:
    a, b = sorted((a, b), key=lambda f: (f.article_id, f.start))
    return Alignment(
        slot=f"{prefix}:{a.id}|{b.id}",
        kind="phrasing",
        event_ids=(event.id,),
        facts=(a, b),
        score=round(score, 1),
    )


def shared_sentence_alignments(event: Event, group: Sequence[ArticleFacts]) -> list[Alignment]:
    """'copy:' pairs of near-duplicate, not identical, sentences from two articles of
    ``event``; 'echo:' pairs of sentences that tell the same statement in other words
    (token-set similarity of their content words at least ECHO_MIN_RATIO); 'spell:' pairs
    of such sentences that hold a name the lexicon does not know."""
    facts: list[Fact] = []
    for item in group:
        facts.extend(_statements(item)[:SHARED_SENTENCE_MAX_SENTENCES])
    facts = representatives(facts, lambda f: fold(f.text), file_names(group))
    if len({f.article_id for f in facts}) < 2:
        return []
    folded = [fold(f.text) for f in facts]
    copies = _mutual_pairs(facts, folded, fuzz.ratio, SHARED_SENTENCE_MIN_RATIO)
    out = [_alignment("copy", event, facts[i], facts[j], sc) for i, j, sc in copies]
    paired = {i for i, j, _s in copies} | {j for _i, j, _s in copies}
    # Only a sentence holding a value can differ in one: the rest are left out of the matrix.
    with_value = {
        (f.article_id, f.sentence) for item in group for f in item.facts if f.type in ECHO_TYPES
    }
    valued = [
        k
        for k, f in enumerate(facts)
        if k not in paired and (f.article_id, f.sentence) in with_value
    ]
    echo_facts = [facts[k] for k in valued]
    content = [" ".join(content_words(folded[k])) for k in valued]
    values = _value_spans(group)
    for i, j, sc in _mutual_pairs(echo_facts, content, fuzz.token_set_ratio, ECHO_MIN_RATIO):
        if _share_enough(_wording(echo_facts[i], values), _wording(echo_facts[j], values)):
            out.append(_alignment("echo", event, echo_facts[i], echo_facts[j], sc))
    # 'spell:' pairs: sentences telling one statement in other words that hold a name the
    # lexicon does not know, which the other account may spell another way
    # (judge.copies.judge_spelling)
    named = [k for k, f in enumerate(facts) if k not in paired and _unknown_name(f.text)]
    name_facts = [facts[k] for k in named]
    content = [" ".join(content_words(folded[k])) for k in named]
    for i, j, sc in _mutual_pairs(name_facts, content, fuzz.token_set_ratio, ECHO_MIN_RATIO):
        out.append(_alignment("spell", event, name_facts[i], name_facts[j], sc))
    return out


def _value_spans(group: Sequence[ArticleFacts]) -> dict[str, list[tuple[int, int]]]:
    """Per article, the spans of the values a retelling may differ in (ECHO_TYPES)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for item in group:
        out[item.article.id] = [(f.start, f.end) for f in item.facts if f.type in ECHO_TYPES]
    return out


def _wording(stmt: Fact, values: dict[str, list[tuple[int, int]]]) -> set[str]:
    """A statement's content words outside its values ("$5 million" says no "million" in
    common with "$1 million")."""
    text, pos = [], stmt.start
    for s, e in sorted(values.get(stmt.article_id, [])):
        if stmt.start <= s and e <= stmt.end and s >= pos:
            text.append(stmt.text[pos - stmt.start : s - stmt.start])
            pos = e
    text.append(stmt.text[pos - stmt.start :])
    told = SPEAKER_BEFORE_RE.sub(" ", SPEAKER_AFTER_RE.sub(" ", " ".join(text)))
    return set(content_words(fold(told)))


# Who says it, not what is said: the capitalised words of a speaker (a title and a name)
# right before a reporting verb ("Interior Minister Ali Yerlikaya said"), or after it at the
# clause's end ("..., said Gov. Rick Scott."; not "said Sharieff Clayton died"). Two
# statements of one speaker share these words whatever they tell.
_REPORTING = r"(?:said|says|told|added|stated|according\s+to)"
SPEAKER_BEFORE_RE = re.compile(rf"(?:\b[A-Z][\w'’.-]*\s+){{1,6}}{_REPORTING}\b")
SPEAKER_AFTER_RE = re.compile(
    rf"\b{_REPORTING}\s+(?:the\s+)?(?:[A-Z][\w'’.-]*[ \t]*){{1,6}}(?=[,;.:]|$)"
)


def _share_enough(wa: set[str], wb: set[str]) -> bool:
    """Whether two sentences' content words overlap enough to tell one statement: the
    token-set ratio scores a short sentence whose few words recur in a long one as high as a
    retelling ("The MacBook Pros are shipping today." in any sentence about shipping them);
    at least ECHO_MIN_SHARED words in common, and that share of the longer sentence's."""
    shared = len(wa & wb)
    return shared >= ECHO_MIN_SHARED and shared >= ECHO_MIN_SHARE * max(len(wa), len(wb))


_INNER_CAPITAL_RE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{3,}\b")


def _unknown_name(text: str) -> bool:
    """Whether a sentence has a capitalised word inside it that the lexicon does not know."""
    return any(not known(m.group(0)) for m in _INNER_CAPITAL_RE.finditer(text))


def repeated_sentence_alignments(event: Event, group: Sequence[ArticleFacts]) -> list[Alignment]:
    """'self:' pairs of near-duplicate, not identical, sentences within one article: a
    scraped page that carries a paragraph twice (a summary above the story, a headline
    repeated as its lead, an update written over one copy only). Scored as the 'copy:'
    pairs are, at a higher floor (SHARED_SENTENCE_SELF_MIN_RATIO), since one article tells
    several alike sentences about different people ("Smith, 19, was shot in the leg")."""
    out = []
    for item in group:
        facts = _statements(item)[:SHARED_SENTENCE_MAX_SENTENCES]
        if len(facts) < 2:
            continue
        folded = [fold(f.text) for f in facts]
        scores = process.cdist(
            folded, folded, scorer=fuzz.ratio, score_cutoff=SHARED_SENTENCE_SELF_MIN_RATIO
        )
        rows, cols = scores.nonzero()
        told: set[frozenset[str]] = set()
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
            if i >= j or folded[i] == folded[j] or frozenset((folded[i], folded[j])) in told:
                continue
            told.add(frozenset((folded[i], folded[j])))
            out.append(_alignment("self", event, facts[i], facts[j], float(scores[i, j])))
    return out


# The value types one statement told twice can differ in (judge.copies reads them in this
# order); only sentences holding one of them are paired as echoes.
ECHO_TYPES = (FactType.PLACE, FactType.COUNT, FactType.DATE, FactType.TIME, FactType.MONEY,
              FactType.PERCENT, FactType.DURATION)  # fmt: skip


# Places only: counts, dates and times in the same two words are too often two things
# ("six crew" / "four cabin crew"); their own slots and the sentence diffs judge them.
ANCHOR_TYPES = (FactType.PLACE,)
_ANCHOR_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")


def _anchors(item: ArticleFacts, fact: Fact) -> list[tuple[str, str]]:
    """What a value's neighbourhood says it is: the two words right before and right after
    it, as ('<', 'girl in') / ('>', 'was shot') (an anchor made only of function words says
    nothing and is left out), and the nearest lower-case content word on each side within
    ANCHOR_REACH words, in the same clause, as ('<w', 'center') / ('>w', 'police')."""
    text = item.article.text
    left = text[max(0, fact.start - 60) : fact.start]
    right = text[fact.end : fact.end + 60]
    before = _ANCHOR_WORD_RE.findall(left)[-ANCHOR_WORDS:]
    after = _ANCHOR_WORD_RE.findall(right)[:ANCHOR_WORDS]
    out = []
    for side, words in (("<", before), (">", after)):
        low = [w.lower() for w in words]
        if len(low) == ANCHOR_WORDS and any(w not in STOPWORDS and not w.isdigit() for w in low):
            out.append((side, " ".join(low)))
    near_left = _ANCHOR_WORD_RE.findall(_CLAUSE_END_RE.split(left)[-1])[-ANCHOR_REACH:][::-1]
    near_right = _ANCHOR_WORD_RE.findall(_CLAUSE_END_RE.split(right)[0])[:ANCHOR_REACH]
    for side, words in (("<w", near_left), (">w", near_right)):
        word = next((w for w in words if _content(w)), None)
        if word is not None:
            out.append((side, word))
    # the proper name whose place it is, written right before it: "VCU Medical Center in
    # Richmond", "LSU in Shreveport", "Jackson L. Edens, 28, of Olympia" (the words between
    # capitalised or a number; anything else and the place is not the name's)
    m = _OWNER_RE.search(left)
    owner = [w for w in (m.group(1).split() if m else []) if _proper(w.strip(",."))]
    if owner:
        out.append(("<n", owner[-1].strip(",.").casefold()))
    return out


_OWNER_RE = re.compile(r"\b([A-Z][\w'’-]+(?:,?\s+(?:[A-Z][\w'’.-]*|\d+))*),?\s+(?:in|of|at)\s+$")


def national_capital(name: str) -> str | None:
    """The country whose capital the gazetteer says ``name`` is ("Lima" -> "Peru"), else None."""
    entry = lookup(name)
    return str(entry.get("country")) if entry and entry.get("capital") else None


def in_gazetteer(name: str) -> bool:
    """Whether the gazetteer knows a place by this very name (for the judge, which reads
    extracted facts only)."""
    return lookup(name) is not None


def state_named(town: Fact, outer: Fact) -> bool:
    """Whether ``outer`` is written as the US state ``town`` lies in while the gazetteer
    read it as a city ("western New York" read as New York City, beside "Rochester")."""
    vt, vo = town.value, outer.value
    if not isinstance(vt, PlaceValue) or not isinstance(vo, PlaceValue):
        return False
    if vt.country_code != "US" or vo.country_code != "US" or vo.kind != "city" or not vt.state:
        return False
    return us_state_names().get(vt.state, "").casefold() == outer.text.casefold()


# A town within this many km of a town at least this many times its size, in the same US
# state, is a part or a suburb of it ("Allapattah" / "Miami", "Coney Island" / "Brooklyn").
NEIGHBOURHOOD_KM = 15.0
NEIGHBOURHOOD_SIZE_RATIO = 5


def in_city(part: Fact, city: Fact) -> bool:
    """Whether the gazetteer puts town ``part`` within NEIGHBOURHOOD_KM of the much larger
    town ``city`` of the same US state: a neighbourhood and the city that holds it."""
    vp, vc = part.value, city.value
    if not isinstance(vp, PlaceValue) or not isinstance(vc, PlaceValue):
        return False
    # a name the place rule left unread has no state: it takes the other's ("Allapattah")
    state = vp.state or vc.state
    if (
        not state
        or {vp.state, vc.state} - {state, None}
        or "US"
        not in (
            vp.country_code,
            vc.country_code,
        )
    ):
        return False
    if {vp.country_code, vc.country_code} - {"US", None}:
        return False
    return part_of_town(vp.name, vc.name, state)


def part_of_town(part: str, city: str, state: str) -> bool:
    """Whether the gazetteer's US town ``part`` lies within NEIGHBOURHOOD_KM of the town
    ``city`` of ``state``, at least NEIGHBOURHOOD_SIZE_RATIO times its size."""
    a, b = us_town(part, state), us_town(city, state)
    if a is None or b is None or b[2] < NEIGHBOURHOOD_SIZE_RATIO * max(a[2], 1):
        return False
    lat = math.radians((a[0] + b[0]) / 2)
    km = 111.2 * math.hypot(a[0] - b[0], (a[1] - b[1]) * math.cos(lat))
    return km <= NEIGHBOURHOOD_KM


# A weekday right before a noun names that noun's day: "Friday prayers", "Tuesday's vote".
_DAY_NOUN_RE = re.compile(r"(?:['’]s)?[ \t]+([a-z]+)\b")
_PARTS_OF_DAY = frozenset(("morning", "afternoon", "evening", "night", "overnight", "noon"))


def _weekday_noun(item: ArticleFacts, fact: Fact) -> str:
    """The noun a bare weekday qualifies ("during Friday prayers" -> 'prayer'), '' when
    the weekday stands alone, before a part of the day or before a function word."""
    v = fact.value
    if not isinstance(v, DateValue) or not v.relative or not v.weekday:
        return ""
    if fact.text.casefold() != v.weekday.casefold():
        return ""  # "last Friday", "Friday night": a day, not a noun's name
    m = _DAY_NOUN_RE.match(item.article.text, fact.end)
    if m is None:
        return ""
    word = m.group(1)
    if word in STOPWORDS or word in _PARTS_OF_DAY or not _content(word):
        return ""
    forms = lemmas(word)
    return forms[-1] if forms else word


def _proper(word: str) -> bool:
    """A capitalised word WordNet does not know as a common word and no place's name."""
    return (
        word[:1].isupper()
        and len(word) > 2
        and word.lower() not in STOPWORDS
        and not known(word)
        and lookup(word) is None
    )


# A clause ends at sentence punctuation, a dash, a bracket or a quotation mark.
_CLAUSE_END_RE = re.compile(r"[.;:!?()\[\]\"“”—–]|\s-\s")


def _content(word: str) -> bool:
    """A lower-case word the lexicon knows that is not a function word or a number."""
    return word.islower() and word not in STOPWORDS and len(word) > 2 and known(word)


# The event's own happenings: named in the opening sentences of at least this share of its
# articles (and of two at least).
PRINCIPAL_LEAD_SENTENCES = 2
PRINCIPAL_MIN_SHARE = 0.5
# A venue's happening word may stand a little further after it ("Police in Dallas said that
# one person was killed").
VENUE_REACH_AFTER = 3


def _one_region(a: str, b: str) -> bool:
    """Two towns the gazetteer knows by these very names (not "It" folded into Itō), in one
    US state, or one country elsewhere."""
    ea, eb = lookup(a), lookup(b)
    if ea is None or eb is None:
        return False
    if any(not e.get("alt") and str(e.get("name", "")).casefold() != t.casefold()
           for e, t in ((ea, a), (eb, b))):  # fmt: skip
        return False
    return (ea.get("state") or ea.get("country")) == (eb.get("state") or eb.get("country"))


def happening_concepts(text: str) -> frozenset[str]:
    """Concepts of the words of ``text`` that name a happening (``lexicon.happening``), but
    not the words of attribution ("said")."""
    words = {w.lower() for w in CLAUSE_WORD_RE.findall(text)}
    return frozenset(concept(w) for w in words if happening(w) and w not in ATTRIBUTION)


def principal_happenings(group: Sequence[ArticleFacts]) -> frozenset[str]:
    """Concepts of the happening words (``lexicon.happening``) that the title and opening
    sentences of most articles of the event use: what the event is (shoot, kill)."""
    counts: dict[str, int] = {}
    for item in group:
        text = item.article.title or ""
        lead = [s for s in item.sentences if s.role != "caption"][:PRINCIPAL_LEAD_SENTENCES]
        text += " " + " ".join(item.article.text[s.start : s.end] for s in lead)
        for c in happening_concepts(text):
            counts[c] = counts.get(c, 0) + 1
    need = max(2, PRINCIPAL_MIN_SHARE * len(group))
    return frozenset(c for c, n in counts.items() if n >= need)


# The anchors made of the words beside a place ("village of", "station"), not of a name or
# a town's state: more than ANCHOR_MAX_PLACES towns beside them are several places of the
# story ("the village of Amizmiz", "the village of Asni"), not one told two ways.
_WORD_SIDES = ("<", ">", "<w", ">w")


def _other_occasion(item: ArticleFacts, fact: Fact) -> bool:
    """Whether the words around a value tell another occasion than the event ("a similar
    protest in Porto", "the previous shooting in Dayton"): ``keys.PAST_OCCASION_RE``."""
    text = item.article.text
    return PAST_OCCASION_RE.search(text[max(0, fact.start - 60) : fact.end + 40]) is not None


def anchored_value_alignments(
    event: Event, group: Sequence[ArticleFacts], principal: frozenset[str] | None = None
) -> list[Alignment]:
    """'anchor:' pairs: two towns in two articles with the same two words on one side ("a
    little girl in Yonkers was shot" / "a little girl in Cheektowaga was"), and two bare
    weekdays that name the same noun's day ("Friday prayers" / "Saturday prayers"). The judge
    keeps a pair only when they differ and one article names the other's value nowhere."""
    index: dict[tuple[str, str, str], list[Fact]] = {}
    regions = story_regions(group)
    names = file_names(group)
    qualifiers: set[str] = set()
    attributes: dict[str, frozenset[str]] = {}
    if principal is None:
        principal = principal_happenings(group)
    for item in group:
        for town, fact in _town_qualifiers(item):
            qualifiers.add(fact.id)
            index.setdefault((fact.type.value, "of", town), []).append(fact)
        for fact in item.facts:
            keys = _count_keys(item, fact)
            attributes[fact.id] = frozenset(keys)
            for key in keys:
                index.setdefault((fact.type.value, "key", key), []).append(fact)
        for fact in item.facts:
            noun = _weekday_noun(item, fact)
            if noun:
                index.setdefault((fact.type.value, "day-of", noun), []).append(fact)
        for fact in [*item.facts, *unread_names(item, regions)]:
            if fact.type in ANCHOR_TYPES:
                for side, words in _anchors(item, fact):
                    index.setdefault((fact.type.value, side, words), []).append(fact)
                if (
                    isinstance(fact.value, PlaceValue)
                    and fact.value.kind == "city"  # a town the gazetteer knows
                    and governing_happening(item, fact, reach_after=VENUE_REACH_AFTER) & principal
                    and claim_key(item, fact).time == "event"  # not "in X, three years ago"
                    and not _other_occasion(item, fact)  # "a similar protest in Porto"
                ):
                    # where the event's own happening took place: "shot in Dallas" /
                    # "the Dallas shooting" / "killed in Fort Worth"
                    index.setdefault((fact.type.value, "venue", ""), []).append(fact)
    venues: dict[str, set[str]] = {}
    for fact in index.get((FactType.PLACE.value, "venue", ""), []):
        venues.setdefault(fact.text.casefold(), set()).add(fact.article_id)
    if len(venues) > VENUE_MAX_TOWNS or sum(len(ids) >= 2 for ids in venues.values()) >= 2:
        # many towns told as where it happened, or two each told so by two accounts: an
        # event of several places (a quake's villages, a train's stations), where a town
        # is no key
        index.pop((FactType.PLACE.value, "venue", ""), None)

    out: list[Alignment] = []
    seen: set[tuple[str, str]] = set()
    for (_t, _side, _words), grouped in sorted(index.items()):
        facts = representatives(grouped, lambda f: f.text.casefold(), names)
        most = ANCHOR_MAX_PLACES if _side in _WORD_SIDES else ANCHOR_MAX_GROUP
        if len({f.article_id for f in facts}) < 2 or (
            _side != "venue" and len({f.text.casefold() for f in facts}) > most
        ):
            continue  # an anchor the articles use for many values is no key
        if all(f.rule == UNREAD_RULE and getattr(f.value, "kind", "") != "city" for f in facts):
            continue  # unread names the gazetteer does not know: nothing says one is a place
        # Towns only (and unread names beside a town): countries and regions in the same
        # words are mostly lists ("threats from North Korea and China").
        # A state or country right after a town is that town's, not a list: "CHUBBUCK, Idaho"
        # and "CHUBBUCK, Utah" pair under the town ('of' anchors).
        if _side not in ("key", "day-of"):
            facts = [
                f
                for f in facts
                if isinstance(f.value, PlaceValue)
                and (
                    f.value.kind in ("city", "unknown")
                    or (_side == "of" and f.id in qualifiers)
                    or (_side in ("<w", ">w") and f.value.kind in ("country", "region"))
                )
            ]
        for i, a in enumerate(facts):
            for b in facts[i + 1 :]:
                if a.article_id == b.article_id or nested_names(a.text, b.text):
                    continue
                if _side == "key" and not _alike(attributes[a.id], attributes[b.id]):
                    continue  # one concept in common among many: two different counts
                if _side == "venue" and not _one_region(a.text, b.text):
                    continue  # Gaza and Tel Aviv: two places of the story, not two readings
                pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                if pair not in seen:
                    seen.add(pair)
                    out.append(_alignment("anchor", event, a, b, 0.0))
    return out


# "CHUBBUCK, Idaho", "Everett, Wash.", "Albuquerque, New Mexico", "Lyon, France".
_TOWN_STATE_RE = re.compile(
    r"\b([A-Z][A-Za-z'’-]+(?:[ -][A-Z][A-Za-z'’-]+){0,2}),[ \t]+"
    r"([A-Z][a-z]+\.?(?: [A-Z][a-z]+)?)"
)
QUALIFIER_RULE = "town-qualifier"


def _town_qualifiers(item: ArticleFacts) -> list[tuple[str, Fact]]:
    """Every "Town, State" (or "Town, Country") of an article, datelines included, as the
    folded town and a place fact for its state or country: which state a town is in is a
    fixed key, so two accounts that put one town in two states disagree."""
    text = item.article.text
    out = []
    for m in _TOWN_STATE_RE.finditer(text):
        town, qual = m.group(1), m.group(2)
        code = AP_STATES.get(qual)
        entry = lookup(qual) if code is None else {"name": qual, "kind": "region", "state": code}
        if entry is None or entry.get("kind") not in ("region", "country"):
            continue
        if lookup(town) is not None and lookup(town).get("kind") != "city":  # type: ignore[union-attr]
            continue  # "Texas, Oklahoma": a list of states, not a town's state
        state = entry.get("state")
        sentence = sentence_index(item, m.start(2))
        fact = Fact(
            id=f"{item.article.id}.q{m.start(2)}",
            article_id=item.article.id,
            type=FactType.PLACE,
            text=qual,
            start=m.start(2),
            end=m.end(2),
            sentence=sentence,
            value=PlaceValue(
                name=qual,
                country=str(entry.get("country") or ("United States" if state else "")),
                country_code=str(entry.get("country_code") or ("US" if state else "")) or None,
                kind="region" if state else "country",
                state=str(state) if state else None,
            ),
            rule=QUALIFIER_RULE,
        )
        out.append((town.casefold(), fact))
    return out


# Two counts pair when at least this share of their keys' attribute concepts is common
# ("Four people were killed, investigators said" / "Three people were killed").
COUNT_KEY_MIN_SHARE = 0.5


def _count_keys(item: ArticleFacts, fact: Fact) -> list[str]:
    """A count's claim key, one entry per attribute concept: 'people|event|stated|die'. Two
    counts of one thing, one time and modality, with a concept of what happened in common
    ("Four people were killed" / "Three people died"), are candidates for one slot."""
    if fact.type != FactType.COUNT or not isinstance(fact.value, CountValue):
        return []
    if fact.value.value is None or not fact.value.noun:
        return []
    key = claim_key(item, fact)
    if key.part or not key.attribute:
        return []
    stem = f"{fact.value.noun}|{key.time}|{key.modality}"
    return [f"{stem}|{c}" for c in sorted(key.attribute)]


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two counts' keys with at least COUNT_KEY_MIN_SHARE of their concepts in common."""
    return len(a & b) >= COUNT_KEY_MIN_SHARE * len(a | b)


def nested_names(a: str, b: str) -> bool:
    """One name the other, or inside it as whole words ('Lawndale' / 'North Lawndale')."""
    wa, wb = a.casefold().split(), b.casefold().split()
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _in_regions(entry: dict[str, object], regions: frozenset[str]) -> bool:
    """A gazetteer town in one of the regions: its US state, else its country."""
    state = entry.get("state")
    return state in regions if state else entry.get("country") in regions


def story_regions(group: Sequence[ArticleFacts]) -> frozenset[str]:
    """Where the story is: the US states the articles name, those (and the countries) of
    their read places, and those of the gazetteer towns at least two articles name."""
    out: set[str] = set()
    towns: dict[str, set[str]] = {}
    for item in group:
        out |= named_states(item.article.text)
        for f in item.facts:
            if isinstance(f.value, PlaceValue):
                if f.value.state:
                    out.add(f.value.state)
                if f.value.country:
                    out.add(f.value.country)
        for m in PROPER_RE.finditer(item.article.text):
            towns.setdefault(m.group(0), set()).add(item.article.id)
    for name, ids in towns.items():
        entry = lookup(name) if len(ids) >= 2 else None
        if entry is not None and entry.get("kind") == "city":
            out.add(str(entry.get("state") or entry.get("country")))
    return frozenset(out)


UNREAD_RULE = "anchored-name"
PROPER_RE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b")


PLACE_PREPOSITIONS = frozenset(("in", "of", "from", "near", "at", "outside", "to"))
# A name joined by a hyphen to another capitalised word: one longer proper name.
COMPOUND_AFTER_RE = re.compile(r"[-–][A-Z]")
COMPOUND_BEFORE_RE = re.compile(r"[A-Za-z][-–]$")


def unread_names(item: ArticleFacts, regions: frozenset[str] = frozenset()) -> list[Fact]:
    """Capitalised names the place rule left unread, as place candidates: a town of the
    story's region (``regions``: its US state, or its country outside the US) that the
    gazetteer knows but was read without a cue ("Fort Smith police spokesman"), of kind
    'city'; or a name of words the lexicon does not know right after a place preposition
    ("in Cheektowaga", not "in Secretary"), of kind 'unknown', which pairs only with a town
    another account names in the same words."""
    text = item.article.text
    taken = bytearray(len(text) + 1)
    for f in item.facts:
        if f.type != FactType.STATEMENT:
            taken[f.start : f.end] = b"\x01" * (f.end - f.start)
    out = []
    starts = {s.start for s in item.sentences}
    for m in PROPER_RE.finditer(text):
        if any(taken[m.start() : m.end()]) or m.group(0).casefold() in STOPWORDS:
            continue  # ("It first flew from Kathmandu": a pronoun, not the town of Itō)
        if COMPOUND_AFTER_RE.match(text, m.end()) or COMPOUND_BEFORE_RE.search(
            text, max(0, m.start() - 2), m.start()
        ):
            continue  # "Dayton-Wright Brothers Airport": part of a longer proper name
        before = _ANCHOR_WORD_RE.findall(text[max(0, m.start() - 20) : m.start()])[-1:]
        after_place_word = [w.lower() for w in before] == before and bool(
            set(before) & PLACE_PREPOSITIONS
        )
        unknown_words = not any(known(w) for w in m.group(0).split())
        entry = lookup(m.group(0))
        town = entry is not None and entry.get("kind") == "city" and _in_regions(entry, regions)
        if not town and not (after_place_word and unknown_words):
            continue  # a town the gazetteer knows, or an unknown name after "in", "of" ...
        if town and not after_place_word and " " not in m.group(0) and not unknown_words:
            continue  # "Police say ...": a common word, not the town of that name
        sentence = sentence_index(item, m.start())
        if m.start() in starts and not (town and (" " in m.group(0) or unknown_words)):
            continue  # a sentence's first word is capitalised anyway ("Mobile police"), but
            # "Des Moines police said" / "Pontiac police said" open with the town
        out.append(
            Fact(
                id=f"{item.article.id}.n{m.start()}",
                article_id=item.article.id,
                type=FactType.PLACE,
                text=m.group(0),
                start=m.start(),
                end=m.end(),
                sentence=sentence,
                value=PlaceValue(name=m.group(0), country="", kind="city" if town else "unknown"),
                rule=UNREAD_RULE,
            )
        )
    return out


def odd_values(
    by_article: Mapping[str, Sequence[Fact]], value: Callable[[Fact], Hashable]
) -> Iterator[tuple[str, Fact, list[Fact]]]:
    """One subject's values per article: each article that gives two values where every
    other article gives one of them and nothing else, as (article, its first fact with the
    other value, the other articles' first facts). "a 8-year-old boy" ... "the 6-year-old
    boy" in one account, "6-year-old" in the rest; the caller decides what else it takes."""
    # each article's values, and in how many articles each value stands (counted once, so
    # that 5,000 accounts cost 5,000 steps, not 25 million)
    own = {aid: {value(f) for f in fs} for aid, fs in by_article.items()}
    told: dict[Hashable, int] = {}
    for values in own.values():
        for v in values:
            told[v] = told.get(v, 0) + 1
    for aid, facts in sorted(by_article.items()):
        values = own[aid]
        if len(values) != 2:
            continue  # one value: nothing odd in this account
        agreed = {v for v, n in told.items() if n - (v in values) > 0}
        if len(agreed) != 1 or not agreed <= values:
            continue  # others that disagree among themselves or name neither
        (odd,) = values - agreed
        first = next(f for f in facts if value(f) == odd)
        others = [fs for other, fs in by_article.items() if other != aid and fs]
        rest = sorted((fs[0] for fs in others), key=lambda f: (f.article_id, f.start))
        yield aid, first, rest
