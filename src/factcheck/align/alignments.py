"""Pair Facts that fill the same slot into Alignments, within an event and across events.

Slots: durations of the same kind of happening ('duration:meeting', with a schedule's clock
times beside them), a speaker's quotes ('quote:<speaker>') and their paraphrases
('paraphrase:<speaker>'), and groups of statements about the same thing ('phrasing:<key>',
with the numbers they carry in 'measure:<key>'). Statements are blocked by shared content
bigrams inside one event and paired with rapidfuzz ``process.cdist`` (token_set_ratio: for
PAIRING only, never to decide agreement). Across events only neighbouring events that share
a participant are paired, so the cost stays linear in the number of events.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from collections.abc import Sequence

from factcheck.align.ages import (
    age_alignments,
    happening_age_alignments,
    home_age_alignments,
    named_elsewhere_alignments,
    set_age_alignments,
)
from factcheck.align.geography import (
    foreign_place_alignments,
    town_region_alignments,
    town_regions,
    town_state_alignments,
)
from factcheck.align.happenings import day_part_alignments, happening_alignments
from factcheck.align.keys import PAST_OCCASION_RE, clause, governing_happening
from factcheck.align.partners import partner_alignments
from factcheck.align.phrasing import phrasing_alignments
from factcheck.align.quotes import (
    CLAIM_ROLES,
    paraphrase_alignments,
    quote_alignments,
    sorted_facts,
)
from factcheck.align.residences import residence_alignments
from factcheck.align.roles import role_name_alignments
from factcheck.align.shared import (
    anchored_value_alignments,
    principal_happenings,
    repeated_sentence_alignments,
    shared_sentence_alignments,
)
from factcheck.align.slots import value_alignments
from factcheck.align.speakers import speaker_alignments
from factcheck.align.streets import address_alignments, street_alignments
from factcheck.lexicon import concept, happening, thing_noun
from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType
from factcheck.settings import DURATION_SCALES
from factcheck.text import STOPWORDS, WORD_RE, bigrams, content_words, words
from factcheck.values import DurationValue, PersonValue, StatementValue, TimeValue

# Nouns naming a happening whose length a story may state; synonyms share one slot so
# "the talks lasted two hours" and "a 40-minute meeting" fill 'duration:meeting'.
SLOT_NOUNS = {
    **dict.fromkeys(
        (
            "meeting",
            "meetings",
            "talks",
            "summit",
            "session",
            "conference",
            "negotiations",
            "tete-a-tete",
            "interview",
            "discussion",
            "discussions",
            "call",
            "lunch",
            "dinner",
        ),
        "meeting",
    ),
    **dict.fromkeys(("visit", "trip", "tour", "stay"), "visit"),
    **dict.fromkeys(("flight", "journey", "drive", "voyage"), "journey"),
    **dict.fromkeys(("trial", "hearing", "deliberation", "deliberations", "testimony"), "trial"),
    **dict.fromkeys(("speech", "address", "remarks", "statement"), "speech"),
    **dict.fromkeys(("strike", "protest", "protests", "blockade", "siege", "standoff"), "protest"),
    **dict.fromkeys(("outage", "blackout", "shutdown", "closure"), "outage"),
    **dict.fromkeys(("search", "rescue", "operation", "surgery", "evacuation"), "operation"),
    # Sudden happenings whose clock time and length stories state ("the quake struck at
    # 12:52 p.m.", "the blaze burned for 12 hours").
    **dict.fromkeys(
        (
            "earthquake",
            "quake",
            "tremor",
            "explosion",
            "blast",
            "bombing",
            "shooting",
            "stabbing",
            "attack",
            "airstrike",
            "crash",
            "collision",
            "derailment",
            "derailed",
            "accident",
            "fire",
            "blaze",
            "eruption",
            "landslide",
            "tsunami",
            "tornado",
            "landfall",
        ),
        "incident",
    ),
    **dict.fromkeys(("game", "match", "race", "fight", "bout"), "game"),
    **dict.fromkeys(("sentence", "prison", "jail", "term"), "sentence"),
}
LAG_RE = re.compile(r"\s*(?:after|before|ago|later|earlier|since|prior)\b", re.I)
# A demand or a ceiling, not what happened: "asked for a 30-year sentence", "faces up to".
REQUEST_BEFORE_RE = re.compile(
    r"\b(?:ask(?:ed|s|ing)? for|sought|seek(?:s|ing)?|request(?:ed|s|ing)?|"
    r"demand(?:ed|s|ing)?|propos(?:ed|es|ing)|recommend(?:ed|s|ing)?|urg(?:ed|es|ing)|"
    r"fac(?:es|ed|ing)(?: up to)?|could (?:face|get|receive)|maximum(?: of)?)\b[^,;]*$",
    re.I,
)
REQUEST_AFTER_RE = re.compile(
    r"\s*(?:(?:that|which)\s+)?(?:\w+\s+){0,3}(?:had\s+|have\s+)?"
    r"(?:sought|asked for|requested|demanded|proposed|recommended|wanted)\b",
    re.I,
)
SERVE_BEFORE_RE = re.compile(r"\b(?:serve|serves|serving|served)\b[^,;]*$", re.I)
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
NUMERIC_TYPES = (FactType.MONEY, FactType.PERCENT, FactType.QUANTITY, FactType.COUNT)


def sentence_fact(item: ArticleFacts, index: int) -> Fact:
    """The statement Fact of sentence ``index`` (built from the sentence when extract gave none)."""
    for fact in item.facts:
        if fact.type == FactType.STATEMENT and fact.sentence == index:
            return fact
    sent = item.sentences[index]
    return Fact(
        id=f"{item.article.id}.s{index:03d}",
        article_id=item.article.id,
        type=FactType.STATEMENT,
        text=sent.text,
        start=sent.start,
        end=sent.end,
        sentence=index,
        value=StatementValue(terms=tuple(content_words(sent.text)[:12])),
        rule="sentence",
    )


def slot_head(item: ArticleFacts, fact: Fact) -> str:
    """The happening a fact measures: the slot noun nearest to it in its sentence."""
    if fact.sentence >= len(item.sentences):
        return fact.type.value
    sent = item.sentences[fact.sentence]
    best, best_dist = fact.type.value, math.inf
    for m in WORD_RE.finditer(item.article.text, sent.start, sent.end):
        noun = SLOT_NOUNS.get(m.group(0).lower())
        if noun is not None:
            dist = min(abs(m.start() - fact.end), abs(m.end() - fact.start))
            if dist < best_dist:
                best, best_dist = noun, dist
    return best


def attributive_noun(text: str, fact: Fact) -> str | None:
    """The noun a length written as a modifier qualifies ("a 19-year veteran" -> 'veteran'),
    lower-cased; None for a length that is not a modifier."""
    noun = ATTRIBUTIVE_NOUN_RE.match(text, fact.end)
    if not (ATTRIBUTIVE_UNIT_RE.search(fact.text) and noun) or noun.group(1).lower() == "old":
        return None
    first, second = noun.group(1).lower(), (noun.group(2) or "").lower()
    if first == "long":  # "a thirteen-minute-long shooting spree"
        first, second = second, ""
        if not first:
            return None
        nxt = ATTRIBUTIVE_NOUN_RE.match(text, noun.end(1))
        second = (nxt.group(2) or "").lower() if nxt else ""
    if second and (
        second in SLOT_NOUNS
        or (first.endswith("ing") and happening(second) and second not in STOPWORDS)
    ):
        return second  # the head of a compound: "a 13-minute shooting spree", "phone call"
    return first


# "six minutes after takeoff": what the lag counts from, the first content word after "after"
LAG_FROM_RE = re.compile(r"\s*(?:after|since)\s+(?:the\s+|a\s+|its\s+|their\s+)?([a-z][a-z-]+)")
# "a penalty awarded after 21 seconds", "scored two minutes into the game": the time of a
# happening counted from the start of the occasion (a match, a flight, a hearing)
ELAPSED_BEFORE_RE = re.compile(r"\bafter\s+(?:just\s+|only\s+|barely\s+)?$", re.I)
ELAPSED_AFTER_RE = re.compile(r"\s+into\s+(?:the\s+)?([a-z]+)", re.I)


def _lag_slot(item: ArticleFacts, fact: Fact) -> str | None:
    """'lag <happening> after <thing>:<scale>' for a lag whose happening and starting point
    the text names ("crashed six minutes after takeoff"), else None."""
    m = LAG_FROM_RE.match(item.article.text, fact.end)
    did = sorted(governing_happening(item, fact))
    if m is None or not did or m.group(1) in STOPWORDS:
        return None
    return f"lag {did[0]} after {concept(m.group(1))}:{_scale(fact)}"


def elapsed_slot(item: ArticleFacts, fact: Fact) -> str | None:
    """'elapsed <happening>[ into <occasion>]' for the time of a happening counted from the
    start ("a penalty awarded after 21 seconds", "a goal two minutes into the game"): the
    governing happening of its clause keys it; None for any other duration."""
    text = item.article.text
    into = ELAPSED_AFTER_RE.match(text, fact.end)
    if into is None and not ELAPSED_BEFORE_RE.search(text, max(0, fact.start - 20), fact.start):
        return None
    if LAG_RE.match(text, fact.end):
        return None  # "after two hours after ..." reads as a lag
    did = sorted(governing_happening(item, fact))
    if not did:
        return None
    return f"elapsed {did[0]}" + (f" into {concept(into.group(1))}" if into else "")


def _scale(fact: Fact) -> str:
    minutes = fact.value.minutes if isinstance(fact.value, DurationValue) else 0.0
    return next(name for limit, name in DURATION_SCALES if minutes < limit)


def duration_slot(item: ArticleFacts, fact: Fact) -> str | None:
    """'meeting:hours' etc.: the happening measured and the order of magnitude of the length.

    A meeting that lasted "about two hours" and talks that went on for "nearly two years"
    are different slots however the nouns match; a duration with no slot noun near it
    ("over the next five years") names no comparable happening and gets no slot.
    """
    elapsed = elapsed_slot(item, fact)
    if elapsed:
        return elapsed
    head = slot_head(item, fact)
    word = attributive_noun(item.article.text, fact)
    if word:
        # "a 19-year veteran", "a 17-minute video", "a second four-year term": the noun the
        # length qualifies is what it measures; a noun of something that happens is that
        # happening ("a 13-minute spree" and "the spree lasted 10 minutes" are one length)
        act = happening(word) and not thing_noun(word)
        head = SLOT_NOUNS.get(word, f"{'did' if act else 'of'} {concept(word)}")
    if head == fact.type.value and not MODAL_RE.search(
        _clause_before(item.article.text, fact.start)
    ):
        # no happening noun in the sentence: the happening the clause tells ("negotiated with
        # the man for about three hours", "had lived in New York for four years"); not what
        # something can or will do ("its battery can run for eight hours": a capacity)
        did = sorted(governing_happening(item, fact))
        subject = clause_subject(item, fact)
        head = f"did {did[0]}" if did else f"of {subject}" if subject else head
    if head in (fact.type.value, "incident"):
        return None  # a quake or a blast has a time, rarely a length stories dispute
    if LAG_RE.match(item.article.text, fact.end):
        # "one day after bombings", "two hours later": a lag, not a length; compared only
        # with the lag of the same happening after the same thing ("crashed six minutes
        # after takeoff" / "eight minutes after takeoff")
        return _lag_slot(item, fact)
    text = item.article.text
    before = _clause_before(text, fact.start)
    if PAST_OCCASION_RE.search(before) or _in_dated_aside(text, fact.start, fact.end):
        return None  # "(in 2019 similar talks lasted about three hours)": another occasion
    minutes = fact.value.minutes if isinstance(fact.value, DurationValue) else 0.0
    scale = next(name for limit, name in DURATION_SCALES if minutes < limit)
    if SERVE_BEFORE_RE.search(before):
        # "he must serve nearly 18 years" before parole: time served, not the sentence.
        return f"served {head}:{scale}"
    if REQUEST_BEFORE_RE.search(before) or REQUEST_AFTER_RE.match(text, fact.end):
        # "prosecutors had asked for a 30-year sentence": a demand, compared only with
        # other demands, never with the sentence handed down.
        return f"requested {head}:{scale}"
    return f"{head}:{scale}"


def clause_subject(item: ArticleFacts, fact: Fact, written: bool = False) -> str | None:
    """The concept of the first word of a length's clause when it opens with its subject,
    plain or after an article ("The debate lasted about 11 hours", "Debate stretched for
    roughly 14 hours"): what lasted, when no word of the clause names a happening.
    ``written``: the word, lower-cased, not its concept."""
    before, _after = clause(item, fact)
    m = CLAUSE_SUBJECT_RE.match(before)
    if m is None or m.group(1).lower() in STOPWORDS:
        return None
    word = m.group(1).lower()
    return word if written else concept(word)


# A clause opening with its subject noun: an article at most, then the noun and a verb.
CLAUSE_SUBJECT_RE = re.compile(
    r"\s*(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?([A-Za-z]+)\s+[a-z]+"
)


# A length written as a modifier ("19-year", "17-minute") and the noun it qualifies.
ATTRIBUTIVE_UNIT_RE = re.compile(r"\w-(?:year|month|week|day|hour|minute|second)$", re.I)
ATTRIBUTIVE_NOUN_RE = re.compile(r"[ \t-]+([a-z]+)\b(?:[ \t]+([a-z]+)\b)?")

# A modal verb: what the clause says can, may or will happen, not what did.
MODAL_RE = re.compile(r"\b(?:can|could|may|might|will|would|should|must|shall)\b", re.I)


def _clause_before(text: str, start: int) -> str:
    """Up to 80 characters before ``start``, cut at the last clause break."""
    window = text[max(0, start - 80) : start]
    cut = max(window.rfind(ch) for ch in ".;:\n")
    return window[cut + 1 :]


def _in_dated_aside(text: str, start: int, end: int) -> bool:
    """Whether the span sits in parentheses that name a year: a past occasion beside the news."""
    open_at = text.rfind("(", max(0, start - 120), start)
    if open_at < 0 or ")" in text[open_at:start]:
        return False
    close_at = text.find(")", end, end + 120)
    return close_at >= 0 and YEAR_RE.search(text, open_at, close_at) is not None


def _main_durations(item: ArticleFacts) -> list[Fact]:
    """Each sentence's longest duration; shorter ones beside it are parts ("including ...")."""
    best: dict[int, Fact] = {}
    for fact in item.facts:
        if not isinstance(fact.value, DurationValue):
            continue
        old = best.get(fact.sentence)
        if old is None or fact.value.minutes > _minutes(old):
            best[fact.sentence] = fact
    roles = {s.index: s.role for s in item.sentences}
    return [f for f in best.values() if roles.get(f.sentence) in CLAIM_ROLES]


def _minutes(fact: Fact) -> float:
    return fact.value.minutes if isinstance(fact.value, DurationValue) else 0.0


def _schedule_times(item: ArticleFacts) -> list[Fact]:
    """Clock times of a schedule: two or more times in one claim sentence."""
    per_sentence: dict[int, list[Fact]] = defaultdict(list)
    roles = {s.index: s.role for s in item.sentences}
    for fact in item.facts:
        if fact.type == FactType.TIME and roles.get(fact.sentence) in CLAIM_ROLES:
            per_sentence[fact.sentence].append(fact)
    for facts in per_sentence.values():
        zones = {f.value.zone_label for f in facts if isinstance(f.value, TimeValue)}
        if len(facts) >= 2 and len(zones) <= 1:  # "2:55 p.m. local, 4:55 p.m. Japan" is one time
            return sorted(facts, key=lambda f: f.start)
    return []


def _duration_alignments(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'duration:<head>' slots of one event: main durations plus schedules."""
    slots: dict[str, list[Fact]] = defaultdict(list)
    for item in members:
        for fact in _main_durations(item):
            slot = duration_slot(item, fact)
            if slot is not None:
                slots[slot].append(fact)
        times = _schedule_times(item)
        if times and slot_head(item, times[0]) != FactType.TIME.value:
            # A schedule spans hours at most: it sits beside same-day durations.
            slots[f"{slot_head(item, times[0])}:hours"].extend(times)
    out = []
    for head, facts in sorted(slots.items()):
        if len({f.article_id for f in facts}) >= 2 and any(
            f.type == FactType.DURATION for f in facts
        ):
            out.append(
                Alignment(
                    slot=f"duration:{head}",
                    kind="duration",
                    event_ids=(event.id,),
                    facts=sorted_facts(facts),
                )
            )
    return out


def _time_alignments(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'time:<head>' slots: clock times of the same happening (UTC instant where known)."""
    slots: dict[str, list[Fact]] = defaultdict(list)
    for item in members:
        roles = {s.index: s.role for s in item.sentences}
        for fact in item.facts:
            value = fact.value
            if not isinstance(value, TimeValue) or not (value.utc or value.local):
                continue  # a clock with no known zone still counts against an agreed one
            head = slot_head(item, fact)
            if head != FactType.TIME.value and roles.get(fact.sentence) in CLAIM_ROLES:
                slots[head].append(fact)
    return [
        Alignment(
            slot=f"time:{head}", kind="time", event_ids=(event.id,), facts=sorted_facts(facts)
        )
        for head, facts in sorted(slots.items())
        if len({f.article_id for f in facts}) >= 2
    ]


def name_tokens(members: Sequence[ArticleFacts]) -> set[str]:
    """Words of the people, places and organisations named in an event's articles."""
    out: set[str] = set()
    for item in members:
        for fact in item.facts:
            if fact.type in (FactType.PERSON, FactType.PLACE, FactType.ORG):
                out.update(words(fact.text))
    return out | _capitalised_words(members)


# A capitalised word not at the start of a sentence.
INNER_CAP_RE = re.compile(r"(?<=[a-z,;:]\s)([A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*)\b")


def _capitalised_words(members: Sequence[ArticleFacts]) -> set[str]:
    """Words the event's articles always write capitalised inside a sentence: names the
    extractor did not type ("SeaMicro", "Intel"), which say who, not what is claimed."""
    upper: set[str] = set()
    for item in members:
        upper.update(m.group(1).lower() for m in INNER_CAP_RE.finditer(item.article.text))
    lower: set[str] = set()
    for item in members:
        lower.update(w for w in re.findall(r"\b[a-z][a-z0-9]+\b", item.article.text))
    return upper - lower


# Runs of Capitalised words: a title or name written out ("National Security Strategy"),
# also with a number inside ("Core 2 Duo", "Windows 7 Pro").
PROPER_RE = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+|the\s+|\d+\s+)?[A-Z][\w’'-]*)+")


def proper_bigrams(members: Sequence[ArticleFacts]) -> set[str]:
    """Content bigrams that some article writes as a proper name: names, not claims."""
    out: set[str] = set()
    for item in members:
        for m in PROPER_RE.finditer(item.article.text):
            out.update(bigrams(content_words(m.group(0))))
    return out


def _phrasing_alignments(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'phrasing:<key>' statement groups plus their 'measure:' numbers (align.phrasing)."""
    return phrasing_alignments(
        event, members, name_tokens(members), proper_bigrams(members), sentence_fact
    )


def _participants(members: Sequence[ArticleFacts]) -> set[str]:
    """Person keys named in the leads and bodies of an event's articles."""
    keys = set()
    for item in members:
        roles = {s.index: s.role for s in item.sentences}
        for fact in item.facts:
            if fact.type == FactType.PERSON and roles.get(fact.sentence) in ("lead", "body"):
                key = fact.value.key if isinstance(fact.value, PersonValue) else None
                keys.add((key or fact.text).lower())
    return keys


def _cross_event(
    events: Sequence[Event], members: dict[str, list[ArticleFacts]]
) -> list[Alignment]:
    """'duration:<head>' across neighbouring events (by date) that share a participant."""
    slot_facts: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    by_key: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        heads = set()
        for item in members[event.id]:
            for fact in _main_durations(item):
                slot = duration_slot(item, fact)
                if slot is not None:
                    slot_facts[(event.id, slot)].append(fact)
                    heads.add(slot)
        for person_key in _participants(members[event.id]):
            for head in heads:
                by_key[(person_key, head)].append(event)
    pairs: dict[tuple[str, str, str], None] = {}
    for (_person, head), evs in sorted(by_key.items()):
        ordered = sorted(evs, key=lambda e: (e.date or "9999", e.id))
        for a, b in itertools.pairwise(ordered):
            pairs[(a.id, b.id, head)] = None
    out = []
    for ea, eb, head in pairs:
        facts = sorted_facts(slot_facts[(ea, head)] + slot_facts[(eb, head)])
        out.append(
            Alignment(slot=f"duration:{head}", kind="duration", event_ids=(ea, eb), facts=facts)
        )
    return out


def cross_event_alignments(
    events: Sequence[Event], items: Sequence[ArticleFacts]
) -> list[Alignment]:
    """Only the slots that span events (durations of neighbouring events)."""
    by_id = {item.article.id: item for item in items}
    members = {ev.id: [by_id[a] for a in ev.article_ids if a in by_id] for ev in events}
    return _cross_event(events, members)


def align_facts(
    events: Sequence[Event], items: Sequence[ArticleFacts], *, cross_event: bool = True
) -> list[Alignment]:
    """Pair same-slot facts within each event, and durations across neighbouring events."""
    by_id = {item.article.id: item for item in items}
    members = {ev.id: [by_id[a] for a in ev.article_ids if a in by_id] for ev in events}
    out: list[Alignment] = []
    for event in events:
        group = members[event.id]
        out.extend(repeated_sentence_alignments(event, group))
        if len(group) >= 2:
            out.extend(_duration_alignments(event, group))
            out.extend(_time_alignments(event, group))
            quotes = quote_alignments(event, group)
            out.extend(quotes)
            quoted = {f.id for al in quotes for f in al.facts}
            out.extend(paraphrase_alignments(event, group, quoted))
            out.extend(_phrasing_alignments(event, group))
            out.extend(value_alignments(event, group))
            out.extend(shared_sentence_alignments(event, group))
            principal = principal_happenings(group)  # read once, used by three
            out.extend(anchored_value_alignments(event, group, principal))
            out.extend(happening_alignments(event, group, principal))
            out.extend(day_part_alignments(event, group, principal))
            out.extend(foreign_place_alignments(event, group, principal))
            towns = town_regions(group)
            out.extend(town_region_alignments(event, group, towns))
            out.extend(town_state_alignments(event, group, towns))
            out.extend(age_alignments(event, group))
            out.extend(happening_age_alignments(event, group))
            out.extend(named_elsewhere_alignments(event, group, principal))
            out.extend(home_age_alignments(event, group))
            out.extend(set_age_alignments(event, group))
            out.extend(residence_alignments(event, group))
            out.extend(role_name_alignments(event, group))
            out.extend(speaker_alignments(event, group))
            out.extend(partner_alignments(event, group))
            out.extend(street_alignments(event, group))
            out.extend(address_alignments(event, group))
    if cross_event:
        out.extend(_cross_event(events, members))
    return sorted(out, key=lambda al: (al.event_ids, al.slot, [f.id for f in al.facts]))
