"""The word that says what a date or a place is about (``lexicon.happening``,
``align.keys.governing_happening``), and the two mechanisms built on it, on passages written
here: a day dated by its happening word rather than the nearest noun, and the town where the
event's own happening took place ("venue") compared across accounts."""

from __future__ import annotations

from pathlib import Path

from factcheck.align.keys import governing_happening
from factcheck.align.shared import principal_happenings
from factcheck.extract import extract_facts
from factcheck.ingest import load_articles
from factcheck.lexicon import concept, happening
from factcheck.models import ArticleFacts, FactType, Verdict
from factcheck.pipeline import build_report


def test_happening_words_come_from_wordnet_not_a_list() -> None:
    for word in ("shot", "shooting", "died", "arraigned", "explosion", "murder", "collapsed"):
        assert happening(word), word
    # things, places, states, manners and support verbs say nothing about what happened
    for word in ("neighborhood", "fatally", "avenue", "head", "happened", "took", "county"):
        assert not happening(word), word


def test_an_inflected_verb_is_read_as_the_verb_it_inflects() -> None:
    # "sentence" is first a noun of words, but "sentenced" can only be the verb
    assert not happening("sentence")
    assert happening("sentenced") and happening("sentencing")


BODY = (
    "Priya Shah, 24, was killed at a store on East 21st Street in 2023.\n\n"
    "The jury deliberated for about four hours. Jurors recommended life in prison.\n\n"
)


def test_a_day_arranged_for_a_happening_dates_it(tmp_path: Path) -> None:
    lead = "TULSA, Okla. — A jury on Wednesday convicted Darnell Hayes of murdering a clerk. "
    report = build_report(
        [
            str(_text(tmp_path, "a.txt", lead + BODY + "Formal sentencing is set for Jan. 12.")),
            str(
                _text(tmp_path, "b.txt", lead + BODY + "Hayes will be formally sentenced Jan. 14.")
            ),
        ],
        single_event=True,
    )
    days = [
        {c.text for c in f.claims} for f in report.findings if f.rule == "happening-day-differs"
    ]
    assert days == [{"Jan. 12", "Jan. 14"}]


def _text(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _facts(tmp_path: Path, text: str) -> ArticleFacts:
    path = tmp_path / "a.txt"
    path.write_text("Local News\n\n" + text + "\n", encoding="utf-8")
    articles, _ = load_articles([str(path)], None)
    return extract_facts(articles[0])


def _governing(item: ArticleFacts, kind: FactType, text: str) -> frozenset[str]:
    fact = next(f for f in item.facts if f.type == kind and f.text == text)
    return governing_happening(item, fact)


def test_a_date_is_dated_by_its_happening_word(tmp_path: Path) -> None:
    item = _facts(
        tmp_path,
        "Six people were shot, two fatally, Monday in Brooklyn. Two men charged in the "
        "April 28 double murder appeared in court.",
    )
    assert _governing(item, FactType.DATE, "Monday") == {concept("shot")}
    # a date that modifies the noun after it dates that noun
    assert _governing(item, FactType.DATE, "April 28") == {concept("murder")}


def test_no_happening_word_near_gives_none_unless_asked(tmp_path: Path) -> None:
    item = _facts(tmp_path, "Residents of the quiet neighborhood Monday were worried.")
    fact = next(f for f in item.facts if f.type == FactType.DATE)
    assert governing_happening(item, fact) == frozenset()
    assert governing_happening(item, fact, fallback=True)


STORY = (
    "{dateline} - One person was killed and three others were wounded in a shooting at a "
    "motel early Friday, police said.\n\n"
    "{venue}\n\n"
    "The victims were taken to a hospital. No arrests had been made by Friday evening.\n"
)


def _write(tmp_path: Path, name: str, outlet: str, dateline: str, venue: str) -> None:
    (tmp_path / name).write_text(
        f"{outlet}\n\n" + STORY.format(dateline=dateline, venue=venue), encoding="utf-8"
    )


def _place_flags(tmp_path: Path) -> list[tuple[str, ...]]:
    report = build_report([str(tmp_path)], single_event=True)
    flags = (Verdict.CONFLICT, Verdict.VARIATION)
    return [
        tuple(sorted(c.text for c in f.claims))
        for f in report.findings
        if f.verdict in flags and f.kind == "place"
    ]


A_VENUE = "A gunman opened fire in the parking lot, and one man was killed in {town}."
B_VENUE = "Police in {town} said that one person was killed and three others were hurt."


def test_the_event_is_what_most_leads_name(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Dallas Morning Star", "DALLAS", A_VENUE.format(town="Dallas"))
    _write(tmp_path, "b.txt", "Texas Wire", "DALLAS", B_VENUE.format(town="Dallas"))
    report = build_report([str(tmp_path)], single_event=True)
    assert {concept("killed"), concept("shooting")} <= principal_happenings(report.articles)


def test_the_town_of_the_event_in_two_accounts(tmp_path: Path) -> None:
    # no words in common beside the towns: only what happened there pairs them
    _write(tmp_path, "a.txt", "Dallas Morning Star", "DALLAS", A_VENUE.format(town="Dallas"))
    _write(tmp_path, "b.txt", "Texas Wire", "DALLAS", B_VENUE.format(town="Garland"))
    assert ("Dallas", "Garland") in _place_flags(tmp_path)


def test_a_town_of_another_occasion_is_not_the_venue(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Dallas Morning Star\n\nDALLAS - One person was killed in a shooting at a motel in "
        "Dallas early Friday, police said. Officers found the victim in the parking lot.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Texas Wire\n\nDALLAS - One person was killed in a shooting at a motel early Friday, "
        "police said. Two people were killed in a shooting in Garland three years ago.\n",
        encoding="utf-8",
    )
    assert ("Dallas", "Garland") not in _place_flags(tmp_path)


DAYS = (
    "A man was {verb} {day} night outside a bar on Main Street, police said. Officers found "
    "him on the sidewalk. {extra}\n"
)


def _day_flags(tmp_path: Path) -> list[tuple[str, ...]]:
    report = build_report([str(tmp_path)], single_event=True)
    return [
        tuple(sorted(c.text for c in f.claims))
        for f in report.findings
        if f.rule == "happening-day-differs"
    ]


def test_two_of_the_events_own_happenings_on_two_days(tmp_path: Path) -> None:
    # "shot Saturday" / "killed Sunday" in differently worded sentences: the event's own
    # happening told with two verbs, neither account giving the other's day
    (tmp_path / "a.txt").write_text(
        "Local News\n\n" + DAYS.format(verb="shot", day="Saturday", extra=""), encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "City Wire\n\nA man was shot and killed outside a bar, police said. Detectives said "
        "the victim, a local mechanic, was killed Sunday near the back door of the tavern.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "Metro Daily\n\nA man was shot and killed outside a bar on Main Street, police said.\n",
        encoding="utf-8",
    )
    assert ("Saturday night", "Sunday") in _day_flags(tmp_path)


def test_shot_one_day_and_died_another_is_two_happenings(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Local News\n\n"
        + DAYS.format(verb="shot", day="Saturday", extra="He died Monday at a hospital."),
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "City Wire\n\n" + DAYS.format(verb="shot", day="Saturday", extra="He died Monday."),
        encoding="utf-8",
    )
    assert _day_flags(tmp_path) == []


def test_the_colon_of_a_clock_time_does_not_end_the_clause(tmp_path: Path) -> None:
    item = _facts(tmp_path, "The shooting happened around 11:20 p.m. Wednesday on Elm Street.")
    assert _governing(item, FactType.DATE, "Wednesday") == {concept("shooting")}


OCCURRENCE = {
    "a.txt": (
        "Detroit News\n\nBoy, 3, shot and killed at a house in Detroit\n\n"
        "A 3-year-old boy was shot and killed at a house on Elm Street in Detroit, police "
        "said. The boy was shot around 1:40 p.m. Aug. 3 by an 11-year-old who found a "
        "handgun in a bedroom, police said.\n"
    ),
    "b.txt": (
        "Metro Times\n\nBoy, 3, fatally shot in Detroit home\n\n"
        "A 3-year-old boy was fatally shot by another child at a house in Detroit, police "
        "said. It happened on Aug. 4 at the family's house on Elm Street.\n"
    ),
    "c.txt": (
        "Daily Press\n\nBoy, 3, shot dead in Detroit\n\n"
        "A 3-year-old boy was shot dead in a house in Detroit, police said. The boy's father "
        "was arrested in connection with the shooting on Aug. 9, police said.\n"
    ),
}


def test_it_happened_dates_the_event_itself(tmp_path: Path) -> None:
    """'It happened on Aug. 4' names no happening: in a story about one shooting it dates the
    shooting, against another account's 'shot ... Aug. 3'. A day written after a charge's
    object ('arrested in connection with the shooting on Aug. 9') may be the arrest's: it is
    not compared with such an occurrence."""
    for name, text in OCCURRENCE.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = build_report([str(tmp_path)], single_event=True)
    days = [
        {c.text for c in f.claims}
        for f in report.findings
        if f.verdict in (Verdict.CONFLICT, Verdict.VARIATION) and f.kind == "date"
    ]
    assert {"Aug. 3", "Aug. 4"} in days, days
    assert {"Aug. 4", "Aug. 9"} not in days, days


def test_a_happening_another_date_owns_does_not_date_this_one(tmp_path: Path) -> None:
    # "after Friday's deadly shooting attended Sunday service": Sunday is not the shooting's
    item = _facts(
        tmp_path,
        "A man was shot Friday night outside a bar. Families seeking answers after Friday's "
        "deadly shooting attended Sunday service at a church.",
    )
    assert concept("shooting") not in _governing(item, FactType.DATE, "Sunday")
    assert _governing(item, FactType.DATE, "Friday night") == {concept("shot")}
