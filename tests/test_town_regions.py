"""One town written with another state or country after it by two accounts (issue 11: places
of seeded edits, "a state" swapped), on passages written here (rule town-region-differs)."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of

LEAD = "Alex Murdaugh was sentenced to life in prison on Friday for the murders of his family. "


def _towns(tmp_path: Path, *bodies: str) -> list[list[str]]:
    """The town-region findings' claims of one account per body (desks A, B, C ...)."""
    texts = {
        f"{chr(97 + k)}.txt": f"Desk {chr(65 + k)}\n\n{LEAD}{body}" for k, body in enumerate(bodies)
    }
    return [
        sorted(c.text for c in f.claims)
        for f in findings_of(tmp_path, texts)
        if f.rule == "town-region-differs"
    ]


def test_a_town_the_gazetteer_does_not_know_in_two_states(tmp_path: Path) -> None:
    found = _towns(
        tmp_path,
        "The hearing was held in Walterboro, South Carolina, on Friday.",
        "Judge Clifton Newman spoke at the courthouse in Walterboro, Kansas, before the sentence.",
        "In Walterboro, South Carolina, the judge read the sentence.",
    )
    assert found == [
        ["Walterboro, Kansas", "Walterboro, South Carolina", "Walterboro, South Carolina"]
    ]


def test_an_account_naming_two_towns_of_one_name_gives_no_key(tmp_path: Path) -> None:
    found = _towns(
        tmp_path,
        "He had lived in Springfield, Illinois, and later in Springfield, Missouri, before the "
        "trial.",
        "He once lived in Springfield, Missouri, officials said on Friday.",
    )
    assert found == []


def test_a_common_word_before_a_state_is_no_town(tmp_path: Path) -> None:
    found = _towns(
        tmp_path,
        "Meanwhile, Florida officials said on Friday they would review the case.",
        "Meanwhile, Texas officials said on Friday they would review the case.",
    )
    assert found == []
