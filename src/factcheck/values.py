"""Typed values of facts: one frozen model per ``FactType``, discriminated by ``type``.

``Fact.value`` is one of these. Every model carries a literal ``type`` equal to its fact's
type, so a stored report reads back into the right class. Numeric values of measures carry
``low``/``high``: the interval a hedge word opens ("about two hours" -> 105..135 minutes),
widened once, in ``extract.numbers.hedge_interval``; an exact figure has ``low == high``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

_LOW = "Least the text allows (a hedge's interval); None when no interval is given."
_HIGH = "Most the text allows; ``low == high`` for an exact figure."


class _Value(BaseModel):
    """Base of fact values: immutable and strict about unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def public(self) -> dict[str, Any]:
        """The value as JSON data without ``type``, only the keys its extractor set."""
        return self.model_dump(mode="json", exclude={"type"}, exclude_unset=True)


class DateValue(_Value):
    """A day, or an interval of days when vague ("last month"); ``start == end`` for a day."""

    type: Literal["date"] = "date"
    start: str | None = Field(description="YYYY-MM-DD; None when nothing resolves it.")
    end: str | None = Field(description="YYYY-MM-DD, inclusive.")
    granularity: str = Field(description="day | month | year")
    relative: bool = Field(description="Resolved against a reference date ('Friday').")
    weekday: str | None = Field(default=None, description="The weekday written: 'Sunday'.")
    resolved_from: str | None = Field(
        default=None, description="YYYY-MM-DD reference a relative (or yearless) date used."
    )
    weekday_matches: bool | None = Field(
        default=None, description="'Sunday, Nov. 13, 2022': whether the weekday fits the day."
    )
    year_inferred: bool | None = Field(default=None, description="'Nov. 13': year from ref.")
    month_day: str | None = Field(default=None, description="MM-DD of a yearless, unresolved day.")
    month: int | None = Field(default=None, description="Month of an unresolved bare month.")
    part_of_day: str | None = Field(default=None, description="'Friday morning': morning.")
    tense: str | None = Field(default=None, description="future | past, of a weekday.")
    modifier: str | None = Field(default=None, description="last | next | this | coming | past.")


class TimeValue(_Value):
    """A clock time, with its zone, UTC offset and UTC instant where they can be known."""

    type: Literal["time"] = "time"
    local: str = Field(description="HH:MM as written, 24-hour.")
    utc_offset: str | None = Field(default=None, description="'+07:00'.")
    tz: str | None = Field(default=None, description="IANA zone: 'Asia/Phnom_Penh'.")
    utc: str | None = Field(default=None, description="'YYYY-MM-DDTHH:MM+00:00'.")
    date: str | None = Field(default=None, description="YYYY-MM-DD the time belongs to.")
    zone_label: str | None = Field(
        default=None, description="'local time', 'Japan time', 'EST' as written."
    )
    same_instant_as: str | None = Field(
        default=None, description="Surface of a time in the same sentence naming this instant."
    )


class DurationValue(_Value):
    """A length of time in minutes; hedged or ranged ones as an interval."""

    type: Literal["duration"] = "duration"
    minutes: float = Field(description="Nominal length in minutes.")
    low: float | None = Field(default=None, description="Least minutes the text allows.")
    high: float | None = Field(default=None, description="Most minutes the text allows.")
    hedge: str | None = Field(default=None, description="'about', or 'range' for '90-120 days'.")
    unit: str | None = Field(default=None, description="The unit written: hour, day, year...")


class MoneyValue(_Value):
    """A sum of money: ISO currency, amount in units, and what it is for."""

    type: Literal["money"] = "money"
    currency: str = Field(description="ISO 4217 code: 'USD'.")
    amount: float = Field(description="In currency units: 3.13e11.")
    low: float | None = Field(default=None, description=_LOW)
    high: float | None = Field(default=None, description=_HIGH)
    period: str | None = Field(default=None, description="'over the next five years'.")
    period_years: float | None = Field(default=None, description="5.0 for five years.")
    purpose: str | None = Field(default=None, description="Key terms near the sum.")
    hedge: str | None = None
    change: str | None = Field(
        default=None, description="Set when the sum is a change ('rose $5'), not a level."
    )


class PercentValue(_Value):
    """A percentage, with what it is a percentage of ('2% of GDP')."""

    type: Literal["percent"] = "percent"
    value: float
    low: float | None = Field(default=None, description=_LOW)
    high: float | None = Field(default=None, description=_HIGH)
    base: str | None = Field(default=None, description="'GDP' in '2% of GDP'.")
    unit: str | None = Field(default=None, description="percent | percentage point")
    hedge: str | None = None


class QuantityReading(_Value):
    """A measured figure in its written unit and in SI (also a bracketed restatement)."""

    magnitude: float = Field(description="As written: 1000.")
    unit: str = Field(description="pint unit: 'kilometer'.")
    dimension: str = Field(description="'[length]', or 'magnitude' for a quake's.")
    si_value: float = Field(description="In SI base units: 1e6.")
    si_unit: str = Field(description="'meter'.")
    consistent: bool | None = Field(
        default=None, description="Of a restatement: it agrees with the first reading."
    )
    ratio: float | None = Field(default=None, description="Restated SI value over the first.")


class QuantityValue(QuantityReading):
    """A measured quantity; ``low``/``high`` are in SI like ``si_value``."""

    type: Literal["quantity"] = "quantity"
    low: float | None = Field(default=None, description=_LOW)
    high: float | None = Field(default=None, description=_HIGH)
    hedge: str | None = None
    restated: QuantityReading | None = Field(
        default=None, description="'1,000 km (620 miles)': the bracketed reading."
    )


class CountValue(_Value):
    """A count of things ('15 members'); vague counts ('dozens of') have no value."""

    type: Literal["count"] = "count"
    value: float | None
    noun: str | None = Field(default=None, description="Singular: 'member'.")
    low: float | None = Field(default=None, description=_LOW)
    high: float | None = Field(default=None, description=_HIGH)
    hedge: str | None = None
    casualty: str | None = Field(
        default=None,
        description="A casualty class, 'dead' or 'injured': a toll's (extract.tolls) or "
        "a count's told with one ('three injured', 'two people were killed').",
    )


class PlaceValue(_Value):
    """A place from the gazetteer."""

    type: Literal["place"] = "place"
    name: str = Field(description="'Phnom Penh'.")
    country: str = Field(description="'Cambodia'.")
    country_code: str | None = Field(default=None, description="'KH'.")
    kind: str = Field(description="city | country | venue | region")
    tz: str | None = Field(default=None, description="'Asia/Phnom_Penh'.")
    city: str | None = Field(default=None, description="The city of a city or venue.")
    population: int | None = Field(default=None, description="Of a city.")
    capital: bool | None = Field(default=None, description="Of a city: a national capital.")
    state: str | None = Field(default=None, description="US state code: of a state, or a city's.")
    region_name: str | None = Field(default=None, description="Of a US city: its state's name.")
    demonym: bool | None = Field(default=None, description="Read from 'Japanese', 'French'.")
    alt: bool | None = Field(default=None, description="Read from an alternate spelling.")


class PersonValue(_Value):
    """A person: display name in 'Given Family' order and the key that joins mentions."""

    type: Literal["person"] = "person"
    name: str = Field(description="'Fumio Kishida'.")
    key: str = Field(description="'fumio kishida': sorted given + family, lowercase.")
    title: str | None = Field(default=None, description="'Prime Minister'.")


class OrgValue(_Value):
    """An organisation."""

    type: Literal["org"] = "org"
    name: str
    key: str = Field(description="Lowercase acronym if bracketed after, else the name.")
    acronym: str | None = None


class QuoteValue(_Value):
    """A direct quote and who said it."""

    type: Literal["quote"] = "quote"
    speaker: str | None = Field(default=None, description="'Joe Biden', or a role.")
    speaker_key: str | None = Field(default=None, description="PersonValue.key of a person.")
    quote: str = Field(description="Inner text of the quotation.")
    direct: bool = True
    partial: bool = Field(default=False, description="A few words inside a sentence.")


class StatementValue(_Value):
    """A sentence (or clause) as a statement; span = the sentence."""

    type: Literal["statement"] = "statement"
    terms: tuple[str, ...] = Field(description="Key terms, lemma-ish, in order.")
    subject: str | None = Field(default=None, description="First person, org or place named.")
    role: str | None = Field(default=None, description="The sentence's role: lead, body...")


FactValue = Annotated[
    DateValue
    | TimeValue
    | DurationValue
    | MoneyValue
    | PercentValue
    | QuantityValue
    | CountValue
    | PlaceValue
    | PersonValue
    | OrgValue
    | QuoteValue
    | StatementValue,
    Field(discriminator="type"),
]


# Values that are a figure with an interval: what judge.values.interval reads.
MEASURES = (DurationValue, MoneyValue, PercentValue, QuantityValue, CountValue)

_ADAPTER: TypeAdapter[FactValue] = TypeAdapter(FactValue)


_MODELS: dict[str, type[FactValue]] = {}


def value_of(fact_type: str, data: Mapping[str, Any]) -> FactValue:
    """The typed value of a ``fact_type`` fact from an extractor's keys (unknown keys fail).

    Validated by the type's own model (the union's dispatch on ``type`` costs as much again:
    extraction builds some 60 values per article)."""
    model: type[FactValue] = _MODELS[str(fact_type)]
    return model.model_validate(data)


_MODELS.update(
    {
        m.model_fields["type"].default: m
        for m in (DateValue, TimeValue, DurationValue, MoneyValue, PercentValue, QuantityValue,
                  CountValue, PlaceValue, PersonValue, OrgValue, QuoteValue, StatementValue)
    }
)  # fmt: skip
