"""The layout is the pipeline: one package per stage, imports only from earlier stages."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "src" / "factcheck"
ROOT = PKG.parents[1]
# Import order (review re-renders the files after each decision, so it comes after render).
STAGES = ("ingest", "extract", "cluster", "align", "judge", "render", "review", "cli")
SHARED = {
    *("models", "errors", "settings", "pipeline", "text", "context", "paths", "fsutil"),
    *("numbers", "venues", "values"),
}


def _imports(path: Path) -> set[str]:
    """Every ``factcheck.*`` module a file imports (top level or inside functions)."""
    tree = ast.parse(path.read_text("utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("factcheck"):
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("factcheck"))
    return out


def _stage_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in STAGES else None


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_no_later_stage(stage: str) -> None:
    later = set(STAGES[STAGES.index(stage) + 1 :])
    bad = []
    for path in sorted((PKG / stage).rglob("*.py")):
        for mod in _imports(path):
            if _stage_of(mod) in later:
                bad.append(f"{path.relative_to(PKG)} imports {mod}")
    assert not bad, bad


@pytest.mark.parametrize("helper", sorted(SHARED - {"pipeline"}))
def test_shared_helpers_import_no_stage(helper: str) -> None:
    mods = _imports(PKG / f"{helper}.py")
    assert not [m for m in mods if _stage_of(m)], mods


def test_no_flat_stage_module_at_top_level() -> None:
    flat = {p.stem for p in PKG.glob("*.py")} - {"__init__", "__main__"}
    assert flat <= SHARED, flat - SHARED


def test_every_stage_package_imports() -> None:
    for stage in STAGES:
        importlib.import_module(f"factcheck.{stage}")


def test_architecture_and_readme_name_every_package() -> None:
    arch = (ROOT / "ARCHITECTURE.md").read_text("utf-8")
    readme = (ROOT / "README.md").read_text("utf-8")
    for stage in STAGES:
        assert f"`{stage}/`" in arch, stage
        assert f"{stage}/" in readme, stage
