"""The words around a figure that say what it is about: shared by align, cluster and judge."""

from __future__ import annotations

import re

from factcheck.models import ArticleFacts, Fact, FactType
from factcheck.settings import CONTEXT_REACH
from factcheck.text import HAPPENINGS, WORD_RE, content_words, happening_tags


def figure_window(item: ArticleFacts, fact: Fact) -> tuple[int, int]:
    """Where the words that say what a figure is about may lie: its own sentence.

    The next sentence's words ("Cupertino, Calif.-based company said ...") describe another
    statement; reaching into them made two reports of one date look unrelated.
    """
    if fact.sentence < len(item.sentences):
        sent = item.sentences[fact.sentence]
        if sent.start <= fact.start and fact.end <= sent.end:
            return sent.start, sent.end
    return max(0, fact.start - 120), fact.end + 120


def figure_context(item: ArticleFacts, fact: Fact, *, bounded: bool = True) -> frozenset[str]:
    """Content words right around a figure in its sentence (numbers left out).

    ``bounded=False`` lets the words run on into the neighbouring sentences (the judge's
    two-source test asks for nearly the same words around both figures, whichever sentence).

    A date also carries the class of the happening it dates ('@convict'): the happening
    words beside it, else the happening word of its sentence nearest to it ("On November
    12, a jury in Redwood City, California, convicted ..." dates the conviction).
    """
    text = item.article.text
    lo, hi = figure_window(item, fact)
    a, b = (lo, hi) if bounded else (0, len(text))
    before = content_words(text[max(a, fact.start - 120) : fact.start])[-CONTEXT_REACH:]
    after = content_words(text[fact.end : min(b, fact.end + 120)])[:CONTEXT_REACH]
    near = [w for w in before + after if not w[0].isdigit()]
    if fact.type != FactType.DATE:
        return frozenset(near)
    tags = happening_tags(near) or _nearest_happening(text, lo, hi, fact)
    return frozenset(near) | tags


def _nearest_happening(text: str, lo: int, hi: int, fact: Fact) -> set[str]:
    """The class of the happening word nearest to ``fact`` in its sentence, at most
    2 x CONTEXT_REACH content words away: further off, a happening word belongs to another
    clause ("An airstrike in ... Zeitun, where ... ground forces invaded on Saturday")."""
    best: tuple[int, str] | None = None
    for m in WORD_RE.finditer(text, lo, hi):
        tag = HAPPENINGS.get(m.group(0).lower())
        if tag is None or (m.start() < fact.end and m.end() > fact.start):
            continue
        gap = text[m.end() : fact.start] if m.end() <= fact.start else text[fact.end : m.start()]
        dist = len(content_words(gap))
        if dist < 2 * CONTEXT_REACH and (best is None or dist < best[0]):
            best = (dist, tag)
    return {f"@{best[1]}"} if best else set()


# A reporting verb right before a date: "police said Monday", "told reporters on Tuesday".
STATEMENT_DAY_RE = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|reported|confirmed|stated|added|"
    r"tweeted|wrote|testified)\s+(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)


def is_statement_day(item: ArticleFacts, fact: Fact) -> bool:
    """A date that dates a statement, not the happening: "police said Monday" (the shooting
    may have been on Sunday). Compared as the event's date, it is a false disagreement."""
    if fact.type != FactType.DATE:
        return False
    before = item.article.text[max(0, fact.start - 40) : fact.start]
    return STATEMENT_DAY_RE.search(before) is not None
