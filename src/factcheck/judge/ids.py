"""A finding's id: what it is about, not where its files sit ('F' + 10 hex digits).

An editor's decision is keyed by finding id, and newsroom copy moves and changes between runs:
a fresh CMS export lands in another folder, a story is re-topped, an article is added. So an id
hashes only the finding's kind, its rule and its *anchors*, one per claim: the outlet (the
stated outlet, else the file's own name, never its folder) and the claim's words, folded. No
paths, no article numbering, no character offsets, no text outside the claims.

Its *evidence digest* hashes what an editor read when deciding: each claim's words, value and
the sentence around it. A finding whose id stays while its digest moves is the same finding
with changed evidence ("changed since decision").

Two distinct findings of one run may share anchors (one outlet's two stories repeating a
sentence); :func:`disambiguate` then extends each id with its evidence digest, in that run only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from factcheck.models import Finding
from factcheck.paths import source_name

__all__ = ["anchor", "disambiguate", "evidence_digest", "finding_id", "fold", "source_name"]


def _digest(parts: Iterable[str], size: int = 10) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:size]


def fold(text: str) -> str:
    """Words compared for identity: case and runs of white space folded."""
    return " ".join(text.split()).casefold()


def anchor(outlet: str, text: str) -> str:
    """One claim's part of an id: 'outlet|words'."""
    return f"{fold(outlet)}|{fold(text)}"


def finding_id(kind: str, rule: str, anchors: Iterable[str]) -> str:
    """Hash kind, rule and the claims' anchors, order-free and duplicates folded."""
    return "F" + _digest([kind, rule, *sorted(set(anchors))])


def evidence_digest(parts: Iterable[tuple[str, str, str, str]]) -> str:
    """Hash (outlet, sentence, claim words, value) of every claim, order-free."""
    return _digest(sorted("\x1e".join(fold(p) for p in part) for part in set(parts)), 16)


def disambiguate(findings: Sequence[Finding]) -> list[Finding]:
    """Give findings that share an id but not their evidence ids of their own (same order)."""
    by_id: dict[str, set[str]] = {}
    for f in findings:
        by_id.setdefault(f.id, set()).add(f.evidence)
    out = []
    for f in findings:
        if len(by_id[f.id]) > 1:
            f = f.model_copy(update={"id": "F" + _digest([f.id, f.evidence])})
        out.append(f)
    return out
