"""Sentences told in other words ('echo:' pairs, align.shared) must share enough words
(issue 11, precision first): a short sentence whose few words recur in a long one about
something else is no retelling of it."""

from __future__ import annotations

from pathlib import Path

from factcheck.ingest import load_articles
from factcheck.pipeline import run_stages
from passages import findings_of


def _echoes(tmp_path: Path, a: str, b: str) -> list[tuple[str, ...]]:
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    articles, _skipped = load_articles([str(tmp_path)])
    staged = run_stages(articles, single_event=True)
    return [
        tuple(f.text for f in al.facts) for al in staged.alignments if al.slot.startswith("echo:")
    ]


LEAD = "A man was shot outside a store on Main Street in Dayton, Ohio, police said. "


def test_a_short_sentence_inside_a_long_one_is_no_retelling(tmp_path: Path) -> None:
    # two suspects' bonds: "bond" and "set" in common, nothing else
    a = LEAD + "Bond was set for him at $1 million."
    b = LEAD + "Cory Eischen's bond was set at $5 million in Mercer County court on Monday."
    assert _echoes(tmp_path, a, b) == []


def test_two_hearings_of_two_cases_are_no_retelling(tmp_path: Path) -> None:
    a = LEAD + "A preliminary hearing was scheduled for March 10."
    b = LEAD + "He failed to appear for his preliminary hearing Dec. 1 on that burglary case."
    assert _echoes(tmp_path, a, b) == []


def test_a_retelling_in_other_words_still_pairs(tmp_path: Path) -> None:
    found = _echoes(
        tmp_path,
        LEAD + "The wounded victim died at Miami Valley Hospital on Tuesday, the coroner said.",
        LEAD + "According to the coroner, the victim died of his wounds Monday at Miami Valley "
        "Hospital.",
    )
    assert len(found) == 1


def test_a_figure_that_meets_the_other_tellings_bound_is_no_finding(tmp_path: Path) -> None:
    """ "more than $40 million" / "$43 million" in one statement told two ways agree; "about
    $30 million" / "$43 million" do not."""
    from passages import findings_of

    def flagged(figure: str) -> list[str]:
        found = findings_of(
            tmp_path,
            {
                "a.txt": "Daily Star\n\nFund manager sentenced\n\nBOSTON (AP) — A former hedge "
                "fund manager who cheated investors out of more than $40 million was sentenced "
                "Thursday to nine years in federal prison.\n",
                "b.txt": "Channel 8\n\nFund manager sentenced\n\nDaniel Whitcombe, 53, the "
                f"Wellesley money manager convicted of defrauding investors of {figure}, was "
                "sentenced on Thursday to 108 months in prison.\n",
            },
        )
        return [f.rule for f in found if f.verdict.value in ("conflict", "variation")]

    assert flagged("$43 million") == []
    assert flagged("about $30 million") != []


def test_the_day_a_statement_was_made_is_not_a_day_of_the_retold_statement(
    tmp_path: Path,
) -> None:
    """ "police said Monday that ..." dates the telling: no day to set against "approved early
    Thursday" in another account's telling of the same signing."""
    found = findings_of(
        tmp_path,
        {
            "a.txt": "Daily Star\n\nBudget signed\n\nNew York Gov. Kathy Hochul on Friday signed "
            "into law a $62 billion budget that lawmakers approved early Thursday.\n",
            "b.txt": "Channel 8\n\nBudget signed\n\nGov. Kathy Hochul signed the $62 billion "
            "budget Friday, police said Monday that protests outside the Capitol had been "
            "peaceful.\n",
        },
    )
    assert [f.title for f in found if f.verdict.value in ("conflict", "variation")] == []


def test_one_speaker_telling_two_things_is_no_retelling(tmp_path: Path) -> None:
    """ "Rescuers pulled 23 people alive ..., Interior Minister Ali Yerlikaya said." and
    "Interior Minister Ali Yerlikaya said prosecutors had detained three people" share only
    who says it: two statements, not one told two ways."""
    found = _echoes(
        tmp_path,
        LEAD + "Rescuers pulled 23 people alive from the rubble, Interior Minister Ali "
        "Yerlikaya said.",
        LEAD + "Interior Minister Ali Yerlikaya said prosecutors had detained three people, "
        "including the contractor.",
    )
    assert found == []


WILDFIRE = {
    "a.txt": (
        "Wildfire forces thousands to flee in Southern California\n\nBy Luis Romero\n\nSAN "
        "BERNARDINO, Calif. (AP) — A fast-moving wildfire in the San Bernardino Mountains had"
        " burned more than 12,000 acres by Tuesday evening and forced about 8,000 residents "
        "to evacuate, fire officials said.\n\nThe Ridge Fire, which started Sunday afternoon "
        "near Running Springs, was 15% contained. More than 1,100 firefighters were battling "
        "the blaze, aided by 14 helicopters. Two firefighters suffered minor injuries.\n\nAt "
        "least 35 homes have been destroyed, Cal Fire spokeswoman Lynne Tolmachoff said. In "
        "2007, the Slide Fire in the same area burned 12,759 acres and destroyed 272 homes.\n"
    ),
    "b.txt": (
        "Ridge Fire grows to 12,500 acres\n\nThe Ridge Fire in the San Bernardino Mountains "
        "grew to 12,500 acres on Tuesday and was 10% contained, according to Cal "
        "Fire.\n\nEvacuation orders covered about 8,000 people in Running Springs and "
        "Arrowbear Lake. Roughly 1,100 firefighters and 14 helicopters were assigned to the "
        "fire, which broke out Sunday.\n\nOfficials said 35 homes had burned. Two "
        "firefighters were treated for minor injuries.\n"
    ),
    "c.txt": (
        "Evacuations as Ridge Fire spreads\n\nRUNNING SPRINGS — The Ridge Fire had scorched "
        "12,200 acres and destroyed 41 homes by Tuesday, Cal Fire said, with containment at "
        "15 percent.\n\nAbout 8,000 residents remain under evacuation orders. The fire began "
        "on Monday afternoon near Highway 18.\n"
    ),
}


def test_a_day_something_had_happened_by_is_not_the_day_it_began(tmp_path: Path) -> None:
    """ "The Ridge Fire, which started Sunday afternoon ..., was 15% contained" / "The Ridge
    Fire had scorched 12,200 acres ... by Tuesday, ... with containment at 15 percent": a
    start day and a day of the fire's state, not one day told two ways."""
    found = findings_of(tmp_path, WILDFIRE)
    assert [f.title for f in found if f.rule == "aligned-sentence-diff"] == []


def test_a_sentence_that_also_tells_the_others_value_tells_two_people(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": "Boy, 2, and man killed in Lawndale shooting\n\nIn a shooting caught on "
            "Facebook Live, a 2-year-old boy and a 26-year-old man were killed and a pregnant "
            "woman was wounded when a gunman opened fire in Lawndale on Tuesday, police said.",
            "b.txt": "Toddler and man shot dead\n\nA man and a 2-year-old boy were killed and a "
            "pregnant woman was injured Tuesday afternoon in a shooting on Chicago's West Side.",
        },
    )
    assert not [f for f in found if f.rule == "aligned-sentence-diff"]
