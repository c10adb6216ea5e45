"""Where a journey was headed (align.slots._destination_slots, venues.is_destination), on
passages written here (issue 11: places in their roles, compared role by role)."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of, flagged_claims

LEAD = (
    "DAYTON, Ohio — A twin-engine plane crashed into a farm field shortly after takeoff "
    "Saturday, killing all five people aboard, authorities said.\n\n"
)


def test_the_one_destination_each_account_gives_is_compared(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "The plane took off at 9:40 a.m. It was headed for Nashville.",
            "b.txt": LEAD + "The Beechcraft went down in a field. It was flying to Knoxville, "
            "Tennessee, the sheriff's office said.",
        },
    )
    assert flagged_claims(found, "place") == [{"Nashville", "Knoxville"}]


def test_an_origin_is_no_destination(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "The plane had flown in from Nashville the day before.",
            "b.txt": LEAD + "The Beechcraft was flying to Knoxville, the sheriff's office said.",
        },
    )
    assert flagged_claims(found, "place") == []


def test_an_account_naming_two_destinations_tells_a_route(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "It was headed for Nashville, then bound for Memphis.",
            "b.txt": LEAD + "The Beechcraft was flying to Knoxville, the sheriff's office said.",
        },
    )
    assert flagged_claims(found, "place") == []
