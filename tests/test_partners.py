"""Who the one harmed was to the one who harmed (align.partners, rule relation-differs), on
passages written here (issue 11: claim keys with a subject, here the person the event's own
happening was done to, and an attribute, that person's relation to the one who did it)."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Finding
from passages import findings_of


def _relations(tmp_path: Path, a: str, b: str) -> list[Finding]:
    found = findings_of(tmp_path, {"a.txt": a, "b.txt": b})
    return [f for f in found if f.rule == "relation-differs"]


def test_a_girlfriend_and_a_wife_are_two_relations(tmp_path: Path) -> None:
    found = _relations(
        tmp_path,
        "HOUSTON — Police say a man shot his girlfriend before turning the gun on himself.",
        "HOUSTON — A husband allegedly shot his wife and their baby before shooting himself.",
    )
    assert len(found) == 1 and found[0].verdict.value == "variation"
    assert {c.text for c in found[0].claims} == {"girlfriend", "wife"}


def test_an_ex_wife_is_not_a_wife(tmp_path: Path) -> None:
    found = _relations(
        tmp_path,
        "ATLANTA — A former police officer shot his ex-wife and a deputy on Sunday.",
        "ATLANTA — An ex-police officer shot his wife and two deputies on Sunday, police said.",
    )
    assert [sorted(c.text for c in f.claims) for f in found] == [["ex-wife", "wife"]]


def test_a_wife_and_a_husband_are_one_relation(tmp_path: Path) -> None:
    assert not _relations(
        tmp_path,
        "DAYTON — A man shot his wife at their home on Sunday, police said.",
        "DAYTON — A woman was shot by her husband at their home on Sunday. He shot her twice.",
    )


def test_an_account_telling_both_relations_is_left_alone(tmp_path: Path) -> None:
    assert not _relations(
        tmp_path,
        "ATLANTA — A former police officer shot his ex-wife on Sunday. His wife was at work.",
        "ATLANTA — An ex-police officer shot his wife and two deputies on Sunday, police said.",
    )
