"""A decision reaches the report files at once: --set, the web page, --render, send, stop."""

from __future__ import annotations

import io
import json
import re
import signal
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from factcheck.cli.review import review_cmd
from factcheck.models import Report
from factcheck.pipeline import write_out
from factcheck.review.app import close_app, create_app, start_in_thread
from factcheck.review.outputs import (
    PDF_STAMP,
    STATE_DIR,
    STATE_NAME,
    PdfRefresher,
    current_report,
    load_state,
    pdf_is_current,
    refresh_outputs,
    report_digest,
)
from factcheck.review.store import ReviewStore
from render_fixtures import summit_report
from test_review_data import write_report

FAST = ["html", "json", "md", "claimreview"]
TOKEN = "t0ken"
NOTE = "Checked with the Tokyo desk: the dateline is the filing city."


@pytest.fixture(scope="module")
def report() -> Report:
    return summit_report()


@pytest.fixture
def folder(report: Report, tmp_path: Path) -> Path:
    """A report folder as `factcheck report --format html,json,md,claimreview` leaves it."""
    out = tmp_path / "summit"
    write_out(report, out, FAST)
    return out


def review_of(folder: Path, finding_id: str) -> dict[str, Any]:
    data = json.loads((folder / "findings.json").read_text("utf-8"))
    return next(f["review"] for f in data["findings"] if f["id"] == finding_id)


def invoke(*args: str) -> Any:
    return CliRunner().invoke(review_cmd, list(args), catch_exceptions=False)


def test_report_saves_its_full_state_beside_the_files(folder: Path, report: Report) -> None:
    state = folder / STATE_DIR / STATE_NAME
    assert state.is_file()
    assert (folder / STATE_DIR / ".gitignore").read_text("utf-8").splitlines()[-1] == "*"
    loaded = load_state(folder)
    assert loaded is not None
    # Everything render needs survives the round trip (articles with sentences, furniture).
    assert loaded.articles[0].sentences == report.articles[0].sentences
    assert loaded.articles[0].article.removed == report.articles[0].article.removed
    assert loaded.skipped == report.skipped and loaded.rules_run == report.rules_run
    # Reloading and re-applying the (empty) store gives exactly what the run wrote.
    current = current_report(folder)
    assert current is not None
    assert "Editor review:" not in (folder / "report.html").read_text("utf-8")
    assert refresh_outputs(folder).written == []  # nothing changed, nothing re-written


def test_set_updates_json_html_md_and_claimreview_at_once(folder: Path) -> None:
    assert review_of(folder, "f-dateline")["status"] == "open"
    started = time.perf_counter()
    result = invoke(str(folder), "--set", "f-dateline", "confirmed", "--note", NOTE, "--by", "ana")
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("f-dateline: confirmed")
    assert elapsed < 5, elapsed  # about 0.1 s on the seed report; generous for a busy CI

    review = review_of(folder, "f-dateline")
    assert (review["status"], review["note"], review["by"]) == ("confirmed", NOTE, "ana")
    html = (folder / "report.html").read_text("utf-8")
    assert "Editor review: Confirmed" in html and NOTE in html
    assert "editor: Confirmed" in (folder / "report.md").read_text("utf-8")
    graph = json.loads((folder / "claimreview.jsonld").read_text("utf-8"))["@graph"]
    assert any(NOTE in json.dumps(item, ensure_ascii=False) for item in graph)
    # No PDF in this folder, so nothing is left behind and nothing is said about one.
    assert "report.pdf" not in result.output
    assert not list(folder.glob(".*.tmp")), "no temp file may be left behind"


def test_refresh_is_fast_on_the_seed_sized_report(folder: Path) -> None:
    with ReviewStore.for_report(folder) as store:
        store.decide("f-quote", "follow_up", note="ask for the transcript", by="ben")
    started = time.perf_counter()
    done = refresh_outputs(folder)
    elapsed = time.perf_counter() - started
    assert {p.name for p in done.written} == {
        "findings.json",
        "report.html",
        "report.md",
        "claimreview.jsonld",
    }
    assert elapsed < 2, elapsed


def _test_client() -> Any:
    # Starlette 1.x warns that its TestClient will move from httpx to httpx2; httpx works.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    return TestClient


def test_web_decision_updates_the_files_before_answering(folder: Path) -> None:
    TestClient = _test_client()
    app = create_app(folder, token=TOKEN, allowed_hosts=["testserver"], pdf_delay=60)
    with TestClient(app) as client:
        resp = client.post(
            "/api/decisions",
            json={"finding_id": "f-dateline", "status": "confirmed", "note": NOTE, "by": "ana"},
            headers={"X-Review-Token": TOKEN, "Origin": "http://testserver"},
        )
    assert resp.status_code == 200, resp.text
    files = resp.json()["files"]
    assert "findings.json" in files["written"] and "report.html" in files["written"]
    assert files["pending"] == [] and "error" not in files  # no report.pdf in this folder
    assert review_of(folder, "f-dateline")["status"] == "confirmed"
    html = (folder / "report.html").read_text("utf-8")
    assert "Editor review: Confirmed" in html and "by ana" in html
    close_app(app)


def test_decision_on_a_gone_finding_reaches_the_report(report: Report, tmp_path: Path) -> None:
    out = tmp_path / "r"
    write_out(report, out, FAST)
    later = report.model_copy(
        update={"generated_at": "2026-11-23T00:00:00+00:00", "findings": report.findings[1:]}
    )
    write_out(later, out, FAST)
    result = invoke(str(out), "--set", "f-dateline", "confirmed", "--note", NOTE, "--by", "ana")
    assert result.exit_code == 0, result.output
    html = (out / "report.html").read_text("utf-8")
    assert "Findings no longer raised" in html and NOTE in html


def test_folder_without_state_updates_json_and_says_what_lags(tmp_path: Path) -> None:
    folder = write_report(tmp_path / "old")  # findings.json and a PDF, as older versions left
    result = invoke(str(folder), "--set", "f-schedule", "confirmed", "--by", "ana")
    assert result.exit_code == 0, result.output
    assert review_of(folder, "f-schedule")["status"] == "confirmed"
    assert "Note: report.pdf still shows the earlier decisions" in result.stderr
    assert "no saved report state" in result.stderr
    rendered = invoke(str(folder), "--render")
    assert rendered.exit_code == 1
    assert "no saved report state" in rendered.output and "factcheck report" in rendered.output


def test_state_from_another_run_is_not_used(folder: Path) -> None:
    data = json.loads((folder / "findings.json").read_text("utf-8"))
    data["generated_at"] = "2030-01-01T00:00:00+00:00"  # findings.json of some other run
    (folder / "findings.json").write_text(json.dumps(data), "utf-8")
    before = (folder / "report.html").read_bytes()
    with ReviewStore.for_report(folder) as store:
        store.decide("f-quote", "confirmed", by="ana")
    done = refresh_outputs(folder)
    assert not done.has_state and "report.html" in done.stale
    assert (folder / "report.html").read_bytes() == before
    assert review_of(folder, "f-quote")["status"] == "confirmed"


def test_usage_errors_for_render() -> None:
    result = CliRunner().invoke(review_cmd, [".", "--render", "--list"])
    assert result.exit_code == 2


def test_pdf_refresher_debounces_and_flushes_on_close(tmp_path: Path) -> None:
    calls: list[float] = []
    done = threading.Event()

    def render(_folder: Path) -> bool:
        calls.append(time.monotonic())
        done.set()
        return True

    refresher = PdfRefresher(tmp_path, delay=0.3, render=render)
    first = time.monotonic()
    for _ in range(4):  # a burst of decisions: one render, after the last one settles
        refresher.poke()
        time.sleep(0.05)
    assert done.wait(5)
    assert len(calls) == 1 and calls[0] - first >= 0.3
    assert not refresher.pending or refresher.renders <= 1

    refresher.delay = 60  # a decision just before the server stops is not lost
    refresher.poke()
    assert refresher.pending
    started = time.monotonic()
    refresher.close()
    assert len(calls) == 2 and time.monotonic() - started < 5
    refresher.poke()  # after close: ignored
    assert refresher.renders == 2


def test_pdf_refresher_survives_a_failing_render(tmp_path: Path) -> None:
    def render(_folder: Path) -> bool:
        raise RuntimeError("fonts gone")

    refresher = PdfRefresher(tmp_path, delay=0.0, render=render)
    refresher.poke()
    deadline = time.monotonic() + 5
    while refresher.last_error is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert refresher.last_error == "fonts gone"
    refresher.close()


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def _attached_findings(path: Path) -> dict[str, Any]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    data: dict[str, Any] = json.loads(reader.attachments["findings.json"][0])
    return data


@pytest.mark.slow
def test_render_brings_the_pdf_up_to_date(report: Report, tmp_path: Path) -> None:
    out = tmp_path / "r"
    write_out(report, out, ["html", "pdf", "json"])
    assert pdf_is_current(out) is True
    assert "Editor review:" not in _pdf_text(out / "report.pdf")

    result = invoke(str(out), "--set", "f-dateline", "confirmed", "--note", NOTE, "--by", "ana")
    assert result.exit_code == 0, result.output
    assert f"factcheck review {out} --render" in result.stderr
    assert pdf_is_current(out) is False
    assert "Editor review:" not in _pdf_text(out / "report.pdf")  # not yet: that takes seconds

    rendered = invoke(str(out), "--render")
    assert rendered.exit_code == 0, rendered.output
    assert rendered.stdout.startswith("Rendered report.pdf")
    text = _pdf_text(out / "report.pdf")
    assert "Editor review: Confirmed" in text and "Tokyo desk" in text
    attached = _attached_findings(out / "report.pdf")
    assert next(f for f in attached["findings"] if f["id"] == "f-dateline")["review"] == (
        review_of(out, "f-dateline")
    )
    assert pdf_is_current(out) is True
    current = current_report(out)
    assert current is not None
    assert (out / STATE_DIR / PDF_STAMP).read_text("utf-8").strip() == report_digest(current)


@pytest.mark.slow
def test_stopping_the_server_renders_the_pending_pdf(report: Report, tmp_path: Path) -> None:
    import httpx

    out = tmp_path / "r"
    write_out(report, out, ["html", "pdf", "json"])
    running = start_in_thread(out, token=TOKEN, pdf_delay=60)
    try:
        resp = httpx.post(
            running.url + "api/decisions",
            json={"finding_id": "f-budget", "status": "follow_up", "note": NOTE, "by": "ana"},
            headers={"X-Review-Token": TOKEN},
            timeout=10,
        )
        assert resp.status_code == 200, resp.text
        assert resp.json()["files"]["pending"] == ["report.pdf"]
        assert review_of(out, "f-budget")["status"] == "follow_up"
        assert pdf_is_current(out) is False
    finally:
        running.stop()
    assert pdf_is_current(out) is True
    assert "Editor review: Follow up" in _pdf_text(out / "report.pdf")


@pytest.mark.slow
def test_send_renders_a_stale_pdf_first(report: Report, tmp_path: Path) -> None:
    from factcheck.review.send import _bring_pdf_up_to_date

    out = tmp_path / "r"
    write_out(report, out, ["pdf", "json"])
    with ReviewStore.for_report(out) as store:
        store.decide("f-schedule", "dismissed", note=NOTE, by="ana")
    assert pdf_is_current(out) is False
    _bring_pdf_up_to_date(out)
    assert pdf_is_current(out) is True
    assert "Editor review: Dismissed" in _pdf_text(out / "report.pdf")


def test_refresh_waits_for_a_run_writing_the_folder(folder: Path) -> None:
    from factcheck.review.outputs import outputs_lock

    finished = threading.Event()

    def refresh() -> None:
        refresh_outputs(folder)
        finished.set()

    with ReviewStore.for_report(folder) as store:
        store.decide("f-quote", "confirmed", by="ana")
    with outputs_lock(folder):  # as `factcheck report` holds it while it writes
        worker = threading.Thread(target=refresh)
        worker.start()
        assert not finished.wait(0.3)
    worker.join(10)
    assert finished.is_set()
    assert review_of(folder, "f-quote")["status"] == "confirmed"


def test_pdf_rendered_under_a_newer_decision_is_not_written(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.render.outputs
    from factcheck.review.outputs import render_pdf_when_current

    real = factcheck.render.outputs.render_formats
    renders: list[str] = []

    def fake(report: Report, formats: list[str]) -> dict[str, bytes]:
        if formats != ["pdf"]:
            return real(report, formats)
        renders.append(report_digest(report))
        if len(renders) == 1:  # an editor decides while the first PDF renders
            with ReviewStore.for_report(folder) as store:
                store.decide("f-tpp", "follow_up", note="late", by="ben")
        return {"pdf": b"%PDF-1.7 fake " + str(len(renders)).encode()}

    monkeypatch.setattr(factcheck.render.outputs, "render_formats", fake)
    assert render_pdf_when_current(folder, force=True) is True
    assert len(renders) == 2 and renders[0] != renders[1]
    assert (folder / "report.pdf").read_bytes() == b"%PDF-1.7 fake 2"
    assert pdf_is_current(folder) is True
    assert render_pdf_when_current(folder) is False  # up to date: nothing to do


def test_help_explains_when_the_files_follow() -> None:
    text = CliRunner().invoke(review_cmd, ["--help"]).output
    assert "--render" in text and "report.pdf" in text and "atomically" in text


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_review_command_renders_the_pdf_when_stopped(
    report: Report, tmp_path: Path, sig: signal.Signals
) -> None:
    import httpx

    out = tmp_path / "r"
    write_out(report, out, ["html", "pdf", "json"])
    exe = Path(sys.executable).with_name("factcheck")
    proc = subprocess.Popen(
        [str(exe), "review", str(out), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        match = re.search(r"at (http://127\.0\.0\.1:\d+/)", proc.stdout.readline())
        assert match
        url = match.group(1)
        token = re.search(r'name="review-token" content="([^"]+)"', httpx.get(url).text)
        assert token
        resp = httpx.post(
            url + "api/decisions",
            json={"finding_id": "f-quote", "status": "confirmed", "note": NOTE, "by": "ana"},
            headers={"X-Review-Token": token.group(1)},
            timeout=10,
        )
        assert resp.json()["files"]["pending"] == ["report.pdf"]
        proc.send_signal(sig)  # at once: well before the 3 s pause would render it
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert "Updating report.pdf" in err
    assert pdf_is_current(out) is True
    assert "Tokyo desk" in _pdf_text(out / "report.pdf")


def test_decisions_show_status_note_who_and_when_in_html_and_md(
    report: Report, tmp_path: Path
) -> None:
    out = tmp_path / "r"
    write_out(report, out, FAST)
    reason = "Two measures of one plan: the five-year total and the share of GDP."
    with ReviewStore.for_report(out) as store:
        store.decide("f-dateline", "confirmed", note=NOTE, by="ana", at="2026-11-22T03:00:00Z")
        store.decide("f-budget", "dismissed", note=reason, by="ben", at="2026-11-22T03:05:00Z")
        store.decide(
            "f-money",
            "follow_up",
            note="Ask UPI for the source.",
            by="cho",
            at="2026-11-22T03:10:00+00:00",
        )
    refresh_outputs(out)
    html = (out / "report.html").read_text("utf-8")
    md = (out / "report.md").read_text("utf-8")
    for text in (html, md):
        for needle in (
            "Confirmed",
            "by ana, ",
            "2026-11-22 03:00 UTC",
            NOTE,
            "Dismissed",
            "by ben, ",
            reason,
            "Follow up",
            "by cho, ",
            "2026-11-22 03:10 UTC",
            "Ask UPI for the source.",
        ):
            assert needle in text, needle
    assert 'data-status="dismissed"' in html and 'name="status" value="follow_up"' in html
    assert html.index('id="follow-ups"') < html.index('id="event-e1"')
    assert md.index("## Follow-ups") < md.index("## Events")

    # The finding goes away on the next run: its decision is still listed in every output.
    later = report.model_copy(
        update={
            "generated_at": "2026-11-23T00:00:00+00:00",
            "findings": tuple(f for f in report.findings if f.id != "f-money"),
        }
    )
    write_out(later, out, FAST)
    refresh_outputs(out)
    html = (out / "report.html").read_text("utf-8")
    md = (out / "report.md").read_text("utf-8")
    assert '<a href="#gone-f-money">' in html and 'id="gone-f-money"' in html
    follow = md[md.index("## Follow-ups") : md.index("## Events")]
    assert "[no longer raised]" in follow and "Ask UPI for the source." in follow
    assert "## Findings no longer raised" in md and "id f-money" in md
