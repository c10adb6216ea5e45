"""Shared judging context: articles, events and wire-copy groups in; Claims and Findings out."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from factcheck.align.shared import principal_happenings
from factcheck.judge.ids import anchor, evidence_digest, finding_id, source_name
from factcheck.judge.registry import spec
from factcheck.models import (
    Alignment,
    ArticleFacts,
    Claim,
    Event,
    Fact,
    FactType,
    Finding,
    Severity,
    Verdict,
)
from factcheck.settings import CONFIDENCE


def value_dict(fact: Fact) -> dict[str, object]:
    """A fact's value as a dict ({} when the value is not a JSON object)."""
    return fact.value if isinstance(fact.value, dict) else {}


@dataclass(frozen=True)
class Context:
    """What every rule may read: articles by id, events by id, independent-source groups."""

    items: dict[str, ArticleFacts]
    events: dict[str, Event]
    event_of: dict[str, str]
    source_group: dict[str, str] = field(default_factory=dict)
    _by_sentence: dict[str, dict[int, list[Fact]]] = field(default_factory=dict, repr=False)
    _starts: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _principal: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def principal(self, event_id: str) -> frozenset[str]:
        """The event's own happenings (``align.shared.principal_happenings``), once per event."""
        found = self._principal.get(event_id)
        if found is None:
            ev = self.events[event_id]
            group = [self.items[a] for a in ev.article_ids if a in self.items]
            found = self._principal[event_id] = principal_happenings(group)
        return found

    def sentence_facts(self, article_id: str, sentence: int) -> list[Fact]:
        """The facts of one sentence of an article (indexed once per article)."""
        index = self._by_sentence.get(article_id)
        if index is None:
            index = {}
            for f in self.items[article_id].facts:
                index.setdefault(f.sentence, []).append(f)
            self._by_sentence[article_id] = index
        return index.get(sentence, [])

    def outlet(self, article_id: str) -> str:
        """The outlet's name, else the file name, for explanations."""
        return self.items[article_id].article.label

    def outlet_key(self, article_id: str) -> str:
        """The outlet as ids know it: stated, else the file's own name (never its folder)."""
        art = self.items[article_id].article
        return art.outlet or source_name(art.source) or art.id

    def sentence_around(self, claim: Claim) -> str:
        """The text of the sentences a claim's span touches (the claim itself if none)."""
        sentences = self.items[claim.article_id].sentences
        starts = self._starts.get(claim.article_id)
        if starts is None:
            starts = self._starts[claim.article_id] = [s.start for s in sentences]
        first = max(bisect_right(starts, claim.start) - 1, 0)
        parts = []
        for s in sentences[first:]:
            if s.start >= claim.end:
                break
            if s.start < claim.end and claim.start < s.end:
                parts.append(s.text)
        return " ".join(parts) if parts else claim.text

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
        """A claim for a fact's span, carrying the fact's typed value beside ``value``."""
        claim = self.claim(fact.article_id, fact.start, fact.end, value)
        return claim.model_copy(update={"fact_value": fact.value})

    def outlets(self, facts: Sequence[Fact]) -> str:
        """The outlets of these facts, each once, in order: "Reuters and AP", "A, B and C"."""
        names = list(dict.fromkeys(self.outlet(f.article_id) for f in facts))
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

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
        confidence: str | float | None = None,
        event_ids: Sequence[str],
        title: str,
        explanation: str,
        rule: str,
        claims: Sequence[Claim],
    ) -> Finding:
        """Build a Finding whose id says what it is about (``judge.ids``), not where.

        ``rule`` must be declared in ``judge.registry`` (a KeyError says so); ``confidence``
        is a key of ``settings.CONFIDENCE``, a number, or None for the rule's default.
        """
        declared = spec(rule)
        if confidence is None:
            conf = declared.confidence
        else:
            conf = CONFIDENCE[confidence] if isinstance(confidence, str) else confidence
        ordered = sorted(
            claims, key=lambda c: (self.items[c.article_id].article.source, c.start, c.end)
        )
        anchors = tuple(sorted({anchor(self.outlet_key(c.article_id), c.text) for c in ordered}))
        evidence = evidence_digest(
            (self.outlet_key(c.article_id), self.sentence_around(c), c.text, c.value or "")
            for c in ordered
        )
        return Finding(
            id=finding_id(kind, rule, anchors),
            anchors=anchors,
            evidence=evidence,
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


def two_sides(
    facts: Sequence[Fact], value: Callable[[Fact], object]
) -> tuple[list[Fact], list[Fact]]:
    """The facts of a merged pair slot (``align.shared.merged_pairs``) split by value: those
    with the first fact's value, and the rest."""
    first = value(facts[0])
    return [f for f in facts if value(f) == first], [f for f in facts if value(f) != first]


def low_variation(
    al: Alignment, ctx: Context, *, kind: str, rule: str, title: str, explanation: str
) -> list[Finding]:
    """The one low-severity variation a two-sided slot gives (streets, addresses, times of
    day, clocks, places): every fact of the slot as a claim."""
    return [
        ctx.finding(
            kind=kind,
            verdict=Verdict.VARIATION,
            severity=Severity.LOW,
            event_ids=al.event_ids,
            title=title,
            explanation=explanation,
            rule=rule,
            claims=[ctx.fact_claim(f) for f in al.facts],
        )
    ]
