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


def flagged_claims(found: list[Finding], kind: str | None = None) -> list[set[str]]:
    """The claims' texts of each conflict or variation (of ``kind`` only, when given)."""
    return [
        {c.text for c in f.claims}
        for f in found
        if f.verdict.value in ("variation", "conflict") and (kind is None or f.kind == kind)
    ]
