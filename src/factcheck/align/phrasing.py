"""'phrasing:<key>' statement groups (and the numbers they carry, 'measure:<key>').

Two sentences of different articles state the same thing when they share at least
STRONG_SHARED_BIGRAMS content bigrams that are neither names nor generic phrases of the
event: one shared phrase ("refugee camp", "civil war") is a topic, not a statement. Groups
are the connected sentences of such strong pairs. A looser sentence (one shared phrase and a
token_set_ratio of STATEMENT_PAIR_MIN) may join a group only when that group is a real
rewording (a strong pair that is not a copy) and it shares one of the group's own phrases;
it joins one group at most, so groups never chain through loose links.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz

from factcheck.align.quotes import claim_sentences, sorted_facts
from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType, Sentence
from factcheck.settings import (
    GENERIC_BIGRAM_SHARE,
    NEAR_COPY_RATIO,
    PHRASE_BLOCK_MAX,
    STATEMENT_PAIR_MIN,
    STRONG_SHARED_BIGRAMS,
)
from factcheck.text import bigrams, content_words
from factcheck.values import QuoteValue

NUMERIC_TYPES = (FactType.MONEY, FactType.PERCENT, FactType.QUANTITY, FactType.COUNT)
Sent = tuple[ArticleFacts, int, list[str]]
SentenceFact = Callable[[ArticleFacts, int], Fact]


def phrasing_alignments(
    event: Event,
    members: Sequence[ArticleFacts],
    names: set[str],
    proper: set[str],
    sentence_fact: SentenceFact,
) -> list[Alignment]:
    """Statement groups of one event; ``sentence_fact(item, index)`` builds a sentence's Fact."""
    sentences = claim_sentences(members)
    postings = _postings(sentences, names, proper)
    quotes: dict[tuple[str, int], list[Fact]] = defaultdict(list)
    for item in members:
        for fact in item.facts:
            if fact.type == FactType.QUOTE:
                quotes[(item.article.id, fact.sentence)].append(fact)
    speakers = [
        _speaker(item.sentences[idx], quotes.get((item.article.id, idx), []))
        for item, idx, _toks in sentences
    ]
    shared: Counter[tuple[int, int]] = Counter()
    for posting in postings.values():
        for x, y in itertools.combinations(posting, 2):
            if sentences[x][0].article.id != sentences[y][0].article.id and _same_voice(
                speakers, x, y
            ):
                shared[(x, y)] += 1
    links: dict[int, dict[int, int]] = defaultdict(dict)
    for (x, y), count in shared.items():
        if count >= STRONG_SHARED_BIGRAMS:
            links[x][y] = links[y][x] = count
    texts = [" ".join(toks) for _item, _idx, toks in sentences]
    groups = _stars(sentences, links, speakers)
    bigrams_of = _bigrams_of(postings)
    phrases = [_group_phrases(g, sentences, postings, bigrams_of) for g in groups]
    rewording = [
        any(
            fuzz.token_sort_ratio(texts[x], texts[y]) < NEAR_COPY_RATIO
            for x, y in itertools.combinations(g, 2)
            if y in links[x]
        )
        for g in groups
    ]
    _attach_loose(sentences, texts, groups, phrases, rewording, postings, speakers)
    out = []
    for g, own in zip(groups, phrases, strict=True):
        if own:
            out.extend(_group_alignments(event, sorted(g), own[0], sentences, sentence_fact))
    return out


def _speaker(sent: Sentence, quotes: Sequence[Fact]) -> str | None:
    """Whose own words a sentence mostly is: the speaker of its direct ``quotes`` that cover
    at least half of it, else None (the outlet's own statement)."""
    cover: Counter[str] = Counter()
    for fact in quotes:
        if isinstance(fact.value, QuoteValue) and fact.value.speaker_key:
            inside = min(fact.end, sent.end) - max(fact.start, sent.start)
            cover[fact.value.speaker_key] += inside
    if not cover:
        return None
    key, chars = cover.most_common(1)[0]
    return key if 2 * chars >= sent.end - sent.start else None


def _same_voice(speakers: Sequence[str | None], x: int, y: int) -> bool:
    """False when two sentences are direct quotes of two different people: two people's own
    words are two statements, whatever words they share (docs/evaluation.md P2, "power
    consumption": one executive's quote grouped with another's)."""
    return speakers[x] is None or speakers[y] is None or speakers[x] == speakers[y]


def _stars(
    sentences: Sequence[Sent],
    links: dict[int, dict[int, int]],
    speakers: Sequence[str | None],
) -> list[list[int]]:
    """Groups around a centre sentence: it and its closest strong partner in each other article.

    No chaining: A~B and B~C do not put A and C together unless both pair with the centre,
    and each article gives one sentence (its best match), so a statement group never grows
    into a topic ("55 wordings ... on 'refugee camp'", docs/evaluation.md P1).
    """

    def art(n: int) -> str:
        return sentences[n][0].article.id

    order = sorted(
        links,
        key=lambda n: (-len({art(m) for m in links[n]}), -sum(links[n].values()), n),
    )
    used: set[int] = set()
    groups = []
    for centre in order:
        if centre in used:
            continue
        best: dict[str, tuple[int, int]] = {}
        for m, count in sorted(links[centre].items()):
            if m not in used and count > best.get(art(m), (0, 0))[0]:
                best[art(m)] = (count, m)
        if best:
            group = [centre]
            for _c, m in sorted(best.values(), key=lambda cm: (-cm[0], cm[1])):
                if all(_same_voice(speakers, m, g) for g in group):
                    group.append(m)
            used.update(group)
            groups.append(group)
    return groups


def _postings(sentences: Sequence[Sent], names: set[str], proper: set[str]) -> dict[str, list[int]]:
    """Sentences per eligible bigram: no number, no name word, not a written-out title, not
    generic."""
    postings: dict[str, list[int]] = defaultdict(list)
    for n, (item, idx, toks) in enumerate(sentences):
        text = item.sentences[idx].text
        keys = _key_bigrams(text) if "(" in text or "[" in text else set(bigrams(toks))
        for bg in sorted(keys):
            pair = bg.split()
            # A number is a value, judged in its value slot: "13 billion" or "350 employees"
            # as a key would regroup the statements whenever a figure changes.
            if any(w[0].isdigit() for w in pair):
                continue
            if not set(pair) & names and bg not in proper:
                postings[bg].append(n)
    limit = max(2, GENERIC_BIGRAM_SHARE * len(sentences))
    return {
        bg: posting
        for bg, posting in sorted(postings.items())
        if len(posting) <= min(limit, PHRASE_BLOCK_MAX)
        and len({sentences[n][0].article.id for n in posting}) >= 2
    }


# An aside in parentheses or brackets: a ticker "(nasdaq: INTC - news - people)", an
# abbreviation "(UNRWA)", an editor's insertion "[the company]".
ASIDE_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _key_bigrams(text: str) -> set[str]:
    """Content bigrams of a sentence outside its asides, none spanning one: page furniture
    such as stock tickers is not what a sentence states (docs/evaluation.md P1, "news -
    people")."""
    return {bg for part in ASIDE_RE.split(text) for bg in bigrams(content_words(part))}


def _group_phrases(
    group: Sequence[int],
    sentences: Sequence[Sent],
    postings: dict[str, list[int]],
    bigrams_of: dict[int, list[str]],
) -> list[str]:
    """Phrases two or more of the group's articles use, the key first: most articles, then
    most used in the event, then a-z."""
    inside = set(group)
    ranked = []
    # only the bigrams of the group's own sentences can be used by two of its articles
    candidates = {bg for n in group for bg in bigrams_of.get(n, ())}
    for bg in candidates:
        posting = postings[bg]
        arts = len({sentences[n][0].article.id for n in posting if n in inside})
        if arts >= 2:
            ranked.append((-arts, -len(posting), bg))
    return [bg for _a, _p, bg in sorted(ranked)]


def _bigrams_of(postings: dict[str, list[int]]) -> dict[int, list[str]]:
    """Each sentence's eligible bigrams: the postings inverted."""
    inverse: dict[int, list[str]] = defaultdict(list)
    for bg, posting in postings.items():
        for n in posting:
            inverse[n].append(bg)
    return inverse


def _attach_loose(
    sentences: Sequence[Sent],
    texts: Sequence[str],
    groups: list[list[int]],
    phrases: Sequence[list[str]],
    rewording: Sequence[bool],
    postings: dict[str, list[int]],
    speakers: Sequence[str | None],
) -> None:
    """Add each loose sentence to the one rewording group it pairs with best (in place).

    A loose sentence shares the group's key phrase; it may join only when at least half
    the sentences carrying that phrase are already in the group (the phrase names this
    statement, not a topic of the whole event), and an article gives two sentences at most.
    """
    grouped = {n for g in groups for n in g}
    best: dict[int, tuple[float, int]] = {}
    for gi, (g, own) in enumerate(zip(groups, phrases, strict=True)):
        if not rewording[gi]:
            continue  # copies of one wording are not a statement worded several ways
        posting = postings[own[0]]
        if 2 * sum(1 for n in posting if n in set(g)) < len(posting):
            continue  # the key phrase runs through the event: a topic, not this statement
        for n in sorted(set(posting) - grouped):
            if not all(_same_voice(speakers, n, m) for m in g):
                continue
            aid = sentences[n][0].article.id
            score = max(
                (
                    fuzz.token_set_ratio(texts[n], texts[m])
                    for m in g
                    if sentences[m][0].article.id != aid
                ),
                default=0.0,
            )
            if score >= STATEMENT_PAIR_MIN and score > best.get(n, (0.0, 0))[0]:
                best[n] = (score, gi)
    for n, (_score, gi) in sorted(best.items()):
        aid = sentences[n][0].article.id
        if sum(1 for m in groups[gi] if sentences[m][0].article.id == aid) < 2:
            groups[gi].append(n)


def _group_alignments(
    event: Event,
    group: list[int],
    key: str,
    sentences: Sequence[Sent],
    sentence_fact: SentenceFact,
) -> list[Alignment]:
    """The group's 'phrasing:' alignment and, when two articles give numbers, its 'measure:'."""
    facts = sorted_facts(sentence_fact(sentences[n][0], sentences[n][1]) for n in group)
    out = [Alignment(slot=f"phrasing:{key}", kind="phrasing", event_ids=(event.id,), facts=facts)]
    numbers: tuple[Fact, ...] = sorted_facts(
        f
        for n in group
        for f in sentences[n][0].facts
        if f.type in NUMERIC_TYPES and f.sentence == sentences[n][1]
    )
    if len({f.article_id for f in numbers}) >= 2:
        out.append(
            Alignment(
                slot=f"measure:{key}",
                kind=numbers[0].type.value,
                event_ids=(event.id,),
                facts=numbers,
            )
        )
    return out
