"""Floors measured on the real dev corpus (benchmarks/eval_real.py); they may only be raised."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_lib as E  # noqa: E402  (benchmarks/ is not a package: imported from its folder)

# Floors set just under the last measured figures (docs/evaluation.md), in a committed file.
FLOORS = json.loads((ROOT / "eval" / "floors.json").read_text("utf-8"))["ecbplus_dev"]
CLUSTER_PAIRWISE_F1_FLOOR = FLOORS["cluster_pairwise_f1"]
CLUSTER_BCUBED_F1_FLOOR = FLOORS["cluster_bcubed_f1"]
SINGLE_EVENT_RUN_RECALL_FLOOR = FLOORS["single_event_run_recall"]
NUMERIC_EDIT_RECALL_FLOOR = FLOORS["numeric_edit_recall"]
NUMERIC_EDIT_PRECISION_FLOOR = FLOORS["numeric_edit_precision"]
LABELLED_PRECISION_FLOOR = FLOORS["labelled_precision"]
LABELLED_FALSE_ALARMS_CEILING = FLOORS["labelled_false_alarms_ceiling"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not E.DEV_CORPUS.is_dir(), reason="dev corpus not present"),
]


@pytest.fixture(scope="module")
def docs() -> list[E.Doc]:
    return E.load_corpus()


@pytest.fixture(scope="module")
def clustering(docs: list[E.Doc]) -> E.ClusterResult:
    return E.evaluate_clustering(docs)


def test_pairwise_scores_are_sane() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    assert E.pairwise(gold, gold).f1 == 1.0
    lumped = {"a": "x", "b": "x", "c": "x"}
    assert E.pairwise(lumped, gold).precision == pytest.approx(1 / 3)
    assert E.pairwise(lumped, gold).recall == 1.0
    assert E.bcubed(gold, gold).f1 == 1.0


def test_edit_keeps_the_sentence_well_formed() -> None:
    assert E._replace_number("about $5.4 billion") == (7, 10, "8.1")
    assert E._replace_number("seven people") == (0, 5, "twelve")
    assert E._replace_number("$1,099") == (1, 6, "1,648")
    assert E._replace_weekday("on Tuesday night") == (3, 10, "Thursday")
    assert E._replace_month_day("Nov. 12") == (5, 7, "14")


def test_clustering_floor(clustering: E.ClusterResult, docs: list[E.Doc]) -> None:
    assert clustering.n_articles == len(docs) == 128
    assert clustering.pairwise.f1 >= CLUSTER_PAIRWISE_F1_FLOOR, clustering.pairwise
    assert clustering.bcubed.f1 >= CLUSTER_BCUBED_F1_FLOOR, clustering.bcubed


def test_one_event_alone_is_not_shattered(docs: list[E.Doc]) -> None:
    """An editor's usual input is one event's accounts: pairs kept together (pooled recall)."""
    runs = E.evaluate_events(docs)
    assert E.single_event_recall(runs) >= SINGLE_EVENT_RUN_RECALL_FLOOR
    lone = [f for r in runs for f in E.single_article_conflicts(r.report)]
    assert not lone, [f.title for f in lone]


def test_labelled_false_alarms_stay_down(docs: list[E.Doc]) -> None:
    """Flags read by hand (eval_lib.KNOWN_FLAGS): few false alarms, mostly true ones."""
    check = E.check_labels(E.evaluate_events(docs))
    assert check.false_findings <= LABELLED_FALSE_ALARMS_CEILING, check.false_findings
    assert (check.precision or 0.0) >= LABELLED_PRECISION_FLOOR, check.precision


def test_no_conflict_on_single_article_events(clustering: E.ClusterResult) -> None:
    """An event only one article reports has nothing to disagree with."""
    bad = E.single_article_conflicts(clustering.report)
    assert not bad, [E.describe(clustering.report, f) for f in bad]


def test_seeded_number_edits_are_found(docs: list[E.Doc]) -> None:
    scores = E.evaluate_perturbations(docs, types=E.NUMERIC_EDITS, per_type=1)
    scored = sum(s.edits - s.pre_flagged for s in scores.values())
    found = sum(s.detected for s in scores.values())
    new = sum(s.new_flags for s in scores.values())
    touching = sum(s.new_touching for s in scores.values())
    assert scored >= 20  # the corpus offers enough shared numbers to edit
    assert found / scored >= NUMERIC_EDIT_RECALL_FLOOR, {t: s.detected for t, s in scores.items()}
    if new:
        assert touching / new >= NUMERIC_EDIT_PRECISION_FLOOR
