"""The judge's rule registry is the one list of rules: every rule that fires is declared there,
and the schema enum, the Method section and the slot families agree with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.judge import SLOT_FAMILIES
from factcheck.judge.common import Context
from factcheck.judge.registry import REGISTRY, RULES, Scope, finding_kinds, rules_of_scope
from factcheck.models import Severity, Verdict
from factcheck.pipeline import RULES_RUN, build_report

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "src" / "factcheck" / "schema" / "findings.schema.json"
CORPORA = [
    ROOT / "data" / "summit",
    *sorted((ROOT / "data" / "ecbplus").glob("ecbplus-t4*")),
]


def test_names_are_unique() -> None:
    assert len(REGISTRY) == len(RULES)


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_every_rule_that_fires_is_declared_with_its_kind(corpus: Path) -> None:
    report = build_report([str(corpus)], generated_at="2026-01-01T00:00:00+00:00")
    for f in report.findings:
        assert f.rule in REGISTRY, f"{f.rule} fired but judge.registry lacks it"
        assert f.kind in REGISTRY[f.rule].kinds, f"{f.rule} gave kind {f.kind}"


def test_an_undeclared_rule_is_refused() -> None:
    ctx = Context(items={}, events={}, event_of={})
    with pytest.raises(KeyError, match="not declared"):
        ctx.finding(
            kind="date",
            verdict=Verdict.CONFLICT,
            severity=Severity.HIGH,
            event_ids=[],
            title="t",
            explanation="e",
            rule="no-such-rule",
            claims=[],
        )


def test_schema_kind_enum_is_the_registry_kinds() -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    enum = schema["$defs"]["finding"]["properties"]["kind"]["enum"]
    assert enum == finding_kinds(), "set the schema's kind enum to registry.finding_kinds()"


def test_method_section_lists_every_rule() -> None:
    listed = "\n".join(RULES_RUN)
    for spec in RULES:
        assert spec.name in listed


def test_slot_families_are_the_registry_slots() -> None:
    declared = {slot for spec in RULES for slot in spec.slots}
    assert declared == set(SLOT_FAMILIES)


def test_internal_rules_are_the_article_scope() -> None:
    assert rules_of_scope(Scope.ARTICLE) == {
        "dateline-vs-venue",
        "weekday-vs-date",
        "own-happening-two-days",
        "age-twice",
        "local-vs-zone",
        "stated-conversion",
        "headline-vs-body",
        "repeated-sentence-diff",
    }
