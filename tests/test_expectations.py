"""The seed expectations (tests/expectations.toml) against the real chain on data/summit."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from factcheck.models import Event, Finding
from judge_factory import run_chain

HERE = Path(__file__).resolve().parent
SUMMIT = HERE.parent / "data" / "summit"
SPEC = tomllib.loads((HERE / "expectations.toml").read_text("utf-8"))


@pytest.fixture(scope="module")
def chain() -> tuple[list[Event], list[Finding], dict[str, str]]:
    items, events, _alignments, findings = run_chain([str(SUMMIT)])
    prefix = {it.article.id: Path(it.article.source).name[:3] for it in items}
    return events, findings, prefix


def _matches(finding: Finding, spec: dict[str, Any], prefix: dict[str, str]) -> bool:
    for field in ("verdict", "kind", "rule"):
        if field in spec and getattr(finding, field) != spec[field]:
            return False
    for file, text in spec.get("claims", []):
        if not any(prefix[c.article_id] == file and text in c.text for c in finding.claims):
            return False
    if "claim_contains" in spec and not any(
        spec["claim_contains"] in c.text for c in finding.claims
    ):
        return False
    if not all(word in finding.explanation for word in spec.get("explanation", [])):
        return False
    values = " ".join(c.value or "" for c in finding.claims)
    return all(word in values for word in spec.get("values", []))


def _ids(specs: Sequence[dict[str, Any]]) -> list[str]:
    return [s["id"] for s in specs]


@pytest.mark.parametrize("spec", SPEC["events"], ids=_ids(SPEC["events"]))
def test_event(
    spec: dict[str, Any], chain: tuple[list[Event], list[Finding], dict[str, str]]
) -> None:
    events, _findings, prefix = chain
    groups = {tuple(sorted(prefix[a] for a in ev.article_ids)): ev for ev in events}
    event = groups.get(tuple(spec["files"]))
    assert event is not None, f"no event holds exactly {spec['files']}: {list(groups)}"
    assert event.date == spec["date"]
    assert event.place is not None and spec["place_contains"] in event.place
    assert spec["place_contains"] in event.label and spec["date"] in event.label


@pytest.mark.parametrize("spec", SPEC["must_flag"], ids=_ids(SPEC["must_flag"]))
def test_must_flag(
    spec: dict[str, Any], chain: tuple[list[Event], list[Finding], dict[str, str]]
) -> None:
    _events, findings, prefix = chain
    hits = [f for f in findings if _matches(f, spec, prefix)]
    assert hits, f"no finding matches {spec['id']}; have: " + "; ".join(
        f"{f.verdict.value}/{f.kind}/{f.rule}: {f.title}" for f in findings
    )


@pytest.mark.parametrize("spec", SPEC["must_not_flag"], ids=_ids(SPEC["must_not_flag"]))
def test_must_not_flag(
    spec: dict[str, Any], chain: tuple[list[Event], list[Finding], dict[str, str]]
) -> None:
    _events, findings, prefix = chain
    hits = [f for f in findings if _matches(f, spec, prefix)]
    assert not hits, f"false alarm {spec['id']}: {[h.title for h in hits]}"


def test_only_expected_conflicts(chain: tuple[list[Event], list[Finding], dict[str, str]]) -> None:
    _events, findings, _prefix = chain
    # A list, not a set: a second dateline conflict (e.g. a possessive "Tokyo's reforms"
    # taken as the venue) is a false alarm too.
    kinds = sorted(f.kind for f in findings if f.verdict.value == "conflict")
    assert kinds == SPEC["gate"]["conflict_kinds"]


def test_one_phrasing_finding_per_event_for_the_pledge(
    chain: tuple[list[Event], list[Finding], dict[str, str]],
) -> None:
    _events, findings, prefix = chain
    pledge = [s for s in SPEC["must_flag"] if s["id"].startswith("3") and s["kind"] == "phrasing"]
    for spec in pledge:
        hits = [f for f in findings if _matches(f, spec, prefix)]
        assert len(hits) == 1 and len(set(hits[0].event_ids)) == 1


def test_every_claim_is_exact(chain: tuple[list[Event], list[Finding], dict[str, str]]) -> None:
    _events, findings, _prefix = chain
    items, _ev, _al, _f = run_chain([str(SUMMIT)])
    text = {it.article.id: it.article.text for it in items}
    for finding in findings:
        assert finding.claims, finding.id
        for claim in finding.claims:
            assert text[claim.article_id][claim.start : claim.end] == claim.text
