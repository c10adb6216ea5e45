"""Deliver a report folder's findings (and PDF) to a webhook: JSON, multipart or Slack.

The message is built from findings.json with the stored review decisions overlaid, so what
is sent matches what editors see. It names what the desk has to act on: the conflicts still
open and the findings marked for follow-up, each with its title, event, outlets, severity,
review note and a link to its card in the report (``<base-url>/report.html#finding-ID`` with
``base_url``; else ``report.html#finding-ID``, relative to the report folder, so no local
path leaves the machine).

Slack messages follow Slack's limits (50 blocks, 3000 characters a section, 150 a header);
text from the articles is escaped so it can never form a link or a mention.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import httpx
from pydantic import BaseModel, ConfigDict

from factcheck.errors import DeliveryError, FactcheckError, ReviewError
from factcheck.models import (
    SEVERITY_RANK,
    ExportArticle,
    Finding,
    FindingsDocument,
    ReviewStatus,
    Severity,
    Verdict,
)
from factcheck.render.view_models import article_labels, finding_anchor
from factcheck.review import UNRESOLVED, load_reviewed_document

# Slack's documented limits (api.slack.com/reference/block-kit/blocks).
SLACK_MAX_BLOCKS = 50
SLACK_SECTION_CHARS = 3000
SLACK_HEADER_CHARS = 150
# A readable channel message lists at most this many findings (then "and N more").
MAX_LISTED = 20
# Budgets (escaped characters) of each part of a finding's section: together under 3000.
TITLE_CHARS, EVENT_CHARS, OUTLETS_CHARS, NOTE_CHARS = 250, 250, 300, 900
MAX_BASE_URL = 900
STATUS_LABELS = {
    ReviewStatus.OPEN: "open",
    ReviewStatus.CONFIRMED: "confirmed",
    ReviewStatus.DISMISSED: "dismissed",
    ReviewStatus.FOLLOW_UP: "follow-up",
}


class DeliveryResult(BaseModel):
    """What a successful delivery did."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str  # redacted: no credentials, query values or token-like path segments
    status_code: int
    attempts: int
    kind: str  # "json" | "multipart" | "slack"
    bytes_sent: int
    open_conflicts: int = 0  # how many the message lists (JSON: all; Slack: up to its limit)
    follow_ups: int = 0


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


def check_base_url(url: str) -> str:
    """Return where reports are published, as links start (no trailing slash), or raise.

    Only an http(s) URL with a host, without query, fragment or credentials, and without
    characters that would end a Slack link (spaces, ``<``, ``>``, ``|``, quotes). A URL of
    the page itself (``.../report.html``) is taken as its folder.
    """
    shown = url if len(url) <= 80 else url[:79] + "…"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise DeliveryError(
            f"the base URL must be an http(s) URL such as https://reports.example.org/summit, "
            f"got {shown!r}"
        )
    if parts.query or parts.fragment or parts.username or parts.password or "#" in url:
        raise DeliveryError(
            f"the base URL names the folder report.html is published in: no query, fragment "
            f"or credentials, got {shown!r}"
        )
    if re.search(r"[\s<>|\"'`\\]", url) or len(url) > MAX_BASE_URL:
        raise DeliveryError(
            f"the base URL must be at most {MAX_BASE_URL} characters without spaces, quotes, "
            f"'<', '>', '|' or '\\' (percent-encode them), got {shown!r}"
        )
    base = url.rstrip("/")
    return base.removesuffix("/report.html")


def report_link(base_url: str | None, finding_id: str | None = None) -> str:
    """``<base_url>/report.html[#anchor]``; without a base URL, relative to the report folder."""
    page = f"{check_base_url(base_url)}/report.html" if base_url else "report.html"
    return f"{page}#{finding_anchor(finding_id)}" if finding_id else page


def to_check(findings: Iterable[Finding]) -> list[Finding]:
    """What a message lists: the conflicts still open and every finding marked for follow-up.

    Most severe first; at one severity, open conflicts before follow-ups, in report order.
    """
    picked = [f for f in findings if _is_open_conflict(f) or _status(f) is ReviewStatus.FOLLOW_UP]
    return sorted(picked, key=lambda f: (-SEVERITY_RANK[f.severity], not _is_open_conflict(f)))


def blocking_findings(findings: Iterable[Finding], threshold: Severity | str) -> list[Finding]:
    """Findings open or marked for follow-up at or above ``threshold``, most severe first."""
    floor = SEVERITY_RANK[Severity(threshold)]
    picked = [
        f for f in findings if _status(f) in UNRESOLVED and SEVERITY_RANK[f.severity] >= floor
    ]
    return sorted(picked, key=lambda f: -SEVERITY_RANK[f.severity])


def blocking_lines(findings: Sequence[Finding], event_labels: Mapping[str, str]) -> list[str]:
    """One line per finding for a terminal: id, severity, verdict, status, title, event."""
    width = max((len(f.id) for f in findings), default=0)
    lines = []
    for f in findings:
        events = " / ".join(event_labels.get(e, e) for e in f.event_ids)
        line = (
            f"  {f.id:<{width}}  {f.severity.value:<6}  {f.verdict.value:<13} "
            f"{STATUS_LABELS[_status(f)]:<9}  {_one_line(f.title)}"
        )
        lines.append(line + (f" — event: {_one_line(events)}" if events else ""))
    return lines


def build_summary(
    doc: FindingsDocument, report_name: str, gone: int = 0, *, base_url: str | None = None
) -> dict[str, Any]:
    """Count findings by verdict, severity and review status; list what the desk must check.

    ``to_check`` lists every open conflict and follow-up (see :func:`to_check`), each with its
    title, event, outlets, severity, verdict, status, note, who decided and the link to its
    card in the report; ``open_high`` (kept for older receivers) the high findings still open.
    """
    findings = doc.findings
    open_high = [f for f in findings if _status(f) in UNRESOLVED and f.severity is Severity.HIGH]
    reviewed = sum(1 for f in findings if _status(f) is not ReviewStatus.OPEN)
    listed = to_check(findings)
    outlets = article_labels(doc.articles)
    events = {e.id: e.label for e in doc.events}
    return {
        "report": report_name,
        "report_url": report_link(base_url),
        "generated_at": doc.generated_at,
        "tool": doc.tool.model_dump(mode="json"),
        "articles": len(doc.articles),
        "events": len(doc.events),
        "findings": len(findings),
        "reviewed": reviewed,
        "gone": gone,  # findings earlier runs produced that the latest one no longer does
        "open_conflicts": sum(1 for f in listed if _is_open_conflict(f)),
        "follow_ups": sum(1 for f in listed if _status(f) is ReviewStatus.FOLLOW_UP),
        "counts": {
            "verdict": dict(Counter(f.verdict.value for f in findings)),
            "severity": _ordered(Counter(f.severity.value for f in findings)),
            "review": dict(Counter(_status(f).value for f in findings)),
        },
        "to_check": [_item(f, events, outlets, doc.articles, base_url) for f in listed],
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


def _item(
    f: Finding,
    events: Mapping[str, str],
    outlets: Mapping[str, str],
    articles: Sequence[ExportArticle],
    base_url: str | None,
) -> dict[str, Any]:
    r = f.review
    return {
        "id": f.id,
        "title": f.title,
        "event": " / ".join(events.get(e, e) for e in f.event_ids),
        "outlets": list(dict.fromkeys(outlets.get(c.article_id, c.article_id) for c in f.claims)),
        "severity": f.severity.value,
        "verdict": f.verdict.value,
        "kind": f.kind,
        "status": _status(f).value,
        "note": r.note if r else "",
        "by": r.by if r else "",
        "at": r.at if r else "",
        "changed_since_review": f.changed_since_review,
        "new_since_last_run": f.new_since_last_run,
        "anchor": finding_anchor(f.id),
        "url": report_link(base_url, f.id),
    }


def slack_message(summary: dict[str, Any]) -> dict[str, Any]:
    """Render the summary as a Slack incoming-webhook message (``text`` + Block Kit).

    A header, a section with the counts and the report's link, then one section (title
    linked to the finding's card, severity, verdict, status, event, outlets, note) and one
    context line (id, who decided) per finding of ``to_check``; at most :data:`MAX_LISTED`
    findings and :data:`SLACK_MAX_BLOCKS` blocks, the rest counted in an "and N more" line.
    Every text that comes from the articles or the reviewers is escaped.
    """
    items: list[dict[str, Any]] = summary.get("to_check", [])
    report = str(summary["report"])
    report_url = str(summary.get("report_url", "report.html"))
    linked = report_url.startswith(("http://", "https://"))
    counts = (
        f"{_plural(summary.get('open_conflicts', 0), 'open conflict')}, "
        f"{_plural(summary.get('follow_ups', 0), 'follow-up')}"
    )
    headline = f"factcheck · {report}: {counts}"
    intro = (
        f"*{_plural(summary['findings'], 'finding')}* from "
        f"{_plural(summary['articles'], 'article')} in {_plural(summary['events'], 'event')}"
        f" · {summary['reviewed']} reviewed"
        + (f" · {summary['gone']} no longer raised" if summary.get("gone") else "")
        + f"\nSeverity: {_pairs(summary['counts']['severity'])}"
        + f"\nReview: {_pairs(summary['counts']['review'])}"
        + (
            f"\n<{report_url}|Open the report>"
            if linked
            else f"\nReport: `report.html` in the folder {_esc(report, 200)}"
        )
    )
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": _plain(_trim(headline, SLACK_HEADER_CHARS))},
        _mrkdwn_section(intro),
        {"type": "divider"},
    ]
    # header, intro, divider, the "and N more" line and the footer; two blocks per finding.
    room = min(MAX_LISTED, (SLACK_MAX_BLOCKS - 5) // 2)
    shown = items if len(items) <= room else items[:room]
    for item in shown:
        blocks.extend(_finding_blocks(item, linked))
    if not items:
        blocks.append(_mrkdwn_section("No open conflict and no follow-up."))
    more = len(items) - len(shown)
    if more > 0:
        where = f"<{report_url}|the report>" if linked else "the report"
        blocks.append(
            _mrkdwn_section(f"…and {more} more open conflicts and follow-ups: see {where}.")
        )
    tool = summary.get("tool") or {}
    footer = f"generated {_esc(str(summary['generated_at']), 100)}"
    if tool.get("version"):
        footer += f" by factcheck {_esc(str(tool['version']), 40)}"
    blocks.append({"type": "context", "elements": [_mrkdwn(footer)]})
    titles = "; ".join(_esc(i["title"], 120) for i in shown[:3])
    text = (
        _esc(headline, 200) + (f": {titles}" if titles else "") + (" …" if len(items) > 3 else "")
    )
    return {"text": text, "blocks": blocks}


def _finding_blocks(item: dict[str, Any], linked: bool) -> list[dict[str, Any]]:
    """One section (what, where, who) and one context line (id, decision) for a finding."""
    title = _esc(item["title"], TITLE_CHARS)
    head = f"*<{item['url']}|{title}>*" if linked else f"*{title}*"
    status = STATUS_LABELS.get(ReviewStatus(item["status"]), item["status"])
    facts = [
        f"{item['severity'].capitalize()} {item['verdict'].replace('_', ' ')}",
        status.capitalize(),
    ]
    if item.get("changed_since_review"):
        facts.append("_changed since decision_")
    if item.get("new_since_last_run"):
        facts.append("_new since last run_")
    lines = [head, " · ".join(facts)]
    if item.get("event"):
        lines.append(f"Event: {_esc(item['event'], EVENT_CHARS)}")
    if item.get("outlets"):
        lines.append(f"Outlets: {_esc(', '.join(item['outlets']), OUTLETS_CHARS)}")
    if item.get("note"):
        label = "Reason" if item["status"] == ReviewStatus.DISMISSED.value else "Note"
        lines.append(f"_{label}:_ {_esc(item['note'], NOTE_CHARS)}")
    context = [_mrkdwn(f"`{item['id']}` · {_esc(str(item.get('kind', '')), 40)}")]
    if not linked:
        context.append(_mrkdwn(f"`{item['url']}`"))
    if item.get("by") and item["status"] != ReviewStatus.OPEN.value:
        when = f" on {_esc(item['at'][:10], 10)}" if item.get("at") else ""
        context.append(_mrkdwn(f"{status.capitalize()} by {_esc(item['by'], 100)}{when}"))
    return [
        _mrkdwn_section(_trim("\n".join(lines), SLACK_SECTION_CHARS)),
        {"type": "context", "elements": context},
    ]


def send_report(
    report_dir: Path,
    webhook: str,
    *,
    slack: bool = False,
    include_pdf: bool = True,
    base_url: str | None = None,
    retries: int = 3,
    backoff: float = 0.5,
    timeout: float = 10.0,
    sleep: Callable[[float], None] = time.sleep,
) -> DeliveryResult:
    """Post the report summary to ``webhook``; retry 5xx and connection errors.

    ``base_url`` is where the report folder is published (links become
    ``<base_url>/report.html#finding-ID``; without it they are relative to the folder).
    ``retries`` is the total number of attempts (at least 1); the waits between them are
    ``backoff``, ``2 * backoff``, ``4 * backoff``... A 4xx answer is not retried: the same
    request would fail again. Slack messages never carry the PDF (incoming webhooks take
    JSON only).
    """
    report_dir = Path(report_dir)
    if urlsplit(webhook).scheme not in ("http", "https"):
        raise DeliveryError(f"webhook must be an http(s) URL, got {redact_url(webhook)!r}")
    if base_url is not None:
        check_base_url(base_url)
    try:
        doc, gone = load_reviewed_document(report_dir)
    except ReviewError as exc:
        raise DeliveryError(exc.message) from exc
    summary = build_summary(doc, report_dir.resolve().name, gone=len(gone), base_url=base_url)
    pdf: bytes | None = None
    if include_pdf and not slack:
        pdf_path = report_dir / "report.pdf"
        if not pdf_path.is_file():
            raise DeliveryError(f"no report.pdf in {report_dir} (render it, or use --no-pdf)")
        _bring_pdf_up_to_date(report_dir)
        pdf = pdf_path.read_bytes()
    kind = "slack" if slack else "multipart" if pdf is not None else "json"
    payload = slack_message(summary) if slack else summary
    result = _post_with_retries(
        webhook,
        payload,
        pdf,
        kind=kind,
        attempts=max(1, retries),
        backoff=backoff,
        timeout=timeout,
        sleep=sleep,
    )
    return result.model_copy(
        update={"open_conflicts": summary["open_conflicts"], "follow_ups": summary["follow_ups"]}
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
    deadline = max(timeout * 3, timeout + 5.0)  # the whole request, however slowly it trickles
    with httpx.Client(timeout=timeout, follow_redirects=False) as client:
        for attempt in range(1, attempts + 1):

            def post(client: httpx.Client = client) -> httpx.Response:
                if pdf is None:
                    return client.post(
                        webhook, content=body, headers={"Content-Type": "application/json"}
                    )
                return client.post(
                    webhook,
                    files={
                        "summary": ("summary.json", body, "application/json"),
                        "file": ("report.pdf", pdf, "application/pdf"),
                    },
                )

            try:
                resp = _within(post, deadline, client)
            except TimeoutError:
                raise DeliveryError(
                    f"webhook {shown} did not answer within {deadline:g} s in all (attempt "
                    f"{attempt} of {attempts}); check the receiver, it may be stalled"
                ) from None
            except httpx.TransportError as exc:
                problem = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            else:
                if 300 <= resp.status_code < 400:
                    target = resp.headers.get("location", "")
                    raise DeliveryError(
                        f"webhook {shown} redirects (HTTP {resp.status_code}"
                        + (f" to {redact_url(target)}" if target else "")
                        + "): give the final address with --webhook; redirects are not "
                        "followed, so the report is never posted somewhere unexpected"
                    )
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


def _within(
    call: Callable[[], httpx.Response], seconds: float, client: httpx.Client
) -> httpx.Response:
    """Run ``call`` with a deadline on the whole of it: a receiver that trickles one byte
    every few seconds passes every read timeout, never this. On expiry the client is
    closed, which aborts the connection, and TimeoutError is raised."""
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(call)
    try:
        return future.result(timeout=seconds)
    except FutureTimeout:
        client.close()
        raise TimeoutError from None
    finally:
        pool.shutdown(wait=False)


def _detail(resp: httpx.Response) -> str:
    text = resp.text.strip().replace("\n", " ")
    return f": {text[:200]}" if text else ""


def _status(f: Finding) -> ReviewStatus:
    return f.review.status if f.review is not None else ReviewStatus.OPEN


def _is_open_conflict(f: Finding) -> bool:
    return f.verdict is Verdict.CONFLICT and _status(f) is ReviewStatus.OPEN


def _ordered(counts: Counter[str]) -> dict[str, int]:
    order = sorted(SEVERITY_RANK, key=lambda s: -SEVERITY_RANK[s])
    return {s.value: counts.get(s.value, 0) for s in order}


def _pairs(counts: dict[str, int]) -> str:
    return ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in counts.items()) or "none"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _one_line(text: str) -> str:
    """Whitespace and control characters (a terminal's escape sequences) as single spaces."""
    return " ".join(re.sub(r"[\x00-\x1f\x7f-\x9f]", " ", text).split())


# Slack's mrkdwn reads these three as control characters (links, mentions, quotes).
_SLACK_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# "@channel" is a mention only with link_names, which webhooks may set: a word joiner
# after the "@" keeps it plain text wherever the message is posted.
_BROADCAST = re.compile(r"@(?=(?:channel|here|everyone)\b)", re.IGNORECASE)


def _slack_escape(text: str) -> str:
    escaped = "".join(_SLACK_ESCAPES.get(ch, ch) for ch in text)
    return _BROADCAST.sub("@\u2060", escaped)


def _esc(text: str, limit: int) -> str:
    """Untrusted text as mrkdwn: on one line, escaped, at most ``limit`` characters escaped.

    It is cut between characters, never inside an entity such as ``&amp;``, and ends in
    "…" when cut.
    """
    escaped = _slack_escape(_one_line(text))
    if len(escaped) <= limit:
        return escaped
    cut = escaped[: limit - 1]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]  # an entity would be cut in two
    return cut + "…"


def _mrkdwn(text: str) -> dict[str, str]:
    return {"type": "mrkdwn", "text": text}


def _plain(text: str) -> dict[str, str]:
    return {"type": "plain_text", "text": text}


def _mrkdwn_section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": _mrkdwn(text)}


def _trim(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
