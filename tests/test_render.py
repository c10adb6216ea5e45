"""The view model and the HTML page: contract, content, escaping, offline, accessibility."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import pytest
from markupsafe import escape
from pydantic import BaseModel

from factcheck.models import Verdict
from factcheck.paths import templates_dir
from factcheck.render import view as report_mod
from factcheck.render.outputs import environment, render_html
from factcheck.render.view import VERDICT_LABELS, ReportView, build_report_view
from render_fixtures import TEXTS, summit_report


@pytest.fixture(scope="module")
def view() -> ReportView:
    # The full appendix: these tests read every text (hostile markup, furniture) in the page.
    return build_report_view(summit_report(), appendix="full")


@pytest.fixture(scope="module")
def html(view: ReportView) -> str:
    return render_html(view)


class _Collect(HTMLParser):
    """Collect ids, attributes with URLs, headings and tag names from a page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.urls: list[tuple[str, str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)
            if name in ("src", "href", "action", "cite", "srcset", "data") and value is not None:
                self.urls.append((tag, name, value))


def _parse(html: str) -> _Collect:
    p = _Collect()
    p.feed(html)
    return p


def _models(cls: type[BaseModel], seen: set[type[BaseModel]]) -> set[type[BaseModel]]:
    seen.add(cls)
    for field in cls.model_fields.values():
        text = repr(field.annotation)
        for name in dir(report_mod):
            obj = getattr(report_mod, name)
            if (
                isinstance(obj, type)
                and issubclass(obj, BaseModel)
                and obj not in seen
                and re.search(rf"\b{name}\b", text)
            ):
                _models(obj, seen)
    return seen


def test_every_view_field_is_described() -> None:
    models = _models(ReportView, set())
    assert len(models) >= 10  # the walk found the nested views
    missing = [
        f"{m.__name__}.{n}" for m in models for n, f in m.model_fields.items() if not f.description
    ]
    assert missing == []


def test_environment_is_strict_and_escapes() -> None:
    env = environment()
    assert env.autoescape is True
    assert env.undefined is jinja2.StrictUndefined
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ view.nope }}").render(view=build_report_view(summit_report()))


def test_templates_dir_holds_the_report_templates() -> None:
    names = {p.name for p in templates_dir().iterdir()}
    assert {
        "report.html.j2",
        "_summary.html.j2",
        "_event.html.j2",
        "_finding.html.j2",
        "_matrix.html.j2",
        "_appendix.html.j2",
        "_method.html.j2",
    } <= names
    assert (templates_dir() / "static" / "print.css").is_file()


def test_view_orders_and_groups(view: ReportView) -> None:
    assert [e.label for e in view.events] == [
        "Kishida–Biden talks, Phnom Penh",
        "White House summit",
    ]
    assert view.priority[0].verdict == "conflict" and view.priority[0].severity == "high"
    assert [f.id for f in view.cross_event] == ["f-duration"]
    # Each claim of a cross-event finding names its own meeting, date and place.
    assert [c.event_label for c in view.cross_event[0].claims] == [
        "Kishida–Biden talks, Phnom Penh (2022-11-13, Phnom Penh)",
        "White House summit (2023-01-13, Washington)",
    ]
    e2 = view.events[1]
    assert [f.id for f in e2.corroborated] == ["f-corrob"]
    assert [f.id for f in e2.single_source] == ["f-money"]
    assert e2.matrix is not None and e2.matrix.columns == ["UPI", "Reuters", "The Yomiuri Shimbun"]
    counts = {c.key: c.count for c in view.by_verdict}
    assert counts == {
        "conflict": 2,
        "variation": 2,
        "cross_event": 1,
        "compatible": 1,
        "corroborated": 1,
        "single_source": 2,
    }


@pytest.mark.parametrize("mode", ["full", "cited"])
def test_claim_spans_and_anchors_are_exact(mode: str) -> None:
    view = build_report_view(summit_report(), appendix=mode)
    pieces = {a.source.article_id: a.pieces for a in view.appendix}
    for a in view.appendix:
        text = TEXTS[a.source.article_id]
        if mode == "full":
            assert "".join(p.text for p in a.pieces) == text
        else:  # excerpts in order, each exact, elisions between them
            at = 0
            for p in a.pieces:
                if not p.gap:
                    at = text.index(p.text, at) + len(p.text)
    for ev in view.events:
        for f in ev.findings:
            for c in f.claims:
                aid, start, end = c.href.lstrip("#").rsplit("-", 2)
                assert TEXTS[aid][int(start) : int(end)] == c.text
                assert any(c.href[1:] in p.anchors for p in pieces[aid])


def test_page_structure_and_accessibility(html: str) -> None:
    p = _parse(html)
    for tag in ("main", "nav", "h1", "h2", "h3", "details", "table"):
        assert tag in p.tags, tag
    assert p.tags.count("h1") == 1
    assert html.startswith("<!doctype html>")
    assert '<html lang="en">' in html
    for label in VERDICT_LABELS.values():  # verdicts are words, not colours only
        assert f">{label}</span>" in html


def test_ids_unique_and_every_link_lands(html: str) -> None:
    p = _parse(html)
    assert len(p.ids) == len(set(p.ids))
    hrefs = [v for tag, name, v in p.urls if name == "href"]
    assert hrefs
    assert all(h.startswith("#") and h[1:] in p.ids for h in hrefs), hrefs


def test_self_contained_no_fetch(html: str) -> None:
    p = _parse(html)
    assert [u for u in p.urls if not u[2].startswith("#")] == []
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert "<img" not in html


def test_untrusted_text_is_escaped(html: str) -> None:
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=http://example.com/x.png&gt;" in html
    assert html.count("<script>") == 1  # ours, the filters


def test_content_for_editors(html: str) -> None:
    for text in (
        "岸田文雄",
        "Dateline BALI vs venue Phnom Penh",
        "single-source claim from 1 outlet",
        "corroborated fact",
        "Editor review: Confirmed",
        "Translation variant, keep as is.",
        "data/summit/broken.pdf",
        "not a text format",
        "link-list",
        "LEAVE A REPLY",
        "not with the truth",
        "dateline-vs-venue",
        "Different events",
        "2023-01-13",
        "Phnom Penh",
    ):
        assert text in html, text
    assert '<mark title="changed wording">fundamentally reinforce</mark>' in html
    assert '<mark title="changed wording">the two nations had never</mark>' in html
    budget = html[html.index('id="finding-f-budget"') :]
    budget = budget[: budget.index("</article>")]
    assert "<mark" not in budget and "<del" not in budget  # a value slot: no word marks


def test_cards_carry_filter_data(html: str, view: ReportView) -> None:
    cards = re.findall(
        r'<article class="card[^"]*" id="([^"]+)" data-verdict="(\w+)" '
        r'data-severity="(\w+)"',
        html,
    )
    assert len(cards) == sum(len(e.findings) for e in view.events) + len(view.cross_event)
    assert '<form class="filters" id="filters" hidden' in html  # JS off: no dead controls


def test_print_variant_drops_script_and_opens_details(view: ReportView) -> None:
    out = render_html(view, for_print=True)
    assert "<script>" not in out and 'id="filters"' not in out
    assert "<details" in out and '<details class="corroborated" open>' in out


def test_empty_report_renders() -> None:
    empty = summit_report().model_copy(update={"findings": (), "events": (), "skipped": ()})
    out = render_html(build_report_view(empty))
    assert "No conflicts or variations were found." in out


def test_matrix_is_small(view: ReportView) -> None:
    for ev in view.events:
        if ev.matrix:
            assert all(len(r.cells) == len(ev.matrix.columns) for r in ev.matrix.rows)
            assert all(
                r.verdict_label != VERDICT_LABELS[Verdict.SINGLE_SOURCE] for r in ev.matrix.rows
            )


def test_templates_are_ours_only() -> None:
    root = Path(templates_dir())
    for path in root.glob("*.html.j2"):
        assert "|safe" not in path.read_text().replace(" ", ""), path


def test_open_review_without_note_is_not_shown() -> None:
    from factcheck.models import Review

    rep = summit_report()
    findings = tuple(
        f.model_copy(update={"review": f.review or Review(at="2026-11-22T03:00:00+00:00")})
        for f in rep.findings
    )
    view = build_report_view(rep.model_copy(update={"findings": findings}))
    reviews = [f.review for f in view.priority if f.review]
    assert [r.label for r in reviews] == ["Confirmed"]
    out = render_html(view)
    assert out.count('class="review-box') == 1 and "Editor review: Open" not in out
    # The status itself is on every card: an undecided finding reads "Review: Open".
    n_cards = out.count('<article class="card')
    assert out.count(">Review: Open</span>") == n_cards - 1


def _between(html: str, start: str, end: str) -> str:
    part = html[html.index(start) :]
    return part[: part.index(end)]


def test_review_status_note_who_and_when_on_each_finding() -> None:
    from render_fixtures import DISMISS_REASON, FOLLOW_NOTE, reviewed_report

    out = render_html(build_report_view(reviewed_report()))
    defense = _between(out, 'id="finding-f-defense"', "</article>")
    assert 'data-status="confirmed"' in defense and "data-changed" in defense
    assert "Review: Confirmed" in defense and "Editor review: Confirmed</strong> by desk" in defense
    assert '<time datetime="2026-11-22T02:40:00+00:00">2026-11-22 02:40 UTC</time>' in defense
    assert "Note:</span> Translation variant, keep as is." in defense
    assert ">Changed since decision</span>" in defense
    budget = _between(out, 'id="finding-f-budget"', "</article>")
    assert 'data-status="dismissed"' in budget and "Review: Dismissed" in budget
    assert "by ana" in budget and "2026-11-22 03:05 UTC" in budget
    assert f"Reason:</span> {DISMISS_REASON}" in budget
    # A follow-up on a low single-source claim (no card): status, note, who, when in its line.
    money = _between(out, 'id="finding-f-money"', "</li>")
    assert 'data-status="follow_up"' in money
    assert "Review: <span" in money and "Follow up by ben" in money
    assert "2026-11-22 12:10 +09:00" in money
    assert (
        str(escape(FOLLOW_NOTE)) in money and "<b>before</b>" not in out
    )  # untrusted text stays text
    quote = _between(out, 'id="finding-f-quote"', "</article>")
    assert "data-new" in quote and ">New</span>" in quote and "Review: Open" in quote
    tpp = _between(out, 'id="finding-f-tpp"', "</li>")
    assert "data-new" in tpp and ">New</span>" in tpp


def test_follow_ups_listed_after_the_summary_and_gone_decisions_kept() -> None:
    from render_fixtures import FOLLOW_NOTE, GONE_NOTE, reviewed_report

    view = build_report_view(reviewed_report())
    out = render_html(view)
    assert out.index('id="summary"') < out.index('id="follow-ups"') < out.index('id="event-e1"')
    assert '<li><a href="#follow-ups">Follow-ups</a></li>' in out  # in the contents
    follow = _between(out, 'id="follow-ups"', "</section>")
    assert '<a href="#finding-f-money">$313 billion over five years (UPI only)</a>' in follow
    assert "by ben" in follow and "2026-11-22 12:10 +09:00" in follow
    assert str(escape(FOLLOW_NOTE)) in follow
    # A follow-up whose finding went away stays on the list, linked to its gone entry.
    assert '<a href="#gone-f-old-venue">Venue Phnom Penh vs Siem Reap</a>' in follow
    assert "No longer raised" in follow and GONE_NOTE in follow
    gone = _between(out, 'id="gone"', "</ul>")
    assert 'id="gone-f-old-venue"' in gone and "by cho" in gone and GONE_NOTE in gone
    assert 'id="gone-f-old-time"' in gone and "never reviewed" in gone
    summary = _between(out, 'id="summary"', "</section>")
    assert "Findings by review status" in summary
    assert '<a href="#gone">2 finding(s) of earlier runs no longer raised</a>' in summary
    assert "1 decided finding(s) <strong>changed since the decision</strong>" in summary
    assert "2 finding(s) <strong>new since the last run</strong>" in summary
    counts = {c.key: c.count for c in view.by_status}
    assert counts == {"open": 6, "confirmed": 1, "dismissed": 1, "follow_up": 1}
    assert (view.n_new, view.n_changed) == (2, 1)
    # The PDF (print variant) carries the same list and marks, without the filters.
    printed = render_html(view, for_print=True)
    assert 'id="follow-ups"' in printed and "Reason:" in printed and 'id="filters"' not in printed


def test_status_and_only_filters_are_offered() -> None:
    from render_fixtures import reviewed_report

    out = render_html(build_report_view(reviewed_report()))
    form = _between(out, '<form class="filters"', "</form>")
    for key, label in (
        ("open", "Open (6)"),
        ("confirmed", "Confirmed (1)"),
        ("dismissed", "Dismissed (1)"),
        ("follow_up", "Follow up (1)"),
    ):
        assert f'name="status" value="{key}" checked> {label}' in form
    assert 'name="only" value="new"> New since last run (2)' in form
    assert 'name="only" value="changed"> Changed since decision (1)' in form
    # Without reviews or marks there is nothing to narrow to: no dead "show only" controls.
    plain = render_html(build_report_view(summit_report()))
    assert 'name="status" value="open" checked> Open (8)' in plain
    assert 'name="only"' not in plain and 'id="follow-ups"' not in plain


def test_templates_read_only_the_view() -> None:
    """The context contract: templates name no global but ``view`` (and the event loop var)."""
    from jinja2 import meta

    env = environment()
    for path in sorted(Path(templates_dir()).glob("*.html.j2")):
        source = path.read_text(encoding="utf-8")
        names = meta.find_undeclared_variables(env.parse(source))
        allowed = {"view"} if path.name == "report.html.j2" else {"view", "event"}
        assert names <= allowed, (path.name, names)


def test_unrelated_wordings_are_not_marked() -> None:
    from render_fixtures import claim

    rep = summit_report()
    findings = tuple(
        f.model_copy(
            update={"claims": (f.claims[0], claim("a2", "The two leaders welcomed progress"))}
        )
        if f.id == "f-defense"
        else f
        for f in rep.findings
    )
    view = build_report_view(rep.model_copy(update={"findings": findings}))
    card = next(f for f in view.events[0].findings if f.id == "f-defense")
    assert not card.has_diff
    assert [c.marked for c in card.claims] == [False, False]
    assert all(s.mark == "" for c in card.claims for s in c.segments)


def test_read_first_list_is_capped_and_says_so() -> None:
    from render_fixtures import big_report

    view = build_report_view(big_report(4, 60))
    assert len(view.priority) == report_mod.MAX_PRIORITY < view.priority_total
    assert f"The 10 most pressing of {view.priority_total}" in render_html(view)


@pytest.mark.parametrize(
    ("source", "short"),
    [
        ("feeds/reuters/summit.txt", "summit.txt"),
        ("C:\\feeds\\ap\\summit.html", "summit.html"),
        ("feeds/reuters/", "feeds/reuters/"),
        ("https://news.example/2024/summit/?page=2#top", "summit"),
        ("https://news.example/", "news.example"),
        ("https://", "https://"),
        ("", ""),
    ],
)
def test_short_source_is_source_name_less_host_and_query(source: str, short: str) -> None:
    from factcheck.render.view_models import _short_source

    assert _short_source(source) == short
