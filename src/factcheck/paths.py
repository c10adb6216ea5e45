"""Where the package's own files are: in an installed wheel, or at the source tree's root."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

SOURCE_ROOT = Path(__file__).resolve().parents[2]
"""The repository root when running from a source checkout (editable install)."""


def packaged(*parts: str) -> Path | None:
    """``factcheck/<parts>`` in the installed package, else ``<repo>/<parts>``; None if neither."""
    inside = resources.files("factcheck").joinpath(*parts)
    if inside.is_dir():
        return Path(str(inside))
    source = SOURCE_ROOT.joinpath(*parts)
    return source if source.is_dir() else None


def templates_dir() -> Path:
    """The templates folder (report templates; ``review/`` holds the review page's)."""
    found = packaged("templates")
    return found if found is not None else SOURCE_ROOT / "templates"


# What ``factcheck report`` writes into its output folder, and its state folder there: read
# back as inputs, they would be compared as articles.
OUTPUT_FILES = frozenset(
    ("report.html", "report.pdf", "findings.json", "report.md", "claimreview.jsonld")
)
STATE_DIR = ".factcheck"


def is_report_output(path: Path) -> bool:
    """A file factcheck wrote: one of OUTPUT_FILES beside a ``.factcheck`` state folder."""
    return path.name in OUTPUT_FILES and (path.parent / STATE_DIR).is_dir()


def source_name(source: str) -> str:
    """A source's own name: the last part of a path, or a URL without its scheme (ids and
    pair choices use it, so moving a folder changes neither)."""
    if "://" in source:
        return source.split("://", 1)[1].rstrip("/")
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
