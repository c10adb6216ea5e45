"""What extraction must show on the bundled corpus (issue 3), read through the real ingest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.extract import extract_facts, with_reference
from factcheck.extract.show import facts_records, facts_table
from factcheck.ingest import load_articles
from factcheck.models import Article, ArticleFacts, Fact
from factcheck.values import FactValue

ROOT = Path(__file__).resolve().parents[1]
DEV_CORPUS = ROOT / "data" / "ecbplus"


@pytest.fixture(scope="module")
def seeds() -> dict[str, ArticleFacts]:
    articles, _ = load_articles([str(ROOT / "data" / "summit")])
    return {Path(a.source).name[:3]: extract_facts(a) for a in articles}


def facts(af: ArticleFacts, kind: str, text: str | None = None) -> list[Fact]:
    return [f for f in af.facts if f.type.value == kind and (text is None or f.text == text)]


def one(af: ArticleFacts, kind: str, text: str) -> FactValue:
    found = facts(af, kind, text)
    assert found, f"no {kind} {text!r} in {af.article.source}"
    return found[0].value


def test_every_span_is_exact_and_sorted(seeds: dict[str, ArticleFacts]) -> None:
    for af in seeds.values():
        starts = [f.start for f in af.facts]
        assert starts == sorted(starts)
        for f in af.facts:
            assert af.article.text[f.start : f.end] == f.text
            assert f.id.startswith(af.article.id + ".f")
            s = af.sentences[f.sentence]
            assert s.start <= f.start < s.end or f.type.value == "quote"


def test_meeting_durations(seeds: dict[str, ArticleFacts]) -> None:
    forty = one(seeds["001"], "duration", "approximately 40 minutes")
    assert (forty.minutes, forty.low, forty.high) == (40, 35, 45)
    two = one(seeds["004"], "duration", "about two hours")
    assert (two.minutes, two.low, two.high) == (120, 105, 135)
    assert one(seeds["004"], "duration", "15-minute").minutes == 15


def test_weekdays_resolve_against_reference(seeds: dict[str, ArticleFacts]) -> None:
    sundays = facts(seeds["000"], "date", "Sunday")
    assert sundays and all(f.value.start == "2022-11-13" for f in sundays)
    assert one(seeds["000"], "date", "Monday evening").start == "2022-11-14"  # "will hold"
    assert one(seeds["003"], "date", "Friday").start == "2023-01-13"
    assert one(seeds["003"], "date", "Wednesday").start == "2023-01-11"


def test_undated_article_keeps_weekday_and_re_resolves(seeds: dict[str, ArticleFacts]) -> None:
    af = seeds["004"]
    friday = one(af, "date", "Friday")
    assert friday.relative is True and friday.weekday == "Friday"
    if af.article.reference_date is None:
        assert friday.start is None
    again = with_reference(af, "2023-01-13")
    assert one(again, "date", "Friday").start == "2023-01-13"


def test_local_and_japan_time_are_one_instant(seeds: dict[str, ArticleFacts]) -> None:
    local = one(seeds["001"], "time", "2:55 p.m.")
    japan = one(seeds["001"], "time", "4:55 p.m.")
    assert (local.local, local.utc_offset) == ("14:55", "+07:00")
    assert (japan.local, japan.utc_offset) == ("16:55", "+09:00")
    assert local.utc == japan.utc == "2022-11-13T07:55+00:00"
    assert local.same_instant_as == "4:55 p.m."


def test_measures_of_the_defense_pledge(seeds: dict[str, ArticleFacts]) -> None:
    gdp = one(seeds["003"], "percent", "2% of GDP")
    assert (gdp.value, gdp.base) == (2.0, "GDP")
    km = one(seeds["003"], "quantity", "1,000 km (600 mi)")
    assert km.si_value == 1e6 and km.restated.unit == "mile"
    assert km.restated.consistent is True
    money = one(seeds["002"], "money", "$313 billion")
    assert (money.currency, money.amount, money.period_years) == ("USD", 313e9, 5)
    assert "defense" in (money.purpose or "")


def test_people_share_keys_across_articles(seeds: dict[str, ArticleFacts]) -> None:
    want = {
        "fumio kishida": {"000", "001", "002", "003", "004"},
        "biden joe": {"000", "001", "002", "003", "004"},
        "hayashi yoshimasa": {"002", "004"},
        "blinken tony": {"002", "004"},
        "austin lloyd": {"002"},
        "harris kamala": {"003"},
    }
    for key, where in want.items():
        for name in where:
            keys = {f.value.key for f in facts(seeds[name], "person")}
            assert key in keys, (key, name, keys)
    assert one(seeds["001"], "person", "KISHIDA Fumio").name == "Fumio Kishida"
    assert one(seeds["001"], "person", "Joseph R. Biden, Jr.").key == "biden joe"


def test_places(seeds: dict[str, ArticleFacts]) -> None:
    penh = one(seeds["001"], "place", "Phnom Penh")
    assert (penh.country, penh.tz) == ("Cambodia", "Asia/Phnom_Penh")
    bali = [f.value for f in facts(seeds["000"], "place") if f.value.name == "Bali"]
    assert bali and bali[0].country == "Indonesia"  # from the dateline "BALI, Indonesia"
    assert one(seeds["003"], "place", "Washington").country_code == "US"
    wh = one(seeds["004"], "place", "White House")
    assert (wh.kind, wh.city) == ("venue", "Washington")


def test_quotes_and_speakers(seeds: dict[str, ArticleFacts]) -> None:
    biden = [q for q in facts(seeds["004"], "quote") if "ever been a time" in q.value.quote]
    assert biden and biden[0].value.speaker_key == "biden joe"
    for name in ("003", "004"):
        ks = [q for q in facts(seeds[name], "quote") if "most challenging" in q.value.quote]
        assert ks and ks[0].value.speaker_key == "fumio kishida", name
    # the paraphrase in 003 is a statement, never a quote
    assert not [q for q in facts(seeds["003"], "quote") if "never been closer" in q.text]


def test_captions_are_not_statements(seeds: dict[str, ArticleFacts]) -> None:
    for af in seeds.values():
        for s in af.sentences:
            if s.role == "caption":
                assert not [f for f in facts(af, "statement") if f.start == s.start]
    assert any(s.role == "caption" for s in seeds["002"].sentences)
    assert sum(s.role == "lead" for s in seeds["003"].sentences) == 2


def test_show_records_and_table(seeds: dict[str, ArticleFacts]) -> None:
    items = list(seeds.values())
    records = facts_records(items)
    json.dumps(records)  # must be JSON-serialisable as is
    assert {"source", "outlet", "text", "facts"} <= set(records[0])
    f0 = records[0]["facts"][0]
    assert set(f0) == {"type", "text", "start", "end", "value", "rule"}
    table = facts_table(items)
    assert "approximately 40 minutes" in table
    assert not [ln for ln in table.splitlines() if ln.strip().startswith("statement ")]


def dev_articles() -> list[Path]:
    return sorted(DEV_CORPUS.glob("*/*.txt"))


@pytest.mark.skipif(not DEV_CORPUS.exists(), reason="dev corpus not present")
def test_dev_corpus_spans_exact() -> None:
    for i, path in enumerate(dev_articles()):
        art = Article(id=f"d{i}", source=str(path), format="txt", text=path.read_text())
        af = extract_facts(art)
        for f in af.facts:
            assert art.text[f.start : f.end] == f.text
