"""When the same happening took place, as each account writes it.

A date is keyed by the happening its nearest words name (their WordNet concepts: "was
arraigned Tuesday", "the arraignment on Wednesday") and compared as written: two weekdays,
or two calendar days, never a weekday against a day resolved from a publication date (which
is where resolution goes wrong). The day a statement was made ("police said Monday") is left
out. Slot 'when:<fact>|<fact>', one pair of articles each.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from factcheck.align.keys import CLAUSE_WORD_RE, claim_key, clause, governing_happening
from factcheck.align.shared import (
    file_names,
    merged_pairs,
    odd_values,
    principal_happenings,
    representatives,
)
from factcheck.context import is_statement_day
from factcheck.lexicon import concept, onset
from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType
from factcheck.settings import (
    FIVE_MINUTE_ROUNDING,
    MULTI_CLOCK_WINDOW,
    PAIR_REPRESENTATIVES,
    TIME_ROUNDING_MINUTES,
)
from factcheck.values import DateValue, TimeValue

HAPPENING_MIN_SHARED = 1
# Accounts that must date a happening before one account's second day for it stands out:
# itself and one other (on dev, 2 seeded edits caught for 1 false variation on untouched
# events; with two others required, neither).
ODD_MIN_ACCOUNTS = 2
NAME_RE = re.compile(r"(?<=\w\s)[A-Z][a-z]+")
# Calendar words are capitalised but name no place or thing: "arrested Monday ... on March 18"
# is no sign of another happening.
CALENDAR_WORDS = frozenset((*calendar.day_name, *calendar.month_name[1:], *calendar.month_abbr[1:]))
# What may stand between a clock time and the day it is on: "11:07 a.m. Sunday", "4:25 a.m. on
# Monday", "Sunday at 11:07 a.m.", "Monday afternoon about 1:15 p.m.", "7 p.m. PT on Friday".
CLOCK_DAY_GAP_RE = re.compile(
    r"^[\s,(]*(?:(?:on|at|about|around|approximately|roughly|nearly|shortly|just|before|after|"
    r"[A-Z]{1,4}T)[\s,]+)*$"
)
CLOCK_DAY_REACH = 30
# A hedge before a clock time ("about 10:45 p.m.", "shortly after 11"): it may be rounded.
HEDGE_BEFORE_RE = re.compile(
    r"\b(?:about|around|approximately|roughly|nearly|almost|some|shortly\s+(?:before|after)|"
    r"just\s+(?:before|after))\s+(?:at\s+)?$",
    re.IGNORECASE,
)


# A bare bound before a clock time ("allowing minors in the bar after 9 p.m.", "until 3 a.m.")
# says only on which side of it something was, not when: "shortly after" and "just after"
# are hedges, not bounds.
BOUND_BEFORE_RE = re.compile(
    r"(?<!shortly\s)(?<!just\s)(?<!soon\s)\b(?:after|before|until|till|by)\s+$", re.IGNORECASE
)


def bound(item: ArticleFacts, fact: Fact) -> bool:
    """Whether the figure is written as a bound ("after 9 p.m."), not as a moment."""
    text = item.article.text
    return BOUND_BEFORE_RE.search(text, max(0, fact.start - 30), fact.start) is not None


def hedged(item: ArticleFacts, fact: Fact) -> bool:
    """Whether a hedge stands right before the figure ("around 11:15 a.m.")."""
    text = item.article.text
    return HEDGE_BEFORE_RE.search(text, max(0, fact.start - 30), fact.start) is not None


def written_day(fact: Fact) -> tuple[str, str] | None:
    """('weekday', 'Tuesday') or ('day', 'MM-DD') as written; None for anything vaguer."""
    v = fact.value
    if not isinstance(v, DateValue) or v.granularity != "day":
        return None
    if v.relative:
        return ("weekday", v.weekday) if v.weekday else None
    if v.start:
        return ("day", v.start[5:10])
    return ("day", v.month_day) if v.month_day else None


def happening_words(item: ArticleFacts, fact: Fact) -> frozenset[str]:
    """The concept of the word that says what a date dates (``keys.governing_happening``),
    else of the nearest content word."""
    return governing_happening(item, fact, fallback=True)


# A word of WordNet's concept of "occur" (happen, occur, ensue, occurrence) says only that
# something took place.
OCCUR = "occur"


# A happening named as what someone is arrested for, charged with or accused of: "arrested in
# connection with the murders on Tuesday", "accused of murdering a student are due in court on
# Wednesday". Such a date dates the arrest or the hearing, not the event.
CHARGE_OBJECT_RE = re.compile(
    r"\b(?:with|for|of)\s+(?:(?:the|a|an|his|her|their|its)\s+)?([A-Za-z][A-Za-z'’-]*)",
    re.IGNORECASE,
)


def _charge_object(item: ArticleFacts, fact: Fact) -> bool:
    before, _after = clause(item, fact)
    words = governing_happening(item, fact, written=True)
    charged = {m.group(1).lower() for m in CHARGE_OBJECT_RE.finditer(before)}
    return bool(words & charged)


def dates_occurrence(item: ArticleFacts, fact: Fact) -> bool:
    """Whether a date's clause says only that something took place or began, naming no
    happening: "The incident happened around 11:20 p.m. Wednesday", "It happened on Aug. 3",
    "Gunfire erupted about 9 p.m." (``lexicon.onset``). In a story
    about one event, that is the event itself (``happening_alignments`` keys it by the
    event's own happenings); "The shooting happened Tuesday" is keyed by "shooting"."""
    if governing_happening(item, fact):
        return False
    before, _after = clause(item, fact)
    occur = concept(OCCUR)  # read when first needed: the table loads on first use
    words = [w.lower() for w in CLAUSE_WORD_RE.findall(before)]
    return any(
        concept(w) == occur or onset(w) or onset(f"{w} {n}") for w, n in pairwise([*words, ""])
    )


# An event that is itself an announcement (a deal, a price, a result): most leads say
# "announced", and "X announced on Tuesday" dates the event, not a statement about it.
ANNOUNCE = "announce"
ANNOUNCED_RE = re.compile(r"\bannounc(?:ed|es|ing|ement)\b", re.IGNORECASE)
ANNOUNCED_ON_RE = re.compile(r"\bannounced\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
ANNOUNCED_AFTER_RE = re.compile(r",?\s+announced\b", re.IGNORECASE)
ANNOUNCEMENT_MIN_SHARE = 0.5


def announcement_event(group: Sequence[ArticleFacts]) -> bool:
    """Whether most of the event's articles say "announced" in their title or first two
    sentences."""
    n = 0
    for item in group:
        lead = [s for s in item.sentences if s.role != "caption"][:2]
        text = (item.article.title or "") + " " + " ".join(s.text for s in lead)
        n += bool(ANNOUNCED_RE.search(text))
    return n >= max(2, ANNOUNCEMENT_MIN_SHARE * len(group))


def _announced_on(item: ArticleFacts, fact: Fact) -> bool:
    """ "Salesforce announced on Tuesday", "Salesforce on Tuesday announced"."""
    text = item.article.text
    return (
        ANNOUNCED_ON_RE.search(text, max(0, fact.start - 30), fact.start) is not None
        or ANNOUNCED_AFTER_RE.match(text, fact.end) is not None
    )


def happening_alignments(
    event: Event, group: Sequence[ArticleFacts], principal: frozenset[str] | None = None
) -> list[Alignment]:
    """Pairs of dates in two articles that date the same happening and read differently."""
    dated: list[tuple[Fact, tuple[str, str], frozenset[str], str]] = []
    # the event's own happenings (shot, killed): dated by any of them, one happening
    if principal is None:
        principal = principal_happenings(group)
    days: dict[str, set[tuple[str, str]]] = {}
    for item in group:
        days[item.article.id] = {
            d for f in item.facts if f.type == FactType.DATE and (d := written_day(f)) is not None
        }
    texts = {item.article.id: item.article.text for item in group}
    names: dict[str, list[str]] = {}
    occurrences: set[str] = set()  # dates of "it happened ..." (``dates_occurrence``)
    objects: set[str] = set()  # dates keyed by a happening named as a charge's object
    announcing = announcement_event(group)
    for item in group:
        for fact in item.facts:
            if fact.type != FactType.DATE:
                continue
            announced = announcing and _announced_on(item, fact)
            if is_statement_day(item, fact) and not announced:
                continue
            day = written_day(fact)
            if day is None:
                continue
            if announced:
                head = frozenset({ANNOUNCE})
            elif principal and dates_occurrence(item, fact):
                head = principal
                occurrences.add(fact.id)
            else:
                head = happening_words(item, fact)
                if _charge_object(item, fact):
                    objects.add(fact.id)
            tense = fact.value.tense if isinstance(fact.value, DateValue) else None
            if head:
                dated.append((fact, day, head, str(tense or claim_key(item, fact).time)))
                names[fact.id] = _clause_names(item, fact)
    # Two accounts of each (day, happening) at most: pairs between days, not between copies.
    files = file_names(group)
    per_key: dict[tuple[object, ...], set[str]] = {}
    chosen: set[str] = set()
    for entry in sorted(dated, key=lambda e: (files.get(e[0].article_id, ""), e[0].start)):
        ids = per_key.setdefault((entry[1], entry[2], entry[3]), set())
        if entry[0].article_id not in ids and len(ids) < PAIR_REPRESENTATIVES:
            ids.add(entry[0].article_id)
            chosen.add(entry[0].id)
    out = odd_day_alignments(event, dated)
    out += clock_day_alignments(event, group)
    out += meridiem_alignments(event, group)
    out += clock_happening_alignments(event, group, principal)
    out += sole_clock_alignments(event, group, principal)
    dated = [entry for entry in dated if entry[0].id in chosen]
    for i, (a, da, ha, ta) in enumerate(dated):
        for b, db, hb, tb in dated[i + 1 :]:
            if a.article_id == b.article_id or da[0] != db[0] or da == db or ta != tb:
                continue
            if {a.id, b.id} & occurrences and {a.id, b.id} & objects:
                continue  # "it happened Friday" / "accused of murdering ... in court Monday"
            if da[0] == "day" and da[1][:2] != db[1][:2]:
                continue  # months apart: two happenings (a killing and its sentencing)
            foreign = any(n not in texts[b.article_id] for n in names[a.id]) or any(
                n not in texts[a.article_id] for n in names[b.id]
            )  # "the bombing of Alpha on Tuesday": a place the other never names
            same = len(ha & hb) >= HAPPENING_MIN_SHARED
            # two of the event's own happenings (shot / killed): one happening only when
            # neither account gives the other's day ("shot Saturday, died Monday" is two)
            own = (
                ha <= principal
                and hb <= principal
                and da not in days[b.article_id]
                and db not in days[a.article_id]
            )
            if (same or own) and not foreign:
                out.append(
                    Alignment(
                        slot=f"when:{a.id}|{b.id}",
                        kind="date",
                        event_ids=(event.id,),
                        facts=(a, b),
                    )
                )
    return out


def _clause_names(item: ArticleFacts, fact: Fact) -> list[str]:
    """The capitalised words of a date's clause before it, but calendar words and the words
    of a person's name ("Sienna Dusk Owens was shot ... Saturday" beside "Sienna Owens"):
    one the other account never names ("the bombing of Alpha on Tuesday") says another
    happening is dated."""
    before = clause(item, fact)[0]
    lo = fact.start - len(before)
    people = [(g.start, g.end) for g in item.facts if g.type == FactType.PERSON]
    return [
        m.group()
        for m in NAME_RE.finditer(before)
        if m.group() not in CALENDAR_WORDS and not any(a <= lo + m.start() < b for a, b in people)
    ]


def odd_day_alignments(
    event: Event, dated: Sequence[tuple[Fact, tuple[str, str], frozenset[str], str]]
) -> list[Alignment]:
    """'when:odd:<happening>' pairs: one account dates a happening on two days ("shot ...
    Tuesday" and "shot ... Monday night"), every other account that dates it gives one of
    them and no other day for it, and none gives the second: the account's odd day against
    the others' (a low variation: two shootings may be meant, one only it tells)."""
    by_key: dict[str, dict[str, list[Fact]]] = {}
    days: dict[str, tuple[str, str]] = {}
    for fact, day, head, _tense in dated:
        days[fact.id] = day
        for h in head:
            by_key.setdefault(h, {}).setdefault(fact.article_id, []).append(fact)
    out = []
    for h, by_article in sorted(by_key.items()):
        if len(by_article) < ODD_MIN_ACCOUNTS:
            continue
        for _aid, first_odd, firsts in odd_values(by_article, lambda f: days[f.id]):
            if days[first_odd.id][0] != days[firsts[0].id][0]:
                continue  # a weekday against a calendar day: compared nowhere as written
            out.append(
                Alignment(
                    slot=f"when:odd:{h}#{first_odd.id}",
                    kind="date",
                    event_ids=(event.id,),
                    facts=(first_odd, *firsts),
                )
            )
    return out


def clocks_round_alike(a: str | None, b: str | None) -> bool:
    """'22:43' and '22:45' ('about 10:45 p.m.'), '01:27' and '01:30': within the rounding of
    a time written on the hour, the half hour or the quarter (TIME_ROUNDING_MINUTES apart at
    most, one of them a multiple of 15 minutes)."""
    ma, mb = _minutes(a or ""), _minutes(b or "")
    return ma is not None and mb is not None and minutes_round_alike(ma, mb)


def _gap(ma: int, mb: int) -> int:
    """Minutes between two clocks, across midnight the short way."""
    return min(abs(ma - mb), 24 * 60 - abs(ma - mb))


def minutes_round_alike(ma: int, mb: int) -> bool:
    """Two clocks in minutes after midnight within rounding (``clocks_round_alike``), or two
    minutes apart with one on a five-minute mark ("11:18" / "about 11:20")."""
    gap = _gap(ma, mb)
    return (gap <= TIME_ROUNDING_MINUTES and (ma % 15 == 0 or mb % 15 == 0)) or (
        gap <= FIVE_MINUTE_ROUNDING and (ma % 5 == 0 or mb % 5 == 0)
    )


def clock_days(item: ArticleFacts) -> list[tuple[Fact, Fact, tuple[str, str]]]:
    """(date, time, day) for each clock time written with its day beside it ("at 11:07 a.m.
    Sunday", "Monday afternoon about 1:15 p.m.", "4:25 a.m. on Monday")."""
    text = item.article.text
    times = [f for f in item.facts if f.type == FactType.TIME and isinstance(f.value, TimeValue)]
    out = []
    for d in item.facts:
        if d.type != FactType.DATE or (day := written_day(d)) is None:
            continue
        for t in times:
            lo, hi = (t.end, d.start) if t.end <= d.start else (d.end, t.start)
            if hi < lo or hi - lo > CLOCK_DAY_REACH:
                continue
            if CLOCK_DAY_GAP_RE.match(text[lo:hi]):
                out.append((d, t, day))
                break
    return out


def clock_day_alignments(event: Event, group: Sequence[ArticleFacts]) -> list[Alignment]:
    """'when:clock:' pairs: the same clock time (or one within its rounding) written on two
    different days by two accounts ("At 11:07 a.m. Sunday, police responded" / "at 11:07 a.m.
    Monday"). A clock time to the minute names one moment, whatever words stand around it:
    the key is the clock itself. Not when either account also gives the other's day at that
    clock ("shot at 11 p.m. Friday ... died at 11 p.m. Saturday" is two moments). Two clock
    times within rounding are one only when one of them is hedged ("around 11:15 a.m.")."""
    anchors: list[tuple[Fact, str, tuple[str, str]]] = []
    seen: dict[str, set[tuple[str, tuple[str, str]]]] = {}
    rounded: set[str] = set()
    for item in group:
        for d, t, day in clock_days(item):
            local = t.value.local if isinstance(t.value, TimeValue) else ""
            anchors.append((d, local, day))
            if hedged(item, t):
                rounded.add(d.id)
            seen.setdefault(item.article.id, set()).add((local, day))
    # one pair per two (clock, day) wordings, PAIR_REPRESENTATIVES accounts each
    files = file_names(group)
    value = {d.id: (d, local, day) for d, local, day in anchors}
    ranked = sorted(value.values(), key=lambda e: (files.get(e[0].article_id, ""), e[0].start))
    kept = representatives([e[0] for e in ranked], lambda f: value[f.id][1:], files)
    chosen = [value[f.id] for f in kept]
    pairs: list[tuple[Fact, Fact]] = []
    for i, (a, ca, da) in enumerate(chosen):
        for b, cb, db in chosen[i + 1 :]:
            if a.article_id == b.article_id or da[0] != db[0] or da == db:
                continue
            if da[0] == "day" and da[1][:2] != db[1][:2]:
                continue  # months apart: two happenings ("shot Aug. 3", "a hearing Sept. 8")
            hedge = a.id in rounded or b.id in rounded
            if not (ca == cb or (hedge and clocks_round_alike(ca, cb))):
                continue  # "4:04 p.m." and "4 p.m." unhedged: two moments
            if any(c == cb or clocks_round_alike(c, cb) for c, d in seen[a.article_id] if d == db):
                continue
            if any(c == ca or clocks_round_alike(c, ca) for c, d in seen[b.article_id] if d == da):
                continue
            pairs.append((a, b))
    return merged_pairs("when:clock:", "date", event, pairs, lambda f: value[f.id][1:])


# A page's own stamp before a clock time: "UPDATE 11/28 11:30 a.m.", "Posted 2:27 PM".
STAMP_BEFORE_RE = re.compile(r"\b(?:update[sd]?|posted|published)\b[^\n.]*$", re.IGNORECASE)


def _minutes(local: str) -> int | None:
    if len(local) < 5 or local[2] != ":":
        return None
    return int(local[:2]) * 60 + int(local[3:5])


def meridiem_alignments(event: Event, group: Sequence[ArticleFacts]) -> list[Alignment]:
    """'when:meridiem:' pairs: one clock time written a.m. in one account and p.m. in another
    ("1:30 p.m." / "1:30 a.m."): the same digits twelve hours apart are one time with the
    wrong half of the day more often than two happenings. Only times with their minutes
    written (not "7 p.m.", where a vigil and a shooting may share the hour), and only when
    neither account gives both."""
    clocks: dict[str, list[tuple[Fact, int]]] = {}
    for item in group:
        for f, m, _v in _clocks(item):
            if m % 60:
                clocks.setdefault(item.article.id, []).append((f, m))
    files = file_names(group)
    minutes = {f.id: m for facts in clocks.values() for f, m in facts}
    ranked = sorted(
        (f for facts in clocks.values() for f, _m in facts),
        key=lambda f: (files.get(f.article_id, ""), f.start),
    )
    chosen = [(f, minutes[f.id]) for f in representatives(ranked, lambda f: minutes[f.id], files)]
    pairs: list[tuple[Fact, Fact]] = []
    for i, (a, ma) in enumerate(chosen):
        for b, mb in chosen[i + 1 :]:
            if a.article_id == b.article_id or abs(ma - mb) != 12 * 60:
                continue
            own_a = {m for _f, m in clocks[a.article_id]}
            own_b = {m for _f, m in clocks[b.article_id]}
            if mb in own_a or ma in own_b:
                continue
            pairs.append((a, b))
    return merged_pairs("when:meridiem:", "time", event, pairs, lambda f: minutes[f.id])


def near(m: int, clocks: Sequence[int]) -> bool:
    """Whether clock ``m`` (minutes after midnight) is one of ``clocks`` or rounds alike."""
    return any(c == m or minutes_round_alike(c, m) for c in clocks)


def nearer(m: int, mine: int, clocks: Sequence[int]) -> bool:
    """Whether one of an account's other ``clocks`` lies nearer to clock ``m`` of another
    account than its own ``mine`` does: a story of two shootings, at 4:35 a.m. and 2:20 p.m.,
    answers another account's "2:40 p.m." with its afternoon one, not with the 4:35 a.m.
    shooting, whatever words the two clocks are told with."""
    return any(_gap(c, m) < _gap(mine, m) for c in clocks)


_MINUTES_WRITTEN_RE = re.compile(r"\d[:.]\d\d")


def _may_round(ia: ArticleFacts, a: Fact, ib: ArticleFacts, b: Fact) -> bool:
    """Whether one of two clocks may be a rounding: hedged ("about 6:30 p.m.") or written to
    the hour ("7 p.m."). "Collapsed at 6:30 pm" and "at 6:42 pm", both written to the minute
    and unhedged, are two clocks."""
    return (
        hedged(ia, a)
        or hedged(ib, b)
        or not _MINUTES_WRITTEN_RE.search(a.text)
        or not _MINUTES_WRITTEN_RE.search(b.text)
    )


def _clocks(item: ArticleFacts) -> Iterator[tuple[Fact, int, TimeValue]]:
    """Each clock time of an article with its minutes after midnight, not a page's stamp
    ("UPDATE 11/28 11:30 a.m.:")."""
    text = item.article.text
    for f in item.facts:
        if f.type != FactType.TIME or not isinstance(f.value, TimeValue):
            continue
        m = _minutes(f.value.local)
        if m is not None and not STAMP_BEFORE_RE.search(text, max(0, f.start - 30), f.start):
            yield f, m, f.value


def _clock_head(item: ArticleFacts, f: Fact, principal: frozenset[str]) -> frozenset[str]:
    """What happened at a clock (``keys.governing_happening``); a clause that says only that
    it happened, the event's own happenings (``dates_occurrence``)."""
    head = governing_happening(item, f)
    if not head and principal and dates_occurrence(item, f):
        return principal  # "It happened around 7:30 p.m.": the event's own happening
    return head


def clock_happening_alignments(
    event: Event, group: Sequence[ArticleFacts], principal: frozenset[str] = frozenset()
) -> list[Alignment]:
    """'when:time:' pairs: one happening given two clock times by two accounts ("the
    shooting happened just after 2:00 a.m." / "killed in a shooting ... about 2:30am"). The
    clocks are keyed by the word naming what happened at them (``keys.governing_happening``,
    the same concept in both; a clause that says only that it happened, the event's own
    happenings: ``dates_occurrence``), on the same day where both give one; not when they round
    alike (TIME_ROUNDING_MINUTES, ``clocks_round_alike``) and one of them may be a rounding
    (hedged or written to the hour, ``_may_round``), are twelve hours apart (the
    meridiem rule's), or when either account gives the other's clock too (a shooting at 2:00,
    a death at 2:30)."""
    timed: list[tuple[Fact, int, frozenset[str]]] = []
    several: set[str] = set()  # clocks of an account that times one happening twice
    own: dict[str, list[int]] = {}
    for item in group:
        told: list[tuple[Fact, int, frozenset[str]]] = []
        for f, m, _v in _clocks(item):
            if bound(item, f):
                continue  # "after 9 p.m.": a side of a clock, not a time
            own.setdefault(item.article.id, []).append(m)
            if is_statement_day(item, f):
                continue  # "police said at 3 p.m.": when it was said
            head = _clock_head(item, f, principal)
            if head:
                told.append((f, m, head))
        # one account that times one happening twice tells two of them ("four men were
        # shot around 3 p.m. ... another shooting happened around 4 a.m."): each is then
        # set only against a clock near it (``nearer``, MULTI_CLOCK_WINDOW)
        for f, m, head in told:
            timed.append((f, m, head))
            if any(h & head and not near(m, [n]) for _g, n, h in told):
                several.add(f.id)
    files = file_names(group)
    by_id = {item.article.id: item for item in group}
    value = {f.id: (f, m, head) for f, m, head in timed}
    kept = representatives([f for f, _m, _h in timed], lambda f: value[f.id][1:], files)
    chosen = [value[f.id] for f in kept]
    pairs: list[tuple[Fact, Fact]] = []
    for i, (a, ma, ha) in enumerate(chosen):
        for b, mb, hb in chosen[i + 1 :]:
            if a.article_id == b.article_id or not ha & hb or abs(ma - mb) == 12 * 60:
                continue
            da = a.value.date if isinstance(a.value, TimeValue) else None
            db = b.value.date if isinstance(b.value, TimeValue) else None
            if da and db and da != db:
                continue
            if ma == mb or (
                minutes_round_alike(ma, mb)
                and _may_round(by_id[a.article_id], a, by_id[b.article_id], b)
            ):
                continue  # one clock, or one rounded to the other
            others_a = [c for c in own[a.article_id] if c != ma]
            others_b = [c for c in own[b.article_id] if c != mb]
            if near(mb, others_a) or near(ma, others_b):
                continue
            if nearer(mb, ma, others_a) or nearer(ma, mb, others_b):
                continue  # the other account's clock answers another of this one's times
            if {a.id, b.id} & several and _gap(ma, mb) > MULTI_CLOCK_WINDOW:
                continue
            pairs.append((a, b))
    return merged_pairs("when:time:", "time", event, pairs, lambda f: value[f.id][1])


def _instant(minutes: int, offset: str | None) -> int:
    """Minutes after midnight UTC where the clock's offset is known ("+03:00"), else as
    written."""
    if not offset or not re.fullmatch(r"[+-]\d\d:\d\d", offset):
        return minutes
    sign = -1 if offset[0] == "-" else 1
    return (minutes - sign * (int(offset[1:3]) * 60 + int(offset[4:6]))) % (24 * 60)


def sole_clock_alignments(
    event: Event, group: Sequence[ArticleFacts], principal: frozenset[str]
) -> list[Alignment]:
    """'when:time:sole' pairs: the one clock time each of two accounts gives, told with
    different words ("The building came down at about 4:40 a.m." / "The tower collapsed
    around 4:10 a.m."): an account that times one moment only times the event. Each clock
    is told with no happening word ("came down") or one of the event's own happenings
    (``principal``; an arrest, a briefing is another moment), and at least one names it; one
    instant in two zones ("4:40 a.m. (0140 GMT)") is one clock. Clocks within rounding
    (``minutes_round_alike``) agree, hedged or not: told in other words, a clock near the
    other is more likely the same moment rounded than a second moment."""
    sole: dict[str, tuple[Fact, int]] = {}
    heads: dict[str, frozenset[str]] = {}
    for item in group:
        told: list[tuple[Fact, int]] = []
        instants: set[int] = set()  # "4:40 a.m. (0140 GMT)": one instant in two zones
        for f, m, v in _clocks(item):
            told.append((f, m))
            heads[f.id] = _clock_head(item, f, principal)
            instants.add(_instant(m, v.utc_offset))
        if len(instants) == 1 and not any(
            bound(item, f) or is_statement_day(item, f) for f, _m in told
        ):
            sole[item.article.id] = told[0]
    files = file_names(group)
    kept = representatives([f for f, _m in sole.values()], lambda f: sole[f.article_id][1], files)
    pairs: list[tuple[Fact, Fact]] = []
    for i, a in enumerate(kept):
        for b in kept[i + 1 :]:
            ma, mb = sole[a.article_id][1], sole[b.article_id][1]
            if ma == mb:
                continue
            va, vb = a.value, b.value
            if (
                isinstance(va, TimeValue)
                and isinstance(vb, TimeValue)
                and (va.zone_label or vb.zone_label)
                and va.utc_offset
                and vb.utc_offset
            ):  # "0140 GMT" / "4:40 a.m." in Izmir: one instant
                ma, mb = _instant(ma, va.utc_offset), _instant(mb, vb.utc_offset)
            if a.article_id == b.article_id or ma == mb or abs(ma - mb) == 12 * 60:
                continue
            ha, hb = heads[a.id], heads[b.id]
            if not (ha | hb) or any(h and not h & principal for h in (ha, hb)):
                continue  # a clock of another happening (an arrest, a briefing)
            da = a.value.date if isinstance(a.value, TimeValue) else None
            db = b.value.date if isinstance(b.value, TimeValue) else None
            if da and db and da != db:
                continue
            if minutes_round_alike(ma, mb):
                continue  # told in other words, a clock near the other is one rounded
            pairs.append((a, b))
    return merged_pairs("when:time:sole:", "time", event, pairs, lambda f: sole[f.article_id][1])


# The part of a day a lead date may carry ("Saturday morning"), and the parts that cannot be
# one time of day with it: morning against afternoon or evening. Night and overnight are
# left out (a shooting at 1 a.m. is "Saturday night" and "early Sunday morning").
DAY_PART_RE = re.compile(r"\b(morning|afternoon|evening)\b", re.IGNORECASE)
_DAY_PARTS_APART = {
    frozenset(("morning", "afternoon")),
    frozenset(("morning", "evening")),
}


# The hours of a part of the day, in minutes after midnight, and how far past its ends a
# clock time may still be told with it ("shortly before noon" is late morning). News copy
# calls the hours after midnight "early morning" ("early Sunday morning" at 1:30 a.m.).
DAY_PART_HOURS = {"morning": (0, 12 * 60), "afternoon": (12 * 60, 18 * 60),
                  "evening": (17 * 60, 22 * 60)}  # fmt: skip
DAY_PART_MARGIN = 30


def day_part_alignments(
    event: Event, group: Sequence[ArticleFacts], principal: frozenset[str] = frozenset()
) -> list[Alignment]:
    """'when:part:' pairs: the same day of the event's lead given two parts of the day that
    cannot meet ("Saturday morning" / "Saturday afternoon"), each account naming only its own
    part of that day in its lead dates; and a lead's part of the day against another
    account's clock time of the event's own happening outside it ("Friday afternoon" / "at
    around 11:30 a.m."), when that account gives no clock inside it."""
    told: list[tuple[Fact, str, str]] = []
    for item in group:
        lead = {s.index for s in item.sentences if s.role == "lead"}
        parts: dict[str, set[str]] = {}
        first: dict[str, Fact] = {}
        for f in sorted(item.facts, key=lambda f: f.start):
            if f.type != FactType.DATE or f.sentence not in lead:
                continue
            m = DAY_PART_RE.search(f.text)
            day = f.value.start if isinstance(f.value, DateValue) else None
            if m is None or not day or is_statement_day(item, f):
                continue
            parts.setdefault(day, set()).add(m.group(1).lower())
            first.setdefault(day, f)
        told += [(first[d], d, next(iter(p))) for d, p in parts.items() if len(p) == 1]
    files = file_names(group)
    value = {f.id: (d, p) for f, d, p in told}
    kept = representatives([f for f, _d, _p in told], lambda f: value[f.id], files)
    pairs = [
        (a, b)
        for i, a in enumerate(kept)
        for b in kept[i + 1 :]
        if a.article_id != b.article_id
        and value[a.id][0] == value[b.id][0]
        and frozenset((value[a.id][1], value[b.id][1])) in _DAY_PARTS_APART
    ]
    out = merged_pairs("when:part:", "date", event, pairs, lambda f: value[f.id][1])
    return out + _part_clock_alignments(event, group, told, principal)


def _part_clock_alignments(
    event: Event,
    group: Sequence[ArticleFacts],
    told: Sequence[tuple[Fact, str, str]],
    principal: frozenset[str],
) -> list[Alignment]:
    """A lead's part of the day against another account's clock of the happening outside it."""
    if not told or not principal:
        return []
    clocks: dict[str, list[tuple[Fact, int]]] = {}
    for item in group:
        text = item.article.text
        for f in item.facts:
            if f.type != FactType.TIME or not isinstance(f.value, TimeValue):
                continue
            m = _minutes(f.value.local)
            if m is None or STAMP_BEFORE_RE.search(text, max(0, f.start - 30), f.start):
                continue
            if is_statement_day(item, f) or not governing_happening(item, f) & principal:
                continue
            clocks.setdefault(item.article.id, []).append((f, m))
    out = []
    for part_fact, day, part in told:
        lo, hi = DAY_PART_HOURS[part]
        for aid, timed in sorted(clocks.items()):
            if aid == part_fact.article_id:
                continue
            dated = [(f, m) for f, m in timed if not (isinstance(f.value, TimeValue)
                     and f.value.date and f.value.date != day)]  # fmt: skip
            if not dated or any(
                lo - DAY_PART_MARGIN <= m <= hi + DAY_PART_MARGIN for _f, m in dated
            ):
                continue  # that account also times it inside the part of the day
            clock = dated[0][0]
            out.append(
                Alignment(
                    slot=f"when:part:{part_fact.id}|{clock.id}",
                    kind="date",
                    event_ids=(event.id,),
                    facts=(part_fact, clock),
                )
            )
    return out
