"""Markdown summary and ClaimReview JSON-LD: content, escaping, honest ratings."""

from __future__ import annotations

import json

import pytest

from factcheck.models import Report, Verdict
from factcheck.render.exports import (
    EXTENSION_NS,
    _md_escape,
    _md_quote,
    render_claimreview,
    render_markdown,
)
from render_fixtures import summit_report


@pytest.fixture(scope="module")
def report() -> Report:
    return summit_report()


def test_markdown_summary_for_editors(report: Report) -> None:
    md = render_markdown(report)
    assert md.startswith("# Fact-check report: Kishida–Biden talks, Phnom Penh and 1 more event\n")
    assert "**Findings by verdict:** Conflict: 2, Variation: 2" in md
    assert "Kishida–Biden talks, Phnom Penh** — 2022-11-13, Phnom Penh" in md
    # Top findings with their outlets' exact words
    assert "1. **Conflict** (high, 90%): Dateline BALI vs venue Phnom Penh" in md
    assert "    - The Japan News: “BALI, Indonesia”" in md
    assert "editor: Confirmed" in md
    assert "1 input(s) could not be read" in md
    assert "not with the truth" in md


def test_markdown_quotes_once_and_shortens() -> None:
    assert _md_quote("“Already quoted,”") == "“Already quoted,”"
    assert _md_quote("plain") == "“plain”"
    long = _md_quote("word " * 100)
    assert len(long) <= 242 and long.endswith("…”")


def test_markdown_escapes_control_characters() -> None:
    assert _md_escape("<script>*x*</script>") == "\\<script\\>\\*x\\*\\</script\\>"
    assert _md_escape("a\n\nb  c") == "a b c"
    assert _md_escape("[link](http://x)") == "[link]\\(http://x)"


def test_claimreview_is_jsonld_per_finding(report: Report) -> None:
    doc = json.loads(render_claimreview(report))
    assert doc["@context"][0] == "https://schema.org"
    assert doc["@context"][1]["factcheck"] == EXTENSION_NS
    graph = doc["@graph"]
    assert len(graph) == len(report.findings)
    assert {g["identifier"] for g in graph} == {f.id for f in report.findings}
    by_id = {g["identifier"]: g for g in graph}
    for f in report.findings:
        g = by_id[f.id]
        assert g["@type"] == "ClaimReview"
        assert g["claimReviewed"] == f.claims[0].text
        assert g["itemReviewed"]["@type"] == "Claim"
        assert len(g["itemReviewed"]["appearance"]) == len(f.claims)
        rating = g["reviewRating"]
        assert rating["ratingExplanation"] == f.explanation
        # A conflict between outlets is not a truth rating: no number unless they agree.
        assert ("ratingValue" in rating) == (f.verdict is Verdict.CORROBORATED)
        ext = g["factcheck:sourceComparison"]
        assert ext["factcheck:verdict"] == f.verdict.value
        assert [c["factcheck:text"] for c in ext["factcheck:claims"]] == [c.text for c in f.claims]
    assert graph[0]["reviewRating"]["alternateName"] == "Conflict"


def test_claimreview_appearance_names_outlet_and_url(report: Report) -> None:
    doc = json.loads(render_claimreview(report))
    money = next(g for g in doc["@graph"] if g["identifier"] == "f-money")
    (app,) = money["itemReviewed"]["appearance"]
    assert app["url"] == "https://news.example.org/a3"
    assert app["publisher"] == {"@type": "Organization", "name": "UPI"}
    defense = next(g for g in doc["@graph"] if g["identifier"] == "f-defense")
    assert defense["factcheck:sourceComparison"]["factcheck:review"]["status"] == "confirmed"


def test_markdown_shows_decisions_follow_ups_and_gone_findings() -> None:
    from render_fixtures import DISMISS_REASON, GONE_NOTE, reviewed_report

    md = render_markdown(reviewed_report())
    assert (
        "**Review status:** Open: 6, Confirmed: 1, Dismissed: 1, Follow up: 1 "
        "(1 changed since decision, 2 new since last run, 2 no longer raised)"
    ) in md
    # The follow-ups come right after the counts, before the events.
    assert md.index("## Follow-ups") < md.index("## Events") < md.index("## Read these first")
    follow = md[md.index("## Follow-ups") : md.index("## Events")]
    assert (
        "1. **$313 billion over five years (UPI only)** (Single source, low; "
        "White House summit; UPI)\n"
        "    - **Follow up** by ben, 2026-11-22 12:10 +09:00 — _Note:_ Ask UPI where the "
        "$313 billion comes from \\<b\\>before\\</b\\> we run it & say so."
    ) in follow
    assert "**Venue Phnom Penh vs Siem Reap** (Conflict, high) [no longer raised]" in follow
    assert f"**Follow up** by cho, 2026-11-21 09:00 UTC — _Note:_ {GONE_NOTE}" in follow
    # Every decision with who, when and its note or reason; marks on the read-first list.
    decisions = md[md.index("## Editor decisions") :]
    assert (
        "- Defense pledge worded differently (Variation, medium) [changed since decision]: "
        "**Confirmed** by desk, 2026-11-22 02:40 UTC — _Note:_ Translation variant, keep as is."
    ) in decisions
    assert ("**Dismissed** by ana, 2026-11-22 03:05 UTC — _Reason:_ " + DISMISS_REASON) in decisions
    assert "Biden on closeness: paraphrase vs direct quote [new]" in md
    assert "    - _Editor:_ **Confirmed** by desk, 2026-11-22 02:40 UTC" in md
    # Decisions whose finding went away are listed, never dropped.
    gone = md[md.index("## Findings no longer raised") :]
    assert "Venue Phnom Penh vs Siem Reap (conflict, high; id f-old-venue)" in gone
    assert "Start 2:55 p.m. vs 3 p.m. (compatible, info; id f-old-time)" in gone
    assert "never reviewed" in gone


def test_markdown_without_reviews_has_no_review_sections(report: Report) -> None:
    md = render_markdown(report)
    assert "**Review status:** Open: 8, Confirmed: 1\n" in md
    assert "## Follow-ups" not in md and "## Findings no longer raised" not in md


def test_a_short_listing_shows_every_different_text() -> None:
    """Five outlets' "Neesham" must not hide the one "Neeshan" in the Markdown listing."""
    from factcheck.render.exports import MD_CLAIMS, _md_listed
    from factcheck.render.view_models import ClaimView

    def claim(n: int, text: str) -> ClaimView:
        return ClaimView(
            article_id=f"a{n}", outlet=f"Desk {n}", event_label=None, text=text, value=None,
            href=f"#a{n}-0-5", span=f"a{n}, characters 0–5", segments=[], is_reference=n == 1,
            marked=False, quoted=False,
        )  # fmt: skip

    claims = [claim(n, "Jimmy Neesham") for n in range(1, 6)] + [claim(6, "Jimmy Neeshan")]
    listed = _md_listed(claims)
    assert len(listed) == MD_CLAIMS and listed[-1].text == "Jimmy Neeshan"
    order = [int(c.article_id[1:]) for c in listed]
    assert order == sorted(order)  # in the finding's order
