"""Format readers: one input's bytes in, Documents (text + hints) or a problem line out."""

from __future__ import annotations

import json
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.ingest.analyse import Hints
from factcheck.ingest.dates import normalise_iso_datetime
from factcheck.ingest.decode import DecodeProblem, decode_bytes
from factcheck.ingest.html import HtmlProblem, looks_like_html, read_html
from factcheck.settings import MAX_FILE_MB

TEXT_EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
                   ".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json",
                   ".jsonl": "jsonl", ".ndjson": "jsonl"}  # fmt: skip
# A JSON record's fields, beyond text/html, that carry metadata.
RECORD_FIELDS = ("outlet", "url", "title", "published")


class ReadProblem(ValueError):
    """Raised with a one-line, user-facing reason why an input cannot be read."""


@dataclass
class Document:
    """A readable article before analysis: its text, format, raw input and hints."""

    source: str
    format: str
    text: str
    raw: str
    hints: Hints = field(default_factory=Hints)
    notes: list[str] = field(default_factory=list)


@dataclass
class Failure:
    """A record of a multi-record input that could not be read."""

    source: str
    problem: str


_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.M)
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?", re.M)
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.M)
_MD_CODE = re.compile(r"`([^`]+)`")


def strip_markdown(text: str) -> str:
    """Remove Markdown markup minimally, keeping every word of the text."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_RULE.sub("", text)
    text = _MD_CODE.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def sniff_format(text: str) -> str | None:
    """Guess html/json/jsonl for an input without a known extension, else None."""
    if looks_like_html(text):
        return "html"
    stripped = text.strip()
    if stripped.startswith(("{", "[")):
        try:
            json.loads(stripped)
        except ValueError:
            lines = [ln for ln in stripped.splitlines() if ln.strip()]
            if all(ln.lstrip().startswith("{") for ln in lines):
                return "jsonl"
            return None
        return "json"
    return None


def _record_document(source: str, fmt: str, record: Any) -> Document:
    """A JSON/JSONL record with 'text' or 'html' as a Document."""
    if not isinstance(record, dict):
        raise ReadProblem('the JSON record is not an object; give {"text": ...} records')
    meta = {k: record.get(k) for k in RECORD_FIELDS}
    bad = [k for k, v in meta.items() if v is not None and not isinstance(v, str)]
    if bad:
        raise ReadProblem(f"the record's field(s) {', '.join(bad)} must be strings")
    published = normalise_iso_datetime(meta["published"]) if meta["published"] else None
    notes: list[str] = []
    if meta["url"] and not meta["url"].strip().lower().startswith(("http://", "https://")):
        notes.append(
            f"the record's url is not an http(s) address and was left out: {meta['url']!r}"
        )
        meta["url"] = None
    hints = Hints(
        outlet=meta["outlet"],
        outlet_rule="record" if meta["outlet"] else None,
        title=meta["title"],
        published=published,
        url=meta["url"],
    )
    html, text = record.get("html"), record.get("text")
    if isinstance(text, str) and text.strip():
        return Document(source, fmt, text.replace("\r\n", "\n"), json.dumps(record), hints, notes)
    if isinstance(html, str) and html.strip():
        body, page, page_notes = read_html(html, meta["url"])
        merged = Hints(
            outlet=hints.outlet or page.outlet,
            outlet_rule=hints.outlet_rule or page.outlet_rule,
            title=hints.title or page.title,
            published=hints.published or page.published,
            url=hints.url or page.url,
        )
        return Document(source, fmt, body, html, merged, notes + page_notes)
    raise ReadProblem("the JSON record has no 'text' or 'html' field with article text")


def _records(source: str, text: str, fmt: str) -> tuple[list[Document], list[Failure]]:
    """Documents of a JSON list/object or of JSONL lines; per-record failures kept apart."""
    items: list[tuple[str, Any]] = []
    if fmt == "jsonl":
        for number, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                items.append((f"{source}#{number}", json.loads(line)))
            except ValueError as exc:
                items.append((f"{source}#{number}", ReadProblem(f"line is not JSON: {exc}")))
    else:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ReadProblem(f"malformed JSON ({exc}); fix the file or save it as text") from exc
        if isinstance(data, list):
            items = [(f"{source}#{i}", rec) for i, rec in enumerate(data)]
        else:
            items = [(source, data)]
    has_articles = any(
        isinstance(rec, dict) and ("text" in rec or "html" in rec) for _, rec in items
    )
    if not has_articles:
        raise ReadProblem(
            "JSON without article records: give records with a 'text' or 'html' field"
        )
    docs: list[Document] = []
    failures: list[Failure] = []
    for src, rec in items:
        if isinstance(rec, ReadProblem):
            failures.append(Failure(src, str(rec)))
            continue
        try:
            docs.append(_record_document(src, fmt, rec))
        except (ReadProblem, HtmlProblem) as exc:
            failures.append(Failure(src, str(exc)))
    return docs, failures


def read_text_input(
    source: str,
    data: bytes,
    ext: str,
    url: str | None = None,
    content_type: str = "",
    charset: str | None = None,
) -> tuple[list[Document], list[Failure]]:
    """Read one input's bytes as txt/md/html/json/jsonl; raise ReadProblem when unreadable."""
    notes: list[str] = []
    try:
        text, _encoding = decode_bytes(data, charset, notes)
    except DecodeProblem as exc:
        raise ReadProblem(str(exc)) from exc
    fmt = TEXT_EXTENSIONS.get(ext.lower())
    if fmt in ("txt", "md") and looks_like_html(text):
        # A saved page renamed .txt still needs its markup and furniture removed.
        fmt = "html"
        notes.append(f"the {ext} file holds an HTML page; read as HTML")
    if fmt is None and "html" in content_type:
        fmt = "html"
    if fmt is None:
        fmt = sniff_format(text)
    if fmt is None and (ext == "" or content_type.startswith("text/")):
        fmt = "txt"
    if fmt is None:
        raise ReadProblem(
            f"unknown format '{ext}': give .txt, .md, .html, .json or .jsonl "
            "(rename a plain-text file to .txt)"
        )
    if fmt in ("json", "jsonl"):
        docs, failures = _records(source, text, fmt)
        for doc in docs:
            doc.notes.extend(notes)
        return docs, failures
    if fmt == "html":
        try:
            body, hints, html_notes = read_html(text, url)
        except HtmlProblem as exc:
            raise ReadProblem(str(exc)) from exc
        return [Document(source, "html", body, text, hints, notes + html_notes)], []
    body = strip_markdown(text) if fmt == "md" else text
    if not body.strip():
        raise ReadProblem("the file holds no text; give a file with the article text")
    return [Document(source, fmt, body, text, Hints(url=url), notes)], []


def read_path(
    path: Path, source: str, max_bytes: int | None = None
) -> tuple[list[Document], list[Failure]]:
    """Read a local regular file of at most ``max_bytes`` (settings.MAX_FILE_MB by default).

    FIFOs, devices and sockets are refused before anything is read (a FIFO would block the
    run, /dev/zero fill memory); so is a file over the limit.
    """
    limit = MAX_FILE_MB * 1024 * 1024 if max_bytes is None else max_bytes
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise ReadProblem("file not found; check the path") from exc
    except OSError as exc:
        raise ReadProblem(f"cannot read the file ({exc.strerror})") from exc
    if stat.S_ISDIR(info.st_mode):
        raise ReadProblem("the folder holds no files; give a folder with articles")
    if not stat.S_ISREG(info.st_mode):
        raise ReadProblem(
            f"not a regular file ({_special_kind(info.st_mode)}); factcheck reads only "
            "regular files: save the article to a file first"
        )
    if info.st_size > limit:
        raise ReadProblem(_too_large(info.st_size, limit))
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError as exc:
        raise ReadProblem("file not found; check the path") from exc
    except OSError as exc:
        raise ReadProblem(f"cannot read the file ({exc.strerror})") from exc
    if len(data) > limit:  # it grew while being read
        raise ReadProblem(_too_large(len(data), limit))
    return read_text_input(source, data, path.suffix)


def _too_large(size: int, limit: int) -> str:
    mb = 1024 * 1024
    return f"too large: {size / mb:.1f} MB, limit {limit / mb:g} MB; --max-file-mb raises the limit"


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a plain file"


def is_special_file(path: Path) -> bool:
    """A FIFO, device or socket (not a regular file, folder or broken link)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))
