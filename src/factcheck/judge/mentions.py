"""Every place an account states a flagged figure, not only the one a slot took.

A slot holds one figure per account, so a flag quotes one mention of a value an article may
state twice ("21 seconds" in its lead and again in its body, "Edgar Sanchez Rios, 16," in
two paragraphs). An editor correcting the copy needs each place, and a reader checking the
flag may know the second. A conflict or variation therefore also quotes the account's other
mentions of the same figure: the same words and the same typed value, of the same person for
an age, and not a small bare count ("three people" is often said of several groups); for a
toll, the same number of the same fate in any words ("four people were injured" / "Four
others were injured"). Not a
date or a clock time: said again, it mostly dates another happening ("no one answered the
door Tuesday" / "declined to comment Tuesday").
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.align.ages import age_subject, full_names, is_age
from factcheck.judge.common import Context
from factcheck.judge.ids import fold
from factcheck.models import Claim, Fact, FactType, Finding, Verdict
from factcheck.values import CountValue

# Figures only: a weekday or a clock stated again mostly dates or times another happening
# ("no one answered the door Tuesday" / "declined to comment Tuesday").
VALUE_FACTS = (
    FactType.COUNT,
    FactType.MONEY,
    FactType.PERCENT,
    FactType.QUANTITY,
    FactType.DURATION,
)

# Other mentions quoted per claim, and findings with more claims than this are left as they
# are (5,000 accounts of one figure need no more evidence).
REPEATS_PER_CLAIM = 3
REPEATS_MAX_CLAIMS = 40
# A count of things up to this many is no figure of its own ("two men" of several groups).
SMALL_COUNT = 10


def cite_repeats(found: Sequence[Finding], ctx: Context) -> list[Finding]:
    """Each conflict or variation with its claims' other mentions added (``ctx.finding``
    rebuilds it; its id and anchors stay the original's)."""
    return [_with_repeats(f, ctx) for f in found]


def _with_repeats(finding: Finding, ctx: Context) -> Finding:
    if finding.verdict not in (Verdict.CONFLICT, Verdict.VARIATION):
        return finding
    if len(finding.claims) > REPEATS_MAX_CLAIMS:
        return finding
    held = {(c.article_id, c.start, c.end) for c in finding.claims}
    added: list[Claim] = []
    for claim in finding.claims:
        fact = ctx.fact_of(claim, VALUE_FACTS)
        if fact is None or not _specific(fact):
            continue
        for other in _repeats(fact, ctx)[:REPEATS_PER_CLAIM]:
            span = (other.article_id, other.start, other.end)
            if span not in held:
                held.add(span)
                added.append(ctx.fact_claim(other, claim.value))
    if not added:
        return finding
    rebuilt = ctx.finding(
        kind=finding.kind,
        verdict=finding.verdict,
        severity=finding.severity,
        confidence=finding.confidence,
        event_ids=finding.event_ids,
        title=finding.title,
        explanation=finding.explanation,
        rule=finding.rule,
        claims=[*finding.claims, *added],
    )
    # The same finding with more evidence: its id (what it is about) stays, whatever words
    # the other mentions use ("Four others were injured"); its evidence digest moves.
    return rebuilt.model_copy(update={"id": finding.id, "anchors": finding.anchors})


def _specific(fact: Fact) -> bool:
    v = fact.value
    if isinstance(v, CountValue) and v.casualty:
        return v.value is not None  # a toll: its fate says what it counts
    if isinstance(v, CountValue) and not is_age(fact):
        return v.value is not None and v.value > SMALL_COUNT
    return True


def _repeats(fact: Fact, ctx: Context) -> list[Fact]:
    """The article's other facts with the same words and value (and person, for an age)."""
    item = ctx.items[fact.article_id]
    words = fold(fact.text)
    v = fact.value
    if isinstance(v, CountValue) and v.casualty:
        # a toll told again in other words ("four people were injured" ... "Four others were
        # injured"): the same number of the same fate
        return sorted(
            (
                f
                for f in item.facts
                if f.id != fact.id
                and isinstance(f.value, CountValue)
                and f.value.casualty == v.casualty
                and f.value.value == v.value
            ),
            key=lambda f: f.start,
        )
    same = [
        f
        for f in item.facts
        if f.id != fact.id
        and f.type == fact.type
        and fold(f.text) == words
        and f.value == fact.value
    ]
    if same and is_age(fact):
        names = full_names(item)
        whose = age_subject(item, fact, names)[0]
        same = [f for f in same if whose and age_subject(item, f, names)[0] == whose]
    return sorted(same, key=lambda f: f.start)
