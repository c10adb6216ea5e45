"""Judge one article against itself: dateline vs venue, weekday vs date, time zones, conversions."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from factcheck.judge.common import Context, quoted
from factcheck.judge.text import VENUE_KINDS, is_possessive, is_route_or_zone
from factcheck.models import ArticleFacts, Claim, Fact, FactType, Finding, Severity, Verdict
from factcheck.settings import CONVERSION_TOLERANCE

# Venue-like places; a country alone is compared only by country.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _value(fact: Fact) -> dict[str, object]:
    return fact.value if isinstance(fact.value, dict) else {}


def _in_dateline(item: ArticleFacts, fact: Fact) -> bool:
    dl = item.article.dateline
    return dl is not None and fact.start < dl.end and fact.end > dl.start


def venue_facts(item: ArticleFacts) -> list[Fact]:
    """Venue-like place facts of the article's lead and body (not the dateline, captions)."""
    roles = {s.index: s.role for s in item.sentences}
    text = item.article.text
    found = [
        f
        for f in item.facts
        if f.type == FactType.PLACE
        and _value(f).get("kind") in VENUE_KINDS
        and roles.get(f.sentence) in ("lead", "body")
        and not _in_dateline(item, f)
        and not is_possessive(text, f.end)
        and not is_route_or_zone(text, f.start, f.end)
        and not any(a <= f.start < b for a, b in item.article.caption_spans)
    ]

    def cued(f: Fact) -> bool:
        return _value(f).get("kind") == "venue" or f.rule.endswith("-cue")

    # The lead's places first, and among them those the text says something happened at
    # ("in Phnom Penh", "at the White House"): that is where the story puts the event.
    return sorted(found, key=lambda f: (roles.get(f.sentence) != "lead", not cued(f), f.start))


def _same_place(dl_place: str, dl_country: str | None, fact: Fact) -> bool:
    v = _value(fact)
    names = {str(v.get(k) or "").lower() for k in ("name", "city")} - {""}
    if dl_place.lower() in names:
        return True
    country = str(v.get("country") or "")
    if dl_country and country and dl_country != country:
        return False
    # Same country, unknown city of a venue ("White House"): no evidence of a conflict.
    return not (v.get("kind") == "city" and dl_country and country)


def dateline_vs_venue(item: ArticleFacts, ctx: Context) -> list[Finding]:
    """A dateline names where a story was filed; flag it when the text puts the event elsewhere."""
    art = item.article
    dl = art.dateline
    if dl is None or not dl.place:
        return []
    # Only the lead says where the story puts the event: "At airports in Barcelona,
    # relatives gathered" further down is a side scene, not the venue of the crash.
    roles = {s.index: s.role for s in item.sentences}
    venues = [v for v in venue_facts(item) if roles.get(v.sentence) == "lead"]
    if not venues or _same_place(dl.place, dl.country, venues[0]):
        return []
    venue = venues[0]
    vv = _value(venue)
    if any(_same_place(dl.place, dl.country, v) for v in venues if v.sentence == venue.sentence):
        return []
    event_id = ctx.event_of.get(art.id, "")
    mates = [
        f
        for aid in (ctx.events[event_id].article_ids if event_id in ctx.events else ())
        if aid != art.id
        for f in venue_facts(ctx.items[aid])[:1]
        if str(_value(f).get("name")) == str(vv.get("name"))
    ]
    hint = _dateline_hint(item, dl.place, dl.country)
    where = f"{vv.get('name')}" + (f" ({vv.get('country')})" if vv.get("country") else "")
    mate_outlets = sorted({ctx.outlet(f.article_id) for f in mates})
    verb = "place" if len(mate_outlets) > 1 else "places"
    also = f" {' and '.join(mate_outlets)} also {verb} it there." if mates else ""
    if hint is not None:
        offer = (
            f" The text offers an explanation: it mentions {dl.country or dl.place} elsewhere "
            f"({quoted(_sentence_text(item, hint))}), so the reporter may have filed from "
            f"there; {dl.place} is in {dl.country or 'that country'}."
        )
    else:
        offer = " The text gives no reason for the reporter to be there."
    claims: list[Claim] = [ctx.claim(art.id, dl.start, dl.end, f"dateline: {dl.place}")]
    claims.append(ctx.fact_claim(venue, f"venue: {vv.get('name')}"))
    claims += [ctx.fact_claim(f, f"venue: {_value(f).get('name')}") for f in mates]
    if hint is not None:
        claims.append(ctx.fact_claim(hint, "mentions the dateline's country"))
    return [
        ctx.finding(
            kind="dateline",
            verdict=Verdict.CONFLICT,
            severity=Severity.MEDIUM,
            confidence="dateline",
            event_ids=(event_id,) if event_id else (),
            rule="dateline-vs-venue",
            claims=claims,
            title=f"Dateline {dl.text} vs venue {where}",
            explanation=(
                f"{ctx.outlet(art.id)} is datelined {quoted(dl.text)}, but its own text puts "
                f"the event in {where}.{also} A dateline names where a story was filed, which "
                f"need not be where the event happened; it is wrong only if read as the venue."
                f"{offer}"
            ),
        )
    ]


def _dateline_hint(item: ArticleFacts, place: str, country: str | None) -> Fact | None:
    """A place fact outside the dateline that names the dateline's city or country."""
    targets = {place.lower()} | ({country.lower()} if country else set())
    for fact in sorted(item.facts, key=lambda f: f.start):
        if fact.type != FactType.PLACE or _in_dateline(item, fact):
            continue
        v = _value(fact)
        if str(v.get("name") or "").lower() in targets or (
            v.get("kind") == "country" and str(v.get("country") or "").lower() in targets
        ):
            return fact
    return None


def _sentence_text(item: ArticleFacts, fact: Fact) -> str:
    if fact.sentence < len(item.sentences):
        return item.sentences[fact.sentence].text
    return fact.text


def weekday_vs_date(item: ArticleFacts, ctx: Context) -> list[Finding]:
    """An explicit date with a weekday that does not fall on it ("Friday, Jan. 12, 2023")."""
    out = []
    for fact in item.facts:
        v = _value(fact)
        if fact.type != FactType.DATE or not v.get("weekday") or v.get("relative"):
            continue
        if v.get("resolved_from") or v.get("start") != v.get("end"):
            continue  # a weekday resolved against a reference date agrees by construction
        try:
            day = date.fromisoformat(str(v.get("start"))[:10])
        except ValueError:
            continue
        actual = WEEKDAYS[day.weekday()]
        if actual.lower() == str(v["weekday"]).lower():
            continue
        out.append(
            ctx.finding(
                kind="date",
                verdict=Verdict.CONFLICT,
                severity=Severity.HIGH,
                confidence="weekday",
                event_ids=_ev(item, ctx),
                rule="weekday-vs-date",
                claims=[ctx.fact_claim(fact, f"{day.isoformat()} is a {actual}")],
                title=f"{fact.text}: {day.isoformat()} is a {actual}, not a {v['weekday']}",
                explanation=(
                    f"{ctx.outlet(item.article.id)} writes {quoted(fact.text)}, but "
                    f"{day.isoformat()} fell on a {actual}: the weekday or the date is wrong."
                ),
            )
        )
    return out


def _ev(item: ArticleFacts, ctx: Context) -> tuple[str, ...]:
    ev = ctx.event_of.get(item.article.id)
    return (ev,) if ev else ()


def _utc_minutes(fact: Fact) -> int | None:
    """Minutes since midnight UTC of a clock time with a known offset."""
    v = _value(fact)
    utc = v.get("utc")
    if isinstance(utc, str) and "T" in utc:
        try:
            stamp = datetime.fromisoformat(utc)
            return stamp.hour * 60 + stamp.minute
        except ValueError:
            return None
    local, offset = v.get("local"), v.get("utc_offset")
    if not isinstance(local, str) or not isinstance(offset, str) or len(offset) < 6:
        return None
    sign = -1 if offset[0] == "-" else 1
    shift = timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])) * sign
    hh, mm = local.split(":")[:2]
    return int((int(hh) * 60 + int(mm) - shift.total_seconds() // 60) % 1440)


def _restates(a: Fact, b: Fact) -> bool:
    """Whether the text gives b as a as another zone's clock ("2:55 p.m. (4:55 p.m. Japan time)").

    Two times in one sentence are usually a schedule ("7:15 to 7:45 a.m. PT"); only a time
    restated in a labelled zone must be the same instant.
    """
    va, vb = _value(a), _value(b)
    if va.get("same_instant_as") == b.text or vb.get("same_instant_as") == a.text:
        return True
    labels = {str(va.get("zone_label") or ""), str(vb.get("zone_label") or "")}
    return "" not in labels and len(labels) == 2 and any("local" in x for x in labels)


def local_vs_zone(item: ArticleFacts, ctx: Context) -> list[Finding]:
    """Two clock times in one sentence for different zones must be the same UTC instant."""
    by_sentence: dict[int, list[Fact]] = {}
    for fact in item.facts:
        if fact.type == FactType.TIME:
            by_sentence.setdefault(fact.sentence, []).append(fact)
    out = []
    for facts in by_sentence.values():
        zoned = [f for f in facts if _utc_minutes(f) is not None]
        for i, a in enumerate(zoned):
            for b in zoned[i + 1 :]:
                va, vb = _value(a), _value(b)
                if va.get("utc_offset") == vb.get("utc_offset") or not _restates(a, b):
                    continue
                if _utc_minutes(a) == _utc_minutes(b):
                    continue
                out.append(
                    ctx.finding(
                        kind="time",
                        verdict=Verdict.CONFLICT,
                        severity=Severity.MEDIUM,
                        confidence="timezone",
                        event_ids=_ev(item, ctx),
                        rule="local-vs-zone",
                        claims=[
                            ctx.fact_claim(a, str(va.get("utc"))),
                            ctx.fact_claim(b, str(vb.get("utc"))),
                        ],
                        title=f"{a.text} and {b.text} are not the same moment",
                        explanation=(
                            f"{quoted(a.text)} (UTC{va.get('utc_offset')}) and {quoted(b.text)} "
                            f"(UTC{vb.get('utc_offset')}) are given as the same time in two zones, "
                            "but they differ once converted to UTC."
                        ),
                    )
                )
    return out


def stated_conversion(item: ArticleFacts, ctx: Context) -> list[Finding]:
    """ "1,000 km (600 mi)": the restated value must match within rounding."""
    out = []
    for fact in item.facts:
        v = _value(fact)
        again = v.get("restated")
        if fact.type != FactType.QUANTITY or not isinstance(again, dict):
            continue
        a, b = v.get("si_value"), again.get("si_value")
        if not isinstance(a, int | float) or not isinstance(b, int | float) or not a or not b:
            continue
        if abs(a - b) / max(abs(a), abs(b)) <= CONVERSION_TOLERANCE:
            continue  # rounded but sound
        out.append(
            ctx.finding(
                kind="quantity",
                verdict=Verdict.CONFLICT,
                severity=Severity.MEDIUM,
                confidence="conversion",
                event_ids=_ev(item, ctx),
                rule="stated-conversion",
                claims=[ctx.fact_claim(fact, f"{a:g} vs {b:g} {v.get('si_unit') or ''}".strip())],
                title=f"The conversion in {fact.text} does not hold",
                explanation=(
                    f"{quoted(fact.text)} restates a value in another unit, but the two differ "
                    f"by {abs(a - b) / max(abs(a), abs(b)):.0%}, more than rounding explains."
                ),
            )
        )
    return out


def judge_internal(item: ArticleFacts, ctx: Context) -> list[Finding]:
    """Every within-article rule."""
    return [
        *dateline_vs_venue(item, ctx),
        *weekday_vs_date(item, ctx),
        *local_vs_zone(item, ctx),
        *stated_conversion(item, ctx),
    ]
