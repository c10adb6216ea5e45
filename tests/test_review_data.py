"""Build a realistic synthetic report folder (findings.json, report.pdf) for review tests."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import (
    Claim,
    ExportArticle,
    ExportEvent,
    Finding,
    FindingsDocument,
    Severity,
    ToolInfo,
    Verdict,
)

GENERATED_AT = "2026-11-22T02:00:00+00:00"

TEXTS = {
    "a1": (
        "BALI, Nov 13 (Reuters) - U.S. President Joe Biden and Japanese Prime Minister Fumio "
        "Kishida met for about 40 minutes on Sunday on the sidelines of the ASEAN summit. "
        "Kishida said Japan would drastically strengthen its defence capabilities. "
        "The leaders discussed a $313 billion plan."
    ),
    "a2": (
        "PHNOM PENH - Prime Minister Fumio Kishida met U.S. President Joe Biden for two hours "
        "in Phnom Penh on Sunday. Kishida said Japan would fundamentally strengthen its "
        "defence capabilities. The meeting ran from 11:15 to 11:45 local time."
    ),
    "a3": (
        "WASHINGTON, Jan. 13 (AP) - Biden hosted Kishida at the White House for two hours on "
        "Friday. Kishida said Japan would drastically strengthen its defence capabilities."
    ),
}
OUTLETS = {"a1": "Reuters", "a2": "Yomiuri Shimbun", "a3": "Associated Press"}


def claim(article_id: str, text: str, value: str | None = None) -> Claim:
    """Return a claim pointing at the exact characters of ``text`` in an article."""
    start = TEXTS[article_id].index(text)
    return Claim(article_id=article_id, start=start, end=start + len(text), text=text, value=value)


def finding(
    fid: str,
    verdict: Verdict,
    severity: Severity,
    title: str,
    claims: tuple[Claim, ...],
    *,
    kind: str = "duration",
    explanation: str = "",
    rule: str = "duration.interval-overlap",
    confidence: float = 0.8,
) -> Finding:
    """Return a finding with sensible defaults."""
    return Finding(
        id=fid,
        kind=kind,
        verdict=verdict,
        severity=severity,
        confidence=confidence,
        event_ids=("e1",),
        title=title,
        rule=rule,
        claims=claims,
        explanation=explanation or f"{title}: the outlets' values were compared by {rule}.",
    )


def make_findings() -> list[Finding]:
    """Return eight findings covering every verdict and severity."""
    return [
        finding(
            "f-dateline-bali",
            Verdict.CONFLICT,
            Severity.HIGH,
            "Dateline BALI vs venue Phnom Penh",
            (claim("a1", "BALI", "Bali"), claim("a2", "Phnom Penh", "Phnom Penh")),
            kind="dateline",
            rule="dateline.venue-mismatch",
            confidence=0.92,
            explanation=(
                "Reuters files from BALI while Yomiuri places the meeting in Phnom Penh. A "
                "dateline names where a story was filed, so check where the meeting was held."
            ),
        ),
        finding(
            "f-duration-40-120",
            Verdict.CONFLICT,
            Severity.HIGH,
            "Meeting length: about 40 minutes vs two hours",
            (claim("a1", "about 40 minutes", "[35, 45] min"), claim("a2", "two hours", "120 min")),
            explanation="About 40 minutes is [35, 45] min; two hours is 120 min: disjoint.",
        ),
        finding(
            "f-quote-drastically",
            Verdict.VARIATION,
            Severity.MEDIUM,
            "Kishida quote: “drastically” vs “fundamentally”",
            (claim("a1", "drastically strengthen"), claim("a2", "fundamentally strengthen")),
            kind="quote",
            rule="quote.word-substitution",
            confidence=0.7,
            explanation="The same reported statement uses a word that changes its strength.",
        ),
        finding(
            "f-cross-event",
            Verdict.CROSS_EVENT,
            Severity.LOW,
            "40 minutes (13 Nov 2022) vs two hours (13 Jan 2023)",
            (claim("a1", "about 40 minutes"), claim("a3", "two hours")),
            rule="cluster.different-events",
            confidence=0.85,
            explanation="Different meetings: Nov 2022 in Cambodia, Jan 2023 in Washington.",
        ),
        finding(
            "f-schedule",
            Verdict.COMPATIBLE,
            Severity.INFO,
            "Schedule 11:15–11:45 vs two hours including lunch",
            (claim("a2", "from 11:15 to 11:45"), claim("a3", "two hours")),
            kind="time",
            rule="time.precision",
            confidence=0.6,
        ),
        finding(
            "f-quote-same",
            Verdict.CORROBORATED,
            Severity.INFO,
            "Kishida quote corroborated by Reuters and AP",
            (claim("a1", "drastically strengthen"), claim("a3", "drastically strengthen")),
            kind="quote",
            rule="quote.exact",
            confidence=0.99,
        ),
        finding(
            "f-money-313",
            Verdict.SINGLE_SOURCE,
            Severity.LOW,
            "Only Reuters reports a $313 billion plan",
            (claim("a1", "$313 billion", "USD 3.13e11"),),
            kind="money",
            rule="single-source",
            confidence=0.5,
        ),
        finding(
            "f-place-script",
            Verdict.CONFLICT,
            Severity.MEDIUM,
            "Venue <script>alert('x')</script> & friends",
            (claim("a2", "Phnom Penh"), claim("a3", "the White House")),
            kind="place",
            rule="place.different-city",
            confidence=0.4,
            explanation='Titles with <b>markup</b> & quotes "must" render as text.',
        ),
    ]


def make_document(findings: list[Finding] | None = None) -> FindingsDocument:
    """Return a findings.json document over the three synthetic articles."""
    return FindingsDocument(
        tool=ToolInfo(version="0.1.0"),
        generated_at=GENERATED_AT,
        articles=[
            ExportArticle(
                id=aid,
                source=f"data/summit/{aid}.txt",
                outlet=OUTLETS[aid],
                title=None,
                published=None,
                dateline=None,
                text=TEXTS[aid],
            )
            for aid in TEXTS
        ],
        events=[
            ExportEvent(
                id="e1",
                label="Biden–Kishida meeting",
                date="2022-11-13",
                place="Phnom Penh",
                article_ids=["a1", "a2", "a3"],
            )
        ],
        findings=make_findings() if findings is None else findings,
    )


def write_report(report_dir: Path, findings: list[Finding] | None = None) -> Path:
    """Write findings.json and a tiny PDF into ``report_dir``; return the folder."""
    report_dir.mkdir(parents=True, exist_ok=True)
    doc = make_document(findings)
    (report_dir / "findings.json").write_text(doc.model_dump_json(indent=2), "utf-8")
    (report_dir / "report.pdf").write_bytes(b"%PDF-1.7\n% synthetic\n%%EOF\n")
    return report_dir
