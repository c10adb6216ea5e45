"""Shared judging context: articles, events and wire-copy groups in; Claims and Findings out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck.judge.ids import finding_id
from factcheck.judge.text import HAPPENINGS, WORD_RE, content_words, happening_tags
from factcheck.models import (
    ArticleFacts,
    Claim,
    Event,
    Fact,
    FactType,
    Finding,
    Severity,
    Verdict,
)
from factcheck.settings import CONFIDENCE, CONTEXT_REACH


@dataclass(frozen=True)
class Context:
    """What every rule may read: articles by id, events by id, independent-source groups."""

    items: dict[str, ArticleFacts]
    events: dict[str, Event]
    event_of: dict[str, str]
    source_group: dict[str, str] = field(default_factory=dict)

    def outlet(self, article_id: str) -> str:
        """The outlet's name, else the file name, for explanations."""
        return self.items[article_id].article.label

    def claim(self, article_id: str, start: int, end: int, value: str | None = None) -> Claim:
        """A claim whose text is cut from the article itself, so it always matches the span."""
        text = self.items[article_id].article.text
        return Claim(article_id=article_id, start=start, end=end, text=text[start:end], value=value)

    def fact_of(self, claim: Claim, types: Sequence[FactType]) -> Fact | None:
        """The fact of one of ``types`` whose span a finding's claim quotes, if any."""
        for fact in self.items[claim.article_id].facts:
            if fact.start == claim.start and fact.end == claim.end and fact.type in types:
                return fact
        return None

    def fact_claim(self, fact: Fact, value: str | None = None) -> Claim:
        """A claim for a fact's span."""
        return self.claim(fact.article_id, fact.start, fact.end, value)

    def independent(self, article_ids: Sequence[str]) -> int:
        """How many independent sources (wire copies count once) these articles are."""
        return len({self.source_group.get(a, a) for a in article_ids})

    def event_desc(self, event_id: str) -> str:
        """'the 2022-11-13 event in Phnom Penh (e1)'."""
        ev = self.events.get(event_id)
        if ev is None:
            return event_id
        when = ev.date or "undated"
        where = f" in {ev.place}" if ev.place else ""
        return f"the {when} event{where} ({ev.id})"

    def finding(
        self,
        *,
        kind: str,
        verdict: Verdict,
        severity: Severity,
        confidence: str | float,
        event_ids: Sequence[str],
        title: str,
        explanation: str,
        rule: str,
        claims: Sequence[Claim],
    ) -> Finding:
        """Build a Finding with a stable id from kind, rule and claim spans (by source)."""
        conf = CONFIDENCE[confidence] if isinstance(confidence, str) else confidence
        ordered = sorted(
            claims, key=lambda c: (self.items[c.article_id].article.source, c.start, c.end)
        )
        spans = [(self.items[c.article_id].article.source, c.start, c.end) for c in ordered]
        return Finding(
            id=finding_id(kind, rule, spans),
            kind=kind,
            verdict=verdict,
            severity=severity,
            confidence=round(min(max(conf, 0.0), 1.0), 3),
            event_ids=tuple(sorted(set(event_ids), key=_event_order)),
            title=title,
            explanation=explanation,
            rule=rule,
            claims=tuple(ordered),
        )


def _event_order(event_id: str) -> tuple[int, str]:
    digits = "".join(ch for ch in event_id if ch.isdigit())
    return (int(digits) if digits else 0, event_id)


def quoted(text: str, limit: int = 140) -> str:
    """Text in curly quotes, shortened in the middle when long."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit // 2 - 2] + " … " + text[-(limit // 2 - 2) :]
    return f"“{text}”"


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
