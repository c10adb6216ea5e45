"""Clock times of one happening (judge.values.judge_time), on passages written here (issue 11,
deliverable 5): a clock written with no zone takes the zone the other outlets give; a bound
("after 9 p.m.") is no moment; a hedged time within rounding of the agreed one agrees."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of

ZONED = (
    "SHREVEPORT, La. — One man was killed and three were wounded in a shooting outside a "
    "grocery store. The shooting happened {clock} on Jan. 29, 2017, on Hearne Avenue, police "
    "said. Officers found the man in the lot."
)
PLAIN = (
    "A man killed in a shooting at a County Market {clock} Sunday, Jan. 29, 2017, has "
    "been named. Police said three other men were wounded in the shooting."
)
# An account that also writes the other clock elsewhere ("Officers were called just after 2:00
# a.m."): the clock-happening pairs leave it alone, the happening's slot compares its lead.
PLAIN_BOTH = PLAIN + " Officers were called to the lot just after 2:00 a.m. that day."


def _time_flags(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, set[str]]]:
    return [
        (f.rule, {c.text for c in f.claims})
        for f in findings_of(tmp_path, texts)
        if f.kind == "time" and f.verdict.value in ("conflict", "variation")
    ]


def test_a_clock_with_no_zone_takes_the_zone_of_the_other_outlet(tmp_path: Path) -> None:
    flags = _time_flags(
        tmp_path,
        {
            "a.txt": ZONED.format(clock="just after 2:00 a.m."),
            "b.txt": PLAIN_BOTH.format(clock="about 2:30am"),
        },
    )
    assert ("utc-differs", {"2:00 a.m.", "2:30am"}) in flags


def test_the_same_clock_with_and_without_a_zone_agrees(tmp_path: Path) -> None:
    flags = _time_flags(
        tmp_path,
        {
            "a.txt": ZONED.format(clock="just after 2:00 a.m."),
            "b.txt": PLAIN.format(clock="shortly after 2 a.m."),
        },
    )
    assert flags == []


def test_a_bound_is_no_moment(tmp_path: Path) -> None:
    permit = (
        "Under its permit, the club where the shooting took place could not admit anyone under "
        "21 after 9 p.m., according to a city report."
    )
    flags = _time_flags(tmp_path, {"a.txt": ZONED.format(clock="at 3:01 a.m."), "b.txt": permit})
    assert not any("9 p.m." in claims for _, claims in flags)


def test_a_hedged_time_within_rounding_is_no_outlier(tmp_path: Path) -> None:
    texts = {
        "a.txt": (
            "PERRIS, Calif. — Police are investigating a fatal shooting outside a restaurant in "
            "the 2900 block of Perris Boulevard about 1:50 a.m. on Jan. 29, 2017, "
            "according to a police report. The victim died at a hospital."
        ),
        "b.txt": (
            "PERRIS, Calif. — A man was shot dead outside a restaurant early Sunday. According "
            "to the police department, the shooting took place around 1:50 a.m. on Jan. 29, "
            "2017, in the 2900 block of Perris Boulevard. Nobody has been arrested."
        ),
        "c.txt": (
            "A sheriff's spokesman said deputies are looking for the gunman. The shooting was "
            "reported as the business was closing shortly before 2 a.m. on Jan. 29, 2017, in "
            "the 2900 block of Perris Boulevard, in Riverside County, California."
        ),
    }
    assert _time_flags(tmp_path, texts) == []
