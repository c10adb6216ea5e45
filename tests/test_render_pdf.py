"""The PDF: no WeasyPrint warnings, outline, text, PDF/A-3b metadata, attachment, fonts, tags."""

from __future__ import annotations

import io
import json
import logging
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from factcheck.errors import RenderError
from factcheck.models import Report
from factcheck.render.findings_json import findings_json, validate_findings
from factcheck.render.outputs import (
    FILENAMES,
    FORMATS,
    _refusing_fetcher,
    render_options,
    render_pdf,
    write_outputs,
)
from render_fixtures import summit_report

pytestmark = pytest.mark.slow


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def report() -> Report:
    return summit_report()


@pytest.fixture(scope="module")
def pdf(report: Report) -> Iterator[bytes]:
    """Render once under a capture of WeasyPrint's loggers (assert_no_logs style)."""
    capture = _Capture()
    loggers = [logging.getLogger(n) for n in ("weasyprint", "weasyprint.progress")]
    for lg in loggers:
        lg.addHandler(capture)
    try:
        # The full appendix: the page text tests read the hostile markup of an uncited part.
        with render_options(appendix="full"):
            data = render_pdf(report)
    finally:
        for lg in loggers:
            lg.removeHandler(capture)
    bad = [r.getMessage() for r in capture.records if r.levelno >= logging.WARNING]
    assert bad == [], bad
    yield data


def _outline_titles(doc: pikepdf.Pdf) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []

    def walk(items: list[pikepdf.OutlineItem], depth: int) -> None:
        for item in items:
            out.append((depth, str(item.title)))
            walk(item.children, depth + 1)

    with doc.open_outline() as outline:
        walk(outline.root, 1)
    return out


def test_outline_lists_events_and_findings(pdf: bytes, report: Report) -> None:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        titles = _outline_titles(doc)
    top = [t for d, t in titles if d == 1]
    nested = [t for d, t in titles if d == 2]
    for ev in report.events:
        assert ev.label in top
    assert "Summary" in top and "Method and limitations" in top
    for f in report.findings:
        if f.verdict.value in ("conflict", "variation", "compatible", "cross_event"):
            assert f.title in nested, f.title


def test_page_text_holds_the_key_facts(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    n = len(reader.pages)
    assert 4 <= n <= 20
    for needle in (
        "Dateline BALI vs venue Phnom Penh",
        "岸田文雄",
        "Page 1 of",
        f"of {n}",
        "<script>alert(1)</script>",
        "Editor review: Confirmed",
        "not with the truth",
    ):
        assert needle in text, needle
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=1)  # A4


def test_pdfa3b_metadata_and_attachment(pdf: bytes, report: Report) -> None:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        meta = doc.open_metadata()
        assert meta.get("pdfaid:part") == "3"
        assert meta.get("pdfaid:conformance") == "B"
        assert "Fact-check report" in str(meta.get("dc:title"))
        assert str(doc.docinfo["/Creator"]).startswith("factcheck")
        assert str(doc.docinfo["/Subject"]).startswith("9 findings (2 conflicts)")
        assert "Reuters" in str(doc.docinfo["/Keywords"])
        assert str(doc.docinfo["/CreationDate"]).startswith("D:20261122023000")
        assert "/OutputIntents" in doc.Root
        files = doc.attachments
        assert list(files) == ["findings.json"]
        spec = files["findings.json"]
        assert spec.obj.AFRelationship == pikepdf.Name.Data
        data = spec.get_file().read_bytes()
        assert json.loads(data) == json.loads(findings_json(report))
        assert any(af.objgen == spec.obj.objgen for af in doc.Root.AF)


def test_pdf_is_tagged_for_screen_readers(pdf: bytes) -> None:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert doc.Root.MarkInfo.Marked is True
        assert str(doc.Root.Lang) == "en"
        roles: set[str] = set()
        todo = [doc.Root.StructTreeRoot]
        while todo:
            node = todo.pop()
            if "/S" in node:
                roles.add(str(node.S))
            kids = node.get("/K")
            if isinstance(kids, pikepdf.Dictionary):
                todo.append(kids)
            elif isinstance(kids, pikepdf.Array):
                todo.extend(k for k in kids if isinstance(k, pikepdf.Dictionary))
        # The structure a screen reader walks: the title, section headings, lists, tables.
        assert {"/Document", "/H1", "/H2", "/L", "/LI", "/Table", "/TH", "/Link"} <= roles


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_all_fonts_embedded(pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows
    assert all(row.split()[-5] == "yes" for row in rows), out.stdout  # the "emb" column
    assert any("CJK" in row for row in rows)  # 岸田文雄 drawn with Noto, not tofu


def test_fetcher_refuses_everything_outside_templates() -> None:
    fetcher = _refusing_fetcher()
    for url in (
        "http://example.com/x.png",
        "https://example.com/a.css",
        "file:///etc/passwd",
        "data:text/plain,hi",
        "ftp://example.com/x",
    ):
        with pytest.raises(ValueError, match="refuses"):
            fetcher.fetch(url)


def test_write_outputs_writes_every_format(report: Report, tmp_path: Path) -> None:
    written = write_outputs(report, tmp_path, FORMATS)
    assert set(written) == set(FORMATS)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(FILENAMES.values())
    assert written["pdf"].read_bytes().startswith(b"%PDF-1.7")
    data = json.loads(written["json"].read_text())
    assert data == json.loads(findings_json(report))
    validate_findings(data)  # the lead's published schema


def test_failing_format_leaves_no_file(
    report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.render.exports

    def boom(_report: Report, view: object = None) -> str:
        raise ValueError("disk of fish")

    monkeypatch.setattr(factcheck.render.exports, "render_markdown", boom)
    with pytest.raises(RenderError, match=r"^md: ValueError: disk of fish"):
        write_outputs(report, tmp_path, ["html", "json", "md"])
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(RenderError, match="unknown format"):
        write_outputs(report, tmp_path, ["html", "docx"])
    assert list(tmp_path.iterdir()) == []


def test_same_report_gives_the_same_pdf_bytes(pdf: bytes, report: Report) -> None:
    # Archived PDFs diff cleanly: no clock, no random ids (pdf_identifier is a content hash).
    with render_options(appendix="full"):  # as the fixture rendered it
        assert render_pdf(report) == pdf


@pytest.fixture(scope="module")
def reviewed_pdf() -> bytes:
    from render_fixtures import reviewed_report

    capture = _Capture()
    lg = logging.getLogger("weasyprint")
    lg.addHandler(capture)
    try:
        data = render_pdf(reviewed_report())
    finally:
        lg.removeHandler(capture)
    assert [r.getMessage() for r in capture.records if r.levelno >= logging.WARNING] == []
    return data


def _pdftotext_pages(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "reviewed.pdf"
    path.write_bytes(pdf)
    n = len(PdfReader(io.BytesIO(pdf)).pages)
    pages = []
    for i in range(1, n + 1):
        out = subprocess.run(
            ["pdftotext", "-f", str(i), "-l", str(i), str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        )
        pages.append(" ".join(out.stdout.split()))  # lines wrap anywhere: compare words
    return pages


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_shows_status_note_who_and_when(reviewed_pdf: bytes, tmp_path: Path) -> None:
    from render_fixtures import DISMISS_REASON, FOLLOW_NOTE, GONE_NOTE

    pages = _pdftotext_pages(reviewed_pdf, tmp_path)
    text = " ".join(pages)
    for needle in (
        "Editor review: Confirmed by desk, 2026-11-22 02:40 UTC",
        "Note: Translation variant, keep as is.",
        "Changed since decision",
        "Editor review: Dismissed by ana, 2026-11-22 03:05 UTC",
        f"Reason: {DISMISS_REASON}",
        "Follow up by ben, 2026-11-22 12:10 +09:00",
        f"Note: {FOLLOW_NOTE}",  # as text: the markup in the note is not drawn as markup
        "Review: Open",
        "Findings no longer raised",
        f"Follow up by cho, 2026-11-21 09:00 UTC — Note: {GONE_NOTE}",
        "never reviewed",
    ):
        assert needle in text, needle
    # The follow-ups list sits in the first pages, right after the summary, and names both.
    first = next(i for i, p in enumerate(pages) if "Follow-ups Findings an editor marked" in p)
    assert first <= 1, first
    follow = pages[first][pages[first].index("Follow-ups Findings an editor marked") :]
    assert "$313 billion over five years (UPI only)" in follow and FOLLOW_NOTE in follow
    assert "Venue Phnom Penh vs Siem Reap" in follow and "No longer raised" in follow


def test_pdf_follow_ups_link_to_the_findings(reviewed_pdf: bytes) -> None:
    with pikepdf.open(io.BytesIO(reviewed_pdf)) as doc:
        dests = {str(a.get("/Dest")) for page in doc.pages[:2] for a in page.get("/Annots", [])}
        names = doc.Root.Names.Dests.Names
        targets = {str(names[i]) for i in range(0, len(names), 2)}
    assert {"finding-f-money", "gone-f-old-venue"} <= dests
    assert {"finding-f-money", "gone-f-old-venue"} <= targets
