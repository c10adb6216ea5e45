"""Two accounts that age the same people, all but one age alike (align.ages:
set_age_alignments), on passages written here (issue 11: one person's age told two ways,
"Jensen, 61," vs "Jensen, 67,", here without a name to tie the ages)."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of

LEAD = "EAST ORANGE, N.J. — A boy was fatally shot at home on Saturday, officials said. "


def _set_flags(tmp_path: Path, a: str, b: str) -> list[set[str]]:
    found = findings_of(tmp_path, {"a.txt": LEAD + a, "b.txt": LEAD + b})
    return [
        {c.text for c in f.claims}
        for f in found
        if f.rule == "age-differs" and "the accounts age differently" in f.title
    ]


def test_the_one_age_left_in_each_account_is_one_persons(tmp_path: Path) -> None:
    flags = _set_flags(
        tmp_path,
        "A six-year-old boy playing with a gun shot his four-year-old brother. A "
        "52-year-old neighbor called 911.",
        '"A 4-year-old is dead and a 5-year-old is responsible," the pastor said. A '
        "52-year-old neighbor called for help.",
    )
    assert flags == [{"six-year-old", "5-year-old"}]


def test_ages_far_apart_are_two_people(tmp_path: Path) -> None:
    flags = _set_flags(
        tmp_path,
        "A 10-year-old boy was shot in the leg. A 52-year-old neighbor called 911.",
        "A 19-year-old man was shot in the leg. A 52-year-old neighbor called for help.",
    )
    assert flags == []


def test_accounts_that_age_different_numbers_of_people_are_not_matched(tmp_path: Path) -> None:
    flags = _set_flags(
        tmp_path,
        "A six-year-old boy playing with a gun shot his four-year-old brother. A "
        "52-year-old neighbor called 911.",
        "A 4-year-old is dead and a 5-year-old is responsible, the pastor said.",
    )
    assert flags == []
