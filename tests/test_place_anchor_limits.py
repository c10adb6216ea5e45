"""Towns in the same words, or where the event's own happening took place, pair only when
they can be one place told two ways (align.shared.anchored_value_alignments): not in an
event told in many towns (a quake), nor beside words many towns share ("the village of"),
on passages written here (issue 11)."""

from __future__ import annotations

from factcheck.align.shared import anchored_value_alignments
from factcheck.extract import extract_facts
from factcheck.models import Article, ArticleFacts, Event

LEAD = (
    "A strong earthquake struck Morocco late on Friday, officials said. "
    "Hundreds of people were killed in the quake. "
)
# each town told with the event's own happening, in words no other account uses
TOLD = (
    "The earthquake killed twelve people in {town} overnight.",
    "Rescuers counted the dead after the earthquake struck {town}.",
    "The quake killed many residents of {town} as they slept.",
    "Dozens died when the earthquake hit {town} at night.",
    "Officials said the quake struck near {town} first.",
    "A family of five was killed at home in {town} by the quake.",
)
TOWNS = ("Marrakesh", "Agadir", "Casablanca", "Rabat", "Essaouira", "Ouarzazate")


def _items(texts: list[str]) -> list[ArticleFacts]:
    return [
        extract_facts(Article(id=f"a{i}", source=f"a{i}.txt", format="txt", text=LEAD + t))
        for i, t in enumerate(texts)
    ]


def _pairs(items: list[ArticleFacts]) -> list[set[str]]:
    event = Event(id="e1", article_ids=tuple(it.article.id for it in items), label="quake")
    return [
        {f.text for f in al.facts}
        for al in anchored_value_alignments(event, items)
        if al.slot.startswith("anchor:")
    ]


def test_two_towns_where_the_happening_took_place_pair() -> None:
    items = _items([TOLD[0].format(town="Marrakesh"), TOLD[1].format(town="Agadir")])
    assert {"Marrakesh", "Agadir"} in _pairs(items)


def test_an_event_told_in_many_towns_has_no_one_venue() -> None:
    items = _items([t.format(town=town) for t, town in zip(TOLD, TOWNS, strict=True)])
    assert not [p for p in _pairs(items) if p <= set(TOWNS)]


def test_many_towns_beside_the_same_words_are_several_places() -> None:
    items = _items(
        [f"Aid arrived in the village of {town} near the epicentre." for town in TOWNS[:4]]
    )
    assert not _pairs(items)
    two = _items(
        [f"Aid arrived in the village of {town} near the epicentre." for town in TOWNS[:2]]
    )
    assert _pairs(two)
