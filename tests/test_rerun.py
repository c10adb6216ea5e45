"""Re-running a report into the same folder keeps decisions and lists findings that went away."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli.main import cli
from factcheck.review.store import ReviewStore

SUMMIT = Path(__file__).resolve().parents[1] / "data" / "summit"


@pytest.mark.slow
def test_decisions_survive_a_rerun_with_one_article_added(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    files = sorted(SUMMIT.glob("*.txt"))
    for f in files[:-1]:
        shutil.copy(f, corpus / f.name)
    out = tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(
        cli, ["report", str(corpus), "-o", str(out), "--format", "json,html", "-q"]
    )
    assert first.exit_code == 0, first.output
    findings = json.loads((out / "findings.json").read_text("utf-8"))["findings"]
    assert len(findings) >= 2
    keep, drop = findings[0]["id"], findings[1]["id"]
    with ReviewStore.for_report(out) as store:
        store.decide(keep, "confirmed", note="checked with the desk", by="ana")
        store.decide(drop, "dismissed", note="same meeting, different wording", by="ana")

    shutil.copy(files[-1], corpus / files[-1].name)  # one more account arrives
    second = runner.invoke(
        cli, ["report", str(corpus), "-o", str(out), "--format", "json,html", "-q"]
    )
    assert second.exit_code == 0, second.output
    data = json.loads((out / "findings.json").read_text("utf-8"))
    assert len(data["articles"]) == len(files)
    by_id = {f["id"]: f for f in data["findings"]}
    html = (out / "report.html").read_text("utf-8")
    for fid, status in ((keep, "confirmed"), (drop, "dismissed")):
        if fid in by_id:
            assert by_id[fid]["review"]["status"] == status
            assert by_id[fid]["review"]["by"] == "ana"
        else:  # the finding went away: the report still lists it with the decision
            assert fid in html and "Findings no longer raised" in html
    assert keep in by_id, "a finding about the first articles must survive a new account"
    new = [f for f in data["findings"] if f["id"] not in {x["id"] for x in findings}]
    assert new, "the added article must bring new findings"
    assert all(f["review"]["status"] == "open" for f in new)

    # A decision after the re-run reaches the files at once, from the state the run saved.
    third = runner.invoke(
        cli, ["review", str(out), "--set", new[0]["id"], "follow_up", "--note", "ring the desk"]
    )
    assert third.exit_code == 0, third.output
    data = json.loads((out / "findings.json").read_text("utf-8"))
    assert {f["id"]: f for f in data["findings"]}[new[0]["id"]]["review"]["status"] == "follow_up"
    assert "ring the desk" in (out / "report.html").read_text("utf-8")


@pytest.mark.slow
def test_gone_findings_are_listed_in_the_report(tmp_path: Path) -> None:
    out = tmp_path / "out"
    runner = CliRunner()
    assert (
        runner.invoke(
            cli, ["report", str(SUMMIT), "-o", str(out), "--format", "json", "-q"]
        ).exit_code
        == 0
    )
    first = json.loads((out / "findings.json").read_text("utf-8"))["findings"]
    victim = first[0]["id"]
    with ReviewStore.for_report(out) as store:
        store.decide(victim, "follow_up", note="call the embassy", by="ben")
    only = sorted(SUMMIT.glob("*.txt"))[:2]  # drop three accounts: many findings go away
    result = runner.invoke(
        cli, ["report", *map(str, only), "-o", str(out), "--format", "json,html", "-q"]
    )
    assert result.exit_code == 0, result.output
    ids = {f["id"] for f in json.loads((out / "findings.json").read_text("utf-8"))["findings"]}
    gone = [f["id"] for f in first if f["id"] not in ids]
    assert gone
    html = (out / "report.html").read_text("utf-8")
    assert "Findings no longer raised" in html
    for fid in gone:
        assert fid in html
    if victim in gone:
        assert "call the embassy" in html
