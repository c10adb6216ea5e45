"""Build ArticleFacts by hand for cluster/align/judge tests (no extractor needed)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.models import (
    Alignment,
    Article,
    ArticleFacts,
    Dateline,
    Event,
    Fact,
    FactType,
    Finding,
    Sentence,
)
from factcheck.values import (
    CountValue,
    DateValue,
    DurationValue,
    FactValue,
    PersonValue,
    PlaceValue,
    QuoteValue,
)

SENT_RE = re.compile(r"[^\n.!?]+(?:[.!?]+[\"”]?|$)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Naive sentence spans: enough for hand-written test passages."""
    spans = []
    for m in SENT_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def make_item(
    aid: str,
    text: str,
    facts: Sequence[tuple[str, str, FactValue]] = (),
    *,
    source: str | None = None,
    roles: dict[int, str] | None = None,
    reference_date: str | None = None,
    dateline: tuple[str, str, str | None, str | None] | None = None,
    outlet: str | None = None,
    title: str | None = None,
) -> ArticleFacts:
    """Make an article; facts are (type, surface, value), surface found left to right.

    A surface may be written "text#2" to take its second occurrence. Sentences are split
    naively; the first two are the lead unless ``roles`` says otherwise.
    """
    spans = split_sentences(text)
    roles = roles or {}
    sentences = tuple(
        Sentence(
            index=i, start=s, end=e, text=text[s:e], role=roles.get(i, "lead" if i < 2 else "body")
        )
        for i, (s, e) in enumerate(spans)
    )
    built = []
    for n, (ftype, surface, value) in enumerate(facts):
        occ = 1
        if "#" in surface and surface.rsplit("#", 1)[1].isdigit():
            surface, occ_s = surface.rsplit("#", 1)
            occ = int(occ_s)
        pos = -1
        for _ in range(occ):
            pos = text.index(surface, pos + 1)
        sent = next(i for i, (s, e) in enumerate(spans) if s <= pos < e)
        built.append(
            Fact(
                id=f"{aid}.f{n:03d}",
                article_id=aid,
                type=FactType(ftype),
                text=surface,
                start=pos,
                end=pos + len(surface),
                sentence=sent,
                value=value,
                rule="test",
            )
        )
    dl = None
    if dateline is not None:
        dl_text, place, country, day = dateline
        start = text.index(dl_text)
        dl = Dateline(
            text=dl_text,
            place=place,
            country=country,
            date=day,
            start=start,
            end=start + len(dl_text),
        )
    art = Article(
        id=aid,
        source=source or f"{aid}.txt",
        format="txt",
        outlet=outlet,
        title=title,
        reference_date=reference_date,
        dateline=dl,
        text=text,
    )
    return ArticleFacts(article=art, sentences=sentences, facts=tuple(built))


def day(iso: str, *, weekday: str | None = None, relative: bool = False) -> DateValue:
    """A date value for one exact day."""
    return DateValue(
        start=iso,
        end=iso,
        granularity="day",
        relative=relative,
        weekday=weekday,
        resolved_from=None,
    )


def place(name: str, country: str, kind: str = "city", city: str | None = None) -> PlaceValue:
    """A place value."""
    return PlaceValue(
        name=name,
        country=country,
        country_code=None,
        kind=kind,
        tz=None,
        city=city,
    )


def person(name: str) -> PersonValue:
    """A person value keyed by the lowercase name."""
    return PersonValue(name=name, key=name.lower(), title=None)


def duration(minutes: float, low: float, high: float, hedge: str | None = None) -> DurationValue:
    """A duration value in minutes."""
    return DurationValue(minutes=minutes, low=low, high=high, hedge=hedge)


def quote(speaker: str, inner: str) -> QuoteValue:
    """A direct quote value."""
    return QuoteValue(speaker=speaker, speaker_key=speaker.lower(), quote=inner, direct=True)


def run_chain(
    inputs: Sequence[str], *, single_event: bool = False
) -> tuple[list[ArticleFacts], list[Event], list[Alignment], list[Finding]]:
    """load, then the pipeline's own stages (``pipeline.run_stages``), nothing re-coded."""
    from factcheck.ingest import load_articles
    from factcheck.pipeline import run_stages

    articles, _skipped = load_articles(list(inputs), None)
    staged = run_stages(articles, single_event=single_event)
    return staged.items, staged.events, staged.alignments, staged.findings


def count_fact(value: float, text: str, noun: str = "people", hedge: str | None = None) -> Fact:
    """A lone count fact spanning its own text (article 'a'), for the figure rules."""
    return Fact(
        id="f1",
        article_id="a",
        type=FactType.COUNT,
        text=text,
        start=0,
        end=len(text),
        sentence=0,
        rule="count",
        value=CountValue(value=value, noun=noun, hedge=hedge),
    )
