"""Header stamps: a short page-header line in, its date (and time with offset) out.

Covers the shapes sites print above or below a headline: "13:19 JST, November 14, 2022",
"Thu Nov 10, 2011 3:00pm EST", "3/27/2012 @ 10:05AM", "Posted September 26, 2013-3:47pm",
"NOVEMBER 12, 2007", "Saturday, May 18, 2024", "Tuesday, 24 March 2015 08:55 AM EDT",
"2022/10/30", "6/25/21 3:00 PM".
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from factcheck.ingest.dates import ZONE_OFFSETS, DateHit, format_offset, month_number

# A stamp line is short; a longer line holding a date is a headline or a sentence.
STAMP_MAX_WORDS = 14
# Words left over once date, time and filler are taken out; more means it is prose.
STAMP_MAX_OTHER_WORDS = 1

# US zone names without a daylight-saving letter: the offset depends on the date.
ZONE_TZ = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
           "PT": "America/Los_Angeles"}  # fmt: skip

_MONTH = (
    r"(?P<month>jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|jun(?:e|\.)?|"
    r"jul(?:y|\.)?|aug(?:ust|\.)?|sep(?:tember|t\.|\.|t)?|oct(?:ober|\.)?|nov(?:ember|\.)?|"
    r"dec(?:ember|\.)?)"
)
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>[a-z]+\.?),?\s+(?P<year2>\d{{4}})"
    r"|(?P<n1>\d{1,2})(?P<nsep>[/-])(?P<n2>\d{1,2})(?P=nsep)(?P<nyear>\d{4}|\d{2})"
    r"|(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2}))\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"(?<![\d/])(?P<h>\d{1,2})[:.](?P<m>\d{2})(?::\d{2})?(?![\d/])\s*(?P<ampm>[ap]\.?\s?m\b\.?)?"
    r"\s*(?P<zone>[A-Z]{1,5}\b)?",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"\b(?:posted|updated?|published|last|modified|first|at|on|by|am|pm|a\.m\.|p\.m\.|"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?)\b",
    re.IGNORECASE,
)


def _date_of(m: re.Match[str]) -> DateHit | None:
    if m.group("year"):
        month, day, year = month_number(m.group("month")), int(m.group("day")), m.group("year")
    elif m.group("year2"):
        month, day, year = month_number(m.group("month2")), int(m.group("day2")), m.group("year2")
    elif m.group("nyear"):
        first, second = int(m.group("n1")), int(m.group("n2"))
        # US sites print month/day; a first number above 12 can only be a day.
        month, day = (second, first) if first > 12 else (first, second)
        year = m.group("nyear")
        if len(year) == 2:
            # "6/25/21": a two-digit year on a page stamp is this century's.
            year = f"20{year}"
    else:
        month, day, year = int(m.group("im")), int(m.group("id")), m.group("iy")
    if month is None:
        return None
    hit = DateHit(month, day, int(year), m.start(), m.end())
    return hit if hit.iso() else None


def _offset(zone: str | None, day: dt.date, hour: int, minute: int) -> str | None:
    if not zone:
        return None
    zone = zone.upper()
    if zone in ZONE_OFFSETS:
        return format_offset(ZONE_OFFSETS[zone])
    if zone in ZONE_TZ:
        local = dt.datetime(
            day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(ZONE_TZ[zone])
        )
        offset = local.utcoffset()
        return format_offset(offset.total_seconds() / 3600) if offset is not None else None
    return None


def _is_zone(word: str) -> bool:
    return word.isupper() and (word in ZONE_OFFSETS or word in ZONE_TZ)


def _unknown_zone(zone: str | None) -> str:
    """Keep a would-be zone word that is no zone ('10:05 Reuters') for the prose count."""
    if zone and zone.upper() not in ZONE_OFFSETS and zone.upper() not in ZONE_TZ:
        return f" {zone} "
    return " "


def parse_stamp_line(line: str) -> tuple[DateHit, str | None] | None:
    """(date, 'YYYY-MM-DDTHH:MM[+hh:mm]' or None) for a stamp or bare date line, else None."""
    if len(line.split()) > STAMP_MAX_WORDS:
        return None
    date_match = next((m for m in _DATE.finditer(line) if _date_of(m)), None)
    if date_match is None:
        return None
    hit = _date_of(date_match)
    if hit is None:
        return None
    # "Posted <date> Updated <date>": the first date and clock are the publication stamp;
    # every date and clock is taken out before counting the words that are left.
    rest = _DATE.sub(" ", line)
    clock = next((c for c in _CLOCK.finditer(rest) if int(c["h"]) < 24 and int(c["m"]) < 60), None)
    leftover = _CLOCK.sub(lambda c: _unknown_zone(c["zone"]), rest)
    leftover = _FILLER.sub(" ", leftover)
    # A repeated zone name ("08:55 AM EDT ET") is part of the stamp, not prose.
    words = [w for w in re.findall(r"[A-Za-z]{2,}", leftover) if not _is_zone(w)]
    if len(words) > STAMP_MAX_OTHER_WORDS:
        return None
    if clock is None:
        return hit, None
    hour, minute = int(clock["h"]), int(clock["m"])
    ampm = (clock["ampm"] or "").replace(".", "").replace(" ", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    day = dt.date.fromisoformat(hit.iso() or "")
    zone = clock["zone"]
    offset = _offset(
        zone if zone and zone.upper() != "AM" and zone.upper() != "PM" else None, day, hour, minute
    )
    return hit, f"{day.isoformat()}T{hour:02d}:{minute:02d}{offset or ''}"


# A stamp line left in the analysed text: nothing but a date, a clock, a time zone and a
# label, a line the page prints to say when the story was put out ("March 1, 2012 -- 07:58
# GMT (23:58 PST)", "Released 2013-09-28 05:08:35 GMT", "Date Published: Tuesday, November
# 15, 2011"). Stricter than parse_stamp_line, which reads the page header: cluster dates a
# whole article by such a line, so no word besides a label may stand in it.
_TEXT_CLOCK_RE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b")
# "Updated ..." is left out: a story is revised days or weeks after what it reports.
_TEXT_LABEL_RE = re.compile(r"\b(?:released|published|posted|filed|date)\b", re.IGNORECASE)
_TEXT_FILLER_RE = re.compile(
    r"\b(?:[ap]\.?m\.?|on|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
# Time zones are capitals ("GMT", "PDT", "CET", "UTC"); punctuation and dashes join the parts.
_TEXT_ZONE_RE = re.compile(r"\b(?:[A-Z]{1,4}T|UTC|Z)\b|[\s\-–—:,.()|/+]+")
TEXT_STAMP_MAX_WORDS = 12


def is_stamp_line(line: str, date_start: int, date_end: int) -> bool:
    """Whether ``line``, a line of the analysed text holding one full date at
    [date_start, date_end), is a stamp line: besides the date only a clock or a label
    ("Released", "Published"), fillers and time zones. "He will be sentenced November 8."
    is a statement, not a stamp.
    """
    if len(line.split()) > TEXT_STAMP_MAX_WORDS:
        return False
    rest = line[:date_start] + " " + line[date_end:]
    if not (_TEXT_CLOCK_RE.search(rest) or _TEXT_LABEL_RE.search(rest)):
        return False
    rest = _TEXT_LABEL_RE.sub(" ", _TEXT_CLOCK_RE.sub(" ", rest))
    return _TEXT_ZONE_RE.sub("", _TEXT_FILLER_RE.sub(" ", rest)) == ""
