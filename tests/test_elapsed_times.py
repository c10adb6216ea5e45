"""The time of a happening counted from the start of its occasion ("a penalty awarded after
21 seconds") or from a named moment ("crashed six minutes after takeoff") is a slot of its
own (align.alignments.elapsed_slot, _lag_slot), on passages written here (issue 11)."""

from __future__ import annotations

from pathlib import Path

from factcheck.align.alignments import duration_slot, elapsed_slot
from factcheck.extract import extract_facts
from factcheck.judge.values import minutes_text
from factcheck.models import Article, FactType
from passages import findings_of


def _slots(text: str) -> dict[str, str | None]:
    item = extract_facts(Article(id="a1", source="a1.txt", format="txt", text=text))
    return {f.text: duration_slot(item, f) for f in item.facts if f.type == FactType.DURATION}


def test_elapsed_and_lag_durations_are_keyed_by_their_happening() -> None:
    slots = _slots(
        "Liverpool were given a penalty after 21 seconds. "
        "The plane crashed six minutes after takeoff. "
        "The bomb exploded two minutes into the flight. "
        "The talks lasted about two hours."
    )
    assert str(slots["21 seconds"]).startswith("elapsed ")
    assert str(slots["six minutes"]).startswith("lag ") and " after " in str(slots["six minutes"])
    assert slots["two minutes"] is not None and slots["two minutes"].startswith("elapsed ")
    assert not str(slots["about two hours"]).startswith(("elapsed", "lag"))
    item = extract_facts(
        Article(id="a1", source="a1.txt", format="txt", text="It lasted two hours.")
    )
    assert all(elapsed_slot(item, f) is None for f in item.facts)


def test_a_lag_with_nothing_named_after_it_has_no_slot() -> None:
    slots = _slots("Police arrived at the house two hours later.")
    assert slots["two hours"] is None


def test_two_accounts_timing_one_penalty_differently(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": "Liverpool won the final 2-0. Fans cheered when Liverpool were given a "
            "penalty after 21 seconds in Madrid.",
            "b.txt": "Liverpool won the final 2-0 in Madrid after a controversial penalty, "
            "awarded after 24 seconds, and a late strike.",
        },
    )
    times = [f for f in found if {c.text for c in f.claims} == {"21 seconds", "24 seconds"}]
    assert times and times[0].title.startswith("The time from the start to")
    assert "21 s" in times[0].explanation


def test_seconds_are_written_as_seconds() -> None:
    assert minutes_text(0.35) == "21 s"
    assert minutes_text(105) == "1 h 45 min"
