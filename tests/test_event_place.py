"""Which place names an event: the venue the leads give, not a route end, a clock zone or one
bureau's dateline."""

from __future__ import annotations

from factcheck.cluster.events import cluster_events
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


def test_route_ends_and_side_scenes_are_no_venue_against_the_dateline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from factcheck.pipeline import build_report

    lead = (
        "SEYNE-LES-ALPES, France (AP) — A passenger jet flying from Barcelona to Duesseldorf "
        "crashed in the mountains on Tuesday, killing all 150 people on board, officials said."
    )
    body = (
        "The airline said the plane had been cleared for its routine descent minutes before.\n\n"
        "Rescue teams reached the site by helicopter in the afternoon, the interior ministry "
        "said.\n\nAt airports in Barcelona, relatives gathered in silence."
    )
    (tmp_path / "a.txt").write_text(f"Jet crashes\n\n{lead}\n\n{body}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Families wait\n\nBALI, Indonesia (AP) — Leaders held talks in Phnom Penh on Sunday "
        "about the crash, the foreign ministry said.\n",
        encoding="utf-8",
    )
    report = build_report([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    flagged = {
        c.article_id for f in report.findings if f.rule == "dateline-vs-venue" for c in f.claims
    }
    by_source = {a.article.source.rsplit("/", 1)[-1]: a.article.id for a in report.articles}
    assert by_source["a.txt"] not in flagged  # Barcelona is a route end and a side scene
    assert by_source["b.txt"] in flagged  # the lead puts the talks in Phnom Penh


def _flags(tmp_path, texts: dict[str, str]) -> list[tuple[str, set[str]]]:  # type: ignore[no-untyped-def]
    from factcheck.pipeline import build_report

    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = build_report([str(tmp_path)], single_event=True)
    return [
        (f.rule, {c.text for c in f.claims})
        for f in report.findings
        if f.verdict.value in ("conflict", "variation")
    ]


QUAKE = {
    "a.txt": "Quake strikes southern Peru\n\nLIMA (Reuters) - A magnitude 6.4 earthquake struck "
    "southern Peru on Monday, killing at least three people and damaging hundreds of homes, "
    "officials said.\n\nThe quake hit about 40 km northwest of Arequipa. More than 250 homes "
    "were damaged in the region.",
    "b.txt": "Peru earthquake kills three\n\nAREQUIPA, Peru — A strong earthquake shook "
    "southern Peru on Monday morning, killing three people and injuring at least 47, "
    "authorities said.\n\nThe quake struck 38 km northwest of Arequipa. About 300 homes were "
    "damaged in the region.",
}


def test_a_capital_dateline_on_a_story_in_its_own_country_is_a_bureau(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "LIMA (Reuters)" on a quake in Arequipa: the national bureau filed it, no finding; the
    two datelines are not a statement's places, and "More than 250 homes" / "About 300
    homes" agree."""
    assert _flags(tmp_path, QUAKE) == []
