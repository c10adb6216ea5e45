"""Values of two accounts' like sentences. A town changed in one copy of a shared sentence
is flagged even where the place rule left the town unread ("Dayton police", "a Poplar Bluff
hospital": a town as a modifier), by the gazetteer; two common words are never two towns.
Ages given by name to two people whose names share no part are not one age told two ways."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of

LEAD = (
    "A 24-year-old man was shot and killed late Saturday outside a bar on Third Street, "
    "and a second man was wounded, police said. "
)
ARREST = (
    '"Earlier this afternoon, {} police homicide detectives arrested two individuals," the '
    "chief told reporters on Sunday. "
)


def _place_diffs(tmp_path: Path, a: str, b: str) -> list[tuple[str, ...]]:
    texts = {
        "a.txt": "Daily Herald\n\n" + LEAD + ARREST.format(a) + "The names were not released.",
        "b.txt": "Evening Star\n\n" + ARREST.format(b) + LEAD + "No names were given.",
    }
    return [
        tuple(sorted(c.text for c in f.claims))
        for f in findings_of(tmp_path, texts)
        if f.rule == "shared-sentence-diff" and f.kind == "place"
    ]


def test_a_town_the_place_rule_left_unread_is_compared_in_a_shared_sentence(
    tmp_path: Path,
) -> None:
    assert _place_diffs(tmp_path, "Dayton", "Kettering") == [("Dayton", "Kettering")]


def test_one_town_in_both_copies_is_no_difference(tmp_path: Path) -> None:
    assert _place_diffs(tmp_path, "Dayton", "Dayton") == []


def test_two_common_words_are_not_two_towns(tmp_path: Path) -> None:
    # "Police" is also a town in Poland and "Liberty" one in Missouri
    assert _place_diffs(tmp_path, "Liberty", "Police") == []


def _age_pairs(tmp_path: Path, a: str, b: str) -> list[tuple[str, ...]]:
    texts = {
        "a.txt": "Daily Herald\n\nA teenager accused in the Bunny Park mass shooting turned "
        f"himself in. {a} was booked Thursday night into the Orleans Parish Jail and is "
        "scheduled to appear in court Friday.",
        "b.txt": "Evening Star\n\nA second suspect in the mass shooting at Bunny Park has been "
        f"arrested. {b} was booked into Orleans Parish jail Wednesday night. Like the other "
        "suspects in custody, he faces 17 counts of attempted first-degree murder.",
    }
    return [
        tuple(sorted(c.text for c in f.claims))
        for f in findings_of(tmp_path, texts)
        if f.kind == "quantity" and f.verdict.value in ("conflict", "variation")
    ]


def test_two_named_suspects_in_like_sentences_are_not_one_age(tmp_path: Path) -> None:
    assert _age_pairs(tmp_path, "Wilfred Celestine, 17,", "Allen Offray, 22,") == []


def test_one_person_named_short_keeps_one_age(tmp_path: Path) -> None:
    pairs = _age_pairs(tmp_path, "Edgar Sanchez Rios, 16,", "Edgar Sanchez, 15,")
    assert pairs == [("15", "16")] or any("16" in p and "15" in p for p in pairs), pairs


def test_one_figure_written_in_another_order_is_no_difference(tmp_path: Path) -> None:
    # "7.0 magnitude" / "magnitude 7": the same figure, its words in another order
    quake = (
        "The quake was felt as far away as Cuba, {} than the {} earthquake 11 years ago that "
        "killed tens of thousands of people."
    )
    texts = {
        "a.txt": "Daily Herald\n\nA strong earthquake struck the south of the island on "
        "Saturday. " + quake.format("larger and less shallow", "7.0 magnitude"),
        "b.txt": "Evening Star\n\nA powerful earthquake hit the island on Saturday. "
        + quake.format("potentially bigger and shallower", "magnitude 7"),
    }
    found = findings_of(tmp_path, texts)
    assert not [f for f in found if f.rule == "shared-sentence-diff" and f.kind == "quantity"]
    # and another figure in the same place still is one
    texts["b.txt"] = texts["b.txt"].replace("magnitude 7 ", "magnitude 7.2 ")
    (tmp_path / "other").mkdir()
    found = findings_of(tmp_path / "other", texts)
    assert [f for f in found if f.rule == "shared-sentence-diff" and f.kind == "quantity"]
