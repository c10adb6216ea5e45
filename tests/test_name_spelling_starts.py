"""A name the person rule leaves unread is compared for spelling at a sentence's start too,
when its first word is no common word ("Deonca Kennedy was arrested"); letters put before a
name make another name ("D'Asia" / "Asia")."""

from __future__ import annotations

from pathlib import Path

from factcheck.judge.independence import _part_key, _variant
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


LIBBY = "Two teenagers were shot dead at Libby Lake Park in Oceanside on Wednesday night. "


def test_a_lone_surname_spelt_another_way_is_compared(tmp_path: Path) -> None:
    found = _spellings(
        tmp_path,
        {
            "a.txt": "Metro News\n\n" + LIBBY + "Police named the girl as Melanie Virgen, 13.",
            "b.txt": "City Desk\n\n" + LIBBY + "Prosecutors dropped charges against a man "
            "accused of having killed Vergen and her friend at the park.",
        },
    )
    assert len(found) == 1 and {c.text for c in found[0].claims} >= {"Vergen"}


def test_a_lone_given_name_or_a_place_is_not_a_spelling(tmp_path: Path) -> None:
    found = _spellings(
        tmp_path,
        {
            "a.txt": "Metro News\n\n" + LIBBY + "Police named the victims as Alejandro "
            "Martinez, 20, according to Sheriff Greg Taylor.",
            "b.txt": "City Desk\n\n" + LIBBY + "A cousin, Alejandra, said the bodies were "
            "sent to Tyler, Texas, for autopsies.",
        },
    )
    assert found == []


def test_a_possessive_and_a_derived_adjective_are_no_spelling() -> None:
    # "Saudi Arabia's" / "Saudi Arabian Oil Company": the possessive is dropped, and
    # "Arabian" is a word derived from "Arabia", not another spelling of it
    assert _part_key("Arabia's") == _part_key("Arabia’s") == "arabia"
    assert not _variant(_part_key("Arabia's"), _part_key("Arabian"))
    assert _variant(_part_key("Virgen's"), _part_key("Vergen"))
