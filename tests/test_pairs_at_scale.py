"""Pair searches that stay linear in the number of accounts (issue 14's one event of 5,000
accounts; bench_scale.py measures the time): each gives what the all-pairs search gave."""

from __future__ import annotations

import random

from factcheck.align.shared import odd_values
from factcheck.judge.values import _first_disjoint, overlaps
from factcheck.models import Fact, FactType
from factcheck.values import DurationValue


def _fact(n: int, article: str) -> Fact:
    return Fact(
        id=f"{article}.f{n:03d}", article_id=article, type=FactType.DURATION,
        text=str(n), start=n, end=n + 1, sentence=0, value=DurationValue(minutes=float(n)),
        rule="test",
    )  # fmt: skip


Ranged = tuple[Fact, tuple[float, float]]


def _all_pairs(ivs: list[Ranged]) -> tuple[Ranged, Ranged] | None:
    for i, a in enumerate(ivs):
        for b in ivs[i + 1 :]:
            if a[0].article_id != b[0].article_id and not overlaps(a[1], b[1]):
                return a, b
    return None


def test_the_first_disjoint_pair_is_the_all_pairs_one() -> None:
    rng = random.Random(7)
    ranges = [(1.0, 2.0), (1.5, 3.0), (4.0, 5.0), (10.0, 12.0)]
    for _ in range(200):
        ivs = [
            (_fact(k, f"a{rng.randrange(4)}"), rng.choice(ranges)) for k in range(rng.randrange(9))
        ]
        assert _first_disjoint(ivs) == _all_pairs(ivs)


def test_odd_values_finds_the_one_account_with_a_second_value() -> None:
    by_article = {f"a{k}": [_fact(1, f"a{k}")] for k in range(5)}
    odd = _fact(2, "a3")
    by_article["a3"] = [by_article["a3"][0], odd]
    found = list(odd_values(by_article, lambda f: f.text))
    assert [(aid, first.id) for aid, first, _rest in found] == [("a3", odd.id)]
    assert len(found[0][2]) == 4
    by_article["a4"] = [_fact(3, "a4")]  # another account disagrees: nothing stands out
    assert list(odd_values(by_article, lambda f: f.text)) == []
