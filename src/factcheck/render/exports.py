"""Turn a Report into the paste-and-share exports: a Markdown summary and ClaimReview JSON-LD.

ClaimReview rates a claim against the truth; factcheck compares outlets with each other. So
``reviewRating`` carries the verdict as ``alternateName`` with no numeric rating unless the
outlets agree, and the comparison itself lives in a ``factcheck:sourceComparison`` extension
object whose terms are declared in the ``@context`` (schema.org consumers ignore them).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from factcheck.models import Article, Finding, Report, Verdict
from factcheck.render.view import (
    PRIORITY_VERDICTS,
    QUOTE_CHARS,
    VERDICT_LABELS,
    ReportView,
    build_report_view,
)
from factcheck.render.view_models import ClaimView, FindingView, ReviewView

EXTENSION_NS = "https://factcheck.invalid/ns/v1#"  # a name, never fetched
MD_TOP = 8  # findings quoted in the Markdown summary; the report has the rest
MD_CLAIMS = 4  # quotes per finding; a chat message is not the place for all of them
MD_QUOTE_CHARS = 240
# Only agreement between outlets reads sensibly on a 1–5 truth scale (5 = corroborated);
# a conflict says nothing about which outlet is right, so it gets no number at all.
RATING_VALUES = {Verdict.CORROBORATED: 5}


def _md_listed(claims: list[ClaimView]) -> list[ClaimView]:
    """The MD_CLAIMS claims a short listing shows: each different text once first (five
    outlets' "Neesham" must not hide the one "Neeshan"), then the rest, in their order."""
    picked: list[int] = []
    seen: set[str] = set()
    for i, c in enumerate(claims):
        if c.text not in seen:
            seen.add(c.text)
            picked.append(i)
    picked += [i for i in range(len(claims)) if i not in picked]
    return [claims[i] for i in sorted(picked[:MD_CLAIMS])]


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


def _md_decision(r: ReviewView) -> str:
    """One line for an editor's decision: status, who, when and the note (or reason)."""
    out = f"**{r.label}**"
    if r.by:
        out += f" by {_md_escape(r.by)}"
    if r.when:
        out += f", {_md_escape(r.when)}"
    if r.note:
        out += f" — _{'Reason' if r.status == 'dismissed' else 'Note'}:_ {_md_escape(r.note)}"
    return out


def _md_marks(f: FindingView) -> str:
    marks = []
    if f.new_since_last_run:
        marks.append("new")
    if f.changed_since_review:
        marks.append("changed since decision")
    return "".join(f" [{m}]" for m in marks)


def render_markdown(report: Report, view: ReportView | None = None) -> str:
    """Render a short Markdown summary an editor can paste into Slack or a CMS.

    Follow-ups come first after the counts; every decision (status, who, when, note) is
    shown, and findings of earlier runs that are gone are listed with their decisions.
    """
    view = view or build_report_view(report)
    lines = [f"# {_md_escape(view.title)}", "", f"{_md_escape(view.subject)}.", ""]
    counts = ", ".join(f"{c.label}: {c.count}" for c in view.by_verdict if c.count)
    lines += [f"**Findings by verdict:** {counts or 'none'}", ""]
    severities = ", ".join(f"{c.label}: {c.count}" for c in view.by_severity if c.count)
    lines += [f"**By severity:** {severities or 'none'}", ""]
    statuses = ", ".join(f"{c.label}: {c.count}" for c in view.by_status if c.count)
    extra = [
        f"{n} {what}"
        for n, what in (
            (view.n_changed, "changed since decision"),
            (view.n_new, "new since last run"),
            (len(view.gone), "no longer raised"),
        )
        if n
    ]
    more = f" ({', '.join(extra)})" if extra else ""
    lines += [f"**Review status:** {statuses or 'none'}{more}", ""]
    if view.follow_ups:
        lines += ["## Follow-ups", ""]
        for i, u in enumerate(view.follow_ups, 1):
            where = "; ".join(
                _md_escape(x) for x in (" / ".join(u.event_labels), ", ".join(u.outlets)) if x
            )
            marks = (" [no longer raised]" if u.gone else "") + (
                " [changed since decision]" if u.changed_since_review else ""
            )
            lines.append(
                f"{i}. **{_md_escape(u.title)}** ({u.verdict_label}, {u.severity}"
                f"{'; ' + where if where else ''}){marks}"
            )
            lines.append(f"    - {_md_decision(u.review)}")
        lines.append("")
    lines += ["## Events", ""]
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
            f"{_md_escape(f.title)}{review}{_md_marks(f)}"
        )
        for c in _md_listed(f.claims):
            lines.append(f"    - {_md_escape(c.outlet)}: {_md_quote(c.text)}")
        if len(f.claims) > MD_CLAIMS:
            lines.append(f"    - …and {len(f.claims) - MD_CLAIMS} more passages in the report")
        lines.append(f"    - _Why:_ {_md_escape(f.explanation)}")
        if f.review:
            lines.append(f"    - _Editor:_ {_md_decision(f.review)}")
    if len(view.priority) > MD_TOP:
        lines.append(f"\n…and {len(view.priority) - MD_TOP} more in the full report.")
    decided = _decided(view)
    if decided:
        lines += ["", "## Editor decisions", ""]
        for f, decision in decided:
            lines.append(
                f"- {_md_escape(f.title)} ({f.verdict_label}, {f.severity}){_md_marks(f)}: "
                f"{_md_decision(decision)}"
            )
    if view.gone:
        lines += ["", "## Findings no longer raised", ""]
        lines.append("Earlier runs into this folder raised these; the current inputs do not.")
        lines.append("")
        for g in view.gone:
            last = _md_decision(g.review) if g.review else "never reviewed"
            lines.append(
                f"- {_md_escape(g.title)} ({_md_escape(g.verdict)}, {_md_escape(g.severity)}; "
                f"id {_md_escape(g.id)}), gone since {_md_escape(g.gone_since)}: {last}"
            )
    if report.skipped:
        lines += ["", f"{len(report.skipped)} input(s) could not be read; see the report."]
    lines += [
        "",
        f"_factcheck {report.version}, {report.generated_at}. Outlets are compared "
        "with each other, not with the truth._",
        "",
    ]
    return "\n".join(lines)


def _decided(view: ReportView) -> list[tuple[FindingView, ReviewView]]:
    """Every finding with a decision or note, with it, in report order (each once)."""
    cards = [
        f
        for ev in view.events
        for group in (ev.findings, ev.single_source, ev.corroborated)
        for f in group
    ]
    seen: dict[str, tuple[FindingView, ReviewView]] = {}
    for f in [*cards, *view.cross_event]:
        if f.review is not None:
            seen.setdefault(f.id, (f, f.review))
    return list(seen.values())


def _appearance(article: Article | None, article_id: str) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "CreativeWork", "identifier": article_id}
    if article is not None:
        if article.url and is_web_url(article.url):  # never javascript:, data:, file:
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
    return script_safe_json(json.dumps(doc, indent=2, ensure_ascii=False)) + "\n"


def is_web_url(url: str) -> bool:
    """True for an http(s) URL with a host: the only links an export writes."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def script_safe_json(text: str) -> str:
    """JSON that can be pasted inside <script type="application/ld+json"> as is: '<', '>'
    and '&' (so '</script>' and '<!--') and the JavaScript line breaks U+2028/U+2029 are
    written as \\u escapes, which JSON readers decode to the same strings."""
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):  # fmt: skip
        text = text.replace(char, escape)
    return text
