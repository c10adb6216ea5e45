"""One named person given two ages by one article is flagged as a variation; a father and a
son with one name, and a list of ages beside names the person rule leaves unread, are not."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of


def _age_twice(tmp_path: Path, text: str) -> list[tuple[str, ...]]:
    found = findings_of(tmp_path, {"a.txt": "Valley Courier\n\n" + text})
    return [tuple(c.text for c in f.claims) for f in found if f.rule == "age-twice"]


def test_one_person_given_two_ages_by_one_article(tmp_path: Path) -> None:
    text = (
        "Family members confirm Marisol Quintero, 16, was killed in the mall shooting on "
        "Friday night. Relatives said Marisol Quintero, an 18-year-old high school sophomore, "
        "had gone to the mall with her mother."
    )
    assert _age_twice(tmp_path, text) == [("16", "18-year-old")]


def test_a_father_and_a_son_of_one_name_are_two_people(tmp_path: Path) -> None:
    text = (
        "Police said Darnell Whitfield Jr., 20, was shot outside the store on Friday night. "
        "His father, Darnell Whitfield, 45, was at home at the time."
    )
    assert _age_twice(tmp_path, text) == []


def test_an_age_before_an_unread_name_is_not_the_name_before_it(tmp_path: Path) -> None:
    text = (
        "The charges are connected to the shooting deaths of 16-year-old Monica Bates, "
        "24-year-old Denekqa Lottsby and 25-year-old Malcolm Walker on Friday night."
    )
    assert _age_twice(tmp_path, text) == []


def test_a_bare_definite_age_refers_back_to_the_nearest_aged_person(tmp_path: Path) -> None:
    lead = "A girl and her mother were shot at their home in Indianapolis on Sunday. "
    found = findings_of(
        tmp_path,
        {
            "a.txt": lead + "Officers found an injured 4-year-old girl and an injured 25-year-old "
            "woman. The 6-year-old was taken to Riley Hospital for Children.",
            "b.txt": lead + "The 4-year-old girl shot herself in the cheek, police said.",
        },
    )
    flags = [
        sorted(c.text for c in f.claims)
        for f in found
        if f.rule == "age-differs" and f.verdict.value == "variation"
    ]
    assert ["4-year-old", "4-year-old", "6-year-old"] in flags


def test_a_bare_age_that_introduces_someone_is_not_read_back(tmp_path: Path) -> None:
    lead = "A boy shot his father at their home in Hartsville on Sunday. "
    found = findings_of(
        tmp_path,
        {
            "a.txt": lead + "His 6-year-old son picked up the gun. There's the 5-year-old "
            "from Missouri who shot herself last year.",
            "b.txt": lead + "The father's 6-year-old son picked up an unsecured gun.",
        },
    )
    assert not [f for f in found if f.rule == "age-differs"]
