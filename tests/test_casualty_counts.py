"""Casualty counts: "three injured" counts injured people, and the dead and the injured are
never one count (issue 11), on passages written here."""

from __future__ import annotations

from pathlib import Path

from factcheck.align.keys import claim_key, keys_match
from factcheck.extract import extract_facts
from factcheck.judge.copies import _comparable
from factcheck.models import Article, ArticleFacts, Fact, FactType
from factcheck.values import CountValue
from passages import findings_of


def _item(text: str, aid: str = "a1") -> ArticleFacts:
    return extract_facts(Article(id=aid, source=f"{aid}.txt", format="txt", text=text))


def _counts(text: str) -> dict[str, tuple[str | None, float | None, str | None]]:
    out = {}
    for f in _item(text).facts:
        if f.type == FactType.COUNT and isinstance(f.value, CountValue):
            out[f.text] = (f.value.noun, f.value.value, f.value.casualty)
    return out


def _fact(item: ArticleFacts, surface: str) -> Fact:
    return next(f for f in item.facts if f.type == FactType.COUNT and surface in f.text)


def test_a_casualty_word_stands_for_its_people() -> None:
    counts = _counts("One person was killed and three injured in the shooting at the motel.")
    assert counts["three injured"] == ("people", 3, "injured")


def test_a_count_told_with_its_casualty_word_carries_it() -> None:
    counts = _counts(
        "A shooting left one man dead and three other people wounded. "
        "Two students were killed and five cars were towed."
    )
    assert counts["three other people"][2] == "injured"
    assert counts["Two students"][2] == "dead"
    assert counts["five cars"][2] is None  # no casualty word follows


def test_the_dead_and_the_injured_are_two_claims() -> None:
    ia = _item("At least 20 people were killed in the shooting at the store on Saturday.", "a1")
    ib = _item("At least 26 people were injured in the shooting at the store on Saturday.", "a2")
    same, why = keys_match(claim_key(ia, _fact(ia, "20 people")), claim_key(ib, _fact(ib, "26")))
    assert not same and "casualties" in why


def test_an_elliptic_count_is_compared_with_a_count_of_people(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": "A shooting left one man dead and four other people wounded at a motel "
            "on Estate Lane overnight, police said.",
            "b.txt": "Police arrested a second suspect in the shooting at a motel on Estate "
            "Lane that left one dead and three injured last week.",
        },
    )
    pairs = [
        {c.text for c in f.claims}
        for f in found
        if f.verdict.value in ("conflict", "variation") and f.kind == "quantity"
    ]
    assert {"four other people", "three injured"} in pairs


def test_a_statement_told_twice_pairs_the_dead_with_the_dead_only() -> None:
    # judge.copies pairs the one differing count of two statements told in other words
    item = _item("The blast left three dead. The fire left four injured. The storm left five dead.")
    three, four, five = (_fact(item, w) for w in ("three", "four", "five"))
    assert not _comparable(three, four)
    assert _comparable(three, five)


def test_casualty_words_are_read_through_the_lexicon() -> None:
    counts = _counts(
        "Approximately 288 people lost their lives in the collision. "
        "At least 40 passengers perished when the ferry sank. "
        "Four people were stabbed to death at the market. "
        "Twelve people were murdered in the village. "
        "Nine people were evacuated from the building."
    )
    assert counts["Approximately 288 people"][2] == "dead"
    assert counts["At least 40 passengers"][2] == "dead"
    assert counts["Four people"][2] == "dead"
    assert counts["Twelve people"][2] == "dead"
    # evacuated: no casualty in WordNet's sense, a fate of its own (never a toll's)
    assert counts["Nine people"][2] == "evacuated"


def test_tolls_that_agree_only_through_a_bound_are_not_corroborated(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": "A passenger train derailed near Kursk on Friday. At least 288 people "
            "were killed in the derailment, officials said.",
            "b.txt": "A passenger train derailed near Kursk on Friday. Approximately 346 "
            "people were killed in the derailment, officials said.",
            "c.txt": "A passenger train derailed near Kursk on Friday. At least 280 people "
            "were killed in the derailment, officials said.",
        },
    )
    corroborated = [f for f in found if f.verdict.value == "corroborated" and f.kind == "quantity"]
    assert not corroborated
    tolls = [f for f in found if f.title.startswith("Tolls differ")]
    assert len(tolls) == 1 and tolls[0].verdict.value == "variation"
    assert {"At least 288 people", "Approximately 346 people"} <= {c.text for c in tolls[0].claims}


def test_survivors_are_neither_the_dead_nor_the_injured() -> None:
    counts = _counts(
        "Officials said 97 people were killed, while two people survived the crash of the jet."
    )
    assert counts["97 people"][2] == "dead"
    assert counts["two people"][2] == "survived"
    ia = _item("Officials said 97 people were killed in the crash of the jet in Karachi.", "a1")
    ib = _item("Officials said two people survived the crash of the jet in Karachi.", "a2")
    assert not _comparable(_fact(ia, "97 people"), _fact(ib, "two people"))


def test_a_casualty_verb_before_a_count_tells_whom_it_counts() -> None:
    counts = _counts(
        "A gunman killed at least 20 people and wounded 26 others. The blast, killing 12 "
        "passengers, shook the station. Police arrested 3 men at the scene."
    )
    assert counts["at least 20 people"][2] == "dead"
    assert counts["26 others"][2] == "injured"
    assert counts["12 passengers"][2] == "dead"  # "killing": read as its participle
    assert counts["3 men"][2] == "arrested"  # a fate of its own, never a toll's


def test_a_count_without_a_noun_counts_people_when_a_casualty_follows() -> None:
    counts = _counts("Twenty people were killed, 26 were wounded and one suspect was held.")
    assert counts["26"] == ("people", 26, "injured")
    # a fate of people makes one; "missing" may be said of anything
    assert _counts("Three were arrested and 5 are missing.") == {"Three": ("people", 3, "arrested")}


def test_two_exact_tolls_do_not_agree_through_a_bound(tmp_path: Path) -> None:
    # the bound ("more than 20") fits both, and the first account's own bound of the dead
    # ("at least 20 people were killed") does not state the other's 26 injured
    found = findings_of(
        tmp_path,
        {
            "a.txt": "A gunman opened fire in a store in Dayton on Saturday. At least 20 "
            "people were killed and 23 injured in the shooting at the store, police said.",
            "b.txt": "A gunman opened fire in a store in Dayton on Saturday. Twenty people "
            "were killed, 26 were wounded in the shooting at the store, police said.",
            "c.txt": "A gunman opened fire in a store in Dayton on Saturday. More than 20 "
            "people were wounded in the shooting at the store, police said.",
        },
    )
    differ = [f for f in found if f.verdict.value == "variation" and "23 injured" in
              {c.text for c in f.claims} and "26" in {c.text for c in f.claims}]  # fmt: skip
    assert differ, [(f.rule, f.title) for f in found]
    assert not [
        f for f in found
        if f.verdict.value == "corroborated" and {"23 injured", "26"} <= {c.text for c in f.claims}
    ]  # fmt: skip


def test_the_dead_are_never_the_odd_count_of_the_injured(tmp_path: Path) -> None:
    said = "Seven victims were shot, police said."
    found = findings_of(
        tmp_path,
        {
            "a.txt": f"Seven people were shot outside a gym in Rochester. {said} Police "
            "confirmed that three were deceased.",
            "b.txt": f"Seven people were shot outside a gym in Rochester. {said} Police "
            "confirmed that three were deceased.",
            "c.txt": f"Seven people were shot outside a gym in Rochester. {said} Police "
            "confirmed that four injured were taken to hospital.",
        },
    )
    assert not [
        f for f in found
        if f.verdict.value in ("conflict", "variation")
        and {c.text for c in f.claims} >= {"three", "four injured"}
    ]  # fmt: skip


def test_a_casualty_word_after_more_or_an_adverb_stands_for_its_people() -> None:
    assert _counts("Forty-nine people were killed and 20 more injured in the attack.")[
        "20 more injured"
    ] == ("people", 20, "injured")
    assert _counts("At least 49 people are dead and 20 seriously injured, police said.")[
        "20 seriously injured"
    ] == ("people", 20, "injured")
    assert _counts("Police said 30 people were critically wounded.")["30 people"][2] == "injured"
    counts = _counts("At least 48 more people, including children, were injured in the attack.")
    assert counts["At least 48 more people"] == ("people", 48, "injured")


def test_the_wounded_with_their_dead_among_them_are_no_toll_of_the_injured() -> None:
    counts = _counts("The shootout left six people wounded -- two mortally, police said.")
    assert counts["six people"][2] is None
    assert (
        _counts("Police said five people were injured, two of them fatally.")["five people"][2]
        is None
    )


def test_sources_split_on_the_injured_when_a_bound_backs_the_rival(tmp_path: Path) -> None:
    lead = "A gunman attacked two mosques in the city during Friday prayers. "
    found = findings_of(
        tmp_path,
        {
            "a.txt": lead + "Forty-nine people were killed and 20 more injured.",
            "b.txt": lead + "At least 49 people are dead and 20 seriously injured.",
            "c.txt": lead + "At least 48 more people, including children, were injured.",
            "d.txt": lead + "At least 49 people were killed and 50 wounded.",
        },
    )
    split = [f for f in found if f.rule == "sources-split"]
    assert [sorted(c.text for c in f.claims) for f in split] == [
        ["20 more injured", "20 seriously injured", "50 wounded", "At least 48 more people"]
    ]


def test_a_casualty_verb_before_the_or_all_tells_whom_it_counts() -> None:
    assert _counts("He then killed the three tenants inside.")["three tenants"][2] == "dead"
    assert _counts("The blast killed all 12 passengers on the bus.")["12 passengers"][2] == "dead"
    assert _counts("Police said the 12 passengers were safe.")["12 passengers"][2] is None


def test_a_bare_number_after_a_fate_verb_closing_its_clause_counts_people() -> None:
    counts = _counts(
        "The building collapsed, killing nine people and injuring 17, officials said. "
        "Police arrested 3. He scored 17. It was renovated 2010."
    )
    assert counts == {
        "nine people": ("people", 9.0, "dead"),
        "17": ("people", 17.0, "injured"),
        "3": ("people", 3.0, "arrested"),
    }


def test_an_injury_toll_told_as_a_bare_number_is_compared(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": "Daily Star\n\nBuilding collapses\n\nPart of an apartment building "
            "collapsed in Izmir early Wednesday, killing nine people and injuring 17, officials "
            "said.\n",
            "b.txt": "Channel 8\n\nBuilding collapses\n\nA residential building collapsed in "
            "Izmir on Wednesday, killing nine people. Twenty-four people were injured, "
            "officials said.\n",
        },
    )
    flagged = [
        {c.text for c in f.claims} for f in found if f.verdict.value in ("conflict", "variation")
    ]
    assert {"17", "Twenty-four people"} in flagged
