"""Home towns that the accounts of one event give differently for the same person.

"Christopher Head, 45, of Detroit" in one account and "Christopher Head, 45, of Grand
Rapids" in another (``align.residences``): a ``variation`` of medium severity, since people
move and a story may give an old address; it stays quiet when each account names the
other's town somewhere (a person "of Elma, formerly of Olympia").
"""

from __future__ import annotations

from factcheck.align.streets import address_number, street_key
from factcheck.judge.common import Context, low_variation, two_sides
from factcheck.models import Alignment, Fact, FactType, Finding, Severity, Verdict
from factcheck.values import PlaceValue


def _town(text: str) -> str:
    return text.casefold()


def _names(ctx: Context, article_id: str) -> set[str]:
    """Every place the article names, read or as written."""
    item = ctx.items[article_id]
    return {
        _town(f.value.name if isinstance(f.value, PlaceValue) else f.text)
        for f in item.facts
        if f.type == FactType.PLACE
    }


def judge_home(al: Alignment, ctx: Context) -> list[Finding]:
    """One finding when two accounts give one person two home towns, one of them naming the
    other's town nowhere."""
    a, b = al.facts
    who = al.slot.split(":", 1)[1].split("#", 1)[0]
    text_a, text_b = (ctx.items[f.article_id].article.text.casefold() for f in (a, b))
    ta, tb = _town(a.text), _town(b.text)
    if (ta in text_b or ta in _names(ctx, b.article_id)) and (
        tb in text_a or tb in _names(ctx, a.article_id)
    ):
        return []  # each account names both towns: an old and a new home, or two people
    la, lb = ctx.outlet(a.article_id), ctx.outlet(b.article_id)
    subject = who.title()
    return [
        ctx.finding(
            kind="place",
            verdict=Verdict.VARIATION,
            severity=Severity.MEDIUM,
            event_ids=al.event_ids,
            title=f"Home town of {subject}: “{a.text}” vs “{b.text}”",
            explanation=(
                f"{la} writes {subject} as of “{a.text}” and {lb} as of “{b.text}”, and one of "
                "them names the other's town nowhere. People move and stories give old "
                "addresses, so this is a variation: check which town the sources support. "
                f"Matched on subject {subject}, attribute home town, time this event."
            ),
            rule="home-town-differs",
            claims=[ctx.fact_claim(a), ctx.fact_claim(b)],
        )
    ]


def judge_street(al: Alignment, ctx: Context) -> list[Finding]:
    """One street written with another type or spelling by two accounts or more
    (``align.streets``)."""
    side_a, side_b = two_sides(al.facts, street_key)
    a, b = side_a[0], side_b[0]
    return low_variation(
        al,
        ctx,
        kind="place",
        rule="street-differs",
        title=f"One street written two ways: “{a.text}” vs “{b.text}”",
        explanation=f"{ctx.outlets(side_a)} {'write' if len(side_a) > 1 else 'writes'} "
        f"“{a.text}” and {ctx.outlets(side_b)} “{b.text}”, and none writes the other's: "
        "one street with another name or type, or two different streets. Check which the "
        "sources support.",
    )


def judge_address(al: Alignment, ctx: Context) -> list[Finding]:
    """One street given two house or block numbers by two accounts or more
    (``align.streets.address_alignments``)."""
    side_a, side_b = two_sides(al.facts, lambda f: str(address_number(ctx.items[f.article_id], f)))
    a, b = side_a[0], side_b[0]
    ta, tb = _address_text(a, ctx), _address_text(b, ctx)
    return low_variation(
        al,
        ctx,
        kind="place",
        rule="address-differs",
        title=f"One street, two addresses: “{ta}” vs “{tb}”",
        explanation=f"{ctx.outlets(side_a)} {'give' if len(side_a) > 1 else 'gives'} "
        f"“{ta}” and {ctx.outlets(side_b)} “{tb}”, each the only number it gives on that "
        "street: a house number or block told two ways, or two places on one street. "
        "Check which address the sources support. Matched on subject the street, "
        "attribute its number, time this event.",
    )


def _address_text(fact: Fact, ctx: Context) -> str:
    """The street as written with its number ("46 Washington Street")."""
    item = ctx.items[fact.article_id]
    number = address_number(item, fact)
    if number is None:
        return fact.text
    n, block = number
    return f"{n} block of {fact.text}" if block else f"{n} {fact.text}"


def judge_role_name(al: Alignment, ctx: Context) -> list[Finding]:
    """Two accounts that name two different people for one role (``align.roles``): a low
    variation, since a story may name a second holder of the role only it knows of."""
    a, b = al.facts
    role = al.slot.split(":", 1)[1].split("#", 1)[0]
    la, lb = ctx.outlet(a.article_id), ctx.outlet(b.article_id)
    return low_variation(
        al,
        ctx,
        kind="name",
        rule="role-name-differs",
        title=f"The {role} is named two ways: “{a.text}” vs “{b.text}”",
        explanation=(
            f"{la} names the {role} “{a.text}” and {lb} “{b.text}”, and neither account names "
            f"the other's person anywhere. Unless the story has two {role}s, one of the names "
            f"is wrong: check which the sources support. Matched on subject the {role}, "
            "attribute name, time this event."
        ),
    )
