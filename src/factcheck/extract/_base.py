"""Shared pieces of the extractors: the candidate record and per-article context."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from factcheck.models import FactType, Sentence
from factcheck.numbers import DIGITS, HEDGE, SPELLED, TENS, UNITS

# One pass finds every number token; numeric rules then match only where a number is.
# Scanning the whole text with each rule's leading "hedge? number" alternation cost about
# 16 ms per 600-word article; anchoring on number tokens brings that under 2 ms.
# A number token ends at a word boundary, or right before a glued scale ("$9m", "£4bn"), or,
# for digits, before any glued letters ("72km", the rules decide what they are).
NUMBER_TOKEN_RE = re.compile(
    rf"(?<![\w])(?=[\dA-Za-z])(?:{DIGITS}(?:\b|(?=[A-Za-z]))|"
    rf"(?i:{SPELLED})(?:\b|(?=(?:bn|mn|tn|trn|[mbk])\b)))"
)
# The first word (run of \w, lowercase) of a spelled number token: a number word, "a", "an"
# or "half" ("a dozen", "half an"), alone or with a glued scale ("sixm"). A digit token's
# first word opens with a digit; a word that is not ASCII is tried as it is (case folding).
_GLUED = ("", "bn", "mn", "tn", "trn", "m", "b", "k")
SPELLED_OPENINGS = frozenset(w + g for w in (*UNITS, *TENS, "a", "an", "half") for g in _GLUED)
HEDGE_TAIL_RE = re.compile(rf"\b(?i:{HEDGE})\s+$")
LINE_BREAK_RE = re.compile("\n")
WORD_RUN_RE = re.compile(r"\w+")
HEDGE_REACH = 30  # characters: the longest hedge ("as many as", "an estimated") plus spaces
# The words a hedge ends with (lowercase): HEDGE_TAIL_RE is searched only before one of them.
HEDGE_LAST_WORDS = (
    "about", "approximately", "approx.", "around", "roughly", "nearly", "almost", "to", "than",
    "over", "least", "under", "some", "estimated", "additional", "as", "within", "most", "of",
)  # fmt: skip


def hedge_tail_start(text: str, p: int) -> int:
    """Where ``HEDGE_TAIL_RE.search(text, max(0, p - HEDGE_REACH), p)`` starts, -1 if nowhere.

    A match ends in white space running up to ``p`` and, before it, a hedge's last word: the
    regex runs only when the text there ends with one (an ASCII tail, or any other: ignoring
    case, re reads "ſ" as "s")."""
    lo = max(0, p - HEDGE_REACH)
    j = p
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j in (p, lo):
        return -1  # no white space before p, or nothing before it in reach
    tail = text[max(lo, j - 13) : j]  # "approximately": the longest last word
    if tail.isascii() and not tail.lower().endswith(HEDGE_LAST_WORDS):
        return -1
    h = HEDGE_TAIL_RE.search(text, lo, p)
    return h.start() if h else -1


@dataclass(frozen=True)
class Cand:
    """A fact found by one rule, before ids and sentence indexes are assigned."""

    type: FactType
    start: int
    end: int
    value: dict[str, Any]
    rule: str


@dataclass
class Ctx:
    """What every extractor may read about the article being processed."""

    text: str
    ref: date | None
    sentences: list[Sentence]
    dateline_place: str | None = None
    dateline_text: str | None = None
    starts: list[int] = field(default_factory=list)
    _numbers: list[tuple[int, int]] | None = None
    # Per-article results an extractor would otherwise recompute for every match (a whole-
    # text search per time zone abbreviation, say): keeps big articles linear in size.
    memo: dict[Any, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.starts = [s.start for s in self.sentences]

    @property
    def numbers(self) -> list[tuple[int, int]]:
        """Spans of number tokens ("40", "1,000", "forty five", "an"), found once."""
        if self._numbers is None:
            starts = sorted({*self.digit_starts, *self.starts_ignoring_case(SPELLED_OPENINGS)})
            self._numbers = [m.span() for m in matches_at(NUMBER_TOKEN_RE, self.text, starts)]
        return self._numbers

    def anchored(
        self,
        rx: re.Pattern[str],
        prefix: re.Pattern[str] | None = None,
        reach: int = 8,
        prefix_may: Callable[[str, int], bool] | None = None,
    ) -> Iterator[re.Match[str]]:
        """Matches of ``rx`` that start at a number token, its prefix or a hedge before it.

        ``prefix`` (ending in ``$``) may claim characters just before the number, such
        as a currency symbol; non-overlapping, in text order. ``prefix_may(text, s)``, when
        given, is False only where ``prefix`` cannot match before the number at ``s``.
        """
        text = self.text
        # Where a hedge ending at a position starts (-1: none), searched once per position:
        # the five numeric rules all anchor on the same number tokens.
        hedges: dict[int, int] = self.memo.setdefault("hedge-before", {})
        last = -1
        for s, _ in self.numbers:
            if s < last:
                continue
            p = s
            if (
                prefix is not None
                and (prefix_may is None or prefix_may(text, s))
                and (pm := prefix.search(text, max(0, s - reach), s))
            ):
                p = pm.start()
            hs = hedges.get(p)
            if hs is None:
                hs = hedges[p] = hedge_tail_start(text, p)
            for c in (hs, p, s):
                if c < 0 or c < last:
                    continue
                m = rx.match(text, c)
                if m is not None:
                    last = m.end()
                    yield m
                    break

    @property
    def words(self) -> dict[str, list[int]]:
        """Each word (a run of ``\\w``) of the text and where it starts, in text order; found
        once and shared by the rules that look for a few words only."""
        words: dict[str, list[int]] | None = self.memo.get("words")
        if words is None:
            words = self.memo["words"] = {}
            for m in WORD_RUN_RE.finditer(self.text):
                words.setdefault(m.group(0), []).append(m.start())
        return words

    @property
    def capital_starts(self) -> list[int]:
        """Where the words opening with a capital A-Z start, in text order."""
        return self._starts_where("capital-starts", lambda w: "A" <= w[0] <= "Z")

    @property
    def digit_starts(self) -> list[int]:
        """Where the words opening with a digit (``\\d``) start, in text order."""
        return self._starts_where("digit-starts", lambda w: w[0].isdecimal())

    def _starts_where(self, key: str, opens: Callable[[str], bool]) -> list[int]:
        """Where the words for which ``opens`` holds start, in text order (found once)."""
        starts: list[int] | None = self.memo.get(key)
        if starts is None:
            starts = self.memo[key] = sorted(
                p for w, at in self.words.items() if opens(w) for p in at
            )
        return starts

    def starts_ignoring_case(self, openings: Iterable[str]) -> list[int]:
        """Where the ASCII words whose lowercase is in ``openings`` start, and every word that
        is not ASCII (a pattern that ignores case may read one as an ASCII word: "ſ" as "s"),
        in text order."""
        index: tuple[dict[str, list[int]], list[int]] | None = self.memo.get("lower-words")
        if index is None:
            lower: dict[str, list[int]] = {}
            odd: list[int] = []
            for w, at in self.words.items():
                if w.isascii():
                    lower.setdefault(w.lower(), []).extend(at)
                else:
                    odd.extend(at)
            index = self.memo["lower-words"] = (lower, odd)
        lower, odd = index
        return sorted([*odd, *(p for w in openings for p in lower.get(w, ()))])

    def word_starts(self, wanted: Iterable[str]) -> list[int]:
        """Where the words in ``wanted`` start, in text order."""
        words = self.words
        return sorted(p for w in wanted for p in words.get(w, ()))

    def line_start(self, pos: int) -> int:
        """Where the line holding ``pos`` starts (``text.rfind("\\n", 0, pos) + 1``), from
        the line breaks found once: rfind on a text without breaks reads it all each time."""
        breaks = self.memo.get("line-breaks")
        if breaks is None:
            breaks = self.memo["line-breaks"] = [
                m.start() for m in LINE_BREAK_RE.finditer(self.text)
            ]
        k = bisect.bisect_left(breaks, pos)
        return int(breaks[k - 1]) + 1 if k else 0

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence holding character ``pos`` (nearest before if in a gap)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return max(i, 0)


def matches_at(rx: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern that never matches empty, tried only at ``starts``
    (ascending): the same matches whenever every position where ``rx.match`` can succeed is
    among them, without trying a long alternation at every character of the text."""
    last = 0
    for p in starts:
        if p < last:
            continue
        m = rx.match(text, p)
        if m is not None:
            last = m.end()
            yield m


class Spans:
    """Disjoint spans, kept sorted, that answer "does [a, b) overlap one of them?" in log time.

    Same answer as ``any(a < y and x < b for x, y in spans)`` for spans added only when they
    overlap none already kept (so that starts and ends both stay sorted); the linear scan
    made extraction quadratic in an article's size.
    """

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, a: int, b: int) -> bool:
        """True when some kept span (x, y) has x < b and a < y."""
        i = bisect.bisect_left(self.starts, b)
        return i > 0 and self.ends[i - 1] > a

    def add(self, a: int, b: int) -> None:
        """Keep (a, b); call only when it overlaps no kept span."""
        i = bisect.bisect_right(self.starts, a)
        while i > 0 and self.starts[i - 1] == a and self.ends[i - 1] > b:
            i -= 1  # an empty span at a: before the one that starts there too
        self.starts.insert(i, a)
        self.ends.insert(i, b)


class AnySpans:
    """Spans that may overlap, fixed once built: the same "does [a, b) overlap one?" query."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []  # the largest end among the spans up to each one
        top = -(10**18)
        for _, b in ordered:
            top = max(top, b)
            self.reach.append(top)

    def overlaps(self, a: int, b: int) -> bool:
        """True when some span (x, y) has x < b and a < y."""
        i = bisect.bisect_left(self.starts, b)
        return i > 0 and self.reach[i - 1] > a


def word_set(spaced: str) -> frozenset[str]:
    """A frozenset of the whitespace-separated words of a literal (keeps word lists short)."""
    return frozenset(spaced.split())


# Words that are never a term in extract's rules (a sum's purpose, a statement's terms, a
# quote's source, a counted noun): function words and reporting verbs. Not the same list as
# factcheck.text.STOPWORDS, by which cluster, align and judge compare content words.
FUNCTION_WORDS = word_set(
    """a an the and or but if of to in on at by for with from as into onto over under about
    after before since until while during than then that this these those there here it its
    it's he she they them his her their we our us you your i me my is are was were be been
    being am do does did has have had having will would shall should can could may might must
    not no nor so such also too very just only more most much many some any each every all both
    other another which who whom whose what when where why how said says say told according
    up down out off again further once new including among between against through per
    mr mrs ms dr 's s t"""
)

# A word of letters (extract's terms); factcheck.text.WORD_RE also takes numbers.
LETTER_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so it has no surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
