"""Every rule the judge can fire, declared once.

A rule's entry says what it is called (``Finding.rule``), where it looks (``scope``: one
article against itself, the articles of one event, or two events), which alignment slot
families it reads (the prefix of ``Alignment.slot`` before ':'; empty for rules that read
articles or events directly), its default confidence, the finding kinds it can give (the
``kind`` enum of findings.json is the union of these) and one line for the report's Method
section. ``Context.finding`` refuses a rule that is not here, so a new rule is added here first.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from factcheck.settings import CONFIDENCE


class Scope(StrEnum):
    ARTICLE = "article"  # one article against itself (dateline vs its own venue ...)
    EVENT = "event"  # the articles of one event against each other
    CROSS_EVENT = "cross-event"  # the same slot in two different events


# The kinds a figure slot can carry (Finding.kind of the value and measure families).
FIGURE_KINDS = ("date", "time", "duration", "quantity", "money", "percent", "place")


@dataclass(frozen=True)
class RuleSpec:
    """One rule: its name, scope, the slot families it reads, confidence, kinds, summary."""

    name: str
    scope: Scope
    slots: tuple[str, ...]
    confidence: float
    kinds: tuple[str, ...]
    summary: str


def _rule(
    name: str, scope: Scope, slots: tuple[str, ...], confidence: str | float,
    kinds: tuple[str, ...], summary: str,
) -> RuleSpec:  # fmt: skip
    conf = CONFIDENCE[confidence] if isinstance(confidence, str) else confidence
    return RuleSpec(name, scope, slots, conf, kinds, summary)


_E, _A, _X = Scope.EVENT, Scope.ARTICLE, Scope.CROSS_EVENT
_VALUE = ("value", "near", "date", "place")
RULES: tuple[RuleSpec, ...] = (
    # figures, dates, places, times and durations of one slot (judge.figures, judge.values)
    _rule("interval-disjoint", _E, (*_VALUE, "measure", "duration"), "interval", FIGURE_KINDS,
          "interval-disjoint: figures of one slot whose tolerance intervals cannot overlap"),
    _rule("interval-overlap", _E, ("duration",), "interval", ("duration",),
          "interval-overlap: vague durations whose intervals overlap (compatible)"),
    _rule("same-value", _E, (*_VALUE, "measure"), "interval", FIGURE_KINDS,
          "same-value: one figure stated alike by several sources (corroborated)"),
    _rule("majority-outlier", _E, (*_VALUE, "time"), "majority", FIGURE_KINDS,
          "majority-outlier: one source against several agreeing ones on a figure"),
    _rule("sources-split", _E, _VALUE, "majority", FIGURE_KINDS,
          "sources-split: sources split between two figures of one slot, each backed twice"),
    _rule("copies-differ", _E, _VALUE, "wire-copy", FIGURE_KINDS,
          "copies-differ: copies of one wire story that give a figure differently"),
    _rule("differ-within-bound", _E, (), "figure", FIGURE_KINDS,
          "differ-within-bound: figures that differ but one is a stated bound of the other"),
    _rule("estimates-spread", _E, (), "interval", FIGURE_KINDS,
          "estimates-spread: estimates that spread but overlap (compatible)"),
    _rule("figure-updated", _E, (), "majority", FIGURE_KINDS,
          "figure-updated: a later report updates an earlier figure (variation, not conflict)"),
    _rule("different-measures", _E, ("measure",), "measure", ("money", "percent"),
          "different-measures: one pledge in measures the texts do not reconcile"),
    _rule("schedule-vs-duration", _E, ("duration",), "schedule", ("duration",),
          "schedule-vs-duration: a stated length against a schedule's clock times"),
    _rule("cross-event-slot", _X, ("duration",), "cross-event", ("duration",),
          "cross-event-slot: the same slot in two events (shown, never a conflict)"),
    _rule("same-instant", _E, ("time",), "timezone", ("time",),
          "same-instant: clock times in different zones that are one instant"),
    _rule("utc-differs", _E, ("time",), "figure", ("time",),
          "utc-differs: clock times of one happening that are different instants"),
    _rule("shared-sentence-diff", _E, ("copy",), "shared-sentence",
          ("quantity", "time", "date", "place", "name", "quote", "phrasing"),
          "shared-sentence-diff: one sentence told by two outlets with a figure, date, name, "
          "place, negation or quoted word changed"),
    _rule("repeated-sentence-diff", _A, ("self",), "phrasing",
          ("quantity", "time", "date", "place", "name", "quote", "phrasing"),
          "repeated-sentence-diff: one article carrying one sentence twice with a figure, "
          "date, name, place, negation or quoted word changed (a variation)"),
    _rule("home-town-differs", _E, ("home",), "figure", ("place",),
          "home-town-differs: one named person given two home towns by two accounts"),
    _rule("relation-differs", _E, ("partner",), "name", ("phrasing",),
          "relation-differs: the one harmed told as two relations to the one who harmed "
          "(his wife / his girlfriend) by two accounts (a variation)"),
    _rule("quote-speaker-differs", _E, ("speaker",), "name", ("quote",),
          "quote-speaker-differs: one quotation credited to two different named people by two "
          "accounts (a variation)"),
    _rule("role-name-differs", _E, ("rolename",), "name", ("name",),
          "role-name-differs: one role (the pilot, the gunman) given two different people by "
          "two accounts (a variation)"),
    _rule("age-differs", _E, ("age",), "figure", ("quantity",),
          "age-differs: one person's (or role's) age given differently by two accounts"),
    _rule("aligned-sentence-diff", _E, ("echo", "anchor"), "figure",
          ("quantity", "time", "date", "place", "money", "percent", "duration"),
          "aligned-sentence-diff: one statement told in other words (or a value in the same "
          "words) by two outlets, with a value one of them names nowhere (a variation)"),
    _rule("town-region-differs", _E, ("townin",), "figure", ("place",),
          "town-region-differs: one town written with another state or country after it by "
          "two accounts (a variation)"),
    _rule("town-state-unknown", _E, ("townstate",), "figure", ("place",),
          "town-state-unknown: a US town written with a state the gazetteer has no town of "
          "that name in, while the accounts name a state that has one (a variation)"),
    _rule("direction-differs", _E, ("direction",), "figure", ("place",),
          "direction-differs: one place put in two compass directions from the same named "
          "place by two accounts (a variation)"),
    _rule("statement-name-spelling", _E, ("spell",), "name", ("name",),
          "statement-name-spelling: a name the lexicon does not know spelt two ways in one "
          "statement two outlets tell in other words (a variation)"),
    _rule("happening-day-differs", _E, ("when",), "figure", ("date",),
          "happening-day-differs: one happening dated on two days, as written (a variation)"),
    _rule("role-differs", _E, ("age",), "figure", ("quantity",),
          "role-differs: one age given to opposite roles (brother / sister) by two accounts"),
    _rule("place-foreign", _E, ("foreign",), "figure", ("place",),
          "place-foreign: a place one account alone names, in a country none of the others "
          "names a place of (a variation)"),
    _rule("address-differs", _E, ("address",), "figure", ("place",),
          "address-differs: one street given two house or block numbers (a variation)"),
    _rule("street-differs", _E, ("street",), "figure", ("place",),
          "street-differs: one street written with another type or spelling (a variation)"),
    _rule("day-part-differs", _E, ("when",), "figure", ("date",),
          "day-part-differs: one day of the event told as morning and as afternoon or evening"),
    _rule("meridiem-differs", _E, ("when",), "figure", ("time",),
          "meridiem-differs: one clock time written a.m. and p.m. by two accounts (a variation)"),
    _rule("happening-time-differs", _E, ("when",), "figure", ("time",),
          "happening-time-differs: one happening given two clock times, further apart than "
          "rounding, by two accounts (a variation)"),
    _rule("clock-day-differs", _E, ("when",), "figure", ("date",),
          "clock-day-differs: one clock time written on two different days (a variation)"),
    # one article against itself (judge.internal)
    _rule("dateline-vs-venue", _A, (), "dateline", ("dateline",),
          "dateline-vs-venue: a dateline that is not where the event happened"),
    _rule("weekday-vs-date", _A, (), "weekday", ("date",),
          "weekday-vs-date: a weekday that does not fall on its date"),
    _rule("own-happening-two-days", _A, (), "weekday", ("date",),
          "own-happening-two-days: one account dating the event's own happening on two "
          "adjacent days (a variation)"),
    _rule("age-twice", _A, (), "age", ("quantity",),
          "age-twice: one named person given two ages by one article (a variation)"),
    _rule("local-vs-zone", _A, (), "timezone", ("time",),
          "local-vs-zone: a local time and its stated conversion to another zone"),
    _rule("stated-conversion", _A, (), "conversion", ("quantity",),
          "stated-conversion: an amount and its stated conversion (km and miles)"),
    _rule("headline-vs-body", _A, (), 0.6, ("quantity", "money"),
          "headline-vs-body: a headline figure its own text contradicts"),
    # quotations and wording (judge.quotes, judge.phrasing)
    _rule("quote-wording", _E, ("quote",), "quote", ("quote",),
          "quote-wording: one quotation worded differently by two sources"),
    _rule("quote-truncation", _E, ("quote",), "quote", ("quote",),
          "quote-truncation: a shortened quotation whose cut changes what it says"),
    _rule("same-quote", _E, ("quote",), "quote", ("quote",),
          "same-quote: one quotation given alike by several sources"),
    _rule("quote-fragment", _E, ("quote",), "quote", ("quote",),
          "quote-fragment: part of a quotation given by one source"),
    _rule("quote-vs-paraphrase", _E, ("paraphrase",), "paraphrase", ("quote",),
          "quote-vs-paraphrase: a direct quotation against a paraphrase of it"),
    _rule("phrasing-intensifier", _E, ("phrasing",), "phrasing", ("phrasing",),
          "phrasing-intensifier: one statement with a different strength of wording"),
    _rule("same-wording", _E, ("phrasing",), "phrasing", ("phrasing",),
          "same-wording: one statement worded by several sources"),
    # sources (judge.independence)
    _rule("single-source", _E, (), "single-source",
          ("date", "time", "duration", "quantity", "money", "percent", "place", "quote",
           "name", "phrasing"),
          "single-source: claims only one independent source makes"),
    _rule("wire-copy", _E, (), "wire-copy", ("phrasing",),
          "wire-copy: copies of one wire story count as one source"),
    _rule("name-spelling", _E, (), "name", ("name",),
          "name-spelling: one person's name spelt differently by sources"),
)  # fmt: skip

REGISTRY: dict[str, RuleSpec] = {spec.name: spec for spec in RULES}


def spec(rule: str) -> RuleSpec:
    """The declared rule called ``rule``; a KeyError names an undeclared one."""
    try:
        return REGISTRY[rule]
    except KeyError:
        raise KeyError(f"rule {rule!r} fired but is not declared in judge.registry") from None


def finding_kinds() -> list[str]:
    """Every kind a finding can have, in the order of findings.json's schema enum."""
    order = ("dateline", "place", "date", "time", "duration", "quantity", "money", "percent",
             "quote", "name", "phrasing")  # fmt: skip
    kinds = {k for s in RULES for k in s.kinds}
    return [k for k in order if k in kinds] + sorted(kinds - set(order))


def rules_of_scope(scope: Scope) -> frozenset[str]:
    """Names of the rules that look at ``scope``."""
    return frozenset(s.name for s in RULES if s.scope == scope)


def method_lines() -> tuple[str, ...]:
    """The judge's rules, one line each, for the report's Method section."""
    return tuple(f"judge ({s.scope.value}) {s.summary}" for s in RULES)
