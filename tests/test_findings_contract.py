"""findings.json on the bundled corpus: valid against the published schema, offsets exact."""

from __future__ import annotations

import json

import jsonschema
import pytest

from factcheck.models import FindingsDocument
from factcheck.render.findings_json import (
    build_findings_document,
    findings_json,
    findings_schema,
    validate_findings,
)


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(findings_schema())


def test_summit_findings_validate_against_schema(summit_report) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(findings_json(summit_report))
    validate_findings(data)
    assert data["schema_version"] == 1
    assert len(data["articles"]) == 5


def test_every_claim_points_at_exact_text(summit_report) -> None:  # type: ignore[no-untyped-def]
    doc = build_findings_document(summit_report)
    texts = {a.id: a.text for a in doc.articles}
    assert doc.findings, "the bundled corpus must yield findings"
    for finding in doc.findings:
        for claim in finding.claims:
            assert texts[claim.article_id][claim.start : claim.end] == claim.text, finding.id


def test_every_fact_points_at_exact_text(summit_report) -> None:  # type: ignore[no-untyped-def]
    for item in summit_report.articles:
        for fact in item.facts:
            assert item.article.text[fact.start : fact.end] == fact.text, fact.id


def test_datelines_point_at_exact_text(summit_report) -> None:  # type: ignore[no-untyped-def]
    for item in summit_report.articles:
        dl = item.article.dateline
        if dl is not None:
            assert item.article.text[dl.start : dl.end] == dl.text


def test_schema_rejects_a_broken_document(summit_report) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(findings_json(summit_report))
    data["findings"].append({"id": "x", "verdict": "maybe"})
    with pytest.raises(jsonschema.ValidationError):
        validate_findings(data)


def test_round_trip_through_the_model(summit_report) -> None:  # type: ignore[no-untyped-def]
    text = findings_json(summit_report)
    doc = FindingsDocument.model_validate_json(text)
    assert findings_json(summit_report) == text  # deterministic for a fixed clock
    assert {a.id for a in doc.articles} == {f"a{i}" for i in range(1, 6)}
