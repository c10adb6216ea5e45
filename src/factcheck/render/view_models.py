"""The view models the report templates read: every field documented (a template contract).

``factcheck.render.view`` builds them from a Report; templates receive one ``ReportView`` as
``view``. A test holds that every field carries a description.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from factcheck.models import Article, ExportArticle
from factcheck.paths import source_name
from factcheck.render.diff import Mark


def html_anchor(prefix: str, ident: str) -> str:
    """An HTML id (and URL fragment): ``prefix`` and ``ident`` with each run of characters
    other than ASCII letters, digits, '_' and '-' made one '-'."""
    return prefix + re.sub(r"[^A-Za-z0-9_-]+", "-", ident)


def finding_anchor(finding_id: str) -> str:
    """The HTML id of a finding's card in report.html, e.g. 'finding-F31d4b29733' (the grid
    figure, the review page and the messages ``review.send`` delivers link to it)."""
    return html_anchor("finding-", finding_id)


class View(BaseModel):
    """Base of the view models: frozen, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Segment(View):
    """A run of text with one diff mark."""

    text: str = Field(description="Exact characters (for 'missing': the reference's words).")
    mark: Mark = Field(description="'' plain, 'changed', 'added', or 'missing'.")


class ClaimView(View):
    """One outlet's exact words in a finding, with the differing words marked."""

    article_id: str = Field(description="Article id, e.g. 'a1'.")
    outlet: str = Field(description="Outlet name, or the article id when unknown.")
    event_label: str | None = Field(
        description="The article's event with its date and place, 'White House (2023-01-13, "
        "Washington)'; None when the article is in no event."
    )
    text: str = Field(description="The exact claim text.")
    value: str | None = Field(description="Normalised value, when the rule gives one.")
    href: str = Field(description="Link to the passage in the appendix, '#a1-120-160'.")
    span: str = Field(description="Human-readable position, 'a1, characters 120–160'.")
    segments: list[Segment] = Field(description="The claim split into diff-marked runs.")
    is_reference: bool = Field(description="True for the claim others are compared with.")
    marked: bool = Field(
        description="True when the segments carry word marks; False when the claim is not a "
        "wording finding or shares too few words with the first account for marks to help."
    )
    quoted: bool = Field(
        description="True when the text already opens with a quotation mark, so templates "
        "do not add another pair."
    )


class ReviewView(View):
    """An editor's decision on a finding."""

    status: str = Field(description="open, confirmed, dismissed or follow_up.")
    label: str = Field(description="Status in words.")
    note: str = Field(description="The editor's note.")
    by: str = Field(description="Who decided ('' when not recorded).")
    at: str = Field(description="When (ISO 8601), for machines (<time datetime>).")
    when: str = Field(description="When, for people: '2026-11-22 02:40 UTC' ('' if unknown).")


class FindingView(View):
    """A finding as a card."""

    id: str = Field(description="Stable finding id.")
    anchor: str = Field(description="HTML id of the card.")
    title: str = Field(description="One-line title.")
    kind: str = Field(description="Finding kind (dateline, duration, quote...).")
    verdict: str = Field(description="Verdict value, used for filtering.")
    verdict_label: str = Field(description="Verdict in words, shown in the badge.")
    severity: str = Field(description="high, medium, low or info.")
    confidence_pct: str = Field(description="Confidence as a percentage, '85%'.")
    rule: str = Field(description="The rule that fired.")
    explanation: str = Field(description="Why, in words.")
    event_labels: list[str] = Field(description="Labels of the events the finding touches.")
    outlets: list[str] = Field(description="Outlets quoted, in claim order, unique.")
    claims: list[ClaimView] = Field(description="The evidence, first claim is the reference.")
    has_diff: bool = Field(description="True when the claims' words differ (show the legend).")
    review: ReviewView | None = Field(
        description="The editor's decision, when decided (or an open finding with a note)."
    )
    status: str = Field(
        description="Review status for the filters: open, confirmed, dismissed or follow_up."
    )
    status_label: str = Field(description="Review status in words ('Open', 'Follow up').")
    claims_unprinted: int = Field(
        default=0,
        description="Claims a large PDF leaves out of this finding (report.html lists them all).",
    )
    outlets_unprinted: int = Field(
        default=0, description="Outlets a large PDF leaves out of `outlets` (report.html has all)."
    )
    changed_since_review: bool = Field(
        description="Its evidence changed since the latest decision: mark 'changed since decision'."
    )
    new_since_last_run: bool = Field(
        description="The previous run into the same folder did not raise it: mark 'new'."
    )


class SourceView(View):
    """One article's metadata, as listed under its event and in the appendix."""

    article_id: str = Field(description="Article id.")
    anchor: str = Field(description="HTML id of the article's appendix section.")
    outlet: str = Field(description="Outlet name, or 'unknown outlet'.")
    outlet_rule: str | None = Field(description="How the outlet was worked out.")
    title: str | None = Field(description="Headline.")
    published: str | None = Field(description="Publication date/time.")
    dateline: str | None = Field(description="Dateline text as printed.")
    source: str = Field(description="Path or URL as given.")
    url: str | None = Field(description="Article URL, shown as text (never fetched).")


class MatrixCell(View):
    """One outlet's value for one slot."""

    text: str = Field(description="Claim text(s), shortened; '' when the outlet is silent.")
    flagged: bool = Field(description="True when this value takes part in a disagreement.")


class MatrixRow(View):
    """One slot that has a finding, across the event's outlets."""

    href: str = Field(description="Link to the finding card.")
    label: str = Field(description="Finding title.")
    verdict_label: str = Field(description="Verdict in words.")
    cells: list[MatrixCell] = Field(description="One cell per column, in column order.")


class MatrixView(View):
    """The slots-by-outlets table of an event (slots with findings only)."""

    columns: list[str] = Field(description="Outlet names, one per article of the event.")
    rows: list[MatrixRow] = Field(description="At most MAX_MATRIX_ROWS rows.")
    omitted: int = Field(description="Findings left out of the table (they still get cards).")


class TimelineMark(View):
    """A point on an event's timeline: when an outlet published, or a date it states."""

    x: float = Field(description="Horizontal position in SVG units.")
    kind: str = Field(description="'published', 'reference' (date only inferred) or 'stated'.")
    flagged: bool = Field(description="True when the stated date takes part in a disagreement.")
    title: str = Field(description="Tooltip: what the mark shows, in words.")


class TimelineRow(View):
    """One article's row on the timeline."""

    label: str = Field(description="Outlet label, shortened to fit the label column.")
    y: float = Field(description="Vertical centre of the row in SVG units.")
    marks: list[TimelineMark] = Field(description="Publication and stated dates.")


class Tick(View):
    """A labelled position on an axis."""

    x: float = Field(description="Horizontal position in SVG units.")
    label: str = Field(description="The date, 'Feb 29'.")


class TimelineView(View):
    """An event's timeline, laid out for an inline SVG (coordinates computed here)."""

    width: int = Field(description="SVG width in px.")
    height: int = Field(description="SVG height in px.")
    plot_left: float = Field(description="Left edge of the plot area.")
    plot_right: float = Field(description="Right edge of the plot area.")
    axis_y: float = Field(description="Y of the axis line under the tick labels.")
    ticks: list[Tick] = Field(description="Date ticks along the top.")
    event_x: float | None = Field(description="X of the event's date; None when unknown.")
    rows: list[TimelineRow] = Field(description="One row per article, capped.")
    more_rows: int = Field(description="Articles left off the picture.")
    n_flagged: int = Field(description="Stated dates that take part in a disagreement.")
    unplaced: int = Field(description="Stated dates that could not be placed (weekday only).")
    summary: str = Field(description="The picture in words (alt text and caption).")


class GridColumn(View):
    """An outlet column of a coverage block."""

    x: float = Field(description="Centre of the column in SVG units.")
    y: float = Field(description="Baseline of its label: labels are staggered on three lines.")
    label: str = Field(description="Outlet label, shortened.")
    full: str = Field(description="Outlet label in full (tooltip).")


class GridCell(View):
    """What one outlet says about one slot."""

    x: float = Field(description="Centre of the cell.")
    mark: str = Field(description="'agree', 'disagree', 'compatible' or '' (silent).")
    title: str = Field(description="Tooltip: outlet and its words, shortened.")


class GridRow(View):
    """One slot (a finding) across the block's outlets."""

    y: float = Field(description="Vertical centre of the row.")
    label: str = Field(description="Finding title, shortened to the label column.")
    full: str = Field(description="Finding title in full (tooltip).")
    href: str = Field(description="Link to the finding card.")
    verdict: str = Field(description="Verdict value.")
    cells: list[GridCell] = Field(description="One cell per column of the block.")


class GridBlock(View):
    """At most MAX_GRID_COLUMNS outlets by the event's slots: one SVG."""

    width: int = Field(description="SVG width in px.")
    height: int = Field(description="SVG height in px.")
    header_y: float = Field(description="Bottom of the header (where the label leaders end).")
    columns: list[GridColumn] = Field(description="Outlet columns.")
    rows: list[GridRow] = Field(description="Slot rows.")


class CoverageView(View):
    """Which outlet states which slot, agree/disagree: the wide table, wrapped into blocks."""

    blocks: list[GridBlock] = Field(description="Blocks of at most MAX_GRID_COLUMNS outlets.")
    omitted: int = Field(description="Findings left out of the picture (still in the lists).")
    silent: list[str] = Field(description="Outlets stating none of the pictured slots.")
    summary: str = Field(description="The picture in words (alt text and caption).")


class SingleItem(View):
    """A single-source sentence; findings on the same words share one line."""

    finding: FindingView = Field(description="The first finding on these words.")
    also: list[FindingView] = Field(description="Further findings on the same words.")
    ids: str = Field(description="Space-separated ids of every finding on the line.")


class OutletGroup(View):
    """Single-source claims of one outlet, reprints shown once."""

    outlet: str = Field(description="Outlet label.")
    items: list[SingleItem] = Field(description="Its single-source claims, one per sentence.")
    count: int = Field(description="Findings in the group, reprints included.")


class EventView(View):
    """One event: its sources, matrix and findings."""

    id: str = Field(description="Event id.")
    anchor: str = Field(description="HTML id of the event section.")
    label: str = Field(description="Event label.")
    date: str | None = Field(description="Event date, YYYY-MM-DD.")
    place: str | None = Field(description="Event place.")
    outlets: list[str] = Field(description="Outlets reporting it.")
    sources: list[SourceView] = Field(description="The event's articles.")
    matrix: MatrixView | None = Field(description="Alignment table; None without findings.")
    findings: list[FindingView] = Field(description="Conflicts, variations, compatibles.")
    corroborated: list[FindingView] = Field(description="Facts several outlets agree on.")
    single_source: list[FindingView] = Field(description="Claims only one outlet makes.")
    single_groups: list[OutletGroup] = Field(
        default=[], description="single_source grouped per outlet, reprints once."
    )
    timeline: TimelineView | None = Field(
        default=None, description="Publication and stated dates; None without dates."
    )
    coverage: CoverageView | None = Field(
        default=None, description="Coverage grid; None without multi-outlet findings."
    )
    sources_unprinted: int = Field(
        default=0,
        description="Accounts a large PDF does not list under the event (report.html has them).",
    )
    outlets_unprinted: int = Field(
        default=0, description="Outlets a large PDF leaves out of `outlets` (report.html has all)."
    )


class Count(View):
    """A labelled count for the summary and the filters."""

    key: str = Field(description="Verdict, severity or review status value.")
    label: str = Field(description="It in words.")
    count: int = Field(description="How many findings.")


class TextPiece(View):
    """A run of an article's analysed text in the appendix."""

    text: str = Field(description="Exact characters of Article.text.")
    evidence: bool = Field(description="True when a finding cites these characters.")
    anchors: list[str] = Field(description="Claim anchors ('a1-120-160') starting here.")
    gap: bool = Field(default=False, description="True for an elision between excerpts.")


class RemovalView(View):
    """A piece of page furniture removed on ingest."""

    rule: str = Field(description="The rule that removed it.")
    reason: str = Field(description="Why, in words.")
    text: str = Field(description="The removed text, shortened to MAX_REMOVED_CHARS.")
    more_chars: int = Field(description="Characters left out of 'text'.")


class AppendixSource(View):
    """An article's analysed text with evidence highlighted, and what ingest removed."""

    source: SourceView = Field(description="The article's metadata.")
    reference_date: str | None = Field(description="Date used to resolve relative dates.")
    pieces: list[TextPiece] = Field(description="The text, split at evidence boundaries.")
    removed: list[RemovalView] = Field(description="Furniture removed on ingest.")
    notes: list[str] = Field(description="Uncertainties noted on ingest.")


class SkippedView(View):
    """An input that could not be read."""

    source: str = Field(description="Path or URL as given.")
    problem: str = Field(description="What went wrong.")


class GoneView(View):
    """A finding an earlier run into the same folder raised and this run no longer does."""

    id: str = Field(description="The finding's stable id.")
    title: str = Field(description="Its one-line title when it was last seen.")
    verdict: str = Field(description="Its verdict when last seen.")
    severity: str = Field(description="Its severity when last seen.")
    anchor: str = Field(description="HTML id of its entry in the list of gone findings.")
    gone_since: str = Field(description="When the finding stopped appearing (ISO 8601).")
    decision: str = Field(description="The last editor decision, e.g. 'dismissed by Ana: ...'.")
    review: ReviewView | None = Field(description="The last decision, None when never decided.")


class FollowUpView(View):
    """A finding an editor marked for follow-up: the list near the top of the report."""

    title: str = Field(description="The finding's one-line title.")
    href: str | None = Field(
        description="Link to the finding's card or entry ('#finding-…', '#gone-…'); None when "
        "the report shows it nowhere else."
    )
    verdict_label: str = Field(description="Verdict in words.")
    severity: str = Field(description="high, medium, low or info.")
    event_labels: list[str] = Field(description="Labels of the events it touches.")
    outlets: list[str] = Field(description="Outlets quoted, unique (empty for gone findings).")
    review: ReviewView = Field(description="The follow-up decision: note, who, when.")
    changed_since_review: bool = Field(description="Its evidence changed since the decision.")
    gone: bool = Field(description="True when the latest run no longer raises the finding.")


class BriefItem(View):
    """One line of the brief: a finding that needs an editor."""

    title: str = Field(description="The finding's title, shortened to one line.")
    href: str = Field(description="Link to its detail ('#finding-…').")
    verdict: str = Field(description="Verdict value.")
    verdict_label: str = Field(description="Verdict in words.")
    severity: str = Field(description="high, medium, low or info.")
    status: str = Field(description="Review status value.")
    status_label: str = Field(description="Review status in words.")
    outlets: str = Field(description="Outlets quoted, shortened ('Reuters, AP +2').")
    needs_editor: bool = Field(
        description="True for an open conflict or a follow-up; False for an open variation "
        "shown because room was left."
    )


class BriefEvent(View):
    """One event in the brief: what, where, when, who, and what needs an editor."""

    anchor: str = Field(description="HTML id of the event section.")
    label: str = Field(description="What happened (the event label).")
    date: str | None = Field(description="When, YYYY-MM-DD.")
    place: str | None = Field(description="Where.")
    n_sources: int = Field(description="How many articles report it.")
    outlets: str = Field(description="Outlets, shortened to one line ('A, B, C and 9 more').")
    items: list[BriefItem] = Field(description="Findings needing an editor, as many as fit.")
    more: int = Field(description="Findings needing an editor left off the brief.")
    rest: str = Field(
        description="The event's findings not listed, in words ('9 variations, 3 corroborated')."
    )


class BriefView(View):
    """The one-page brief: the report at a glance, first in the HTML and on PDF page 1."""

    events: list[BriefEvent] = Field(description="Events shown, those needing most first.")
    more_events: list[str] = Field(description="Labels of the events left off the brief.")
    more_events_need: int = Field(description="Findings needing an editor in those events.")
    n_need: int = Field(description="Findings needing an editor (open conflicts, follow-ups).")
    n_glance: int = Field(description="Open variations listed because room was left.")
    linked: bool = Field(description="False for --brief alone: items name, not link.")


class UnprintedEvent(View):
    """An event a large PDF lists in one line instead of printing (report.html has it all)."""

    label: str = Field(description="Event label.")
    date: str | None = Field(description="Event date.")
    place: str | None = Field(description="Event place.")
    n_sources: int = Field(description="How many articles report it.")
    n_flagged: int = Field(description="How many conflicts and variations it has.")


class ReportView(View):
    """Everything the report templates show: the one object they receive, as ``view``."""

    title: str = Field(description="Document title (HTML <title>, PDF title, header).")
    subject: str = Field(description="One-line description (PDF subject).")
    keywords: list[str] = Field(description="PDF keywords: outlets and event places.")
    generated_at: str = Field(description="When the run happened (ISO 8601).")
    version: str = Field(description="factcheck version.")
    for_print: bool = Field(default=False, description="True for the PDF: no JS, no filters.")
    n_articles: int = Field(description="Number of articles analysed.")
    n_findings: int = Field(description="Number of findings.")
    by_verdict: list[Count] = Field(description="Finding counts per verdict, reading order.")
    by_severity: list[Count] = Field(description="Finding counts per severity, high first.")
    by_status: list[Count] = Field(
        description="Finding counts per review status (open, confirmed, dismissed, follow_up)."
    )
    n_new: int = Field(description="Findings new since the previous run into the folder.")
    n_changed: int = Field(description="Decided findings whose evidence changed since.")
    follow_ups: list[FollowUpView] = Field(
        description="Findings marked for follow-up (gone ones last), listed after the summary."
    )
    priority: list[FindingView] = Field(description="Findings an editor should read first.")
    priority_total: int = Field(description="How many findings qualify for 'read first'.")
    events: list[EventView] = Field(description="One section per event.")
    cross_event: list[FindingView] = Field(description="Differences between events.")
    appendix: list[AppendixSource] = Field(description="Each source's text with evidence.")
    skipped: list[SkippedView] = Field(description="Inputs that could not be read.")
    gone: list[GoneView] = Field(description="Findings of earlier runs that are gone now.")
    rules_run: list[str] = Field(description="Rules the run applied.")
    limitations: list[str] = Field(description="What the tool cannot know.")
    brief: BriefView | None = Field(default=None, description="The one-page brief.")
    appendix_mode: str = Field(
        default="full", description="full, cited (quoted passages in context) or none."
    )
    brief_only: bool = Field(default=False, description="Render the brief alone (--brief).")
    compact_print: bool = Field(
        default=False,
        description="A large report: the PDF prints undecided low and info findings compactly.",
    )
    uncited: list[SourceView] = Field(
        default=[], description="Sources no finding quotes (cited appendix: listed only)."
    )
    unprinted: list[UnprintedEvent] = Field(
        default=[],
        description="PDF only: events too many to print in full, listed one line each.",
    )
    unprinted_total: int = Field(
        default=0, description="PDF only: how many events are not printed in full."
    )


def article_labels(articles: Iterable[Article | ExportArticle]) -> dict[str, str]:
    """What to call each article wherever it is shown (report, review page, `facts`).

    The report's label (:attr:`Article.label`: the outlet, else the file name or URL host),
    with the file name (or the URL's last part) added when one outlet has several articles,
    and the article id when even that is shared. It never depends on article numbering
    alone, so `factcheck facts` on a few files names them as the report on all of them does.
    """
    items = list(articles)
    base = {a.id: _plain_label(a) for a in items}
    shared = Counter(base.values())
    labels = {
        a.id: f"{base[a.id]} ({_short_source(a.source)})" if shared[base[a.id]] > 1 else base[a.id]
        for a in items
    }
    still = Counter(labels.values())
    return {aid: f"{lab} ({aid})" if still[lab] > 1 else lab for aid, lab in labels.items()}


def _plain_label(a: Article | ExportArticle) -> str:
    if isinstance(a, Article):
        return a.label
    return Article(id=a.id, source=a.source, format="", outlet=a.outlet, text="").label


def _short_source(source: str) -> str:
    """The file name of a path, the last part of a URL's path (else its host): the
    :func:`~factcheck.paths.source_name` of the source, less a URL's host, query and fragment;
    a path ending in a separator (no file name) is shown whole."""
    name = source_name(source)
    if "://" in source:
        parts = [p for p in name.split("?", 1)[0].split("#", 1)[0].split("/") if p]
        return parts[-1] if len(parts) > 1 else (parts[0] if parts else source)
    return source if source.endswith(("/", "\\")) else name
