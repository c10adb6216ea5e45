"""Which attribute a word is about, and which words are opposites: a table distilled from WordNet.

``concept("killed") == concept("deaths") == concept("fatalities")``: inflections, derivations
across noun/verb/adjective (die, death, dead), near-synonyms among a word's first senses and one
step of WordNet's cause/entailment links (kill causes die) share one concept id. A word the table
does not know is its own concept. ``are_antonyms("rose", "fell")`` follows WordNet's antonym
links between lemmas, through inflections. ``happening("shot")`` says whether a word names
something that happens (a verb other than a state or support verb, or a noun of an act or event).
``onset("erupted")`` says whether a verb only says that something took place or began.
``person_noun("officers")`` says whether a noun names someone. ``thing_noun("suspect")``
says whether such a word, read as a noun, names a person or thing
instead ("the suspect", "the lock"). ``measure("deep") == measure("depth") == "depth"``: the
physical measure a word names. ``possession("fined")`` says whether a word tells what a sum of
money is (a fine, bail, a ransom). ``compound("fire", "engines")`` says whether two words
name one kind of thing (a fire engine), not some things picked out by a modifier.

The table (``factcheck/lexdata/lexicon.tsv.gz``) is built by ``scripts/build_lexicon.py``
(``make lexicon``) from WordNet 3.0; see ``factcheck/lexdata/WORDNET-LICENSE``. Standard library
only; the table is read once, on first use (about 40 ms; a lookup then takes well under
a microsecond).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

__all__ = [
    "are_antonyms",
    "compound",
    "concept",
    "happening",
    "known",
    "lemmas",
    "measure",
    "onset",
    "person_noun",
    "possession",
    "same_concept",
    "thing_noun",
]

TABLE = Path(__file__).resolve().parent.parent / "lexdata" / "lexicon.tsv.gz"


@dataclass(frozen=True, slots=True)
class _Lexicon:
    concept: dict[str, str]
    antonyms: frozenset[tuple[str, str]]
    lemmas: dict[str, tuple[str, ...]]
    happening: frozenset[str]
    thing: frozenset[str]
    measure: dict[str, str]
    person: frozenset[str]
    onset: frozenset[str]
    possession: frozenset[str]
    compound: frozenset[str]


@cache
def _load() -> _Lexicon:
    text = gzip.decompress(TABLE.read_bytes()).decode("utf-8")
    concept: dict[str, str] = {}
    antonyms: set[tuple[str, str]] = set()
    lemmas: dict[str, list[str]] = {}
    happening: set[str] = set()
    thing: set[str] = set()
    measure: dict[str, str] = {}
    person: set[str] = set()
    onset: set[str] = set()
    possession: set[str] = set()
    compound: set[str] = set()
    section = ""
    for line in text.splitlines():
        if line.startswith("#"):
            section = line
            continue
        head, _, rest = line.partition("\t")
        if section == "#concept":
            for form in rest.split(" "):  # a plain loop beats dict.update here
                concept[form] = head
        elif section == "#antonym":
            antonyms.add((head, rest))
            antonyms.add((rest, head))
        elif section == "#lemma":
            for form in rest.split(" "):
                lemmas.setdefault(form, []).append(head)
        elif section == "#happening":
            happening.update(rest.split(" "))
        elif section == "#thing":
            thing.update(rest.split(" "))
        elif section == "#measure":
            for form in rest.split(" "):
                measure[form] = head
        elif section == "#person":
            person.update(rest.split(" "))
        elif section == "#onset":
            onset.update(rest.split(" "))
        elif section == "#possession":
            possession.update(rest.split(" "))
        elif section == "#compound":
            compound.update(rest.split(" "))
    return _Lexicon(
        concept,
        frozenset(antonyms),
        {k: tuple(v) for k, v in lemmas.items()},
        frozenset(happening),
        frozenset(thing),
        measure,
        frozenset(person),
        frozenset(onset),
        frozenset(possession),
        frozenset(compound),
    )


def _norm(word: str) -> str:
    return word.strip().lower().replace(" ", "-")


@lru_cache(maxsize=1 << 16)
def concept(word: str) -> str:
    """The concept id of ``word`` (lower-cased); an unknown word is its own id."""
    w = _norm(word)
    return _load().concept.get(w, w)


@cache
def known(word: str) -> bool:
    """Whether WordNet knows ``word`` as a common word (a form, a lemma or a concept id);
    a town's name usually is not ("Cheektowaga"), a title is ("Secretary")."""
    w = _norm(word)
    lex = _load()
    return w in lex.concept or w in lex.lemmas or w in _concept_ids()


@cache
def _concept_ids() -> frozenset[str]:
    return frozenset(_load().concept.values())


def same_concept(a: str, b: str) -> bool:
    """Whether two words are about the same attribute ("killed", "deaths")."""
    return concept(a) == concept(b)


def lemmas(word: str) -> tuple[str, ...]:
    """``word`` and the lemmas it may inflect, for antonymy ("rose" -> rose, rise)."""
    w = _norm(word)
    return (w, *_load().lemmas.get(w, ()))


def are_antonyms(a: str, b: str) -> bool:
    """Whether WordNet calls two words (or lemmas they inflect) opposites ("won", "lost")."""
    pairs = _load().antonyms
    return any((x, y) in pairs for x in lemmas(a) for y in lemmas(b))


def happening(word: str) -> bool:
    """Whether ``word`` names something that happens (shot, died, arraignment, explosion), as
    opposed to a thing, place, state or support verb (neighborhood, fatally, happened)."""
    return _norm(word) in _load().happening


def onset(word: str) -> bool:
    """Whether a verb says only that something took place or began ("occurred", "erupted",
    "started", "broke out" written "broke-out"): the happening is its subject, not the verb."""
    return _norm(word) in _load().onset


def possession(word: str) -> bool:
    """Whether a word names a sum of money or a possession in its first noun sense ("fine",
    "bail", "ransom", "damages"), or is a verb of the same lemma ("fined"): what a sum is."""
    return _norm(word) in _load().possession


def measure(word: str) -> str | None:
    """The physical measure a noun or adjective names, or None: "depth", "deep" and "depths"
    are ``depth``; "tall", "high" and "altitude" are ``height``; "far" is ``distance``."""
    return _load().measure.get(_norm(word))


def thing_noun(word: str) -> bool:
    """Whether a happening word (``happening``), read as a noun, names a person or a concrete
    thing instead (suspect, lock), as it does after "the" or "a"."""
    return _norm(word) in _load().thing


def person_noun(word: str) -> bool:
    """Whether a noun names someone in one of its first two senses ("officers", "suspects",
    "males"), as opposed to a thing ("engines", "rounds", "magazines")."""
    return _norm(word) in _load().person


def compound(first: str, noun: str) -> bool:
    """Whether ``first`` and ``noun`` together are one WordNet noun of a thing ("fire
    engines", "school buses"; not of people), through the noun's lemmas."""
    table = _load()
    head = _norm(noun)
    heads = {head, *table.lemmas.get(head, ()), head.removesuffix("s"), head.removesuffix("es")}
    return any(f"{_norm(first)}_{h}" in table.compound for h in heads)
