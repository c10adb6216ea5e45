"""A named subject's percentage change, whatever verb tells it (align.slots._move_slots), on
passages written here (issue 11: figures keyed by their subject and attribute)."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of, flagged_claims

LEAD = "FRANKFURT — Nordwerk agreed on Tuesday to buy Swedish rival Halden for $4.1 billion.\n\n"
LEADS = {
    "a.txt": LEAD,
    "b.txt": "STOCKHOLM — Nordwerk AG said it would acquire Halden AB in a $4.1 billion deal.\n\n",
    "c.txt": "Nordwerk on Tuesday announced a $4.1 billion cash offer for its rival Halden.\n\n",
}


def test_one_subjects_move_told_with_other_verbs_is_compared(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "Nordwerk shares fell 4.2% in Frankfurt. Halden's stock jumped 31% "
            "in Stockholm.",
            "b.txt": LEADS["b.txt"] + "Shares in Halden rose 31%, while Nordwerk fell 4.2%.",
            "c.txt": LEADS["c.txt"]
            + "Nordwerk's shares slid 4.2 percent; Halden surged 29 percent.\n\n"
            "In 2019 Nordwerk bought Dutch pump maker Vos for $1.2 billion.",
        },
    )
    assert flagged_claims(found, "percent") == [{"31%", "29 percent"}]


def test_two_subjects_moves_are_not_one(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "Halden's stock jumped 31% in Stockholm.",
            "b.txt": LEAD + "Nordwerk's shares slid 4.2 percent in Frankfurt.",
        },
    )
    assert flagged_claims(found, "percent") == []


def test_a_peoples_goods_are_no_named_subject(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "Argentina said it would cut tariffs on Brazilian steel by 15%.",
            "b.txt": LEADS["b.txt"] + "Analysts noted that Brazilian beef exports fell 3% last "
            "year.",
        },
    )
    assert flagged_claims(found, "percent") == []
