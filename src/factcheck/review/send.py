"""Deliver a report folder's summary (and PDF) to a webhook: JSON, multipart or Slack.

The summary is built from findings.json with the stored review decisions overlaid, so what is
sent matches what editors see. It is link-free on purpose: report folders are local paths
and a webhook channel is a poor place to leak them.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import httpx
from pydantic import BaseModel, ConfigDict

from factcheck.errors import DeliveryError, FactcheckError, ReviewError
from factcheck.models import SEVERITY_RANK, Finding, FindingsDocument, ReviewStatus, Severity
from factcheck.review import UNRESOLVED, load_reviewed_document

# Slack section text is capped at 3000 characters; list at most this many open findings.
MAX_LISTED = 15


class DeliveryResult(BaseModel):
    """What a successful delivery did."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str  # redacted: no credentials, query values or token-like path segments
    status_code: int
    attempts: int
    kind: str  # "json" | "multipart" | "slack"
    bytes_sent: int


def redact_url(url: str) -> str:
    """Strip what may be secret from a webhook URL so it can go into an error message."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    # Slack/Discord/Teams put the secret in the path: hide long token-like segments.
    segments = [
        "***" if len(seg) >= 16 and re.search(r"\d", seg) and re.search(r"[A-Za-z]", seg) else seg
        for seg in parts.path.split("/")
    ]
    query = "&".join(f"{k}=***" for k, _ in parse_qsl(parts.query, keep_blank_values=True))
    return urlunsplit((parts.scheme, netloc, "/".join(segments), query, ""))


def build_summary(doc: FindingsDocument, report_name: str, gone: int = 0) -> dict[str, Any]:
    """Count findings by verdict, severity and review status; list open high findings."""
    findings = doc.findings
    open_high = [f for f in findings if _status(f) in UNRESOLVED and f.severity is Severity.HIGH]
    reviewed = sum(1 for f in findings if _status(f) is not ReviewStatus.OPEN)
    return {
        "report": report_name,
        "generated_at": doc.generated_at,
        "tool": doc.tool.model_dump(mode="json"),
        "articles": len(doc.articles),
        "events": len(doc.events),
        "findings": len(findings),
        "reviewed": reviewed,
        "gone": gone,  # findings earlier runs produced that the latest one no longer does
        "counts": {
            "verdict": dict(Counter(f.verdict.value for f in findings)),
            "severity": _ordered(Counter(f.severity.value for f in findings)),
            "review": dict(Counter(_status(f).value for f in findings)),
        },
        "open_high": [
            {
                "id": f.id,
                "title": f.title,
                "verdict": f.verdict.value,
                "kind": f.kind,
                "status": _status(f).value,
            }
            for f in open_high
        ],
    }


def slack_message(summary: dict[str, Any]) -> dict[str, Any]:
    """Render the summary as a Slack incoming-webhook message (``text`` + Block Kit)."""
    sev = summary["counts"]["severity"]
    review = summary["counts"]["review"]
    headline = (
        f"factcheck: {summary['findings']} findings in {summary['report']}, "
        f"{summary['reviewed']} reviewed, {len(summary['open_high'])} high still open"
    )
    fields = [
        _mrkdwn(f"*Severity*\n{_pairs(sev)}"),
        _mrkdwn(f"*Review*\n{_pairs(review)}"),
        _mrkdwn(f"*Verdicts*\n{_pairs(summary['counts']['verdict'])}"),
        _mrkdwn(f"*Inputs*\n{summary['articles']} articles, {summary['events']} events"),
    ]
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": _trim(headline, 150)}},
        {"type": "section", "fields": fields},
    ]
    if summary["open_high"]:
        lines = [f"• {_slack_escape(f['title'])} ({f['verdict']})" for f in summary["open_high"]]
        more = len(lines) - MAX_LISTED
        text = "*Open high findings*\n" + "\n".join(lines[:MAX_LISTED])
        if more > 0:
            text += f"\n…and {more} more"
        blocks.append(_mrkdwn_section(_trim(text, 3000)))
    blocks.append(
        {"type": "context", "elements": [_mrkdwn(f"generated {summary['generated_at']}")]}
    )
    return {"text": _slack_escape(headline), "blocks": blocks}


def send_report(
    report_dir: Path,
    webhook: str,
    *,
    slack: bool = False,
    include_pdf: bool = True,
    retries: int = 3,
    backoff: float = 0.5,
    timeout: float = 10.0,
    sleep: Callable[[float], None] = time.sleep,
) -> DeliveryResult:
    """Post the report summary to ``webhook``; retry 5xx and connection errors.

    ``retries`` is the total number of attempts (at least 1); the waits between them are
    ``backoff``, ``2 * backoff``, ``4 * backoff``... A 4xx answer is not retried: the same
    request would fail again. Slack messages never carry the PDF (incoming webhooks take
    JSON only).
    """
    report_dir = Path(report_dir)
    if urlsplit(webhook).scheme not in ("http", "https"):
        raise DeliveryError(f"webhook must be an http(s) URL, got {redact_url(webhook)!r}")
    try:
        doc, gone = load_reviewed_document(report_dir)
    except ReviewError as exc:
        raise DeliveryError(exc.message) from exc
    summary = build_summary(doc, report_dir.resolve().name, gone=len(gone))
    pdf: bytes | None = None
    if include_pdf and not slack:
        pdf_path = report_dir / "report.pdf"
        if not pdf_path.is_file():
            raise DeliveryError(f"no report.pdf in {report_dir} (render it, or use --no-pdf)")
        _bring_pdf_up_to_date(report_dir)
        pdf = pdf_path.read_bytes()
    kind = "slack" if slack else "multipart" if pdf is not None else "json"
    payload = slack_message(summary) if slack else summary
    return _post_with_retries(
        webhook,
        payload,
        pdf,
        kind=kind,
        attempts=max(1, retries),
        backoff=backoff,
        timeout=timeout,
        sleep=sleep,
    )


def _bring_pdf_up_to_date(report_dir: Path) -> None:
    """Re-render report.pdf when decisions were made after it (and the folder allows it)."""
    from factcheck.review.outputs import pdf_is_current, render_pdf_when_current

    try:
        if pdf_is_current(report_dir) is False:
            render_pdf_when_current(report_dir)
    except FactcheckError as exc:
        raise DeliveryError(
            f"report.pdf is out of date and could not be re-rendered: {exc.message}"
        ) from exc


def _post_with_retries(
    webhook: str,
    payload: dict[str, Any],
    pdf: bytes | None,
    *,
    kind: str,
    attempts: int,
    backoff: float,
    timeout: float,
    sleep: Callable[[float], None],
) -> DeliveryResult:
    shown = redact_url(webhook)
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    problem = ""
    with httpx.Client(timeout=timeout, follow_redirects=False) as client:
        for attempt in range(1, attempts + 1):
            try:
                if pdf is None:
                    resp = client.post(
                        webhook, content=body, headers={"Content-Type": "application/json"}
                    )
                else:
                    resp = client.post(
                        webhook,
                        files={
                            "summary": ("summary.json", body, "application/json"),
                            "file": ("report.pdf", pdf, "application/pdf"),
                        },
                    )
            except httpx.TransportError as exc:
                problem = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            else:
                if resp.status_code < 300:
                    sent = len(body) + (len(pdf) if pdf is not None else 0)
                    return DeliveryResult(
                        url=shown,
                        status_code=resp.status_code,
                        attempts=attempt,
                        kind=kind,
                        bytes_sent=sent,
                    )
                problem = f"HTTP {resp.status_code} {resp.reason_phrase}".rstrip()
                if resp.status_code < 500:
                    raise DeliveryError(
                        f"webhook {shown} refused the report: {problem} "
                        f"(attempt {attempt} of {attempts}; client errors are not retried)"
                        + _detail(resp)
                    )
            if attempt < attempts:
                sleep(backoff * 2 ** (attempt - 1))
    raise DeliveryError(f"could not deliver to {shown}: {problem} after {attempts} attempt(s)")


def _detail(resp: httpx.Response) -> str:
    text = resp.text.strip().replace("\n", " ")
    return f": {text[:200]}" if text else ""


def _status(f: Finding) -> ReviewStatus:
    return f.review.status if f.review is not None else ReviewStatus.OPEN


def _ordered(counts: Counter[str]) -> dict[str, int]:
    order = sorted(SEVERITY_RANK, key=lambda s: -SEVERITY_RANK[s])
    return {s.value: counts.get(s.value, 0) for s in order}


def _pairs(counts: dict[str, int]) -> str:
    return ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in counts.items()) or "none"


def _slack_escape(text: str) -> str:
    # Slack's mrkdwn treats these three as control characters (links, mentions).
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _mrkdwn(text: str) -> dict[str, str]:
    return {"type": "mrkdwn", "text": text}


def _mrkdwn_section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": _mrkdwn(text)}


def _trim(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
