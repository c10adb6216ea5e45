"""A flag quotes every place an account states the flagged figure (issue 11), on passages
written here: the same words and value again, of the same person for an age; never another
person's equal age, nor a small bare count said of another group."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Finding
from passages import findings_of

LEAD = "Two teenagers were shot dead in a park in Oceanside on Saturday night, police said. "


def _age_flags(found: list[Finding]) -> list[list[tuple[str, int]]]:
    return [
        sorted((c.text, c.start) for c in f.claims)
        for f in found
        if f.rule == "age-differs" and f.verdict.value in ("conflict", "variation")
    ]


def test_an_age_stated_twice_is_quoted_twice(tmp_path: Path) -> None:
    a = (
        LEAD + "The victims were Edgar Sanchez, 16, and Melanie Virgen, 13. Prosecutors "
        "charged four men in the deaths of Edgar Sanchez, 16, and Melanie Virgen, 13."
    )
    found = findings_of(
        tmp_path,
        {
            "a.txt": a,
            "b.txt": LEAD + "Edgar Sanchez, 15, and Melanie Virgen, 13, died at the scene.",
        },
    )
    flags = _age_flags(found)
    assert len(flags) == 1
    sixteens = [start for text, start in flags[0] if text == "16"]
    assert sixteens == [a.index("16"), a.rindex("16")]


def test_another_persons_equal_age_is_not_quoted(tmp_path: Path) -> None:
    a = (
        LEAD + "The victims were Edgar Sanchez, 16, and Melanie Virgen, 13. A witness, "
        "Tomas Reyes, 16, said he heard six shots."
    )
    found = findings_of(
        tmp_path,
        {
            "a.txt": a,
            "b.txt": LEAD + "Edgar Sanchez, 15, and Melanie Virgen, 13, died at the scene.",
        },
    )
    flags = _age_flags(found)
    assert len(flags) == 1
    assert [start for text, start in flags[0] if text == "16"] == [a.index("16")]
