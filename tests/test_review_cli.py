"""Tests for `factcheck review --set/--list` and `factcheck send` as users run them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from factcheck.cli.review import review_cmd, send_cmd
from test_review_data import write_report


@pytest.fixture
def report(tmp_path: Path) -> Path:
    return write_report(tmp_path / "summit")


def run(cmd: Any, *args: str) -> Any:
    return CliRunner().invoke(cmd, list(args), catch_exceptions=False)


def test_set_then_list(report: Path) -> None:
    result = run(review_cmd, str(report), "--set", "f-dateline-bali", "confirmed", "--by", "ana")
    assert result.exit_code == 0, result.output
    assert result.stdout == "f-dateline-bali: confirmed — Dateline BALI vs venue Phnom Penh\n"
    result = run(
        review_cmd, str(report), "--set", "f-money-313", "dismissed", "--note", "in readout"
    )
    assert result.exit_code == 0, result.output

    listed = run(review_cmd, str(report), "--list")
    assert listed.exit_code == 0
    lines = listed.output.splitlines()
    assert lines[0].startswith("confirmed  high   conflict      f-dateline-bali")
    assert any(line.startswith("dismissed") and "— in readout" in line for line in lines)
    assert lines[-1] == "2 of 8 reviewed"

    data = json.loads(run(review_cmd, str(report), "--list", "--json").output)
    by_id = {row["id"]: row for row in data["findings"]}
    assert by_id["f-dateline-bali"]["by"] == "ana"
    assert by_id["f-money-313"]["status"] == "dismissed"
    assert by_id["f-schedule"]["status"] == "open"
    assert data["gone"] == []


def test_dismiss_needs_note(report: Path) -> None:
    result = run(review_cmd, str(report), "--set", "f-schedule", "dismissed")
    assert result.exit_code == 1
    assert result.output == "Error: dismissing a finding needs a reason (a note)\n"


def test_unknown_id_and_status(report: Path) -> None:
    result = run(review_cmd, str(report), "--set", "f-nope", "confirmed")
    assert result.exit_code == 1
    assert "unknown finding id 'f-nope'" in result.output and "--list" in result.output
    result = run(review_cmd, str(report), "--set", "f-schedule", "done")
    assert result.exit_code == 1
    assert "unknown review status 'done'" in result.output


def test_usage_errors(report: Path) -> None:
    assert run(review_cmd, str(report), "--note", "x").exit_code == 2
    # --by names who decides: with --set, or on the page; not with --list or --render alone.
    result = run(review_cmd, str(report), "--list", "--by", "ana")
    assert result.exit_code == 2 and "--by goes with --set" in result.output
    assert run(review_cmd, str(report), "--render", "--by", "ana").exit_code == 2
    assert run(review_cmd, str(report), "--json").exit_code == 2
    result = run(review_cmd, str(report), "--host", "0.0.0.0", "--port", "0")
    assert result.exit_code == 2
    assert "--allow-remote" in result.output


def test_missing_report(tmp_path: Path) -> None:
    result = run(review_cmd, str(tmp_path), "--list")
    assert result.exit_code == 1
    assert "no findings.json" in result.output


@pytest.fixture
def webhook() -> Iterator[tuple[str, list[bytes], list[int]]]:
    bodies: list[bytes] = []
    script: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            bodies.append(self.rfile.read(int(self.headers.get("Content-Length", 0))))
            self.send_response(script.pop(0) if script else 204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook?key=abc", bodies, script
    server.shutdown()
    server.server_close()


def test_send_ok(report: Path, webhook: tuple[str, list[bytes], list[int]]) -> None:
    url, bodies, _ = webhook
    result = run(send_cmd, str(report), "--webhook", url)
    assert result.exit_code == 0, result.output
    assert "Sent summary and report.pdf to" in result.output
    assert "HTTP 204, attempt 1 of 3" in result.output
    assert "abc" not in result.output
    assert b"%PDF" in bodies[0]


def test_send_4xx_fails_clearly(report: Path, webhook: tuple[str, list[bytes], list[int]]) -> None:
    url, bodies, script = webhook
    script.append(404)
    result = run(send_cmd, str(report), "--webhook", url, "--slack")
    assert result.exit_code == 1
    assert "HTTP 404 Not Found" in result.output and "attempt 1 of 3" in result.output
    assert "key=***" in result.output and "abc" not in result.output
    assert len(bodies) == 1


@pytest.mark.slow
def test_review_serves_and_prints_url(report: Path) -> None:
    exe = Path(sys.executable).with_name("factcheck")
    proc = subprocess.Popen(
        [str(exe), "review", str(report), "--port", "0", "--by", "Night Desk"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
        assert match, line + (proc.stderr.read() if proc.poll() is not None and proc.stderr else "")
        page = httpx.get(match.group(1), timeout=10)
        assert page.status_code == 200
        assert "Dateline BALI vs venue Phnom Penh" in page.text
        assert 'value="Night Desk"' in page.text and 'data-fixed="true"' in page.text
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_facts_names_articles_as_the_report_does(tmp_path: Path) -> None:
    """`factcheck facts` heads each article with the report's label, never a number that
    depends on which files were given (the review page uses the same labels)."""
    from factcheck.cli.main import cli
    from factcheck.ingest import load_articles
    from factcheck.render.view_models import article_labels

    summit = Path(__file__).resolve().parents[1] / "data" / "summit"
    files = sorted(summit.glob("*.txt"))
    articles, _ = load_articles([str(f) for f in files], None)
    report_labels = {a.source: a.label for a in articles}  # what report.html shows
    assert article_labels(articles) == {a.id: a.label for a in articles}  # one per outlet

    last = files[-1]
    result = run(cli, "facts", str(last), "--type", "duration")
    assert result.exit_code == 0, result.output
    head = result.output.splitlines()[0]
    assert head == f"{report_labels[str(last)]}  {last}"
    assert not re.match(r"a\d+\s", head)
    records = json.loads(run(cli, "facts", str(last), "--json").output)
    assert records[0]["label"] == report_labels[str(last)]

    # Two articles of one outlet: the file name tells them apart, in facts as on the page.
    copy = tmp_path / "copy-of-last.txt"
    # One word more: byte-identical inputs are read once (issue 14), a re-top is not.
    copy.write_text(last.read_text("utf-8") + "\nUpdated.\n", "utf-8")
    result = run(cli, "facts", str(last), str(copy), "--type", "duration")
    heads = [line for line in result.output.splitlines() if line.endswith(".txt")]
    outlet = report_labels[str(last)]
    assert sorted(heads) == sorted(
        [f"{outlet} ({last.name})  {last}", f"{outlet} (copy-of-last.txt)  {copy}"]
    )
