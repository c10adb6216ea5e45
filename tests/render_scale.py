"""A synthetic Report at the scale of issue 13: 300 articles, 30 events, about 1,000 findings.

Ten articles per event from a pool of outlets (so grids wrap into blocks), publication times
over a few days, a date fact per article (so timelines have stated dates, some disagreeing),
findings of every verdict with real spans, reprinted single-source sentences.
"""

from __future__ import annotations

import random

from factcheck.models import (
    Article,
    ArticleFacts,
    Claim,
    Event,
    Fact,
    FactType,
    Finding,
    Report,
    Severity,
    Verdict,
)
from factcheck.values import DateValue
from render_fixtures import GENERATED_AT, _sentence

OUTLETS = (
    "Reuters", "AP", "AFP", "BBC News", "The Guardian", "CNN", "Al Jazeera", "NPR",
    "The New York Times", "The Washington Post", "Kyodo", "UPI", "Bloomberg", "DW",
)  # fmt: skip
# Roughly the dev corpus's mix: many single-source and corroborated, some variations.
MIX = (
    [Verdict.SINGLE_SOURCE] * 40
    + [Verdict.CORROBORATED] * 25
    + [Verdict.VARIATION] * 20
    + [Verdict.CONFLICT] * 5
    + [Verdict.COMPATIBLE] * 7
    + [Verdict.CROSS_EVENT] * 3
)


def scale_report(
    n_events: int = 30, per_event: int = 10, n_findings: int = 1000, seed: int = 13
) -> Report:
    """Build the Report; deterministic for a seed."""
    rng = random.Random(seed)
    articles: list[ArticleFacts] = []
    events: list[Event] = []
    for e in range(n_events):
        day = 1 + e % 27
        ids = []
        for k in range(per_event):
            aid = f"a{e * per_event + k + 1}"
            ids.append(aid)
            lead = f"On March {day} officials said the talks went on."
            text = (
                lead
                + "\n\n"
                + "\n\n".join(
                    " ".join(_sentence(rng, rng.randint(12, 25)) for _ in range(4))
                    for _ in range(6)
                )
            )
            stated = day if rng.random() > 0.1 else day + 1  # one in ten misdates it
            start = text.index(f"March {day}")
            fact = Fact(
                id=f"{aid}.f001",
                article_id=aid,
                type=FactType.DATE,
                text=f"March {day}",
                start=start,
                end=start + len(f"March {day}"),
                sentence=0,
                value=DateValue(
                    start=f"2024-03-{stated:02d}",
                    end=f"2024-03-{stated:02d}",
                    granularity="day",
                    relative=False,
                ),
                rule="date-month-day",
            )
            articles.append(
                ArticleFacts(
                    article=Article(
                        id=aid,
                        source=f"in/{aid}.txt",
                        format="txt",
                        outlet=OUTLETS[(e + k) % len(OUTLETS)],
                        title=_sentence(rng, 8),
                        published=f"2024-03-{min(day + rng.randint(0, 2), 28):02d}T"
                        f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
                        text=text,
                    ),
                    sentences=(),
                    facts=(fact,),
                )
            )
        events.append(
            Event(
                id=f"e{e + 1}",
                label=f"Summit talks {e + 1}, Capital {e + 1}",
                date=f"2024-03-{day:02d}",
                place=f"Capital {e + 1}",
                article_ids=tuple(ids),
            )
        )
    texts = {a.article.id: a.article.text for a in articles}
    findings: list[Finding] = []
    wire: dict[int, str] = {}
    for i in range(n_findings):
        ev = events[i % n_events]
        verdict = MIX[i % len(MIX)]
        severity = list(Severity)[rng.randrange(4)]
        if verdict is Verdict.SINGLE_SOURCE:
            who = [rng.choice(ev.article_ids)]
        else:
            who = rng.sample(ev.article_ids, rng.randint(2, 5))
        claims = []
        for aid in who:
            text = texts[aid]
            if verdict is Verdict.SINGLE_SOURCE and i % 7 == 0 and (i % n_events) in wire:
                snippet = wire[i % n_events]  # a reprinted sentence: same words again
                start = text.find(snippet)
                if start < 0:
                    start = rng.randrange(0, len(text) - 120)
            else:
                start = rng.randrange(0, len(text) - 120)
            end = start + rng.randint(30, 110)
            claims.append(Claim(article_id=aid, start=start, end=end, text=text[start:end]))
            wire.setdefault(i % n_events, text[start:end])
        kind = "date" if i % 50 == 0 and verdict is Verdict.VARIATION else "phrasing"
        if kind == "date":
            claims = [
                Claim(article_id=a.article.id, start=f.start, end=f.end, text=f.text)
                for a in articles
                if a.article.id in ev.article_ids[:4]
                for f in a.facts
            ]
        event_ids = (ev.id,)
        if verdict is Verdict.CROSS_EVENT:
            event_ids = (ev.id, events[(i + 1) % n_events].id)
        findings.append(
            Finding(
                id=f"f{i:04d}",
                kind=kind,
                verdict=verdict,
                severity=severity,
                confidence=rng.random(),
                event_ids=event_ids,
                title=_sentence(rng, rng.randint(5, 12)),
                explanation=_sentence(rng, 25),
                rule="statement-terms",
                claims=tuple(claims),
            )
        )
    return Report(
        generated_at=GENERATED_AT,
        version="0.1.0",
        articles=tuple(articles),
        events=tuple(events),
        findings=tuple(findings),
        rules_run=("statement-terms",),
    )
