"""Ages set off by a comma after a noun naming someone ("the suspect, 19,") or written with
"age" ("John Smith, age 24"), on passages written here (issue 11: "Jensen, 61," vs "Jensen,
67,"; the person is the subject of the claim key)."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import extract_facts
from factcheck.models import Article, FactType
from passages import findings_of

LEAD_A = (
    "DAYTON, Ohio — A man was shot and killed Saturday night outside a bar on Main Street, "
    "police said. "
)
LEAD_B = (
    "A fatal shooting outside a Main Street bar late Saturday left one man dead, according "
    "to Dayton police. "
)


def _age_flags(tmp_path: Path, a: str, b: str) -> list[set[str]]:
    found = findings_of(tmp_path, {"a.txt": LEAD_A + a, "b.txt": LEAD_B + b})
    return [
        {c.text for c in f.claims}
        for f in found
        if f.rule == "age-differs" and f.verdict.value in ("conflict", "variation")
    ]


def test_an_age_after_a_role_noun_meets_the_role_age(tmp_path: Path) -> None:
    flags = _age_flags(
        tmp_path,
        "The suspect, 19, was arrested Sunday.",
        "Police said the 21-year-old suspect was arrested Sunday.",
    )
    assert {"19", "21-year-old"} in flags


def test_an_age_written_with_age_meets_the_named_age(tmp_path: Path) -> None:
    flags = _age_flags(
        tmp_path,
        "The coroner identified him as John Smith, age 24.",
        "He was identified as John Smith, 25.",
    )
    assert {"24", "25"} in flags


def _ages(text: str) -> list[str]:
    article = Article(id="a1", source="a.txt", format="txt", text=text)
    return [
        f.text
        for f in extract_facts(article).facts
        if f.type == FactType.COUNT and getattr(f.value, "noun", "") == "year-old"
    ]


def test_a_number_after_a_thing_is_no_age() -> None:
    assert _ages("Police found the car, 12, parked on Main Street with its engine running.") == []
    assert _ages("The suspect, 19, was arrested. A woman, 34, was grazed.") == ["19", "34"]
