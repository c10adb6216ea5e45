"""Drive the review page in real Chromium: decide by button and keyboard, reload, see it kept."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.review.app import RunningServer, start_in_thread
from factcheck.review.store import ReviewStore
from test_review_data import write_report

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).parent / "artifacts"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(
        shutil.which(CHROMIUM) is None, reason=f"{CHROMIUM} is missing (apt-get install chromium)"
    ),
]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    write_report(tmp_path)
    running = start_in_thread(tmp_path)
    yield running
    running.stop()


@pytest.fixture
def page() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1100, "height": 900})
        page = context.new_page()
        yield page
        browser.close()


def card(page: Any, finding_id: str) -> Any:
    return page.locator(f'article[data-finding-id="{finding_id}"]')


def test_confirm_dismiss_reload(server: RunningServer, page: Any, tmp_path: Path) -> None:
    requests: list[str] = []
    page.on("request", lambda req: requests.append(req.url))
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    page.goto(server.url)
    assert page.locator("#progress-text").text_content() == "0 of 8 reviewed"
    # The hostile title is shown as text, not run as markup.
    assert "<script>alert('x')</script>" in card(page, "f-place-script").locator("h2").inner_text()

    page.fill("#reviewer", "Ana Editor")
    page.locator("#reviewer").dispatch_event("change")

    # Confirm the first finding with the button.
    bali = card(page, "f-dateline-bali")
    bali.locator("button.b-confirm").click()
    page.wait_for_selector('article[data-finding-id="f-dateline-bali"][data-status="confirmed"]')
    assert bali.locator('[data-role="history-count"]').text_content() == "1"
    # The message says what happened to the files (this folder predates saved report state).
    assert "findings.json updated" in (page.locator("#message").text_content() or "")

    # Dismiss with the keyboard: j moves to the next finding; d without a reason is refused.
    page.locator("body").click(position={"x": 5, "y": 400})
    page.keyboard.press("Escape")
    page.locator("#findings").focus()
    bali.click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    duration = card(page, "f-duration-40-120")
    assert "current" in (duration.get_attribute("class") or "")
    page.keyboard.press("d")
    error = duration.locator('[data-role="error"]')
    error.wait_for(state="visible")
    assert "needs a reason" in (error.text_content() or "")
    assert duration.get_attribute("data-status") == "open"
    # The note box got focus; type the reason, leave it with Esc, then press d again.
    page.keyboard.type("Yomiuri's two hours includes the lunch; Reuters timed the talks.")
    page.keyboard.press("Escape")
    page.keyboard.press("d")
    page.wait_for_selector('article[data-finding-id="f-duration-40-120"][data-status="dismissed"]')
    assert page.locator("#progress-text").text_content() == "2 of 8 reviewed"

    # Follow-up by keyboard on the next one, then filter to dismissed only.
    page.keyboard.press("j")
    page.keyboard.press("f")
    page.wait_for_selector(
        'article[data-finding-id="f-quote-drastically"][data-status="follow_up"]'
    )

    page.reload()
    assert page.locator("#progress-text").text_content() == "3 of 8 reviewed"
    assert card(page, "f-dateline-bali").get_attribute("data-status") == "confirmed"
    dismissed = card(page, "f-duration-40-120")
    assert dismissed.get_attribute("data-status") == "dismissed"
    assert "includes the lunch" in dismissed.locator(".note").input_value()
    assert "by Ana Editor" in (dismissed.locator('[data-role="decided"]').text_content() or "")
    assert page.locator("#reviewer").input_value() == "Ana Editor"  # remembered
    history = dismissed.locator('[data-role="history"] li')
    assert history.count() == 1
    assert "dismissed · Ana Editor — Yomiuri's two hours" in (history.text_content() or "")

    page.select_option("#filter-status", "dismissed")
    assert page.locator("article.finding:visible").count() == 1
    page.select_option("#filter-status", "")
    page.select_option("#filter-severity", "high")
    assert page.locator("article.finding:visible").count() == 2
    page.select_option("#filter-severity", "")

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "review.png"), full_page=True)

    with ReviewStore.for_report(tmp_path) as store:
        current = store.current()
    assert current["f-dateline-bali"].by == "Ana Editor"
    assert current["f-duration-40-120"].note.startswith("Yomiuri's two hours")
    # Each click re-wrote findings.json beside the report: no `factcheck report` run needed.
    on_disk = json.loads((tmp_path / "findings.json").read_text("utf-8"))["findings"]
    status = {f["id"]: f["review"]["status"] for f in on_disk}
    assert status["f-dateline-bali"] == "confirmed"
    assert status["f-quote-drastically"] == "follow_up"
    # Self-contained: every request went to the review server itself.
    assert requests and all(url.startswith(server.url) for url in requests)
    assert errors == []


def current_ids(page: Any) -> list[str]:
    return page.eval_on_selector_all(
        "article.finding.current", "els => els.map(e => e.dataset.findingId)"
    )


def card_ids(page: Any) -> list[str]:
    return page.eval_on_selector_all("article.finding", "els => els.map(e => e.dataset.findingId)")


def box_overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


def test_no_card_is_chosen_until_the_first_key(tmp_path: Path, page: Any) -> None:
    write_report(tmp_path)
    running = start_in_thread(tmp_path, reviewer="Desk Login")
    try:
        page.goto(running.url)
        assert current_ids(page) == []
        first, second, third = card_ids(page)[:3]
        page.keyboard.press("c")  # nothing chosen: nothing is decided
        assert "Choose a finding first" in (page.locator("#message").text_content() or "")
        assert card(page, first).get_attribute("data-status") == "open"
        page.keyboard.press("j")  # the first j chooses card 1, not card 2
        assert current_ids(page) == [first]
        assert card(page, first).get_attribute("aria-current") == "true"
        page.keyboard.press("c")
        page.keyboard.press("j")  # typed fast: no decision is dropped while one is saved
        page.keyboard.press("c")
        page.wait_for_selector(f'article[data-finding-id="{first}"][data-status="confirmed"]')
        page.wait_for_selector(f'article[data-finding-id="{second}"][data-status="confirmed"]')
        assert card(page, third).get_attribute("data-status") == "open"
        # Started with --by: the page decides under that name, and says so.
        assert "by Desk Login" in (
            card(page, first).locator('[data-role="decided"]').text_content() or ""
        )
    finally:
        running.stop()
    with ReviewStore.for_report(tmp_path) as store:
        assert store.current()[first].by == "Desk Login"


def test_reviewer_name_is_asked_once_and_remembered(tmp_path: Path, page: Any) -> None:
    write_report(tmp_path)
    running = start_in_thread(tmp_path, reviewer="")  # no login name to fall back on
    try:
        page.goto(running.url)
        assert page.locator("#reviewer").input_value() == ""
        page.keyboard.press("j")
        first = current_ids(page)[0]
        page.keyboard.press("c")
        error = card(page, first).locator('[data-role="error"]')
        error.wait_for(state="visible")
        assert "Who is deciding?" in (error.text_content() or "")
        assert card(page, first).get_attribute("data-status") == "open"
        assert page.evaluate("document.activeElement.id") == "reviewer"
        page.keyboard.type("Ana Editor")
        page.keyboard.press("Escape")
        card(page, first).locator("button.b-confirm").click()
        page.wait_for_selector(f'article[data-finding-id="{first}"][data-status="confirmed"]')
        history = card(page, first).locator('[data-role="history"] li')
        assert "confirmed · Ana Editor" in (history.text_content() or "")
        page.reload()
        assert page.locator("#reviewer").input_value() == "Ana Editor"  # asked once
        assert "someone" not in page.content()
    finally:
        running.stop()
    with ReviewStore.for_report(tmp_path) as store:
        assert [h.by for h in store.history(first)] == ["Ana Editor"]


def test_the_login_name_is_the_default_reviewer(server: RunningServer, page: Any) -> None:
    from factcheck.review.view import default_reviewer

    page.goto(server.url)
    assert page.locator("#reviewer").input_value() == default_reviewer()


def test_undo_records_the_entry_before_the_last_decision(
    server: RunningServer, page: Any, tmp_path: Path
) -> None:
    page.goto(server.url)
    page.fill("#reviewer", "Ana")
    page.keyboard.press("Escape")
    first, second = card_ids(page)[:2]
    assert page.locator("#undo").is_disabled()
    # Card 1: dismissed with a reason, then confirmed; card 2: follow-up.
    page.keyboard.press("j")
    card(page, first).locator(".note").fill("filing place, not venue")
    card(page, first).locator("button.b-dismiss").click()
    page.wait_for_selector(f'article[data-finding-id="{first}"][data-status="dismissed"]')
    page.keyboard.press("c")
    page.wait_for_selector(f'article[data-finding-id="{first}"][data-status="confirmed"]')
    page.keyboard.press("j")
    page.keyboard.press("f")
    page.wait_for_selector(f'article[data-finding-id="{second}"][data-status="follow_up"]')
    assert "follow up" in (page.locator("#undo-what").text_content() or "")

    page.keyboard.press("u")  # card 2 had no earlier decision: open again
    page.wait_for_selector(f'article[data-finding-id="{second}"][data-status="open"]')
    assert "Undone" in (page.locator("#message").text_content() or "")
    page.locator("#undo").click()  # card 1 back to dismissed, with its reason
    page.wait_for_selector(f'article[data-finding-id="{first}"][data-status="dismissed"]')
    assert card(page, first).locator(".note").input_value() == "filing place, not venue"
    page.reload()  # the undo list survives a reload
    page.keyboard.press("u")
    page.wait_for_selector(f'article[data-finding-id="{first}"][data-status="open"]')
    assert page.locator("#undo").is_disabled()
    page.keyboard.press("u")
    assert "Nothing to undo" in (page.locator("#message").text_content() or "")

    with ReviewStore.for_report(tmp_path) as store:
        # Append-only: every undo is a decision of its own, by whoever undid.
        assert [(h.status.value, h.note) for h in store.history(first)] == [
            ("dismissed", "filing place, not venue"),
            ("confirmed", "filing place, not venue"),
            ("dismissed", "filing place, not venue"),
            ("open", ""),
        ]
        assert [h.status.value for h in store.history(second)] == ["follow_up", "open"]
        assert {h.by for h in store.history(first)} == {"Ana"}


def test_filters_are_kept_in_the_url(tmp_path: Path, page: Any) -> None:
    from factcheck.review import apply_reviews
    from test_review_data import make_findings

    findings = make_findings()
    # Run 1 knew five findings; one is decided, then its evidence changes in run 2, which
    # also brings three new findings.
    apply_reviews(
        [f.model_copy(update={"evidence": "before"}) for f in findings[:5]],
        tmp_path,
        generated_at="2026-11-21T00:00:00+00:00",
    )
    with ReviewStore.for_report(tmp_path) as store:
        store.decide(findings[1].id, "confirmed", by="Ana")
    changed = [
        f.model_copy(update={"evidence": "after"}) if i == 1 else f for i, f in enumerate(findings)
    ]
    apply_reviews(changed, tmp_path, generated_at="2026-11-22T00:00:00+00:00")
    write_report(tmp_path)
    running = start_in_thread(tmp_path)
    try:
        page.goto(running.url)
        new = [f.id for f in findings[5:]]
        for fid in new:
            assert card(page, fid).locator('[data-role="new"]').is_visible()
        assert card(page, findings[0].id).locator('[data-role="new"]').is_hidden()
        assert card(page, findings[1].id).locator('[data-role="changed"]').is_visible()

        page.select_option("#filter-mark", "new")
        page.select_option("#filter-severity", "low")
        assert "mark=new" in page.url and "severity=low" in page.url
        shown = page.eval_on_selector_all(
            "article.finding:not([hidden])", "els => els.map(e => e.dataset.findingId)"
        )
        assert shown == [f.id for f in findings[5:] if f.severity.value == "low"]
        page.reload()
        assert page.locator("#filter-mark").input_value() == "new"
        assert page.locator("#filter-severity").input_value() == "low"
        assert (
            page.eval_on_selector_all(
                "article.finding:not([hidden])", "els => els.map(e => e.dataset.findingId)"
            )
            == shown
        )
        page.goto(running.url + "?mark=changed")
        assert page.locator("article.finding:visible").count() == 1
        page.keyboard.press("j")
        page.keyboard.press("c")  # a new decision is taken on the new evidence
        page.wait_for_selector(
            f'article[data-finding-id="{findings[1].id}"][data-changed="false"]',
            state="attached",
        )
        assert card(page, findings[1].id).locator('[data-role="changed"]').is_hidden()
        assert page.locator("article.finding:visible").count() == 0  # no longer "changed"
        page.goto(running.url + "?status=bogus")
        assert page.locator("#filter-status").input_value() == ""
    finally:
        running.stop()


def test_messages_never_cover_the_current_card(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    write_report(tmp_path)
    running = start_in_thread(tmp_path, reviewer="Ana")
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 900, "height": 640})
            page.goto(running.url)
            for _ in range(4):  # far enough down that the card sits at the window's bottom
                page.keyboard.press("j")
            fid = current_ids(page)[0]
            current = card(page, fid)
            page.keyboard.press("d")  # no reason: refused, said inside the card
            error = current.locator('[data-role="error"]')
            error.wait_for(state="visible")
            assert "Dismissing needs a reason" in (error.text_content() or "")
            page.keyboard.press("Escape")
            page.keyboard.press("c")
            page.wait_for_selector(f'article[data-finding-id="{fid}"][data-status="confirmed"]')
            message = page.locator("#message")
            assert "confirmed by Ana" in (message.text_content() or "")
            assert message.get_attribute("aria-live") == "polite"
            card_box, message_box = current.bounding_box(), message.bounding_box()
            assert card_box and message_box
            assert not box_overlap(card_box, message_box), (card_box, message_box)
            # Nothing fixed or sticky hides any part of the current card.
            header_box = page.locator("header.top").bounding_box()
            assert header_box and not box_overlap(card_box, header_box)
            browser.close()
    finally:
        running.stop()


def test_page_has_no_serious_accessibility_violations(
    tmp_path: Path, server: RunningServer, page: Any
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page.goto(server.url)
    page.keyboard.press("j")
    page.keyboard.press("d")  # show an error too
    page.wait_for_selector('[data-role="error"]:not([hidden])')
    page.keyboard.press("Escape")
    results = Axe().run(page)
    bad = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert bad == [], bad
