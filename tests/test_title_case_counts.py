"""Counts in headlines written in title case ("At Least 20 People Killed") are read as in
running text, at their own spans; a sentence-case line is read once."""

from __future__ import annotations

from factcheck.extract import extract_facts
from factcheck.models import Article, FactType


def _counts(text: str) -> list[tuple[str, str, int]]:
    item = extract_facts(Article(id="a1", source="x", format="txt", text=text))
    return [
        (f.text, f.value.noun, f.start)
        for f in item.facts
        if f.type == FactType.COUNT and f.value.noun != "year-old"
    ]


def test_a_title_case_headline_count_is_read() -> None:
    text = (
        "At Least 12 People Killed and Dozens More Wounded in Mall Shooting\n\n"
        "At least 12 people were killed on Saturday, police said."
    )
    found = _counts(text)
    assert ("At Least 12 People", "people", 0) in found
    assert any(t == "At least 12 people" for t, _n, _s in found)


def test_a_spelled_number_in_a_title_case_line_is_read() -> None:
    found = _counts("Five People Hurt In Bar Shooting Downtown\n\nNo arrests were made.")
    assert ("Five People", "people", 0) in found


def test_a_line_in_sentence_case_is_not_read_twice() -> None:
    text = "Police said three people were hurt in the crash on Main Street on Friday.\n"
    assert [t for t, _n, _s in _counts(text)] == ["three people"]
