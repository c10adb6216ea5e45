"""One remark quoted in other words by two outlets (issue 11), on passages written here: a
long run of words in common, or words dropped from inside a quote without an ellipsis, pair
the two sentences; a name in common does not, and an editor's bracketed insertion or an
abbreviation is not another wording."""

from __future__ import annotations

from pathlib import Path

from factcheck.align.quotes import same_remark, surname_keys
from factcheck.judge.quotes import only_abbreviations
from factcheck.text import words
from passages import findings_of

LEAD = "The president won a second term in the election on Saturday. "


def _wordings(tmp_path: Path, a: str, b: str) -> list[str]:
    found = findings_of(tmp_path, {"a.txt": LEAD + a, "b.txt": LEAD + b})
    return [c.text for f in found if f.rule == "quote-wording" for c in f.claims]


def test_one_remark_ending_in_other_words_is_a_wording(tmp_path: Path) -> None:
    texts = _wordings(
        tmp_path,
        'Declaring victory, Ms Lin told supporters: "The island is showing the world how '
        'much we cherish our free way of life and how much we love our nation."',
        '"The island is showing the world how much we are sharing democracy," she told the '
        "foreign press.",
    )
    assert any(t.startswith("The island is showing the world how much we cherish") for t in texts)
    assert any("sharing democracy" in t for t in texts)


def test_words_dropped_inside_a_quote_without_an_ellipsis(tmp_path: Path) -> None:
    texts = _wordings(
        tmp_path,
        '"I do not know if I will ever be whole. You are a liar, you are cruel, you are '
        'heartless and you are selfish," a victim told the judge.',
        '"You are a liar, cruel, heartless," she told the judge in the packed courtroom.',
    )
    assert any(t.rstrip(",") == "You are a liar, cruel, heartless" for t in texts)
    assert any(t.startswith("You are a liar, you are cruel") for t in texts)


def test_quotes_sharing_only_a_name_are_not_one_remark() -> None:
    a = words("They work with the Springfield County Police Department on safety plans for events.")
    b = words("I commend the Springfield County Police Department and all of the first responders.")
    assert not same_remark(a, b)


def test_an_ellipsis_marks_words_left_out() -> None:
    short = "You are a liar ... heartless."
    long_ = "You are a liar, you are cruel, you are heartless and you are selfish."
    assert not same_remark(words(short), words(long_), short)
    assert same_remark(words("You are a liar, cruel, heartless."), words(long_), "x")


def test_bracketed_insertions_and_abbreviations_are_not_wording(tmp_path: Path) -> None:
    texts = _wordings(
        tmp_path,
        '"For decades three families ran the state of Jammu and Kashmir for years. The leader '
        '[Ghulam Azad] said it was not true," the minister said in parliament.',
        '"For decades three families ran the state of J&K for yrs. The leader (GN Azad) said '
        'it was not true," the minister said in the upper house.',
    )
    assert texts == []


def test_abbreviations() -> None:
    assert only_abbreviations(
        words("looted J&K for yrs"), words("looted Jammu and Kashmir for years")
    )
    assert only_abbreviations(words("the govt said"), words("the government said"))
    # a negation dropped or another word is not an abbreviation
    assert not only_abbreviations(words("it was no crime"), words("it was not crime"))
    assert not only_abbreviations(words("he said so"), words("here said so"))
    assert not only_abbreviations(words("the same"), words("the same"))


def test_nearly_all_words_in_another_order_are_one_remark() -> None:
    short = words("It is a horrendous act that unfortunately hurt many people.")
    long_ = words(
        "It is a horrendous act that hurt so many people and, God willing, nobody will die."
    )
    assert same_remark(short, long_, "x")
    # two remarks sharing a few words are not one
    assert not same_remark(
        words("The mayor said the act hurt many people in the city."),
        words("Many people in the city came out to see the parade on Sunday."),
        "x",
    )


def test_a_speaker_named_by_family_name_alone_is_the_one_named_in_full(tmp_path: Path) -> None:
    texts = _wordings(
        tmp_path,
        'President Donald Trump told reporters: "We had some options and this time we decided '
        'not to do any of the options."',
        "The talks ended early, with U.S. President Trump saying he could not agree. "
        '"We had some options, and at this time we chose to do none of the options," he said.',
    )
    assert sorted(t.strip('"“”')[:30] for t in texts) == [
        "We had some options and this t",
        "We had some options, and at th",
    ]


def test_a_family_name_two_people_share_keys_neither() -> None:
    assert surname_keys(["don trump", "trump", "melania trump", "kim"]) == {}
    assert surname_keys(["don trump", "trump", "jong-un kim", "kim"]) == {
        "trump": "don trump",
        "kim": "jong-un kim",
    }


def test_a_speaker_written_by_one_word_meets_the_one_named_in_full(tmp_path: Path) -> None:
    texts = _wordings(
        tmp_path,
        'President Donald Trump told reporters: "We had some options and this time we decided '
        'not to do any of the options."',
        "The talks ended early and the leaders left Hanoi. "
        '"We had some options, and at this time we chose to do none of the options," said Trump.',
    )
    assert len(texts) == 2


def test_a_remark_in_another_tense_is_one_remark_worded_differently(tmp_path: Path) -> None:
    """ "this all circles back to you" / "this has all circled back to you": inflections of
    one word (WordNet's concept) and one word added are one remark, quoted differently."""
    texts = _wordings(
        tmp_path,
        'Judge Steven Smith told him: "Mr. Jones, this all circles back to you, sir."',
        'The sentence came after the words "It is time for justice, Mr. Jones, this has all '
        'circled back to you, sir" in the packed courtroom.',
    )
    assert any(t.strip('"“”').startswith("Mr. Jones, this all circles back") for t in texts)
    assert any("this has all circled back" in t for t in texts)


def test_a_short_whole_quote_changed_by_one_word_is_a_wording(tmp_path: Path) -> None:
    texts = _wordings(
        tmp_path,
        '"It was a national tragedy," President Ana Lin told reporters at her party office.',
        'Speaking outside the palace, President Ana Lin said: "It was a national disaster."',
    )
    assert len(texts) == 2 and any("tragedy" in t for t in texts)


def test_a_stock_phrase_of_three_words_is_no_remark(tmp_path: Path) -> None:
    texts = _wordings(
        tmp_path,
        '"We are delighted," President Ana Lin told reporters at her party office.',
        'Speaking outside the palace, President Ana Lin said: "We are relieved."',
    )
    assert texts == []


def test_a_three_word_fragment_with_a_content_word_in_common_is_a_wording(
    tmp_path: Path,
) -> None:
    texts = _wordings(
        tmp_path,
        'President Ana Lin described the meeting as "frank and constructive."',
        '"The talks were good," President Ana Lin said, calling them "frank and productive."',
    )
    assert any("constructive" in t for t in texts)
