"""Explanations whose numbers match the sources they list (issue 13, item 4)."""

from __future__ import annotations

import re

from factcheck.align.alignments import align_facts
from factcheck.judge import judge_alignments
from factcheck.judge.common import Context
from factcheck.judge.tally import agreeing_sources
from factcheck.models import ArticleFacts, Event, Finding
from factcheck.values import MoneyValue
from judge_factory import make_item, quote

BONDS = (
    "The central bank lifted its main rate by half a point on Thursday, its third rise this "
    "year, and said inflation would stay high into next spring. The bank will also sell "
    "$2 billion of bonds to drain cash from the banks, its governor told reporters."
)
MONEY = ("money", "$2 billion", MoneyValue(currency="USD", amount=2e9, low=2e9, high=2e9))


def _judge(items: list[ArticleFacts]) -> list[Finding]:
    events = [Event(id="e1", label="x", article_ids=tuple(i.article.id for i in items))]
    return judge_alignments(align_facts(events, items), events, items)


def _stated_count(explanation: str) -> int:
    m = re.match(r"(\d+) independent sources?", explanation)
    assert m, explanation
    return int(m.group(1))


def test_reprints_are_counted_once_and_the_explanation_says_which() -> None:
    wire = make_item("a1", BONDS, [MONEY], source="wire/a.txt", outlet="Reuters")
    reprint = make_item("a2", BONDS, [MONEY], source="wire/b.txt", outlet="Yahoo News")
    own = make_item(
        "a3",
        "Rates rose again on Thursday. The bank will also sell $2 billion of bonds to drain "
        "cash from the banks, its governor said, adding that inflation would stay high.",
        [MONEY],
        source="c.txt",
        outlet="BBC",
    )
    findings = _judge([wire, reprint, own])
    agree = [f for f in findings if f.rule == "same-value"]
    assert agree, [(f.rule, f.explanation) for f in findings]
    (f,) = agree
    listed = f.explanation.split(": ", 1)[1]
    assert _stated_count(f.explanation) == 2
    assert "(3 outlets; Reuters and Yahoo News carry the same story, counted once)" in (
        f.explanation
    )
    for outlet in ("Reuters", "Yahoo News", "BBC"):
        assert listed.count(f"{outlet}: ") == 1, f.explanation


def _ctx(*items: ArticleFacts, groups: dict[str, str] | None = None) -> Context:
    return Context(
        items={i.article.id: i for i in items},
        events={},
        event_of={},
        source_group=groups or {},
    )


def test_an_article_giving_the_value_twice_is_listed_once() -> None:
    a = make_item(
        "a1",
        "They met on Sunday. The Sunday afternoon talks ran late.",
        [("money", "Sunday", MONEY[2]), ("money", "Sunday afternoon", MONEY[2])],
        outlet="The Japan News",
    )
    b = make_item("a2", "They met on November 13.", [("money", "November 13", MONEY[2])],
                  outlet="MOFA")  # fmt: skip
    head, listing = agreeing_sources(_ctx(a, b), [*a.facts, *b.facts])
    assert head == "2 independent sources"
    assert listing == "The Japan News: “Sunday”, “Sunday afternoon”; MOFA: “November 13”"


def test_copies_within_one_outlet_and_several_groups() -> None:
    items = [
        make_item(aid, "It cost $2 billion.", [MONEY], outlet=outlet)
        for aid, outlet in (("a1", "AP"), ("a2", "AP"), ("a3", "CNN"), ("a4", "NBC"), ("a5", "X"))
    ]
    ctx = _ctx(*items, groups={"a1": "a1", "a2": "a1", "a3": "a3", "a4": "a3", "a5": "a5"})
    head, listing = agreeing_sources(ctx, [f for i in items for f in i.facts])
    assert head == (
        "3 independent sources (5 articles; 2 articles of AP carry the same story; "
        "CNN and NBC carry the same story, each counted once)"
    )
    assert listing.count("; ") == 4


def test_an_outlet_naming_itself_is_no_single_source_claim() -> None:
    """'Only BBC mentions BBC': a byline or a credit is not a claim to confirm."""
    bbc = make_item(
        "a1",
        "Rescuers reached the village on Monday, the BBC was told by local officials. "
        "UNICEF sent two teams, a BBC reporter there said. AFP footage showed the road.",
        source="www.bbc.co.uk_news_world.html",
        outlet="BBC News",
    )
    afp = make_item(
        "a2",
        "Rescuers reached the flooded village on Monday, Agence France-Presse reported. "
        "AFP saw two medical teams arrive and the road reopen by nightfall.",
        outlet="Agence France-Presse",
    )
    nyt = make_item(
        "a3",
        "Rescuers reached the village on Monday, officials told NYT reporters there. "
        "The village had been cut off for three days by the floods.",
        source="https://www.nytimes.com/2024/flood.html",
        outlet="The New York Times",
    )
    titles = {f.title for f in _judge([bbc, afp, nyt]) if f.rule == "single-source"}
    assert "Only BBC News mentions UNICEF" in titles  # another body's name is still listed
    assert not any(t.endswith(("mentions BBC", "mentions AFP", "mentions NYT")) for t in titles), (
        titles
    )


def test_a_quote_from_copies_says_which_outlets_are_one_story() -> None:
    words = "We have never been closer to our friends in Tokyo"
    said = f"“{words},” Biden said after the talks."
    q = ("quote", f"“{words},”", quote("Joe Biden", words))
    wire = make_item("a1", BONDS + " " + said, [q], source="w/a.txt", outlet="Reuters")
    copy = make_item("a2", BONDS + " " + said, [q], source="w/b.txt", outlet="Yahoo News")
    own = make_item("a3", "Leaders met in Tokyo on Friday. " + said, [q], outlet="NHK")
    (f,) = [f for f in _judge([wire, copy, own]) if f.rule == "same-quote"]
    assert f.explanation.startswith(
        "2 independent outlets (NHK, Reuters, Yahoo News; Reuters and Yahoo News carry the "
        "same story, counted once) quote Joe Biden word for word"
    ), f.explanation
