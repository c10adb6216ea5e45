"""Ingest: input paths, folders and URLs in; Articles (furniture stripped, metadata) out."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from factcheck.fsutil import shown
from factcheck.ingest.analyse import Hints, analyse_text
from factcheck.ingest.fetch import FetchProblem, fetch, is_url
from factcheck.ingest.manifest import ManifestEntry, read_manifest
from factcheck.ingest.outlets import by_file_name
from factcheck.ingest.readers import (
    Document,
    Failure,
    ReadProblem,
    is_special_file,
    read_path,
    read_text_input,
)
from factcheck.models import Article, SkippedInput
from factcheck.paths import is_report_output

__all__ = ["load_articles"]


def natural_key(source: str) -> list[tuple[int, int | str]]:
    """Sort key that orders 'a2' before 'a10'."""
    return [(0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"(\d+)", source) if p]


def _expand(inputs: Sequence[str]) -> list[str]:
    """Inputs with folders replaced by their files (recursive, sorted, no hidden files)."""
    expanded: list[str] = []
    for item in inputs:
        path = Path(item)
        if is_url(item) or not path.is_dir():
            expanded.append(item)
            continue
        if not any(True for _ in path.iterdir()):
            expanded.append(item)  # read_path reports the empty folder
            continue
        files = [
            p
            for p in path.rglob("*")
            if (p.is_file() or is_special_file(p))  # a FIFO or device is named and skipped
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
            and not is_report_output(p)  # an earlier report written among the inputs
        ]
        for file in sorted(files, key=lambda p: natural_key(p.relative_to(path).as_posix())):
            expanded.append(str(path / file.relative_to(path)))
    return expanded


def _read(
    item: str, timeout: float, max_bytes: int | None = None, deadline: float | None = None
) -> tuple[list[Document], list[Failure]]:
    if is_url(item):
        try:
            page = fetch(item, timeout=timeout, deadline=deadline)
        except FetchProblem as exc:
            raise ReadProblem(str(exc)) from exc
        ext = Path(urlsplit(page.url).path).suffix
        if ext.lower() not in (".txt", ".md", ".json", ".jsonl", ".html", ".htm"):
            ext = ""
        docs, failures = read_text_input(
            item, page.body, ext, page.url, page.content_type, page.charset
        )
        for doc in docs:
            doc.format = "url"
            doc.hints.url = doc.hints.url or page.url
        return docs, failures
    parts = urlsplit(item)
    scheme = parts.scheme.lower()
    if "://" in item and scheme not in ("", "file"):
        raise ReadProblem(f"unsupported URL scheme '{scheme}'; only http and https are fetched")
    if scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise ReadProblem(f"a file:// URL on another host ({parts.netloc}) cannot be read")
        return read_path(Path(url2pathname(parts.path)), item, max_bytes)
    return read_path(Path(item), item, max_bytes)


def _merge(doc: Document, entry: ManifestEntry | None) -> Hints:
    """Manifest values override what the page or record said."""
    hints = doc.hints
    if entry is None:
        return hints
    return Hints(
        outlet=entry.outlet or hints.outlet,
        outlet_rule="manifest" if entry.outlet else hints.outlet_rule,
        title=entry.title or hints.title,
        published=entry.published or hints.published,
        url=entry.url or hints.url,
    )


def _to_article(doc: Document, entry: ManifestEntry | None) -> Article:
    fields = analyse_text(doc.text, _merge(doc, entry))
    if not fields["text"].strip():
        raise ReadProblem("no article text is left once page furniture is removed")
    fields["notes"] = tuple(doc.notes) + fields["notes"]
    if fields["outlet"] is None and doc.format in ("txt", "md", "html"):
        named = by_file_name(Path(doc.source).name)
        if named:
            fields["outlet"], fields["outlet_rule"] = named, "file-name"
    return Article(id="", source=doc.source, format=doc.format, raw=doc.raw, **fields)


def _entry_for(item: str, entries: dict[str, ManifestEntry]) -> ManifestEntry | None:
    if not entries:
        return None
    key = item if is_url(item) else str(Path(item).resolve())
    return entries.get(key)


def load_articles(
    inputs: Sequence[str],
    manifest: Path | None = None,
    *,
    on_progress: Callable[[str], None] | None = None,
    fetch_timeout: float = 15.0,
    max_file_mb: float | None = None,
    fetch_deadline: float | None = None,
    allow_outside: bool = False,
) -> tuple[list[Article], list[SkippedInput]]:
    """Read every input into an Article; unreadable inputs become SkippedInputs.

    Ids 'a1'..'aN' follow the natural order of sources, so input order never matters.
    A malformed manifest raises ManifestError; nothing else an input holds raises. A local
    file over ``max_file_mb`` (default settings.MAX_FILE_MB) is skipped with a reason; inputs
    with the same bytes are read once, the first one noting the others. A URL that takes
    longer than ``fetch_deadline`` seconds (default settings.FETCH_DEADLINE_S) is skipped.
    """
    max_bytes = None if max_file_mb is None else int(max_file_mb * 1024 * 1024)
    first_of: dict[str, Article] = {}
    also: dict[str, list[str]] = {}
    entries: dict[str, ManifestEntry] = {}
    items = list(inputs)
    if manifest is not None:
        listed = read_manifest(Path(manifest), allow_outside=allow_outside)
        entries = {e.input: e for e in listed}
        expanded_keys = {i if is_url(i) else str(Path(i).resolve()) for i in _expand(items)}
        items += [e.input for e in listed if e.input not in expanded_keys]
    articles: list[Article] = []
    skipped: list[SkippedInput] = []
    seen: set[str] = set()
    for item in _expand(items):
        if item in seen:
            continue
        seen.add(item)
        if on_progress is not None:
            on_progress(item)
        try:
            docs, failures = _read(item, fetch_timeout, max_bytes, fetch_deadline)
        except ReadProblem as exc:
            skipped.append(SkippedInput(source=item, problem=str(exc)))
            continue
        except Exception as exc:  # never let one odd input stop the run
            skipped.append(SkippedInput(source=item, problem=_unexpected("read", exc)))
            continue
        skipped.extend(SkippedInput(source=f.source, problem=f.problem) for f in failures)
        entry = _entry_for(item, entries)
        for doc in docs:
            digest = hashlib.sha1(doc.raw.encode("utf-8", "surrogatepass")).hexdigest()
            if digest in first_of and doc.format != "url":
                also.setdefault(digest, []).append(doc.source)
                continue  # byte-identical to an input already read: read once
            try:
                article = _to_article(doc, entry)
                first_of.setdefault(digest, article)
                articles.append(article)
            except ReadProblem as exc:
                skipped.append(SkippedInput(source=doc.source, problem=str(exc)))
            except Exception as exc:  # analysis bug on odd text: report, keep going
                skipped.append(
                    SkippedInput(source=doc.source, problem=_unexpected("analysed", exc))
                )
    for digest, sources in also.items():
        first = first_of[digest]
        note = f"the same text was also given as {', '.join(sources)}: read once"
        articles[articles.index(first)] = first.model_copy(update={"notes": (*first.notes, note)})
    articles.sort(key=lambda a: natural_key(a.source))
    numbered = [
        a.model_copy(update={"id": f"a{n}", "source": shown(a.source), "notes": _shown(a.notes)})
        for n, a in enumerate(articles, 1)
    ]
    # A file name that is not UTF-8 (bytes from another system) is shown with U+FFFD: the
    # report's files are UTF-8 and cannot hold the raw bytes.
    skipped = [s.model_copy(update={"source": shown(s.source)}) for s in skipped]
    return numbered, skipped


def _shown(notes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(shown(n) for n in notes)


def _unexpected(what: str, exc: Exception) -> str:
    """A skip reason for an error no rule expected, in words rather than a repr."""
    if isinstance(exc, RecursionError):
        return (
            f"could not be {what}: its structure is nested too deeply to follow; "
            "give the article as plain text"
        )
    if isinstance(exc, MemoryError):
        return f"could not be {what}: it needs more memory than this machine has"
    lines = str(exc).strip().splitlines()
    detail = f": {lines[0][:200]}" if lines else ""
    return f"could not be {what} ({type(exc).__name__}{detail})"
