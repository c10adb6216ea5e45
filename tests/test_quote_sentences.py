"""Two long quotes of one remark that share one sentence told a word apart (issue 11), on
passages written here: the sentence pair is compared, not the whole quotes."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of

LEAD = "A singer was sentenced to 30 years in prison in New York on Wednesday. "


def test_one_sentence_told_a_word_apart_inside_two_long_quotes(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + 'One woman told the court: "You never cared. I avoided your songs '
            'for years. What you did left a permanent stain on my life."',
            "b.txt": LEAD + 'A victim said, "I do not know if I will ever be whole. What you '
            "did has left a permanent stain on my life that I will never wash away. I hope "
            'you stay in jail."',
        },
    )
    (f,) = [f for f in found if f.rule == "quote-wording"]
    texts = {c.text for c in f.claims}
    assert "What you did left a permanent stain on my life." in texts
    assert any(t.startswith("What you did has left a permanent stain") for t in texts)
    # the claims are the sentences, not the whole quotes
    assert not any("avoided" in t or "whole" in t for t in texts)


def test_a_sentence_told_alike_pairs_nothing(tmp_path: Path) -> None:
    found = findings_of(
        tmp_path,
        {
            "a.txt": LEAD + 'One woman told the court: "You never cared. What you did left a '
            'permanent stain on my life."',
            "b.txt": LEAD + 'A victim said, "What you did left a permanent stain on my life. '
            'I hope you stay in jail for the rest of your days."',
        },
    )
    assert not [f for f in found if f.rule == "quote-wording"]
