"""Names written two ways by outlets that heard them alike (issue 11, deliverable 3: "the
same person spelt differently by outlets of one event ... edit distance, transliteration"),
and one quotation credited to two people; on passages written here."""

from __future__ import annotations

from pathlib import Path

from factcheck.judge.independence import sound_alike
from factcheck.models import Finding
from passages import findings_of

LEAD = "A 4-year-old boy shot himself with his father's gun on Tuesday in Detroit, police said. "


def _rule(tmp_path: Path, texts: dict[str, str], rule: str) -> list[Finding]:
    return [f for f in findings_of(tmp_path, texts) if f.rule == rule]


def test_surnames_heard_alike_are_one_name() -> None:
    assert sound_alike("dixon", "dickson") and sound_alike("woodruff", "woodriff")
    # given names are never read so ("Michael" / "Michelle" are two people); nor a name
    # with letters added, nor two that only start alike
    assert not sound_alike("jensen", "jensens") and not sound_alike("mark", "marks")
    assert not sound_alike("dixon", "dobson")


def test_a_neighbour_named_two_ways_is_a_spelling(tmp_path: Path) -> None:
    found = _rule(
        tmp_path,
        {
            "a.txt": LEAD + '"He was always happy," says Alicia Dickson, who lives nearby.',
            "b.txt": LEAD + '"I don\'t know how he got the gun," said neighbor Alicia Dixon.',
        },
        "name-spelling",
    )
    assert [sorted(c.text for c in f.claims) for f in found] == [["Alicia Dickson", "Alicia Dixon"]]


def test_both_parts_misspelt_are_still_one_person(tmp_path: Path) -> None:
    found = _rule(
        tmp_path,
        {
            "a.txt": LEAD + '"We just sat there," said 18-year-old Maranda Dillon, a driver.',
            "b.txt": LEAD + "Miranda Dillion, 18, was the driver of one of the cars, she said.",
        },
        "name-spelling",
    )
    assert len(found) == 1


def test_a_husband_and_wife_are_two_people(tmp_path: Path) -> None:
    found = _rule(
        tmp_path,
        {
            "a.txt": LEAD + "The boy's father, Michael Dickson, was arrested on Wednesday.",
            "b.txt": LEAD + "His mother, Michelle Dickson, was at work, a relative said.",
        },
        "name-spelling",
    )
    assert found == []


def test_one_quote_credited_to_two_people_is_a_variation(tmp_path: Path) -> None:
    found = _rule(
        tmp_path,
        {
            "a.txt": LEAD + '"This is a massacre, man," said Melvin Jackson, a cousin.',
            "b.txt": LEAD + '"This is a massacre, man," said the boy\'s cousin Melvin Powell.',
        },
        "quote-speaker-differs",
    )
    assert len(found) == 1 and found[0].verdict.value == "variation"
    assert {"Melvin Jackson", "Melvin Powell"} <= {c.text for c in found[0].claims}


def test_an_account_naming_both_speakers_is_left_alone(tmp_path: Path) -> None:
    found = _rule(
        tmp_path,
        {
            "a.txt": LEAD + '"This is a massacre, man," said Melvin Jackson, a cousin. His '
            "brother Tom Powell stood beside him.",
            "b.txt": LEAD + '"This is a massacre, man," said the boy\'s cousin Tom Powell.',
        },
        "quote-speaker-differs",
    )
    assert found == []
