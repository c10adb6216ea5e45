"""Events from hand-built ArticleFacts: date separation, content joining, stable ids."""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from factcheck.cluster.events import cluster_events, lead_country, main_date
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
    # Labels say what happened, where and when, never who (issue 12, item 4).
    assert events[0].label == "Lisbon, 2024-03-04"


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


DEV = Path(__file__).resolve().parents[1] / "data" / "ecbplus"


@pytest.mark.slow
@pytest.mark.skipif(not DEV.exists(), reason="dev corpus not present")
def test_dev_corpus_pairwise_f1_floor() -> None:
    """12 gold events (same-kind pairs, many undated): precision first, F1 floor 0.85."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from bench_pipeline import dev_corpus_f1

    scores = dev_corpus_f1()
    assert scores["precision"] >= 0.95
    assert scores["f1"] >= 0.85


def _deal(aid: str, text: str, iso: str, facts: list[tuple[str, str, dict[str, Any]]]) -> Any:
    return make_item(aid, text, facts, reference_date=iso)


# Three outlets on one acquisition. The only words they share are the story's own (the two
# companies), which every input has: batch idf alone gives them the least weight, and each
# account's own details (prices, analysts, farmers, rivals) outweigh them.
DEAL_STORY = [
    (
        "b1",
        "Norvale Foods agreed on Tuesday to acquire Tarkin Dairy for $2.1 billion. "
        "The deal gives the cereal maker a foothold in yogurt, chilled desserts and organic "
        "milk. Analysts at Bexley Partners called the price generous.",
        "2025-03-04",
    ),
    (
        "b2",
        "Tarkin Dairy will be sold to Norvale Foods, the companies said. "
        "Shareholders of the Wisconsin cooperative must still approve the sale, expected to "
        "close by autumn. Farmers worried about contract prices.",
        "2025-03-04",
    ),
    (
        "b3",
        "The purchase of Tarkin is the largest ever for Norvale. "
        "Chief executive Mara Quint told reporters the brands would stay separate. "
        "Rivals such as Hollin Creamery declined to comment.",
        "2025-03-05",
    ),
]


def test_one_story_without_shared_rare_words_is_one_event() -> None:
    items = [_deal(aid, text, iso, []) for aid, text, iso in DEAL_STORY]
    events = cluster_events(items)
    assert [ev.article_ids for ev in events] == [("b1", "b2", "b3")]
    assert events[0].date == "2025-03-04"


def test_same_day_stories_sharing_one_company_stay_apart() -> None:
    """One shared company name ("Norvale Foods", two words) is a beat, not an event."""
    recall = (
        "Norvale Foods recalled peanut butter jars sold in Ohio after a salmonella scare. "
        "Regulators said no illness had been reported. Stores were told to pull the jars."
    )
    items = [_deal(aid, text, iso, []) for aid, text, iso in DEAL_STORY[:2]]
    items.append(_deal("b9", recall, "2025-03-04", []))
    events = cluster_events(items)
    assert sorted(ev.article_ids for ev in events) == [("b1", "b2"), ("b9",)]


def test_same_day_names_never_bridge_distant_dates() -> None:
    """The same companies two months later: a different occurrence, whatever the names."""
    items = [_deal(aid, text, iso, []) for aid, text, iso in DEAL_STORY]
    items.append(_deal("b8", DEAL_STORY[0][1], "2025-05-06", []))
    events = cluster_events(items)
    assert sorted(ev.article_ids for ev in events) == [("b1", "b2", "b3"), ("b8",)]


def test_possessive_place_is_not_the_venue() -> None:
    """'Tokyo's reforms' in a Washington lead does not move the story to Japan."""
    text = (
        "Prime Minister Aoki met President Brandt in Oslo on Monday and praised Lisbon's "
        "reforms. The two leaders agreed to deepen security ties at the talks in Oslo. "
        "Officials said the meeting was cordial."
    )
    facts = [
        ("place", "Oslo", place("Oslo", "Norway")),
        ("place", "Lisbon", place("Lisbon", "Portugal")),
    ]
    assert lead_country(make_item("a1", text, facts)) == "Norway"


def _dev_items_by_event() -> dict[str, list[Any]]:
    from factcheck.extract import extract_facts
    from factcheck.ingest import load_articles

    manifest = json.loads((DEV / "manifest.json").read_text("utf-8"))
    paths: dict[str, list[str]] = defaultdict(list)
    for entry in manifest:
        paths[entry["event_id"]].append(str(DEV / entry["file"]))
    out = {}
    for event, files in sorted(paths.items()):
        articles, _ = load_articles(sorted(files), None)
        out[event] = [extract_facts(a) for a in articles]
    return out


@pytest.mark.slow
@pytest.mark.skipif(not DEV.exists(), reason="dev corpus not present")
def test_dev_corpus_each_event_alone_stays_together() -> None:
    """An editor's usual input, several accounts of one story: most pairs stay together.

    Each of the 12 ECB+ gold events run on its own kept 0.23 of its article pairs in one
    event with batch-only idf; 0.87 with the same-day rule; 0.89 since stamp lines date
    articles ("March 1, 2012 -- 07:58 GMT" puts t43-plus's ZDNet analysis beside the wires).
    Still split: stages of one story weeks or months apart (plea and trial vs verdict in
    t45-plus, a deal's completion in t43-plus, a launch announcement and its availability
    in t42-plus), which the date rule keeps apart on purpose, and a keynote story that names
    the t44-plus deal once in its body.
    """
    kept = total = 0
    for items in _dev_items_by_event().values():
        events = cluster_events(items)
        n = len(items)
        total += n * (n - 1) // 2
        kept += sum(len(ev.article_ids) * (len(ev.article_ids) - 1) // 2 for ev in events)
    assert kept / total >= 0.88


def _quake(aid: str, iso: str, weekday: str, published: str | None = None) -> Any:
    text = (
        f"A strong earthquake struck near Hualien on {weekday}, the Central Weather "
        "Administration said. Buildings swayed in Taipei and rescuers searched collapsed "
        "homes in Hualien County. Officials said aftershocks were likely."
    )
    facts = [
        ("place", "Hualien", place("Hualien", "Taiwan")),
        ("date", weekday, day(iso, weekday=weekday, relative=True)),
    ]
    item = make_item(aid, text, facts, reference_date=iso)
    if published:
        item = item.model_copy(
            update={"article": item.article.model_copy(update={"published": published})}
        )
    return item


def test_two_earthquakes_in_one_region_stay_apart() -> None:
    """Same region, same agency, same words, same names: 17 days apart, two events."""
    items = [
        _quake("q1", "2025-02-03", "Monday"),
        _quake("q2", "2025-02-03", "Monday", published="2025-02-04"),
        _quake("q3", "2025-02-20", "Thursday"),
        _quake("q4", "2025-02-20", "Thursday", published="2025-02-20"),
    ]
    events = cluster_events(items)
    assert sorted(ev.article_ids for ev in events) == [("q1", "q2"), ("q3", "q4")]


def test_announcement_joins_by_publication_day() -> None:
    """Published the same day, one leads with 'today', one with the launch date it announces."""
    today = "Norvale Foods said today it will buy Tarkin Dairy. The deal needs approval."
    ahead = "Norvale Foods will close its purchase of Tarkin Dairy on April 29. Farmers wait."
    later = "Norvale Foods closed its purchase of Tarkin Dairy on Tuesday. Farmers cheered."
    items = [
        make_item("c1", today, [("date", "today", day("2025-04-24"))]),
        make_item("c2", ahead, [("date", "April 29", day("2025-04-29"))]),
        make_item("c3", later, [("date", "Tuesday", day("2025-05-13", weekday="Tuesday"))]),
    ]
    items = [
        it.model_copy(update={"article": it.article.model_copy(update={"published": pub})})
        for it, pub in zip(items, ["2025-04-24", "2025-04-24", "2025-05-13"], strict=True)
    ]
    events = cluster_events(items)
    assert sorted(ev.article_ids for ev in events) == [("c1", "c2"), ("c3",)]
