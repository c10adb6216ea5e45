"""Regex date recognisers for ingest: short strings or texts in, dates and ISO strings out."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Offsets of the zone abbreviations news sites print in time stamps, in hours.
ZONE_OFFSETS = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "IST": 5.5, "CET": 1, "CEST": 2,
    "EET": 2, "EEST": 3, "MSK": 3, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "CST": -6,
    "CDT": -5, "EST": -5, "EDT": -4, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13, "ICT": 7, "WIB": 7, "PHT": 8,
}  # fmt: skip

_MONTH = (
    r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|"
    r"June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.|t)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
    r"Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
# "November 14, 2022", "Nov. 13, 2022", "Jan. 13" (year optional).
MDY = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?")
# "14 November 2022".
DMY = re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}\s+(?P<year>\d{{4}})\b")
ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
WEEKDAY_WORD = re.compile(rf"\b{_WEEKDAY}\b")


@dataclass(frozen=True)
class DateHit:
    """A date found in text: ISO day (None when the year is unknown) and its span."""

    month: int
    day: int
    year: int | None
    start: int
    end: int
    weekday: str | None = None

    def iso(self) -> str | None:
        """The ISO date, or None when the year is missing or the day does not exist."""
        if self.year is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day).isoformat()
        except ValueError:
            return None


def month_number(word: str) -> int | None:
    """1..12 for a month name or abbreviation ('Sept.', 'November'), else None."""
    key = word.lower().rstrip(".")
    return MONTHS.get(key[:4] if key.startswith("sept") else key[:3])


def find_dates(text: str) -> list[DateHit]:
    """All month-name dates in ``text`` (with or without year), in order."""
    hits: list[DateHit] = []
    for rx in (MDY, DMY):
        for m in rx.finditer(text):
            month = month_number(m.group("month"))
            day = int(m.group("day"))
            if month is None or not 1 <= day <= 31:
                continue
            year = int(m.group("year")) if m.group("year") else None
            hits.append(DateHit(month, day, year, m.start(), m.end()))
    hits.sort(key=lambda h: h.start)
    return hits


def format_offset(hours: float) -> str:
    """'+09:00' for 9, '-05:30' for -5.5."""
    sign = "-" if hours < 0 else "+"
    minutes = round(abs(hours) * 60)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def weekday_of(iso: str) -> str:
    """'Friday' for '2023-01-13'."""
    return WEEKDAYS[dt.date.fromisoformat(iso).weekday()].capitalize()


def normalise_iso_datetime(value: str) -> str | None:
    """An ISO 8601 stamp from metadata as 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM±hh:mm'."""
    value = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        m = ISO.search(value)
        if not m:
            hits = find_dates(value)
            return hits[0].iso() if hits and hits[0].year else None
        try:
            return dt.date(int(m["year"]), int(m["month"]), int(m["day"])).isoformat()
        except ValueError:
            return None
    if len(value) <= 10:
        return parsed.date().isoformat()
    stamp = parsed.strftime("%Y-%m-%dT%H:%M")
    offset = parsed.utcoffset()
    if offset is None:
        return stamp
    return stamp + format_offset(offset.total_seconds() / 3600)
