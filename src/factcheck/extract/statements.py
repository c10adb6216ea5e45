"""Turn each non-caption sentence into a statement fact with key terms and a subject."""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract._base import FUNCTION_WORDS, LETTER_WORD_RE, Cand, Ctx
from factcheck.models import FactType

NO_STRIP = ("ss", "us", "is", "ics")


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """A cheap lemma: lowercase, possessive and plural '-s' removed ('leaders' -> 'leader')."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(NO_STRIP):
        return w[:-1]
    return w


@lru_cache(maxsize=65536)
def _term(word: str) -> str | None:
    """The term a word gives, None for a function word or a single letter."""
    lw = word.lower()
    if lw in FUNCTION_WORDS or len(lw) < 2:
        return None
    return lemma(word)


def terms(sentence: str) -> list[str]:
    """Content words of a sentence, lemma-ish, stopwords removed, first occurrence order."""
    return [t for t in dict.fromkeys(map(_term, LETTER_WORD_RE.findall(sentence))) if t is not None]


def find_statements(ctx: Ctx, named: list[Cand]) -> list[Cand]:
    """One statement per non-caption sentence; subject = first person, org or place named."""
    by_sent: dict[int, list[Cand]] = {}
    for c in sorted(named, key=lambda c: c.start):
        by_sent.setdefault(ctx.sentence_at(c.start), []).append(c)
    out: list[Cand] = []
    for s in ctx.sentences:
        if s.role == "caption":
            continue
        subject = None
        cands = by_sent.get(s.index, [])
        for kind in ("person", "org", "place"):
            hit = [c for c in cands if c.type.value == kind and not c.value.get("demonym")]
            if hit:
                subject = hit[0].value["name"]
                break
        value = {"terms": terms(s.text), "subject": subject, "role": s.role}
        out.append(Cand(FactType.STATEMENT, s.start, s.end, value, "statement-sentence"))
    return out
