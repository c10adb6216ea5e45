"""Read numbers written in digits or words ("1,000", "2.5", "forty five", "a dozen") as floats.

Shared by extract (which reads figures) and judge (which compares them).
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SPECIAL = {"a": 1, "an": 1, "a dozen": 12, "dozen": 12, "half a": 0.5, "half an": 0.5}

_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_SCALE = "|".join(SCALES)
# A run of number words: "forty five", "twenty-one", "two hundred and fifty", "a dozen".
SPELLED = rf"(?:(?:{_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}|{_SCALE}))*|a\s+dozen|half\s+an?|an?)"
# "22 1/2", "22½", "22 ½": a whole number and a vulgar fraction are one number (22.5).
FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_FRAC = r"(?:[^\S\n]?[½¼¾⅓⅔]|[^\S\n]+[123]/[234](?![\d/]))"
DIGITS = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}{_FRAC}|\d+(?:\.\d+)?)"
MIXED_RE = re.compile(r"(\d+)\s*(?:([½¼¾⅓⅔])|([123])/([234]))")
NUMBER = rf"(?:{DIGITS}|{SPELLED})"
NUMBER_RE = re.compile(rf"\b{NUMBER}\b", re.IGNORECASE)


def parse_number(surface: str) -> float | None:
    """Parse a number in digits or words; None when it is not one."""
    s = surface.strip().lower()
    if not s:
        return None
    if s[0].isdigit():
        if (mx := MIXED_RE.fullmatch(s)) is not None:
            whole = float(mx.group(1))
            if mx.group(2):
                return whole + FRACTIONS[mx.group(2)]
            return whole + int(mx.group(3)) / int(mx.group(4))
        try:
            return float(s.replace(",", ""))
        except ValueError:
            return None
    s = re.sub(r"\s+", " ", s.replace("-", " "))
    if s in SPECIAL:
        return float(SPECIAL[s])
    total = 0.0
    current = 0.0
    seen = False
    for word in s.split():
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            scale = SCALES[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def format_number(value: float) -> str:
    """Write a number back in digits, without a trailing '.0'."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


# Minutes in each unit of time a length is written in.
MINUTES = {
    "second": 1 / 60, "sec": 1 / 60, "minute": 1, "min": 1, "hour": 60, "hr": 60,
    "day": 1440, "week": 10080, "month": 43830, "year": 525960, "decade": 5259600,
}  # fmt: skip


# Hedge words and how wide an interval they open around a stated value X.
# about/approximately/around/roughly/some: X ± 12.5% (editors round to the nearest
# "nice" number, and 40 -> [35, 45] is how "about 40 minutes" is read);
# nearly/almost/close to: [0.85X, X]; more than/over: (X, 1.5X]; at least: [X, 1.5X];
# less than/under/up to/within/at most: [0, X]. Durations add a floor of ±5 minutes to "about".
# A figure written with a second significant digit ("about 125 km", "around 180") was rounded
# less: X ± 7% ("about 150 km" and "about 125 km" do not meet; measured on the dev split,
# docs/evaluation.md).
HEDGE_WIDTH_ABOUT = 0.125
HEDGE_WIDTH_ABOUT_FINER = 0.07
HEDGE_NEARLY_LOW = 0.85
HEDGE_MORE_HIGH = 1.5
HEDGE = (
    r"(?:about|approximately|approx\.|around|roughly|nearly|almost|close\s+to|more\s+than|"
    r"over|at\s+least|less\s+than|fewer\s+than|under|up\s+to|some|just\s+over|just\s+under|"
    r"an\s+estimated|an\s+additional|as\s+many\s+as|as\s+much\s+as|within|at\s+most|"
    r"no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|no\s+fewer\s+than|"
    r"no\s+less\s+than|a\s+minimum\s+of)"
)


def _one_digit(value: float) -> bool:
    """Whether a figure has one significant digit: 2, 40, 500, 3,000 (not 125, 180, 2.5)."""
    if value <= 0:
        return True
    digits = f"{value:.6g}".replace(".", "").lstrip("0").rstrip("0")
    return len(digits.split("e")[0]) <= 1


def hedge_interval(
    value: float, hedge: str | None, floor: float = 0.0, written: float | None = None
) -> tuple[float, float]:
    """Return the [low, high] interval a hedge word opens around ``value``; ``written`` is
    the figure as the text writes it ("two" of "about two hours", 120 minutes), whose digits
    say how roughly it was rounded (measures, sums of money, durations and counts of things
    pass it: "about 6,100 votes" is not "roughly 7,500 votes"; tolls and shares keep the
    wider reading)."""
    h = " ".join((hedge or "").lower().split())
    if h in ("about", "approximately", "approx.", "around", "roughly", "some", "an estimated"):
        finer = written is not None and not _one_digit(written)
        width = HEDGE_WIDTH_ABOUT_FINER if finer else HEDGE_WIDTH_ABOUT
        w = max(value * width, floor)
        return value - w, value + w
    if h in ("nearly", "almost", "close to", "just under"):
        return value * HEDGE_NEARLY_LOW, value
    if h in ("more than", "over", "just over"):
        return value, value * HEDGE_MORE_HIGH
    if h in ("at least", "no fewer than", "no less than", "a minimum of"):
        return value, value * HEDGE_MORE_HIGH
    if h in ("as many as", "as much as"):
        return value, value
    # "within 20 miles of Tel Aviv" is a bound, not a distance: 17 miles is consistent.
    if h in ("less than", "fewer than", "under", "up to", "within", "at most", "no more than",
             "not more than", "a maximum of"):  # fmt: skip
        return 0.0, value
    return value, value


# What a casualty figure counts, by the word that says so: "1,200 killed", "kills 40",
# "toll rises to 90" count the dead; "8,000 injured" the injured (extract.tolls reads them,
# judge.internal compares a headline's with its text's).
CASUALTY = {
    **dict.fromkeys(("dead", "killed", "died", "die", "dies", "deaths", "kills", "kill"), "dead"),
    **dict.fromkeys(("killing", "toll"), "dead"),
    **dict.fromkeys(("injured", "wounded", "hurt", "injuries", "injuring", "wounding"), "injured"),
}
