"""The command line: help, version, usage errors, exit codes and messages users see."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import __version__
from factcheck.cli.main import cli


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


@pytest.mark.parametrize("command", [[], ["report"], ["facts"], ["review"], ["send"]])
def test_every_command_has_help(runner: CliRunner, command: list[str]) -> None:
    result = runner.invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    assert len(result.output.splitlines()) > 4


def test_unknown_format_is_a_usage_error(runner: CliRunner, summit_dir: Path) -> None:
    result = runner.invoke(cli, ["report", str(summit_dir), "--format", "html,docx"])
    assert result.exit_code == 2
    assert "unknown format docx" in result.output


def test_facts_json_lists_articles(runner: CliRunner, summit_dir: Path) -> None:
    result = runner.invoke(cli, ["facts", str(summit_dir), "--json", "--type", "duration"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert len(records) == 5
    assert all(f["type"] == "duration" for r in records for f in r["facts"])
    assert any(r["facts"] for r in records)


def test_report_json_only_into_folder(runner: CliRunner, summit_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(
        cli, ["report", str(summit_dir), "-o", str(out), "--format", "json", "-q"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads((out / "findings.json").read_text("utf-8"))
    assert len(data["articles"]) == 5
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_skipped_inputs_are_named_and_exit_1(
    runner: CliRunner, summit_dir: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "nope.txt"
    out = tmp_path / "out"
    result = runner.invoke(
        cli,
        [
            "report",
            str(summit_dir),
            str(empty),
            str(missing),
            "-o",
            str(out),
            "--format",
            "json",
            "-q",
        ],
    )
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "nope.txt" in result.output
    assert "2 inputs skipped" in result.output
    assert (out / "findings.json").exists()  # the readable inputs are still reported


def test_nothing_readable_exits_1_and_writes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["report", str(empty), "-o", str(out), "--format", "json"])
    assert result.exit_code == 1
    assert "no input could be read" in result.output


@pytest.mark.slow
def test_fail_on_exit_codes_follow_open_findings(
    runner: CliRunner, summit_dir: Path, tmp_path: Path
) -> None:
    from factcheck.review.store import ReviewStore

    out = tmp_path / "out"
    args = ["report", str(summit_dir), "-o", str(out), "--format", "json", "-q"]
    first = runner.invoke(cli, [*args, "--fail-on", "info"])
    assert first.exit_code == 3, first.output  # every finding is open on a first run
    assert "open finding(s) at or above 'info'" in first.output
    findings = json.loads((out / "findings.json").read_text("utf-8"))["findings"]
    rank = {"info": 0, "low": 1, "medium": 2, "high": 3}
    top = max(findings, key=lambda f: rank[f["severity"]])
    above_top = [s for s, r in rank.items() if r > rank[top["severity"]]]
    for severity in above_top:  # nothing that severe: the gate passes
        assert runner.invoke(cli, [*args, "--fail-on", severity]).exit_code == 0
    with ReviewStore.for_report(out) as store:
        for f in findings:
            store.decide(f["id"], "dismissed", note="checked", by="desk")
    assert runner.invoke(cli, [*args, "--fail-on", "info"]).exit_code == 0
    with ReviewStore.for_report(out) as store:  # follow-up still blocks the pipeline
        store.decide(top["id"], "follow_up", note="call the outlet", by="desk")
    assert runner.invoke(cli, [*args, "--fail-on", top["severity"]]).exit_code == 3
