"""Claim keys, ages, statement days, contradicted corroboration, reprints and name spellings,
on passages written here (issue 11)."""

from __future__ import annotations

from pathlib import Path

from factcheck.align.keys import claim_key, keys_match
from factcheck.context import is_statement_day
from factcheck.extract import extract_facts
from factcheck.models import Article, ArticleFacts, Fact, FactType, Finding, Verdict
from passages import findings_of


def _item(text: str, aid: str = "a1") -> ArticleFacts:
    return extract_facts(Article(id=aid, source=f"{aid}.txt", format="txt", text=text))


def _fact(item: ArticleFacts, surface: str, ftype: FactType = FactType.COUNT) -> Fact:
    return next(f for f in item.facts if f.type == ftype and surface in f.text)


def _match(a: tuple[str, str], b: tuple[str, str], ftype: FactType = FactType.COUNT) -> bool:
    ia, ib = _item(a[0], "a1"), _item(b[0], "a2")
    return keys_match(claim_key(ia, _fact(ia, a[1], ftype)), claim_key(ib, _fact(ib, b[1], ftype)))[
        0
    ]


def test_killed_and_left_dead_are_one_attribute() -> None:
    assert _match(
        ("Fourteen people were killed in the blast at the plant.", "Fourteen people"),
        ("The explosion at the plant left 12 people dead on Tuesday.", "12 people"),
    )


def test_killed_and_injured_are_two_attributes() -> None:
    assert not _match(
        ("Fourteen people were killed in the blast at the plant.", "Fourteen people"),
        ("The blast at the plant injured 12 people on Tuesday.", "12 people"),
    )


def test_a_part_is_not_the_whole() -> None:
    assert not _match(
        ("Twelve people were killed in the attack on the market.", "Twelve people"),
        ("The attack on the market killed many, including four people.", "four people"),
    )


def test_a_threshold_is_not_a_result() -> None:
    assert not _match(
        ("The measure needed 60 votes in the Senate to pass.", "60 votes"),
        ("The measure won 52 votes in the Senate on Thursday.", "52 votes"),
    )


def test_a_past_occasion_is_not_this_event() -> None:
    assert not _match(
        ("The storm killed 40 people in the region this week.", "40 people"),
        ("A storm last year killed 12 people in the region.", "12 people"),
    )


def test_the_day_a_statement_was_made_is_not_the_event_day() -> None:
    item = _item("The man was shot on Sunday night. Police said Monday that he had died.")
    said = _fact(item, "Monday", FactType.DATE)
    shot = _fact(item, "Sunday", FactType.DATE)
    assert is_statement_day(item, said) and not is_statement_day(item, shot)


AGE = (
    "Police said {name}, {age}, of Dayton was shot outside a store on Main Street on Tuesday night."
)
FILLER = "Officers searched the area for hours and asked witnesses to call the tip line. "


def _event(tmp_path: Path, texts: dict[str, str]) -> list[Finding]:
    return findings_of(tmp_path, texts)


def test_one_persons_age_given_two_ways_conflicts(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Dayton Daily\n\n" + FILLER + AGE.format(name="Mark Jensen", age=61),
            "b.txt": "Ohio News\n\nA man died. " + AGE.format(name="Mark Jensen", age=67),
        },
    )
    (f,) = [f for f in found if f.rule == "age-differs"]
    assert f.verdict == Verdict.CONFLICT and {c.text for c in f.claims} == {"61", "67"}
    assert "Matched on subject Mark Jensen, attribute age" in f.explanation


def test_two_people_of_one_family_keep_their_ages(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Dayton Daily\n\n" + FILLER + AGE.format(name="Mark Jensen", age=61),
            "b.txt": "Ohio News\n\nA woman died. " + AGE.format(name="Ann Jensen", age=58),
        },
    )
    assert not [f for f in found if f.rule == "age-differs"]


BARE = "Mark Jensen owned the store on Main Street. Jensen, {age}, was shot there on Tuesday."


def test_a_bare_surname_is_the_articles_one_full_name(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Dayton Daily\n\n" + FILLER + BARE.format(age=61),
            "b.txt": "Ohio News\n\nA man died. " + AGE.format(name="Mark Jensen", age=67),
        },
    )
    (f,) = [f for f in found if f.rule == "age-differs"]
    assert f.verdict == Verdict.CONFLICT and {c.text for c in f.claims} == {"61", "67"}
    assert "Matched on subject Mark Jensen" in f.explanation


def test_a_bare_surname_two_people_share_stays_unresolved(tmp_path: Path) -> None:
    # the father and the son: "Jensen, 61," is not read as either, so no named-age conflict
    son = "Mark Jensen owned the store. His father, Paul Jensen, ran it. Jensen, 61, was shot."
    found = _event(
        tmp_path,
        {
            "a.txt": "Dayton Daily\n\n" + FILLER + son,
            "b.txt": "Ohio News\n\nA man died. " + AGE.format(name="Mark Jensen", age=34),
        },
    )
    assert not [f for f in found if f.rule == "age-differs" and f.verdict == Verdict.CONFLICT]


STORY = (
    "SPRINGFIELD (AP) — A gunman opened fire at a busy restaurant on Friday evening, killing "
    "three people and wounding two others before fleeing in a dark sedan, police said. The "
    "victims were dining on the patio when the shots rang out, according to witnesses who "
    "spoke to reporters at the scene. Investigators recovered several shell casings and were "
    "reviewing video from nearby businesses. The restaurant's owner said the staff were "
    "shaken but unhurt and that the business would stay closed for the weekend. The city's "
    "mayor called the shooting senseless and promised more patrols in the area."
)


def test_a_reprint_with_a_local_paragraph_is_one_source(tmp_path: Path) -> None:
    local = (
        "\n\nThe restaurant sits two blocks from the county courthouse and has been a "
        "downtown fixture for three decades, longtime customers told the Gazette on Saturday."
    )
    found = _event(
        tmp_path,
        {"wire.txt": "Associated Press\n\n" + STORY, "gazette.txt": "Gazette\n\n" + STORY + local},
    )
    (wire,) = [f for f in found if f.rule == "wire-copy"]
    assert {c.article_id for c in wire.claims} == {"a1", "a2"}


def test_a_name_spelled_once_otherwise_is_flagged_and_two_people_are_not(tmp_path: Path) -> None:
    texts = {
        f"{i}.txt": f"Outlet {i}\n\n"
        + FILLER
        + f"Fire Chief Dana {spelling} said the blaze was out."
        for i, spelling in enumerate(("Kowalski", "Kowalski", "Kowalksi"))
    }
    (f,) = [f for f in _event(tmp_path, texts) if f.rule == "name-spelling"]
    assert f.verdict == Verdict.VARIATION and "Dana Kowalksi" in {c.text for c in f.claims}
    other = tmp_path / "other"
    other.mkdir()
    two = {
        "a.txt": "Outlet A\n\n" + FILLER + "Mark Jensen said the blaze was out by noon.",
        "b.txt": "Outlet B\n\n" + FILLER + "Mary Jansen said the blaze was out by noon.",
    }
    assert not [f for f in _event(other, two) if f.rule == "name-spelling"]


def test_one_happening_dated_on_two_weekdays_is_a_variation(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Dayton Daily\n\n" + FILLER + "The man was arraigned Tuesday on a count.",
            "b.txt": "Ohio News\n\nHe was arraigned Wednesday in county court, his lawyer said.",
        },
    )
    flags = [f for f in found if f.kind == "date" and f.verdict == Verdict.VARIATION]
    assert flags and {c.text for c in flags[0].claims} == {"Tuesday", "Wednesday"}
    assert not [f for f in found if f.verdict == Verdict.CONFLICT]


def test_an_age_followed_by_a_function_word_has_no_role() -> None:
    from factcheck.align.ages import age_subject

    item = _item("Police said the 13-year-old had been shot. A 4-year-old girl was hurt.")
    bare = next(f for f in item.facts if f.type == FactType.COUNT and "13" in f.text)
    girl = next(f for f in item.facts if f.type == FactType.COUNT and "4" in f.text)
    assert age_subject(item, bare) == ("", False)  # not 'role:had'
    assert age_subject(item, girl)[0].startswith("role:")


UNNAMED = (
    "A teenager was killed in an apartment on Elm Street on Sunday, police said. {first} "
    "Officers found the victim in a bedroom. {second}\n"
)


def test_unnamed_ages_of_one_happening_differ(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Dayton Daily\n\n"
            + UNNAMED.format(first="Police said a 17-year-old shot the victim.", second=""),
            "b.txt": "Ohio News\n\n"
            + UNNAMED.format(first="Police said a 19-year-old shot the victim.", second=""),
        },
    )
    (f,) = [f for f in found if f.rule == "age-differs"]
    assert f.verdict == Verdict.VARIATION and {c.text for c in f.claims} == {
        "17-year-old",
        "19-year-old",
    }
    assert "Only what happened ties these ages together" in f.explanation


def test_unnamed_ages_both_accounts_give_are_two_people(tmp_path: Path) -> None:
    both = "His 15-year-old brother was not hurt."
    found = _event(
        tmp_path,
        {
            "a.txt": "Dayton Daily\n\n"
            + UNNAMED.format(first="Police said a 17-year-old shot the victim.", second=both),
            "b.txt": "Ohio News\n\n"
            + UNNAMED.format(
                first="Police said a 15-year-old shot the victim.",
                second="A 17-year-old cousin was hurt.",
            ),
        },
    )
    assert not [f for f in found if f.rule == "age-differs"]


HOME = (
    "Michigan State Police said {name}, 45, of {town}, was arraigned on Tuesday in the "
    "death of his son."
)


def test_one_persons_two_home_towns_are_a_variation(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Detroit Daily\n\n" + FILLER + HOME.format(name="Chris Head", town="Detroit"),
            "b.txt": "Michigan News\n\n" + HOME.format(name="Chris Head", town="Grand Rapids"),
        },
    )
    (f,) = [f for f in found if f.rule == "home-town-differs"]
    assert f.verdict == Verdict.VARIATION and {c.text for c in f.claims} == {
        "Detroit",
        "Grand Rapids",
    }
    assert "Matched on subject Chris Head, attribute home town" in f.explanation


def test_home_towns_each_account_names_are_not_flagged(tmp_path: Path) -> None:
    moved = " He moved there from Grand Rapids last year."
    found = _event(
        tmp_path,
        {
            "a.txt": "Detroit Daily\n\n" + HOME.format(name="Chris Head", town="Detroit") + moved,
            "b.txt": "Michigan News\n\n"
            + HOME.format(name="Chris Head", town="Grand Rapids")
            + " Detroit police made the arrest.",
        },
    )
    assert not [f for f in found if f.rule == "home-town-differs"]


def test_a_state_beside_the_same_content_word_is_compared(tmp_path: Path) -> None:
    # "a shooting in New Jersey" / "a shooting in Pennsylvania": the same content word by it
    found = _event(
        tmp_path,
        {
            "a.txt": "Shore News\n\n"
            + FILLER
            + "Two men were killed in a late-night shooting in New Jersey, prosecutors said.",
            "b.txt": "Coast Daily\n\nDetectives asked for help after a shooting in Pennsylvania "
            "that left two men dead on Thursday night.",
        },
    )
    pairs = [{c.text for c in f.claims} for f in found if f.kind == "place"]
    assert {"New Jersey", "Pennsylvania"} in pairs


def test_a_town_that_opens_a_sentence_is_read(tmp_path: Path) -> None:
    # "Des Moines police say ..." at a sentence's start, in a story set in Iowa
    found = _event(
        tmp_path,
        {
            "a.txt": "Iowa News\n\nA man was shot in Iowa on Monday. "
            + FILLER
            + "Cedar Rapids police say he was arrested at the county jail.",
            "b.txt": "Gazette\n\nA man was shot in Iowa on Monday. "
            + "Des Moines police say he was arrested at the county jail.",
        },
    )
    pairs = [{c.text for c in f.claims} for f in found if f.kind == "place"]
    assert {"Cedar Rapids", "Des Moines"} in pairs


def test_a_given_name_heard_two_ways_is_one_persons_spelling(tmp_path: Path) -> None:
    # "Dylan" / "Daylen": two letters apart, only vowels differ; each outlet's spelling shown
    story = " was shot at his home on Tuesday, police said, and died at the hospital."
    found = _event(
        tmp_path,
        {
            "a.txt": "Detroit Daily\n\n" + FILLER + "Dylan Head, 9," + story,
            "b.txt": "Free Press\n\nDaylen Head, 9," + story,
            "c.txt": "Michigan News\n\nA boy, Dylan Head," + story,
        },
    )
    (f,) = [f for f in found if f.rule == "name-spelling"]
    assert {c.article_id for c in f.claims} == {"a1", "a2", "a3"}


def test_two_given_names_whose_consonants_differ_are_two_people(tmp_path: Path) -> None:
    story = " was shot at the home on Tuesday, police said."
    found = _event(
        tmp_path,
        {
            "a.txt": "Detroit Daily\n\n" + FILLER + "Dylan Head" + story,
            "b.txt": "Free Press\n\nDorian Head" + story,
        },
    )
    assert not [f for f in found if f.rule == "name-spelling"]


SLIP = (
    "A {first}-year-old boy was fatally shot on Friday night at a home on Elm Street, police "
    "said. Officers found him in a bedroom. A memorial grew on Saturday for the "
    "{second}-year-old boy, whose school opened its doors to grieving families."
)


def test_an_account_that_gives_one_boy_two_ages_against_the_rest(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Dayton Daily\n\n" + SLIP.format(first=8, second=6),
            "b.txt": "Ohio News\n\nA 6-year-old boy died after he was shot at his home, and "
            "neighbours gathered on Elm Street on Saturday.",
        },
    )
    odd = [f for f in found if f.rule == "age-differs" and "in one place" in f.title]
    assert len(odd) == 1 and odd[0].verdict == Verdict.VARIATION
    assert [c.text for c in odd[0].claims] == ["8-year-old", "6-year-old"]
    assert "gives the boy two ages" in odd[0].explanation


def test_an_account_that_introduces_two_boys_is_not_an_odd_age(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Dayton Daily\n\n"
            + SLIP.format(first=6, second=6)
            + " Last month an 8-year-old boy was shot nearby on Oak Street.",
            "b.txt": "Ohio News\n\nA 6-year-old boy died after he was shot at his home, and "
            "neighbours gathered on Elm Street on Saturday.",
        },
    )
    assert not [f for f in found if f.rule == "age-differs"]


def test_a_babys_age_in_months_is_compared(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Dayton Daily\n\nA 4-month-old baby was wounded in a drive-by shooting on "
            "Elm Street on Sunday night, police said.",
            "b.txt": "Ohio News\n\nA 3-month-old baby was hurt when shots hit a house on Elm "
            "Street on Sunday night.",
        },
    )
    (f,) = [f for f in found if f.rule == "age-differs"]
    assert f.verdict == Verdict.VARIATION and "the baby" in f.title
    assert {c.text for c in f.claims} == {"4-month-old", "3-month-old"}


def test_an_age_in_months_inside_the_year_written_agrees(tmp_path: Path) -> None:
    """A "1-year-old" is 12 to 23 months old: a "21-month-old" is no other age."""
    found = _event(
        tmp_path,
        {
            "a.txt": "Dayton Daily\n\nA 21-month-old boy was killed in a shooting on Elm Street "
            "on Sunday night, police said.",
            "b.txt": "Ohio News\n\nA 1-year-old boy was killed when shots hit a house on Elm "
            "Street on Sunday night.",
        },
    )
    assert not [f for f in found if f.rule == "age-differs"]


def test_a_verb_first_word_after_the_is_a_noun_not_the_happening() -> None:
    """ "the suspect" names a person: the happening is the verb before it."""
    from factcheck.align.keys import governing_happening

    item = _item(
        "Deputies surrounded the home and negotiated with the suspect for about three hours."
    )
    assert governing_happening(item, _fact(item, "three hours", FactType.DURATION)) == {"negotiate"}


def test_a_length_with_no_happening_noun_is_keyed_by_its_verb(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Dayton Daily\n\nDeputies surrounded the house on Elm Street and negotiated "
            "with the suspect for about three hours on Sunday until he surrendered.",
            "b.txt": "Ohio News\n\nA hostage team from the county, called in by a neighbour, "
            "negotiated by telephone for roughly six hours, a sheriff's spokeswoman said.",
        },
    )
    durations = [f for f in found if f.kind == "duration" and f.verdict != Verdict.CORROBORATED]
    assert durations and {c.text for c in durations[0].claims} >= {
        "about three hours",
        "roughly six hours",
    }


def test_an_account_that_dates_one_shooting_on_two_days_against_the_rest(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Dayton Daily\n\nA girl was shot in the face shortly after 11 p.m. Tuesday "
            "in her family's apartment on Elm Street, police said. Neighbours heard the shot. "
            "The girl, who was shot Monday night, is in critical condition at a hospital.",
            "b.txt": "Ohio News\n\nThe accidental shooting happened just after 10 p.m. Monday, "
            "police said. A cousin had found a loaded gun in a drawer. Detectives returned "
            "to the building on Tuesday.",
        },
    )
    odd = [f for f in found if "in one place, the others" in f.title]
    assert len(odd) == 1 and odd[0].verdict == Verdict.VARIATION
    assert [c.text for c in odd[0].claims] == ["Tuesday", "Monday"]


def test_one_clock_time_on_two_days_is_a_variation(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Valley Herald\n\nAt 11:07 a.m. Sunday, officers responded to a report of a "
            "shooting on Silver Bell Circle, where they found a boy with a head wound. He died "
            "at the scene, police said.",
            "b.txt": "Metro Daily\n\nPolice were called to Silver Bell Circle at 11:07 a.m. "
            "Monday and found a 13-year-old boy who had been shot in the head. Officers said "
            "the boy's brother had found the gun in a closet.",
            "c.txt": "Star Tribune\n\nThe hearing was set for Aug. 3 at 1:30 p.m. A second boy "
            "was questioned around 1:40 p.m. Sept. 8, police said.",
        },
    )
    clock = [f for f in found if f.rule == "clock-day-differs"]
    assert len(clock) == 1 and clock[0].verdict == Verdict.VARIATION
    assert sorted(c.text for c in clock[0].claims) == ["Monday", "Sunday"]
    assert "11:07 a.m. Sunday" in clock[0].title


def test_the_same_clock_on_two_days_in_one_account_is_two_moments(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Valley Herald\n\nThe man was shot at 11 p.m. Friday on Elm Street and died "
            "at 11 p.m. Saturday at a hospital, police said.",
            "b.txt": "Metro Daily\n\nThe man who was shot on Elm Street died at 11 p.m. Saturday "
            "at a hospital, police said. He had been shot the night before.",
        },
    )
    assert not [f for f in found if f.rule == "clock-day-differs"]


def test_a_verb_or_adverb_after_an_age_is_no_role() -> None:
    from factcheck.align.ages import role_word

    for text, role in [
        ("That is when the 15-year-old pulled the trigger.", ""),
        ("Neighbors said the 4-year-old accidentally shot herself.", ""),
        ("A 4-year-old girl was hurt.", "girl"),
        ("The 17-year-old suspect was arrested.", "suspect"),
    ]:
        item = _item(text)
        age = next(f for f in item.facts if f.text.endswith("year-old"))
        assert role_word(text, age) == role, text


def test_a_father_and_a_mother_are_two_roles() -> None:
    """WordNet's verb senses join "to father" and "to mother"; as roles they stay apart."""
    from factcheck.align.ages import age_subject

    father = _item("Deputies found the 62-year-old father in the kitchen.")
    mother = _item("Deputies found the 60-year-old mother in the kitchen.", "a2")
    keys = [age_subject(it, _fact(it, "year-old"))[0] for it in (father, mother)]
    assert keys == ["role:father", "role:mother"]
    boys = _item("Two 14-year-old boys were arrested.")
    assert age_subject(boys, _fact(boys, "year-old"))[0] == "role:boy"


def test_one_clock_time_written_am_and_pm_is_a_variation(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Valley Herald\n\nTwo shooters opened fire about 1:30 a.m. Friday at the "
            "motel on Estate Lane, hitting three men, police said.",
            "b.txt": "Metro Daily\n\nUPDATE 11:40 p.m.: Police said two men went to the motel on "
            "Estate Lane around 1:30 p.m. on Friday and opened fire, hitting three men.",
            "c.txt": "Star Tribune\n\nUPDATE 11:40 a.m.: Three men were shot at the motel on "
            "Estate Lane on Friday, police said.",
        },
    )
    flips = [f for f in found if f.rule == "meridiem-differs"]
    assert len(flips) == 1 and flips[0].verdict == Verdict.VARIATION
    assert sorted(c.text for c in flips[0].claims) == ["1:30 a.m.", "1:30 p.m."]


def test_one_age_given_to_opposite_kin_is_a_variation(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Valley Herald\n\nAn 18-year-old and his 15-year-old brother were grazed by "
            "bullets on Sunday, police said.",
            "b.txt": "Metro Daily\n\nAn 18-year-old man was grazed on Sunday, and his 15-year-old "
            "sister was also hit, police said.",
            "c.txt": "Star Tribune\n\nA 15-year-old girl and the 15-year-old boy who shot her were "
            "both taken to a hospital on Sunday.",
        },
    )
    kin = [f for f in found if f.rule == "role-differs"]
    assert len(kin) == 1 and kin[0].verdict == Verdict.VARIATION
    assert "brother" in kin[0].title and "sister" in kin[0].title


def test_one_persons_age_under_two_spellings_of_the_name_conflicts(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Dayton Daily\n\n" + FILLER + AGE.format(name="Thomas Gutierrez", age=18),
            "b.txt": "Ohio News\n\nA man died. " + AGE.format(name="Thomas Guitierrez", age=20),
        },
    )
    (f,) = [f for f in found if f.rule == "age-differs"]
    assert {c.text for c in f.claims} == {"18", "20"}


def test_near_names_one_article_gives_are_two_people(tmp_path: Path) -> None:
    found = _event(
        tmp_path,
        {
            "a.txt": "Dayton Daily\n\n" + FILLER + AGE.format(name="Jaden Green", age=6),
            "b.txt": "Ohio News\n\nA girl died. " + AGE.format(name="Jayden Green", age=4),
            "c.txt": "Metro\n\nThe sisters Jaden Green and Jayden Green were found in the house.",
        },
    )
    assert not [f for f in found if f.rule == "age-differs"]


NAMED = "The woman killed at a party in Pontiac on Friday was Aniya Edwards, 19, of Memphis."


def test_an_unnamed_age_of_a_person_the_account_names_is_compared(tmp_path: Path) -> None:
    unnamed = "A 21-year-old died in a drive-by shooting Friday in Pontiac. "
    found = _event(
        tmp_path,
        {
            "a.txt": "Pontiac Daily\n\n" + NAMED,
            "b.txt": "Oakland News\n\n" + unnamed + "Aniya Edwards was moving to Memphis.",
        },
    )
    (f,) = [f for f in found if f.rule == "age-differs"]
    assert f.verdict == Verdict.VARIATION and {c.text for c in f.claims} == {"19", "21-year-old"}
    assert "Matched on subject Aniya Edwards" in f.explanation


def test_what_happened_to_an_unnamed_age_may_follow_its_noun(tmp_path: Path) -> None:
    unnamed = "Police asked for the public's help after a 21-year-old woman was fatally shot. "
    found = _event(
        tmp_path,
        {
            "a.txt": "Pontiac Daily\n\nAniya Edwards, 19, was shot and killed at a party.",
            "b.txt": "Oakland News\n\n" + unnamed + "Aniya Edwards was moving to Memphis.",
        },
    )
    (f,) = [f for f in found if f.rule == "age-differs"]
    assert {c.text for c in f.claims} == {"19", "21-year-old"}


def test_an_unnamed_age_of_an_account_that_does_not_name_the_person_is_not(
    tmp_path: Path,
) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    elsewhere = "A 21-year-old died in a drive-by shooting Friday in Pontiac."
    unread = "Aniya Edwards died Friday. The gunman also killed 21-year-old Qwazi J. Tarlo."
    for folder, other in (("one", elsewhere), ("two", unread)):
        found = _event(
            tmp_path / folder,
            {"a.txt": "Pontiac Daily\n\n" + NAMED, "b.txt": "Oakland News\n\n" + other},
        )
        assert not [f for f in found if f.rule == "age-differs"], folder


def test_a_suffix_is_not_needed_to_name_the_person() -> None:
    from factcheck.align.ages import _given_and_surname

    assert _given_and_surname("gregory livingston iii") == ["gregory", "livingston"]
    assert _given_and_surname("aniya edwards") == ["aniya", "edwards"]
