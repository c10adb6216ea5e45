"""headline-vs-body: a figure in an article's headline that its own text contradicts."""

from __future__ import annotations

from pathlib import Path

from factcheck.align.alignments import align_facts
from factcheck.cluster.events import cluster_events
from factcheck.extract import extract_facts
from factcheck.judge import judge_alignments
from factcheck.models import Article, Finding, Verdict
from factcheck.pipeline import build_report

QUAKE_BODY = (
    "ANKARA, Feb 6 (Reuters) - A powerful earthquake struck southern Turkey and northwest "
    "Syria on Monday, and {body} people were killed, officials said. Another 5,000 were "
    "injured.\n\nRescuers searched the rubble of collapsed buildings in freezing weather.\n"
)
DEAL_BODY = (
    "REDMOND, Wash., Jan 18 (Reuters) - Microsoft Corp agreed on Tuesday to buy Activision "
    "Blizzard for {body} in an all-cash deal, betting on the future of video games.\n\n"
    "The company said it expected the acquisition to close in fiscal year 2023.\n"
)


def _flags(tmp_path: Path, headline: str, body: str) -> list[Finding]:
    path = tmp_path / "story.txt"
    path.write_text(f"{headline}\n\n{body}", encoding="utf-8")
    report = build_report([str(path)])
    return [f for f in report.findings if f.rule == "headline-vs-body"]


def test_headline_toll_above_the_text_is_flagged_as_a_possible_update(tmp_path: Path) -> None:
    (f,) = _flags(
        tmp_path,
        "Turkey, Syria earthquake: over 1,500 dead",
        QUAKE_BODY.format(body="more than 1,200"),
    )
    assert f.verdict == Verdict.VARIATION
    assert f.severity.value == "low" and f.kind == "quantity"
    assert "over 1,500 dead" in f.explanation and "updated" in f.explanation
    (claim,) = f.claims
    assert claim.text == "more than 1,200 people were killed"


def test_headline_toll_below_the_text_is_flagged(tmp_path: Path) -> None:
    """Flagged, but held to a low variation: with no second account, the key (the same
    casualty count at the same time) rests on one article's wording (judge.precision)."""
    (f,) = _flags(tmp_path, "Quake kills 900 in Turkey and Syria", QUAKE_BODY.format(body="1,200"))
    assert f.verdict == Verdict.VARIATION and f.severity.value == "low"
    assert "not a conflict" in f.explanation
    assert f.claims[0].text == "1,200 people were killed"


def test_a_bound_in_the_headline_allows_the_text_figure(tmp_path: Path) -> None:
    assert not _flags(
        tmp_path, "Turkey, Syria earthquake: over 1,000 dead", QUAKE_BODY.format(body="1,200")
    )


def test_a_rounded_sum_in_the_headline_is_no_conflict(tmp_path: Path) -> None:
    assert not _flags(
        tmp_path,
        "Microsoft to buy Activision for $70 billion",
        DEAL_BODY.format(body="$68.7 billion"),
    )


def test_a_sum_beyond_rounding_conflicts(tmp_path: Path) -> None:
    (f,) = _flags(
        tmp_path,
        "Microsoft to buy Activision for $60 billion",
        DEAL_BODY.format(body="$68.7 billion"),
    )
    assert f.kind == "money" and f.verdict == Verdict.VARIATION


def test_a_headline_figure_about_another_noun_is_not_compared(tmp_path: Path) -> None:
    # The headline counts collapsed buildings; the text's dead are another figure.
    assert not _flags(
        tmp_path,
        "Turkey, Syria earthquake: 1,500 buildings collapse",
        QUAKE_BODY.format(body="more than 1,200"),
    )


def test_the_injured_are_compared_with_the_injured_not_the_dead(tmp_path: Path) -> None:
    (f,) = _flags(
        tmp_path,
        "Turkey, Syria earthquake: 1,200 dead, 8,000 injured",
        QUAKE_BODY.format(body="1,200"),
    )
    assert "injured" in f.title and f.claims[0].text == "5,000 were injured"


def test_a_headline_kept_in_the_text_is_cited_by_its_span() -> None:
    headline = "Turkey, Syria earthquake: over 1,500 dead"
    text = f"{headline}\n\n{QUAKE_BODY.format(body='more than 1,200')}"
    art = Article(id="a1", source="quake.txt", format="txt", title=headline, text=text)
    items = [extract_facts(art)]
    events = cluster_events(items)
    found = judge_alignments(align_facts(events, items), events, items)
    (f,) = [f for f in found if f.rule == "headline-vs-body"]
    spans = {c.text for c in f.claims}
    assert spans == {"over 1,500 dead", "more than 1,200 people were killed"}
    assert all(text[c.start : c.end] == c.text for c in f.claims)


def test_a_toll_given_per_country_adds_up_to_the_headline(tmp_path: Path) -> None:
    body = (
        "ANKARA, Feb 6 (Reuters) - A powerful earthquake struck southern Turkey and northwest "
        "Syria on Monday. In Turkey 912 people were killed, and in Syria 560 people died, "
        "officials said.\n"
    )
    assert not _flags(tmp_path, "Turkey, Syria earthquake: 1,472 dead", body)


def test_a_headline_without_a_figure_is_left_alone(tmp_path: Path) -> None:
    assert not _flags(
        tmp_path, "Deadly earthquake hits Turkey and Syria", QUAKE_BODY.format(body="1,200")
    )


def test_a_toll_the_text_gives_in_other_words_is_no_conflict(tmp_path: Path) -> None:
    body = (
        "ANKARA, Feb 9 (Reuters) - Rescuers pulled more survivors from the rubble on Thursday. "
        "The death toll in Turkey rose to 17,674 and in Syria to 3,377, officials said.\n\n"
        "In the first hours after the quake, 1,500 people were killed in Hatay alone.\n"
    )
    assert not _flags(tmp_path, "Turkey-Syria quake death toll tops 20,000", body)


def test_a_toll_spelled_out_in_the_text_is_read(tmp_path: Path) -> None:
    body = (
        "ALLEN, Texas (AP) - A gunman killed eight people at a mall on Saturday before police "
        "shot him, officials said. Seven people were wounded.\n"
    )
    assert not _flags(tmp_path, "Shooting at Texas mall: 8 killed", body)
    (f,) = _flags(tmp_path, "Shooting at Texas mall: 5 killed", body)
    assert f.verdict == Verdict.VARIATION and f.claims[0].text == "killed eight"


def test_a_toll_of_another_year_is_not_the_headline_toll(tmp_path: Path) -> None:
    body = (
        "ALLEN, Texas (AP) - A gunman opened fire at a mall on Saturday; the dead included "
        "a child, officials said. In 2019, 23 people were killed in a shooting in El Paso.\n\n"
        "Last month 12 people died in a similar attack.\n"
    )
    assert not _flags(tmp_path, "Shooting at Texas mall: 8 killed", body)


def test_extract_reads_the_headline_and_the_text_tolls() -> None:
    """The figures headline-vs-body compares are extract's: judge reads, never re-extracts."""
    art = Article(
        id="a1",
        source="quake.txt",
        format="txt",
        title="Turkey, Syria  earthquake: over 1,500 dead",
        text=QUAKE_BODY.format(body="more than 1,200"),
    )
    item = extract_facts(art)
    assert item.headline is not None
    assert item.headline.text == "Turkey, Syria earthquake: over 1,500 dead"
    (toll,) = item.headline.tolls
    assert toll.text == "over 1,500 dead" and toll.value.casualty == "dead"
    assert item.headline.start is None and item.headline.body_start == 0
    texts = {f.text: f.value.casualty for f in item.tolls}
    assert texts == {"more than 1,200 people were killed": "dead", "5,000 were injured": "injured"}


def test_judge_does_not_import_extract() -> None:
    judge = Path(__file__).resolve().parents[1] / "src" / "factcheck" / "judge"
    for path in judge.glob("*.py"):
        assert "factcheck.extract" not in path.read_text("utf-8"), path.name
