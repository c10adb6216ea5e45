"""HTML pages: markup in, main text and page metadata (title, outlet, published) out."""

from __future__ import annotations

import re
from typing import Any

import trafilatura

from factcheck.ingest.analyse import Hints
from factcheck.ingest.pagemeta import PageMeta, parse_tree, read_page_meta

# Below this many characters trafilatura found no article, only a stub or an empty shell.
MIN_ARTICLE_CHARS = 40
# A JSON-LD articleBody shorter than this is a teaser, not the story.
MIN_LD_BODY_CHARS = 200
# A paragraph this long is prose, not a menu item or a button (paragraph fallback).
PARAGRAPH_MIN_WORDS = 12
# Script bytes per character of visible text above which a page with no article text is
# an application shell whose story is filled in by JavaScript.
SCRIPT_SHELL_RATIO = 20

_TAG_SNIFF = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|article|p|div)\b", re.I)
_TRAFILATURA_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "favor_precision": True,
    "include_tables": False,
    "output_format": "txt",
}


class HtmlProblem(ValueError):
    """Raised with a one-line reason when a page holds no article text."""


def looks_like_html(text: str) -> bool:
    """True when the text starts like markup and holds common page tags."""
    head = text.lstrip()[:2000]
    return head.startswith("<") and bool(_TAG_SNIFF.search(head))


def _page_meta(html: str, url: str | None, tree: Any = None) -> PageMeta:
    tree = tree if tree is not None else parse_tree(html)
    if tree is None:
        return PageMeta(url=url)
    try:
        # One parse for both readers: extract_metadata reads the tree without changing it
        # (htmldate and its author search work on copies).
        fallback = trafilatura.extract_metadata(tree, default_url=url)
    except Exception:  # trafilatura's heuristics on odd markup: metadata is optional
        fallback = None
    return read_page_meta(tree, url, fallback)


def _hints(meta: PageMeta) -> Hints:
    return Hints(
        outlet=meta.outlet,
        outlet_rule=meta.outlet_rule,
        title=meta.title,
        published=meta.published,
        url=meta.url,
    )


# Container tags that say nothing about the text: dropped when a page nests them past the
# parser's depth limit (thousands of unclosed <div>s), so the paragraphs inside are found.
_NEST_RE = re.compile(r"</?(?:div|span|font|section|center|table|tbody|tr|td|b|i|u)\b[^>]*>", re.I)


def _extract(html: str, url: str | None) -> tuple[str, str | None]:
    """Main text and a note on how it was found when trafilatura alone found none.

    A deeply nested page is parsed again without libxml2's depth limit (unclosed
    <div>/<font> tags in broken markup nest past it and hide the story); a page trafilatura
    still rejects gives its long <p> paragraphs.
    """
    text = trafilatura.extract(html, url=url, **_TRAFILATURA_OPTIONS) or ""
    if len(text.strip()) >= MIN_ARTICLE_CHARS:
        return text, None
    deep = parse_tree(html)
    if deep is not None and not deep.xpath("//body//p") and _NEST_RE.search(html):
        deep = parse_tree(_NEST_RE.sub(" ", html))  # nested past any parser's depth limit
    if deep is None:
        return text, None
    paragraphs = [
        " ".join(p.text_content().split())
        for p in deep.xpath("//body//p")
        if len(p.text_content().split()) >= PARAGRAPH_MIN_WORDS
    ]
    retry = trafilatura.extract(deep, url=url, **_TRAFILATURA_OPTIONS) or ""
    if len(retry.strip()) >= MIN_ARTICLE_CHARS:
        return retry, None
    fallback = "\n".join(dict.fromkeys(paragraphs))  # a paragraph repeated once
    if len(fallback) >= MIN_LD_BODY_CHARS:
        return fallback, (
            "the text extractor found no article in this page's markup; the text is the "
            "page's long paragraphs (check it for page furniture)"
        )
    return text, None


def _no_text_reason(html: str) -> str:
    scripts = sum(len(s) for s in re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.S | re.I))
    tree = parse_tree(html)
    visible = 0
    if tree is not None:
        for bad in tree.xpath("//script | //style | //noscript | //template"):
            bad.drop_tree()
        visible = sum(len(" ".join(b.text_content().split())) for b in tree.xpath("//body"))
    if scripts > max(visible, 1) * SCRIPT_SHELL_RATIO:
        return (
            "HTML page with no article text: the page is built by JavaScript and its story "
            "is not in the saved markup; save the page after it has loaded in a browser "
            "(or give its text)"
        )
    return (
        "HTML page with no article text (only navigation or an empty shell); "
        "save the full article page or give its text"
    )


def read_html(html: str, url: str | None = None) -> tuple[str, Hints, list[str]]:
    """Main text, metadata hints and notes of an HTML page; HtmlProblem when it has no text."""
    text, how = _extract(html, url)
    meta = _page_meta(html, url)
    notes: list[str] = [how] if how else []
    if len(text.strip()) < MIN_ARTICLE_CHARS:
        body = meta.article_body
        if body is None or len(body) < MIN_LD_BODY_CHARS:
            raise HtmlProblem(_no_text_reason(html))
        text = body
        notes.append(
            "the page's markup holds no article text; the text is the page's JSON-LD articleBody"
        )
    if meta.dateline:
        notes.append(f"page metadata names the dateline '{meta.dateline}'")
    return text, _hints(meta), notes
