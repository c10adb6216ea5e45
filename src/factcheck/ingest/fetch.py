"""URL fetching: an http(s) URL in, the page bytes and content type out (size-capped)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

# Larger bodies are not news articles (videos, archives, data dumps); reading stops here.
MAX_BYTES = 5 * 1024 * 1024
# A couple of hops covers http->https and a canonical-URL redirect; more is a loop or a trap.
MAX_REDIRECTS = 3
USER_AGENT = "factcheck/0.1 (+news consistency checker; offline report)"


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


def fetch(url: str, timeout: float = 15.0) -> Fetched:
    """GET ``url`` with a timeout, at most MAX_REDIRECTS redirects and MAX_BYTES of body."""
    if not is_url(url):
        raise FetchProblem(f"only http and https URLs can be fetched, not '{url}'")
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                timeout=timeout,
                headers={"User-Agent": USER_AGENT},
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise FetchProblem(
                    f"the server answered HTTP {response.status_code} "
                    f"{response.reason_phrase}; check the URL or save the page as a file"
                )
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > MAX_BYTES:
                raise FetchProblem(_too_large(int(declared)))
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    raise FetchProblem(_too_large(size))
                chunks.append(chunk)
            header = response.headers.get("content-type", "")
            return Fetched(
                url=str(response.url),
                content_type=header.split(";")[0].strip(),
                body=b"".join(chunks),
                charset=_charset_of(header),
            )
    except httpx.TooManyRedirects as exc:
        raise FetchProblem(f"more than {MAX_REDIRECTS} redirects; give the final URL") from exc
    except httpx.TimeoutException as exc:
        raise FetchProblem(f"no answer within {timeout:g} s; try again or save the page") from exc
    except httpx.UnsupportedProtocol as exc:
        raise FetchProblem("a redirect left http/https; give the final URL") from exc
    except httpx.HTTPError as exc:
        raise FetchProblem(f"could not fetch the URL ({type(exc).__name__}: {exc})") from exc


def _charset_of(content_type: str) -> str | None:
    """The charset parameter of a Content-Type header ('text/html; charset=Shift_JIS')."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip().strip("\"'"):
            return value.strip().strip("\"'")
    return None


def _too_large(size: int) -> str:
    return (
        f"the page is larger than {MAX_BYTES // (1024 * 1024)} MB ({size} bytes read); "
        "it is not an article page"
    )
