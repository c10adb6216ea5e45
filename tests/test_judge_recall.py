"""Seeded-edit recall: a real disagreement in a number or date is found, on short passages.

Each test mirrors a miss of the real-news evaluation (docs/evaluation.md, seeded edits) and
the general rule that fixed it; the paired negative keeps the rule from adding false alarms.
"""

from __future__ import annotations

from factcheck.align.alignments import align_facts
from factcheck.align.slots import _stars
from factcheck.judge import judge_alignments
from factcheck.models import Alignment, ArticleFacts, Event, Fact, Finding, Verdict
from factcheck.values import (
    CountValue,
    DateValue,
    DurationValue,
    FactValue,
    MoneyValue,
    PercentValue,
    TimeValue,
)
from judge_factory import make_item

FLAGS = (Verdict.CONFLICT, Verdict.VARIATION)


def _judge(items: list[ArticleFacts]) -> list[Finding]:
    events = [Event(id="e1", label="x", article_ids=tuple(i.article.id for i in items))]
    return judge_alignments(align_facts(events, items), events, items)


def _flags(items: list[ArticleFacts], kind: str | None = None) -> list[Finding]:
    return [f for f in _judge(items) if f.verdict in FLAGS and kind in (None, f.kind)]


def _differs(finding: Finding) -> set[str]:
    return {c.article_id for c in finding.claims if c.value == "differs"}


def _month_day(md: str) -> DateValue:
    """ "Nov. 12" in a story with no year to resolve it by."""
    return DateValue(
        start=None,
        end=None,
        granularity="day",
        relative=False,
        weekday=None,
        resolved_from=None,
        month_day=md,
    )


def _weekday(name: str) -> DateValue:
    """ "on Tuesday" in a story with no date to resolve it by."""
    return DateValue(
        start=None,
        end=None,
        granularity="day",
        relative=True,
        weekday=name,
        resolved_from=None,
        tense="past",
        modifier=None,
    )


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


def _hours(n: float, hedge: str | None = None) -> DurationValue:
    low = 0.0 if hedge == "up to" else n * 60
    return DurationValue(minutes=n * 60, low=low, high=n * 60, hedge=hedge)


def _battery(aid: str, filler: str, surface: str, value: FactValue) -> ArticleFacts:
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


def _pct(n: float) -> PercentValue:
    return PercentValue(value=n, low=n, high=n)


WIRE = (
    "Acme unveiled its new laptops at the developer conference in the city on a sunny "
    "morning, with a faster chip, a sharper screen and a thinner case than last year. "
    "The portables have graphics {n} percent faster than the previous generation and "
    "ship to stores across the country within weeks, the company said in a statement."
)


def test_copies_of_one_story_that_differ_on_a_figure_are_flagged() -> None:
    """Two runs of one wire story count as one source, which hid a changed figure from every
    majority and two-source rule: the same sentence with another number is flagged."""
    items = [
        make_item("a1", WIRE.format(n=60), [("percent", "60 percent", _pct(60))]),
        make_item("a2", WIRE.format(n=90), [("percent", "90 percent", _pct(90))]),
        make_item(
            "a3",
            "Sun shone. Buyers get graphics 60 percent faster than the previous generation.",
            [("percent", "60 percent", _pct(60))],
        ),
    ]
    flags = _flags(items, "percent")
    assert [f.rule for f in flags] == ["copies-differ"]
    assert {c.article_id for c in flags[0].claims} == {"a1", "a2"}


def test_copies_reading_the_same_words_two_ways_are_not_flagged() -> None:
    """ "shipping today" in a copy run a day later resolves to another day: the copy changed
    no word, so there is nothing to flag."""
    text = WIRE.format(n=60).replace("within weeks", "today")
    items = [
        make_item(aid, text, [("date", "today", _day(iso))])
        for aid, iso in (("a1", "2012-06-11"), ("a2", "2012-06-12"))
    ]
    assert not _flags(items, "date")


def _day(iso: str) -> DateValue:
    return DateValue(
        start=iso, end=iso, granularity="day", relative=True, weekday=None, resolved_from=None
    )


def test_a_count_of_another_thing_in_the_sentence_does_not_excuse_a_count() -> None:
    """ "history between the seven sides: ... battled two civil wars": the two wars are no
    part of the sides, so they do not make "seven sides" another measure than "two sides"."""

    def story(aid: str, filler: str, n: str) -> ArticleFacts:
        text = (
            f"{filler} The violence is troubling given the history between the {n} sides: "
            "the tribes of the south and the north battled two civil wars over five decades."
        )
        return make_item(
            aid,
            text,
            [
                ("count", f"{n} sides", CountValue(value={"two": 2, "seven": 7}[n], noun="sides")),
                ("count", "two civil wars", CountValue(value=2, noun="civil wars")),
            ],
        )

    one = "Heavy rain fell on the border towns overnight, and aid convoys waited at the crossing."
    other = "Officials in the capital met diplomats on Friday to discuss oil revenue and refugees."
    flags = _flags([story("a1", one, "two"), story("a2", other, "seven")])
    assert [f.rule for f in flags] == ["interval-disjoint"]
    assert {c.text for c in flags[0].claims} == {"two sides", "seven sides"}


def _resolved(iso: str, weekday: str | None = None) -> DateValue:
    return DateValue(
        start=iso,
        end=iso,
        granularity="day",
        relative=weekday is not None,
        weekday=weekday,
        resolved_from=None,
    )


def test_a_weekday_beside_a_wrong_day_does_not_excuse_it() -> None:
    """ "bombed the camp on Thursday, Nov. 12": Thursday (resolved to Nov. 10, with everyone)
    and Nov. 12 are one date written two ways, not a part beside a whole."""
    rows = (
        ("a1", "Rain fell. Jets bombed the refugee camp in the north on Thursday.",
         [("Thursday", "2011-11-10", "Thursday")]),
        ("a2", "Markets slid. The refugee camp in the north was bombed on Nov. 10 by jets.",
         [("Nov. 10", "2011-11-10", None)]),
        ("a3", "Snow came. Jets bombed a refugee camp in the north on Thursday, officials said.",
         [("Thursday", "2011-11-10", "Thursday")]),
        ("a4", "Trains ran late. Jets bombed the refugee camp in the north on Thursday, Nov. 12.",
         [("Thursday", "2011-11-10", "Thursday"), ("Nov. 12", "2011-11-12", None)]),
    )  # fmt: skip
    items = [
        make_item(aid, text, [("date", s, _resolved(iso, wd)) for s, iso, wd in dates])
        for aid, text, dates in rows
    ]
    (flag,) = _flags(items, "date")
    assert [c.text for c in flag.claims if c.value == "differs"] == ["Nov. 12"]


# ------------------------------------------------------------------ extraction


def test_a_past_verb_right_before_a_weekday_makes_it_past() -> None:
    """ "H-P announced Tuesday that it will buy ...": the announcement is past whatever the
    reported clause says, so the weekday resolves backwards and slots with "announced
    Tuesday" elsewhere; "will be held Tuesday" and "expected Tuesday" still look ahead."""
    from factcheck.extract.dates import tense_future

    def future(sentence: str, word: str) -> bool:
        return tense_future(sentence, sentence.index(word))

    assert not future("H-P announced Tuesday that it will buy the company.", "Tuesday")
    assert not future("He said on Monday that he will resign on Friday.", "Monday")
    assert future("He said on Monday that he will resign on Friday.", "Friday")
    assert future("The talks will be held Tuesday in Geneva.", "Tuesday")
    assert future("The deal will close, and results are expected Tuesday.", "Tuesday")


def _money(amount: float) -> MoneyValue:
    return MoneyValue(currency="USD", amount=amount, low=amount, high=amount, hedge=None)


def _pool(words: dict[str, tuple[str, ...]], odd: str) -> list[tuple[Fact, frozenset[str]]]:
    """One "$334 million" per article (``odd`` says $501 million), with the given context."""
    out = []
    for aid, ctx in words.items():
        n = 501 if aid == odd else 334
        item = make_item(aid, f"It cost ${n} million.", [("money", f"${n} million", _money(n))])
        out.append((item.facts[0], frozenset(ctx)))
    return out


# Contexts after the SeaMicro story (t43-plus): the big star's centre (a6) shares nothing
# with the $501 million (a1), which shares "pay widgetco" with two of its members.
SEAMICRO = {
    "a1": ("pay", "widgetco", "company", "known"),
    "a2": ("company", "widgetco", "afternoon", "agreement"),
    "a3": ("cash", "stock", "deal", "bet"),
    "a4": ("cash", "stock", "deal", "pay", "widgetco"),
    "a5": ("cash", "stock", "deal", "pay", "widgetco"),
    "a6": ("cash", "stock", "deal", "bet", "sizable"),
    "a7": ("bet", "sizable", "deal"),
    "a8": ("bet", "sizable", "cash"),
}


def test_a_figure_its_star_left_alone_gets_a_neighbourhood() -> None:
    """Stars take one figure per article around the best-connected one: "will pay $501
    million for Widgetco" shares words with two figures of the big star but not with its
    centre, and ends up beside one lone figure. Its neighbourhood holds those two."""
    stars, near = _stars(_pool(SEAMICRO, "a1"))
    by_article = {f.article_id: star for star in stars for f in star}
    assert {f.article_id for f in by_article["a1"]} == {"a1", "a2"}
    (hood,) = near
    assert {f.article_id for f in hood} == {"a1", "a4", "a5"}


def test_a_neighbourhood_reports_only_a_disagreement() -> None:
    """Judged as a 'near:' slot the lone figure faces the majority of its neighbours; when it
    agrees with them, the value slots have already said so: no second corroboration."""
    for odd, flagged in (("a1", True), ("none", False)):
        facts = [f for f, _c in _pool(SEAMICRO, odd) if f.article_id in ("a1", "a4", "a5")]
        lines = {
            "a1": "Acme will pay {} for Widgetco, a company known for chips.",
            "a4": "Rain fell. Shareholders heard Acme would pay {} in cash and stock.",
            "a5": "In a deal struck on Monday, Acme is to pay {} for the servers.",
        }
        items = [
            make_item(f.article_id, lines[f.article_id].format(f.text),
                      [("money", f.text, f.value)])
            for f in facts
        ]  # fmt: skip
        al = Alignment(
            slot="near:money:USD:level:pay widgetco",
            kind="money",
            event_ids=("e1",),
            facts=tuple(it.facts[0] for it in items),
        )
        events = [Event(id="e1", label="x", article_ids=tuple(i.article.id for i in items))]
        found = [f for f in judge_alignments([al], events, items) if f.kind == "money"]
        found = [f for f in found if f.rule != "single-source"]
        assert [f.rule for f in found] == (["majority-outlier"] if flagged else [])


def test_two_sources_dating_the_same_happening_word_differently_conflict() -> None:
    """ "He will be sentenced November 8." / "He is to be sentenced Nov. 10.": with two
    sources there is no majority, and so few words never reach the three shared ones a pair
    needs; the happening word beside both dates says they date one thing."""

    def items(second: str, md: str) -> list[ArticleFacts]:
        return [
            make_item("a1", "Jurors deliberated for hours. He will be sentenced November 8.",
                      [("date", "November 8", _month_day("11-08"))]),
            make_item("a2", f"The verdict came late on a cold day. {second}",
                      [("date", second.split(" ", 5)[-1].rstrip("."), _month_day(md))]),
        ]  # fmt: skip

    (flag,) = _flags(items("He is to be sentenced Nov. 10.", "11-10"), "date")
    assert flag.verdict == Verdict.VARIATION and flag.rule == "interval-disjoint"
    # A day arranged for a happening dates it ("sentencing is set for"), as "will be
    # sentenced" does: one sentencing, two days (align.keys.ARRANGED_FOR_RE).
    (flag,) = _flags(items("Formal sentencing is set for Nov. 10.", "11-10"), "date")
    assert flag.verdict == Verdict.VARIATION
    # a day the arranging verb alone dates names no happening in common
    assert not _flags(items("The new budget is set for Nov. 10.", "11-10"), "date")


def test_a_date_told_in_the_same_words_is_compared_despite_a_new_name() -> None:
    """ "Formal sentencing is set for Nov. 10 before District Judge Jon Sullivan": the judge's
    name is absent from the others, but four shared words ("formal sentencing set" and the
    class) say it dates the same sentencing as their "Nov. 8"."""
    rows = (
        ("a1", "Jurors deliberated for hours before the verdict.",
         "Formal sentencing is set for Nov. 8, prosecutors said.", "Nov. 8", "11-08"),
        ("a2", "The family of the victim wept in the courtroom.",
         "Formal sentencing is set for Nov. 8 in the county.", "Nov. 8", "11-08"),
        ("a3", "Police found the car near a lake last spring.",
         "His formal sentencing is set for Nov. 8.", "Nov. 8", "11-08"),
        ("a4", "The defence said it would appeal the ruling.",
         "Formal sentencing is set for Nov. 10 before District Judge Jon Sullivan.",
         "Nov. 10", "11-10"),
    )  # fmt: skip
    items = [
        make_item(aid, f"{filler} {body}", [("date", s, _month_day(md))], roles={0: "lead",
                  1: "body"})
        for aid, filler, body, s, md in rows
    ]  # fmt: skip
    (flag,) = _flags(items, "date")
    assert _differs(flag) == {"a4"}


def test_the_words_of_a_clock_time_are_no_foreign_name() -> None:
    """ "at about 12:00 GMT on Saturday as a second round of bombs hit": GMT is part of the
    time, not the name of another place or person, so the lone Saturday is compared."""
    rows = (
        ("a1", "Jets dropped bombs on the camp on Thursday, witnesses said.", "Thursday",
         "2011-11-10", None),
        ("a2", "Witnesses saw jets drop bombs on the camp on Thursday.", "Thursday",
         "2011-11-10", None),
        ("a3", "He arrived at about 12:00 GMT on Saturday as bombs hit the camp.", "Saturday",
         "2011-11-05", "12:00 GMT"),
    )  # fmt: skip
    items = []
    for aid, body, wd, iso, clock in rows:
        facts: list[tuple[str, str, FactValue]] = [("date", wd, _resolved(iso, wd))]
        if clock:
            facts.append(("time", clock, TimeValue(local="12:00", zone_label="GMT")))
        items.append(make_item(aid, f"Rain fell on {aid}. Crowds gathered. {body}", facts))
    (flag,) = _flags(items, "date")
    assert _differs(flag) == {"a3"}


def test_dates_told_in_other_forms_of_the_same_words_are_compared() -> None:
    """ "The kids were shot ... on Sunday" against three outlets' "the children ... in the
    shooting on Saturday": no word is written the same, but shot/shooting and kids/children
    are one concept each in WordNet (factcheck.lexicon), so the lone Sunday is compared."""
    rows = (
        ("a1", "Rain fell all week. The children were hurt in the shooting on Saturday night.",
         "Saturday night", "2016-09-24"),
        ("a2", "Schools closed early. Both children were hurt in the shooting on Saturday night.",
         "Saturday night", "2016-09-24"),
        ("a3", "Markets slid again. Two children hurt in the shooting on Saturday night.",
         "Saturday night", "2016-09-24"),
        ("a4", "Trains ran late today. The kids were shot on Sunday night near a park.",
         "Sunday night", "2016-09-25"),
    )  # fmt: skip
    items = [
        make_item(aid, text, [("date", s, _resolved(iso, s.split()[0]))], roles={1: "lead"})
        for aid, text, s, iso in rows
    ]
    (flag,) = _flags(items, "date")
    assert _differs(flag) == {"a4"}
