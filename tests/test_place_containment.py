"""A place and the place that holds it are no disagreement, on passages written here
(issue 11, precision): a state written with a city's name ("western New York", which the
gazetteer reads as New York City) beside a town of that state, and a dateline that writes
the venue's name ("EAST FLATBUSH, Brooklyn" / a shooting in Brooklyn)."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Verdict
from factcheck.pipeline import build_report

FLAGS = (Verdict.CONFLICT, Verdict.VARIATION)


def _flags(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, set[str]]]:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = build_report([str(tmp_path)], single_event=True)
    return [(f.rule, {c.text for c in f.claims}) for f in report.findings if f.verdict in FLAGS]


def test_a_state_named_like_a_city_holds_the_towns_of_that_state(tmp_path: Path) -> None:
    lead = "Three people were killed and four injured in a drive-by shooting outside a club in {}"
    flags = _flags(
        tmp_path,
        {
            "a.txt": "Channel 8\n\n" + lead.format("Rochester on Wednesday night.") + "\n",
            "b.txt": "Daily Star\n\n" + lead.format("Rochester late Wednesday.") + "\n",
            "c.txt": "Wire\n\n" + lead.format("western New York on Wednesday.") + "\n",
        },
    )
    assert not [f for f in flags if {"Rochester", "New York"} <= f[1]], flags


def test_a_dateline_that_writes_the_venue_is_not_against_it(tmp_path: Path) -> None:
    text = (
        "Teen shot in Brooklyn\n\nEAST FLATBUSH, Brooklyn - A 15-year-old boy was shot in the "
        "head in Brooklyn on Monday night, police said. He died at a hospital on Thursday.\n"
    )
    flags = _flags(tmp_path, {"a.txt": text})
    assert not [f for f in flags if f[0] == "dateline-vs-venue"], flags


def test_a_neighbourhood_and_the_city_that_holds_it_are_one_place(tmp_path: Path) -> None:
    """'in Allapattah' / 'in Miami' (a part of Miami by the gazetteer: 5 km from it, a ninth
    of its size): one place written at two scales, not two places; a town 40 km away in the
    same state still differs."""
    story = (
        "Teen killed in Miami, Florida\n\nA 16-year-old boy has died after he was shot several "
        "times while walking home from a store in {} on Tuesday night, police said.\n"
    )
    flags = _flags(
        tmp_path,
        {
            "a.txt": "Herald\n\n" + story.format("Miami"),
            "b.txt": "WPLG\n\n" + story.format("Allapattah"),
        },
    )
    assert not [f for f in flags if {"Miami", "Allapattah"} <= f[1]], flags
    other = tmp_path / "other"
    other.mkdir()
    flags = _flags(
        other,
        {
            "a.txt": "Herald\n\n" + story.format("Miami"),
            "b.txt": "WPLG\n\n" + story.format("Fort Lauderdale"),
        },
    )
    assert [f for f in flags if {"Miami", "Fort Lauderdale"} <= f[1]], flags
