"""Name-like words of an article: the batch-independent half of clustering's term weights.

Clustering weights words by how rare they are, and the only frequencies it has at run time
are the input batch's. When every input tells the same story the story's own words ("AMD",
"SeaMicro") are in every article and batch idf counts them as the least informative, which is
backwards. This module gives a prior that does not depend on the batch: a word an article
writes with a capital letter in mid-sentence, and never in lower case, is a name (a company,
product, place or person), and names are rare in general English whatever else was fed in.
It stands in for a background document-frequency table without shipping one.
"""

from __future__ import annotations

import re

from factcheck.text import STOPWORDS, words

# Capitalised for grammar, not because they name this story: calendar words and the
# honorifics/titles news puts before names ("President", "Chief Executive") are in every
# story of their kind, so they must not get the name prior.
_GENERIC_TEXT = """monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec today yesterday tomorrow president prime minister chief executive
    officer ceo vice senior secretary chairman director spokesman spokeswoman minister's general
    governor senator sen rep representative mayor judge officer police inc corp co ltd llc plc
    company group news said says"""
GENERIC_CAPITALISED = frozenset(_GENERIC_TEXT.split())
# A sentence whose words are mostly capitalised is a headline or a title-case caption: there
# capitals say nothing about names.
TITLE_CASE_SHARE = 0.6
_TOKEN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
# Characters after which the next word starts a new clause with a capital for grammar.
_CLAUSE_OPENERS = frozenset("\"“‘'([:—–-•\n")


def name_terms(sentences: list[str]) -> tuple[frozenset[str], frozenset[frozenset[str]]]:
    """The article's name-like words, and the pairs of them written as one name.

    Names: lower-cased words written capitalised in mid-sentence and never in lower case. A
    word at the start of a sentence or clause is capitalised by grammar and says nothing,
    unless a capitalised word follows it (the start of a multi-word name); a word seen in
    lower case anywhere in the article ("server" beside "Server") is a common word;
    headline-style sentences are skipped.

    Bonds: two adjacent capitalised words, wherever they stand, are one name ("Norvale
    Foods", "White House"): sharing both is sharing one company, not two independent clues.
    """
    capital_raw: set[str] = set()
    lower_raw: set[str] = set()
    bonds: set[frozenset[str]] = set()
    for text in sentences:
        matches = list(_TOKEN_RE.finditer(text))
        if not matches:
            continue
        tokens = [m.group() for m in matches]
        caps = [t[0].isupper() for t in tokens]
        lower_raw.update(t for t, c in zip(tokens, caps, strict=True) if not c)
        title_case = len(tokens) >= 4 and sum(caps) / len(tokens) >= TITLE_CASE_SHARE
        for n in (i for i, c in enumerate(caps) if c):
            joined = n + 1 < len(tokens) and caps[n + 1]
            joined = joined and text[matches[n].end() : matches[n + 1].start()] == " "
            if joined:
                here, nxt = words(tokens[n]), words(tokens[n + 1])
                bonds.update(frozenset((x, y)) for x in here for y in nxt if x != y)
            if title_case:
                continue
            if (n == 0 or _opens_clause(text, matches[n].start())) and not joined:
                continue  # capitalised by grammar, not the start of a multi-word name
            capital_raw.add(tokens[n])
    # Tokenised once per distinct surface form: words() folds possessives and apostrophes.
    capital = {w for t in capital_raw for w in words(t)}
    lower = {w for t in lower_raw if t[0].islower() for w in words(t)}
    names = frozenset(
        w
        for w in capital - lower
        if w not in STOPWORDS and w not in GENERIC_CAPITALISED and len(w) > 1 and not w.isdigit()
    )
    return names, frozenset(bonds)


def _opens_clause(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins a sentence or clause (capitalised by grammar)."""
    k = start - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k < 0 or text[k] in _CLAUSE_OPENERS or text[k] in ".!?"


def independent_names(shared: frozenset[str], bonds: frozenset[frozenset[str]]) -> int:
    """How many separate names ``shared`` holds once words of one multi-word name are joined."""
    parent = {w: w for w in shared}

    def root(w: str) -> str:
        while parent[w] != w:
            w = parent[w]
        return w

    for bond in bonds:
        a, b = tuple(bond)
        if a in parent and b in parent:
            parent[root(a)] = root(b)
    return len({root(w) for w in shared})
