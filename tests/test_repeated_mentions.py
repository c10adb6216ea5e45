"""A flag quotes every place an account states the flagged figure (issue 11), on passages
written here: the same words and value again, of the same person for an age; never another
person's equal age, nor a small bare count said of another group."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Finding
from passages import findings_of

LEAD = "Two teenagers were shot dead in a park in Oceanside on Saturday night, police said. "


OTHER = LEAD + "Edgar Sanchez, 15, and Melanie Virgen, 13, died at the scene."


def _sixteens(tmp_path: Path, a: str) -> list[int]:
    """Where the one age flag quotes "16" in account ``a`` (against another account's 15)."""
    found: list[Finding] = findings_of(tmp_path, {"a.txt": a, "b.txt": OTHER})
    flags = [
        sorted((c.text, c.start) for c in f.claims)
        for f in found
        if f.rule == "age-differs" and f.verdict.value in ("conflict", "variation")
    ]
    assert len(flags) == 1
    return [start for text, start in flags[0] if text == "16"]


def test_an_age_stated_twice_is_quoted_twice(tmp_path: Path) -> None:
    a = (
        LEAD + "The victims were Edgar Sanchez, 16, and Melanie Virgen, 13. Prosecutors "
        "charged four men in the deaths of Edgar Sanchez, 16, and Melanie Virgen, 13."
    )
    assert _sixteens(tmp_path, a) == [a.index("16"), a.rindex("16")]


def test_another_persons_equal_age_is_not_quoted(tmp_path: Path) -> None:
    a = (
        LEAD + "The victims were Edgar Sanchez, 16, and Melanie Virgen, 13. A witness, "
        "Tomas Reyes, 16, said he heard six shots."
    )
    assert _sixteens(tmp_path, a) == [a.index("16")]


def test_a_toll_told_again_in_other_words_is_quoted_and_the_id_stays(tmp_path: Path) -> None:
    """ "four people were injured" ... "Four others were injured": one toll stated twice in
    one account; the flag against another outlet's "three people were injured" quotes both,
    and its id is the one it has without the second mention."""
    shooting = "A gunman opened fire at a college in Santa Monica on Friday. "
    other = shooting + "Five people were killed and three people were injured, police said."
    once = "Five people were killed and four people were injured. Officers shot the gunman."
    twice = once + " Four others were injured, a hospital spokesman said later."
    flags = []
    for n, a in enumerate((once, twice)):
        folder = tmp_path / str(n)
        folder.mkdir()
        found = findings_of(folder, {"a.txt": shooting + a, "b.txt": other})
        (flag,) = [
            f
            for f in found
            if f.rule == "interval-disjoint" and any(c.text == "four people" for c in f.claims)
        ]
        flags.append(flag)
    assert [c.text for c in flags[0].claims] == ["four people", "three people"]
    assert [c.text for c in flags[1].claims] == ["four people", "Four others", "three people"]
    assert flags[0].id == flags[1].id
