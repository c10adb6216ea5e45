"""A length written as a modifier ("a 19-year veteran") is keyed by the noun it qualifies
(align.alignments.duration_slot), on passages written here (issue 11)."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Finding
from passages import findings_of


def _lengths(found: list[Finding]) -> list[set[str]]:
    return [
        {c.text for c in f.claims}
        for f in found
        if f.kind == "duration" and f.verdict.value in ("conflict", "variation")
    ]


def test_two_tenures_of_one_veteran_are_compared(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": "Officer Young, a 19-year veteran of the force, was struck in the leg "
            "during the rampage on Friday night.",
            "b.txt": "The commissioner said it was a miracle the 23-year veteran was not "
            "killed in the rampage on Friday night.",
        },
    )
    assert {"19-year", "23-year"} in _lengths(found)
    (f,) = [f for f in found if {c.text for c in f.claims} == {"19-year", "23-year"}]
    assert "“veteran”" in f.title


def test_lengths_of_two_different_nouns_are_not(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": "Officer Young, a 19-year veteran of the force, was struck in the leg "
            "during the rampage on Friday night.",
            "b.txt": "The gunman, who had served a 12-year sentence, opened fire in the "
            "rampage on Friday night.",
        },
    )
    assert _lengths(found) == []


def test_a_tenure_at_the_time_of_a_past_occasion_is_not_compared(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": "Officer Andrew Hearst is a seven-year veteran of the bureau and was put "
            "on leave after the shooting on Friday.",
            "b.txt": "In an earlier case, Hearst was 25 years old at the time and was a "
            "three-year veteran of the force.",
        },
    )
    assert _lengths(found) == []


def test_a_compound_noun_is_keyed_by_its_head(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": "A gunman killed five people in Santa Monica on Friday. Witnesses "
            "described a 13-minute shooting spree that began at a gas station.",
            "b.txt": "A gunman killed five people in Santa Monica on Friday. The spree lasted "
            "10 minutes, the mayor told reporters at city hall.",
        },
    )
    assert {"13-minute", "10 minutes"} in _lengths(found)


def test_a_length_written_with_long_keys_the_noun_after_it(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": "A gunman killed five people in Santa Monica on Friday. Witnesses "
            "described a thirteen-minute-long shooting spree that began at a gas station.",
            "b.txt": "A gunman killed five people in Santa Monica on Friday. The mayor told "
            "reporters at city hall of a 15-minute shooting spree.",
        },
    )
    assert {"thirteen-minute", "15-minute"} in _lengths(found)


def test_whole_days_are_rounded_no_further_than_their_last_digit(tmp_path: Path) -> None:
    texts = {
        "a.txt": "LIMA, Peru — Rescuers pulled the last of 12 trapped gold miners from a mine "
        "in southern Peru on Sunday, ending a 17-day ordeal that gripped the country.",
        "b.txt": "AREQUIPA, Peru — All 12 miners trapped in a gold mine in southern Peru were "
        "rescued on Sunday after 18 days underground.",
    }
    found = findings_of(tmp_path, texts)
    assert _lengths(found) == [{"17-day", "18 days"}]
    # nor are they shown as one length told by two outlets
    assert not [f for f in found if f.verdict.value == "corroborated" and f.kind == "duration"]
    texts["b.txt"] = texts["b.txt"].replace("after 18 days", "after about 18 days")
    (tmp_path / "hedged").mkdir()
    assert _lengths(findings_of(tmp_path / "hedged", texts)) == []
