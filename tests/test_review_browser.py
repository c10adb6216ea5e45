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
    # The toast says what happened to the files (this folder predates saved report state).
    assert "findings.json updated" in (page.locator("#toast").text_content() or "")

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
