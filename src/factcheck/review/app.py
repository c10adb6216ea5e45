"""Serve a report folder's findings as a local review page and record decisions (Starlette).

Safety model: the server binds to loopback unless asked otherwise; every request must name a
loopback host (or the host explicitly allowed), which defeats DNS rebinding; state-changing
requests need the per-start token embedded in the page, JSON bodies, and no foreign Origin.
The page is self-contained (inline CSS/JS under a nonce CSP) and escapes all data.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import logging
import secrets
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from factcheck.errors import ReviewError
from factcheck.models import Review
from factcheck.paths import templates_dir
from factcheck.review import load_reviewed_document
from factcheck.review.outputs import PDF_DELAY, PdfRefresher, refresh_outputs
from factcheck.review.store import ReviewStore
from factcheck.review.view import build_page, default_reviewer

log = logging.getLogger(__name__)

TOKEN_HEADER = "X-Review-Token"
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
MAX_BODY_BYTES = 64 * 1024


def review_templates() -> Path:
    """templates/review: inside an installed wheel, else at the source tree's root."""
    found = templates_dir() / "review"
    if found.is_dir():
        return found
    raise ReviewError("the review page templates (templates/review) were not found")


def is_loopback(host: str) -> bool:
    """Return True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def check_bind_host(host: str, *, allow_remote: bool) -> None:
    """Refuse to listen beyond this machine unless the caller asked for it explicitly."""
    if not is_loopback(host) and not allow_remote:
        raise ReviewError(
            f"refusing to serve on {host!r}: the review page would be reachable from other "
            "machines; use --allow-remote if that is what you want",
            slug="review-remote",
        )


def create_app(
    report_dir: Path,
    *,
    token: str | None = None,
    allowed_hosts: Iterable[str] = (),
    any_ip_host: bool = False,
    pdf_delay: float = PDF_DELAY,
    reviewer: str | None = None,
) -> Starlette:
    """Build the review app over ``report_dir`` (which must hold findings.json).

    Requests must name a loopback host or one of ``allowed_hosts`` in their Host header;
    ``any_ip_host`` also admits any IP literal (remote review by address), which is still
    safe from DNS rebinding because a rebinding page's Host is its own domain name.

    Each decision re-writes the folder's report files before the response is sent, except
    report.pdf, which is re-rendered ``pdf_delay`` seconds after the last decision (and by
    :func:`close_app` when the server stops).

    ``reviewer`` (``--by``) is the name the page starts with and wins over the name the
    browser remembers; without it the page starts with :func:`default_reviewer`. A decision
    sent without a name is recorded under that name, never anonymously.
    """
    report_dir = Path(report_dir)
    load_reviewed_document(report_dir)  # fail now, with a clear message, not on first page load
    state = _State(
        report_dir=report_dir,
        token=token or secrets.token_urlsafe(32),
        hosts=LOOPBACK_NAMES | {h.strip("[]").lower() for h in allowed_hosts},
        any_ip_host=any_ip_host,
        env=Environment(
            loader=FileSystemLoader(review_templates()),
            autoescape=True,
            undefined=StrictUndefined,
        ),
        pdf=PdfRefresher(report_dir, delay=pdf_delay),
        reviewer=(reviewer if reviewer is not None else default_reviewer()).strip(),
        reviewer_fixed=bool(reviewer and reviewer.strip()),
    )
    app = Starlette(
        routes=[
            Route("/", state.page, methods=["GET"]),
            Route("/api/findings", state.list_findings, methods=["GET"]),
            Route("/api/findings/{finding_id:path}/history", state.history, methods=["GET"]),
            Route("/api/decisions", state.decide, methods=["POST"]),
            Route("/api/undo", state.undo, methods=["POST"]),
        ],
        exception_handlers={ReviewError: _review_error},
    )
    app.state.review = state
    return app


@dataclass
class _State:
    report_dir: Path
    token: str
    hosts: frozenset[str]
    any_ip_host: bool
    env: Environment
    pdf: PdfRefresher
    reviewer: str = ""
    reviewer_fixed: bool = False

    async def page(self, request: Request) -> Response:
        if (denied := self._check_host(request)) is not None:
            return denied
        doc, gone = load_reviewed_document(self.report_dir)
        with ReviewStore.for_report(self.report_dir) as store:
            histories = store.histories()
        nonce = secrets.token_urlsafe(16)
        static = review_templates()
        page = build_page(
            doc,
            gone,
            histories,
            title=self.report_dir.resolve().name,
            token=self.token,
            nonce=nonce,
            css=(static / "review.css").read_text("utf-8"),
            js=(static / "review.js").read_text("utf-8"),
            reviewer=self.reviewer,
            reviewer_fixed=self.reviewer_fixed,
        )
        html = self.env.get_template("review.html.j2").render(page=page)
        # No external requests are possible: everything needed is inline under the nonce.
        csp = (
            f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
            "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'none'"
        )
        return HTMLResponse(html, headers={"Content-Security-Policy": csp, **_HEADERS})

    async def list_findings(self, request: Request) -> Response:
        if (denied := self._check_host(request)) is not None:
            return denied
        doc, gone = load_reviewed_document(self.report_dir)
        body = {
            "generated_at": doc.generated_at,
            "findings": [f.model_dump(mode="json") for f in doc.findings],
            "gone": [g.model_dump(mode="json") for g in gone],
        }
        return JSONResponse(body, headers=_HEADERS)

    async def history(self, request: Request) -> Response:
        if (denied := self._check_host(request)) is not None:
            return denied
        finding_id = request.path_params["finding_id"]
        with ReviewStore.for_report(self.report_dir) as store:
            if not store.known(finding_id):
                return _error(404, f"unknown finding id {finding_id!r}")
            history = store.history(finding_id)
        return JSONResponse({"finding_id": finding_id, "history": _dump(history)})

    async def decide(self, request: Request) -> Response:
        body = await self._json_body(request, ("finding_id", "status", "note", "by"))
        if isinstance(body, Response):
            return body
        finding_id = body.get("finding_id", "")
        return await self._record(
            finding_id, body.get("status", ""), body.get("note", ""), body.get("by", "")
        )

    async def undo(self, request: Request) -> Response:
        """Undo one decision: record again what the finding's history held just before it.

        The history is append-only, so an undo is itself a decision (by whoever undoes), equal
        to the entry before the undone one, or ``open`` when it was the first. ``index`` is the
        undone decision's place in the history; ``expect`` how many entries the page knows
        of, so a decision someone else took meanwhile is not silently overwritten (409).
        """
        body = await self._json_body(request, ("finding_id", "by"))
        if isinstance(body, Response):
            return body
        index, expect = body.get("index"), body.get("expect")
        if not isinstance(index, int) or not isinstance(expect, int) or index < 0:
            return _error(
                400, "expected {finding_id, index, expect, by}; index and expect as numbers"
            )
        finding_id = body.get("finding_id", "")
        with ReviewStore.for_report(self.report_dir) as store:
            if not store.known(finding_id):
                return _error(404, f"unknown finding id {finding_id!r}")
            history = store.history(finding_id)
        if len(history) != expect:
            return _error(
                409,
                "this finding was decided again since (another page or the command line); "
                "reload the page to see its history",
            )
        if index >= len(history):
            return _error(400, "there is no such decision to undo")
        before = history[index - 1] if index > 0 else Review()
        return await self._record(
            finding_id, before.status.value, before.note, body.get("by", ""), undone=True
        )

    async def _json_body(
        self, request: Request, fields: tuple[str, ...]
    ) -> dict[str, Any] | Response:
        if (denied := self._check_host(request) or self._check_write(request)) is not None:
            return denied
        raw = await _capped_body(request)
        if isinstance(raw, Response):
            return raw
        try:
            body = json.loads(raw)
        except RecursionError:  # '[[[[...' 30,000 deep: a 400, not a crash
            return _error(400, "the body is nested too deeply; send a flat JSON object")
        except ValueError:
            return _error(400, "the body must be JSON")
        if not isinstance(body, dict) or not all(isinstance(body.get(k, ""), str) for k in fields):
            return _error(400, f"expected {{{', '.join(fields)}}} as strings")
        if not all(
            _is_text(k) and (not isinstance(v, str) or _is_text(v)) for k, v in body.items()
        ):
            # "\ud800" is valid JSON but no character: it cannot be stored or shown.
            return _error(400, "the body holds a lone surrogate (\\ud800-\\udfff); send real text")
        return body

    async def _record(
        self, finding_id: str, status: str, note: str, by: str, *, undone: bool = False
    ) -> Response:
        by = by.strip() or self.reviewer
        if not by:
            return _error(
                400, "say who decides: type your name in the page's Reviewer box (or use --by)"
            )
        try:
            with ReviewStore.for_report(self.report_dir) as store:
                if not store.known(finding_id):
                    return _error(404, f"unknown finding id {finding_id!r}")
                review = store.decide(finding_id, status, note=note, by=by)
                history = store.history(finding_id)
                changed = finding_id in store.changed()
        except ReviewError as exc:
            return _error(400, exc.message)
        payload = {
            "finding_id": finding_id,
            "review": review.model_dump(mode="json"),
            "history": _dump(history),
            "changed_since_review": changed,
            "undone": undone,
            "files": await run_in_threadpool(self.refresh_files),
        }
        return JSONResponse(payload, headers=_HEADERS)

    def refresh_files(self) -> dict[str, Any]:
        """Re-write the report files after a decision; schedule the PDF. Never raises.

        The decision is already stored, so a failure here is reported, not turned into an
        error: the next decision, ``--render`` or ``factcheck report`` writes the files.
        """
        try:
            done = refresh_outputs(self.report_dir)
        except Exception as exc:
            log.warning("could not update the report files in %s: %s", self.report_dir, exc)
            return {"written": [], "pending": [], "stale": {}, "error": str(exc)}
        pending = []
        if "report.pdf" in done.stale and done.has_state:
            self.pdf.poke()
            pending.append("report.pdf")
        return {
            "written": [p.name for p in done.written],
            "pending": pending,
            "stale": {k: v for k, v in done.stale.items() if k not in pending},
        }

    def _check_host(self, request: Request) -> Response | None:
        # A page on evil.example that rebinds its DNS to 127.0.0.1 still sends its own name.
        host = urlsplit("//" + request.headers.get("host", "")).hostname or ""
        if host.lower() not in self.hosts and not (self.any_ip_host and _is_ip(host)):
            return _error(403, f"host {host!r} is not allowed")
        return None

    def _check_write(self, request: Request) -> Response | None:
        origin = request.headers.get("origin")
        if origin is not None and origin != f"{request.url.scheme}://{request.headers['host']}":
            return _error(403, "cross-origin request refused")
        if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            return _error(403, "cross-site request refused")
        sent = request.headers.get(TOKEN_HEADER, "")
        if not hmac.compare_digest(sent.encode(), self.token.encode()):
            return _error(403, "missing or wrong review token; reload the page")
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return _error(415, "send application/json")
        return None


_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


async def _review_error(request: Request, exc: Exception) -> Response:
    # e.g. findings.json removed or half-edited while the server runs: say so, don't 500 blank.
    message = exc.message if isinstance(exc, ReviewError) else str(exc)
    return _error(503, message)


async def _capped_body(request: Request) -> bytes | Response:
    """The request body, read only up to MAX_BODY_BYTES: a declared larger body is refused
    (413) before any of it is read, an undeclared one as soon as it passes the cap, so a
    400 MB POST never sits in memory."""
    too_large = f"request body too large (at most {MAX_BODY_BYTES // 1024} KB)"
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            return _error(400, "bad Content-Length")
        if int(declared) > MAX_BODY_BYTES:
            return _error(413, too_large)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return _error(413, too_large)
        chunks.append(chunk)
    return b"".join(chunks)


def _is_text(value: str) -> bool:
    """False for a string holding a lone surrogate (UTF-8 cannot encode it)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=_HEADERS)


def _dump(items: Iterable[Any]) -> list[Any]:
    return [i.model_dump(mode="json") for i in items]


@dataclass
class RunningServer:
    """A review server running in a background thread (tests, notebooks)."""

    url: str
    token: str
    server: Any
    thread: threading.Thread

    def stop(self) -> None:
        """Ask the server to exit, wait for its thread, then render a pending PDF."""
        self.server.should_exit = True
        self.thread.join(timeout=10)
        close_app(self.server.config.app)


def close_app(app: Starlette, on_pending_pdf: Callable[[], None] | None = None) -> None:
    """Finish the app's background work: render report.pdf if decisions are pending."""
    state: _State = app.state.review
    if state.pdf.pending and on_pending_pdf is not None:
        on_pending_pdf()
    state.pdf.close()
    if state.pdf.last_error:
        raise ReviewError(f"report.pdf was not updated: {state.pdf.last_error}")


def bind_socket(host: str, port: int) -> socket.socket:
    """Bind a listening TCP socket (port 0 picks a free one)."""
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        hint = " (another review server? use --port 0 for a free port)" if port else ""
        raise ReviewError(f"cannot listen on {host}:{port}: {exc.strerror or exc}{hint}") from exc
    sock.listen(64)
    return sock


def url_for(sock: socket.socket) -> str:
    """Return the http URL of a bound socket."""
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def _make_server(
    report_dir: Path,
    host: str,
    port: int,
    allow_remote: bool,
    token: str | None = None,
    pdf_delay: float = PDF_DELAY,
    reviewer: str | None = None,
) -> tuple[Any, socket.socket, str]:
    import uvicorn

    check_bind_host(host, allow_remote=allow_remote)
    token = token or secrets.token_urlsafe(32)
    hosts = [host, socket.gethostname(), socket.getfqdn()] if allow_remote else []
    app = create_app(
        report_dir,
        token=token,
        allowed_hosts=hosts,
        any_ip_host=allow_remote,
        pdf_delay=pdf_delay,
        reviewer=reviewer,
    )
    sock = bind_socket(host, port)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    return uvicorn.Server(config), sock, token


def serve(
    report_dir: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    allow_remote: bool = False,
    on_ready: Callable[[str], None] | None = None,
    on_pending_pdf: Callable[[], None] | None = None,
    reviewer: str | None = None,
) -> None:
    """Serve the review page until interrupted; ``on_ready`` gets the URL once bound.

    On the way out a PDF still pending is rendered (``on_pending_pdf`` is told first).
    ``reviewer`` is the name decisions are taken under unless the page gives one (``--by``).
    """
    server, sock, _ = _make_server(report_dir, host, port, allow_remote, reviewer=reviewer)
    if on_ready is not None:
        on_ready(url_for(sock))
    # uvicorn shuts down gracefully on SIGTERM, then re-raises it under the handler found at
    # start: make that handler an exception, so the pending PDF is rendered before exiting.
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
        try:
            close_app(server.config.app, on_pending_pdf)
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


def _exit_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def start_in_thread(
    report_dir: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    allow_remote: bool = False,
    token: str | None = None,
    pdf_delay: float = PDF_DELAY,
    reviewer: str | None = None,
) -> RunningServer:
    """Start the review server in a daemon thread and wait until it accepts requests."""
    server, sock, token = _make_server(
        report_dir, host, port, allow_remote, token, pdf_delay, reviewer
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise ReviewError("the review server did not start")
        time.sleep(0.01)
    return RunningServer(url=url_for(sock), token=token, server=server, thread=thread)
