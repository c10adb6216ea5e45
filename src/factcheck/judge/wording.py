"""Words of the texts for finding titles: what a figure or a key phrase is about, as written.

Slot keys (align) are made for matching: sorted lower-case context words, happening classes
('@attack'), content-word bigrams ("able use"). A title shows the same thing in an outlet's
own words instead: the words of one sentence that carry the key, in the order written
("Israeli … shelling", "able to use"). Titles are presentation only; no finding id reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from factcheck.context import figure_context, figure_window
from factcheck.models import ArticleFacts, Fact
from factcheck.text import HAPPENINGS, WORD_RE, content_words

# How a fact type is named in a title ("differs on the number in ...").
NOUNS = {
    "count": "number",
    "quantity": "quantity",
    "money": "amount",
    "percent": "percentage",
    "date": "date",
    "time": "time",
    "duration": "duration",
    "place": "place",
}
# At most this many words of one sentence are quoted; further apart, the words are shown
# with "…" between them.
MAX_SPAN_WORDS = 8
_QUOTE_MARKS = re.compile(r"[\"“”„«»]")


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, content word or '') of each word token in text[lo:hi]."""
    out = []
    for m in WORD_RE.finditer(text, lo, hi):
        found = content_words(m.group(0))
        out.append((m.start(), m.end(), found[0] if len(found) == 1 else ""))
    return out


def _as_written(text: str, picks: Sequence[tuple[int, int]], fact: Fact | None) -> str:
    """The picked word spans joined as written: one stretch when they are close, else the
    words with '…' between them; the figure itself is cut out ('…')."""
    picks = sorted(set(picks))
    parts: list[str] = []
    last_end = -1
    for start, end in picks:
        if parts:
            gap = text[last_end:start]
            figure_between = fact is not None and last_end <= fact.start < start
            if len(WORD_RE.findall(gap)) <= 2 and not figure_between and "\n" not in gap:
                parts[-1] += gap + text[start:end]
                last_end = end
                continue
            parts.append("…")
        parts.append(text[start:end])
        last_end = end
    phrase = " ".join(parts)
    # Quotation marks of the sentence would stand unpaired inside the title's own quotes.
    return re.sub(r"\s+", " ", _QUOTE_MARKS.sub("", phrase)).strip(" ,;:")


def figure_phrase(items: dict[str, ArticleFacts], facts: Sequence[Fact]) -> str | None:
    """The context words all ``facts`` share, as one article writes them near its figure
    ("refugees … Yida"); a happening class shows as the happening word written there
    ("Israeli … shelling"). None when they share no word."""
    contexts = [figure_context(items[f.article_id], f) for f in facts if f.article_id in items]
    if not contexts:
        return None
    shared = frozenset.intersection(*contexts)
    for fact in facts:
        item = items.get(fact.article_id)
        if item is None:
            continue
        phrase = _phrase_near(item, fact, shared)
        if phrase:
            return phrase
    return None


def _phrase_near(item: ArticleFacts, fact: Fact, shared: frozenset[str]) -> str | None:
    text = item.article.text
    lo, hi = figure_window(item, fact)
    wanted = {w for w in shared if not w.startswith("@")}
    classes = {w[1:] for w in shared if w.startswith("@")}
    best: dict[str, tuple[int, int, int]] = {}
    for start, end, word in _tokens(text, lo, hi):
        if fact.start <= start < fact.end:
            continue
        key = word if word in wanted else None
        raw = text[start:end].lower()
        if key is None and HAPPENINGS.get(raw) in classes:
            key = "@" + HAPPENINGS[raw]
        if key is None:
            continue
        dist = fact.start - end if end <= fact.start else start - fact.end
        if key not in best or dist < best[key][0]:
            best[key] = (dist, start, end)
    if not best:
        return None
    nearest = sorted(best.values())[:4]
    return _as_written(text, [(s, e) for _d, s, e in nearest], fact) or None


def what_figure(items: dict[str, ArticleFacts], facts: Sequence[Fact], kind: str) -> str:
    """'the number in “refugees … Yida”', or 'the number' when the figures share no word."""
    noun = NOUNS.get(kind, kind)
    phrase = figure_phrase(items, facts)
    return f"the {noun} in “{phrase}”" if phrase else f"the {noun}"


def key_as_written(texts: Iterable[str], key: str) -> str:
    """A key of content words ("able use") as a text writes it ("able to use"): the first
    stretch of a text where the key's words follow one another, stopwords kept; the key
    itself when no text has it in that order."""
    wanted = key.split()
    if not wanted:
        return key
    for text in texts:
        toks = _tokens(text, 0, len(text))
        content = [t for t in toks if t[2]]
        for k in range(len(content) - len(wanted) + 1):
            if [t[2] for t in content[k : k + len(wanted)]] == wanted:
                start, end = content[k][0], content[k + len(wanted) - 1][1]
                if len(WORD_RE.findall(text[start:end])) <= MAX_SPAN_WORDS:
                    return re.sub(r"\s+", " ", _QUOTE_MARKS.sub("", text[start:end]))
    return key
