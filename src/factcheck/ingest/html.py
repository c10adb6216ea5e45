"""HTML pages: markup in, main text and page metadata (title, outlet, published) out."""

from __future__ import annotations

import json
import re
from typing import Any

import lxml.html  # type: ignore[import-untyped]
import trafilatura

from factcheck.ingest.analyse import Hints
from factcheck.ingest.dates import normalise_iso_datetime

# Below this many characters trafilatura found no article, only a stub or an empty shell.
MIN_ARTICLE_CHARS = 40

_TAG_SNIFF = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|article|p|div)\b", re.I)


class HtmlProblem(ValueError):
    """Raised with a one-line reason when a page holds no article text."""


def looks_like_html(text: str) -> bool:
    """True when the text starts like markup and holds common page tags."""
    head = text.lstrip()[:2000]
    return head.startswith("<") and bool(_TAG_SNIFF.search(head))


def _json_ld_objects(tree: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, flattening lists and @graph."""
    found: list[dict[str, Any]] = []
    for node in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(node.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return found


def _is_article_type(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.endswith("Article") for k in kinds)


def _name_of(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _meta(tree: Any, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            hits = tree.xpath(f'//meta[@{attr}="{name}"]/@content')
            if hits and str(hits[0]).strip():
                return str(hits[0]).strip()
    return None


def page_metadata(html: str, url: str | None) -> tuple[Hints, str | None]:
    """Hints from og:/article: meta tags, JSON-LD and trafilatura; plus a JSON-LD dateline."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return Hints(url=url), None
    articles = [o for o in _json_ld_objects(tree) if _is_article_type(o)]
    ld = articles[0] if articles else {}
    meta = trafilatura.extract_metadata(tree, default_url=url)
    outlet = (
        _meta(tree, "og:site_name")
        or _name_of(ld.get("publisher"))
        or (meta.sitename if meta is not None else None)
    )
    title = (
        _name_of(ld.get("headline"))
        or _meta(tree, "og:title")
        or (meta.title if meta is not None else None)
    )
    published_raw = (
        _name_of(ld.get("datePublished"))
        or _meta(tree, "article:published_time", "datePublished", "pubdate")
        or (meta.date if meta is not None else None)
    )
    published = normalise_iso_datetime(published_raw) if published_raw else None
    page_url = url or _meta(tree, "og:url") or _name_of(ld.get("url"))
    hints = Hints(
        outlet=outlet,
        outlet_rule="html-metadata" if outlet else None,
        title=title,
        published=published,
        url=page_url,
    )
    return hints, _name_of(ld.get("dateline"))


def read_html(html: str, url: str | None = None) -> tuple[str, Hints, list[str]]:
    """Main text, metadata hints and notes of an HTML page; HtmlProblem when it has no text."""
    text = trafilatura.extract(
        html,
        url=url,
        include_comments=False,
        favor_precision=True,
        include_tables=False,
        output_format="txt",
    )
    if not text or len(text.strip()) < MIN_ARTICLE_CHARS:
        raise HtmlProblem(
            "HTML page with no article text (only navigation or an empty shell); "
            "save the full article page or give its text"
        )
    hints, dateline = page_metadata(html, url)
    notes = [f"page metadata names the dateline '{dateline}'"] if dateline else []
    return text, hints, notes
