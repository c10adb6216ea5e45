"""Turn a Report into the paste-and-share exports: a Markdown summary and ClaimReview JSON-LD.

ClaimReview rates a claim against the truth; factcheck compares outlets with each other. So
``reviewRating`` carries the verdict as ``alternateName`` with no numeric rating unless the
outlets agree, and the comparison itself lives in a ``factcheck:sourceComparison`` extension
object whose terms are declared in the ``@context`` (schema.org consumers ignore them).
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.models import Article, Finding, Report, Verdict
from factcheck.render.view import (
    PRIORITY_VERDICTS,
    QUOTE_CHARS,
    VERDICT_LABELS,
    ReportView,
    build_report_view,
)

EXTENSION_NS = "https://factcheck.invalid/ns/v1#"  # a name, never fetched
MD_TOP = 8  # findings quoted in the Markdown summary; the report has the rest
MD_CLAIMS = 4  # quotes per finding; a chat message is not the place for all of them
MD_QUOTE_CHARS = 240
# Only agreement between outlets reads sensibly on a 1–5 truth scale (5 = corroborated);
# a conflict says nothing about which outlet is right, so it gets no number at all.
RATING_VALUES = {Verdict.CORROBORATED: 5}


def _md_escape(text: str) -> str:
    """Neutralise Markdown control characters in untrusted text, on one line.

    Only characters that change meaning mid-line are escaped (emphasis, code, raw HTML and
    the ``](`` of a link), so the text stays readable where backslashes are shown literally.
    """
    out = text.replace("\\", "\\\\")
    for ch in "`*_<>":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.replace("](", "]\\(").split())


def _md_quote(text: str) -> str:
    """Quote a claim once (some already open with a quotation mark), shortened for chat."""
    if len(text) > MD_QUOTE_CHARS:
        text = text[: MD_QUOTE_CHARS - 1].rstrip() + "…"
    text = _md_escape(text)
    return text if text[:1] in QUOTE_CHARS else f"“{text}”"


def render_markdown(report: Report, view: ReportView | None = None) -> str:
    """Render a short Markdown summary an editor can paste into Slack or a CMS."""
    view = view or build_report_view(report)
    lines = [f"# {_md_escape(view.title)}", "", f"{_md_escape(view.subject)}.", ""]
    counts = ", ".join(f"{c.label}: {c.count}" for c in view.by_verdict if c.count)
    lines += [f"**Findings by verdict:** {counts or 'none'}", ""]
    severities = ", ".join(f"{c.label}: {c.count}" for c in view.by_severity if c.count)
    lines += [f"**By severity:** {severities or 'none'}", "", "## Events", ""]
    for ev in view.events:
        lines.append(
            f"- **{_md_escape(ev.label)}** — {ev.date or 'date unknown'}, "
            f"{_md_escape(ev.place or 'place unknown')}; "
            f"{_md_escape(', '.join(ev.outlets))}"
        )
    lines += ["", "## Read these first", ""]
    if not view.priority:
        lines.append("No conflicts or variations were found.")
    for i, f in enumerate(view.priority[:MD_TOP], 1):
        review = f" — editor: {f.review.label}" if f.review else ""
        lines.append(
            f"{i}. **{f.verdict_label}** ({f.severity}, {f.confidence_pct}): "
            f"{_md_escape(f.title)}{review}"
        )
        for c in f.claims[:MD_CLAIMS]:
            lines.append(f"    - {_md_escape(c.outlet)}: {_md_quote(c.text)}")
        if len(f.claims) > MD_CLAIMS:
            lines.append(f"    - …and {len(f.claims) - MD_CLAIMS} more passages in the report")
        lines.append(f"    - _Why:_ {_md_escape(f.explanation)}")
    if len(view.priority) > MD_TOP:
        lines.append(f"\n…and {len(view.priority) - MD_TOP} more in the full report.")
    if report.skipped:
        lines += ["", f"{len(report.skipped)} input(s) could not be read; see the report."]
    lines += [
        "",
        f"_factcheck {report.version}, {report.generated_at}. Outlets are compared "
        "with each other, not with the truth._",
        "",
    ]
    return "\n".join(lines)


def _appearance(article: Article | None, article_id: str) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "CreativeWork", "identifier": article_id}
    if article is not None:
        if article.url:
            item["url"] = article.url
        if article.title:
            item["headline"] = article.title
        if article.published:
            item["datePublished"] = article.published
        if article.outlet:
            item["publisher"] = {"@type": "Organization", "name": article.outlet}
    return item


def _claim_review(f: Finding, articles: dict[str, Article], report: Report) -> dict[str, Any]:
    first = f.claims[0] if f.claims else None
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": VERDICT_LABELS[f.verdict],
        "ratingExplanation": f.explanation,
    }
    if f.verdict in RATING_VALUES:
        rating |= {"ratingValue": RATING_VALUES[f.verdict], "bestRating": 5, "worstRating": 1}
    comparison: dict[str, Any] = {
        "@type": "factcheck:SourceComparison",
        "factcheck:findingId": f.id,
        "factcheck:verdict": f.verdict.value,
        "factcheck:severity": f.severity.value,
        "factcheck:confidence": f.confidence,
        "factcheck:kind": f.kind,
        "factcheck:rule": f.rule,
        "factcheck:eventIds": list(f.event_ids),
        "factcheck:claims": [
            {
                "factcheck:articleId": c.article_id,
                "factcheck:outlet": (
                    articles[c.article_id].outlet if c.article_id in articles else None
                ),
                "factcheck:text": c.text,
                "factcheck:start": c.start,
                "factcheck:end": c.end,
                "factcheck:value": c.value,
            }
            for c in f.claims
        ],
    }
    if f.review is not None:
        comparison["factcheck:review"] = f.review.model_dump(mode="json")
    return {
        "@type": "ClaimReview",
        "identifier": f.id,
        "name": f.title,
        "claimReviewed": first.text if first else f.title,
        "datePublished": report.generated_at[:10],
        "author": {"@type": "Organization", "name": "factcheck (automated comparison)"},
        "itemReviewed": {
            "@type": "Claim",
            "appearance": [_appearance(articles.get(c.article_id), c.article_id) for c in f.claims],
        },
        "reviewRating": rating,
        "factcheck:sourceComparison": comparison,
    }


def render_claimreview(report: Report) -> str:
    """Render schema.org ClaimReview JSON-LD, one review per finding, as a @graph."""
    articles = {item.article.id: item.article for item in report.articles}
    order = {v: i for i, v in enumerate(VERDICT_LABELS)}
    findings = sorted(
        report.findings, key=lambda f: (f.verdict not in PRIORITY_VERDICTS, order[f.verdict], f.id)
    )
    doc = {
        "@context": [
            "https://schema.org",
            {
                "factcheck": EXTENSION_NS,
                "factcheck:sourceComparison": {"@id": "factcheck:sourceComparison"},
            },
        ],
        "@graph": [_claim_review(f, articles, report) for f in findings],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
