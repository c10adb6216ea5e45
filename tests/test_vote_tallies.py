"""Vote tallies (extract.quantities.find_vote_tallies, align.slots._tally_slots), on passages
written here (issue 11: "a vote count" among the real discrepancies outlets tell)."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import extract_facts
from factcheck.models import Article, FactType
from passages import findings_of, flagged_claims

LEAD = "ALBANY, N.Y. — Gov. Kathy Hochul signed a $62 billion state budget on Friday. "


def _tallies(text: str) -> list[str]:
    item = extract_facts(Article(id="a1", source="a1.txt", format="txt", text=text))
    return [f.text for f in item.facts if f.type == FactType.COUNT and f.rule == "count-vote"]


def test_a_second_bodys_tally_in_the_same_clause_is_read() -> None:
    text = "The state Senate voted 41-21 and the Assembly 96-49 in favor of the plan."
    assert _tallies(text) == ["41-21", "96-49"]


def test_a_score_after_and_is_no_tally() -> None:
    assert _tallies("The Senate voted 41-21 and the Jets won 3-1 on Sunday.") == ["41-21"]


def test_each_bodys_tally_is_compared_with_the_same_bodys(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + "The Senate passed the spending plan 41-21, and the Assembly "
            "approved it 98-47. The budget includes $1.2 billion for mental health services "
            "and raises the minimum wage to $17 an hour by 2027.",
            "b.txt": LEAD + "The state Senate voted 41-21 and the Assembly 96-49 in favor of "
            "the plan, which sets aside $1.2 billion for mental health and lifts the minimum "
            "wage to $17 by 2027.",
            "c.txt": LEAD + "The Assembly vote was 98-47; the Senate vote was 41-21. The plan "
            "includes $1.2 billion for mental health services.",
        },
    )
    flagged = [
        {c.text for c in f.claims} for f in found if f.verdict.value in ("conflict", "variation")
    ]
    assert flagged == [{"96-49", "98-47"}]


def test_a_hedged_count_of_two_digits_was_rounded_less(tmp_path: Path) -> None:
    # "about 6,100 votes" is rounded to the hundred: it cannot be "roughly 7,500 votes"
    lead = "SALEM, Ore. — Marion County voters approved a $320 million school bond on Tuesday. "
    found = findings_of(
        tmp_path,
        {
            "a.txt": lead + "The measure passed by about 6,100 votes out of 98,000 cast.",
            "b.txt": lead + "The measure led by roughly 7,500 votes, with 98,000 counted.",
        },
    )
    assert [{c.text for c in f.claims} for f in found if f.verdict.value == "variation"] == [
        {"about 6,100 votes", "roughly 7,500 votes"}
    ]


def test_a_hedged_count_of_one_digit_keeps_the_wider_reading(tmp_path: Path) -> None:
    lead = "SALEM, Ore. — Marion County voters approved a $320 million school bond on Tuesday. "
    found = findings_of(
        tmp_path,
        {
            "a.txt": lead + "The measure passed by about 6,000 votes out of 98,000 cast.",
            "b.txt": lead + "The measure led by roughly 6,600 votes, with 98,000 counted.",
        },
    )
    assert not [f for f in found if f.verdict.value in ("variation", "conflict")]


BOND = "SALEM, Ore. — Marion County voters approved a $320 million school bond on Tuesday. "


def test_the_one_share_of_a_vote_each_account_gives_is_compared(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": BOND + "It passed with 54.2% voting yes, according to unofficial results. "
            "Turnout was 41%, the county clerk said.",
            "b.txt": BOND + "Voters passed the measure 53.8 percent to 46.2 percent, according "
            "to election night returns. The clerk put turnout at 41 percent.",
        },
    )
    assert flagged_claims(found, "percent") == [{"54.2%", "53.8 percent"}]


def test_the_winners_and_the_losers_share_are_two_sides(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": BOND + "The measure passed with 54.2% of the vote.",
            "b.txt": BOND + "Some 45.8 percent of voters rejected the measure.",
        },
    )
    assert flagged_claims(found, "percent") == []


def test_a_turnout_is_no_share_of_the_vote(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": BOND + "The measure passed with 54.2% of the vote.",
            "b.txt": BOND + "Turnout was 41 percent of registered voters.",
        },
    )
    assert flagged_claims(found, "percent") == []
