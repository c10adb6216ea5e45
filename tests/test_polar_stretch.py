"""A negation inside a stretch two quotes share turns the remark around, however the rest of
the quotes differ (align.quotes.polar_stretch), on passages written here (issue 11: "a shared
quotation with 'it was a fair ruling' vs 'it was an unfair ruling'")."""

from __future__ import annotations

from pathlib import Path

from factcheck.align.quotes import negation_windows, polar_stretch
from passages import findings_of


def _w(text: str) -> list[str]:
    return text.casefold().split()


def test_a_negation_in_a_shared_stretch_is_found() -> None:
    a = _w("taiwan is not showing the world how much we cherish our free way of life")
    b = _w("taiwan is showing the world how much we are sharing democracy")
    assert polar_stretch(a, b) and polar_stretch(b, a)


def test_both_negated_or_too_little_shared_is_not() -> None:
    a = _w("taiwan is not showing the world how much we cherish our way of life")
    b = _w("taiwan is not showing the world how much we are sharing democracy")
    assert not polar_stretch(a, b)  # both say "not"
    assert not polar_stretch(_w("we will not stop now"), _w("we will stop the war now"))
    assert negation_windows(_w("not at all")) == []  # no two words before it


def test_two_accounts_quoting_one_remark_turned_around(tmp_path: Path) -> None:
    lead = "President Tsai Ing-wen won a second term in Taiwan's election on Saturday. "
    found = findings_of(
        tmp_path,
        {
            "a.txt": lead + 'Declaring victory, Ms Tsai told supporters: "Taiwan is not '
            'showing the world how much we cherish our free democratic way of life."',
            "b.txt": lead + 'Tsai said: "Taiwan is showing the world how much we are sharing '
            'democracy, and we will keep doing so."',
        },
    )
    quotes = [f for f in found if f.kind == "quote" and f.verdict.value == "variation"]
    assert quotes, [(f.rule, f.title) for f in found]
