"""Claim keys: what a figure is about, so only claims about the same thing are compared.

A key has four parts, read from the figure's own clause (the words of its sentence between
the nearest clause breaks, at most CLAIM_KEY_REACH words either side):

* **subject** — who or what the figure is about: the person an age belongs to ("Jensen, 61"),
  the counted thing ("14 *people*"), the currency of an amount, the dimension of a measure;
* **attribute** — what is measured: the WordNet concepts (``factcheck.lexicon``) of the clause's
  content words, so "were killed", "left ... dead", "deaths" and "fatalities" meet in one
  concept while "killed" and "injured" stay apart;
* **time** — this event, a past occasion ("last year", "in 1997", "previous"), a running or
  career total ("so far", "in all", "career"), or a forecast ("expected", "could");
* **modality** — stated or estimated (comparable), or required (a threshold: "needed 60
  votes"), demanded or denied;
* and whether the figure is a **part** of a larger whole ("four of them", "including").

Two keys *match* when subject, time, modality and part agree and each figure's nearest
content words (its head, CLAIM_KEY_HEAD either side) share a concept with the other's clause;
the judge gives a ``conflict`` only between claims whose keys match, and says which
parts matched. A key with no attribute words is uncertain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.quantities import casualty_word
from factcheck.lexicon import concept, onset, thing_noun
from factcheck.lexicon import happening as names_happening
from factcheck.models import ArticleFacts, Fact, FactType
from factcheck.settings import CLAIM_KEY_HEAD, CLAIM_KEY_REACH
from factcheck.text import STOPWORDS
from factcheck.values import (
    CountValue,
    DurationValue,
    MoneyValue,
    PercentValue,
    QuantityValue,
)

# Where a clause ends: stronger punctuation (not the colon of a clock time, "11:20"), or a
# comma before a new clause.
CLAUSE_BREAK_RE = re.compile(
    r"[;()\[\]—–]|:(?!\d\d)|\s-\s|,\s+(?=(?:and|but|while|whereas|although|though|who|which|where|"
    r"when|after|before|as|because|since|police|officials|authorities)\b)",
    re.IGNORECASE,
)
CLAUSE_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")

# Markers of the time a figure refers to, and of how it is asserted (closed-class words:
# these are the grammar of time and modality, not a list fitted to texts).
PAST_MARKERS = frozenset(
    ("last", "previous", "previously", "earlier", "former", "prior", "ago", "once", "then")
)
# "in Seal Beach, three years ago": another occasion, however far the words stand.
# "similar talks in 2019 lasted", "the previous meeting": a past occasion, not this one.
PAST_OCCASION_RE = re.compile(
    r"\b(?:in (?:19|20)\d\d|previous|prior|last time|at the time|similar|"
    r"earlier (?:talks|meeting))\b",
    re.I,
)
LONG_AGO_RE = re.compile(r"\b(?:years?|decades?|months?)\s+(?:ago|earlier|before)\b", re.I)
TOTAL_MARKERS = frozenset(("total", "career", "overall", "cumulative", "all-time", "so-far"))
TOTAL_PHRASES = ("so far", "to date", "in all", "in total", "all told", "since")
FORECAST_MARKERS = frozenset(
    ("expected", "expects", "forecast", "projected", "predicted", "could", "would", "might",
     "may", "will", "plans", "planned", "target", "goal", "aims", "hopes", "up")
)  # fmt: skip
# A happening arranged for a value, its subject before a passive verb and "for": "Formal
# sentencing is set for Jan. 12", "A hearing has been scheduled for Monday": the value dates
# the subject, not the arranging.
ARRANGED_FOR_RE = re.compile(
    r"\b([A-Za-z]+)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be|"
    r"would\s+be)\s+(?:[a-z]+ly\s+)?[a-z]+\s+for\s+(?:the\s+)?$"
)
# A threshold is a requirement, not a result ("needed 60 votes" / "won 52 votes").
REQUIRED_MARKERS = frozenset(
    ("need", "needs", "needed", "require", "requires", "required", "threshold", "necessary",
     "minimum", "maximum", "limit", "cap", "quota")
)  # fmt: skip
DEMAND_MARKERS = frozenset(("demand", "demanded", "demands", "seek", "seeks", "sought", "asked"))
DENIAL_MARKERS = frozenset(("denied", "denies", "deny", "not", "never", "no", "n't"))
# Attribution (who says it) is not what a figure measures: the closed class of reporting
# words and the usual sources named with them.
ATTRIBUTION = frozenset(
    ("said", "says", "say", "saying", "told", "tells", "tell", "reported", "reports", "according",
     "added", "stated", "announced", "confirmed", "police", "officials", "official",
     "authorities", "spokesman", "spokeswoman", "spokesperson", "sources", "statement")
)  # fmt: skip
PART_PHRASES = ("of them", "of whom", "of which", "including", "among them", "among the")
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class ClaimKey:
    """What one figure is about (see the module docstring)."""

    subject: str
    attribute: frozenset[str]
    head: frozenset[str]  # the concepts of the content words nearest the figure
    words: tuple[str, ...]  # the clause's content words as written, for explanations
    time: str  # "event" | "past" | "total" | "forecast"
    modality: str  # "stated" | "required" | "demanded" | "denied"
    part: bool
    casualty: str | None = None  # a count of the dead or of the injured (extract.quantities)

    def describe(self) -> str:
        """'subject people, attribute killed/dead, time this event'."""
        subject = self.subject or "unstated"
        attribute = "/".join(self.words[:3]) or "unstated"
        time = {"event": "this event", "past": "a past occasion", "total": "a running total",
                "forecast": "a forecast"}[self.time]  # fmt: skip
        return f"subject {subject}, attribute {attribute}, time {time}"


def clause(item: ArticleFacts, fact: Fact) -> tuple[str, str]:
    """The words before and after a figure within its clause (and its sentence)."""
    text = item.article.text
    # the sentences the figure starts and ends in (a split after "p.m." cuts one in two)
    starts = [s for s in item.sentences if s.start <= fact.start < s.end]
    ends = [s for s in item.sentences if s.start < fact.end <= s.end]
    lo = starts[0].start if starts else max(0, fact.start - 120)
    hi = ends[-1].end if ends else min(len(text), fact.end + 120)
    if ends and ends[-1].end - fact.end <= 1 and fact.text.endswith("."):
        # the figure's own period ended the sentence ("12:52 p.m."): no clause break there
        following = [s for s in item.sentences if s.start >= ends[-1].end]
        hi = following[0].end if following else hi
    before = text[lo : fact.start]
    after = text[fact.end : hi]
    cuts = list(CLAUSE_BREAK_RE.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    cut = CLAUSE_BREAK_RE.search(after)
    if cut:
        after = after[: cut.start()]
    return before, after


def _words(text: str) -> list[str]:
    return [w.lower().strip("'’-") for w in CLAUSE_WORD_RE.findall(text)]


def _subject(fact: Fact) -> str:
    v = fact.value
    if isinstance(v, CountValue):
        return concept(v.noun or "") if v.noun else ""
    if isinstance(v, MoneyValue):
        return v.currency or ""
    if isinstance(v, QuantityValue):
        return v.dimension or ""
    if isinstance(v, PercentValue):
        return "percent"
    if isinstance(v, DurationValue):
        return "duration"
    return fact.type.value


def claim_key(item: ArticleFacts, fact: Fact, event_year: int | None = None) -> ClaimKey:
    """The key of one figure fact (count, amount, percentage, measure, duration, date, time)."""
    before, after = clause(item, fact)
    wb = _words(before)[-CLAIM_KEY_REACH:]
    wa = _words(after)[:CLAIM_KEY_REACH]
    near = wb + wa
    low = " ".join(near)
    subject = _subject(fact)

    def content(ws: list[str]) -> list[str]:
        return [w for w in ws if w not in STOPWORDS and w not in ATTRIBUTION and len(w) > 2]

    cb, ca = content(wb), content(wa)
    attribute = frozenset(concept(w) for w in cb + ca) - {subject}
    nearest = cb[-CLAIM_KEY_HEAD:] + ca[:CLAIM_KEY_HEAD]
    head = frozenset(concept(w) for w in nearest) - {subject}
    time = "event"
    years = {int(y) for y in YEAR_RE.findall(before + " " + after)}
    if set(near) & TOTAL_MARKERS or any(p in low for p in TOTAL_PHRASES):
        time = "total"
    elif (
        set(wb[-4:]) & PAST_MARKERS
        or LONG_AGO_RE.search(after)
        or (event_year and years and event_year not in years)
    ):
        time = "past"
    elif set(near) & FORECAST_MARKERS or (
        fact.type == FactType.DATE and ARRANGED_FOR_RE.search(before)
    ):
        time = "forecast"  # "will", "expected"; a day arranged: "sentencing is set for"
    modality = "stated"
    if set(near) & REQUIRED_MARKERS:
        modality = "required"
    elif set(near) & DEMAND_MARKERS:
        modality = "demanded"
    elif set(wb[-3:]) & DENIAL_MARKERS:
        modality = "denied"
    counted = fact.type in (FactType.COUNT, FactType.QUANTITY, FactType.MONEY, FactType.PERCENT)
    part = counted and (any(p in low for p in PART_PHRASES) or wa[:1] == ["of"])
    return ClaimKey(
        subject=subject,
        attribute=attribute,
        head=head,
        words=tuple(dict.fromkeys(nearest)),
        time=time,
        modality=modality,
        part=part,
        casualty=fact.value.casualty if isinstance(fact.value, CountValue) else None,
    )


def keys_match(a: ClaimKey, b: ClaimKey) -> tuple[bool, str]:
    """Whether two claims are about the same subject, attribute, time and modality; and why
    (or why not), in words for the finding's explanation. This event and a forecast compare
    (a scheduled day is told with "will"); a past occasion or a running total does not."""
    if a.subject != b.subject:
        return False, f"different subjects ({a.subject or 'unstated'} / {b.subject or 'unstated'})"
    if a.time != b.time and {a.time, b.time} != {"event", "forecast"}:
        return False, f"different times ({a.time} / {b.time})"
    if a.modality != b.modality:
        return False, f"different modality ({a.modality} / {b.modality})"
    if a.part != b.part:
        return False, "one figure is part of a larger whole"
    if a.casualty and b.casualty and a.casualty != b.casualty:
        return False, f"different casualties ({a.casualty} / {b.casualty})"
    if not (a.head & b.attribute and b.head & a.attribute):
        return False, "no attribute in common next to the figures"
    return True, a.describe()


# Parts of a day and calendar words say when, not what happened.
WHEN_WORDS = frozenset(
    ("morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year",
     "early", "late", "midnight", "noon", "today", "yesterday", "tonight", "date")
)  # fmt: skip
# A value used as a modifier of the noun that follows it: "in the April 28 double murder",
# "Saturday's shooting", "the Dallas shooting".
ATTRIBUTIVE_BEFORE_RE = re.compile(r"\b(?:the|a|an|this|that)\s*$", re.IGNORECASE)
ATTRIBUTIVE_AFTER_RE = re.compile(r"[’']s\b")
# The words right after a modifier, one space apart: the noun phrase it opens.
PHRASE_WORD_RE = re.compile(r"\s([a-z][a-z'’-]*)")
# Words after which a verb-first word is read as a noun ("the suspect", "his arms").
DETERMINERS = frozenset(
    ("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
     "my", "your", "another", "each", "every")
)  # fmt: skip
# How far from the value (in content words of its clause) its happening word is looked for.
HAPPENING_REACH_BEFORE = 8
HAPPENING_REACH_AFTER = 2


OWNED_AFTER_RE = re.compile(r"[’']s((?:\s+[A-Za-z][A-Za-z'’-]*){1,3})")


def _dated_by_another(item: ArticleFacts, fact: Fact, before: str) -> frozenset[str]:
    """The words after another date or time of the clause written as its owner ("Friday's
    deadly shooting", "Monday's 4 p.m. vigil"): the happening they name is that date's."""
    if "'s" not in before and "’s" not in before:
        return frozenset()
    text = item.article.text
    lo = fact.start - len(before)
    out: set[str] = set()
    for g in item.facts:
        if (
            g.type in (FactType.DATE, FactType.TIME)
            and lo <= g.end < fact.start
            and (m := OWNED_AFTER_RE.match(text, g.end))
        ):
            out.update(w.lower() for w in m.group(1).split())
    return frozenset(out)


def governing_happening(
    item: ArticleFacts,
    fact: Fact,
    fallback: bool = False,
    reach_after: int = HAPPENING_REACH_AFTER,
    written: bool = False,
    fates: bool = False,
) -> frozenset[str]:
    """The concept of the word naming the happening a value belongs to: the nearest word that
    names something that happens (``lexicon.happening``) among the HAPPENING_REACH_BEFORE
    content words before it in its clause ("six people were shot, two fatally, Monday" is
    dated by "shot", not "fatally"), else among the ``reach_after`` after it ("On
    Tuesday, police arrested ..."); a value that modifies the noun after it looks there
    first. Empty when there is none, unless ``fallback``: then the nearest content word.
    A verb that says only that something took place or began (``lexicon.onset``: "the
    shooting broke out") names no happening; its subject may.
    ``written``: the word as the text has it ("negotiated"), not its concept. ``fates``: a
    fate written as a state ("is dead", "were hurt") names what happened to its subject, as
    "died" does; not for dates ("the dead men had been identified Tuesday")."""
    before, after = clause(item, fact)
    things: set[str] = set()  # words read as nouns of things here ("the suspect")

    def content(text: str) -> list[str]:
        out, prev = [], ""
        for w in (x.lower() for x in CLAUSE_WORD_RE.findall(text)):
            if prev in DETERMINERS and thing_noun(w):
                things.add(w)
            if onset(w):
                things.add(w)  # "gunfire erupted": says only that it began
            elif onset(f"{prev} {w}"):
                things.update((prev, w))  # "broke out"
            prev = w
            if w not in STOPWORDS and w not in WHEN_WORDS and w not in ATTRIBUTION and len(w) > 2:
                out.append(w)
        return out

    ahead, behind = content(before), content(after)

    def happening(w: str) -> bool:
        return (names_happening(w) or (fates and casualty_word(w) is not None)) and w not in things

    following = [w for w in behind[:reach_after] if happening(w)]
    events: list[str] = []
    if (arranged := ARRANGED_FOR_RE.search(before)) and happening(arranged.group(1).lower()):
        events = [arranged.group(1).lower()]  # "sentencing is set for Jan. 12"
    if events:
        pass
    elif ATTRIBUTIVE_BEFORE_RE.search(before) or ATTRIBUTIVE_AFTER_RE.match(after):
        # the noun a modifier qualifies ends its phrase: "the April 28 double murder"; a
        # past verb after that noun ends the phrase before it ("the 4:26 a.m. shooting
        # followed a fight")
        phrase: list[str] = []
        pos = 0
        while len(phrase) < reach_after and (m := PHRASE_WORD_RE.match(after, pos)):
            w, pos = m.group(1), m.end()
            if w.endswith("ed") or w in STOPWORDS:
                break
            phrase.append(w)
        events = [w for w in phrase if happening(w)][-1:] or following[-1:]
    if not events:
        # (a modifier of a noun that names no happening, "injured on Pontiac's west side",
        # belongs to the clause's happening as any value does); a happening another date
        # owns ("after Friday's deadly shooting attended Sunday service") is not this one's
        owned = _dated_by_another(item, fact, before)
        events = [w for w in ahead[-HAPPENING_REACH_BEFORE:] if happening(w) and w not in owned][
            -1:
        ] or following[:1]
    if not events and fallback:
        events = ahead[-1:] or behind[:1]
    return frozenset(events) if written else frozenset(concept(w) for w in events)
