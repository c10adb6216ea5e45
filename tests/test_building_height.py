"""A building's height in storeys, each account's first, compared whatever words stand
around it (issue 11: "a building's height" was among the missed real discrepancies), on
passages written here."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import extract_facts
from factcheck.models import Article, FactType, Verdict
from passages import findings_of


def _heights(tmp_path: Path, first: str, second: str) -> list[tuple[str, set[str]]]:
    found = findings_of(
        tmp_path,
        {
            "a.txt": "Daily Star\n\nTower partly collapses\n\n" + first + "\n",
            "b.txt": "Channel 8\n\nDeadly collapse downtown\n\n" + second + "\n",
        },
    )
    return [
        (f.verdict.value, {c.text for c in f.claims})
        for f in found
        if "storeys" in f.title and f.verdict in (Verdict.CONFLICT, Verdict.VARIATION)
    ]


def test_a_storey_count_is_read_as_a_count_of_storeys() -> None:
    item = extract_facts(
        Article(id="a1", source="a1.txt", format="txt", text="A 12-story tower fell.")
    )
    counts = [f for f in item.facts if f.type == FactType.COUNT]
    assert [(f.text, f.value.noun) for f in counts] == [("12-story", "story")]


def test_two_heights_of_the_building_in_other_words_are_a_variation(tmp_path: Path) -> None:
    found = _heights(
        tmp_path,
        "Part of a 12-story apartment tower in Harbor City collapsed at 1:22 a.m. Thursday, "
        "killing nine people, officials said.",
        "A section of the 13-story residential building in Harbor City came down early "
        "Thursday, leaving nine people dead, according to officials.",
    )
    assert found == [("variation", {"12-story", "13-story"})]


def test_an_account_that_gives_both_heights_tells_two_buildings(tmp_path: Path) -> None:
    found = _heights(
        tmp_path,
        "Part of a 12-story apartment tower in Harbor City collapsed on Thursday, officials "
        "said. Debris struck a 3-story garage next door.",
        "A 3-story garage was hit when part of a tower in Harbor City came down on Thursday, "
        "officials said.",
    )
    assert found == []


def test_one_height_against_two_is_still_a_variation(tmp_path: Path) -> None:
    """Two accounts' 12 storeys against one's 13: the odd one is a variation (it may mean
    another building), never a conflict."""
    found = findings_of(
        tmp_path,
        {
            "a.txt": "Daily Star\n\nTower falls\n\nPart of a 12-story tower in Harbor City "
            "collapsed on Thursday, officials said.\n",
            "b.txt": "Channel 8\n\nCollapse\n\nThe 12-story building in Harbor City came down "
            "early Thursday, according to officials.\n",
            "c.txt": "Wire\n\nHarbor City collapse\n\nA 13-story residential block partly gave "
            "way in Harbor City on Thursday, the mayor said.\n",
        },
    )
    flags = [
        (f.verdict.value, {c.text for c in f.claims})
        for f in found
        if "storeys" in f.title and f.verdict in (Verdict.CONFLICT, Verdict.VARIATION)
    ]
    assert [v for v, _ in flags] == ["variation"], flags
