"""One day of the event told as morning by some leads and afternoon by others (issue 11),
on passages written here."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of


def _parts(tmp_path: Path, texts: dict[str, str]) -> list[str]:
    return [f.title for f in findings_of(tmp_path, texts) if f.rule == "day-part-differs"]


def test_morning_and_afternoon_of_one_day_differ(tmp_path: Path) -> None:
    found = _parts(
        tmp_path,
        {
            "a.txt": "A gunman killed 20 people at a store in El Paso, Texas, on Saturday "
            "morning, Aug. 3, 2019, police said.",
            "b.txt": "A gunman opened fire at a store in El Paso, Texas, on Saturday afternoon, "
            "Aug. 3, 2019, killing 20 people, police said.",
        },
    )
    assert found == ["Same day, another time of day: “Saturday morning” vs “Saturday afternoon”"]


def test_night_and_morning_are_left_alone(tmp_path: Path) -> None:
    # a shooting at 1 a.m. is told as "Saturday night" and as "early Sunday morning"
    found = _parts(
        tmp_path,
        {
            "a.txt": "Two men were shot outside a bar in Dayton late Saturday night, Aug. 3, "
            "2019, police said.",
            "b.txt": "Two men were shot outside a bar in Dayton on Saturday morning, Aug. 3, "
            "2019, police said.",
        },
    )
    assert found == []


def test_an_afternoon_against_a_clock_time_after_midnight(tmp_path: Path) -> None:
    found = _parts(
        tmp_path,
        {
            "a.txt": "A 15-year-old girl was shot in the head inside her Queens apartment "
            "Friday afternoon, Jan. 8, 2016, according to authorities.",
            "b.txt": "Police say they were alerted to a shooting inside an apartment in Queens "
            "at 12:03 a.m. Friday, Jan. 8, 2016. A 15-year-old girl was shot.",
        },
    )
    assert found == ["Same day, another time of day: “Friday afternoon” vs “12:03 a.m.”"]


def test_early_morning_is_after_midnight(tmp_path: Path) -> None:
    found = _parts(
        tmp_path,
        {
            "a.txt": "Seven people were shot at a nightclub in Chicago early Thursday morning, "
            "Jan. 7, 2016, police said.",
            "b.txt": "Gunfire erupted at a nightclub in Chicago shortly before 1:15 a.m. "
            "Thursday, Jan. 7, 2016, and seven people were shot, police said.",
        },
    )
    assert found == []
