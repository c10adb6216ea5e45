"""A name the person rule leaves unread is compared for spelling at a sentence's start too,
when its first word is no common word ("Deonca Kennedy was arrested"); letters put before a
name make another name ("D'Asia" / "Asia"); a function word opening the sentence is no part of
the name after it ("But Kinsgley Tomane"); an accent dropped is no other spelling."""

from __future__ import annotations

from pathlib import Path

from factcheck.judge.independence import _variant, part_key
from factcheck.models import Finding
from passages import findings_of


def _spellings(tmp_path: Path, texts: dict[str, str]) -> list[Finding]:
    return [f for f in findings_of(tmp_path, texts) if f.rule == "name-spelling"]


def test_an_unread_name_opening_a_sentence_is_compared(tmp_path: Path) -> None:
    found = _spellings(
        tmp_path,
        {
            "a.txt": "Metro News\n\nA toddler was shot dead in eastern New Orleans on Monday. "
            "Deonca Kennedy was later arrested by police and booked on a negligence charge.",
            "b.txt": "City Desk\n\nPolice in New Orleans arrested a grandmother on Monday after "
            "a toddler was shot. Deonca Kennedi, 42, was booked this morning.",
        },
    )
    assert len(found) == 1 and {c.text for c in found[0].claims} >= {"Deonca Kennedi"}


def test_letters_before_a_name_make_another_name(tmp_path: Path) -> None:
    found = _spellings(
        tmp_path,
        {
            "a.txt": "Metro News\n\nA girl was shot in the head inside her family's home on "
            "Monday. D’asia Turentine was five years old.",
            "b.txt": "City Desk\n\nThe mother of a girl shot at home on Monday was charged. "
            "Asia Turentine is charged with neglect of a dependent.",
        },
    )
    assert not found


LIBBY = "Two teenagers were shot dead at Libby Lake Park in Oceanside on Wednesday night. "


def test_a_lone_surname_spelt_another_way_is_compared(tmp_path: Path) -> None:
    found = _spellings(
        tmp_path,
        {
            "a.txt": "Metro News\n\n" + LIBBY + "Police named the girl as Melanie Virgen, 13.",
            "b.txt": "City Desk\n\n" + LIBBY + "Prosecutors dropped charges against a man "
            "accused of having killed Vergen and her friend at the park.",
        },
    )
    assert len(found) == 1 and {c.text for c in found[0].claims} >= {"Vergen"}


def test_a_lone_given_name_or_a_place_is_not_a_spelling(tmp_path: Path) -> None:
    found = _spellings(
        tmp_path,
        {
            "a.txt": "Metro News\n\n" + LIBBY + "Police named the victims as Alejandro "
            "Martinez, 20, according to Sheriff Greg Taylor.",
            "b.txt": "City Desk\n\n" + LIBBY + "A cousin, Alejandra, said the bodies were "
            "sent to Tyler, Texas, for autopsies.",
        },
    )
    assert found == []


def test_a_possessive_and_a_derived_adjective_are_no_spelling() -> None:
    # "Saudi Arabia's" / "Saudi Arabian Oil Company": the possessive is dropped, and
    # "Arabian" is a word derived from "Arabia", not another spelling of it
    assert part_key("Arabia's") == part_key("Arabia’s") == "arabia"
    assert not _variant(part_key("Arabia's"), part_key("Arabian"))
    assert _variant(part_key("Virgen's"), part_key("Vergen"))


def test_a_name_after_a_word_opening_the_sentence_is_compared(tmp_path: Path) -> None:
    # "But Kinsgley Tomane ...": the function word opening the sentence is no part of the name
    found = _spellings(
        tmp_path,
        {
            "a.txt": "Metro News\n\nThe final went to a shoot-out on Sunday night. In the "
            "shoot-out, Kingsley Tomane and Ruben Ostro failed to convert their kicks.",
            "b.txt": "City Desk\n\nThe final went to penalties on Sunday night after a late "
            "equaliser. But Kinsgley Tomane and Ruben Ostro missed from the spot.",
        },
    )
    assert [sorted(c.text for c in f.claims) for f in found] == [
        ["Kingsley Tomane", "Kinsgley Tomane"]
    ]


def test_an_accent_dropped_is_the_same_spelling(tmp_path: Path) -> None:
    found = _spellings(
        tmp_path,
        {
            "a.txt": "Metro News\n\nThe striker Kylian Mbappé scored three goals in the final "
            "on Sunday night.",
            "b.txt": "City Desk\n\nThe striker Kylian Mbappe scored a hat-trick in the final on "
            "Sunday night.",
        },
    )
    assert found == []
    assert part_key("Mbappé") == part_key("Mbappe")


def test_two_lone_names_of_one_kind_of_thing_are_compared(tmp_path: Path) -> None:
    # "the six-wheeled Pragyaan rover" / "the Pragyan rover": a lone word pairs with another
    # when both name the same kind of thing
    found = _spellings(
        tmp_path,
        {
            "a.txt": "Metro News\n\nThe lander touched down near the south pole on Wednesday. "
            "Inside it is the six-wheeled Pragyaan rover, which will explore the surface.",
            "b.txt": "City Desk\n\nThe lander touched down near the south pole on Wednesday, "
            "and the Pragyan rover began its mission a few hours later.",
        },
    )
    assert [sorted(c.text for c in f.claims) for f in found] == [["Pragyaan", "Pragyan"]]


def test_a_three_letter_given_name_with_a_letter_added(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Metro News\n\nThe talks were attended by the U.S. Ambassador to Russia Jon "
        "Huntsman and other top aides on Monday.",
        "b.txt": "City Desk\n\nThe U.S. Ambassador to Russia John Huntsman sat across the table "
        "from the Russian side at the lunch on Monday.",
    }
    found = _spellings(tmp_path, texts)
    assert [sorted(c.text for c in f.claims) for f in found] == [["John Huntsman", "Jon Huntsman"]]
    # a letter changed in a three-letter name is another name ("Joe" / "Jon")
    texts["b.txt"] = texts["b.txt"].replace("John Huntsman", "Joe Huntsman")
    (tmp_path / "joe").mkdir()
    assert _spellings(tmp_path / "joe", texts) == []


def test_the_evidence_shows_the_same_persons_name_both_ways(tmp_path: Path) -> None:
    """A family shares the surname: against "Sarah Greigo" the evidence is "Sarah Griego",
    the same person's name, not the first Griego each account names."""
    found = _spellings(
        tmp_path,
        {
            "a.txt": "Metro News\n\nA teenager shot his family dead at their home on Saturday. "
            "The victims were Greg Griego, 51, his wife Sarah Griego, 40, and three children.",
            "b.txt": "City Desk\n\nDeputies say a teenager killed five relatives on Saturday. "
            "Greg Griego was a pastor. Sarah Griego was a stay-at-home mother.",
            "c.txt": "Evening Post\n\nA teenager was charged on Monday with killing his family. "
            "He killed his father Greg Griego, 51, and his mother Sarah Greigo, 40, police say.",
        },
    )
    assert len(found) == 1, [f.title for f in found]
    texts = [c.text for c in found[0].claims]
    assert "Sarah Greigo" in texts and texts.count("Sarah Griego") == 2, texts


def test_the_evidence_quotes_every_outlet(tmp_path: Path) -> None:
    """Five outlets spell "Neesham" and one "Neeshan": the evidence quotes all six, so an
    editor sees every outlet's spelling, not the first three."""
    story = "New Zealand lost the final on Sunday after a tied Super Over. "
    texts = {
        f"{n}.txt": f"Desk {n}\n\n{story}Jimmy Neesham hit a six in the Super Over, said coach {n}."
        for n in ("Ames", "Bray", "Cole", "Dunn", "Eyre")
    }
    texts["f.txt"] = f"Desk F\n\n{story}Jimmy Neeshan hit a six in the Super Over on Sunday."
    found = _spellings(tmp_path, texts)
    assert len(found) == 1
    claims = [c.text for c in found[0].claims]
    assert claims.count("Jimmy Neesham") == 5 and "Jimmy Neeshan" in claims, claims


def test_a_lone_name_and_a_name_of_the_same_kind_are_compared(tmp_path: Path) -> None:
    # "at 52nd and Samson streets" / "near Sanson Streets": a lone word naming a kind
    # of thing (streets) pairs with a name written with that kind
    found = _spellings(
        tmp_path,
        {
            "a.txt": "Metro News\n\nAn officer was shot in his patrol car on Friday night. "
            "The gunman walked up to the car at 52nd and Samson streets and opened fire.",
            "b.txt": "City Desk\n\nAn officer was shot in his patrol car on Friday night, "
            "police said. The car was parked near Sanson Streets when the gunman fired.",
        },
    )
    assert [sorted(c.text for c in f.claims) for f in found] == [["Samson", "Sanson Streets"]]
