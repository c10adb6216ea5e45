"""One account that dates the event's own happening on two adjacent days in its opening
sentences (judge.internal.own_happening_two_days, rule own-happening-two-days), on passages
written here (issue 11: the day of the event, told by one outlet two ways)."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.pipeline import build_report

OTHER = "Six people were shot outside a church in Brooklyn on Monday night, police said."


def _own_days(
    tmp_path: Path, text: str, other: str = OTHER, title: str = "Six shot"
) -> list[set[str]]:
    # published on a Wednesday: "Monday" and "Tuesday" resolve to the two days before
    records = [
        {"outlet": "Daily", "published": "2015-04-29", "title": title, "text": text},
        {"outlet": "Metro", "published": "2015-04-29", "title": title, "text": other},
    ]
    path = tmp_path / "accounts.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    found = build_report([str(path)], single_event=True).findings
    return [{c.text for c in f.claims} for f in found if f.rule == "own-happening-two-days"]


def test_one_account_shooting_on_two_days_is_a_variation(tmp_path: Path) -> None:
    assert _own_days(
        tmp_path,
        "Witnesses said six people were shot outside the church Tuesday night. Gunfire "
        "erupted Monday night on Flatbush Avenue as mourners left a funeral.\n",
    ) == [{"Tuesday night", "Monday night"}]


def test_a_death_the_day_after_the_shooting_is_not(tmp_path: Path) -> None:
    # "it happened ... Sunday" times the event's own happenings, dying among them: a death
    # the next day is no second day of the happening
    assert (
        _own_days(
            tmp_path,
            "A boy died after a shooting at a home in Louisville, police said. The incident "
            "happened at about 10:43 p.m. Sunday at the family home. He died at 4:25 a.m. on "
            "Monday at a hospital.",
            other="A boy died after he was shot at a home in Louisville, police said.",
            title="Boy dies after shooting",
        )
        == []
    )


def test_the_day_a_statement_was_made_is_not(tmp_path: Path) -> None:
    assert (
        _own_days(
            tmp_path,
            "Six people were shot outside the church Monday night. Police said Tuesday the "
            "shooting was outside a funeral.",
        )
        == []
    )
