"""Tests for the review web app: page content, escaping, decisions and request safety."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from factcheck.errors import ReviewError
from factcheck.review import apply_reviews
from factcheck.review.app import check_bind_host, create_app, is_loopback, start_in_thread
from factcheck.review.store import ReviewStore
from test_review_data import make_document, make_findings, write_report

TOKEN = "test-token-123"


@contextmanager
def serving(report_dir: Path) -> Iterator[httpx.Client]:
    """Run the real server on a free port; yield a client with the token known as TOKEN."""
    running = start_in_thread(report_dir, token=TOKEN)
    try:
        with httpx.Client(base_url=running.url.rstrip("/"), timeout=5) as client:
            yield client
    finally:
        running.stop()


@pytest.fixture
def client(tmp_path: Path) -> Iterator[httpx.Client]:
    write_report(tmp_path)
    with serving(tmp_path) as client:
        yield client


def post(client: httpx.Client, body: dict[str, object], **headers: str) -> httpx.Response:
    sent = {"X-Review-Token": TOKEN, "Origin": str(client.base_url), **headers}
    return client.post("/api/decisions", json=body, headers={k: v for k, v in sent.items() if v})


def test_page_lists_every_finding_with_evidence(client: httpx.Client) -> None:
    resp = client.get("/")
    assert resp.status_code == 200
    html = resp.text
    assert html.count('class="finding ') == len(make_findings())
    assert "Dateline BALI vs venue Phnom Penh" in html
    assert "Yomiuri Shimbun" in html and "Associated Press" in html
    assert "<mark>about 40 minutes</mark>" in html
    assert "dateline.venue-mismatch" in html
    assert "event Biden–Kishida meeting, 2022-11-13" in html
    assert "0 of 8 reviewed" in html
    assert f'content="{TOKEN}"' in html
    # Self-contained: no external URLs, and a CSP that forbids fetching any.
    assert not re.search(r"(src|href)=\"https?://", html)
    csp = resp.headers["content-security-policy"]
    assert "default-src 'none'" in csp
    nonce = re.search(r"script-src 'nonce-([^']+)'", csp)
    assert nonce and f'<script nonce="{nonce.group(1)}">' in html


def test_page_escapes_untrusted_text(client: httpx.Client) -> None:
    html = client.get("/").text
    assert "<script>alert('x')</script>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; friends" in html
    assert "&lt;b&gt;markup&lt;/b&gt;" in html


def test_decisions_round_trip(client: httpx.Client, tmp_path: Path) -> None:
    resp = post(client, {"finding_id": "f-dateline-bali", "status": "confirmed", "by": "ana"})
    assert resp.status_code == 200, resp.text
    assert resp.json()["review"]["status"] == "confirmed"
    resp = post(
        client,
        {"finding_id": "f-money-313", "status": "dismissed", "note": "in readout", "by": "ana"},
    )
    assert resp.status_code == 200
    assert [h["status"] for h in resp.json()["history"]] == ["dismissed"]

    data = client.get("/api/findings").json()
    status = {f["id"]: f["review"]["status"] for f in data["findings"]}
    assert status["f-dateline-bali"] == "confirmed"
    assert status["f-money-313"] == "dismissed"
    assert status["f-schedule"] == "open"
    html = client.get("/").text
    assert 'data-finding-id="f-money-313" data-status="dismissed"' in html
    hist = client.get("/api/findings/f-money-313/history").json()
    assert hist["history"][0]["note"] == "in readout"
    with ReviewStore.for_report(tmp_path) as store:
        assert store.current()["f-dateline-bali"].by == "ana"


def test_dismiss_without_reason_is_400(client: httpx.Client) -> None:
    resp = post(client, {"finding_id": "f-schedule", "status": "dismissed", "note": "  "})
    assert resp.status_code == 400
    assert "needs a reason" in resp.json()["error"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"finding_id": "f-nope", "status": "confirmed"}, 404),
        ({"finding_id": "f-schedule", "status": "maybe"}, 400),
        ({"finding_id": "f-schedule", "status": 3}, 400),
    ],
)
def test_bad_decisions_are_refused(
    client: httpx.Client, body: dict[str, object], code: int
) -> None:
    assert post(client, body).status_code == code


@pytest.mark.parametrize(
    ("headers", "why"),
    [
        ({"X-Review-Token": ""}, "token"),
        ({"X-Review-Token": "wrong"}, "token"),
        ({"Origin": "http://evil.example"}, "cross-origin"),
        ({"Origin": "http://127.0.0.1:9999"}, "cross-origin"),
        ({"Sec-Fetch-Site": "cross-site"}, "cross-site"),
    ],
)
def test_unsafe_writes_are_403(client: httpx.Client, headers: dict[str, str], why: str) -> None:
    resp = post(client, {"finding_id": "f-schedule", "status": "confirmed"}, **headers)
    assert resp.status_code == 403
    assert why in resp.json()["error"]
    assert client.get("/api/findings").json()["findings"][4]["review"]["status"] == "open"


def test_foreign_host_is_refused_even_for_reads(tmp_path: Path) -> None:
    write_report(tmp_path)
    with serving(tmp_path) as client:
        resp = client.get("/", headers={"Host": "evil.example"})
        assert resp.status_code == 403
        assert TOKEN not in resp.text
        assert client.get("/", headers={"Host": "localhost"}).status_code == 200


def test_form_posts_are_refused(client: httpx.Client) -> None:
    resp = client.post(
        "/api/decisions",
        content="finding_id=f-schedule&status=confirmed",
        headers={"X-Review-Token": TOKEN, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert resp.status_code == 415


def test_page_shows_gone_findings(tmp_path: Path) -> None:
    findings = make_findings()
    apply_reviews(findings, tmp_path, generated_at="r1")
    with ReviewStore.for_report(tmp_path) as store:
        store.decide("f-money-313", "dismissed", note="in the readout <i>", by="ana")
    apply_reviews(findings[:-2], tmp_path, generated_at="r2")
    write_report(tmp_path, findings[:-2])
    with serving(tmp_path) as client:
        html = client.get("/").text
    assert "No longer reported (2)" in html
    assert "in the readout &lt;i&gt;" in html


def test_bind_host_policy() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert is_loopback("127.0.0.2") and not is_loopback("0.0.0.0")
    check_bind_host("127.0.0.1", allow_remote=False)
    with pytest.raises(ReviewError, match="--allow-remote"):
        check_bind_host("0.0.0.0", allow_remote=False)
    check_bind_host("0.0.0.0", allow_remote=True)


def test_missing_report_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ReviewError, match=r"no findings\.json in .*factcheck report INPUT"):
        create_app(tmp_path)


def test_real_server_in_thread(tmp_path: Path) -> None:
    write_report(tmp_path)
    running = start_in_thread(tmp_path)
    try:
        assert running.url.startswith("http://127.0.0.1:")
        page = httpx.get(running.url, timeout=5)
        assert page.status_code == 200
        assert running.token in page.text
        resp = httpx.post(
            running.url + "api/decisions",
            json={"finding_id": "f-cross-event", "status": "follow_up", "by": "cli"},
            headers={"X-Review-Token": running.token},
            timeout=5,
        )
        assert resp.status_code == 200
    finally:
        running.stop()
    assert not running.thread.is_alive()


def test_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    write_report(tmp_path)
    first = start_in_thread(tmp_path)
    try:
        port = int(first.url.rsplit(":", 1)[1].strip("/"))
        with pytest.raises(ReviewError, match="use --port 0"):
            start_in_thread(tmp_path, port=port)
    finally:
        first.stop()


def test_allow_remote_admits_ip_hosts_but_not_foreign_names(tmp_path: Path) -> None:
    write_report(tmp_path)
    running = start_in_thread(tmp_path, allow_remote=True)
    try:
        page = httpx.get(running.url, headers={"Host": "192.0.2.7:8765"}, timeout=5)
        assert page.status_code == 200
        rebound = httpx.get(running.url, headers={"Host": "evil.example"}, timeout=5)
        assert rebound.status_code == 403
    finally:
        running.stop()


def test_page_script_never_writes_html() -> None:
    from factcheck.review.app import review_templates

    js = (review_templates() / "review.js").read_text("utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in js
    assert "textContent" in js


def test_broken_findings_json_while_serving_is_explained(tmp_path: Path) -> None:
    write_report(tmp_path)
    with serving(tmp_path) as client:
        (tmp_path / "findings.json").write_text("{not json", "utf-8")
        resp = client.get("/")
        assert resp.status_code == 503
        assert "is not a valid findings.json" in resp.json()["error"]


def test_page_context_fields_are_documented() -> None:
    from factcheck.review.view import ReviewClaimView, ReviewFindingView, ReviewPage

    for model in (ReviewPage, ReviewFindingView, ReviewClaimView):
        undocumented = [n for n, f in model.model_fields.items() if not f.description]
        assert undocumented == [], f"{model.__name__}: {undocumented}"


def undo(client: httpx.Client, body: dict[str, object]) -> httpx.Response:
    headers = {"X-Review-Token": TOKEN, "Origin": str(client.base_url)}
    return client.post("/api/undo", json=body, headers=headers)


def test_undo_records_the_entry_before_the_undone_decision(client: httpx.Client) -> None:
    fid = "f-money-313"
    post(client, {"finding_id": fid, "status": "dismissed", "note": "in readout", "by": "ana"})
    resp = post(client, {"finding_id": fid, "status": "confirmed", "by": "bo"})
    assert len(resp.json()["history"]) == 2
    # Stale page: it knew one entry, the store has two.
    stale = undo(client, {"finding_id": fid, "index": 0, "expect": 1, "by": "ana"})
    assert stale.status_code == 409 and "reload" in stale.json()["error"]
    resp = undo(client, {"finding_id": fid, "index": 1, "expect": 2, "by": "cy"})
    assert resp.status_code == 200, resp.text
    data = resp.json()
    assert data["undone"] is True
    assert data["review"]["status"] == "dismissed" and data["review"]["note"] == "in readout"
    assert data["review"]["by"] == "cy"  # who undid, not who decided first
    resp = undo(client, {"finding_id": fid, "index": 0, "expect": 3, "by": "cy"})
    assert resp.json()["review"]["status"] == "open"
    assert [h["status"] for h in resp.json()["history"]] == [
        "dismissed",
        "confirmed",
        "dismissed",
        "open",
    ]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"finding_id": "f-nope", "index": 0, "expect": 0}, 404),
        ({"finding_id": "f-schedule", "index": 0, "expect": 0}, 400),  # nothing decided
        ({"finding_id": "f-schedule", "index": "0", "expect": 0}, 400),
        ({"finding_id": "f-schedule", "index": -1, "expect": 0}, 400),
    ],
)
def test_bad_undos_are_refused(client: httpx.Client, body: dict[str, object], code: int) -> None:
    assert undo(client, body).status_code == code


def test_undo_needs_the_token(client: httpx.Client) -> None:
    post(client, {"finding_id": "f-schedule", "status": "confirmed", "by": "ana"})
    resp = client.post(
        "/api/undo",
        json={"finding_id": "f-schedule", "index": 0, "expect": 1},
        headers={"X-Review-Token": "wrong"},
    )
    assert resp.status_code == 403


def test_a_decision_without_a_name_takes_the_servers_reviewer(tmp_path: Path) -> None:
    write_report(tmp_path)
    running = start_in_thread(tmp_path, token=TOKEN, reviewer="Desk")
    try:
        with httpx.Client(base_url=running.url.rstrip("/"), timeout=5) as client:
            html = client.get("/").text
            assert 'value="Desk" data-default="Desk"' in html and 'data-fixed="true"' in html
            resp = post(client, {"finding_id": "f-schedule", "status": "confirmed", "by": " "})
            assert resp.json()["review"]["by"] == "Desk"
    finally:
        running.stop()


def test_a_decision_by_nobody_is_refused(tmp_path: Path) -> None:
    write_report(tmp_path)
    running = start_in_thread(tmp_path, token=TOKEN, reviewer="")
    try:
        with httpx.Client(base_url=running.url.rstrip("/"), timeout=5) as client:
            resp = post(client, {"finding_id": "f-schedule", "status": "confirmed"})
            assert resp.status_code == 400 and "Reviewer" in resp.json()["error"]
            assert client.get("/api/findings").json()["findings"][4]["review"]["status"] == "open"
    finally:
        running.stop()


def test_the_login_name_is_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.review.view import default_reviewer

    monkeypatch.setenv("FACTCHECK_REVIEWER", "From Env")
    assert default_reviewer() == "From Env"
    monkeypatch.delenv("FACTCHECK_REVIEWER")
    monkeypatch.setattr("getpass.getuser", lambda: "login")
    assert default_reviewer() == "login"
    write_report(tmp_path)
    with serving(tmp_path) as client:
        html = client.get("/").text
        assert 'value="login"' in html and 'data-fixed="false"' in html
        resp = post(client, {"finding_id": "f-schedule", "status": "confirmed"})
        assert resp.json()["review"]["by"] == "login"


def test_no_decision_reads_as_by_someone(tmp_path: Path) -> None:
    write_report(tmp_path)
    with ReviewStore.for_report(tmp_path) as store:
        store.ensure_seen(make_findings(), "r1")
        store.decide("f-schedule", "confirmed", by="")  # a decision from before names
    with serving(tmp_path) as client:
        html = client.get("/").text
    assert "someone" not in html
    assert re.search(r'data-role="decided">confirmed at \d{4}-', html)


def test_evidence_is_labelled_as_the_report_labels_articles(tmp_path: Path) -> None:
    from factcheck.models import Article
    from factcheck.render.view_models import article_labels

    doc = make_document()
    articles = [
        a.model_copy(update={"outlet": None, "source": "in/yomiuri-kishida.txt"})
        if a.id == "a2"
        else a.model_copy(update={"outlet": "Reuters", "source": f"in/reuters-{a.id}.txt"})
        for a in doc.articles
    ]
    doc = doc.model_copy(update={"articles": articles})
    (tmp_path / "findings.json").write_text(doc.model_dump_json(), "utf-8")
    with serving(tmp_path) as client:
        html = client.get("/").text
    claims = re.findall(r'<span class="outlet">([^<]*)</span>', html)
    # No outlet: the file name, as the report shows it; one outlet with two articles: the
    # outlet and the file name. Never the article number.
    assert set(claims) == {
        "Reuters (reuters-a1.txt)",
        "Reuters (reuters-a3.txt)",
        "yomiuri-kishida.txt",
    }
    # The report names them through the same helper, from the same fields.
    labels = article_labels(articles)
    assert labels["a2"] == Article(id="a2", source=articles[1].source, format="txt", text="").label


def test_new_and_changed_marks(tmp_path: Path) -> None:
    findings = make_findings()
    apply_reviews(
        [f.model_copy(update={"evidence": "v1"}) for f in findings[:6]], tmp_path, generated_at="r1"
    )
    with ReviewStore.for_report(tmp_path) as store:
        store.decide("f-dateline-bali", "confirmed", by="ana")
    apply_reviews(
        [f.model_copy(update={"evidence": "v2"}) if i == 0 else f for i, f in enumerate(findings)],
        tmp_path,
        generated_at="r2",
    )
    write_report(tmp_path)
    with serving(tmp_path) as client:
        html = client.get("/").text
        assert 'data-finding-id="f-dateline-bali"' in html
        assert html.count('data-changed="true"') == 1
        assert html.count('data-new="true"') == 2  # the last two findings
        assert "new since last run (2)" in html and "changed since decision (1)" in html
        resp = post(client, {"finding_id": "f-dateline-bali", "status": "confirmed", "by": "bo"})
        assert resp.json()["changed_since_review"] is False
