"""Ages in apposition: "Mark Jensen, 61, of Dayton" and "Jensen (61)".

The "61-year-old" form is a count (``quantities.find_counts``, noun 'year-old'); this rule
adds the bare number set off by commas or brackets right after a person's name, the way news
copy gives ages. It reads only what follows a name the people rule found, so "Smith, 3, and
Jones" (a list) still needs the name before it.
"""

from __future__ import annotations

import re

from factcheck.extract._base import Cand, Ctx
from factcheck.models import FactType

# ", 61," / ", 61." / " (61)" right after a name; an age is at most three digits. The number
# ends a clause, or an aside follows it: "Zawahri, 24 (shot at home)", "Ruiz, 19 — a student",
# or it ends a line of a list of victims.
APPOSITION_RE = re.compile(
    r"(?:,\s*(?P<a>\d{1,3})(?![,.]\d)\s*(?=[,.;:)\]]|\s+(?:of|from|and)\b|[ \t]*\("
    r"|[ \t]+[\u2014\u2013]|[ \t]*(?:\n|$))|\s*\((?P<b>\d{1,3})\))"
)
MAX_AGE = 120


def find_ages(ctx: Ctx, people: list[Cand]) -> list[Cand]:
    """Age counts (noun 'year-old') written right after a person's name."""
    out: list[Cand] = []
    for person in people:
        m = APPOSITION_RE.match(ctx.text, person.end)
        if m is None:
            continue
        group = "a" if m.group("a") else "b"
        age = int(m.group(group))
        if not 0 < age <= MAX_AGE:
            continue
        value = {"value": float(age), "noun": "year-old", "low": float(age), "high": float(age),
                 "hedge": None}  # fmt: skip
        out.append(Cand(FactType.COUNT, m.start(group), m.end(group), value, "age-apposition"))
    return out
