"""Turn a Report into findings.json (schema_version 1) and check it against the schema."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from factcheck.models import (
    ExportArticle,
    ExportEvent,
    FindingsDocument,
    Report,
    ToolInfo,
)

SCHEMA_VERSION = 1


def build_findings_document(report: Report) -> FindingsDocument:
    """Build the findings.json document from a report."""
    articles = []
    for item in report.articles:
        art = item.article
        dateline = None
        if art.dateline is not None:
            dateline = {
                "text": art.dateline.text,
                "place": art.dateline.place,
                "date": art.dateline.date,
            }
        articles.append(
            ExportArticle(
                id=art.id,
                source=art.source,
                outlet=art.outlet,
                title=art.title,
                published=art.published,
                dateline=dateline,
                text=art.text,
            )
        )
    events = [
        ExportEvent(
            id=ev.id, label=ev.label, date=ev.date, place=ev.place, article_ids=list(ev.article_ids)
        )
        for ev in report.events
    ]
    return FindingsDocument(
        schema_version=SCHEMA_VERSION,
        tool=ToolInfo(name="factcheck", version=report.version),
        generated_at=report.generated_at,
        articles=articles,
        events=events,
        findings=list(report.findings),
    )


def findings_json(report: Report) -> str:
    """Serialise the report's findings document (see dump_findings_document)."""
    return dump_findings_document(build_findings_document(report))


def dump_findings_document(doc: FindingsDocument) -> str:
    """The text of findings.json: stable key order, two-space indent, final newline."""
    return json.dumps(doc.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


@cache
def findings_schema() -> dict[str, Any]:
    """Return the published JSON Schema of findings.json (shipped in the package)."""
    text = resources.files("factcheck").joinpath("schema/findings.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_findings(data: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``data`` breaks the published schema."""
    import jsonschema

    jsonschema.validate(data, findings_schema())
