"""Run the whole pipeline on passages written in a test: one event, its findings."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Finding
from factcheck.pipeline import build_report


def findings_of(folder: Path, texts: dict[str, str]) -> list[Finding]:
    """Write ``texts`` (file name -> text) into ``folder`` and judge them as one event."""
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return list(build_report([str(folder)], single_event=True).findings)
