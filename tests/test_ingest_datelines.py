"""Datelines, credit lines and page stamps as real outlets print them (passages written here)."""

from __future__ import annotations

import pytest

from factcheck.ingest.analyse import Hints, analyse_text
from factcheck.ingest.dateline import parse_dateline, parse_dateline_alone
from factcheck.ingest.outlets import by_byline, by_copyright, by_end_tag, by_reports_credit
from factcheck.ingest.stamps import parse_stamp_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "HARBOURTON, Canada -- Ferry crews walked off the job on Friday.",
            ("HARBOURTON, Canada", "Harbourton", "Canada", None, None),
        ),
        (
            "GREENFIELD, Mo. (AP) — A freight train struck a tractor on Tuesday.",
            ("GREENFIELD, Mo. (AP)", "Greenfield", "United States", None, "AP"),
        ),
        (
            "Doha (Qatar): The final drew a record crowd on Sunday.",
            ("Doha (Qatar)", "Doha", "Qatar", None, None),
        ),
        (
            "(Greenfield, MO) – Two people were hurt in a crash on Route 5.",
            ("(Greenfield, MO)", "Greenfield", "United States", None, None),
        ),
        (
            "Saint-Pierre-les-Bois (France) (AFP / AP ) – A bus left the road overnight.",
            (
                "Saint-Pierre-les-Bois (France) (AFP / AP )",
                "Saint-Pierre-les-Bois",
                "France",
                None,
                "AFP / AP",
            ),
        ),
        (
            "Barcelona (ACN).- The port reopened on Monday after the storm.",
            ("Barcelona (ACN)", "Barcelona", "Spain", None, "ACN"),
        ),
        (
            "NORTH POINT /Far East Region/, March 3. /TASS/. Talks ended after four hours.",
            ("NORTH POINT /Far East Region/, March 3. /TASS/", "North Point", None, (3, 3), "TASS"),
        ),
        (
            "Ankara, Turkey (AP) — Rescuers pulled two children from the rubble.",
            ("Ankara, Turkey (AP)", "Ankara", "Türkiye", None, "AP"),
        ),
        (
            "WUHAN, Sept. 5 (Xinhua) -- Heavy rain closed schools on Monday.",
            ("WUHAN, Sept. 5 (Xinhua)", "Wuhan", "China", (9, 5), "Xinhua"),
        ),
        (
            "Washington (CNN)The House voted on Tuesday to extend the program.",
            ("Washington (CNN)", "Washington", "United States", None, "CNN"),
        ),
        (
            "Pune [India], March 6 (ANI): Heavy rain shut schools across the city on Monday.",
            ("Pune [India], March 6 (ANI)", "Pune", "India", (3, 6), "ANI"),
        ),
        (
            "Pune, Sep 6 (PTI) The high court stayed the demolition order on Tuesday.",
            ("Pune, Sep 6 (PTI)", "Pune", "India", (9, 6), "PTI"),
        ),
        (
            "AUSTIN, Texas, March 3, 2024 /PRNewswire/ -- Acme Corp. today announced a merger.",
            (
                "AUSTIN, Texas, March 3, 2024 /PRNewswire/",
                "Austin",
                "United States",
                (3, 3),
                "PRNewswire",
            ),
        ),
        (
            "NEW DELHI: The cabinet approved the rail budget on Wednesday.",
            ("NEW DELHI", "New Delhi", "India", None, None),
        ),
    ],
)
def test_real_dateline_shapes(line: str, expected: tuple) -> None:
    parsed = parse_dateline(line)
    assert parsed is not None, line
    text, place, country, date, wire = expected
    month_day = (parsed.month, parsed.day) if parsed.month else None
    assert (parsed.text, parsed.place, parsed.country, month_day, parsed.wire) == (
        text,
        place,
        country,
        date,
        wire,
    )
    assert line[: parsed.end] == parsed.text


def test_two_letter_bracket_is_a_wire_not_a_country() -> None:
    parsed = parse_dateline("LONDON (PA) - Rail fares will rise by 5% in March.")
    assert parsed is not None
    assert (parsed.place, parsed.country, parsed.wire) == ("London", "United Kingdom", "PA")


def test_place_alone_is_not_taken_as_headline() -> None:
    text = "NEW YORK\n\nStocks fell sharply on Monday as investors weighed new rate fears.\n"
    fields = analyse_text(text, Hints())
    assert fields["title"] is None and fields["dateline"].text == "NEW YORK"


@pytest.mark.parametrize(
    "line",
    [
        "Paris is the most visited city in Europe - again.",
        "Barcelona won the derby - their fifth win in a row.",
        "FILE - Former mayor John Smith speaks at city hall in 2019.",
        "UPDATE: The road has reopened.",
        "BREAKING: Ferry runs aground near the harbour.",
        "US: 3 killed as storm hits coast",
        "Lionel Messi (Argentina) – 7 goals",
        "Jordan Smith (Leeds) - Smith scored twice.",
        "Paris - The city that never sleeps",
        "Jane Roe (Leeds)Smith scored twice.",
        "LIVE UPDATES - Storm makes landfall near the border.",
        "Jane Roe (Leeds) Smith scored twice.",
    ],
)
def test_not_real_datelines(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("SEOUL", "SEOUL"),
        ("GREENFIELD, Mo. —", "GREENFIELD, Mo."),
        ("North Point, March 3", "North Point, March 3"),
    ],
)
def test_dateline_alone_on_its_line(line: str, text: str) -> None:
    parsed = parse_dateline_alone(line)
    assert parsed is not None and parsed.text == text


@pytest.mark.parametrize(
    "line", ["WORLD", "National News", "BREAKING NEWS", "By Jane Roe", "Most", "Asia", "ACN"]
)
def test_labels_alone_are_no_datelines(line: str) -> None:
    assert parse_dateline_alone(line) is None


def _dateline_of(text: str) -> tuple[dict, str]:
    fields = analyse_text(text, Hints())
    dateline = fields["dateline"]
    assert dateline is not None
    assert fields["text"][dateline.start : dateline.end] == dateline.text
    return fields, dateline.text


def test_dateline_after_caption_byline_and_stamp() -> None:
    text = (
        "Freight train derails in rural Kansas\n\n"
        "2024-04-02\n\n"
        "In this photo provided by a resident, rail cars lie on their side near Ashby, Kan., "
        "on Tuesday, April 2, 2024. (Sam Lee via AP)\n\n"
        "National News\n"
        "By JANE ROE, Associated Press\n"
        "Updated 5 minutes ago\n"
        "A freight train derailed in a remote part of Kansas on Tuesday, spilling grain\n\n"
        "ASHBY, Kan. (AP) — A freight train carrying grain derailed on Tuesday in a remote "
        "part of Kansas, officials said.\n\n"
        "No one was hurt, the county sheriff said in a statement on Tuesday evening.\n"
    )
    fields, dateline = _dateline_of(text)
    assert dateline == "ASHBY, Kan. (AP)"
    assert (fields["outlet"], fields["outlet_rule"]) == ("Associated Press", "wire-tag")
    assert "By JANE ROE" not in fields["text"]
    assert any(fields["text"][s:e].startswith("In this photo") for s, e in fields["caption_spans"])


def test_dateline_after_file_caption() -> None:
    text = (
        "Former mayor sentenced for fraud\n\n"
        "FILE - Former mayor John Smith leaves the courthouse in Dover, Del., March 3, 2023. "
        "(AP Photo/Jo Bloggs, File)\n\n"
        "By JOHN DOE\nAssociated Press\n\n"
        "DOVER, Del. (AP) – A judge on Friday sentenced a former mayor to five years in prison "
        "for fraud, prosecutors said.\n"
    )
    fields, dateline = _dateline_of(text)
    assert dateline == "DOVER, Del. (AP)"
    assert "Associated Press" not in fields["text"] and "JOHN DOE" not in fields["text"]


def test_dateline_set_alone_above_the_lead() -> None:
    text = (
        "Leaders meet at border town\n\n2023-05-10\n\nSEOUL\n\n"
        "The leaders of the two countries met on Wednesday at a border town for talks on "
        "trade and security.\n"
    )
    fields, dateline = _dateline_of(text)
    assert dateline == "SEOUL" and fields["dateline"].country == "South Korea"


def test_dateline_with_dash_ending_its_line() -> None:
    text = (
        "Ferry strike ends\n\nGREENFIELD, Mo. —\n"
        "Ferry workers ended a nine-day strike on Thursday after a pay deal, the union said.\n"
        "Services resume on Friday morning, the operator said.\n"
    )
    fields, dateline = _dateline_of(text)
    assert dateline == "GREENFIELD, Mo." and fields["dateline"].country == "United States"


def test_ordinary_sentence_ends_the_dateline_search() -> None:
    text = (
        "Ferry strike ends\n\n"
        "Ferry workers ended a nine-day strike on Thursday after a pay deal, the union said.\n\n"
        "LONDON — Separately, train drivers voted to accept a pay offer.\n"
    )
    assert analyse_text(text, Hints())["dateline"] is None


def test_byline_outlets() -> None:
    assert by_byline("JANE ROE", "Associated Press") == "Associated Press"
    assert by_byline("Xinhua", None) == "Xinhua"
    assert by_byline("Jane Roe", "The Valley Courier") == "The Valley Courier"
    assert by_byline("Jane Roe", "Staff Writer") is None
    assert by_byline("Jane Roe", None) is None
    assert by_byline("Reuters Staff", None) == "Reuters"


def test_headline_starting_with_by_is_kept() -> None:
    text = (
        "By Land And Sea Aid Arrives\n\n"
        "Aid convoys reached the flooded province on Tuesday by road and by ship, the relief "
        "agency said in a statement.\n"
    )
    assert analyse_text(text, Hints())["title"] == "By Land And Sea Aid Arrives"


def test_byline_outlet_in_analysis() -> None:
    text = (
        "Quake shakes mountain county\n\nBy Xinhua\nPublished Sep 6, 2022 07:47 am\n\n"
        "WUHAN, China -- A strong earthquake shook a mountain county on Monday, local "
        "authorities said.\n"
    )
    fields = analyse_text(text, Hints())
    assert (fields["outlet"], fields["outlet_rule"]) == ("Xinhua", "byline")
    assert fields["published"] == "2022-09-06T07:47"
    assert fields["dateline"].text == "WUHAN, China"


def test_stamp_on_the_byline_line() -> None:
    text = (
        "Storm closes ports\n\nBy Jane Roe | Published March 3, 2024\n\n"
        "Ports along the coast closed on Monday as the storm arrived, officials said.\n"
    )
    fields = analyse_text(text, Hints())
    assert fields["published"] == "2024-03-03" and "Jane Roe" not in fields["text"]


def test_copyright_outlet() -> None:
    assert by_copyright(["© 2025 Newsmax. All rights reserved."]) == "Newsmax"
    assert by_copyright(["Copyright 2024 Valley Media Group. All rights reserved."]) == (
        "Valley Media Group"
    )
    assert by_copyright(["© Getty Images"]) is None
    text = (
        "Storm closes ports\n\nPorts along the coast closed on Monday as the storm arrived, "
        "officials said.\n\n© 2025 Newsmax. All rights reserved.\n"
    )
    fields = analyse_text(text, Hints())
    assert (fields["outlet"], fields["outlet_rule"]) == ("Newsmax", "copyright")


def test_end_wire_tag_and_reports_credit() -> None:
    assert by_end_tag("The tremor was felt 200 km away. (ANI)") == "Asian News International"
    assert by_end_tag("The tremor was felt 200 km away (USGS)") is None
    assert by_end_tag("Talks resume on Monday.\n\n— AFP") == "Agence France-Presse"
    assert by_end_tag("Talks resume on Monday. (With inputs from PTI)") == "Press Trust of India"
    assert by_end_tag("Talks resume on Monday - Smith said") is None
    assert by_reports_credit("Argentina won the final on Sunday, reports AFP.") == (
        "Agence France-Presse"
    )
    assert by_reports_credit("The AFP reports that Argentina won.") is None
    text = (
        "Quake hits county\n\nAt least 30 people were killed when a quake hit the county on "
        "Monday, state media said.\n\nRescuers searched collapsed homes overnight. (ANI)\n"
    )
    fields = analyse_text(text, Hints())
    assert (fields["outlet"], fields["outlet_rule"]) == ("Asian News International", "end-wire-tag")


@pytest.mark.parametrize(
    ("line", "date", "stamp"),
    [
        ("By  |  Tuesday, 24 March 2015 08:55 AM EDT ET", "2015-03-24", "2015-03-24T08:55-04:00"),
        ("2022/10/30", "2022-10-30", None),
        ("6/25/21 3:00 PM", "2021-06-25", "2021-06-25T15:00"),
        ("Published Sep 6, 2022 07:47 am", "2022-09-06", "2022-09-06T07:47"),
        ("2022-07-07", "2022-07-07", None),
        ("Released 2013-09-28 05:08:35 GMT", "2013-09-28", "2013-09-28T05:08+00:00"),
        ("11/10/11 02:39 PM ET", "2011-11-10", "2011-11-10T14:39-05:00"),
    ],
)
def test_more_stamp_shapes(line: str, date: str, stamp: str | None) -> None:
    parsed = parse_stamp_line(line)
    assert parsed is not None and (parsed[0].iso(), parsed[1]) == (date, stamp)


def test_update_prefix_is_a_stamp() -> None:
    text = (
        "UPDATE (6/25/21 3:00 PM): A judge sentenced the former officer to 22 years in prison "
        "on Friday, court records show.\n"
    )
    fields = analyse_text(text, Hints())
    assert fields["published"] == "2021-06-25T15:00"
    assert fields["text"].startswith("A judge sentenced")


def test_a_live_storys_update_stamps_are_cut_everywhere() -> None:
    """The clock of "UPDATE @ 4:43 p.m. (Oct. 28):" is when the page changed, not a time of
    the story: cut from every line, the line dropped when nothing else is on it."""
    text = (
        "Two charged after shooting on Ryburn Avenue\n\n"
        "Police said one man died and three people were hurt late Tuesday night.\n\n"
        "UPDATE @ 4:43 p.m. (Oct. 28): Prosecutors approved charges against two men.\n\n"
        "UPDATE @ 9 p.m.:\n\n"
        "Officers were sent to Ryburn Avenue around 11:45 p.m. on reports of a shooting.\n"
    )
    body = analyse_text(text, Hints())["text"]
    assert "UPDATE" not in body and "4:43" not in body and "9 p.m." not in body
    assert "Prosecutors approved charges against two men." in body
    assert "around 11:45 p.m." in body


def test_a_pages_stamps_inside_a_line_are_cut() -> None:
    """ "Posted: Monday, August 17, 2015 2:27 PM EDT" run into a headline, "(Published
    Thursday, July 30, 2015)" after a caption: the page's dates, cut from the text; a date
    in prose ("the toll was updated on May 3") stays."""
    text = (
        "Mother shot in head by son dies\n\n"
        "A woman died after her son shot her, police said.\n\n"
        "Mother critical after shot in the head by child Posted: Monday, August 17, 2015 "
        "2:27 PM EDT Updated: Monday, August 17, 2015 3:19 PM EDT\n\n"
        "A girl died after being shot Wednesday evening. (Published Thursday, July 30, 2015)\n\n"
        "The toll was updated on May 3, 2016 by the county.\n"
    )
    body = analyse_text(text, Hints())["text"]
    assert "2:27 PM" not in body and "August 17" not in body and "July 30, 2015" not in body
    assert "Mother critical after shot in the head by child" in body
    assert "A girl died after being shot Wednesday evening." in body and "()" not in body
    assert "updated on May 3, 2016" in body


def test_bare_date_in_short_file() -> None:
    text = "Council approves budget\n\n2024-03-04\n\nThe council approved the budget on Monday.\n"
    fields = analyse_text(text, Hints())
    assert fields["published"] == "2024-03-04"
    assert fields["title"] == "Council approves budget"


def test_header_date_kept_when_the_leads_weekday_falls_on_it() -> None:
    # The story names only 2020; the header date two years later is a Thursday, the
    # weekday the lead names: it is the story's date, not a scrape date.
    text = (
        "Officer sentenced for civil rights violation\n\n2022-07-07\n\n"
        "ST. PAUL, Minn. (AP) — A federal judge on Thursday sentenced a former officer to 21 "
        "years in prison for an arrest that left a man dead.\n\n"
        "The arrest on May 25, 2020 set off protests; the officer pleaded guilty later.\n"
    )
    fields = analyse_text(text, Hints())
    assert fields["published"] == "2022-07-07"
    assert any("'Thursday' falls on it" in note for note in fields["notes"])


def test_header_date_still_a_scrape_date_when_the_weekday_disagrees() -> None:
    text = (
        "Officer sentenced for civil rights violation\n\n2024-07-09\n\n"
        "ST. PAUL, Minn. (AP) — A federal judge on Thursday sentenced a former officer to 21 "
        "years in prison for an arrest on May 25, 2020, that left a man dead.\n"
    )
    fields = analyse_text(text, Hints())
    assert fields["published"] is None
    assert any("scrape date" in note for note in fields["notes"])


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("Reuters\nMarch 26, 2024", "Reuters"),
        ("Virgin Islands News Online\nMarch 27, 2024", "Virgin Islands News Online"),
        ("CBN News\n03-27-2024", "CBN News"),
        ("Metro Desk\nJul. 26, 2023", "Metro Desk"),
    ],
)
def test_an_outlet_named_on_its_own_header_line(tmp_path, header: str, outlet: str) -> None:  # type: ignore[no-untyped-def]
    from factcheck.ingest import load_articles

    text = (
        f"Bridge collapses after ship strike\n{header}\n\n"
        "Six construction workers are presumed dead after the bridge collapsed early on "
        "Tuesday when a cargo ship struck one of its supports, officials said.\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (art,), skipped = load_articles([str(tmp_path / "a.txt")])
    assert not skipped
    assert art.outlet == outlet
    assert outlet not in art.text
    assert art.published is not None


def test_a_plain_sentence_line_is_no_outlet(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from factcheck.ingest import load_articles

    text = (
        "Bridge collapses after ship strike\nMarch 27, 2024\n\n"
        "Rescue crews searched the river through the night, the coast guard said.\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (art,), _ = load_articles([str(tmp_path / "a.txt")])
    assert art.outlet is None


def test_a_header_date_stays_when_the_story_only_names_old_years() -> None:
    """An obituary names the years of a career, not its own date: the header date stands."""
    text = (
        "Actor dies at 54\n\n29 October 2023\n\n"
        "The actor, best known for a sitcom that aired from 1994 until 2004, has died at his "
        "home, police said on Saturday.\n"
    )
    fields = analyse_text(text, Hints())
    assert fields["published"] == "2023-10-29"
