"""One happening given two clock times by two accounts (align.happenings:
clock_happening_alignments, rule happening-time-differs), on passages written here (issue 11:
"2:53 p.m. vs 3:20 p.m. for the same attack, both extracted, never compared")."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of

LEAD = "A man was killed in a shooting in the parking lot of a grocery store in Ruston. "


def _times(found: list) -> list[set[str]]:
    return [{c.text for c in f.claims} for f in found if f.rule == "happening-time-differs"]


def test_two_clock_times_of_one_shooting_are_a_variation(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "The shooting happened at 2:53 p.m. on Sunday, police said.",
            "b.txt": LEAD + "Officers said the shooting happened at 3:20 p.m. on Sunday.",
        },
    )
    assert _times(found) == [{"2:53 p.m.", "3:20 p.m."}]
    finding = next(f for f in found if f.rule == "happening-time-differs")
    assert finding.verdict.value == "variation" and "“shooting”" in finding.explanation


def test_clocks_within_rounding_agree(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "The shooting happened about 8:20 p.m. on Sunday, police said.",
            "b.txt": LEAD + "Officers said the shooting happened at 8:18 p.m. on Sunday.",
        },
    )
    assert not _times(found)


def test_an_account_that_gives_both_clocks_reconciles_them(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "The shooting happened at 2:05 a.m. Sunday. He died at a hospital "
            "at 2:50 a.m.",
            "b.txt": LEAD + "Officers said the shooting happened at 2:50 a.m. on Sunday.",
        },
    )
    assert not _times(found)


def test_an_account_that_times_two_shootings_gives_no_key(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "The shooting happened around 3 p.m. Another shooting happened "
            "around 4:30 a.m. a few blocks away.",
            "b.txt": LEAD + "Officers said the shooting happened at 9:40 p.m. on Sunday.",
        },
    )
    assert not _times(found)


def test_two_clocks_written_to_the_minute_are_not_a_rounding(tmp_path: Path) -> None:
    # "at 6:30 pm" with no hedge is a clock of its own; "about 6:30 pm" may be 6:42 rounded
    texts = {
        "a.txt": LEAD + "The shooting happened at 6:42 p.m. on Sunday, police said.",
        "b.txt": LEAD + "Officers said the shooting happened at 6:30 p.m. on Sunday.",
    }
    assert _times(findings_of(tmp_path, texts)) == [{"6:42 p.m.", "6:30 p.m."}]
    texts["b.txt"] = texts["b.txt"].replace("at 6:30", "at about 6:30")
    (tmp_path / "hedged").mkdir()
    assert _times(findings_of(tmp_path / "hedged", texts)) == []


def _time_flags(found: list) -> list[set[str]]:
    return [
        {c.text for c in f.claims}
        for f in found
        if f.kind == "time" and f.verdict.value in ("conflict", "variation")
    ]


def test_noon_is_a_clock_time(tmp_path: Path) -> None:
    """ "just after noon" is read as a clock time and compared: a shooting at 12:03 a.m. is
    not one just after noon."""
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "The shooting happened at 12:03 a.m. on Sunday, police said.",
            "b.txt": LEAD + "The shooting happened just after noon on Sunday, police said.",
        },
    )
    assert {"12:03 a.m.", "noon"} in _time_flags(found), [f.title for f in found]


def test_after_midnight_is_no_clock_time(tmp_path: Path) -> None:
    """ "an after-midnight shooting", "after midnight": hours wide, not 00:00, so 1 a.m.
    agrees."""
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "The after-midnight shooting on Sunday left one man dead, police said.",
            "b.txt": LEAD + "The shooting happened around 1 a.m. on Sunday, police said.",
            "c.txt": LEAD + "The shooting happened after midnight on Sunday, police said.",
        },
    )
    assert _time_flags(found) == [], [f.title for f in found]


def test_a_clip_length_is_no_clock_time() -> None:
    from factcheck.extract import extract_facts
    from factcheck.models import Article, FactType

    text = (
        "Video: Witness recalls the shooting | 0:28\n\n"
        "3:30 Video captures moments after police cruiser crash\n\n"
        "The shooting happened at 4:26 a.m. outside the club, and officers arrived at 4:31."
    )
    item = extract_facts(Article(id="a1", source="a1.txt", format="txt", text=text))
    times = [f.text for f in item.facts if f.type == FactType.TIME]
    assert times == ["4:26 a.m.", "4:31"]


def test_a_clock_written_before_its_happening_noun_dates_that_noun(tmp_path: Path) -> None:
    # "the 4:26 a.m. shooting followed a fight": the clock dates the shooting, not "followed"
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "The man was shot just after 4 a.m. Sunday as the bar was closing.",
            "b.txt": LEAD + "Witnesses said the 4:26 a.m. shooting followed a fight inside.",
        },
    )
    assert {"4 a.m.", "4:26 a.m."} in _times(found)


def test_a_clock_of_it_happened_times_the_events_own_happening(tmp_path: Path) -> None:
    # "It happened around 7:30 p.m.": WordNet's occur, no happening named
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "A woman was shot in the head by her son. It happened around "
            "7:30 p.m. Sunday.",
            "b.txt": LEAD + "A woman was shot by her son, officials said. The shooting happened "
            "around 5 p.m. Sunday.",
        },
    )
    assert {"7:30 p.m.", "5 p.m."} in _times(found)


def test_a_clock_answers_the_nearest_time_of_a_two_shooting_story(tmp_path: Path) -> None:
    # b's "2:40 p.m." is a's afternoon gunfire (2:20 p.m.), not its 4:35 a.m. shooting: an
    # account that times two shootings sets each only against a clock near it
    texts = {
        "a.txt": LEAD + "Gunfire broke out near the pier at about 2:20 p.m., police said. "
        "Earlier, a bystander was shot in his back down the street around 4:35 a.m.",
        "b.txt": LEAD + "The shooting near the pier took place around 2:40 p.m., police said.",
    }
    assert _times(findings_of(tmp_path, texts)) == [{"2:20 p.m.", "2:40 p.m."}]
    far = {**texts, "b.txt": texts["b.txt"].replace("2:40 p.m.", "5:10 p.m.")}
    (tmp_path / "far").mkdir()
    assert _times(findings_of(tmp_path / "far", far)) == []  # far from both of a's
    texts["a.txt"] = texts["a.txt"].replace("Gunfire broke out near the pier at about 2:20 "
                                            "p.m., police said. ", "")  # fmt: skip
    (tmp_path / "one").mkdir()
    assert _times(findings_of(tmp_path / "one", texts)) == [{"4:35 a.m.", "2:40 p.m."}]


def test_a_clause_that_says_only_that_it_began_times_the_events_happening(
    tmp_path: Path,
) -> None:
    # "gunfire erupted" names no happening of its own (erupt: WordNet's "start abruptly")
    texts = {
        "a.txt": LEAD + "Gunfire erupted near the store at about 9:40 p.m. Sunday, police said.",
        "b.txt": LEAD + "Officers said the shooting happened at 8:15 p.m. on Sunday.",
    }
    assert _times(findings_of(tmp_path, texts)) == [{"9:40 p.m.", "8:15 p.m."}]


def test_the_subject_of_broke_out_is_the_happening(tmp_path: Path) -> None:
    texts = {
        "a.txt": LEAD + "Police said the fighting stopped and a shooting broke out around "
        "6:35 p.m. Sunday.",
        "b.txt": LEAD + "Officers said the shooting happened at 7:50 p.m. on Sunday.",
    }
    assert _times(findings_of(tmp_path, texts)) == [{"6:35 p.m.", "7:50 p.m."}]


def test_a_length_with_no_happening_word_is_keyed_by_its_subject(tmp_path: Path) -> None:
    # "The debate lasted about 11 hours" / "Debate stretched for roughly 14 hours"
    found = findings_of(
        tmp_path,
        {
            "a.txt": "The Senate passed the bill on Saturday. The debate lasted about 11 hours.",
            "b.txt": "The Senate approved the bill on Saturday. Debate stretched for roughly "
            "14 hours.",
        },
    )
    lengths = [f for f in found if f.kind == "duration" and f.verdict.value == "variation"]
    assert [{c.text for c in f.claims} for f in lengths] == [{"about 11 hours", "roughly 14 hours"}]
    assert "“debate” length" in lengths[0].title


# The one clock time each account gives, told with other words (sole_clock_alignments).
COLLAPSE = (
    "IZMIR, Turkey — Part of an eight-story apartment building collapsed in the western "
    "Turkish city of Izmir early Wednesday, killing nine people, officials said. "
)


def test_the_one_clock_of_each_account_is_compared_whatever_its_verb(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": COLLAPSE + "The building came down at about 4:40 a.m. (0140 GMT) while "
            "most residents were asleep.",
            "b.txt": COLLAPSE + "The nine-storey building collapsed at around 4:10 a.m. "
            "local time, the agency said.",
        },
    )
    assert _times(found) == [{"4:40 a.m.", "4:10 a.m."}]


def test_a_sole_clock_of_another_happening_is_no_clock_of_the_event(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": COLLAPSE + "A man was arrested at 3 a.m. on suspicion of negligence.",
            "b.txt": COLLAPSE + "The governor will hold a press conference at 11:30 a.m.",
        },
    )
    assert not _times(found)


def test_sole_clocks_in_other_words_within_rounding_agree(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": COLLAPSE + "The building came down at 4:27 a.m., residents said.",
            "b.txt": COLLAPSE + "The nine-storey building collapsed at 4:30 a.m.",
        },
    )
    assert not _times(found)
