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
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType
from factcheck.settings import (
    SHARED_SENTENCE_MAX_SENTENCES,
    SHARED_SENTENCE_MIN_RATIO,
    SHARED_SENTENCE_MIN_WORDS,
)

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


def shared_sentence_alignments(event: Event, group: Sequence[ArticleFacts]) -> list[Alignment]:
    """Pairs of near-duplicate, not identical, sentences from two articles of ``event``."""
    facts: list[Fact] = []
    for item in group:
        facts.extend(_statements(item)[:SHARED_SENTENCE_MAX_SENTENCES])
    if len({f.article_id for f in facts}) < 2:
        return []
    folded = [fold(f.text) for f in facts]
    scores = process.cdist(
        folded, folded, scorer=fuzz.ratio, score_cutoff=SHARED_SENTENCE_MIN_RATIO, workers=1
    )
    # best partner of each sentence in each other article
    best: dict[tuple[int, str], tuple[float, int]] = {}
    rows, cols = scores.nonzero()
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        if facts[i].article_id == facts[j].article_id:
            continue
        key = (i, facts[j].article_id)
        score = float(scores[i, j])
        if key not in best or score > best[key][0]:
            best[key] = (score, j)
    out: list[Alignment] = []
    seen: set[tuple[int, int]] = set()
    for (i, _other), (score, j) in sorted(best.items()):
        mutual = best.get((j, facts[i].article_id))
        if mutual is None or mutual[1] != i:
            continue
        pair = (min(i, j), max(i, j))
        if pair in seen or folded[i] == folded[j]:
            continue  # told alike: its best partner says the same, nothing to diff
        seen.add(pair)
        a, b = sorted((facts[i], facts[j]), key=lambda f: (f.article_id, f.start))
        out.append(
            Alignment(
                slot=f"copy:{a.id}|{b.id}",
                kind="phrasing",
                event_ids=(event.id,),
                facts=(a, b),
                score=round(score, 1),
            )
        )
    return out
