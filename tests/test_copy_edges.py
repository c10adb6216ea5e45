"""Two copies of one quotation, one with a lead-in sentence, an attribution after it and
names written short: only the changes inside count (judge.copies.changes), on passages
written here (issue 11)."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Finding
from factcheck.pipeline import build_report
from passages import findings_of

LONG = (
    "“Leader of Opposition [Ghulam Nabi Azad] said Article 370 connected Jammu and Kashmir to "
    "India, it’s not {word}. Maharaja Hari Singh signed Jammu and Kashmir Instrument of "
    "Accession on 27 Oct 1947, Article 370 came in 1954.”"
)
SHORT = (
    "“Under the umbrella of Article 370 three families looted J&K for yrs. Leader of "
    "Opposition (GN Azad) said Article 370 connected J&K to India, it’s not true. Maharaja "
    "Hari Singh signed J&K Instrument of Accession on 27 Oct 1947, Article 370 came in 1954,” "
    "said Shah."
)


def _flags(tmp_path: Path, word: str) -> list[tuple[str, set[str]]]:
    found = findings_of(
        tmp_path,
        {"a.txt": "The minister spoke in parliament.\n\n" + LONG.format(word=word),
         "b.txt": "The minister spoke in parliament.\n\n" + SHORT},
    )  # fmt: skip
    return [
        (f.title, {c.text for c in f.claims}) for f in found if f.rule == "shared-sentence-diff"
    ]


def test_a_word_for_its_opposite_inside_a_longer_copy_is_flagged(tmp_path: Path) -> None:
    flags = _flags(tmp_path, "false")
    assert [claims for _t, claims in flags] == [{"false", "true"}]
    assert "opposite" in flags[0][0]


def test_short_names_and_abbreviations_alone_are_not_flagged(tmp_path: Path) -> None:
    assert _flags(tmp_path, "true") == []


def test_one_place_spelt_two_ways_is_not_another_place(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": "A strong earthquake struck Morocco on Friday night. The injured were "
            "taken to hospitals in Amizmiz on Saturday, the agency reported.",
            "b.txt": "A strong earthquake struck Morocco on Friday night. The injured were "
            "taken to hospitals in Amizmis on Saturday, the agency reported.",
        },
    )
    assert not [
        f
        for f in found
        if f.kind == "place"
        and {c.text for c in f.claims} == {"Amizmiz", "Amizmis"}
        and f.rule != "name-spelling"
        and f.verdict.value in ("conflict", "variation")
    ]


def _two_copies(tmp_path: Path, a: str, b: str, published: tuple[str, str]) -> list[Finding]:
    """The findings on two copies of one story with the given publication days."""
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text(a, encoding="utf-8")
    (texts / "b.txt").write_text(b, encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "file,outlet,url,title,published\n"
        f"{texts / 'a.txt'},Daily A,,Story,{published[0]}\n"
        f"{texts / 'b.txt'},Daily B,,Story,{published[1]}\n",
        encoding="utf-8",
    )
    report = build_report([str(texts)], manifest=manifest, single_event=True, allow_outside=True)
    return list(report.findings)


SAID = (
    "Boy shot on East Side\n\nA 15-year-old boy was shot on the city's East Side late Sunday, "
    "police said. The boy was taken to Mercy Hospital where he remains in critical condition, "
    "police said {day}. Officers are looking for two men who ran from the scene.\n"
)


def _said_flags(tmp_path: Path, published_b: str) -> list[set[str]]:
    found = _two_copies(
        tmp_path,
        SAID.format(day="Monday"),
        SAID.format(day="Tuesday"),
        ("2016-05-02", published_b),
    )
    return [{c.text for c in f.claims} for f in found if f.kind == "date"]


def test_a_statement_day_retold_in_a_later_copy_is_no_disagreement(tmp_path: Path) -> None:
    """'police said Monday' in Monday's copy and 'police said Tuesday' in Tuesday's: the
    update tells what was said on its own day, and both are true (issue 11, item 5)."""
    assert _said_flags(tmp_path, "2016-05-03") == []


def test_a_statement_day_two_ways_in_copies_of_one_day_is_flagged(tmp_path: Path) -> None:
    assert _said_flags(tmp_path, "2016-05-02") == [{"Monday", "Tuesday"}]


TOLL = (
    "Shooting at bar\n\n{n} people were killed and four others were wounded in a shooting at "
    "a bar on Main Street early Sunday, police said. The gunman fled in a dark sedan and has "
    "not been found.\n"
)


def _toll_flags(tmp_path: Path, published_b: str) -> set[tuple[str, str]]:
    found = _two_copies(
        tmp_path, TOLL.format(n="Two"), TOLL.format(n="Three"), ("2016-05-01", published_b)
    )
    return {
        (f.verdict.value, f.rule)
        for f in found
        if {"Two people", "Three people"} <= {c.text for c in f.claims}
        or {"Two", "Three"} <= {c.text for c in f.claims}
    }


def test_a_figure_in_copies_of_different_days_is_an_update_not_a_conflict(
    tmp_path: Path,
) -> None:
    """'Two people were killed' on May 1, 'Three people' in the copy of May 2: the claims'
    time differs (a toll that rose between reports), so it is a variation to check, not a
    conflict; in copies of one day it stays a conflict."""
    flags = _toll_flags(tmp_path, "2016-05-02")
    assert flags and all(verdict == "variation" for verdict, _rule in flags), flags


def test_a_figure_in_copies_of_one_day_is_a_conflict(tmp_path: Path) -> None:
    assert ("conflict", "shared-sentence-diff") in _toll_flags(tmp_path, "2016-05-01")


ARRESTS = (
    "Shooting at bar\n\nTwo people were wounded in a shooting at a bar on Main Street early "
    "Sunday, police said. {arrests} been made in the case, a police spokesman told reporters "
    "at the scene.\n"
)


def _arrest_flags(tmp_path: Path, published_b: str) -> set[str]:
    found = _two_copies(
        tmp_path,
        ARRESTS.format(arrests="No arrests have"),
        ARRESTS.format(arrests="Arrests have"),
        ("2016-05-01", published_b),
    )
    return {f.verdict.value for f in found if f.rule == "shared-sentence-diff"}


def test_a_negation_in_copies_of_different_days_is_a_change_not_a_conflict(
    tmp_path: Path,
) -> None:
    """'No arrests have been made' on May 1, 'Arrests have been made' on May 2: a state that
    changed between the copies (issue 11: copies of one story with different dates are no
    conflict); in copies of one day the two cannot both be right."""
    assert _arrest_flags(tmp_path, "2016-05-02") == {"variation"}


def test_a_negation_in_copies_of_one_day_is_a_conflict(tmp_path: Path) -> None:
    assert _arrest_flags(tmp_path, "2016-05-01") == {"conflict"}


def test_an_article_before_a_number_is_no_clock(tmp_path: Path) -> None:
    # "a 12-story building" / "the 14-story building": a figure, not "a" of "a.m."
    sentence = "Firefighters said the blaze destroyed {} building on Main Street on Monday."
    found = findings_of(
        tmp_path,
        {
            "a.txt": "A fire broke out downtown.\n\n" + sentence.format("a 12-story"),
            "b.txt": "A fire broke out downtown.\n\n" + sentence.format("the 14-story"),
        },
    )
    diffs = [f for f in found if f.rule == "shared-sentence-diff"]
    assert diffs and all("clock time" not in f.title for f in diffs)
