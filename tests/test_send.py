"""Tests for webhook delivery against a local HTTP server: retries, 4xx, Slack, multipart."""

from __future__ import annotations

import email.parser
import email.policy
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from factcheck.errors import DeliveryError
from factcheck.review import load_reviewed_document
from factcheck.review.send import redact_url, send_report, slack_message
from factcheck.review.store import ReviewStore
from test_review_data import write_report


@dataclass
class Hook:
    """A local webhook: answers ``script`` status codes in turn (then 200), keeps requests."""

    url: str
    script: list[int] = field(default_factory=list)
    requests: list[tuple[dict[str, str], bytes]] = field(default_factory=list)


@pytest.fixture
def hook() -> Iterator[Hook]:
    state = Hook(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            state.requests.append((dict(self.headers.items()), body))
            code = state.script.pop(0) if state.script else 200
            reply = b'{"error": "bad payload"}' if code == 400 else b"ok"
            self.send_response(code)
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output clean

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hook?token=s3cret"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def report(tmp_path: Path) -> Path:
    write_report(tmp_path / "summit")
    load_reviewed_document(tmp_path / "summit")  # registers the findings in the store
    with ReviewStore.for_report(tmp_path / "summit") as store:
        store.decide("f-dateline-bali", "confirmed", by="ana")
    return tmp_path / "summit"


def no_sleep(waits: list[float]) -> Any:
    return waits.append


def test_json_summary_counts(hook: Hook, report: Path) -> None:
    result = send_report(report, hook.url, include_pdf=False, sleep=no_sleep([]))
    assert (result.status_code, result.attempts, result.kind) == (200, 1, "json")
    headers, body = hook.requests[0]
    assert headers["Content-Type"] == "application/json"
    summary = json.loads(body)
    assert summary["report"] == "summit"
    assert summary["findings"] == 8 and summary["reviewed"] == 1 and summary["gone"] == 0
    assert summary["counts"]["severity"] == {"high": 2, "medium": 2, "low": 2, "info": 2}
    assert summary["counts"]["verdict"]["conflict"] == 3
    assert summary["counts"]["review"] == {"confirmed": 1, "open": 7}
    # Only the high finding still open is listed; the confirmed one is not.
    assert [f["id"] for f in summary["open_high"]] == ["f-duration-40-120"]
    assert "http" not in body.decode()  # link-free


def test_multipart_carries_the_pdf(hook: Hook, report: Path) -> None:
    result = send_report(report, hook.url, sleep=no_sleep([]))
    assert result.kind == "multipart"
    headers, body = hook.requests[0]
    assert headers["Content-Type"].startswith("multipart/form-data; boundary=")
    msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {headers['Content-Type']}\r\n\r\n".encode() + body
    )
    parts = {p.get_param("name", header="content-disposition"): p for p in msg.iter_parts()}
    assert parts["file"].get_filename() == "report.pdf"
    assert parts["file"].get_content_type() == "application/pdf"
    assert parts["file"].get_payload(decode=True) == (report / "report.pdf").read_bytes()
    summary = parts["summary"].get_payload(decode=True)
    assert isinstance(summary, bytes) and json.loads(summary)["findings"] == 8


def test_retries_5xx_with_backoff_then_succeeds(hook: Hook, report: Path) -> None:
    hook.script = [503, 503]
    waits: list[float] = []
    result = send_report(report, hook.url, include_pdf=False, backoff=0.5, sleep=waits.append)
    assert (result.status_code, result.attempts) == (200, 3)
    assert len(hook.requests) == 3
    assert waits == [0.5, 1.0]


def test_real_backoff_sleeps(hook: Hook, report: Path) -> None:
    hook.script = [502]
    result = send_report(report, hook.url, include_pdf=False, backoff=0.01)
    assert result.attempts == 2


def test_gives_up_after_all_attempts(hook: Hook, report: Path) -> None:
    hook.script = [503, 503, 503]
    with pytest.raises(DeliveryError) as err:
        send_report(report, hook.url, include_pdf=False, sleep=no_sleep([]))
    message = err.value.message
    assert "HTTP 503" in message and "after 3 attempt(s)" in message
    assert "s3cret" not in message and "token=***" in message
    assert len(hook.requests) == 3


def test_4xx_is_not_retried(hook: Hook, report: Path) -> None:
    hook.script = [400, 400, 400]
    with pytest.raises(DeliveryError) as err:
        send_report(report, hook.url, include_pdf=False, sleep=no_sleep([]))
    message = err.value.message
    assert "HTTP 400 Bad Request" in message
    assert "attempt 1 of 3" in message and "not retried" in message
    assert "bad payload" in message
    assert "s3cret" not in message
    assert len(hook.requests) == 1


def test_connection_errors_are_retried_then_reported(report: Path) -> None:
    waits: list[float] = []
    with pytest.raises(DeliveryError, match=r"ConnectError.*after 2 attempt\(s\)"):
        send_report(
            report, "http://127.0.0.1:9/hook", include_pdf=False, retries=2, sleep=waits.append
        )
    assert waits == [0.5]


def test_slack_payload_shape(hook: Hook, report: Path) -> None:
    result = send_report(report, hook.url, slack=True, sleep=no_sleep([]))
    assert result.kind == "slack"
    assert (result.open_conflicts, result.follow_ups) == (2, 0)
    headers, body = hook.requests[0]
    assert headers["Content-Type"] == "application/json"
    msg = json.loads(body)
    assert set(msg) == {"text", "blocks"}
    assert msg["text"].startswith("factcheck · summit: 2 open conflicts, 0 follow-ups")
    types = [b["type"] for b in msg["blocks"]]
    assert types[:3] == ["header", "section", "divider"] and types[-1] == "context"
    assert "*8 findings* from 3 articles in 1 event" in msg["blocks"][1]["text"]["text"]
    listed = msg["blocks"][3]["text"]["text"]
    assert "*Meeting length: about 40 minutes vs two hours*" in listed


def test_slack_escapes_control_characters() -> None:
    summary = {
        "report": "r",
        "generated_at": "t",
        "articles": 2,
        "events": 1,
        "findings": 1,
        "reviewed": 0,
        "open_conflicts": 1,
        "counts": {"verdict": {"conflict": 1}, "severity": {"high": 1}, "review": {"open": 1}},
        "to_check": [
            {
                "id": "f1",
                "title": "<!channel> & <http://x|y>",
                "severity": "high",
                "verdict": "conflict",
                "status": "open",
                "url": "report.html#finding-f1",
            }
        ],
    }
    listed = slack_message(summary)["blocks"][3]["text"]["text"]
    assert "&lt;!channel&gt; &amp; &lt;http://x|y&gt;" in listed
    assert "<!channel>" not in listed


def test_missing_pdf_is_clear(hook: Hook, report: Path) -> None:
    (report / "report.pdf").unlink()
    with pytest.raises(DeliveryError, match="--no-pdf"):
        send_report(report, hook.url)
    assert hook.requests == []


def test_missing_report_is_clear(tmp_path: Path) -> None:
    with pytest.raises(DeliveryError, match=r"no findings\.json"):
        send_report(tmp_path, "http://127.0.0.1:9/hook")


def test_redact_url() -> None:
    assert redact_url("https://u:pw@example.com/hook?token=abc&x=1") == (
        "https://example.com/hook?token=***&x=***"
    )
    slack = "https://hooks.slack.com/services/T0001/B0002/XyZ123abcDEF456ghiJKL789"
    assert redact_url(slack) == "https://hooks.slack.com/services/T0001/B0002/***"


def test_a_trickling_webhook_is_cut_off_by_the_whole_request_deadline(report: Path) -> None:
    """One byte every 0.3 s passes a 0.5 s read timeout forever; the deadline ends it."""

    class Trickle(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            for _ in range(1000):
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.3)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    started = time.monotonic()
    try:
        with pytest.raises(DeliveryError, match="did not answer within"):
            send_report(report, url, include_pdf=False, timeout=0.5, sleep=no_sleep([]))
    finally:
        server.shutdown()
        server.server_close()
    assert time.monotonic() - started < 15


def test_a_redirecting_webhook_is_named_as_a_redirect(hook: Hook, report: Path) -> None:
    hook.script = [307]
    with pytest.raises(DeliveryError, match=r"redirects \(HTTP 307\)") as caught:
        send_report(report, hook.url, include_pdf=False, sleep=no_sleep([]))
    assert "client error" not in str(caught.value)
