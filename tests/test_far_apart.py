"""Figures ten times apart measure two things where only the words around them tie them
(issue 11), on passages written here: "fired at least 70 rounds" is no outlier against
"carrying 1,300 rounds", while a main toll is compared whatever its size."""

from __future__ import annotations

from pathlib import Path

from factcheck.judge.values import far_apart
from factcheck.models import Fact
from judge_factory import count_fact
from passages import findings_of

LEAD = "A gunman opened fire at a college campus on Friday before police shot him dead. "


def _count(value: float, text: str, hedge: str | None = None) -> Fact:
    return count_fact(value, text, "round", hedge)


def test_ten_times_apart() -> None:
    assert far_apart(_count(70, "70 rounds"), _count(1300, "1,300 rounds"))
    assert not far_apart(_count(200, "200 ambulances"), _count(60, "60 ambulances"))


def test_a_figure_ten_times_the_others_is_no_outlier(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "On the campus the gunman fired at least 70 rounds of ammunition "
            "from his rifle, police said.",
            "b.txt": LEAD + "The gunman was carrying 1,300 rounds of ammunition from his "
            "father's house, police said.",
            "c.txt": LEAD + "Police said the gunman carried 1,300 rounds of ammunition in a "
            "duffel bag.",
            "d.txt": LEAD + "He had 1,300 rounds of ammunition with him, police said on Saturday.",
        },
    )
    flagged = [
        {c.text for c in f.claims}
        for f in found
        if f.verdict.value in ("conflict", "variation") and f.kind == "quantity"
    ]
    assert not [c for c in flagged if "at least 70 rounds" in c], flagged
