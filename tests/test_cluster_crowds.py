"""Issue 14: clustering stays near-linear on crowds — many accounts of one event, all sharing
every word — and a crowd of one event stays one event (cluster/events.py, representatives)."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.cluster import events as clustering
from factcheck.extract import extract_facts
from factcheck.ingest import load_articles
from factcheck.models import ArticleFacts

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_scale import many_events, one_event

# Above EXACT_PAIRS_MAX (every pair compared) and above the crowd limits (UNDATED_MAX_POSTING,
# DATED_MAX_WINDOW), so the representatives are what groups the crowd.
N = 420


def _items(tmp_path: Path, texts: list[str]) -> list[ArticleFacts]:
    for i, text in enumerate(texts):
        (tmp_path / f"article-{i:05d}.txt").write_text(text, "utf-8")
    articles, skipped = load_articles([str(tmp_path)])
    assert not skipped and len(articles) == len(texts)
    return [extract_facts(a) for a in articles]


def _dated(text: str, first: str, second: str) -> str:
    return text.replace("on Monday", f"on {first}").replace("on Tuesday", f"on {second}")


def _other_town(text: str) -> str:
    """The same wording about another meeting: another town, body, site, official, figures."""
    for a, b in (
        ("DAYTON, Ohio", "FRESNO, California"),
        ("city council", "county board"),
        ("Elm Street plant", "Oak Avenue depot"),
        ("Mayor Jane Whaley", "Supervisor Tom Reyes"),
        ("workers", "drivers"),
        ("voted 5-", "voted 4-"),
    ):
        text = text.replace(a, b)
    text = re.sub(r"for \d+ minutes", lambda m: f"for {len(m.group(0)) * 7} minutes", text)
    return re.sub(r"About \d+", lambda m: f"About {len(m.group(0)) * 11}", text)


def _count_comparisons(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    real: Callable[..., float] = clustering._similarity

    def counted(a: object, b: object) -> float:
        calls[0] += 1
        return real(a, b)

    monkeypatch.setattr(clustering, "_similarity", counted)
    return calls


def test_one_meeting_undated_is_one_event(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    items = _items(tmp_path, one_event(N, random.Random(1)))
    calls = _count_comparisons(monkeypatch)
    (event,) = clustering.cluster_events(items)
    assert len(event.article_ids) == N
    # Before: every key's posting was skipped (N one-article events). Now a few comparisons
    # an article (and the pairs of the keys small enough to pair: "40 minutes" is held by a
    # quarter of the accounts), not N * N / 2 = 88,000.
    assert calls[0] <= 20 * N, calls[0]


def test_one_meeting_dated_is_one_event_without_all_pairs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [_dated(t, "March 3, 2025", "March 4, 2025") for t in one_event(N, random.Random(2))]
    items = _items(tmp_path, texts)
    calls = _count_comparisons(monkeypatch)
    (event,) = clustering.cluster_events(items)
    assert len(event.article_ids) == N
    assert event.date in ("2025-03-03", "2025-03-04")
    assert calls[0] <= 20 * N, calls[0]  # before: every pair of the window (~88,000)


def test_two_meetings_in_one_crowd_stay_two(tmp_path: Path) -> None:
    # Same wording, two towns, interleaved: the first accounts of the second town come before
    # its representative and must still find it.
    texts = [t if i % 2 else _other_town(t) for i, t in enumerate(one_event(N, random.Random(3)))]
    items = _items(tmp_path, texts)
    events = clustering.cluster_events(items)
    by_id = {it.article.id: it.article.text for it in items}
    assert sorted(len(e.article_ids) for e in events) == [N // 2, N // 2]
    for event in events:
        assert len({"FRESNO" in by_id[a] for a in event.article_ids}) == 1


def test_the_date_rule_splits_a_crowd(tmp_path: Path) -> None:
    texts = [
        _dated(t, "March 3, 2025", "March 4, 2025")
        if i % 2
        else _dated(t, "May 12, 2025", "May 13, 2025")
        for i, t in enumerate(one_event(N, random.Random(4)))
    ]
    events = clustering.cluster_events(_items(tmp_path, texts))
    assert sorted(len(e.article_ids) for e in events) == [N // 2, N // 2]
    assert sorted(str(e.date)[:7] for e in events) == ["2025-03", "2025-05"]


def test_many_events_take_no_crowd_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # N events on N days: the shared words are crowded keys, but no date window is, so the
    # usual pairs decide and nothing is left to representatives.
    items = _items(tmp_path, many_events(N, random.Random(5)))
    profiles = clustering._profiles(items)
    assert clustering._candidate_pairs(profiles).crowded == {}
    assert len(clustering.cluster_events(items)) >= 0.9 * N


def test_undated_distinct_stories_stay_mostly_apart(tmp_path: Path) -> None:
    # Stories that share only the boilerplate words (every key above UNDATED_MAX_POSTING is
    # one of those): no big group, bounded work.
    texts = [re.sub(r" on \d{4}-\d\d-\d\d", "", t) for t in many_events(N, random.Random(6))]
    events = clustering.cluster_events(_items(tmp_path, texts))
    assert max(len(e.article_ids) for e in events) <= 8
    assert len(events) >= N // 4
