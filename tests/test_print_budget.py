"""A PDF of thousands of events prints the ones with the most to review and lists the rest
(issue 14); report.html keeps every event."""

from __future__ import annotations

import pytest

from factcheck.render import view as view_module
from factcheck.render.outputs import render_html
from factcheck.render.view import build_report_view, print_view
from render_fixtures import big_report


def test_a_small_report_prints_every_event() -> None:
    view = build_report_view(big_report(4, 20))
    printed = print_view(view)
    assert printed.events == view.events and printed.unprinted_total == 0
    # Only adjacent highlighted runs of the appendix are merged, the text kept whole.
    for a, b in zip(view.appendix, printed.appendix, strict=True):
        assert "".join(p.text for p in a.pieces) == "".join(p.text for p in b.pieces)
        assert [x for p in a.pieces for x in p.anchors] == [x for p in b.pieces for x in p.anchors]


def test_too_many_events_are_listed_not_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(view_module, "PRINT_EVENTS_MAX", 3)
    monkeypatch.setattr(view_module, "PRINT_UNPRINTED_LISTED", 2)
    view = build_report_view(big_report(8, 40))
    printed = print_view(view)
    assert len(printed.events) == 3 and printed.unprinted_total == 5
    assert len(printed.unprinted) == 2
    kept = {s.article_id for e in printed.events for s in e.sources}
    assert {a.source.article_id for a in printed.appendix} <= kept
    html = render_html(printed, for_print=True)
    assert "Events not printed in full" in html
    assert "the 5 others are in full in report.html" in html
    assert "The first 2 are listed here." in html
    # The page itself keeps every event.
    assert "Events not printed in full" not in render_html(view)


def test_an_event_of_many_accounts_prints_some_and_counts_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(view_module, "PRINT_OUTLETS_MAX", 2)
    view = build_report_view(big_report(4, 60))
    printed = print_view(view)
    assert [e.id for e in printed.events] == [e.id for e in view.events]
    in_appendix = {a.source.article_id for a in printed.appendix}
    for before, after in zip(view.events, printed.events, strict=True):
        assert len(after.sources) == 2 and after.sources_unprinted == len(before.sources) - 2
        assert {s.article_id for s in after.sources} <= in_appendix
        # Every finding is still printed; its claims are capped and counted, never changed.
        for key in ("findings", "corroborated", "single_source"):
            for f, g in zip(getattr(before, key), getattr(after, key), strict=True):
                assert g.id == f.id and g.verdict == f.verdict
                assert len(g.claims) + g.claims_unprinted == len(f.claims)
                assert [c.text for c in g.claims] == [c.text for c in f.claims[: len(g.claims)]]
                assert len(g.claims) <= 2 and len(g.outlets) + g.outlets_unprinted == len(f.outlets)
                # A claim links to a passage only when the PDF prints that article's text.
                for c in g.claims:
                    assert not c.href or c.article_id in in_appendix
    dropped = {s.article_id for e in view.events for s in e.sources} - in_appendix
    assert dropped
    assert {a.source.article_id for a in view.appendix} - dropped == in_appendix
    html = render_html(printed, for_print=True)
    assert "and 1 more account, listed in report.html" in html
    assert "· 3 sources</p>" in html
    assert any(f.claims_unprinted for e in printed.events for f in e.findings)
    assert "And 1 more account of this claim, listed in report.html." in html
    # The page itself keeps every account.
    assert "listed in report.html" not in render_html(view)
