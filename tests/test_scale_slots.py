"""Value slots and their judging at scale (issue 14): one event of thousands of near-identical
accounts costs comparisons per distinct context or value, not per pair of accounts, and
gives what comparing every pair gave."""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Sequence

from factcheck.align.slots import _same_measure, _stars, same_happening
from factcheck.judge.figures import _Backers, numbers_agree
from factcheck.models import Fact, FactType
from factcheck.settings import CONTEXT_MIN_SHARED, NEIGHBOURHOOD_MIN_ARTICLES
from factcheck.values import CountValue

Pool = list[tuple[Fact, frozenset[str]]]
WORDS = ("council", "voted", "plant", "revenue", "cash", "@close", "@vote", "city", "jobs")


def _fact(i: int, article: str, value: float = 5) -> Fact:
    return Fact(
        id=f"{article}.f{i:05d}",
        article_id=article,
        type=FactType.COUNT,
        text=f"{value:g} workers",
        start=i,
        end=i + 9,
        sentence=0,
        value=CountValue(value=value, noun="worker"),
        rule="test",
    )


def _pairwise_stars(pool: Sequence[tuple[Fact, frozenset[str]]]) -> tuple[list, list]:
    """The stars and neighbourhoods as comparing every two figures makes them (the rule
    before issue 14), to check the grouped version against."""
    links: dict[int, dict[int, int]] = defaultdict(dict)
    for i, (fa, ca) in enumerate(pool):
        for j in range(i + 1, len(pool)):
            fb, cb = pool[j]
            if fa.article_id != fb.article_id and _same_measure(ca, cb) and same_happening(ca, cb):
                n = len(ca & cb)
                if n >= CONTEXT_MIN_SHARED:
                    links[i][j] = links[j][i] = n
    order = sorted(
        links,
        key=lambda i: (-len({pool[j][0].article_id for j in links[i]}), -sum(links[i].values()), i),
    )
    used: set[int] = set()
    stars = []
    for centre in order:
        if centre in used:
            continue
        best: dict[str, tuple[int, int]] = {}
        for j, n in sorted(links[centre].items()):
            aid = pool[j][0].article_id
            if j not in used and n > best.get(aid, (0, 0))[0]:
                best[aid] = (n, j)
        if best:
            members = [centre, *(j for _n, j in best.values())]
            used.update(members)
            stars.append([pool[i][0] for i in members])
    size = {f.id: len({g.article_id for g in star}) for star in stars for f in star}
    near = []
    for i, (fact, _ctx) in enumerate(pool):
        if size.get(fact.id, 1) >= NEIGHBOURHOOD_MIN_ARTICLES:
            continue
        best = {}
        for j, n in sorted(links.get(i, {}).items()):
            aid = pool[j][0].article_id
            if size.get(pool[j][0].id, 1) < NEIGHBOURHOOD_MIN_ARTICLES:
                continue
            if n > best.get(aid, (0, 0))[0]:
                best[aid] = (n, j)
        if len(best) + 1 >= NEIGHBOURHOOD_MIN_ARTICLES:
            near.append([fact, *(pool[j][0] for _n, j in best.values())])
    return stars, near


def _ids(groups: Sequence[Sequence[Fact]]) -> list[list[str]]:
    return [sorted(f.id for f in g) for g in groups]


def test_grouped_stars_are_the_pairwise_stars() -> None:
    """Random pools, contexts often repeated (copies) and articles stating several figures:
    the same stars, in the same order, and the same neighbourhoods."""
    for trial in range(1500):
        rng = random.Random(trial)
        articles = rng.randint(1, 9)
        pool: Pool = []
        for i in range(rng.randint(1, 30)):
            ctx = frozenset(rng.sample(WORDS, rng.randint(0, 5)))
            if pool and rng.random() < 0.5:
                ctx = rng.choice(pool)[1]
            pool.append((_fact(i, f"a{rng.randint(1, articles)}"), ctx))
        want_stars, want_near = _pairwise_stars(pool)
        stars, near = _stars(pool)
        assert _ids(stars) == _ids(want_stars), trial
        assert _ids(near) == _ids(want_near), trial


def test_one_event_of_five_thousand_accounts_is_one_star_quickly() -> None:
    """5,000 accounts of one meeting told in two ways: one star holding every article, in
    well under a second (comparing every pair took minutes)."""
    told = (frozenset(("council", "voted", "plant")), frozenset(("council", "voted", "jobs")))
    pool: Pool = [(_fact(i, f"a{i:05d}"), told[i % 2]) for i in range(5000)]
    t0 = time.perf_counter()
    stars, near = _stars(pool)
    assert time.perf_counter() - t0 < 5
    assert [len(s) for s in stars] == [5000]
    assert near == []


def test_backers_count_sources_as_comparing_every_pair() -> None:
    """Independent sources backing each figure, counted per distinct value: the same as
    collecting, for every figure, the sources of every figure agreeing with it."""
    for trial in range(300):
        rng = random.Random(trial)
        facts = [
            _fact(i, f"a{i}", rng.choice((100, 101, 120, 150, 400)))
            for i in range(rng.randint(2, 40))
        ]
        src = {f.id: f"s{rng.randint(1, 6)}" for f in facts}
        backers = _Backers(facts, src, numbers_agree)
        for f in facts:
            want = {src[f.id]} | {
                src[o.id] for o in facts if src[o.id] != src[f.id] and numbers_agree(f, o)
            }
            assert backers.count(f) == len(want)
            assert backers.sources(f) == want
        majority = facts[0]
        agrees = backers.agreeing(majority)
        assert [agrees(f) for f in facts] == [numbers_agree(f, majority) for f in facts]
