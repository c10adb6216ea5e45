"""Atomic writes leave either the whole new file or the old one, never a temp file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from factcheck import fsutil


def test_atomic_write_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "report.html"
    fsutil.atomic_write_text(target, "first")
    fsutil.atomic_write_text(target, "second ✓")
    assert target.read_text("utf-8") == "second ✓"
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]


def test_written_files_are_readable_by_others(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = fsutil.atomic_write_bytes(tmp_path / "f.json", b"{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "findings.json"
    target.write_text("old")

    def boom(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(fsutil.Path, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        fsutil.atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["findings.json"]
