"""Judge one article against itself: dateline vs venue, weekday vs date, time zones, conversions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from factcheck.align.ages import age_subject, age_years, full_names, is_age
from factcheck.align.happenings import dates_occurrence
from factcheck.align.keys import governing_happening
from factcheck.align.shared import national_capital
from factcheck.context import is_statement_day
from factcheck.judge.common import Context, quoted
from factcheck.judge.values import interval, overlaps
from factcheck.lexicon import concept
from factcheck.models import (
    ArticleFacts,
    Claim,
    Fact,
    FactType,
    Finding,
    Severity,
    Verdict,
)
from factcheck.numbers import CASUALTY, DIGITS, parse_number
from factcheck.settings import (
    CONVERSION_TOLERANCE,
    HEDGE_WIDTH,
    OWN_DAYS_SENTENCES,
    ROUNDING_TOLERANCE,
)
from factcheck.values import CountValue, DateValue, MoneyValue, PlaceValue, QuantityValue, TimeValue
from factcheck.venues import VENUE_KINDS, in_dateline, is_venue_mention

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _place(fact: Fact) -> PlaceValue:
    """The value of a place fact (venue_facts and _dateline_hint give only places)."""
    if not isinstance(fact.value, PlaceValue):
        raise TypeError(f"{fact.id} is a {fact.type.value}, not a place")
    return fact.value


def venue_facts(item: ArticleFacts) -> list[Fact]:
    """Venue-like place facts of the article's lead and body (not the dateline, captions)."""
    roles = {s.index: s.role for s in item.sentences}
    found = [
        f
        for f in item.facts
        if isinstance(f.value, PlaceValue)
        and f.value.kind in VENUE_KINDS
        and roles.get(f.sentence) in ("lead", "body")
        and is_venue_mention(item.article, f)
    ]

    def cued(f: Fact) -> bool:
        return _place(f).kind == "venue" or f.rule.endswith("-cue")

    # The lead's places first, and among them those the text says something happened at
    # ("in Phnom Penh", "at the White House"): that is where the story puts the event.
    return sorted(found, key=lambda f: (roles.get(f.sentence) != "lead", not cued(f), f.start))


def _same_place(dl_place: str, dl_country: str | None, fact: Fact) -> bool:
    v = _place(fact)
    names = {n.lower() for n in (v.name, v.city) if n}
    if dl_place.lower() in names:
        return True
    country = v.country
    if dl_country and country and dl_country != country:
        return False
    # Same country, unknown city of a venue ("White House"): no evidence of a conflict.
    return not (v.kind == "city" and dl_country and country)


def _written_in(venue: Fact, dateline: str) -> bool:
    """Whether the dateline writes the venue's name as a word of its own ("EAST FLATBUSH,
    Brooklyn" holds "Brooklyn"): the dateline's place lies in the venue."""
    names = {n for n in (_place(venue).name, venue.text) if n}
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", dateline, re.IGNORECASE) for n in names)


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
    if _written_in(venues[0], dl.text):
        return []  # "FAR ROCKAWAY, Queens" with the venue "Queens": the dateline names it
    venue = venues[0]
    vv = _place(venue)
    if any(_same_place(dl.place, dl.country, v) for v in venues if v.sentence == venue.sentence):
        return []
    if vv.country and national_capital(dl.place) == vv.country:
        return []  # "LIMA (Reuters)" on a quake in Arequipa: the national bureau files it
    event_id = ctx.event_of.get(art.id, "")
    mates = [
        f
        for aid in (ctx.events[event_id].article_ids if event_id in ctx.events else ())
        if aid != art.id
        for f in venue_facts(ctx.items[aid])[:1]
        if _place(f).name == vv.name
    ]
    hint = _dateline_hint(item, dl.place, dl.country)
    where = vv.name + (f" ({vv.country})" if vv.country else "")
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
    claims.append(ctx.fact_claim(venue, f"venue: {vv.name}"))
    claims += [ctx.fact_claim(f, f"venue: {_place(f).name}") for f in mates]
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
        v = fact.value
        if not isinstance(v, PlaceValue) or in_dateline(item.article, fact):
            continue
        if v.name.lower() in targets or (v.kind == "country" and v.country.lower() in targets):
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
        v = fact.value
        if not isinstance(v, DateValue) or not v.weekday or v.relative:
            continue
        if v.resolved_from or v.start != v.end:
            continue  # a weekday resolved against a reference date agrees by construction
        try:
            day = date.fromisoformat(str(v.start)[:10])
        except ValueError:
            continue
        actual = WEEKDAYS[day.weekday()]
        if actual.lower() == v.weekday.lower():
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
                title=f"{fact.text}: {day.isoformat()} is a {actual}, not a {v.weekday}",
                explanation=(
                    f"{ctx.outlet(item.article.id)} writes {quoted(fact.text)}, but "
                    f"{day.isoformat()} fell on a {actual}: the weekday or the date is wrong."
                ),
            )
        )
    return out


# A generation suffix after a name: "John Smith Jr., 20" and "John Smith, 45" are two people.
SUFFIX_NEAR_RE = re.compile(r"\b(?:Jr|Sr|II|III|IV)\b\.?")


def person_age_twice(item: ArticleFacts, ctx: Context) -> list[Finding]:
    """One named person given two ages by one article ("Sarai Lara, 16, was killed" ...
    "Sarai Lara, an 18-year-old sophomore"): a variation, since one article may also name a
    father and a son alike. Not when a generation suffix stands by any of the mentions."""
    ages = [f for f in item.facts if is_age(f)]
    if len(ages) < 2:
        return []
    text = item.article.text
    names = full_names(item)
    by_person: dict[str, list[Fact]] = {}
    for fact in ages:
        subject, named = age_subject(item, fact, names)
        if named:
            by_person.setdefault(subject, []).append(fact)
    out = []
    for subject, facts in sorted(by_person.items()):
        values = sorted({age_years(f.value) for f in facts})
        if len(values) < 2:
            continue
        if any(SUFFIX_NEAR_RE.search(text, max(0, f.start - 40), f.end + 40) for f in facts):
            continue
        first = {v: next(f for f in facts if age_years(f.value) == v) for v in values}
        who = subject.removeprefix("person:").title()
        shown = " and ".join(quoted(first[v].text) for v in values)
        out.append(
            ctx.finding(
                kind="quantity",
                verdict=Verdict.VARIATION,
                severity=Severity.MEDIUM,
                confidence="age",
                event_ids=_ev(item, ctx),
                rule="age-twice",
                claims=[ctx.fact_claim(first[v]) for v in values],
                title=f"Age of {who} given as {shown} in one article",
                explanation=(
                    f"{ctx.outlet(item.article.id)} gives {who} the ages {shown}. Subject: "
                    f"{who}, named beside each age; attribute: age; time: this story. One of "
                    "them is wrong, unless the article names two people alike."
                ),
            )
        )
    return out


def _ev(item: ArticleFacts, ctx: Context) -> tuple[str, ...]:
    ev = ctx.event_of.get(item.article.id)
    return (ev,) if ev else ()


def _utc_minutes(fact: Fact) -> int | None:
    """Minutes since midnight UTC of a clock time with a known offset."""
    v = fact.value
    if not isinstance(v, TimeValue):
        return None
    utc = v.utc
    if utc and "T" in utc:
        try:
            stamp = datetime.fromisoformat(utc)
            return stamp.hour * 60 + stamp.minute
        except ValueError:
            return None
    local, offset = v.local, v.utc_offset
    if not offset or len(offset) < 6:
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
    va, vb = a.value, b.value
    if not isinstance(va, TimeValue) or not isinstance(vb, TimeValue):
        return False
    if va.same_instant_as == b.text or vb.same_instant_as == a.text:
        return True
    labels = {va.zone_label or "", vb.zone_label or ""}
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
                va, vb = a.value, b.value
                if not isinstance(va, TimeValue) or not isinstance(vb, TimeValue):
                    continue
                if va.utc_offset == vb.utc_offset or not _restates(a, b):
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
                            ctx.fact_claim(a, str(va.utc)),
                            ctx.fact_claim(b, str(vb.utc)),
                        ],
                        title=f"{a.text} and {b.text} are not the same moment",
                        explanation=(
                            f"{quoted(a.text)} (UTC{va.utc_offset}) and {quoted(b.text)} "
                            f"(UTC{vb.utc_offset}) are given as the same time in two zones, "
                            "but they differ once converted to UTC."
                        ),
                    )
                )
    return out


def stated_conversion(item: ArticleFacts, ctx: Context) -> list[Finding]:
    """ "1,000 km (600 mi)": the restated value must match within rounding."""
    out = []
    for fact in item.facts:
        v = fact.value
        if not isinstance(v, QuantityValue) or v.restated is None:
            continue
        a, b = v.si_value, v.restated.si_value
        if not a or not b:
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
                claims=[ctx.fact_claim(fact, f"{a:g} vs {b:g} {v.si_unit or ''}".strip())],
                title=f"The conversion in {fact.text} does not hold",
                explanation=(
                    f"{quoted(fact.text)} restates a value in another unit, but the two differ "
                    f"by {abs(a - b) / max(abs(a), abs(b)):.0%}, more than rounding explains."
                ),
            )
        )
    return out


# A figure a headline gives and its own text states too: the dead, the injured, a sum.
# Headlines round and bound ("over 1,500 dead"), so only figures no reading reconciles count.
# extract reads the figures (ArticleFacts.headline, ArticleFacts.tolls); this compares them.
MONEY_HINT_RE = re.compile(r"[$€£¥₹]|dollar|euro|pound|yen|yuan|rupee|billion|million", re.I)
# Hedges that make a figure a floor: as a toll's current count, "more than 1,200" means a
# figure just above 1,200 (a writer who knew of 1,500 would say so), not up to 1,800.
FLOOR_HEDGES = frozenset(("more than", "over", "just over", "at least", "no fewer than"))
HEADLINE_CONFIDENCE = 0.6


@dataclass(frozen=True)
class _Figure:
    """One figure of the headline or body: a Fact (its span in its own text) and what it is."""

    fact: Fact
    what: str  # "dead", "injured", or "money:<currency>"
    terms: frozenset[str] = frozenset()  # a sum's purpose words ("buy", "deal")


def _casualties(tolls: tuple[Fact, ...]) -> list[_Figure]:
    """Casualty figures (extract.tolls) as figures of what they count."""
    return [
        _Figure(f, str(f.value.casualty) if isinstance(f.value, CountValue) else "") for f in tolls
    ]


def _sums(facts: list[Fact]) -> list[_Figure]:
    """Sums of money that are a level ("for $68.7 billion"), not a change ("rose $5")."""
    out = []
    for f in facts:
        v = f.value
        if not isinstance(v, MoneyValue) or v.change or not v.currency:
            continue
        terms = frozenset((v.purpose or "").split())
        out.append(_Figure(f, f"money:{v.currency}", terms))
    return out


def _top(fig: _Figure) -> float:
    """The highest figure a body statement reports as the current one (see FLOOR_HEDGES)."""
    iv = interval(fig.fact)
    v = fig.fact.value
    if iv is None:
        return 0.0
    n = v.value if isinstance(v, CountValue) else None
    if isinstance(v, CountValue) and v.hedge in FLOOR_HEDGES and n is not None:
        return float(n) * (1 + HEDGE_WIDTH) * (1 + ROUNDING_TOLERANCE / 2)
    return iv[1]


def _relation(head: _Figure, body: _Figure) -> str | None:
    """'higher' or 'lower' when the headline's figure is beyond every reading of the body's."""
    h, b = interval(head.fact), interval(body.fact)
    if h is None or b is None:
        return None
    if h[0] > _top(body):
        return "higher"
    if h[1] < b[0]:
        return "lower"
    return None


def headline_vs_body(item: ArticleFacts, ctx: Context) -> list[Finding]:
    """A figure the headline states that the article's own text contradicts.

    "Turkey, Syria earthquake: over 1,500 dead" over a text saying "more than 1,200 people
    were killed". Compared: casualty figures of the same kind (the dead, the injured) and
    sums of money in the same currency for the same purpose ("buy", "deal"). Headlines round
    and bound: "over 1,000 dead" allows the text's 1,200 and "$70 billion" is the text's
    $68.7 billion rounded (values.interval with ROUNDING_TOLERANCE and the hedges); a
    headline figure the text also writes anywhere, or that the text's figures add up to
    (a toll given per country), is no conflict.

    Verdicts. A headline figure HIGHER than the text's is often an update: tolls rise and
    bids are raised, and a desk changes the headline without the text (or the reverse), so
    it is a `variation` of low severity asking which figure is current. A headline LOWER
    than everything the text says is a `conflict` of medium severity: the headline states
    less than the article itself reports, which no reading of the figures allows.

    The headline is usually kept out of the analysed text (ingest drops it as the title);
    then the finding cites the text's figure and quotes the headline in the explanation.
    When the text opens with the headline, the headline's figure is cited by its span.
    """
    art = item.article
    headline = item.headline
    title = headline.text if headline is not None else ""
    if headline is None or not title or not any(ch.isdigit() for ch in title):
        return []
    offset = headline.start
    body_lo = headline.body_start
    text = art.text
    heads = _casualties(headline.tolls)
    if MONEY_HINT_RE.search(title):
        heads += _sums(list(headline.facts))
    if not heads:
        return []

    def in_caption(f: Fact) -> bool:
        return any(a <= f.start < b for a, b in art.caption_spans)

    body = [
        f
        for f in [*_casualties(item.tolls), *_sums(list(item.facts))]
        if f.fact.start >= body_lo and not in_caption(f.fact) and not _other_time(item, f.fact)
    ]
    out = []
    for head in heads:
        same = [
            b
            for b in body
            if b.what == head.what and (not head.what.startswith("money") or head.terms & b.terms)
        ]
        if not same or _stated_in(head, text[body_lo:]) or _loosely_stated(head, item, body_lo):
            continue
        rel = [_relation(head, b) for b in same]
        if None in rel or _adds_up(head, same):
            continue
        # Lower than every figure of the text: a conflict. Else the text's first figure the
        # headline exceeds (its lead's toll, usually) is the one the headline updates.
        kind = "lower" if all(r == "lower" for r in rel) else "higher"
        body_fig = next(b for b, r in zip(same, rel, strict=True) if r == kind)
        out.append(_headline_finding(item, ctx, head, body_fig, kind, offset, title))
    return out


def _stated_in(head: _Figure, text: str) -> bool:
    """Whether the body writes the headline's number itself ("1,500" anywhere)."""
    num = re.search(r"\d[\d,.]*\d|\d", head.fact.text)
    return (
        num is not None
        and re.search(rf"(?<![\d,.]){re.escape(num.group(0))}(?![\d,])", text) is not None
    )


PAST_YEAR_RE = re.compile(r"\b(?:in|since|the|a|of)\s+((?:19|20)\d{2})\b", re.I)


def _other_time(item: ArticleFacts, fact: Fact) -> bool:
    """Whether a body figure sits in a sentence about another time: background ("last
    month 12 people died") or another year ("In 2019, 23 people were killed in El Paso")."""
    ref = (item.article.reference_date or item.article.published or "")[:4]
    for sent in item.sentences:
        if sent.start <= fact.start < sent.end:
            if sent.role in ("background", "caption"):
                return True
            return any(m.group(1) != ref for m in PAST_YEAR_RE.finditer(sent.text))
    return False


NUMBER_IN_TEXT_RE = re.compile(rf"(?<![\w.,$£€-]){DIGITS}(?:\s+(?:thousand|million))?")
CASUALTY_WORD_RE = re.compile(r"\b(?:" + "|".join(CASUALTY) + r")\b", re.I)


def _loosely_stated(head: _Figure, item: ArticleFacts, body_lo: int) -> bool:
    """Whether a sentence about the same casualties gives the headline's toll in a form the
    toll patterns miss ("the death toll in Turkey rose to 17,674 and in Syria to 3,377"
    under "toll tops 20,000"): any of its numbers, or their sum, within rounding of it."""
    if head.what.startswith("money"):
        return False
    h = interval(head.fact)
    if h is None:
        return False
    pad = ROUNDING_TOLERANCE / 2
    for sent in item.sentences:
        if sent.start < body_lo or not any(
            CASUALTY.get(m.group(0).lower()) == head.what
            for m in CASUALTY_WORD_RE.finditer(sent.text)
        ):
            continue
        numbers = []
        for m in NUMBER_IN_TEXT_RE.finditer(sent.text):
            n = parse_number(m.group(0).split()[0])
            if n is None or (len(m.group(0)) == 4 and m.group(0)[:2] in ("19", "20")):
                continue
            numbers.append(
                n * (1e3 if "thousand" in m.group(0) else 1e6 if "million" in m.group(0) else 1)
            )
        if any(
            overlaps(h, (n * (1 - pad), n * (1 + HEDGE_WIDTH))) for n in [*numbers, sum(numbers)]
        ):
            return True
    return False


def _adds_up(head: _Figure, same: list[_Figure]) -> bool:
    """Whether the body's distinct figures sum to the headline's (a toll given per place)."""
    values = {
        float(b.fact.value.value)
        for b in same
        if isinstance(b.fact.value, CountValue) and b.fact.value.value is not None
    }
    h = interval(head.fact)
    if len(values) < 2 or h is None:
        return False
    total = sum(values)
    pad = ROUNDING_TOLERANCE / 2
    return overlaps(h, (total * (1 - pad), total * (1 + HEDGE_WIDTH)))


def _headline_finding(
    item: ArticleFacts,
    ctx: Context,
    head: _Figure,
    body: _Figure,
    rel: str,
    offset: int | None,
    title: str,
) -> Finding:
    art = item.article
    kind = "money" if head.what.startswith("money") else "quantity"
    what = "sum" if kind == "money" else f"number of {head.what}"
    claims = [ctx.fact_claim(body.fact, f"the text; the headline says {head.fact.text}")]
    if offset is not None:
        claims.append(
            ctx.claim(art.id, offset + head.fact.start, offset + head.fact.end, "the headline")
        )
    said = (
        f"The headline of {ctx.outlet(art.id)} ({quoted(title)}) gives the {what} as "
        f"{quoted(head.fact.text)}, but its own text says {quoted(body.fact.text)}"
    )
    if rel == "higher":
        verdict, severity = Verdict.VARIATION, Severity.LOW
        why = (
            "the headline's figure is higher than rounding or its wording allows. Figures like "
            "this change as news develops, so the headline may have been updated after the "
            "text, or the reverse: check which is current and make both say it."
        )
    else:
        verdict, severity = Verdict.CONFLICT, Severity.MEDIUM
        why = (
            "the headline gives less than the article itself reports, beyond rounding or its "
            "wording. One of the two is wrong or out of date; readers of the headline alone "
            "get the lower figure."
        )
    return ctx.finding(
        kind=kind,
        verdict=verdict,
        severity=severity,
        confidence=HEADLINE_CONFIDENCE,
        event_ids=_ev(item, ctx),
        rule="headline-vs-body",
        claims=claims,
        title=f"Headline says {head.fact.text}, the text {body.fact.text}",
        explanation=f"{said}: {why}",
    )


DIE = "die"


def own_happening_two_days(item: ArticleFacts, ctx: Context) -> list[Finding]:
    """One account that dates the event's own happening on two days a day apart in its
    opening sentences ("six people were shot Tuesday night" ... "Gunfire erupted Monday
    night"): the same happening word (or a clause that says only that it took place), not a
    statement's day, and not a death (often a day after its shooting). A low variation: a
    shooting late one night may run past midnight."""
    event_id = ctx.event_of.get(item.article.id)
    if event_id is None:
        return []
    # a death is often told a day after its shooting ("happened Sunday ... died Monday")
    principal = ctx.principal(event_id) - {concept(DIE)}
    if not principal:
        return []
    dated: list[tuple[Fact, date, frozenset[str]]] = []
    for f in item.facts:
        v = f.value
        if not isinstance(v, DateValue) or not v.start or v.start != v.end:
            continue
        if f.sentence > OWN_DAYS_SENTENCES or is_statement_day(item, f):
            continue
        head = governing_happening(item, f)
        keys = head & principal if head else principal if dates_occurrence(item, f) else None
        try:
            day = date.fromisoformat(v.start[:10])
        except ValueError:
            continue
        if keys:
            dated.append((f, day, keys))
    for i, (a, da, ka) in enumerate(dated):
        for b, db, kb in dated[i + 1 :]:
            if ka & kb and abs((da - db).days) == 1:
                outlet = ctx.outlet(item.article.id)
                return [
                    ctx.finding(
                        kind="date",
                        verdict=Verdict.VARIATION,
                        severity=Severity.LOW,
                        event_ids=_ev(item, ctx),
                        rule="own-happening-two-days",
                        claims=[ctx.fact_claim(a), ctx.fact_claim(b)],
                        title=f"One account, the event on two days: {quoted(a.text)} vs "
                        f"{quoted(b.text)}",
                        explanation=(
                            f"{outlet} dates what happened on {da.isoformat()} "
                            f"({quoted(a.text)}) and on {db.isoformat()} ({quoted(b.text)}) "
                            "in its opening sentences. One of the two days may be wrong, or "
                            "the happening ran past midnight. Matched on subject the event, "
                            "attribute its day, time this event."
                        ),
                    )
                ]
    return []


def judge_internal(item: ArticleFacts, ctx: Context) -> list[Finding]:
    """Every within-article rule."""
    return [
        *dateline_vs_venue(item, ctx),
        *weekday_vs_date(item, ctx),
        *own_happening_two_days(item, ctx),
        *person_age_twice(item, ctx),
        *local_vs_zone(item, ctx),
        *stated_conversion(item, ctx),
        *headline_vs_body(item, ctx),
    ]
