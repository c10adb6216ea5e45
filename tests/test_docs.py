"""The README stays true: every command and report option it should name is there."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.cli.main import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"factcheck {name}" in README


@pytest.mark.parametrize(
    "option", [p.opts[-1] for p in cli.commands["report"].params if p.opts[-1].startswith("--")]
)
def test_every_report_option_is_in_the_readme(option: str) -> None:
    assert option in README


def test_readme_names_the_two_commands_and_the_report_folder() -> None:
    assert "make report" in README and "make test" in README
    assert "reports/summit/" in README
