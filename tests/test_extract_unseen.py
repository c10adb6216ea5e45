"""Times, dates and numbers as real outlets write them: zones by season, tense by verb,
mixed fractions, compound durations, earthquake magnitudes and scores."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_facts
from factcheck.extract.dates import tense_future
from factcheck.models import Article, ArticleFacts, Dateline
from factcheck.values import FactValue


def art(text: str, ref: str | None = None, dateline: str | None = None) -> ArticleFacts:
    dl = None
    if dateline:
        place = dateline.split(",")[0].split("(")[0].strip().title()
        dl = Dateline(text=dateline, place=place, start=0, end=len(dateline))
    return extract_facts(
        Article(id="a1", source="x", format="txt", text=text, reference_date=ref, dateline=dl)
    )


def vals(af: ArticleFacts, kind: str) -> dict[str, FactValue]:
    return {f.text: f.value for f in af.facts if f.type.value == kind}


# --- time zones -----------------------------------------------------------------------------


def test_summer_date_takes_summer_offset() -> None:
    text = (
        "A passenger train derailed near Kansas City, Missouri, on Monday. The train hit a "
        "truck at 12:42 p.m. in Kansas City, officials said. A second train stopped in "
        "Los Angeles at 9:15 a.m. Monday."
    )
    t = vals(art(text, "2022-06-27"), "time")
    assert t["12:42 p.m."].utc_offset == "-05:00"
    assert t["12:42 p.m."].utc == "2022-06-27T17:42+00:00"
    assert t["9:15 a.m."].utc_offset == "-07:00"
    winter = vals(art(text, "2022-01-10"), "time")
    assert winter["12:42 p.m."].utc_offset == "-06:00"


def test_undated_time_in_a_daylight_zone_has_no_guessed_offset() -> None:
    t = vals(art("The train hit a truck at 12:42 p.m. in Kansas City, Missouri."), "time")
    assert t["12:42 p.m."].tz == "America/Chicago"
    assert t["12:42 p.m."].utc_offset is None and t["12:42 p.m."].utc is None


def test_zone_abbreviations_name_their_own_offset() -> None:
    text = (
        "The first blast came at 8:42 p.m. CEST, the second at 9:10 p.m. CET. Trading opened "
        "at 9:30 a.m. EDT and closed at 4 p.m. EST. Flights left at 7 a.m. BST, 10 a.m. IST, "
        "3 p.m. JST, 4 p.m. KST, 11 a.m. GMT, 10:00 UTC, 5 p.m. AEST, 6 p.m. AEDT and "
        "1 p.m. MSK. The wire moved at 0947 GMT. A call started at 9 a.m. PDT and "
        "another at 9 a.m. PST."
    )
    t = vals(art(text), "time")
    want = {
        "8:42 p.m. CEST": "+02:00", "9:10 p.m. CET": "+01:00", "9:30 a.m. EDT": "-04:00",
        "4 p.m. EST": "-05:00", "7 a.m. BST": "+01:00", "10 a.m. IST": "+05:30",
        "3 p.m. JST": "+09:00", "4 p.m. KST": "+09:00", "11 a.m. GMT": "+00:00",
        "10:00 UTC": "+00:00", "5 p.m. AEST": "+10:00", "6 p.m. AEDT": "+11:00",
        "1 p.m. MSK": "+03:00", "0947 GMT": "+00:00", "9 a.m. PDT": "-07:00",
        "9 a.m. PST": "-08:00",
    }  # fmt: skip
    assert {k: t[k].utc_offset for k in want} == want


def test_named_zones_moscow_and_beijing_time() -> None:
    text = "The talks began at 7:09 a.m. Moscow time and a call at 9 p.m. Beijing time."
    t = vals(art(text), "time")
    assert t["7:09 a.m."].utc_offset == "+03:00"
    assert t["9 p.m."].utc_offset == "+08:00"


def test_abbreviation_read_by_the_country_of_the_story() -> None:
    t = vals(art("Israeli officials said the sirens sounded at 6:30 a.m. IST."), "time")
    assert t["6:30 a.m. IST"].utc_offset == "+02:00"


def test_standard_abbreviation_on_a_summer_date_means_the_zone() -> None:
    t = vals(art("The market closed at 4 p.m. EST on July 6, 2022."), "time")
    assert t["4 p.m. EST"].utc_offset == "-04:00"


def test_dotted_and_wire_clock_forms() -> None:
    text = "The plane vanished from radar at 10.47am (0947 GMT) on March 24, 2015, in France."
    t = vals(art(text), "time")
    assert t["0947 GMT"].utc == "2015-03-24T09:47+00:00"
    assert t["10.47am"].local == "10:47"
    assert t["10.47am"].utc_offset == "+01:00"
    assert t["10.47am"].utc == "2015-03-24T09:47+00:00"


def test_local_time_restated_in_a_zone_takes_the_offset_from_it() -> None:
    text = (
        "A train on the line from Los Angeles to Chicago crashed near a small town around "
        "1:42 p.m. local time (8:42 p.m. CEST), the company said."
    )
    t = vals(art(text), "time")
    assert t["1:42 p.m."].utc_offset == "-05:00"


def test_time_takes_the_zone_of_the_happening_not_the_departure_city() -> None:
    text = (
        "An Amtrak train derailed in rural Missouri on Monday. The train, which left "
        "Los Angeles on Saturday, struck a dump truck at 1:42 p.m., officials said."
    )
    af = art(text, "2022-06-27")
    t = vals(af, "time")["1:42 p.m."]
    assert t.tz == "America/Chicago" and t.utc_offset == "-05:00"
    text2 = "A train traveling from Los Angeles to Chicago derailed at 1:42 p.m. on Monday."
    t2 = vals(art(text2, "2022-06-27"), "time")["1:42 p.m."]
    assert t2.utc_offset is None  # nothing says where: unknown, never Los Angeles


def test_dateline_state_gives_the_zone() -> None:
    text = "MENDON, Mo. — A train derailed on Monday. It struck a truck at 12:42 p.m., police said."
    t = vals(art(text, "2022-06-27", dateline="MENDON, Mo."), "time")["12:42 p.m."]
    assert t.utc_offset == "-05:00"


def test_places_in_two_zones_leave_the_zone_unknown() -> None:
    text = "Officials in Tokyo and London confirmed the call began at 10:00."
    t = vals(art(text, "2022-06-27"), "time")["10:00"]
    assert t.utc_offset is None and t.utc is None


def test_lowercase_words_after_a_time_are_not_zones() -> None:
    t = vals(art("The meeting ended at 5 p.m. west of the capital on Monday."), "time")
    assert "5 p.m." in t


# --- dates ----------------------------------------------------------------------------------


def test_said_weekday_is_past_despite_a_later_will() -> None:
    text = (
        "Microsoft said Tuesday it has reached an agreement to acquire the company in a deal "
        "that will be the biggest ever by the software giant."
    )
    d = vals(art(text, "2022-01-21"), "date")["Tuesday"]
    assert d.start == "2022-01-18"


def test_nearest_verb_decides_the_weekday() -> None:
    text = (
        "Officials said the summit will open on Tuesday. On Thursday, the minister will fly "
        "home. The president, who arrived Monday, will meet him."
    )
    d = vals(art(text, "2023-01-13"), "date")  # a Friday
    assert d["Tuesday"].start == "2023-01-17"
    assert d["Thursday"].start == "2023-01-19"
    assert d["Monday"].start == "2023-01-09"


def test_tense_future_reads_the_nearest_verb() -> None:
    s = "The company said Tuesday it will buy the firm."
    at = s.index("Tuesday")
    assert tense_future(s, at, at + 7) is False
    s2 = "Voters will go to the polls on Tuesday, officials said."
    at2 = s2.index("Tuesday")
    assert tense_future(s2, at2, at2 + 7) is True


def test_today_inside_a_quote_is_not_a_story_date() -> None:
    text = (
        '"Gaming is the most exciting category in entertainment today," the chief '
        "executive said. The board approved the deal today."
    )
    af = art(text, "2022-01-18")
    todays = [f for f in af.facts if f.type.value == "date" and f.text == "today"]
    assert len(todays) == 1 and todays[0].start > text.index("board")


# --- numbers --------------------------------------------------------------------------------


def test_mixed_fractions_of_years() -> None:
    text = (
        "He was sentenced to 22 1/2 years in prison. Another report said 22½ years, a third "
        "22 ½ years, and he is serving a 22 1/2-year sentence."
    )
    d = vals(art(text), "duration")
    year = 525960
    for k in ("22 1/2 years", "22½ years", "22 ½ years", "22 1/2-year"):
        assert d[k].minutes == 22.5 * year, k
    assert "2 years" not in d


def test_years_and_months_are_one_duration() -> None:
    d = vals(art("The judge imposed 22 years and six months in prison."), "duration")
    assert list(d) == ["22 years and six months"]
    assert d["22 years and six months"].minutes == 22.5 * 525960


def test_earthquake_magnitudes_are_quantities() -> None:
    text = (
        "The quake had a magnitude of 7.9, the institute said. The agency put the magnitude "
        "of the quake at 7.4. Others reported a 7.8-magnitude quake, or magnitude 7.8. It "
        "measured 6.8 on the Richter scale, and a 7.1 earthquake followed."
    )
    q = vals(art(text), "quantity")
    got = sorted(v.magnitude for v in q.values() if v.unit == "magnitude")
    assert got == [6.8, 7.1, 7.4, 7.8, 7.8, 7.9]


def test_scores_are_not_counts() -> None:
    text = "The Thunder came back from 2-0 and 3-2 deficits to win the series 4-2."
    counts = vals(art(text), "count")
    assert not any(v.noun == "deficit" for v in counts.values())


def test_place_right_after_the_time_settles_disagreeing_places() -> None:
    text = "The plane left London and landed at 10:40 p.m. in Tokyo, officials said."
    t = vals(art(text, "2022-06-27"), "time")["10:40 p.m."]
    assert t.utc_offset == "+09:00"


def test_percent_base_stops_before_the_comparison() -> None:
    text = "Lula won 50.9% of the vote compared with 49.1% for Bolsonaro."
    p = vals(art(text), "percent")
    assert p["50.9% of the vote"].base == "vote"


def test_written_out_zone_names() -> None:
    text = (
        "The vote closed at 8 p.m. Eastern time on Nov. 8, 2022, and results came at "
        "9:30 p.m. Central European Summer Time and at 1 a.m. Greenwich Mean Time."
    )
    t = vals(art(text), "time")
    assert t["8 p.m."].utc_offset == "-05:00"  # November: Eastern standard time
    assert t["9:30 p.m."].utc_offset == "+01:00"  # summer name on a winter date
    assert t["1 a.m."].utc_offset == "+00:00"


def test_four_digit_years_before_loose_abbreviations_are_not_times() -> None:
    t = vals(art("The 2022 PT boats and 1999 ART prize were shown at 1100 GMT."), "time")
    assert list(t) == ["1100 GMT"]


def test_passive_future_and_base_forms_keep_the_future() -> None:
    text = (
        "The rocket will be launched on Tuesday. The storm will hit on Thursday. "
        "The leaders are to meet on Wednesday. The suspect, who was arrested Sunday, "
        "will appear in court Monday."
    )
    d = vals(art(text, "2023-01-13"), "date")  # a Friday
    assert d["Tuesday"].start == "2023-01-17"
    assert d["Thursday"].start == "2023-01-19"
    assert d["Wednesday"].start == "2023-01-18"
    assert d["Sunday"].start == "2023-01-08"
    assert d["Monday"].start == "2023-01-16"


def test_country_names_give_a_zone_but_demonyms_do_not() -> None:
    text = (
        "A strong earthquake struck southern Turkey at 4:17 a.m. on Feb. 6, 2023. "
        "Japanese officials in a statement said aid would leave at 9 a.m."
    )
    t = vals(art(text), "time")
    assert t["4:17 a.m."].utc == "2023-02-06T01:17+00:00"
    assert t["9 a.m."].tz != "Asia/Tokyo"


def test_a_year_before_a_fraction_stays_a_year() -> None:
    af = art("In 2021 1/3 of the staff left, and the trip took 1½ hours.")
    assert [f.text for f in af.facts if f.type.value == "date"] == ["2021"]
    assert vals(af, "duration")["1½ hours"].minutes == 90


def test_expectation_and_to_be_participles_look_forward() -> None:
    text = (
        "It expects to close the deal in March. The phone was previously rumored to be "
        "released sometime in May."
    )
    d = vals(art(text, "2012-02-29"), "date")
    assert d["March"].start == "2012-03-01"
    assert d["May"].start == "2012-05-01"


def test_bare_weekdays_stay_within_a_week_of_the_reference() -> None:
    from datetime import date as _date

    for ref in ("2022-01-21", "2022-06-27", "2023-09-08"):
        text = (
            "Officials said Monday the talks will resume. Leaders will meet on Tuesday. "
            "The minister, who arrived Wednesday, spoke on Thursday and will leave Friday."
        )
        r = _date.fromisoformat(ref)
        for f in art(text, ref).facts:
            if f.type.value == "date" and f.value.weekday:
                gap = (_date.fromisoformat(f.value.start) - r).days
                assert -6 <= gap <= 6, (ref, f.text, gap)
                assert (gap >= 0) == (f.value.tense == "future") or gap == 0, (ref, f.text)


@pytest.mark.parametrize(
    ("text", "kind", "surface"),
    [
        ("The film took $9m in its opening weekend.", "money", "$9m"),
        ("The bank raised £4bn from investors last year.", "money", "£4bn"),
        ("Winds reached 241 km per hour near the coast.", "quantity", "241 km per hour"),
        ("Gusts of 150 miles an hour tore roofs off homes.", "quantity", "150 miles an hour"),
    ],
)
def test_glued_scales_and_speeds_in_words(text: str, kind: str, surface: str) -> None:
    from factcheck.extract import extract_facts
    from factcheck.models import Article

    facts = extract_facts(Article(id="a1", source="x.txt", format="txt", text=text)).facts
    assert (kind, surface) in {(f.type.value, f.text) for f in facts}


# --- places written with a direction or after an article ------------------------------------


def test_a_town_after_a_direction_word_is_read() -> None:
    """ "in southwest Detroit": the cue "in" stands before the part of town named."""
    places = vals(
        art("A boy shot himself in southwest Detroit early Thursday, police said."), "place"
    )
    assert "Detroit" in places


def test_a_state_after_a_sentence_opening_article_is_read() -> None:
    """ "A New Jersey woman": the capitalised article glues no name to the state; a
    person's name still does ("Lloyd Austin said")."""
    assert "New Jersey" in vals(art("A New Jersey woman called 911 on Friday."), "place")
    assert "Austin" not in vals(art("Defense Secretary Lloyd Austin said on Friday."), "place")


def test_a_state_name_is_the_state_not_a_smaller_city_of_that_name() -> None:
    """ "Oklahoma" is the state, not Oklahoma City's short name; "Virginia" the state, not a
    South African town; the big cities' own and short names stay ("Washington", "New York")."""
    from factcheck.extract.places import lookup

    def kind(name: str) -> tuple[str, str]:
        e = lookup(name)
        assert e is not None
        return e["kind"], e["name"]

    assert kind("Oklahoma") == ("region", "Oklahoma")
    assert kind("Virginia") == ("region", "Virginia")
    assert kind("Washington") == ("city", "Washington")
    assert kind("New York") == ("city", "New York City")


# --- towns written without a cue word: home towns and qualifiers ----------------------------


def _place_rules(text: str) -> dict[str, str]:
    return {f.text: f.rule for f in art(text).facts if f.type.value == "place"}


def test_a_home_town_after_an_age_is_read() -> None:
    """ "Head, 45, of Grand Rapids": "of" after a person's age names a town (its state named)."""
    rules = _place_rules(
        "Christopher Head, 45, of Grand Rapids was arraigned, Michigan police said."
    )
    assert rules.get("Grand Rapids") == "place-home"


def test_a_town_qualifying_a_noun_is_read_when_its_state_is_named() -> None:
    """ "A Bowling Green man", "Kettering police", "the Covington shooting" in a Kentucky or
    Ohio story; not a small town of another state, nor a town named like a common word that
    opens a sentence ("Mobile users"), nor a letter ("R&B singer")."""
    ky = "COVINGTON, Ky. -- A Bowling Green man is dead after the Covington shooting."
    rules = _place_rules(ky)
    assert rules.get("Bowling Green") == "place-of-noun"
    assert rules.get("Covington") == "place-of-happening" or "Covington" in rules
    assert "Kettering" in _place_rules("DAYTON, Ohio -- Kettering police arrested two men.")
    assert "Kettering" not in _place_rules("Kettering police arrested two men.")
    assert "Mobile" not in _place_rules("Police said nothing. Mobile users, click here.")
    assert "B" not in _place_rules("The R&B singer was sentenced in New York.")


def test_a_home_town_or_qualifier_is_not_the_venue() -> None:
    """ "A Lake Stevens man" says where he lives, not where the story happened."""
    from factcheck.venues import is_venue_mention

    item = art("EVERETT, Wash. - A Lake Stevens man will face charges, police said.")
    town = next(f for f in item.facts if f.text == "Lake Stevens")
    assert not is_venue_mention(item.article, town)


# --- ages written without hyphens, after a caption line or a credit ---------------------------


def _ages(text: str) -> list[str]:
    return [
        f.text
        for f in art(text).facts
        if f.type.value == "count" and getattr(f.value, "noun", "") == "year-old"
    ]


def test_an_age_written_without_hyphens_is_read() -> None:
    assert _ages("An 18 year old and his 15 year old brother were grazed.") == [
        "18 year old",
        "15 year old",
    ]
    assert _ages("He was 10 years old.") == ["10 years old"]


def test_a_range_or_list_of_ages_gives_no_one_age() -> None:
    assert _ages("She was between 15 and 25 years old when she died.") == []
    assert _ages("Their 1- or 2-year-old baby was hurt.") == []


def test_a_capitalised_word_on_another_line_or_a_function_word_is_no_model_name() -> None:
    """ "Buy Photo" ending a caption line, "Productions A 4-year-old" after a credit: the age
    stands; "Curve 8900 supports" is still a model's name."""
    assert _ages("Detroit Free Press)Buy Photo\n\nA 9-year-old boy shot himself.") == ["9-year-old"]
    assert _ages("Gary Marks/GM Video Productions A 4-year-old is taken away.") == ["4-year-old"]
    item = art("The phone maker said the Curve 8900 supports it.")
    counts = [f.text for f in item.facts if f.type.value == "count"]
    assert not any("8900" in c for c in counts)


def test_single_curly_quotes_are_quotations() -> None:
    """British style: ‘This was an outrageous act.’; an apostrophe ("we’ve") does not close
    the quotation, and ‘80s opens none."""
    item = art(
        "‘Seven victims were shot and we’ve now confirmed that three died,’ said police chief "
        "Michael Ciminelli. In the ‘80s the club was quiet.\n\n‘This was an outrageous act.’"
    )
    quotes = [f.text for f in item.facts if f.type.value == "quote"]
    assert quotes == [
        "‘Seven victims were shot and we’ve now confirmed that three died,’",
        "‘This was an outrageous act.’",
    ]
