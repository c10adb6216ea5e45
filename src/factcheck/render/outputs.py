"""Render a ReportView to HTML (Jinja) and a Report to PDF/A-3b (WeasyPrint), and write files.

The HTML is one self-contained file: CSS and JS are inlined by ``{% include %}``, nothing is
fetched. For the PDF, WeasyPrint gets a URL fetcher that refuses everything outside our own
templates directory, so hostile article text can never make the renderer reach the network.
"""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from factcheck.errors import RenderError
from factcheck.fsutil import cannot_write, publish
from factcheck.models import Report
from factcheck.paths import templates_dir
from factcheck.render import pdf_speed
from factcheck.render.findings_json import findings_json
from factcheck.render.view import APPENDIX_MODES, ReportView, build_report_view, print_view

FORMATS = ("html", "pdf", "json", "md", "claimreview")
FILENAMES = {
    "html": "report.html",
    "pdf": "report.pdf",
    "json": "findings.json",
    "md": "report.md",
    "claimreview": "claimreview.jsonld",
}
# The folder's working directory (saved state, lock, staging): review.outputs.STATE_DIR.
WORK_DIR = ".factcheck"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RenderOptions:
    """How much the report shows (``factcheck report --appendix``, ``--brief``).

    Saved beside the report's state (``.factcheck/options.json``) so that a re-write after
    a review decision shows what the run showed.
    """

    appendix: str = "cited"  # full | cited (quoted passages in context) | none
    brief_only: bool = False  # the one-page brief alone

    def to_json(self) -> str:
        """The options as a JSON object."""
        return json.dumps({"appendix": self.appendix, "brief_only": self.brief_only})

    @classmethod
    def from_json(cls, text: str) -> RenderOptions:
        """Options saved by :meth:`to_json`; unknown or missing keys take the defaults."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("render options are not a JSON object")
        appendix = data.get("appendix", "cited")
        if appendix not in APPENDIX_MODES:
            raise ValueError(f"unknown appendix {appendix!r}")
        return cls(appendix=appendix, brief_only=bool(data.get("brief_only", False)))


_OPTIONS: contextvars.ContextVar[RenderOptions | None] = contextvars.ContextVar(
    "factcheck_render_options", default=None
)


@contextlib.contextmanager
def render_options(
    *, appendix: str = "cited", brief_only: bool = False, options: RenderOptions | None = None
) -> Iterator[None]:
    """Render every report inside the block with these options (the CLI sets them around
    the pipeline, which renders deep inside; re-writes after a review decision pass the
    ``options`` the run saved)."""
    opts = options or RenderOptions(appendix=appendix, brief_only=brief_only)
    if opts.appendix not in APPENDIX_MODES:
        raise RenderError(
            f"unknown appendix {opts.appendix!r}; choose from {', '.join(APPENDIX_MODES)}",
            slug="render-format",
        )
    token = _OPTIONS.set(opts)
    try:
        yield
    finally:
        _OPTIONS.reset(token)


def current_options() -> RenderOptions:
    """The render options in force (the defaults outside :func:`render_options`)."""
    return _OPTIONS.get() or RenderOptions()


def current_view(report: Report) -> ReportView:
    """The report's view under the current render options."""
    opts = current_options()
    return build_report_view(report, appendix=opts.appendix, brief_only=opts.brief_only)


@cache
def environment() -> jinja2.Environment:
    """Build the one Jinja environment: autoescaped, and strict about undefined names."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_html(view: ReportView, *, for_print: bool = False) -> str:
    """Render the report page; ``for_print`` drops the filters and script for the PDF."""
    if view.for_print != for_print:
        view = view.model_copy(update={"for_print": for_print})
    try:
        return environment().get_template("report.html.j2").render(view=view)
    except jinja2.TemplateError as exc:
        raise RenderError(f"HTML template failed: {exc}", slug="render-html") from exc


def _refusing_fetcher() -> Any:
    """Return a WeasyPrint URL fetcher allowing only files inside the templates directory."""
    from weasyprint.urls import URLFetcher

    root = templates_dir().resolve()

    class RestrictedFetcher(URLFetcher):
        """Refuse http(s), data and every file outside ``root``: the report is offline."""

        def fetch(self, url: str, headers: Any = None) -> Any:
            if url.startswith("file:"):
                from urllib.request import url2pathname

                path = Path(url2pathname(url.removeprefix("file:").split("?")[0])).resolve()
                if path.is_relative_to(root) and path.is_file():
                    return super().fetch(url, headers)
            raise ValueError(f"factcheck refuses to fetch {url!r}: reports load nothing")

    return RestrictedFetcher()


def _created(report: Report) -> datetime | None:
    with contextlib.suppress(ValueError):
        return datetime.fromisoformat(report.generated_at)
    return None


def render_pdf(
    report: Report, view: ReportView | None = None, findings: str | None = None
) -> bytes:
    """Render the tagged PDF/A-3b report with findings.json attached (relationship Data).

    ``view`` and ``findings`` (the text of findings.json) are built from ``report`` unless
    the caller already has them.
    """
    try:
        from weasyprint import HTML, Attachment
    except (ImportError, OSError) as exc:  # OSError: Pango/GObject libraries missing
        raise RenderError(
            f"WeasyPrint cannot load ({exc}); install its system libraries "
            "(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0, see `make system-deps`)",
            slug="render-pdf",
        ) from exc

    pdf_speed.install()
    view = print_view(view or current_view(report))
    html = render_html(view, for_print=True)
    data = findings if findings is not None else findings_json(report)
    stamp = _created(report)
    fetcher = _refusing_fetcher()
    try:
        attachment = Attachment(
            string=data.encode("utf-8"),
            name="findings.json",
            relationship="Data",
            description="Findings as JSON (factcheck schema_version 1)",
            created=stamp,
            modified=stamp,
            url_fetcher=fetcher,
        )
        doc = HTML(string=html, base_url=templates_dir().as_uri() + "/", url_fetcher=fetcher)
        pdf = doc.write_pdf(
            pdf_variant="pdf/a-3b",
            # A stable identifier: the same findings give the same /ID.
            pdf_identifier=hashlib.md5(data.encode("utf-8")).hexdigest().encode("ascii"),
            custom_metadata=True,
            attachments=[attachment],
            # Tagged PDF: headings, lists, tables and reading order for screen readers
            # (/StructTreeRoot, /MarkInfo /Marked true); keeps the PDF/A-3b identification.
            pdf_tags=True,
        )
    except Exception as exc:  # WeasyPrint raises many types; the caller needs one
        raise RenderError(f"PDF rendering failed: {exc}", slug="render-pdf") from exc
    if not isinstance(pdf, bytes):  # pragma: no cover - write_pdf without target returns bytes
        raise RenderError("PDF rendering returned no bytes", slug="render-pdf")
    return pdf


def _render(report: Report, fmt: str, view: ReportView, findings: Callable[[], str]) -> bytes:
    from factcheck.render.exports import render_claimreview, render_markdown

    if fmt == "html":
        return render_html(view).encode("utf-8")
    if fmt == "pdf":
        return render_pdf(report, view, findings())
    if fmt == "json":
        return findings().encode("utf-8")
    if fmt == "md":
        return render_markdown(report, view).encode("utf-8")
    return render_claimreview(report).encode("utf-8")


@contextlib.contextmanager
def _naming(fmt: str) -> Iterator[None]:
    """Re-raise any failure as a RenderError that names the format."""
    try:
        yield
    except RenderError as exc:
        raise RenderError(f"{fmt}: {exc.message}", slug=exc.slug) from exc
    except Exception as exc:
        raise RenderError(f"{fmt}: {type(exc).__name__}: {exc}", slug="render") from exc


def render_formats(report: Report, formats: Iterable[str]) -> dict[str, bytes]:
    """Render every requested format in memory, in the order given (duplicates dropped)."""
    wanted = list(dict.fromkeys(formats))
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown:
        raise RenderError(
            f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(FORMATS)}",
            slug="render-format",
        )
    view = current_view(report)
    # findings.json is both a file and the PDF's attachment: serialised once for both.
    findings = cache(lambda: findings_json(report))
    rendered: dict[str, bytes] = {}
    for fmt in wanted:
        with _naming(fmt):
            rendered[fmt] = _render(report, fmt, view, findings)
    return rendered


def write_outputs(
    report: Report,
    out_dir: Path,
    formats: Iterable[str],
    *,
    extra: Mapping[str, bytes] | None = None,
) -> dict[str, Path]:
    """Render every requested format in memory, then write them as one generation.

    Rendering everything before writing anything means a failing format leaves no file
    behind, not even the ones that rendered fine. The files (and ``extra`` ones, paths
    relative to ``out_dir``: the saved state) are then published together
    (:func:`factcheck.fsutil.publish`): a reader, or a run killed half-way, never leaves
    report.html of one run beside findings.json of another. An unwritable folder raises a
    RenderError naming it.
    """
    rendered = render_formats(report, formats)
    files = {FILENAMES[fmt]: data for fmt, data in rendered.items()}
    files.update(extra or {})
    out_dir = Path(out_dir)
    try:
        paths = publish(out_dir, files, out_dir / WORK_DIR)
    except OSError as exc:
        raise RenderError(cannot_write(out_dir, exc), slug="render-write") from exc
    for name, data in files.items():
        log.debug("wrote %s (%d bytes)", paths[name], len(data))
    return {fmt: paths[FILENAMES[fmt]] for fmt in rendered}
