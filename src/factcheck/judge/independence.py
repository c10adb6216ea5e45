"""Find wire copy (shingle Jaccard) and single-source figures: ArticleFacts in, Findings out.

Several outlets running the same wire story are one source, not corroboration: their
articles are grouped, and every corroboration count in the judge uses those groups.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import jellyfish
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from factcheck.judge.common import Context, quoted
from factcheck.judge.measures import same_value
from factcheck.judge.values import interval
from factcheck.lexicon import known
from factcheck.models import (
    Article,
    ArticleFacts,
    Event,
    Fact,
    FactType,
    Finding,
    Severity,
    Verdict,
)
from factcheck.settings import (
    NAME_CLAIM_ARTICLES,
    NAME_CLAIMS_MAX,
    NAME_LONG_LETTERS,
    NAME_PART_MIN_LETTERS,
    NAME_SOUND_MAX_EDITS,
    NAME_SOUND_MIN_LETTERS,
    NAME_VARIANT_MIN_RATIO,
    SHINGLE_SIZE,
    WIRE_COPY_CONTAINMENT,
    WIRE_COPY_MIN_SHARED,
)
from factcheck.text import STOPWORDS, words

SINGLE_SOURCE_TYPES = (FactType.MONEY, FactType.PERCENT, FactType.QUANTITY)
# Spans already accounted for: an acronym inside a name or a figure ("2% of GDP") is not a
# programme of its own.
NAMED_OR_NUMERIC = (
    FactType.PERSON,
    FactType.PLACE,
    FactType.MONEY,
    FactType.PERCENT,
    FactType.QUANTITY,
    FactType.COUNT,
    FactType.DATE,
    FactType.TIME,
)
CLAIM_ROLES = ("lead", "body", "background")


def shingles(text: str, size: int = SHINGLE_SIZE) -> set[int]:
    """Hashed word n-grams of a text (hash() of str is stable within one run)."""
    toks = words(text)
    return {hash(tuple(toks[i : i + size])) for i in range(max(len(toks) - size + 1, 1))}


def containment(a: set[int], b: set[int]) -> float:
    """|a ∩ b| / min(|a|, |b|): the share of the shorter text's shingles the other carries.

    A reprint that adds a local paragraph, or trims the wire story's tail, keeps nearly all
    of the shorter text's five-word sequences; Jaccard over the union would fall with every
    added paragraph (an AP story sharing 91 % of its sequences with a reprint scored 0.4).
    """
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def is_copy(a: set[int], b: set[int]) -> bool:
    """Two texts that are one story: most of the shorter one's sequences, and enough of them."""
    return len(a & b) >= WIRE_COPY_MIN_SHARED and containment(a, b) >= WIRE_COPY_CONTAINMENT


def wire_groups(
    events: Sequence[Event], items: dict[str, ArticleFacts]
) -> tuple[dict[str, str], list[list[str]]]:
    """Map article id -> representative of its wire-copy group (blocked by event)."""
    group_of: dict[str, str] = {}
    groups: list[list[str]] = []
    for ev in events:
        ids = sorted(
            (a for a in ev.article_ids if a in items), key=lambda a: items[a].article.source
        )
        sh = {a: shingles(items[a].article.text) for a in ids}
        for a in ids:
            if a in group_of:
                continue
            members = [a] + [
                b for b in ids if b != a and b not in group_of and is_copy(sh[a], sh[b])
            ]
            for m in members:
                group_of[m] = a
            if len(members) > 1:
                groups.append(members)
    return group_of, groups


def judge_wire_copy(groups: list[list[str]], ctx: Context) -> list[Finding]:
    """One finding per wire-copy group: it counts as one source."""
    out = []
    for members in groups:
        claims = []
        for aid in members:
            item = ctx.items[aid]
            lead = next((s for s in item.sentences if s.role == "lead"), None)
            if lead is not None:
                claims.append(ctx.claim(aid, lead.start, lead.end, "shared wire text"))
        outlets = sorted({ctx.outlet(a) for a in members})
        sim = containment(
            shingles(ctx.items[members[0]].article.text),
            shingles(ctx.items[members[1]].article.text),
        )
        out.append(
            ctx.finding(
                kind="phrasing",
                verdict=Verdict.SINGLE_SOURCE,
                severity=Severity.INFO,
                confidence="wire-copy",
                event_ids=sorted({ctx.event_of.get(a, "") for a in members} - {""}),
                rule="wire-copy",
                claims=claims,
                title=f"{len(members)} articles are one wire story ({', '.join(outlets)})",
                explanation=(
                    f"{', '.join(outlets)} carry the same copy ({sim:.0%} of the shorter "
                    "text's five-word sequences stand in the other). They count as one source, "
                    "so agreement between them is not independent corroboration."
                ),
            )
        )
    return out


def _magnitude(fact: Fact) -> int:
    """Bucket of a fact's value: tenths of a decade (values within ~25% share or neighbour)."""
    iv = interval(fact)
    if iv is None or iv[1] <= 0:
        return -999
    return math.floor(10 * math.log10(max((iv[0] + iv[1]) / 2, 1e-9)))


def judge_single_source(event: Event, ctx: Context) -> list[Finding]:
    """Figures only one independent source in the event gives: unverified, not a conflict."""
    members = [ctx.items[a] for a in event.article_ids if a in ctx.items]
    if ctx.independent([m.article.id for m in members]) < 2:
        return []
    facts = []
    for item in members:
        roles = {s.index: s.role for s in item.sentences}
        facts += [
            f
            for f in item.facts
            if f.type in SINGLE_SOURCE_TYPES and roles.get(f.sentence) in CLAIM_ROLES
        ]
    # Bucket by type and order of magnitude so each fact meets only plausible matches
    # (values within rounding sit in the same or a neighbouring bucket).
    buckets: dict[tuple[str, int], list[Fact]] = {}
    for f in facts:
        buckets.setdefault((f.type.value, _magnitude(f)), []).append(f)
    out = []
    for fact in facts:
        src = ctx.source_group.get(fact.article_id, fact.article_id)
        mag = _magnitude(fact)
        near = [o for m in (mag - 1, mag, mag + 1) for o in buckets.get((fact.type.value, m), [])]
        if any(
            ctx.source_group.get(o.article_id, o.article_id) != src and same_value(fact, o)
            for o in near
        ):
            continue
        outlet = ctx.outlet(fact.article_id)
        out.append(
            ctx.finding(
                kind=fact.type.value,
                verdict=Verdict.SINGLE_SOURCE,
                severity=Severity.INFO,
                confidence="single-source",
                event_ids=(event.id,),
                rule="single-source",
                claims=[ctx.fact_claim(fact, "only this source")],
                title=f"Only {outlet} gives {fact.text}",
                explanation=(
                    f"No other independent outlet covering {ctx.event_desc(event.id)} gives this "
                    f"figure ({fact.text}). It is unverified, not contradicted: confirm it with a "
                    "second source before relying on it."
                ),
            )
        )
    return out


# A named programme or body written as an acronym ("IPEF", "TPP"): three to six capitals.
ACRONYM_RE = re.compile(r"\b[A-Z]{3,6}s?\b")


@lru_cache(maxsize=4096)
def _shouted(text: str) -> bool:
    """A sentence written mostly in capitals (a subheading)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


# Words an outlet's initials leave out ("The New York Times" -> NYT).
_MINOR_WORDS = frozenset(("the", "of", "and", "for", "de", "la", "le", "el"))
_DOMAIN_RE = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", re.IGNORECASE)


def own_names(article: Article) -> frozenset[str]:
    """The ways an article may name its own outlet, folded to capitals: the outlet's words
    and initials ("BBC News" -> BBC; "Agence France-Presse" -> AFP), and the labels of its
    web address or of a domain in its file name (bbc.co.uk -> BBC). "Only BBC mentions BBC"
    is a byline or a credit, not a claim for a second source to confirm."""
    names: set[str] = set()
    outlet = article.outlet or ""
    parts = re.findall(r"[A-Za-z0-9]+", outlet)
    names.update(p.upper() for p in parts)
    names.add("".join(parts).upper())
    major = [p for p in parts if p.lower() not in _MINOR_WORDS]
    names.add("".join(p[0] for p in major).upper())
    for where in (article.url or "", article.source.replace("\\", "/").rsplit("/", 1)[-1]):
        host = where.split("://", 1)[-1].split("/", 1)[0]
        for domain in _DOMAIN_RE.findall(host):
            names.update(label.upper() for label in domain.split(".") if label.lower() != "www")
    names.discard("")
    return frozenset(names)


_WORD_RE = re.compile(r"\w+")
_ACRONYM_WORD_RE = re.compile(r"[A-Z]{3,6}")


def _acronyms_named(text: str) -> set[str]:
    """The acronyms a text mentions as ``\\bNAMEs?\\b`` finds them: each word of three to
    six capitals, also with a plural "s" ("IPEFs" names IPEF)."""
    out = set()
    for word in set(_WORD_RE.findall(text)):
        if _ACRONYM_WORD_RE.fullmatch(word):
            out.add(word)
        elif word.endswith("s") and _ACRONYM_WORD_RE.fullmatch(word[:-1]):
            out.add(word[:-1])
    return out


def judge_single_source_names(event: Event, ctx: Context) -> list[Finding]:
    """Acronyms (programmes, bodies) that only one independent source in the event mentions."""
    members = [ctx.items[a] for a in event.article_ids if a in ctx.items]
    if ctx.independent([m.article.id for m in members]) < 2:
        return []
    # Which sources name each acronym, once: "does another source mention IPEF" is then a
    # look-up, not a search of every other account for every account (issue 14).
    named: dict[str, set[str]] = {}
    for member in members:
        aid = member.article.id
        named.setdefault(ctx.source_group.get(aid, aid), set()).update(
            _acronyms_named(member.article.text)
        )
    sources_naming = Counter(name for names in named.values() for name in names)
    out = []
    for item in members:
        src = ctx.source_group.get(item.article.id, item.article.id)
        own = named[src]
        taken = [(f.start, f.end) for f in item.facts if f.type in NAMED_OR_NUMERIC]
        dl = item.article.dateline
        if dl is not None:
            taken.append((dl.start, dl.end))
        seen: set[str] = set(own_names(item.article))  # the outlet naming itself
        for sent in item.sentences:
            if sent.role not in CLAIM_ROLES or _shouted(sent.text):
                continue  # "WHAT DO WE KNOW ABOUT THE SHIP?": a heading, not acronyms
            for m in ACRONYM_RE.finditer(item.article.text, sent.start, sent.end):
                name = m.group(0).rstrip("s")
                if name.lower() in STOPWORDS:
                    continue  # "THE", "WHAT" in capitals are words, not names
                if name in seen or any(a <= m.start() < b for a, b in taken):
                    continue
                seen.add(name)
                if sources_naming[name] > (name in own):
                    continue  # another source mentions it
                out.append(
                    ctx.finding(
                        kind="name",
                        verdict=Verdict.SINGLE_SOURCE,
                        severity=Severity.INFO,
                        confidence="acronym",
                        event_ids=(event.id,),
                        rule="single-source",
                        claims=[ctx.claim(item.article.id, m.start(), m.end(), "only this source")],
                        title=f"Only {ctx.outlet(item.article.id)} mentions {name}",
                        explanation=(
                            f"{ctx.outlet(item.article.id)} names {name} "
                            f"({quoted(sent.text, 160)}); no other independent outlet covering "
                            f"{ctx.event_desc(event.id)} mentions it. Unverified, not "
                            "contradicted."
                        ),
                    )
                )
    return out


# Endings that derive another word from a name: plurals, possessives and demonyms.
DERIVED_ENDINGS = frozenset(("s", "es", "'s", "’s", "'", "’", "i", "n", "an", "ian", "ese"))
# A capitalised word with a small letter in it, accented letters included ("Mbappé").
NAME_TOKEN_RE = re.compile(r"(?=[^\W\d_])[^\W\d_a-z][\w'’-]*")


def name_tokens(text: str) -> list[str]:
    return [
        w
        for w in NAME_TOKEN_RE.findall(text)
        if w[0].isupper() and any(c.islower() for c in w) and not any(c.isdigit() for c in w)
    ]


NAME_TYPES = (FactType.PERSON,)


@dataclass
class _Spelling:
    """Where one spelling of a name part stands in an event: the spans of the names it is
    part of, their articles, and the names' other parts."""

    spans: list[tuple[str, int, int]] = field(default_factory=list)
    others: set[str] = field(default_factory=set)
    from_facts: bool = False  # some span is a person fact's, not only a capitalised run
    lone: bool = True  # every span is a lone capitalised word ("killed Vergen and Sanchez")
    surname: bool = False  # the last part of some person fact's name
    # the lower-case noun right after a lone word ("the Pragyan rover", "the Machu river")
    kinds: set[str] = field(default_factory=set)

    @property
    def articles(self) -> set[str]:
        return {aid for aid, _s, _e in self.spans}


@lru_cache(maxsize=1 << 16)
def part_key(word: str) -> str:
    """A name part as spellings are told apart: case and apostrophes folded, a possessive
    dropped ("Roper’s" and "Roper's" are "roper"; "Arabia's" is "arabia", so "Arabian" is its
    derived word, not another spelling), accents dropped ("Mbappé" is "mbappe")."""
    folded = word.casefold().replace("’", "'")
    # an accent dropped is the same spelling ("Mbappé" / "Mbappe")
    folded = "".join(
        ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch)
    )
    return folded.removesuffix("'s").replace("'", "")


def _spellings(event: Event, ctx: Context) -> dict[str, _Spelling]:
    """Every name part (a capitalised word of a person's name) in the event,
    casefolded, with each place it stands and the other parts of the names it stands in."""
    out: dict[str, _Spelling] = {}
    for aid in event.article_ids:
        item = ctx.items.get(aid)
        for fact in item.facts if item is not None else ():
            if fact.type not in NAME_TYPES:
                continue
            parts = name_tokens(fact.text)
            names = {part_key(w) for w in parts}
            for k, word in enumerate(parts):
                if len(word) < NAME_PART_MIN_LETTERS:
                    continue
                sp = out.setdefault(part_key(word), _Spelling())
                sp.spans.append((aid, fact.start, fact.end))
                sp.others |= names - {part_key(word)}
                sp.from_facts = True
                sp.lone = False
                sp.surname = sp.surname or (k == len(parts) - 1 and len(parts) > 1)
        if item is not None:
            _unread_spellings(item, out)
    return out


# Two to four capitalised words in a row: a name the person rule may have left unread
# ("Noelle Shawvar", "Bunny Friend Playground").
# A middle initial may stand inside ("Jacory J. Wesley").
CAPITALISED_RUN_RE = re.compile(r"\b[A-Z][a-z'’]+(?:[ -](?:[A-Z]\.[ ])?[A-Z][a-z'’]+){1,3}\b")


def _unread_spellings(item: ArticleFacts, out: dict[str, _Spelling]) -> None:
    """Name parts of capitalised runs no person fact covers, each with the run's other words
    (at a sentence's start, where any word is capitalised, only when its first word is no
    common or function word); such a part takes part in a pair only when one of its two
    spellings is no word of the lexicon (see ``_loose_pair``)."""
    text = item.article.text
    covered = bytearray(len(text) + 1)
    for f in item.facts:
        if f.type in NAME_TYPES:
            covered[f.start : f.end] = b"\x01" * (f.end - f.start)
    starts = {s.start for s in item.sentences}
    for m in CAPITALISED_RUN_RE.finditer(text):
        if any(covered[m.start() : m.end()]):
            continue
        run, start = m.group(0), m.start()
        first = run.split()[0].split("-")[0]
        if start in starts and first.lower() in STOPWORDS and " " in run:
            # "But Kinsgley Coman ...": a function word opening the sentence, then a name
            start += len(first) + 1
            run = run[len(first) + 1 :]
            first = run.split()[0].split("-")[0]
            if " " not in run:
                continue  # "The Israeli": one word left, which the lone-word rule reads
        elif start in starts and known(first):
            continue  # "Police Chief ..." opens a sentence; "Deonca Kennedy" is read
        parts = name_tokens(run)
        names = {part_key(w) for w in parts}
        for word in parts:
            if len(word) < NAME_PART_MIN_LETTERS:
                continue
            sp = out.setdefault(part_key(word), _Spelling())
            sp.spans.append((item.article.id, start, m.end()))
            sp.others |= names - {part_key(word)}
            sp.lone = False
        covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for f in item.facts:  # a place, a date, an organisation: not a name part
        if f.type not in NAME_TYPES and f.type in LONE_BLOCKING_TYPES:
            covered[f.start : f.end] = b"\x01" * (f.end - f.start)
    for m in LONE_WORD_RE.finditer(text):
        word = m.group(0)
        if any(covered[m.start() : m.end()]) or known(word) or word.lower() in STOPWORDS:
            continue
        if CAPITALS_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "E-Z Mart", "AT&T Park": part of a brand's name
        if (
            SENTENCE_OPENING_RE.search(text, max(0, m.start() - 3), m.start())
            or m.start() in starts
        ):
            continue
        sp = out.setdefault(part_key(word), _Spelling())
        sp.spans.append((item.article.id, m.start(), m.end()))
        kind = KIND_AFTER_RE.match(text, m.end())
        if kind and not known(word) and kind.group(1) not in STOPWORDS and known(kind.group(1)):
            sp.kinds.add(kind.group(1))


# A lower-case noun right after a name, saying what it names ("Pragyan rover").
KIND_AFTER_RE = re.compile(r"[ \t]+([a-z]{3,})\b")
LONE_BLOCKING_TYPES = (FactType.PLACE, FactType.DATE, FactType.ORG, FactType.TIME)
# A capitalised word standing alone mid-sentence ("killed Vergen and Sanchez"): a surname
# the person rule left unread, paired only with a surname a person fact gives (a given name
# near another, "Alyssa" / "Elyssa", is two people as often as one spelt two ways).
# (not a part of a compound: the "Mart" of "Wal-Mart", the "Neal" of "O'Neal")
LONE_WORD_RE = re.compile(r"(?<![\w'’.-])[A-Z][a-z'’]{3,}\b(?![-'’]\w)")
# Capitals joined by hyphens or "&" right before a word: a brand ("E-Z Mart", "AT&T Park").
CAPITALS_BEFORE_RE = re.compile(r"(?<![\w-])[A-Z](?:[-&][A-Z])+[ \t]+$")
SENTENCE_OPENING_RE = re.compile(r"(?:[.!?:\n\"“]\s*)$")


def _kind_keys(words: set[str]) -> set[str]:
    """Kind nouns folded to their singular ("streets", "Street" -> "street")."""
    return {w.casefold().removesuffix("s") for w in words if len(w) > 3}


def _loose_pair(x: str, y: str, sx: _Spelling, sy: _Spelling) -> bool:
    """A pair read only from capitalised runs needs one spelling the lexicon does not know
    ('Shawvar', 'Playgroond'): True when the pair must be skipped."""
    return not (sx.from_facts and sy.from_facts) and known(x) and known(y)


def _variant(x: str, y: str) -> bool:
    """Two spellings of one name part: one letter apart (two in a long name, or when only
    vowels differ), not a plural or possessive of the other, not the other with letters put
    before it, not two names of the same length that share little."""
    short, long_ = sorted((x, y), key=len)
    if long_.startswith(short) and long_[len(short) :] in DERIVED_ENDINGS:
        return False  # "Israel" / "Israeli", "Jensen" / "Jensens": a derived word
    if long_.endswith(short):
        return False  # "D'Asia" / "Asia": letters before a name make another name
    longest = max(len(x), len(y))
    limit = 2 if longest >= NAME_LONG_LETTERS or _skeleton(x) == _skeleton(y) else 1
    return Levenshtein.distance(x, y) <= limit and fuzz.ratio(x, y) >= NAME_VARIANT_MIN_RATIO


def _others_alike(x: str, y: str, a: set[str], b: set[str]) -> bool:
    """Whether the names in which two spellings ``x`` and ``y`` stand are one person's: their
    other parts ``a`` and ``b`` have one in common, or both pairs sound alike ("Maranda
    Dillon" / "Miranda Dillion": one person, both parts misspelt; "Mark Jensen" / "Mary
    Jansen" are two people: "Mark" and "Mary" do not sound alike)."""
    if a & b:
        return True

    def heard_alike(p: str, q: str) -> bool:
        return jellyfish.metaphone(p) == jellyfish.metaphone(q)

    return heard_alike(x, y) and any(
        spelt_alike(p, q) and heard_alike(p, q) for p in a - {y} for q in b - {x}
    )


def sound_alike(x: str, y: str) -> bool:
    """Two surnames heard alike and written two ways ("Dixon" / "Dickson", "Woodruff" /
    "Woodriff"): the same Metaphone key (``jellyfish``), the same first letter, at most
    NAME_SOUND_MAX_EDITS letters apart, neither the other with letters added (a derived
    name). Surnames only: given names sound alike across people ("Michael" / "Michelle")."""
    if x == y or min(len(x), len(y)) < NAME_SOUND_MIN_LETTERS or x[0] != y[0]:
        return False
    short, long_ = sorted((x, y), key=len)
    if long_.startswith(short) or long_.endswith(short):
        return False
    return Levenshtein.distance(x, y) <= NAME_SOUND_MAX_EDITS and jellyfish.metaphone(
        x
    ) == jellyfish.metaphone(y)


_VOWELS_RE = re.compile(r"(?<=.)[aeiouy]+")
_DOUBLE_RE = re.compile(r"(.)\1+")


def spelt_alike(x: str, y: str) -> bool:
    """Whether two words (as ``part_key`` folds them) are one name spelt two ways."""
    return x != y and abs(len(x) - len(y)) <= 2 and _variant(x, y)


def _skeleton(word: str) -> str:
    """A name part's consonants in order, its first letter kept and doubles folded: "Dylan"
    and "Daylen" are both 'dln' (one name heard two ways), "Mark" and "Mary" are not."""
    return _DOUBLE_RE.sub(r"\1", _VOWELS_RE.sub("", word.casefold()))


def judge_name_spelling(event: Event, ctx: Context) -> list[Finding]:
    """One name part spelled two ways in the accounts of one event ("Shawver" / "Shawvar",
    "Zelensky" / "Zelenskyy"): every place the rarer spelling stands, against the usual one.

    Two people are not taken for one: where both spellings stand in full names whose other
    parts differ ("Mark Jensen" / "Mary Jansen"), or both are used often by one article.
    """
    found = _spellings(event, ctx)
    keys = sorted(found)
    out = []
    for i, x in enumerate(keys):
        for y in keys[i + 1 :]:
            sx, sy = found[x], found[y]
            if not (
                (abs(len(x) - len(y)) <= 2 and _variant(x, y))
                or (sx.surname and sy.surname and sound_alike(x, y))
            ):
                continue  # (more than two letters apart in length: never one edit or two)
            if _loose_pair(x, y, sx, sy):
                continue  # two words of the lexicon, read from capitalised runs
            named_alike = (sx.lone and sy.lone and bool(sx.kinds & sy.kinds)) or any(
                lone.lone and not run.lone and bool(_kind_keys(lone.kinds) & _kind_keys(run.others))
                for lone, run in ((sx, sy), (sy, sx))
            )  # "Samson streets" / "Sansom Streets": a lone word and a name of the same kind
            if ((sx.lone and not sy.surname) or (sy.lone and not sx.surname)) and not named_alike:
                continue  # a lone word is a surname told alone: it pairs only with one, or
                # with a lone word naming the same kind of thing ("Pragyaan rover")
            if sx.others and sy.others and not _others_alike(x, y, sx.others, sy.others):
                continue  # "Mark Jensen" / "Mary Jansen": two people
            if any(
                sum(a == aid for a, _s, _e in sx.spans) >= 2
                and sum(a == aid for a, _s, _e in sy.spans) >= 2
                for aid in sx.articles & sy.articles
            ):
                continue  # one article uses both, each several times: two names
            usual, rare = sorted(
                ((sx, x), (sy, y)), key=lambda p: (-len(p[0].articles), -len(p[0].spans), p[1])
            )
            out.append(_spelling_finding(event, ctx, usual, rare))
    return out


# Generational suffixes: a part many names share, no sign of one person.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def _spelling_finding(
    event: Event, ctx: Context, usual: tuple[_Spelling, str], rare: tuple[_Spelling, str]
) -> Finding:
    (su, wu), (sr, wr) = usual, rare
    # the rare spelling's first place in each outlet that uses it, then its further places
    rare_first: dict[str, tuple[str, int, int]] = {}
    for sp in sr.spans:
        rare_first.setdefault(sp[0], sp)
    firsts = list(rare_first.values())[:NAME_CLAIM_ARTICLES]
    extra = [sp for sp in sr.spans if sp not in firsts]
    rare_spans = firsts + extra[: max(0, NAME_CLAIMS_MAX - len(firsts))]
    rare_claims = [ctx.claim(a, s, e) for a, s, e in sorted(rare_spans, key=sr.spans.index)]
    # the usual spelling as each article that uses it writes it (first the articles that
    # never use the rare one), so every outlet's spelling is in the evidence
    elsewhere = [sp for sp in su.spans if sp[0] not in sr.articles] or su.spans
    # and in each article the name that shares another part with the rare spelling's first
    # ("Sarah Griego" against "Sarah Greigo", not the family's "Greg Griego")
    texts = {sp: ctx.items[sp[0]].article.text[sp[1] : sp[2]] for sp in elsewhere}
    shared = sr.others - NAME_SUFFIXES
    elsewhere.sort(key=lambda sp: not {part_key(w) for w in name_tokens(texts[sp])} & shared)
    first: dict[str, tuple[str, int, int]] = {}
    for sp in elsewhere:
        first.setdefault(sp[0], sp)
    usual_claims = [ctx.claim(a, s, e) for a, s, e in list(first.values())[:NAME_CLAIM_ARTICLES]]
    text_u, text_r = usual_claims[0].text, rare_claims[0].text
    by_rare = sorted({ctx.outlet(aid) for aid in sr.articles})
    by_usual = sorted({ctx.outlet(aid) for aid in su.articles})
    return ctx.finding(
        kind="name",
        verdict=Verdict.VARIATION,
        severity=Severity.MEDIUM,
        confidence="name",
        event_ids=(event.id,),
        rule="name-spelling",
        claims=[*usual_claims, *rare_claims],
        title=f"Name spelled two ways: {text_u} / {text_r}",
        explanation=(
            f"{', '.join(by_usual)}: {quoted(text_u)} ({_times(len(su.spans))}); "
            f"{', '.join(by_rare)}: {quoted(text_r)} ({_times(len(sr.spans))}). The name parts "
            f"“{wu}” and “{wr}” are one letter or two apart, in names of the same person "
            f"({', '.join(sorted(su.others | sr.others)) or 'no other name part'}). Check the "
            "spelling against an authoritative source (a transliteration variant is "
            "acceptable, a typo is not)."
        ),
    )
