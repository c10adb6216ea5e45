"""Compare claim texts word by word: two strings in, marked segments out (no HTML).

Words are compared case-insensitively with rapidfuzz's Levenshtein opcodes on token lists,
so "drastically strengthen" vs "fundamentally reinforce" is one *changed* run rather than a
character soup. Segments keep the exact characters of the text they come from, so a claim
rendered from segments still reads exactly as the outlet printed it; the only foreign text is
a *missing* segment, which carries the reference's words that this claim lacks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from rapidfuzz.distance import Levenshtein

Mark = Literal["", "changed", "added", "missing"]
Segment = tuple[str, Mark]

# A word (with inner apostrophes, so "don't" stays whole) or one punctuation character.
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_OP_MARK: dict[str, Mark] = {"equal": "", "replace": "changed", "insert": "added"}


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().casefold(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _merge(segments: list[Segment]) -> list[Segment]:
    """Join neighbours with the same mark and drop empty pieces."""
    out: list[Segment] = []
    for text, mark in segments:
        if not text:
            continue
        if out and out[-1][1] == mark:
            out[-1] = (out[-1][0] + text, mark)
        else:
            out.append((text, mark))
    return out


def diff_segments(reference: str, other: str) -> list[Segment]:
    """Split ``other`` into segments marked against ``reference``.

    ``changed`` words replace reference words, ``added`` words have no counterpart, and a
    ``missing`` segment holds reference words that ``other`` leaves out (shown struck out).
    """
    ta, tb = _tokens(reference), _tokens(other)
    ops = list(Levenshtein.opcodes([t[0] for t in ta], [t[0] for t in tb]))
    tags = [op.tag for op in ops]
    # An insert beside a replace is one changed phrase ("Phnom Penh" for "BALI"), not a
    # changed word plus an added one.
    for k, tag in enumerate(tags):
        near = tags[max(0, k - 1) : k] + tags[k + 1 : k + 2]
        if tag == "insert" and "replace" in near:
            tags[k] = "replace"
    out: list[Segment] = []
    pos = 0  # next unemitted character of ``other``
    for op, tag in zip(ops, tags, strict=True):
        if tag == "delete":
            out.append((reference[ta[op.src_start][1] : ta[op.src_end - 1][2]], "missing"))
            continue
        start, end = tb[op.dest_start][1], tb[op.dest_end - 1][2]
        mark = _OP_MARK[tag]
        # Whitespace joins two runs with the same mark into one; otherwise it stays plain.
        out.append((other[pos:start], mark if mark and out and out[-1][1] == mark else ""))
        out.append((other[start:end], mark))
        pos = end
    out.append((other[pos:], ""))
    return _merge(out)


def reference_segments(reference: str, others: Sequence[str]) -> list[Segment]:
    """Mark the words of ``reference`` that at least one of ``others`` changes or leaves out."""
    ta = _tokens(reference)
    flagged = [False] * len(ta)
    keys = [t[0] for t in ta]
    for other in others:
        for op in Levenshtein.opcodes(keys, [t[0] for t in _tokens(other)]):
            if op.tag in ("replace", "delete"):
                for i in range(op.src_start, op.src_end):
                    flagged[i] = True
    out: list[Segment] = []
    pos = 0
    i = 0
    while i < len(ta):
        j = i
        while j + 1 < len(ta) and flagged[j + 1] == flagged[i]:
            j += 1
        start, end = ta[i][1], ta[j][2]
        out.append((reference[pos:start], ""))
        out.append((reference[start:end], "changed" if flagged[i] else ""))
        pos = end
        i = j + 1
    out.append((reference[pos:], ""))
    return _merge(out)


def plain(segments: Sequence[Segment]) -> str:
    """Rebuild the text a list of segments shows, leaving out *missing* pieces."""
    return "".join(text for text, mark in segments if mark != "missing")
