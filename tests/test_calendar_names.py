"""A weekday or a month before a date is no sign that a clause tells another happening
(align.happenings: names in the clause the other account never writes), on passages
written here (issue 11)."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of

LEAD = (
    "A 13-year-old boy was charged after a teen was shot and died in Cedar Rapids. "
    "His lawyer declined to comment on the case. "
)


def test_a_weekday_in_the_clause_does_not_hide_a_second_day(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "Police say he was arrested Monday at the Linn County jail in "
            "connection with the shooting death of Senquez Jackson at a home on March 19.",
            "b.txt": LEAD + "Officials said the teen went to the Linn County jail after the "
            "March 18 shooting, which killed Senquez Jackson.",
        },
    )
    # (told in words of one concept, "shooting death" / "shooting ... killed", the two days
    # are also one value slot's, whose finding then stands for the happening's)
    days = [
        {c.text for c in f.claims}
        for f in found
        if f.rule in ("happening-day-differs", "interval-disjoint")
    ]
    assert {"March 19", "March 18"} in days


def test_a_place_the_other_account_never_names_still_tells_another_happening(
    tmp_path: Path,
) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "Police say he was arrested Monday in connection with the shooting "
            "death of a man in Marion on March 19.",
            "b.txt": LEAD + "Officials said the teen went to jail after the March 18 "
            "shooting, which killed Senquez Jackson.",
        },
    )
    assert not [f for f in found if f.rule == "happening-day-differs"]
