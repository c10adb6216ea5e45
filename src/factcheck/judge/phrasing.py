"""Judge statement groups: wordings whose intensifiers, hedges, numbers or key terms differ.

One finding per group, all wordings side by side; the differing words go into the
explanation and into each claim's value so the report can mark them.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from factcheck.judge.common import Context, low_variation, quoted
from factcheck.judge.wording import key_as_written
from factcheck.models import Alignment, Fact, Finding, Severity, Verdict
from factcheck.settings import PHRASING_WINDOW
from factcheck.text import STOPWORDS, bigrams, content_words, words

# Words that change how strong a claim is. General English, not tuned to any corpus.
_INTENSIFIER_TEXT = """
    drastically fundamentally substantially significantly dramatically sharply greatly vastly
    hugely massively radically considerably markedly strongly firmly fully completely totally
    thoroughly entirely absolutely deeply highly extremely severely seriously slightly marginally
    somewhat modestly historic unprecedented massive huge major minor substantial
    significant dramatic sweeping bold biggest largest smallest double doubling triple halve
    exponentially never always only sole"""
INTENSIFIERS = frozenset(_INTENSIFIER_TEXT.split())
# Words that weaken or qualify a claim.
_HEDGE_TEXT = """
    reportedly allegedly possibly probably likely may might could expected expects expect
    due plans planned considering seek seeks aims"""
HEDGES = frozenset(_HEDGE_TEXT.split())
# Hedges of one strength: "will likely have to wait" and "may have to wait" say the same;
# only hedged vs unhedged changes a claim (docs/evaluation.md P3). "reportedly"/"allegedly"
# shift the claim to someone else, a different class.
HEDGE_CLASS = {
    **dict.fromkeys(("reportedly", "allegedly"), "attributed"),
    **dict.fromkeys(HEDGES - {"reportedly", "allegedly"}, "hedged"),
}
# A hedge right after these (auxiliaries skipped) opens a relative clause about a noun.
RELATIVES = frozenset(("that", "which", "who"))
AUXILIARIES = frozenset(("is", "are", "was", "were", "be", "been", "has", "have", "had", "will"))
# Approximators hedge a number only ("about two hours"), not a topic ("talks about trade").
APPROXIMATORS = frozenset(("about", "around", "approximately", "nearly", "almost", "roughly"))
NUMBER_RE = re.compile(
    r"^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion|half|a|an|dozen)$"
)
CURRENCY_RE = re.compile(
    r"[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|mn|tn)\b)?|\d[\d.,]*\s?%"
)
SCALE = {"million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12,
         "tn": 1e12}  # fmt: skip
# Near-identical sentences (content words, token_sort_ratio) are one wording: wire copy.
COPY_RATIO = 90


def _shared_at(toks: list[str], shared: set[str]) -> list[tuple[int, int]]:
    """Token positions (first, second word) of each occurrence of a shared key bigram."""
    content = [i for i, w in enumerate(toks) if w not in STOPWORDS and len(w) > 1]
    return [
        (content[k], content[k + 1])
        for k in range(len(content) - 1)
        if f"{toks[content[k]]} {toks[content[k + 1]]}" in shared
    ]


def _windows(toks: list[str], shared: set[str]) -> list[tuple[int, int]]:
    """Token ranges around each occurrence of a shared key bigram."""
    return [(a - PHRASING_WINDOW, b + PHRASING_WINDOW) for a, b in _shared_at(toks, shared)]


def _opens_relative_clause(toks: list[str], i: int) -> bool:
    """Whether the hedge at ``i`` opens a relative clause: "a deal that could help ...",
    "a startup that seeks to ...", "the merger, which is expected to ..."."""
    j = i - 1
    while j >= 0 and toks[j] in AUXILIARIES:
        j -= 1
    return j >= 0 and toks[j] in RELATIVES


def _is_number(tok: str) -> bool:
    return bool(NUMBER_RE.match(tok))


def _markers(text: str, shared: set[str]) -> list[str]:
    """Intensifiers and hedges (with the next word) near the shared key phrases, and numbers.

    An approximator ("about", "nearly") is a hedge only before a number: "concerns about
    rising threats" hedges nothing.
    """
    toks = words(text)
    spots = _windows(toks, shared)
    out = []
    covered = {i for lo, hi in spots for i in range(max(lo, 0), hi + 1)}
    last_shared = max((b for _a, b in _shared_at(toks, shared)), default=-1)
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        # A hedge qualifies its whole clause ("HP expects the deal to be completed ... in its
        # first fiscal quarter"), so it counts anywhere in the sentence; an intensifier or an
        # approximator only near the shared phrase.
        if i not in covered and tok not in HEDGES:
            continue
        if tok in HEDGES and i > last_shared and _opens_relative_clause(toks, i):
            # A relative clause after the shared phrases says something else about a noun
            # ("buy a services provider, in a deal that could help it win contracts"): its
            # hedge qualifies that side claim, which the other wordings do not make.
            continue
        if tok in APPROXIMATORS and not _is_number(nxt):
            continue
        if tok == "may" and nxt[:1].isdigit():
            continue  # "May 13": a date, not a hedge
        if tok in INTENSIFIERS or tok in HEDGES or tok in APPROXIMATORS:
            out.append(f"{tok} {nxt}".strip())
    out.extend(m.group(0) for m in CURRENCY_RE.finditer(text))
    return list(dict.fromkeys(out))


def _local_words(text: str, shared: set[str]) -> set[str]:
    """Content words inside the windows around the shared key phrases."""
    toks = words(text)
    spots = _windows(toks, shared)
    covered = {i for lo, hi in spots for i in range(max(lo, 0), hi + 1)}
    return {w for i, w in enumerate(toks) if i in covered and w not in STOPWORDS and len(w) > 2}


def _shared_bigrams(texts: dict[str, str], article_of: dict[str, str]) -> set[str]:
    """Content bigrams found in the wordings of at least two articles."""
    seen: dict[str, set[str]] = {}
    for fid, text in texts.items():
        for bg in set(bigrams(content_words(text))):
            seen.setdefault(bg, set()).add(article_of[fid])
    return {bg for bg, arts in seen.items() if len(arts) >= 2}


def marker_key(marker: str) -> str:
    """What a marker means, for comparing across articles: "$2,799" = "$2799", "$5.4bn" =
    "$5.4 billion"; hedges of one strength are one key; intensifiers are their own word."""
    m = CURRENCY_RE.fullmatch(marker)
    if m:
        return _amount_key(marker)
    head = marker.split()[0]
    if head in HEDGE_CLASS:
        return HEDGE_CLASS[head]
    if head in APPROXIMATORS:
        return "approximately"
    return head


def _amount_key(text: str) -> str:
    """A money or percent string as symbol + number in base units ("$5.4bn" -> "$5400000000")."""
    symbol = "%" if text.rstrip().endswith("%") else text.strip()[0]
    num = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if num is None:
        return text
    value = float(num.group(0).replace(",", ""))
    scale = re.search(r"(million|billion|trillion|bn|mn|tn|m)\b", text[num.end() :])
    if scale:
        value *= SCALE[scale.group(1)]
    return f"{symbol}{value:.6g}"


def _keys(markers: list[str]) -> set[str]:
    return {marker_key(m) for m in markers}


def _copies(facts: list[Fact], norm: dict[str, list[str]]) -> bool:
    """Whether every article pair has a near-identical sentence: copies of one text."""
    texts: dict[str, list[str]] = {}
    for f in facts:
        texts.setdefault(f.article_id, []).append(
            " ".join(w for w in norm[f.id] if w not in STOPWORDS)
        )
    arts = sorted(texts)
    return all(
        any(fuzz.token_sort_ratio(x, y) >= COPY_RATIO for x in texts[a] for y in texts[b])
        for i, a in enumerate(arts)
        for b in arts[i + 1 :]
    )


def judge_phrasing(al: Alignment, ctx: Context) -> list[Finding]:
    """Several outlets' wordings of one statement: flag the words that change its nuance."""
    facts = list(al.facts)
    texts = {f.id: ctx.items[f.article_id].article.text[f.start : f.end] for f in facts}
    norm = {f.id: words(texts[f.id]) for f in facts}
    # The slot's key words ("able use") as an outlet writes them ("able to use"), for titles.
    key = key_as_written(texts.values(), al.slot.split(":", 1)[1])
    if len({tuple(v) for v in norm.values()}) == 1:
        return _same_wording(al, facts, ctx, key)
    if ctx.independent([f.article_id for f in facts]) < 2:
        return []  # one wire story's copies: their wordings are not independent accounts
    shared = _shared_bigrams(texts, {f.id: f.article_id for f in facts})
    if _copies(facts, norm):
        return []  # press-release or wire copies: one wording, whatever else they add
    marks = {f.id: _markers(texts[f.id], shared) for f in facts}
    # Markers are pooled per article, then compared across articles: an article that brings
    # two sentences, one with "all" and one without, still says "all" (P2).
    per_article: dict[str, set[str]] = {}
    for f in facts:
        per_article.setdefault(f.article_id, set()).update(_keys(marks[f.id]))
    # What "everyone says" is read from the core wordings (two or more shared phrases); a
    # sentence that joined on one phrase may say less without the others saying more.
    core = {
        f.article_id for f in facts if len(set(bigrams(content_words(texts[f.id]))) & shared) >= 2
    }
    basis = [per_article[a] for a in sorted(core)] if len(core) >= 2 else list(per_article.values())
    everywhere = set.intersection(*basis)
    differing = {
        fid: [m for m in ms if marker_key(m) not in everywhere] for fid, ms in marks.items()
    }
    # "about 350" vs "350" is the value judges' business (intervals), not a nuance of wording.
    nuance = {m.split()[0] for ms in differing.values() for m in ms} & (INTENSIFIERS | HEDGES)
    marked_articles = {f.article_id for f in facts if differing[f.id]}
    diff_sets: dict[str, set[str]] = {}
    for f in facts:
        diff_sets.setdefault(f.article_id, set()).update(_keys(differing[f.id]))
    distinct = {frozenset(v) for v in diff_sets.values() if v}
    if not nuance or len(marked_articles) < 2 or len(distinct) < 2:
        # Ordinary rewording, only one outlet qualifies the claim, or the outlets that add a
        # word all add the same one (one more clause, e.g. a quote, not a change of nuance).
        return []
    local = {f.id: _local_words(texts[f.id], shared) for f in facts}
    claims = []
    lines = []
    owners: dict[str, set[str]] = {}
    for f in facts:
        for w in local[f.id]:
            owners.setdefault(w, set()).add(f.article_id)
    for f in facts:
        heads = {m.split()[0] for m in differing[f.id]}
        own = sorted(w for w in local[f.id] if owners[w] == {f.article_id} and w not in heads)
        value = " | ".join([*differing[f.id], ", ".join(own)][: len(differing[f.id]) + bool(own)])
        claims.append(ctx.fact_claim(f, value or None))
        marked = ", ".join(differing[f.id]) or "no intensifier or number"
        terms = f"; own words: {', '.join(own)}" if own else ""
        lines.append(f"{ctx.outlet(f.article_id)}: {quoted(texts[f.id], 160)} [{marked}{terms}]")
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
                + ". Compare them before choosing one wording."
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


def judge_partner(al: Alignment, ctx: Context) -> list[Finding]:
    """The one harmed told as two relations to the one who harmed (``align.partners``): a low
    variation, since the accounts may be telling of two people."""
    a, b = al.facts
    la, lb = ctx.outlet(a.article_id), ctx.outlet(b.article_id)
    return low_variation(
        al,
        ctx,
        kind="phrasing",
        rule="relation-differs",
        title=f"Who was harmed, told two ways: “{a.text}” vs “{b.text}”",
        explanation=(
            f"{la} writes “{a.text}” and {lb} “{b.text}” for the one the event's own happening "
            "was done to, and neither account uses the other's word anywhere. Unless two "
            "people are meant, one relation is wrong: check which the sources support. "
            "Matched on subject the one harmed, attribute the relation to the one who did "
            "it, time this event."
        ),
    )
