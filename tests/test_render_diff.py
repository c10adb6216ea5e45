"""Word-level diff: exact text is kept, and the right words are marked."""

from __future__ import annotations

from factcheck.render.diff import diff_segments, plain, reference_segments, shared_ratio


def test_changed_words_are_marked_and_text_kept() -> None:
    ref = "drastically strengthen its defense capabilities"
    other = "fundamentally reinforce its defense capabilities"
    segs = diff_segments(ref, other)
    assert plain(segs) == other
    assert segs[0] == ("fundamentally reinforce", "changed")
    assert segs[-1] == (" its defense capabilities", "")


def test_missing_and_added_words() -> None:
    segs = diff_segments("double defense spending to 2% of GDP", "double defense spending")
    assert ("to 2% of GDP", "missing") in segs
    assert plain(segs) == "double defense spending"
    segs = diff_segments("been closer", "been much closer")
    assert ("much", "added") in segs


def test_insert_beside_replace_is_one_changed_phrase() -> None:
    segs = diff_segments("BALI, Indonesia", "Phnom Penh, Cambodia")
    assert segs == [("Phnom Penh, Cambodia", "changed")]


def test_punctuation_is_not_a_difference() -> None:
    segs = diff_segments(
        "received strong support from President Biden,",
        "received strong support from President Biden.",
    )
    assert segs == [("received strong support from President Biden.", "")]


def test_case_is_ignored_and_identical_text_is_plain() -> None:
    assert diff_segments("Joe Biden said", "joe biden said") == [("joe biden said", "")]


def test_reference_marks_words_any_other_changes() -> None:
    segs = reference_segments("in defense spending", ["of defense budget", "in defense spending"])
    assert segs == [("in", "changed"), (" defense ", ""), ("spending", "changed")]
    assert plain(segs) == "in defense spending"


def test_cjk_and_empty_texts() -> None:
    assert plain(diff_segments("岸田文雄首相", "岸田首相")) == "岸田首相"
    assert diff_segments("", "abc") == [("abc", "added")]
    assert diff_segments("x", "") == [("x", "missing")]


def test_shared_words_stay_aligned() -> None:
    ref = "increasing defense spending over the next five years to $313 billion"
    segs = diff_segments(ref, "double defense spending to 2% of GDP")
    assert segs == [
        ("double", "changed"),
        (" defense spending", ""),
        ("over the next five years", "missing"),
        (" to ", ""),
        ("2% of GDP", "changed"),
    ]


def test_shared_ratio() -> None:
    assert shared_ratio("a b c", "a b c") == 1.0
    assert shared_ratio("a b c", "x y z") == 0.0
    assert shared_ratio("", "") == 1.0
    assert (
        0.3
        < shared_ratio("drastically strengthen its defense", "fundamentally reinforce its defense")
        < 0.6
    )
