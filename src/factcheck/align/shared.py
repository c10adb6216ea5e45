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

from factcheck.extract.places import lookup
from factcheck.lexicon import known
from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType
from factcheck.settings import (
    ANCHOR_MAX_GROUP,
    ANCHOR_WORDS,
    ECHO_MIN_RATIO,
    SHARED_SENTENCE_MAX_SENTENCES,
    SHARED_SENTENCE_MIN_RATIO,
    SHARED_SENTENCE_MIN_WORDS,
)
from factcheck.text import STOPWORDS, content_words
from factcheck.values import PlaceValue

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
    for i, j, sc in _mutual_pairs(echo_facts, content, fuzz.token_set_ratio, ECHO_MIN_RATIO):
        out.append(_alignment("echo", event, echo_facts[i], echo_facts[j], sc))
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
    """The two words right before and right after a value, as ('<', 'girl in') / ('>', 'was
    shot'); an anchor made only of function words says nothing and is left out."""
    text = item.article.text
    before = _ANCHOR_WORD_RE.findall(text[max(0, fact.start - 60) : fact.start])[-ANCHOR_WORDS:]
    after = _ANCHOR_WORD_RE.findall(text[fact.end : fact.end + 60])[:ANCHOR_WORDS]
    out = []
    for side, words in (("<", before), (">", after)):
        low = [w.lower() for w in words]
        if len(low) == ANCHOR_WORDS and any(w not in STOPWORDS and not w.isdigit() for w in low):
            out.append((side, " ".join(low)))
    return out


def anchored_value_alignments(event: Event, group: Sequence[ArticleFacts]) -> list[Alignment]:
    """'anchor:' pairs: two towns in two articles with the same two words on one side ("a
    little girl in Yonkers was shot" / "a little girl in Cheektowaga was"). The judge keeps a
    pair only when they differ and one article names the other's town nowhere."""
    index: dict[tuple[str, str, str], list[Fact]] = {}
    for item in group:
        for fact in [*item.facts, *_unread_names(item)]:
            if fact.type in ANCHOR_TYPES:
                for side, words in _anchors(item, fact):
                    index.setdefault((fact.type.value, side, words), []).append(fact)
    out: list[Alignment] = []
    seen: set[tuple[str, str]] = set()
    for (_t, _side, _words), facts in sorted(index.items()):
        if len({f.article_id for f in facts}) < 2 or len(facts) > ANCHOR_MAX_GROUP:
            continue  # an anchor every article uses for many values is no key
        if all(f.rule == UNREAD_RULE for f in facts):
            continue  # two unread names: nothing says either is a place
        # Towns only (and unread names beside a town): countries and regions in the same
        # words are mostly lists ("threats from North Korea and China").
        facts = [
            f
            for f in facts
            if isinstance(f.value, PlaceValue) and f.value.kind in ("city", "unknown")
        ]
        for i, a in enumerate(facts):
            for b in facts[i + 1 :]:
                if a.article_id == b.article_id or a.text.casefold() == b.text.casefold():
                    continue
                pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                if pair not in seen:
                    seen.add(pair)
                    out.append(_alignment("anchor", event, a, b, 0.0))
    return out


UNREAD_RULE = "anchored-name"
PROPER_RE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b")


PLACE_PREPOSITIONS = frozenset(("in", "of", "from", "near", "at", "outside", "to"))


def _unread_names(item: ArticleFacts) -> list[Fact]:
    """Capitalised names the place rule left unread, as place candidates of unknown kind: a
    town the gazetteer knows but read without a cue ("Fort Smith police spokesman"), or a
    name of words the lexicon does not know right after a place preposition ("in
    Cheektowaga", not "in Secretary"). They pair only with a town another account names in
    the same words."""
    text = item.article.text
    taken = bytearray(len(text) + 1)
    for f in item.facts:
        if f.type != FactType.STATEMENT:
            taken[f.start : f.end] = b"\x01" * (f.end - f.start)
    out = []
    for m in PROPER_RE.finditer(text):
        if any(taken[m.start() : m.end()]):
            continue
        before = _ANCHOR_WORD_RE.findall(text[max(0, m.start() - 20) : m.start()])[-1:]
        after_place_word = [w.lower() for w in before] == before and bool(
            set(before) & PLACE_PREPOSITIONS
        )
        unknown_words = not any(known(w) for w in m.group(0).split())
        entry = lookup(m.group(0))
        town = entry is not None and entry.get("kind") == "city"
        if not town and not (after_place_word and unknown_words):
            continue  # a town the gazetteer knows, or an unknown name after "in", "of" ...
        sentence = next((s.index for s in item.sentences if s.start <= m.start() < s.end), 0)
        if m.start() in {s.start for s in item.sentences}:
            continue  # a sentence's first word is capitalised anyway
        out.append(
            Fact(
                id=f"{item.article.id}.n{m.start()}",
                article_id=item.article.id,
                type=FactType.PLACE,
                text=m.group(0),
                start=m.start(),
                end=m.end(),
                sentence=sentence,
                value=PlaceValue(name=m.group(0), country="", kind="unknown"),
                rule=UNREAD_RULE,
            )
        )
    return out
