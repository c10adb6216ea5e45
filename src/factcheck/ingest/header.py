"""Header pass: Line records in; title, time stamps, header dates and captions marked out.

The header zone is every line before the body starts (a dateline, or the first long
paragraph). Only there are bare dates, stamps and headlines metadata rather than story.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from factcheck.ingest.dateline import ParsedDateline, parse_dateline, parse_dateline_alone
from factcheck.ingest.dates import WEEKDAY_WORD, DateHit, find_dates, weekday_of
from factcheck.ingest.lines import Line, Marks, word_count
from factcheck.ingest.outlets import by_byline, named_outlet
from factcheck.ingest.stamps import parse_stamp_line

# A body paragraph is a full sentence of at least this many words; shorter lines before
# it are headline, dek, caption or furniture.
BODY_MIN_WORDS = 15
# A headline is short; anything longer is a dek or the lead.
TITLE_MAX_WORDS = 25
# Header lines further down than this are not searched for a headline.
HEADER_MAX_LINES = 12
# A dateline is looked for in this many body lines (captions not counted), up to the
# first ordinary sentence: bylines, captions and stamps often come before it.
LEAD_SEARCH_LINES = 6
# An ordinary sentence, which ends the search for a dateline, has at least this many words.
SENTENCE_MIN_WORDS = 8
# A lead's full date further than this from a header date means the header date is not
# the story's day, whatever weekday the lead names.
LEAD_DATE_GAP_DAYS = 60
# A byline is a short line.
BYLINE_MAX_WORDS = 10

# Cues that a sentence describes a photo rather than reports: position words, "pictured",
# and the staged present-tense actions of news photos.
_CAPTION_CUE = re.compile(
    r"(?:,\s*(?:left|right|center|centre|second from (?:left|right)|top|bottom)\s*,|"
    r"\((?:left|right|center|centre|L|R)\)|\bfrom left\b|\bpictured\b|\bphotographed\b|"
    r"\b(?:greet|shake|embrace|hug)s?\s+(?:each other|one another|hands)\b|"
    r"\bposes? for (?:a )?(?:photo|picture|photograph)s?\b|"
    r"\b(?:gestures|waves|smiles) (?:as|during|while|to)\b)",
)
# Photo captions whatever their ending: AP's "FILE - ...", "In this photo provided by ...",
# a credit in brackets closing the caption ("(Dax McDonald via AP)", "(Name/Getty Images)"),
# and Reuters' "REUTERS/Jane Doe".
_PHOTO_CAPTION = re.compile(
    r"(?:^FILE(?: PHOTO)?\s*[-–—:]\s|"
    r"^(?:In )?(?i:this) (?:\w+\s+){0,3}(?:photo|image|picture|frame grab|video grab|handout)\b|"
    r"\((?:[^()]*\bvia [A-Z][^()]*|[A-Z][\w.' -]{1,40}/[A-Z][A-Za-z.' -]{1,40}|"
    r"(?:AP |AFP |Reuters )?(?:Photo|File)\b[^()]{0,40})\)\s*$|"
    r"\b[A-Z]{3,}/[A-Z][a-z]+(?: [A-Z][a-z]+)+\b)"
)
# "By SUMMER BALLENTINE, Associated Press", "By Xinhua", "By Jane Doe | CNN".
_BYLINE = re.compile(
    r"^\s*By\s+(?P<who>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|der|da|bin))"
    r"{0,5})"
    r"\s*(?:(?:,|\||/|–|—| - )\s*(?P<org>[^|\n]{2,60}?))?\s*$"
)
# "UPDATE (6/25/21 3:00 PM): ..." opening the lead: the page's stamp, not a claim.
_UPDATE_PREFIX = re.compile(
    r"^\s*(?P<stamp>UPDATED?\s*(?:\([^()]{4,40}\)|[^()]{4,40}?))\s*:\s+(?=\S)", re.I
)
# "UPDATE @ 4:43 p.m. (Oct. 28):", "Updated at 9 p.m.:" opening a line anywhere in a live
# story: when the page was revised, not when anything it reports happened.
_STAMP_DAY = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_UPDATE_CLOCK = re.compile(
    r"^\s*UPDATED?(?:\s*(?:@|at\b|on\b|,|:|-|\u2013|\u2014|\d{1,4}(?:st|nd|rd|th)?\b|(?:"
    + _STAMP_DAY
    + r")\b\.?))*\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?|[AP]M\b)(?:\s*[A-Z]{2,4}T\b)?"
    r"(?:\s*\([^()]{3,30}\))?\s*(?::\s*|[-|\u2013\u2014]\s+|$)",
    re.I,
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
    # Outlets named by bylines ("By Jane Doe, Associated Press"), in page order.
    byline_outlets: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Lead:
    """The paragraph that opens the story, with its dateline when it has one."""

    start: int  # offset of the lead (or of the dateline line above it) in the body
    text: str  # the lead; a dateline set on its own line is joined to its paragraph
    dateline: ParsedDateline | None


def is_caption_sentence(text: str) -> bool:
    """True for a sentence that describes a photo (position words, posed actions, credits)."""
    return bool(_CAPTION_CUE.search(text) or _PHOTO_CAPTION.search(text.strip()))


def _is_ordinary_sentence(text: str) -> bool:
    ends_sentence = text.rstrip().endswith((".", "!", "?", "”", '"', "’"))
    return word_count(text) >= SENTENCE_MIN_WORDS and ends_sentence


def find_lead(body: str, captions: list[tuple[int, int]]) -> Lead:
    """The lead paragraph: the first body line with a dateline, searched over the first
    few lines up to the first ordinary sentence, else the first line that is no caption.
    """
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in body.split("\n"):
        inside = any(s <= pos < e for s, e in captions)
        if line.strip() and not inside:
            lines.append((pos, line))
        pos += len(line) + 1
    if not lines:
        return Lead(0, "", None)
    for k, (start, line) in enumerate(lines[:LEAD_SEARCH_LINES]):
        following = lines[k + 1][1] if k + 1 < len(lines) else ""
        parsed = parse_dateline(line)
        if parsed:
            # "MENDON, Mo. —" ending its line: the story goes on on the next one.
            ends_line = not line[parsed.end :].strip(" —–-")
            return Lead(start, f"{line} {following}" if ends_line else line, parsed)
        if following and _is_ordinary_sentence(following) and following[:1].isupper():
            alone = parse_dateline_alone(line)
            if alone:
                return Lead(start, f"{line} {following}", alone)
        if _is_ordinary_sentence(line):
            break
    return Lead(lines[0][0], lines[0][1], None)


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


# An outlet's name as a header line prints it: capitalised words ending in a press word.
_PRESS_NAME = re.compile(
    r"^(?:[A-Z][\w&'’.-]*\s+){0,5}(?:News|Online|Times|Post|Herald|Tribune|Journal|Gazette|"
    r"Radio|TV|Television|Network|Desk|Wire|Press|Daily|Today|Magazine|Telegraph|Chronicle|"
    r"Observer|Guardian|Independent|Review|Star|Sun|Mail|Express|Standard|Reporter)$"
)


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
        # No body paragraph found (short texts): only a first line, and stamp or byline
        # lines right under it, can be a header; at least one line is left as body.
        zone = []
        for k, i in enumerate(content[:-1]):
            text = lines[i].text.strip()
            if k and not (parse_stamp_line(text) or _BYLINE.match(text)):
                break
            zone.append(i)
    skip_next = False
    for rank, i in enumerate(zone):
        text = lines[i].text.strip()
        if skip_next:
            skip_next = False
            marks.drop(lines, [i], "byline", "the byline's outlet line, not a claim")
            continue
        byline = _BYLINE.match(text)
        if byline and word_count(text) <= BYLINE_MAX_WORDS and not text.endswith("."):
            # "By Jane Doe | Published March 3, 2024": the stamp rides on the byline.
            stamp = parse_stamp_line(byline["org"]) if byline["org"] else None
            if stamp:
                header.date_lines.append((text, stamp[0], stamp[1]))
            outlet = by_byline(byline["who"], None if stamp else byline["org"])
            nxt = zone[rank + 1] if rank + 1 < len(zone) else None
            if outlet is None and byline["org"] is None and nxt is not None:
                # "By STEVE KARNOWSKI" over "Associated Press": the outlet on its own line.
                outlet = by_byline(None, lines[nxt].text.strip())
                skip_next = outlet is not None
            if outlet:
                header.byline_outlets.append(outlet)
            # A first line naming no outlet may be a headline ("By Land and Sea, Aid ...").
            if outlet or rank or header.title is not None or known_title is not None:
                marks.drop(lines, [i], "byline", "the byline names the writer, not a claim")
                continue
        if (rank or header.title is not None) and word_count(text) <= 6:
            # "Reuters" or "BBC News" alone on a header line: the outlet, named by itself.
            named = named_outlet(text.strip().rstrip("."))
            nxt = zone[rank + 1] if rank + 1 < len(zone) else None
            if (
                named is None
                and header.title is not None
                and nxt is not None
                and parse_stamp_line(lines[nxt].text.strip())
                and _PRESS_NAME.match(text.strip())
            ):
                # "Virgin Islands News Online" between the headline and the date line.
                named = text.strip()
            if named:
                header.byline_outlets.append(named)
                marks.drop(lines, [i], "outlet-line", "the outlet's name on its own line")
                continue
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
        if (
            lines[i].caption
            or (text.endswith(".") and is_caption_sentence(text))
            or _PHOTO_CAPTION.search(text)
        ):
            lines[i].caption = True
            continue
        if known_title is not None:
            if header.title is None and _same_title(text, known_title):
                header.title = text
                marks.drop(lines, [i], "headline", "the headline, kept as the article title")
            continue
        if (
            header.title is None
            and rank < HEADER_MAX_LINES
            and _headline_like(text)
            and not (text.isupper() and parse_dateline_alone(text))
        ):
            header.title = text
            marks.drop(lines, [i], "headline", "the headline, kept as the article title")
    # After the header's own stamp lines, which come first as publication dates.
    _cut_update_prefix(lines, content, zone, header, marks)
    _cut_update_stamps(lines, marks)
    _cut_inline_stamps(lines, marks)
    return header


def _cut_update_prefix(
    lines: list[Line], content: list[int], zone: list[int], header: Header, marks: Marks
) -> None:
    """Cut an "UPDATE (6/25/21 3:00 PM):" stamp opening the lead; keep it as a date line."""
    first_body = next((i for i in content if i not in zone), None)
    for i in [*zone, first_body][:HEADER_MAX_LINES]:
        if i is None:
            continue
        m = _UPDATE_PREFIX.match(lines[i].text)
        parsed = parse_stamp_line(m["stamp"]) if m else None
        if m and parsed:
            header.date_lines.append((m["stamp"].strip(), parsed[0], parsed[1]))
            marks.cut(m.group(0), "timestamp", "the page's update stamp opening the lead")
            lines[i].text = lines[i].text[m.end() :]
            return


# "Posted: Monday, August 17, 2015 2:27 PM EDT", "Created: 01/26/2015 1:24 PM", "Posted 3:57
# AM, May 26, 2015": a page's publication or revision stamp run into a line of text (a
# headline's, a byline's). Its date and clock are the page's, not the story's.
# (capitalised, as a label is: "the toll was updated on May 3, 2016" is prose)
_STAMP_WORD = (
    r"(?-i:Posted|Updated|Created|Published|Last\s+[Uu]pdated|Modified"
    r"|POSTED|UPDATED|CREATED|PUBLISHED)"
)
_STAMP_DATE = (
    r"(?:(?:" + _STAMP_DAY + r")\.?,?\s+)?"
    r"(?:(?:" + _STAMP_DAY + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}\s+(?:" + _STAMP_DAY + r")\.?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
)
_STAMP_TIME = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\b\.?)?(?:\s*(?-i:[A-Z]{1,3}T|UTC)\b)?"
_INLINE_STAMP = re.compile(
    rf"\b{_STAMP_WORD}\s*:?\s*(?:on\s+)?(?:{_STAMP_DATE}(?:\s*(?:at|@|-|,)?\s*{_STAMP_TIME})?"
    rf"|{_STAMP_TIME},?\s+{_STAMP_DATE})",
    re.IGNORECASE,
)


def _cut_inline_stamps(lines: list[Line], marks: Marks) -> None:
    """Cut "Posted: <date> <clock>" stamps from inside every line, dropping a line that holds
    nothing else."""
    for i, line in enumerate(lines):
        if line.dropped or not _INLINE_STAMP.search(line.text):
            continue
        kept = line.text
        for m in reversed(list(_INLINE_STAMP.finditer(line.text))):
            marks.cut(m.group(0), "timestamp", "a page's publication or update stamp")
            kept = kept[: m.start()] + " " + kept[m.end() :]
        kept = re.sub(r"\(\s*\)|\[\s*\]", " ", kept)  # "(Published ...)" leaves "()"
        if kept.strip(" ,|-\u2013\u2014"):
            line.text = " ".join(kept.split())
        else:
            line.text = kept
            marks.drop(lines, [i], "timestamp", "a page's publication or update stamp")


def _cut_update_stamps(lines: list[Line], marks: Marks) -> None:
    """Cut the clock stamps of a live story's updates ("UPDATE @ 9 p.m.:") from every line,
    dropping a line that holds nothing else: their clocks are the page's, not the story's."""
    for i, line in enumerate(lines):
        if line.dropped:
            continue
        m = _UPDATE_CLOCK.match(line.text)
        if m is None:
            continue
        if line.text[m.end() :].strip():
            marks.cut(m.group(0), "timestamp", "a live story's update stamp")
            line.text = line.text[m.end() :]
        else:
            marks.drop(lines, [i], "timestamp", "a live story's update stamp")


def weekday_confirmed_date(
    header: Header, lead: str, dateline: ParsedDateline | None
) -> tuple[str, str, str] | None:
    """(line, date, weekday) of a header date on the very weekday the lead names.

    "A federal judge on Thursday sentenced ..." under a 2022-07-07 (a Thursday) page date:
    the date is the story's own even when the story names only older years. A dateline
    giving another day, or a full date in the lead far from it, rules it out.
    """
    m = WEEKDAY_WORD.search(lead)
    if m is None:
        return None
    lead_days = [h.iso() for h in find_dates(lead) if h.iso()]
    for line, hit, stamp in header.date_lines:
        iso = hit.iso()
        if iso is None or weekday_of(iso) != m["weekday"]:
            continue
        if dateline and dateline.month and (dateline.month, dateline.day) != (hit.month, hit.day):
            continue
        day = dt.date.fromisoformat(iso)
        if any(
            abs((dt.date.fromisoformat(d) - day).days) > LEAD_DATE_GAP_DAYS for d in lead_days if d
        ):
            continue
        return line, stamp or iso, m["weekday"]
    return None
