"""One discrepancy told by two rules is reported once (``judge._drop_covered``): a finding
whose claims all lie inside the claims of a higher-ranked finding of the same event and
kind is dropped, on passages written here (issue 11: an editor reads each disagreement once)."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of

VISIT = {
    "a.txt": "Daily Star\n\nLeaders meet\n\nIndian Prime Minister Narendra Modi and Australian "
    "Prime Minister Anthony Albanese held talks in New Delhi on Thursday that lasted about 90 "
    "minutes.\n\nAlbanese arrived in India on Wednesday for a three-day visit.\n",
    "b.txt": "Channel 8\n\nLeaders meet\n\nAustralia's Anthony Albanese and India's Narendra "
    "Modi held two hours of talks on Thursday in New Delhi.\n\nHe arrived on Wednesday for a "
    "four-day visit, his second as prime minister.\n",
    "c.txt": "The Courier\n\nLeaders meet\n\nPrime Minister Anthony Albanese met Narendra Modi "
    "in New Delhi on Thursday for 90 minutes of talks.\n\nThe visit, which began Wednesday, "
    "lasts three days.\n",
}


def test_each_disagreement_is_reported_once(tmp_path: Path) -> None:
    found = [
        f for f in findings_of(tmp_path, VISIT) if f.verdict.value in ("conflict", "variation")
    ]
    visits = [f for f in found if any("four-day" in c.text for c in f.claims)]
    talks = [f for f in found if any("two hours" in c.text for c in f.claims)]
    assert len(visits) == 1, [f.title for f in visits]
    assert len(talks) == 1, [f.title for f in talks]
