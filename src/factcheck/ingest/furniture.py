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
# Sign-up boxes, call-outs, contributor and source notes are a sentence or two.
NOTE_MAX_WORDS = 45
# An author bio closes the story: it is among this many last lines.
BIO_LAST_LINES = 3
# A bio is a sentence or two about the writer.
BIO_MAX_WORDS = 60

_LIST_HEADING = re.compile(
    r"\b(popular|trending|most[- ](?:read|viewed|shared|popular|emailed)|ranking|"
    r"top (?:stories|news|articles)|recommended|recommends|editors?'?s? picks|"
    r"more (?:from|stories|news|on this)|you may (?:also )?like|you might also like|"
    r"related (?:stories|articles|coverage|content|links|reading)|"
    r"latest (?:stories|articles|headlines)|what to read next|read next|up next|"
    r"further reading|explore further|don'?t miss|in other news)\b",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^\s*[-–—•·*|>»]+\s*$")
_BULLET = re.compile(r"^\s*[-–—•·*]\s+\S")
_WEATHER = re.compile(r"^\s*-?\d{1,3}(?:[.,]\d{1,2})?\s*°?\s*[CF]\s*$")
_GALLERY = re.compile(r"^\s*\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*$")
# A gallery's counter and buttons inside a line of text, where a page's slideshow was
# flattened into the story: "Image 5 of 9", "Image 1 of / 1 Caption Close", "1 / 5 Back to
# Gallery". Its numbers count photos, not anything in the story.
_GALLERY_INLINE = re.compile(
    r"\b(?:image|photo|picture|slide)\s+\d{1,3}\s+of\s+(?:/\s*)?\d{1,3}\b"
    r"(?:\s+caption)?(?:\s+close\b)?"
    r"|\b\d{1,3}\s*/\s*\d{1,3}\s+back to gallery\b",
    re.IGNORECASE,
)
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
# "CNN's Jane Doe contributed to this report.", "John Roe contributed reporting from Lima."
_CONTRIBUTORS = re.compile(
    r"\bcontributed(?: reporting| research)?(?: to| for) (?:this|the) (?:report|story|article)"
    r"|\bcontributed (?:reporting|research)(?: from [^.]{2,60})?\.?\s*$",
    re.IGNORECASE,
)
# Sign-up boxes: "Sign up for our free newsletter", "... delivered to your inbox".
_NEWSLETTER = re.compile(
    r"\b(?:sign up|subscribe|register)\b.{0,100}?\b(?:newsletters?|(?:in|to) your inbox)\b"
    r"|\bnewsletters?\b.{0,60}?\b(?:sign up|subscribe)\b"
    r"|\b(?:get|receive|delivered)\b.{0,60}?\b(?:in|to) your inbox\b",
    re.IGNORECASE,
)
# Calls for readers' material: "Please share your videos, pictures and stories at iReport."
_CALLOUT = re.compile(
    r"\b(?:share|send|submit|upload|tell us)\b[^.!?]{0,40}?\byour (?:own )?"
    r"(?:videos?|photos?|pictures?|images|stories|story|tips?|experiences?|views)\b",
    re.IGNORECASE,
)
_CALLOUT_OPENING = re.compile(
    r"^\s*(?:please|share|send|submit|tell us|got|have you|are you|do you|did you|were you|"
    r"if you)\b",
    re.IGNORECASE,
)
# "Follow us on Twitter", "Follow Jane on X @jane".
_SOCIAL = re.compile(
    r"^\s*follow\b.{0,60}?(?:\b(?:on|at)\s+(?:twitter|x|facebook|instagram|linkedin|threads|"
    r"bluesky|mastodon|tiktok|youtube)\b|@\w+)",
    re.IGNORECASE,
)
# A closing author bio: "Nathanael Johnson is a staff writer at Grist."
_AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+\s+(?:is|was)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,5}(?:reporter|writer|correspondent|editor|columnist|journalist|"
    r"contributor|producer|author|freelancer|bureau chief)\b"
)
# Source notes under science and wire copy: "More information: ...", "Provided by ...".
_REFERENCE = re.compile(
    r"^\s*(?:more information|journal information|citation|doi|explore further)\s*:"
    r"|^\s*provided by\b",
    re.IGNORECASE,
)
# "This post originally appeared on Grist.", "This story was first published by ProPublica."
_SYNDICATION = re.compile(
    r"^\s*this (?:post|story|article|piece|column) (?:was |is |has been )?"
    r"(?:originally |first )?(?:appeared|published|ran|produced|republished)\b"
    r"|^\s*the (?:post|story|article|piece|column) (?:was |has been )?(?:originally|first) "
    r"(?:appeared|published|ran)\b"
    r"|^\s*(?:originally|first) (?:published|appeared) (?:on|in|by|at)\b",
    re.IGNORECASE,
)
_CRUMB = re.compile(
    r"^\s*(?:latest(?: news)?|related(?: news| articles| stories| topics)?|read more|"
    r"more news|see also|advertisement|sponsored(?: content)?|share(?: this(?: article|"
    r" story)?| on \w+)?|tweet|print|e-?mail|facebook|twitter|x|linkedin|whatsapp|reddit|"
    r"subscribe(?: now)?|sign up|log in|sign in|skip to (?:main )?content|back to top|"
    r"next article|previous article|next|previous|home|menu|search|copy link|"
    r"listen(?: to (?:this )?(?:article|story))?(?: \(\d+ mins?\))?|\d+ min(?:ute)?s? read|"
    r"save(?: (?:article|story|for later))?|bookmark|print this (?:page|article|story)|"
    r"(?:watch|play)(?: the)? video|(?:hide|show) caption|(?:show |view )?comments?|"
    r"archives?(?: \(.*\))?|view gallery|enlarge|close)"
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
_COPYRIGHT = re.compile(
    r"^\s*(?:©|copyright\b|\(c\)\s*\d{4}|all rights reserved)"
    r"|^\s*this (?:document|article|material|story|content) (?:is subject to copyright|"
    r"may not be (?:published|reproduced|copied|redistributed))",
    re.I,
)
# What opens a credit: "Photo by", "Image:", "Credit:", "Photograph courtesy of".
_CREDIT_LEAD = (
    r"(?:(?:(?:file |staff )?(?:photo|image|picture|photograph|illustration|graphic)s?"
    r"\s*(?:credits?\s*)?(?:by|:|courtesy(?: of)?|copyright))|credits?\s*:)"
)
# "Photo by X / Outlet", "Photo: X/AP", "(Credit: Jane Doe / Grist)", "Image copyright Getty".
_PHOTO_CREDIT = re.compile(
    rf"^\s*[(\[]?\s*{_CREDIT_LEAD}\s*(?P<who>.+?)\s*(?:/\s*(?P<outlet>[^/]+?))?\s*[)\]]?\s*$",
    re.IGNORECASE,
)
# "Masanori Genko / The Yomiuri Shimbun", "(Getty/Kevork Djansezian)": capitalised words
# either side of one slash, bracketed or not.
_NAME_CREDIT = re.compile(
    r"^\s*[(\[]?\s*(?P<who>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\s*/\s*"
    r"(?P<outlet>(?:The\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,5}(?:\s+via\s+[\w ]+)?)"
    r"\s*[)\]]?\s*$"
)
# A credit sentence closing a caption paragraph: "... Nov. 13, 2022. Photo by X / UPI",
# "... Natural History. Credit: DrMikeBaxter/Wikipedia".
_TRAILING_CREDIT = re.compile(
    rf"(?:(?<=[.!?”\"])|^)\s*{_CREDIT_LEAD}\s*(?P<who>[^./]{{2,80}}?)"
    r"\s*(?:/\s*(?P<outlet>[^./|]{2,60}?))?\s*$",
    re.IGNORECASE,
)
# In brackets at the end of a caption: "(AP Photo/Evan Vucci)", "[Stringer/EPA]",
# "(picture-alliance/dpa/L. Schwedes)".
_BRACKET_CREDIT = re.compile(
    r"(?<=[\w.,;:!?”\"'])\s*[(\[](?P<who>[^()\[\]/]{2,40}?)\s*/\s*"
    r"(?P<outlet>[^()\[\]]{2,60}?)[)\]]\s*$"
)
# Bracketed credit parts are names, not prose: a few words each.
BRACKET_CREDIT_MAX_WORDS = 4
# "| License Photo", "| Buy this image": buttons glued to the end of a caption.
_PHOTO_BUTTON = re.compile(
    r"\s*\|\s*(?:license|buy|purchase|download|enlarge|view|share)\s+(?:this\s+)?"
    r"(?:photo|image|picture)s?\s*$",
    re.IGNORECASE,
)


def _bracket_credit(text: str) -> re.Match[str] | None:
    """A bracketed 'Name/Agency' credit ending a caption, when its parts are short names."""
    m = _BRACKET_CREDIT.search(text)
    if m is None:
        return None
    parts = [m.group("who"), *m.group("outlet").split("/")]
    if any(word_count(p) > BRACKET_CREDIT_MAX_WORDS for p in parts):
        return None
    return m


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
        if whole and len(stripped) <= CREDIT_MAX_CHARS and not stripped.rstrip(")]").endswith("."):
            marks.credits.append(
                (whole.group("who").strip(" ([").strip(), (whole.group("outlet") or "").strip())
            )
            marks.drop(
                lines,
                [i],
                "photo-credit",
                "a photo credit names the photographer, not a claim of the story",
            )
            if not stripped.startswith(("(", "[")):
                # A bracketed credit stands alone under a picture with no caption (web
                # pages); a bare "Name / Agency" line sits next to its caption (print).
                _mark_caption_near_credit(lines, i)
            continue
        trailing = _TRAILING_CREDIT.search(line.text)
        if trailing is None and word_count(line.text) <= CAPTION_MAX_WORDS:
            trailing = _bracket_credit(line.text)  # bare brackets: only on caption-sized lines
        if trailing and trailing.start() > 0:
            outlet = trailing.group("outlet") or ""
            marks.credits.append((trailing.group("who").strip(), outlet.strip()))
            marks.cut(trailing.group(0), "photo-credit", "a photo credit closing a caption")
            line.text = line.text[: trailing.start()].rstrip()
            line.caption = True


def _cut_gallery_counters(lines: list[Line], marks: Marks) -> None:
    """Cut a slideshow's counters and buttons from inside lines ("Image 5 of 9")."""
    for line in lines:
        if line.dropped or not _GALLERY_INLINE.search(line.text):
            continue
        for m in _GALLERY_INLINE.finditer(line.text):
            marks.cut(m.group(0), "gallery-counter", "a photo-gallery counter")
        parts = _GALLERY_INLINE.split(line.text)  # the text either side of each counter
        line.text = " ".join(p.strip() for p in parts if p.strip())


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
        elif _TRAILER.match(text) or (
            _CONTRIBUTORS.search(text) and word_count(text) <= NOTE_MAX_WORDS
        ):
            marks.drop(lines, [i], "trailer", "staff credits and standards boilerplate")
        elif word_count(text) <= NOTE_MAX_WORDS and _NEWSLETTER.search(text):
            marks.drop(lines, [i], "newsletter", "a newsletter sign-up box")
        elif (
            word_count(text) <= NOTE_MAX_WORDS
            and _CALLOUT.search(text)
            and (_CALLOUT_OPENING.match(text) or "?" in text)
        ):
            marks.drop(lines, [i], "call-out", "a call for readers' photos or stories")
        elif word_count(text) <= HEADLINE_MAX_WORDS and _SOCIAL.match(text):
            marks.drop(lines, [i], "navigation", "a follow-us-on-social-media line")
        elif word_count(text) <= NOTE_MAX_WORDS and (
            _REFERENCE.match(text) or _SYNDICATION.match(text)
        ):
            marks.drop(
                lines,
                [i],
                "source-note",
                "a note on where the story or its study was published, not a claim",
            )
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


def _drop_author_bio(lines: list[Line], marks: Marks) -> None:
    """Drop a short 'Jane Doe is a staff writer at ...' bio among the last lines."""
    content = [i for i, ln in enumerate(lines) if not ln.dropped and ln.text.strip()]
    for i in content[-BIO_LAST_LINES:]:
        text = lines[i].text.strip()
        if word_count(text) <= BIO_MAX_WORDS and _AUTHOR_BIO.match(text) and '"' not in text:
            marks.drop(lines, [i], "author-bio", "a note about the writer, not the story")


def strip_furniture(lines: list[Line], marks: Marks) -> None:
    """Run every furniture rule over ``lines`` in place, recording removals in ``marks``."""
    _drop_link_lists(lines, marks)
    _drop_credits(lines, marks)
    _cut_gallery_counters(lines, marks)
    _drop_single_lines(lines, marks)
    _drop_author_bio(lines, marks)
    _drop_duplicates(lines, marks)
    _drop_stray_separators(lines, marks)
