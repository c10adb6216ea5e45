"""Rising tolls: differing casualty counts that grow with each report's publication time.

Breaking news updates its figures: "at least 30 killed" on the first evening, "46" that
night, "65" the next morning. Flagging the early reports as outliers sends an editor after
a non-problem; the useful note is that the figure moved, which report is the latest, and
that the latest official figure should be used with its time. A count finding is relabelled
as an update when every figure in it comes from a dated report and the figures never fall as
the reports get later (and do rise at least once).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from factcheck.judge.common import Context, quoted
from factcheck.models import Fact, FactType, Finding, Severity, Verdict
from factcheck.values import CountValue

# Words of a count that a later report may legitimately raise.
TOLL_RE = re.compile(
    r"\b(?:kill(?:ed|ing)?|dead|died|dies|deaths?|toll|injur(?:ed|ies|ing)|wounded|"
    r"hurt|missing|casualt(?:y|ies)|victims?|fatalit(?:y|ies)|trapped|displaced|"
    r"evacuated|arrested|detained|rescued)\b",
    re.I,
)
RELABELLED_RULES = frozenset(("majority-outlier", "interval-disjoint", "differ-within-bound"))


def _stamp(ctx: Context, article_id: str) -> str | None:
    """When the report came out: its publication stamp, else its dateline's day."""
    art = ctx.items[article_id].article
    if art.published:
        return art.published
    dl = art.dateline
    return dl.date if dl is not None else None


def _sentence(ctx: Context, fact: Fact) -> str:
    item = ctx.items[fact.article_id]
    if fact.sentence < len(item.sentences):
        return item.sentences[fact.sentence].text
    return fact.text


def _count(fact: Fact) -> float:
    return float(fact.value.value or 0) if isinstance(fact.value, CountValue) else 0.0


def _is_rising(points: Sequence[tuple[str, float]]) -> bool:
    """Figures grouped by report time never fall from one time to a later one, and rise."""
    keys = sorted({k for k, _ in points})
    if len(keys) < 2:
        return False
    groups = [[v for k, v in points if k == key] for key in keys]
    if any(max(a) > min(b) for a, b in itertools.pairwise(groups)):
        return False
    return max(groups[-1]) > min(groups[0])


def relabel_updates(findings: Sequence[Finding], ctx: Context) -> list[Finding]:
    """Replace count disputes whose figures rise with publication time by an update note."""
    return [_relabel(f, ctx) or f for f in findings]


def _relabel(finding: Finding, ctx: Context) -> Finding | None:
    if finding.kind != "quantity" or finding.rule not in RELABELLED_RULES:
        return None
    if finding.verdict not in (Verdict.CONFLICT, Verdict.VARIATION):
        return None
    facts: list[tuple[Fact, str]] = []
    for claim in finding.claims:
        fact = ctx.fact_of(claim, (FactType.COUNT,))
        stamp = _stamp(ctx, claim.article_id)
        if fact is None or stamp is None or not TOLL_RE.search(_sentence(ctx, fact)):
            return None
        facts.append((fact, stamp))
    # Compare by day unless every report gives its time of day.
    timed = all("T" in stamp for _, stamp in facts)
    points = [(stamp[:16] if timed else stamp[:10], _count(f)) for f, stamp in facts]
    if any(v <= 0 for _, v in points) or not _is_rising(points):
        return None
    ordered = sorted(zip(facts, points, strict=True), key=lambda fp: (fp[1][0], fp[1][1]))
    steps = " → ".join(f"{f.text} ({key})" for (f, _), (key, _) in ordered)
    latest = ordered[-1][0][0]
    listing = "; ".join(
        f"{ctx.outlet(f.article_id)} ({key}): {quoted(f.text)}" for (f, _), (key, _) in ordered
    )
    return ctx.finding(
        kind=finding.kind,
        verdict=Verdict.VARIATION,
        severity=Severity.LOW,
        confidence="majority",
        event_ids=finding.event_ids,
        rule="figure-updated",
        claims=[
            ctx.fact_claim(f, "latest" if f is latest else f"as of {key}")
            for (f, _), (key, _) in ordered
        ],
        title=f"The figure rises from report to report: {steps}",
        explanation=(
            f"{listing}. The reports came out at different times and no later report gives a "
            "lower figure than an earlier one: the count was most likely updated as news came "
            f"in, not misreported. {ctx.outlet(latest.article_id)} has the latest figure; use "
            "the latest official figure and say when it was given."
        ),
    )
