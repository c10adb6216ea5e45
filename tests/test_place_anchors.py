"""Towns in one role across accounts (align.shared 'anchor:' pairs), on passages written here.

Three mechanisms, each a variation when accounts differ: the same nearest content word
beside a town ("Murray police detective" / "Tooele police spokesman"), a town the gazetteer
knows in the story's own state though read without a cue, and the state a town is put in
("CHUBBUCK, Idaho" / "CHUBBUCK, Utah"). Names nested in one another are never paired.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import extract_facts
from factcheck.judge.common import Context
from factcheck.judge.copies import _possessive_place, _route_ends_apart
from factcheck.models import Article, Fact, FactType, Verdict
from factcheck.pipeline import build_report
from factcheck.values import PlaceValue

STORY = (
    "{dateline} - Two adults and a child were found dead Sunday in an apartment, police said.\n\n"
    "Officers were called to the complex on Vine Street shortly after 9 a.m. after a neighbour "
    "reported hearing shots, according to a statement released Monday.\n\n"
    '"The man shot the woman and the child and then turned the gun on himself," said '
    "{town} police {title} Kenny Bass.\n\n"
    "Neighbours described the family as quiet. A vigil was planned for Tuesday evening at a "
    "park in {park}, Utah.\n"
)


def _write(tmp_path: Path, name: str, outlet: str, **parts: str) -> None:
    values = {"dateline": "MURRAY, Utah", "town": "Murray", "title": "detective"}
    values.update(parts)
    values.setdefault("park", "Murray")
    (tmp_path / name).write_text(f"{outlet}\n\n" + STORY.format(**values), encoding="utf-8")


def _place_flags(tmp_path: Path) -> list[tuple[str, ...]]:
    report = build_report([str(tmp_path)], single_event=True)
    flags = (Verdict.CONFLICT, Verdict.VARIATION)
    return [
        tuple(sorted(c.text for c in f.claims))
        for f in report.findings
        if f.verdict in flags and f.kind == "place"
    ]


def test_a_town_beside_the_same_word_in_other_words(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Salt Lake Herald")
    _write(tmp_path, "b.txt", "Valley News", town="Tooele", title="spokesman")
    assert ("Murray", "Tooele") in _place_flags(tmp_path)


def test_a_town_of_another_state_read_without_a_cue_is_not_paired(tmp_path: Path) -> None:
    # Henderson is a town the gazetteer knows, but in Nevada: not a place this story names.
    _write(tmp_path, "a.txt", "Salt Lake Herald")
    _write(tmp_path, "b.txt", "Valley News", town="Henderson", title="spokesman")
    assert ("Henderson", "Murray") not in _place_flags(tmp_path)


def test_one_town_put_in_two_states(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Salt Lake Herald")
    _write(tmp_path, "b.txt", "Valley News", dateline="MURRAY, Idaho")
    assert ("Idaho", "Utah") in _place_flags(tmp_path)


def test_the_same_state_written_two_ways_agrees(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Salt Lake Herald", dateline="EVERETT, Washington")
    _write(tmp_path, "b.txt", "Valley News", dateline="EVERETT, Wash.")
    assert not [f for f in _place_flags(tmp_path) if "Wash." in f]
    _write(tmp_path, "c.txt", "Coast Times", dateline="EVERETT, Ore.")
    assert [f for f in _place_flags(tmp_path) if "Ore." in f]


def test_a_name_inside_another_is_not_a_second_place(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Salt Lake Herald", park="South Murray")
    _write(tmp_path, "b.txt", "Valley News")
    assert not [f for f in _place_flags(tmp_path) if "South Murray" in f]


def test_two_counts_of_one_thing_keyed_alike_are_paired(tmp_path: Path) -> None:
    body = (
        "Gunfire broke out outside a club late on Saturday.\n\n{n} people were killed, police "
        "said, and the gunman fled in a car.\n\nDetectives asked witnesses to come forward.\n"
    )
    (tmp_path / "a.txt").write_text("Lakeside Times\n\n" + body.format(n="Three"), "utf-8")
    (tmp_path / "b.txt").write_text(
        "River Post\n\nA gunman opened fire at the door of a club on Saturday.\n\nFour people "
        "were killed, according to investigators.\n",
        "utf-8",
    )
    report = build_report([str(tmp_path)], single_event=True)
    flagged = [
        {c.text for c in f.claims}
        for f in report.findings
        if f.verdict in (Verdict.CONFLICT, Verdict.VARIATION) and f.kind == "quantity"
    ]
    assert any({"Three people", "Four people"} <= texts for texts in flagged), flagged


def _hospital_story(tmp_path: Path, hospital_a: str, hospital_b: str) -> set[tuple[str, ...]]:
    lead = "PETERSBURG, Va. -- A boy shot himself Monday at his home in Petersburg, deputies said."
    (tmp_path / "a.txt").write_text(
        f"Valley Herald\n\n{lead}\n\nHe was flown to {hospital_a} in critical condition, the "
        "sheriff said. The gun had been left in a drawer.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        f"Tidewater News\n\n{lead}\n\nThe child is being treated at {hospital_b} after the "
        "shooting, the sheriff's office said. Neighbours heard one shot.\n",
        encoding="utf-8",
    )
    report = build_report([str(tmp_path)], single_event=True)
    return {
        tuple(sorted(c.text for c in f.claims))
        for f in report.findings
        if f.kind == "place" and f.rule == "aligned-sentence-diff"
    }


def test_a_town_after_a_named_institution_pairs_across_accounts(tmp_path: Path) -> None:
    """ "VCU Medical Center in Richmond" / "VCU Medical in Norfolk": the proper name the town
    is written after ("X in", "X, 31, of") is what the town is the town of."""
    found = _hospital_story(tmp_path, "VCU Medical Center in Richmond", "VCU Medical in Norfolk")
    assert ("Norfolk", "Richmond") in found


def test_a_town_after_another_name_does_not_pair(tmp_path: Path) -> None:
    """Two towns after two different names are not one slot."""
    found = _hospital_story(
        tmp_path, "VCU Medical Center in Richmond", "Sentara General in Norfolk"
    )
    assert ("Norfolk", "Richmond") not in found


def test_a_pronoun_is_never_an_unread_town() -> None:
    from factcheck.align.shared import unread_names
    from factcheck.extract import extract_facts
    from factcheck.models import Article

    text = (
        "The plane crashed on its third flight of the day, officials said. It first flew "
        "from Kathmandu to Pokhara and back."
    )
    item = extract_facts(Article(id="a1", source="a1.txt", format="txt", text=text))
    names = [f.text for f in unread_names(item, frozenset({"Japan", "Nepal"}))]
    assert "It" not in names


def test_a_town_in_a_hyphenated_name_is_no_place_mention() -> None:
    """ "near Dayton-Wright Brothers Airport" names an airport, not the town of Dayton; the
    place rule and the unread-town rule both leave it."""
    from factcheck.align.shared import unread_names

    text = (
        "MIAMISBURG, Ohio - The plane crashed Saturday near Dayton-Wright Brothers Airport, "
        "two miles from Dayton, the sheriff said."
    )
    item = extract_facts(Article(id="a1", source="a.txt", format="txt", text=text))
    places = [f.start for f in item.facts if f.type.value == "place" and f.text == "Dayton"]
    assert places == [text.rindex("Dayton")]
    assert [f.text for f in unread_names(item, frozenset({"OH"}))] == []


def test_a_home_town_is_not_the_other_accounts_venue(tmp_path: Path) -> None:
    """A person's home ("Gregory Hall, 58, of Centerville") against the town another account
    says the plane crashed near: two roles, no finding; two homes of one person still pair."""
    lead = "Five people were killed when a small plane crashed Saturday near {}, Ohio, "
    (tmp_path / "a.txt").write_text(
        "Daily Star\n\n" + lead.format("Miamisburg") + "the sheriff's office said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Channel 8\n\nThe pilot of the plane that crashed Saturday near the airport was "
        "Gregory Hall, 58, of Centerville, Ohio, the sheriff's office said.\n",
        encoding="utf-8",
    )
    assert _place_flags(tmp_path) == []


def test_a_town_of_a_similar_occasion_is_not_the_venue(tmp_path: Path) -> None:
    """ "A similar protest in Porto drew about 5,000 people" tells another protest: its town is
    no venue to set against the Lisbon march."""
    bodies = {
        "a.txt": "Daily Star\n\nLISBON (Reuters) - Tens of thousands of people marched through "
        "central Lisbon on Saturday to protest soaring rents.\n",
        "b.txt": "Channel 8\n\nLISBON - Demonstrators filled the streets of Lisbon on Saturday "
        "in a protest over rising rents.\n\nFour people were arrested, police said. A similar "
        "protest in Porto drew about 5,000 people.\n",
        "c.txt": "The Courier\n\nSome 30,000 people marched in Lisbon on Saturday, police said, "
        "as anger over housing costs spilled onto the streets.\n",
    }
    for name, body in bodies.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    assert _place_flags(tmp_path) == []


def _context(texts: dict[str, str]) -> Context:
    """A judge's context over one-sentence articles, to test a pair guard on its own."""
    items = {
        aid: extract_facts(Article(id=aid, source=f"{aid}.txt", format="txt", text=text))
        for aid, text in texts.items()
    }
    return Context(items=items, events={}, event_of={}, source_group={})


def _place(texts: dict[str, str], aid: str, name: str) -> Fact:
    """A town fact over the first ``name`` in article ``aid``."""
    start = texts[aid].index(name)
    value = PlaceValue(name=name, country="United States", kind="city")
    span = {"start": start, "end": start + len(name), "sentence": 0}
    return Fact(id=f"{aid}.p", article_id=aid, type=FactType.PLACE, text=name,
                value=value, rule="t", **span)  # fmt: skip


def test_a_possessive_town_is_the_whole_not_a_second_venue() -> None:
    """ "in Chicago's Lawndale neighborhood" / "in the North Lawndale neighborhood": the city
    holds the neighbourhood, so the two are no places of one statement told two ways
    (``judge.copies._possessive_place``, checked before an anchor or echo pair is judged)."""
    texts = {
        "a1": "A man was shot in Chicago's Lawndale neighborhood on Tuesday.",
        "a2": "A man was shot in the North Lawndale neighborhood of Chicago on Tuesday.",
    }
    ctx = _context(texts)
    lawndale = _place(texts, "a2", "North Lawndale")
    assert _possessive_place(ctx, _place(texts, "a1", "Chicago"), lawndale)
    assert not _possessive_place(ctx, _place(texts, "a2", "Chicago"), lawndale)


def test_a_route_end_is_not_the_other_accounts_place() -> None:
    """ "flew to Fort Lauderdale for a cruise" / "a CBS affiliate in Atlanta reported": a
    destination and a place of another role; two destinations still compare."""
    texts = {
        "a1": "Woltering and her husband flew to Fort Lauderdale for a cruise, sources said.",
        "a2": "She flew with her husband to sail on a cruise, a CBS affiliate in Atlanta said.",
        "a3": "According to Atlanta police, the couple was headed to Nashville for a cruise.",
    }
    ctx = _context(texts)
    destination = _place(texts, "a1", "Fort Lauderdale")
    assert _route_ends_apart(ctx, destination, _place(texts, "a2", "Atlanta"))
    assert not _route_ends_apart(ctx, destination, _place(texts, "a3", "Nashville"))
    assert not _route_ends_apart(
        ctx, _place(texts, "a3", "Atlanta"), _place(texts, "a2", "Atlanta")
    )
