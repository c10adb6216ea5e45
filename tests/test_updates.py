"""Breaking news: a toll that rises from report to report is an update, not an outlier; a clock
time no zone can reconcile is flagged even when its zone is not given."""

from __future__ import annotations

from pathlib import Path

from factcheck.pipeline import build_report
from factcheck.values import PercentValue, QuantityValue

REPORTS = {
    "first.txt": (
        "Quake kills dozens\n\n2022-09-05\n\n"
        "At least 30 people were killed when a strong earthquake struck the mountain county "
        "on Monday afternoon, state media said.\n\nRescue teams were sent from the provincial "
        "capital and roads to several villages were blocked by landslides.\n"
    ),
    "second.txt": (
        "Toll climbs after quake\n\n2022-09-05\n\n"
        "Forty-six people have been killed in the earthquake that jolted the mountain county on "
        "Monday, local authorities told a press briefing in the evening.\n\nSixteen people were "
        "missing and more than 50 were injured, officials said.\n"
    ),
    "third.txt": (
        "Quake toll rises to 65\n\n2022-09-06\n\n"
        "A total of 65 people have been killed in the earthquake that hit the mountain county on "
        "Monday, officials said on Tuesday morning.\n\nTremors shook buildings in the provincial "
        "capital, where residents rushed into courtyards.\n"
    ),
}


def _write(tmp_path: Path, texts: dict[str, str]) -> list[str]:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / name) for name in sorted(texts)]


def test_a_toll_rising_with_each_later_report_is_an_update(tmp_path: Path) -> None:
    report = build_report(_write(tmp_path, REPORTS), single_event=True)
    counts = [
        f for f in report.findings if f.kind == "quantity" and f.verdict.value != "corroborated"
    ]
    updated = [f for f in counts if f.rule == "figure-updated"]
    assert updated, [(f.rule, f.title) for f in counts]
    (f,) = updated
    assert f.verdict.value == "variation" and f.severity.value == "low"
    assert "65" in f.title and "latest" in {c.value for c in f.claims}
    assert not [g for g in counts if g.rule in ("majority-outlier", "interval-disjoint")]


def test_a_lower_figure_in_a_later_report_is_still_a_dispute(tmp_path: Path) -> None:
    texts = dict(REPORTS)
    texts["third.txt"] = texts["third.txt"].replace("A total of 65 people", "A total of 12 people")
    report = build_report(_write(tmp_path, texts), single_event=True)
    assert not [f for f in report.findings if f.rule == "figure-updated"]
    assert [f for f in report.findings if f.kind == "quantity" and f.rule == "majority-outlier"]


def test_a_clock_no_zone_can_reconcile_is_flagged_without_its_zone(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Quake hits county\n\nCHENGDU, China (Xinhua) -- The earthquake struck the "
        "mountain county at 12:52 p.m. Monday (Beijing Time), the earthquake center said.\n",
        "b.txt": "Strong quake\n\nCHENGDU, China (AP) -- The earthquake struck the county "
        "at 12:52 p.m. Monday (Beijing Time), seismologists said, shaking tall buildings.\n",
        "c.txt": "Deadly tremor\n\nThe epicentre of the earthquake, which struck at 12:25 pm "
        "local time, was 39 km from the county seat, officials said.\n",
    }
    report = build_report(_write(tmp_path, texts), single_event=True)
    odd = [f for f in report.findings if f.kind == "time" and f.rule == "majority-outlier"]
    assert odd, [(f.kind, f.rule, f.title) for f in report.findings]
    assert "12:25" in odd[0].title


CRASH = {
    "a.txt": "Train derails\n\nThree people were killed when a passenger train hit a dump truck "
    "at a rural crossing and derailed, the highway patrol said.\n",
    "b.txt": "Deadly derailment\n\nFour people were killed after the passenger train struck a "
    "truck at a crossing with no signals and derailed, officials said.\n",
    "c.txt": "Crossing crash\n\nAt least three people were killed when the passenger train "
    "collided with a dump truck at an ungated crossing and derailed, police said.\n",
}


def test_precise_figures_that_differ_are_not_corroborated_through_a_bound(
    tmp_path: Path,
) -> None:
    report = build_report(_write(tmp_path, CRASH), single_event=True)
    counts = [f for f in report.findings if f.kind == "quantity"]
    assert not [f for f in counts if f.verdict.value == "corroborated"], [
        (f.rule, f.title) for f in counts
    ]
    (f,) = [f for f in counts if f.rule == "differ-within-bound"]
    assert f.verdict.value == "variation" and "Three people" in f.title and "Four" in f.title


def test_figures_that_all_agree_stay_corroborated(tmp_path: Path) -> None:
    texts = {k: v.replace("Four people", "Three people") for k, v in CRASH.items()}
    report = build_report(_write(tmp_path, texts), single_event=True)
    counts = [f for f in report.findings if f.kind == "quantity"]
    assert [f for f in counts if f.verdict.value == "corroborated"]
    assert not [f for f in counts if f.rule in ("differ-within-bound", "estimates-spread")]


LANDFALL = {
    "a.txt": "Storm hits coast\n\nThe hurricane made landfall at 3:05 p.m. near the barrier "
    "island, forecasters said, with rain bands reaching far inland.\n",
    "b.txt": "Landfall\n\nForecasters said the storm made landfall at 3:05 p.m. on the barrier "
    "island as a Category 4 hurricane, flooding streets.\n",
    "c.txt": "Hurricane ashore\n\nThe hurricane came ashore on the island, making landfall at "
    "3:10 p.m., the hurricane center said, as residents sheltered.\n",
}


def test_clocks_written_without_a_zone_compare_as_written(tmp_path: Path) -> None:
    report = build_report(_write(tmp_path, LANDFALL), single_event=True)
    odd = [f for f in report.findings if f.kind == "time" and f.rule == "majority-outlier"]
    assert odd and "3:10 p.m." in odd[0].title


def test_a_whole_hour_apart_may_be_another_zone(tmp_path: Path) -> None:
    texts = {k: v.replace("3:10 p.m.", "4:05 p.m.") for k, v in LANDFALL.items()}
    report = build_report(_write(tmp_path, texts), single_event=True)
    assert not [f for f in report.findings if f.kind == "time" and f.verdict.value == "conflict"]


def test_a_change_in_points_and_a_speed_of_travel_have_their_own_slots() -> None:
    from factcheck.align.slots import _unit
    from judge_factory import make_item

    item = make_item(
        "a1",
        "The Fed raised its rate another 0.25 percentage point to 5.5% on Wednesday. "
        "Winds near 150 mph lashed the coast as the storm was moving north at 9 mph.",
        [("percent", "0.25 percentage point", PercentValue(value=0.25)),
         ("percent", "5.5%", PercentValue(value=5.5)),
         ("quantity", "150 mph", QuantityValue(magnitude=150, unit="mile / hour",
                                              dimension="[length] / [time]", si_value=67.0,
                                              si_unit="meter / second")),
         ("quantity", "9 mph", QuantityValue(magnitude=9, unit="mile / hour",
                                            dimension="[length] / [time]", si_value=4.0,
                                            si_unit="meter / second"))],
    )  # fmt: skip
    units = {f.text: _unit(item, f) for f in item.facts if f.type.value in ("percent", "quantity")}
    assert units["0.25 percentage point"] == "percent:change"
    assert units["5.5%"] == "percent"
    assert units["150 mph"] != units["9 mph"]


SENTENCING = {
    "a.txt": "Officer sentenced\n\n2021-06-25\n\nA former police officer was sentenced on "
    "Friday, June 25, 2021, to 22 1/2 years in prison for the murder, a judge ruled in court.\n",
    "b.txt": "Ex-officer gets prison term\n\n2021-06-25\n\nThe judge on Friday, June 25, 2021, "
    "handed the former officer a prison term of 22 1/2 years for the murder of the man.\n",
    "c.txt": "Sentence handed down\n\n2021-06-25\n\nThe former officer who killed the man on "
    "May 25, 2020, was sentenced to 22 1/2 years in prison by the judge in the court.\n",
}


def test_a_lead_recalling_an_earlier_date_is_no_other_date_for_the_event(
    tmp_path: Path,
) -> None:
    report = build_report(_write(tmp_path, SENTENCING), single_event=True)
    dates = [f for f in report.findings if f.kind == "date" and f.verdict.value == "conflict"]
    assert not dates, [f.title for f in dates]


def test_a_named_part_of_a_crew_is_no_other_count_of_it(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Jet crashes\n\nThe airliner carried 144 passengers and six crew when it "
        "crashed in the mountains, the airline said on Tuesday.\n",
        "b.txt": "Plane down\n\nThe plane with 144 passengers and six crew on board went down in "
        "remote mountains on Tuesday, officials said.\n",
        "c.txt": "Airliner lost\n\nThere were 144 passengers, two pilots and four cabin crew on "
        "board when the airliner crashed on Tuesday, the airline said.\n",
    }
    report = build_report(_write(tmp_path, texts), single_event=True)
    bad = [f for f in report.findings if f.kind == "quantity" and "cabin" in f.title]
    assert not bad, [f.title for f in bad]
