"""`factcheck send` messages an editor can act on: open conflicts and follow-ups, with links.

A real local HTTP receiver takes the messages; the Slack message of the synthetic report is
pinned in ``tests/golden/slack/summit.json``. After an intended change of the message,
refresh it with ``FACTCHECK_REFRESH_SNAPSHOTS=1 .venv/bin/python -m pytest
tests/test_send_messages.py`` (or :func:`refresh_snapshot`) and read the diff.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli.review import send_cmd
from factcheck.errors import DeliveryError
from factcheck.models import (
    Claim,
    ExportEvent,
    Finding,
    FindingsDocument,
    Review,
    ReviewStatus,
    Severity,
    Verdict,
)
from factcheck.review import load_reviewed_document
from factcheck.review.send import (
    SLACK_HEADER_CHARS,
    SLACK_MAX_BLOCKS,
    SLACK_SECTION_CHARS,
    build_summary,
    check_base_url,
    finding_anchor,
    report_link,
    send_report,
    slack_message,
)
from factcheck.review.store import ReviewStore
from test_review_data import finding, make_document, make_findings, write_report

SNAPSHOT = Path(__file__).resolve().parent / "golden" / "slack" / "summit.json"
BASE = "https://reports.example.org/summit"
HOSTILE = "<!channel> @here <http://evil.example/x|your bank> <@U024BE7LH> <#C024BE7LR> & &amp;"


@dataclass
class Receiver:
    """A local webhook receiver: keeps each request body, answers 200."""

    url: str = ""
    bodies: list[bytes] = field(default_factory=list)

    def json(self, i: int = 0) -> Any:
        return json.loads(self.bodies[i])


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            state.bodies.append(self.rfile.read(int(self.headers.get("Content-Length", 0))))
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def report(tmp_path: Path) -> Path:
    """The synthetic report with one conflict confirmed and one variation to follow up."""
    folder = write_report(tmp_path / "summit")
    load_reviewed_document(folder)
    with ReviewStore.for_report(folder) as store:
        store.decide("f-dateline-bali", "confirmed", by="ana")
        store.decide("f-quote-drastically", "follow_up", note="ask Yomiuri for the tape", by="bo")
    return folder


def run(*args: str) -> Any:
    return CliRunner().invoke(send_cmd, list(args), catch_exceptions=False)


def texts(message: dict[str, Any]) -> list[str]:
    """Every mrkdwn text of a Block Kit message, the fallback ``text`` first.

    The header is plain_text, which Slack never reads for links or mentions.
    """
    out = [message["text"]]
    for block in message["blocks"]:
        if "text" in block and block["text"]["type"] == "mrkdwn":
            out.append(block["text"]["text"])
        out.extend(e["text"] for e in block.get("elements", []))
    return out


def finding_sections(message: dict[str, Any]) -> list[str]:
    """The section of each listed finding (a section followed by its context line)."""
    blocks = message["blocks"]
    return [
        b["text"]["text"]
        for b, nxt in itertools.pairwise(blocks)
        if b["type"] == "section" and nxt["type"] == "context" and nxt is not blocks[-1]
    ]


# --- the receiver gets the open conflicts and follow-ups, with links ---------------------


def test_slack_to_local_receiver_names_open_conflicts_with_links(
    receiver: Receiver, report: Path
) -> None:
    result = run(str(report), "--webhook", receiver.url, "--slack", "--base-url", BASE + "/")
    assert result.exit_code == 0, result.output
    assert "Sent Slack message" in result.stdout
    assert "2 open conflicts, 1 follow-up." in result.stdout
    msg = receiver.json()
    assert set(msg) == {"text", "blocks"}
    assert msg["blocks"][0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "factcheck · summit: 2 open conflicts, 1 follow-up"},
    }
    sections = finding_sections(msg)
    # Most severe first: the open high conflict, then the medium conflict, then the follow-up.
    assert [re.findall(r"#finding-([\w-]+)\|", s) for s in sections] == [
        ["f-duration-40-120"],
        ["f-place-script"],
        ["f-quote-drastically"],
    ]
    first = sections[0]
    assert first.startswith(
        f"*<{BASE}/report.html#finding-f-duration-40-120|"
        "Meeting length: about 40 minutes vs two hours>*\n"
    )
    assert "High conflict · Open" in first
    assert "Event: Biden–Kishida meeting" in first
    assert "Outlets: Reuters, Yomiuri Shimbun" in first
    follow = sections[2]
    assert "Medium variation · Follow-up" in follow
    assert "_Note:_ ask Yomiuri for the tape" in follow
    assert any("Follow-up by bo on" in t for t in texts(msg))
    # The confirmed conflict and findings nobody has to act on are not listed.
    assert "f-dateline-bali" not in json.dumps(msg)
    assert "Only Reuters reports" not in json.dumps(msg)
    assert f"<{BASE}/report.html|Open the report>" in msg["blocks"][1]["text"]["text"]


def test_webhook_json_carries_the_same_list(receiver: Receiver, report: Path) -> None:
    send_report(report, receiver.url, include_pdf=False, base_url=BASE, sleep=lambda _: None)
    summary = receiver.json()
    assert (summary["open_conflicts"], summary["follow_ups"]) == (2, 1)
    assert summary["report_url"] == f"{BASE}/report.html"
    items = summary["to_check"]
    assert [i["id"] for i in items] == [
        "f-duration-40-120",
        "f-place-script",
        "f-quote-drastically",
    ]
    assert items[2] == {
        "id": "f-quote-drastically",
        "title": "Kishida quote: “drastically” vs “fundamentally”",
        "event": "Biden–Kishida meeting",
        "outlets": ["Reuters", "Yomiuri Shimbun"],
        "severity": "medium",
        "verdict": "variation",
        "kind": "quote",
        "status": "follow_up",
        "note": "ask Yomiuri for the tape",
        "by": "bo",
        "at": items[2]["at"],
        "changed_since_review": False,
        "new_since_last_run": False,
        "anchor": "finding-f-quote-drastically",
        "url": f"{BASE}/report.html#finding-f-quote-drastically",
    }
    assert items[2]["at"][:2] == "20"
    # Unescaped in JSON: a receiver escapes for its own medium.
    assert items[1]["title"] == "Venue <script>alert('x')</script> & friends"


def test_without_base_url_links_are_relative_to_the_report_folder(
    receiver: Receiver, report: Path
) -> None:
    run(str(report), "--webhook", receiver.url, "--no-pdf")
    summary = receiver.json()
    assert summary["report_url"] == "report.html"
    assert summary["to_check"][0]["url"] == "report.html#finding-f-duration-40-120"
    assert str(report) not in receiver.bodies[0].decode()  # no local path leaves the machine
    run(str(report), "--webhook", receiver.url, "--slack")
    msg = receiver.json(1)
    assert "<report.html" not in json.dumps(msg)  # not a Slack link: shown as code
    assert any(t == "`report.html#finding-f-duration-40-120`" for t in texts(msg))
    assert msg["blocks"][1]["text"]["text"].endswith("Report: `report.html` in the folder summit")


def test_nothing_to_check_says_so() -> None:
    doc = make_document([make_findings()[4]])  # one compatible, info finding
    msg = slack_message(build_summary(doc, "quiet"))
    assert msg["blocks"][0]["text"]["text"] == "factcheck · quiet: 0 open conflicts, 0 follow-ups"
    assert msg["blocks"][3]["text"]["text"] == "No open conflict and no follow-up."


# --- the committed snapshot ---------------------------------------------------------------


def snapshot_document() -> FindingsDocument:
    """The synthetic report with fixed decisions (no clock), marks and a second event."""
    reviews = {
        "f-dateline-bali": Review(status=ReviewStatus.CONFIRMED, by="ana", at="2026-11-22T09:00"),
        "f-quote-drastically": Review(
            status=ReviewStatus.FOLLOW_UP,
            note="ask Yomiuri for the tape <before 18:00> & call back",
            by="bo",
            at="2026-11-22T09:30:00+00:00",
        ),
        "f-money-313": Review(
            status=ReviewStatus.FOLLOW_UP, note="check the readout", by="cy", at="2026-11-22"
        ),
        "f-cross-event": Review(status=ReviewStatus.FOLLOW_UP, by="cy", at="2026-11-22T10:00"),
    }
    findings = []
    for f in make_findings():
        update: dict[str, Any] = {"review": reviews.get(f.id, Review())}
        if f.id == "f-quote-drastically":
            update["changed_since_review"] = True
        if f.id == "f-place-script":
            update["new_since_last_run"] = True
        if f.id == "f-cross-event":
            update["event_ids"] = ("e1", "e2")
        findings.append(f.model_copy(update=update))
    doc = make_document(findings)
    second = ExportEvent(
        id="e2",
        label="Biden hosts Kishida, Washington, 2023-01-13",
        date="2023-01-13",
        place="Washington",
        article_ids=["a3"],
    )
    return doc.model_copy(update={"events": [*doc.events, second]})


def render_snapshot() -> str:
    msg = slack_message(build_summary(snapshot_document(), "summit", gone=1, base_url=BASE))
    return json.dumps(msg, indent=2, ensure_ascii=False) + "\n"


def refresh_snapshot() -> Path:
    """Re-write tests/golden/slack/summit.json from the current code; read the diff."""
    SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
    SNAPSHOT.write_text(render_snapshot(), "utf-8")
    return SNAPSHOT


def test_slack_message_snapshot() -> None:
    if os.environ.get("FACTCHECK_REFRESH_SNAPSHOTS"):
        refresh_snapshot()
    assert SNAPSHOT.is_file(), "no snapshot: run with FACTCHECK_REFRESH_SNAPSHOTS=1"
    assert render_snapshot() == SNAPSHOT.read_text("utf-8"), (
        "the Slack message differs from tests/golden/slack/summit.json; if intended, refresh "
        "with FACTCHECK_REFRESH_SNAPSHOTS=1 and read the diff"
    )


def test_snapshot_is_valid_block_kit() -> None:
    msg = json.loads(SNAPSHOT.read_text("utf-8"))
    check_slack_limits(msg)
    kinds = [b["type"] for b in msg["blocks"]]
    assert kinds[:3] == ["header", "section", "divider"] and kinds[-1] == "context"
    dumped = json.dumps(msg, ensure_ascii=False)
    assert "changed since decision" in dumped and "new since last run" in dumped
    assert "Event: Biden–Kishida meeting / Biden hosts Kishida, Washington, 2023-01-13" in dumped
    assert "ask Yomiuri for the tape &lt;before 18:00&gt; &amp; call back" in dumped
    assert "Confirmed" not in dumped  # a confirmed conflict is not listed


def check_slack_limits(msg: dict[str, Any]) -> None:
    """Slack's documented limits for a message's blocks."""
    blocks = msg["blocks"]
    assert 0 < len(blocks) <= SLACK_MAX_BLOCKS
    for b in blocks:
        assert b["type"] in {"header", "section", "divider", "context"}
        if b["type"] == "header":
            assert b["text"]["type"] == "plain_text"
            assert len(b["text"]["text"]) <= SLACK_HEADER_CHARS
        if b["type"] == "section":
            assert b["text"]["type"] == "mrkdwn"
            assert 0 < len(b["text"]["text"]) <= SLACK_SECTION_CHARS
        if b["type"] == "context":
            assert 0 < len(b["elements"]) <= 10
            assert all(0 < len(e["text"]) <= SLACK_SECTION_CHARS for e in b["elements"])


# --- Slack's limits ---------------------------------------------------------------------------


def many_conflicts(n: int, *, title: str = "", note: str = "") -> list[Finding]:
    claims = (
        Claim(article_id="a1", start=0, end=4, text="BALI"),
        Claim(article_id="a2", start=0, end=10, text="PHNOM PENH"),
    )
    out = []
    for i in range(n):
        f = finding(
            f"f-conflict-{i:03d}",
            Verdict.CONFLICT,
            Severity.HIGH if i % 3 == 0 else Severity.MEDIUM,
            title or f"Conflict number {i}",
            claims,
        )
        if note:
            f = f.model_copy(
                update={"review": Review(status=ReviewStatus.FOLLOW_UP, note=note, by="x" * 300)}
            )
        out.append(f)
    return out


def test_many_findings_are_truncated_with_and_n_more() -> None:
    doc = make_document(many_conflicts(60))
    summary = build_summary(doc, "big", base_url=BASE)
    assert len(summary["to_check"]) == 60  # the JSON carries them all
    msg = slack_message(summary)
    check_slack_limits(msg)
    sections = finding_sections(msg)
    assert len(sections) == 20
    assert "…and 40 more open conflicts and follow-ups: see " in msg["blocks"][-2]["text"]["text"]
    assert f"<{BASE}/report.html|the report>" in msg["blocks"][-2]["text"]["text"]
    # The high ones come first (0, 3, 6... are high).
    assert "#finding-f-conflict-000|" in sections[0] and "#finding-f-conflict-057|" in sections[19]


def test_long_hostile_text_stays_within_the_limits() -> None:
    title = ("&<>" * 200) + " <!channel>"
    note = "<http://evil.example|x> & " * 400
    doc = make_document(many_conflicts(30, title=title, note=note))
    doc = doc.model_copy(
        update={"events": [doc.events[0].model_copy(update={"label": "<!here> " * 300})]}
    )
    msg = slack_message(build_summary(doc, "x" * 400, base_url=BASE + "/" + "d" * 800))
    check_slack_limits(msg)
    assert len(msg["text"]) < 1000
    for text in texts(msg):
        assert not re.search(r"&(?!amp;|lt;|gt;)", text), "an entity cut in two"
        for link in re.findall(r"<[^>]*>", text):
            assert link.startswith(f"<{BASE}/ddd"), link


# --- escaping ---------------------------------------------------------------------------------


def test_untrusted_text_never_forms_links_or_mentions() -> None:
    findings = make_findings()
    hostile = findings[1].model_copy(
        update={
            "title": HOSTILE,
            "review": Review(status=ReviewStatus.OPEN, note="@channel look " + HOSTILE),
        }
    )
    doc = make_document([hostile, findings[7]])
    doc = doc.model_copy(
        update={
            "events": [doc.events[0].model_copy(update={"label": "<!everyone> event"})],
            "articles": [
                a.model_copy(update={"outlet": "<https://evil.example|Reuters>"})
                if a.id == "a1"
                else a
                for a in doc.articles
            ],
        }
    )
    msg = slack_message(build_summary(doc, "<!channel>", base_url=BASE))
    check_slack_limits(msg)
    for text in texts(msg):
        links = re.findall(r"<[^>]*>", text)
        assert all(link.startswith(f"<{BASE}/report.html") for link in links), links
        assert not re.search(r"@(?:channel|here|everyone)", text)
    section = finding_sections(msg)[0]
    assert section.startswith(
        f"*<{BASE}/report.html#finding-f-duration-40-120|&lt;!channel&gt; @\u2060here "
        "&lt;http://evil.example/x|your bank&gt; &lt;@U024BE7LH&gt; &lt;#C024BE7LR&gt; "
        "&amp; &amp;amp;>*"
    )
    assert "Event: &lt;!everyone&gt; event" in section
    assert "Outlets: &lt;https://evil.example|Reuters&gt;, Yomiuri Shimbun" in section
    assert "_Note:_ @\u2060channel look &lt;!channel&gt;" in section
    assert "Venue &lt;script&gt;alert('x')&lt;/script&gt; &amp; friends" in json.dumps(
        msg, ensure_ascii=False
    )
    assert msg["text"].startswith("factcheck · &lt;!channel&gt;: 2 open conflicts")


# --- links and --base-url -----------------------------------------------------------------


def test_anchor_is_the_report_cards_id() -> None:
    from factcheck.render import view_models

    assert finding_anchor is view_models.finding_anchor  # one function makes the card's id
    assert finding_anchor("F31d4b29733") == "finding-F31d4b29733"
    assert finding_anchor("f-duration-40-120") == "finding-f-duration-40-120"
    assert finding_anchor("odd id/with:chars") == "finding-odd-id-with-chars"
    assert report_link(BASE + "/report.html", "F1") == f"{BASE}/report.html#finding-F1"
    assert report_link("http://desk.local:8080/r/", None) == "http://desk.local:8080/r/report.html"


@pytest.mark.parametrize(
    "url",
    [
        "ftp://reports.example.org/summit",
        "javascript:alert(1)",
        "reports/summit",
        "https://",
        "https://reports.example.org/summit?token=1",
        "https://reports.example.org/summit#top",
        "https://user:pw@reports.example.org/summit",
        "https://reports.example.org/a b",
        "https://reports.example.org/a|b",
        "https://reports.example.org/<!channel>",
        "http://[::1/",
    ],
)
def test_base_url_must_be_http(url: str, report: Path) -> None:
    with pytest.raises(DeliveryError):
        check_base_url(url)
    result = CliRunner().invoke(
        send_cmd, [str(report), "--webhook", "http://127.0.0.1:9/", "--base-url", url]
    )
    assert result.exit_code == 2, result.output
    assert "Invalid value for '--base-url'" in result.stderr
    assert "http(s)" in result.stderr or "no query" in result.stderr or "at most" in result.stderr


# --- --fail-on ----------------------------------------------------------------------------------


def test_send_fail_on_names_each_blocking_finding(receiver: Receiver, report: Path) -> None:
    result = run(str(report), "--webhook", receiver.url, "--no-pdf", "--fail-on", "medium")
    assert result.exit_code == 3
    assert len(receiver.bodies) == 1  # sent first, then the gate
    lines = result.stderr.splitlines()
    assert lines[0] == "Open or follow-up findings at or above 'medium':"
    assert lines[1].split()[:4] == ["f-duration-40-120", "high", "conflict", "open"]
    assert lines[1].endswith(
        "Meeting length: about 40 minutes vs two hours — event: Biden–Kishida meeting"
    )
    assert "f-quote-drastically" in lines[2] and "follow-up" in lines[2]
    assert "Kishida quote" in lines[2] and "Venue <script>" in lines[3]
    assert lines[-1] == "3 open finding(s) at or above 'medium' remain."
    assert "f-dateline-bali" not in result.stderr  # confirmed: not blocking


def test_send_fail_on_passes_when_nothing_blocks(receiver: Receiver, report: Path) -> None:
    with ReviewStore.for_report(report) as store:
        store.decide("f-duration-40-120", "dismissed", note="two meetings", by="ana")
    result = run(str(report), "--webhook", receiver.url, "--no-pdf", "--fail-on", "high")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_send_fail_on_after_a_failed_delivery_is_an_error(report: Path) -> None:
    args = ["--webhook", "http://127.0.0.1:9/", "--no-pdf", "--retries", "1", "--fail-on", "info"]
    result = CliRunner().invoke(send_cmd, [str(report), *args])
    assert result.exit_code == 1
    assert "could not deliver" in result.stderr


def test_terminal_lines_drop_control_characters(receiver: Receiver, tmp_path: Path) -> None:
    bad = make_findings()[1].model_copy(update={"title": "Length\x1b[2J\ncleared\tscreen"})
    folder = write_report(tmp_path / "r", [bad])
    result = run(str(folder), "--webhook", receiver.url, "--no-pdf", "--fail-on", "info")
    assert result.exit_code == 3
    assert "\x1b" not in result.stderr and "Length [2J cleared screen" in result.stderr


@pytest.mark.slow
def test_bundled_demo_names_its_open_medium_conflict(
    receiver: Receiver, summit_dir: Path, tmp_path: Path
) -> None:
    """`report --fail-on medium` names the demo's open conflict; the Slack message names it
    and links to its card in report.html."""
    from factcheck.cli.main import cli

    out = tmp_path / "summit"
    args = ["report", str(summit_dir), "-o", str(out), "--format", "json,html", "-q"]
    result = CliRunner().invoke(cli, [*args, "--fail-on", "medium"])
    assert result.exit_code == 3, result.output
    doc, _ = load_reviewed_document(out)
    conflicts = [f for f in doc.findings if f.verdict is Verdict.CONFLICT]
    assert conflicts and all(f.id in result.stderr for f in conflicts)
    dateline = next(f for f in conflicts if f.kind == "dateline")
    event = next(e.label for e in doc.events if e.id == dateline.event_ids[0])
    assert f"medium  conflict      open       {dateline.title} — event: {event}" in result.stderr
    assert re.search(r"^\d+ open finding\(s\) at or above 'medium' remain\.$", result.stderr, re.M)

    sent = run(str(out), "--webhook", receiver.url, "--slack", "--base-url", BASE)
    assert sent.exit_code == 0, sent.output
    msg = receiver.json()
    assert "1 open conflict" in msg["blocks"][0]["text"]["text"]
    link = f"<{BASE}/report.html#{finding_anchor(dateline.id)}|{dateline.title}>"
    assert link in finding_sections(msg)[0]
    html = (out / "report.html").read_text("utf-8")
    assert f'id="{finding_anchor(dateline.id)}"' in html
