"""Ingest rules on synthetic pages of other shapes: furniture, captions, datelines, dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.ingest import load_articles, metadata
from factcheck.ingest.analyse import Hints, analyse_text
from factcheck.ingest.dateline import parse_dateline
from factcheck.ingest.outlets import by_credit, by_domain, by_wire_tag, outlet_table
from factcheck.ingest.stamps import parse_stamp_line

WIRE_PAGE = """\
We use cookies to personalise content. By continuing you accept our cookie policy.
Home > World > Asia
Trending Now
• Storm batters coast as thousands lose power
• Markets slide on rate fears
• Star striker signs record deal
Ministers agree new fisheries pact
Updated 2:05 PM EDT, March 12, 2024
Fisheries ministers from six countries shake hands after signing the pact in Lima on \
Tuesday. (AP Photo/Maria Lopez)
LIMA, Peru (AP) — Fisheries ministers from six Pacific nations signed a pact on Tuesday to cut \
anchovy catches by 15% over three years, officials said.
Share this article
Read more: Why anchovy stocks are collapsing
The agreement, reached after 18 months of talks, takes effect on July 1.
Advertisement
"This is the most important step in a decade," Peru's minister said.
Additional reporting by Ana Ruiz in Santiago
Copyright 2024 The Associated Press. All rights reserved.
"""


@pytest.fixture(scope="module")
def wire() -> dict:
    return analyse_text(WIRE_PAGE, Hints())


def test_general_furniture_removed(wire: dict) -> None:
    text = wire["text"]
    needles = ("cookie", "Trending", "Markets slide", "Home >", "Share this", "Read more",
               "Advertisement", "Additional reporting", "All rights reserved",
               "AP Photo")  # fmt: skip
    for needle in needles:
        assert needle not in text, needle
    assert "anchovy catches by 15%" in text and "most important step" in text
    rules = {r.rule for r in wire["removed"]}
    assert {"link-list", "boilerplate", "navigation", "trailer", "photo-credit"} <= rules


def test_wire_page_metadata(wire: dict) -> None:
    assert (wire["outlet"], wire["outlet_rule"]) == ("Associated Press", "wire-tag")
    assert wire["title"] == "Ministers agree new fisheries pact"
    assert wire["published"] == "2024-03-12T14:05-04:00"
    dateline = wire["dateline"]
    assert (dateline.text, dateline.place, dateline.country, dateline.wire) == (
        "LIMA, Peru (AP)",
        "Lima",
        "Peru",
        "AP",
    )
    assert wire["text"][dateline.start : dateline.end] == dateline.text


def test_caption_before_dateline_is_spanned(wire: dict) -> None:
    ((start, end),) = wire["caption_spans"]
    assert wire["text"][start:end].startswith("Fisheries ministers from six countries shake hands")


def test_unknown_outlet_credit_and_domain() -> None:
    text = (
        "Flood waters rise in the river valley\n\nJane Roe / The Valley Courier\n"
        "Residents wade through a flooded street in the town centre on Monday.\n\n"
        "Flood waters rose by two metres overnight, forcing 300 people from their homes, "
        "the mayor said on Monday.\n"
    )
    fields = analyse_text(text, Hints())
    assert (fields["outlet"], fields["outlet_rule"]) == ("The Valley Courier", "photo-credit")
    assert fields["caption_spans"] and "Jane Roe" not in fields["text"]
    fields = analyse_text(text, Hints(url="https://www.theguardian.com/world/x"))
    assert (fields["outlet"], fields["outlet_rule"]) == ("The Guardian", "domain")


def test_agency_credit_is_not_an_outlet() -> None:
    assert by_credit("John Smith", "Getty Images") is None
    assert by_credit("REUTERS", "Jane Doe") == "Reuters"
    assert by_credit("Masako Ito", "The Hokkaido Shimbun") == "The Hokkaido Shimbun"


def test_outlet_table_is_broad() -> None:
    table = outlet_table()
    assert len(table) >= 40
    assert len({o.name for o in table}) == len(table)
    assert by_wire_tag("AFP") == "Agence France-Presse"
    assert by_domain("https://edition.cnn.com/2024/x") == "CNN"
    assert by_domain("https://example.org/") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "WASHINGTON, Jan. 13 (Reuters) – US President",
            ("WASHINGTON, Jan. 13 (Reuters)", "Washington", "United States"),
        ),
        ("CUPERTINO, Calif. — Apple said", ("CUPERTINO, Calif.", "Cupertino", "United States")),
        ("NEW YORK (AP) — Stocks fell", ("NEW YORK (AP)", "New York", "United States")),
        ("BEIRUT, Lebanon - Protesters", ("BEIRUT, Lebanon", "Beirut", "Lebanon")),
        ("TOKYO — Japan's economy", ("TOKYO", "Tokyo", "Japan")),
    ],
)
def test_dateline_shapes(line: str, expected: tuple[str, str, str]) -> None:
    parsed = parse_dateline(line)
    assert parsed is not None
    assert (parsed.text, parsed.place, parsed.country) == expected


@pytest.mark.parametrize(
    "line",
    ["U.S. President Joe Biden - a profile", "On Monday - the day after", "A - list", "I — me"],
)
def test_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("13:19 JST, November 14, 2022", "2022-11-14T13:19+09:00"),
        ("Thu Nov 10, 2011 3:00pm EST", "2011-11-10T15:00-05:00"),
        ("June 11, 2012 at 12:36 PM ET", "2012-06-11T12:36-04:00"),
        ("February 29, 2012, 7:32 p.m. ET", "2012-02-29T19:32-05:00"),
        ("Posted September 26, 2013-3:47pm Updated September 27, 2013-6:56am", "2013-09-26T15:47"),
        ("3/27/2012 @ 10:05AM", "2012-03-27T10:05"),
    ],
)
def test_stamps(line: str, stamp: str) -> None:
    parsed = parse_stamp_line(line)
    assert parsed is not None and parsed[1] == stamp


@pytest.mark.parametrize(
    "line", ["The deal closed June 5, 2012 in New York", "Preorders launch April 29", "Hello"]
)
def test_not_stamps(line: str) -> None:
    assert parse_stamp_line(line) is None


def test_yearless_dateline_without_anchor_uses_weekday_and_today(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(metadata, "today", lambda: dt.date(2019, 6, 1))
    text = "PARIS, March 15 (AFP) — The strike spread to ports on Friday, unions said.\n"
    fields = analyse_text(text, Hints())
    # Friday 15 March: 2019 is the latest such date not after "today" (2019-06-01).
    assert fields["dateline"].date == "2019-03-15"
    assert any("weak" in note for note in fields["notes"])


def test_header_date_close_to_story_is_published() -> None:
    text = (
        "Monday, March 4, 2024\nCouncil approves budget\n"
        "The city council approved a 2.1 billion budget on Monday after a debate that lasted "
        "six hours, the mayor's office said.\n"
    )
    fields = analyse_text(text, Hints())
    assert fields["published"] == "2024-03-04" and fields["notes"] == ()


def test_manifest_outlet_beats_wire_tag(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(WIRE_PAGE)
    (tmp_path / "m.toml").write_text('[[article]]\nfile = "s.txt"\noutlet = "Local Paper"\n')
    (article,), _ = load_articles([str(tmp_path / "s.txt")], tmp_path / "m.toml")
    assert (article.outlet, article.outlet_rule) == ("Local Paper", "manifest")


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("5_reuters.com.txt", "Reuters"),
        ("11_nbcnews.com.txt", "NBC News"),
        ("3_smalltown-gazette.com.html", "smalltown-gazette.com"),
        ("000_b57aaa0a9c210d5b.txt", None),
        ("story.txt", None),
    ],
)
def test_outlet_from_file_name(name: str, outlet: str | None) -> None:
    from factcheck.ingest.outlets import by_file_name

    assert by_file_name(name) == outlet


def test_numeric_header_date_is_a_date_not_navigation() -> None:
    text = (
        "11/12/2007\nHP buys consultancy\n"
        "HP said on Monday it would buy a data centre consultancy for an undisclosed sum, "
        "its second deal this month.\n"
    )
    fields = analyse_text(text, Hints())
    assert fields["published"] == "2007-11-12"
    assert [r.rule for r in fields["removed"]] == ["header-date", "headline"]


def test_hard_wrapped_text_is_unwrapped() -> None:
    text = (
        "Port strike ends after nine days\n\n"
        "ROTTERDAM (Reuters) - Dock workers at Europe's largest port ended\n"
        "a nine-day strike on Thursday after unions and employers agreed on\n"
        "a 7% pay rise over two years, both sides said in a statement.\n\n"
        "The strike had left more than 40 container ships waiting at anchor\n"
        "off the coast, according to the port authority, which said it\n"
        "expected normal operations to resume by the weekend at the latest.\n"
    )
    fields = analyse_text(text, Hints())
    assert fields["title"] == "Port strike ends after nine days"
    assert fields["dateline"].text == "ROTTERDAM (Reuters)"
    assert "ended a nine-day strike" in fields["text"]
    assert fields["text"].count("\n\n") == 1


def test_one_line_text_is_body() -> None:
    (article,), _ = load_articles_from_text("Storm closes ports across the region")
    assert article.text == "Storm closes ports across the region" and article.title is None


def load_articles_from_text(text: str) -> tuple[list, list]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one.txt"
        path.write_text(text)
        return load_articles([str(path)])


def test_gallery_counters_inside_a_line_are_cut() -> None:
    """A slideshow flattened into the story text: its counters count photos, so two copies
    of one gallery with 9 and 11 photos must not read as two tolls."""
    text = (
        "Teen charged in shooting\n\n"
        "Photo: Staff Image 1 of / 9 Caption Close Image 6 of 9 A vigil on Sunday. "
        "Teen charged in shooting 1 / 9 Back to Gallery\n\n"
        "DENTON — Two men were shot on Monday night, police said. Photo 2 of 11 Five "
        "people were hurt. The fire was one of 3 set that week."
    )
    fields = analyse_text(text, Hints())
    body = fields["text"]
    assert "of 9" not in body and "of 11" not in body and "Back to Gallery" not in body
    assert "Caption Close" not in body
    assert "A vigil on Sunday." in body and "police said. Five people were hurt." in body
    assert "one of 3 set that week" in body  # "N of M" in prose is not a counter
    cut = [r.text for r in fields["removed"] if r.rule == "gallery-counter"]
    assert "Image 6 of 9" in cut and "1 / 9 Back to Gallery" in cut
