"""A place one account alone names, in a country no other account names a place of
(``align.geography``): a low variation, since an account may tell the event beside one
elsewhere; the editor checks which country the sources support."""

from __future__ import annotations

from factcheck.judge.common import Context
from factcheck.models import Alignment, Finding, Severity, Verdict
from factcheck.values import PlaceValue


def judge_foreign(al: Alignment, ctx: Context) -> list[Finding]:
    """One finding for the odd place and a place of the country the others agree on."""
    odd, home = al.facts
    country = home.value.country if isinstance(home.value, PlaceValue) else home.text
    where = odd.value.country if isinstance(odd.value, PlaceValue) else odd.text
    there = f"“{odd.text}”" + (f" ({where})" if where.casefold() != odd.text.casefold() else "")
    return [
        ctx.finding(
            kind="place",
            verdict=Verdict.VARIATION,
            severity=Severity.LOW,
            event_ids=al.event_ids,
            title=f"A place only one account names for the event: {there} vs “{home.text}”",
            explanation=(
                f"{ctx.outlet(odd.article_id)} names {there}, which no other account names "
                "(nor any place of its country); the accounts agree on places in "
                f"{country} (“{home.text}” in {ctx.outlet(home.article_id)}). Check whether "
                "the place is a slip or another occasion. Matched on subject the event, "
                "attribute place, time this event."
            ),
            rule="place-foreign",
            claims=[ctx.fact_claim(odd), ctx.fact_claim(home)],
        )
    ]
