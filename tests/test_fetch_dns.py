"""Issue 14: the fetch deadline covers the name lookup too (no network needed: the resolver is
replaced by one that hangs)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from factcheck.ingest import load_articles
from factcheck.ingest.fetch import FetchProblem, fetch

PAGE = b"OSLO (NTB) - The harbour reopened on Friday after the storm, the port authority said.\n"


@pytest.fixture
def hanging_resolver(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """socket.getaddrinfo that sleeps far past any deadline for names under .invalid and
    answers at once for the rest; yields the names it was asked."""
    real = socket.getaddrinfo
    asked: list[str] = []

    def slow(host: object, *args: object, **kwargs: object) -> object:
        name = host.decode() if isinstance(host, bytes) else str(host)
        asked.append(name)
        if name.endswith(".invalid"):
            time.sleep(5)
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", slow)
    yield asked


def test_a_name_lookup_that_hangs_stops_at_the_deadline(hanging_resolver: list[str]) -> None:
    started = time.monotonic()
    with pytest.raises(FetchProblem) as caught:
        fetch("http://news.slow-dns.invalid/story", timeout=15.0, deadline=0.5)
    took = time.monotonic() - started
    assert took < 1.5, took  # the deadline plus a short grace, not the lookup's 5 s
    assert "news.slow-dns.invalid" in hanging_resolver
    message = str(caught.value)
    assert "within 0.5 s" in message and "name did not resolve" in message
    assert "--fetch-deadline" in message


def test_a_hanging_lookup_is_one_skipped_input(hanging_resolver: list[str]) -> None:
    started = time.monotonic()
    articles, skipped = load_articles(["http://slow-dns.invalid/a"], fetch_deadline=0.5)
    assert time.monotonic() - started < 1.5
    assert articles == []
    (skip,) = skipped
    assert skip.source == "http://slow-dns.invalid/a"
    assert "name did not resolve" in skip.problem


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, format: str, *args: object) -> None:
        return


def test_a_quick_lookup_still_fetches(hanging_resolver: list[str]) -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        page = fetch(f"http://localhost:{httpd.server_address[1]}/", deadline=5.0)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert page.body == PAGE
    assert "localhost" in hanging_resolver  # the lookup went through the (patched) resolver


def test_errors_of_the_request_reach_the_caller() -> None:
    # A refused connection fails inside the worker thread; the caller gets its reason.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchProblem) as caught:
        fetch(f"http://127.0.0.1:{port}/", deadline=5.0)
    assert "could not fetch the URL (ConnectError" in str(caught.value)
