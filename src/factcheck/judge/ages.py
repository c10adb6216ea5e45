"""Ages that the accounts of one event give differently for the same person.

A named person's age given as 61 by one outlet and 67 by another cannot both be right: a
``conflict`` (a year apart, a ``variation``: a birthday may fall between two reports). Ages of
a role ("a 4-year-old girl" / "a 6-year-old girl") may be two children: a low ``variation``.
"""

from __future__ import annotations

import math
from datetime import date

from factcheck.align.ages import (
    AGE_UNITS,
    age_subject,
    age_years,
    full_names,
    role_key,
    role_word,
    written_name,
)
from factcheck.judge.common import Context, two_sides
from factcheck.models import Alignment, Fact, Finding, Severity, Verdict
from factcheck.values import CountValue


def _shown(fact: Fact) -> str:
    """The age as the judge writes it: years as a number ("61"), other units as written
    ("4-month-old")."""
    v = fact.value
    if isinstance(v, CountValue) and v.noun == "year-old" and v.value is not None:
        return f"{v.value:g}"
    return fact.text


def _units_agree(facts: tuple[Fact, ...]) -> bool:
    """Ages in different units that can all be true: a "1-year-old" is 12 to 23 months old,
    so a "21-month-old" agrees with it (each age read as the span of its unit)."""
    spans = []
    for f in facts:
        v = f.value
        if not isinstance(v, CountValue) or v.noun not in AGE_UNITS:
            return False
        spans.append((age_years(v), age_years(v) + AGE_UNITS[v.noun]))
    mixed = len({f.value.noun for f in facts if isinstance(f.value, CountValue)}) > 1
    return mixed and max(lo for lo, _ in spans) < min(hi for _, hi in spans)


def aged_between_reports(facts: tuple[Fact, ...], ctx: Context) -> bool:
    """Whether ages that differ can be one person's at their reports' dates (see
    ``_aged_between_reports``)."""
    return _aged_between_reports(facts, {f.id: age_years(f.value) for f in facts}, ctx)


def _aged_between_reports(facts: tuple[Fact, ...], years: dict[str, float], ctx: Context) -> bool:
    """Whether every two of the ages can be one person's at the two reports' dates: a later
    report gives the same age (an age at death stays) or one older by at most the whole years
    between the reports, rounded up, when they are at least half a year apart ("Zurita, 19"
    in March 2013, "Zurita, 21" in December 2014). Reports without a date never explain."""
    dated = []
    for f in facts:
        published = ctx.items[f.article_id].article.published
        try:
            day = date.fromisoformat((published or "")[:10])
        except ValueError:
            return False
        dated.append((day, years[f.id]))
    for i, (day_a, age_a) in enumerate(dated):
        for day_b, age_b in dated[i + 1 :]:
            (early, young), (late, old) = sorted([(day_a, age_a), (day_b, age_b)])
            gap = (late - early).days / 365.25
            grown = old - young
            if grown == 0:
                continue
            if grown < 0 or gap < 0.5 or grown > math.ceil(gap):
                return False
    return True


def judge_age(al: Alignment, ctx: Context) -> list[Finding]:
    """One finding when the ages of one subject differ between articles (in years: a
    "4-month-old" and a "3-month-old" differ, a "6-month-old" and a "half-year-old" do not)."""
    if al.slot.startswith("age:kin:"):
        return _opposite_roles(al, ctx)
    years = {f.id: age_years(f.value) for f in al.facts}
    if len(set(years.values())) < 2 or _units_agree(al.facts):
        return []
    if _aged_between_reports(al.facts, years, ctx):
        return []
    ages = {f.id: _shown(f) for f in al.facts}
    _prefix, kind, who = al.slot.split(":", 2)
    if kind == "odd":
        return _odd_age(al, ctx, ages, who)
    if kind == "named":
        return _named_elsewhere(al, ctx, ages)
    named = kind == "person"
    who = who.split("#", 1)[0]  # 'did' slots: the happening, then the pair's facts
    spread = max(years.values()) - min(years.values())
    if named and spread > 1:
        verdict, severity = Verdict.CONFLICT, Severity.HIGH
    elif named:
        verdict, severity = Verdict.VARIATION, Severity.MEDIUM
    else:
        verdict, severity = Verdict.VARIATION, Severity.LOW
    listing = "; ".join(
        f"{ctx.outlet(f.article_id)}: {f.text}"
        + (f" ({ages[f.id]})" if ages[f.id] != f.text else "")
        for f in al.facts
    )
    role = role_word(ctx.items[al.facts[0].article_id].article.text, al.facts[0]) or who
    if named:
        subject = written_name(
            [ctx.items[a] for a in dict.fromkeys(f.article_id for f in al.facts)], who
        )
    elif kind == "home":
        subject = f"the person from {who.title()}"
    elif kind == "set":
        subject = "the one person the accounts age differently"
    else:
        subject = f"the person in “{who}”" if kind == "did" else f"the {role}"
    why = (
        f"The accounts give {subject} different ages ({listing}). "
        + (
            "The age is tied to the name, so both cannot be right"
            + (" unless a birthday fell between the reports." if spread == 1 else ".")
            if named
            else "Only what happened ties these ages together, and neither account gives the "
            "other's age, so a different person may be meant."
            if kind == "did"
            else "Only the home town ties these ages together (no account ages two people "
            "from it), so a different person may be meant."
            if kind == "home"
            else "Both accounts age the same number of people and agree on every other age; "
            "these two are the only ones left and close, so they are likely one person's, but "
            "an account may have left out one person and named another."
            if kind == "set"
            else "Only a role ties these ages together, so two different people may be meant."
        )
        + f" Matched on subject {subject}, attribute age, time this event."
    )
    return [
        ctx.finding(
            kind="quantity",
            verdict=verdict,
            severity=severity,
            event_ids=al.event_ids,
            title=f"Age of {subject}: " + " vs ".join(sorted(set(ages.values()))),
            explanation=why,
            rule="age-differs",
            claims=[ctx.fact_claim(f) for f in al.facts],
        )
    ]


def _odd_age(al: Alignment, ctx: Context, ages: dict[str, str], subject_key: str) -> list[Finding]:
    """One account's second age for a subject, which the other accounts do not give."""
    kind, who = subject_key.split(":", 1)
    odd, *rest = al.facts
    role = role_word(ctx.items[odd.article_id].article.text, odd) or who
    subject = who.title() if kind == "person" else f"the {role}"
    own = ctx.outlet(odd.article_id)
    usual = ages[rest[0].id]
    listing = "; ".join(f"{ctx.outlet(f.article_id)}: {f.text}" for f in rest)
    why = (
        f"{own} gives {subject} two ages: {ages[odd.id]} (“{odd.text}”) and, elsewhere, "
        f"{usual}, the age the other accounts give ({listing}); none of them gives "
        f"{ages[odd.id]}. One of {own}'s figures may be a slip, or a second person only {own} "
        f"mentions. Matched on subject {subject}, attribute age, time this event."
    )
    severity = Severity.MEDIUM if kind == "person" else Severity.LOW
    return _age_variation(
        al, ctx, severity, f"Age of {subject}: {ages[odd.id]} in one place vs {usual}", why
    )


def _age_variation(
    al: Alignment, ctx: Context, severity: Severity, title: str, why: str
) -> list[Finding]:
    """An ``age-differs`` variation on all the alignment's ages."""
    return [
        ctx.finding(
            kind="quantity",
            verdict=Verdict.VARIATION,
            severity=severity,
            event_ids=al.event_ids,
            title=title,
            explanation=why,
            rule="age-differs",
            claims=[ctx.fact_claim(f) for f in al.facts],
        )
    ]


def _opposite_roles(al: Alignment, ctx: Context) -> list[Finding]:
    """One age given to opposite roles ("15-year-old brother" / "15-year-old sister"), by one
    or more accounts each."""

    def role(f: Fact) -> str:
        return role_key(role_word(ctx.items[f.article_id].article.text, f))

    side_a, side_b = two_sides(al.facts, role)
    a, b = side_a[0], side_b[0]
    ra, rb = role(a), role(b)
    return [
        ctx.finding(
            kind="quantity",
            verdict=Verdict.VARIATION,
            severity=Severity.LOW,
            event_ids=al.event_ids,
            title=f"The {a.text} is a {ra} in one account, a {rb} in another",
            explanation=f"{ctx.outlets(side_a)} {'write' if len(side_a) > 1 else 'writes'} "
            f"“{a.text} {ra}” and {ctx.outlets(side_b)} “{b.text} {rb}”, and no account gives "
            f"that age to both a {ra} and a {rb}: one person described as opposites, or two "
            "people each account tells only one of. Check which the sources support.",
            rule="role-differs",
            claims=[ctx.fact_claim(f) for f in al.facts],
        )
    ]


def _phrase(ctx: Context, fact: Fact) -> str:
    """The age and the few words after it, as the text has them ("21-year-old college
    student was")."""
    text = ctx.items[fact.article_id].article.text
    return " ".join(text[fact.start : fact.end + 40].split()[:4])


def _named_elsewhere(al: Alignment, ctx: Context, ages: dict[str, str]) -> list[Finding]:
    """A person's age by name in one account against the unnamed age of an account that
    names the same person but gives that age without the name."""
    named, *rest = al.facts
    item = ctx.items[named.article_id]
    subject, _ = age_subject(item, named, full_names(item))
    who = subject.removeprefix("person:").title() or "the named person"
    listing = "; ".join(f"{ctx.outlet(f.article_id)}: “{_phrase(ctx, f)} …”" for f in rest)
    why = (
        f"{ctx.outlet(named.article_id)} gives {who} the age {ages[named.id]}. Other accounts "
        f"that also name {who} give the age {ages[rest[0].id]} without the name, for the same "
        f"happening ({listing}), and neither side gives the other's age. The unnamed age is "
        f"most likely {who}'s, but it is not tied to the name, so this is shown as a "
        f"variation: check which age the sources support. Matched on subject {who} (by name "
        "in one account, by what happened in the other), attribute age, time this event."
    )
    title = f"Age of {who}, by name and without it: " + " vs ".join(sorted(set(ages.values())))
    return _age_variation(al, ctx, Severity.LOW, title, why)
