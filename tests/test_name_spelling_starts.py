"""A name the person rule leaves unread is compared for spelling at a sentence's start too,
when its first word is no common word ("Deonca Kennedy was arrested"); letters put before a
name make another name ("D'Asia" / "Asia")."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Finding
from passages import findings_of


def _spellings(tmp_path: Path, texts: dict[str, str]) -> list[Finding]:
    return [f for f in findings_of(tmp_path, texts) if f.rule == "name-spelling"]


def test_an_unread_name_opening_a_sentence_is_compared(tmp_path: Path) -> None:
    found = _spellings(
        tmp_path,
        {
            "a.txt": "Metro News\n\nA toddler was shot dead in eastern New Orleans on Monday. "
            "Deonca Kennedy was later arrested by police and booked on a negligence charge.",
            "b.txt": "City Desk\n\nPolice in New Orleans arrested a grandmother on Monday after "
            "a toddler was shot. Deonca Kennedi, 42, was booked this morning.",
        },
    )
    assert len(found) == 1 and {c.text for c in found[0].claims} >= {"Deonca Kennedi"}


def test_letters_before_a_name_make_another_name(tmp_path: Path) -> None:
    found = _spellings(
        tmp_path,
        {
            "a.txt": "Metro News\n\nA girl was shot in the head inside her family's home on "
            "Monday. D’asia Turentine was five years old.",
            "b.txt": "City Desk\n\nThe mother of a girl shot at home on Monday was charged. "
            "Asia Turentine is charged with neglect of a dependent.",
        },
    )
    assert not found
