"""Find date expressions in an article and resolve them to day/month/year intervals."""

from __future__ import annotations

import bisect
import calendar
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from factcheck.extract._base import Cand, Ctx, Spans, matches_at, word_set
from factcheck.models import FactType

MONTH_NUM = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MFULL = "January|February|March|April|May|June|July|August|September|October|November|December"
# Abbreviated months need their dot ("Jan. 13") except the unambiguous dotless "Sept"/"Nov".
_M = (
    rf"(?:{_MFULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|"
    r"Jan|Feb|Aug|Sept|Oct|Nov|Dec)"
)
_D = r"(\d{1,2})(?:st|nd|rd|th)?"
_WD = "|".join(WEEKDAYS)

RULES: list[tuple[str, re.Pattern[str]]] = [
    ("date-wd-mdy", re.compile(rf"\b({_WD}),?\s+({_M})\s+{_D},?\s+(\d{{4}})\b")),
    ("date-mdy", re.compile(rf"\b({_M})\s+{_D},?\s+(\d{{4}})\b")),
    ("date-dmy", re.compile(rf"\b{_D}\s+(?:of\s+)?({_M}),?\s+(\d{{4}})\b")),
    ("date-iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("date-md", re.compile(rf"\b({_M})\s+{_D}\b(?![:.,]?\d)")),
    ("date-dm", re.compile(rf"\b{_D}\s+({_M})\b")),
    ("date-my", re.compile(rf"\b({_MFULL}|{_M}),?\s+((?:19|20)\d{{2}})\b(?![\d,])")),
    # A bare month needs a cue: "in May" is a month, "may" the verb is lowercase anyway,
    # and "May" as a name at sentence start has no cue.
    (
        "date-month",
        re.compile(
            rf"\b(?:in|since|until|by|during|through|from|of|early|late|mid|and)[\s-]+"
            rf"(?P<x>((?:last|next|this|early|late|mid)[\s-]+)?({_MFULL}))\b(?![\s-]+\d)"
        ),
    ),
    (
        "date-month-rel",
        re.compile(rf"\b((?:last|next|this)\s+)({_MFULL})\b(?!\s+\d)"),
    ),
    (
        "date-year",
        re.compile(
            r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|of|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough)\s"
            r"(?P<x>(?:19|20)\d{2})\b(?![\d%]|[,.]\d|\s*(?:people|members|troops|km|miles))"
        ),
    ),
    (
        "date-weekday",
        re.compile(
            rf"\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+)?({_WD})\b"
            r"(?:\s+(morning|afternoon|evening|night))?"
        ),
    ),
    (
        "date-relative",
        re.compile(
            r"\b(?:(?:at|by|before|until)\s+)?(?:the\s+)?end\s+of\s+(?:(last|this|next|the)\s+)"
            r"(year|month)\b|\b(earlier|later)\s+this\s+(week|month|year)\b|"
            r"\b(last|this|next|past)\s+(week|month|year)\b|"
            r"\b(yesterday|today|tonight|tomorrow)\b",
            re.IGNORECASE,
        ),
    ),
]
# Rules that need a month name run only in windows around month names (a 3x saving):
# no match of theirs reaches further than this from the month word.
MONTH_RULES = frozenset(
    ["date-wd-mdy", "date-mdy", "date-dmy", "date-md", "date-dm", "date-my", "date-month",
     "date-month-rel"]
)  # fmt: skip
MONTH_TOKEN_RE = re.compile(rf"\b{_M}")
# The other rules open with a whole word (a run of \w) from a short list: they are tried only
# where one starts. date-relative ignores case: any word that is not ASCII is tried too.
OPENING_WORDS = {
    "date-year": word_set(
        "in In since Since by By until Until of from From during During before Before after "
        "After through Through"
    ),
    "date-weekday": word_set(
        f"last Last next Next this This coming Coming past Past {' '.join(WEEKDAYS)}"
    ),
    "date-relative": word_set(
        "at by before until the end earlier later last this next past yesterday today tonight "
        "tomorrow"
    ),
}
WINDOW_BEFORE = 40  # "Wednesday, 13th of " / "in early " before the month
WINDOW_AFTER = 16  # " 13th, 2022" after it; extended to the end of the word
WORD_END_RE = re.compile(r"[\s,;:()]|$")
CLAUSE_RE = re.compile(r";|,?\s+(?:and|but|while|whereas)\s+|\s+—\s+")
FUTURE_RE = re.compile(
    r"\b(?:will|shall|may|might|’ll|'ll|(?:is|are|am)\s+(?:set|scheduled|expected|due|going|slated)\s+to|"
    r"to be held|plans? to|upcoming|tomorrow)\b",
    re.IGNORECASE,
)


# The verbs and words that set a date's tense, nearest first: future ("will", "is set to",
# "scheduled") or past ("said", "was", any "-ed" verb).
TENSE_RE = re.compile(
    r"(?P<f>\b(?:will|shall|won['’]t|may|might|tomorrow|upcoming|scheduled|planned|slated|"
    r"expects?|expected|"
    r"proposed|anticipated|postponed|rescheduled|next)\b|['’]ll\b|"
    r"\b(?:set|expected|due|going|poised|planning|plans?|hopes?|intends?|aims?|is|are)\s+to\b|"
    r"\bto\s+be\s+held\b)|"
    r"(?P<p>\b(?:was|were|had|did|been|ago|earlier|previously|yesterday|said|says|told|met|"
    r"went|came|saw|took|gave|made|held|left|spoke|began|won|lost|struck|found|sent|brought|"
    r"became|wrote|ran|fell|rose|sold|bought|paid|led|got|kept|knew|flew|drove|broke|chose|"
    r"grew|stood|sat|fought|sought|caught|built|spent|felt|heard|shot)\b|"
    r"\b[a-z]{3,}ed\b)",
    re.IGNORECASE,
)
AUX_BEFORE_RE = re.compile(r"\b(?:be|have|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
NOT_VERBS = word_set(
    "need speed indeed proceed exceed succeed feed seed bleed breed embed hundred naked "
    "wicked sacred kindred beloved"
)


def _month(token: str) -> int:
    return MONTH_NUM[token[:3].lower()]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _month_span(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _date_value(
    start: date | None,
    end: date | None,
    gran: str,
    *,
    relative: bool,
    ref: date | None = None,
    weekday: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    v: dict[str, Any] = {
        "start": _iso(start),
        "end": _iso(end),
        "granularity": gran,
        "relative": relative,
        "weekday": weekday,
        "resolved_from": _iso(ref) if relative or extra.get("year_inferred") else None,
    }
    v.update(extra)
    return v


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# How far on the other side of the publication date a month and day may fall before the
# tense of its clause decides the year ("was shot Dec. 14" in a June story is last December).
TENSE_SLACK_DAYS = 7
# The tense decides only between years about as near as each other: the year it points to at
# most this many times as far from the publication date as the nearest. "Arraigned Wednesday in
# the Aug. 19 shooting" in an October story is this August, though the clause looks ahead.
TENSE_MAX_RATIO = 2


# Words that put a month and day ahead whatever tense the clause reads as ("Trial is set
# for June 17"): the year nearest the publication date stands.
SCHEDULE_RE = re.compile(
    r"\b(?:will|set|scheduled|slated|due|expected|planned|upcoming|next|until)\b", re.I
)


def _nearest_year(m: int, d: int, ref: date, future: bool | None = None) -> date | None:
    """The month and day in the year that puts it nearest ``ref``; with the clause's tense
    (``future``), on the side of ``ref`` the tense points to unless within TENSE_SLACK_DAYS."""
    options = [x for y in (ref.year - 1, ref.year, ref.year + 1) if (x := _safe_date(y, m, d))]
    if not options:
        return None
    best = min(options, key=lambda x: abs((x - ref).days))
    if future is None:
        return best
    slack = timedelta(days=TENSE_SLACK_DAYS)
    if not future and best > ref + slack:
        past = [x for x in options if x <= ref + slack]
        pick = max(past) if past else best
    elif future and best < ref - slack:
        ahead = [x for x in options if x >= ref - slack]
        pick = min(ahead) if ahead else best
    else:
        return best
    if abs((pick - ref).days) > TENSE_MAX_RATIO * abs((best - ref).days):
        return best  # the tense's year is much further off than the nearest
    return pick


# A past verb right before the date governs it ("H-P announced Tuesday that it will buy
# ...": the announcement is past whatever the reported clause says). Not a verb that points
# ahead ("is scheduled Tuesday", "expected Monday") or one after "be"/"will"/"to".
PAST_VERB_BEFORE_RE = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bwill )(?<!\bto )(?<!\bis )(?<!\bare )"
    r"\b(?!(?:scheduled|expected|planned|slated|delayed|postponed|needed|proposed)\b)"
    r"(?:[a-z]{2,}ed|said|told|met|won|began|struck|gave|took)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def tense_future(sentence: str, rel: int, end: int | None = None) -> bool:
    """Future or past at position ``rel`` of a sentence: a past verb right before the date,
    else the verb nearest before the date in its clause decides, else the nearest after it,
    else the sentence.

    "closed since March and will stay shut until June 15": March is past, June future;
    "said Tuesday it reached a deal that will be the biggest": Tuesday is past.
    """
    end = rel if end is None else end
    if PAST_VERB_BEFORE_RE.search(sentence[max(0, rel - 40) : rel]):
        return False
    starts = [m.end() for m in CLAUSE_RE.finditer(sentence, 0, rel)]
    a = starts[-1] if starts else 0
    nxt = CLAUSE_RE.search(sentence, end)
    b = nxt.start() if nxt else len(sentence)
    for lo, hi, last in (
        (a, rel, True),
        (end, b, False),
        (0, rel, True),
        (end, len(sentence), False),
    ):
        marks = [t for at, t in _marks(sentence) if lo <= at < hi]
        if marks:
            return (marks[-1] if last else marks[0]) == "f"
    return is_future(sentence)


@lru_cache(maxsize=256)
def _marks(sentence: str) -> tuple[tuple[int, str], ...]:
    """Positions and tenses ("f"/"p") of the words that decide tense, found once a sentence."""
    return tuple((m.start(), t) for m in TENSE_RE.finditer(sentence) if (t := _tense(sentence, m)))


def _tense(sentence: str, m: re.Match[str]) -> str | None:
    """ "f", "p", or None when the word does not decide: a participle after "be"/"have"
    ("will be launched") leaves the tense to the auxiliary, and after "to be" ("rumored to
    be released in May") looks forward."""
    if m.group(0).lower() in NOT_VERBS:
        return None
    if m.lastgroup == "f":
        return "f"
    aux = AUX_BEFORE_RE.search(sentence, max(0, m.start() - 24), m.start())
    if aux is None:
        return "p"
    return "f" if sentence[max(0, aux.start() - 3) : aux.start()].lower() == "to " else None


def is_future(sentence: str) -> bool:
    """True when the sentence speaks of what will happen (decides how weekdays resolve)."""
    return FUTURE_RE.search(sentence) is not None


def resolve_weekday(name: str, ref: date, future: bool) -> date:
    """The named weekday on or before ``ref`` (past tense) or on or after it (future)."""
    target = WEEKDAYS.index(name)
    if future:
        return ref + timedelta(days=(target - ref.weekday()) % 7)
    return ref - timedelta(days=(ref.weekday() - target) % 7)


def _weekday_span(name: str, ref: date, future: bool, mod: str) -> tuple[date, date]:
    """Resolve a weekday; "last Tuesday"/"next Friday" said inside the same week are
    ambiguous between this week's and the adjacent week's day, so they become intervals."""
    if mod in ("last", "past"):
        end = ref - timedelta(days=(ref.weekday() - WEEKDAYS.index(name)) % 7 or 7)
        same_week = end >= ref - timedelta(days=ref.weekday())
        return (end - timedelta(days=7) if same_week else end), end
    if mod == "next":
        start = ref + timedelta(days=(WEEKDAYS.index(name) - ref.weekday()) % 7 or 7)
        same_week = start <= ref + timedelta(days=6 - ref.weekday())
        return start, (start + timedelta(days=7) if same_week else start)
    d = resolve_weekday(name, ref, future)
    return d, d


def _month_occurrence(m: int, ref: date, mode: str) -> date:
    """First day of month ``m`` nearest ``ref``: past (<=), future (>=), last (<), next (>)."""
    y = ref.year
    if mode in ("past", "last"):
        if m > ref.month or (mode == "last" and m == ref.month):
            y -= 1
    elif mode in ("future", "next") and (m < ref.month or (mode == "next" and m == ref.month)):
        y += 1
    return date(y, m, 1)


def _relative(m: re.Match[str], ref: date | None, sentence: str) -> dict[str, Any]:
    g = [x.lower() if x else None for x in m.groups()]
    if ref is None:
        return _date_value(None, None, "day", relative=True)
    if g[1]:  # end of (last|this|next|the) year|month
        shift = {"last": -1, "next": 1}.get(g[0] or "", 0)
        if g[1] == "year":
            y = ref.year + shift
            return _date_value(date(y, 12, 1), date(y, 12, 31), "month", relative=True, ref=ref)
        first = (ref.replace(day=1) + timedelta(days=32 * shift)).replace(day=1)
        a, b = _month_span(first.year, first.month)
        return _date_value(b - timedelta(days=9), b, "day", relative=True, ref=ref)
    if g[2]:  # earlier|later this week|month|year
        a, b = _unit_span(g[3] or "", ref, 0)
        if g[2] == "earlier":
            return _date_value(a, ref, "day", relative=True, ref=ref)
        return _date_value(ref, b, "day", relative=True, ref=ref)
    if g[4]:  # last|this|next|past week|month|year
        shift = {"last": -1, "past": -1, "next": 1}.get(g[4], 0)
        a, b = _unit_span(g[5] or "", ref, shift)
        gran = {"week": "day", "month": "month", "year": "year"}[g[5] or "week"]
        return _date_value(a, b, gran, relative=True, ref=ref)
    word = g[6] or ""
    shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    d = ref + timedelta(days=shift)
    return _date_value(d, d, "day", relative=True, ref=ref)


def _unit_span(unit: str, ref: date, shift: int) -> tuple[date, date]:
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        y, mo = divmod(ref.year * 12 + ref.month - 1 + shift, 12)
        return _month_span(y, mo + 1)
    return date(ref.year + shift, 1, 1), date(ref.year + shift, 12, 31)


def _build(
    rule: str, m: re.Match[str], ref: date | None, sentence: str, future_at: bool
) -> dict[str, Any] | None:
    g = m.groups()
    if "x" in m.groupdict():
        g = g[1:] if len(g) > 1 else g
    if rule == "date-wd-mdy":
        d = _safe_date(int(g[3]), _month(g[1]), int(g[2]))
        if d is None:
            return None
        return _date_value(d, d, "day", relative=False, weekday=g[0], weekday_matches=(
            WEEKDAYS[d.weekday()] == g[0]))  # fmt: skip
    if rule in ("date-mdy", "date-dmy", "date-iso"):
        if rule == "date-mdy":
            y, mo, dd = int(g[2]), _month(g[0]), int(g[1])
        elif rule == "date-dmy":
            y, mo, dd = int(g[2]), _month(g[1]), int(g[0])
        else:
            y, mo, dd = int(g[0]), int(g[1]), int(g[2])
        d = _safe_date(y, mo, dd)
        return _date_value(d, d, "day", relative=False) if d else None
    if rule in ("date-md", "date-dm"):
        mo, dd = (_month(g[0]), int(g[1])) if rule == "date-md" else (_month(g[1]), int(g[0]))
        if not 1 <= dd <= 31:
            return None
        if ref is None:
            return _date_value(None, None, "day", relative=False, month_day=f"{mo:02d}-{dd:02d}")
        future = True if future_at else (None if SCHEDULE_RE.search(sentence) else False)
        d = _nearest_year(mo, dd, ref, future)
        return _date_value(d, d, "day", relative=False, ref=ref, year_inferred=True) if d else None
    if rule == "date-my":
        a, b = _month_span(int(g[1]), _month(g[0]))
        return _date_value(a, b, "month", relative=False)
    if rule in ("date-month", "date-month-rel"):
        mo = _month(g[1])
        mod = (g[0] or "").strip().lower()
        if ref is None:
            return _date_value(None, None, "month", relative=True, month=mo)
        mode = {"last": "last", "next": "next", "this": "this"}.get(mod) or (
            "future" if future_at else "past"
        )
        first = date(ref.year, mo, 1) if mode == "this" else _month_occurrence(mo, ref, mode)
        a, b = _month_span(first.year, first.month)
        return _date_value(a, b, "month", relative=True, ref=ref)
    if rule == "date-year":
        y = int(g[0])
        return _date_value(date(y, 1, 1), date(y, 12, 31), "year", relative=False)
    if rule == "date-weekday":
        mod, name, part = (g[0] or "").lower(), g[1], g[2]
        future = mod in ("next", "coming") or (mod != "last" and mod != "past" and future_at)
        extra: dict[str, Any] = {
            "part_of_day": part.lower() if part else None,
            "tense": "future" if future else "past",
            "modifier": mod or None,
        }
        if ref is None:
            return _date_value(None, None, "day", relative=True, weekday=name, **extra)
        a, b = _weekday_span(name, ref, future, mod)
        return _date_value(a, b, "day", relative=True, ref=ref, weekday=name, **extra)
    return _relative(m, ref, sentence)


def _month_windows(text: str) -> list[tuple[int, int]]:
    """Merged windows around month names; month rules only ever match inside them."""
    out: list[tuple[int, int]] = []
    for m in MONTH_TOKEN_RE.finditer(text):
        a = max(0, m.start() - WINDOW_BEFORE)
        end = WORD_END_RE.search(text, min(len(text), m.end() + WINDOW_AFTER))
        b = end.start() if end else len(text)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _matches(rule: str, rx: re.Pattern[str], ctx: Ctx, windows: list[tuple[int, int]]
             ) -> list[re.Match[str]]:  # fmt: skip
    text = ctx.text
    if rule in MONTH_RULES:
        return [m for a, b in windows for m in rx.finditer(text, a, b)]
    return list(matches_at(rx, text, _opening_starts(rule, ctx)))


def _opening_starts(rule: str, ctx: Ctx) -> list[int]:
    """Where a match of a rule outside MONTH_RULES may start (see OPENING_WORDS)."""
    words = ctx.words
    if rule == "date-iso":  # four digits, then "-"
        return sorted(p for w, at in words.items() if len(w) == 4 and w.isdecimal() for p in at)
    opening = OPENING_WORDS[rule]
    if rule == "date-relative":
        return ctx.starts_ignoring_case(opening)
    return ctx.word_starts(opening)


def _in_quote(ctx: Ctx, pos: int) -> bool:
    """Whether ``pos`` lies inside a direct quote opened earlier in its paragraph."""
    # Counted with the positions of line breaks and quotation marks, found once per article:
    # slicing the paragraph each time is quadratic in a text without line breaks.
    if "quote-marks" not in ctx.memo:
        text = ctx.text
        ctx.memo["quote-marks"] = {
            ch: [m.start() for m in re.finditer(re.escape(ch), text)] for ch in '\n"“”'
        }
    marks = ctx.memo["quote-marks"]
    breaks = marks["\n"]
    k = bisect.bisect_left(breaks, pos)
    start = breaks[k - 1] + 1 if k else 0

    def count(ch: str) -> int:
        found = marks[ch]
        return bisect.bisect_left(found, pos) - bisect.bisect_left(found, start)

    return count('"') % 2 == 1 or count("“") > count("”")


def find_dates(ctx: Ctx) -> list[Cand]:
    """Return date candidates, longest match first where rules overlap."""
    found: list[Cand] = []
    taken = Spans()
    windows = _month_windows(ctx.text)
    for rule, rx in RULES:
        for m in _matches(rule, rx, ctx, windows):
            a, b = m.span("x") if "x" in m.groupdict() else m.span()
            if taken.overlaps(a, b):
                continue
            if rule == "date-relative" and m.group(7) and _in_quote(ctx, a):
                continue  # "'We are here today,' she said": the speaker's day, not the story's
            si = ctx.sentence_at(a)
            sent = ctx.sentences[si].text if ctx.sentences else ""
            rel = a - ctx.sentences[si].start if ctx.sentences else a
            # Weekdays, bare months and a month-day without its year read the tense around them.
            needs = rule == "date-weekday" or (
                rule in ("date-month", "date-md", "date-dm") and ctx.ref is not None
            )
            future = needs and tense_future(sent, rel, rel + b - a)
            value = _build(rule, m, ctx.ref, sent, future)
            if value is None:
                continue
            taken.add(a, b)
            found.append(Cand(FactType.DATE, a, b, value, rule))
    return found
