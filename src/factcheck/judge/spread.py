"""Agreement only through a bound is not corroboration.

Figures are grouped as agreeing when their ranges overlap, and a vague figure ("at least
three", "less than 12 hours") overlaps many: "three people", "four people" and "at least
three people" all overlap the last, yet three and four do not agree. Such a group is not
`corroborated`. When two precise figures from different sources differ, the editor is told
(a low `variation`: "three vs four"); when only estimates or bounds differ, the group is
`compatible` with the spread stated ("about 207 to about 275"), never "several outlets agree".
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from factcheck.judge.common import Context, quoted
from factcheck.judge.values import SCALED_RE, count_interval, interval, overlaps
from factcheck.models import Fact, FactType, Finding, Severity, Verdict
from factcheck.values import MEASURES, CountValue

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
    srcs = [ctx.source_group.get(f.article_id, f.article_id) for f in facts]
    ivs = {f.id: interval(f) for f in facts}
    # Whether two claims are apart turns on their intervals, kinds and vagueness only: group
    # the claims by those and compare distinct values, not every pair of 5,000 copies.
    groups: dict[tuple[tuple[float, float], FactType, bool], list[int]] = {}
    for i, f in enumerate(facts):
        iv = ivs[f.id]
        if iv is not None:
            groups.setdefault((iv, f.type, _vague(f)), []).append(i)
    known: dict[tuple[object, ...], bool] = {}

    # An article that states both figures gives two measures (a total and its cash part),
    # not a dispute: drop pairs either side's article reconciles by stating the other value.
    # Stating it means giving it as a figure or in the same words: a bound of something else
    # in the article ("at least 20 people" killed) does not state "26" injured.
    def states(
        source: str, iv: tuple[float, float], kind: FactType, whole: tuple[float, float] | None
    ) -> bool:
        key = (source, iv, kind, whole)
        if key not in known:
            known[key] = any(
                o.type == kind
                and (oi := interval(o)) is not None
                and overlaps(oi, iv)
                and (not _vague(o) or oi == iv)
                and (whole is None or (oc := count_interval(o)) is None or overlaps(oc, whole))
                for aid in members.get(source, ())
                for o in ctx.items[aid].facts
            )
        return known[key]

    keys = list(groups)
    # Pairs of values with a pair of claims from different sources that neither reconciles:
    # (distance of their middles, whether both are precise, the claims on each side).
    apart: list[tuple[float, bool, list[int], list[int]]] = []
    # two whole counts are apart when their written digits are ("91" / "95 passengers")
    counted = {k: count_interval(facts[groups[k][0]]) for k in keys}
    for n, ka in enumerate(keys):
        for kb in keys[n:]:
            ca, cb = counted[ka], counted[kb]
            if overlaps(ka[0], kb[0]) and (ca is None or cb is None or overlaps(ca, cb)):
                continue
            xs = [i for i in groups[ka] if not states(srcs[i], kb[0], kb[1], cb)]
            ys = [j for j in groups[kb] if not states(srcs[j], ka[0], ka[1], ca)]
            if not xs or not ys or len({srcs[i] for i in xs} | {srcs[j] for j in ys}) < 2:
                continue
            exact = not ka[2] and not kb[2] and ka[1] in PRECISE_KINDS and kb[1] in PRECISE_KINDS
            apart.append((abs(_middle(ka[0]) - _middle(kb[0])), exact, xs, ys))
    listing = "; ".join(f"{ctx.outlet(f.article_id)}: {quoted(f.text)}" for f in facts)
    precise = [(d, xs, ys) for d, exact, xs, ys in apart if exact]
    if not precise:
        toll = _tolls_differ(finding, facts, srcs, ctx, members, listing)
        if toll is not None:
            return toll
    if not apart:
        return None
    if precise:
        # The pair of claims furthest apart, the first such in the claims' order.
        widest = max(d for d, _xs, _ys in precise)
        i, j = min(_first_pair(xs, ys, srcs) for d, xs, ys in precise if d == widest)
        a, b = facts[i], facts[j]
        return _differ_within_bound(
            finding,
            facts,
            ctx,
            f"Figures differ: {a.text} vs {b.text}",
            f"{listing}. {ctx.outlet(a.article_id)}'s {quoted(a.text)} and "
            f"{ctx.outlet(b.article_id)}'s {quoted(b.text)} are both exact and differ; the "
            "others fit either only because they are estimates or bounds. Check which "
            "figure is right, or whether one report is later.",
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


def _tolls_differ(
    finding: Finding,
    facts: list[Fact],
    srcs: list[str],
    ctx: Context,
    members: dict[str, list[str]],
    listing: str,
) -> Finding | None:
    """Counts of the dead (or of the injured) that different sources give as different
    numbers, consistent only through bounds ("at least 288" / "approximately 346"): a toll is
    the figure editors reconcile, so a low variation, not corroboration. A source that gives
    the other number too (an update it reports) reconciles it."""
    values = [f.value for f in facts]
    if not all(isinstance(v, CountValue) and v.casualty for v in values):
        return None
    if len({v.casualty for v in values if isinstance(v, CountValue)}) != 1:
        return None
    # every count each source gives, whatever it counts
    stated = {
        src: {
            o.value.value
            for aid in members.get(src, [src])
            for o in ctx.items[aid].facts
            if isinstance(o.value, CountValue)
        }
        for src in set(srcs)
    }
    # the claims of each distinct number (a toll told by 5,000 copies is a few numbers)
    by_value: dict[float, list[int]] = {}
    for i, v in enumerate(values):
        if isinstance(v, CountValue) and v.value is not None:
            by_value.setdefault(v.value, []).append(i)
    best: tuple[float, int, int] | None = None
    numbers = sorted(by_value)
    for x, va in enumerate(numbers):
        for vb in numbers[x + 1 :]:
            if best is not None and vb - va <= best[0]:
                continue
            # a claim of each number from two sources, neither of which gives the other
            pair = next(
                (
                    (i, j)
                    for i in by_value[va]
                    if vb not in stated[srcs[i]]
                    for j in by_value[vb]
                    if srcs[j] != srcs[i]
                    and va not in stated[srcs[j]]
                    and not _round_bound_of(facts[i], facts[j])
                    and not _round_bound_of(facts[j], facts[i])
                ),
                None,
            )
            if pair is not None:
                best = (vb - va, *pair)
    if best is None:
        return None
    a, b = facts[best[1]], facts[best[2]]
    return _differ_within_bound(
        finding,
        facts,
        ctx,
        f"Tolls differ: {a.text} vs {b.text}",
        f"{listing}. {ctx.outlet(a.article_id)} gives {quoted(a.text)} and "
        f"{ctx.outlet(b.article_id)} {quoted(b.text)}, and neither gives the other's number: "
        "they fit together only through an estimate or a bound, so they do not corroborate "
        "one toll. Check which is the latest confirmed figure.",
    )


def _round_bound_of(bound: Fact, exact: Fact) -> bool:
    """A round bound the other figure meets ("more than two dozen" / 26, "more than 40" /
    43): the way a report rounds a toll it knows, not another toll."""
    b, e = bound.value, exact.value
    if not isinstance(b, CountValue) or not isinstance(e, CountValue) or not b.hedge:
        return False
    if b.value is None or e.value is None or b.low is None or b.high is None:
        return False
    whole = b.value % 10 == 0 or (b.value % 12 == 0 and "dozen" in bound.text.lower())
    return whole and b.low <= e.value <= b.high


def _differ_within_bound(
    finding: Finding, facts: list[Fact], ctx: Context, title: str, explanation: str
) -> Finding:
    """The low variation that replaces a corroboration whose figures differ but for a bound."""
    return ctx.finding(
        kind=finding.kind,
        verdict=Verdict.VARIATION,
        severity=Severity.LOW,
        confidence="figure",
        event_ids=finding.event_ids,
        rule="differ-within-bound",
        claims=[ctx.fact_claim(f) for f in facts],
        title=title,
        explanation=explanation,
    )


def _first_pair(xs: list[int], ys: list[int], srcs: list[str]) -> tuple[int, int]:
    """The first (i, j), i < j, in the claims' order with one claim in ``xs``, the other in
    ``ys`` (both ascending) and their sources different; ``xs`` and ``ys`` hold one."""
    best: tuple[int, int] | None = None
    for left, right in ((xs, ys), (ys, xs)):
        # past[k]: the first position from k on whose source differs from right[k]'s.
        past = [len(right)] * len(right)
        for k in range(len(right) - 2, -1, -1):
            past[k] = k + 1 if srcs[right[k + 1]] != srcs[right[k]] else past[k + 1]
        for i in left:
            if best is not None and i > best[0]:
                break
            k = bisect_right(right, i)
            if k < len(right) and srcs[right[k]] == srcs[i]:
                k = past[k]
            if k < len(right):
                if best is None or (i, right[k]) < best:
                    best = (i, right[k])
                break
    assert best is not None
    return best
