"""Extract typed facts from an Article: Article -> ArticleFacts (sentences and facts)."""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from factcheck.extract._base import AnySpans, Cand, Ctx, Spans
from factcheck.extract.ages import find_ages
from factcheck.extract.dates import find_dates
from factcheck.extract.given_names import GIVEN_NAMES
from factcheck.extract.money import find_money
from factcheck.extract.names import find_orgs, find_people
from factcheck.extract.places import find_places
from factcheck.extract.quantities import (
    find_counts,
    find_durations,
    find_fate_counts,
    find_percents,
    find_quantities,
    find_toll_levels,
    find_vote_tallies,
)
from factcheck.extract.quotes import find_quotes
from factcheck.extract.sentences import build_sentences
from factcheck.extract.statements import find_statements
from factcheck.extract.times import find_times
from factcheck.extract.tolls import body_start, find_tolls, headline_start
from factcheck.models import Article, ArticleFacts, Fact, Headline
from factcheck.numbers import TENS, UNITS
from factcheck.values import value_of

__all__ = ["extract_facts", "with_reference"]


def _reference(article: Article) -> date | None:
    for raw in (article.reference_date, article.dateline.date if article.dateline else None):
        if raw:
            try:
                return date.fromisoformat(raw[:10])
            except ValueError:
                continue
    return None


def _no_overlap(groups: list[list[Cand]]) -> list[Cand]:
    """Keep numeric candidates in priority order; a later rule never re-reads taken digits."""
    kept: list[Cand] = []
    spans = Spans()
    for group in groups:
        for c in group:
            if spans.overlaps(c.start, c.end):
                continue
            kept.append(c)
            spans.add(c.start, c.end)
    return kept


# Above this many characters an article is extracted with the cyclic garbage collector
# paused: its full collections walk every object alive, and a big article's tens of thousands
# of candidates made them a growing share (benchmarks/bench_big_article.py: 4 MB in 16.4 s
# with it, 12.4 s without; 400 KB 1.6 s either way). Memory is still freed by reference
# counting; the collector runs again as soon as the article is done.
GC_PAUSE_CHARS = 64 * 1024


@contextlib.contextmanager
def _collector_paused(size: int) -> Iterator[None]:
    if size < GC_PAUSE_CHARS or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def extract_facts(article: Article) -> ArticleFacts:
    """Split the article into sentences and extract every typed fact with its exact span."""
    with _collector_paused(len(article.text)):
        return _extract_facts(article)


# A headline in title case: four words or more, at least TITLE_CASE_SHARE of them capitalised
# ("At Least 20 People Killed and Dozens More Wounded").
TITLE_CASE_LINE_RE = re.compile(r"(?m)^[^\S\n]*\S[^\n]{15,200}$")
TITLE_CASE_SHARE = 0.7
DIGIT_RE = re.compile(r"\d")
SPELLED_NUMBER_RE = re.compile(rf"\b(?:{'|'.join((*UNITS, *TENS))})\b", re.IGNORECASE)


def _title_case_counts(ctx: Ctx) -> list[Cand]:
    """Counts in headlines written in title case, read from the line lowercased ("At Least 20
    People Killed" as "at least 20 people killed"), spans unchanged."""
    out: list[Cand] = []
    for m in TITLE_CASE_LINE_RE.finditer(ctx.text):
        line = m.group(0)
        words = [w for w in line.split() if w[:1].isalpha()]
        if len(words) < 4 or sum(w[0].isupper() for w in words) < TITLE_CASE_SHARE * len(words):
            continue
        if not (DIGIT_RE.search(line) or SPELLED_NUMBER_RE.search(line)):
            continue
        # lower-cased letter by letter, so that every offset stays where it was
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in line)
        for c in find_counts(Ctx(low, ctx.ref, [])):
            out.append(replace(c, start=c.start + m.start(), end=c.end + m.start()))
    return out


def _extract_facts(article: Article) -> ArticleFacts:
    ref = _reference(article)
    sentences = build_sentences(article, ref)
    dateline = article.dateline.place if article.dateline else None
    dateline_text = article.dateline.text if article.dateline else None
    ctx = Ctx(article.text, ref, sentences, dateline, dateline_text)
    raw_places = find_places(ctx, [])
    # Country names and demonyms end a captured name ("Kishida Japan"); city names do not,
    # since people share them ("Lloyd Austin").
    # Countries that are also given names ("Jordan", "Chad") do not end a name: "CEO Michael
    # Jordan" is one person.
    place_words = {
        w
        for p in raw_places
        if p.value["kind"] == "country"
        for w in article.text[p.start : p.end].split()
        if w not in GIVEN_NAMES
    }
    people = find_people(ctx, place_words)
    person_spans = [(p.start, p.end) for p in people]
    taken = AnySpans(person_spans)
    places = [p for p in raw_places if not taken.overlaps(p.start, p.end)]
    orgs = find_orgs(ctx, person_spans)
    dates = find_dates(ctx)
    times = find_times(ctx, places, dates)
    numeric = _no_overlap(
        [
            dates,
            times,
            find_ages(ctx, people),
            find_money(ctx),
            find_percents(ctx),
            find_quantities(ctx),
            find_durations(ctx),
            find_counts(ctx),
            find_vote_tallies(ctx),
            find_toll_levels(ctx),
            find_fate_counts(ctx),
            _title_case_counts(ctx),
        ]
    )
    quotes = find_quotes(ctx, people)
    statements = find_statements(ctx, [*people, *orgs, *places])
    cands = sorted(
        [*numeric, *places, *people, *orgs, *quotes, *statements],
        key=lambda c: (c.start, c.end, c.type.value),
    )
    # Built from the extractors' own typed values: validating each Fact again cost about a
    # millisecond per article (benchmarks/bench_extract.py), so they are constructed as is.
    facts = tuple(
        Fact.model_construct(
            id=f"{article.id}.f{n:03d}",
            article_id=article.id,
            type=c.type,
            text=article.text[c.start : c.end],
            start=c.start,
            end=c.end,
            sentence=ctx.sentence_at(c.start),
            value=value_of(c.type, c.value),
            rule=c.rule,
        )
        for n, c in enumerate(cands, start=1)
    )
    headline = _headline(article)
    # The text's casualty figures are read only against a headline that gives one (the
    # headline-vs-body check is their one reader; the scan costs ~0.4 ms an article).
    tolls = (
        tuple(find_tolls(article.id, article.text, body_start(article)))
        if headline is not None and headline.tolls
        else ()
    )
    return ArticleFacts(
        article=article, sentences=tuple(sentences), facts=facts, headline=headline, tolls=tolls
    )


def _headline(article: Article) -> Headline | None:
    """The title's facts and casualty figures (spans in the whitespace-collapsed title)."""
    title = " ".join((article.title or "").split())
    if not title:
        return None
    alone = Article(
        id=f"{article.id}-headline",
        source=article.source,
        format=article.format,
        text=title,
        reference_date=article.reference_date,
    )
    return Headline(
        text=title,
        start=headline_start(article),
        body_start=body_start(article),
        facts=extract_facts(alone).facts,
        tolls=tuple(find_tolls(article.id, title)),
    )


def with_reference(facts: ArticleFacts, reference_date: str) -> ArticleFacts:
    """Re-extract an article under a reference date found later (e.g. from its cluster).

    Relative dates ("on Friday") of an undated article resolve only once clustering has
    lent it a date; extraction is cheap, so the article is simply read again.
    """
    article = facts.article.model_copy(update={"reference_date": reference_date})
    return extract_facts(article)
