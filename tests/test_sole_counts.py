"""The one number of a kind of thing each account gives is compared whatever words stand
around it (issue 11: "the number of fire engines" was among the missed real discrepancies);
counts of people are not (an event has several groups of people told in the same nouns),
nor a part against the whole ("two fatal shootings" / "12 shootings"). Passages written
here."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import extract_facts
from factcheck.lexicon import person_noun
from factcheck.models import Article, FactType, Verdict
from passages import findings_of

LEAD = "A fire tore through an apartment block in Harbor City on Thursday, officials said. "


def _counts(tmp_path: Path, first: str, second: str) -> list[tuple[str, set[str]]]:
    found = findings_of(
        tmp_path,
        {
            "a.txt": "Daily Star\n\nFire in Harbor City\n\n" + LEAD + first + "\n",
            "b.txt": "Channel 8\n\nBlaze downtown\n\n" + LEAD + second + "\n",
        },
    )
    return [
        (f.verdict.value, {c.text for c in f.claims})
        for f in found
        if f.rule == "interval-disjoint" and f.verdict in (Verdict.CONFLICT, Verdict.VARIATION)
    ]


def _count_texts(text: str) -> list[str]:
    """The counts one passage is read to hold, as written."""
    item = extract_facts(Article(id="a1", source="a1.txt", format="txt", text=text))
    return [f.text for f in item.facts if f.type == FactType.COUNT]


def test_wordnet_tells_people_from_things() -> None:
    assert all(person_noun(w) for w in ("officers", "suspects", "males", "gunman"))
    assert not any(person_noun(w) for w in ("engines", "rounds", "magazines", "bullets"))


def test_one_count_of_a_thing_in_each_account_is_compared(tmp_path: Path) -> None:
    found = _counts(
        tmp_path,
        "More than 40 fire engines were sent to the scene.",
        "Some 25 fire engines responded, the fire department said.",
    )
    assert found == [("variation", {"More than 40 fire engines", "Some 25 fire engines"})]


def test_counts_of_people_are_not_compared_by_their_noun_alone(tmp_path: Path) -> None:
    found = _counts(
        tmp_path,
        "Four officers searched the stairs for residents.",
        "Two officers carried a child out of the building.",
    )
    assert found == []


def test_a_part_is_not_compared_with_the_whole(tmp_path: Path) -> None:
    found = _counts(
        tmp_path,
        "Investigators are looking at two fatal fires in the district.",
        "Crews have fought 12 fires since the spring.",
    )
    assert found == []


def test_a_number_spelt_inside_a_name_is_no_count() -> None:
    """ "the Group of Seven countries" names a group; the bundled summit corpus set it
    against "the two countries" before this rule."""
    assert _count_texts("They will promote unity among Group of Seven countries in May.") == []
    assert _count_texts("HUMBLE, Texas- Two children were shot on Monday.") == ["Two children"]


def test_a_vote_tally_is_read_and_compared(tmp_path: Path) -> None:
    """ "voted 7-2" and "by a vote of 6-3": each account's one tally of the vote, compared;
    a game's score ("won 3-1") is no tally."""
    assert _count_texts("The team won 3-1 on Sunday.") == []
    found = _counts(
        tmp_path,
        "The council voted 7-2 on Friday to order inspections of similar buildings.",
        "Inspections were approved by a vote of 6-3, a spokesman said.",
    )
    assert found == [("variation", {"7-2", "6-3"})]


def test_counts_of_people_whose_claim_keys_match_are_compared(tmp_path: Path) -> None:
    """The same counted noun and a concept of what was done in common (WordNet: discharged
    and fired), in other words: a variation."""
    found = _counts(
        tmp_path,
        "Four officers were believed to have discharged their weapons, police said.",
        "Police on Saturday said two officers fired at the gunman.",
    )
    assert found == [("variation", {"Four officers", "two officers"})]


def test_a_count_of_the_rest_or_of_a_group_told_before_is_not_keyed(tmp_path: Path) -> None:
    """A count of the rest ("two other children") is a part; "the two suspects" refers back."""
    found = _counts(
        tmp_path,
        "Cosey and two other children were waiting to go to the movies. Police are "
        "searching for at least three suspects.",
        "According to police, three children were waiting for their grandmother. "
        "Detectives are still searching for the two suspects.",
    )
    assert found == []


def test_a_decision_tally_is_read_and_a_range_is_not() -> None:
    assert _count_texts("Council members approved the plan 5 to 4 on Tuesday.") == ["5 to 4"]
    assert _count_texts("The Senate passed the bill 52-48 on Friday.") == ["52-48"]
    assert _count_texts("He passed the ball 2 to 3 times a game.") == []
