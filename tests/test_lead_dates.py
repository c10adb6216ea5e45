"""Two accounts whose leads date the event's own happening on two days (judge.figures,
rule interval-disjoint on the 'date:lead' slot), on passages written here (issue 11: with
two sources there is no majority; the lead dates are compared only when both date the
happening most leads name, not an arrest or a briefing)."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.models import Finding
from factcheck.pipeline import build_report


def _records(folder: Path, records: list[dict[str, str]]) -> list[Finding]:
    path = folder / "accounts.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return list(build_report([str(path)], single_event=True).findings)


def _lead_dates(tmp_path: Path, a: str, b: str) -> list[set[str]]:
    found = _records(
        tmp_path,
        [
            {"outlet": "Chronicle", "published": "2016-09-30", "title": "Man killed", "text": a},
            {"outlet": "Examiner", "published": "2016-10-01", "title": "Man killed", "text": b},
        ],
    )
    return [
        {c.text for c in f.claims}
        for f in found
        if f.kind == "date" and f.verdict.value in ("conflict", "variation")
    ]


def test_two_lead_days_of_the_killing_are_a_variation(tmp_path: Path) -> None:
    found = _lead_dates(
        tmp_path,
        "A man shot and killed early Friday morning has been identified as John Ellis, 44, "
        "police said.",
        "Two people were arrested in San Francisco in connection with the Sept. 29 murder of "
        "44-year-old John Ellis.",
    )
    assert {"Friday morning", "Sept. 29"} in found
