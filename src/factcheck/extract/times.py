"""Find clock times ("2:55 p.m.", "13:19 JST", "2.15pm") and their UTC instant when known."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from factcheck.extract._base import Cand, Ctx
from factcheck.extract.places import lookup
from factcheck.models import FactType

ZONE_ABBR = {
    "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "GMT": "UTC", "UTC": "UTC", "BST": "Europe/London",
    "CET": "Europe/Paris", "CEST": "Europe/Paris", "EET": "Europe/Athens",
    "EST": "America/New_York", "EDT": "America/New_York", "ET": "America/New_York",
    "CST": "America/Chicago", "CDT": "America/Chicago", "CT": "America/Chicago",
    "MST": "America/Denver", "MDT": "America/Denver", "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles", "PT": "America/Los_Angeles", "IST": "Asia/Kolkata",
    "HKT": "Asia/Hong_Kong", "SGT": "Asia/Singapore", "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney", "MSK": "Europe/Moscow", "ICT": "Asia/Bangkok",
    "WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "PHT": "Asia/Manila",
}  # fmt: skip
TIME_RE = re.compile(
    r"(?<![\d:.,$£€¥])\b(?P<h>\d{1,2})(?:(?P<sep>[:.])(?P<m>\d{2}))?"
    r"(?:\s?(?P<ampm>[ap]\.?\s?m\b\.?))?"
    rf"(?:\s(?P<abbr>{'|'.join(ZONE_ABBR)})\b)?",
    re.IGNORECASE,
)
# "0500 GMT": four-digit wire-style times count only with an explicit zone.
MILITARY_RE = re.compile(
    rf"\b(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?P<abbr>{'|'.join(ZONE_ABBR)})\b"
)
LABEL_RE = re.compile(r"[\s,(]{0,3}(?P<label>local time|(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+ time)\b")
PLACE_KINDS = ("city", "venue", "region")


def _clock(m: re.Match[str]) -> tuple[int, int] | None:
    h = int(m.group("h"))
    mi = int(m.group("m") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if not ampm and m.group("sep") != ":":
        return None  # "13.2 C", "2.15" without am/pm: not a clock time
    if m.group("abbr") and not m.group("abbr").isupper():
        return None
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm == "pm" else 0)
    if h > 23 or mi > 59:
        return None
    return h, mi


def _tz_from_places(places: list[Cand], sent: int, ctx: Ctx) -> tuple[str | None, str]:
    """The zone of the place a sentence names, else of earlier sentences, else the dateline."""
    # "Seoul" in "10:30 a.m. Seoul time" names the other zone, never the local one.
    places = [p for p in places if not ctx.text.startswith(" time", p.end)]
    here = [p for p in places if ctx.sentence_at(p.start) == sent and p.value.get("tz")]
    for p in here:
        if p.value["kind"] in PLACE_KINDS:
            return p.value["tz"], f"place:{p.value['name']}"
    before = [p for p in places if ctx.sentence_at(p.start) < sent and p.value.get("tz")]
    for p in reversed(before):
        if p.value["kind"] in PLACE_KINDS:
            return p.value["tz"], f"place:{p.value['name']}"
    if ctx.dateline_place and (e := lookup(ctx.dateline_place)) and e.get("tz"):
        return e["tz"], f"dateline:{ctx.dateline_place}"
    if here:
        return here[0].value["tz"], f"place:{here[0].value['name']}"
    return None, "none"


def _date_for(dates: list[Cand], sent: int, pos: int, ctx: Ctx) -> date | None:
    """The day a time belongs to: a day named in its sentence, else just before, else ref."""
    best: Cand | None = None
    best_rank: tuple[int, int] = (99, 0)
    for d in dates:
        s = ctx.sentence_at(d.start)
        exact = d.value.get("start") and d.value["start"] == d.value.get("end")
        if exact and sent - 2 <= s <= sent:
            rank = (sent - s, abs(d.start - pos))
            if rank < best_rank:
                best, best_rank = d, rank
    if best is not None:
        return date.fromisoformat(best.value["start"])
    return ctx.ref


def _value(hm: tuple[int, int], tz: str | None, day: date | None) -> dict[str, Any]:
    v: dict[str, Any] = {"local": f"{hm[0]:02d}:{hm[1]:02d}", "utc_offset": None, "tz": tz,
                         "utc": None, "date": day.isoformat() if day else None}  # fmt: skip
    if tz is None:
        return v
    local = datetime.combine(day or date(2000, 1, 1), datetime.min.time()).replace(
        hour=hm[0], minute=hm[1], tzinfo=ZoneInfo(tz)
    )
    off = local.utcoffset()
    if off is not None:
        mins = int(off.total_seconds() // 60)
        sign = "+" if mins >= 0 else "-"
        v["utc_offset"] = f"{sign}{abs(mins) // 60:02d}:{abs(mins) % 60:02d}"
    if day is not None:
        v["utc"] = local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M+00:00")
    return v


RANGE_SEP_RE = re.compile(r"\s*(?:-|–|to|and|until)\s*", re.IGNORECASE)


def _range_end(text: str, end: int) -> re.Match[str] | None:
    """The second time of "A-B"/"A to B"/"A and B" when it carries am/pm or a zone."""
    sep = RANGE_SEP_RE.match(text, end)
    if sep is None:
        return None
    nxt = TIME_RE.match(text, sep.end())
    if nxt is None or _clock(nxt) is None or not (nxt.group("ampm") or nxt.group("abbr")):
        return None
    return nxt


def _half_day(hm: tuple[int, int], end: re.Match[str]) -> tuple[int, int]:
    """Put a bare "10:37" in the half-day of the range's end ("10:58 p.m." -> 22:37), when
    that keeps the start no later than the end."""
    h, mi = hm
    stop = _clock(end)
    if not end.group("ampm") or stop is None or not 1 <= h <= 12:
        return hm
    cand = h % 12 + (12 if stop[0] >= 12 else 0)
    return (cand, mi) if (cand, mi) <= stop else hm


def find_times(ctx: Ctx, places: list[Cand], dates: list[Cand]) -> list[Cand]:
    """Return time candidates with zone, offset and UTC instant where they can be known."""
    out: list[Cand] = []
    for m in TIME_RE.finditer(ctx.text):
        hm = _clock(m)
        if hm is None:
            continue
        a, b = m.start(), m.end()
        while ctx.text[b - 1].isspace():
            b -= 1
        sent = ctx.sentence_at(a)
        label_m = LABEL_RE.match(ctx.text, b)
        label = label_m.group("label") if label_m else None
        abbr = m.group("abbr")
        if not abbr and not m.group("ampm") and (end := _range_end(ctx.text, b)) is not None:
            # "7:15-7:45 a.m. PT", "between 10:37 and 10:58 p.m.": the first time of a range
            # takes the half-day and zone written once after the second.
            hm = _half_day(hm, end)
            abbr = end.group("abbr") if end.group("abbr") and end.group("abbr").isupper() else None
            label_m = LABEL_RE.match(ctx.text, end.end())
            label = label_m.group("label") if label_m and not abbr else label
        tz: str | None
        if abbr:
            tz, rule, label = ZONE_ABBR[abbr], "time-zone-abbr", abbr
        elif label and label != "local time":
            e = lookup(label[: -len(" time")])
            tz, rule = (e.get("tz") if e else None), "time-zone-place"
        else:
            tz, why = _tz_from_places(places, sent, ctx)
            rule = "time-local" if label else f"time-inferred-{why.split(':')[0]}"
        v = _value(hm, tz, _date_for(dates, sent, a, ctx))
        v["zone_label"] = label
        out.append(Cand(FactType.TIME, a, b, v, rule))
    for m in MILITARY_RE.finditer(ctx.text):
        tz = ZONE_ABBR[m.group("abbr")]
        sent = ctx.sentence_at(m.start())
        v = _value(
            (int(m.group("h")), int(m.group("m"))), tz, _date_for(dates, sent, m.start(), ctx)
        )
        v["zone_label"] = m.group("abbr")
        out.append(Cand(FactType.TIME, m.start(), m.end(), v, "time-zone-abbr"))
    _link_same_instant(ctx, out)
    return out


def _link_same_instant(ctx: Ctx, times: list[Cand]) -> None:
    """Mark times in one sentence that name the same instant in two zones."""
    for i, t in enumerate(times):
        for u in times[i + 1 :]:
            same_sentence = ctx.sentence_at(t.start) == ctx.sentence_at(u.start)
            same_utc = t.value["utc"] and t.value["utc"] == u.value["utc"]
            if same_sentence and same_utc and t.value["tz"] != u.value["tz"]:
                t.value["same_instant_as"] = ctx.text[u.start : u.end]
                u.value["same_instant_as"] = ctx.text[t.start : t.end]
