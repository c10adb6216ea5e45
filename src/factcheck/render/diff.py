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

from rapidfuzz.distance import Indel, Levenshtein

Mark = Literal["", "changed", "added", "missing"]
Segment = tuple[str, Mark]
Op = tuple[str, int, int, int, int]  # tag, src_start, src_end, dest_start, dest_end

# Words only (inner apostrophes kept, so "don't" stays whole). Punctuation is left out of the
# comparison: on the seed quotes a moved comma or a closing quotation mark was marked as a
# difference and drowned the words that matter.
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_OP_MARK: dict[str, Mark] = {"equal": "", "replace": "changed", "insert": "added"}


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().casefold(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _pair_up(ops: list[Op]) -> list[Op]:
    """Read each run of deletes and inserts between equal words as one replacement."""
    out: list[Op] = []
    run: list[Op] = []
    for op in [*ops, ("equal", -1, -1, -1, -1)]:
        if op[0] != "equal":
            run.append(op)
            continue
        tags = {r[0] for r in run}
        if tags == {"delete", "insert"}:
            out.append(("replace", run[0][1], run[-1][2], run[0][3], run[-1][4]))
        else:
            out.extend(run)
        run = []
        if op[1] >= 0:
            out.append(op)
    return out


def _opcodes(a: list[str], b: list[str]) -> list[Op]:
    """Align two word lists: Levenshtein opcodes, or LCS ones when they keep more words equal.

    Levenshtein breaks ties by position: "over the next five years to $313 billion" against
    "to 2% of GDP" paired "to" with "over" and struck the shared "to" out as missing. The LCS
    (Indel) alignment never substitutes, so it keeps every shared word in place.
    """
    lev = [
        (o.tag, o.src_start, o.src_end, o.dest_start, o.dest_end) for o in Levenshtein.opcodes(a, b)
    ]
    lcs = _pair_up(
        [(o.tag, o.src_start, o.src_end, o.dest_start, o.dest_end) for o in Indel.opcodes(a, b)]
    )

    def kept(ops: list[Op]) -> int:
        return sum(op[2] - op[1] for op in ops if op[0] == "equal")

    return lcs if kept(lcs) > kept(lev) else lev


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
    ops = _opcodes([t[0] for t in ta], [t[0] for t in tb])
    tags = [op[0] for op in ops]
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
            out.append((reference[ta[op[1]][1] : ta[op[2] - 1][2]], "missing"))
            continue
        start, end = tb[op[3]][1], tb[op[4] - 1][2]
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
        for tag, i1, i2, _, _ in _opcodes(keys, [t[0] for t in _tokens(other)]):
            if tag in ("replace", "delete"):
                for i in range(i1, i2):
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


def shared_ratio(reference: str, other: str) -> float:
    """Share of words the two texts have in common, in order (0..1, Dice over aligned words)."""
    ka = [t[0] for t in _tokens(reference)]
    kb = [t[0] for t in _tokens(other)]
    if not ka and not kb:
        return 1.0
    same = sum(op[2] - op[1] for op in _opcodes(ka, kb) if op[0] == "equal")
    return 2 * same / (len(ka) + len(kb))
