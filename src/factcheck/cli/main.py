"""Parse the command line, call the library, turn errors into messages and exit codes.

Exit codes: 0 ok, 1 error (or some inputs skipped), 2 usage, 3 ``--fail-on`` threshold hit.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any, NoReturn

import click

from factcheck import __version__, paths
from factcheck.errors import FactcheckError
from factcheck.fsutil import cannot_write, shown
from factcheck.settings import FETCH_DEADLINE_S, MAX_FILE_MB

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_FAIL_ON = 0, 1, 2, 3
ALL_FORMATS = ("html", "pdf", "json", "md", "claimreview")
DEFAULT_FORMATS = "html,pdf,json"
STAGE_NAMES = {
    "read": "Reading inputs",
    "extract": "Extracting facts",
    "date": "Dating articles",
    "align": "Aligning accounts",
    "judge": "Judging",
    "render": "Writing report",
}


def bundled_corpus() -> Path:
    """Find the bundled demo corpus: ./data/summit, the source tree's, or the package's."""
    candidates = [
        Path.cwd() / "data" / "summit",
    ]
    packaged = paths.packaged("data", "summit")
    if packaged is not None:
        candidates.append(packaged)
    for cand in candidates:
        if cand.is_dir():
            return cand
    raise click.UsageError("no INPUT given and the bundled corpus data/summit was not found")


class ProgressPrinter:
    """Draw stage progress on stderr: a live counter on a terminal, one line per stage otherwise."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self.stage = ""
        self.started = time.perf_counter()
        self.last_draw = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.quiet:
            return
        name = STAGE_NAMES.get(stage, stage)
        now = time.perf_counter()
        if stage != self.stage:
            if self.tty and self.stage:
                click.echo("", err=True)
            self.stage = stage
            if not self.tty:
                click.echo(f"{name}…", err=True)
        if self.tty and (done == total or now - self.last_draw > 0.1):
            self.last_draw = now
            elapsed = now - self.started
            click.echo(f"\r{name}: {done}/{total}  ({elapsed:.1f} s)", err=True, nl=False)

    def finish(self) -> None:
        if not self.quiet and self.tty and self.stage:
            click.echo("", err=True)


def _parse_formats(value: str) -> list[str]:
    formats = [f.strip().lower() for f in value.split(",") if f.strip()]
    unknown = [f for f in formats if f not in ALL_FORMATS]
    if unknown or not formats:
        bad = ", ".join(unknown) or "(empty)"
        raise click.BadParameter(f"unknown format {bad}; choose from {', '.join(ALL_FORMATS)}")
    return formats


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="factcheck")
def cli() -> None:
    """Find where news accounts of the same event disagree, with exact evidence.

    \b
    Quick start:
      factcheck report                      # the bundled corpus -> reports/summit/
      factcheck report stories/ -o out/     # a folder of .txt/.html/.jsonl files
      factcheck facts data/summit --json    # show the extracted facts
      factcheck review reports/summit       # review findings in the browser
    """


def _check_output_writable(out_dir: Path) -> None:
    """Fail before the work, not after it, when the report cannot be written in ``out_dir``
    (a read-only mount, /proc, a path below a file). Folders made for the test are removed
    again, so a run that reads nothing still leaves nothing behind."""
    import tempfile

    made = []
    for folder in (out_dir, *out_dir.parents):
        if folder.exists() or folder.is_symlink():
            break
        made.append(folder)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out_dir):
            pass
    except OSError as exc:
        raise click.ClickException(f"{cannot_write(out_dir, exc)} (-o DIR)") from exc
    finally:
        for folder in made:
            try:
                folder.rmdir()
            except OSError:
                break


def _unexpected(exc: Exception) -> NoReturn:
    """An error no rule expected: one line naming it, never a traceback (exit 1), unless
    FACTCHECK_DEBUG is set."""
    import os

    if os.environ.get("FACTCHECK_DEBUG"):
        raise exc
    first = (shown(str(exc).strip()).splitlines() or [""])[0][:300]
    raise click.ClickException(
        f"unexpected error ({type(exc).__name__}: {first}); this is a bug in factcheck: "
        "run again with FACTCHECK_DEBUG=1 to see where, and report it"
    ) from exc


def _refuse_output_among_inputs(inputs: tuple[str, ...], out_dir: Path) -> None:
    """An output folder that holds inputs would mix the report into the articles."""
    out = out_dir.resolve()
    for item in inputs:
        if "://" in item:
            continue
        src = Path(item).resolve()
        if src == out or src.is_relative_to(out):
            raise click.UsageError(
                f"the output folder {shown(out_dir)} holds the input {shown(item)}: write the "
                "report elsewhere, e.g. -o reports/<name>"
            )


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder (default: reports/<name of the first input>).",
)
@click.option(
    "--manifest",
    type=click.Path(dir_okay=False, path_type=Path),
    help="TOML or CSV naming outlet, url, title, published per file; overrides inference.",
)
@click.option(
    "--format",
    "formats",
    default=DEFAULT_FORMATS,
    show_default=True,
    help=f"Comma-separated outputs: {', '.join(ALL_FORMATS)}.",
)
@click.option("--single-event", is_flag=True, help="Treat all inputs as one event.")
@click.option(
    "--fail-on",
    type=click.Choice(["high", "medium", "low", "info"]),
    help="Exit 3 when an open or follow-up finding at or above this severity remains "
    "(each named on stderr).",
)
@click.option(
    "--max-file-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=MAX_FILE_MB,
    show_default=True,
    help="Skip a local input larger than this many megabytes (with a reason).",
)
@click.option(
    "--fetch-deadline",
    type=click.FloatRange(min=0, min_open=True),
    default=FETCH_DEADLINE_S,
    show_default=True,
    help="Skip a URL whose page takes longer than this many seconds to arrive (with a reason).",
)
@click.option(
    "--allow-outside",
    is_flag=True,
    help="Let --manifest name files outside its own folder.",
)
@click.option(
    "--appendix",
    type=click.Choice(["full", "cited", "none"]),
    default="cited",
    show_default=True,
    help="The sources' texts after the report: in full, only the passages findings quote "
    "(in their context), or none.",
)
@click.option(
    "--brief", "brief_only", is_flag=True, help="Write the one-page brief alone (HTML and PDF)."
)
@click.option("-q", "--quiet", is_flag=True, help="No progress, only errors.")
def report(
    inputs: tuple[str, ...],
    out_dir: Path | None,
    manifest: Path | None,
    formats: str,
    single_event: bool,
    fail_on: str | None,
    max_file_mb: float,
    fetch_deadline: float,
    allow_outside: bool,
    appendix: str,
    brief_only: bool,
    quiet: bool,
) -> None:
    """Compare news accounts in INPUT... (files, folders, .jsonl, http(s) URLs).

    With no INPUT, reports on the bundled corpus data/summit into reports/summit/.
    Writes report.html, report.pdf and findings.json (see --format) atomically.
    """
    from factcheck.pipeline import run_report
    from factcheck.render.outputs import render_options

    fmt = _parse_formats(formats)
    if not inputs:
        corpus = bundled_corpus()
        inputs = (str(corpus),)
        out_dir = out_dir or Path("reports") / "summit"
    if out_dir is None:
        first = inputs[0].rstrip("/").split("/")[-1] or "report"
        stem = Path(first).stem if "://" not in inputs[0] else "web"
        out_dir = Path("reports") / stem
    _refuse_output_among_inputs(inputs, out_dir)
    _check_output_writable(out_dir)
    printer = ProgressPrinter(quiet)
    try:
        with render_options(appendix=appendix, brief_only=brief_only):
            result = run_report(
                list(inputs),
                out_dir,
                formats=fmt,
                manifest=manifest,
                single_event=single_event,
                progress=printer,
                max_file_mb=max_file_mb,
                fetch_deadline=fetch_deadline,
                allow_outside=allow_outside,
            )
    except FactcheckError as exc:
        printer.finish()
        raise click.ClickException(exc.message) from exc
    except OSError as exc:  # the folder went away, filled up or turned read-only meanwhile
        printer.finish()
        raise click.ClickException(f"{cannot_write(out_dir, exc)} (-o DIR)") from exc
    except Exception as exc:
        printer.finish()
        _unexpected(exc)
    printer.finish()
    rep = result.report
    for s in rep.skipped:
        click.echo(f"Skipped {s.source}: {s.problem}", err=True)
    if not rep.articles:
        click.echo("Error: no input could be read as an article; nothing to compare.", err=True)
        sys.exit(EXIT_ERROR)
    if not quiet:
        counts: dict[str, int] = {}
        for f in rep.findings:
            counts[f.verdict.value] = counts.get(f.verdict.value, 0) + 1
        summary = ", ".join(f"{n} {v}" for v, n in sorted(counts.items())) or "no findings"
        click.echo(
            f"{_count(len(rep.articles), 'article')}, {_count(len(rep.events), 'event')}, "
            f"{_count(len(rep.findings), 'finding')} ({summary})"
        )
        for kind, path in result.outputs.items():
            click.echo(f"  {kind:<12} {shown(path)}")
    if rep.skipped:
        click.echo(
            f"Warning: {_count(len(rep.skipped), 'input')} skipped (listed above and in the "
            f"report); the report covers the other {_count(len(rep.articles), 'article')}. "
            "Exit code 1 says an input was skipped.",
            err=True,
        )
        sys.exit(EXIT_ERROR)
    if fail_on:
        from factcheck.cli.review import exit_if_blocking

        # Each blocking finding named (id, severity, title, event), then the count; exit 3.
        exit_if_blocking(rep.findings, {e.id: e.label for e in rep.events}, fail_on)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--manifest", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON: one object per article.")
@click.option(
    "--type",
    "types",
    multiple=True,
    help="Only these fact types (repeatable), e.g. --type duration --type date.",
)
def facts(
    inputs: tuple[str, ...], manifest: Path | None, as_json: bool, types: tuple[str, ...]
) -> None:
    """Show the typed facts extracted from each article in INPUT...: the tool's working.

    Each article is named as the report names it (the outlet, else the file name or URL
    host), not by a number that depends on which files were given.
    """
    from factcheck.extract import extract_facts
    from factcheck.extract.show import facts_records
    from factcheck.ingest import load_articles
    from factcheck.render.view_models import article_labels

    try:
        articles, skipped = load_articles(list(inputs), manifest)
    except FactcheckError as exc:
        raise click.ClickException(exc.message) from exc
    items = [extract_facts(a) for a in articles]
    if types:
        wanted = set(types)
        items = [
            it.model_copy(update={"facts": tuple(f for f in it.facts if f.type.value in wanted)})
            for it in items
        ]
    labels = article_labels(it.article for it in items)
    if as_json:
        records: list[dict[str, Any]] = [
            {"label": labels[it.article.id], **record}
            for it, record in zip(items, facts_records(items), strict=True)
        ]
        click.echo(json.dumps(records, indent=2, ensure_ascii=False))
    else:
        click.echo(_facts_table(items, labels))
    for s in skipped:
        click.echo(f"Skipped {s.source}: {s.problem}", err=True)
    if skipped:
        sys.exit(EXIT_ERROR)


def _register_review_commands() -> None:
    from factcheck.cli.review import review_cmd, send_cmd

    cli.add_command(review_cmd, "review")
    cli.add_command(send_cmd, "send")


_register_review_commands()


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="factcheck")


def _facts_table(items: list[Any], labels: dict[str, str]) -> str:
    """The facts table, each article headed by its report label and source (no article number)."""
    from factcheck.extract.show import facts_table

    blocks = []
    for it in items:
        head = f"{labels[it.article.id]}  {it.article.source}"
        # facts_table heads each article with its number, then a rule: replace both.
        body = facts_table([it]).split("\n")[2:]
        blocks.append("\n".join([head, "-" * min(len(head), 100), *body]))
    return "\n".join(blocks)


def _count(n: int, word: str) -> str:
    """'1 event', '2 events'."""
    return f"{n} {word}" + ("" if n == 1 else "s")
