"""URL ingest against a local HTTP server: pages, redirects, size cap and errors."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from factcheck.ingest import load_articles
from factcheck.ingest.fetch import MAX_BYTES, MAX_REDIRECTS

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
PAGE = (FIXTURES / "harbour_bridge.html").read_bytes()
TEXT = (
    b"BERLIN (dpa) - The city council approved a new tram line on Wednesday after a "
    b"two-year debate, officials said. Construction starts next spring.\n"
)


class Handler(BaseHTTPRequestHandler):
    """Routes: /page.html, /story (text/plain), /hop/N redirects, /huge, anything else 404."""

    def do_GET(self) -> None:
        if self.path == "/page.html":
            self._send(200, PAGE, "text/html; charset=utf-8")
        elif self.path == "/story":
            self._send(200, TEXT, "text/plain; charset=utf-8")
        elif self.path.startswith("/hop/"):
            left = int(self.path.rsplit("/", 1)[1])
            target = "/page.html" if left == 0 else f"/hop/{left - 1}"
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/huge":
            # No Content-Length: the cap must hold while streaming, not just on headers.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65536 + b"</p>"
            sent = 0
            while sent <= MAX_BYTES:
                try:
                    self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    return
                sent += len(chunk)
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        return


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_html_page_by_url(server: str) -> None:
    (article,), skipped = load_articles([f"{server}/page.html"])
    assert skipped == []
    assert article.format == "url"
    assert article.source == f"{server}/page.html"
    assert article.outlet == "Coastal Herald"
    assert article.title == "Harbour bridge reopens after three months of repairs"
    assert "Most read" not in article.text and "harbour bridge reopened" in article.text


def test_plain_text_by_url(server: str) -> None:
    (article,), _ = load_articles([f"{server}/story"])
    assert article.format == "url"
    assert article.outlet == "Deutsche Presse-Agentur" and article.outlet_rule == "wire-tag"
    assert article.url == f"{server}/story"


def test_redirects_followed_within_limit(server: str) -> None:
    (article,), _ = load_articles([f"{server}/hop/{MAX_REDIRECTS - 1}"])
    assert article.url is not None and article.url.endswith("/page.html")


def test_too_many_redirects(server: str) -> None:
    articles, (skip,) = load_articles([f"{server}/hop/{MAX_REDIRECTS + 2}"])
    assert articles == []
    assert skip.problem == f"more than {MAX_REDIRECTS} redirects; give the final URL"


def test_too_large_body(server: str) -> None:
    _, (skip,) = load_articles([f"{server}/huge"])
    assert skip.problem.startswith("the page is larger than 5 MB")


def test_404_is_skipped_with_status(server: str) -> None:
    articles, (skip,) = load_articles([f"{server}/missing", str(FIXTURES / "story.md")])
    assert len(articles) == 1
    assert skip.source == f"{server}/missing"
    assert skip.problem == (
        "the server answered HTTP 404 Not Found; check the URL or save the page as a file"
    )


def test_connection_refused_is_skipped() -> None:
    _, (skip,) = load_articles(["http://127.0.0.1:9/x"], fetch_timeout=2.0)
    assert skip.problem.startswith("could not fetch the URL (ConnectError")
