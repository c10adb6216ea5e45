"""People on board (issue 11), on passages written here: each account's first count of the
people a craft carries is one slot, "N passengers and M crew" adds up to N + M people, and a
count written to the unit is exact ("188" is not "189"), while a round one may be rounded."""

from __future__ import annotations

from pathlib import Path

from factcheck.judge.figures import numbers_agree
from factcheck.models import Fact
from judge_factory import count_fact
from passages import findings_of

LEAD = "A passenger jet crashed into the sea minutes after take-off on Monday morning. "


def _aboard(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, list[str]]]:
    found = findings_of(tmp_path, {k: LEAD + v for k, v in texts.items()})
    return [
        (f.verdict.value, sorted(c.text for c in f.claims))
        for f in found
        if "on board" in f.explanation and f.verdict.value in ("conflict", "variation")
    ]


def test_passengers_and_crew_add_up_against_the_people_on_board(tmp_path: Path) -> None:
    found = _aboard(
        tmp_path,
        {
            "a.txt": "The plane, flying from the capital with 181 passengers and 7 crew, lost "
            "contact with the tower.",
            "b.txt": "Rescuers said the jet had 189 people on board when it went down.",
            "c.txt": "The airline said the plane was carrying 189 people, including two babies.",
        },
    )
    assert found == [("variation", ["181 passengers and 7 crew", "189 people", "189 people"])]


def test_a_sum_that_agrees_is_no_finding(tmp_path: Path) -> None:
    found = _aboard(
        tmp_path,
        {
            "a.txt": "The plane, flying from the capital with 182 passengers and 7 crew, lost "
            "contact with the tower.",
            "b.txt": "Rescuers said the jet had 189 people on board when it went down.",
        },
    )
    assert found == []


def test_survivors_on_board_are_no_load(tmp_path: Path) -> None:
    found = _aboard(
        tmp_path,
        {
            "a.txt": "Officials said two passengers on board the plane had survived the crash.",
            "b.txt": "The jet was carrying 95 passengers from the capital, the airline said.",
            "c.txt": "It had 95 passengers aboard, the airline said on Monday.",
        },
    )
    assert found == []


def _count(value: float, text: str, hedge: str | None = None) -> Fact:
    return count_fact(value, text, "people", hedge)


def test_a_count_written_to_the_unit_is_exact() -> None:
    assert not numbers_agree(_count(188, "188 people"), _count(189, "189 people"))
    assert numbers_agree(_count(189, "189 people"), _count(189, "189 people"))
    # a round count may be a rounding of another
    assert numbers_agree(_count(200, "200 people"), _count(203, "203 people"))


def test_a_round_count_rounds_no_further_than_its_last_digit() -> None:
    # "95" may stand for 93 to 97, never for 91; "90" keeps the relative rounding
    assert not numbers_agree(_count(95, "95 passengers"), _count(91, "91 passengers"))
    assert not numbers_agree(_count(91, "91 passengers"), _count(95, "95 passengers"))
    assert numbers_agree(_count(95, "95 passengers"), _count(96, "96 passengers"))
    assert numbers_agree(_count(90, "90 passengers"), _count(92, "92 passengers"))
    assert numbers_agree(_count(250, "250 people"), _count(243, "243 people"))


def test_an_estimate_agreeing_with_two_exact_counts_corroborates_neither(
    tmp_path: Path,
) -> None:
    texts = {
        "a.txt": "The jet, which was carrying 91 passengers and seven crew, went down.",
        "b.txt": "The airline said there were about 99 passengers on board the jet.",
        "c.txt": "There were 95 passengers aboard the jet, officials said.",
    }
    found = findings_of(tmp_path, {k: LEAD + v for k, v in texts.items()})
    assert [
        (f.verdict.value, f.rule, sorted(c.text for c in f.claims))
        for f in found
        if f.kind == "quantity"
    ] == [
        (
            "variation",
            "differ-within-bound",
            ["91 passengers", "95 passengers", "about 99 passengers"],
        )
    ]
