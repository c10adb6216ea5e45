"""The built wheel ships what the installed tool needs: templates, schema, bundled corpus."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_contains_templates_schema_and_corpus(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = tmp_path.glob("factcheck-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "factcheck/schema/findings.schema.json" in names
    assert "factcheck/templates/report.html.j2" in names
    assert any(n.startswith("factcheck/templates/static/") for n in names)
    assert any(n.startswith("factcheck/data/summit/") and n.endswith(".txt") for n in names)
    assert "factcheck/cli/main.py" in names
    assert "factcheck/ingest/outlets.toml" in names
