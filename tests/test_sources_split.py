"""A quake's magnitude as each account gives it, and sources split two against two on one
figure (issue 11), on passages written here."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import extract_facts
from factcheck.models import Article, FactType, Finding
from passages import findings_of


def _magnitudes(text: str) -> dict[str, float]:
    item = extract_facts(Article(id="a1", source="a1.txt", format="txt", text=text))
    return {f.text: f.value.si_value for f in item.facts if f.type == FactType.QUANTITY}  # type: ignore[union-attr]


def test_a_whole_magnitude_spelt_out_is_read() -> None:
    found = _magnitudes("The quake was gauged at a magnitude of seven by the national network.")
    assert found == {"magnitude of seven": 7.0}


def _flags(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.verdict.value in ("conflict", "variation")]


QUAKE = "A powerful earthquake struck the mountains south of Taroudant late on Friday. "


def test_two_accounts_against_two_on_the_magnitude_split(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": QUAKE + "The magnitude 6.8 earthquake toppled houses in remote villages.",
            "b.txt": QUAKE + "Survivors of the 6.8-magnitude quake slept in the streets.",
            "c.txt": QUAKE + "The magnitude 6.9 quake was felt as far away as Rabat.",
            "d.txt": QUAKE + "Officials said the quake had a magnitude of 6.9 and was shallow.",
        },
    )
    (split,) = [f for f in _flags(found) if f.rule == "sources-split"]
    assert {c.text for c in split.claims} >= {"magnitude 6.8", "magnitude 6.9"}
    assert split.verdict.value == "variation"
    assert not [f for f in found if f.verdict.value == "corroborated" and "6.8" in f.title]


def test_an_aftershock_magnitude_is_not_the_quakes(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": QUAKE + "The magnitude 6.8 earthquake toppled houses in remote villages.",
            "b.txt": QUAKE + "The 6.8-magnitude quake was followed by an aftershock of "
            "magnitude 4.9 on Saturday.",
            "c.txt": "Aftershocks of magnitude 4.1 and 3.9 shook the region. " + QUAKE
            + "The magnitude 6.8 quake was felt as far away as Rabat.",
        },
    )  # fmt: skip
    assert not [f for f in _flags(found) if f.kind == "quantity"]


def test_the_rest_of_a_group_is_not_a_split(tmp_path: Path) -> None:
    lead = "A 6-year-old girl was shot in her home in Dayton on Tuesday, police said. "
    found = findings_of(
        tmp_path,
        {
            "a.txt": lead + "Four other children were home when the shooting happened.",
            "b.txt": lead + "Four other children were in the home at the time.",
            "c.txt": lead + "There were two adults and six children in the home, police said.",
            "d.txt": lead + "Six children were in the home when the gun went off.",
        },
    )
    assert not [f for f in _flags(found) if f.rule == "sources-split"]
