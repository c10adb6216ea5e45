"""Ingest on the bundled summit corpus and the dev corpus: outlets, dates, no furniture."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from factcheck.ingest import load_articles
from factcheck.models import Article

ROOT = Path(__file__).resolve().parents[1]
SUMMIT = ROOT / "data" / "summit"
DEV_CORPUS = Path(__file__).resolve().parents[1] / "data" / "ecbplus"

FURNITURE = (
    "POPULAR ARTICLE",
    "ACCESS RANKING",
    "LEAVE A REPLY",
    "Please enter your",
    "License Photo",
    "Our Standards",
    "13.2 C",
    "Reporting by",
    "Latest news",
    "Leave a Comment",
    "Saturday, May 18, 2024",
    "Archives (",
)


@pytest.fixture(scope="module")
def summit() -> dict[str, Article]:
    articles, skipped = load_articles([str(SUMMIT)])
    assert skipped == []
    return {Path(a.source).name[:3]: a for a in articles}


def test_five_articles_with_ids_in_source_order(summit: dict[str, Article]) -> None:
    assert sorted(summit) == ["000", "001", "002", "003", "004"]
    assert [summit[k].id for k in sorted(summit)] == ["a1", "a2", "a3", "a4", "a5"]


@pytest.mark.parametrize(
    ("key", "outlet", "rule"),
    [
        ("000", "The Japan News", "site-marker"),
        ("001", "Ministry of Foreign Affairs of Japan", "readout-style"),
        ("002", "UPI", "wire-tag"),
        ("003", "Reuters", "wire-tag"),
        ("004", "The Yomiuri Shimbun", "photo-credit"),
    ],
)
def test_outlets_inferred_from_text(
    summit: dict[str, Article], key: str, outlet: str, rule: str
) -> None:
    assert summit[key].outlet == outlet
    assert summit[key].outlet_rule == rule


def test_datelines(summit: dict[str, Article]) -> None:
    expected = {
        "000": ("BALI, Indonesia", "Bali", "Indonesia", None, None),
        "002": ("Jan. 13 (UPI)", None, None, "2023-01-13", "UPI"),
        "003": ("WASHINGTON, Jan. 13 (Reuters)", "Washington", "United States", "2023-01-13",
                "Reuters"),
        "004": ("WASHINGTON", "Washington", "United States", None, None),
    }  # fmt: skip
    assert summit["001"].dateline is None
    for key, (text, place, country, date, wire) in expected.items():
        dl = summit[key].dateline
        assert dl is not None, key
        assert (dl.text, dl.place, dl.country, dl.date, dl.wire) == (
            text,
            place,
            country,
            date,
            wire,
        )
        assert summit[key].text[dl.start : dl.end] == dl.text


def test_published_and_reference_dates(summit: dict[str, Article]) -> None:
    got = {k: (a.published, a.reference_date, a.reference_rule) for k, a in summit.items()}
    assert got == {
        "000": ("2022-11-14T13:19+09:00", "2022-11-14", "published"),
        "001": ("2022-11-13", "2022-11-13", "published"),
        "002": (None, "2023-01-13", "dateline"),
        "003": (None, "2023-01-13", "dateline"),
        "004": (None, None, None),
    }


def test_scrape_date_header_is_noted_not_used(summit: dict[str, Article]) -> None:
    notes = " ".join(summit["002"].notes)
    assert "header date 'Saturday, May 18, 2024' looks like the page's scrape date" in notes
    assert "2024" not in (summit["002"].published or "")
    assert "Friday" in notes  # the year came from the weekday named in the lead


def test_titles(summit: dict[str, Article]) -> None:
    assert summit["000"].title is None
    assert summit["001"].title == "Japan-U.S. Summit Meeting"
    assert summit["004"].title == (
        "Kishida, Biden Agree to Strengthen Deterrence, Response Capabilities of Alliance"
    )
    assert summit["003"].title is not None and summit["003"].title.startswith("The US is")


@pytest.mark.parametrize("needle", FURNITURE)
def test_no_furniture_left(summit: dict[str, Article], needle: str) -> None:
    for article in summit.values():
        assert needle not in article.text, (article.source, needle)


def test_no_gallery_counter_or_credit_lines(summit: dict[str, Article]) -> None:
    for article in summit.values():
        lines = [ln.strip() for ln in article.text.split("\n")]
        assert "1/2" not in lines
        assert "-" not in lines
        assert not any(ln.endswith("/ The Yomiuri Shimbun") for ln in lines)
        assert "Photo by" not in article.text


def test_removals_are_recorded_with_rules(summit: dict[str, Article]) -> None:
    rules = {r.rule for a in summit.values() for r in a.removed}
    assert {"link-list", "comment-form", "weather-widget", "gallery-counter", "trailer",
            "photo-credit", "photo-button", "duplicate", "navigation"} <= rules  # fmt: skip
    for article in summit.values():
        for removal in article.removed:
            assert removal.reason
            if removal.rule not in {"duplicate", "separator", "photo-credit", "headline"}:
                assert removal.text not in article.text, removal


def test_captions_kept_once_and_spanned(summit: dict[str, Article]) -> None:
    upi = summit["002"]
    assert upi.text.count("Biden and Kishida pictured during ASEAN") == 1
    assert len(upi.caption_spans) == 1
    start, end = upi.caption_spans[0]
    assert "pictured" in upi.text[start:end]
    for key in ("000", "004"):
        start, end = summit[key].caption_spans[0]
        assert start == 0 and summit[key].text[end - 1] == "."
    assert summit["003"].caption_spans == ()


def test_progress_called_once_per_input() -> None:
    seen: list[str] = []
    load_articles([str(SUMMIT)], on_progress=seen.append)
    assert len(seen) == 5 and len(set(seen)) == 5


def test_ids_do_not_depend_on_input_order() -> None:
    files = sorted(str(p) for p in SUMMIT.glob("*.txt"))
    forward, _ = load_articles(files)
    backward, _ = load_articles(list(reversed(files)))
    assert [(a.id, a.source) for a in forward] == [(a.id, a.source) for a in backward]


def test_text_ingest_is_fast() -> None:
    path = SUMMIT / "003_2f215c4fcb578318.txt"
    load_articles([str(path)])  # warm caches (gazetteer, outlet table)
    # CPU time, best of several batches: the machine is shared with other jobs.
    batches = []
    for _ in range(5):
        start = time.process_time()
        for _ in range(10):
            load_articles([str(path)])
        batches.append((time.process_time() - start) / 10)
    per_file = min(batches)
    # About 3-4 ms on a calm host; 6.2 ms was seen during a full suite run on a host that
    # ran every benchmark 1.5-1.8 times slower than usual (session 16). The bound catches a
    # regression of several times; the speed budget itself is bench_pipeline's (read stage).
    assert per_file < 0.010, f"{per_file * 1000:.2f} ms per ~700-word file"


@pytest.mark.skipif(not DEV_CORPUS.exists(), reason="dev corpus not present")
def test_dev_corpus_loads() -> None:
    start = time.perf_counter()
    articles, skipped = load_articles([str(DEV_CORPUS)])
    elapsed = time.perf_counter() - start
    assert len(articles) == 128
    # manifest.json has no article records: skipped with a clear reason, nothing else.
    assert [Path(s.source).name for s in skipped] == ["manifest.json"]
    assert all(a.text.strip() for a in articles)
    assert elapsed < 5.0
