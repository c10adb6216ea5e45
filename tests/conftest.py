"""Shared fixtures: the bundled corpus and one report built from it per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SUMMIT = ROOT / "data" / "summit"
DEV_CORPUS = ROOT / "data" / "ecbplus"
FIXED_CLOCK = "2026-01-01T00:00:00+00:00"


@pytest.fixture(scope="session")
def summit_dir() -> Path:
    return SUMMIT


@pytest.fixture(scope="session")
def summit_report():  # type: ignore[no-untyped-def]
    """The bundled corpus, run through every stage up to findings (no files written)."""
    from factcheck.pipeline import build_report

    return build_report([str(SUMMIT)], generated_at=FIXED_CLOCK)
