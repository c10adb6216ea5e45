"""A month and day written without its year (issue 11), on passages written here: the year
nearest the publication date, unless the clause tells of the past and that year lies ahead
("was shot Dec. 14" in a June story is last December); a scheduled day stays ahead."""

from __future__ import annotations

from factcheck.extract import extract_facts
from factcheck.models import Article, FactType
from factcheck.values import DateValue


def _days(text: str, published: str) -> dict[str, str | None]:
    item = extract_facts(
        Article(
            id="a1",
            source="a1.txt",
            format="txt",
            text=text,
            published=published,
            reference_date=published,
        )
    )
    return {
        f.text: f.value.start
        for f in item.facts
        if f.type == FactType.DATE and isinstance(f.value, DateValue)
    }


def test_a_past_clause_puts_the_day_in_the_past() -> None:
    days = _days(
        "Her daughter was accidentally shot in the leg Dec. 14 at the apartment.", "2016-06-30"
    )
    assert days["Dec. 14"] == "2015-12-14"


def test_a_scheduled_day_stays_ahead() -> None:
    days = _days("Trial is set for June 17 for the man accused of the shooting.", "2013-01-03")
    assert days["June 17"] == "2013-06-17"


def test_a_day_near_the_publication_date_keeps_its_year() -> None:
    days = _days("The man was arrested Dec. 29 after a chase, police said.", "2017-01-02")
    assert days["Dec. 29"] == "2016-12-29"


def test_a_much_nearer_past_day_outweighs_a_looking_ahead_clause() -> None:
    days = _days(
        "He is expected to be arraigned Wednesday in connection with the Aug. 19 shooting.",
        "2015-10-06",
    )
    assert days["Aug. 19"] == "2015-08-19"
