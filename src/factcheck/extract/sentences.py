"""Split an article's text into Sentence spans and give each a role (lead, body, caption...)."""

from __future__ import annotations

import bisect
import re
from datetime import date

from factcheck.extract._base import strip_span, word_set
from factcheck.models import Article, Sentence

# Words that end with a period without ending the sentence (compared lowercase, no dot).
ABBREVIATIONS = word_set(
    """mr mrs ms dr prof gen lt col sgt capt cmdr adm gov sen rep reps st mt ft jr sr inc corp
    co ltd bros vs etc no nos fig approx est dept univ pres jan feb mar apr jun jul aug sep sept
    oct nov dec mon tue tues wed thu thur thurs fri sat sun rev hon ave blvd"""
)
# After a dotted abbreviation ("U.S.", "a.m.") only these words surely start a new sentence;
# "U.S. President" or "11 a.m. Friday" must stay whole.
SENTENCE_STARTERS = word_set(
    "The He She It They We I But And In A An This That These Those There His Her Their Its "
    "Our Some Many Most On At After Before When While However Meanwhile"
)
BOUNDARY_RE = re.compile(r"[.!?…]+[\"”’')\]]*(\s+)(?=[A-Z“\"‘'(\[])")
TOKEN_BEFORE_RE = re.compile(r"(\S+?)[.!?…]+[\"”’')\]]*$")
NEXT_WORD_RE = re.compile(r"[“\"‘'(\[]*([A-Za-z]+)")
QUOTE_PAIR_RE = re.compile(r"“[^“”\n]{0,1500}”|\"[^\"\n]{0,1500}\"")
LINE_RE = re.compile(r"[^\n]+")

# Background cues: sentences that tell earlier history rather than the news itself.
BACKGROUND_RE = re.compile(
    r"\b(?:follows?|followed|previously|last (?:year|month|week|spring|summer|autumn|fall|"
    r"winter)|earlier this (?:year|month|week)|in the past|since \d{4}|ago\b|had been)",
    re.IGNORECASE,
)
MONTH_IN_RE = re.compile(
    r"\bin (January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
LEAD_COUNT = 2  # the issue defines the lead as the first two body sentences


def _is_boundary(line: str, dot_pos: int, next_pos: int) -> bool:
    """Decide whether the punctuation ending at ``dot_pos`` really ends a sentence."""
    # The token is the run of non-space characters that ends here: searching from the
    # line's start would give the same match, at a cost growing with the line.
    run = dot_pos
    while run > 0 and not line[run - 1].isspace():
        run -= 1
    before = TOKEN_BEFORE_RE.search(line, run, dot_pos + 1)
    if before is None:
        return True
    token = before.group(1).lstrip("(\"“‘'")
    low = token.lower().rstrip(".")
    nxt = NEXT_WORD_RE.match(line, next_pos)
    next_word = nxt.group(1) if nxt else ""
    if low in ABBREVIATIONS:
        return False
    if len(token) == 1 and token.isupper():
        return False  # a middle initial: "Joseph R. Biden"
    if "." in token:  # dotted abbreviation: U.S., a.m., D.C.
        return next_word in SENTENCE_STARTERS
    return not (token.isdigit() and before.start() == 0)  # "1. At the outset" list marker


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    quoted = [(m.start(), m.end()) for m in QUOTE_PAIR_RE.finditer(line)]
    opens = [a for a, _ in quoted]  # in order, not overlapping
    spans: list[tuple[int, int]] = []
    start = 0
    for m in BOUNDARY_RE.finditer(line):
        cut = m.start(1)
        k = bisect.bisect_left(opens, cut) - 1  # the last quotation opened before the cut
        if k >= 0 and cut < quoted[k][1] - 1:
            continue  # never split inside a direct quotation
        if not _is_boundary(line, m.start(), m.end(1)):
            continue
        spans.append((start, cut))
        start = m.end(1)
    spans.append((start, len(line)))
    return [(offset + a, offset + b) for a, b in spans if line[a:b].strip()]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return [start, end) spans of the sentences of ``text`` (no surrounding whitespace)."""
    out: list[tuple[int, int]] = []
    for m in LINE_RE.finditer(text):
        for a, b in _split_line(m.group(0), m.start()):
            a, b = strip_span(text, a, b)
            if a < b:
                out.append((a, b))
    return out


def _is_background(sentence: str, ref: date | None) -> bool:
    if BACKGROUND_RE.search(sentence):
        return True
    if ref is not None:
        for m in MONTH_IN_RE.finditer(sentence):
            if MONTHS.index(m.group(1)) + 1 != ref.month:
                return True
    return False


def build_sentences(article: Article, ref: date | None) -> list[Sentence]:
    """Split ``article.text`` and assign roles: caption, lead, background or body."""
    text = article.text
    body_from = article.dateline.start if article.dateline is not None else 0
    title = (article.title or "").strip()
    out: list[Sentence] = []
    leads = 0
    for i, (a, b) in enumerate(split_sentences(text)):
        s = text[a:b]
        if any(cs < b and a < ce for cs, ce in article.caption_spans):
            role = "caption"
        elif (
            leads < LEAD_COUNT
            and b > body_from
            and s != title
            and s[-1] in '.!?"”’'
            and len(s.split()) > 5  # headlines, bylines and stamps are not the lead
        ):
            role = "lead"
            leads += 1
        elif _is_background(s, ref):
            role = "background"
        else:
            role = "body"
        out.append(Sentence(index=i, start=a, end=b, text=s, role=role))
    return out
