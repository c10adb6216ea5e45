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
