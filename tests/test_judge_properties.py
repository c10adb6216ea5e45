"""Properties: input order changes no id and no verdict; an article never conflicts with itself."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.align.alignments import align_facts
from factcheck.cluster.events import cluster_events
from factcheck.extract import extract_facts
from factcheck.ingest import load_articles
from factcheck.judge import judge_alignments
from factcheck.judge.registry import Scope, rules_of_scope
from factcheck.models import ArticleFacts, Verdict

SUMMIT = Path(__file__).resolve().parents[1] / "data" / "summit"
# Rules that compare an article with itself on purpose (dateline vs its own venue...).
INTERNAL_RULES = rules_of_scope(Scope.ARTICLE)


@cache
def _items() -> tuple[ArticleFacts, ...]:
    articles, _ = load_articles([str(SUMMIT)], None)
    return tuple(extract_facts(a) for a in articles)


def _run(items: list[ArticleFacts]) -> set[tuple[str, str, tuple[str, ...]]]:
    events = cluster_events(items)
    findings = judge_alignments(align_facts(events, items), events, items)
    return {(f.id, f.verdict.value, f.event_ids) for f in findings}


@cache
def _baseline() -> frozenset[tuple[str, str, tuple[str, ...]]]:
    return frozenset(_run(list(_items())))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(range(5)))
def test_shuffled_inputs_same_ids_and_verdicts(order: list[int]) -> None:
    items = [_items()[i] for i in order]
    assert _run(items) == _baseline()


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=0, max_value=4))
def test_article_never_conflicts_with_its_copy(index: int) -> None:
    item = _items()[index]
    copy_art = item.article.model_copy(
        update={"id": "a99", "source": "copy/" + item.article.source}
    )
    copy = extract_facts(copy_art)
    events = cluster_events([item, copy])
    assert len(events) == 1, "an article and its copy are one event"
    findings = judge_alignments(align_facts(events, [item, copy]), events, [item, copy])
    bad = [
        f
        for f in findings
        if f.verdict in (Verdict.CONFLICT, Verdict.VARIATION, Verdict.CROSS_EVENT)
        and f.rule not in INTERNAL_RULES
    ]
    assert not bad, [f.title for f in bad]


def test_no_cross_article_conflict_within_one_article() -> None:
    for item in _items():
        ev = cluster_events([item])
        for f in judge_alignments(align_facts(ev, [item]), ev, [item]):
            if f.verdict == Verdict.CONFLICT:
                assert f.rule in INTERNAL_RULES, f.title
