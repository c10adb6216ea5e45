"""Judge quote Alignments: word-level fidelity, truncation, and paraphrase vs direct quote."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from rapidfuzz.distance import Levenshtein

from factcheck.align.quotes import near_window, polar_inside, polar_stretch
from factcheck.judge.common import Context, low_variation, quoted
from factcheck.judge.tally import copies_note
from factcheck.lexicon import known, same_concept
from factcheck.models import Alignment, Fact, Finding, Severity, Verdict
from factcheck.settings import ABBREVIATION_SHARE
from factcheck.text import STOPWORDS, content_words, squash, words
from factcheck.values import QuoteValue


def _inner(fact: Fact) -> str:
    return (fact.value.quote if isinstance(fact.value, QuoteValue) else "") or fact.text


# An editor's insertion inside a quote ("Leader of Opposition (GN Azad) said", "until [the
# magazine] was empty"): not the speaker's words, so not compared.
EDITORIAL_RE = re.compile(r"\[[^\]]*\]|\([^)]*\)")


def _spoken(fact: Fact) -> str:
    return EDITORIAL_RE.sub(" ", _inner(fact))


def _abbreviates(short: list[str], long_: list[str]) -> bool:
    """Whether ``short`` abbreviates ``long_``: its letters are the initials of the other's
    words or of its content words ("J&K" / "Jammu and Kashmir"), or one word shortened
    keeping its first letter and order ("yrs" / "years", "govt" / "government")."""
    letters = "".join(short)
    if not letters or len(letters) >= len("".join(long_)):
        return False
    initials = {"".join(w[0] for w in long_), "".join(w[0] for w in content_words(" ".join(long_)))}
    if len(short) > 1 and letters in initials:
        return True
    if len(short) == 1 and len(long_) == 1 and letters[0] == long_[0][0]:
        if len(letters) < 2 or len(letters) > ABBREVIATION_SHARE * len(long_[0]):
            return False  # "no" / "not", "behaviors" / "behaviours": not a shortening
        if letters in STOPWORDS or (known(letters) and not same_concept(letters, long_[0])):
            return False  # "he" / "here": a word of its own ("yrs" is WordNet's "year")
        rest = iter(long_[0])
        return all(ch in rest for ch in letters)
    return False


def only_abbreviations(a: list[str], b: list[str]) -> bool:
    """Whether two renderings differ only where one abbreviates the other."""
    ops = list(SequenceMatcher(None, a, b, autojunk=False).get_opcodes())
    changed = [(a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in ops if tag != "equal"]
    return bool(changed) and all(_abbreviates(x, y) or _abbreviates(y, x) for x, y in changed)


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


# Words whose loss changes what a shortened quote says: negations, conditions, qualifiers.
CUT_WORDS = frozenset(
    [
        "not",
        "no",
        "never",
        "nor",
        "neither",
        "without",
        "unless",
        "if",
        "except",
        "only",
        "hardly",
        "barely",
        "unlikely",
    ]
)
# Tokens either side of a fragment inside the full quote where such a word matters.
CUT_REACH = 3


def _cut_changes_meaning(full: list[str], part: list[str]) -> list[str]:
    """Negations or conditions next to where ``part`` sits in ``full`` that the cut drops."""
    target = squash(" ".join(part))
    for i in range(len(full)):
        acc = ""
        for j in range(i, len(full)):
            acc += squash(full[j])
            if len(acc) >= len(target):
                break
        if acc == target:
            around = full[max(0, i - CUT_REACH) : i] + full[j + 1 : j + 1 + CUT_REACH]
            return [w for w in around if w in CUT_WORDS]
    return []


def judge_quote(al: Alignment, ctx: Context) -> list[Finding]:
    """One speaker's quotes in several articles: identical, a faithful part, cut or reworded.

    Quotes compare on their letters only (spelling, hyphens, compounds, punctuation and case
    are not wording). A quote contained in a longer one is a faithful fragment, unless the
    cut drops a negation or condition right next to it.
    """
    speaker = _speaker(al.facts[0])
    toks = {f.id: words(_spoken(f)) for f in al.facts}
    sq = {f.id: squash(_spoken(f)) for f in al.facts}
    ref = max(al.facts, key=lambda f: (len(sq[f.id]), f.article_id))
    others = [f for f in al.facts if f.article_id != ref.article_id]
    parts = []
    claims = [ctx.fact_claim(ref, "reference wording")]
    wording = cut = polar = False
    for f in others:
        if sq[f.id] == sq[ref.id] or only_abbreviations(toks[f.id], toks[ref.id]):
            claims.append(ctx.fact_claim(f, "same wording"))
            continue
        if sq[f.id] and sq[f.id] in sq[ref.id]:
            dropped = _cut_changes_meaning(toks[ref.id], toks[f.id])
            claims.append(ctx.fact_claim(f, "shortened" if dropped else "part of the quote"))
            if dropped:
                cut = True
                parts.append(
                    f"{ctx.outlet(f.article_id)} quotes only part of it ({quoted(_inner(f))}), "
                    f"leaving out {quoted(' '.join(dropped))} next to it"
                )
            continue
        wording = True
        span = near_window(toks[f.id], toks[ref.id])  # a shorter rendering of one part
        lo, hi = span if span is not None else (0, len(toks[ref.id]))
        only_ref, only_f = word_diff(toks[ref.id][lo:hi], toks[f.id])
        polar = (
            polar
            or polar_inside(toks[f.id], toks[ref.id])
            or polar_stretch(
                [w.casefold() for w in toks[f.id]], [w.casefold() for w in toks[ref.id]]
            )
        )
        diff = f"{' '.join(only_ref) or '—'} | {' '.join(only_f) or '—'}"
        claims.append(ctx.fact_claim(f, diff))
        parts.append(
            f"{ctx.outlet(f.article_id)} has {quoted(' '.join(only_f) or '(nothing)')} where "
            f"{ctx.outlet(ref.article_id)} has {quoted(' '.join(only_ref) or '(nothing)')}"
        )
    sources = ctx.independent([f.article_id for f in al.facts])
    if not wording and not cut:
        return [_same_quote(al, ctx, speaker, ref, sources)]
    if sources < 2 and not polar:
        return []  # copies of one wire story: not two renderings of the quote
    rule = "quote-wording" if wording else "quote-truncation"
    return [
        ctx.finding(
            kind="quote",
            verdict=Verdict.VARIATION,
            severity=Severity.MEDIUM if wording else Severity.LOW,
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


def _same_quote(al: Alignment, ctx: Context, speaker: str, ref: Fact, sources: int) -> Finding:
    """The same words (or faithful parts of them) in every outlet."""
    outlets = sorted({ctx.outlet(f.article_id) for f in al.facts})
    whole = len({squash(_inner(f)) for f in al.facts}) == 1
    how = "word for word" if whole else "word for word (some quote only part of it)"
    # The number counts sources (wire copies once); the names list every outlet, so say
    # which of them carry one story.
    note = copies_note(ctx, [f.article_id for f in al.facts])
    why = (
        f"{sources} independent outlets ({', '.join(outlets)}{'; ' + note if note else ''}) "
        f"quote {speaker} {how}: {quoted(_inner(ref))}."
        if sources > 1
        else f"{', '.join(outlets)} carry the same quote from one wire story: one source."
    )
    return ctx.finding(
        kind="quote",
        verdict=Verdict.CORROBORATED if sources > 1 else Verdict.SINGLE_SOURCE,
        severity=Severity.INFO,
        confidence="quote",
        event_ids=al.event_ids,
        rule="same-quote" if whole else "quote-fragment",
        claims=[ctx.fact_claim(f) for f in al.facts],
        title=f"Same quote of {speaker} in {len(outlets)} outlets",
        explanation=why,
    )


def _speaker(fact: Fact) -> str:
    v = fact.value
    if not isinstance(v, QuoteValue):
        return "the speaker"
    return v.speaker or v.speaker_key or "the speaker"


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


def judge_speaker(al: Alignment, ctx: Context) -> list[Finding]:
    """One remark credited to two named people by two accounts (``align.speakers``): a low
    variation, since two people may have said the same words."""
    names: dict[str, Fact] = {}
    for f in al.facts:
        if isinstance(f.value, QuoteValue) and f.value.speaker:
            names.setdefault(f.value.speaker, f)
    if len(names) < 2:
        return []
    (na, a), (nb, b) = list(names.items())[:2]
    la, lb = ctx.outlet(a.article_id), ctx.outlet(b.article_id)
    return low_variation(
        al,
        ctx,
        kind="quote",
        rule="quote-speaker-differs",
        title=f"One quote, two speakers: {na} vs {nb}",
        explanation=(
            f"{la} credits {quoted(a.text)} to {na}, {lb} the same words to {nb}, and neither "
            "account names the other's speaker anywhere. Unless both said it, one account "
            "has the speaker (or the speaker's name) wrong: check who said it. Matched on "
            "subject the remark, attribute its speaker, time this event."
        ),
    )
