"""Judge 'measure:' Alignments: the numbers one statement group carries.

A sum of money and a percentage are different measures the texts do not let us reconcile
(`compatible`, said in words); amounts of one kind are compared with rounding tolerance.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.judge.common import Context, quoted
from factcheck.judge.values import interval, overlaps
from factcheck.models import Alignment, Fact, FactType, Finding, Severity, Verdict
from factcheck.text import content_words
from factcheck.values import MoneyValue, PercentValue, QuantityValue


def judge_measure(al: Alignment, ctx: Context) -> list[Finding]:
    """Numbers carried by one statement group: same measure compared, different ones noted."""
    money = [f for f in al.facts if f.type == FactType.MONEY]
    pct = [f for f in al.facts if f.type == FactType.PERCENT]
    out = []
    if money and pct and {f.article_id for f in money} != {f.article_id for f in pct}:
        out.append(_different_measures(al, money, pct, ctx))
    by_dimension: dict[str, list[Fact]] = {}
    for f in al.facts:
        if isinstance(f.value, QuantityValue):
            by_dimension.setdefault(f.value.dimension, []).append(f)
    # Quantities compare in SI units, so "1,000 km" and "621 miles" are the same figure.
    for group in (money, pct, *by_dimension.values()):
        if group:
            out.extend(_same_measure(al, group, ctx))
    return out


def _different_measures(
    al: Alignment, money: Sequence[Fact], pct: Sequence[Fact], ctx: Context
) -> Finding:
    def desc(f: Fact) -> str:
        v = f.value
        extra = []
        period = v.period if isinstance(v, MoneyValue) else None
        if period:
            extra.append(period if period.split()[0] in ("over", "for", "in") else f"over {period}")
        base = v.base if isinstance(v, PercentValue) else None
        if base and base not in f.text:
            extra.append(f"of {base}")
        tail = f" ({' '.join(extra)})" if extra else ""
        return f"{quoted(f.text)}{tail} in {ctx.outlet(f.article_id)}"

    facts = [*money, *pct]
    return ctx.finding(
        kind="money",
        verdict=Verdict.COMPATIBLE,
        severity=Severity.INFO,
        confidence="measure",
        event_ids=al.event_ids,
        rule="different-measures",
        claims=[ctx.fact_claim(f, f.type.value) for f in facts],
        title="Different measures of the same thing: " + " vs ".join(f.text for f in facts),
        explanation=(
            "The statements about the same subject give an amount of money ("
            + "; ".join(desc(f) for f in money)
            + ") and a percentage ("
            + "; ".join(desc(f) for f in pct)
            + "). These are different measures; the texts "
            "do not give what is needed to convert one into the other (a base and a period), "
            "so they cannot be reconciled or contradicted here. Not a conflict."
        ),
    )


def same_value(a: Fact, b: Fact) -> bool:
    """Same type, same currency or dimension, and intervals that overlap."""
    if a.type != b.type:
        return False
    va, vb = a.value, b.value
    if isinstance(va, MoneyValue) and isinstance(vb, MoneyValue) and va.currency != vb.currency:
        return False
    if (
        isinstance(va, QuantityValue)
        and isinstance(vb, QuantityValue)
        and va.dimension != vb.dimension
    ):
        return False
    ia, ib = interval(a), interval(b)
    return ia is not None and ib is not None and overlaps(ia, ib)


def _same_title(matched: Sequence[Fact]) -> str:
    """'Same figure …: $5.4 billion / $5.4bn', or 'Same figures …: 39 km; 5 km' when the
    sources agree on several figures of the statement."""
    groups: list[list[Fact]] = []
    for f in matched:
        home = next((g for g in groups if same_value(g[0], f)), None)
        if home is None:
            groups.append([f])
        else:
            home.append(f)
    shown = [" / ".join(dict.fromkeys(" ".join(f.text.split()) for f in g)) for g in groups]
    if len(shown) == 1:
        return "Same figure from several outlets: " + shown[0]
    return "Same figures from several outlets: " + "; ".join(shown)


def _same_measure(al: Alignment, facts: Sequence[Fact], ctx: Context) -> list[Finding]:
    """Amounts (or percentages) of one statement group from different sources.

    A story often gives several figures (a price and its cash part): a figure is confirmed
    when another source gives it too, and two sources conflict only when each gives exactly
    one figure and the two cannot both hold.
    """
    src = {f.id: ctx.source_group.get(f.article_id, f.article_id) for f in facts}
    matched = [f for f in facts if any(src[o.id] != src[f.id] and same_value(f, o) for o in facts)]
    kind = facts[0].type.value if facts else "money"
    if matched:
        listing = "; ".join(f"{ctx.outlet(f.article_id)}: {quoted(f.text)}" for f in matched)
        return [
            ctx.finding(
                kind=kind,
                verdict=Verdict.CORROBORATED,
                severity=Severity.INFO,
                confidence="interval",
                event_ids=al.event_ids,
                rule="same-value",
                claims=[ctx.fact_claim(f) for f in matched],
                title=_same_title(matched),
                explanation=f"{listing}. These independent outlets agree within rounding.",
            )
        ]
    per_source: dict[str, list[Fact]] = {}
    for f in facts:
        per_source.setdefault(src[f.id], []).append(f)
    if len(per_source) < 2 or any(len(v) != 1 for v in per_source.values()):
        return []
    used = [v[0] for v in per_source.values()]
    if not _same_context(used, ctx):
        return []  # "3.5mm jack" and "13.5 mm thick": the figures measure different things
    listing = "; ".join(f"{ctx.outlet(f.article_id)}: {quoted(f.text)}" for f in used)
    return [
        ctx.finding(
            kind=kind,
            verdict=Verdict.CONFLICT,
            severity=Severity.LOW,
            confidence="figure",
            event_ids=al.event_ids,
            rule="interval-disjoint",
            claims=[ctx.fact_claim(f) for f in used],
            title="Different figures in statements about the same thing: "
            + " vs ".join(f.text for f in used),
            explanation=(
                f"{listing}. The statements share their subject and each gives one figure, but "
                "the figures differ beyond rounding. They may measure different parts of it "
                "(a total and a part, before and after a change): check before correcting."
            ),
        )
    ]


def _context(fact: Fact, ctx: Context, reach: int = 4) -> set[str]:
    """Content words right around a figure ("buy ATI for $5.4 billion" -> buy, ati)."""
    text = ctx.items[fact.article_id].article.text
    before = content_words(text[max(0, fact.start - 80) : fact.start])[-reach:]
    after = content_words(text[fact.end : fact.end + 80])[:reach]
    return {w for w in before + after if not w[0].isdigit()}


def _same_context(facts: Sequence[Fact], ctx: Context) -> bool:
    """Whether every figure shares a neighbouring word with the others (same slot)."""
    contexts = [_context(f, ctx) for f in facts]
    return all(contexts[0] & c for c in contexts[1:])
