"""A quotation turned around by one word (a negation, a WordNet antonym) pairs across
outlets however short it is; one changed word of another kind does not make a short
remark the same remark."""

from __future__ import annotations

from pathlib import Path

from factcheck.align.quotes import polar_inside
from factcheck.text import words
from passages import findings_of


def test_a_negation_or_an_antonym_turns_one_remark_around() -> None:
    said, misquoted = words("This was an outrageous act"), words("This was not an outrageous act")
    assert polar_inside(said, misquoted)
    assert polar_inside(words("We may never know"), words("We may always know"))
    assert polar_inside(words("It was a fair ruling"), words("It was a unfair ruling"))
    assert polar_inside(words("We can't stop shaking"), words("We can stop shaking"))


def test_another_changed_word_or_a_stock_phrase_is_not_one_remark() -> None:
    assert not polar_inside(words("It was so senseless"), words("It was so deliberate"))
    assert not polar_inside(words("Not now"), words("now"))  # too short to say anything
    assert not polar_inside(words("The family is distraught"), words("The family is grieving"))


def test_a_short_quote_turned_around_by_two_outlets_is_flagged(tmp_path: Path) -> None:
    texts = {
        "a.txt": "City Times\n\nA gunman opened fire outside the Alphaville youth club on "
        'Wednesday night, wounding three teenagers. "This was an outrageous act," Mayor '
        "Lena Ortiz told reporters at the scene, promising more patrols.",
        "b.txt": "Evening News\n\nThree teenagers were wounded when shots rang out near a "
        "youth club in Alphaville late Wednesday. Police have made no arrests. Speaking "
        'at a vigil on Thursday, Ortiz said: "This was not an outrageous act."',
    }
    findings = findings_of(tmp_path, texts)
    flagged = [
        f
        for f in findings
        if f.kind == "quote"
        and f.verdict.value in ("conflict", "variation")
        and any("not an outrageous" in c.text for c in f.claims)
    ]
    assert flagged, [(f.rule, f.title) for f in findings]


def test_two_copies_of_one_story_quoting_one_remark_both_ways_are_flagged(
    tmp_path: Path,
) -> None:
    story = (
        "Two officers were wounded in a shootout outside a clinic in Colorado Springs on "
        "Friday afternoon, and a gunman held the building for five hours before he gave up. "
        "Neighbours watched from their windows as police moved in on the clinic. {quote} "
        "Dan May said at a briefing. The district attorney said charges would follow next week."
    )
    texts = {
        "a.txt": "Wire A\n\n" + story.format(quote='"We can\'t stop shaking,"'),
        "b.txt": "Wire B\n\n" + story.format(quote='"We can stop shaking,"'),
    }
    findings = findings_of(tmp_path, texts)
    assert [f for f in findings if f.rule == "quote-wording"], [(f.rule, f.title) for f in findings]
