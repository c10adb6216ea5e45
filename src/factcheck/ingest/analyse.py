"""Plain-text analysis: raw article text and hints in, the Article's text and metadata out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from factcheck.ingest.dateline import parse_dateline
from factcheck.ingest.furniture import strip_furniture
from factcheck.ingest.header import mark_header
from factcheck.ingest.lines import Marks, assemble, split_lines
from factcheck.ingest.metadata import (
    Inferred,
    infer_dateline_year,
    infer_outlet,
    judge_header_dates,
)
from factcheck.models import Dateline


@dataclass
class Hints:
    """Metadata known before reading the text (HTML metadata, JSON record, manifest)."""

    outlet: str | None = None
    outlet_rule: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None


def _first_body_line(body: str, captions: list[tuple[int, int]]) -> tuple[int, str]:
    """Offset and text of the first body line that is not a caption."""
    pos = 0
    for line in body.split("\n"):
        inside = any(s <= pos < e for s, e in captions)
        if line.strip() and not inside:
            return pos, line
        pos += len(line) + 1
    return 0, ""


def analyse_text(text: str, hints: Hints) -> dict[str, Any]:
    """Strip furniture and infer metadata; return Article fields (without id/source/format)."""
    lines = split_lines(text)
    marks = Marks()
    strip_furniture(lines, marks)
    header = mark_header(lines, marks, known_title=hints.title)
    body, captions = assemble(lines)
    lead_start, lead = _first_body_line(body, captions)
    parsed = parse_dateline(lead)
    inferred = Inferred()
    outlet, rule = (
        (hints.outlet, hints.outlet_rule)
        if hints.outlet
        else infer_outlet(lead, parsed, marks, header, hints.url)
    )
    header_published, scrape = judge_header_dates(header, parsed, body, lead, inferred)
    published = hints.published or header_published
    dateline = None
    if parsed:
        date = infer_dateline_year(parsed, lead, body, published, scrape, inferred)
        dateline = Dateline(
            text=parsed.text,
            place=parsed.place,
            country=parsed.country,
            date=date,
            wire=parsed.wire,
            start=lead_start,
            end=lead_start + parsed.end,
        )
    if published:
        reference, reference_rule = published[:10], "published"
    elif dateline and dateline.date:
        reference, reference_rule = dateline.date, "dateline"
    else:
        reference, reference_rule = None, None
    return {
        "outlet": outlet,
        "outlet_rule": rule,
        "url": hints.url,
        "title": hints.title or header.title,
        "published": published,
        "reference_date": reference,
        "reference_rule": reference_rule,
        "dateline": dateline,
        "text": body,
        "removed": tuple(marks.removals),
        "caption_spans": tuple(captions),
        "notes": tuple(inferred.notes),
    }
