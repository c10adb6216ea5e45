"""Keep editors' decisions on findings in DIR/review.sqlite3: an append-only history per id.

The database sits beside the report it reviews. ``decisions`` is append-only (triggers refuse
UPDATE and DELETE), so a finding's current status is simply its latest row and nothing an
editor decided is ever lost. ``findings_seen`` remembers every finding id any run produced, so
a finding that disappears on a re-run can still be shown as *gone* with its history.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from factcheck.errors import ReviewError
from factcheck.models import Finding, GoneFinding, Review, ReviewStatus

DB_NAME = "review.sqlite3"

# Each step moves the schema from version i to i + 1 (PRAGMA user_version); steps are applied
# in order and never edited once released, only appended to.
MIGRATIONS: tuple[str, ...] = (
    # v0 -> v1: findings known to the store, and the decision history.
    """
    CREATE TABLE findings_seen (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        verdict TEXT NOT NULL,
        severity TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL
    );
    CREATE TABLE decisions (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        finding_id TEXT NOT NULL REFERENCES findings_seen(id),
        status TEXT NOT NULL
            CHECK (status IN ('open', 'confirmed', 'dismissed', 'follow_up')),
        note TEXT NOT NULL DEFAULT '',
        by TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    );
    CREATE INDEX decisions_by_finding ON decisions(finding_id, seq);
    """,
    # v1 -> v2: remember runs and which findings a run no longer produced; make the history
    # append-only in the database itself, not just by convention in this module.
    """
    CREATE TABLE runs (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        generated_at TEXT NOT NULL,
        finding_count INTEGER NOT NULL
    );
    ALTER TABLE findings_seen ADD COLUMN gone INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE findings_seen ADD COLUMN gone_run TEXT;
    CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
        BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
    CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
        BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
    """,
    # v2 -> v3: ids say what a finding is about (judge.ids). Remember each finding's anchors
    # and evidence digest, the evidence a decision was taken on, and where a decision was
    # carried when its finding came back under another id (its evidence changed).
    """
    ALTER TABLE findings_seen ADD COLUMN anchors TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE findings_seen ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
    ALTER TABLE findings_seen ADD COLUMN carried_to TEXT;
    ALTER TABLE decisions ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

# Long enough for a human-written reason, short enough that a pasted article is refused.
MAX_NOTE_CHARS = 4000
MAX_NAME_CHARS = 200
# How alike (rapidfuzz ratio, 0-100) an outlet's re-worded claim must be to its old words for
# a decision to follow the finding to its new id.
CARRY_SIMILARITY = 85.0


def now_iso() -> str:
    """Return the current UTC time as ISO 8601 with seconds (decision timestamps)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the pending migration steps in order; return the resulting schema version."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise ReviewError(
            f"review database has schema version {version}, newer than this factcheck "
            f"understands ({SCHEMA_VERSION}); upgrade factcheck"
        )
    for step in range(version, SCHEMA_VERSION):
        # executescript commits first, so each step runs in its own explicit transaction and
        # bumps user_version inside it: a crash leaves the database at a whole version.
        conn.executescript(
            f"BEGIN;\n{MIGRATIONS[step]}\nPRAGMA user_version = {step + 1};\nCOMMIT;"
        )
    return SCHEMA_VERSION


class ReviewStore:
    """An open review database; use as a context manager, or call :meth:`close`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, so reads never hold a
            # transaction open and block the pipeline writing beside the review server.
            self.conn = sqlite3.connect(self.path, timeout=10.0, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 10000")
            migrate(self.conn)
        except sqlite3.Error as exc:
            raise ReviewError(f"cannot open review database {self.path}: {exc}") from exc

    @classmethod
    def for_report(cls, report_dir: Path) -> ReviewStore:
        """Open (creating if needed) the review database beside a report folder."""
        report_dir = Path(report_dir)
        if not report_dir.is_dir():
            raise ReviewError(f"report folder {report_dir} does not exist")
        return cls(report_dir / DB_NAME)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- findings seen ---------------------------------------------------------------------

    def ensure_seen(self, findings: Iterable[Finding], seen_at: str) -> None:
        """Register findings not yet known, without marking anything gone (review server)."""
        with self._transaction():
            for f in findings:
                self.conn.execute(
                    "INSERT OR IGNORE INTO findings_seen"
                    " (id, title, kind, verdict, severity, first_seen, last_seen)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (f.id, f.title, f.kind, f.verdict.value, f.severity.value, seen_at, seen_at),
                )

    def record_run(self, findings: Sequence[Finding], generated_at: str) -> list[GoneFinding]:
        """Record one run's findings; carry decisions over; mark the rest gone; return those.

        A decided finding this run no longer produces is *carried* to the new finding that
        continues it (same kind and rule, the most claim anchors in common, at least one;
        :func:`carry_matches`): its history is copied there with the evidence it was decided
        on, so the decision stays and shows as changed. Decided findings with no successor
        are listed as gone, never dropped.
        """
        ids = [f.id for f in findings]
        with self._transaction():
            self.conn.execute(
                "INSERT INTO runs (generated_at, finding_count) VALUES (?, ?)",
                (generated_at, len(ids)),
            )
            decided = {r[0] for r in self.conn.execute("SELECT DISTINCT finding_id FROM decisions")}
            known = {r[0] for r in self.conn.execute("SELECT id FROM findings_seen")}
            for f in findings:
                # A finding that comes back is no longer gone; its first_seen never moves.
                self.conn.execute(
                    "INSERT INTO findings_seen"
                    " (id, title, kind, verdict, severity, first_seen, last_seen, gone,"
                    " anchors, evidence)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
                    " ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
                    " kind = excluded.kind, verdict = excluded.verdict,"
                    " severity = excluded.severity, last_seen = excluded.last_seen,"
                    " gone = 0, gone_run = NULL, carried_to = NULL,"
                    " anchors = excluded.anchors,"
                    " evidence = CASE WHEN excluded.evidence = '' THEN findings_seen.evidence"
                    " ELSE excluded.evidence END",
                    (
                        f.id,
                        f.title,
                        f.kind,
                        f.verdict.value,
                        f.severity.value,
                        generated_at,
                        generated_at,
                        json.dumps(list(f.anchors)),
                        f.evidence,
                    ),
                )
            present = set(ids)
            orphans = [
                row
                for row in self.conn.execute(
                    "SELECT id, kind, anchors FROM findings_seen WHERE gone = 0 ORDER BY id"
                )
                if row["id"] not in present and row["id"] in decided
            ]
            newcomers = [f for f in findings if f.id not in known and f.id not in decided]
            for old_id, new_id in carry_matches(orphans, newcomers):
                for row in self.conn.execute(
                    "SELECT status, note, by, at, evidence FROM decisions"
                    " WHERE finding_id = ? ORDER BY seq",
                    (old_id,),
                ).fetchall():
                    self.conn.execute(
                        "INSERT INTO decisions (finding_id, status, note, by, at, evidence)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        (
                            new_id,
                            row["status"],
                            row["note"],
                            row["by"],
                            row["at"],
                            row["evidence"] or "carried",
                        ),
                    )
                self.conn.execute(
                    "UPDATE findings_seen SET carried_to = ? WHERE id = ?", (new_id, old_id)
                )
            self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS run_ids (id TEXT PRIMARY KEY)")
            self.conn.execute("DELETE FROM run_ids")
            self.conn.executemany("INSERT OR IGNORE INTO run_ids VALUES (?)", [(i,) for i in ids])
            self.conn.execute(
                "UPDATE findings_seen SET gone = 1, gone_run = ?"
                " WHERE gone = 0 AND id NOT IN (SELECT id FROM run_ids)",
                (generated_at,),
            )
        return self.gone()

    def changed(self) -> set[str]:
        """Ids whose evidence is not the evidence their latest decision was taken on."""
        rows = self.conn.execute(
            "SELECT d.finding_id FROM decisions d"
            " JOIN (SELECT finding_id, MAX(seq) AS seq FROM decisions GROUP BY finding_id) m"
            " ON d.seq = m.seq JOIN findings_seen s ON s.id = d.finding_id"
            " WHERE d.evidence != '' AND s.evidence != '' AND d.evidence != s.evidence"
        )
        return {r[0] for r in rows}

    def overlay(self, findings: Iterable[Finding], *, keep: bool = False) -> list[Finding]:
        """Findings with their latest decision and their changed/new marks.

        Without a stored decision a finding is open, or keeps the review it carries when
        ``keep`` (a findings.json written before its folder had a review database).
        """
        current = self.current()
        changed = self.changed()
        new = self.new_since_last_run()
        return [
            f.model_copy(
                update={
                    "review": current.get(f.id, (f.review if keep else None) or Review()),
                    "changed_since_review": f.id in changed,
                    "new_since_last_run": f.id in new,
                }
            )
            for f in findings
        ]

    def new_since_last_run(self) -> set[str]:
        """Ids the latest run produced that no earlier run did (empty after a first run)."""
        runs = self.conn.execute(
            "SELECT generated_at FROM runs ORDER BY seq DESC LIMIT 2"
        ).fetchall()
        if len(runs) < 2:
            return set()
        rows = self.conn.execute(
            "SELECT id FROM findings_seen WHERE gone = 0 AND first_seen = ?", (runs[0][0],)
        )
        return {r[0] for r in rows}

    def gone(self) -> list[GoneFinding]:
        """Return every finding currently marked gone, with its decision history."""
        rows = self.conn.execute(
            "SELECT * FROM findings_seen WHERE gone = 1 AND carried_to IS NULL"
            " ORDER BY gone_run DESC, id"
        ).fetchall()
        result = []
        for row in rows:
            history = tuple(self.history(row["id"]))
            result.append(
                GoneFinding(
                    id=row["id"],
                    title=row["title"],
                    kind=row["kind"],
                    verdict=row["verdict"],
                    severity=row["severity"],
                    first_seen=row["first_seen"],
                    last_seen=row["last_seen"],
                    gone_since=row["gone_run"] or "",
                    review=history[-1] if history else None,
                    history=history,
                )
            )
        return result

    def known(self, finding_id: str) -> bool:
        """Return True when some run (or the review server) has seen this finding id."""
        row = self.conn.execute("SELECT 1 FROM findings_seen WHERE id = ?", (finding_id,))
        return row.fetchone() is not None

    # -- decisions -------------------------------------------------------------------------

    def decide(
        self,
        finding_id: str,
        status: ReviewStatus | str,
        *,
        note: str = "",
        by: str = "",
        at: str | None = None,
    ) -> Review:
        """Append a decision and return it; dismissing needs a reason (the note)."""
        review = validate_decision(status, note=note, by=by, at=at or now_iso())
        if not self.known(finding_id):
            raise ReviewError(f"unknown finding id {finding_id!r}", slug="review-unknown-id")
        with self._transaction():
            row = self.conn.execute(
                "SELECT evidence FROM findings_seen WHERE id = ?", (finding_id,)
            ).fetchone()
            self.conn.execute(
                "INSERT INTO decisions (finding_id, status, note, by, at, evidence)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    finding_id,
                    review.status.value,
                    review.note,
                    review.by,
                    review.at,
                    row[0] if row else "",
                ),
            )
        return review

    def history(self, finding_id: str) -> list[Review]:
        """Return every decision on a finding, oldest first."""
        rows = self.conn.execute(
            "SELECT status, note, by, at FROM decisions WHERE finding_id = ? ORDER BY seq",
            (finding_id,),
        ).fetchall()
        return [_review(r) for r in rows]

    def histories(self) -> dict[str, list[Review]]:
        """Return every finding's decisions, oldest first, by finding id."""
        result: dict[str, list[Review]] = {}
        rows = self.conn.execute(
            "SELECT finding_id, status, note, by, at FROM decisions ORDER BY seq"
        ).fetchall()
        for row in rows:
            result.setdefault(row["finding_id"], []).append(_review(row))
        return result

    def current(self) -> dict[str, Review]:
        """Return each reviewed finding's latest decision, by finding id."""
        rows = self.conn.execute(
            "SELECT d.finding_id, d.status, d.note, d.by, d.at FROM decisions d"
            " JOIN (SELECT finding_id, MAX(seq) AS seq FROM decisions GROUP BY finding_id) m"
            " ON d.seq = m.seq"
        ).fetchall()
        return {r["finding_id"]: _review(r) for r in rows}

    def _transaction(self) -> _Tx:
        return _Tx(self.conn)


class _Tx:
    """BEGIN IMMEDIATE ... COMMIT/ROLLBACK, so concurrent writers queue instead of failing."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.conn.execute("COMMIT" if exc_type is None else "ROLLBACK")


def carry_matches(
    orphans: Sequence[sqlite3.Row], newcomers: Sequence[Finding]
) -> list[tuple[str, str]]:
    """Pair decided findings that went away with the new findings that continue them.

    A pair has the same kind and at least one claim anchor in common: the same outlet with
    the same words, or with words at least ``CARRY_SIMILARITY`` alike (a re-worded sentence).
    The pairs with the most anchors in common (then the closest) are taken first, each
    finding at most once, so an edited finding keeps its decision and an unrelated new
    finding does not inherit one.
    """
    scored: list[tuple[int, float, str, str]] = []
    for row in orphans:
        old = set(json.loads(row["anchors"] or "[]"))
        if not old:
            continue
        for f in newcomers:
            if f.kind != row["kind"] or not f.anchors:
                continue
            common, closeness = _common_anchors(old, set(f.anchors))
            if common:
                scored.append((-common, -closeness, row["id"], f.id))
    pairs: list[tuple[str, str]] = []
    taken_old: set[str] = set()
    taken_new: set[str] = set()
    for _n, _close, old_id, new_id in sorted(scored):
        if old_id not in taken_old and new_id not in taken_new:
            pairs.append((old_id, new_id))
            taken_old.add(old_id)
            taken_new.add(new_id)
    return pairs


def _common_anchors(old: set[str], new: set[str]) -> tuple[int, float]:
    """How many anchors of ``old`` have a counterpart in ``new``, and how alike they are."""
    from rapidfuzz import fuzz

    count, total = 0, 0.0
    for a in old:
        if a in new:
            count, total = count + 1, total + 100.0
            continue
        outlet, _, words = a.partition("|")
        best = max(
            (fuzz.ratio(words, b.partition("|")[2]) for b in new if b.partition("|")[0] == outlet),
            default=0.0,
        )
        if best >= CARRY_SIMILARITY:
            count, total = count + 1, total + best
    return count, total / max(len(old | new), 1)


def _review(row: sqlite3.Row) -> Review:
    return Review(status=ReviewStatus(row["status"]), note=row["note"], by=row["by"], at=row["at"])


def validate_decision(status: ReviewStatus | str, *, note: str, by: str, at: str) -> Review:
    """Check a decision the way every entry point must (server, CLI, library) and build it."""
    try:
        status = ReviewStatus(status)
    except ValueError:
        allowed = ", ".join(s.value for s in ReviewStatus)
        raise ReviewError(
            f"unknown review status {status!r} (use one of: {allowed})", slug="review-status"
        ) from None
    note = note.strip()
    by = by.strip()
    if status is ReviewStatus.DISMISSED and not note:
        raise ReviewError("dismissing a finding needs a reason (a note)", slug="review-reason")
    if len(note) > MAX_NOTE_CHARS:
        raise ReviewError(f"note is longer than {MAX_NOTE_CHARS} characters", slug="review-note")
    if len(by) > MAX_NAME_CHARS:
        raise ReviewError(f"name is longer than {MAX_NAME_CHARS} characters", slug="review-note")
    return Review(status=status, note=note, by=by, at=at)
