"""The one sum of a kind each account gives (a fine, bail, a ransom), compared whatever words
stand around it: the kind is read from WordNet (``lexicon.possession``: a noun whose first
sense is a possession, or a verb of its lemma, "fined"), on passages written here (issue 11:
"a fine" was among the missed real discrepancies)."""

from __future__ import annotations

from pathlib import Path

from factcheck.align.slots import sum_word
from factcheck.extract import extract_facts
from factcheck.lexicon import possession
from factcheck.models import Article, FactType, Verdict
from passages import findings_of


def _sums(tmp_path: Path, *bodies: str) -> list[tuple[str, str, set[str]]]:
    outlets = ("Daily Star", "Channel 8", "The Courier")
    found = findings_of(
        tmp_path,
        {
            f"{chr(97 + k)}.txt": f"{outlets[k]}\n\nFund manager sentenced\n\n{body}\n"
            for k, body in enumerate(bodies)
        },
    )
    return [
        (f.verdict.value, f.rule, {c.text for c in f.claims})
        for f in found
        if f.verdict in (Verdict.CONFLICT, Verdict.VARIATION)
    ]


def test_wordnet_says_which_words_tell_what_a_sum_is() -> None:
    assert all(possession(w) for w in ("fine", "fined", "fines", "bail", "ransom", "damages"))
    assert not any(possession(w) for w in ("investors", "sentenced", "prison", "million"))


def test_the_word_saying_what_a_sum_is_stands_before_or_after_it() -> None:
    text = (
        "The judge ordered him to pay a $2.5 million fine. Saris also fined him $3 million. "
        "She imposed a fine of $2 million. Bail has been set at $130,000. "
        "He was held on $5,000 cash bail. AMD paid $4.2 billion in cash. "
        "He defrauded investors of $43 million."
    )
    item = extract_facts(Article(id="a1", source="a1.txt", format="txt", text=text))
    sums = {f.text: sum_word(item, f) for f in item.facts if f.type == FactType.MONEY}
    assert sums == {
        "$2.5 million": "fine",
        "$3 million": "fined",
        "$2 million": "fine",
        "$130,000": "bail",
        "$5,000": "bail",
        "$4.2 billion": "",
        "$43 million": "",
    }


def test_one_fine_told_in_other_words_is_a_variation(tmp_path: Path) -> None:
    found = _sums(
        tmp_path,
        "A former fund manager who cheated investors was sentenced Thursday to nine years "
        "in prison and ordered to pay a $2.5 million fine.",
        "Judge Patti Saris imposed a fine of $2 million on the Wellesley money manager, who "
        "was sentenced on Thursday.",
    )
    assert ("variation", "interval-disjoint", {"$2.5 million", "$2 million"}) in found


def test_bail_set_at_and_held_on_bail_are_one_sum(tmp_path: Path) -> None:
    found = _sums(
        tmp_path,
        "The mother was charged with child endangerment. She was being held on $310,000 bail.",
        "The mother faces a charge of endangering the welfare of a child. Bail has been set "
        "at $130,000.",
    )
    assert ("variation", "interval-disjoint", {"$310,000", "$130,000"}) in found


def test_the_same_fine_in_other_words_is_no_finding(tmp_path: Path) -> None:
    found = _sums(
        tmp_path,
        "The fund manager was sentenced Thursday and ordered to pay a $2.5 million fine.",
        "Judge Patti Saris also fined him $2.5 million when she sentenced him Thursday.",
    )
    assert found == []


def test_an_account_giving_two_bails_tells_two_people(tmp_path: Path) -> None:
    found = _sums(
        tmp_path,
        "The two brothers were arraigned Monday. One was held on $20,000 bail and the other "
        "on $50,000 bail.",
        "The brothers were arraigned Monday in the shooting. Bail was set at $40,000.",
    )
    assert found == []


def test_a_fine_of_an_earlier_occasion_is_not_this_one(tmp_path: Path) -> None:
    found = _sums(
        tmp_path,
        "The operator was fined $2 million on Tuesday over the collapse.",
        "The operator, which paid a $500,000 fine in 2019 for safety breaches, was sanctioned "
        "again on Tuesday over the collapse.",
    )
    assert found == []
