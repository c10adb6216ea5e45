"""Large runs align and judge events in parallel parts (pipeline.run_stages): the findings
must be exactly those of the one-process run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factcheck import pipeline
from factcheck.render.findings_json import findings_json

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_pipeline  # noqa: E402  (benchmarks/ is not a package)

pytestmark = pytest.mark.slow


def test_parallel_parts_give_the_serial_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bench_pipeline.build_corpus(pipeline.PARALLEL_MIN_ARTICLES + 20, tmp_path)
    clock = "2026-01-01T00:00:00+00:00"
    parallel = pipeline.build_report([str(tmp_path)], generated_at=clock)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ARTICLES", 10**9)
    serial = pipeline.build_report([str(tmp_path)], generated_at=clock)
    assert len(parallel.events) >= 2
    assert findings_json(parallel) == findings_json(serial)
