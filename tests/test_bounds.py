"""Issue 14, the runtime side: bounded fetches, no traceback on any error path we can make,
one report generation at a time, http(s)-only links and script-safe embedded JSON."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from factcheck.cli.main import cli
from factcheck.ingest import load_articles
from factcheck.ingest.fetch import FetchProblem, fetch

PAGE = (
    b"BERLIN (dpa) - The city council approved a new tram line on Wednesday after a "
    b"two-year debate, officials said. Construction starts next spring.\n"
)


class Trickle(BaseHTTPRequestHandler):
    """/slow-body: headers at once, then a byte every 0.1 s for a minute; /slow-head: the
    status line itself trickles; /big-declared: announces 5 GB; /ok: a short page."""

    def do_GET(self) -> None:
        try:
            if self.path == "/slow-body":
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", "600")
                self.end_headers()
                self.wfile.flush()
                for _ in range(600):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            elif self.path == "/slow-head":
                for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 600:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.1)
            elif self.path == "/big-declared":
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(5 * 1024**3))
                self.end_headers()
                self.wfile.write(b"x" * 1024)
            else:
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(PAGE)))
                self.end_headers()
                self.wfile.write(PAGE)
        except (BrokenPipeError, ConnectionResetError):
            return

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture(scope="module")
def trickle() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("path", ["/slow-body", "/slow-head"])
def test_trickling_server_stops_at_the_deadline(trickle: str, path: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchProblem) as caught:
        fetch(trickle + path, timeout=15.0, deadline=1.5)
    took = time.monotonic() - started
    # Each byte arrives well within the 15 s read timeout: only the deadline can stop it.
    assert took < 3.0, took
    assert "took longer than 1.5 s" in str(caught.value)
    assert "--fetch-deadline" in str(caught.value)


def test_deadline_skips_the_url_and_keeps_the_rest(trickle: str) -> None:
    articles, skipped = load_articles([f"{trickle}/slow-body", f"{trickle}/ok"], fetch_deadline=1.0)
    assert len(articles) == 1
    (skip,) = skipped
    assert skip.source.endswith("/slow-body")
    assert skip.problem.startswith("the server took longer than 1 s to send the page")


def test_a_fast_page_is_not_affected_by_the_deadline(trickle: str) -> None:
    page = fetch(f"{trickle}/ok", deadline=5.0)
    assert page.body == PAGE


def test_declared_size_is_not_called_bytes_read(trickle: str) -> None:
    with pytest.raises(FetchProblem) as caught:
        fetch(f"{trickle}/big-declared")
    message = str(caught.value)
    assert "5 GB" in message and "bytes read" not in message and "5368709120" not in message


def test_report_flag_sets_the_deadline(trickle: str, tmp_path: object) -> None:
    started = time.monotonic()
    result = CliRunner().invoke(
        cli,
        [
            "report",
            f"{trickle}/slow-body",
            "-o",
            str(tmp_path),
            "--fetch-deadline",
            "1",
            "-q",
        ],
    )
    assert time.monotonic() - started < 10
    assert result.exit_code == 1, result.output
    assert "took longer than 1 s" in result.output
    assert "Traceback" not in result.output


def test_deadline_must_be_positive() -> None:
    result = CliRunner().invoke(cli, ["report", "http://127.0.0.1:9/", "--fetch-deadline", "0"])
    assert result.exit_code == 2


# ---------------------------------------------------------------- one generation of files
GEN_SCRIPT = r"""
import os, signal, sys
from pathlib import Path
from factcheck import fsutil
from factcheck.pipeline import build_report, write_out

out, stamp, when = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
inputs = sys.argv[4:]
report = build_report(inputs, generated_at=stamp)
calls = {"n": 0}
if when == "staging":  # killed while the new files are written into the staging folder
    real = os.fsync
    def fsync(fd):
        calls["n"] += 1
        if calls["n"] == 2:
            os.kill(os.getpid(), signal.SIGKILL)
        real(fd)
    fsutil.os.fsync = fsync
elif when == "moving":  # killed after the first file was moved into place
    real_replace = Path.replace
    def replace(self, target):
        result = real_replace(self, target)
        if fsutil.JOURNAL_NAME not in str(target) and ".tmp" not in self.name:
            calls["n"] += 1
            if calls["n"] == 1:
                os.kill(os.getpid(), signal.SIGKILL)
        return result
    fsutil.Path.replace = replace
write_out(report, out, ["html", "json", "md"])
"""


def _write_in_child(out: object, stamp: str, when: str, inputs: list[str]) -> int:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", GEN_SCRIPT, str(out), stamp, when, *inputs],
        capture_output=True,
        timeout=300,
    )
    return done.returncode


def _generation(out: object) -> set[str]:
    """The run each file of the folder comes from (its generated_at stamp)."""
    import json
    from pathlib import Path

    folder = Path(str(out))
    stamps = {json.loads((folder / "findings.json").read_text("utf-8"))["generated_at"]}
    state = json.loads((folder / ".factcheck" / "report.json").read_text("utf-8"))
    stamps.add(state["generated_at"])
    for name in ("report.html", "report.md"):
        text = (folder / name).read_text("utf-8")
        stamps |= {
            s for s in ("2026-01-01T00:00:00+00:00", "2026-02-02T00:00:00+00:00") if s in text
        }
    return stamps


@pytest.mark.parametrize("when", ["staging", "moving"])
def test_a_killed_run_leaves_one_generation(tmp_path: object, when: str) -> None:
    from pathlib import Path

    from conftest import SUMMIT
    from factcheck.review.outputs import outputs_lock

    out = Path(str(tmp_path)) / "out"
    first = sorted(str(p) for p in SUMMIT.glob("*.txt"))
    assert _write_in_child(out, "2026-01-01T00:00:00+00:00", "none", first) == 0
    assert _generation(out) == {"2026-01-01T00:00:00+00:00"}
    code = _write_in_child(out, "2026-02-02T00:00:00+00:00", when, first[:3])
    assert code == -9  # SIGKILL
    leftovers = list((out / ".factcheck").glob("staging-*"))
    assert leftovers, "the kill should have left its staging folder behind"
    # The next writer (any command taking the folder's lock) finishes or drops the run.
    with outputs_lock(out):
        pass
    expected = "2026-01-01T00:00:00+00:00" if when == "staging" else "2026-02-02T00:00:00+00:00"
    assert _generation(out) == {expected}
    assert not list((out / ".factcheck").glob("staging-*"))
    assert not list(out.glob(".*.tmp")) and not list((out / ".factcheck").glob(".*.tmp"))


def test_stale_temporary_files_are_cleaned_by_the_next_run(tmp_path: object) -> None:
    from pathlib import Path

    from conftest import SUMMIT

    out = Path(str(tmp_path)) / "out"
    (out / ".factcheck" / "staging-old").mkdir(parents=True)
    (out / ".factcheck" / "staging-old" / "000").write_text("half")
    (out / ".report.html.abc123.tmp").write_text("half")
    result = CliRunner().invoke(
        cli, ["report", str(SUMMIT), "-o", str(out), "--format", "html,json", "-q"]
    )
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == [".factcheck", "findings.json", "report.html", "review.sqlite3"]
    assert not list((out / ".factcheck").glob("staging-*"))


# ---------------------------------------------------------------- no traceback reaches a user
def _report(args: list[str]) -> object:
    result = CliRunner().invoke(cli, ["report", *args])
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    return result


@pytest.mark.parametrize(
    ("where", "why"),
    [
        ("/proc/factcheck-out", "the folder cannot be created there"),
        ("FILE/out", "a part of that path is a file, not a folder"),
    ],
)
def test_unwritable_output_folder_is_named(tmp_path: object, where: str, why: str) -> None:
    from pathlib import Path

    from conftest import SUMMIT

    afile = Path(str(tmp_path)) / "a-file"
    afile.write_text("not a folder")
    out = where.replace("FILE", str(afile))
    result = _report([str(SUMMIT), "-o", out, "--format", "json", "-q"])
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert f"cannot write the report into {out}: {why}" in result.output  # type: ignore[attr-defined]
    assert "(-o DIR)" in result.output  # type: ignore[attr-defined]


def test_read_only_output_folder(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import tempfile
    from pathlib import Path

    from conftest import SUMMIT

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "TemporaryFile", read_only)
    out = Path(str(tmp_path)) / "new" / "out"
    result = _report([str(SUMMIT), "-o", str(out), "--format", "json", "-q"])
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert "the file system is read-only" in result.output  # type: ignore[attr-defined]
    assert not (Path(str(tmp_path)) / "new").exists()  # the folders made to test are gone


def test_folder_failing_while_writing(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    from pathlib import Path

    from conftest import SUMMIT
    from factcheck.render import outputs

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs, "publish", full)
    out = Path(str(tmp_path)) / "out"
    result = _report([str(SUMMIT), "-o", str(out), "--format", "json", "-q"])
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert f"cannot write the report into {out}: the disk is full" in result.output  # type: ignore[attr-defined]


def test_file_names_that_are_not_utf8(tmp_path: object) -> None:
    import json
    import os
    import shutil
    from pathlib import Path

    from conftest import SUMMIT

    folder = Path(str(tmp_path)) / "in"
    folder.mkdir()
    for n, src in enumerate(sorted(SUMMIT.glob("*.txt"))):
        name = os.fsdecode(b"caf\xe9-%d.txt" % n) if n < 2 else src.name
        shutil.copy(src, folder / name)
    (folder / os.fsdecode(b"bad\xff.bin")).write_bytes(b"x")
    out = Path(str(tmp_path)) / os.fsdecode(b"out\xff")
    result = _report([str(folder), "-o", str(out), "--format", "html,json,md,claimreview"])
    assert result.exit_code == 1, result.output  # type: ignore[attr-defined]  # .bin skipped
    assert "unknown format '.bin'" in result.output  # type: ignore[attr-defined]
    doc = json.loads((out / "findings.json").read_text("utf-8"))
    sources = [a["source"] for a in doc["articles"]]
    assert sum("caf\ufffd-" in s for s in sources) == 2, sources
    assert "bad\ufffd.bin" in (out / "report.html").read_text("utf-8")


def test_unexpected_error_is_one_line(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import SUMMIT
    from factcheck import pipeline

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("something odd\nsecond line")

    monkeypatch.setattr(pipeline, "run_report", broken)
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    result = _report([str(SUMMIT), "-o", str(tmp_path), "-q"])
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert "unexpected error (RuntimeError: something odd" in result.output  # type: ignore[attr-defined]


def test_recursion_error_is_a_reason_not_a_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.ingest as ingest
    from conftest import SUMMIT

    def deep(*_args: object, **_kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(ingest, "_read", deep)
    _, (skip, *_) = load_articles([str(SUMMIT / "002_456db3ebb8d3c3da.txt")])
    assert "RecursionError(" not in skip.problem
    assert skip.problem.startswith("could not be read: its structure is nested too deeply")


# ---------------------------------------------------------------- bad bodies to the server
REVIEW_TOKEN = "bounds-token"


@pytest.fixture
def review_url(tmp_path: object) -> Iterator[str]:
    from pathlib import Path

    from factcheck.review.app import start_in_thread
    from test_review_data import write_report

    folder = Path(str(tmp_path))
    write_report(folder)
    running = start_in_thread(folder, token=REVIEW_TOKEN)
    try:
        yield running.url.rstrip("/")
    finally:
        running.stop()


def _raw_post(url: str, head: dict[str, str], body: bytes) -> tuple[int, bytes, float]:
    """POST by hand (a lying Content-Length, a chunked body); return status, body, seconds."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = f"{parts.hostname}:{parts.port}"
    lines = ["POST /api/decisions HTTP/1.1", f"Host: {host}", f"Origin: {url}"]
    lines += [f"X-Review-Token: {REVIEW_TOKEN}", "Content-Type: application/json"]
    lines += [f"{k}: {v}" for k, v in head.items()] + ["Connection: close", "", ""]
    started = time.monotonic()
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall("\r\n".join(lines).encode("ascii") + body)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data.split(b"\r\n\r\n", 1)[-1], time.monotonic() - started


def _post(url: str, raw: bytes) -> object:
    import httpx

    headers = {"X-Review-Token": REVIEW_TOKEN, "Origin": url, "Content-Type": "application/json"}
    return httpx.post(url + "/api/decisions", content=raw, headers=headers, timeout=10)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"[" * 30000 + b"]" * 30000, "nested too deeply"),
        (b'{"finding_id": "f-dateline-bali", "status": "confirmed", "note": "' + b"{" * 5, "JSON"),
        (
            b'{"finding_id": "f-dateline-bali", "status": "dismissed", "note": "\\ud800",'
            b' "by": "ana"}',
            "lone surrogate",
        ),
        (b'{"finding_id": "\\udfff", "status": "confirmed", "by": "ana"}', "lone surrogate"),
        (b'{"finding_id": ["x"], "status": "confirmed"}', "as strings"),
        (b"1" * 5000, "JSON"),
        (b"\xff\xfe{}", "JSON"),
        (b"", "JSON"),
    ],
)
def test_bad_bodies_are_400(review_url: str, raw: bytes, message: str) -> None:
    resp = _post(review_url, raw)
    assert resp.status_code == 400, resp.text  # type: ignore[attr-defined]
    assert message in resp.json()["error"]  # type: ignore[attr-defined]


def test_huge_declared_body_is_refused_unread(review_url: str) -> None:
    # 400 MB announced, a few bytes sent: the answer comes at once, without waiting for them.
    status, body, took = _raw_post(review_url, {"Content-Length": str(400 * 1024**2)}, b"{")
    assert status == 413 and b"too large" in body
    assert took < 5


def test_huge_chunked_body_is_refused_at_the_cap(review_url: str) -> None:
    from factcheck.review.app import MAX_BODY_BYTES

    chunk = b"x" * 8192
    piece = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    body = piece * (MAX_BODY_BYTES // len(chunk) + 4) + b"0\r\n\r\n"
    status, answer, _ = _raw_post(review_url, {"Transfer-Encoding": "chunked"}, body)
    assert status == 413 and b"too large" in answer


def test_bad_content_length_is_400(review_url: str) -> None:
    status, _, _ = _raw_post(review_url, {"Content-Length": "12abc"}, b"{}")
    assert status == 400


# ---------------------------------------------------------------- links and embedded JSON
def test_claimreview_writes_only_web_urls_and_no_script_end() -> None:
    import json

    from factcheck.render.exports import is_web_url, render_claimreview
    from render_fixtures import summit_report

    report = summit_report()
    hostile = "javascript:alert(document.domain)"
    items = []
    for n, item in enumerate(report.articles):
        art = item.article
        url = [hostile, "data:text/html,<b>x</b>", " file:///etc/passwd", "https://ok.example/a"][
            n % 4
        ]
        title = f"{art.title or ''} </script><script>alert(1)</script> <!-- & \u2028"
        items.append(
            item.model_copy(update={"article": art.model_copy(update={"url": url, "title": title})})
        )
    findings = [
        f.model_copy(update={"explanation": f.explanation + " </SCRIPT> <!--"})
        for f in report.findings
    ]
    text = render_claimreview(
        report.model_copy(update={"articles": tuple(items), "findings": tuple(findings)})
    )
    assert "javascript:" not in text and "data:" not in text and "file:" not in text
    assert "<" not in text and ">" not in text and "\u2028" not in text
    doc = json.loads(text)  # the escapes read back as the same strings
    urls = {a.get("url") for g in doc["@graph"] for a in g["itemReviewed"]["appearance"]}
    assert urls <= {None, "https://ok.example/a"}
    assert any("</script><script>" in a.get("headline", "") for g in doc["@graph"]
               for a in g["itemReviewed"]["appearance"])  # fmt: skip
    assert all(
        g["reviewRating"]["ratingExplanation"].endswith("</SCRIPT> <!--") for g in doc["@graph"]
    )
    assert (
        not is_web_url("javascript://x")
        and not is_web_url("https://")
        and is_web_url("http://a.b/")
    )
