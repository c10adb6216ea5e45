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

from factcheck.judge.text import STOPWORDS, words

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


def name_words(sentences: list[str]) -> frozenset[str]:
    """Lower-cased words written capitalised in mid-sentence and never in lower case.

    A word at the start of a sentence or clause is capitalised by grammar and says nothing,
    unless a capitalised word follows it (the start of a multi-word name); a word seen in
    lower case anywhere in the article ("server" beside "Server") is a common word;
    headline-style sentences are skipped.
    """
    capital: set[str] = set()
    lower: set[str] = set()
    for text in sentences:
        matches = list(_TOKEN_RE.finditer(text))
        if not matches:
            continue
        caps = sum(1 for m in matches if m.group()[0].isupper())
        title_case = len(matches) >= 4 and caps / len(matches) >= TITLE_CASE_SHARE
        for n, m in enumerate(matches):
            token = m.group()
            if token[0].islower():
                lower.update(words(token))
                continue
            if title_case or not token[0].isupper():
                continue
            before = text[: m.start()].rstrip(" ")
            if n == 0 or not before or before[-1] in _CLAUSE_OPENERS or before[-1] in ".!?":
                # Capitalised by grammar, unless it opens a multi-word name ("Norvale
                # Foods agreed ..."): then the next word is capitalised too.
                after = matches[n + 1] if n + 1 < len(matches) else None
                if after is None or text[m.end() : after.start()] != " ":
                    continue
                if not after.group()[0].isupper():
                    continue
            capital.update(words(token))
    return frozenset(
        w
        for w in capital - lower
        if w not in STOPWORDS and w not in GENERIC_CAPITALISED and len(w) > 1 and not w.isdigit()
    )


def name_bonds(sentences: list[str]) -> frozenset[frozenset[str]]:
    """Pairs of words written as one multi-word name ("Norvale Foods", "White House").

    Two adjacent capitalised words, wherever they stand, are one name: sharing "Norvale" and
    "Foods" is sharing one company, not two independent clues that two stories are one.
    """
    bonds: set[frozenset[str]] = set()
    for text in sentences:
        prev: list[str] = []
        last_end = -1
        for m in _TOKEN_RE.finditer(text):
            token = m.group()
            here = words(token) if token[0].isupper() else []
            if here and prev and text[last_end : m.start()] == " ":
                bonds.update(frozenset((a, b)) for a in prev for b in here if a != b)
            prev, last_end = here, m.end()
    return frozenset(bonds)


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
