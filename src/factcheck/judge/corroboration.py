"""A value several sources give is not corroborated when other independent sources contradict it.

"12 people killed" in two outlets is agreement between those two; if as many other outlets or
more give another figure for the same claim (the same key: subject, attribute, time, modality; see
``align.keys``), the accounts disagree and the finding says so: a ``variation`` naming both
sides, not ``corroborated``.
"""

from __future__ import annotations

from factcheck.align.keys import claim_key
from factcheck.judge.common import Context
from factcheck.judge.precision import KEYED_TYPES, figure_of, pair_key, sentence_text
from factcheck.models import Fact, Finding, Severity, Verdict

FIGURE_TYPES = tuple(t for t in KEYED_TYPES if t.value not in ("place", "date", "time"))


def _contradictions(finding: Finding, ctx: Context) -> list[Fact]:
    backing = [f for c in finding.claims if (f := ctx.fact_of(c, FIGURE_TYPES)) is not None]
    if not backing:
        return []
    values = {figure_of(f) for f in backing}
    sources = {ctx.source_group.get(f.article_id, f.article_id) for f in backing}
    keys = {f.id: claim_key(ctx.items[f.article_id], f) for f in backing}
    # backers told alike (one key, one sentence, one figure) answer any fact alike: ask one
    told: dict[tuple[str, str, str], Fact] = {}
    for b in backing:
        told.setdefault((repr(keys[b.id]), sentence_text(b, ctx), b.text), b)
    distinct = list(told.values())
    against: dict[str, Fact] = {}
    article_ids = {
        a for eid in finding.event_ids if (ev := ctx.events.get(eid)) for a in ev.article_ids
    }
    for aid in sorted(article_ids):
        src = ctx.source_group.get(aid, aid)
        if src in sources or src in against or aid not in ctx.items:
            continue
        item = ctx.items[aid]
        for fact in item.facts:
            if fact.type != backing[0].type or figure_of(fact) in values:
                continue
            keys[fact.id] = claim_key(item, fact)
            if any(pair_key(b, fact, keys, ctx)[0] for b in distinct):
                against[src] = fact
                break
    # Outnumbered or matched: the backers' agreement is one side of a disagreement.
    return list(against.values()) if len(against) >= len(sources) else []


def contradicted_corroboration(found: list[Finding], ctx: Context) -> list[Finding]:
    """Corroborated figures that other independent sources contradict become variations."""
    out = []
    for f in found:
        if f.verdict != Verdict.CORROBORATED or f.rule != "same-value":
            out.append(f)
            continue
        against = _contradictions(f, ctx)
        if not against:
            out.append(f)
            continue
        others = "; ".join(f"{ctx.outlet(g.article_id)}: “{g.text}”" for g in against)
        out.append(
            f.model_copy(
                update={
                    "verdict": Verdict.VARIATION,
                    "severity": Severity.MEDIUM,
                    "title": f"Not corroborated: {f.title}",
                    "claims": (*f.claims, *(ctx.fact_claim(g, "contradicts") for g in against)),
                    "explanation": (
                        f"{f.explanation} Not corroborated: {len(against)} other independent "
                        f"source(s) give another value for the same claim ({others})."
                    ),
                }
            )
        )
    return out
