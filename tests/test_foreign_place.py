"""A place one account alone gives the event's own happening, in a country no other account
names (align.geography, judge.geography: rule place-foreign), on passages written here
(issue 11)."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of

A = (
    "A bridge collapsed in Lisbon on Tuesday, killing four people, Portuguese officials said. "
    "The collapse of the bridge in Lisbon closed the river crossing for the day. "
)
B = (
    "Four people were killed when a bridge collapsed in Lisbon, Portugal, on Tuesday. "
    "Rescue teams searched the river near Lisbon for the rest of the day. "
)


def _foreign(found: list) -> list[set[str]]:
    return [{c.text for c in f.claims} for f in found if f.rule == "place-foreign"]


def test_a_country_only_one_account_gives_the_happening_is_a_low_variation(
    tmp_path: Path,
) -> None:
    c = (
        "Four people were killed when a bridge collapsed in Lisbon on Tuesday. "
        "It was the deadliest collapse in Peru in a decade, the fire service said. "
    )
    found = findings_of(tmp_path, {"a.txt": A, "b.txt": B, "c.txt": c})
    pairs = _foreign(found)
    assert len(pairs) == 1 and "Peru" in pairs[0]
    finding = next(f for f in found if f.rule == "place-foreign")
    assert finding.verdict.value == "variation" and finding.severity.value == "low"
    assert "Portugal" in finding.explanation


def test_a_country_another_account_also_names_is_part_of_the_story(tmp_path: Path) -> None:
    c = (
        "Four people were killed when a bridge collapsed in Lisbon on Tuesday. "
        "It was the deadliest collapse in Peru in a decade, the fire service said. "
    )
    b = B + "A team of engineers from Lima will study the collapse."
    assert not _foreign(findings_of(tmp_path, {"a.txt": A, "b.txt": b, "c.txt": c}))


def test_a_place_in_a_name_an_origin_or_another_happening_is_not_flagged(
    tmp_path: Path,
) -> None:
    c = (
        "Four people were killed when a bridge collapsed in Lisbon on Tuesday. "
        "One of the dead, a tourist originally from Chile, had crossed the bridge daily. "
        "Peru-based engineers said the collapse could have been foreseen. "
        "Protests in Kenya were unrelated to the collapse. "
        "Bridges like it could collapse in Peru too, engineers warned. "
    )
    assert not _foreign(findings_of(tmp_path, {"a.txt": A, "b.txt": B, "c.txt": c}))


def test_a_country_in_another_role_is_odd_too(tmp_path: Path) -> None:
    c = (
        "Four people were killed when a bridge collapsed in Lisbon on Tuesday. "
        "The President of Peru has called for an inquiry, the fire service said. "
    )
    pairs = _foreign(findings_of(tmp_path, {"a.txt": A, "b.txt": B, "c.txt": c}))
    assert len(pairs) == 1 and "Peru" in pairs[0]


def test_a_country_named_like_a_us_state_is_not_flagged(tmp_path: Path) -> None:
    lead = "A man was shot and killed in Dayton, Ohio, on Tuesday, police said. "
    found = findings_of(
        tmp_path,
        {
            "a.txt": lead + "The shooting happened outside a bar in Dayton.",
            "b.txt": lead + "Officers in Dayton said the shooting followed an argument.",
            "c.txt": lead + "The suspect had convictions for robbery out of Georgia.",
        },
    )
    assert not _foreign(found)


def test_a_country_listed_with_the_agreed_one_is_a_party_not_a_place(tmp_path: Path) -> None:
    c = (
        "Four people were killed when a bridge collapsed in Lisbon on Tuesday. "
        "Engineers from Portugal, Spain and Peru will review the design, officials said. "
    )
    assert not _foreign(findings_of(tmp_path, {"a.txt": A, "b.txt": B, "c.txt": c}))


def test_for_opens_a_route_only_after_a_journey() -> None:
    from factcheck.venues import is_route_or_zone

    def route(text: str, place: str) -> bool:
        at = text.index(place)
        return is_route_or_zone(text, at, at + len(place))

    assert route("The flight bound for Zambia left at noon.", "Zambia")
    assert route("The ferry left for Mwanza on Thursday.", "Mwanza")
    assert route("The train from Athens derailed.", "Athens")
    assert not route("Investment has become more difficult for Zambia this year.", "Zambia")
