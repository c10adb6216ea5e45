"""Issue 14, the runtime side: bounded fetches, no traceback on any error path we can make,
one report generation at a time, http(s)-only links and script-safe embedded JSON."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from factcheck.cli.main import cli
from factcheck.ingest import load_articles
from factcheck.ingest.fetch import FetchProblem, fetch

PAGE = (
    b"BERLIN (dpa) - The city council approved a new tram line on Wednesday after a "
    b"two-year debate, officials said. Construction starts next spring.\n"
)


class Trickle(BaseHTTPRequestHandler):
    """/slow-body: headers at once, then a byte every 0.1 s for a minute; /slow-head: the
    status line itself trickles; /big-declared: announces 5 GB; /ok: a short page."""

    def do_GET(self) -> None:
        try:
            if self.path == "/slow-body":
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", "600")
                self.end_headers()
                self.wfile.flush()
                for _ in range(600):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            elif self.path == "/slow-head":
                for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 600:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.1)
            elif self.path == "/big-declared":
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(5 * 1024**3))
                self.end_headers()
                self.wfile.write(b"x" * 1024)
            else:
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(PAGE)))
                self.end_headers()
                self.wfile.write(PAGE)
        except (BrokenPipeError, ConnectionResetError):
            return

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture(scope="module")
def trickle() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("path", ["/slow-body", "/slow-head"])
def test_trickling_server_stops_at_the_deadline(trickle: str, path: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchProblem) as caught:
        fetch(trickle + path, timeout=15.0, deadline=1.5)
    took = time.monotonic() - started
    # Each byte arrives well within the 15 s read timeout: only the deadline can stop it.
    assert took < 3.0, took
    assert "took longer than 1.5 s" in str(caught.value)
    assert "--fetch-deadline" in str(caught.value)


def test_deadline_skips_the_url_and_keeps_the_rest(trickle: str) -> None:
    articles, skipped = load_articles([f"{trickle}/slow-body", f"{trickle}/ok"], fetch_deadline=1.0)
    assert len(articles) == 1
    (skip,) = skipped
    assert skip.source.endswith("/slow-body")
    assert skip.problem.startswith("the server took longer than 1 s to send the page")


def test_a_fast_page_is_not_affected_by_the_deadline(trickle: str) -> None:
    page = fetch(f"{trickle}/ok", deadline=5.0)
    assert page.body == PAGE


def test_declared_size_is_not_called_bytes_read(trickle: str) -> None:
    with pytest.raises(FetchProblem) as caught:
        fetch(f"{trickle}/big-declared")
    message = str(caught.value)
    assert "5 GB" in message and "bytes read" not in message and "5368709120" not in message


def test_report_flag_sets_the_deadline(trickle: str, tmp_path: object) -> None:
    started = time.monotonic()
    result = CliRunner().invoke(
        cli,
        [
            "report",
            f"{trickle}/slow-body",
            "-o",
            str(tmp_path),
            "--fetch-deadline",
            "1",
            "-q",
        ],
    )
    assert time.monotonic() - started < 10
    assert result.exit_code == 1, result.output
    assert "took longer than 1 s" in result.output
    assert "Traceback" not in result.output


def test_deadline_must_be_positive() -> None:
    result = CliRunner().invoke(cli, ["report", "http://127.0.0.1:9/", "--fetch-deadline", "0"])
    assert result.exit_code == 2
