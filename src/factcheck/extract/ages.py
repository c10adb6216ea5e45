"""Ages in apposition: "Mark Jensen, 61, of Dayton", "Jensen (61)", "Jensen, age 61,", and
after a noun naming someone: "the suspect, 19, was arrested", "a woman, 34, was grazed".

The "61-year-old" form is a count (``quantities.find_counts``, noun 'year-old'); this rule
adds the bare number set off by commas or brackets right after a person's name or a person
noun (WordNet's noun.person, ``lexicon.person_noun``), the way news copy gives ages. It reads
only what follows a name the people rule found or such a noun, so "Smith, 3, and Jones" (a
list) still needs the name before it.
"""

from __future__ import annotations

import re

from factcheck.extract._base import Cand, Ctx
from factcheck.lexicon import person_noun
from factcheck.models import FactType

# ", 61," / ", 61." / " (61)" right after a name; an age is at most three digits. The number
# ends a clause, or an aside follows it: "Zawahri, 24 (shot at home)", "Ruiz, 19 — a student",
# or it ends a line of a list of victims.
APPOSITION_RE = re.compile(
    r"(?:,\s*(?:aged?\s+)?(?P<a>\d{1,3})(?![,.]\d)\s*(?=[,.;:)\]]|\s+(?:of|from|and)\b|[ \t]*\("
    r"|[ \t]+[\u2014\u2013]|[ \t]*(?:\n|$))|\s*\((?P<b>\d{1,3})\))"
)
MAX_AGE = 120
# A noun that may name someone, after an article or a possessive, set off by a comma before
# the age: "the suspect, 19,", "a woman, 34,", "his brother, 24,".
ROLE_BEFORE_RE = re.compile(r"\b(?:the|a|an|his|her|their)\s+([a-z]+)(?=,)", re.IGNORECASE)


def find_ages(ctx: Ctx, people: list[Cand]) -> list[Cand]:
    """Age counts (noun 'year-old') written right after a person's name."""
    out: list[Cand] = []
    ends = [p.end for p in people]
    ends += [m.end() for m in ROLE_BEFORE_RE.finditer(ctx.text) if person_noun(m.group(1))]
    for end in sorted(set(ends)):
        m = APPOSITION_RE.match(ctx.text, end)
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
