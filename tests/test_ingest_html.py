"""Saved news pages: metadata from competing sources, page furniture, encodings, odd markup.

The fixtures in tests/fixtures/html are small synthetic pages that copy the structures of
real saved pages (JSON-LD @graph with @id references, an edition name in og:site_name, a
JSON-LD headline cut short, a social og:title, site and date suffixes in <title>, zone-less
meta times, microdata, <time> elements, in-body link lists, credits, call-outs, bios,
JavaScript shells, broken markup and non-UTF-8 pages declared only in <meta charset>).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.ingest import load_articles
from factcheck.ingest.analyse import Hints, analyse_text
from factcheck.ingest.dateline import parse_dateline
from factcheck.ingest.decode import codec_for, declared_charset, decode_bytes
from factcheck.ingest.html import HtmlProblem, read_html
from factcheck.ingest.outlets import site_of
from factcheck.ingest.pagemeta import (
    choose_outlet,
    choose_published,
    choose_title,
    host_label,
    strip_site_parts,
)
from factcheck.ingest.readers import read_text_input
from factcheck.models import Article

HTML = Path(__file__).parent / "fixtures" / "html"


def load(name: str) -> Article:
    (article,), skipped = load_articles([str(HTML / name)])
    assert skipped == []
    return article


def problem(path: Path) -> str:
    articles, skipped = load_articles([str(path)])
    assert articles == []
    return skipped[0].problem


# --- whole pages -----------------------------------------------------------------------


PAGES: dict[str, dict[str, Any]] = {
    # og:site_name names the edition ("U.S."); JSON-LD publisher names the outlet.
    "edition_site_name.html": {
        "outlet": ("Northwind Wire", "html-metadata"),
        "title": "'Lantern' wins top prize at river film festival, boosting award hopes",
        "published": "2021-03-04T12:25+00:00",
        "dateline": ("PORTLAND, Maine (Northwind)", "Portland", "United States", "Northwind"),
        "keep": ("first film shot entirely on a boat", "about 48,000, organisers said"),
        "drop": (
            "Related Coverage",
            "Factbox",
            "4 Min Read",
            "Additional reporting",
            "Trust Principles",
            "Directory of sites",
            "All Rights Reserved",
        ),
    },
    # @graph with an @id publisher; headline cut with "..."; og:title is the social line;
    # <title> carries a section and the site.
    "ld_graph_truncated.html": {
        "outlet": ("Coastline Times", "html-metadata"),
        "title": "Fishing crews leave northern ports as fuel prices climb for a third month",
        "published": "2024-06-11T07:49+00:00",
        "dateline": None,
        "keep": ("More than 300 fishing crews", "15 cents a litre"),
        "drop": (
            "Recommended Stories",
            "Why are diesel prices rising",
            "Listen",
            "Advertisement",
            "Share",
            "Harbour Agency",
            "Skip to Content",
        ),
    },
    # og:site_name is a host name; <meta name=publisher> has the real name; og:title and
    # <title> end in "| HNS | 19.01.2024"; the only date is a "Date 19.01.2024" list item.
    "domain_site_name.html": {
        "outlet": ("Harbor News Service", "html-metadata"),
        "title": "Harbour city confronts its colonial past with street renaming",
        "published": "2024-01-19",
        "dateline": None,
        "keep": ("500 residents filed complaints", "independence campaigners"),
        "drop": (
            "cookies",
            "Read more",
            "Sign up for the newsletter",
            "HNS recommends",
            "forgotten petition",
            "Trading posts",
            "Permalink",
        ),
    },
    # article:published_time without a zone; JSON-LD states the same time in UTC.
    "zoneless_meta.html": {
        "outlet": ("Parlour", "html-metadata"),
        "title": "Despite everything, regional emissions dipped in 2023",
        "published": "2024-01-10T09:00+00:00",
        "dateline": None,
        "keep": ("Total emissions fell 2 percent", "increased 6 percent in 2023"),
        "drop": (
            "Credit:",
            "Clay Alder",
            "staff writer",
            "originally appeared",
            "Up Next",
            "Advertisement",
            "newsletter",
            "Related Topics",
            "Copyright",
        ),
    },
    # Microdata metas, a reader call-out, inline related links, "(AP) --" opening.
    "microdata_callout.html": {
        "outlet": ("Metro Daily", "html-metadata"),
        "title": "After storm, forecasters see smooth sailing for the holiday",
        "published": "2023-11-22T08:36+00:00",
        "dateline": ("(AP)", None, None, "AP"),
        "keep": ("three of 212 flights were cancelled", "43 million people"),
        "drop": (
            "Please share",
            "contributed to this report",
            "Top tips",
            "STORY HIGHLIGHTS",
            "SHARE THIS",
            "Comments",
        ),
    },
    # XML declaration, unclosed <p>/<b>/<i>, stray </span>, JSON-LD in a comment with
    # trailing commas next to a block that is not JSON at all.
    "broken_markup.html": {
        "outlet": ("Valley Post", "html-metadata"),
        "title": "Council approves harbour budget",
        "published": "2024-05-02T10:00+02:00",
        "dateline": ("RIVERTON, May 2", "Riverton", None, None),
        "keep": ("12 million euro harbour budget", "seven votes to two", "review next spring"),
        "drop": ("Photo:", "Tweet"),
    },
    # Only a logo <h1> and a bare-site <title> outside the article; the date is a <time>
    # in the article header (the site header's clock is not it).
    "time_element.html": {
        "outlet": (None, None),
        "title": "Tram line reopens after flood repairs",
        "published": "2024-02-03T08:15+09:00",
        "dateline": None,
        "keep": ("three weeks of repairs", "24,000 riders"),
        "drop": ("Most read", "Bridge closed", "All rights reserved"),
    },
    # Nothing names the site but the canonical URL's host.
    "host_only.html": {
        "outlet": ("quietvalleygazette.example", "url-host"),
        "title": "Library extends weekend opening hours",
        "published": None,
        "dateline": None,
        "keep": ("1,200 residents",),
        "drop": (),
    },
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_metadata_and_text(name: str) -> None:
    want = PAGES[name]
    article = load(name)
    assert (article.outlet, article.outlet_rule) == want["outlet"]
    assert article.title == want["title"]
    assert article.published == want["published"]
    if want["dateline"] is None:
        assert article.dateline is None
    else:
        text, place, country, wire = want["dateline"]
        dl = article.dateline
        assert dl is not None and (dl.text, dl.place, dl.wire) == (text, place, wire)
        if country:
            assert dl.country == country
        assert article.text[dl.start : dl.end] == dl.text
    for needle in want["keep"]:
        assert needle in article.text, needle
    for needle in want["drop"]:
        assert needle not in article.text, needle
    assert article.title not in article.text  # the headline is metadata, not a claim


def test_dateline_date_takes_the_published_year() -> None:
    dl = load("broken_markup.html").dateline
    assert dl is not None and dl.date == "2024-05-02"


def test_shift_jis_declared_only_in_meta_charset() -> None:
    article = load("shift_jis.html")
    assert article.outlet == "東西新聞"
    assert article.title == "処理水の放出を再開"
    assert article.text.startswith("東京電力は十四日、処理水の放出を再開したと発表した。")


def test_windows_1250_declared_in_meta_is_not_read_as_1252() -> None:
    article = load("windows_1250.html")
    assert article.title == "Vláda schválila rozpočet"  # cp1252 would read "rozpoèet"
    assert "Ministr financí řekl" in article.text


def test_javascript_shell_is_skipped_with_a_reason() -> None:
    reason = problem(HTML / "js_shell.html")
    assert reason.startswith("HTML page with no article text: the page is built by JavaScript")


def test_json_ld_article_body_stands_in_for_missing_markup() -> None:
    article = load("ld_body_only.html")
    assert article.text.startswith("Ferry crews returned to work on Tuesday")
    assert (article.outlet, article.published) == ("Tidewater Herald", "2024-04-09T18:30+01:00")
    assert any("JSON-LD articleBody" in note for note in article.notes)


# --- odd input never crashes -----------------------------------------------------------


ARTICLE_P = (
    "<p>" + "The council approved the budget on Monday after a long debate, officials said. " * 3
)


def test_huge_inline_script(tmp_path: Path) -> None:
    page = tmp_path / "big.html"
    script = "var state = '" + "x" * 3_000_000 + "';"
    page.write_text(
        f"<html><head><title>Budget passes</title><script>{script}</script></head>"
        f"<body><article>{ARTICLE_P}</p></article></body></html>"
    )
    (article,), _ = load_articles([str(page)])
    assert article.text.startswith("The council approved the budget") and "xxxx" not in article.text


def test_deeply_nested_markup(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    depth = 1000  # unclosed <div>s in broken pages nest past libxml2's default limit
    page.write_text(f"<html><body>{'<div>' * depth}{ARTICLE_P}</p>{'</div>' * depth}</body></html>")
    (article,), _ = load_articles([str(page)])
    assert article.text.startswith("The council approved the budget")


@pytest.mark.parametrize(
    "markup",
    [
        "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        "<!DOCTYPE html><html><head><meta property='og:title' content='Only a head'></head></html>",
        "<html><frameset><frame src='story.html'></frameset></html>",
        "<html><body><script>var a = 1;</script><div id='app'></div></body></html>",
    ],
)
def test_page_without_article_text_is_a_problem_not_a_crash(tmp_path: Path, markup: str) -> None:
    page = tmp_path / "shell.html"
    page.write_text(markup)
    assert problem(page).startswith("HTML page with no article text")


def test_xml_declaration_in_a_decoded_string() -> None:
    html = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><html><head><title>x</title>'
        '<meta property="og:title" content="Council approves budget"/></head>'
        f"<body>{ARTICLE_P}</p></body></html>"
    )
    _text, hints, _notes = read_html(html)
    assert hints.title == "Council approves budget"


_SOUP = st.lists(
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<script>",
            "</script>",
            "<title>",
            "</title>",
            '<meta property="og:site_name" content="',
            '">',
            '<script type="application/ld+json">',
            '{"@type": "NewsArticle", "headline": ',
            '"datePublished": "2024-13-45"',
            "}",
            "<h1>",
            "<time datetime='",
            "'>",
            "<!--",
            "-->",
            "<![CDATA[",
            "&amp;",
            "&#x0;",
            "\x00",
            "\ud800",
            "The council approved the budget on Monday, officials said. ",
            "ü",
            "…",
            " | ",
            " - ",
        ]
    ),
    max_size=40,
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=_SOUP)
def test_markup_soup_never_raises_anything_but_html_problem(parts: list[str]) -> None:
    html = "<html>" + "".join(parts)
    try:
        text, _hints, _notes = read_html(html)
    except HtmlProblem:
        return
    assert text.strip()


# --- encodings -----------------------------------------------------------------------


def test_declared_charsets() -> None:
    assert declared_charset(b'<meta charset="Shift_JIS">') == "cp932"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">')
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-1"?><html>') == "cp1252"
    assert declared_charset(b"<p>no declaration</p>") is None
    assert codec_for("no-such-charset") is None


def test_server_charset_wins_over_a_guess() -> None:
    data = "Vláda schválila rozpočet; ministr řekl, že úspory budou větší.".encode("cp1250")
    text, codec = decode_bytes(data, "windows-1250")
    assert codec == "cp1250" and "rozpočet" in text
    (doc,), _ = read_text_input("x", data, ".txt", charset="windows-1250")
    assert "ministr řekl" in doc.text


def test_declared_charset_that_does_not_fit_falls_back_to_detection() -> None:
    page = '<meta charset="utf-8"><p>Café au lait coûte 2 €, dit le maire du village.</p>'
    text, _codec = decode_bytes(page.encode("cp1252"))
    assert "Café" in text


# --- metadata choices ----------------------------------------------------------------


def test_title_votes_and_suffixes() -> None:
    keys = {"coastlinetimes", "ct"}
    full = "Fishing crews leave northern ports as fuel prices climb"
    assert (
        choose_title(
            [
                ("json-ld", "Fishing crews leave northern ports as fuel..."),
                ("og:title", "Crews head south"),
                ("twitter:title", "Crews head south"),
                ("title", f"{full} | Economy News | Coastline Times"),
            ],
            keys,
            set(),
        )
        == full
    )
    # A logo <h1> and a <title> that is only the site name never become the title.
    assert choose_title([("h1", "Coastline Times"), ("title", f"{full} - CT")], keys, set()) == full


@pytest.mark.parametrize(
    ("title", "keys", "want"),
    [
        (
            "iOS 13 will fix the FaceTime eye contact problem - The Verge",
            {"verge"},
            "iOS 13 will fix the FaceTime eye contact problem",
        ),
        ("Street renaming | HNS | 19.01.2024", {"hns"}, "Street renaming"),
        (
            "Malawians flee threats | Migration News | Al Jazeera",
            {"aljazeera"},
            "Malawians flee threats",
        ),
        (
            "Letters: Coddling criminals | Undermining road | Tax dollars",
            {"mercurynews"},
            "Letters: Coddling criminals | Undermining road | Tax dollars",
        ),
        ("Reuters | Markets slide as rates rise", {"reuters"}, "Markets slide as rates rise"),
        ("After storm, smooth sailing - CNN.com", {"cnn"}, "After storm, smooth sailing"),
    ],
)
def test_strip_site_parts(title: str, keys: set[str], want: str) -> None:
    assert strip_site_parts(title, keys, set()) == want


def test_published_prefers_a_stamp_with_a_zone() -> None:
    assert choose_published(["2020-01-10 09:00:04", "2020-01-10T09:00:04Z"]) == (
        "2020-01-10T09:00+00:00"
    )
    assert choose_published(["2024-01-19", None, "2024-01-19T07:30:00+01:00"]) == (
        "2024-01-19T07:30+01:00"
    )
    assert choose_published(["1970-01-01T00:00:00Z", "2024-03-05"]) == "2024-03-05"
    assert choose_published(["not a date", None]) is None
    # Another day's stamp does not lend its zone.
    assert choose_published(["2024-03-05T10:00", "2024-03-06T10:00+02:00"]) == "2024-03-05T10:00"


def test_outlet_choice() -> None:
    assert choose_outlet(["U.S.", "Northwind Wire"], None) == ("Northwind Wire", "html-metadata")
    assert choose_outlet(["DW.COM", None, "Deutsche Welle (www.dw.example)"], None) == (
        "Deutsche Welle",
        "html-metadata",
    )
    assert choose_outlet(["Phys.org"], "https://phys.example/x") == ("Phys.org", "html-metadata")
    assert choose_outlet(["News"], None, "paper.example") == ("paper.example", "html-metadata")
    assert choose_outlet([], "https://www.paper.example/a", "paper.example") == (
        "paper.example",
        "url-host",
    )
    # A domain the outlet table knows gives its canonical name.
    assert choose_outlet(["U.S."], "https://www.reuters.com/article/x") == ("Reuters", "domain")


def test_hosts() -> None:
    assert host_label("https://www.dw.com/en/x") == "dw"
    assert host_label("https://www.bbc.co.uk/news") == "bbc"
    assert site_of("https://news.example.co.uk/a") == "example.co.uk"
    assert site_of("http://127.0.0.1:8000/page") is None


def test_record_url_names_an_unknown_site() -> None:
    (doc,), _ = read_text_input(
        "r.json",
        b'{"text": "The ferry strike ended on Tuesday after nine days, the union said.", '
        b'"url": "https://www.tidewater.example/news/1"}',
        ".json",
    )
    fields = analyse_text(doc.text, doc.hints)
    assert (fields["outlet"], fields["outlet_rule"]) == ("tidewater.example", "url-host")


# --- furniture on extracted text -------------------------------------------------------


def analysed(text: str) -> dict[str, Any]:
    return analyse_text(text, Hints(title="Coal slides again"))


def test_image_credits() -> None:
    fields = analysed(
        "Coal generation fell by half since 2013, the report said, and slid again last year.\n"
        "(Credit: Clay Alder / Gristmill)\n"
        "Renewable output increased 6 percent in 2023, while gas use was flat, the firm said.\n"
        "Trawlers moored in the harbour at Kessport on June 10, 2024 [Jane Doe/Harbour Agency]\n"
        "Skulls from the Museum of Natural History. Credit: Mike Baxter/Wikipedia\n"
        "The ministry said 40 percent of the respondents in the survey agreed (Reuters/Ipsos "
        "poll of 2,000 adults in all regions)\n"
    )
    text = fields["text"]
    for gone in ("Clay Alder", "Harbour Agency", "Mike Baxter"):
        assert gone not in text
    assert "Reuters/Ipsos poll" in text  # prose in brackets is not a credit
    captions = [text[s:e] for s, e in fields["caption_spans"]]
    # A bracketed credit standing alone marks no neighbour as a caption.
    assert not any(c.startswith(("Coal generation", "Renewable output")) for c in captions)
    assert any(c.startswith("Trawlers moored") for c in captions)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("CNN's Jason Carroll and Ben Brumfield contributed to this report.", "trailer"),
        ("Ana Ruiz contributed reporting from Santiago.", "trailer"),
        (
            "Every day, our editors send a selection of the day's news. Sign up for the newsletter "
            "here.",
            "newsletter",
        ),
        ("Get the latest headlines delivered to your inbox every morning.", "newsletter"),
        ("Are you caught in the storm? Please share your photos and stories with us.", "call-out"),
        ("Follow Jane Roe on X @janeroe", "navigation"),
        ("More information: J. Roe et al. A tar-backed tool, Science (2019).", "source-note"),
        ("This post originally appeared on Gristmill.", "source-note"),
        ("This document is subject to copyright.", "boilerplate"),
        ("4 Min Read", "navigation"),
        ("Listen (3 mins)", "navigation"),
    ],
)
def test_single_line_furniture(line: str, rule: str) -> None:
    body = (
        "The council approved the harbour budget on Thursday after a four-hour debate, "
        "the mayor's office said.\n"
    )
    fields = analysed(f"{body}{line}\nCritics said the plan cut too deep into the ferry subsidy.\n")
    assert line not in fields["text"]
    assert rule in {r.rule for r in fields["removed"]}
    assert "ferry subsidy" in fields["text"]


def test_story_sentences_that_look_like_furniture_stay() -> None:
    lines = [
        "Officials asked residents who saw the crash to share their photos with police, "
        "the statement said.",
        "She said the group would share your stories with the committee in May.",
        "Jane Roe is a reporter who witnessed the crash, and she told the court what she saw.",
        "The newsletter, which the council sends to 20,000 homes, carried the notice.",
        "The study will be published in Science next week, the authors said.",
        "The report was published on Tuesday by the state audit office.",
        "Residents get the council newsletter every month, the mayor said.",
    ]
    fields = analysed("\n".join(lines) + "\nThe hearing continues on Monday, the court said.\n")
    for line in lines:
        assert line in fields["text"], line


def test_author_bio_only_at_the_end() -> None:
    bio = "Nat Jones is a staff writer at Gristmill covering energy and climate."
    middle = analysed(
        f"Coal slid 18 percent last year, the report said.\n{bio}\n"
        + ("Gas use was flat.\nWind output rose.\nSolar output rose.\nHydro output fell.\n")
    )
    assert bio in middle["text"]
    end = analysed(f"Coal slid 18 percent last year, the report said.\n{bio}\n")
    assert bio not in end["text"] and "author-bio" in {r.rule for r in end["removed"]}


def test_recommended_list_inside_the_story() -> None:
    fields = analysed(
        "More than 300 crews have left the northern ports since March, the union said.\n"
        "Recommended Stories\n"
        "• Fuel duty freeze ends in July\n"
        "• Why are diesel prices rising?\n"
        "• Port towns brace for a quiet summer\n"
        "The union asked for a fuel rebate of 15 cents a litre, its leader said.\n"
    )
    assert "diesel prices" not in fields["text"] and "fuel rebate" in fields["text"]


# --- datelines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        ("(CNN) -- The Pennsylvania official said the storm had passed.", ("(CNN)", None, "CNN")),
        (
            "Hong Kong (CNN Business) — Shares fell 3%.",
            ("Hong Kong (CNN Business)", "Hong Kong", "CNN Business"),
        ),
        ("Kyiv, Ukraine (AP) — Air raid sirens sounded.", ("Kyiv, Ukraine (AP)", "Kyiv", "AP")),
        (
            "LOS ANGELES (Reuters) - Parasite won.",
            ("LOS ANGELES (Reuters)", "Los Angeles", "Reuters"),
        ),
        ("Apple (AAPL) - shares rose 2% on Monday.", None),
        ("(AAPL) - shares rose 2% on Monday.", None),
        ("Officials (police) - said nothing.", None),
    ],
)
def test_datelines_with_wire_tags(lead: str, want: tuple[str, str | None, str] | None) -> None:
    parsed = parse_dateline(lead)
    if want is None:
        assert parsed is None
    else:
        assert parsed is not None and (parsed.text, parsed.place, parsed.wire) == want
