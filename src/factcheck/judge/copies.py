"""Shared-sentence diff: one sentence told by two outlets with a word changed.

``align.shared`` pairs near-duplicate sentences; here the two are split into words and
aligned (Levenshtein opcodes over words), and each differing stretch is typed:

* a number (digits or number words whose values differ), a clock time, a date word
  (weekday, month, day number), a person's or place's name (a capitalised word, typed by the
  extracted person/place fact under it), a negation (not, never, no, n't added or dropped;
  an un-/in-/dis- prefix; a WordNet antonym), or a word inside quotation marks.

A typed difference in otherwise identical wording is something an editor must check: both
copies cannot be right. It is a ``conflict`` for figures, dates, times, places and negations,
and a ``variation`` for a name spelt two ways or another word inside a quotation. Differences
of case, punctuation, spelling of the same number ("12" / "twelve") and plain word choice
outside quotes are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rapidfuzz.distance import Levenshtein, Opcode

from factcheck.align.ages import age_subject, full_names, is_age, spelling_variant
from factcheck.align.alignments import attributive_noun
from factcheck.align.happenings import clock_days, clocks_round_alike, written_day
from factcheck.align.keys import claim_key, governing_happening
from factcheck.align.shared import (
    ECHO_TYPES,
    in_city,
    in_gazetteer,
    part_of_town,
    state_named,
)
from factcheck.context import is_statement_day
from factcheck.judge.ages import aged_between_reports
from factcheck.judge.common import Context, low_variation, two_sides
from factcheck.judge.figures import numbers_agree
from factcheck.judge.independence import part_key, spelt_alike
from factcheck.judge.values import far_apart
from factcheck.lexicon import are_antonyms, concept, known
from factcheck.models import Alignment, Claim, Fact, FactType, Finding, Severity, Verdict
from factcheck.settings import (
    FIVE_MINUTE_ROUNDING,
    SHARED_SENTENCE_ANCHOR,
    SHARED_SENTENCE_MAX_CHANGES,
    SHARED_SENTENCE_MAX_STRETCH,
    SHARED_SENTENCE_MIN_PROSE,
    TIME_ROUNDING_MINUTES,
)
from factcheck.values import (
    CountValue,
    DateValue,
    DurationValue,
    MoneyValue,
    PercentValue,
    PlaceValue,
    TimeValue,
)
from factcheck.venues import in_dateline, is_origin, is_possessive, is_route_or_zone

# A number with its separators stays one token ("1,200", "2:53", "363-5521", "1/25/2016").
TOKEN_RE = re.compile(r"\d+(?:[.,:/-]\d+)*|[A-Za-z]+(?:['’][A-Za-z]+)*|n['’]t")
CODE_RE = re.compile(r"\d[/-]\d")  # phone numbers, dates in digits, case numbers
# "Image 6 of 9 ...": a photo gallery's counter, page furniture in a caption.
GALLERY_RE = re.compile(r"\s*(?:image|photo|picture|slide)\s+\d+\s+of\s+\d+", re.IGNORECASE)
PROSE_RE = re.compile(r"\b[a-z]{3,}\b")
_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
NUMBER_WORDS = {w: i for i, w in enumerate(_SMALL.split())}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                     "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12})  # fmt: skip
WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday"))  # fmt: skip
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
MONTHS = frozenset(_MONTHS.split())
NEGATIONS = frozenset({"not", "n't", "n’t", "never", "no", "nobody", "nothing", "none"})
NEG_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non")
DETERMINERS = frozenset({"a", "an", "the"})
CLOCK_WORDS = frozenset({"am", "pm", "gmt", "utc"})


def _clock_words(words: list[str]) -> bool:
    """Whether a stretch says it is a clock time: "am", "pm", a zone, or "a.m." / "p.m."
    as tokens ("a", "m"); the article "a" alone is none ("a 12-story building")."""
    return bool(set(words) & CLOCK_WORDS) or any(
        x in ("a", "p") and y == "m" for x, y in pairwise(words)
    )


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.casefold().replace("’", "'")


def tokens(text: str, offset: int) -> list[Tok]:
    """The words and numbers of a sentence; a negative contraction stands as its two words
    ("can't" and "cannot" are "can not", "don't" is "do not"), so that copies that spell it
    differently share the words."""
    out = []
    for m in TOKEN_RE.finditer(text):
        tok = Tok(m.group(0), offset + m.start(), offset + m.end())
        low = tok.low
        if low == "cannot" or (low.endswith("n't") and len(low) > 3):
            base = "can" if low == "cannot" else low[:-3]
            base = NEGATED_STEMS.get(base, base)
            out += [Tok(base, tok.start, tok.end), Tok("not", tok.start, tok.end)]
        else:
            out.append(tok)
    return out


# Stems of negative contractions that are no word by themselves ("won't" is "will not").
NEGATED_STEMS = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}


def _number(toks: list[Tok]) -> float | None:
    """The value of a stretch that is one number ('12', '1,200', 'twelve'), else None."""
    if len(toks) != 1:
        return None
    low = toks[0].low
    if low in NUMBER_WORDS:
        return float(NUMBER_WORDS[low])
    if re.fullmatch(r"\d+(?:,\d{2,3})*(?:\.\d+)?", low):  # "1,200", "7,50,000" (Indian)
        return float(low.replace(",", ""))
    return None


def _figure(toks: list[Tok]) -> float | None:
    """The value of the one number in a stretch ("7.0 magnitude" -> 7.0), else None."""
    numbers = [t for t in toks if t.low[0].isdigit() or t.low in NUMBER_WORDS]
    return _number(numbers) if len(numbers) == 1 else None


def _clock(toks: list[Tok]) -> int | None:
    """Minutes past the hour-count of a clock stretch ('2' -> 120, '2:05' -> 125)."""
    m = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?", toks[0].low) if len(toks) == 1 else None
    return int(m.group(1)) * 60 + int(m.group(2) or 0) if m else None


def _rounded_alike(a: list[Tok], b: list[Tok]) -> bool:
    """'2' and '2:00' are one time; '2' and '2:05' too, one of them rounded to the hour; and
    '11:18' and '11:20', one of them rounded to the nearest five minutes."""
    ca, cb = _clock(a), _clock(b)
    if ca is None or cb is None:
        return False
    gap = abs(ca - cb)
    return (
        ca == cb
        or (gap <= TIME_ROUNDING_MINUTES and (ca % 30 == 0 or cb % 30 == 0))
        or (gap <= FIVE_MINUTE_ROUNDING and (ca % 5 == 0 or cb % 5 == 0))
    )


def _one_figure(toks: list[Tok]) -> bool:
    """One number, with at most lower-case words beside it ('12 people'), not a code."""
    numbers = [t for t in toks if t.low[0].isdigit() or t.low in NUMBER_WORDS]
    if len(numbers) != 1 or CODE_RE.search(numbers[0].text):
        return False
    return all(t in numbers or t.text.islower() for t in toks)


def _is_numeric(toks: list[Tok]) -> bool:
    return any(t.low[0].isdigit() or t.low in NUMBER_WORDS for t in toks)


def _negated(a: str, b: str) -> bool:
    """'fair'/'unfair', 'legal'/'illegal', or a WordNet antonym pair."""
    for x, y in ((a, b), (b, a)):
        for p in NEG_PREFIXES:
            if y == p + x and len(x) >= 3:
                return True
    return are_antonyms(a, b)


def _fact_under(facts: tuple[Fact, ...], toks: list[Tok]) -> Fact | None:
    """The person or place fact under a stretch of words, if any."""
    if not toks:
        return None
    lo, hi = toks[0].start, toks[-1].end
    for f in facts:
        if f.type in (FactType.PERSON, FactType.PLACE) and f.start < hi and f.end > lo:
            return f
    return None


def _different_places(a: Fact | None, b: Fact | None) -> bool:
    """Two place facts that cannot be one place: different countries, or two cities of one
    country. A city and its country or region ('Khartoum' / 'Sudan'), or two names of one
    place ('Ark.' / 'Arkansas', 'UK' / 'United Kingdom'), are not."""
    if a is None or b is None:
        return False
    va, vb = a.value, b.value
    if not isinstance(va, PlaceValue) or not isinstance(vb, PlaceValue):
        return False
    if spelling_variant(a.text.casefold(), b.text.casefold()):
        return False  # one place spelt two ways ("Marrakech" / "Marrakesh"): name-spelling's
    if state_named(a, b) or state_named(b, a) or in_city(a, b) or in_city(b, a):
        return False  # "Rochester" / "western New York", "Allapattah" / "Miami": one holds one
    if "unknown" in (va.kind, vb.kind):  # a name no gazetteer read (align.shared)
        na, nb = va.name.casefold(), vb.name.casefold()
        return na not in nb and nb not in na
    if va.country_code and vb.country_code and va.country_code != vb.country_code:
        return True
    if va.name == vb.name:
        return False
    if va.kind == vb.kind == "region" and va.state and vb.state:
        return va.state != vb.state  # two US states ('Wash.' / 'Washington' are one)
    return va.kind == vb.kind == "city"


def _placed(toks: list[Tok], fact: Fact | None) -> int:
    """How surely a capitalised stretch of a shared sentence names a place: 2 for a place
    fact, 1 for a name the gazetteer knows that the place rule left unread ("Dayton police",
    "a Liberty hospital": a town as a modifier), 0 otherwise."""
    if fact is not None:
        return 2 if fact.type == FactType.PLACE and not _demonym(fact) else 0
    return 1 if in_gazetteer(" ".join(t.text for t in toks)) else 0


def _nested_towns(a: list[Tok], b: list[Tok], read: Fact | None) -> bool:
    """Two town names of which one lies in the other (``values.part_of_town``), in the state
    of the one the place rule read."""
    state = read.value.state if read is not None and isinstance(read.value, PlaceValue) else None
    if not state:
        return False
    na, nb = " ".join(t.text for t in a), " ".join(t.text for t in b)
    return part_of_town(na, nb, state) or part_of_town(nb, na, state)


def _common(toks: list[Tok]) -> bool:
    """A single word of the language ("Police", "Liberty"): two such words are no two towns."""
    return len(toks) == 1 and known(toks[0].low)


def _in_quote(facts: tuple[Fact, ...], toks: list[Tok]) -> bool:
    if not toks:
        return False
    lo, hi = toks[0].start, toks[-1].end
    return any(f.type == FactType.QUOTE and f.start <= lo and hi <= f.end for f in facts)


@dataclass(frozen=True)
class Change:
    kind: str  # finding kind
    what: str  # 'number', 'time', 'date', 'name', 'place', 'place-word', 'negation', 'quote-word'
    a: list[Tok]
    b: list[Tok]


def classify(
    a: list[Tok], b: list[Tok], facts_a: tuple[Fact, ...], facts_b: tuple[Fact, ...]
) -> Change | None:
    """Type one differing stretch (a replaced by b), or None when it does not matter."""
    la, lb = [t.low for t in a], [t.low for t in b]
    if la == lb:
        return None
    # a negation added or dropped, or a word swapped for its opposite
    if set(la) ^ set(lb) and (set(la) ^ set(lb)) <= NEGATIONS:
        return Change("quote" if _in_quote(facts_a, a) or _in_quote(facts_b, b) else "phrasing",
                      "negation", a, b)  # fmt: skip
    ca = [w for w in la if w not in DETERMINERS]
    cb = [w for w in lb if w not in DETERMINERS]
    if len(ca) == 1 and len(cb) == 1 and _negated(ca[0], cb[0]):
        return Change("quote" if _in_quote(facts_a, a) or _in_quote(facts_b, b) else "phrasing",
                      "opposite", a, b)  # fmt: skip
    if not a or not b:
        return None  # a word added or dropped: wording, not a different value
    ja, jb = "".join(la), "".join(lb)
    if ja == jb or (min(len(ja), len(jb)) >= 2 and (ja.startswith(jb) or jb.startswith(ja))):
        return None  # 'data centers' / 'datacenters', 'Ark' / 'Arkansas': one word written twice
    if _is_numeric(a) and _is_numeric(b):
        if not _one_figure(a) or not _one_figure(b):
            return None  # a phone number, a date in digits, a name with an age: not one value
        va, vb = _figure(a), _figure(b)
        if va is not None and va == vb:
            return None  # '12' and 'twelve'; "7.0 magnitude" and "magnitude 7": one figure
        clock = any(":" in t.low for t in a + b) or _clock_words(la) or _clock_words(lb)
        if clock and _rounded_alike(a, b):
            return None
        return Change("time" if clock else "quantity", "time" if clock else "number", a, b)
    if set(la) & (WEEKDAYS | MONTHS) and set(lb) & (WEEKDAYS | MONTHS):
        return Change("date", "date", a, b)
    caps = all(t.text[0].isupper() for t in a + b)
    if caps:
        fa, fb = _fact_under(facts_a, a), _fact_under(facts_b, b)
        types = {f.type for f in (fa, fb) if f is not None}
        if FactType.PLACE in types and fa is not None and fb is not None:
            return Change("place", "place", a, b) if _different_places(fa, fb) else None
        if fa is not None and fb is not None and fa.type == fb.type == FactType.PERSON:
            if len(a) > 1 and len(b) > 1 and not set(la) & set(lb):
                return None  # a whole other name: another person (a photo credit, a byline)
            return Change("name", "name", a, b)
        pa, pb = _placed(a, fa), _placed(b, fb)
        if pa and pb and (max(pa, pb) == 2 or not (_common(a) and _common(b))):
            if _nested_towns(a, b, fa or fb):
                return None  # "Allapattah" / "Miami": a part of the city and the city
            return Change("place", "place-word", a, b)
        if types:
            return None
    if _in_quote(facts_a, a) and _in_quote(facts_b, b):
        return Change("quote", "quote-word", a, b)
    return None


def _anchored(ops: list[Opcode], k: int) -> bool:
    """A short differing stretch with the same words on both sides of it (at least
    SHARED_SENTENCE_ANCHOR, or the sentence's edge): the words around it fix what it is
    about, so a different value there is another account of the same thing."""
    op = ops[k]
    if max(op.src_end - op.src_start, op.dest_end - op.dest_start) > SHARED_SENTENCE_MAX_STRETCH:
        return False
    for j in (k - 1, k + 1):
        if not 0 <= j < len(ops):
            continue  # the sentence's edge
        side = ops[j]
        edge = j in (0, len(ops) - 1)
        if side.tag != "equal" or (
            side.src_end - side.src_start < SHARED_SENTENCE_ANCHOR and not edge
        ):
            return False
    return True


def changes(al: Alignment, ctx: Context) -> list[Change]:
    """Typed differences between the two sentences of a 'copy:' alignment."""
    fa, fb = al.facts
    if (
        min(len(PROSE_RE.findall(fa.text)), len(PROSE_RE.findall(fb.text)))
        < SHARED_SENTENCE_MIN_PROSE
    ):
        return []  # a stamp, a credit or a caption line, not a sentence of the story
    ta, tb = tokens(fa.text, fa.start), tokens(fb.text, fb.start)
    every = list(Levenshtein.opcodes([t.low for t in ta], [t.low for t in tb]))
    ops = [op for op in every if op.tag != "equal"]
    # words one copy adds at either end (a lead-in sentence, "said Shah") change no word the
    # two copies share: only the stretches of change inside ("Ghulam Nabi" / "GN", a replace
    # and a delete, is one) count against SHARED_SENTENCE_MAX_CHANGES
    inside = sum(
        1
        for k in range(1, len(every) - 1)
        if every[k].tag != "equal" and every[k - 1].tag == "equal"
    )
    if not ops or inside > SHARED_SENTENCE_MAX_CHANGES:
        return []
    ops = [op for k, op in enumerate(every) if op.tag != "equal" and _anchored(every, k)]
    facts_a = ctx.items[fa.article_id].facts
    facts_b = ctx.items[fb.article_id].facts
    out = []
    for op in ops:
        a = ta[op.src_start : op.src_end]
        b = tb[op.dest_start : op.dest_end]
        ch = classify(a, b, facts_a, facts_b)
        if ch is not None:
            out.append(ch)
    return out


def _ages_grown(ctx: Context, fa: Fact, fb: Fact, ta: list[Tok], tb: list[Tok]) -> bool:
    """Whether two differing stretches are ages the reports' dates explain ("Melendrez, 21,"
    in March 2013, "Melendrez, 23," in December 2014)."""

    def age_at(fact: Fact, toks: list[Tok]) -> Fact | None:
        if not toks:
            return None
        lo, hi = toks[0].start, toks[-1].end
        return next(
            (
                f
                for f in ctx.items[fact.article_id].facts
                if is_age(f) and f.start <= lo and hi <= f.end
            ),
            None,
        )

    a, b = age_at(fa, ta), age_at(fb, tb)
    return a is not None and b is not None and aged_between_reports((a, b), ctx)


def _facts_over(ctx: Context, stmt: Fact, toks: list[Tok]) -> list[Fact]:
    """The facts of ``stmt``'s article that overlap a stretch of its words."""
    if not toks:
        return []
    lo, hi = toks[0].start, toks[-1].end
    return [f for f in ctx.items[stmt.article_id].facts if f.start < hi and f.end > lo]


def _statement_day(ctx: Context, stmt: Fact, toks: list[Tok]) -> bool:
    """Whether a differing date stretch is the day a statement was made ("police said
    Monday"): a copy updated the next day says "said Tuesday", and both are true."""
    item = ctx.items[stmt.article_id]
    return any(
        f.type == FactType.DATE and is_statement_day(item, f) for f in _facts_over(ctx, stmt, toks)
    )


def _publication_days(ctx: Context, fa: Fact, fb: Fact) -> tuple[str, str] | None:
    """The two copies' publication days when both are known and differ, else None."""
    pa = ctx.items[fa.article_id].article.published
    pb = ctx.items[fb.article_id].article.published
    if not pa or not pb or pa[:10] == pb[:10]:
        return None
    return pa[:10], pb[:10]


def _retold(ctx: Context, fa: Fact, fb: Fact, ch: Change) -> bool:
    """A statement's day in two copies published on different days: the later copy tells
    what was said on its own day, so both days can be right."""
    if _publication_days(ctx, fa, fb) is None:
        return False
    return _statement_day(ctx, fa, ch.a) or _statement_day(ctx, fb, ch.b)


def _age_under(ctx: Context, stmt: Fact, toks: list[Tok]) -> bool:
    return any(is_age(f) for f in _facts_over(ctx, stmt, toks))


def _written(toks: list[Tok]) -> str:
    """A differing stretch as the text has it, for titles ("(nothing)" for a dropped word)."""
    return " ".join(t.text for t in toks) or "(nothing)"


def _claim(ctx: Context, fact: Fact, toks: list[Tok]) -> Claim:
    """The differing words, or (for a dropped word) the whole sentence."""
    lo, hi = (toks[0].start, toks[-1].end) if toks else (fact.start, fact.end)
    return ctx.claim(fact.article_id, lo, hi)


WHAT_WORDS = {
    "number": "a figure",
    "time": "a clock time",
    "date": "a date",
    "name": "a name",
    "place": "a place",
    "place-word": "a place",
    "negation": "a negation",
    "opposite": "a word for its opposite",
    "quote-word": "a word inside the quotation",
}


# A capitalised word inside a sentence: a name, when the lexicon does not know it.
PROPER_WORD_RE = re.compile(r"(?<![\w'’.-])[A-Z][a-z'’]{3,}(?![\w'’-])")
WORD_FOLD_RE = re.compile(r"[^\W\d_]+")


def _proper_words(ctx: Context, stmt: Fact) -> list[tuple[int, int, str]]:
    """(start, end, folded) of the capitalised words of a sentence that no sentence opens,
    that are no word of the lexicon and stand in no person's name (name-spelling's), date or
    time."""
    text = ctx.items[stmt.article_id].article.text
    people = [  # a person's name is name-spelling's; a day or a month no name
        (f.start, f.end)
        for f in ctx.sentence_facts(stmt.article_id, stmt.sentence)
        if f.type in (FactType.PERSON, FactType.DATE, FactType.TIME)
    ]
    out = []
    for m in PROPER_WORD_RE.finditer(text, stmt.start, stmt.end):
        if m.start() == stmt.start or text[max(0, m.start() - 2) : m.start()].strip() in (
            ".",
            "“",
            '"',
            ":",
        ):
            continue  # any word opens a sentence or a quotation capitalised
        word = part_key(m.group(0))
        if known(word) or any(s <= m.start() < e for s, e in people):
            continue
        out.append((m.start(), m.end(), word))
    return out


def _article_words(ctx: Context, article_id: str) -> frozenset[str]:
    return _words_of(ctx.items[article_id].article.text)


@lru_cache(maxsize=4096)
def _words_of(text: str) -> frozenset[str]:
    """An article's words as name parts, once per text (a text's hash is kept by Python)."""
    return frozenset(part_key(w) for w in WORD_FOLD_RE.findall(text))


def spelling_pairs(al: Alignment, ctx: Context, rule: str, how: str) -> list[Finding]:
    """Names spelt two ways in one statement that two accounts tell ("between the islands of
    Ukara and Bugolora" / "... of Ukora and Bugolora"): a capitalised word the lexicon does not
    know, one edit or so from a word of the other sentence, one account at least writing the
    other's spelling nowhere. A variation (a place or a ship's name as often as a person's);
    two names the gazetteer knows are a place's accepted spellings ("Marrakech" /
    "Marrakesh")."""
    sa, sb = al.facts
    if sa.article_id == sb.article_id:
        return []
    wa, wb = _proper_words(ctx, sa), _proper_words(ctx, sb)
    if not wa or not wb:
        return []
    in_a, in_b = _article_words(ctx, sa.article_id), _article_words(ctx, sb.article_id)
    pairs = [
        (x, y)
        for x in wa
        for y in wb
        if (x[2] not in in_b or y[2] not in in_a)
        and spelt_alike(x[2], y[2])
        and not (in_gazetteer(x[2].title()) and in_gazetteer(y[2].title()))
    ]
    out = []
    for x, y in pairs:
        if sum(p[0] == x for p in pairs) > 1 or sum(p[1] == y for p in pairs) > 1:
            continue  # one spelling near two others: no telling which is meant
        ca, cb = ctx.claim(sa.article_id, x[0], x[1]), ctx.claim(sb.article_id, y[0], y[1])
        la, lb = ctx.outlet(sa.article_id), ctx.outlet(sb.article_id)
        out.append(
            ctx.finding(
                kind="name",
                verdict=Verdict.VARIATION,
                severity=Severity.MEDIUM,
                event_ids=al.event_ids,
                title=f"Same statement, a name spelt two ways: “{ca.text}” vs “{cb.text}”",
                explanation=(
                    f"{la} and {lb} {how}, {la} writing “{ca.text}”, {lb} “{cb.text}”: one "
                    "name spelt two ways. Check the spelling against the sources before "
                    "repeating either."
                ),
                rule=rule,
                claims=[ca, cb],
            )
        )
    return out


def judge_copies(al: Alignment, ctx: Context) -> list[Finding]:
    """One finding per typed difference between two copies of one sentence, and the names it
    spells two ways (``spelling_pairs``)."""
    fa, fb = al.facts
    la, lb = ctx.outlet(fa.article_id), ctx.outlet(fb.article_id)
    out = []
    for ch in changes(al, ctx):
        if ch.what == "number" and _ages_grown(ctx, fa, fb, ch.a, ch.b):
            continue  # one person's age told again a year or more later
        if ch.what == "date" and _retold(ctx, fa, fb, ch):
            continue  # "police said Monday" / "... said Tuesday" a day later: both true
        ca = _claim(ctx, fa, ch.a)
        cb = _claim(ctx, fb, ch.b)
        sa, sb = _written(ch.a), _written(ch.b)
        spelling = (
            ch.what == "name"
            and len(ch.a) == len(ch.b) == 1
            and (Levenshtein.normalized_similarity(ch.a[0].low, ch.b[0].low) >= 0.6)
        )
        days = _publication_days(ctx, fa, fb)
        # a figure or a negation in copies of different days: the time of the claim differs
        # (a toll that rose between an early and a later report); a person's age does not
        # grow in days, and a quotation's words do not change
        # (and "no arrests have been made" / "arrests have been made": a state that changed)
        update = days is not None and (
            (ch.what == "number" and not _age_under(ctx, fa, ch.a))
            or (ch.what == "negation" and ch.kind == "phrasing")
        )
        # a town the place rule left unread on one side is a town by the gazetteer only
        soft = spelling or update or ch.what in ("quote-word", "place-word")
        verdict = Verdict.VARIATION if soft else Verdict.CONFLICT
        severity = Severity.MEDIUM if soft or ch.what == "name" else Severity.HIGH
        what = "a name spelt two ways" if spelling else WHAT_WORDS[ch.what]
        if update and days is not None:
            explanation = (
                f"{la} and {lb} carry the same sentence (similarity {al.score:.0f}/100) but "
                f"differ in {what}: “{sa}” against “{sb}”. The copies are of different days "
                f"({days[0]}, {days[1]}), so the later one may tell what changed since (a "
                "toll that rose, an arrest made) rather than an error. Check which is current."
            )
        else:
            explanation = (
                f"{la} and {lb} carry the same sentence (similarity {al.score:.0f}/100) but "
                f"differ in {what}: “{sa}” against “{sb}”. Subject, attribute and time are "
                "those of the shared sentence, so both cannot be right; if one copy is a later "
                "version, the other may be out of date. Check which the sources support."
            )
        out.append(
            ctx.finding(
                kind=ch.kind,
                verdict=verdict,
                severity=severity,
                event_ids=al.event_ids,
                title=f"Same sentence, {what}: “{sa}” vs “{sb}”",
                explanation=explanation,
                rule="shared-sentence-diff",
                claims=[ca, cb],
            )
        )
    named = {(c.article_id, c.start) for f in out if f.kind == "name" for c in f.claims}
    how = f"carry the same sentence (similarity {al.score:.0f}/100)"
    for f in spelling_pairs(al, ctx, "shared-sentence-diff", how):
        if not {(c.article_id, c.start) for c in f.claims} & named:
            out.append(f)
    return out


def judge_repeated(al: Alignment, ctx: Context) -> list[Finding]:
    """One sentence an article carries twice with one typed word changed: a variation (one
    copy may be an update written over the other), and only when that word is the whole
    difference."""
    fa, fb = al.facts
    found = changes(al, ctx)
    if len(found) != 1 or _edits(fa.text, fb.text) != 1:
        return []
    ch = found[0]
    outlet = ctx.outlet(fa.article_id)
    sa, sb = _written(ch.a), _written(ch.b)
    what = WHAT_WORDS[ch.what]
    return [
        ctx.finding(
            kind=ch.kind,
            verdict=Verdict.VARIATION,
            severity=Severity.MEDIUM,
            event_ids=al.event_ids,
            title=f"One article, the same sentence twice, {what}: “{sa}” vs “{sb}”",
            explanation=(
                f"{outlet} carries the same sentence twice (similarity {al.score:.0f}/100), "
                f"once with “{sa}” and once with “{sb}”: the article contradicts itself. If "
                "one copy is an update, the other was left behind; check which the sources "
                "support."
            ),
            rule="repeated-sentence-diff",
            claims=[_claim(ctx, fa, ch.a), _claim(ctx, fb, ch.b)],
        )
    ]


def _edits(a: str, b: str) -> int:
    """How many stretches of words two sentences differ in."""
    ta, tb = [t.low for t in tokens(a, 0)], [t.low for t in tokens(b, 0)]
    return sum(op.tag != "equal" for op in Levenshtein.opcodes(ta, tb))


def drop_covered_copies(found: list[Finding]) -> list[Finding]:
    """Leave out a shared- or aligned-sentence difference that another rule already flags on
    the same words in both articles with at least the same verdict (a figure slot's conflict
    says more about the figure; a variation does not cover a conflict)."""
    rank = {Verdict.CONFLICT: 2, Verdict.VARIATION: 1}
    own = ("shared-sentence-diff", "aligned-sentence-diff", "happening-day-differs")
    flagged = [f for f in found if f.rule not in own and f.verdict in rank]
    # the flagged claims and findings of each article, so each test reads one article's
    spans: dict[str, list[tuple[int, int, int]]] = {}
    by_article: dict[str, list[tuple[int, set[str]]]] = {}
    for g in flagged:
        texts = {c.text for c in g.claims}
        for c in g.claims:
            spans.setdefault(c.article_id, []).append((rank[g.verdict], c.start, c.end))
        for aid in {c.article_id for c in g.claims}:
            by_article.setdefault(aid, []).append((rank[g.verdict], texts))

    def covered(claim: Claim, verdict: Verdict) -> bool:
        return any(
            r >= rank[verdict] and start < claim.end and claim.start < end
            for r, start, end in spans.get(claim.article_id, ())
        )

    def told(f: Finding) -> bool:
        """Every claim's words stand in one flagged finding that shares an article with it
        (a wire copy's figure flagged in its twin)."""
        words = {c.text for c in f.claims}
        return any(
            r >= rank[f.verdict] and words <= texts
            for aid in {c.article_id for c in f.claims}
            for r, texts in by_article.get(aid, ())
        )

    return [
        f for f in found
        if f.rule not in own or not (all(covered(c, f.verdict) for c in f.claims) or told(f))
    ]  # fmt: skip


# --------------------------------------------------------------------------- echoes
ECHO_KIND = {FactType.COUNT: "quantity", FactType.PLACE: "place", FactType.DATE: "date",
             FactType.TIME: "time", FactType.MONEY: "money", FactType.PERCENT: "percent",
             FactType.DURATION: "duration"}  # fmt: skip


def _echo_value(fact: Fact) -> object:
    """What a fact says, for telling one account's value from another's (None: not comparable)."""
    v = fact.value
    if isinstance(v, PlaceValue):
        return v.state if v.kind == "region" and v.state else v.name.casefold()
    if isinstance(v, CountValue):
        return None if v.value is None else (v.noun, v.value)
    if isinstance(v, DateValue):
        if v.relative:
            return ("weekday", v.weekday) if v.weekday else None
        return v.start if v.granularity == "day" else None
    if isinstance(v, TimeValue):
        return v.local
    if isinstance(v, MoneyValue):
        return (v.currency, v.amount)
    if isinstance(v, PercentValue):
        return v.value
    if isinstance(v, DurationValue):
        return v.minutes
    return None


def _comparable(a: Fact, b: Fact) -> bool:
    """Two values of one type that could fill one slot (a count of the same thing, two dates
    written the same way, two places that cannot be one)."""
    va, vb = a.value, b.value
    if isinstance(va, CountValue) and isinstance(vb, CountValue):
        # "three dead" / "four injured": the dead and the injured are two counts
        apart = va.casualty and vb.casualty and va.casualty != vb.casualty
        return va.noun == vb.noun and not apart
    if isinstance(va, DateValue) and isinstance(vb, DateValue):
        return va.relative == vb.relative
    if isinstance(va, TimeValue) and isinstance(vb, TimeValue):
        return not clocks_round_alike(va.local, vb.local)
    if a.type == FactType.PLACE:
        return not (_demonym(a) or _demonym(b)) and _different_places(a, b)
    return True


def _someones_home(ctx: Context, a: Fact, b: Fact) -> bool:
    """One of two places is a person's home town ("Gregory Hall, 58, of Centerville") and the
    other is not: a home is not the other account's venue, whatever words the two sentences
    share (two homes, "Swift, 31, of Jackson" / "Swift, 31, of Biloxi", still compare)."""

    def home(f: Fact) -> bool:
        text = ctx.items[f.article_id].article.text
        return f.type == FactType.PLACE and (
            f.rule == "place-home"
            or HOME_BEFORE_RE.search(text, max(0, f.start - 24), f.start) is not None
        )

    return home(a) != home(b)


def _roles_apart(ctx: Context, a: Fact, b: Fact) -> bool:
    """Whether two values of a statement told twice (or of one anchor) stand in roles that
    are not one value told two ways: a home against a venue, a dateline's town, a
    statement's day against an event's, a possessive town, a route's end against a place of
    another role, a day something had happened by against a plain day."""
    return (
        _someones_home(ctx, a, b)
        or _in_dateline(ctx, a)
        or _in_dateline(ctx, b)
        or _told_on(ctx, a) != _told_on(ctx, b)
        or _possessive_place(ctx, a, b)
        or _route_ends_apart(ctx, a, b)
        or _bound_days_apart(ctx, a, b)
    )


def _possessive_place(ctx: Context, a: Fact, b: Fact) -> bool:
    """One of two places is written possessive ("Detroit's east side", "Miami's Allapattah
    neighborhood", "in Jackson's death"): a whole the other may lie in, or a name, not a
    second venue of one statement."""
    return any(
        f.type == FactType.PLACE and is_possessive(ctx.items[f.article_id].article.text, f.end)
        for f in (a, b)
    )


# "according to Phoenix police": a source named after "to", not a route's end.
ACCORDING_TO_RE = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)


def _route_ends_apart(ctx: Context, a: Fact, b: Fact) -> bool:
    """One of two places is a route's end ("flew in from Omaha", "flew to Fort Lauderdale":
    ``venues.is_route_or_zone``) and the other is not: two roles, not one place told two
    ways (two destinations, "headed to Nashville" / "flying to Knoxville", still compare; a
    destination and where it came from, "flown in from Nashville", do not)."""

    def route(f: Fact) -> tuple[bool, bool]:
        text = ctx.items[f.article_id].article.text
        source = ACCORDING_TO_RE.search(text, max(0, f.start - 16), f.start)
        end = f.type == FactType.PLACE and not source and is_route_or_zone(text, f.start, f.end)
        return end, end and is_origin(text, f.start)  # where it came from, not went to

    return route(a) != route(b)


def _bound_days_apart(ctx: Context, a: Fact, b: Fact) -> bool:
    """One of two days is a bound ("had scorched 12,200 acres by Tuesday": the state on a
    day, not the day of a happening) and the other is not ("started Sunday afternoon")."""

    def bound(f: Fact) -> bool:
        text = ctx.items[f.article_id].article.text
        by = BY_BEFORE_RE.search(text, max(0, f.start - 12), f.start)
        return f.type == FactType.DATE and by is not None

    return bound(a) != bound(b)


# "by Tuesday", "by late Monday": a day something had happened by.
BY_BEFORE_RE = re.compile(r"\b(?:by|until|till)\s+(?:(?:late|early|mid)\s+)?$", re.IGNORECASE)


def _told_on(ctx: Context, fact: Fact) -> bool:
    """Whether a date is the day a statement was made ("police said Monday that ...":
    ``context.is_statement_day``), not a day of what the statement tells: it is compared
    only with another statement's day."""
    return fact.type == FactType.DATE and is_statement_day(ctx.items[fact.article_id], fact)


def _in_dateline(ctx: Context, fact: Fact) -> bool:
    """Whether a value stands in its article's dateline ("LIMA (Reuters) -"): where the
    story was filed, no value of the statement that follows. The state a dateline puts its
    town in ("EVERETT, Wash." / "EVERETT, Ore.") stays comparable."""
    region = isinstance(fact.value, PlaceValue) and fact.value.kind == "region"
    return not region and in_dateline(ctx.items[fact.article_id].article, fact)


# ", 58, of " right before a town: the home of the person just named.
HOME_BEFORE_RE = re.compile(r",\s*\d{1,3},\s*(?:both\s+|all\s+)?of\s+$")


def _two_people(ctx: Context, a: Fact, b: Fact) -> bool:
    """Two ages given by name to two people whose names share no part ("Celestine, 17," /
    "Offray, 22,"): one sentence about two suspects, not one person's age told two ways."""
    if not (is_age(a) and is_age(b)):
        return False
    ia, ib = ctx.items[a.article_id], ctx.items[b.article_id]
    (sa, na), (sb, nb) = age_subject(ia, a, full_names(ia)), age_subject(ib, b, full_names(ib))
    if not (na and nb) or sa == sb:
        return False
    # one person's name spelt two ways ("Cormier" / "Cormeir") or written short ("Edgar
    # Sanchez Rios" / "Edgar Sanchez") shares a part; two people's names share none
    pa, pb = sa.removeprefix("person:").split(), sb.removeprefix("person:").split()
    return not any(x == y or spelling_variant(x, y) for x in pa for y in pb)


def _qualify_two_things(ctx: Context, a: Fact, b: Fact) -> bool:
    """Two lengths written as modifiers of different nouns: "a 19-year veteran" / "a 12-year
    sentence" measure two things."""
    if a.type != FactType.DURATION:
        return False
    na = attributive_noun(ctx.items[a.article_id].article.text, a)
    nb = attributive_noun(ctx.items[b.article_id].article.text, b)
    return bool(na and nb) and concept(na or "") != concept(nb or "")


def _demonym(fact: Fact) -> bool:
    """'Israeli', 'Syrian': a people's name read as its place, not a place named."""
    if fact.rule == "place-demonym":  # read through the demonym table ("French")
        return True
    v = fact.value
    name = v.name.casefold() if isinstance(v, PlaceValue) else ""
    text = fact.text.casefold()
    return text != name and text.endswith(("i", "ian", "an", "ese", "ish"))


def _sentence_facts(ctx: Context, stmt: Fact) -> list[Fact]:
    return [
        f
        for f in ctx.sentence_facts(stmt.article_id, stmt.sentence)
        if f.type in ECHO_TYPES and stmt.start <= f.start and f.end <= stmt.end
    ]


def judge_echo(al: Alignment, ctx: Context) -> list[Finding]:
    """One statement told in other words by two accounts, with one value of a type changed:
    "moved from Lebanon to join him" / "had moved from Nigeria to join her husband". Only a
    value that one of the accounts names nowhere counts, and only one per type on each side, so
    a list of places or a second victim's age is not taken for a disagreement. A variation:
    the statement's words, not its grammar, tie the two values together."""
    sa, sb = al.facts
    fa, fb = _sentence_facts(ctx, sa), _sentence_facts(ctx, sb)
    whole_a = {_echo_value(f) for f in ctx.items[sa.article_id].facts if f.type in ECHO_TYPES}
    whole_b = {_echo_value(f) for f in ctx.items[sb.article_id].facts if f.type in ECHO_TYPES}
    out = []
    for ftype in ECHO_TYPES:
        in_a = {_echo_value(f) for f in fa if f.type == ftype}
        in_b = {_echo_value(f) for f in fb if f.type == ftype}
        only_a = [f for f in fa if f.type == ftype and _echo_value(f) not in in_b]
        only_b = [f for f in fb if f.type == ftype and _echo_value(f) not in in_a]
        if len(only_a) != 1 or len(only_b) != 1:
            continue
        a, b = only_a[0], only_b[0]
        va, vb = _echo_value(a), _echo_value(b)
        if None in (va, vb) or not _comparable(a, b) or _two_people(ctx, a, b):
            continue
        if _roles_apart(ctx, a, b):
            continue  # a home and a venue, a statement's day and an event's ...
        if is_age(a) and is_age(b) and aged_between_reports((a, b), ctx):
            continue  # one person's age told a year or more apart
        if _qualify_two_things(ctx, a, b):
            continue
        if far_apart(a, b):
            continue  # "40 dead" / "over 500 people" in two tellings: two measures
        if _bound_met(a, b):
            continue  # "more than $40 million" / "$43 million": the figure meets the bound
        if va in whole_b and vb in whole_a:
            continue  # each account names both values somewhere: two things, not one
        if a.type != FactType.PLACE and (
            _written_in(b.text, sa.text) or _written_in(a.text, sb.text)
        ):
            continue  # "a 2-year-old boy and a 26-year-old man": the other's value is here too
        how = f"tell the same statement in other words (similarity {al.score:.0f}/100)"
        out.append(_value_pair(ctx, al, a, b, how))
    return out


def _written_in(value: str, sentence: str) -> bool:
    """Whether a value's words stand whole in a sentence ("2-year-old" in "a 2-year-old boy
    and a 26-year-old man"; not "12" in "120"). Not asked of places: a town's name stands in
    other roles in its own sentence ("Dallas Police investigate a shooting in Dallas")."""
    return re.search(rf"(?<![\w-]){re.escape(value)}(?![\w-])", sentence) is not None


def _bound_met(a: Fact, b: Fact) -> bool:
    """Two figures, one of them a hedged bound ("more than $40 million", "at least 12") that
    the other meets, each way round (``figures.numbers_agree``): one statement, not two."""
    numeric = (CountValue, MoneyValue, PercentValue, DurationValue)
    if not (isinstance(a.value, numeric) and isinstance(b.value, numeric)):
        return False
    hedged = a.value.hedge or b.value.hedge
    return bool(hedged) and numbers_agree(a, b) and numbers_agree(b, a)


def judge_spelling(al: Alignment, ctx: Context) -> list[Finding]:
    """A name spelt two ways in one statement two accounts tell in other words."""
    how = f"tell the same statement in other words (similarity {al.score:.0f}/100)"
    return spelling_pairs(al, ctx, "statement-name-spelling", how)


def _value_pair(ctx: Context, al: Alignment, a: Fact, b: Fact, how: str) -> Finding:
    la, lb = ctx.outlet(a.article_id), ctx.outlet(b.article_id)
    kind = ECHO_KIND[a.type]
    return ctx.finding(
        kind=kind,
        verdict=Verdict.VARIATION,
        severity=Severity.LOW,
        event_ids=al.event_ids,
        title=f"Same statement, another {kind}: “{a.text}” vs “{b.text}”",
        explanation=(
            f"{la} and {lb} {how}, {la} with “{a.text}”, {lb} with “{b.text}”; one of them "
            "names the other's value nowhere. The subject and attribute are those of the "
            "words around the values, but the wording differs, so this is shown as a "
            "variation: check which value the sources support."
        ),
        rule="aligned-sentence-diff",
        claims=[ctx.fact_claim(a), ctx.fact_claim(b)],
    )


def judge_anchor(al: Alignment, ctx: Context) -> list[Finding]:
    """Two values of one type with the same words on one side ("a little girl in Yonkers" /
    "a little girl in Cheektowaga"), in two accounts: a variation when they differ and one
    account names the other's value nowhere."""
    a, b = al.facts
    va, vb = _echo_value(a), _echo_value(b)
    if None in (va, vb) or va == vb or not _comparable(a, b) or _two_people(ctx, a, b):
        return []
    if _roles_apart(ctx, a, b):
        return []
    if _bound_met(a, b):
        return []  # "More than 250 homes" / "About 300 homes": the figure meets the bound
    if is_age(a) and is_age(b) and aged_between_reports((a, b), ctx):
        return []  # one person's age told a year or more apart
    whole_a = {_echo_value(f) for f in ctx.items[a.article_id].facts if f.type == a.type}
    whole_b = {_echo_value(f) for f in ctx.items[b.article_id].facts if f.type == b.type}
    text_a, text_b = ctx.items[a.article_id].article.text, ctx.items[b.article_id].article.text
    if (va in whole_b or a.text in text_b) and (vb in whole_a or b.text in text_a):
        return []
    if a.type != FactType.PLACE and (
        _written_in(b.text, _sentence_of(ctx, a)) or _written_in(a.text, _sentence_of(ctx, b))
    ):
        return []  # "a 2-year-old boy and a 26-year-old man": the other's value is here too
    return [_value_pair(ctx, al, a, b, "put different values in the same words")]


def _sentence_of(ctx: Context, f: Fact) -> str:
    """The text of the sentence holding a fact."""
    item = ctx.items[f.article_id]
    s = next((s for s in item.sentences if s.index == f.sentence), None)
    return item.article.text[s.start : s.end] if s else ""


def judge_when(al: Alignment, ctx: Context) -> list[Finding]:
    """One happening dated on two different days, as written ("arraigned Tuesday" /
    "arraigned Wednesday"): a variation, unless each account also gives the other's day."""
    if al.slot.startswith("when:odd:"):
        return _odd_day(al, ctx)
    if al.slot.startswith("when:clock:"):
        return _clock_day(al, ctx)
    if al.slot.startswith("when:meridiem:"):
        return _meridiem(al, ctx)
    if al.slot.startswith("when:time:"):
        return _happening_time(al, ctx)
    if al.slot.startswith("when:part:"):
        return _day_part(al, ctx)
    a, b = al.facts
    da, db = written_day(a), written_day(b)
    days_a = {written_day(f) for f in ctx.items[a.article_id].facts if f.type == FactType.DATE}
    days_b = {written_day(f) for f in ctx.items[b.article_id].facts if f.type == FactType.DATE}
    if da in days_b and db in days_a:
        return []
    la, lb = ctx.outlet(a.article_id), ctx.outlet(b.article_id)
    key = claim_key(ctx.items[a.article_id], a)
    return _day_finding(
        al,
        ctx,
        f"Same happening, another day: “{a.text}” vs “{b.text}”",
        f"{la} dates it “{a.text}” and {lb} “{b.text}”, beside the same words "
        f"({', '.join(key.words[:3])}): as written, they name different days for what "
        "looks like one happening. Shown as a variation, since two happenings can share "
        "those words: check which day the sources support.",
    )


def _day_finding(
    al: Alignment, ctx: Context, title: str, explanation: str, rule: str = "happening-day-differs"
) -> list[Finding]:
    return low_variation(al, ctx, kind="date", rule=rule, title=title, explanation=explanation)


def _clock_day(al: Alignment, ctx: Context) -> list[Finding]:
    """One clock time written on two days ("11:07 a.m. Sunday" / "11:07 a.m. Monday"), by
    one or more accounts each."""
    side_a, side_b = two_sides(al.facts, written_day)
    ta, tb = (_clock_beside(side[0], ctx) for side in (side_a, side_b))
    return _day_finding(
        al,
        ctx,
        f"Same clock time, another day: “{ta}” vs “{tb}”",
        f"{ctx.outlets(side_a)} {'write' if len(side_a) > 1 else 'writes'} “{ta}” and "
        f"{ctx.outlets(side_b)} “{tb}”: the same time of day on different days. A time to "
        "the minute names one moment, so one of the days is likely a slip (or one account "
        "counts from the night before): check which day the sources support.",
        rule="clock-day-differs",
    )


def _happening_time(al: Alignment, ctx: Context) -> list[Finding]:
    """One happening given two clock times by two accounts or more (``align.happenings``)."""

    def told(a: Fact) -> tuple[str, str]:
        what = sorted(governing_happening(ctx.items[a.article_id], a, written=True))
        said = f"“{what[0]}”" if what else "the same happening"
        return (
            f" for {said}, and neither gives the other's time: more apart than rounding "
            "explains. Check which time the sources support, or whether they time two moments "
            f"(a call, an arrival). Matched on subject the event, attribute time of {said}, "
            "time this event."
        ), "Same happening, another clock time"

    return _two_clocks(al, ctx, "happening-time-differs", told)


def _day_part(al: Alignment, ctx: Context) -> list[Finding]:
    """One day of the event given parts that cannot meet ("Saturday morning" / "Saturday
    afternoon") by the leads of two accounts or more."""
    side_a, side_b = two_sides(al.facts, lambda f: f.text.casefold())
    a, b = side_a[0], side_b[0]
    return low_variation(
        al,
        ctx,
        kind="date",
        rule="day-part-differs",
        title=f"Same day, another time of day: “{a.text}” vs “{b.text}”",
        explanation=f"{ctx.outlets(side_a)} {'date' if len(side_a) > 1 else 'dates'} the "
        f"event “{a.text}” in the lead and {ctx.outlets(side_b)} “{b.text}”: a morning and "
        "an afternoon or evening of one day cannot both be when it happened, unless the "
        "accounts time two moments of it. Matched on subject the event, attribute its time "
        "of day, time this event.",
    )


def _meridiem(al: Alignment, ctx: Context) -> list[Finding]:
    """One clock time written a.m. by some accounts and p.m. by others."""

    def told(_a: Fact) -> tuple[str, str]:
        return (
            ": the same hour and minute, twelve hours apart. Such a pair is more often one time "
            "with a.m. and p.m. mixed up than two happenings: check which the sources support."
        ), "Same clock time, other half of the day"

    return _two_clocks(al, ctx, "meridiem-differs", told)


def _two_clocks(
    al: Alignment, ctx: Context, rule: str, told: Callable[[Fact], tuple[str, str]]
) -> list[Finding]:
    """A low variation between the clock times two sides of one slot write; ``told`` gives the
    explanation's tail and the title's head for the first side's clock."""
    side_a, side_b = two_sides(
        al.facts, lambda f: f.value.local if isinstance(f.value, TimeValue) else f.text
    )
    a, b = side_a[0], side_b[0]
    tail, head = told(a)
    return low_variation(
        al,
        ctx,
        kind="time",
        rule=rule,
        title=f"{head}: “{a.text}” vs “{b.text}”",
        explanation=f"{ctx.outlets(side_a)} {'write' if len(side_a) > 1 else 'writes'} "
        f"“{a.text}” and {ctx.outlets(side_b)} “{b.text}”" + tail,
    )


def _clock_beside(date: Fact, ctx: Context) -> str:
    """The date with the clock time written beside it, as in the text."""
    item = ctx.items[date.article_id]
    for d, t, _day in clock_days(item):
        if d.id == date.id:
            lo, hi = min(d.start, t.start), max(d.end, t.end)
            return " ".join(item.article.text[lo:hi].split())
    return date.text


def _odd_day(al: Alignment, ctx: Context) -> list[Finding]:
    """One account's second day for a happening, which the other accounts do not give."""
    odd, *rest = al.facts
    if ctx.independent([f.article_id for f in al.facts]) < 2:
        return []  # copies of one story
    own = ctx.outlet(odd.article_id)
    key = claim_key(ctx.items[odd.article_id], odd)
    listing = "; ".join(f"{ctx.outlet(f.article_id)}: “{f.text}”" for f in rest)
    return _day_finding(
        al,
        ctx,
        f"{own} dates it “{odd.text}” in one place, the others “{rest[0].text}”",
        f"{own} dates what looks like one happening ({', '.join(key.words[:3])}) on two "
        f"days: “{odd.text}” here and “{rest[0].text}” elsewhere. The other accounts "
        f"give only “{rest[0].text}” ({listing}). One of {own}'s days may be a slip, "
        "or a second happening only it tells: check which day the sources support.",
    )
