"""Distil WordNet 3.0 into the small table behind ``factcheck.lexicon`` (run by ``make lexicon``).

Build time only: needs Debian's ``wordnet-base`` (``/usr/share/wordnet``) and NLTK (the ``dev``
extra). Nothing is downloaded: the Debian files are copied into a temporary NLTK data folder
(``corpora/wordnet/``) together with the standard ``lexnames`` file, which Debian leaves out.

What it writes to ``src/factcheck/lexdata/``:

``lexicon.tsv.gz``
    ``#concept`` section, one line per concept: ``<id>\\t<form> <form> ...``: every word form
    (lemma or inflection) whose concept is not the form itself. A form absent from the table is
    its own concept.
    ``#antonym`` section: ``<lemma>\\t<lemma>`` pairs (each pair once, sorted).
    ``#lemma`` section: ``<lemma>\\t<form> <form> ...``: the inflections of lemmas that have an
    antonym, so that "rose"/"fell" are found through rise/fall.
    ``#happening`` section: ``<form> <form> ...`` on one line each per initial letter: the
    forms (lemmas with tag counts and their inflections) whose most frequent reading names
    something that happens: the first sense of the word's main part of speech is a verb other
    than a state, thought, perception, feeling or support verb (shoot, die, arraign), or a
    noun of an act, event, process or phenomenon made from a verb (shooting, explosion).
    ``factcheck.lexicon.happening`` reads it: the word that says what a date or a place is
    about ("was shot Monday", not "in the neighborhood Monday").
    ``#thing`` section, the same shape: happening forms (above) whose first noun sense names
    a concrete thing (suspect, officer's "arms", "lock": a person, artifact or body part).
    ``factcheck.lexicon.thing_noun`` reads it: after "the", "a" or "his" such a word is the
    noun ("the suspect"), which names no happening.
    ``#measure`` section: ``<attribute>\t<form> <form> ...``: the nouns and adjectives that
    name a physical measure of a thing: a noun whose first sense lies under MEASURE_ROOTS
    (dimension, extent, distance, altitude, stature, weight, speed, velocity, temperature) with
    its plural, and an adjective whose first or second sense WordNet links to such a noun by
    its ``attributes()`` (deep -> depth, tall -> stature). Synsets sharing a lemma are one
    attribute (height, stature, altitude), named by its most frequent lemma.
    ``#person`` section, the shape of ``#happening``: noun forms one of whose first two senses
    names someone (noun.person, noun.animal): "officers", "suspects", "males".
    ``factcheck.lexicon.measure`` reads it: "at a depth of 10 km" and "18.5 km deep" measure
    one attribute, "72 km from the city" another.
    ``#onset`` section, the shape of ``#happening``: the forms of verbs that say only that
    something took place or began (ONSET_SYNSETS: happen, begin; erupt, break out, occur),
    a verb of several words hyphenated ("broke-out"). ``factcheck.lexicon.onset`` reads it:
    "gunfire erupted at 2:20 p.m." names no happening of its own.
    ``#possession`` section, the shape of ``#happening``: the forms of nouns whose first
    sense is a sum of money or a possession (noun.possession: fine, bail, ransom, salary,
    damages; not a word read mostly as a verb, "pay") and the inflections of a verb of the
    same lemma derived from that sense (fined, bailed; not a transfer, "cashed").
    ``factcheck.lexicon.possession`` reads it: "fined him $2.5 million" and "a fine of $2
    million" say what the sum is.
``WORDNET-LICENSE``
    The WordNet 3.0 licence, from the Debian package's copyright file.

How concepts are made. Nodes are synsets; a word stands for its *primary senses*: the first
sense in each part of speech it is tagged in (WordNet's tag counts, ``lemma.count()``), leaving
out a part of speech read under a tenth as often as the word's main one (die the cube). A word
with no tag counts keeps its first listed sense. Synonyms share a synset, so share a concept.
Links, merged in this order:

1. one word, one attribute: a word's primary senses join across parts of speech (vote n/v);
2. participles: a lemma that is a regular -ed/-ing form, or an irregular -en/-n participle,
   of a verb joins the verb's first sense (injured -> injure, wounded -> wound, fallen -> fall;
   not irregular simple pasts: rose, fell, left are other words too); plus the tiny
   ``SUPPLEMENT`` below for links WordNet lacks (dead -> die);
3. ``derivationally_related_forms()`` from a word's first sense to another word's first or
   second sense (die -> death, injure -> injury, vote -> voter);
4. one step of ``causes()`` from a primary verb sense: kill.v.01 causes die.v.01, so "killed"
   and "died" are one concept (comparing casualty figures, "14 killed" and "14 dead" count the
   same thing); raise causes rise;
5. one step of ``entailments()`` (win -> compete, sentence -> convict);
6. genus: a rare noun sense (tag count <= 2) whose gloss opens with a word of its hypernym
   joins the hypernym, when that is not a hub (<= 20 hyponyms) and brings along <= 3 words
   (fatality: "a death resulting from an accident or a disaster" -> death).

Within a phase, links between frequent senses go first; a merge is refused when the concept
would pass ``CAP`` words (``CAP_JOIN`` for causes and genus), so one polysemous word cannot glue
unrelated concepts together. A concept's id is its most frequent word. A form that inflects
several lemmas (rose: rise or rose) goes to the reading with the highest tag count. Lemmas are
kept when they have tag counts or share a concept with another word.

Antonyms: ``lemma.antonyms()`` between senses ranked first to third for both words.
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
import sys
import tempfile
import warnings
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "factcheck" / "lexdata"
WORDNET = Path("/usr/share/wordnet")
COPYRIGHT = Path("/usr/share/doc/wordnet-base/copyright")

# lexnames(5WN), WordNet 3.0: lexicographer file number, name, syntactic category.
_LEXNAMES = """
adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body
noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location
noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process
noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change
verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation
verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather
adj.ppl
"""
LEXNAMES = _LEXNAMES.split()
CATEGORY = {"noun": 1, "verb": 2, "adj": 3, "adv": 4}

# Links WordNet 3.0 does not make (dead.a.01 is derived from nothing). Keep this list tiny.
SUPPLEMENT = (("dead", "die"),)

WORD = re.compile(r"^[a-z]+(?:-[a-z]+)?$")
POS = ("n", "v", "a")
CAP = 30  # the most words one concept may hold through synonymy, participles, derivation
CAP_JOIN = 50  # ... through causes (kill + die) and genus (small groups); entailments: CAP
IDENTITY_SHARE = 0.1  # a part of speech read this rarely vs the word's main one is left out
GENUS_MAX_COUNT = 2  # only senses this rare (tag counts) attach to their hypernym's word
GENUS_MIN_COUNT = 5  # ... and only to a word at least this frequent
GENUS_MAX_HYPONYMS = 20
GENUS_MAX_WORDS = 3  # ... bringing at most this many words along
ANTONYM_RANK = 3  # antonyms are taken from a word's first three senses on both sides
# What a happening word's primary sense may be (lexicographer files): any verb but states,
# thought, perception and feeling; nouns of acts, events, processes and phenomena.
HAPPENING_VERB_EXCLUDED = frozenset(
    ("verb.stative", "verb.cognition", "verb.perception", "verb.emotion")
)
# A verb read only through its inflected forms (its word is first a noun: "award") names no
# happening when it transfers something: "awarded a penalty", the penalty is what happened.
INFLECTED_VERB_EXCLUDED = frozenset(("verb.possession",))
HAPPENING_NOUNS = frozenset(("noun.act", "noun.event", "noun.process", "noun.phenomenon"))
# Nouns of concrete things: a verb-first word whose noun sense is one of these names that
# thing after "the" ("the suspect", "the lock"); nouns of groups and communication stay
# happenings ("the meeting", "the protest", "the talks").
THING_NOUNS = frozenset(
    ("noun.person", "noun.artifact", "noun.body", "noun.object", "noun.substance",
     "noun.animal", "noun.plant", "noun.food")
)  # fmt: skip
# Support verbs that say that something happened, not what: "the shooting happened Monday"
# is dated by "shooting". Their first senses, as WordNet 3.0 numbers them.
# What only says that something took place or began ("the incident happened", "the melee
# erupted", "gunfire broke out"): these synsets and their direct kinds (``onset_forms``).
ONSET_SYNSETS = frozenset(("happen.v.01", "begin.v.02", "get_down.v.07"))
ONSET_KINDS = frozenset(("happen.v.01", "begin.v.02"))
LIGHT_VERBS = frozenset(
    ("happen.v.01", "get_down.v.07", "begin.v.02", "begin.v.03", "take.v.01", "make.v.01",
     "get.v.01", "travel.v.01", "come.v.01", "go.v.01", "have.v.01", "be.v.01", "do.v.01")
)  # fmt: skip


def lexnames_text() -> str:
    assert len(LEXNAMES) == 45
    return "".join(
        f"{i:02d}\t{name}\t{CATEGORY[name.split('.')[0]]}\n" for i, name in enumerate(LEXNAMES)
    )


def open_wordnet(src: Path, tmp: Path) -> Any:
    """A WordNetCorpusReader over a copy of the Debian files (NLTK refuses symlinks out)."""
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    nltk.data.path[:] = [str(tmp)]  # this folder only: no user data, never a download

    root = tmp / "corpora" / "wordnet"
    root.mkdir(parents=True)
    for f in src.iterdir():
        if f.is_file():
            shutil.copy(f, root / f.name)
    (root / "lexnames").write_text(lexnames_text(), "utf-8")
    with warnings.catch_warnings():  # "multilingual functions are not available": not needed
        warnings.simplefilter("ignore", UserWarning)
        wn = WordNetCorpusReader(nltk.data.find("corpora/wordnet"), None)
    assert wn.get_version() == "3.0", wn.get_version()
    return wn


def licence_text(copyright_file: Path) -> str:
    """The ``License: WordNet3.0`` paragraph of a Debian copyright file, un-indented."""
    lines = copyright_file.read_text("utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("License: WordNet"))
    body = []
    for line in lines[start + 1 :]:
        if not line.startswith(" "):
            break
        body.append("" if line.strip() == "." else line[1:])
    head = (
        "The table lexicon.tsv.gz beside this file is derived from WordNet 3.0\n"
        "(Princeton University), read from Debian's wordnet-base package.\n"
        "WordNet is distributed under the following license:\n\n"
    )
    return head + "\n".join(body).strip() + "\n"


class Words:
    """Single-word, lower-case lemmas with their senses in sense order, per part of speech."""

    def __init__(self, wn: Any) -> None:
        self.wn = wn
        self.lemmas: dict[tuple[str, str], list[Any]] = {}
        for pos in POS:
            for name in wn.all_lemma_names(pos):
                if not WORD.match(name):
                    continue
                # The exact, lower-case lemma only: drops proper nouns (Paris) and morphy hits.
                ls = [
                    lem for s in wn.synsets(name, pos) for lem in s.lemmas() if lem.name() == name
                ]
                if ls:
                    self.lemmas[(name, pos)] = ls
        self.count: dict[str, int] = defaultdict(int)
        self.pos_count: dict[tuple[str, str], int] = {}
        for (name, pos), ls in self.lemmas.items():
            c = sum(lem.count() for lem in ls)
            self.pos_count[(name, pos)] = c
            self.count[name] += c
        self.words = sorted({name for name, _ in self.lemmas})
        # rank of each (synset, word) among that word's senses in that part of speech
        self._rank: dict[tuple[str, str], int] = {}
        for (name, _pos), ls in self.lemmas.items():
            for i, lem in enumerate(ls):
                self._rank[(lem.synset().name(), name)] = i
        # a word's primary senses: the first sense of each part of speech it is tagged in
        # (most frequent first); an untagged word keeps the first sense of its first listing
        self.primary: dict[str, list[Any]] = {}
        for name in self.words:
            tagged = sorted(
                ((self.pos_count[(name, p)], p) for p in POS if (name, p) in self.lemmas),
                reverse=True,
            )
            top = tagged[0][0]
            syns = [
                self.lemmas[(name, p)][0].synset()
                for c, p in tagged
                if c > 0 and c >= IDENTITY_SHARE * top
            ]
            self.primary[name] = syns or [self.lemmas[(name, tagged[0][1])][0].synset()]

    def rank(self, lemma: Any) -> int:
        """The lemma's sense number (0 = first) for its word, 99 when not a kept word."""
        return self._rank.get((lemma.synset().name(), lemma.name()), 99)


class UnionFind:
    """Union-find whose sizes are word counts; a merge past ``cap`` words is refused."""

    def __init__(self, nodes: Iterable[str], cap: int, weight: dict[str, int]) -> None:
        self.parent = {n: n for n in nodes}
        self.size = {n: weight.get(n, 0) for n in self.parent}
        self.cap = cap
        self.refused = 0

    def find(self, w: str) -> str:
        while self.parent[w] != w:
            self.parent[w] = self.parent[self.parent[w]]
            w = self.parent[w]
        return w

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] + self.size[rb] > self.cap:
            self.refused += 1
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True


# ---- morphology -------------------------------------------------------------------------------


def read_exceptions(wn_dir: Path) -> dict[str, list[tuple[str, str]]]:
    """lemma -> [(form, pos)] from noun.exc, verb.exc, adj.exc."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pos, fname in (("n", "noun.exc"), ("v", "verb.exc"), ("a", "adj.exc")):
        for line in (wn_dir / fname).read_text("utf-8").splitlines():
            form, *bases = line.split()
            for base in bases:
                out[base].append((form, pos))
    return out


VOWELS = set("aeiou")


def _plural(w: str) -> str:
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return w + "es"
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        return w[:-1] + "ies"
    return w + "s"


def _past(w: str) -> str:
    if w.endswith("e"):
        return w + "d"
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        return w[:-1] + "ied"
    return w + "ed"


def _gerund(w: str) -> str:
    if w.endswith("ie"):
        return w[:-2] + "ying"
    if w.endswith("e") and not w.endswith(("ee", "ye", "oe")) and len(w) > 2:
        return w[:-1] + "ing"
    return w + "ing"


def inflections(wn: Any, w: str, pos: str, exc: dict[str, list[tuple[str, str]]]) -> set[str]:
    """Inflected forms of lemma ``w`` in ``pos``: exception lists plus regular rules that
    WordNet's own morphy maps back to ``w`` (a regular ed/ing form is skipped when the exception
    list already gives one: stopped, not stoped)."""
    irregular = {f for f, p in exc.get(w, []) if p == pos}
    candidates: set[str] = set()
    if pos == "n":
        candidates.add(_plural(w))
    elif pos == "v":
        candidates.add(_plural(w))
        if not any(not f.endswith(("ing", "s")) for f in irregular):
            candidates.add(_past(w))
        if not any(f.endswith("ing") for f in irregular):
            candidates.add(_gerund(w))
    elif pos == "a" and len(w) <= 5 and not w.endswith(("ed", "en", "ing")):
        base = w[:-1] + "i" if w.endswith("y") and w[-2:-1] not in VOWELS else w
        base = base[:-1] if base.endswith("e") else base
        candidates |= {base + "er", base + "est"}
    ok = {f for f in candidates if w in wn._morphy(f, pos)}
    return (ok | irregular) - {w}


# ---- the graph --------------------------------------------------------------------------------


def _pos(syn: Any) -> str:
    return "a" if syn.pos() in "as" else str(syn.pos())


def edges(words: Words, exc: dict[str, list[tuple[str, str]]]) -> Iterator[tuple[int, str, str]]:
    """(phase, synset, synset) links; lower phases are merged first."""
    wn = words.wn

    def primary(name: str) -> list[Any]:
        return words.primary.get(name, [])

    # 1. one word is one attribute across its parts of speech: vote (n) / vote (v)
    for name in words.words:
        first, *rest = primary(name) or [None]
        for syn in rest:
            yield 1, first.name(), syn.name()
    # 2. participles that are lemmas (injured, wounded) join their verb; SUPPLEMENT (dead, die)
    verbs = [name for (name, pos) in words.lemmas if pos == "v"]
    for verb in verbs:
        target = words.lemmas[(verb, "v")][0].synset().name()
        irregular = {f for f, p in exc.get(verb, []) if p == "v"}
        for f in inflections(wn, verb, "v", exc):
            # regular -ed/-ing forms, and irregular participles in -en/-n (fallen, known); not
            # irregular simple pasts, which are often other words (rose, fell, left, shot)
            if not (f.endswith(("ed", "ing")) or (f in irregular and f.endswith("n"))):
                continue
            if (f, "a") in words.lemmas:  # injured, lost, fallen
                yield 2, words.lemmas[(f, "a")][0].synset().name(), target
            elif (f, "n") in words.lemmas and f.endswith("ed"):  # the wounded
                yield 2, words.lemmas[(f, "n")][0].synset().name(), target
    for a, b in SUPPLEMENT:
        yield 2, words.primary[a][0].name(), words.primary[b][0].name()
    # 3. derivation from a word's first sense to a first or second sense of another word
    for ls in words.lemmas.values():
        for lem in ls[:1]:
            for rel in lem.derivationally_related_forms():
                if words.rank(rel) < 2:
                    yield 3, lem.synset().name(), rel.synset().name()
    # 4. causes / entailments, one step, from a verb's first sense
    for name in words.words:
        for syn in primary(name):
            if syn.pos() != "v":
                continue
            for target in syn.causes():
                yield 4, syn.name(), target.name()
            for target in syn.entailments():
                yield 5, syn.name(), target.name()
    # 6. genus: a rare word's gloss opens with its hypernym's (frequent) word
    for name in words.words:
        for syn in primary(name):
            if syn.pos() != "n" or sum(lem.count() for lem in syn.lemmas()) > GENUS_MAX_COUNT:
                continue
            gloss = re.sub(r"^(a|an|the|any|one)\s+", "", syn.definition().lower())
            for hyper in syn.hypernyms():
                if len(hyper.hyponyms()) > GENUS_MAX_HYPONYMS:  # a hub (people), not a genus
                    continue
                for hl in hyper.lemmas():
                    genus = hl.name()
                    if (
                        genus != name
                        and words.rank(hl) < 2
                        and words.count[genus] >= GENUS_MIN_COUNT
                        and re.match(rf"{re.escape(genus)}\b", gloss)
                    ):
                        yield 6, syn.name(), hyper.name()


def build(
    wn: Any, wn_dir: Path, dump: Path | None = None
) -> tuple[dict[str, list[str]], set[tuple[str, str]], dict[str, set[str]], dict[str, int]]:
    words = Words(wn)
    exc = read_exceptions(wn_dir)
    # within a phase, links between frequent senses first: they claim the room under the cap
    freq: dict[str, int] = {}
    for ls in words.lemmas.values():
        for lem in ls:
            freq[lem.synset().name()] = freq.get(lem.synset().name(), 0) + lem.count()
    links = sorted(
        set(edges(words, exc)),
        key=lambda e: (e[0], -(freq.get(e[1], 0) + freq.get(e[2], 0)), e[1], e[2]),
    )
    # a synset's weight: how many words have it as their primary sense
    owners: dict[str, list[str]] = defaultdict(list)
    for name, syns in words.primary.items():
        for syn in syns:
            owners[syn.name()].append(name)
    nodes = {n for _p, a, b in links for n in (a, b)} | set(owners)
    uf = UnionFind(nodes, CAP, {n: len(set(owners.get(n, []))) for n in nodes})
    merged: dict[int, int] = defaultdict(int)
    log: list[str] | None = [] if dump else None
    for phase, a, b in links:
        uf.cap = CAP_JOIN if phase in (4, 6) else CAP
        sa, sb = uf.size[uf.find(a)], uf.size[uf.find(b)]
        if phase == 6 and min(sa, sb) > GENUS_MAX_WORDS:
            continue
        if uf.union(a, b):
            merged[phase] += 1
            if log is not None and phase >= 4:
                log.append(f"{phase} {a}({sa}) + {b}({sb})")

    concept_of: dict[str, str] = {}
    members: dict[str, list[str]] = defaultdict(list)
    for name, syns in words.primary.items():
        members[uf.find(syns[0].name())].append(name)
    for group in members.values():
        cid = max(group, key=lambda w: (words.count[w], -len(w), w))
        for w in group:
            concept_of[w] = cid

    # every form -> candidate lemmas with the frequency of that reading
    readings: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    lemma_forms: dict[str, set[str]] = defaultdict(set)
    for name, pos in words.lemmas:
        c = words.pos_count[(name, pos)]
        readings[name][name] += c + 1  # a lemma read as itself wins ties
        for f in inflections(wn, name, pos, exc):
            readings[f][name] += c
            lemma_forms[name].add(f)

    def kept(lemma: str) -> bool:
        # a lemma with tag counts, or one joined to another word (fatality -> death)
        return lemma in concept_of and (
            words.count[lemma] > 0 or len(members[uf.find(words.primary[lemma][0].name())]) > 1
        )

    table: dict[str, list[str]] = defaultdict(list)
    for form, all_cands in readings.items():
        cands = {lem: c for lem, c in all_cands.items() if kept(lem)}
        if not cands:
            continue
        best = max(cands, key=lambda lem: (cands[lem], lem == form, lem))
        cid = concept_of[best]
        if cid != form:
            table[cid].append(form)

    antonyms: set[tuple[str, str]] = set()
    for (name, _pos), ls in words.lemmas.items():
        for lem in ls[:ANTONYM_RANK]:
            for ant in lem.antonyms():
                other = ant.name()
                if other != name and other in words.primary and words.rank(ant) < ANTONYM_RANK:
                    antonyms.add((min(name, other), max(name, other)))
    in_antonym = {w for pair in antonyms for w in pair}
    lemma_table = {w: lemma_forms[w] for w in in_antonym if lemma_forms.get(w)}
    if dump:
        with open(dump, "w") as fh:
            for group in sorted(members.values(), key=len, reverse=True):
                cid = concept_of[group[0]]
                fh.write(f"{cid}\t{len(group)}\t{' '.join(sorted(group))}\n")
            fh.write("".join(f"#{line}\n" for line in log or []))
    sizes = sorted((len(g) for g in members.values()), reverse=True)
    stats = {
        "words": len(words.words),
        "links": len(links),
        "refused": uf.refused,
        "concepts_multi": sum(1 for n in sizes if n > 1),
        "largest": sizes[0],
        **{f"merged{p}": n for p, n in sorted(merged.items())},
    }
    return table, antonyms, lemma_table, stats


def happening_forms(wn: Any, wn_dir: Path) -> set[str]:
    """Forms whose most frequent reading is a tagged lemma naming something that happens."""
    words = Words(wn)
    exc = read_exceptions(wn_dir)

    def happens(name: str, pos: str | None) -> bool:
        # a lemma written as itself is read in its main part of speech; an inflected form in
        # the part of speech it inflects ("sentenced" is the verb, whatever "sentence" is)
        if pos is None:
            syn = words.primary[name][0]
        else:
            syn = words.lemmas[(name, pos)][0].synset()
            if syn != words.primary[name][0] and syn.lexname() in INFLECTED_VERB_EXCLUDED:
                return False  # "awarded", "given" a penalty: the noun names what happened
        if syn.name() in LIGHT_VERBS:
            return False
        lex = syn.lexname()
        if lex.startswith("verb."):
            return lex not in HAPPENING_VERB_EXCLUDED
        # a noun of an act or event that is made from a verb (shooting, explosion; not the
        # avenue, whose first sense WordNet files under acts)
        return lex in HAPPENING_NOUNS and any(
            rel.synset().pos() == "v"
            for lem in syn.lemmas()
            for rel in lem.derivationally_related_forms()
        )

    readings: dict[str, dict[tuple[str, str | None], int]] = defaultdict(lambda: defaultdict(int))
    for name, pos in words.lemmas:
        c = words.pos_count[(name, pos)]
        readings[name][(name, None)] += c + 1
        for f in inflections(wn, name, pos, exc):
            if f != name:
                readings[f][(name, pos)] += c
    out = set()
    for form, cands in readings.items():
        best = max(cands, key=lambda k: (cands[k], k[0] == form, k[0], k[1] or ""))
        if words.count[best[0]] > 0 and happens(*best):
            out.add(form)
    return out


def thing_forms(wn: Any, wn_dir: Path, happening: set[str]) -> set[str]:
    """Happening forms whose noun reading (the first sense of the noun lemma, or of the
    singular of a plural) is a concrete thing (THING_NOUNS)."""
    words = Words(wn)
    exc = read_exceptions(wn_dir)
    out = set()
    for (name, pos), ls in words.lemmas.items():
        if pos != "n" or ls[0].synset().lexname() not in THING_NOUNS:
            continue
        for form in {name} | inflections(wn, name, pos, exc):
            if form in happening:
                out.add(form)
    return out


# The lexicographer files of nouns that name someone (a person, or an animal: "males").
PERSON_NOUNS = frozenset(("noun.person", "noun.animal"))


def onset_forms(wn: Any, wn_dir: Path) -> set[str]:
    """Forms of the verbs that say only that something took place or began (ONSET_SYNSETS):
    every verb whose first sense is one of them (begin, start, occur, take place) or a direct
    kind of taking place or beginning (ONSET_KINDS: erupt, break out). A verb of several
    words is written with hyphens and its first word inflected ("broke-out", "took-place")."""
    exc = read_exceptions(wn_dir)
    lemmas = set()
    for name in wn.all_lemma_names("v"):
        syns = [s for s in wn.synsets(name, "v") if any(lem.name() == name for lem in s.lemmas())]
        if syns and (
            syns[0].name() in ONSET_SYNSETS
            or any(h.name() in ONSET_KINDS for h in syns[0].hypernyms())
        ):
            lemmas.add(name)
    out = set()
    for name in lemmas:
        head, *rest = name.lower().split("_")
        tail = "".join(f"-{w}" for w in rest)
        for form in {head, *inflections(wn, head, "v", exc)}:
            out.add(form + tail)
    return out


def person_forms(wn: Any, wn_dir: Path) -> set[str]:
    """Noun forms (lemmas and their inflections) one of whose first two senses names
    someone (PERSON_NOUNS): "officers", "suspects", "males"; not "engines", "rounds"."""
    words = Words(wn)
    exc = read_exceptions(wn_dir)
    out = set()
    for (name, pos), ls in words.lemmas.items():
        if pos != "n" or not any(lem.synset().lexname() in PERSON_NOUNS for lem in ls[:2]):
            continue
        out.update({name} | inflections(wn, name, pos, exc))
    return out


def possession_forms(wn: Any, wn_dir: Path) -> set[str]:
    """Noun forms (lemmas and plurals) one of whose first two senses is noun.possession
    ("fine", "bail", "bond", "ransom", "damages"; not a unit or medium of money,
    CURRENCY_ROOTS), unless the word is tagged as a verb more often than as a noun ("pay",
    "buy": "will pay $334 million" says nothing of what the sum is), and the inflections of a
    verb of the same lemma whose first sense WordNet derives from that noun sense and that is
    no transfer or state ("fined", "bailed"; not "cashed", "costs")."""
    words = Words(wn)
    exc = read_exceptions(wn_dir)
    units = set()  # "dollar", "cent", "cash", "fifty": how much or in what, not what
    for root in CURRENCY_ROOTS:
        syn = wn.synset(root)
        units |= {syn, *syn.closure(lambda x: x.hyponyms())}
    out = set()
    for (name, pos), ls in words.lemmas.items():
        owned = [lem.synset() for lem in ls[:2] if lem.synset().lexname() == "noun.possession"]
        if pos != "n" or "_" in name or not owned or owned[0] in units:
            continue
        if words.pos_count.get((name, "v"), 0) > words.pos_count[(name, "n")]:
            continue
        out.update({name} | inflections(wn, name, pos, exc))
        verbs = words.lemmas.get((name, "v"), [])
        if verbs and verbs[0].synset().lexname() not in POSSESSION_VERBS_NOT:
            derived = {r.synset() for r in verbs[0].derivationally_related_forms()}
            if owned[0] in derived:
                out.update({name} | inflections(wn, name, "v", exc))
    return out


# Money as a unit or a medium, whose words say how much or in what a sum is paid.
CURRENCY_ROOTS = ("monetary_unit.n.01", "currency.n.01", "coin.n.01")
# Verbs that transfer or hold a sum ("paid", "cashed", "costs"): they say nothing of what it is.
POSSESSION_VERBS_NOT = frozenset(("verb.possession", "verb.stative"))


# Roots of the physical measures a figure can be of (``measure_forms``).
MEASURE_ROOTS = (
    "dimension.n.01", "extent.n.02", "distance.n.01", "altitude.n.01", "stature.n.02",
    "weight.n.01", "speed.n.02", "velocity.n.01", "temperature.n.01",
)  # fmt: skip


def measure_forms(wn: Any) -> dict[str, set[str]]:
    """Attribute -> its forms: nouns whose first sense is a measure (MEASURE_ROOTS), with their
    plurals, and adjectives whose first or second sense has such an attribute."""
    allowed: set[Any] = set()
    for root in MEASURE_ROOTS:
        syn = wn.synset(root)
        allowed |= {syn, *syn.closure(lambda x: x.hyponyms())}
    forms: dict[Any, set[str]] = defaultdict(set)
    for syn in allowed:
        for lem in syn.lemmas():
            w = lem.name().lower()
            senses = wn.synsets(w, "n")
            if "_" not in w and senses and senses[0] == syn:
                forms[syn] |= {w, _plural(w)}
    for syn in wn.all_synsets("a"):
        for attr in syn.attributes():
            if attr not in allowed:
                continue
            for lem in syn.lemmas():
                w = lem.name().lower()
                if "_" not in w and syn in wn.synsets(w, "a")[:2]:
                    forms[attr].add(w)
    # synsets sharing a lemma (height.n.01, stature.n.02, altitude.n.01) are one attribute
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for syn in forms:
        names = [n.lower() for n in syn.lemma_names()]
        for n in names[1:]:
            parent[find(n)] = find(names[0])
    groups: dict[str, list[Any]] = defaultdict(list)
    for syn in forms:
        groups[find(syn.lemma_names()[0].lower())].append(syn)
    out: dict[str, set[str]] = {}
    for syns in groups.values():
        lemmas_ = [lem for syn in syns for lem in syn.lemmas() if "_" not in lem.name()] or [
            lem for syn in syns for lem in syn.lemmas()
        ]
        name = max(lemmas_, key=lambda lem: (lem.count(), lem.name())).name().lower()
        out[name] = set().union(*(forms[syn] for syn in syns))
    return out


def compound_forms(wn: Any) -> set[str]:
    """Two-word noun lemmas of a concrete thing ("fire_engine", "school_bus"; their first
    sense in THING_NOUNS but not a person): the first word is part of the name, not a
    modifier that picks out some of them ("Forty fire engines" and "45 engines" count one
    kind of thing). People are left out: "four young men" of five men may be a part."""
    kinds = THING_NOUNS - {"noun.person"}
    out = set()
    for name in wn.all_lemma_names("n"):
        parts = name.split("_")
        if (
            len(parts) == 2
            and all(p.isalpha() and p.islower() for p in parts)
            and wn.synsets(name, "n")[0].lexname() in kinds
        ):
            out.add(name)
    return out


def _by_initial(forms: set[str]) -> list[str]:
    by_initial: dict[str, list[str]] = defaultdict(list)
    for form in sorted(forms):
        by_initial[form[0]].append(form)
    return [f"{k}\t{' '.join(v)}" for k, v in sorted(by_initial.items())]


def write(
    out: Path,
    table: dict[str, list[str]],
    antonyms: set[tuple[str, str]],
    lemma_table: dict[str, set[str]],
    happening: set[str],
    thing: set[str],
    measure: dict[str, set[str]],
    person: set[str],
    onset: set[str],
    possession: set[str],
    compound: set[str],
) -> Path:
    lines = ["#concept"]
    lines += [f"{cid}\t{' '.join(sorted(forms))}" for cid, forms in sorted(table.items())]
    lines.append("#antonym")
    lines += [f"{a}\t{b}" for a, b in sorted(antonyms)]
    lines.append("#lemma")
    lines += [f"{w}\t{' '.join(sorted(fs))}" for w, fs in sorted(lemma_table.items())]
    lines.append("#happening")
    lines += _by_initial(happening)
    lines.append("#thing")
    lines += _by_initial(thing)
    lines.append("#measure")
    lines += [f"{name}\t{' '.join(sorted(fs))}" for name, fs in sorted(measure.items())]
    lines.append("#person")
    lines += _by_initial(person)
    lines.append("#onset")
    lines += _by_initial(onset)
    lines.append("#possession")
    lines += _by_initial(possession)
    lines.append("#compound")
    lines += _by_initial(compound)
    path = out / "lexicon.tsv.gz"
    # mtime=0: the same WordNet gives byte-identical output
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0, filename="") as gz,
    ):
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--wordnet", type=Path, default=WORDNET, help="WordNet 3.0 dict folder")
    ap.add_argument("--copyright", type=Path, default=COPYRIGHT)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--dump", type=Path, help="also write every concept's words here (review)")
    args = ap.parse_args(argv)
    if not (args.wordnet / "data.noun").exists():
        sys.stderr.write(f"no WordNet at {args.wordnet}: apt-get install wordnet-base\n")
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        wn = open_wordnet(args.wordnet, Path(tmp))
        table, antonyms, lemma_table, stats = build(wn, args.wordnet, args.dump)
        happening = happening_forms(wn, args.wordnet)
        thing = thing_forms(wn, args.wordnet, happening)
        measure = measure_forms(wn)
        person = person_forms(wn, args.wordnet)
        onset = onset_forms(wn, args.wordnet)
        possession = possession_forms(wn, args.wordnet)
        compound = compound_forms(wn)
    path = write(
        args.out,
        table,
        antonyms,
        lemma_table,
        happening,
        thing,
        measure,
        person,
        onset,
        possession,
        compound,
    )
    (args.out / "WORDNET-LICENSE").write_text(licence_text(args.copyright), "utf-8")
    forms = sum(len(v) for v in table.values())
    sys.stderr.write(
        f"{path}: {path.stat().st_size} bytes; {len(table)} concepts over {forms} forms, "
        f"{len(antonyms)} antonym pairs, {len(lemma_table)} antonym lemmas' inflections, "
        f"{len(happening)} happening forms ({len(thing)} naming a thing as nouns), "
        f"{len(measure)} measures, {len(person)} forms naming someone, {len(onset)} onset "
        f"forms, {len(compound)} compounds; {stats}\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
