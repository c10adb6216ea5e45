"""False alarms still firing on real news (docs/evaluation.md P1, P2, P3, P8, P10), each cut by
a general rule and written here as a short hand-made case (no corpus string).
"""

from __future__ import annotations

from factcheck.align.alignments import align_facts
from factcheck.align.quotes import quoted_spans
from factcheck.judge import judge_alignments
from factcheck.models import ArticleFacts, Event, Finding, Verdict
from judge_factory import make_item, quote

FLAGS = (Verdict.CONFLICT, Verdict.VARIATION)


def _event(items: list[ArticleFacts]) -> list[Event]:
    return [Event(id="e1", label="x", article_ids=tuple(i.article.id for i in items))]


def _judge(items: list[ArticleFacts]) -> list[Finding]:
    events = _event(items)
    return judge_alignments(align_facts(events, items), events, items)


def _flags(items: list[ArticleFacts], kind: str) -> list[Finding]:
    return [f for f in _judge(items) if f.verdict in FLAGS and f.kind == kind]


def _phrasing_groups(items: list[ArticleFacts]) -> list[set[str]]:
    """The articles of each statement group."""
    return [
        {f.article_id for f in al.facts}
        for al in align_facts(_event(items), items)
        if al.slot.startswith("phrasing:")
    ]


# ------------------------------------------------------------------ P1/P3: hedges


def _deal(aid: str, lead: str, sentence: str) -> ArticleFacts:
    return make_item(aid, f"{lead} {sentence} More details are due later this week.")


def test_hedge_in_a_relative_clause_qualifies_a_side_claim() -> None:
    """P1/P3: "... in a deal that could help it win contracts" hedges what the deal might
    bring, which the other outlet does not state; the purchase itself is stated plainly."""
    side = _deal(
        "a1",
        "Markets opened higher on Monday.",
        "The retailer will buy logistics software provider Acme Corp for about $2 billion, "
        "in a deal that could help it win more shipping contracts.",
    )
    plain = _deal(
        "a2",
        "Shares of the chain rose sharply.",
        "The retailer will buy logistics software provider Acme Corp for $2.1 billion.",
    )
    assert _phrasing_groups([side, plain])  # one statement, worded twice
    assert not _flags([side, plain], "phrasing")
    # A hedge on the statement itself still changes it.
    hedged = _deal(
        "a1",
        "Markets opened higher on Monday.",
        "After months of talks the struggling retailer may buy logistics software provider "
        "Acme Corp for about $2 billion.",
    )
    (f,) = _flags([hedged, plain], "phrasing")
    assert "may buy" in f.explanation


def test_startup_that_seeks_something_is_no_hedge_on_the_deal() -> None:
    """P3: "a startup that seeks to save power" describes the startup, not the agreement."""
    a = _deal(
        "a1",
        "Chip news came early.",
        "The chipmaker signed a definitive agreement to acquire Zenbox, a startup that seeks "
        "to save power by building servers from small processors.",
    )
    b = _deal(
        "a2",
        "Server makers watched.",
        "The chipmaker has signed a definitive agreement to acquire Zenbox for approximately "
        "$300 million.",
    )
    assert _phrasing_groups([a, b])
    assert not _flags([a, b], "phrasing")


# ------------------------------------------------------------------ P2: two speakers


def _said(aid: str, lead: str, inner: str, speaker: str, tail: str) -> ArticleFacts:
    text = f"{lead} “{inner},” said {speaker}, {tail}."
    return make_item(aid, text, [("quote", f"“{inner},”", quote(speaker, inner))])


def test_quotes_of_two_people_are_two_statements() -> None:
    """P2: one executive's words and another's are not one statement worded twice, however
    many phrases they share."""
    gross = _said(
        "a1",
        "The firm bought a consultancy.",
        "Rising power consumption is significantly raising the cost of data center cooling",
        "Peter Gross",
        "the consultancy's chief",
    )
    lee = _said(
        "a2",
        "Analysts expect more deals.",
        "Power consumption is becoming the largest cost of data center cooling today",
        "Ann Lee",
        "a vice president",
    )
    assert not [g for g in _phrasing_groups([gross, lee]) if g == {"a1", "a2"}]
    assert not _flags([gross, lee], "phrasing")
    # The same person quoted by two outlets is still one statement.
    again = _said(
        "a2",
        "Analysts expect more deals.",
        "Power consumption is becoming the largest cost of data center cooling today",
        "Peter Gross",
        "the consultancy's chief",
    )
    assert {"a1", "a2"} in _phrasing_groups([gross, again])


# ------------------------------------------------------------------ P1: asides


def test_ticker_in_parentheses_is_no_shared_phrase() -> None:
    """P1: "(nasdaq: INTC - news - people)" is page furniture; two sentences that share only
    such asides say different things."""
    a = make_item(
        "a1",
        "Analysts weighed the deal. Rival Intel (nasdaq: INTC - news - people) would face "
        "antitrust hurdles in any counter bid.",
    )
    b = make_item(
        "a2",
        "The chipmaker made its move. Ahead of rival Intel (nasdaq: INTC - news - people), "
        "the chipmaker will significantly expand its graphics business.",
    )
    assert not _phrasing_groups([a, b])


# ------------------------------------------------------------------ P8: quote spelling


def _quoted(aid: str, inner: str, lead: str) -> ArticleFacts:
    text = f"{lead} “{inner},” Smith said in a statement."
    return make_item(aid, text, [("quote", f"“{inner},”", quote("Jane Smith", inner))])


def test_web_suffix_on_a_brand_is_the_same_quote() -> None:
    """P8: "MySpace.com" and "MySpace" name one site; a quote differing only there is the
    same quote."""
    a = _quoted("a1", "Share photos with friends on Facebook, Flickr, and Zoomspace.com", "News.")
    b = _quoted("a2", "Share photos with friends on Facebook, Flickr and Zoomspace", "Launch.")
    (f,) = [f for f in _judge([a, b]) if f.kind == "quote"]
    assert f.verdict == Verdict.CORROBORATED and f.rule == "same-quote"


# ------------------------------------------------------------------ P10: quoted words


FELDMAN = "Nobody else can move both network traffic and disk traffic over one fabric"


def _direct(aid: str = "a1") -> ArticleFacts:
    text = f"The deal closed. “{FELDMAN},” Feldman said at the briefing."
    return make_item(aid, text, [("quote", f"“{FELDMAN},”", quote("Andrew Feldman", FELDMAN))])


def test_tail_of_a_quotation_over_several_sentences_is_no_paraphrase() -> None:
    """P10: the last sentence of a quotation that opened two sentences earlier is the
    speaker's own words, even when the extractor did not attribute it."""
    tail = make_item(
        "a2",
        "Servers were shown. “This fabric works with large cores and small cores. It works "
        "with many chip designs. It can also move network traffic and storage traffic over "
        "the fabric,” Feldman said.",
    )
    spans = quoted_spans(tail)
    start = tail.article.text.index("“This")
    assert (start, tail.article.text.index("” Feldman") + 1) in spans
    assert not _flags([_direct(), tail], "quote")
    # Reported speech is still a paraphrase.
    reported = make_item(
        "a2",
        "Servers were shown. Feldman said that nobody else can move network traffic and disk "
        "traffic over one fabric.",
    )
    (f,) = _flags([_direct(), reported], "quote")
    assert f.rule == "quote-vs-paraphrase"


def test_another_quote_of_the_speaker_is_no_paraphrase() -> None:
    """P10: a sentence quoting the speaker directly on something else, with a long
    attribution after the quote, is a second quote, not a paraphrase of the first."""
    inner = "Our fabric with these processors points the way to a growing cloud market"
    other = make_item(
        "a2",
        f"Servers were shown. “{inner},” said Andrew Feldman, the general manager of the new "
        "server business unit, in a long discussion with reporters at the company "
        "headquarters ahead of the announcement.",
        [("quote", f"“{inner},”", quote("Andrew Feldman", inner))],
    )
    direct = make_item(
        "a1",
        "The deal closed. “Cloud traffic is the fastest growing part of the server market and "
        "nobody can move it like our fabric,” Feldman said.",
        [
            (
                "quote",
                "“Cloud traffic is the fastest growing part of the server market and nobody "
                "can move it like our fabric,”",
                quote(
                    "Andrew Feldman",
                    "Cloud traffic is the fastest growing part of the server market and nobody "
                    "can move it like our fabric",
                ),
            )
        ],
    )
    assert not _flags([direct, other], "quote")
