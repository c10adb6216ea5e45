"""The `factcheck review` and `factcheck send` commands: arguments in, library calls, messages out.

Both are standalone click commands; ``cli.main`` registers them on the ``factcheck`` group.
Library errors (ReviewError, DeliveryError) become ``Error: ...`` and exit 1; bad
combinations of options are usage errors (exit 2).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import click

from factcheck.errors import FactcheckError
from factcheck.models import Finding, ReviewStatus, Severity

DEFAULT_PORT = 8765  # fixed so the page's origin (and its remembered reviewer name) is stable
STATUSES = [s.value for s in ReviewStatus]
SEVERITIES = [s.value for s in Severity]
EXIT_FAIL_ON = 3  # as `factcheck report --fail-on` (cli.main)


def _default_reviewer() -> str:
    from factcheck.review.view import default_reviewer

    return default_reviewer()


@click.command("review")
@click.argument("report_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=DEFAULT_PORT,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on; 0 picks a free one.",
)
@click.option("--allow-remote", is_flag=True, help="Allow a --host reachable from other machines.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a browser.")
@click.option(
    "--set",
    "set_decision",
    nargs=2,
    metavar="ID STATUS",
    help=f"Record a decision without the web page; STATUS is one of {', '.join(STATUSES)}.",
)
@click.option("--note", default="", help="With --set: the note (required to dismiss).")
@click.option(
    "--by",
    default=None,
    help="Who decides, with --set or on the page (default: $FACTCHECK_REVIEWER or the login "
    "name; the page remembers a name typed there).",
)
@click.option(
    "--render",
    is_flag=True,
    help="Re-write every report file with the current decisions, report.pdf included, and "
    "exit (alone, or with --set).",
)
@click.option("--list", "list_only", is_flag=True, help="Print every finding's review status.")
@click.option("--json", "as_json", is_flag=True, help="With --list: print JSON.")
def review_cmd(
    report_dir: Path,
    host: str,
    port: int,
    allow_remote: bool,
    open_browser: bool,
    set_decision: tuple[str, str] | None,
    note: str,
    by: str | None,
    render: bool,
    list_only: bool,
    as_json: bool,
) -> None:
    """Review the findings of the report in REPORT_DIR in a local web page.

    Confirm, dismiss (with a reason) or mark each finding for follow-up; decisions are kept
    in REPORT_DIR/review.sqlite3 and survive re-running `factcheck report` into the folder.

    Each decision (on the page or with --set) re-writes findings.json, report.html and, when
    the folder has them, report.md and claimreview.jsonld at once, each file atomically.
    report.pdf takes seconds to render: the server re-renders it in the background 3 s
    after the last decision, and before it exits if one is still pending; --set leaves it
    for --render (give both to do it at once), and `factcheck send` renders a stale PDF
    before sending it. The files are rebuilt from REPORT_DIR/.factcheck/report.json, which
    `factcheck report` saves beside them; a folder without it gets findings.json updated
    and the rest on its next `factcheck report` run.

    \b
    Examples:
      factcheck review reports/summit              # serve http://127.0.0.1:8765/
      factcheck review reports/summit --port 0     # any free port
      factcheck review reports/summit --by "Ana"   # decide as Ana on the page
      factcheck review reports/summit --list --json
      factcheck review reports/summit --set ID dismissed --note "wire copy corrected"
      factcheck review reports/summit --render     # bring report.pdf up to date
    """
    if set_decision and list_only:
        raise click.UsageError("use either --set or --list, not both")
    if render and list_only:
        raise click.UsageError("use either --render or --list, not both")
    if note and not set_decision:
        raise click.UsageError("--note goes with --set ID STATUS")
    if by is not None and not set_decision and (render or list_only):
        raise click.UsageError("--by goes with --set ID STATUS or with the web page")
    if as_json and not list_only:
        raise click.UsageError("--json goes with --list")
    try:
        if set_decision:
            _set(report_dir, set_decision, note, by if by is not None else _default_reviewer())
            _refresh(report_dir, render=render)
        elif render:
            _refresh(report_dir, render=True)
        elif list_only:
            _list(report_dir, as_json)
        else:
            _serve(report_dir, host, port, allow_remote, open_browser, by)
    except FactcheckError as exc:
        raise click.ClickException(exc.message) from exc


def _set(report_dir: Path, decision: tuple[str, str], note: str, by: str) -> None:
    from factcheck.review import load_reviewed_document
    from factcheck.review.store import ReviewStore

    finding_id, status = decision
    doc, _ = load_reviewed_document(report_dir)
    titles = {f.id: f.title for f in doc.findings}
    with ReviewStore.for_report(report_dir) as store:
        if finding_id not in titles and not store.known(finding_id):
            raise click.ClickException(
                f"unknown finding id {finding_id!r}; `factcheck review {report_dir} --list` "
                "shows the ids"
            )
        review = store.decide(finding_id, status, note=note, by=by)
    title = titles.get(finding_id, "(no longer reported)")
    click.echo(f"{finding_id}: {review.status.value.replace('_', ' ')} — {title}")


def _refresh(report_dir: Path, *, render: bool) -> None:
    """Re-write the report files after a decision; say on stderr what still lags behind."""
    from factcheck.review.outputs import refresh_outputs

    started = time.perf_counter()
    done = refresh_outputs(report_dir, pdf=render)
    if render:
        names = ", ".join(p.name for p in done.written) or "nothing (all up to date)"
        click.echo(f"Rendered {names} in {time.perf_counter() - started:.1f} s")
    for name, why in done.stale.items():
        if done.has_state:
            why = f"run `factcheck review {report_dir} --render` to update it"
        click.echo(f"Note: {name} still shows the earlier decisions; {why}", err=True)


def _list(report_dir: Path, as_json: bool) -> None:
    from factcheck.review import load_reviewed_document

    doc, gone = load_reviewed_document(report_dir)
    rows = []
    for f in doc.findings:
        r = f.review
        rows.append(
            {
                "id": f.id,
                "title": f.title,
                "verdict": f.verdict.value,
                "severity": f.severity.value,
                "status": r.status.value if r else "open",
                "note": r.note if r else "",
                "by": r.by if r else "",
                "at": r.at if r else "",
            }
        )
    if as_json:
        payload = {"findings": rows, "gone": [g.model_dump(mode="json") for g in gone]}
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    reviewed = sum(1 for row in rows if row["status"] != "open")
    width = max([len(row["id"]) for row in rows] + [len(g.id) for g in gone] + [2])
    for row in rows:
        line = (
            f"{row['status']:<10} {row['severity']:<6} {row['verdict']:<13} "
            f"{row['id']:<{width}}  {row['title']}"
        )
        click.echo(line + (f"  — {row['note']}" if row["note"] else ""))
    for g in gone:
        last = g.review.status.value if g.review else "never reviewed"
        click.echo(
            f"{'gone':<10} {g.severity:<6} {g.verdict:<13} {g.id:<{width}}  {g.title} ({last})"
        )
    click.echo(f"{reviewed} of {len(rows)} reviewed")


def _serve(
    report_dir: Path,
    host: str,
    port: int,
    allow_remote: bool,
    open_browser: bool,
    by: str | None = None,
) -> None:
    from factcheck.review.app import check_bind_host, serve

    try:
        check_bind_host(host, allow_remote=allow_remote)
    except FactcheckError as exc:
        raise click.BadParameter(exc.message, param_hint="--host") from exc

    def ready(url: str) -> None:
        click.echo(f"Reviewing {report_dir} at {url}  (Ctrl+C to stop)")
        if open_browser:
            import webbrowser

            webbrowser.open(url)

    def pending_pdf() -> None:
        click.echo("Updating report.pdf with the latest decisions…", err=True)

    serve(
        report_dir,
        host=host,
        port=port,
        allow_remote=allow_remote,
        on_ready=ready,
        on_pending_pdf=pending_pdf,
        reviewer=by,
    )


@click.command("send")
@click.argument("report_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--webhook",
    required=True,
    envvar="FACTCHECK_WEBHOOK",
    help="URL to POST to (or $FACTCHECK_WEBHOOK, which keeps it out of shell history).",
)
@click.option("--slack", is_flag=True, help="Send a Slack message (Block Kit), no PDF.")
@click.option("--no-pdf", is_flag=True, help="Send the JSON summary only.")
@click.option(
    "--base-url",
    metavar="URL",
    envvar="FACTCHECK_BASE_URL",
    callback=lambda ctx, param, value: _check_base_url(value),
    help="Where the report folder is published (http or https): each finding links to "
    "URL/report.html#finding-ID. Without it, links are relative to the folder "
    "(report.html#finding-ID). Or $FACTCHECK_BASE_URL.",
)
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITIES),
    help="After sending, exit 3 when an open or follow-up finding at or above this severity "
    "remains, naming each on stderr.",
)
@click.option(
    "--retries",
    default=3,
    show_default=True,
    type=click.IntRange(1, 10),
    help="Attempts in all; 5xx and connection errors are retried with exponential backoff.",
)
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds to wait for each attempt.",
)
def send_cmd(
    report_dir: Path,
    webhook: str,
    slack: bool,
    no_pdf: bool,
    base_url: str | None,
    fail_on: str | None,
    retries: int,
    timeout: float,
) -> None:
    """Send what the desk must check in the report in REPORT_DIR (and report.pdf) to a webhook.

    The message lists the conflicts still open and the findings marked for follow-up, most
    severe first, each with its title, event, outlets, severity, review note and a link to
    its card in report.html (see --base-url), and counts every finding by verdict, severity
    and review status. The JSON summary carries the whole list (`to_check`); a Slack message
    (--slack) shows what fits Slack's limits and counts the rest ("and N more"). Without
    --no-pdf the JSON goes as multipart form data (fields `summary` and `file`).

    \b
    Examples:
      factcheck send reports/summit --webhook "$HOOK" --slack \\
          --base-url https://reports.example.org/summit
      factcheck send reports/summit --webhook "$HOOK" --no-pdf --fail-on medium
    """
    from factcheck.review.send import send_report

    try:
        result = send_report(
            report_dir,
            webhook,
            slack=slack,
            include_pdf=not no_pdf,
            base_url=base_url,
            retries=retries,
            timeout=timeout,
        )
    except FactcheckError as exc:
        raise click.ClickException(exc.message) from exc
    what = {"slack": "Slack message", "multipart": "summary and report.pdf", "json": "summary"}
    listed = (
        f"{_count(result.open_conflicts, 'open conflict')}, "
        f"{_count(result.follow_ups, 'follow-up')}"
    )
    click.echo(
        f"Sent {what[result.kind]} to {result.url} "
        f"(HTTP {result.status_code}, attempt {result.attempts} of {retries}): {listed}."
    )
    if fail_on:
        from factcheck.review import load_reviewed_document

        try:
            doc, _ = load_reviewed_document(report_dir)
        except FactcheckError as exc:
            raise click.ClickException(exc.message) from exc
        exit_if_blocking(doc.findings, {e.id: e.label for e in doc.events}, fail_on)


def exit_if_blocking(
    findings: Sequence[Finding], event_labels: Mapping[str, str], fail_on: str
) -> None:
    """With --fail-on: name each open or follow-up finding at or above it on stderr, exit 3."""
    from factcheck.review.send import blocking_findings, blocking_lines

    blocking = blocking_findings(findings, fail_on)
    if not blocking:
        return
    click.echo(f"Open or follow-up findings at or above '{fail_on}':", err=True)
    for line in blocking_lines(blocking, event_labels):
        click.echo(line, err=True)
    click.echo(f"{len(blocking)} open finding(s) at or above '{fail_on}' remain.", err=True)
    sys.exit(EXIT_FAIL_ON)


def _check_base_url(value: str | None) -> str | None:
    from factcheck.review.send import check_base_url

    if value is None:
        return None
    try:
        return check_base_url(value)
    except FactcheckError as exc:
        raise click.BadParameter(exc.message, param_hint="'--base-url'") from exc


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")
