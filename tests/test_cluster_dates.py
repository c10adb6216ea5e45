"""Clustering rules for articles whose date is only a publication date or a stamp line.

Hand-written passages: a stamp line dates an otherwise undated article; a follow-up dated
only by its publication may trail what it reports by a few days when it shares the
story's names and statements; two events of the same kind stay apart.
"""

from __future__ import annotations

from typing import Any

from factcheck.cluster.events import cluster_events, main_date, stamp_date
from judge_factory import day, make_item, person, place

# Long enough that the lead is not taken for a title-case headline (cluster.terms).
MEETING = (
    "Prime Minister Aoki of Japan and President Brandt held talks in Lisbon on Monday about "
    "the trade dispute that has weighed on both economies for a year. "
    "The two leaders agreed to deepen security ties at the talks in Lisbon and to meet again. "
    "Officials said the meeting was cordial and that a joint statement would follow."
)
MEETING_FACTS: list[tuple[str, str, dict[str, Any]]] = [
    ("person", "Aoki", person("Ken Aoki")),
    ("person", "Brandt", person("Lena Brandt")),
    ("place", "Lisbon", place("Lisbon", "Portugal")),
]


def _published(item: Any, iso: str) -> Any:
    """The item as ingest gives it when its only date is the page's publication date."""
    art = item.article.model_copy(
        update={"published": iso, "reference_date": iso, "reference_rule": "published"}
    )
    return item.model_copy(update={"article": art})


def _meeting(aid: str, iso: str) -> Any:
    """A wire that dates the meeting in its lead ('Monday')."""
    facts = [*MEETING_FACTS, ("date", "Monday", day(iso, weekday="Monday", relative=True))]
    return make_item(aid, MEETING, facts, reference_date=iso)


def _analysis(aid: str, published: str) -> Any:
    """The same story told without a date in the lead, dated only by its publication."""
    return _published(make_item(aid, MEETING, MEETING_FACTS), published)


def _stamped(aid: str, stamp: str, text: str = MEETING) -> Any:
    """An article with no metadata whose only date is a stamp line above the story."""
    full = f"{stamp}.\n{text}"  # the period ends the line for the test sentence splitter
    date_text, iso = _STAMPS[stamp]
    facts = [("date", date_text, day(iso)), *MEETING_FACTS]
    return make_item(aid, full, facts, roles={0: "body", 1: "lead", 2: "lead"})


_STAMPS = {
    "March 1, 2024 -- 07:58 GMT (23:58 PST)": ("March 1, 2024", "2024-03-01"),
    "Released 2024-05-06 05:08:35 GMT": ("2024-05-06", "2024-05-06"),
    "Date Published: Tuesday, May 7, 2024": ("Tuesday, May 7, 2024", "2024-05-07"),
}


def test_stamp_line_gives_the_date() -> None:
    for stamp, (_text, iso) in _STAMPS.items():
        found, rule = stamp_date(_stamped("s1", stamp))
        assert found is not None and found.isoformat() == iso, stamp
        assert rule is not None and rule.startswith("stamp line")
    # The stamp ranks last: a lead date wins.
    item = _meeting("s2", "2024-03-04")
    assert main_date(item)[1] == "lead date 'Monday'"


def test_a_dated_statement_is_not_a_stamp() -> None:
    """A short sentence with a date and words besides a clock or label says something."""
    for text, date_text in [
        ("He will be sentenced November 8, 2024. The court adjourned.", "November 8, 2024"),
        ("The deal closed March 1, 2024 at 10:00. Shares rose.", "March 1, 2024"),
        ("Set for March 1, 2024 at 10:00 GMT in Lisbon. Shares rose.", "March 1, 2024"),
        ("Updated March 1, 2024 10:00 GMT. Shares rose.", "March 1, 2024"),
    ]:
        item = make_item("s3", text, [("date", date_text, day("2024-03-01"))])
        assert stamp_date(item) == (None, None), text


def test_stamp_line_picks_the_right_one_of_two_same_kind_events() -> None:
    """Two identical meetings two months apart; the undated copy follows its stamp."""
    items = [
        _meeting("m1", "2024-03-04"),
        _meeting("m2", "2024-03-04"),
        _meeting("m3", "2024-05-06"),
        _meeting("m4", "2024-05-06"),
        _stamped("m5", "Released 2024-05-06 05:08:35 GMT"),
        _stamped("m6", "March 1, 2024 -- 07:58 GMT (23:58 PST)"),
    ]
    events = cluster_events(items)
    assert sorted(ev.article_ids for ev in events) == [("m1", "m2", "m6"), ("m3", "m4", "m5")]


def test_follow_up_dated_by_publication_joins_within_the_lag() -> None:
    """Published five days after the wires, same names and statements: one event."""
    items = [
        _meeting("f1", "2024-03-04"),
        _meeting("f2", "2024-03-04"),
        _analysis("f3", "2024-03-09"),
    ]
    events = cluster_events(items)
    assert [ev.article_ids for ev in events] == [("f1", "f2", "f3")]
    assert events[0].date == "2024-03-04"


def test_follow_up_beyond_the_lag_stays_apart() -> None:
    """Published sixteen days later with no date of its own: not evidence of that meeting."""
    items = [
        _meeting("f1", "2024-03-04"),
        _meeting("f2", "2024-03-04"),
        _analysis("f3", "2024-03-20"),
    ]
    events = cluster_events(items)
    assert sorted(ev.article_ids for ev in events) == [("f1", "f2"), ("f3",)]


def test_lagged_follow_up_prefers_the_nearer_meeting() -> None:
    """Two meetings a week apart and an analysis published the day after the second: it
    joins the second, and the lag never glues the two meetings together."""
    items = [
        _meeting("g1", "2024-03-04"),
        _meeting("g2", "2024-03-04"),
        _meeting("g3", "2024-03-11"),
        _meeting("g4", "2024-03-11"),
        _analysis("g5", "2024-03-12"),
    ]
    events = cluster_events(items)
    assert sorted(ev.article_ids for ev in events) == [("g1", "g2"), ("g3", "g4", "g5")]


def _quake(aid: str, town: str, iso: str | None, published: str | None = None) -> Any:
    text = (
        f"A strong earthquake struck near {town} early in the morning, the Central Weather "
        "Administration said in a statement. Buildings swayed across the island and rescuers "
        f"searched collapsed homes in {town} through the day. Officials said aftershocks were "
        "likely and schools would stay closed."
    )
    facts: list[tuple[str, str, dict[str, Any]]] = [("place", town, place(town, "Taiwan"))]
    if iso:
        text = text.replace("early in the morning", "on Monday")
        facts.append(("date", "Monday", day(iso, weekday="Monday", relative=True)))
    item = make_item(aid, text, facts, reference_date=iso)
    return _published(item, published) if published else item


def test_weak_lagged_link_does_not_bridge_two_quakes() -> None:
    """Same kind, same agency, same words, four days apart in two towns: only one name (the
    agency) in common, so the publication lag does not make them one event."""
    items = [
        _quake("q1", "Hualien", "2025-02-03"),
        _quake("q2", "Hualien", "2025-02-03"),
        _quake("q3", "Yilan", None, published="2025-02-07"),
        _quake("q4", "Yilan", None, published="2025-02-07"),
    ]
    events = cluster_events(items)
    assert sorted(ev.article_ids for ev in events) == [("q1", "q2"), ("q3", "q4")]
