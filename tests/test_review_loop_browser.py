"""The editor's whole loop in real Chromium, on real ECB+ articles (issue 12).

Report, decide three findings on the review page (confirm, dismiss with a reason, follow up
with a note), copy the inputs to another folder as a fresh CMS export would, change the
sentence of one decided finding's evidence near the top of its article, re-run into the same
report folder, and see: the three decisions still attached, the one whose evidence changed
marked "changed since decision", every id not about the edited article unchanged, and the
outputs (report.html, report.md, findings.json) showing status and notes.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli.main import cli
from factcheck.review.app import start_in_thread
from test_review_browser import CHROMIUM, CHROMIUM_ARGS, card

EVENT = Path(__file__).resolve().parents[1] / "data" / "ecbplus" / "ecbplus-t45-plus"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(shutil.which(CHROMIUM) is None, reason=f"{CHROMIUM} is missing"),
    pytest.mark.skipif(not EVENT.is_dir(), reason="data/ecbplus is missing"),
]


@pytest.fixture
def page() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1100, "height": 900})
        yield context.new_page()
        browser.close()


def _report(inputs: Path, out: Path) -> dict[str, Any]:
    result = CliRunner().invoke(
        cli, ["report", str(inputs), "-o", str(out), "--format", "json,html,md", "-q"]
    )
    assert result.exit_code == 0, result.output
    return json.loads((out / "findings.json").read_text("utf-8"))


def _pick(doc: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], str, list[str]]:
    """A finding quoting a short span near the top of one article (the one to edit), and
    two findings that do not touch that article."""
    source = {a["id"]: Path(a["source"]).name for a in doc["articles"]}
    text = {a["id"]: a["text"] for a in doc["articles"]}
    for f in sorted(doc["findings"], key=lambda f: min(c["start"] for c in f["claims"])):
        for c in f["claims"]:
            after = text[c["article_id"]][c["end"] : c["end"] + 2]
            if len(c["text"]) <= 60 and after[:1] == " " and after[1:].isalpha():
                others = [
                    g["id"]
                    for g in doc["findings"]
                    if all(d["article_id"] != c["article_id"] for d in g["claims"])
                ]
                if len(others) >= 2:
                    return f, c, source[c["article_id"]], others[:2]
    raise AssertionError("no finding quotes a short span followed by a word")


def test_decisions_survive_a_fresh_export_with_one_word_changed(tmp_path: Path, page: Any) -> None:
    first_in, out = tmp_path / "export-1", tmp_path / "report"
    shutil.copytree(EVENT, first_in)
    before = _report(first_in, out)
    target, claim, edited_file, (confirm_id, dismiss_id) = _pick(before)

    server = start_in_thread(out, reviewer="Ana Editor")
    try:
        page.goto(server.url)
        card(page, confirm_id).locator("button.b-confirm").click()
        page.wait_for_selector(f'article[data-finding-id="{confirm_id}"][data-status="confirmed"]')
        dismissed = card(page, dismiss_id)
        dismissed.locator(".note").fill("Same figure, other rounding: checked with the desk.")
        dismissed.locator("button.b-dismiss").click()
        page.wait_for_selector(f'article[data-finding-id="{dismiss_id}"][data-status="dismissed"]')
        followed = card(page, target["id"])
        followed.locator(".note").fill("Ring the reporter about this one.")
        followed.locator("button.b-follow").click()
        page.wait_for_selector(
            f'article[data-finding-id="{target["id"]}"][data-status="follow_up"]'
        )

        # A fresh export in another folder; one word added right after the evidence.
        second_in = tmp_path / "export-2"
        shutil.copytree(first_in, second_in)
        path = second_in / edited_file
        raw = path.read_text("utf-8")
        at = raw.index(claim["text"]) + len(claim["text"])
        path.write_text(raw[: at + 1] + "reportedly " + raw[at + 1 :], "utf-8")
        after = _report(second_in, out)

        page.reload()
        for fid, status in (
            (confirm_id, "confirmed"),
            (dismiss_id, "dismissed"),
            (target["id"], "follow_up"),
        ):
            assert card(page, fid).get_attribute("data-status") == status, fid
        changed = card(page, target["id"]).locator('[data-role="changed"]')
        assert changed.is_visible(), "the finding whose evidence changed is marked"
        assert not card(page, confirm_id).locator('[data-role="changed"]').is_visible()
    finally:
        server.stop()

    # Every id not about the edited article is unchanged.
    def ids_not_about(doc: dict[str, Any]) -> set[str]:
        edited = {a["id"] for a in doc["articles"] if Path(a["source"]).name == edited_file}
        return {
            f["id"]
            for f in doc["findings"]
            if all(c["article_id"] not in edited for c in f["claims"])
        }

    assert ids_not_about(before) == ids_not_about(after)
    by_id = {f["id"]: f for f in after["findings"]}
    assert by_id[target["id"]]["changed_since_review"] is True
    assert by_id[target["id"]]["review"]["note"] == "Ring the reporter about this one."
    assert by_id[dismiss_id]["review"]["by"] == "Ana Editor"
    html = (out / "report.html").read_text("utf-8")
    md = (out / "report.md").read_text("utf-8")
    for text in ("Ring the reporter about this one.", "checked with the desk"):
        assert text in html and text in md
