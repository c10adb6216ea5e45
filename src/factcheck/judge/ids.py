"""Turn a finding's kind, rule and claim spans into a stable id ('F' + 10 hex digits)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def finding_id(kind: str, rule: str, spans: Iterable[tuple[str, int, int]]) -> str:
    """Hash kind, rule and the claims' (article SOURCE, start, end), order-free.

    Sources, not article ids: ids ('a3') shift when an article is added to a re-run, and
    the review workflow keys editors' decisions by finding id.
    """
    key = "|".join([kind, rule, *(f"{s}:{a}:{b}" for s, a, b in sorted(set(spans)))])
    return "F" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
