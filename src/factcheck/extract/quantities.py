"""Find durations, percentages, measured quantities (via pint) and counts in article text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import pint

from factcheck.extract._base import FUNCTION_WORDS, Cand, Ctx, matches_at, word_set
from factcheck.lexicon import concept
from factcheck.models import FactType
from factcheck.numbers import (
    CASUALTY,
    DIGITS,
    HEDGE,
    MINUTES,
    SPELLED,
    hedge_interval,
    parse_number,
)
from factcheck.text import STOPWORDS

DURATION_FLOOR_MIN = 5.0  # "about 40 minutes" is never read tighter than ±5 min
_NUM = rf"(?:{DIGITS}|{SPELLED})"
DURATION_RE = re.compile(
    rf"(?:\b(?P<hedge>{HEDGE})\s+)?(?:(?P<half>an?\s+hour\s+and\s+a\s+(?:half|quarter)|half\s+an\s+hour|"
    rf"a\s+half[\s-]hour)|(?<!/)\b(?P<num>{_NUM})(?P<andhalf>\s+and\s+a\s+(?:half|quarter))?[\s-]"
    r"(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?)\b"
    r"(?P<andhalf2>\s+and\s+a\s+(?:half|quarter))?)(?!\s+old|-old)",
    re.IGNORECASE,
)
# "11 hours and 40 minutes", "two hours, 15 minutes": a smaller unit completing a duration.
# "22 years and six months", "two weeks and three days": only "and" joins calendar units.
COMPOUND_RE = re.compile(
    rf"(?:,|\s+and)\s+(?P<num>{_NUM})[\s-](?P<unit>hours?|hrs?|minutes?|mins?|seconds?|secs?)\b|"
    rf"\s+and\s+(?P<numc>{_NUM})[\s-](?P<unitc>months?|weeks?|days?)\b(?![\s-]+(?:old|later|ago))",
    re.IGNORECASE,
)
# "12 to 18 months" is a range; "rose from 20 to 30 percent" is a change to 30, not a range.
RANGE_BEFORE_RE = re.compile(
    rf"(?<!from )\b(?P<lo>{DIGITS}|{SPELLED})(?:\s*[-–]\s*|\s+to\s+)$", re.I
)
YEAR_UNIT_RE = re.compile(r"(?:19|20)\d\d\s+(?:second|minute|hour|day|week|month|year)")
# "a year" in "once a year" is a rate, not a duration: 'a'/'an' need one of these before it.
A_DURATION_CUES = word_set("for lasted lasting last took take spent within in after")
# Words that end the base of "50.8% of the votes compared with 49.2%": not part of it.
_BASE_STOP = (
    "and|to|in|by|for|from|with|on|compared|against|versus|while|as|at|after|before|was|were|"
    "is|are|had|has|have|went|than|according|when|where|who|which|that|said|says"
)
PERCENT_RE = re.compile(
    rf"(?:\b(?P<hedge>{HEDGE})\s+)?(?<![\d.,])(?P<num>\d+\.[^\S\n]\d+(?=%)|{DIGITS}|{SPELLED}|half\s+a)\s?"
    r"(?P<unit>%|percent\b|per\s+cent\b|percentage\s+points?\b|pct\b)"
    r"(?:\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?(?P<base>[A-Za-z][\w-]*"
    rf"(?:\s+(?!(?:{_BASE_STOP})\b)[a-z][\w-]*){{0,2}}))?",
    re.IGNORECASE,
)
UNIT_WORDS = {
    "km": "kilometer", "kilometers": "kilometer", "kilometres": "kilometer",
    "kilometer": "kilometer", "kilometre": "kilometer", "mi": "mile", "miles": "mile",
    "mile": "mile", "meters": "meter", "metres": "meter", "meter": "meter", "metre": "meter",
    "cm": "centimeter", "mm": "millimeter", "centimeters": "centimeter",
    "centimetres": "centimeter", "millimeters": "millimeter", "millimetres": "millimeter",
    "feet": "foot", "ft": "foot", "foot": "foot",
    "inches": "inch", "yards": "yard", "kg": "kilogram", "kilograms": "kilogram",
    "kilos": "kilogram", "tonnes": "metric_ton", "tonne": "metric_ton",
    "metric tons": "metric_ton", "tons": "short_ton", "lbs": "pound", "lb": "pound",
    "pounds": "pound", "pound": "pound",
    "°C": "degC", "degrees Celsius": "degC", "°F": "degF", "degrees Fahrenheit": "degF",
    "km/h": "kilometer / hour", "kph": "kilometer / hour", "mph": "mile / hour",
    "miles per hour": "mile / hour", "kilometers per hour": "kilometer / hour",
    "kilometres per hour": "kilometer / hour", "km per hour": "kilometer / hour",
    "km an hour": "kilometer / hour", "miles an hour": "mile / hour",
    "kilometers an hour": "kilometer / hour", "kilometres an hour": "kilometer / hour",
    "square kilometers": "kilometer ** 2", "sq km": "kilometer ** 2", "km2": "kilometer ** 2",
    "square miles": "mile ** 2", "hectares": "hectare", "acres": "acre", "liters": "liter",
    "litres": "liter", "gallons": "gallon", "barrels": "oil_barrel", "megawatts": "megawatt",
    "MW": "megawatt", "gigawatts": "gigawatt", "GW": "gigawatt", "knots": "knot",
}  # fmt: skip
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNIT_WORDS, key=len, reverse=True))
_QTY = rf"(?P<numI>{DIGITS}|{SPELLED})(?:[^\S\n]|-)?(?P<unitI>{_UNIT_ALT})(?![\w/])"
# "pounds" is also sterling: read as a mass only beside weight words or a metric restatement.
WEIGHT_RE = re.compile(r"\b(?:weigh\w*|weight\w*|heav\w+|light(?:er|est)|kg|lbs?)\b|\bof\b", re.I)
_QTY1, _QTY2 = _QTY.replace("I>", "1>"), _QTY.replace("I>", "2>")
QUANTITY_RE = re.compile(
    rf"(?:\b(?P<hedge>(?i:{HEDGE}))\s+)?(?<![\d.,])\b{_QTY1}"
    rf"(?:\s*\(\s*(?:about\s+|approximately\s+|around\s+)?{_QTY2}\s*\))?"
)
# "magnitude 7.8", "a magnitude of 7.9", "7.8-magnitude", "put the magnitude of the quake at
# 7.4", "measuring 6.8 on the Richter scale", "a 7.8 earthquake": one scale, compared as is.
MAGNITUDE_RE = re.compile(
    r"\b(?:magnitude(?:\s+of)?[\s-](?:M[wsL]?\s?)?(?P<a>\d(?:\.\d+)?)|"
    r"(?P<b>\d(?:\.\d+)?)[\s-]magnitude|"
    r"magnitude\s+of\s+(?:the|an?|this|that)\s+(?:\w+\s+){0,2}?(?:at|as)\s+(?P<c>\d(?:\.\d+)?)|"
    r"(?P<d>\d\.\d)\s+on\s+the\s+Richter|"
    r"(?P<e>\d\.\d)[\s-](?:earthquake|quake|temblor|tremor|aftershock)s?|"
    # a whole magnitude spelt out: "at a magnitude of seven"
    r"magnitude(?:\s+of)?[\s-](?P<f>one|two|three|four|five|six|seven|eight|nine))\b(?![.,]\d)",
    re.I,
)
RESTATED_TOLERANCE = 0.10  # "1,000 km (600 mi)" is 3.4% off: a sound rounding, not an error
COUNT_RE = re.compile(
    rf"(?:\b(?P<hedge>(?i:{HEDGE}))\s+)?(?<![\d.,+/$£€¥'’])(?<!\d[-–])\b(?P<num>{DIGITS}|"
    rf"(?i:(?!an?\b|half\b){SPELLED}))(?:\s+(?P<scale>thousand|million|billion|dozen))?"
    r"(?:\s?-\s?(?P<comp>member|strong|person|nation|country|seat|party|story|storey|year-old|month-old|"
    r"week-old|day-old)|"
    # "a 15 year old", "15-year old", "10 years old": an age written without its hyphens
    r"[\s-]+(?P<unit>year|month|week|day)s?[\s-]+old|"
    r"\s+(?P<w1>[a-z]+)(?:\s+(?P<w2>[a-z]+))?)\b"
)
VAGUE_COUNT_RE = re.compile(
    r"\b(?P<word>dozens|scores|hundreds|thousands|tens\s+of\s+thousands|millions|a\s+handful|"
    r"a\s+dozen)\s+of\s+(?P<noun>[a-z]+)\b(?P<more>(?:[\s-]+[a-z]+\b){0,2})",
    re.IGNORECASE,
)
# The word (run of \w, lowercase) VAGUE_COUNT_RE opens with; it ignores case, so a word that
# is not ASCII is tried too.
VAGUE_OPENINGS = word_set("dozens scores hundreds thousands tens millions a")
VAGUE = {"dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999),
         "thousands": (2000, 9999), "tens of thousands": (20000, 99999),
         "millions": (2e6, 9.99e6), "a handful": (3, 6), "a dozen": (12, 12)}  # fmt: skip
# A number and a joining word right before an age: a range or a list of ages.
AGE_RANGE_BEFORE_RE = re.compile(r"\d\s*[-–]?\s*(?:-|–|,|to|or|and)\s*$")
# A capitalised word right before the digits on one line (not opening a sentence, and no
# function word: "Productions A 6-year-old") makes them a name.
MODEL_BEFORE_RE = re.compile(r"[a-z,;][ \t]+([A-Z][\w-]*)[ \t]$")
# A number spelt with a capital after a capitalised word, in mid-sentence, is part of a name:
# "Group of Seven countries", "the Big Ten", "Ocean's Eleven".
NAME_NUMBER_BEFORE_RE = re.compile(r"[a-z,;][ \t]+[A-Z][\w'’]*[a-z](?:[ \t]+of)?[ \t]+$")
# Frequent verbs in -s that follow a number ("8900 supports", "2 seems"): never the noun.
VERBS_S = word_set("supports seems looks means remains stands includes comes goes makes takes gets")
PEOPLE_NOUNS = word_set("people children men women police staff personnel crew troops civilians")
# Units of data, screens and prices are measures, not counts of things.
NOT_COUNT_NOUNS = word_set(
    """percent per times of and or to in on at by the a an am pm a.m p.m more than cents pence
    bytes kilobytes megabytes gigabytes terabytes bits pixels megapixels gigahertz megahertz"""
)
# The casualty word a count of people is told with ("three other people wounded", "12 people
# were killed", "288 people lost their lives"): at most three auxiliary or reporting words
# between; the word is read by casualty_word.
CASUALTY_AFTER_RE = re.compile(
    # an aside naming part of them may stand first ("48 more people, including children,
    # were injured"), an adverb of manner last ("12 others were seriously hurt")
    r"(?:\s*,\s*including\s[^,.;:\n]{1,40},)?"
    r"(?:\s+(?:were|are|was|have|has|had|been|now|reported|confirmed|feared|believed)){0,3}"
    r"(?:\s+(?!only\b)[a-z]+ly)?\s+"
    r"(?P<word>(?:lost|lose|losing)\s+(?:their|his|her)\s+lives?|[a-z]+)\b"
    r"(?P<death>\s+to\s+death\b)?",
    re.IGNORECASE,
)
# The auxiliary a count without a noun may be followed by before its casualty word.
AUXILIARIES = frozenset(("were", "was", "are", "have", "had"))
LIVES_LOST_RE = re.compile(r"(?:lost|lose|losing)\s", re.IGNORECASE)
# WordNet's concepts of dying, of injury and of surviving (lexicon): killed, died, dead,
# perished, murdered; injured, wounded, hurt; survived.
_CASUALTY_CONCEPTS = {
    concept("killed"): "dead",
    concept("injured"): "injured",
    concept("survived"): "survived",  # "two people survived": neither the dead nor the hurt
    # other fates a count of people tells: "37 had been rescued", "200 people were
    # evacuated", "three men were arrested" (each its own count, never a toll's)
    concept("rescued"): "rescued",
    concept("evacuated"): "evacuated",
    concept("arrested"): "arrested",
}
# The fates that make a bare number a count of people ("26 were wounded", "102 have been
# rescued"); "5 are missing" may count anything.
BARE_COUNT_FATES = frozenset(("dead", "injured", "survived", "rescued", "evacuated", "arrested"))
# A fate told by an adjective, not a participle: "nine people are still missing".
FATE_ADJECTIVES = {"missing": "missing"}


def casualty_word(word: str) -> str | None:
    """The casualty ("dead" or "injured") a participle or adjective after a count tells
    ("killed", "perished", "wounded", "dead", "hurt", "lost their lives"), else None. A
    noun or a verb in -s is not one ("deaths", "kills": what is counted, not their state)."""
    w = word.lower()
    if LIVES_LOST_RE.match(w):
        return "dead"
    if w in FATE_ADJECTIVES:
        return FATE_ADJECTIVES[w]
    if not (w.endswith("ed") or w in ("dead", "hurt")):
        return None
    return CASUALTY.get(w) or _CASUALTY_CONCEPTS.get(concept(w))


IRREGULAR_PLURALS = {"lives": "life", "wives": "wife", "knives": "knife", "leaves": "leave"}


@lru_cache(maxsize=1)
def _ureg() -> pint.UnitRegistry:
    return pint.UnitRegistry()


@lru_cache(maxsize=256)
def _to_si(unit: str) -> tuple[float, str, str, float]:
    """Return (factor, si unit, dimension, offset) of a pint unit, computed once per unit."""
    ureg = _ureg()
    one = ureg.Quantity(1.0, unit).to_base_units()
    zero = ureg.Quantity(0.0, unit).to_base_units()
    factor = float(one.magnitude) - float(zero.magnitude)
    return factor, str(one.units), str(one.dimensionality), float(zero.magnitude)


def to_si(value: float, unit: str) -> tuple[float, str, str]:
    """Convert a value in a pint unit to SI base units: (si value, si unit, dimension)."""
    factor, si_unit, dim, offset = _to_si(unit)
    return value * factor + offset, si_unit, dim


def find_durations(ctx: Ctx) -> list[Cand]:
    """Return durations in minutes, hedged ones as intervals."""
    out: list[Cand] = []
    covered = -1
    for m in ctx.anchored(DURATION_RE):
        if m.start() < covered:
            continue  # the "40 minutes" of "11 hours and 40 minutes", already counted
        end = m.end()
        n = 1.0  # the written figure: "half an hour" and "an hour and a half" are one unit
        if m.group("half"):
            h = m.group("half").lower()
            minutes, unit = (
                (90.0, "hour") if "half" in h and "hour and" in h
                else (75.0, "hour") if "quarter" in h else (30.0, "minute")
            )  # fmt: skip
        else:
            num = m.group("num")
            parsed = parse_number(num)
            if parsed is None:
                continue
            n = parsed
            if YEAR_UNIT_RE.fullmatch(m.group(0)):
                continue  # "HP's 2008 second quarter": a year and an ordinal
            if num.lower() in ("a", "an") and not m.group("hedge") and not m.group("andhalf2"):
                prev = ctx.text[max(0, m.start() - 12) : m.start()].split()
                if not prev or prev[-1].lower() not in A_DURATION_CUES:
                    continue
            frac = m.group("andhalf") or m.group("andhalf2") or ""
            n += 0.25 if "quarter" in frac else 0.5 if frac else 0.0
            unit = m.group("unit").lower().rstrip("s")
            minutes = n * MINUTES[unit]
            tail = COMPOUND_RE.match(ctx.text, end)
            t_num = tail and (tail.group("num") or tail.group("numc"))
            t_unit = tail and (tail.group("unit") or tail.group("unitc")).lower().rstrip("s")
            smaller = t_unit and MINUTES[t_unit] < MINUTES[unit]
            if tail and t_unit and smaller and (extra := parse_number(t_num or "")) is not None:
                minutes += extra * MINUTES[t_unit]
                end = covered = tail.end()
        low, high = hedge_interval(minutes, m.group("hedge"), DURATION_FLOOR_MIN, written=n)
        start, hedge, rule = m.start(), _h(m.group("hedge")), "duration"
        rng = RANGE_BEFORE_RE.search(ctx.text, max(0, start - 24), start)
        lo = parse_number(rng.group("lo")) if rng and not hedge else None
        if hedge:
            rule = "duration-hedged"
        elif rng and lo is not None and unit in MINUTES and lo * MINUTES[unit] < minutes:
            # "90-120 days", "12 to 18 months": an interval, not the upper figure alone.
            start, low, hedge, rule = rng.start(), lo * MINUTES[unit], "range", "duration-range"
        value = {"minutes": minutes, "low": low, "high": high, "hedge": hedge, "unit": unit}
        out.append(Cand(FactType.DURATION, start, end, value, rule))
    return out


def _h(hedge: str | None) -> str | None:
    return " ".join(hedge.lower().split()) if hedge else None


def find_percents(ctx: Ctx) -> list[Cand]:
    """Return percentages, with what they are a percentage of ("2% of GDP" -> base GDP)."""
    out: list[Cand] = []
    for m in ctx.anchored(PERCENT_RE):
        num = m.group("num")
        # "+0. 26%": scraped copy broke the decimal; read 0.26, never 26.
        n = 0.5 if num.lower().startswith("half") else parse_number(re.sub(r"\.\s+", ".", num))
        if n is None or num.lower() in ("a", "an"):
            continue
        low, high = hedge_interval(n, m.group("hedge"))
        start, rule = m.start(), "percent"
        rng = RANGE_BEFORE_RE.search(ctx.text, max(0, start - 24), start)
        lo = parse_number(rng.group("lo")) if rng and not m.group("hedge") else None
        if rng and lo is not None and lo < n:
            start, low, rule = rng.start(), lo, "percent-range"  # "by 20 to 30 percent"
        unit = "percentage point" if "point" in m.group("unit").lower() else "percent"
        value = {"value": n, "low": low, "high": high, "base": m.group("base"), "unit": unit,
                 "hedge": _h(m.group("hedge"))}  # fmt: skip
        out.append(Cand(FactType.PERCENT, start, m.end(), value, rule))
    return out


def _reading(num: str, unit_word: str) -> dict[str, Any] | None:
    n = parse_number(num)
    if n is None or num.lower() in ("a", "an"):
        return None
    unit = UNIT_WORDS[unit_word]
    si, si_unit, dim = to_si(n, unit)
    return {"magnitude": n, "unit": unit.replace("_", " "), "dimension": dim,
            "si_value": si, "si_unit": si_unit}  # fmt: skip


def find_quantities(ctx: Ctx) -> list[Cand]:
    """Return measured quantities; a bracketed conversion is the same quantity restated."""
    out: list[Cand] = []
    for m in ctx.anchored(QUANTITY_RE):
        first = _reading(m.group("num1"), m.group("unit1"))
        if first is None:
            continue
        if m.group("unit1").startswith("pound") and not _weighs(ctx, m):
            continue
        low, high = hedge_interval(first["si_value"], m.group("hedge"), written=first["magnitude"])
        value = {**first, "low": low, "high": high, "hedge": _h(m.group("hedge")),
                 "restated": None}  # fmt: skip
        rule = "quantity"
        second = _reading(m.group("num2"), m.group("unit2")) if m.group("num2") else None
        if second and second["dimension"] == first["dimension"] and first["si_value"]:
            ratio = second["si_value"] / first["si_value"]
            second["consistent"] = abs(ratio - 1) <= RESTATED_TOLERANCE
            second["ratio"] = round(ratio, 4)
            value["restated"] = second
            rule = "quantity-restated"
        out.append(Cand(FactType.QUANTITY, m.start(), m.end(), value, rule))
    for m in MAGNITUDE_RE.finditer(ctx.text) if "agnitude" in ctx.text else ():
        n = float(next(g for g in m.group("a", "b", "c", "d", "e") if g) if not m.group("f")
                  else parse_number(m.group("f")) or 0)  # fmt: skip
        value = {"magnitude": n, "unit": "magnitude", "dimension": "magnitude", "si_value": n,
                 "si_unit": "magnitude", "low": n, "high": n, "restated": None}  # fmt: skip
        out.append(Cand(FactType.QUANTITY, m.start(), m.end(), value, "quantity-magnitude"))
    return out


def _weighs(ctx: Ctx, m: re.Match[str]) -> bool:
    """Whether "N pounds" sits in a sentence about weight (or is restated in kg)."""
    if m.group("num2"):
        return True
    sent = ctx.sentences[ctx.sentence_at(m.start())] if ctx.sentences else None
    s0, s1 = (sent.start, sent.end) if sent else (0, len(ctx.text))
    return any(w.group(0).lower() != "of" or w.start() == m.end() + 1
               for w in WEIGHT_RE.finditer(ctx.text, s0, s1))  # fmt: skip


def _singular(noun: str) -> str:
    if noun in PEOPLE_NOUNS:
        return noun
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _countable(word: str) -> bool:
    """A plural noun that can be counted: not a unit, stopword or time word."""
    if word in NOT_COUNT_NOUNS or word in FUNCTION_WORDS or _singular(word) in MINUTES:
        return False
    if word in UNIT_WORDS or word in VERBS_S:
        return False
    return word in PEOPLE_NOUNS or (word.endswith("s") and not word.endswith("ss"))


def _casualty(text: str, noun: str, m: re.Match[str], end: int) -> str | None:
    """What casualty a count counts, when its words say so: "three injured" (the word is the
    count's own), "three other people wounded", "12 students were killed", or the verb
    right before it ("killed at least 20 people", "wounding 26 others")."""
    if noun == "people" and m.group("w1") and casualty_word(m.group("w1")):
        return casualty_word(m.group("w1"))
    if noun == "people" and _qualified_fate(m.group("w1"), m.group("w2")):
        return casualty_word(m.group("w2"))
    after = CASUALTY_AFTER_RE.match(text, end)
    if after is not None:
        told = "dead" if after.group("death") else casualty_word(after.group("word"))
        if told == "injured" and SOME_FATALLY_RE.match(text, after.end()):
            return None  # "six people wounded -- two mortally": the dead among them
        if told:
            return told
    return casualty_before(text, m.start())


# "six people wounded, two of them fatally": the count holds the dead too.
SOME_FATALLY_RE = re.compile(
    r"\s*(?:,|--|—|–)\s*(?:including\s+)?[\w-]+\s+(?:of\s+them\s+)?(?:fatally|mortally)\b",
    re.IGNORECASE,
)


# The word right before a count, on the same line with nothing but spaces between.
WORD_BEFORE_COUNT_RE = re.compile(r"\b([a-z]+)[ \t]+(?:(?:the|all)[ \t]+)?$")


def _qualified_fate(w1: str | None, w2: str | None) -> bool:
    """ "20 more injured", "20 seriously injured": a fate word after "more", "other" or an
    adverb stands for its people, as "20 injured" does."""
    if not w1 or not w2 or not (w1 in ("more", "other") or w1.endswith("ly")):
        return False
    return casualty_word(w2) in BARE_COUNT_FATES


def casualty_before(text: str, start: int) -> str | None:
    """The casualty a verb right before a count gives it: "killed 20 people", "killing at
    least 20", "wounded 26 others", "injuring 12" (an -ing form read as its participle)."""
    before = WORD_BEFORE_COUNT_RE.search(text, max(0, start - 20), start)
    if before is None:
        return None
    word = before.group(1)
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3] + "ed"
    return casualty_word(word) if word.endswith("ed") else None


def find_counts(ctx: Ctx) -> list[Cand]:
    """Return counts of things ("three people", "15-member", "dozens of protesters")."""
    out: list[Cand] = []
    for m in ctx.anchored(COUNT_RE):
        num = m.group("num")
        n = parse_number(num)
        if n is None or (len(num) == 4 and num.isdigit() and num[:2] in ("19", "20")):
            continue
        if "." in num and not m.group("scale"):
            continue  # "USB 2.0 ports", "rose 31.36 points": things are counted in whole units
        a, b = m.start(), m.end()
        model = MODEL_BEFORE_RE.search(ctx.text, max(0, a - 30), a) if num[0].isdigit() else None
        if model and model.group(1).lower() not in STOPWORDS:
            continue  # "Curve 8900 supports", "Flight 370 was": a name, not a count
        if num[0].isupper() and NAME_NUMBER_BEFORE_RE.search(ctx.text, max(0, a - 30), a):
            continue  # "the Group of Seven countries", "the Big Ten schools": part of a name
        noun = m.group("comp") or (f"{m.group('unit').lower()}-old" if m.group("unit") else None)
        aged = noun is not None and noun.endswith("-old")
        if aged and AGE_RANGE_BEFORE_RE.search(ctx.text, max(0, a - 12), a):
            continue  # "between 15 and 25 years old", "1- or 2-year-old": no one age
        if noun is None:
            w1, w2 = m.group("w1"), m.group("w2")
            if _countable(w1):
                noun, b = w1, m.end("w1")
            elif (
                w2
                and _countable(w2)
                and (w1 == "more" or w1 not in NOT_COUNT_NOUNS)
                and not w1.endswith("ly")
            ):
                noun = w2  # "three young men", "48 more people"
            elif _qualified_fate(w1, w2):
                noun, b = "people", m.end("w2")  # "20 more injured": 20 more injured people
            elif casualty_word(w1) in BARE_COUNT_FATES:
                noun, b = "people", m.end("w1")  # "three injured": three injured people
            elif w1 in AUXILIARIES and _casualty(ctx.text, "", m, m.end("num")) in BARE_COUNT_FATES:
                noun, b = "people", m.end("num")  # "Twenty were killed, 26 were wounded"
            else:
                continue
            if n == 1:
                continue
        written = n
        if m.group("scale"):
            n *= {"thousand": 1e3, "million": 1e6, "billion": 1e9, "dozen": 12}[m.group("scale")]
        low, high = hedge_interval(n, m.group("hedge"), written=written)
        value = {"value": n, "noun": _singular(noun), "low": low, "high": high,
                 "hedge": _h(m.group("hedge")),
                 "casualty": _casualty(ctx.text, noun, m, b)}  # fmt: skip
        out.append(Cand(FactType.COUNT, a, b, value, "count"))
    for m in matches_at(VAGUE_COUNT_RE, ctx.text, ctx.starts_ignoring_case(VAGUE_OPENINGS)):
        lo, hi = VAGUE[" ".join(m.group("word").lower().split())]
        noun_end = _vague_noun_end(ctx.text, m)
        if noun_end is None:
            continue
        noun = ctx.text[m.start("noun") : noun_end].split()[-1].split("-")[-1]
        value = {"value": None, "noun": _singular(noun.lower()), "low": lo,
                 "high": hi, "hedge": m.group("word").lower()}  # fmt: skip
        out.append(Cand(FactType.COUNT, m.start(), noun_end, value, "count-vague"))
    return out


# A vote's tally, written with the word "vote" or a body's decision beside it: "voted 7-2",
# "by a vote of 6 to 3", "a 52-48 vote", "approved the plan 5 to 4" ("won 3-1" is a score).
_TALLY = r"(?P<for>\d{1,3}(?:,\d{3})*)\s*(?:-|–|to)\s*(?P<against>\d{1,3}(?:,\d{3})*)\b"
VOTE_TALLY_RES = (
    re.compile(rf"\bvot(?:ed|es|e|ing)\s+(?:[a-z]+\s+){{0,2}}?{_TALLY}(?!\s*(?:[ap]\.?m\b|%))"),
    re.compile(rf"\bby\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:vote|margin|tally)\s+of\s+{_TALLY}"),
    re.compile(rf"\b{_TALLY}\s+(?:[a-z]+\s+)?vote\b"),
    # a body's decision: "the council approved the plan 7-2", "the Senate passed it 52-48"
    re.compile(
        rf"\b(?:passed|approved|rejected|adopted|confirmed)\s+(?:[a-z]+\s+){{0,3}}?{_TALLY}"
        r"(?!\s*(?:[ap]\.?m\b|%|times|minutes|hours|days|weeks|months|years|percent))"
    ),
)


# A second body's tally told in the same clause as the first, its verb left out: "the Senate
# voted 41-21 and the Assembly 96-49".
_NEXT_TALLY_RE = re.compile(
    rf",?\s+(?:and|while|with)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){{1,3}}{_TALLY}"
    r"(?!\s*(?:[ap]\.?m\b|%))"
)


def find_vote_tallies(ctx: Ctx) -> list[Cand]:
    """A vote's tally as a count of votes for ("voted 7-2" is 7 votes, noun 'vote'), so that
    two accounts' tallies of one vote meet as two counts of votes; the span holds both
    numbers. Only where the word "vote" stands beside the tally."""
    out: list[Cand] = []
    seen: set[int] = set()
    matches = [m for rx in VOTE_TALLY_RES for m in rx.finditer(ctx.text)]
    for m in matches:  # grows: each tally may have a second body's after it
        if nxt := _NEXT_TALLY_RE.match(ctx.text, m.end()):
            matches.append(nxt)
        a, b = m.start("for"), m.end("against")
        n, against = parse_number(m.group("for")), parse_number(m.group("against"))
        if a in seen or n is None or against is None or n < against:
            continue  # a tally puts the winning side first: "2 to 3 times" is a range
        seen.add(a)
        value = {"value": n, "noun": "vote", "low": n, "high": n, "hedge": None,
                 "casualty": None}  # fmt: skip
        out.append(Cand(FactType.COUNT, a, b, value, "count-vote"))
    return out


def _vague_noun_end(text: str, m: re.Match[str]) -> int | None:
    """End of the counted noun after "hundreds of": the first plural within three words
    ("hundreds of low-power servers", "thousands of Hamas fighters"), else the first word
    when it is itself a plural ("Thousands of Palestinians"); None when nothing is counted."""
    first = m.group("noun")
    for w in re.finditer(r"[a-z]+", m.group("more")):
        if w.group(0) in PEOPLE_NOUNS or _countable(w.group(0)):
            return m.start("more") + w.end()
    if first.lower() in PEOPLE_NOUNS or _countable(first.lower()):
        return m.end("noun")
    return None


# A toll stated as a level: "the death toll rose to 12", "The death toll from the collapse of
# a building in Ikoyi climbed to 14 on Tuesday", "the toll stands at 90", "raised the toll
# in the shooting to three", "put the death toll of the shelling at 40". The number counts
# the dead (an injury toll: the injured); a phrase of at most 80 characters may stand
# between the toll and its verb.
# The verbs that set a toll at a level ("rose to", "stands at").
_TOLL_LEVEL_VERBS = (
    r"(?:rose|rises|risen|climbed|climbs|jumped|jumps|reached|reaches|hit|hits|stands|stood|"
    r"stand|is|was|increased|increases|grew|grows|grown|fell|falls|dropped|drops)"
)
TOLL_LEVEL_RE = re.compile(
    r"(?:\b(?P<raised>raised|raises|raising|pushed|pushes|pushing|brought|brings|bringing|"
    r"put|puts|putting|lifted|lifts|lifting)\s+(?:the|its|their)\s+)?"
    r"\b(?:(?P<kind>death|injury|casualty)\s+)?toll(?![\w-])(?P<mid>[^.;:!?\n]{0,80}?)\s+"
    rf"(?:(?:has\s+|had\s+)?{_TOLL_LEVEL_VERBS}\s+)?(?:to|at)\s+"
    rf"(?:(?P<hedge>{HEDGE})\s+)?(?<![\w.,$£€-])(?P<num>{DIGITS}|{SPELLED})\b"
    r"(?!\s*(?:%|percent|per\s+cent|years?|km|miles?)\b)",
    re.I,
)


TOLL_VERB_END_RE = re.compile(
    rf"\b{_TOLL_LEVEL_VERBS}\s+(?:to|at)\s+(?:\S+\s+)?$",
    re.I,
)


def find_toll_levels(ctx: Ctx) -> list[Cand]:
    """A casualty toll stated as a level ("the death toll rose to 12"), as a count of the
    dead (or injured) people, the span its number (and hedge): the same slot as
    "killing 14 people" (``casualty``). Not a figure that is a year or a percent."""
    out: list[Cand] = []
    for m in TOLL_LEVEL_RE.finditer(ctx.text):
        n = parse_number(m.group("num"))
        if n is None or n <= 0 or re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
            continue
        if re.search(r"\btoll\b", m.group("mid"), re.I):
            continue  # a second toll inside the phrase: the nearer one is read
        if not m.group("raised") and not TOLL_VERB_END_RE.search(
            ctx.text, m.start(), m.start("num")
        ):
            continue  # "the toll ... at 3 p.m.": a level needs its verb, before or after
        hedge = " ".join(m.group("hedge").lower().split()) if m.group("hedge") else None
        low, high = hedge_interval(n, hedge)
        kind = (m.group("kind") or "death").lower()
        value = {"value": n, "noun": "people", "low": low, "high": high, "hedge": hedge,
                 "casualty": "injured" if kind == "injury" else "dead"}  # fmt: skip
        start = m.start("hedge") if m.group("hedge") else m.start("num")
        out.append(Cand(FactType.COUNT, start, m.end("num"), value, "count-toll"))
    return out


# A bare number closing a clause ("killing nine people and injuring 17, officials said"),
# which COUNT_RE (a number and the word after it) does not read.
CLAUSE_END_NUMBER_RE = re.compile(
    rf"(?:\b(?P<hedge>(?i:{HEDGE}))\s+)?(?<![\d.,+/$£€¥'’-])\b(?P<num>\d{{1,6}}|"
    rf"(?i:(?!an?\b|half\b|one\b){SPELLED}))(?=[ \t]*(?:[,.;:)]|$))"
)


def find_fate_counts(ctx: Ctx) -> list[Cand]:
    """A bare number right after a verb of a fate, closing its clause ("injuring 17,",
    "killing at least 3."): a count of people with that fate (``casualty_before``)."""
    out: list[Cand] = []
    for m in CLAUSE_END_NUMBER_RE.finditer(ctx.text):
        n = parse_number(m.group("num"))
        if n is None or n <= 1 or re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
            continue
        fate = casualty_before(ctx.text, m.start())
        if fate not in BARE_COUNT_FATES:
            continue
        hedge = _h(m.group("hedge"))
        low, high = hedge_interval(n, m.group("hedge"))
        value = {"value": n, "noun": "people", "low": low, "high": high, "hedge": hedge,
                 "casualty": fate}  # fmt: skip
        out.append(Cand(FactType.COUNT, m.start(), m.end("num"), value, "count-fate"))
    return out
