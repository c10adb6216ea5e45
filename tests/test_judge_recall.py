"""Seeded-edit recall: a real disagreement in a number or date is found, on short passages.

Each test mirrors a miss of the real-news evaluation (docs/evaluation.md, seeded edits) and
the general rule that fixed it; the paired negative keeps the rule from adding false alarms.
"""

from __future__ import annotations

from typing import Any

from factcheck.align import align_facts
from factcheck.judge import judge_alignments
from factcheck.models import ArticleFacts, Event, Finding, Verdict
from judge_factory import make_item

FLAGS = (Verdict.CONFLICT, Verdict.VARIATION)


def _judge(items: list[ArticleFacts]) -> list[Finding]:
    events = [Event(id="e1", label="x", article_ids=tuple(i.article.id for i in items))]
    return judge_alignments(align_facts(events, items), events, items)


def _flags(items: list[ArticleFacts], kind: str | None = None) -> list[Finding]:
    return [f for f in _judge(items) if f.verdict in FLAGS and kind in (None, f.kind)]


def _differs(finding: Finding) -> set[str]:
    return {c.article_id for c in finding.claims if c.value == "differs"}


def _month_day(md: str) -> dict[str, Any]:
    """ "Nov. 12" in a story with no year to resolve it by."""
    return {"start": None, "end": None, "granularity": "day", "relative": False,
            "weekday": None, "resolved_from": None, "month_day": md}  # fmt: skip


def _weekday(name: str) -> dict[str, Any]:
    """ "on Tuesday" in a story with no date to resolve it by."""
    return {"start": None, "end": None, "granularity": "day", "relative": True,
            "weekday": name, "resolved_from": None, "tense": "past", "modifier": None}  # fmt: skip


# ------------------------------------------------------------------ dates


def test_a_date_is_dated_by_the_happening_word_of_its_sentence() -> None:
    """ "On Nov. 12, a jury in the county court in Redwood City convicted ...": the verdict
    verb is six words off, still the happening the date dates; "Nov. 14, when sobs filled
    the courtroom as the baker was found guilty" dates the same verdict."""
    rows = (
        ("a1", "On Nov. 12, a jury in the county court in Redwood City convicted the baker.",
         "Nov. 12", "11-12"),
        ("a2", "The baker was found guilty on Nov. 12 by jurors.", "Nov. 12", "11-12"),
        ("a3", "Jurors convicted the baker of fraud on Nov. 12.", "Nov. 12", "11-12"),
        ("a4", "Unlike on Nov. 14, when sobs filled the courtroom as the baker was found guilty, "
         "the room was still.", "Nov. 14", "11-14"),
    )  # fmt: skip
    fillers = ("Rain fell.", "Markets slid.", "Snow came.", "Trains ran late.")
    items = [
        make_item(aid, f"{filler} {lead}", [("date", s, _month_day(md))])
        for filler, (aid, lead, s, md) in zip(fillers, rows, strict=True)
    ]
    (flag,) = _flags(items, "date")
    assert flag.rule == "majority-outlier" and _differs(flag) == {"a4"}


def test_a_happening_word_in_another_clause_does_not_date_the_day() -> None:
    """ "An airstrike on the town, where ... ground forces invaded the area on Saturday":
    the airstrike is a dozen words away; Saturday dates the invasion, not the bombing the
    others date Tuesday."""
    rows = (
        ("a1", "Jets bombed the market on Tuesday, leaving the town quiet.", "Tuesday"),
        ("a2", "Jets bombed the market on Tuesday, leaving the square empty.", "Tuesday"),
        ("a3", "Jets bombed a market on Tuesday, leaving the town in shock.", "Tuesday"),
        ("a4", "An airstrike on the big market of the old walled town centre, where most of "
         "the heavy fighting has taken place since ground forces invaded on Saturday, left "
         "the town silent.", "Saturday"),
    )  # fmt: skip
    items = [
        make_item(aid, f"Rain fell. Crowds gathered. {body}", [("date", wd, _weekday(wd))])
        for aid, body, wd in rows
    ]
    assert not _flags(items, "date")


def test_words_of_the_next_sentence_do_not_make_a_date_another_happening() -> None:
    """A name in the sentence after the date ("Zurich") says nothing about what the date
    dates: the lone Thursday is still compared with the others' Tuesday."""
    rows = (
        ("a1", "Acme unveiled a thinner laptop on Tuesday. Fans queued.", "Tuesday"),
        ("a2", "Acme unveiled its thinner laptop on Tuesday. Fans cheered.", "Tuesday"),
        ("a3", "Acme unveiled the thinner laptop on Tuesday. Stores opened.", "Tuesday"),
        ("a4", "Acme unveiled a thinner laptop on Thursday. Zurich staff queued.", "Thursday"),
    )
    items = [
        make_item(aid, f"Rain fell. Crowds gathered. {body}", [("date", wd, _weekday(wd))])
        for aid, body, wd in rows
    ]
    (flag,) = _flags(items, "date")
    assert _differs(flag) == {"a4"}


# ------------------------------------------------------------------ numbers


def _hours(n: float, hedge: str | None = None) -> dict[str, Any]:
    low = 0.0 if hedge == "up to" else n * 60
    return {"minutes": n * 60, "low": low, "high": n * 60, "hedge": hedge}


def _battery(aid: str, filler: str, surface: str, value: dict[str, Any]) -> ArticleFacts:
    text = f"{filler} Its new battery can run for {surface} on a single charge, Acme said."
    return make_item(aid, text, [("duration", surface, value)])


def test_a_maximum_nobody_else_gives_is_an_outlier() -> None:
    """ "up to thirteen hours" against "up to eight hours" / "eight hours": read as a bound
    [0, 13 h] it agreed with everyone; the claim is the maximum, and nobody backs 13."""
    items = [
        _battery("a1", "Rain fell.", "up to eight hours", _hours(8, "up to")),
        _battery("a2", "Markets slid.", "eight hours", _hours(8)),
        _battery("a3", "Snow came.", "up to 8 hours", _hours(8, "up to")),
        _battery("a4", "Trains ran late.", "up to thirteen hours", _hours(13, "up to")),
    ]
    (flag,) = _flags(items, "duration")
    assert flag.rule == "majority-outlier" and _differs(flag) == {"a4"}


def test_a_maximum_still_allows_a_smaller_figure() -> None:
    """ "up to eight hours" and "eight hours" agree, and a maximum stays a bound when it
    backs another outlet's figure: "seven hours" (another chip) is within "up to eight"."""
    items = [
        _battery("a1", "Rain fell.", "up to eight hours", _hours(8, "up to")),
        _battery("a2", "Markets slid.", "eight hours", _hours(8)),
        _battery("a3", "Snow came.", "up to 8 hours", _hours(8, "up to")),
        _battery("a4", "Trains ran late.", "seven hours", _hours(7)),
    ]
    assert not _flags(items, "duration")
