"""A review decision re-writes the report with the options it was made with (issue 13):
``--appendix full|none`` and ``--brief`` survive the refresh of the HTML and of the PDF."""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from factcheck.models import Report
from factcheck.pipeline import write_out
from factcheck.render.outputs import RenderOptions, render_options
from factcheck.review.app import close_app, create_app
from factcheck.review.outputs import (
    OPTIONS_NAME,
    STATE_DIR,
    load_options,
    pdf_is_current,
    refresh_outputs,
    render_pdf_when_current,
)
from factcheck.review.store import ReviewStore
from render_fixtures import summit_report

TOKEN = "t0ken"
FULL = "Appendix: the sources as analysed"
CITED = "Appendix: the cited passages"


@pytest.fixture(scope="module")
def report() -> Report:
    return summit_report()


def _pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def _made_with(report: Report, out: Path, formats: list[str], **options: Any) -> Path:
    with render_options(**options):
        write_out(report, out, formats)
    return out


def test_the_run_saves_its_options_and_defaults_stand_for_none(
    report: Report, tmp_path: Path
) -> None:
    out = _made_with(report, tmp_path / "r", ["html", "json"], appendix="none", brief_only=True)
    assert load_options(out) == RenderOptions(appendix="none", brief_only=True)
    (out / STATE_DIR / OPTIONS_NAME).unlink()  # a folder from before options were saved
    assert load_options(out) == RenderOptions()
    (out / STATE_DIR / OPTIONS_NAME).write_text('{"appendix": "everything"}', "utf-8")
    assert load_options(out) == RenderOptions()


@pytest.mark.parametrize(
    ("options", "present", "absent"),
    [
        ({"appendix": "full"}, [FULL], [CITED]),
        ({"appendix": "none"}, [], [FULL, CITED]),
        ({"brief_only": True}, ["Brief"], [CITED, 'id="summary"']),
    ],
)
def test_a_decision_keeps_the_appendix_and_brief_choice(
    report: Report, tmp_path: Path, options: dict[str, Any], present: list[str], absent: list[str]
) -> None:
    out = _made_with(report, tmp_path / "r", ["html", "json"], **options)
    before = (out / "report.html").read_text("utf-8")
    with ReviewStore.for_report(out) as store:
        store.decide("f-dateline", "confirmed", note="checked", by="ana")
    refresh_outputs(out)  # outside any render_options block, as the review server runs
    html = (out / "report.html").read_text("utf-8")
    assert html != before  # the decision shows (a badge, or a finding leaving the brief)
    for text in present:
        assert text in html
    for text in absent:
        assert text not in html


def test_the_review_server_and_the_pdf_keep_a_full_appendix(report: Report, tmp_path: Path) -> None:
    out = _made_with(report, tmp_path / "r", ["html", "pdf", "json"], appendix="full")
    assert FULL in _pdf_text(out / "report.pdf")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    app = create_app(out, token=TOKEN, allowed_hosts=["testserver"], pdf_delay=60)
    with TestClient(app) as client:
        resp = client.post(
            "/api/decisions",
            json={"finding_id": "f-dateline", "status": "confirmed", "note": "ok", "by": "ana"},
            headers={"X-Review-Token": TOKEN, "Origin": "http://testserver"},
        )
    assert resp.status_code == 200, resp.text
    close_app(app)
    html = (out / "report.html").read_text("utf-8")
    assert FULL in html and CITED not in html
    # Stopping the server rendered the pending PDF (PdfRefresher, in its own thread).
    assert pdf_is_current(out) is True
    text = _pdf_text(out / "report.pdf")
    assert "Editor review: Confirmed" in text
    assert FULL in text and CITED not in text
    with ReviewStore.for_report(out) as store:
        store.decide("f-dateline", "dismissed", note="no", by="ana")
    assert render_pdf_when_current(out)  # `factcheck review DIR --render`, `send`
    text = _pdf_text(out / "report.pdf")
    assert "Editor review: Dismissed" in text and FULL in text
