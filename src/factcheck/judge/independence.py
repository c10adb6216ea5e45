"""Find wire copy (shingle Jaccard) and single-source figures: ArticleFacts in, Findings out.

Several outlets running the same wire story are one source, not corroboration: their
articles are grouped, and every corroboration count in the judge uses those groups.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from factcheck.judge.common import Context, quoted
from factcheck.judge.measures import same_value
from factcheck.judge.values import interval
from factcheck.models import ArticleFacts, Event, Fact, FactType, Finding, Severity, Verdict
from factcheck.settings import NAME_SPELLING_MIN_RATIO, SHINGLE_SIZE, WIRE_COPY_JACCARD
from factcheck.text import STOPWORDS, words
from factcheck.values import PersonValue

SINGLE_SOURCE_TYPES = (FactType.MONEY, FactType.PERCENT, FactType.QUANTITY)
# Spans already accounted for: an acronym inside a name or a figure ("2% of GDP") is not a
# programme of its own.
NAMED_OR_NUMERIC = (
    FactType.PERSON,
    FactType.PLACE,
    FactType.MONEY,
    FactType.PERCENT,
    FactType.QUANTITY,
    FactType.COUNT,
    FactType.DATE,
    FactType.TIME,
)
CLAIM_ROLES = ("lead", "body", "background")


def shingles(text: str, size: int = SHINGLE_SIZE) -> set[int]:
    """Hashed word n-grams of a text (hash() of str is stable within one run)."""
    toks = words(text)
    return {hash(tuple(toks[i : i + size])) for i in range(max(len(toks) - size + 1, 1))}


def jaccard(a: set[int], b: set[int]) -> float:
    """|a ∩ b| / |a ∪ b|, 0 for two empty sets."""
    return len(a & b) / len(a | b) if a or b else 0.0


def wire_groups(
    events: Sequence[Event], items: dict[str, ArticleFacts]
) -> tuple[dict[str, str], list[list[str]]]:
    """Map article id -> representative of its wire-copy group (blocked by event)."""
    group_of: dict[str, str] = {}
    groups: list[list[str]] = []
    for ev in events:
        ids = sorted(
            (a for a in ev.article_ids if a in items), key=lambda a: items[a].article.source
        )
        sh = {a: shingles(items[a].article.text) for a in ids}
        for a in ids:
            if a in group_of:
                continue
            members = [a] + [
                b
                for b in ids
                if b != a and b not in group_of and jaccard(sh[a], sh[b]) >= WIRE_COPY_JACCARD
            ]
            for m in members:
                group_of[m] = a
            if len(members) > 1:
                groups.append(members)
    return group_of, groups


def judge_wire_copy(groups: list[list[str]], ctx: Context) -> list[Finding]:
    """One finding per wire-copy group: it counts as one source."""
    out = []
    for members in groups:
        claims = []
        for aid in members:
            item = ctx.items[aid]
            lead = next((s for s in item.sentences if s.role == "lead"), None)
            if lead is not None:
                claims.append(ctx.claim(aid, lead.start, lead.end, "shared wire text"))
        outlets = sorted({ctx.outlet(a) for a in members})
        sim = jaccard(
            shingles(ctx.items[members[0]].article.text),
            shingles(ctx.items[members[1]].article.text),
        )
        out.append(
            ctx.finding(
                kind="phrasing",
                verdict=Verdict.SINGLE_SOURCE,
                severity=Severity.INFO,
                confidence="wire-copy",
                event_ids=sorted({ctx.event_of.get(a, "") for a in members} - {""}),
                rule="wire-copy",
                claims=claims,
                title=f"{len(members)} articles are one wire story ({', '.join(outlets)})",
                explanation=(
                    f"{', '.join(outlets)} share {sim:.0%} of their five-word sequences: they "
                    "republish the same copy. They count as one source, so agreement between "
                    "them is not independent corroboration."
                ),
            )
        )
    return out


def _magnitude(fact: Fact) -> int:
    """Bucket of a fact's value: tenths of a decade (values within ~25% share or neighbour)."""
    iv = interval(fact)
    if iv is None or iv[1] <= 0:
        return -999
    return math.floor(10 * math.log10(max((iv[0] + iv[1]) / 2, 1e-9)))


def judge_single_source(event: Event, ctx: Context) -> list[Finding]:
    """Figures only one independent source in the event gives: unverified, not a conflict."""
    members = [ctx.items[a] for a in event.article_ids if a in ctx.items]
    if ctx.independent([m.article.id for m in members]) < 2:
        return []
    facts = []
    for item in members:
        roles = {s.index: s.role for s in item.sentences}
        facts += [
            f
            for f in item.facts
            if f.type in SINGLE_SOURCE_TYPES and roles.get(f.sentence) in CLAIM_ROLES
        ]
    # Bucket by type and order of magnitude so each fact meets only plausible matches
    # (values within rounding sit in the same or a neighbouring bucket).
    buckets: dict[tuple[str, int], list[Fact]] = {}
    for f in facts:
        buckets.setdefault((f.type.value, _magnitude(f)), []).append(f)
    out = []
    for fact in facts:
        src = ctx.source_group.get(fact.article_id, fact.article_id)
        mag = _magnitude(fact)
        near = [o for m in (mag - 1, mag, mag + 1) for o in buckets.get((fact.type.value, m), [])]
        if any(
            ctx.source_group.get(o.article_id, o.article_id) != src and same_value(fact, o)
            for o in near
        ):
            continue
        outlet = ctx.outlet(fact.article_id)
        out.append(
            ctx.finding(
                kind=fact.type.value,
                verdict=Verdict.SINGLE_SOURCE,
                severity=Severity.INFO,
                confidence="single-source",
                event_ids=(event.id,),
                rule="single-source",
                claims=[ctx.fact_claim(fact, "only this source")],
                title=f"Only {outlet} gives {fact.text}",
                explanation=(
                    f"No other independent outlet covering {ctx.event_desc(event.id)} gives this "
                    f"figure ({fact.text}). It is unverified, not contradicted: confirm it with a "
                    "second source before relying on it."
                ),
            )
        )
    return out


# A named programme or body written as an acronym ("IPEF", "TPP"): three to six capitals.
ACRONYM_RE = re.compile(r"\b[A-Z]{3,6}s?\b")


def _shouted(text: str) -> bool:
    """A sentence written mostly in capitals (a subheading)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def judge_single_source_names(event: Event, ctx: Context) -> list[Finding]:
    """Acronyms (programmes, bodies) that only one independent source in the event mentions."""
    members = [ctx.items[a] for a in event.article_ids if a in ctx.items]
    if ctx.independent([m.article.id for m in members]) < 2:
        return []
    out = []
    for item in members:
        src = ctx.source_group.get(item.article.id, item.article.id)
        others = [
            m.article.text
            for m in members
            if ctx.source_group.get(m.article.id, m.article.id) != src
        ]
        taken = [(f.start, f.end) for f in item.facts if f.type in NAMED_OR_NUMERIC]
        dl = item.article.dateline
        if dl is not None:
            taken.append((dl.start, dl.end))
        seen: set[str] = set()
        for sent in item.sentences:
            if sent.role not in CLAIM_ROLES or _shouted(sent.text):
                continue  # "WHAT DO WE KNOW ABOUT THE SHIP?": a heading, not acronyms
            for m in ACRONYM_RE.finditer(item.article.text, sent.start, sent.end):
                name = m.group(0).rstrip("s")
                if name.lower() in STOPWORDS:
                    continue  # "THE", "WHAT" in capitals are words, not names
                if name in seen or any(a <= m.start() < b for a, b in taken):
                    continue
                seen.add(name)
                pattern = re.compile(rf"\b{name}s?\b")
                if any(pattern.search(text) for text in others):
                    continue
                out.append(
                    ctx.finding(
                        kind="name",
                        verdict=Verdict.SINGLE_SOURCE,
                        severity=Severity.INFO,
                        confidence="acronym",
                        event_ids=(event.id,),
                        rule="single-source",
                        claims=[ctx.claim(item.article.id, m.start(), m.end(), "only this source")],
                        title=f"Only {ctx.outlet(item.article.id)} mentions {name}",
                        explanation=(
                            f"{ctx.outlet(item.article.id)} names {name} "
                            f"({quoted(sent.text, 160)}); no other independent outlet covering "
                            f"{ctx.event_desc(event.id)} mentions it. Unverified, not "
                            "contradicted."
                        ),
                    )
                )
    return out


def judge_name_spelling(event: Event, ctx: Context) -> list[Finding]:
    """One person's name spelled two ways by independent sources ("Zelensky" / "Zelenskyy")."""
    people: dict[str, list[Fact]] = {}
    for aid in event.article_ids:
        item = ctx.items.get(aid)
        for fact in item.facts if item is not None else ():
            if isinstance(fact.value, PersonValue) and fact.value.key:
                people.setdefault(fact.value.key, []).append(fact)
    keys = sorted(people)
    out = []
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            ta, tb = a.split(), b.split()
            if (
                len(ta) != len(tb)
                or len(ta) < 2
                or sum(x != y for x, y in zip(ta, tb, strict=True)) != 1
            ):
                continue  # same length, exactly one differing name part
            x, y = next((x, y) for x, y in zip(ta, tb, strict=True) if x != y)
            if min(len(x), len(y)) < 4 or fuzz.ratio(x, y) < NAME_SPELLING_MIN_RATIO:
                continue
            fa, fb = people[a][0], people[b][0]
            if ctx.independent([fa.article_id, fb.article_id]) < 2:
                continue
            out.append(
                ctx.finding(
                    kind="name",
                    verdict=Verdict.VARIATION,
                    severity=Severity.LOW,
                    confidence="name",
                    event_ids=(event.id,),
                    rule="name-spelling",
                    claims=[ctx.fact_claim(fa, a), ctx.fact_claim(fb, b)],
                    title=f"Name spelled two ways: {fa.text} / {fb.text}",
                    explanation=(
                        f"{ctx.outlet(fa.article_id)} writes {quoted(fa.text)} and "
                        f"{ctx.outlet(fb.article_id)} writes {quoted(fb.text)}: the names differ "
                        f"only in “{x}” vs “{y}”, so they most likely mean one person. Check "
                        "the spelling against an authoritative source (a transliteration "
                        "variant is acceptable, a typo is not)."
                    ),
                )
            )
    return out
