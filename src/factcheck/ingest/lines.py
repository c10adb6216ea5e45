"""Line records shared by the furniture and header passes: raw text lines in, marks out."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.models import Removal


@dataclass
class Line:
    """One input line and what the passes decided about it."""

    text: str
    dropped: bool = False
    caption: bool = False


@dataclass
class Marks:
    """What the passes learnt while marking lines: removals and outlet clues."""

    removals: list[Removal] = field(default_factory=list)
    # (left, right) sides of photo credits: "Jane Doe / The Yomiuri Shimbun"
    credits: list[tuple[str, str]] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)  # headings of removed link lists
    dropped_texts: list[str] = field(default_factory=list)  # all removed text, for markers

    def drop(self, lines: list[Line], indexes: list[int], rule: str, reason: str) -> None:
        """Drop the given lines as one removal."""
        text = "\n".join(lines[i].text for i in indexes if lines[i].text.strip())
        for i in indexes:
            lines[i].dropped = True
        if text:
            self.removals.append(Removal(text=text, rule=rule, reason=reason))
            self.dropped_texts.append(text)

    def cut(self, text: str, rule: str, reason: str) -> None:
        """Record a piece cut from inside a line."""
        self.removals.append(Removal(text=text.strip(), rule=rule, reason=reason))
        self.dropped_texts.append(text)


# Hard-wrapped text (e-mail, wire printouts) breaks paragraphs into lines of about this
# many characters; such lines are joined back so rules see whole paragraphs.
WRAP_MIN_CHARS = 40
WRAP_MAX_CHARS = 80
# Share of lines in that range above which the text is taken to be hard-wrapped.
WRAP_SHARE = 0.6
# Texts with fewer lines than this are left alone (a headline and a lead are not a wrap).
WRAP_MIN_LINES = 6


def unwrap(text: str) -> str:
    """Join hard-wrapped lines within blank-line-separated paragraphs."""
    lines = [ln.rstrip() for ln in text.split("\n")]
    content = [ln for ln in lines if ln.strip()]
    if len(content) < WRAP_MIN_LINES or max(len(ln) for ln in content) > WRAP_MAX_CHARS + 20:
        return text
    wrapped = sum(1 for ln in content if WRAP_MIN_CHARS <= len(ln) <= WRAP_MAX_CHARS)
    if wrapped / len(content) < WRAP_SHARE:
        return text
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n\n".join(" ".join(p) for p in paragraphs if p)


def split_lines(text: str) -> list[Line]:
    """Split normalised text into Line records, trailing spaces removed."""
    return [Line(raw.rstrip()) for raw in unwrap(text).split("\n")]


def word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())


def assemble(lines: list[Line]) -> tuple[str, list[tuple[int, int]]]:
    """Join kept lines into the body text; return it and the caption spans within it.

    Runs of blank lines (left where furniture went) collapse to one paragraph break.
    """
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    pending_break = False
    for line in lines:
        if line.dropped:
            continue
        content = line.text.strip()
        if not content:
            pending_break = bool(parts)
            continue
        if parts:
            sep = "\n\n" if pending_break else "\n"
            parts.append(sep)
            pos += len(sep)
        pending_break = False
        if line.caption:
            spans.append((pos, pos + len(content)))
        parts.append(content)
        pos += len(content)
    return "".join(parts), spans
