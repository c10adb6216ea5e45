"""What a measure is of, when its own words name it (issue 11), on passages written here: a
depth is compared with depths ("at a depth of 10 km" / "18.5 km deep"), never with a
distance from a town told in the same sentence; WordNet names the measures."""

from __future__ import annotations

from pathlib import Path

from factcheck.align.slots import measure_of
from factcheck.judge.values import interval
from factcheck.lexicon import measure
from factcheck.models import Fact, FactType
from factcheck.values import QuantityValue
from passages import findings_of

LEAD = "A powerful earthquake struck the mountains south of the city late on Friday. "


def _depth_findings(tmp_path: Path, b_depth: str) -> list[tuple[str, ...]]:
    texts = {
        "a.txt": LEAD + "The epicentre was 71 km south-west of Marrakesh, at a depth of 18.5 km, "
        "the survey said.",
        "b.txt": LEAD + f"The quake struck at about 11:11 p.m. local time {b_depth}, the "
        "monitoring centre said.",
        "c.txt": LEAD + "The quake was 18.5 km deep and its epicentre lay 72 km from Marrakesh, "
        "officials said.",
    }
    return [
        tuple(sorted(c.text for c in f.claims))
        for f in findings_of(tmp_path, texts)
        if f.kind == "quantity" and f.verdict.value in ("conflict", "variation")
    ]


def test_another_depth_is_flagged_against_the_depths(tmp_path: Path) -> None:
    found = _depth_findings(tmp_path, "at a depth of 10 kilometers")
    assert any("10 kilometers" in claims and "18.5 km" in claims for claims in found)
    # the depth is never set against the distance from the town
    assert not any("71 km" in claims or "72 km" in claims for claims in found)


def test_one_depth_told_alike_is_no_finding(tmp_path: Path) -> None:
    assert _depth_findings(tmp_path, "at a depth of 18.5 kilometres") == []


def test_wordnet_names_the_measures() -> None:
    assert measure("depth") == measure("deep") == measure("depths") == "depth"
    assert measure("tall") == measure("height") == measure("altitude") == "height"
    assert measure("far") == "distance"
    assert measure("magnitude") is None
    assert measure("people") is None


def _fact(text: str, start: int, end: int, value: QuantityValue) -> Fact:
    return Fact(
        id="f1",
        article_id="a",
        type=FactType.QUANTITY,
        text=text[start:end],
        start=start,
        end=end,
        sentence=0,
        rule="quantity",
        value=value,
    )


def test_measure_of_reads_the_words_beside_a_figure() -> None:
    km = QuantityValue(
        magnitude=10, unit="kilometer", si_value=10_000, si_unit="meter", dimension="[length]"
    )
    text = "The tower, 310 metres tall, stands 72 km southwest of Marrakech."
    tall = _fact(text, text.index("310"), text.index(" tall"), km)
    away = _fact(text, text.index("72"), text.index(" southwest"), km)
    assert measure_of(text, tall) == "height"
    assert measure_of(text, away) == measure_of(
        "It lies 71 km from Marrakesh.", _fact("It lies 71 km from Marrakesh.", 8, 13, km)
    )


def test_a_hedged_measure_is_read_to_its_written_digits() -> None:
    text = "The epicentre was some 77 kilometers away."
    v = QuantityValue(
        magnitude=77, unit="kilometer", si_value=77_000, si_unit="meter", dimension="[length]",
        hedge="some", low=65_450, high=88_550,
    )  # fmt: skip
    low, high = interval(_fact(text, text.index("some"), text.index(" away"), v)) or (0, 0)
    assert 76_000 < low < 77_000 < high < 78_000  # 72 km is another distance
    round_ = v.model_copy(
        update={"magnitude": 70, "si_value": 70_000, "low": 59_500, "high": 80_500}
    )
    text70 = "The epicentre was some 70 kilometers away."
    f70 = _fact(text70, text70.index("some"), text70.index(" away"), round_)
    assert interval(f70) == (59_500, 80_500)  # a multiple of five stays a round estimate


def test_a_distance_west_of_a_place_named_by_its_kind() -> None:
    km = QuantityValue(
        magnitude=150, unit="kilometer", si_value=150_000, si_unit="meter", dimension="[length]"
    )
    a = "The epicentre was about 150km west of the capital, Port-au-Prince."
    b = "It struck about 78 miles west of the capital on Saturday."
    fa = _fact(a, a.index("about"), a.index(" west"), km)
    fb = _fact(b, b.index("about"), b.index(" west"), km)
    assert measure_of(a, fa) == measure_of(b, fb) == "distance from capita"
    # without a compass direction a kind of place is no measure ("10 miles from the scene")
    c = "He was found 10 miles from the scene."
    assert measure_of(c, _fact(c, c.index("10"), c.index(" from"), km)) is None


def _directions(tmp_path: Path, a: str, b: str) -> list[list[str]]:
    found = findings_of(tmp_path, {"a.txt": LEAD + a, "b.txt": LEAD + b})
    return [sorted(c.text for c in f.claims) for f in found if f.rule == "direction-differs"]


def test_opposite_directions_from_one_town_are_a_variation(tmp_path: Path) -> None:
    # "72km" glued to its unit is read as a distance too
    found = _directions(
        tmp_path,
        "The survey put the epicentre 72km southwest of Marrakech, at a shallow depth.",
        "The epicentre was about 72km (44 miles) northeast of Marrakesh, the survey said.",
    )
    assert found == [["72km", "about 72km (44 miles)"]]


def test_near_directions_and_two_places_from_one_town_are_not(tmp_path: Path) -> None:
    assert (
        _directions(
            tmp_path,
            "The survey put the epicentre 72km southwest of Marrakech, at a shallow depth.",
            "The epicentre was 71 km south of Marrakesh, the survey said.",
        )
        == []
    )
    (tmp_path / "two").mkdir()
    # an account that locates a village and the epicentre from one town gives no key
    assert (
        _directions(
            tmp_path / "two",
            "In the village of Moulay, 40km north of Marrakech, houses fell. The epicentre "
            "was 72 km southwest of Marrakech.",
            "The epicentre was 72 km southwest of Marrakesh, the survey said.",
        )
        == []
    )


def test_a_figure_with_two_digits_is_rounded_less() -> None:
    """ "about two hours" may be 1 h 45 min; "about 125 km" is not 140 km: a figure written
    with a second significant digit was rounded less, so "about" opens a narrower interval."""
    from factcheck.numbers import hedge_interval

    assert hedge_interval(120.0, "about", written=2.0) == (105.0, 135.0)
    low, high = hedge_interval(125.0, "about", written=125.0)
    assert high < hedge_interval(150.0, "about", written=150.0)[0] and 116 < low < 117


def test_two_distances_from_the_capital_differ(tmp_path: Path) -> None:
    texts = {
        "a.txt": LEAD + "The epicentre was about 125 kilometres west of the capital, the "
        "survey said.",
        "b.txt": LEAD + "The quake struck about 150 km west of the capital, officials said.",
    }
    found = [
        {c.text for c in f.claims}
        for f in findings_of(tmp_path, texts)
        if f.kind == "quantity" and f.verdict.value in ("conflict", "variation")
    ]
    assert {"about 125 kilometres", "about 150 km"} in found, found


def test_a_distance_from_a_named_town_needs_no_other_words_in_common(tmp_path: Path) -> None:
    # the two sentences share nothing but the measure their own words name
    texts = {
        "a.txt": LEAD + "Rescuers reached the wreck near Tempe, about 380 miles north of Athens.",
        "b.txt": LEAD + "Two trains collided head-on in the valley, some 380 kilometres north "
        "of Athens, officials said.",
    }
    found = [
        {c.text for c in f.claims}
        for f in findings_of(tmp_path, texts)
        if f.kind == "quantity" and f.verdict.value in ("conflict", "variation")
    ]
    assert {"about 380 miles", "some 380 kilometres"} in found, found
