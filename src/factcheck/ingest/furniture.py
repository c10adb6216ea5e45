"""Page-furniture pass: Line records in, furniture lines dropped and recorded as Removals.

Every rule here is general (shapes of widgets, link lists, credits, trailers), never the
wording of one site, so it works on pages nobody has seen.
"""

from __future__ import annotations

import re

from factcheck.ingest.dateline import DATELINE
from factcheck.ingest.lines import Line, Marks, word_count

# A headline in a link list is short; body sentences are longer and end with a period.
HEADLINE_MAX_WORDS = 25
# A list heading ("Most read", "XY ACCESS RANKING") is a few words at most.
LIST_HEADING_MAX_WORDS = 6
# Fewer linked headlines than this under a heading may be a section title and subtitle.
LIST_MIN_ITEMS = 2
# A paragraph repeated verbatim counts as a duplicate caption/teaser only above this
# length, so that short repeated lines ("Share", "-") are left to the other rules.
DUPLICATE_MIN_WORDS = 8
# A caption is a sentence or two; a longer paragraph next to a credit is body text.
CAPTION_MAX_WORDS = 50
# Photo credits are short lines; a longer line with a slash is prose ("and/or", dates).
CREDIT_MAX_CHARS = 90

_LIST_HEADING = re.compile(
    r"\b(popular|trending|most[- ](?:read|viewed|shared|popular|emailed)|ranking|"
    r"top (?:stories|news|articles)|recommended|editor'?s picks|more (?:from|stories|news)|"
    r"you may (?:also )?like|related (?:stories|articles|coverage|content)|"
    r"latest (?:stories|articles|headlines)|what to read next|further reading)\b",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^\s*[-–—•·*|>»]+\s*$")
_BULLET = re.compile(r"^\s*[-–—•·*]\s+\S")
_WEATHER = re.compile(r"^\s*-?\d{1,3}(?:[.,]\d{1,2})?\s*°?\s*[CF]\s*$")
_GALLERY = re.compile(r"^\s*\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*$")
_COMMENT_FORM = re.compile(
    r"^\s*(?:leave a (?:reply|comment|response)|post a comment|add a comment|"
    r"please enter (?:your|a) [\w ]+|comments?|\d+ comments?|view comments|show comments|"
    r"your email address will not be published.*|sign in to comment|join the conversation|"
    r"cancel reply|required fields are marked.*|name\s*\*?|email\s*\*?|website)[!.:]*\s*$",
    re.IGNORECASE,
)
_TRAILER = re.compile(
    r"^\s*\(?\s*(?:(?:additional )?reporting by|editing by|edited by|writing by|"
    r"compiled by|our standards|[\w ]*trust principles|[\w ]*principles of trust)\b",
    re.IGNORECASE,
)
_CRUMB = re.compile(
    r"^\s*(?:latest(?: news)?|related(?: news| articles| stories| topics)?|read more|"
    r"more news|see also|advertisement|sponsored(?: content)?|share(?: this(?: article|"
    r" story)?| on \w+)?|tweet|print|e-?mail|facebook|twitter|x|linkedin|whatsapp|reddit|"
    r"subscribe(?: now)?|sign up|log in|sign in|skip to (?:main )?content|back to top|"
    r"next article|previous article|next|previous|home|menu|search|copy link|"
    r"listen to (?:this )?article|archives?(?: \(.*\))?|view gallery|enlarge|close)"
    r"[!.:»›>]*\s*$",
    re.IGNORECASE,
)
# "Read more: <headline>", "Related: <headline>": a teaser link inside the body.
_TEASER = re.compile(
    r"^\s*(?:read more|also read|read also|related|see also|more|watch|listen)\s*:\s*\S.{0,150}$",
    re.IGNORECASE,
)
# "Home > World > Asia": segments start with a letter, so "11/12/2007" is not one.
_BREADCRUMB = re.compile(r"^\s*[^\W\d][\w &'-]{0,30}(?:\s*[>»›/|]\s*[^\W\d][\w &'-]{0,30}){2,}\s*$")
_COOKIE = re.compile(r"\bcookies?\b.*\b(?:accept|consent|agree|policy|use|settings)\b", re.I)
_COPYRIGHT = re.compile(r"^\s*(?:©|copyright\b|\(c\)\s*\d{4}|all rights reserved)", re.I)
# "Photo by X / Outlet", "Photo: X/AP", "(Reuters/Jane Doe)".
_PHOTO_CREDIT = re.compile(
    r"^\s*(?:photo|image|picture|photograph|file photo)s?\s*(?:by|:|courtesy(?: of)?)\s*"
    r"(?P<who>.+?)\s*(?:/\s*(?P<outlet>[^/]+?))?\s*$",
    re.IGNORECASE,
)
# "Masanori Genko / The Yomiuri Shimbun": capitalised words either side of one slash.
_NAME_CREDIT = re.compile(
    r"^\s*(?P<who>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\s*/\s*"
    r"(?P<outlet>(?:The\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,5}(?:\s+via\s+[\w ]+)?)\s*$"
)
# A credit sentence closing a caption paragraph: "... Nov. 13, 2022. Photo by X / UPI".
_TRAILING_CREDIT = re.compile(
    r"(?:(?<=[.!?”\"])|^)\s*(?:photo|image|picture|photograph|file photo)s?\s*"
    r"(?:by|:|courtesy(?: of)?)\s+(?P<who>[^./]{2,80}?)\s*/\s*(?P<outlet>[^./|]{2,60}?)\s*$",
    re.IGNORECASE,
)
# AP style, in brackets at the end of a caption: "(AP Photo/Evan Vucci)".
_BRACKET_CREDIT = re.compile(
    r"\s*\((?P<who>(?:[A-Z][\w.]*\s+)?Photo)\s*/\s*(?P<outlet>[^()]{2,60})\)\s*$"
)
# "| License Photo", "| Buy this image": buttons glued to the end of a caption.
_PHOTO_BUTTON = re.compile(
    r"\s*\|\s*(?:license|buy|purchase|download|enlarge|view|share)\s+(?:this\s+)?"
    r"(?:photo|image|picture)s?\s*$",
    re.IGNORECASE,
)


def _is_headline_like(text: str) -> bool:
    """Short line without a closing period, as in a list of linked headlines."""
    stripped = text.strip()
    return 0 < word_count(stripped) <= HEADLINE_MAX_WORDS and not stripped.endswith(".")


def _next_content(lines: list[Line], i: int) -> int | None:
    """Index of the next non-blank, not yet dropped line after i."""
    for j in range(i + 1, len(lines)):
        if not lines[j].dropped and lines[j].text.strip():
            return j
    return None


def _is_list_heading(text: str) -> bool:
    return 0 < word_count(text) <= LIST_HEADING_MAX_WORDS and bool(_LIST_HEADING.search(text))


def _list_block(lines: list[Line], i: int) -> tuple[list[int], int]:
    """Indexes of the list under heading i and its item count.

    The list's style is set by its first line: bullets ("• Headline"), separator lines
    ("-" between headlines) or plain headline lines. Bulleted and separated lists end at
    the first line out of style, so a headline or caption after the list is never
    swallowed; plain lists are only accepted when no story text follows them.
    """
    block = [i]
    items = 0
    style: str | None = None
    after_separator = False
    j = i + 1
    while j < len(lines):
        text = lines[j].text.strip()
        if not text:
            block.append(j)
            j += 1
            continue
        is_sep = bool(_SEPARATOR.match(text))
        is_bullet = bool(_BULLET.match(text))
        if style is None:
            style = "separator" if is_sep else "bullet" if is_bullet else "plain"
        if style == "separator":
            if is_sep:
                after_separator = True
            elif after_separator and _is_headline_like(text):
                items += 1
                after_separator = False
            elif not _is_list_heading(text):
                break
        elif style == "bullet":
            if not is_bullet:
                break
            items += 1
        else:
            if not _is_headline_like(text) or is_sep:
                break
            items += 1
        block.append(j)
        j += 1
    if style == "plain" and _next_content(lines, block[-1]) is not None:
        return [i], 0
    while len(block) > 1 and not lines[block[-1]].text.strip():
        block.pop()  # keep trailing blank lines: they separate what follows
    return block, items


def _drop_link_lists(lines: list[Line], marks: Marks) -> None:
    """Drop a heading like 'Most read' and the list of linked headlines under it."""
    i = 0
    while i < len(lines):
        text = lines[i].text.strip()
        if lines[i].dropped or not _is_list_heading(text):
            i += 1
            continue
        block, items = _list_block(lines, i)
        # A list needs several items to be furniture rather than a section heading
        # followed by a single subtitle.
        if items >= LIST_MIN_ITEMS:
            marks.headings.extend(
                lines[k].text.strip() for k in block if _is_list_heading(lines[k].text.strip())
            )
            marks.drop(
                lines,
                block,
                "link-list",
                f"a list of linked headlines under '{text}' is site navigation, not the story",
            )
            i = block[-1] + 1
        else:
            i += 1


def _mark_caption_near_credit(lines: list[Line], i: int) -> None:
    """The caption is the line after a credit line, or the one before when the next
    line already opens the story (a dateline)."""
    nxt = _next_content(lines, i)
    if (
        nxt is not None
        and word_count(lines[nxt].text) <= CAPTION_MAX_WORDS
        and not DATELINE.match(lines[nxt].text.strip())
    ):
        lines[nxt].caption = True
        return
    prev = next(
        (j for j in range(i - 1, -1, -1) if not lines[j].dropped and lines[j].text.strip()), None
    )
    if (
        prev is not None
        and lines[prev].text.rstrip().endswith(".")
        and word_count(lines[prev].text) <= CAPTION_MAX_WORDS
    ):
        lines[prev].caption = True


def _drop_credits(lines: list[Line], marks: Marks) -> None:
    """Cut photo buttons and credits; the line after a credit line is a caption."""
    for i, line in enumerate(lines):
        if line.dropped or not line.text.strip():
            continue
        button = _PHOTO_BUTTON.search(line.text)
        if button:
            marks.cut(button.group(0), "photo-button", "a photo-licensing button label")
            line.text = line.text[: button.start()].rstrip()
        stripped = line.text.strip()
        whole = _PHOTO_CREDIT.match(stripped) or _NAME_CREDIT.match(stripped)
        if whole and len(stripped) <= CREDIT_MAX_CHARS and not stripped.endswith("."):
            marks.credits.append(
                (whole.group("who").strip(), (whole.group("outlet") or "").strip())
            )
            marks.drop(
                lines,
                [i],
                "photo-credit",
                "a photo credit names the photographer, not a claim of the story",
            )
            _mark_caption_near_credit(lines, i)
            continue
        trailing = _TRAILING_CREDIT.search(line.text) or _BRACKET_CREDIT.search(line.text)
        if trailing and trailing.start() > 0:
            marks.credits.append((trailing.group("who").strip(), trailing.group("outlet").strip()))
            marks.cut(trailing.group(0), "photo-credit", "a photo credit closing a caption")
            line.text = line.text[: trailing.start()].rstrip()
            line.caption = True


def _drop_single_lines(lines: list[Line], marks: Marks) -> None:
    """Drop widgets, comment forms, trailers, crumbs and share buttons line by line."""
    for i, line in enumerate(lines):
        text = line.text.strip()
        if line.dropped or not text:
            continue
        if _WEATHER.match(text):
            block = [i]
            nxt = _next_content(lines, i)
            # The widget names its city on the next line: one to three capitalised words.
            if nxt is not None and _is_place_label(lines[nxt].text):
                block.append(nxt)
            marks.drop(lines, block, "weather-widget", "a weather widget from the page header")
        elif _GALLERY.match(text):
            marks.drop(lines, [i], "gallery-counter", "a photo-gallery counter")
        elif _COMMENT_FORM.match(text):
            marks.drop(lines, [i], "comment-form", "the page's comment form")
        elif _TRAILER.match(text):
            marks.drop(lines, [i], "trailer", "staff credits and standards boilerplate")
        elif _COPYRIGHT.match(text) or (_COOKIE.search(text) and word_count(text) < 60):
            marks.drop(lines, [i], "boilerplate", "copyright or cookie notice")
        elif (
            _CRUMB.match(text)
            or (_TEASER.match(text) and word_count(text) <= HEADLINE_MAX_WORDS)
            or (_BREADCRUMB.match(text) and not text.endswith("."))
        ):
            marks.drop(lines, [i], "navigation", "navigation, share or read-more crumb")


def _is_place_label(text: str) -> bool:
    """One to three capitalised words and nothing else ('London', 'New York')."""
    words = text.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


def _drop_duplicates(lines: list[Line], marks: Marks) -> None:
    """Keep only the first copy of a paragraph repeated verbatim (captions, teasers)."""
    seen: dict[str, int] = {}
    for i, line in enumerate(lines):
        if line.dropped or word_count(line.text) < DUPLICATE_MIN_WORDS:
            continue
        key = " ".join(line.text.lower().split())
        if key in seen:
            if line.caption:
                lines[seen[key]].caption = True
            marks.drop(
                lines,
                [i],
                "duplicate",
                "a verbatim repeat of an earlier paragraph "
                "(a caption or teaser shown twice); the first copy is kept",
            )
        else:
            seen[key] = i


def _drop_stray_separators(lines: list[Line], marks: Marks) -> None:
    """Drop lone '-' or '•' lines left between list items the other rules kept."""
    stray = [
        i
        for i, ln in enumerate(lines)
        if not ln.dropped and _SEPARATOR.match(ln.text) and ln.text.strip()
    ]
    if stray:
        marks.drop(lines, stray, "separator", "list separators without content")


def strip_furniture(lines: list[Line], marks: Marks) -> None:
    """Run every furniture rule over ``lines`` in place, recording removals in ``marks``."""
    _drop_link_lists(lines, marks)
    _drop_credits(lines, marks)
    _drop_single_lines(lines, marks)
    _drop_duplicates(lines, marks)
    _drop_stray_separators(lines, marks)
