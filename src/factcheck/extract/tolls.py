"""Casualty tolls ("over 1,500 dead", "kills 40", "toll rises to 90") and where a headline
the text opens with ends: what judge.internal.headline_vs_body compares, read once here."""

from __future__ import annotations

import re

from factcheck.models import Article, Fact, FactType
from factcheck.numbers import CASUALTY, DIGITS, HEDGE, SPELLED, hedge_interval, parse_number
from factcheck.values import CountValue

_TOLL_NUMBER = (
    rf"(?:(?P<hedge>{HEDGE})\s+)?(?<![\w.,$£€-])(?P<num>{DIGITS}|{SPELLED})"
    r"(?:\s+(?P<scale>thousand|million))?"
)
# Words that may stand between a figure and what it counts ("1,200 people were killed").
_FILLER = (
    r"(?:people|persons|civilians|residents|children|others|more|soldiers|troops|migrants|"
    r"passengers|workers|were|are|was|have|has|had|been|now|reported|confirmed|feared|believed)"
)
TOLL_AFTER_RE = re.compile(
    rf"\b{_TOLL_NUMBER}(?:\s+{_FILLER}){{0,3}}\s+"
    r"(?P<word>dead|killed|died|die|deaths|injured|wounded|hurt|injuries)\b",
    re.I,
)
TOLL_BEFORE_RE = re.compile(
    r"\b(?P<word>kills|kill|killing|killed|injuring|wounding|toll)"
    r"(?:\s+(?:rises|rose|climbs|climbed|jumps|jumped|tops|topped|passes|passed|hits|reaches|"
    r"reached|surges|soars|is|was|has|now|stands|stood|at|to|of)){0,3}\s+"
    rf"{_TOLL_NUMBER}\b(?!\s*(?:%|percent|per\s+cent|years?|km|miles?)\b)",
    re.I,
)


def find_tolls(art_id: str, text: str, lo: int = 0, hi: int | None = None) -> list[Fact]:
    """Casualty figures in text[lo:hi], in text order.

    Each is a count fact (a CountValue) whose ``casualty`` says what it counts ("dead" or
    "injured", see numbers.CASUALTY).
    """
    hi = len(text) if hi is None else hi
    found: dict[int, Fact] = {}
    for pattern in (TOLL_AFTER_RE, TOLL_BEFORE_RE):
        for m in pattern.finditer(text, lo, hi):
            num = m.group("num")
            n = parse_number(num)
            if n is None or n <= 0 or (len(num) == 4 and num[:2] in ("19", "20")):
                continue  # "2023 deaths" is a year
            if num.lower().split()[0] in ("a", "an", "half"):
                continue  # "killed a man": one person, not a toll
            if m.group("scale"):
                n *= 1e3 if m.group("scale").lower() == "thousand" else 1e6
            hedge = " ".join(m.group("hedge").lower().split()) if m.group("hedge") else None
            low, high = hedge_interval(n, hedge)
            start = m.start("hedge") if m.group("hedge") else m.start("num")
            end = max(m.end("num"), m.end("scale") if m.group("scale") else 0)
            if pattern is TOLL_AFTER_RE:
                end = m.end("word")
            else:
                start = m.start("word")
            value = CountValue(
                value=n,
                low=low,
                high=high,
                hedge=hedge,
                casualty=CASUALTY[m.group("word").lower()],
            )
            fact = Fact(
                id=f"{art_id}.h{m.start('num')}",
                article_id=art_id,
                type=FactType.COUNT,
                text=text[start:end],
                start=start,
                end=end,
                sentence=0,
                value=value,
                rule="toll",
            )
            found.setdefault(m.start("num"), fact)
    return sorted(found.values(), key=lambda f: f.start)


def headline_start(art: Article) -> int | None:
    """Where the title starts in the text when the text opens with it, else None."""
    title = art.title or ""
    stripped = art.text.lstrip()
    if title and stripped.startswith(title):
        return len(art.text) - len(stripped)
    return None


def body_start(art: Article) -> int:
    """Where the text after its headline starts (0 when the text does not open with it)."""
    start = headline_start(art)
    return 0 if start is None else start + len(art.title or "")
