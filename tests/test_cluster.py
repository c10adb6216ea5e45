"""Events from hand-built ArticleFacts: date separation, content joining, stable ids."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from factcheck.cluster import cluster_events, main_date
from judge_factory import day, make_item, person, place


def _summit(aid: str, city: str, country: str, iso: str | None, extra: str = "") -> object:
    text = (
        f"Prime Minister Aoki and President Brandt met in {city} on Monday. "
        f"The two leaders agreed to deepen security ties at the talks in {city}. "
        f"{extra}Officials said the meeting was cordial."
    )
    facts = [
        ("person", "Aoki", person("Ken Aoki")),
        ("person", "Brandt", person("Lena Brandt")),
        ("place", city, place(city, country)),
        ("place", f"{city}#2", place(city, country)),
    ]
    if iso:
        facts.append(("date", "Monday", day(iso, weekday="Monday", relative=True)))
    return make_item(aid, text, facts, reference_date=iso)


def test_same_participants_two_dates_split() -> None:
    items = [
        _summit("a1", "Lisbon", "Portugal", "2024-03-04"),
        _summit("a2", "Lisbon", "Portugal", "2024-03-04"),
        _summit("a3", "Lisbon", "Portugal", "2024-05-06"),
        _summit("a4", "Lisbon", "Portugal", "2024-05-06"),
    ]
    events = cluster_events(items)  # type: ignore[arg-type]
    assert [ev.article_ids for ev in events] == [("a1", "a2"), ("a3", "a4")]
    assert [ev.date for ev in events] == ["2024-03-04", "2024-05-06"]
    assert events[0].place == "Lisbon"
    assert events[0].label == "Lisbon, 2024-03-04: Ken Aoki, Lena Brandt"


def test_undated_article_joins_by_venue() -> None:
    items = [
        _summit("a1", "Lisbon", "Portugal", "2024-03-04"),
        _summit("a2", "Lisbon", "Portugal", "2024-03-04"),
        _summit("a3", "Oslo", "Norway", "2024-05-06"),
        _summit("a4", "Oslo", "Norway", "2024-05-06"),
        _summit("a5", "Oslo", "Norway", None),
    ]
    events = cluster_events(items)  # type: ignore[arg-type]
    assert sorted(ev.article_ids for ev in events) == [("a1", "a2"), ("a3", "a4", "a5")]
    oslo = next(ev for ev in events if "a5" in ev.article_ids)
    assert oslo.date == "2024-05-06"
    assert oslo.date_rule is not None


def test_caption_about_other_event_does_not_move_article() -> None:
    caption = "Aoki and Brandt pictured during an earlier meeting in Lisbon, Portugal."
    text = (
        f"{caption}\nPrime Minister Aoki and President Brandt met in Oslo on Monday. "
        "The two leaders agreed to deepen security ties at the talks in Oslo. "
        "Officials said the meeting was cordial."
    )
    facts = [
        ("place", "Lisbon", place("Lisbon", "Portugal")),
        ("person", "Aoki#2", person("Ken Aoki")),
        ("person", "Brandt#2", person("Lena Brandt")),
        ("place", "Oslo", place("Oslo", "Norway")),
        ("place", "Oslo#2", place("Oslo", "Norway")),
    ]
    trap = make_item("a5", text, facts, roles={0: "caption", 1: "lead", 2: "lead"})
    items = [
        _summit("a1", "Lisbon", "Portugal", None),
        _summit("a2", "Lisbon", "Portugal", None),
        _summit("a3", "Oslo", "Norway", None),
        _summit("a4", "Oslo", "Norway", None),
        trap,
    ]
    events = cluster_events(items)  # type: ignore[arg-type]
    assert sorted(ev.article_ids for ev in events) == [("a1", "a2"), ("a3", "a4", "a5")]


def test_ids_stable_under_input_order() -> None:
    items = [
        _summit("a1", "Lisbon", "Portugal", "2024-03-04"),
        _summit("a2", "Lisbon", "Portugal", "2024-03-04"),
        _summit("a3", "Oslo", "Norway", "2024-05-06"),
        _summit("a4", "Oslo", "Norway", None),
    ]
    first = cluster_events(items)  # type: ignore[arg-type]
    for seed in range(5):
        shuffled = list(items)
        random.Random(seed).shuffle(shuffled)
        assert cluster_events(shuffled) == first  # type: ignore[arg-type]


def test_single_event_and_empty() -> None:
    items = [
        _summit("a1", "Lisbon", "Portugal", "2024-03-04"),
        _summit("a2", "Oslo", "Norway", "2024-05-06"),
    ]
    (event,) = cluster_events(items, single_event=True)  # type: ignore[arg-type]
    assert event.article_ids == ("a1", "a2") and event.id == "e1"
    assert cluster_events([]) == []


def test_main_date_prefers_lead_date() -> None:
    item = _summit("a1", "Lisbon", "Portugal", "2024-03-04")
    assert main_date(item)[0] is not None  # type: ignore[arg-type]
    assert main_date(item)[0].isoformat() == "2024-03-04"  # type: ignore[arg-type,union-attr]


DEV = Path(__file__).resolve().parents[2] / "shared" / "dev-corpus" / "ecbplus"


@pytest.mark.slow
@pytest.mark.skipif(not DEV.exists(), reason="dev corpus not present")
def test_dev_corpus_pairwise_f1_floor() -> None:
    """12 gold events (same-kind pairs, many undated): precision first, F1 floor 0.85."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from bench_pipeline import dev_corpus_f1

    scores = dev_corpus_f1()
    assert scores["precision"] >= 0.95
    assert scores["f1"] >= 0.85
