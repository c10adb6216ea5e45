"""A clock on a multiple of five minutes may be the other's rounded (judge.copies), on
passages written here (issue 11: "about 2045 GMT" and 20:49 agree)."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of

SENTENCE = (
    "The shooting rampage started about {clock} p.m. Friday when the gunman walked up to a "
    "marked police car on Sansom Street and opened fire."
)


def _clock_flags(tmp_path: Path, a: str, b: str) -> list[set[str]]:
    found = findings_of(
        tmp_path, {"a.txt": SENTENCE.format(clock=a), "b.txt": SENTENCE.format(clock=b)}
    )
    return [
        {c.text for c in f.claims}
        for f in found
        if f.rule == "shared-sentence-diff" and f.kind == "time"
    ]


def test_two_minutes_off_a_five_minute_mark_agree(tmp_path: Path) -> None:
    assert _clock_flags(tmp_path, "11:20", "11:18") == []


def test_eight_minutes_apart_differ(tmp_path: Path) -> None:
    assert _clock_flags(tmp_path, "11:20", "11:28") == [{"11:20", "11:28"}]
