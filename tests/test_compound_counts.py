"""A count of a kind of thing named by two words ("fire engines": lexicon.compound) and a
count written as a thing's attribute ("a 20-storey block": judge.values.count_interval), on
passages written here (issue 11: "the number of fire engines", "a building's height")."""

from __future__ import annotations

from pathlib import Path

from factcheck.lexicon import compound
from passages import findings_of, flagged_claims

LEADS = {
    "a.txt": "MANCHESTER, England — A fire tore through a residential tower in Manchester "
    "early on Thursday, killing at least six people, fire officials said.\n\n",
    "b.txt": "MANCHESTER — At least six people died after fire swept through Ashdown House, "
    "a block of flats, in the early hours of Thursday.\n\n",
    "c.txt": "A fire at Ashdown House in Manchester killed at least six people on Thursday, "
    "the fire service said.\n\n",
}


def test_two_word_names_of_things_come_from_wordnet() -> None:
    assert compound("fire", "engines") and compound("school", "buses")
    # people picked out by a word are some of them, not another kind
    assert not compound("young", "men") and not compound("cabin", "crew")


def test_a_count_of_fire_engines_meets_a_count_of_engines(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEADS["a.txt"] + "Forty fire engines and about 200 firefighters were sent.",
            "b.txt": LEADS["b.txt"] + "The fire service sent 45 engines and more than 200 "
            "firefighters.",
            "c.txt": LEADS["c.txt"] + "More than 200 firefighters and 40 fire engines fought "
            "the blaze.",
        },
    )
    assert {"45 engines", "40 fire engines"} in [
        s - {"Forty fire engines"} for s in flagged_claims(found)
    ]


def test_a_storey_count_is_told_exactly(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEADS["a.txt"] + "The 19-storey tower was completed in 1972.",
            "b.txt": LEADS["b.txt"] + "Residents of the 20-storey block had complained.",
            "c.txt": LEADS["c.txt"] + "Flames reached the top of the 19-storey building.",
        },
    )
    assert any({"20-storey", "19-storey"} <= s for s in flagged_claims(found))
