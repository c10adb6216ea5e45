"""Which words cue a town (issue 11: place edits), on passages written here: a word of where
before "of" ("just outside of Albuquerque", "the northern city of Thessaloniki") cues it as
"in" does; a bearing ("50 miles north of Dayton") and a municipality as an agent ("The City
of Dayton filed") do not."""

from __future__ import annotations

from factcheck.extract import extract_facts
from factcheck.models import Article, FactType


def _places(text: str) -> list[str]:
    item = extract_facts(Article(id="a1", source="a1.txt", format="txt", text=text))
    return [f.text for f in item.facts if f.type == FactType.PLACE]


def test_a_town_just_outside_of_which_something_happened_is_read() -> None:
    assert _places("Five people were found dead just outside of Dayton on Sunday.") == ["Dayton"]


def test_a_town_after_city_of_in_lower_case_is_read() -> None:
    assert _places("The train was bound for the northern city of Dayton on Sunday.") == ["Dayton"]


def test_a_bearing_from_a_town_does_not_make_it_read() -> None:
    assert _places("The plane came down 50 miles north of Dayton on Sunday.") == []


def test_the_city_of_a_town_as_an_agent_is_not_read() -> None:
    assert _places("The City of Dayton filed an emergency request on Sunday.") == []
