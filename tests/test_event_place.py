"""Which place names an event: the venue the leads give, not a route end, a clock zone or one
bureau's dateline."""

from __future__ import annotations

from factcheck.cluster import cluster_events
from factcheck.extract import extract_facts
from factcheck.ingest import load_articles
from factcheck.models import ArticleFacts


def _items(tmp_path, texts: dict[str, str]) -> list[ArticleFacts]:  # type: ignore[no-untyped-def]
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    articles, skipped = load_articles([str(tmp_path)])
    assert not skipped
    return [extract_facts(a) for a in articles]


def test_route_ends_and_one_bureau_dateline_do_not_name_the_crash_site(tmp_path) -> None:  # type: ignore[no-untyped-def]
    items = _items(
        tmp_path,
        {
            "a.txt": "Airliner crashes in the Alps\n\nSEYNE-LES-ALPES, France (AP) — A passenger "
            "jet flying from Barcelona to Duesseldorf crashed on Tuesday, killing all 150 "
            "people on board, officials said.",
            "b.txt": "Jet crash kills 150\n\nSEYNE-LES-ALPES, France (Reuters) — An airliner on a "
            "flight from Barcelona went down in a remote mountain area on Tuesday, killing "
            "150 people, French officials said.",
            "c.txt": "Families mourn\n\nBARCELONA (ACN) — The airliner that crashed on Tuesday "
            "after taking off from Barcelona carried 150 people, the airline said on Tuesday.",
        },
    )
    (event,) = cluster_events(items, single_event=True)
    assert event.place is not None and event.place.lower().startswith("seyne")


def test_a_clock_zone_is_not_where_the_talks_were(tmp_path) -> None:  # type: ignore[no-untyped-def]
    items = _items(
        tmp_path,
        {
            "a.txt": "Leaders meet\n\nVladimir Putin met Kim Jong Un in Vladivostok on Wednesday "
            "at 1 p.m. Moscow time, the Kremlin said, for talks on trade.",
            "b.txt": "Summit in the east\n\nVladimir Putin and Kim Jong Un held talks in "
            "Vladivostok on Wednesday that began at 1 p.m. Moscow time, officials said.",
        },
    )
    (event,) = cluster_events(items, single_event=True)
    assert event.place == "Vladivostok"
