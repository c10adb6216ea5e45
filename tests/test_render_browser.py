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
    # The counter counts findings (9, as the summary says), not cards, and follows every filter.
    assert page.locator("#filter-status").text_content() == "Showing 9 of 9 findings."
    page.locator("input[name=verdict][value=conflict]").uncheck()
    assert page.locator("article.card[data-verdict=conflict]").first.is_hidden()
    assert page.locator("article.card[data-verdict=variation]").first.is_visible()
    assert page.locator("#filter-status").text_content() == "Showing 7 of 9 findings."
    page.locator("input[name=severity][value=high]").uncheck()
    assert page.locator("#finding-f-quote").is_hidden()  # a high-severity variation
    assert page.locator("#filter-status").text_content() == "Showing 6 of 9 findings."
    page.locator("input[name=verdict][value=single_source]").uncheck()
    assert page.locator("#filter-status").text_content() == "Showing 4 of 9 findings."
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
    assert status.text_content() == "Showing 9 of 9 findings."
    # Only decided findings: the confirmed and the dismissed card, and the followed-up line.
    page.locator("input[name=status][value=open]").uncheck()
    assert status.text_content() == "Showing 3 of 9 findings."
    assert page.locator("#finding-f-defense").is_visible()
    assert page.locator("#finding-f-budget").is_visible()
    assert page.locator("#finding-f-dateline").is_hidden()
    # A single-source line, followed up: shown (its list is collapsed until opened).
    assert page.locator("#finding-f-money").evaluate("e => !e.hidden")
    assert page.locator("#finding-f-tpp").evaluate("e => e.hidden")
    page.locator("input[name=status][value=dismissed]").uncheck()
    assert status.text_content() == "Showing 2 of 9 findings."
    assert page.locator("#finding-f-budget").is_hidden()
    # The follow-ups list is not filtered away: it is the editor's to-do list.
    assert page.locator(".follow-ups a[href='#finding-f-money']").is_visible()
    # Back to every status, then only what is new since the last run.
    page.locator("input[name=status][value=open]").check()
    page.locator("input[name=status][value=dismissed]").check()
    page.locator("input[name=only][value=new]").check()
    assert status.text_content() == "Showing 2 of 9 findings."
    assert page.locator("#finding-f-quote").is_visible()
    assert page.locator("#finding-f-tpp").evaluate("e => !e.hidden")
    assert page.locator("#finding-f-defense").is_hidden()
    page.locator("input[name=only][value=new]").uncheck()
    page.locator("input[name=only][value=changed]").check()
    assert status.text_content() == "Showing 1 of 9 findings."
    assert page.locator("#finding-f-defense").is_visible()
    # A follow-up link lands on the finding.
    page.locator("input[name=only][value=changed]").uncheck()
    assert page.locator("#finding-f-money").is_hidden()  # in the collapsed single-source list
    page.locator(".follow-ups a[href='#finding-f-money']").click()
    assert page.evaluate("location.hash") == "#finding-f-money"
    assert page.locator("#finding-f-money").is_visible()  # the link opened its list
    assert errors == []
    page.close()


@pytest.fixture(scope="module")
def bundled_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The bundled corpus run end to end (its facts give the timeline its stated dates)."""
    from factcheck.pipeline import build_report

    root = Path(__file__).resolve().parents[1]
    report = build_report([str(root / "data" / "summit")], generated_at="2026-01-01T00:00:00+00:00")
    path: Path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render_html(build_report_view(report)), encoding="utf-8")
    return path.as_uri()


def test_pictures_and_brief(browser: Any, bundled_url: str) -> None:
    """The SVG pictures draw in the page (no script needed), fit it, and link to findings;
    the brief comes first and each of its lines lands on its finding."""
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1000, "height": 900}
    )
    page = context.new_page()
    page.goto(bundled_url)
    first = page.locator("main, section.brief").first
    assert first.get_attribute("id") == "brief"
    timelines = page.locator("svg.timeline-svg")
    grids = page.locator("svg.coverage-svg")
    assert timelines.count() == 2 and grids.count() == 2
    for svgs in (timelines, grids):
        for i in range(svgs.count()):
            box = svgs.nth(i).bounding_box()
            assert box is not None and 200 < box["width"] <= 1000 and box["height"] > 40
            assert svgs.nth(i).is_visible()
    # Publication circles and stated-date diamonds; agree and disagree marks.
    # Two articles state their publication date, the other three only a reference date.
    assert page.locator("svg.timeline-svg circle.mark-published").count() == 2
    assert page.locator("svg.timeline-svg circle.mark-reference").count() == 3
    assert page.locator("svg.timeline-svg path.mark-stated").count() >= 1
    assert page.locator("svg.coverage-svg rect.cell-disagree").count() >= 2
    assert page.locator("svg.coverage-svg circle.cell-agree").count() >= 1
    # A grid row's label links to its finding card.
    link = page.locator("svg.coverage-svg a").first
    href = link.get_attribute("href")
    assert href and page.locator(href).count() == 1
    # Every line of the brief links to a finding or event that exists.
    for a in page.locator("section.brief a").all():
        target = a.get_attribute("href")
        assert target and target.startswith("#") and page.locator(target).count() == 1
    # Single-source claims are collapsed by default, grouped per outlet.
    assert page.locator("details.single-groups").first.get_attribute("open") is None
    context.close()
