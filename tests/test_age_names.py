"""Whose age it is, read through the way news copy writes names, and ages read against the
reports' dates (issue 11), on passages written here: a middle initial ("Donald B. Meyer"),
two surnames in one account ("Edgar Sanchez Rios") and one in another, and a defendant's age
told again a year later."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.extract import extract_facts
from factcheck.models import Article, FactType, Finding, Verdict
from factcheck.pipeline import build_report
from passages import findings_of


def _people(text: str) -> set[str]:
    item = extract_facts(Article(id="a1", source="a1.txt", format="txt", text=text))
    return {f.text for f in item.facts if f.type == FactType.PERSON}


def test_a_name_with_a_middle_initial_is_one_person() -> None:
    people = _people("The girl stood behind her father, 57-year-old Donald B. Meyer, on Monday.")
    assert "Donald B. Meyer" in people


def _records(folder: Path, records: list[dict[str, str]]) -> list[Finding]:
    path = folder / "accounts.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return list(build_report([str(path)], single_event=True).findings)


def _ages(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.rule == "age-differs"]


LEAD = "Two teenagers were shot dead at a park in Oceanside on Wednesday night, police said. "


def _same_day(tmp_path: Path, first: str, second: str) -> list[Finding]:
    """Two accounts of the shooting published the same day, each with its own sentence."""
    return _records(
        tmp_path,
        [
            {"outlet": "Daily", "published": "2013-03-14", "title": "Two teens shot",
             "text": LEAD + first},
            {"outlet": "Courier", "published": "2013-03-14", "title": "Teens shot in park",
             "text": LEAD + second},
        ],
    )  # fmt: skip


def _one_age(tmp_path: Path, first: str, second: str) -> Finding:
    """The one age finding of two same-day accounts."""
    (f,) = _ages(_same_day(tmp_path, first, second))
    return f


def test_an_age_by_a_name_with_a_middle_initial_is_compared(tmp_path: Path) -> None:
    found = _same_day(
        tmp_path,
        "Police named one of the men as Tyson D. Dixon, 22, of Longview.",
        "Tyson Dixon, 27, of Longview was named as a person of interest.",
    )
    (f,) = _ages(found)
    assert {c.text for c in f.claims} == {"22", "27"} and f.verdict == Verdict.CONFLICT


def test_two_surnames_and_one_are_one_person(tmp_path: Path) -> None:
    found = _same_day(
        tmp_path,
        "The victims were Edgar Sanchez Rios, 16, and Ana Vega, 13.",
        "Ana Vega, 13, and Edgar Sanchez, 19, died at the scene.",
    )
    (f,) = _ages(found)
    assert {c.text for c in f.claims} == {"16", "19"}
    assert "Edgar Sanchez" in f.title


def test_an_account_that_writes_both_names_keeps_two_people(tmp_path: Path) -> None:
    # "Edgar Sanchez" and "Edgar Sanchez Rios" in one account: father and son, say
    found = _same_day(
        tmp_path,
        "Edgar Sanchez Rios, 16, died. His uncle Edgar Sanchez, 41, spoke to reporters.",
        "Edgar Sanchez, 41, said his nephew loved the park.",
    )
    assert not _ages(found)


DEFENDANT = "Martin Melendrez, {age}, of Vista is charged with two counts of murder."


def _two_reports(tmp_path: Path, first: tuple[str, int], later: tuple[str, int]) -> list[Finding]:
    """The defendant's age in a report of ``first`` = (date, age) and one of ``later``."""
    return _records(
        tmp_path,
        [
            {"outlet": "Daily", "published": first[0], "title": "Four arrested",
             "text": LEAD + DEFENDANT.format(age=first[1])},
            {"outlet": "Courier", "published": later[0], "title": "No death penalty",
             "text": LEAD + DEFENDANT.format(age=later[1])},
        ],
    )  # fmt: skip


def test_an_age_told_again_a_year_later_may_have_grown(tmp_path: Path) -> None:
    found = _two_reports(tmp_path, ("2013-03-30", 21), ("2014-12-16", 23))
    assert not _ages(found)
    # nor as one statement told with another figure
    assert not [
        f for f in found if f.verdict.value in ("conflict", "variation")
        and {c.text for c in f.claims} >= {"21", "23"}
    ]  # fmt: skip


def test_an_age_that_shrank_in_a_later_report_still_differs(tmp_path: Path) -> None:
    (f,) = _ages(_two_reports(tmp_path, ("2013-03-30", 23), ("2014-12-16", 21)))
    assert f.verdict == Verdict.CONFLICT


def test_more_growth_than_the_years_between_still_differs(tmp_path: Path) -> None:
    (f,) = _ages(_two_reports(tmp_path, ("2013-03-30", 21), ("2014-01-10", 24)))
    assert f.verdict == Verdict.CONFLICT


def test_an_age_in_a_list_of_victims_is_read(tmp_path: Path) -> None:
    """A list writes the age before an aside or at the end of a line: "Ruiz, 24 (shot at
    home)"; it is compared with the age another account gives by the same name."""
    f = _one_age(
        tmp_path,
        "Victims:\nHis brother Daniel Ruiz, 24 (shot at home)\nMaria Lopez, 61\n",
        "Police said the gunman first killed his brother Daniel Ruiz, 26, at the house.",
    )
    assert {c.text for c in f.claims} == {"24", "26"}


def test_a_short_given_name_is_the_same_persons(tmp_path: Path) -> None:
    """ "Chris Ruiz, 26" is "Christopher Ruiz, 24": the short form editors print of the
    given name keys the same person."""
    f = _one_age(
        tmp_path,
        "The gunman first killed his brother Christopher Ruiz, 24, at the house.",
        "Police said the gunman killed his brother, Chris Ruiz, 26, at the house.",
    )
    assert {c.text for c in f.claims} == {"24", "26"} and f.verdict == Verdict.CONFLICT


def test_a_figure_after_a_name_is_no_age() -> None:
    """ "Osama Hamad, 2,000 people had been killed": the "2" of "2,000" is no age."""
    item = extract_facts(
        Article(
            id="a1",
            source="a1.txt",
            format="txt",
            text="According to the prime minister, Osama Hamad, 2,000 people had been killed.",
        )
    )
    ages = [f.text for f in item.facts if f.type == FactType.COUNT and f.text.strip() == "2"]
    assert ages == []


def test_an_unnamed_age_told_as_a_state_is_aged_by_its_fate(tmp_path: Path) -> None:
    """ "A 4-year-old is dead after the shooting" against "A 2-year-old child died" and "the
    2-year-old killed": "is dead" tells the same happening as "died" and "killed" (WordNet's
    die), so the unnamed ages of the one child are compared."""
    lead = "Police are searching for the gunmen who fired at a car on Tuesday night. "
    found = _records(
        tmp_path,
        [
            {"outlet": "Daily", "published": "2016-11-23", "title": "Child dies",
             "text": lead + "A 4-year-old is dead after an overnight shooting in Little Rock."},
            {"outlet": "Courier", "published": "2016-11-23", "title": "Child killed",
             "text": lead + "A 2-year-old child died after the shots hit the car."},
            {"outlet": "Herald", "published": "2016-11-23", "title": "Family grieves",
             "text": lead + "Family members identified the 2-year-old killed in what police call a "
             "drive-by."},
        ],
    )  # fmt: skip
    (flag,) = _ages(found)
    assert {c.text for c in flag.claims} >= {"4-year-old", "2-year-old"}


def test_a_name_the_person_rule_leaves_unread_after_an_age_keys_it(tmp_path: Path) -> None:
    """ "15-year-old Sunny Patel": "Sunny" is also a common word, so the person rule reads no
    name there; the article calls him "Patel" later, so the capitalised pair is his name."""
    found = _same_day(
        tmp_path,
        "Police say the gunman shot 15-year-old Sunny Patel in the head. Patel was helping "
        "his uncle at the restaurant.",
        "Sunny Patel, 17, was shot and killed at his family's restaurant. Patel died there.",
    )
    assert [sorted(c.text for c in f.claims) for f in _ages(found)] == [["15-year-old", "17"]]


def test_capitalised_words_after_an_age_never_used_alone_are_no_name(tmp_path: Path) -> None:
    """ "the 16-year-old Mount Vernon sophomore": no later "Vernon" alone, so no name key."""
    found = _same_day(
        tmp_path,
        "Police said the 16-year-old Mount Vernon sophomore was hit in the leg.",
        "Police said the 17-year-old Mount Vernon sophomore was hit in the arm.",
    )
    assert not [f for f in _ages(found) if "Vernon" in f.title]


def test_the_first_age_of_a_coordinated_subject_takes_its_verb(tmp_path: Path) -> None:
    """ "An 18 year old and his 15 year old brother were grazed": what happened to the
    brother happened to the 18-year-old too, so it meets another account's grazed teen."""
    found = _same_day(
        tmp_path,
        "An 18 year old and his 15 year old brother were grazed by bullets.",
        "A 15-year-old was hit in the foot. A 16-year-old was also grazed in the back, "
        "deputies said.",
    )
    assert [sorted(c.text for c in f.claims) for f in _ages(found)] == [
        ["16-year-old", "18 year old"]
    ]


def test_a_kin_named_by_a_given_name_takes_the_possessor_surname(tmp_path: Path) -> None:
    """ "Zawahri's 55-year-old father, Samir, and 24-year-old brother, Christopher": the
    brother is Christopher Zawahri, whom another account ages 25 ("Chris" is "Christopher");
    "his 24-year-old brother, Christopher" names no surname and stays no key."""
    found = _same_day(
        tmp_path,
        "The first victims were Zawahri's 55-year-old father, Samir, and 24-year-old "
        "brother, Christopher.",
        "He killed his father, Samir Zawahri, 55, and his brother Chris Zawahri, 25.",
    )
    assert [sorted(c.text for c in f.claims) for f in _ages(found)] == [["24-year-old", "25"]]
    found = _same_day(
        tmp_path,
        "The gunman first killed his 24-year-old brother, Christopher, at home.",
        "He killed his brother Chris Zawahri, 25, at home.",
    )
    assert [f for f in _ages(found) if "Zawahri" in f.title] == []


def test_a_name_after_an_age_that_another_account_reads_keys_the_age(tmp_path: Path) -> None:
    # "Torius" is no given name the person rule knows, and the account names him once
    found = findings_of(
        tmp_path,
        {
            "a.txt": "Police arrested a man after a shooting at a birthday party in Dyersburg. "
            "Torius Russell, 29, is in jail on a $2.5 million bond.",
            "b.txt": "According to officials, 30-year-old Torius Russell was arrested Friday "
            "in connection with the shooting at a birthday party in Dyersburg.",
        },
    )
    ages = [{c.text for c in f.claims} for f in found if f.rule == "age-differs"]
    assert {"29", "30-year-old"} in ages


def test_the_one_age_of_someone_from_a_town_meets_the_other_accounts(tmp_path: Path) -> None:
    lead = "Three people were found shot to death Wednesday near Lacey, Washington. "
    found = findings_of(
        tmp_path,
        {
            "a.txt": lead + "The coroner identified them as Gerald Berkey, 36, of Elma; Jackson "
            "Edens, of Olympia; and Terron McGrath, 31, of Tumwater.",
            "b.txt": lead + "Authorities said the victims were a 31-year-old man from Tumwater "
            "and a 34-year-old from Elma.",
        },
    )
    ages = [{c.text for c in f.claims} for f in found if f.rule == "age-differs"]
    assert ages == [{"36", "34-year-old"}]
    # an account that ages two people from one town: the town is no key
    other = tmp_path / "two"
    other.mkdir()
    found = findings_of(
        other,
        {
            "a.txt": lead + "The coroner identified them as Gerald Berkey, 36, of Elma, and "
            "Terron McGrath, 31, of Elma.",
            "b.txt": lead + "Authorities said the victims were a 34-year-old from Elma.",
        },
    )
    assert not [f for f in found if f.rule == "age-differs"]
