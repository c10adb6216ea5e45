"""One town written with another state or country after it by two accounts (issue 11: places
of seeded edits, "a state" swapped), on passages written here (rule town-region-differs)."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of

LEAD = "Alex Murdaugh was sentenced to life in prison on Friday for the murders of his family. "


def _towns(tmp_path: Path, *bodies: str, rule: str = "town-region-differs") -> list[list[str]]:
    """The claims of ``rule``'s findings, one account per body (desks A, B, C ...)."""
    texts = {
        f"{chr(97 + k)}.txt": f"Desk {chr(65 + k)}\n\n{LEAD}{body}" for k, body in enumerate(bodies)
    }
    return [
        sorted(c.text for c in f.claims) for f in findings_of(tmp_path, texts) if f.rule == rule
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


def _unknown_in_state(tmp_path: Path, *bodies: str) -> list[list[str]]:
    """The town-state-unknown findings' claims of one account per body."""
    return _towns(tmp_path, *bodies, rule="town-state-unknown")


def test_a_town_put_in_a_state_the_gazetteer_has_none_of_in(tmp_path: Path) -> None:
    """ "Albuquerque, Rhode Island": the gazetteer's Albuquerque is in New Mexico, which
    another account names."""
    found = _unknown_in_state(
        tmp_path,
        "His family had moved to a house outside Albuquerque, Rhode Island, years ago.",
        "The family had lived in New Mexico for years before the killings.",
    )
    assert found == [["Albuquerque, Rhode Island", "New Mexico"]]


def test_a_town_of_that_name_in_the_written_state_is_no_slip(tmp_path: Path) -> None:
    found = _unknown_in_state(
        tmp_path,
        "His family had moved to a house outside Springfield, Missouri, years ago.",
        "The family had lived in Illinois for years before the killings.",
    )
    assert found == []


def test_a_small_town_is_no_slip_unless_the_accounts_name_the_other_state(
    tmp_path: Path,
) -> None:
    """A small "Athens, Tennessee" the gazetteer does not list is no error for its Athens,
    Georgia, while no account names Georgia."""
    found = _unknown_in_state(
        tmp_path,
        "His family had moved to a house outside Athens, Tennessee, years ago.",
        "The family had lived in Tennessee for years before the killings.",
    )
    assert found == []


def test_a_state_written_the_ap_way_is_that_state(tmp_path: Path) -> None:
    """ "Walterboro, S.C." is South Carolina: it agrees with "Walterboro, South Carolina" and
    differs from "Walterboro, Kan."."""
    found = _towns(
        tmp_path,
        "The hearing was held in Walterboro, S.C., on Friday.",
        "Judge Clifton Newman spoke at the courthouse in Walterboro, Kan., before the sentence.",
        "In Walterboro, South Carolina, the judge read the sentence.",
    )
    assert found == [["Walterboro, Kan.", "Walterboro, S.C.", "Walterboro, South Carolina"]]
