"""URL fetching: an http(s) URL in, the page bytes and content type out (size-capped).

Two time limits: ``timeout`` bounds each connect and each read, and a whole-request
``deadline`` (settings.FETCH_DEADLINE_S, ``factcheck report --fetch-deadline``) bounds the
request from start to last byte, redirects and name lookups included: a server that trickles
a byte a second never times a read out, and a resolver that never answers holds no socket to
time out. The request runs in a worker thread that the caller waits for at most the deadline;
at the deadline a timer shuts the request's sockets, which wakes a blocked read at once (the
worker then ends with its own reason). A name lookup cannot be interrupted: the caller stops
waiting for it, and the worker, a daemon thread, shuts the socket it connects afterwards.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from factcheck import settings

# Larger bodies are not news articles (videos, archives, data dumps); reading stops here.
MAX_BYTES = 5 * 1024 * 1024
# A couple of hops covers http->https and a canonical-URL redirect; more is a loop or a trap.
MAX_REDIRECTS = 3
USER_AGENT = "factcheck/0.1 (+news consistency checker; offline report)"
# After the deadline's timer shuts the sockets, a blocked read ends within milliseconds; the
# caller waits this much longer for the worker's own reason (with the bytes that had arrived).
DEADLINE_GRACE_S = 0.25


class FetchProblem(ValueError):
    """Raised with a one-line reason when a URL cannot be fetched."""


@dataclass(frozen=True)
class Fetched:
    """A fetched page."""

    url: str  # final URL after redirects
    content_type: str
    body: bytes
    charset: str | None = None  # from the Content-Type header, when the server names one


def is_url(value: str) -> bool:
    """True for http:// and https:// inputs."""
    return urlsplit(value).scheme.lower() in {"http", "https"}


def fetch(url: str, timeout: float = 15.0, deadline: float | None = None) -> Fetched:
    """GET ``url``: at most MAX_REDIRECTS redirects and MAX_BYTES of body, each read within
    ``timeout`` seconds and the whole request within ``deadline`` (default
    settings.FETCH_DEADLINE_S)."""
    if not is_url(url):
        raise FetchProblem(f"only http and https URLs can be fetched, not '{url}'")
    limit = settings.FETCH_DEADLINE_S if deadline is None else deadline
    if limit <= 0:
        raise FetchProblem(f"the fetch deadline must be above 0 s, not {limit:g}")
    guard = _Deadline(limit)
    outcome: list[Fetched | Exception] = []

    def work() -> None:
        try:
            outcome.append(_request(url, timeout, limit, guard))
        except Exception as exc:  # handed to the caller's thread below
            outcome.append(exc)

    worker = threading.Thread(target=work, name="factcheck-fetch", daemon=True)
    try:
        worker.start()
        worker.join(limit)
        if worker.is_alive():  # the timer has shut the sockets: a read ends at once
            worker.join(DEADLINE_GRACE_S)
    finally:
        guard.cancel()
    if not outcome:  # still blocked where no socket can be shut: the name lookup
        guard.abandon()
        raise FetchProblem(_too_slow(limit, None, connected=guard.connected.is_set()))
    result = outcome[0]
    if isinstance(result, Exception):
        raise result
    return result


def _request(url: str, timeout: float, limit: float, guard: _Deadline) -> Fetched:
    """The request itself (in the worker thread of ``fetch``)."""
    started = time.monotonic()
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                timeout=min(timeout, limit),
                headers={"User-Agent": USER_AGENT},
            ) as client,
            client.stream("GET", url, extensions={"trace": guard.trace}) as response,
        ):
            if response.status_code >= 400:
                raise FetchProblem(
                    f"the server answered HTTP {response.status_code} "
                    f"{response.reason_phrase}; check the URL or save the page as a file"
                )
            declared = response.headers.get("content-length", "").strip()
            if declared.isdigit() and int(declared) > MAX_BYTES:
                raise FetchProblem(_too_large(int(declared), declared=True))
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                if guard.expired.is_set() or time.monotonic() - started > limit:
                    raise FetchProblem(_too_slow(limit, size))
                size += len(chunk)
                if size > MAX_BYTES:
                    raise FetchProblem(_too_large(size, declared=False))
                chunks.append(chunk)
            if guard.expired.is_set():
                raise FetchProblem(_too_slow(limit, size))
            header = response.headers.get("content-type", "")
            return Fetched(
                url=str(response.url),
                content_type=header.split(";")[0].strip(),
                body=b"".join(chunks),
                charset=_charset_of(header),
            )
    except httpx.HTTPError as exc:
        if guard.expired.is_set():  # the timer shut the socket: a read failed because of it
            raise FetchProblem(_too_slow(limit, None)) from exc
        if isinstance(exc, httpx.TooManyRedirects):
            raise FetchProblem(f"more than {MAX_REDIRECTS} redirects; give the final URL") from exc
        if isinstance(exc, httpx.TimeoutException):
            waited = min(timeout, limit)
            raise FetchProblem(
                f"no answer within {waited:g} s; try again or save the page"
            ) from exc
        if isinstance(exc, httpx.UnsupportedProtocol):
            raise FetchProblem("a redirect left http/https; give the final URL") from exc
        raise FetchProblem(f"could not fetch the URL ({type(exc).__name__}: {exc})") from exc


class _Deadline:
    """Shut every socket of one request when its deadline passes (a blocked read then
    returns at once instead of waiting for the next trickled byte)."""

    def __init__(self, seconds: float) -> None:
        self.expired = threading.Event()
        self.connected = threading.Event()  # a connection was made (the name was resolved)
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def trace(self, name: str, info: dict[str, Any]) -> None:
        """httpcore's trace hook: note each connection's socket as it is opened."""
        if not name.endswith(("connect_tcp.complete", "start_tls.complete")):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            self.connected.set()
            with self._lock:
                self._sockets.append(sock)
                if self.expired.is_set():
                    _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired.set()
            for sock in self._sockets:
                _shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()

    def abandon(self) -> None:
        """The caller gave up on the request: shut its sockets now and any opened later."""
        self._expire()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _charset_of(content_type: str) -> str | None:
    """The charset parameter of a Content-Type header ('text/html; charset=Shift_JIS')."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip().strip("\"'"):
            return value.strip().strip("\"'")
    return None


def _mb(size: int) -> str:
    """'5 MB', '5.2 GB': a size as people read it."""
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= scale:
            value = size / scale
            return f"{value:.1f} {unit}".replace(".0 ", " ")
    return f"{size} bytes"


def _too_large(size: int, *, declared: bool) -> str:
    limit = f"{MAX_BYTES // (1024 * 1024)} MB"
    if declared:  # nothing was read: the server announced the size
        said = f"the server announces {_mb(size)} (Content-Length)"
    else:
        said = f"more than {limit} arrived"
    return f"the page is larger than {limit}: {said}; it is not an article page"


def _too_slow(limit: float, size: int | None, *, connected: bool = True) -> str:
    if not connected:
        return (
            f"no connection to the server within {limit:g} s (its name did not resolve in "
            "time); check the URL and the network, raise the limit with --fetch-deadline, or "
            "save the page as a file"
        )
    got = f" ({_mb(size)} had arrived)" if size else ""
    return (
        f"the server took longer than {limit:g} s to send the page{got}; try again later, "
        "raise the limit with --fetch-deadline, or save the page as a file"
    )
