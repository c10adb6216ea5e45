"""Issue 14: the judge's per-value shortcuts give what the pairwise loops gave."""

from __future__ import annotations

import random

from factcheck.judge.independence import _acronyms_named
from factcheck.judge.spread import _first_pair


def _brute(xs: list[int], ys: list[int], srcs: list[str]) -> tuple[int, int]:
    return min((min(i, j), max(i, j)) for i in xs for j in ys if i != j and srcs[i] != srcs[j])


def test_first_pair_is_the_first_pair_of_different_sources() -> None:
    rnd = random.Random(14)
    for _ in range(500):
        n = rnd.randint(2, 14)
        srcs = [rnd.choice("abc") for _ in range(n)]
        idx = list(range(n))
        rnd.shuffle(idx)
        cut = rnd.randint(1, n - 1)
        xs, ys = sorted(idx[:cut]), sorted(idx[cut:])
        if rnd.random() < 0.2:
            xs = ys = sorted(idx)  # one value apart from itself
        if len({srcs[i] for i in xs} | {srcs[j] for j in ys}) < 2:
            continue
        assert _first_pair(xs, ys, srcs) == _brute(xs, ys, srcs), (xs, ys, srcs)


def test_acronyms_named_as_the_word_pattern_finds_them() -> None:
    text = "The NTSB and the FRAs said; FBI's agents, not NASA_X, DOTS or NTSBx, nor ABCDEFG."
    assert _acronyms_named(text) == {"NTSB", "FRA", "FBI", "DOTS"}
