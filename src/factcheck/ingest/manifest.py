"""Manifests: a TOML or CSV file in, per-file metadata overrides (outlet, url, ...) out."""

from __future__ import annotations

import csv
import io
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import ManifestError
from factcheck.ingest.dates import normalise_iso_datetime

FIELDS = ("file", "outlet", "url", "title", "published")


@dataclass(frozen=True)
class ManifestEntry:
    """One manifest row: the input it names and the values that override inferred ones."""

    input: str  # resolved file path, or the URL when the row names no file
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    line: int = 0


def _entry(manifest: Path, row: dict[str, object], line: int) -> ManifestEntry:
    unknown = set(row) - set(FIELDS)
    if unknown:
        raise ManifestError(
            f"{manifest}:{line}: unknown field(s) {', '.join(sorted(unknown))}; "
            f"allowed: {', '.join(FIELDS)}"
        )
    values = {k: (str(v).strip() if v not in (None, "") else None) for k, v in row.items()}
    file, url = values.get("file"), values.get("url")
    if not file and not url:
        raise ManifestError(f"{manifest}:{line}: the entry names neither a file nor a url")
    published = values.get("published")
    if published:
        iso = normalise_iso_datetime(published)
        if iso is None:
            raise ManifestError(
                f"{manifest}:{line}: published '{published}' is not a date (use YYYY-MM-DD)"
            )
        published = iso
    target = str((manifest.parent / file).resolve()) if file else str(url)
    return ManifestEntry(
        input=target,
        outlet=values.get("outlet"),
        url=url,
        title=values.get("title"),
        published=published,
        line=line,
    )


def _toml_entries(manifest: Path, raw: str) -> list[ManifestEntry]:
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"{manifest}: malformed TOML: {exc}") from exc
    rows = data.get("article")
    if not isinstance(rows, list):
        raise ManifestError(f'{manifest}:1: expected [[article]] tables with file = "..."')
    # TOML parsers give no line numbers for tables, so count the [[article]] headers.
    header_lines = [
        n for n, text in enumerate(raw.splitlines(), 1) if re.match(r"\s*\[\[article\]\]", text)
    ]
    entries = []
    for index, row in enumerate(rows):
        line = header_lines[index] if index < len(header_lines) else 0
        if not isinstance(row, dict):
            raise ManifestError(f"{manifest}:{line}: an [[article]] entry must be a table")
        entries.append(_entry(manifest, row, line))
    return entries


def _csv_entries(manifest: Path, raw: str) -> list[ManifestEntry]:
    reader = csv.reader(io.StringIO(raw))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration as exc:
        raise ManifestError(f"{manifest}:1: the CSV manifest is empty") from exc
    if "file" not in header and "url" not in header:
        raise ManifestError(f"{manifest}:1: the CSV header must name columns {','.join(FIELDS)}")
    entries = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise ManifestError(
                f"{manifest}:{line}: expected {len(header)} fields, found {len(row)}"
            )
        entries.append(_entry(manifest, dict(zip(header, row, strict=True)), line))
    return entries


def _json_entries(manifest: Path, raw: str) -> list[ManifestEntry]:
    """A JSON list of records (or {"articles": [...]}), as a CMS exports them: the manifest's
    fields are read ("date" as "published") and the export's other keys left alone (a
    hand-written TOML or CSV manifest is held to its fields, to catch typos); an entry's
    number stands for its line."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ManifestError(f"{manifest}:{exc.lineno}: malformed JSON: {exc.msg}") from exc
    rows = data.get("articles") if isinstance(data, dict) else data
    if not isinstance(rows, list):
        raise ManifestError(f'{manifest}:1: expected a list of {{"file": "..."}} records')
    entries = []
    for number, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            raise ManifestError(f"{manifest}:{number}: entry {number} is not an object")
        if "published" not in row and normalise_iso_datetime(str(row.get("date") or "")):
            row = {**row, "published": row["date"]}  # a "date" that reads as one
        row = {k: v for k, v in row.items() if k in FIELDS}
        entries.append(_entry(manifest, row, number))
    return entries


def read_manifest(manifest: Path, *, allow_outside: bool = False) -> list[ManifestEntry]:
    """Parse a .toml, .csv or .json manifest; raise ManifestError naming the file and line.

    A file entry must lie inside the manifest's folder unless ``allow_outside`` (a manifest
    from elsewhere must not pull ``../../etc/passwd`` into a report); a url must be http(s).
    """
    try:
        raw = manifest.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise ManifestError(f"{manifest}: manifest file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{manifest}: cannot read the manifest ({exc})") from exc
    if manifest.suffix.lower() == ".csv":
        entries = _csv_entries(manifest, raw)
    elif manifest.suffix.lower() == ".json":
        entries = _json_entries(manifest, raw)
    else:
        entries = _toml_entries(manifest, raw)
    folder = manifest.parent.resolve()
    for entry in entries:
        if entry.url and not entry.url.lower().startswith(("http://", "https://")):
            raise ManifestError(
                f"{manifest}:{entry.line}: url '{entry.url}' is not an http(s) address"
            )
        if entry.input.startswith(("http://", "https://")):
            continue
        if not allow_outside and not Path(entry.input).is_relative_to(folder):
            raise ManifestError(
                f"{manifest}:{entry.line}: file {entry.input} lies outside the manifest's "
                f"folder {folder}; move it there, or pass --allow-outside"
            )
        if not Path(entry.input).exists():
            raise ManifestError(f"{manifest}:{entry.line}: file not found: {entry.input}")
    return entries
