"""Turn sentence text into normalised content words: shared by cluster, align and judge."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

_STOP_TEXT = """a an the and or but if of to in on at by for with from as into onto over under about
    after before since until while during than then that this these those there here it its
    he she they them his her their we our us you your i me my is are was were be been being
    am do does did has have had having will would shall should can could may might must not
    no nor so such also too very just only more most much some any each every all both other
    another which who whom whose what when where why how said says say told according up down
    out off again further once new including among between against through per mr mrs ms dr
    s t don didn doesn isn wasn aren weren won wouldn couldn shouldn let get got
    we've i've you've they've we're you're they're i'm i'd we'd i'll we'll it'll"""
STOPWORDS = frozenset(_STOP_TEXT.split())
WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
# Negated and plain forms compare as one word so "never been closer" pairs with
# "ever been ... closer" (the difference is reported, not hidden, by the word diff).
FOLD = {"never": "ever", "n't": "not"}


def words(text: str) -> list[str]:
    """Lowercase word tokens of ``text`` (possessive 's dropped, curly apostrophes folded)."""
    return list(_words(text))


@lru_cache(maxsize=1 << 16)
def _words(text: str) -> tuple[str, ...]:
    # Cached: the same sentence is tokenised by align, every judge rule and the benchmark.
    out = []
    for w in WORD_RE.findall(text.lower()):
        if "'" in w or "’" in w or "-" in w[-1:]:
            w = w.replace("’", "'")
            if w.endswith("'s"):
                w = w[:-2]
            elif w.endswith("n't"):
                w = "not"  # don't, isn't, won't: the negation is what matters
            w = w.strip("'-")
        if w:
            out.append(w)
    return tuple(out)


def content_words(text: str) -> list[str]:
    """Words of ``text`` without stopwords or one-letter tokens, folded (never -> ever)."""
    return list(_content_words(text))


@lru_cache(maxsize=1 << 16)
def _content_words(text: str) -> tuple[str, ...]:
    return tuple(FOLD.get(w, w) for w in _words(text) if w not in STOPWORDS and len(w) > 1)


def bigrams(tokens: list[str]) -> list[str]:
    """Adjacent pairs of tokens, joined by a space."""
    return [f"{a} {b}" for a, b in itertools.pairwise(tokens)]


def _classes(**groups: str) -> dict[str, str]:
    return {w: name for name, forms in groups.items() for w in forms.split()}


# Words naming the happening a date dates ("unveiled ... on Tuesday", "convicted Nov. 12"):
# synonyms share one class so outlets wording one happening differently still compare, and
# two dates of different happenings ("announced Monday", "expected to close in January")
# never do. Only words a news lead uses for the happening itself; generic verbs stay out.
HAPPENINGS = _classes(
    announce="announced announces announce announcing announcement unveiled unveils unveil "
    "introduced introduces introduce launched launches launch debuted",
    attack="bombed bombing bombings bombs attacked attack attacks struck strike airstrike "
    "airstrikes shelled shelling raid raided killed killing",
    convict="convicted conviction guilty verdict",
    sentence="sentenced sentencing",
    arrest="arrested arrest",
    close="close closes closing completed completion",
    # A registration or pre-order opening (not "shipping today", "available": states that
    # hold on many days, which two stories dated a day apart both truly report).
    register="pre-registration registration preorder pre-order",
)


def happening_tags(tokens: list[str]) -> set[str]:
    """'@<class>' tags of the happening words among ``tokens`` (see HAPPENINGS)."""
    return {f"@{HAPPENINGS[w]}" for w in tokens if w in HAPPENINGS}


def squash(text: str) -> str:
    """A quote reduced to its letters and digits, casefolded: "e-mail" = "email", "end game"
    = "endgame", curly = straight quotes, serial comma or not, "MySpace.com" = "MySpace"
    (a site named by its brand; docs/evaluation.md P8), "doesn't" = "does not"."""
    folded = DOMAIN_RE.sub("", text.casefold())
    if "n't" in folded or "n’t" in folded:  # "doesn't" = "does not", "won't" = "will not"
        folded = NOT_RE.sub(lambda m: NOT_STEMS.get(m.group(1), m.group(1)) + " not", folded)
    return "".join(ch for ch in folded if ch.isalnum())


# A negation written short: "doesn't", "can’t", "won't" (stems that change when spelt out).
NOT_RE = re.compile(r"\b(\w+?)n['’]t\b")
NOT_STEMS = {"ca": "can", "wo": "will", "sha": "shall"}


# A web address suffix on a name: "Amazon.com" is the brand Amazon, not another word.
DOMAIN_RE = re.compile(r"(?<=\w)\.(?:com|net|org)\b")
