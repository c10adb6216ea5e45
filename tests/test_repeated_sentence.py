"""One article carrying one sentence twice with a word changed (issue 11, the shared-sentence
diff within one article), on passages written here."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Finding
from passages import findings_of


def _repeated(tmp_path: Path, text: str) -> list[Finding]:
    texts = {
        "a.txt": text,
        "b.txt": "The election commission in Taipei said on Saturday that turnout was high.",
    }
    return [f for f in findings_of(tmp_path, texts) if f.rule == "repeated-sentence-diff"]


def test_a_negation_in_a_sentence_carried_twice_is_a_variation(tmp_path: Path) -> None:
    found = _repeated(
        tmp_path,
        "Declaring victory, Tsai told supporters that Taiwan is showing the world how much we "
        "cherish our free democratic way of life. The count ended late in the evening. "
        "Declaring victory, Tsai told supporters that Taiwan is not showing the world how "
        "much we cherish our free democratic way of life.",
    )
    assert len(found) == 1
    assert found[0].verdict.value == "variation" and found[0].kind == "phrasing"
    assert [c.text for c in found[0].claims][1] == "not"


def test_a_figure_changed_in_a_repeated_paragraph_is_a_variation(tmp_path: Path) -> None:
    found = _repeated(
        tmp_path,
        "Police said seven people were shot at the party on Genesee Street late on Wednesday "
        "night. More details were not released. Police said nine people were shot at the "
        "party on Genesee Street late on Wednesday night.",
    )
    assert [(f.kind, [c.text for c in f.claims]) for f in found] == [
        ("quantity", ["seven", "nine"])
    ]


def test_alike_sentences_about_two_people_are_not_paired(tmp_path: Path) -> None:
    found = _repeated(
        tmp_path,
        "Marcus Smith, 19, was shot in the leg and taken to the hospital. "
        "Andre Jones, 22, was shot in the arm and taken to the hospital.",
    )
    assert found == []


def test_two_changes_are_not_one_sentence_carried_twice(tmp_path: Path) -> None:
    found = _repeated(
        tmp_path,
        "Police said seven people were shot at the party on Genesee Street late on Wednesday "
        "night. Police said nine people were hurt at the party on Genesee Street late on "
        "Thursday night.",
    )
    assert found == []
