"""Header pass: Line records in; title, time stamps, header dates and captions marked out.

The header zone is every line before the body starts (a dateline, or the first long
paragraph). Only there are bare dates, stamps and headlines metadata rather than story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.ingest.dateline import parse_dateline
from factcheck.ingest.dates import DateHit
from factcheck.ingest.lines import Line, Marks, word_count
from factcheck.ingest.stamps import parse_stamp_line

# A body paragraph is a full sentence of at least this many words; shorter lines before
# it are headline, dek, caption or furniture.
BODY_MIN_WORDS = 15
# A headline is short; anything longer is a dek or the lead.
TITLE_MAX_WORDS = 25
# Header lines further down than this are not searched for a headline.
HEADER_MAX_LINES = 12

# Cues that a sentence describes a photo rather than reports: position words, "pictured",
# and the staged present-tense actions of news photos.
_CAPTION_CUE = re.compile(
    r"(?:,\s*(?:left|right|center|centre|second from (?:left|right)|top|bottom)\s*,|"
    r"\((?:left|right|center|centre|L|R)\)|\bfrom left\b|\bpictured\b|\bphotographed\b|"
    r"\b(?:greet|shake|embrace|hug)s?\s+(?:each other|one another|hands)\b|"
    r"\bposes? for (?:a )?(?:photo|picture|photograph)s?\b|"
    r"\b(?:gestures|waves|smiles) (?:as|during|while|to)\b)",
)
# "[Provisional translation]", "(Translation)": editorial notes set on a line alone.
_NOTE_LINE = re.compile(r"^\s*[\[(][^\])]{2,60}[\])]\s*$")


@dataclass
class Header:
    """Metadata the header zone gave."""

    title: str | None = None
    # (line, its date, 'YYYY-MM-DDTHH:MM+hh:mm' when it has a time) for every stamp line.
    date_lines: list[tuple[str, DateHit, str | None]] = field(default_factory=list)
    notes_lines: list[str] = field(default_factory=list)


def is_caption_sentence(text: str) -> bool:
    """True for a sentence that describes a photo (position words, posed actions)."""
    return bool(_CAPTION_CUE.search(text))


def _is_body_start(text: str) -> bool:
    if parse_dateline(text):
        return True
    ends_sentence = text.rstrip().endswith((".", "!", "?", "”", '"', "’", ")"))
    return word_count(text) >= BODY_MIN_WORDS and ends_sentence and not is_caption_sentence(text)


def _headline_like(text: str) -> bool:
    words = word_count(text)
    return 2 <= words <= TITLE_MAX_WORDS and not text.rstrip().endswith((".", ":", ";", ","))


def _same_title(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return " ".join(re.findall(r"\w+", s.lower()))

    return key(a) == key(b)


def mark_header(lines: list[Line], marks: Marks, known_title: str | None = None) -> Header:
    """Find the header zone, take its metadata lines out of the body, mark captions.

    With ``known_title`` (from page metadata) only a line repeating it is taken as the
    headline, so a dek or subheading is not mistaken for one.
    """
    header = Header()
    content = [i for i, ln in enumerate(lines) if not ln.dropped and ln.text.strip()]
    zone: list[int] = []
    for i in content:
        if _is_body_start(lines[i].text.strip()) and not lines[i].caption:
            break
        zone.append(i)
    if len(zone) == len(content):
        # No body paragraph found (short texts): only a first line followed by more text
        # can be a header; a one-line text is all body.
        zone = content[:1] if len(content) > 1 else []
    for rank, i in enumerate(zone):
        text = lines[i].text.strip()
        parsed = parse_stamp_line(text)
        if parsed:
            header.date_lines.append((text, parsed[0], parsed[1]))
            rule, why = (
                ("timestamp", "the page's time stamp (kept as a candidate publication date)")
                if parsed[1]
                else (
                    "header-date",
                    "a bare date line in the page header (kept as a candidate date)",
                )
            )
            marks.drop(lines, [i], rule, why)
            continue
        if _NOTE_LINE.match(text):
            header.notes_lines.append(text)
            marks.drop(
                lines,
                [i],
                "editorial-note",
                "an editorial note such as a translation notice, not a claim",
            )
            continue
        if lines[i].caption or (text.endswith(".") and is_caption_sentence(text)):
            lines[i].caption = True
            continue
        if known_title is not None:
            if header.title is None and _same_title(text, known_title):
                header.title = text
                marks.drop(lines, [i], "headline", "the headline, kept as the article title")
            continue
        if header.title is None and rank < HEADER_MAX_LINES and _headline_like(text):
            header.title = text
            marks.drop(lines, [i], "headline", "the headline, kept as the article title")
    return header
