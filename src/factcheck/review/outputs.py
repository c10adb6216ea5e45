"""Keep a report folder's files in step with the editors' decisions, not only on the next run.

``factcheck report`` saves the whole Report (everything render needs: articles with their
sentences and furniture, events, findings, skipped inputs) as ``DIR/.factcheck/report.json``
next to the outputs; findings.json alone is not enough to draw report.html. After a decision,
:func:`refresh_outputs` loads that state, overlays the stored decisions (and the findings that
went away, with their histories) and re-writes findings.json, report.html, report.md and
claimreview.jsonld, whichever the folder has, each atomically. That takes a fraction of a
second. The PDF takes seconds, so it is re-rendered separately: by :class:`PdfRefresher` a few
seconds after the last decision in the review server (and when the server stops), by
``factcheck review DIR --render``, and by ``factcheck send`` before it attaches a stale PDF.
Every re-write uses the render options the run was made with (``--appendix``, ``--brief``),
saved beside the state as ``DIR/.factcheck/options.json``; the formats are those the folder has.

Every write-out into a folder (a pipeline run or a refresh) holds ``DIR/.factcheck/lock``,
so a refresh can never put an older report back over a newer run. A PDF is rendered outside
the lock (it is slow) and written only if the decisions did not change meanwhile; the digest
of the report it shows is kept in ``DIR/.factcheck/report.pdf.sha256`` to tell a stale PDF.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from factcheck.errors import ReviewError
from factcheck.fsutil import atomic_write_text, publish, recover
from factcheck.models import Report

if TYPE_CHECKING:
    from factcheck.render.outputs import RenderOptions

STATE_DIR = ".factcheck"
STATE_NAME = "report.json"
# The render options of the run (--appendix, --brief): refreshes render with them too.
OPTIONS_NAME = "options.json"
PDF_STAMP = "report.pdf.sha256"
LOCK_NAME = "lock"
# Formats cheap enough to re-write on every decision (milliseconds each on the seed report).
FAST_FORMATS = ("json", "html", "md", "claimreview")
# The raw input (HTML and all) is never rendered or exported: leave it out of the state.
_NO_RAW: Any = {"articles": {"__all__": {"article": {"raw"}}}}
# Seconds without a new decision before the review server re-renders the PDF.
PDF_DELAY = 3.0
# Attempts at a PDF when decisions keep arriving while it renders.
PDF_ATTEMPTS = 3

log = logging.getLogger(__name__)


def state_dir(report_dir: Path) -> Path:
    """Return DIR/.factcheck (created, and git-ignored by its own .gitignore)."""
    folder = Path(report_dir) / STATE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        atomic_write_text(ignore, "# factcheck's working state: not for version control\n*\n")
    return folder


@contextlib.contextmanager
def outputs_lock(report_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on the folder's outputs (across processes, where fcntl exists)."""
    path = state_dir(report_dir) / LOCK_NAME
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: atomic writes still keep files whole
        yield
        return
    with path.open("a+b") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            # A writer killed after committing its files is finished first; what a writer
            # killed before that left (staging folders, temporary files) is removed.
            recover(Path(report_dir), path.parent)
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def report_digest(report: Report) -> str:
    """Return a digest of everything a rendered report shows (the raw input aside)."""
    return hashlib.sha256(report.model_dump_json(exclude=_NO_RAW).encode("utf-8")).hexdigest()


def state_files(report: Report, *, pdf: bool) -> dict[str, bytes]:
    """The saved state as files relative to the report folder, to publish with the outputs
    (one generation: the state always describes the files beside it); ``pdf`` adds the
    digest of the report that report.pdf shows."""
    from factcheck.render.outputs import current_options

    files = {
        f"{STATE_DIR}/{STATE_NAME}": report.model_dump_json(exclude=_NO_RAW).encode("utf-8"),
        f"{STATE_DIR}/{OPTIONS_NAME}": (current_options().to_json() + "\n").encode("utf-8"),
    }
    if pdf:
        files[f"{STATE_DIR}/{PDF_STAMP}"] = (report_digest(report) + "\n").encode("utf-8")
    return files


def save_state(report: Report, report_dir: Path) -> Path:
    """Write the full Report to DIR/.factcheck/report.json atomically (call under the lock)."""
    data = report.model_dump_json(exclude=_NO_RAW)
    return atomic_write_text(state_dir(report_dir) / STATE_NAME, data)


def stamp_pdf(report: Report, report_dir: Path) -> None:
    """Remember which report report.pdf shows (call under the lock, after writing the PDF)."""
    atomic_write_text(state_dir(report_dir) / PDF_STAMP, report_digest(report) + "\n")


def load_state(report_dir: Path) -> Report | None:
    """Return the saved Report, or None when the folder has none (or an unreadable one)."""
    path = Path(report_dir) / STATE_DIR / STATE_NAME
    try:
        return Report.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValidationError, ValueError) as exc:
        # Written by another factcheck version, say: the next `factcheck report` replaces it.
        log.warning("ignoring %s: %s", path, exc)
        return None


def load_options(report_dir: Path) -> RenderOptions:
    """The render options the folder's report was made with (the defaults when it has
    none saved, or unreadable ones)."""
    from factcheck.render.outputs import RenderOptions

    path = Path(report_dir) / STATE_DIR / OPTIONS_NAME
    try:
        return RenderOptions.from_json(path.read_text("utf-8"))
    except FileNotFoundError:
        return RenderOptions()
    except (OSError, ValueError) as exc:
        log.warning("ignoring %s: %s", path, exc)
        return RenderOptions()


def current_report(report_dir: Path) -> Report | None:
    """Return the saved Report with the stored decisions overlaid, or None without state.

    The state must belong to the findings.json beside it (same run time, same findings);
    anything else (say, findings.json from an older factcheck) counts as no state.
    """
    from factcheck.review import load_document
    from factcheck.review.store import ReviewStore

    report_dir = Path(report_dir)
    report = load_state(report_dir)
    if report is None:
        return None
    doc = load_document(report_dir)
    if doc.generated_at != report.generated_at or [f.id for f in doc.findings] != [
        f.id for f in report.findings
    ]:
        log.warning("%s/%s/%s does not match findings.json", report_dir, STATE_DIR, STATE_NAME)
        return None
    with ReviewStore.for_report(report_dir) as store:
        store.ensure_seen(report.findings, report.generated_at)
        findings = tuple(store.overlay(report.findings))
        gone = store.gone()
    return report.model_copy(update={"findings": findings, "gone": tuple(gone)})


@dataclass
class Refreshed:
    """What :func:`refresh_outputs` did."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    # Files that still show older decisions, and why (shown to the user by the CLI).
    stale: dict[str, str] = field(default_factory=dict)
    has_state: bool = True


def present_formats(report_dir: Path) -> list[str]:
    """Return the formats whose file is in the folder, in render order."""
    from factcheck.render.outputs import FILENAMES, FORMATS

    return [fmt for fmt in FORMATS if (Path(report_dir) / FILENAMES[fmt]).is_file()]


def refresh_outputs(report_dir: Path, *, pdf: bool = False) -> Refreshed:
    """Re-write the folder's files with the stored decisions; report.pdf only when ``pdf``.

    With ``pdf`` the PDF is (re-)rendered even if the folder had none.

    Without saved state (a folder from a factcheck before this one) only findings.json can
    be brought up to date; the other files are reported in ``Refreshed.stale``.
    """
    from factcheck.render.outputs import FILENAMES, render_formats, render_options

    report_dir = Path(report_dir)
    result = Refreshed()
    with outputs_lock(report_dir):
        report = current_report(report_dir)
        present = present_formats(report_dir)
        if report is None:
            result.has_state = False
            _refresh_json_only(report_dir, result)
            why = "this folder has no saved report state: run `factcheck report` into it once"
            result.stale = {FILENAMES[f]: why for f in present if f != "json"}
            if pdf:
                raise _no_state(report_dir)
            return result
        fast = [f for f in present if f in FAST_FORMATS]
        with render_options(options=load_options(report_dir)):
            rendered = render_formats(report, fast)
        _publish_changed(
            report_dir, {FILENAMES[fmt]: data for fmt, data in rendered.items()}, result
        )
        if "pdf" in present and not pdf and not _pdf_current(report_dir, report):
            result.stale[FILENAMES["pdf"]] = "re-rendered a few seconds later, or with --render"
    if pdf:
        render_pdf_when_current(report_dir, force=True, result=result)
    return result


def _refresh_json_only(report_dir: Path, result: Refreshed) -> None:
    from factcheck.render.findings_json import dump_findings_document
    from factcheck.review import load_reviewed_document

    doc, _ = load_reviewed_document(report_dir)
    text = dump_findings_document(doc)
    _publish_changed(report_dir, {"findings.json": text.encode("utf-8")}, result)


def _publish_changed(report_dir: Path, files: dict[str, bytes], result: Refreshed) -> None:
    """Write the files whose bytes changed, together (one generation)."""
    changed: dict[str, bytes] = {}
    for name, data in files.items():
        path = report_dir / name
        try:
            same = path.read_bytes() == data
        except OSError:
            same = False
        if same:
            result.unchanged.append(path)
        else:
            changed[name] = data
    if changed:
        written = publish(report_dir, changed, report_dir / STATE_DIR)
        result.written.extend(written.values())


def _pdf_current(report_dir: Path, report: Report) -> bool:
    stamp = Path(report_dir) / STATE_DIR / PDF_STAMP
    try:
        recorded = stamp.read_text("utf-8").strip()
    except OSError:
        return False
    return (Path(report_dir) / "report.pdf").is_file() and recorded == report_digest(report)


def pdf_is_current(report_dir: Path) -> bool | None:
    """True when report.pdf shows the stored decisions; None when that cannot be told."""
    with outputs_lock(report_dir):
        report = current_report(report_dir)
        return None if report is None else _pdf_current(report_dir, report)


def render_pdf_when_current(
    report_dir: Path, *, force: bool = False, result: Refreshed | None = None
) -> bool:
    """Re-render report.pdf unless it already shows the stored decisions; True if written.

    The PDF renders outside the lock; it is written only if the report did not change while
    it rendered, else rendered again (at most PDF_ATTEMPTS times). Raises ReviewError when
    the folder has no saved state.
    """
    from factcheck.render.outputs import FILENAMES, render_formats, render_options

    report_dir = Path(report_dir)
    for _ in range(PDF_ATTEMPTS):
        with outputs_lock(report_dir):
            report = current_report(report_dir)
            if report is None:
                raise _no_state(report_dir)
            if not force and _pdf_current(report_dir, report):
                return False
            options = load_options(report_dir)
        digest = report_digest(report)
        with render_options(options=options):
            data = render_formats(report, ["pdf"])["pdf"]
        with outputs_lock(report_dir):
            now = current_report(report_dir)
            if now is not None and report_digest(now) == digest:
                # The PDF and the digest saying which report it shows, together.
                stamp = f"{STATE_DIR}/{PDF_STAMP}"
                files = {FILENAMES["pdf"]: data, stamp: (digest + "\n").encode("utf-8")}
                path = publish(report_dir, files, report_dir / STATE_DIR)[FILENAMES["pdf"]]
                if result is not None:
                    result.written.append(path)
                    result.stale.pop(FILENAMES["pdf"], None)
                return True
        force = False  # a decision arrived meanwhile: render again unless someone else did
    log.warning("report.pdf kept changing under the renderer; left for the next decision")
    return False


def _no_state(report_dir: Path) -> ReviewError:
    return ReviewError(
        f"cannot re-render the report: {report_dir} has no saved report state "
        f"({STATE_DIR}/{STATE_NAME}, written by `factcheck report` since this version); run "
        f"`factcheck report … -o {report_dir}` once (decisions are kept)",
        slug="review-no-state",
    )


class PdfRefresher:
    """Re-render report.pdf in a background thread once decisions pause for ``delay`` seconds.

    :meth:`poke` after each decision; :meth:`close` when the server stops renders what is
    still pending before returning, so the PDF is never left behind the decisions.
    """

    def __init__(
        self,
        report_dir: Path,
        *,
        delay: float = PDF_DELAY,
        render: Callable[[Path], bool] = render_pdf_when_current,
    ) -> None:
        self.report_dir = Path(report_dir)
        self.delay = delay
        self._render = render
        self._cond = threading.Condition()
        self._due: float | None = None
        self._closing = False
        self._busy = False
        self._thread: threading.Thread | None = None
        self.renders = 0
        self.last_error: str | None = None

    def poke(self) -> None:
        """Note a decision: render the PDF ``delay`` seconds after the last poke."""
        with self._cond:
            if self._closing:
                return
            self._due = time.monotonic() + self.delay
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="factcheck-pdf", daemon=True)
                self._thread.start()
            self._cond.notify_all()

    @property
    def pending(self) -> bool:
        """True while a render is scheduled or running."""
        with self._cond:
            return self._due is not None or self._busy

    def close(self, timeout: float | None = 120.0) -> None:
        """Stop the thread, rendering first whatever is still pending."""
        with self._cond:
            self._closing = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._due is None and not self._closing:
                    self._cond.wait()
                if self._due is None:  # closing with nothing pending
                    return
                wait = self._due - time.monotonic()
                if wait > 0 and not self._closing:
                    self._cond.wait(wait)
                    continue  # re-check: a newer poke may have moved the deadline
                self._due = None
                self._busy = True
            try:
                if self._render(self.report_dir):
                    self.renders += 1
                self.last_error = None
            except Exception as exc:  # keep serving; the next decision or --render retries
                self.last_error = str(exc)
                log.warning("could not re-render %s/report.pdf: %s", self.report_dir, exc)
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()
