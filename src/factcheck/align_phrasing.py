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
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz

from factcheck.align_quotes import claim_sentences, components, sorted_facts
from factcheck.judge.text import bigrams, words
from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType
from factcheck.settings import (
    GENERIC_BIGRAM_SHARE,
    NEAR_COPY_RATIO,
    PHRASE_BLOCK_MAX,
    STATEMENT_PAIR_MIN,
    STRONG_SHARED_BIGRAMS,
    WORDINGS_PER_ARTICLE,
)

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
    shared: Counter[tuple[int, int]] = Counter()
    for posting in postings.values():
        for x, y in itertools.combinations(posting, 2):
            if sentences[x][0].article.id != sentences[y][0].article.id:
                shared[(x, y)] += 1
    strong = sorted(p for p, c in shared.items() if c >= STRONG_SHARED_BIGRAMS)
    texts = [" ".join(toks) for _item, _idx, toks in sentences]
    groups = [
        g
        for g in components(len(sentences), strong)
        if len({sentences[n][0].article.id for n in g}) >= 2
    ]
    own = [_group_bigrams(g, sentences, postings) for g in groups]
    rewording = [
        any(
            fuzz.token_sort_ratio(texts[x], texts[y]) < NEAR_COPY_RATIO
            for x, y in strong
            if x in set(g)
        )
        for g in groups
    ]
    _attach_loose(sentences, texts, groups, own, rewording, postings)
    out = []
    for g, keys in zip(groups, own, strict=True):
        n_articles = len({sentences[n][0].article.id for n in g})
        if len(g) > WORDINGS_PER_ARTICLE * n_articles:
            continue  # many sentences per article: a topic running through the stories
        out.extend(_group_alignments(event, sorted(g), keys, sentences, postings, sentence_fact))
    return out


def _postings(sentences: Sequence[Sent], names: set[str], proper: set[str]) -> dict[str, list[int]]:
    """Sentences per eligible bigram: no name word, not a written-out title, not generic."""
    postings: dict[str, list[int]] = defaultdict(list)
    for n, (_item, _idx, toks) in enumerate(sentences):
        for bg in sorted(set(bigrams(toks))):
            if not set(bg.split()) & names and bg not in proper:
                postings[bg].append(n)
    limit = max(2, GENERIC_BIGRAM_SHARE * len(sentences))
    return {
        bg: posting
        for bg, posting in sorted(postings.items())
        if len(posting) <= min(limit, PHRASE_BLOCK_MAX)
        and len({sentences[n][0].article.id for n in posting}) >= 2
    }


def _group_bigrams(
    group: Sequence[int], sentences: Sequence[Sent], postings: dict[str, list[int]]
) -> list[str]:
    """Phrases that at least two articles of the group use: what the statement is about."""
    inside = set(group)
    out = []
    for bg, posting in postings.items():
        arts = {sentences[n][0].article.id for n in posting if n in inside}
        if len(arts) >= 2:
            out.append(bg)
    return out


def _attach_loose(
    sentences: Sequence[Sent],
    texts: Sequence[str],
    groups: list[list[int]],
    own: Sequence[list[str]],
    rewording: Sequence[bool],
    postings: dict[str, list[int]],
) -> None:
    """Add each loose sentence to the one rewording group it pairs with best (in place)."""
    grouped = {n for g in groups for n in g}
    best: dict[int, tuple[float, int]] = {}
    for gi, (g, keys) in enumerate(zip(groups, own, strict=True)):
        if not rewording[gi]:
            continue  # copies of one wording are not a statement worded several ways
        for n in sorted({n for bg in keys for n in postings[bg]} - grouped):
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
        groups[gi].append(n)


def _group_alignments(
    event: Event,
    group: list[int],
    keys: list[str],
    sentences: Sequence[Sent],
    postings: dict[str, list[int]],
    sentence_fact: SentenceFact,
) -> list[Alignment]:
    raw = {
        bg for n in group for bg in bigrams(words(sentences[n][0].sentences[sentences[n][1]].text))
    }
    # The key names the group: the phrase most of its sentences share, written as one phrase.
    inside = set(group)
    key = min(
        keys,
        key=lambda k: (-sum(1 for n in postings[k] if n in inside), k not in raw, k),
    )
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
