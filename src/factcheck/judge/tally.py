"""How many independent sources agree, said so that the number matches the list after it.

"2 independent sources agree: A; B; C" reads as a miscount when B and C are copies of one
wire story (counted once) or A gives the value twice. :func:`agreeing_sources` lists each
article once (its words together) and, when the articles outnumber the sources, says which
articles carry the same story.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.judge.common import Context, quoted
from factcheck.models import Fact


def _names(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def agreeing_sources(ctx: Context, facts: Sequence[Fact]) -> tuple[str, str]:
    """``("2 independent sources (3 outlets; B and C carry the same story, counted once)",
    "A: “x”; B: “x”; C: “x”")`` for the facts that agree; the number counts the sources
    the listed articles are (wire copies once), each article is listed once."""
    words: dict[str, list[str]] = {}
    for f in facts:
        texts = words.setdefault(f.article_id, [])
        if quoted(f.text) not in texts:
            texts.append(quoted(f.text))
    listing = "; ".join(f"{ctx.outlet(a)}: {', '.join(t)}" for a, t in words.items())
    n = ctx.independent(list(words))
    head = f"{n} independent source{'s' if n != 1 else ''}"
    if len(words) > n:
        labels = [ctx.outlet(a) for a in words]
        noun = "outlets" if len(set(labels)) == len(labels) else "articles"
        head += f" ({len(words)} {noun}; {copies_note(ctx, list(words))})"
    return head, listing


def copies_note(ctx: Context, article_ids: Sequence[str]) -> str:
    """Which of the articles carry the same story ("A and B carry the same story, counted
    once"); empty when each is a source of its own."""
    groups: dict[str, list[str]] = {}
    for a in dict.fromkeys(article_ids):
        groups.setdefault(ctx.source_group.get(a, a), []).append(ctx.outlet(a))
    copies = [
        f"{_names(list(dict.fromkeys(g)))} carry the same story"
        if len(set(g)) > 1
        else f"{len(g)} articles of {g[0]} carry the same story"
        for g in groups.values()
        if len(g) > 1
    ]
    if not copies:
        return ""
    return "; ".join(copies) + (", each counted once" if len(copies) > 1 else ", counted once")
