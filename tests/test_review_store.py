"""Tests for the review store, apply_reviews and should_fail."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import ReviewError
from factcheck.models import Review, ReviewStatus, Severity
from factcheck.review import apply_reviews, load_reviewed_document, should_fail
from factcheck.review.store import DB_NAME, MIGRATIONS, SCHEMA_VERSION, ReviewStore
from test_review_data import GENERATED_AT, make_findings, write_report

RUN2 = "2026-11-22T03:00:00+00:00"


def test_store_is_wal_with_foreign_keys_and_current_version(tmp_path: Path) -> None:
    with ReviewStore.for_report(tmp_path) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        # Foreign keys are enforced: no decision on a finding the store never saw.
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute(
                "INSERT INTO decisions (finding_id, status, at) VALUES ('nope', 'open', 'x')"
            )
    assert (tmp_path / DB_NAME).exists()


def test_history_is_append_only(tmp_path: Path) -> None:
    findings = make_findings()
    with ReviewStore.for_report(tmp_path) as store:
        store.record_run(findings, GENERATED_AT)
        store.decide("f-duration-40-120", "follow_up", note="ask Tokyo", by="ana", at="t1")
        store.decide("f-duration-40-120", "confirmed", note="two hours is wrong", by="bo", at="t2")
        history = store.history("f-duration-40-120")
        assert [r.status for r in history] == [ReviewStatus.FOLLOW_UP, ReviewStatus.CONFIRMED]
        assert history[0] == Review(status="follow_up", note="ask Tokyo", by="ana", at="t1")
        assert store.current()["f-duration-40-120"].by == "bo"
        # The database itself refuses to rewrite or delete history.
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.conn.execute("UPDATE decisions SET note = 'changed'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.conn.execute("DELETE FROM decisions")
        assert len(store.history("f-duration-40-120")) == 2


def test_decide_validates(tmp_path: Path) -> None:
    with ReviewStore.for_report(tmp_path) as store:
        store.record_run(make_findings(), GENERATED_AT)
        with pytest.raises(ReviewError, match="needs a reason"):
            store.decide("f-dateline-bali", ReviewStatus.DISMISSED, note="   ")
        with pytest.raises(ReviewError, match="unknown finding id 'f-nope'"):
            store.decide("f-nope", "confirmed")
        with pytest.raises(ReviewError, match="unknown review status 'maybe'"):
            store.decide("f-dateline-bali", "maybe")
        assert store.history("f-dateline-bali") == []


def test_migrates_a_v1_database(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
    conn.execute(
        "INSERT INTO findings_seen VALUES ('f-old', 'Old', 'date', 'conflict', 'high', 'r0', 'r0')"
    )
    conn.execute(
        "INSERT INTO decisions (finding_id, status, note, by, at)"
        " VALUES ('f-old', 'dismissed', 'typo in wire copy', 'ana', 't0')"
    )
    conn.commit()
    conn.close()

    with ReviewStore(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        assert store.history("f-old") == [
            Review(status="dismissed", note="typo in wire copy", by="ana", at="t0")
        ]
        cols = {r[1] for r in store.conn.execute("PRAGMA table_info(findings_seen)")}
        assert {"gone", "gone_run", "anchors", "evidence", "carried_to"} <= cols
        # v2 makes history append-only in the database.
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("DELETE FROM decisions")


def test_refuses_a_newer_database(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(ReviewError, match="newer than this factcheck"):
        ReviewStore(path)


def test_apply_reviews_keeps_decisions_across_runs(tmp_path: Path) -> None:
    run1 = make_findings()
    reviewed, gone = apply_reviews(run1, tmp_path, generated_at=GENERATED_AT)
    assert gone == []
    assert all(f.review == Review() for f in reviewed)
    assert [f.id for f in reviewed] == [f.id for f in run1]

    with ReviewStore.for_report(tmp_path) as store:
        store.decide("f-dateline-bali", "confirmed", note="filed from Bali", by="ana", at="t1")
        store.decide("f-money-313", "dismissed", note="in the readout", by="ana", at="t2")
        store.decide("f-quote-drastically", "follow_up", note="", by="bo", at="t3")

    # Run 2: one finding removed, one added.
    added = run1[0].model_copy(update={"id": "f-new-count", "title": "New: 15 members vs 16"})
    run2 = [f for f in run1 if f.id != "f-money-313"] + [added]
    reviewed, gone = apply_reviews(run2, tmp_path, generated_at=RUN2)
    by_id = {f.id: f for f in reviewed}
    assert by_id["f-dateline-bali"].review == Review(
        status="confirmed", note="filed from Bali", by="ana", at="t1"
    )
    assert by_id["f-quote-drastically"].review is not None
    assert by_id["f-quote-drastically"].review.status is ReviewStatus.FOLLOW_UP
    assert by_id["f-new-count"].review == Review()
    assert by_id["f-duration-40-120"].review == Review()
    assert [g.id for g in gone] == ["f-money-313"]
    assert gone[0].gone_since == RUN2
    assert gone[0].first_seen == GENERATED_AT
    assert [r.note for r in gone[0].history] == ["in the readout"]

    # Run 3: the removed finding comes back with its decision; nothing is gone.
    reviewed, gone = apply_reviews([*run1, added], tmp_path, generated_at="r3")
    assert gone == []
    back = next(f for f in reviewed if f.id == "f-money-313")
    assert back.review is not None and back.review.status is ReviewStatus.DISMISSED


def test_load_reviewed_document_overlays_store(tmp_path: Path) -> None:
    write_report(tmp_path)
    doc, gone = load_reviewed_document(tmp_path)
    assert gone == []
    assert all(f.review is not None and f.review.status == "open" for f in doc.findings)
    with ReviewStore.for_report(tmp_path) as store:
        store.decide("f-schedule", "confirmed", by="ana")
    doc, _ = load_reviewed_document(tmp_path)
    review = next(f for f in doc.findings if f.id == "f-schedule").review
    assert review is not None and review.status == "confirmed"


def test_load_without_findings_json_is_clear(tmp_path: Path) -> None:
    with pytest.raises(ReviewError, match=r"no findings\.json"):
        load_reviewed_document(tmp_path)


@pytest.mark.parametrize(
    ("threshold", "expected"),
    [("high", True), ("medium", True), ("low", True), ("info", True)],
)
def test_should_fail_with_everything_open(threshold: str, expected: bool) -> None:
    assert should_fail(make_findings(), Severity(threshold)) is expected


def test_should_fail_thresholds_follow_review_status() -> None:
    def with_status(fid: str, status: str) -> Review:
        note = "reason" if status == "dismissed" else ""
        return Review(status=ReviewStatus(status), note=note)

    decided = {
        "f-dateline-bali": "confirmed",
        "f-duration-40-120": "dismissed",
        "f-quote-drastically": "confirmed",
        "f-place-script": "follow_up",  # medium, still unresolved
    }
    findings = [
        f.model_copy(update={"review": with_status(f.id, decided.get(f.id, "open"))})
        for f in make_findings()
    ]
    assert should_fail(findings, Severity.HIGH) is False  # both highs resolved
    assert should_fail(findings, Severity.MEDIUM) is True  # the follow-up counts
    assert should_fail(findings, "low") is True

    findings = [
        f.model_copy(update={"review": with_status(f.id, "confirmed")})
        if f.id == "f-place-script"
        else f
        for f in findings
    ]
    assert should_fail(findings, Severity.MEDIUM) is False
    assert should_fail(findings, Severity.LOW) is True  # open low findings remain
    assert should_fail([], Severity.INFO) is False


def test_should_fail_treats_missing_review_as_open() -> None:
    only_info = [f for f in make_findings() if f.severity == Severity.INFO]
    assert should_fail(only_info, Severity.LOW) is False
    assert should_fail(only_info, Severity.INFO) is True


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    note=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=200),
    by=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40),
)
def test_notes_round_trip_exactly(tmp_path: Path, note: str, by: str) -> None:
    with ReviewStore.for_report(tmp_path) as store:
        store.ensure_seen(make_findings()[:1], GENERATED_AT)
        saved = store.decide("f-dateline-bali", "follow_up", note=note, by=by, at="t")
        assert saved.note == note.strip() and saved.by == by.strip()
        assert store.history("f-dateline-bali")[-1] == saved
        assert store.current()["f-dateline-bali"] == saved


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    findings = make_findings()
    apply_reviews(findings, tmp_path, generated_at=GENERATED_AT)
    errors: list[BaseException] = []

    def reviewer(name: str) -> None:
        try:
            with ReviewStore.for_report(tmp_path) as store:
                for i in range(25):
                    store.decide(findings[i % len(findings)].id, "follow_up", by=name, note=str(i))
        except BaseException as exc:  # surfaced below: threads swallow exceptions
            errors.append(exc)

    def rerun() -> None:
        try:
            for i in range(10):
                apply_reviews(findings, tmp_path, generated_at=f"run-{i}")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=reviewer, args=(f"r{n}",)) for n in range(4)]
    threads.append(threading.Thread(target=rerun))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with ReviewStore.for_report(tmp_path) as store:
        total = store.conn.execute("SELECT COUNT(*) FROM decisions").fetchone()[0]
        runs = store.conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0]
    assert total == 100
    assert runs == 11
