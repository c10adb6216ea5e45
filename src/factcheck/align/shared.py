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

import re
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz, process

from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType
from factcheck.settings import (
    ECHO_MIN_RATIO,
    SHARED_SENTENCE_MAX_SENTENCES,
    SHARED_SENTENCE_MIN_RATIO,
    SHARED_SENTENCE_MIN_WORDS,
)
from factcheck.text import content_words

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
    scores = process.cdist(texts, texts, scorer=scorer, score_cutoff=cutoff, workers=1)
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
    for (i, _other), (score, j) in sorted(best.items()):
        mutual = best.get((j, facts[i].article_id))
        if mutual is None or mutual[1] != i:
            continue
        pair = (min(i, j), max(i, j))
        if pair in seen or texts[i] == texts[j]:
            continue  # told alike: its best partner says the same, nothing to diff
        seen.add(pair)
        out.append((i, j, score))
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
    (token-set similarity of their content words at least ECHO_MIN_RATIO)."""
    facts: list[Fact] = []
    for item in group:
        facts.extend(_statements(item)[:SHARED_SENTENCE_MAX_SENTENCES])
    if len({f.article_id for f in facts}) < 2:
        return []
    folded = [fold(f.text) for f in facts]
    copies = _mutual_pairs(facts, folded, fuzz.ratio, SHARED_SENTENCE_MIN_RATIO)
    out = [_alignment("copy", event, facts[i], facts[j], sc) for i, j, sc in copies]
    paired = {i for i, j, _s in copies} | {j for _i, j, _s in copies}
    content = [" ".join(content_words(t)) for t in folded]
    for i, j, sc in _mutual_pairs(facts, content, fuzz.token_set_ratio, ECHO_MIN_RATIO):
        if i not in paired and j not in paired:
            out.append(_alignment("echo", event, facts[i], facts[j], sc))
    return out
