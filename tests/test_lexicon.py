"""factcheck.lexicon: which attribute a figure's word is about, and which words are opposites."""

from __future__ import annotations

import gzip
import subprocess
import sys
import time
from itertools import combinations

import pytest

from factcheck import lexicon
from factcheck.lexicon import are_antonyms, concept, same_concept

SAME = [
    ("killed", "dead", "died", "deaths", "death", "fatalities", "kill", "killings", "dying"),
    ("injured", "wounded", "injuries", "injury", "hurt", "wounds"),
    ("arrested", "arrest", "arrests"),
    ("sentenced", "sentence", "sentences"),
    ("voted", "votes", "vote", "voting", "voters"),
    ("rose", "rise", "rising", "risen"),
    ("won", "win", "wins", "winning"),
]

DIFFERENT = [
    ("killed", "injured"),
    ("deaths", "injuries"),
    ("arrested", "charged"),
    ("arrests", "charges"),
    ("votes", "seats"),
    ("years", "months"),
    ("days", "weeks"),
    ("killed", "arrested"),
    ("won", "lost"),
    ("rose", "fell"),
]

ANTONYMS = [
    ("fair", "unfair"),
    ("guilty", "innocent"),
    ("rose", "fell"),
    ("rise", "fall"),
    ("rising", "falling"),
    ("won", "lost"),
    ("win", "lose"),
    ("increase", "decrease"),
    ("increased", "decreased"),
]

NOT_ANTONYMS = [("fair", "just"), ("killed", "died"), ("rose", "rose"), ("table", "chair")]


@pytest.mark.parametrize("group", SAME, ids=lambda g: g[0])
def test_forms_of_one_attribute_share_a_concept(group: tuple[str, ...]) -> None:
    ids = {w: concept(w) for w in group}
    assert len(set(ids.values())) == 1, ids


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_attributes_do_not(a: str, b: str) -> None:
    assert not same_concept(a, b), (concept(a), concept(b))


@pytest.mark.parametrize(("a", "b"), ANTONYMS)
def test_antonyms(a: str, b: str) -> None:
    assert are_antonyms(a, b)
    assert are_antonyms(b, a)


@pytest.mark.parametrize(("a", "b"), NOT_ANTONYMS)
def test_not_antonyms(a: str, b: str) -> None:
    assert not are_antonyms(a, b)


def test_case_and_unknown_words() -> None:
    assert concept("Killed") == concept("DEATHS") == concept("killed")
    assert concept("Xyzzyplugh") == "xyzzyplugh"
    assert same_concept("xyzzyplugh", "XYZZYPLUGH")
    assert not same_concept("xyzzyplugh", "killed")
    assert not are_antonyms("xyzzyplugh", "fair")


def test_table_is_small_and_well_formed() -> None:
    assert lexicon.TABLE.stat().st_size < 600_000
    text = gzip.decompress(lexicon.TABLE.read_bytes()).decode("utf-8")
    lines = text.splitlines()
    assert [line for line in lines if line.startswith("#")] == [
        "#concept",
        "#antonym",
        "#lemma",
        "#happening",
        "#thing",
        "#measure",
        "#person",
        "#onset",
        "#possession",
        "#compound",
    ]
    assert all(line.count("\t") == 1 for line in lines if not line.startswith("#"))
    licence = lexicon.TABLE.with_name("WORDNET-LICENSE").read_text("utf-8")
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in licence


def test_no_concept_swallows_the_table() -> None:
    table = lexicon._load().concept
    sizes: dict[str, int] = {}
    for cid in table.values():
        sizes[cid] = sizes.get(cid, 0) + 1
    # capped at 50 words by the build; with inflections a few hundred forms at most
    assert max(sizes.values()) < 400, max(sizes.items(), key=lambda kv: kv[1])


def test_concepts_of_a_group_are_not_one_of_another() -> None:
    ids = [concept(g[0]) for g in SAME]
    assert all(a != b for a, b in combinations(ids, 2)), ids


def test_loads_fast_in_a_fresh_interpreter() -> None:
    code = (
        "import time, factcheck.lexicon as l; t = time.perf_counter(); l._load(); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # ~40 ms on the development machine; generous for a loaded CI box
    assert float(out.stdout) < 0.5


def test_lookups_are_fast() -> None:
    concept("warm")
    n = 20_000
    t = time.perf_counter()
    for _ in range(n):
        same_concept("killed", "deaths")
    assert (time.perf_counter() - t) / n < 20e-6


def test_onset_verbs_come_from_wordnet() -> None:
    # verbs that only say that something took place or began, phrasal ones hyphenated
    for word in ("erupted", "broke out", "took place", "occurred", "started", "began"):
        assert lexicon.onset(word), word
    for word in ("shot", "broke", "killed", "took", "fired", "unfolded"):
        assert not lexicon.onset(word), word
