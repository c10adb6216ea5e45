"""A share read to the digits it is written with (issue 11), on passages written here:
"about 58%" is a rounding of 57.5 to 58.5, so 57.13 percent is another figure; "about 60%"
is a round estimate that 57.13 percent fits."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Finding
from passages import findings_of

WON = "Election desk\n\nTsai Ing-wen won a second term as Taiwan's president on Saturday. "


def _share_flags(found: list[Finding]) -> list[str]:
    return [
        " | ".join(c.text for c in f.claims)
        for f in found
        if f.verdict.value in ("conflict", "variation") and f.kind == "percent"
    ]


def _accounts(share: str) -> dict[str, str]:
    said = "million votes in the presidential election, or {} of the total, officials said."
    return {
        "a.txt": WON
        + "As of 9:30 pm the Democratic Progressive Party leader had won 8.1 "
        + said.format("57.13 percent"),
        "b.txt": WON + "Her rival trailed far behind. Tsai won 8.2 " + said.format("57.13%"),
        "c.txt": WON
        + "In a landslide she beat the Kuomintang candidate, winning 8.2 "
        + said.format(share),
    }


def test_a_rounded_share_that_the_exact_figure_does_not_round_to(tmp_path: Path) -> None:
    flags = _share_flags(findings_of(tmp_path, _accounts("about 58%")))
    assert any("about 58%" in texts for texts in flags), flags


def test_a_round_estimate_fits_the_exact_figure(tmp_path: Path) -> None:
    assert _share_flags(findings_of(tmp_path, _accounts("about 60%"))) == []
