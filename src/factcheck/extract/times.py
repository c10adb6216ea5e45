"""Find clock times ("2:55 p.m.", "13:19 JST", "2.15pm") and their UTC instant when known."""

from __future__ import annotations

import bisect
import itertools
import re
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from factcheck.extract._base import Cand, Ctx, matches_at, word_set
from factcheck.extract.places import AP_STATES, lookup, zones_of
from factcheck.models import FactType

ZONE_ABBR = {
    "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "GMT": "UTC", "UTC": "UTC", "BST": "Europe/London",
    "CET": "Europe/Paris", "CEST": "Europe/Paris", "EET": "Europe/Athens",
    "EEST": "Europe/Athens", "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon",
    "EST": "America/New_York", "EDT": "America/New_York", "ET": "America/New_York",
    "CST": "America/Chicago", "CDT": "America/Chicago", "CT": "America/Chicago",
    "MST": "America/Denver", "MDT": "America/Denver", "MT": "America/Denver",
    "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "PT": "America/Los_Angeles",
    "AKST": "America/Anchorage", "AKDT": "America/Anchorage", "HST": "Pacific/Honolulu",
    "IST": "Asia/Kolkata", "PKT": "Asia/Karachi", "GST": "Asia/Dubai",
    "HKT": "Asia/Hong_Kong", "SGT": "Asia/Singapore", "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney", "ACST": "Australia/Adelaide", "AWST": "Australia/Perth",
    "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland", "MSK": "Europe/Moscow",
    "ICT": "Asia/Bangkok", "WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "PHT": "Asia/Manila",
    "EAT": "Africa/Nairobi", "WAT": "Africa/Lagos", "CAT": "Africa/Maputo",
    "SAST": "Africa/Johannesburg", "BRT": "America/Sao_Paulo",
    "ART": "America/Argentina/Buenos_Aires",
}  # fmt: skip
# Minutes east of UTC that an abbreviation names whatever the date: "CEST" is +02:00 even
# when the article gives no day. Generic "ET", "CT", "MT", "PT" follow their zone's date.
ABBR_OFFSET = {
    "JST": 540, "KST": 540, "GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120,
    "EEST": 180, "WET": 0, "WEST": 60, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480,
    "HST": -600, "IST": 330, "PKT": 300, "GST": 240, "HKT": 480, "SGT": 480, "AEST": 600,
    "AEDT": 660, "ACST": 570, "AWST": 480, "NZST": 720, "NZDT": 780, "MSK": 180, "ICT": 420,
    "WIB": 420, "WITA": 480, "PHT": 480, "EAT": 180, "WAT": 60, "CAT": 120, "SAST": 120,
    "BRT": -180, "ART": -180,
}  # fmt: skip
# Abbreviations that other countries read otherwise: "IST" in an Israeli story is Israel
# Standard Time, "CST" in a Chinese one China Standard Time.
ABBR_ELSEWHERE = {
    "IST": ((re.compile(r"\b(?:Israel|Israeli|Jerusalem|Tel Aviv|Gaza)\b"), "Asia/Jerusalem", 120),
            (re.compile(r"\b(?:Ireland|Irish|Dublin)\b"), "Europe/Dublin", 0)),
    "CST": ((re.compile(r"\b(?:China|Chinese|Beijing|Shanghai|Taiwan|Taipei)\b"),
             "Asia/Shanghai", 480),),
    "BST": ((re.compile(r"\b(?:Bangladesh|Bangladeshi|Dhaka)\b"), "Asia/Dhaka", 360),),
    "PST": ((re.compile(r"\b(?:Philippines|Philippine|Filipino|Manila)\b"), "Asia/Manila",
             480),),
}  # fmt: skip
# Standard and daylight names of one zone: "EST" written on a July date means Eastern
# time (a common slip), so the zone's offset on that date wins.
SEASONAL = word_set("EST EDT CST CDT MST MDT PST PDT CET CEST EET EEST WET WEST AEST AEDT NZST "
                 "NZDT AKST AKDT")  # fmt: skip
# The zone of each US state that keeps one clock (split states are left unknown).
STATE_TZ = {
    "AL": "America/Chicago", "AK": "America/Anchorage", "AZ": "America/Phoenix",
    "AR": "America/Chicago", "CA": "America/Los_Angeles", "CO": "America/Denver",
    "CT": "America/New_York", "DE": "America/New_York", "DC": "America/New_York",
    "FL": "America/New_York", "GA": "America/New_York", "HI": "Pacific/Honolulu",
    "IL": "America/Chicago", "IN": "America/Indiana/Indianapolis", "IA": "America/Chicago",
    "KS": "America/Chicago", "LA": "America/Chicago", "ME": "America/New_York",
    "MD": "America/New_York", "MA": "America/New_York", "MI": "America/Detroit",
    "MN": "America/Chicago", "MS": "America/Chicago", "MO": "America/Chicago",
    "MT": "America/Denver", "NE": "America/Chicago", "NV": "America/Los_Angeles",
    "NH": "America/New_York", "NJ": "America/New_York", "NM": "America/Denver",
    "NY": "America/New_York", "NC": "America/New_York", "OH": "America/New_York",
    "OK": "America/Chicago", "OR": "America/Los_Angeles", "PA": "America/New_York",
    "RI": "America/New_York", "SC": "America/New_York", "TX": "America/Chicago",
    "UT": "America/Denver", "VT": "America/New_York", "VA": "America/New_York",
    "WA": "America/Los_Angeles", "WV": "America/New_York", "WI": "America/Chicago",
    "WY": "America/Denver",
}  # fmt: skip
_ABBR_ALT = "|".join(sorted(ZONE_ABBR, key=len, reverse=True))
TIME_RE = re.compile(
    r"(?<![\d:.,$£€¥])\b(?P<h>\d{1,2})(?:(?P<sep>[:.])(?P<m>\d{2}))?"
    r"(?:\s?(?P<ampm>[ap]\.?\s?m\b\.?))?"
    rf"(?:\s(?P<po>\()?(?P<abbr>(?-i:{_ABBR_ALT}))\b(?(po)\)))?",
    re.IGNORECASE,
)
# "just after noon", "around midnight", "12 noon": the clock words of news copy. Lower case
# only ("Midnight Oil" is a name); "midnight" is the start of the day it is written with.
CLOCK_WORD_RE = re.compile(r"(?<![\w-])(?:12\s+)?(?P<w>noon|midday|midnight)\b")
# "after midnight", "by noon", "until midnight": a bound, hours wide, not a clock time; "just
# after noon", "shortly before midnight" are within minutes of it.
OPEN_BOUND_RE = re.compile(
    r"(?<!just )(?<!shortly )(?<!soon )\b(?:after|before|past|by|until|till)\s+$", re.I
)
CLOCK_WORDS = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}
# "0500 GMT", "0947 GMT": four-digit wire-style times count only with an explicit zone.
# Two-letter and word-like abbreviations ("PT", "ART") are too loose after four digits.
_LOOSE = word_set("ART CAT WEST GST EAT WAT")
_MIL_ALT = "|".join(
    a for a in sorted(ZONE_ABBR, key=len, reverse=True) if len(a) > 2 and a not in _LOOSE
)
MILITARY_RE = re.compile(
    rf"(?<![\d,.$£€¥])\b(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?P<abbr>{_MIL_ALT})\b"
)
LABEL_RE = re.compile(
    r"[\s,(]{0,3}(?P<label>local time|(?:[A-Z][a-z]+\s){0,3}[A-Z][a-z]+ [Tt]ime)\b"
)
# Zones written out: "Eastern time", "Central European Summer Time", "Greenwich Mean Time".
# A fixed offset where the name says standard or daylight/summer, else the zone's on the day.
NAMED_ZONES: dict[str, tuple[str, int | None]] = {
    "eastern": ("America/New_York", None), "central": ("America/Chicago", None),
    "mountain": ("America/Denver", None), "pacific": ("America/Los_Angeles", None),
    "eastern standard": ("America/New_York", -300), "eastern daylight": ("America/New_York", -240),
    "central standard": ("America/Chicago", -360), "central daylight": ("America/Chicago", -300),
    "mountain standard": ("America/Denver", -420), "mountain daylight": ("America/Denver", -360),
    "pacific standard": ("America/Los_Angeles", -480),
    "pacific daylight": ("America/Los_Angeles", -420),
    "central european": ("Europe/Paris", None), "central european summer": ("Europe/Paris", 120),
    "central european standard": ("Europe/Paris", 60), "eastern european": ("Europe/Athens", None),
    "british": ("Europe/London", None), "british summer": ("Europe/London", 60),
    "greenwich mean": ("UTC", 0), "coordinated universal": ("UTC", 0), "universal": ("UTC", 0),
    "indian standard": ("Asia/Kolkata", 330), "japan standard": ("Asia/Tokyo", 540),
    "korea standard": ("Asia/Seoul", 540), "china standard": ("Asia/Shanghai", 480),
    "moscow standard": ("Europe/Moscow", 180),
    "australian eastern": ("Australia/Sydney", None),
}  # fmt: skip
PLACE_KINDS = ("city", "venue", "region", "country")
# A place the story travels from or to is not where the clock was read: "the train, which
# left Los Angeles, derailed at 1:42 p.m." happened in Missouri.
TRAVEL_BEFORE_RE = re.compile(
    r"\b(?:from|left|leaving|departed|departing|bound\s+for|en\s+route\s+to|heading\s+(?:to|for)|"
    r"headed\s+(?:to|for)|toward|towards|destined\s+for|returning\s+to|back\s+to)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
FROM_TO_RE = re.compile(r"\bfrom\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3},?\s+to\s+(?:the\s+)?$")
LOCATIVE_BEFORE_RE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$", re.I)


def _clock(m: re.Match[str]) -> tuple[int, int] | None:
    h = int(m.group("h"))
    mi = int(m.group("m") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if not ampm and m.group("sep") != ":":
        return None  # "13.2 C", "2.15" without am/pm: not a clock time
    if not ampm and m.group("h") == "0":
        return None  # "Video: ... | 0:28": a clip's length; a 24-hour clock writes "00:28"
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm == "pm" else 0)
    if h > 23 or mi > 59:
        return None
    return h, mi


@lru_cache(maxsize=512)
def _offset_at(tz: str, day: date | None, hm: tuple[int, int]) -> int | None:
    """Minutes east of UTC of ``tz`` at that local time; without a day only a zone that
    keeps one offset all year has one (Missouri is -06:00 in January, -05:00 in June)."""
    zone = ZoneInfo(tz)
    if day is None:
        jan, jul = (datetime(2024, mo, 15, 12, tzinfo=zone).utcoffset() for mo in (1, 7))
        if jan != jul or jan is None:
            return None
        return int(jan.total_seconds() // 60)
    off = (
        datetime.combine(day, datetime.min.time())
        .replace(hour=hm[0], minute=hm[1], tzinfo=zone)
        .utcoffset()
    )
    return None if off is None else int(off.total_seconds() // 60)


def _place_tz(p: Cand) -> str | None:
    """The zone of a place: its own, a US state's single zone, a one-zone country's."""
    v = p.value
    if v.get("demonym"):
        return None  # "Japanese officials said": people, not where the clock was read
    if v["kind"] == "country":
        return v.get("tz") if len(zones_of(v["country_code"])) == 1 else None
    if v["kind"] == "region" and not v.get("tz") and v.get("state"):
        return STATE_TZ.get(v["state"])
    return v.get("tz") if v["kind"] in PLACE_KINDS else None


def _travel(text: str, p: Cand) -> bool:
    """Whether a place is where the story travels from or to ("left Los Angeles")."""
    before = text[max(0, p.start - 60) : p.start]
    return bool(TRAVEL_BEFORE_RE.search(before) or FROM_TO_RE.search(before))


def _dateline_tz(ctx: Ctx) -> str | None:
    """The zone of the dateline's state or country ("MENDON, Mo."), else of its town."""
    if not ctx.dateline_place:
        return None
    region = (ctx.dateline_text or "").split(",", 1)[1:]
    if region:
        word = region[0].split("(")[0].strip()
        state = AP_STATES.get(word)
        if state is None and (r := lookup(word)) is not None:
            state = r.get("state")
            if r["kind"] == "country" and len(zones_of(r["country_code"])) == 1:
                return str(r["tz"])
        if state:
            return STATE_TZ.get(state)
    e = lookup(ctx.dateline_place)
    if e and e.get("tz") and (e["kind"] != "country" or len(zones_of(e["country_code"])) == 1):
        return str(e["tz"])
    return None


def _one_zone(cands: list[tuple[Cand, str]], day: date | None, hm: tuple[int, int], text: str,
              pos: int) -> str | None:  # fmt: skip
    """The zone the places agree on; when they disagree, the one named "in"/"at" just after
    the time; else None."""
    if not cands:
        return None
    offs = {_offset_at(tz, day, hm) if day else _offset_at(tz, date(2024, 1, 15), hm)
            for _, tz in cands}  # fmt: skip
    if len(offs) == 1 and len({tz for _, tz in cands}) == 1:
        return cands[0][1]
    if len(offs) == 1:
        # Zones that agree on this date: the first named ("Mendon, Missouri").
        return cands[0][1] if None not in offs else None
    # "at 1:42 p.m. in Mendon": the place written right after the time.
    cued = [(p, tz) for p, tz in cands if 0 <= p.start - pos <= 40
            and LOCATIVE_BEFORE_RE.search(text, max(0, p.start - 12), p.start)]  # fmt: skip
    cued_offs = {_offset_at(tz, day or date(2024, 1, 15), hm) for _, tz in cued}
    if len(cued_offs) == 1:
        return min(cued, key=lambda c: abs(c[0].start - pos))[1]
    return None


def _tz_from_places(
    places: list[Cand], sent: int, pos: int, day: date | None, hm: tuple[int, int], ctx: Ctx
) -> tuple[str | None, str]:
    """The zone of where the happening is: places named in the sentence (not those travelled
    from or to), else the nearest earlier sentence naming places, else the dateline. Places
    that disagree leave the zone unknown rather than guessed."""
    by_sent, order = _zoned_places(places, ctx)
    here = [c for c in by_sent.get(sent, []) if c[0].value["kind"] != "country"]
    if not here:
        here = by_sent.get(sent, [])
    if here:
        tz = _one_zone(here, day, hm, ctx.text, pos)
        return tz, (f"place:{here[0][0].value['name']}" if tz else "none")
    dl = _dateline_tz(ctx)
    k = bisect.bisect_left(order, sent)  # sentences naming places, in order
    if k:
        near = by_sent[order[k - 1]]
        tz = _one_zone(near, day, hm, ctx.text, pos)
        if tz is None and dl in {z for _, z in near}:
            return dl, f"dateline:{ctx.dateline_place}"
        if tz:
            return tz, f"place:{near[0][0].value['name']}"
    if dl:
        return dl, f"dateline:{ctx.dateline_place}"
    return None, "none"


def _zoned_places(
    places: list[Cand], ctx: Ctx
) -> tuple[dict[int, list[tuple[Cand, str]]], list[int]]:
    """The places that give a zone, by sentence, and the sentences holding one (sorted);
    worked out once per article, not once per time."""
    key = ("zoned-places", id(places))
    if key not in ctx.memo:
        # "Seoul" in "10:30 a.m. Seoul time" names the other zone, never the local one.
        usable: list[tuple[Cand, str]] = []
        for p in places:
            if ctx.text.startswith(" time", p.end) or _travel(ctx.text, p):
                continue
            if (tz := _place_tz(p)) is not None:
                usable.append((p, tz))
        by_sent: dict[int, list[tuple[Cand, str]]] = {}
        for c in usable:
            by_sent.setdefault(ctx.sentence_at(c[0].start), []).append(c)
        ctx.memo[key] = (by_sent, sorted(by_sent), places)  # keeps id(places) taken
    by_sent, order, _ = ctx.memo[key]
    return by_sent, order


def _dates_by_sentence(dates: list[Cand], ctx: Ctx) -> dict[int, list[int]]:
    """Indexes into ``dates`` by sentence (in list order), once per article."""
    key = ("dates-by-sentence", id(dates))
    if key not in ctx.memo:
        out: dict[int, list[int]] = {}
        for i, d in enumerate(dates):
            out.setdefault(ctx.sentence_at(d.start), []).append(i)
        ctx.memo[key] = (out, dates)
    return ctx.memo[key][0]


def _date_for(dates: list[Cand], sent: int, pos: int, ctx: Ctx) -> date | None:
    """The day a time belongs to: a day named in its sentence, else just before, else ref."""
    best: Cand | None = None
    best_rank: tuple[int, int] = (99, 0)
    index = _dates_by_sentence(dates, ctx)
    # Only the dates of this sentence and the two before, in list order (ties go to the first).
    near = sorted(i for s in range(sent - 2, sent + 1) for i in index.get(s, ()))
    for d in (dates[i] for i in near):
        s = ctx.sentence_at(d.start)
        exact = d.value.get("start") and d.value["start"] == d.value.get("end")
        if exact and sent - 2 <= s <= sent:
            rank = (sent - s, abs(d.start - pos))
            if rank < best_rank:
                best, best_rank = d, rank
    if best is not None:
        return date.fromisoformat(best.value["start"])
    return ctx.ref


def _fmt_offset(mins: int) -> str:
    sign = "+" if mins >= 0 else "-"
    return f"{sign}{abs(mins) // 60:02d}:{abs(mins) % 60:02d}"


def _time_value(
    hm: tuple[int, int], tz: str | None, day: date | None, offset: int | None = None
) -> dict[str, Any]:
    """The time's record; ``offset`` (minutes) is a fixed one named by the text, else the
    offset of ``tz`` on the time's own date."""
    v: dict[str, Any] = {"local": f"{hm[0]:02d}:{hm[1]:02d}", "utc_offset": None, "tz": tz,
                         "utc": None, "date": day.isoformat() if day else None}  # fmt: skip
    if offset is None and tz is not None:
        offset = _offset_at(tz, day, hm)
    if offset is None:
        return v
    v["utc_offset"] = _fmt_offset(offset)
    if day is not None:
        local = datetime.combine(day, datetime.min.time()).replace(
            hour=hm[0], minute=hm[1], tzinfo=timezone(timedelta(minutes=offset))
        )
        v["utc"] = local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M+00:00")
    return v


def _named_zone(name: str, day: date | None, hm: tuple[int, int]) -> tuple[str | None, int | None]:
    """Zone and fixed offset of "Eastern", "British Summer", "Moscow", "Japan" (+ " time")."""
    named = NAMED_ZONES.get(name.lower())
    if named is not None:
        tz, off = named
        if off is not None and day is not None and (on_day := _offset_at(tz, day, hm)) != off:
            # "Eastern Standard Time" on a July date: Eastern time, as with "EST".
            off = on_day if on_day is not None and tz != "UTC" else off
        return tz, off
    e = lookup(name)
    return (_place_tz(Cand(FactType.PLACE, 0, 0, e, "")) if e else None), None


def _abbr_zone(
    abbr: str, ctx: Ctx, day: date | None, hm: tuple[int, int]
) -> tuple[str, int | None]:
    """Zone and fixed offset an abbreviation names in this article."""
    for rx, other, fixed in ABBR_ELSEWHERE.get(abbr, ()):
        key = ("search", rx)  # once per article, not once per time
        if key not in ctx.memo:
            ctx.memo[key] = rx.search(ctx.text) is not None
        if ctx.memo[key]:
            return other, fixed
    tz = ZONE_ABBR[abbr]
    off = ABBR_OFFSET.get(abbr)
    if off is not None and day is not None and abbr in SEASONAL:
        on_day = _offset_at(tz, day, hm)
        if on_day is not None and on_day != off:
            return tz, on_day  # "EST" on a July date: Eastern time, -04:00
    return tz, off


RANGE_SEP_RE = re.compile(r"\s*(?:-|–|to|and|until)\s*", re.IGNORECASE)
# "1:42 p.m. local time (8:42 p.m. CEST)": the second clock restates the first in a zone.
RESTATE_GAP_RE = re.compile(r"\s*(?:\(|,|/|or)\s*(?:or\s+)?$")


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


def _opens_line(text: str, at: int) -> bool:
    """Whether only white space stands between the line's start and ``at``."""
    start = text.rfind("\n", 0, at) + 1
    return not text[start:at].strip()


def find_times(ctx: Ctx, places: list[Cand], dates: list[Cand]) -> list[Cand]:
    """Return time candidates with zone, offset and UTC instant where they can be known."""
    out: list[Cand] = []
    # Both patterns open with a digit after a word boundary: tried only where a word does.
    digits = ctx.digit_starts
    for m in matches_at(TIME_RE, ctx.text, digits):
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
            abbr = end.group("abbr")
            label_m = LABEL_RE.match(ctx.text, end.end())
            label = label_m.group("label") if label_m and not abbr else label
        if not abbr and not m.group("ampm") and not label and _opens_line(ctx.text, a):
            continue  # "3:30 Video captures moments after ...": a clip's length in a list
        day = _date_for(dates, sent, a, ctx)
        tz: str | None
        offset: int | None = None
        if abbr:
            (tz, offset), rule, label = _abbr_zone(abbr, ctx, day, hm), "time-zone-abbr", abbr
        elif label and label != "local time":
            tz, offset = _named_zone(label[: -len(" time")], day, hm)
            rule = "time-zone-place"
        else:
            tz, why = _tz_from_places(places, sent, a, day, hm, ctx)
            rule = "time-local" if label else f"time-inferred-{why.split(':')[0]}"
        v = _time_value(hm, tz, day, offset)
        v["zone_label"] = label
        out.append(Cand(FactType.TIME, a, b, v, rule))
    for m in matches_at(MILITARY_RE, ctx.text, digits):
        hm = (int(m.group("h")), int(m.group("m")))
        sent = ctx.sentence_at(m.start())
        day = _date_for(dates, sent, m.start(), ctx)
        tz, offset = _abbr_zone(m.group("abbr"), ctx, day, hm)
        v = _time_value(hm, tz, day, offset)
        v["zone_label"] = m.group("abbr")
        out.append(Cand(FactType.TIME, m.start(), m.end(), v, "time-zone-abbr"))
    for m in CLOCK_WORD_RE.finditer(ctx.text):
        if OPEN_BOUND_RE.search(ctx.text, max(0, m.start() - 20), m.start()):
            continue
        hm = CLOCK_WORDS[m.group("w")]
        sent = ctx.sentence_at(m.start())
        # "midnight Saturday" may open or close Saturday: no day, so no instant, only a clock
        day = _date_for(dates, sent, m.start(), ctx) if hm != (0, 0) else None
        tz, why = _tz_from_places(places, sent, m.start(), day, hm, ctx)
        v = _time_value(hm, tz, day, None)
        v["zone_label"] = None
        out.append(Cand(FactType.TIME, m.start(), m.end(), v, f"time-word-{why.split(':')[0]}"))
    out = _restated_zone(ctx, out)
    _link_same_instant(ctx, out)
    return out


def _minutes(v: dict[str, Any]) -> int:
    h, m = v["local"].split(":")
    return int(h) * 60 + int(m)


def _restated_zone(ctx: Ctx, times: list[Cand]) -> list[Cand]:
    """ "1:42 p.m. local time (8:42 p.m. CEST)": a local clock restated right after in a
    named zone takes its offset from the difference, whatever places the text names."""
    by_start = sorted(times, key=lambda c: c.start)
    out = list(by_start)
    for i, t in enumerate(by_start[:-1]):
        u = by_start[i + 1]
        explicit = u.rule in ("time-zone-abbr", "time-zone-place") and u.value["utc_offset"]
        if t.rule in ("time-zone-abbr", "time-zone-place") or not explicit:
            continue
        gap = ctx.text[t.end : u.start]
        bracketed = gap.rstrip().endswith("(")
        local = t.value["zone_label"] == "local time"
        if len(gap) > 16 or not (bracketed or (local and RESTATE_GAP_RE.search(gap))):
            continue
        u_off = _parse_offset(u.value["utc_offset"])
        off = (_minutes(t.value) - _minutes(u.value) + u_off) % 1440
        off = off - 1440 if off > 14 * 60 else off
        if off < -12 * 60 or off % 15:
            continue
        day = date.fromisoformat(t.value["date"]) if t.value["date"] else None
        hm = (_minutes(t.value) // 60, _minutes(t.value) % 60)
        tz = t.value["tz"] if t.value["utc_offset"] == _fmt_offset(off) else None
        v = {**_time_value(hm, tz, day, off), "zone_label": t.value["zone_label"]}
        out[i] = Cand(FactType.TIME, t.start, t.end, v, "time-zone-restated")
    return out


def _parse_offset(s: str) -> int:
    sign = -1 if s[0] == "-" else 1
    return sign * (int(s[1:3]) * 60 + int(s[4:6]))


def _link_same_instant(ctx: Ctx, times: list[Cand]) -> None:
    """Mark times in one sentence that name the same instant in two zones."""
    ordered = all(a.start <= b.start for a, b in itertools.pairwise(times))
    for i, t in enumerate(times):
        sent = ctx.sentence_at(t.start)
        for j in range(i + 1, len(times)):
            u = times[j]
            same_sentence = sent == ctx.sentence_at(u.start)
            if ordered and not same_sentence:
                break  # in text order: every later time is in a later sentence too
            same_utc = t.value["utc"] and t.value["utc"] == u.value["utc"]
            if same_sentence and same_utc and t.value["tz"] != u.value["tz"]:
                t.value["same_instant_as"] = ctx.text[u.start : u.end]
                u.value["same_instant_as"] = ctx.text[t.start : t.end]
