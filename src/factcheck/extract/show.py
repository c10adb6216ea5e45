"""Present extracted facts for the `factcheck facts` command: JSON records or a text table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from factcheck.models import ArticleFacts, Fact
from factcheck.values import QuantityReading

TEXT_WIDTH = 42  # surface text column in the table; longer evidence is cut with "…"
SUMMARY_KEYS = {
    "date": ("start", "end", "weekday"),
    "time": ("local", "utc_offset", "utc", "zone_label"),
    "duration": ("minutes", "low", "high"),
    "money": ("currency", "amount", "period_years", "purpose"),
    "percent": ("value", "base"),
    "quantity": ("magnitude", "unit", "restated"),
    "count": ("value", "noun", "low", "high"),
    "place": ("name", "country", "kind"),
    "person": ("name", "key"),
    "org": ("name",),
    "quote": ("speaker",),
    "statement": ("subject",),
}


def facts_records(items: Sequence[ArticleFacts]) -> list[dict[str, Any]]:
    """Return the --json structure: one object per article with its facts."""
    return [
        {
            "source": af.article.source,
            "outlet": af.article.outlet,
            "text": af.article.text,
            "facts": [
                {
                    "type": f.type.value,
                    "text": f.text,
                    "start": f.start,
                    "end": f.end,
                    "value": f.value.public(),
                    "rule": f.rule,
                }
                for f in af.facts
            ],
        }
        for af in items
    ]


def _summary(fact: Fact) -> str:
    keys = SUMMARY_KEYS.get(fact.type.value, ())
    parts = []
    for k in keys:
        v = getattr(fact.value, k, None)
        if v is None:
            continue
        if isinstance(v, QuantityReading):
            v = f"{v.magnitude} {v.unit}"
        elif isinstance(v, float):
            v = f"{v:g}"
        parts.append(f"{k}={v}")
    return " ".join(parts)


def _cut(text: str) -> str:
    one = " ".join(text.split())
    return one if len(one) <= TEXT_WIDTH else one[: TEXT_WIDTH - 1] + "…"


def facts_table(items: Sequence[ArticleFacts], *, statements: bool = False) -> str:
    """Return a readable table of facts per article (statements left out unless asked)."""
    lines: list[str] = []
    for af in items:
        head = f"{af.article.id}  {af.article.outlet or '?'}  {af.article.source}"
        lines.append(head)
        lines.append("-" * min(len(head), 100))
        for f in af.facts:
            if f.type.value == "statement" and not statements:
                continue
            lines.append(
                f"  {f.type.value:<9} {f.start:>6}-{f.end:<6} {_cut(f.text):<{TEXT_WIDTH}}  "
                f"{_summary(f)}  [{f.rule}]"
            )
        lines.append("")
    return "\n".join(lines)
