"""Shared-sentence diff: one sentence carried by two outlets with one typed word changed.

Passages written here; each pair of articles shares most of its wording, as wire copies do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import Verdict
from factcheck.pipeline import build_report

LEAD = (
    "SPRINGFIELD, Ill. (AP) — {a} The explosion happened shortly after the morning shift began "
    "at the plant on the east side of the city, officials said."
)
BODY = (
    "\n\nFire Chief Dana Kowalski told reporters that crews searched the rubble through the "
    'night. "We are doing everything we can for the families," Kowalski said.\n\n'
    "The cause of the blast was under investigation on {day}, and the plant's owner said it "
    "would cooperate fully with state and federal inspectors.\n\n"
    'Governor Alan Briggs visited the site and said: "{quote}"\n'
)


def _write(tmp_path: Path, name: str, outlet: str, **parts: str) -> None:
    defaults = {
        "a": "Fourteen people were killed in a blast at a fertilizer plant on Tuesday.",
        "day": "Wednesday",
        "quote": "It was a fair ruling by the board and we will respect it completely.",
    }
    defaults.update(parts)
    text = f"{outlet}\n\n" + LEAD.format(a=defaults["a"]) + BODY.format(**defaults)
    (tmp_path / name).write_text(text, encoding="utf-8")


def _findings(tmp_path: Path) -> list:  # type: ignore[type-arg]
    """Conflicts and variations (the shared-sentence rule, or a rule that says more)."""
    report = build_report([str(tmp_path)], single_event=True)
    flags = (Verdict.CONFLICT, Verdict.VARIATION)
    return [f for f in report.findings if f.verdict in flags and f.rule != "wire-copy"]


@pytest.mark.parametrize(
    ("change", "kind", "verdict", "old", "new"),
    [
        ({"a": "Twelve people were killed in a blast at a fertilizer plant on Tuesday."},
         "quantity", Verdict.CONFLICT, "Fourteen", "Twelve"),
        ({"day": "Thursday"}, "date", Verdict.CONFLICT, "Wednesday", "Thursday"),
        ({"quote": "It was an unfair ruling by the board and we will respect it completely."},
         "quote", Verdict.CONFLICT, "a fair", "an unfair"),
        ({"quote": "It was a fair ruling by the board and we will accept it completely."},
         "quote", Verdict.VARIATION, "respect", "accept"),
    ],
)  # fmt: skip
def test_one_typed_word_changed_in_a_copy(
    tmp_path: Path, change: dict[str, str], kind: str, verdict: Verdict, old: str, new: str
) -> None:
    _write(tmp_path, "a.txt", "Springfield Herald")
    _write(tmp_path, "b.txt", "Capitol News", **change)
    _write(tmp_path, "c.txt", "Prairie Daily")
    found = _findings(tmp_path)
    assert found, "the changed word was not flagged"
    f = found[0]
    assert (f.kind, f.verdict) == (kind, verdict), f.title
    texts = {c.text for c in f.claims}
    assert any(old in t for t in texts) and any(new in t for t in texts), texts


def test_a_name_spelt_two_ways_in_one_sentence(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Springfield Herald")
    (tmp_path / "b.txt").write_text(
        (tmp_path / "a.txt")
        .read_text(encoding="utf-8")
        .replace("Springfield Herald", "Capitol News")
        .replace("Dana Kowalski told", "Dana Kowalksi told"),
        encoding="utf-8",
    )
    found = _findings(tmp_path)
    assert [(f.kind, f.verdict) for f in found] == [("name", Verdict.VARIATION)]
    assert {c.text for c in found[0].claims} == {"Dana Kowalski", "Dana Kowalksi"}


def test_same_value_written_differently_is_not_flagged(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Springfield Herald")
    _write(
        tmp_path,
        "b.txt",
        "Capitol News",
        a="14 people were killed in a blast at a fertilizer plant on Tuesday.",
    )
    assert _findings(tmp_path) == []


def test_a_contraction_spelt_out_is_the_same_words(tmp_path: Path) -> None:
    """ "cannot" / "can't" inside a shared quotation: one wording; "can" / "can't" is not."""
    quote = "We {} rebuild this plant overnight, but we will rebuild it."
    _write(tmp_path, "a.txt", "Springfield Herald", quote=quote.format("cannot"))
    _write(tmp_path, "b.txt", "Capitol News", quote=quote.format("can't"))
    assert _findings(tmp_path) == []
    _write(tmp_path, "b.txt", "Capitol News", quote=quote.format("can"))
    assert _findings(tmp_path) != []


def test_identical_copies_give_no_diff(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Springfield Herald")
    _write(tmp_path, "b.txt", "Capitol News")
    assert _findings(tmp_path) == []


def test_a_name_no_person_rule_read_spelt_two_ways(tmp_path: Path) -> None:
    # "Bunny Friend Playground" is a capitalised run, not a person: one account misspells a
    # part, in another sentence of its own, and the others spell it the usual way.
    for name, outlet, park in (
        ("a.txt", "Springfield Herald", "Bunny Friend Playground"),
        ("b.txt", "Capitol News", "Bunny Friend Playgroond"),
        ("c.txt", "Prairie Daily", "Bunny Friend Playground"),
    ):
        _write(tmp_path, name, outlet, day=f"Wednesday, near the {park}")
    found = [f for f in _findings(tmp_path) if f.rule == "name-spelling"]
    assert [{c.text for c in f.claims} for f in found] == [
        {"Bunny Friend Playground", "Bunny Friend Playgroond"}
    ]


def test_two_lexicon_words_in_capitalised_runs_are_not_a_misspelling(tmp_path: Path) -> None:
    for name, outlet, office in (
        ("a.txt", "Springfield Herald", "County Sheriff’s Office"),
        ("b.txt", "Capitol News", "County Sheriff's Office"),
        ("c.txt", "Prairie Daily", "County Sheriffs Office"),
    ):
        _write(tmp_path, name, outlet, day=f"Wednesday, said the {office}")
    assert not [f for f in _findings(tmp_path) if f.rule == "name-spelling"]
