"""Precision first: a ``conflict`` is what an editor should act on.

Every conflict that compares figures, dates, times or places of different articles in
differently worded sentences is kept as a low-severity ``variation``, and its explanation
says what its claim keys (``align.keys``: subject, attribute, time, modality) matched or why
they did not. On real news such figure-slot conflicts were right about one time in ten even
when the keys matched (2 of 23 interval-disjoint, 1 of 22 majority-outlier on the GVC dev
split, eval/precision_dev.jsonl), so only rules whose key is fixed by construction give a
``conflict``.

Matching keys also need the two sentences to tell the same statement (token-set similarity),
an absolute date on both sides (a weekday or "yesterday" depends on when each was written),
and clock times beyond rounding.

Rules whose key is fixed by construction keep their verdict: one sentence told twice
(shared-sentence-diff), one article against itself (weekday vs its date, a stated conversion)
and the age of a named person. A headline against its own text, with no second account, is
held to a variation. A dateline against the venue stays a conflict only when
they lie in different countries: a dateline in the same country is mostly the filing bureau.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from rapidfuzz import fuzz

from factcheck.align.keys import ClaimKey, claim_key, keys_match
from factcheck.judge.common import Context
from factcheck.models import Claim, Fact, FactType, Finding, Severity, Verdict
from factcheck.settings import SAME_STATEMENT_MIN_RATIO, TIME_ROUNDING_MINUTES
from factcheck.values import (
    CountValue,
    DateValue,
    DurationValue,
    MoneyValue,
    PercentValue,
    PlaceValue,
    QuantityValue,
    TimeValue,
)

KEYED_TYPES = (
    FactType.COUNT,
    FactType.MONEY,
    FactType.PERCENT,
    FactType.QUANTITY,
    FactType.DURATION,
    FactType.DATE,
    FactType.TIME,
    FactType.PLACE,
)
# Rules whose claims are keyed by construction (see the module docstring).
FIXED_KEY_RULES = frozenset(
    (
        "shared-sentence-diff",
        "weekday-vs-date",
        "local-vs-zone",
        "stated-conversion",
        "age-differs",
    )
)


def _year(ctx: Context, finding: Finding) -> int | None:
    for eid in finding.event_ids:
        ev = ctx.events.get(eid)
        if ev is not None and ev.date:
            try:
                return date.fromisoformat(ev.date[:10]).year
            except ValueError:
                return None
    return None


def _demote(finding: Finding, why: str) -> Finding:
    return finding.model_copy(
        update={
            "verdict": Verdict.VARIATION,
            "severity": Severity.LOW,
            "explanation": (
                f"{finding.explanation} Shown as a variation, not a conflict: {why}, so the "
                "claims may not be about the same thing."
            ),
        }
    )


def _same_weekday_as_written(facts: list[Fact]) -> bool:
    """Dates that all name the same weekday and nothing more: the texts agree as written; the
    days differ only in how each article's weekday was resolved."""
    days = set()
    for f in facts:
        v = f.value
        if not isinstance(v, DateValue) or not v.weekday or not v.relative:
            return False
        days.add(v.weekday)
    return len(days) == 1


def _dateline(finding: Finding, ctx: Context) -> Finding:
    aid = finding.claims[0].article_id
    dl = ctx.items[aid].article.dateline
    venue = next(
        (
            f
            for c in finding.claims
            if (f := ctx.fact_of(c, (FactType.PLACE,))) is not None
            and isinstance(f.value, PlaceValue)
        ),
        None,
    )
    if dl is None or venue is None or not isinstance(venue.value, PlaceValue):
        return _demote(finding, "the venue's country could not be read")
    if not dl.country or not venue.value.country or dl.country == venue.value.country:
        return _demote(
            finding, "the dateline and the venue are in the same country (a filing bureau)"
        )
    text = ctx.items[aid].article.text
    known = venue.value.kind == "country" or venue.value.capital
    if not known and venue.value.country not in text:
        # "Bordeaux" in a Nashville story: a neighbourhood that shares a foreign city's name
        # (a national capital, "Phnom Penh", needs no country beside it)
        return _demote(finding, f"the text never names {venue.value.country}, the venue's country")
    return finding


def gate(finding: Finding, ctx: Context) -> Finding:
    """The finding as it should stand once its claims' keys are checked."""
    if finding.verdict != Verdict.CONFLICT or finding.rule in FIXED_KEY_RULES:
        return finding
    if finding.rule == "dateline-vs-venue":
        return _dateline(finding, ctx)
    pairs: list[tuple[Claim, Fact]] = []
    for c in finding.claims:
        fact = ctx.fact_of(c, KEYED_TYPES)
        if fact is not None:
            pairs.append((c, fact))
    if len({c.article_id for c, _f in pairs}) < 2:
        return _demote(finding, "the claims' keys could not be read")
    facts = [f for _c, f in pairs]
    if _same_weekday_as_written(facts):
        return _demote(finding, f"every account says {facts[0].text}")
    year = _year(ctx, finding)
    keys: dict[str, ClaimKey] = {f.id: claim_key(ctx.items[f.article_id], f, year) for f in facts}
    reasons: list[str] = []
    for i, f in enumerate(facts):
        for g in facts[i + 1 :]:
            if g.article_id == f.article_id or figure_of(f) == figure_of(g):
                continue  # the pairs that disagree are the ones that must share a key
            same, why = pair_key(f, g, keys, ctx)
            if same:
                return _demote(
                    finding,
                    f"the keys match ({why}), but the figures stand in two differently worded "
                    "sentences, and on real news such pairs were mostly about different things "
                    "(a part and the whole, another person, another time: eval/precision_dev"
                    ".jsonl)",
                )
            reasons.append(why)
    return _demote(finding, reasons[0] if reasons else "no two accounts differ on one key")


def pair_key(f: Fact, g: Fact, keys: dict[str, ClaimKey], ctx: Context) -> tuple[bool, str]:
    """Whether two disagreeing claims share a key: the same subject, attribute, time and
    modality, told as the same statement (their sentences alike), and of a kind whose value
    the texts fix (an absolute date, a clock time beyond rounding)."""
    if f.type == FactType.DATE and not (_absolute(f) and _absolute(g)):
        return False, "a relative date (a weekday, 'yesterday') depends on when each was written"
    if f.type == FactType.TIME and _within_rounding(f, g):
        return False, "the clock times differ by no more than one of them is rounded"
    same, why = keys_match(keys[f.id], keys[g.id])
    if not same:
        return False, why
    ratio = fuzz.token_set_ratio(sentence_text(f, ctx), sentence_text(g, ctx))
    if ratio < SAME_STATEMENT_MIN_RATIO:
        return False, f"the sentences tell different things (similarity {ratio:.0f}/100)"
    return True, why


def sentence_text(fact: Fact, ctx: Context) -> str:
    """The sentence holding a fact, case-folded (the fact's own text when none does)."""
    item = ctx.items[fact.article_id]
    for s in item.sentences:
        if s.start <= fact.start < s.end:
            return s.text.casefold()
    return fact.text.casefold()


def _absolute(fact: Fact) -> bool:
    """A date written as a calendar day ('Nov. 22'), not resolved from a weekday or 'today'."""
    v = fact.value
    return isinstance(v, DateValue) and not v.relative and v.granularity == "day"


CLOCK_RE = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?")


def _written_minute(fact: Fact) -> int | None:
    """The minute as written ('6 p.m.' -> 0, '6:18 p.m.' -> 18, '2045 GMT' -> 45)."""
    m = re.search(r"\b(\d{1,2})(\d{2})\b", fact.text) or CLOCK_RE.search(fact.text)
    return int(m.group(2) or 0) if m else None


def _instant(fact: Fact) -> datetime | None:
    v = fact.value
    if not isinstance(v, TimeValue):
        return None
    if v.utc:
        try:
            return datetime.fromisoformat(v.utc)
        except ValueError:
            return None
    hh, _, mm = v.local.partition(":")
    if not (hh.isdigit() and mm.isdigit()):
        return None
    return datetime(2000, 1, 1, int(hh), int(mm))


def _within_rounding(f: Fact, g: Fact) -> bool:
    """'6 p.m.' and '6:18 p.m.', 'about 2045 GMT' and '20:49': a time on the hour or half hour,
    or hedged, stands for any minute up to TIME_ROUNDING_MINUTES away."""
    a, b = _instant(f), _instant(g)
    if a is None or b is None or (a.tzinfo is None) != (b.tzinfo is None):
        return False
    gap = abs((a - b).total_seconds()) / 60
    if a.tzinfo is None:
        gap = min(gap, 24 * 60 - gap)

    def rounded(fact: Fact) -> bool:
        hedged = any(w in fact.text.lower() for w in ("about", "around", "approximately"))
        minute = _written_minute(fact)
        return hedged or (minute is not None and minute % 30 == 0)

    rounded_a, rounded_b = rounded(f), rounded(g)
    return gap <= TIME_ROUNDING_MINUTES and (rounded_a or rounded_b)


def figure_of(fact: Fact) -> object:
    """What a fact states, for telling the claims that disagree from those that agree."""
    v = fact.value
    if isinstance(v, DateValue):
        return v.start or v.weekday or fact.text
    if isinstance(v, TimeValue):
        return v.utc or v.local
    if isinstance(v, CountValue | PercentValue):
        return v.value
    if isinstance(v, MoneyValue):
        return (v.currency, v.amount)
    if isinstance(v, QuantityValue):
        return (v.si_unit, v.si_value)
    if isinstance(v, DurationValue):
        return v.minutes
    if isinstance(v, PlaceValue):
        return v.name
    return fact.text


def hold_conflicts_to_keys(found: list[Finding], ctx: Context) -> list[Finding]:
    """Every finding after the key test (see ``gate``)."""
    return [gate(f, ctx) for f in found]
