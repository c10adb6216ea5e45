"""Seeded-edit runs: the edited article keeps its place among the event's inputs.

The pipeline numbers articles by their sorted paths. An edited copy written alone to a
temporary folder would sort before or after the untouched inputs depending on where the
corpus lives (``/tmp/...`` sorts before ``/work/...`` and after ``/check/...``), and the
figures would change with the checkout's location. So every input of the event is copied,
under the same relative path, into one temporary folder, the edited text in place of the
original: the order, and the article ids, are those of the base run wherever the corpus is.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path


def mirror_inputs(paths: Sequence[str], edited: Mapping[str, str], folder: Path) -> dict[str, str]:
    """Copy ``paths`` under ``folder`` (same relative layout); ``edited`` maps a path to its new
    text. Returns original path -> copied path."""
    if not paths:
        return {}
    full = {p: Path(p).absolute() for p in paths}
    root = Path(os.path.commonpath([f.parent for f in full.values()]))
    out: dict[str, str] = {}
    for p in paths:
        dst = folder / full[p].relative_to(root)
        dst.parent.mkdir(parents=True, exist_ok=True)
        if p in edited:
            dst.write_text(edited[p], encoding="utf-8")
        else:
            shutil.copyfile(p, dst)
        out[p] = str(dst)
    return out
