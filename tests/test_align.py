"""Alignment: which facts fill the same slot, within an event and across events."""

from __future__ import annotations

from factcheck.align.alignments import align_facts, duration_slot
from factcheck.models import Event
from factcheck.values import CountValue, MoneyValue
from judge_factory import day, duration, make_item, person, place, quote


def _event(*ids: str, eid: str = "e1", date: str | None = None) -> Event:
    return Event(id=eid, label=eid, date=date, article_ids=ids)


def test_meeting_durations_share_a_slot_and_scale() -> None:
    a = make_item(
        "a1",
        "The meeting lasted about 40 minutes.",
        [("duration", "about 40 minutes", duration(40, 35, 45))],
    )
    b = make_item(
        "a2", "Their talks ran two hours.", [("duration", "two hours", duration(120, 120, 120))]
    )
    (al,) = align_facts([_event("a1", "a2")], [a, b])
    assert al.slot == "duration:meeting:hours"
    assert {f.article_id for f in al.facts} == {"a1", "a2"}
    assert duration_slot(a, a.facts[0]) == "meeting:hours"


def test_duration_without_happening_noun_has_no_slot() -> None:
    a = make_item(
        "a1",
        "Spending will rise over five years.",
        [("duration", "five years", duration(2629800, 2629800, 2629800))],
    )
    assert duration_slot(a, a.facts[0]) is None


def test_part_durations_are_not_the_main_one() -> None:
    text = "The talks lasted about two hours, including a 15-minute tete-a-tete."
    a = make_item(
        "a1",
        text,
        [
            ("duration", "about two hours", duration(120, 105, 135)),
            ("duration", "15-minute", duration(15, 15, 15)),
        ],
    )
    b = make_item(
        "a2", "The meeting lasted two hours.", [("duration", "two hours", duration(120, 120, 120))]
    )
    (al,) = [x for x in align_facts([_event("a1", "a2")], [a, b]) if x.kind == "duration"]
    assert [f.text for f in al.facts] == ["about two hours", "two hours"]


def test_quotes_group_by_speaker_and_wording() -> None:
    words = "We face the most challenging security environment in recent history"
    a = make_item(
        "a1",
        f"Talks began. “{words},” Aoki said.",
        [("quote", f"“{words},”", quote("Ken Aoki", words))],
    )
    b = make_item(
        "a2",
        f"Leaders met. “{words},” Aoki told them.",
        [("quote", f"“{words},”", quote("Ken Aoki", words))],
    )
    c = make_item(
        "a3",
        f"Leaders met. “{words},” Brandt said.",
        [("quote", f"“{words},”", quote("Lena Brandt", words))],
    )
    slots = [al.slot for al in align_facts([_event("a1", "a2", "a3")], [a, b, c])]
    assert slots.count("quote:ken aoki") == 1
    assert "quote:lena brandt" not in slots  # one article only: nothing to compare


def test_statements_group_on_shared_key_phrase() -> None:
    a = make_item(
        "a1",
        "Talks ended. He vowed to drastically strengthen defense capabilities and secure a "
        "substantial increase in defense spending. The weather was fine.",
    )
    b = make_item(
        "a2",
        "Talks ended. He vowed to fundamentally reinforce defense capabilities and secure a "
        "substantial increase of defense budget. Lunch followed.",
    )
    phrasing = [
        al for al in align_facts([_event("a1", "a2")], [a, b]) if al.slot.startswith("phrasing:")
    ]
    assert len(phrasing) == 1
    texts = [f.text for f in phrasing[0].facts]
    assert len(texts) == 2 and all("defense capabilities" in t for t in texts)
    assert all(
        a.article.text[f.start : f.end] == f.text for f in phrasing[0].facts if f.article_id == "a1"
    )


def _leaders(aid: str, iso: str, minutes: int) -> object:
    return make_item(
        aid,
        f"Aoki and Brandt met in Oslo on Monday. The meeting lasted {minutes} minutes.",
        [
            ("person", "Aoki", person("Ken Aoki")),
            ("person", "Brandt", person("Lena Brandt")),
            ("place", "Oslo", place("Oslo", "Norway")),
            ("date", "Monday", day(iso, weekday="Monday", relative=True)),
            ("duration", f"{minutes} minutes", duration(minutes, minutes, minutes)),
        ],
        reference_date=iso,
    )


def test_cross_event_pairs_only_neighbouring_events() -> None:
    items = [
        _leaders("a1", "2024-01-01", 40),
        _leaders("a2", "2024-03-04", 90),
        _leaders("a3", "2024-06-03", 30),
    ]
    events = [
        _event("a1", eid="e1", date="2024-01-01"),
        _event("a2", eid="e2", date="2024-03-04"),
        _event("a3", eid="e3", date="2024-06-03"),
    ]
    cross = [al for al in align_facts(events, items) if len(al.event_ids) == 2]  # type: ignore[arg-type]
    assert sorted(al.event_ids for al in cross) == [("e1", "e2"), ("e2", "e3")]


def test_no_alignment_inside_one_article() -> None:
    a = make_item(
        "a1",
        "The meeting lasted 40 minutes. Later the meeting lasted two hours.",
        [
            ("duration", "40 minutes", duration(40, 40, 40)),
            ("duration", "two hours", duration(120, 120, 120)),
        ],
    )
    assert align_facts([_event("a1")], [a]) == []


def test_counts_share_a_slot_only_in_the_same_context() -> None:
    """'40 people killed' and '40 people injured' are two slots; one figure per article."""

    def count(n: int) -> CountValue:
        return CountValue(value=n, noun="people")

    a = make_item(
        "a1",
        "The strike hit the school. At least 40 people were killed in the school yard. "
        "Doctors said 12 people were injured by flying glass.",
        [("count", "40 people", count(40)), ("count", "12 people", count(12))],
    )
    b = make_item(
        "a2",
        "Shells fell at dawn. Some 40 people were killed in the school yard, officials said. "
        "Another 15 people were injured by flying glass.",
        [("count", "40 people", count(40)), ("count", "15 people", count(15))],
    )
    slots = [al for al in align_facts([_event("a1", "a2")], [a, b]) if al.slot.startswith("value:")]
    assert len(slots) == 2
    for al in slots:
        assert len(al.facts) == 2 and len({f.article_id for f in al.facts}) == 2
        assert len({f.text.split()[0] for f in al.facts} & {"40", "12", "15"}) >= 1
    killed = next(al for al in slots if "killed" in al.slot)
    assert {f.text for f in killed.facts} == {"40 people"}


def test_a_price_per_share_never_shares_a_slot_with_the_deal_value() -> None:
    from factcheck.align.slots import _unit
    from judge_factory import make_item

    def money(amount: float) -> MoneyValue:
        return MoneyValue(amount=amount, currency="USD", low=amount, high=amount)

    item = make_item(
        "a1",
        "Microsoft will pay $95.00 per share in cash, or $68.7 billion in all, and $20 a month.",
        [("money", "$95.00", money(95.0)), ("money", "$68.7 billion", money(68.7e9)),
         ("money", "$20", money(20.0))],
    )  # fmt: skip
    units = {f.text: _unit(item, f) for f in item.facts if f.type.value == "money"}
    assert units == {
        "$95.00": "USD:level:per-share",
        "$68.7 billion": "USD:level",
        "$20": "USD:level:per-month",
    }
