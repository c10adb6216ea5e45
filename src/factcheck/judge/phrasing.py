"""Judge statement groups: wordings whose intensifiers, hedges, numbers or key terms differ.

One finding per group, all wordings side by side; the differing words go into the
explanation and into each claim's value so the report can mark them.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from factcheck.judge.common import Context, quoted
from factcheck.judge.text import STOPWORDS, words
from factcheck.models import Alignment, Fact, Finding, Severity, Verdict

# Words that change how strong a claim is. General English, not tuned to any corpus.
_INTENSIFIER_TEXT = """
    drastically fundamentally substantially significantly dramatically sharply greatly vastly
    hugely massively radically considerably markedly strongly firmly fully completely totally
    thoroughly entirely absolutely deeply highly extremely severely seriously slightly marginally
    somewhat modestly historic unprecedented record massive huge major minor substantial
    significant dramatic sweeping bold biggest largest smallest double doubling triple halve
    exponentially never always only sole all"""
INTENSIFIERS = frozenset(_INTENSIFIER_TEXT.split())
# Words that weaken or qualify a claim.
_HEDGE_TEXT = """
    about around approximately nearly almost roughly reportedly allegedly possibly probably
    likely may might could expected plans planned considering would seek seeks aims"""
HEDGES = frozenset(_HEDGE_TEXT.split())
NUMBER_RE = re.compile(
    r"^(?:\$|€|£|¥)?\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"hundred|thousand|million|billion|trillion|percent|half|twice)$"
)
CURRENCY_RE = re.compile(r"[$€£¥]\s?\d[\d,.]*(?:\s(?:million|billion|trillion))?|\d[\d.,]*\s?%")


def _markers(text: str) -> list[str]:
    """Nuance markers of a wording: intensifiers, hedges and numbers (with the next word)."""
    toks = words(text)
    out = []
    for i, tok in enumerate(toks):
        if tok in INTENSIFIERS or tok in HEDGES or NUMBER_RE.match(tok):
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            out.append(f"{tok} {nxt}".strip() if tok in INTENSIFIERS | HEDGES else tok)
    out.extend(m.group(0) for m in CURRENCY_RE.finditer(text))
    return list(dict.fromkeys(out))


def _heads(markers: list[str]) -> set[str]:
    return {m.split()[0] for m in markers}


def substitutions(a: str, b: str) -> list[tuple[str, str]]:
    """One-or-two-word content swaps between two wordings ("spending" -> "budget")."""
    ta, tb = words(a), words(b)
    out = []
    for op in Levenshtein.opcodes(ta, tb):
        if op.tag != "replace":
            continue
        x, y = ta[op.src_start : op.src_end], tb[op.dest_start : op.dest_end]
        if 1 <= len(x) <= 2 and 1 <= len(y) <= 2:
            cx = [w for w in x if w not in STOPWORDS]
            cy = [w for w in y if w not in STOPWORDS]
            if cx and cy:
                out.append((" ".join(x), " ".join(y)))
    return out


def judge_phrasing(al: Alignment, ctx: Context) -> list[Finding]:
    """Several outlets' wordings of one statement: flag the words that change its nuance."""
    facts = list(al.facts)
    texts = {f.id: ctx.items[f.article_id].article.text[f.start : f.end] for f in facts}
    norm = {f.id: words(texts[f.id]) for f in facts}
    key = al.slot.split(":", 1)[1]
    if len({tuple(v) for v in norm.values()}) == 1:
        return _same_wording(al, facts, ctx, key)
    marks = {f.id: _markers(texts[f.id]) for f in facts}
    everywhere = set.intersection(*(_heads(m) for m in marks.values()))
    differing = {
        fid: [m for m in ms if m.split()[0] not in everywhere] for fid, ms in marks.items()
    }
    if not any(differing.values()):
        return []
    ref = facts[0]
    swaps = {f.id: substitutions(texts[ref.id], texts[f.id]) for f in facts[1:]}
    claims = []
    lines = []
    for f in facts:
        swapped = [s[1] for s in swaps.get(f.id, [])]
        value = " | ".join(differing[f.id] + swapped) or None
        claims.append(ctx.fact_claim(f, value))
        marked = ", ".join(differing[f.id]) or "no intensifier or number"
        lines.append(f"{ctx.outlet(f.article_id)}: {quoted(texts[f.id], 160)} [{marked}]")
    all_swaps = sorted({f"“{x}” vs “{y}”" for v in swaps.values() for x, y in v})
    swap_text = f" Key terms also differ: {', '.join(all_swaps[:6])}." if all_swaps else ""
    outlets = sorted({ctx.outlet(f.article_id) for f in facts})
    return [
        ctx.finding(
            kind="phrasing",
            verdict=Verdict.VARIATION,
            severity=Severity.LOW,
            confidence="phrasing",
            event_ids=al.event_ids,
            rule="phrasing-intensifier",
            claims=claims,
            title=f"{len(facts)} wordings of one statement on “{key}” ({len(outlets)} outlets)",
            explanation=(
                f"{len(outlets)} outlets word the same statement about “{key}” differently; the "
                "words in brackets change how strong or how precise it sounds: "
                + "; ".join(lines)
                + "."
                + swap_text
                + " Compare them before choosing one wording."
            ),
        )
    ]


def _same_wording(al: Alignment, facts: list[Fact], ctx: Context, key: str) -> list[Finding]:
    sources = ctx.independent([f.article_id for f in facts])
    outlets = sorted({ctx.outlet(f.article_id) for f in facts})
    if sources > 1:
        verdict, why = Verdict.CORROBORATED, f"{', '.join(outlets)} say it in the same words."
    else:
        verdict, why = Verdict.SINGLE_SOURCE, f"{', '.join(outlets)} repeat one wire story."
    return [
        ctx.finding(
            kind="phrasing",
            verdict=verdict,
            severity=Severity.INFO,
            confidence="phrasing",
            event_ids=al.event_ids,
            rule="same-wording",
            claims=[ctx.fact_claim(f) for f in facts],
            title=f"Same wording on “{key}” in {len(outlets)} outlets",
            explanation=why,
        )
    ]
