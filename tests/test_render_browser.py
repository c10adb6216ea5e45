"""The report page in real Chromium: filters work, nothing is fetched, JS off shows all."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.render.outputs import render_html
from factcheck.render.view import build_report_view
from render_fixtures import summit_report

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(shutil.which(CHROMIUM) is None, reason=f"{CHROMIUM} is missing"),
]


@pytest.fixture(scope="module")
def report_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path: Path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render_html(build_report_view(summit_report())), encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def test_filters_hide_cards_and_nothing_is_fetched(browser: Any, report_url: str) -> None:
    page = browser.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda req: requests.append(req.url))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(report_url)
    assert page.locator("#filters").is_visible()
    assert page.locator("#filter-status").text_content() == "Showing 6 of 6 finding cards."
    page.locator("input[name=verdict][value=conflict]").uncheck()
    assert page.locator("article.card[data-verdict=conflict]").first.is_hidden()
    assert page.locator("article.card[data-verdict=variation]").first.is_visible()
    assert page.locator("#filter-status").text_content() == "Showing 4 of 6 finding cards."
    page.locator("input[name=severity][value=high]").uncheck()
    assert page.locator("#finding-f-quote").is_hidden()  # a high-severity variation
    # Following a passage link lands on the highlighted evidence in the appendix.
    page.locator('#finding-f-defense a[href="#a1-178-279"]').click()
    assert page.evaluate("location.hash") == "#a1-178-279"
    assert requests == [report_url]
    assert errors == []
    page.close()


def test_without_javascript_everything_is_visible(browser: Any, report_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(report_url)
    assert page.locator("#filters").is_hidden()
    cards = page.locator("article.card")
    assert cards.count() == 6
    assert all(cards.nth(i).is_visible() for i in range(cards.count()))
    context.close()


@pytest.fixture(scope="module")
def reviewed_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    from render_fixtures import reviewed_report

    path: Path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render_html(build_report_view(reviewed_report())), encoding="utf-8")
    return path.as_uri()


def test_status_and_new_filters(browser: Any, reviewed_url: str) -> None:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(reviewed_url)
    status = page.locator("#filter-status")
    assert status.text_content() == "Showing 6 of 6 finding cards."
    # Only decided findings: the confirmed and the dismissed card, and the followed-up line.
    page.locator("input[name=status][value=open]").uncheck()
    assert status.text_content() == "Showing 2 of 6 finding cards."
    assert page.locator("#finding-f-defense").is_visible()
    assert page.locator("#finding-f-budget").is_visible()
    assert page.locator("#finding-f-dateline").is_hidden()
    assert page.locator("#finding-f-money").is_visible()  # a single-source line, followed up
    assert page.locator("#finding-f-tpp").is_hidden()
    page.locator("input[name=status][value=dismissed]").uncheck()
    assert status.text_content() == "Showing 1 of 6 finding cards."
    assert page.locator("#finding-f-budget").is_hidden()
    # The follow-ups list is not filtered away: it is the editor's to-do list.
    assert page.locator(".follow-ups a[href='#finding-f-money']").is_visible()
    # Back to every status, then only what is new since the last run.
    page.locator("input[name=status][value=open]").check()
    page.locator("input[name=status][value=dismissed]").check()
    page.locator("input[name=only][value=new]").check()
    assert status.text_content() == "Showing 1 of 6 finding cards."
    assert page.locator("#finding-f-quote").is_visible()
    assert page.locator("#finding-f-tpp").is_visible()
    assert page.locator("#finding-f-defense").is_hidden()
    page.locator("input[name=only][value=new]").uncheck()
    page.locator("input[name=only][value=changed]").check()
    assert status.text_content() == "Showing 1 of 6 finding cards."
    assert page.locator("#finding-f-defense").is_visible()
    # A follow-up link lands on the finding.
    page.locator("input[name=only][value=changed]").uncheck()
    page.locator(".follow-ups a[href='#finding-f-money']").click()
    assert page.evaluate("location.hash") == "#finding-f-money"
    assert errors == []
    page.close()
