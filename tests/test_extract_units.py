"""Unit tests of the extraction helpers: sentence splitting, roles, tense, traps."""

from __future__ import annotations

from datetime import date

from factcheck.extract import extract_facts
from factcheck.extract.dates import is_future, resolve_weekday
from factcheck.extract.places import lookup
from factcheck.extract.sentences import build_sentences, split_sentences
from factcheck.models import Article, Dateline


def texts(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_splitter_keeps_abbreviations_whole() -> None:
    text = (
        "WASHINGTON, Jan. 13 (Reuters) - U.S. President Joe Biden met Mr. Kishida at 11 a.m. "
        "Friday. He ranked No. 1 in the poll. The talks ended at 2 p.m. The leaders left."
    )
    assert texts(text) == [
        "WASHINGTON, Jan. 13 (Reuters) - U.S. President Joe Biden met Mr. Kishida at 11 a.m. "
        "Friday.",
        "He ranked No. 1 in the poll.",
        "The talks ended at 2 p.m.",
        "The leaders left.",
    ]


def test_splitter_numbered_paragraphs_and_quotes() -> None:
    text = (
        "1. At the outset, the leaders met. They agreed.\n(1) The two leaders concurred.\n"
        "“We are ready. We will act,” he said. Then he left."
    )
    assert texts(text) == [
        "1. At the outset, the leaders met.",
        "They agreed.",
        "(1) The two leaders concurred.",
        "“We are ready. We will act,” he said.",
        "Then he left.",
    ]


def test_sentence_roles() -> None:
    text = (
        "Leaders shake hands at the summit.\nTOKYO — The two leaders met on Friday in Tokyo "
        "for talks. They agreed to cooperate on security matters. The deal follows talks held "
        "last year in Seoul. Officials praised the deal as a model for the region."
    )
    start = text.index("TOKYO")
    art = Article(
        id="a1", source="x", format="txt", text=text, caption_spans=((0, 34),),
        dateline=Dateline(text="TOKYO", place="Tokyo", start=start, end=start + 5),
    )  # fmt: skip
    roles = [s.role for s in build_sentences(art, date(2023, 1, 13))]
    assert roles == ["caption", "lead", "lead", "background", "body"]


def test_tense_decides_weekday_direction() -> None:
    assert is_future("Biden will hold talks with Xi on Monday evening.")
    assert not is_future("The two leaders met on Sunday.")
    ref = date(2022, 11, 14)  # a Monday
    assert resolve_weekday("Sunday", ref, future=False) == date(2022, 11, 13)
    assert resolve_weekday("Wednesday", ref, future=True) == date(2022, 11, 16)
    assert resolve_weekday("Monday", ref, future=True) == ref


def test_lookup_gazetteer() -> None:
    assert lookup("Phnom Penh")["country_code"] == "KH"  # type: ignore[index]
    assert lookup("Japanese")["country"] == "Japan"  # type: ignore[index]
    assert lookup("Kremlin")["city"] == "Moscow"  # type: ignore[index]
    assert lookup("Xyzzyville") is None


def test_quantity_traps() -> None:
    text = "At 2.15pm a mix of rain fell for forty five minutes; it was 13 C in 2023."
    af = extract_facts(Article(id="a1", source="x", format="txt", text=text))
    kinds = {(f.type.value, f.text) for f in af.facts if f.type.value != "statement"}
    assert ("time", "2.15pm") in kinds
    assert ("duration", "forty five minutes") in kinds
    assert not [k for k in kinds if k[0] == "quantity"]


def test_statement_terms_and_subject() -> None:
    text = "Prime Minister Fumio Kishida thanked the leaders for their strong support."
    af = extract_facts(Article(id="a1", source="x", format="txt", text=text))
    st = next(f for f in af.facts if f.type.value == "statement")
    assert st.value.subject == "Fumio Kishida"
    assert {"thanked", "leader", "strong", "support"} <= set(st.value.terms)
    assert "the" not in st.value.terms
