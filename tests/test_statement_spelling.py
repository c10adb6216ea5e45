"""A name that is no person's, spelt two ways in one statement two accounts tell (issue 11),
on passages written here: an island in a copied sentence, a town in a statement told in other
words. A day of the week, or two spellings the gazetteer knows for one city, are not."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of

LEAD = "A crowded ferry capsized on the lake on Thursday afternoon, killing dozens of people. "


def _spelt(tmp_path: Path, a: str, b: str) -> list[tuple[str, list[str]]]:
    found = findings_of(tmp_path, {"a.txt": LEAD + a, "b.txt": LEAD + b})
    return [
        (f.rule, sorted(c.text for c in f.claims))
        for f in found
        if f.kind == "name" and "spelt two ways" in f.title
    ]


def test_an_island_spelt_two_ways_in_a_copied_sentence(tmp_path: Path) -> None:
    found = _spelt(
        tmp_path,
        "The ferry, MV Mwamba, was travelling between the islands of Ukara and Bugolora. "
        "Rescuers worked through the night.",
        "The MV Mwamba ferry was travelling between the islands of Ukora and Bugolora. "
        "Divers joined the search on Friday.",
    )
    assert found == [("shared-sentence-diff", ["Ukara", "Ukora"])]


def test_a_town_spelt_two_ways_in_a_statement_told_in_other_words(tmp_path: Path) -> None:
    found = _spelt(
        tmp_path,
        "The quake struck 8 km from the town of Petit Trou de Nippes on the southern coast, "
        "the survey said.",
        "The survey said the quake hit about 8 km from Petit Trou de Nieps, a town on the "
        "southern coast.",
    )
    assert ("statement-name-spelling", ["Nieps", "Nippes"]) in found


def test_days_and_a_city_s_accepted_spellings_are_no_spelling(tmp_path: Path) -> None:
    found = _spelt(
        tmp_path,
        "The dead came from the provinces of Marrakesh and Taroudant, officials said on "
        "Thursday night.",
        "The dead came from the provinces of Marrakech and Taroudant, officials said on "
        "Tuesday night.",
    )
    assert found == []
