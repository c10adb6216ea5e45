"""The frozen-split figures (eval/results_frozen.json, written by benchmarks/eval_all.py on
the GVC and pages corpora) hold the floors of eval/floors.json. The corpora stay outside the
repository, so CI checks the committed figures; a rebuild re-measures them
(`eval_all.py --split frozen --write-results eval/results_frozen.json --check-floors`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "eval" / "results_frozen.json"
FLOORS = json.loads((ROOT / "eval" / "floors.json").read_text("utf-8"))["frozen"]


def test_every_frozen_floor_names_a_measured_figure() -> None:
    figures = json.loads(RESULTS.read_text("utf-8"))["figures"]
    for key in FLOORS:
        assert key.removesuffix("_max") in figures, key


def test_committed_frozen_figures_hold_the_floors() -> None:
    figures = json.loads(RESULTS.read_text("utf-8"))["figures"]
    for key, floor in FLOORS.items():
        if key.endswith("_max"):
            assert figures[key.removesuffix("_max")] <= floor, key
        else:
            assert figures[key] >= floor, key


def test_the_rebuild_script_checks_the_same_floors() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "benchmarks/eval_all.py",
            "--check-floors",
            "--from-results",
            str(RESULTS),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert f"{len(FLOORS)}/{len(FLOORS)} frozen floors hold" in out.stdout


STORY = (
    "Police said a 34-year-old man was shot Tuesday night outside a store on Main Street. "
    "He was taken to a hospital, where he died. Officers arrested a 19-year-old suspect "
    "on Wednesday and charged him with murder, police said.\n"
)


def test_an_edit_in_a_byte_identical_copy_is_analysed_against_its_twin(tmp_path: Path) -> None:
    """Two outlets carry one story byte for byte: the base run reads it once, but an edit in
    the second copy makes it a document of its own, and the harness judges the edit."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_frozen_lib import Candidate, Doc, evaluate_edit, run_docs

    docs = []
    for name in ("a.txt", "b.txt"):
        path = tmp_path / name
        path.write_text(STORY, encoding="utf-8")
        docs.append(Doc(event="e1", path=str(path), title="", published="", url=""))
    base = run_docs(docs)
    assert len(base.articles) == 1  # read once
    start = STORY.index("Tuesday")
    cand = Candidate("date", docs[1].path, start, start + 7, "Tuesday", "Monday", "tuesday")
    result = evaluate_edit(cand, docs, base)
    assert result.analysed
    assert result.caught, result


def test_an_edited_copy_keeps_its_place_wherever_the_corpus_lives(tmp_path: Path) -> None:
    """The figures must not depend on the checkout's folder: the edited copy keeps the base
    run's article id whether the temporary folder sorts before or after the corpus."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from edit_inputs import mirror_inputs
    from eval_frozen_lib import Doc, run_docs

    corpus = tmp_path / "m-corpus"
    corpus.mkdir()
    docs = []
    for n in range(3):
        path = corpus / f"{n}.txt"
        path.write_text(STORY.replace("Main Street", f"Elm Street {n}"), encoding="utf-8")
        docs.append(Doc(event="e1", path=str(path), title="", published="", url=""))
    base = {it.article.source: it.article.id for it in run_docs(docs).articles}
    edited = docs[1].path
    for folder in ("a-before", "z-after"):
        moved = mirror_inputs([d.path for d in docs], {edited: STORY}, tmp_path / folder)
        ids = {it.article.source: it.article.id for it in run_docs(docs, moved).articles}
        assert ids[moved[edited]] == base[edited], folder
        assert Path(moved[edited]).read_text(encoding="utf-8") == STORY
