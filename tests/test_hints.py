"""Hints that cannot hurt (issue 12, item 6): no output into a folder of inputs, earlier
outputs among inputs are not read as articles, and no hint proposes writing into inputs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.errors import ReviewError
from factcheck.ingest import load_articles
from factcheck.review import load_document

ROOT = Path(__file__).resolve().parents[1]
SUMMIT = ROOT / "data" / "summit"


def test_report_refuses_an_output_folder_that_holds_its_inputs(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(SUMMIT, inputs)
    result = CliRunner().invoke(cli, ["report", str(inputs), "-o", str(inputs), "-q"])
    assert result.exit_code == 2
    assert "holds the input" in result.output and "-o reports/" in result.output
    assert not (inputs / "findings.json").exists()


def test_earlier_outputs_among_the_inputs_are_not_articles(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(SUMMIT, inputs)
    (inputs / ".factcheck").mkdir()
    (inputs / "findings.json").write_text('{"schema_version": 1}', encoding="utf-8")
    (inputs / "report.html").write_text("<html><body>old report</body></html>", "utf-8")
    articles, skipped = load_articles([str(inputs)], None)
    assert len(articles) == 5 and not skipped
    assert not any(a.source.endswith(("findings.json", "report.html")) for a in articles)


def test_the_review_hint_never_proposes_writing_into_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ReviewError) as err:
        load_document(tmp_path)
    message = err.value.message
    assert f"-o {tmp_path}" not in message and "not a folder of inputs" in message


def test_a_json_manifest_is_read_like_toml_and_csv(tmp_path: Path) -> None:
    from factcheck.ingest.manifest import read_manifest

    (tmp_path / "a.txt").write_text("WASHINGTON (Reuters) - Leaders met on Friday.", "utf-8")
    manifest = tmp_path / "manifest.json"
    manifest.write_text(
        '[{"file": "a.txt", "outlet": "Reuters", "date": "2023-01-13", "event_id": "e7"}]',
        encoding="utf-8",
    )
    (entry,) = read_manifest(manifest)
    assert entry.outlet == "Reuters" and entry.published == "2023-01-13"
    assert entry.input == str((tmp_path / "a.txt").resolve())
    manifest.write_text('{"articles": [{"outlet": "AP"}]}', encoding="utf-8")
    with pytest.raises(Exception, match="neither a file nor a url"):
        read_manifest(manifest)
