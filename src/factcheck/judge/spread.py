"""Agreement only through a bound is not corroboration.

Figures are grouped as agreeing when their ranges overlap, and a vague figure ("at least
three", "less than 12 hours") overlaps many: "three people", "four people" and "at least
three people" all overlap the last, yet three and four do not agree. Such a group is not
`corroborated`. When two precise figures from different sources differ, the editor is told
(a low `variation`: "three vs four"); when only estimates or bounds differ, the group is
`compatible` with the spread stated ("about 207 to about 275"), never "several outlets agree".
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.judge.common import Context, quoted
from factcheck.judge.values import SCALED_RE, interval, overlaps
from factcheck.models import Fact, FactType, Finding, Severity, Verdict
from factcheck.values import MEASURES

NUMERIC = (FactType.COUNT, FactType.MONEY, FactType.PERCENT, FactType.QUANTITY, FactType.DURATION)
# Kinds where two precise, differing figures are worth an editor's look.
PRECISE_KINDS = (FactType.COUNT, FactType.MONEY, FactType.PERCENT, FactType.QUANTITY)


def _vague(fact: Fact) -> bool:
    """An estimate, a bound, a range or a round headline figure ("$13 billion")."""
    v = fact.value
    if isinstance(v, MEASURES) and (bool(v.hedge) or v.low != v.high):
        return True
    m = SCALED_RE.search(fact.text) if fact.type == FactType.MONEY else None
    return m is not None and not m.group(2)


def _middle(iv: tuple[float, float] | None) -> float:
    return (iv[0] + iv[1]) / 2 if iv else 0.0


def split_false_corroboration(findings: Sequence[Finding], ctx: Context) -> list[Finding]:
    """Re-judge corroborated figure groups whose members do not all agree with each other."""
    members: dict[str, list[str]] = {}
    for aid in ctx.items:
        members.setdefault(ctx.source_group.get(aid, aid), []).append(aid)
    return [_rejudge(f, ctx, members) or f for f in findings]


def _rejudge(finding: Finding, ctx: Context, members: dict[str, list[str]]) -> Finding | None:
    if finding.verdict != Verdict.CORROBORATED or len(finding.claims) < 2:
        return None
    facts = []
    for claim in finding.claims:
        fact = ctx.fact_of(claim, NUMERIC)
        if fact is None:
            return None
        facts.append(fact)
    src = {f.id: ctx.source_group.get(f.article_id, f.article_id) for f in facts}
    ivs = {f.id: interval(f) for f in facts}
    apart = [
        (a, b)
        for i, a in enumerate(facts)
        for b in facts[i + 1 :]
        if src[a.id] != src[b.id]
        and (ia := ivs[a.id]) is not None
        and (ib := ivs[b.id]) is not None
        and not overlaps(ia, ib)
    ]

    # An article that states both figures gives two measures (a total and its cash part),
    # not a dispute: drop pairs either side's article reconciles by stating the other value.
    def states(source: str, iv: tuple[float, float], kind: FactType) -> bool:
        return any(
            o.type == kind and (oi := interval(o)) is not None and overlaps(oi, iv)
            for aid in members.get(source, ())
            for o in ctx.items[aid].facts
        )

    apart = [
        (a, b)
        for a, b in apart
        if not states(src[a.id], ivs[b.id] or (0.0, 0.0), b.type)
        and not states(src[b.id], ivs[a.id] or (0.0, 0.0), a.type)
    ]
    if not apart:
        return None
    listing = "; ".join(f"{ctx.outlet(f.article_id)}: {quoted(f.text)}" for f in facts)
    precise = [
        (a, b)
        for a, b in apart
        if not _vague(a) and not _vague(b) and a.type in PRECISE_KINDS and b.type in PRECISE_KINDS
    ]
    if precise:
        a, b = max(precise, key=lambda p: abs(_middle(ivs[p[0].id]) - _middle(ivs[p[1].id])))
        return ctx.finding(
            kind=finding.kind,
            verdict=Verdict.VARIATION,
            severity=Severity.LOW,
            confidence="figure",
            event_ids=finding.event_ids,
            rule="differ-within-bound",
            claims=[ctx.fact_claim(f) for f in facts],
            title=f"Figures differ: {a.text} vs {b.text}",
            explanation=(
                f"{listing}. {ctx.outlet(a.article_id)}'s {quoted(a.text)} and "
                f"{ctx.outlet(b.article_id)}'s {quoted(b.text)} are both exact and differ; the "
                "others fit either only because they are estimates or bounds. Check which "
                "figure is right, or whether one report is later."
            ),
        )
    low = min(facts, key=lambda f: _middle(ivs[f.id]))
    high = max(facts, key=lambda f: _middle(ivs[f.id]))
    return ctx.finding(
        kind=finding.kind,
        verdict=Verdict.COMPATIBLE,
        severity=Severity.INFO,
        confidence="interval",
        event_ids=finding.event_ids,
        rule="estimates-spread",
        claims=[ctx.fact_claim(f) for f in facts],
        title=f"Estimates range from {low.text} to {high.text}",
        explanation=(
            f"{listing}. Not every pair of these overlaps: they are consistent only through "
            "estimates or bounds, so they do not corroborate one figure. Give a range or the "
            "most authoritative source's figure."
        ),
    )
