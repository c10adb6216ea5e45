"""Shared pieces of the extractors: the candidate record and per-article context."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from factcheck.models import FactType, Sentence


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
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.starts = [s.start for s in self.sentences]

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence holding character ``pos`` (nearest before if in a gap)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return max(i, 0)


def words(spaced: str) -> frozenset[str]:
    """A frozenset of the whitespace-separated words of a literal (keeps word lists short)."""
    return frozenset(spaced.split())


STOPWORDS = words(
    """a an the and or but if of to in on at by for with from as into onto over under about
    after before since until while during than then that this these those there here it its
    it's he she they them his her their we our us you your i me my is are was were be been
    being am do does did has have had having will would shall should can could may might must
    not no nor so such also too very just only more most much many some any each every all both
    other another which who whom whose what when where why how said says say told according
    up down out off again further once new including among between against through per
    mr mrs ms dr 's s t"""
)

WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so it has no surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
