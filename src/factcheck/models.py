"""Every model that crosses a stage boundary: frozen pydantic v2 classes.

Data flows one way: ``Article -> Fact -> Event -> Alignment -> Finding -> Report``.
Models are never changed in place; stages build new ones (``model_copy(update=...)``).

``Fact.value`` is a typed model per ``Fact.type`` (``factcheck.values``: ``DurationValue``,
``DateValue``...), discriminated by its literal ``type``; the contract of each key is on its field.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from factcheck.values import FactValue


class Frozen(BaseModel):
    """Base for all models: immutable and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Removal(Frozen):
    """A piece of page furniture removed from an article, and why."""

    text: str = Field(description="The removed text, verbatim.")
    rule: str = Field(description="The general rule that removed it, e.g. 'link-list'.")
    reason: str = Field(description="Why, in words, for the report appendix.")


class Dateline(Frozen):
    """Where (and sometimes when) a story was filed: 'WASHINGTON, Jan. 13 (Reuters) -'."""

    text: str
    place: str | None = None
    country: str | None = None
    date: str | None = Field(default=None, description="YYYY-MM-DD when the dateline has one.")
    wire: str | None = Field(default=None, description="Wire tag such as 'Reuters'.")
    start: int = Field(description="Start of the dateline in Article.text.")
    end: int = Field(description="End (exclusive) of the dateline in Article.text.")


class Article(Frozen):
    """One outlet's account after ingest: the analysed text and its metadata."""

    id: str = Field(description="Stable id, 'a1'..., assigned by sorted source.")
    source: str = Field(description="Path or URL as given (or 'file.jsonl#3').")
    format: str = Field(description="txt, md, html, json, jsonl, url.")
    outlet: str | None = None
    outlet_rule: str | None = Field(default=None, description="How the outlet was found.")
    url: str | None = None
    title: str | None = None
    published: str | None = Field(
        default=None, description="YYYY-MM-DD[THH:MM±hh:mm] when the text or manifest says."
    )
    reference_date: str | None = Field(
        default=None, description="YYYY-MM-DD used to resolve 'Friday', 'last month'."
    )
    reference_rule: str | None = None
    dateline: Dateline | None = None
    text: str = Field(description="The analysed body, furniture removed.")
    raw: str = Field(default="", description="The raw input (HTML kept), not exported.")
    removed: tuple[Removal, ...] = ()
    caption_spans: tuple[tuple[int, int], ...] = Field(
        default=(), description="[start, end) spans of photo captions kept in text."
    )
    notes: tuple[str, ...] = Field(default=(), description="Uncertainties found on ingest.")

    @property
    def label(self) -> str:
        """What to call this source in a report: the outlet, else the file name or URL host.

        "devdiscourse.txt" tells an editor which account is meant; "a1" does not.
        """
        if self.outlet:
            return self.outlet
        src = self.source
        if "://" in src:
            host = src.split("://", 1)[1].split("/", 1)[0]
            return host.removeprefix("www.") or src
        return src.replace("\\", "/").rsplit("/", 1)[-1] or self.id


class SkippedInput(Frozen):
    """An input that could not be read, and why (listed in the report)."""

    source: str
    problem: str


class FactType(StrEnum):
    DATE = "date"
    TIME = "time"
    DURATION = "duration"
    MONEY = "money"
    PERCENT = "percent"
    QUANTITY = "quantity"
    COUNT = "count"
    PLACE = "place"
    PERSON = "person"
    ORG = "org"
    QUOTE = "quote"
    STATEMENT = "statement"


class Fact(Frozen):
    """A typed, normalised claim with its exact evidence span in the article text."""

    id: str = Field(description="'a1.f003': article id + ordinal.")
    article_id: str
    type: FactType
    text: str = Field(description="Surface text: article.text[start:end].")
    start: int
    end: int
    sentence: int = Field(description="Index of the sentence holding the fact.")
    value: FactValue = Field(description="Normalised value, typed by ``type`` (factcheck.values).")
    rule: str = Field(description="The extraction rule that produced it.")

    @model_validator(mode="after")
    def _value_matches_type(self) -> Fact:
        if self.value.type != self.type.value:
            raise ValueError(f"a {self.type.value} fact holds a {self.value.type} value")
        return self


class Sentence(Frozen):
    """A sentence span of an article, with its role (lead, body, caption...)."""

    index: int
    start: int
    end: int
    text: str
    role: str = Field(default="body", description="lead | body | caption | background")


class Headline(Frozen):
    """An article's title as extract reads it: its facts and casualty figures."""

    text: str = Field(description="The title, whitespace collapsed; the facts' spans index it.")
    start: int | None = Field(
        default=None,
        description="Where the title starts in Article.text when the text opens with it.",
    )
    body_start: int = Field(
        default=0, description="Where the text after the title starts (0 unless it opens with it)."
    )
    facts: tuple[Fact, ...] = Field(default=(), description="Facts of the title.")
    tolls: tuple[Fact, ...] = Field(
        default=(), description="Casualty figures of the title (see ArticleFacts.tolls)."
    )


class ArticleFacts(Frozen):
    """An article with its sentences and facts: extract's output."""

    article: Article
    sentences: tuple[Sentence, ...]
    facts: tuple[Fact, ...]
    headline: Headline | None = Field(
        default=None, description="The title, read; None without one."
    )
    tolls: tuple[Fact, ...] = Field(
        default=(),
        description=(
            "Casualty figures of the text after its headline ('1,200 people were killed'): "
            "count facts valued {value, low, high, hedge, casualty: 'dead' | 'injured'}."
        ),
    )


class Event(Frozen):
    """Articles that report the same event."""

    id: str
    label: str
    date: str | None = None
    place: str | None = None
    article_ids: tuple[str, ...]
    date_rule: str | None = Field(default=None, description="How the date was found.")


class Verdict(StrEnum):
    CONFLICT = "conflict"  # same event, same slot, values cannot both hold
    VARIATION = "variation"  # same claim, wording changes nuance or quote fidelity
    CROSS_EVENT = "cross_event"  # values differ but belong to different events
    COMPATIBLE = "compatible"  # different precision or measure, no contradiction
    CORROBORATED = "corroborated"  # the same value from several outlets
    SINGLE_SOURCE = "single_source"  # only one outlet says it


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"


SEVERITY_RANK = {Severity.HIGH: 3, Severity.MEDIUM: 2, Severity.LOW: 1, Severity.INFO: 0}


class ReviewStatus(StrEnum):
    OPEN = "open"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"
    FOLLOW_UP = "follow_up"


class Alignment(Frozen):
    """Facts from one or more articles that fill the same slot."""

    slot: str = Field(description="Slot name, e.g. 'duration:meeting', 'quote:joe biden'.")
    kind: str = Field(description="Finding kind this slot yields (see Finding.kind).")
    event_ids: tuple[str, ...]
    facts: tuple[Fact, ...]
    score: float = Field(default=100.0, description="Pairing score (rapidfuzz, 0..100).")


class Claim(Frozen):
    """One piece of evidence: exact characters of one article."""

    article_id: str
    start: int
    end: int
    text: str
    value: str | None = Field(
        default=None,
        description="The claimed fact's normalised value as a string (a duration's interval, "
        "a time's UTC instant), else the claim's part in the finding ('differs', 'majority'); "
        "findings.json claims[].value.",
    )
    fact_value: FactValue | None = Field(
        default=None,
        exclude=True,
        description="The claimed fact's typed value; not exported (findings.json keeps value).",
    )


class Review(Frozen):
    """An editor's decision on a finding."""

    status: ReviewStatus = ReviewStatus.OPEN
    note: str = ""
    by: str = ""
    at: str = ""


class Finding(Frozen):
    """A judged alignment: verdict, severity, confidence and why."""

    id: str
    kind: str = Field(
        description="dateline|place|date|time|duration|quantity|money|percent|quote|name|phrasing"
    )
    verdict: Verdict
    severity: Severity
    confidence: float = Field(ge=0.0, le=1.0)
    event_ids: tuple[str, ...]
    title: str
    explanation: str
    rule: str
    claims: tuple[Claim, ...]
    review: Review | None = None
    changed_since_review: bool = Field(
        default=False,
        description="its evidence (values, quotes) changed since the latest decision on it",
    )
    new_since_last_run: bool = Field(
        default=False, description="the previous run into the same folder did not produce it"
    )
    anchors: tuple[str, ...] = Field(
        default=(),
        exclude=True,
        description="What the id hashes, one 'outlet|words' per claim (judge.ids); not exported.",
    )
    evidence: str = Field(
        default="",
        exclude=True,
        description="Digest of the claims' words, values and sentences (judge.ids); not exported.",
    )


class GoneFinding(Frozen):
    """A finding an earlier run produced that the latest run no longer does (kept for review)."""

    id: str
    title: str
    kind: str
    verdict: str
    severity: str
    first_seen: str
    last_seen: str
    gone_since: str
    review: Review | None
    history: tuple[Review, ...]


class ToolInfo(Frozen):
    name: str = "factcheck"
    version: str


class ExportArticle(Frozen):
    """An article as findings.json publishes it."""

    id: str
    source: str
    outlet: str | None
    title: str | None
    published: str | None
    dateline: dict[str, str | None] | None
    text: str


class ExportEvent(Frozen):
    id: str
    label: str
    date: str | None
    place: str | None
    article_ids: list[str]


class FindingsDocument(Frozen):
    """findings.json, schema_version 1: the contract other systems read."""

    schema_version: int = 1
    tool: ToolInfo
    generated_at: str
    articles: list[ExportArticle]
    events: list[ExportEvent]
    findings: list[Finding]


class Report(Frozen):
    """Everything a run produced: what render turns into files."""

    generated_at: str
    version: str
    articles: tuple[ArticleFacts, ...]
    events: tuple[Event, ...]
    findings: tuple[Finding, ...]
    skipped: tuple[SkippedInput, ...] = ()
    rules_run: tuple[str, ...] = ()
    gone: tuple[GoneFinding, ...] = Field(
        default=(), description="Findings of earlier runs into the same folder that are gone."
    )
