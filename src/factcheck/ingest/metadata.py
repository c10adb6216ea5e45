"""Metadata inference: body text, header and furniture marks in; outlet and dates out."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from factcheck.ingest import outlets
from factcheck.ingest.dateline import ParsedDateline
from factcheck.ingest.dates import WEEKDAY_WORD, YEAR, DateHit, find_dates, weekday_of
from factcheck.ingest.header import Header
from factcheck.ingest.lines import Marks

# A header date further than this from the dates the story itself uses is the day the
# page was scraped or printed, not the day it was published.
SCRAPE_GAP_DAYS = 60
# A bare header date at least this many years after every year the story names is a
# scrape date.
SCRAPE_GAP_YEARS = 2
# A header date within this many days of the dateline's month/day agrees with it
# (time zones and late filing shift a day or two).
DATELINE_AGREE_DAYS = 2
# When a stamp gives the publication date, a dateline's year-less date lies within this
# many days of it.
DATELINE_NEAR_PUBLISHED_DAYS = 183
# Candidate years tried for a year-less dateline date beyond the latest full date.
YEAR_SEARCH_SPAN = 12


def today() -> dt.date:
    """Today's date (UTC); a seam for tests."""
    return dt.datetime.now(dt.UTC).date()


_LABELLED_STAMP = re.compile(r"\b(?:posted|published|updated)\b", re.IGNORECASE)
_LEAD_WIRE = re.compile(r"\((?P<tag>[A-Z][A-Za-z .&-]{1,24})\)\s*[—–-]")


@dataclass
class Inferred:
    """Metadata inferred from one article's text."""

    outlet: str | None = None
    outlet_rule: str | None = None
    published: str | None = None
    dateline_date: str | None = None
    notes: list[str] = field(default_factory=list)


def infer_outlet(
    lead: str, dateline: ParsedDateline | None, marks: Marks, header: Header, url: str | None
) -> tuple[str | None, str | None]:
    """The outlet and the rule that found it, from the strongest clue available."""
    tag = dateline.wire if dateline and dateline.wire else None
    if tag is None:
        m = _LEAD_WIRE.search(lead[:200])
        tag = m.group("tag") if m else None
    if tag:
        known = outlets.by_wire_tag(tag.strip())
        if known or tag.isupper():
            return known or tag.strip(), "wire-tag"
    if url:
        by_domain = outlets.by_domain(url)
        if by_domain:
            return by_domain, "domain"
    for left, right in marks.credits:
        credited = outlets.by_credit(left, right)
        if credited:
            return credited, "photo-credit"
    site = outlets.by_site_heading(marks.headings) or outlets.by_marker(marks.dropped_texts)
    if site:
        return site, "site-marker"
    readout = outlets.by_readout(header.notes_lines + marks.dropped_texts)
    if readout:
        return readout, "readout-style"
    host = outlets.site_of(url) if url else None
    if host:
        return host, "url-host"  # an unknown site: its domain is the best label to check
    return None, None


def _days_apart_ignoring_year(a: dt.date, month: int, day: int) -> int:
    """Smallest distance in days between ``a`` and month/day in a neighbouring year."""
    best = 366
    for year in (a.year - 1, a.year, a.year + 1):
        try:
            best = min(best, abs((dt.date(year, month, day) - a).days))
        except ValueError:
            continue
    return best


def _full_dates(hits: list[DateHit]) -> list[dt.date]:
    return [dt.date.fromisoformat(iso) for h in hits if (iso := h.iso())]


def _scrape_reason(
    line: str,
    day: dt.date,
    dateline: ParsedDateline | None,
    lead_dates: list[dt.date],
    years: set[int],
    has_clock: bool,
    text_dates: list[dt.date],
) -> str | None:
    """Why a header date looks like the scrape date rather than the publication date."""
    if _LABELLED_STAMP.search(line):
        return None  # "Posted ...", "Published ...": the page says what the date is
    if dateline and dateline.month and dateline.day:
        gap = _days_apart_ignoring_year(day, dateline.month, dateline.day)
        if gap > DATELINE_AGREE_DAYS:
            return f"the dateline gives another date ({dateline.text})"
    if lead_dates:
        nearest = min(abs((day - d).days) for d in lead_dates)
        if nearest > SCRAPE_GAP_DAYS:
            return f"it is {nearest} days from the nearest date in the lead"
    # A bare date (no clock) years after every year and every full date the story names is
    # the printout's date; stories often name only earlier years ("Friends aired from 1994
    # until 2004" in an obituary), so the story must also date something itself.
    if (
        not has_clock
        and years
        and text_dates
        and day.year >= max(years) + SCRAPE_GAP_YEARS
        and day.year >= max(d.year for d in text_dates) + SCRAPE_GAP_YEARS
    ):
        return f"the story names no year after {max(years)}"
    return None


def judge_header_dates(
    header: Header, dateline: ParsedDateline | None, text: str, lead: str, inferred: Inferred
) -> tuple[str | None, dt.date | None]:
    """Split header date lines into a publication date and a scrape date, with notes."""
    published: str | None = None
    scrape: dt.date | None = None
    lead_dates = _full_dates(find_dates(lead))
    years = {int(y) for y in YEAR.findall(text)}
    text_dates = _full_dates(find_dates(text))
    for line, hit, stamp in header.date_lines:
        iso = hit.iso()
        if iso is None:
            continue
        day = dt.date.fromisoformat(iso)
        why = _scrape_reason(line, day, dateline, lead_dates, years, stamp is not None, text_dates)
        if why:
            scrape = scrape or day
            inferred.notes.append(
                f"header date '{line}' looks like the page's scrape date, not the "
                f"publication date: {why}"
            )
        elif published is None:
            published = stamp or iso
    return published, scrape


def infer_dateline_year(
    dateline: ParsedDateline,
    lead: str,
    text: str,
    published: str | None,
    scrape: dt.date | None,
    inferred: Inferred,
) -> str | None:
    """Give a year-less dateline date ('Jan. 13') its year from the article's context."""
    month, day = dateline.month, dateline.day
    if month is None or day is None:
        return None
    if published:
        pub = dt.date.fromisoformat(published[:10])
        for year in (pub.year, pub.year - 1, pub.year + 1):
            try:
                cand = dt.date(year, month, day)
            except ValueError:
                continue
            if abs((cand - pub).days) <= DATELINE_NEAR_PUBLISHED_DAYS:
                return cand.isoformat()
    full = _full_dates(find_dates(text))
    latest = max(full) if full else None
    years = sorted({int(y) for y in YEAR.findall(text)})
    weekday_match = WEEKDAY_WORD.search(lead)
    weekday = weekday_match.group("weekday") if weekday_match else None
    # With no anchor at all, only a named weekday narrows the year, and a story is
    # never from the future: take the latest matching year up to the scrape date/today.
    anchored = latest is not None or bool(years)
    if not anchored and weekday is None:
        inferred.notes.append(
            f"dateline '{dateline.text}' has no year and the text gives none; date left open"
        )
        return None
    upper = scrape or today()
    if latest is not None:
        first_year = latest.year
    elif years:
        first_year = years[-1]
    else:
        first_year = upper.year - YEAR_SEARCH_SPAN
    last_year = min(upper.year, first_year + YEAR_SEARCH_SPAN)
    candidates: list[dt.date] = []
    for year in range(first_year, last_year + 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if (latest and cand < latest) or cand > upper:
            continue
        candidates.append(cand)
    matching = [c for c in candidates if weekday and weekday_of(c.isoformat()) == weekday]
    pool = matching or candidates
    if not pool:
        inferred.notes.append(f"dateline '{dateline.text}': no year fits the context")
        return None
    chosen = pool[0] if anchored else pool[-1]
    how = [f"dateline '{dateline.text}' has no year; took {chosen.year}"]
    if matching:
        how.append(f"the lead's '{weekday}' falls on {chosen.isoformat()}")
    if latest:
        how.append(f"first such date after {latest.isoformat()}, the latest full date in the text")
    elif not anchored:
        how.append("the latest such date not in the future (the text names no year; weak)")
    if scrape:
        how.append(f"not after the scrape date {scrape.isoformat()}")
    inferred.notes.append("; ".join(how))
    return chosen.isoformat()
