"""Judge quote Alignments: word-level fidelity, truncation, and paraphrase vs direct quote."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from factcheck.judge.common import Context, quoted
from factcheck.judge.text import content_words, words
from factcheck.models import Alignment, Fact, Finding, Severity, Verdict


def _inner(fact: Fact) -> str:
    v = fact.value if isinstance(fact.value, dict) else {}
    return str(v.get("quote") or fact.text)


def word_diff(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    """Words only in ``a`` and only in ``b``, from Levenshtein opcodes on the token lists."""
    only_a: list[str] = []
    only_b: list[str] = []
    for op in Levenshtein.opcodes(a, b):
        if op.tag == "equal":
            continue
        only_a.extend(a[op.src_start : op.src_end])
        only_b.extend(b[op.dest_start : op.dest_end])
    return only_a, only_b


def _is_sub(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return n > 0 and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def judge_quote(al: Alignment, ctx: Context) -> list[Finding]:
    """One speaker's quotes in several articles: identical, truncated or reworded."""
    speaker = _speaker(al.facts[0])
    toks = {f.id: words(_inner(f)) for f in al.facts}
    ref = max(al.facts, key=lambda f: (len(toks[f.id]), f.article_id))
    others = [f for f in al.facts if f.article_id != ref.article_id]
    if all(toks[f.id] == toks[ref.id] for f in others):
        sources = ctx.independent([f.article_id for f in al.facts])
        outlets = sorted({ctx.outlet(f.article_id) for f in al.facts})
        verdict = Verdict.CORROBORATED if sources > 1 else Verdict.SINGLE_SOURCE
        why = (
            f"{len(outlets)} independent outlets ({', '.join(outlets)}) quote {speaker} "
            f"word for word: {quoted(_inner(ref))}."
            if sources > 1
            else f"{', '.join(outlets)} carry the same quote from one wire story: one source."
        )
        return [
            ctx.finding(
                kind="quote",
                verdict=verdict,
                severity=Severity.INFO,
                confidence="quote",
                event_ids=al.event_ids,
                rule="same-quote",
                claims=[ctx.fact_claim(f) for f in al.facts],
                title=f"Same quote of {speaker} in {len(outlets)} outlets",
                explanation=why,
            )
        ]
    if ctx.independent([f.article_id for f in al.facts]) < 2:
        return []  # copies of one wire story: not two renderings of the quote
    parts = []
    claims = [ctx.fact_claim(ref, "reference wording")]
    truncated = True
    for f in others:
        if toks[f.id] == toks[ref.id]:
            claims.append(ctx.fact_claim(f, "same wording"))
            continue
        if _is_sub(toks[f.id], toks[ref.id]):
            claims.append(ctx.fact_claim(f, "shortened"))
            parts.append(f"{ctx.outlet(f.article_id)} quotes only part of it ({quoted(_inner(f))})")
            continue
        truncated = False
        only_ref, only_f = word_diff(toks[ref.id], toks[f.id])
        diff = f"{' '.join(only_ref) or '—'} | {' '.join(only_f) or '—'}"
        claims.append(ctx.fact_claim(f, diff))
        parts.append(
            f"{ctx.outlet(f.article_id)} has {quoted(' '.join(only_f) or '(nothing)')} where "
            f"{ctx.outlet(ref.article_id)} has {quoted(' '.join(only_ref) or '(nothing)')}"
        )
    rule = "quote-truncation" if truncated else "quote-wording"
    return [
        ctx.finding(
            kind="quote",
            verdict=Verdict.VARIATION,
            severity=Severity.LOW if truncated else Severity.MEDIUM,
            confidence="quote",
            event_ids=al.event_ids,
            rule=rule,
            claims=claims,
            title=f"{speaker}'s quote is worded differently across outlets",
            explanation=(
                f"{ctx.outlet(ref.article_id)} quotes {speaker}: {quoted(_inner(ref))}. "
                + "; ".join(parts)
                + ". A direct quotation should be verbatim: check the recording "
                "or transcript before repeating either wording."
            ),
        )
    ]


def _speaker(fact: Fact) -> str:
    v = fact.value if isinstance(fact.value, dict) else {}
    return str(v.get("speaker") or v.get("speaker_key") or "the speaker")


def judge_paraphrase(al: Alignment, ctx: Context) -> list[Finding]:
    """A direct quote in one article, reported indirectly in another."""
    quote, para = al.facts[0], al.facts[1]
    if ctx.independent([quote.article_id, para.article_id]) < 2:
        return []
    speaker = _speaker(quote)
    q, p = words(_inner(quote)), words(para.text)
    only_q, only_p = word_diff(q, p)
    common = set(content_words(para.text))
    shared = ", ".join(dict.fromkeys(w for w in content_words(_inner(quote)) if w in common))
    shared = shared or "few words"
    who_q, who_p = ctx.outlet(quote.article_id), ctx.outlet(para.article_id)
    return [
        ctx.finding(
            kind="quote",
            verdict=Verdict.VARIATION,
            severity=Severity.LOW,
            confidence="paraphrase",
            event_ids=al.event_ids,
            rule="quote-vs-paraphrase",
            claims=[ctx.fact_claim(quote, "direct quote"), ctx.fact_claim(para, "paraphrase")],
            title=f"{speaker}: direct quote in {ctx.outlet(quote.article_id)}, "
            f"paraphrase in {ctx.outlet(para.article_id)}",
            explanation=(
                f"{who_q} quotes {speaker} directly: {quoted(_inner(quote))}. "
                f"{who_p} reports the remark in its own words: {quoted(para.text)}. "
                f"They share {shared}; the wording differs ({len(only_q)} words only in the "
                f"quote, {len(only_p)} only in the paraphrase). A paraphrase can sharpen a "
                "remark: do not put the paraphrase in quotation marks."
            ),
        )
    ]
