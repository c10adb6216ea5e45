"""Each account's main toll of the dead and of the injured, compared whatever words stand
around it (issue 11), on passages written here."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Finding
from passages import findings_of


def _flags(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.verdict.value in ("conflict", "variation")]


def _texts(f: Finding) -> set[str]:
    return {c.text for c in f.claims}


FIRE = "A man set fire to an animation studio in Fushimi on Thursday morning, police said. "


def test_two_injured_tolls_in_other_words_are_compared(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": FIRE + "The fire killed 33 people. 36 others were injured, some of them "
            "critically, in the blaze at the three-storey building.",
            "b.txt": FIRE + "The attack, which killed 33 people, left another 34 people "
            "injured. It drew grief from fans around the world.",
        },
    )
    assert [f for f in _flags(found) if _texts(f) >= {"36 others", "34 people"}]
    # the dead agree: no flag on them
    assert not [f for f in _flags(found) if "33 people" in _texts(f)]


def test_a_toll_of_an_earlier_fire_is_not_the_main_toll(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": FIRE + "The fire killed 33 people. It was the deadliest fire since a "
            "blaze in 2001, in which 44 people died.",
            "b.txt": FIRE + "The attack killed 33 people and shocked the country.",
        },
    )
    assert not [f for f in _flags(found) if "44 people" in _texts(f)]


SHOOTING = "A gunman opened fire at a store in Dayton on Saturday morning, police said. "


def test_one_account_against_the_others_on_the_injured(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": SHOOTING + "At least 20 people were killed and 23 injured in the attack.",
            "b.txt": SHOOTING + "Twenty people were killed, 26 were wounded and one suspect "
            "was in custody.",
            "c.txt": SHOOTING + "The police chief said 26 people were injured at the store.",
            "d.txt": SHOOTING + "He killed 20 people and wounded 26 others before he was "
            "arrested by officers.",
        },
    )
    (odd,) = [f for f in _flags(found) if "23 injured" in _texts(f)]
    assert "injured" in odd.title and odd.verdict.value == "variation"
    # the dead "At least 20 people" of the same sentence does not excuse the 23 injured
    assert {"26", "26 people", "26 others"} <= _texts(odd)


def test_a_round_bound_the_toll_meets_is_no_disagreement(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": SHOOTING + "The police chief said 26 people were injured at the store.",
            "b.txt": SHOOTING + "The shooting left more than two dozen others injured.",
        },
    )
    assert not [f for f in _flags(found) if f.kind == "quantity"]


def test_the_dead_never_corroborate_the_injured(tmp_path: Path) -> None:
    mosques = "in the attacks on two mosques in the city, police said."
    found = findings_of(
        tmp_path,
        {
            "a.txt": SHOOTING + f"At least 50 people were killed and 50 wounded {mosques}",
            "b.txt": SHOOTING + f"At least 49 people were killed {mosques}",
            "c.txt": SHOOTING + f"Forty-nine people were killed {mosques}",
        },
    )
    assert not [f for f in found if f.verdict.value == "corroborated" and "50 wounded" in _texts(f)]


FERRY = "An overcrowded ferry capsized on Lake Victoria on Thursday afternoon, officials said. "


def test_the_rescued_are_compared_as_a_toll_is(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": FERRY + "The regional governor said 37 others had been rescued from the "
            "water by fishermen.",
            "b.txt": FERRY + "By nightfall 102 have been rescued, a local official told reporters.",
            "c.txt": FERRY + "Thirty-seven people were rescued alive, the governor said on radio.",
        },
    )
    assert [f for f in _flags(found) if _texts(f) >= {"102", "37 others"}]


def test_the_rescued_never_meet_the_dead(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": FERRY + "At least 40 people were rescued, and 12 people were killed.",
            "b.txt": FERRY + "Divers said 12 people died. Forty people were rescued by boats.",
        },
    )
    assert _flags(found) == []


def test_a_toll_stated_as_a_level_is_the_main_toll(tmp_path: Path) -> None:
    # "the death toll ... rose to 12" against "killing at least 14 people" told twice (issue
    # 11: a 12-vs-14 death toll goes unflagged)
    found = findings_of(
        tmp_path,
        {
            "a.txt": "A residential tower under construction collapsed in Lagos on Monday, "
            "killing at least 14 people, emergency officials said.",
            "b.txt": "The death toll from the collapse of a building in the Ikoyi district of "
            "Lagos rose to 12 on Tuesday, the state emergency agency said.",
            "c.txt": "A high-rise building collapsed in the Ikoyi area of Lagos on Monday, "
            "leaving at least 14 people dead, rescuers said.",
        },
    )
    assert [f for f in _flags(found) if _texts(f) == {"at least 14 people", "12"}]


def test_toll_levels_are_read_and_toll_free_numbers_are_not() -> None:
    from factcheck.extract._base import Ctx
    from factcheck.extract.quantities import find_toll_levels

    def levels(text: str) -> list[tuple[str, object]]:
        ctx = Ctx(text=text, ref=None, sentences=[])
        return [(text[c.start : c.end], c.value["casualty"]) for c in find_toll_levels(ctx)]

    assert levels("The death toll from the collapse in Ikoyi rose to 12 on Tuesday.") == [
        ("12", "dead")
    ]
    assert levels("A third death raised the toll in the shooting to three.") == [("three", "dead")]
    assert levels("The injury toll stood at about 40.") == [("about 40", "injured")]
    assert levels("Call the toll-free number for families at 866-435-9355.") == []
    assert levels("The toll road opened at 9 a.m. and the toll is expected to rise.") == []
