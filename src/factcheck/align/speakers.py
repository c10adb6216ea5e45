"""Who said it: one quotation that two accounts credit to two different people.

"This is a massacre, man," said Melvin Jackson / "This is a massacre, man," said the victims'
cousin Melvin Powell. The subject is the remark (the same words, one inside the other, at
least SPEAKER_MIN_WORDS words), the attribute its speaker, the time this event. Two accounts
that give it two named speakers pair in slot 'speaker:<fact>|<fact>', with the names beside
the quotations (judged by ``judge.quotes.judge_speaker`` as a low variation).

Only named speakers (a person key and a name of two words or more, not "police"), never two
spellings of one name (``ages.spelling_variant``: name-spelling's), and never where one
account names the other's speaker anywhere: both people are in its story, and the speaker
rule may have read the wrong one of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.align.ages import spelling_variant
from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType
from factcheck.text import squash, words
from factcheck.values import QuoteValue

# A remark of fewer words is more often a stock phrase two people say ("We don't know yet").
SPEAKER_MIN_WORDS = 4


def _speaker(fact: Fact) -> list[str]:
    """The named speaker's name parts, casefolded; [] for a role or an unknown speaker."""
    v = fact.value
    if not isinstance(v, QuoteValue) or not v.speaker_key or not v.speaker:
        return []
    parts = [w for w in v.speaker.replace("’", "'").split() if w[:1].isupper()]
    return [p.casefold().strip(".,") for p in parts] if len(parts) >= 2 else []


def _one_name(a: list[str], b: list[str]) -> bool:
    """Whether two speakers' names are one name, or one spelt two ways."""
    return " ".join(a) == " ".join(b) or spelling_variant(" ".join(a), " ".join(b))


# How far from its quotation the speaker's name is looked for ("..., said Melvin Jackson, a
# cousin").
SPEAKER_REACH = 120


def _speaker_fact(item: ArticleFacts, quote: Fact, name: list[str]) -> Fact | None:
    """The person fact naming the quote's speaker nearest the quotation, if any."""
    near = [
        f
        for f in item.facts
        if f.type == FactType.PERSON
        and f.text.replace("’", "'").split()[-1].casefold().strip(".,") == name[-1]
        and (quote.end <= f.start <= quote.end + SPEAKER_REACH
             or quote.start - SPEAKER_REACH <= f.end <= quote.start)
    ]  # fmt: skip
    return min(
        near, key=lambda f: min(abs(f.start - quote.end), abs(quote.start - f.end)), default=None
    )


def speaker_alignments(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'speaker:<fact>|<fact>' pairs: one remark credited to two named people by two
    accounts; the slot holds the two quotations and, where found, the two names."""
    quotes: list[tuple[Fact, list[str], str]] = []
    by_id = {item.article.id: item for item in members}
    texts = {item.article.id: item.article.text.replace("’", "'").casefold() for item in members}
    for item in members:
        for f in item.facts:
            v = f.value
            if not isinstance(v, QuoteValue) or len(words(v.quote)) < SPEAKER_MIN_WORDS:
                continue
            name = _speaker(f)
            if name:
                quotes.append((f, name, squash(v.quote)))
    pairs: list[tuple[Fact, Fact]] = []
    for i, (a, na, qa) in enumerate(quotes):
        for b, nb, qb in quotes[i + 1 :]:
            if a.article_id == b.article_id or not qa or not qb:
                continue
            if not (qa in qb or qb in qa) or _one_name(na, nb):
                continue
            if na[-1] in texts[b.article_id] or nb[-1] in texts[a.article_id]:
                continue  # an account that names both people: two people of its story
            pairs.append((a, b))
    out = []
    for a, b in pairs:
        names = [_speaker_fact(by_id[q.article_id], q, _speaker(q)) for q in (a, b)]
        facts = (a, b, *(n for n in names if n is not None))
        out.append(
            Alignment(
                slot=f"speaker:{a.id}|{b.id}", kind="quote", event_ids=(event.id,), facts=facts
            )
        )
    return out
