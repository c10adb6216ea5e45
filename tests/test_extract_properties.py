"""Property tests for extraction: dates round-trip, normalisers are idempotent, spans exact."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_facts
from factcheck.extract.names import normalise_person
from factcheck.extract.quantities import to_si
from factcheck.models import Article
from factcheck.numbers import format_number, hedge_interval, parse_number

FAST = settings(max_examples=60, deadline=None)
STYLES = ["{B} {d}, {Y}", "{b}. {d}, {Y}", "{d} {B} {Y}", "{iso}", "{A}, {B} {d}, {Y}"]
GIVEN = ["Joseph", "Fumio", "Antony", "Kamala", "Olaf", "Yoshimasa", "William", "Maria"]
FAMILY = ["Biden", "Kishida", "Blinken", "Harris", "Scholz", "Hayashi", "Okafor", "Silva"]


def art(text: str, ref: str | None = None) -> Article:
    return Article(id="t1", source="prop", format="txt", text=text, reference_date=ref)


def written(d: date, style: str) -> str:
    abbr = d.strftime("%b") if d.month != 9 else "Sept"
    return style.format(
        B=d.strftime("%B"), b=abbr, d=d.day, Y=d.year, iso=d.isoformat(), A=d.strftime("%A")
    )


@FAST
@given(d=st.dates(date(1990, 1, 1), date(2035, 12, 31)), style=st.sampled_from(STYLES))
def test_any_supported_style_parses_back(d: date, style: str) -> None:
    if style.startswith("{b}.") and d.month == 5:
        style = "{B} {d}, {Y}"  # "May." is not how May is abbreviated
    text = f"The agreement was signed on {written(d, style)} in the capital."
    dates = [f for f in extract_facts(art(text, "2024-06-01")).facts if f.type.value == "date"]
    assert len(dates) == 1, [f.text for f in dates]
    assert dates[0].value.start == dates[0].value.end == d.isoformat()


@FAST
@given(
    given=st.sampled_from(GIVEN),
    family=st.sampled_from(FAMILY),
    initial=st.sampled_from(["", "R. ", "J. "]),
    suffix=st.sampled_from(["", ", Jr.", " III"]),
    family_first=st.booleans(),
)
def test_name_normalisation_is_idempotent(
    given: str, family: str, initial: str, suffix: str, family_first: bool
) -> None:
    surface = f"{family.upper()} {given}" if family_first else f"{given} {initial}{family}{suffix}"
    display, key = normalise_person(surface)
    assert normalise_person(display) == (display, key)
    assert display.split()[-1] == family  # always "Given Family" order
    assert key == normalise_person(f"{given} {family}")[1]


@FAST
@given(amount=st.integers(1, 999), scale=st.sampled_from(["million", "billion", "trillion"]))
def test_money_normalisation_round_trips(amount: int, scale: str) -> None:
    text = f"The government pledged ${amount} {scale} for reconstruction."
    money = [f for f in extract_facts(art(text)).facts if f.type.value == "money"]
    assert len(money) == 1
    value = money[0].value.amount
    factor = {"million": 1e6, "billion": 1e9, "trillion": 1e12}[scale]
    assert value == amount * factor
    again = f"The government pledged ${format_number(value / factor)} {scale} again."
    money2 = [f for f in extract_facts(art(again)).facts if f.type.value == "money"]
    assert money2[0].value.amount == value


@FAST
@given(x=st.floats(0.1, 1e5, allow_nan=False))
def test_unit_conversions_hold(x: float) -> None:
    km, unit, dim = to_si(x, "kilometer")
    mi, _, _ = to_si(x / 1.609344, "mile")
    assert unit == "meter" and dim == "[length]"
    assert abs(km - mi) <= 1e-6 * km
    kelvin, _, _ = to_si(x, "degC")
    assert abs(kelvin - (x + 273.15)) < 1e-6
    tonnes, kg_unit, _ = to_si(x, "metric_ton")
    assert kg_unit == "kilogram" and abs(tonnes - 1000 * x) < 1e-6 * tonnes


@FAST
@given(n=st.integers(1, 600), hedge=st.sampled_from(["about", "nearly", "more than", "up to", ""]))
def test_hedged_durations_contain_their_value(n: int, hedge: str) -> None:
    text = f"The session lasted {hedge} {n} minutes, officials said.".replace("  ", " ")
    durs = [f for f in extract_facts(art(text)).facts if f.type.value == "duration"]
    assert len(durs) == 1
    v = durs[0].value
    assert v.minutes == n and v.low <= n <= v.high
    if hedge == "about":
        assert v.high - v.low >= 10  # never tighter than ±5 minutes
    low, high = hedge_interval(float(n), hedge or None)
    assert (low, high) == hedge_interval(float(n), hedge or None)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "On Friday,",
                "“We agree,” he said.",
                "Prime Minister Fumio Kishida",
                "in Paris,",
                "$3.5 bn",
                "about 40 minutes",
                "2:55 p.m. (local time)",
                "Jan. 13",
                "U.S.",
                "15-member",
                "1,000 km (600 mi)",
                "\n",
                "2% of GDP",
                "forty five",
                "May",
                '"quoted"',
                "Mr.",
                "(1)",
                "—",
                "BALI, Indonesia",
                "at least 40 people",
            ]
        ),
        max_size=25,
    ),
    st.text(max_size=40),
)
def test_spans_are_always_exact(parts: list[str], noise: str) -> None:
    text = " ".join(parts) + noise
    af = extract_facts(art(text, "2023-01-13"))
    for f in af.facts:
        assert text[f.start : f.end] == f.text
    assert [f.start for f in af.facts] == sorted(f.start for f in af.facts)


def test_parse_number_words() -> None:
    assert parse_number("forty five") == 45
    assert parse_number("two hundred and fifty") == 250
    assert parse_number("1,000") == 1000
    assert parse_number("banana") is None
