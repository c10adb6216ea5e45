"""Turn Alignments (plus each article on its own) into Findings: verdict, severity, why.

Rule families live in their own modules: ``values`` (tolerance), ``internal`` (one article
against itself), ``quotes`` (fidelity), ``phrasing`` (wording), ``independence`` (wire copy,
single source). Finding ids are stable (see ``ids``): the same inputs in any order give the
same ids and verdicts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from factcheck.judge.ages import judge_age
from factcheck.judge.common import Context
from factcheck.judge.copies import (
    drop_covered_copies,
    judge_anchor,
    judge_copies,
    judge_echo,
    judge_repeated,
    judge_spelling,
    judge_when,
)
from factcheck.judge.corroboration import contradicted_corroboration
from factcheck.judge.figures import (
    judge_lead_date,
    judge_lead_place,
    judge_neighbourhood,
    judge_value,
)
from factcheck.judge.geography import (
    judge_direction,
    judge_foreign,
    judge_town_region,
    judge_town_state,
)
from factcheck.judge.ids import disambiguate
from factcheck.judge.independence import (
    judge_name_spelling,
    judge_single_source,
    judge_single_source_names,
    judge_wire_copy,
    wire_groups,
)
from factcheck.judge.internal import judge_internal
from factcheck.judge.measures import judge_measure
from factcheck.judge.mentions import cite_repeats
from factcheck.judge.phrasing import judge_partner, judge_phrasing
from factcheck.judge.precision import hold_conflicts_to_keys
from factcheck.judge.quotes import judge_paraphrase, judge_quote, judge_speaker
from factcheck.judge.residences import judge_address, judge_home, judge_role_name, judge_street
from factcheck.judge.spread import split_false_corroboration
from factcheck.judge.updates import relabel_updates
from factcheck.judge.values import judge_duration, judge_time
from factcheck.models import SEVERITY_RANK, Alignment, ArticleFacts, Event, Finding, Verdict

__all__ = ["judge_alignments", "merge_findings"]

SlotJudge = Callable[[Alignment, Context], list[Finding]]
# Slot prefix (before ':') -> the family of rules that judges it (the rules themselves are
# declared in judge.registry).
SLOT_FAMILIES: dict[str, SlotJudge] = {
    "age": judge_age,
    "home": judge_home,
    "rolename": judge_role_name,
    "street": judge_street,
    "address": judge_address,
    "foreign": judge_foreign,
    "direction": judge_direction,
    "townin": judge_town_region,
    "townstate": judge_town_state,
    "copy": judge_copies,
    "self": judge_repeated,
    "echo": judge_echo,
    "spell": judge_spelling,
    "anchor": judge_anchor,
    "when": judge_when,
    "duration": judge_duration,
    "quote": judge_quote,
    "speaker": judge_speaker,
    "paraphrase": judge_paraphrase,
    "phrasing": judge_phrasing,
    "partner": judge_partner,
    "measure": judge_measure,
    "time": judge_time,
    "value": judge_value,
    "near": judge_neighbourhood,
    "date": judge_lead_date,
    "place": judge_lead_place,
}


def judge_alignments(
    alignments: Sequence[Alignment],
    events: Sequence[Event],
    items: Sequence[ArticleFacts],
    *,
    articles: bool = True,
) -> list[Finding]:
    """Judge every alignment and every article; one Finding per distinct id, stable order.

    ``articles=False`` judges the alignments only (no article-by-article or event-by-event
    rules): the pipeline uses it for the slots that span events, once the events themselves
    were judged in parts (``merge_findings`` puts the parts together).
    """
    by_id = {item.article.id: item for item in items}
    event_of = {aid: ev.id for ev in events for aid in ev.article_ids}
    group_of, groups = wire_groups(events, by_id)
    ctx = Context(
        items=by_id,
        events={ev.id: ev for ev in events},
        event_of=event_of,
        source_group=group_of,
    )
    found: list[Finding] = []
    for al in alignments:
        family = SLOT_FAMILIES.get(al.slot.split(":", 1)[0])
        if family is not None and len(al.facts) >= 2:
            found.extend(family(al, ctx))
    if articles:
        for item in sorted(items, key=lambda it: it.article.source):
            found.extend(judge_internal(item, ctx))
        for ev in events:
            found.extend(judge_single_source(ev, ctx))
            found.extend(judge_single_source_names(ev, ctx))
            found.extend(judge_name_spelling(ev, ctx))
        found.extend(judge_wire_copy(groups, ctx))
    found = relabel_updates(split_false_corroboration(found, ctx), ctx)
    found = drop_covered_copies(hold_conflicts_to_keys(found, ctx))
    found = contradicted_corroboration(found, ctx)
    return merge_findings(cite_repeats(found, ctx))


# Above this many flags of one rule in one event, subsumed ones are not looked for (the
# check compares every two of them).
SUBSUMED_MAX_GROUP = 200


def _drop_subsumed(found: list[Finding]) -> list[Finding]:
    """A conflict or variation whose claims all stand in another finding of the same rule
    and verdict (one toll pair told by a context slot and again by the main-toll slot with
    more accounts) is that finding told twice: keep the fuller one."""
    groups: dict[tuple[object, ...], list[int]] = {}
    for i, f in enumerate(found):
        if f.verdict in (Verdict.CONFLICT, Verdict.VARIATION):
            groups.setdefault((f.event_ids, f.rule, f.verdict, f.kind), []).append(i)
    drop: set[int] = set()
    for members in groups.values():
        if len(members) < 2 or len(members) > SUBSUMED_MAX_GROUP:
            continue
        spans = {i: {(c.article_id, c.start, c.end) for c in found[i].claims} for i in members}
        for i in members:
            for j in members:
                if i != j and j not in drop and spans[i] < spans[j]:
                    drop.add(i)
                    break
    return [f for i, f in enumerate(found) if i not in drop]


def _rank(f: Finding) -> tuple[int, int, int, int]:
    """How much a finding tells: conflict over variation, severity, claims, and then a
    majority's verdict (it names the odd account) over a pair's."""
    return (
        f.verdict == Verdict.CONFLICT,
        SEVERITY_RANK[f.severity],
        len(f.claims),
        f.rule == "majority-outlier",
    )


def _drop_covered(found: list[Finding]) -> list[Finding]:
    """A conflict or variation every claim of which lies inside a claim of another finding of
    the same event and kind, ranked higher (``_rank``; two that tie both stay), is one
    discrepancy told again by another rule ("2.4" / "2.3" in a shared sentence, and
    "2.4% of GDP" / "2.3% of GDP" as the accounts' figures): the editor reads it once."""
    groups: dict[tuple[object, ...], list[int]] = {}
    for i, f in enumerate(found):
        if f.verdict in (Verdict.CONFLICT, Verdict.VARIATION):
            groups.setdefault((f.event_ids, f.kind), []).append(i)
    drop: set[int] = set()

    def inside(small: Finding, big: Finding) -> bool:
        return all(
            any(
                c.article_id == d.article_id and d.start <= c.start and c.end <= d.end
                for d in big.claims
            )
            for c in small.claims
        )

    for members in groups.values():
        if len(members) < 2 or len(members) > SUBSUMED_MAX_GROUP:
            continue
        for i in members:
            for j in members:
                if i == j or j in drop or found[i].rule == found[j].rule:
                    continue  # one rule's own repeats are _drop_subsumed's
                if _rank(found[j]) > _rank(found[i]) and inside(found[i], found[j]):
                    drop.add(i)
                    break
    return [f for i, f in enumerate(found) if i not in drop]


def merge_findings(found: Iterable[Finding]) -> list[Finding]:
    """One Finding per distinct (id, evidence) (the first kept), in the report's stable order.

    Findings that share an id but not their evidence get ids of their own (``judge.ids``).
    """
    unique: dict[tuple[str, str], Finding] = {}
    for f in found:
        unique.setdefault((f.id, f.evidence), f)
    return sorted(
        disambiguate(_drop_covered(_drop_subsumed(list(unique.values())))),
        key=lambda f: (f.event_ids, -SEVERITY_RANK[f.severity], f.kind, f.rule, f.id),
    )
