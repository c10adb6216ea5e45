"""A place one account alone names, in a country no other account names a place of
(``align.geography``): a low variation, since an account may tell the event beside one
elsewhere; the editor checks which country the sources support."""

from __future__ import annotations

from factcheck.align.slots import DIRECTION_AFTER_RE, bearing
from factcheck.judge.common import Context, low_variation
from factcheck.models import Alignment, Fact, Finding, Severity, Verdict
from factcheck.settings import DIRECTION_MIN_DEGREES
from factcheck.values import PlaceValue


def judge_foreign(al: Alignment, ctx: Context) -> list[Finding]:
    """One finding for the odd place and a place of the country the others agree on."""
    odd, home = al.facts
    country = home.value.country if isinstance(home.value, PlaceValue) else home.text
    where = odd.value.country if isinstance(odd.value, PlaceValue) else odd.text
    there = f"“{odd.text}”" + (f" ({where})" if where.casefold() != odd.text.casefold() else "")
    return low_variation(
        al,
        ctx,
        kind="place",
        rule="place-foreign",
        title=f"A place only one account names for the event: {there} vs “{home.text}”",
        explanation=(
            f"{ctx.outlet(odd.article_id)} names {there}, which no other account names "
            "(nor any place of its country); the accounts agree on places in "
            f"{country} (“{home.text}” in {ctx.outlet(home.article_id)}). Check whether "
            "the place is a slip or another occasion. Matched on subject the event, "
            "attribute place, time this event."
        ),
    )


def judge_direction(al: Alignment, ctx: Context) -> list[Finding]:
    """Two accounts that put one place at compass bearings DIRECTION_MIN_DEGREES apart or
    more from the same named place ("northeast" / "southwest of Marrakesh"): a low variation
    (the distance may agree; the direction cannot be both)."""
    told: list[tuple[Fact, int]] = []
    for f in al.facts:
        deg = bearing(ctx.items[f.article_id].article.text, f)
        if deg is not None:
            told.append((f, deg))
    pairs = [
        (fa, fb, _apart(da, db))
        for i, (fa, da) in enumerate(told)
        for fb, db in told[i + 1 :]
        if fa.article_id != fb.article_id and _apart(da, db) >= DIRECTION_MIN_DEGREES
    ]
    if not pairs:
        return []
    fa, fb, apart = pairs[0]
    where = al.slot.split(":", 1)[1]
    wa, wb = _direction_words(ctx, fa), _direction_words(ctx, fb)
    return low_variation(
        al.model_copy(update={"facts": (fa, fb)}),
        ctx,
        kind="place",
        rule="direction-differs",
        title=f"Another direction from the same place: “{fa.text} {wa}” vs “{fb.text} {wb}”",
        explanation=(
            f"{ctx.outlet(fa.article_id)} puts it “{fa.text} {wa}”, "
            f"{ctx.outlet(fb.article_id)} “{fb.text} {wb}” of the same place ({where}…): "
            f"bearings {apart}° apart cannot both be right. Check the direction against "
            "the source (a seismological agency's report, a map). Matched on subject the "
            "place, attribute its direction, time this event."
        ),
    )


def _direction_words(ctx: Context, f: Fact) -> str:
    """The direction as written after the distance ("northeast")."""
    after = ctx.items[f.article_id].article.text[f.end : f.end + 60]
    m = DIRECTION_AFTER_RE.match(after)
    return m.group(0).strip().removesuffix(" of").removesuffix(" from").strip() if m else ""


def _apart(a: int, b: int) -> int:
    d = abs(a - b) % 360
    return min(d, 360 - d)


def judge_town_region(al: Alignment, ctx: Context) -> list[Finding]:
    """One town written with two states or countries after it by two accounts ("Walterboro,
    South Carolina" / "Walterboro, Kansas"): a medium variation, each account's words quoted
    whole (a town of one name in two states is rare in one story, and the editor checks)."""
    pairs = list(zip(al.facts[::2], al.facts[1::2], strict=True))
    claims = [ctx.claim(t.article_id, t.start, r.end) for t, r in pairs]
    regions = list(dict.fromkeys(r.value.name if isinstance(r.value, PlaceValue) else r.text
                                 for _t, r in pairs))  # fmt: skip
    kinds = {r.value.kind for _t, r in pairs if isinstance(r.value, PlaceValue)}
    what = "countries" if kinds == {"country"} else "states" if kinds == {"region"} else "places"
    first = {c.text: c for c in claims}
    shown = " vs ".join(f"“{text}”" for text in list(first)[:3])
    listing = "; ".join(f"{ctx.outlet(c.article_id)}: “{c.text}”" for c in claims)
    return [
        ctx.finding(
            kind="place",
            verdict=Verdict.VARIATION,
            severity=Severity.MEDIUM,
            event_ids=al.event_ids,
            rule="town-region-differs",
            title=f"One town in two {what}: {shown}",
            explanation=(
                f"The accounts write the town with different {what} after it ({listing}); "
                f"each account names it with one only. Unless two towns of one name are meant, "
                f"one of {', '.join(regions)} is wrong. Matched on subject the town, attribute "
                "its state or country, time this event."
            ),
            claims=claims,
        )
    ]


def judge_town_state(al: Alignment, ctx: Context) -> list[Finding]:
    """A US town written with a state that has no town of that name, in an event whose
    accounts name the state that does: a medium variation (the gazetteer may miss a small
    town of that name, so the editor checks)."""
    town, region, witness = al.facts
    written = ctx.claim(town.article_id, town.start, region.end)
    there = witness.value.name if isinstance(witness.value, PlaceValue) else witness.text
    return [
        ctx.finding(
            kind="place",
            verdict=Verdict.VARIATION,
            severity=Severity.MEDIUM,
            event_ids=al.event_ids,
            rule="town-state-unknown",
            title=f"A town put in a state that has none of that name: “{written.text}”",
            explanation=(
                f"{ctx.outlet(town.article_id)} writes “{written.text}”; the gazetteer knows "
                f"no {town.text} in {region.text}, but one in {there}, which "
                f"{ctx.outlet(witness.article_id)} names (“{witness.text}”). One of the "
                "accounts may have the state wrong. Matched on subject the town, attribute "
                "its state, time this event."
            ),
            claims=[written, ctx.fact_claim(witness)],
        )
    ]
