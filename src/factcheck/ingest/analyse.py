"""Plain-text analysis: raw article text and hints in, the Article's text and metadata out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from factcheck.ingest import outlets
from factcheck.ingest.furniture import strip_furniture
from factcheck.ingest.header import Header, find_lead, mark_header, weekday_confirmed_date
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


# Rules of infer_outlet that name the page's own outlet; a byline or copyright line
# outranks the weaker clues (photo credits, site markers, readout style).
_STRONG_OUTLET_RULES = {"wire-tag", "domain"}


def _credited_outlet(
    found: tuple[str | None, str | None], header: Header, marks: Marks, body: str, lead: str
) -> tuple[str | None, str | None]:
    """Refine infer_outlet's answer with the credit lines a story prints.

    Order: dateline wire tag and domain; byline ("By Jane Doe, Associated Press");
    copyright line ("© 2025 Newsmax"); then photo credits, site markers and readout
    style; then a wire tag closing the story ("... (ANI)") or a lead ending
    "reports AFP". The outlet is what the text names, the rule says which line named it.
    """
    if found[1] in _STRONG_OUTLET_RULES:
        return found
    if header.byline_outlets:
        return header.byline_outlets[0], "byline"
    copyright_lines = [r.text for r in marks.removals if r.rule == "boilerplate"]
    holder = outlets.by_copyright(copyright_lines)
    if holder:
        return holder, "copyright"
    if found[0]:
        return found
    end_tag = outlets.by_end_tag(body)
    if end_tag:
        return end_tag, "end-wire-tag"
    reports = outlets.by_reports_credit(lead)
    if reports:
        return reports, "reports-credit"
    return None, None


def analyse_text(text: str, hints: Hints) -> dict[str, Any]:
    """Strip furniture and infer metadata; return Article fields (without id/source/format)."""
    lines = split_lines(text)
    marks = Marks()
    strip_furniture(lines, marks)
    header = mark_header(lines, marks, known_title=hints.title)
    body, captions = assemble(lines)
    found = find_lead(body, captions)
    lead_start, lead, parsed = found.start, found.text, found.dateline
    inferred = Inferred()
    outlet, rule = (
        (hints.outlet, hints.outlet_rule)
        if hints.outlet
        else _credited_outlet(
            infer_outlet(lead, parsed, marks, header, hints.url), header, marks, body, lead
        )
    )
    header_published, scrape = judge_header_dates(header, parsed, body, lead, inferred)
    if header_published is None and scrape is not None:
        confirmed = weekday_confirmed_date(header, lead, parsed)
        if confirmed:
            line, header_published, weekday = confirmed
            scrape = None
            inferred.notes = [
                n for n in inferred.notes if not n.startswith(f"header date '{line}'")
            ]
            inferred.notes.append(
                f"header date '{line}' kept as the publication date: the lead's '{weekday}' "
                "falls on it"
            )
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
