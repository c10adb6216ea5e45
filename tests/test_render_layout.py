"""The PDF's layout at real sizes (issue 13): the bundled corpus and a 30-article, 3-event input
of the dev corpus, rendered end to end and read back with poppler.

- page 1 is the brief, whole, and each of its findings links to its detail;
- no page is less than a third full, but the document's last;
- no word is broken inside (a line's last word and the next line's first are not the halves
  of one word of the report);
- the SVG pictures are in the PDF;
- ``--appendix none`` and ``--brief`` give fewer pages, the brief alone one.
"""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader

from factcheck.models import Report
from factcheck.pipeline import build_report
from factcheck.render.outputs import render_html, render_options, render_pdf
from factcheck.render.view import ReportView, build_report_view

ROOT = Path(__file__).resolve().parents[1]
CLOCK = "2026-01-01T00:00:00+00:00"
INPUTS = {
    "bundled": [ROOT / "data" / "summit"],
    "ecb30": [
        ROOT / "data" / "ecbplus" / name
        for name in ("ecbplus-t41-ecb", "ecbplus-t43-plus", "ecbplus-t45-plus")
    ],
}
# The page's margin boxes (running header and footer) are not content: A4 is 842 pt high,
# margins 20 mm (57 pt) at the top and 18 mm (51 pt) at the bottom.
PAGE_H = 842.0
TOP = 57.0
BOTTOM = PAGE_H - 51.0

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing"),
]


class Rendered:
    """A report rendered to PDF, with its view and the PDF's text read back."""

    def __init__(self, report: Report, tmp: Path, *, appendix: str = "cited") -> None:
        self.report = report
        self.view: ReportView = build_report_view(report, appendix=appendix)
        self.html = render_html(self.view, for_print=True)
        self.pdf = tmp / "report.pdf"
        self.pdf.write_bytes(render_pdf(report, self.view))
        self.pages = _page_texts(self.pdf)


def _page_texts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[:-1]


@pytest.fixture(scope="module", params=sorted(INPUTS))
def rendered(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    report = build_report([str(p) for p in INPUTS[request.param]], generated_at=CLOCK)
    return Rendered(report, tmp_path_factory.mktemp(request.param))


def test_page_one_is_the_whole_brief(rendered: Rendered) -> None:
    brief = rendered.view.brief
    assert brief is not None and brief.events
    page1 = " ".join(rendered.pages[0].split())
    assert "Brief" in page1
    rest = " ".join(" ".join(p.split()) for p in rendered.pages[1:])
    for e in brief.events:
        assert e.label in page1, e.label
        for item in e.items:
            head = item.title[:30]
            assert head in page1, head  # the whole brief is on page 1 ...
    # ... and the next page does not continue it.
    assert "see the event" not in rest


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.brief_links: list[str] = []
        self._in_brief = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if tag == "section" and a.get("id") == "brief":
            self._in_brief = 1
        elif tag == "section" and self._in_brief:
            self._in_brief += 1
        if tag == "a" and self._in_brief and a.get("href"):
            self.brief_links.append(a["href"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "section" and self._in_brief:
            self._in_brief -= 1


def test_every_brief_finding_links_to_its_detail(rendered: Rendered) -> None:
    parser = _Links()
    parser.feed(rendered.html)
    brief = rendered.view.brief
    assert brief is not None
    wanted = [i.href for e in brief.events for i in e.items]
    assert all(h in parser.brief_links for h in wanted)
    for href in parser.brief_links:
        assert href.startswith("#") and href[1:] in parser.ids, href
    # In the PDF, page 1 carries a link annotation for each of them (and each event).
    annots = PdfReader(str(rendered.pdf)).pages[0].get("/Annots") or []
    internal = [a.get_object() for a in annots if a.get_object().get("/Subtype") == "/Link"]
    assert len(internal) >= len(parser.brief_links)


def _fill(pdf: Path) -> list[float]:
    """How full each page is: the lowest line's bottom within the content area, 0..1."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    out = re.sub(r"<!DOCTYPE[^>]*>", "", out)
    tree = ElementTree.fromstring(out)
    fills = []
    for page in tree.iter("{http://www.w3.org/1999/xhtml}page"):
        bottoms = [
            float(line.get("yMax", 0))
            for line in page.iter("{http://www.w3.org/1999/xhtml}line")
            if float(line.get("yMin", 0)) >= TOP and float(line.get("yMax", 0)) <= BOTTOM
        ]
        fills.append((max(bottoms, default=TOP) - TOP) / (BOTTOM - TOP))
    return fills


def test_no_page_under_a_third_full(rendered: Rendered) -> None:
    fills = _fill(rendered.pdf)
    assert len(fills) == len(rendered.pages)
    short = [(i + 1, round(f, 2)) for i, f in enumerate(fills[:-1]) if f < 1 / 3]
    assert short == [], f"pages under a third full: {short}"


def _words(html: str) -> set[str]:
    text = re.sub(r"<[^>]+>", " ", html)
    return {w.lower() for w in re.findall(r"[A-Za-z]{2,}", text)}


def test_no_word_broken_inside(rendered: Rendered) -> None:
    words = _words(rendered.html)
    broken = []
    for n, page in enumerate(rendered.pages, 1):
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        for a, b in itertools.pairwise(lines):
            # Whole alphabetic tokens only: "$281m" / "in" is a unit and a word, not "min".
            left = re.search(r"(?:^|\s)([A-Za-z]+)$", a)
            right = re.match(r"([A-Za-z]+)(?:[^\w$]|$)", b)
            if not left or not right:
                continue
            x, y = left[1].lower(), right[1].lower()
            if x + y in words and (x not in words or y not in words):
                broken.append((n, left[1] + "|" + right[1]))
    assert broken == [], broken


def test_svg_pictures_are_in_the_pdf(rendered: Rendered) -> None:
    assert "<svg" in rendered.html
    text = " ".join(rendered.pages)
    # The timeline's marker for the event date and the grid's legend are drawn text.
    assert "event date" in text
    if any(e.coverage for e in rendered.view.events):
        assert "Who states what" in text
        assert 'class="coverage-svg"' in rendered.html


def test_appendix_options_and_brief_alone(tmp_path: Path) -> None:
    report = build_report([str(p) for p in INPUTS["bundled"]], generated_at=CLOCK)
    counts = {}
    for mode in ("full", "cited", "none"):
        with render_options(appendix=mode):
            pdf = render_pdf(report)
        counts[mode] = len(PdfReader(io.BytesIO(pdf)).pages)
    assert counts["full"] >= counts["cited"] > counts["none"]
    with render_options(brief_only=True):
        pdf = render_pdf(report)
    (tmp_path / "brief.pdf").write_bytes(pdf)
    assert len(PdfReader(str(tmp_path / "brief.pdf")).pages) == 1
    assert "Brief" in _page_texts(tmp_path / "brief.pdf")[0]
