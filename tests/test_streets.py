"""Streets written two ways by two accounts (align.streets), on passages written here."""

from __future__ import annotations

from pathlib import Path

from factcheck.align.streets import streets
from factcheck.extract import extract_facts
from factcheck.models import Article, Verdict
from factcheck.pipeline import build_report


def _street_flags(tmp_path: Path, a: str, b: str) -> list[tuple[str, ...]]:
    (tmp_path / "a.txt").write_text(f"Valley Herald\n\n{a}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Metro Daily\n\n{b}\n", encoding="utf-8")
    report = build_report([str(tmp_path)], single_event=True)
    out = []
    for f in report.findings:
        if f.rule == "street-differs":
            assert f.verdict == Verdict.VARIATION
            out.append(tuple(sorted(c.text for c in f.claims)))
    return out


def test_streets_are_read_with_their_type() -> None:
    text = "He was shot on E. 55th St. near Lenox Road. On Main St. the judge of Clark County "
    text += "Superior Court spoke."
    item = extract_facts(Article(id="a1", source="a1.txt", format="txt", text=text))
    names = [f.value.name for f in streets(item)]  # type: ignore[union-attr]
    assert names == ["55th Street", "Lenox Road", "Main Street"]


def test_one_street_with_another_type_is_a_variation(tmp_path: Path) -> None:
    found = _street_flags(
        tmp_path,
        "A teenager was shot on East 55th Street near Lenox Road on Monday, police said.",
        "Police said the teenager was with friends near Lenox Avenue when a gunman fired.",
    )
    assert found == [("Lenox Avenue", "Lenox Road")]


def test_one_street_spelt_two_ways_is_a_variation(tmp_path: Path) -> None:
    found = _street_flags(
        tmp_path,
        "The girl was shot outside a house on Zara Street in Knoxville, police said.",
        "Authorities said the man was on Sarah Street in Knoxville the night of the shooting.",
    )
    assert found == [("Sarah Street", "Zara Street")]


def test_a_corner_names_its_streets_in_the_plural(tmp_path: Path) -> None:
    text = "She sat in her cruiser at 52nd and Sansom streets. Fifth and Main Avenues closed."
    item = extract_facts(Article(id="a1", source="a1.txt", format="txt", text=text))
    names = [f.value.name for f in streets(item)]  # type: ignore[union-attr]
    assert names == ["Sansom Street", "Main Avenue"]
    found = _street_flags(
        tmp_path,
        "The sergeant was sitting in her cruiser at 52nd and Samson streets, police said.",
        "The gunman walked up to a police cruiser at 52nd and Sansom Streets and fired.",
    )
    assert found == [("Samson streets", "Sansom Streets")]


def test_two_streets_of_one_story_do_not_pair(tmp_path: Path) -> None:
    """Cross streets each account names, an apostrophe, and numbered streets are no
    spellings of one street."""
    assert not _street_flags(
        tmp_path,
        "The shooting happened at Grant Avenue and Grand Street, near 1249 Bells Ferry Road "
        "and East 55th Street.",
        "Police closed Grand Street and Grant Avenue near 1249 Bell’s Ferry Road and East 56th "
        "Street.",
    )


def test_one_street_told_by_several_accounts_is_one_finding(tmp_path: Path) -> None:
    """Two accounts write "Lenox Road", one "Lenox Avenue": one finding naming all three."""
    (tmp_path / "c.txt").write_text(
        "Star Tribune\n\nThe boy was shot near Lenox Road on Monday afternoon, officials said.\n",
        encoding="utf-8",
    )
    found = _street_flags(
        tmp_path,
        "A teenager was shot on East 55th Street near Lenox Road on Monday, police said.",
        "Police said the teenager was with friends near Lenox Avenue when a gunman fired.",
    )
    assert found == [("Lenox Avenue", "Lenox Road", "Lenox Road")]


def _address_flags(tmp_path: Path, a: str, b: str) -> list[str]:
    (tmp_path / "a.txt").write_text(f"Valley Herald\n\n{a}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Metro Daily\n\n{b}\n", encoding="utf-8")
    report = build_report([str(tmp_path)], single_event=True)
    return [f.title for f in report.findings if f.rule == "address-differs"]


SHOT = "Three people were shot in Dorchester on Wednesday afternoon, Boston police said. "


def test_one_street_with_two_house_numbers_is_a_variation(tmp_path: Path) -> None:
    found = _address_flags(
        tmp_path,
        SHOT + "Officers found the victims in the area of 46 Washington Street.",
        SHOT + "The shooting happened near 66 Washington St. outside of a pizza shop.",
    )
    assert found == ["One street, two addresses: “46 Washington Street” vs “66 Washington St”"]


def test_a_house_number_inside_the_block_agrees(tmp_path: Path) -> None:
    found = _address_flags(
        tmp_path,
        SHOT + "Officers found the victims in the 1600 block of East 44th Street.",
        SHOT + "The girl was shot inside the home at 1606 E. 44th St., police said.",
    )
    assert found == []


def test_one_number_that_none_of_another_accounts_numbers_can_be_is_a_variation(
    tmp_path: Path,
) -> None:
    found = _address_flags(
        tmp_path,
        SHOT + "Shots were fired at 19 Plymouth St. and a car was found at 33 Plymouth St.",
        SHOT + "Upon arrival at 18 Plymouth St. officers found a wounded man.",
    )
    assert found == ["One street, two addresses: “19 Plymouth St” vs “18 Plymouth St”"]


def test_an_account_with_two_numbers_on_the_street_tells_two_places(tmp_path: Path) -> None:
    found = _address_flags(
        tmp_path,
        SHOT + "Shots were fired at 19 Plymouth St. and a car was found at 33 Plymouth St.",
        SHOT + "Upon arrival at 33 Plymouth St. officers found a wounded man.",
    )
    assert found == []


def test_a_block_and_a_house_in_it_are_one_address(tmp_path: Path) -> None:
    found = _address_flags(
        tmp_path,
        SHOT + "The party was held in the 2800 block of Rimpau Boulevard. People ran from "
        "2800 Rimpau Boulevard when the shots rang out.",
        SHOT + "At least 50 people were inside the home in the 2900 block of Rimpau Boulevard.",
    )
    assert found == [
        "One street, two addresses: “2800 block of Rimpau Boulevard” vs “2900 block of Rimpau "
        "Boulevard”"
    ]


def test_a_block_names_its_street_without_a_type(tmp_path: Path) -> None:
    found = _address_flags(
        tmp_path,
        SHOT + "The boy was in a car in the 15000 block of Murray Hill Street, near Keller.",
        SHOT + "The bullets started flying in the 15400 block of Murray Hill on the west side.",
    )
    assert len(found) == 1 and "15400 block of Murray Hill" in found[0]
    # a block the other account agrees on, written with and without the type: no finding
    other = tmp_path / "other"
    other.mkdir()
    assert not _address_flags(
        other,
        SHOT + "The boy was in a car in the 15400 block of Murray Hill Street, near Keller.",
        SHOT + "The bullets started flying in the 15400 block of Murray Hill on the west side.",
    )
