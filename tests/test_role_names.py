"""One role, two people: the pilot named two ways by two accounts (issue 11: "a pilot's
name" was among the missed real discrepancies), on passages written here; a role several
people hold, or an account that names both people, gives nothing."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of

LEAD = "A tour helicopter crashed into a hillside near Harbor City on Sunday, officials said. "


def _roles(tmp_path: Path, first: str, second: str) -> list[set[str]]:
    found = findings_of(
        tmp_path,
        {
            "a.txt": "Daily Star\n\nHelicopter crash\n\n" + LEAD + first + "\n",
            "b.txt": "Channel 8\n\nCrash near Harbor City\n\n" + LEAD + second + "\n",
        },
    )
    return [{c.text for c in f.claims} for f in found if f.rule == "role-name-differs"]


def test_two_people_named_for_one_role_are_a_variation(tmp_path: Path) -> None:
    found = _roles(
        tmp_path,
        "The pilot, Daniel Reyes, had flown for the company for a decade.",
        "The pilot was identified as David Ramos, a veteran of the company.",
    )
    assert found == [{"Daniel Reyes", "David Ramos"}]


def test_a_role_several_people_hold_gives_nothing(tmp_path: Path) -> None:
    found = _roles(
        tmp_path,
        "Two passengers were hurt. The passenger, Daniel Reyes, was flown to a hospital.",
        "The passenger, David Ramos, walked away from the wreck.",
    )
    assert found == []


def test_an_account_that_names_both_people_gives_nothing(tmp_path: Path) -> None:
    found = _roles(
        tmp_path,
        "The pilot, Daniel Reyes, had trained David Ramos last year.",
        "The pilot was identified as David Ramos, a veteran of the company.",
    )
    assert found == []


def test_a_role_after_a_possessive_is_read(tmp_path: Path) -> None:
    found = _roles(
        tmp_path,
        "The helicopter's pilot, Daniel Reyes, had flown for the company for a decade.",
        "The pilot, David Ramos, was a veteran of the company.",
    )
    assert found == [{"Daniel Reyes", "David Ramos"}]
