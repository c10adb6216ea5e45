"""Page metadata: a parsed HTML page in; its outlet, title, publication time and URL out.

A real page states each of these in several places (JSON-LD, Open Graph and Twitter tags,
microdata, the <title>, the <h1>, <time> elements) and they often disagree: og:site_name
names an edition ("U.S."), the JSON-LD headline is cut short ("... for Hong Kong leader..."),
og:title is the social-media headline, the <title> carries the site, a section and a date.
The rules here choose by agreement between sources and by plausibility, never by site.
"""

from __future__ import annotations

import html as htmllib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import lxml.etree  # type: ignore[import-untyped]
import lxml.html  # type: ignore[import-untyped]

from factcheck.ingest import outlets
from factcheck.ingest.dateline import country_name
from factcheck.ingest.dates import normalise_iso_datetime
from factcheck.ingest.stamps import parse_stamp_line

# Site names are short; a longer og:site_name is a slogan or a page title.
SITE_NAME_MAX_WORDS = 8
SITE_NAME_MAX_CHARS = 60
# A <title> or og:title is only cut down to another candidate this long (a logo <h1>
# such as "Reuters" must not stand in for the headline).
TITLE_MIN_WORDS = 3
# Dates before this year in page metadata are placeholders (1970-01-01, 0001-01-01).
MIN_PUBLISHED_YEAR = 1990
# A section label left before the site name in a <title> ("Migration News") is this short.
SECTION_MAX_WORDS = 4

_PARSER = lxml.html.HTMLParser(
    huge_tree=True, remove_comments=True, remove_pis=True, collect_ids=False
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_ARTICLE_KINDS = ("Article", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report")
_NEWS_ORG_KINDS = ("NewsMediaOrganization",)
# Separators sites put between a headline, a section, the site name and a date.
_TITLE_SEPARATOR = re.compile(r"(\s*\|\s*|\s+[-–—·•»]\s+|\s+::\s+)")
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*$")
_QUOTES = str.maketrans({"′": "'", "’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
_DOMAIN_LIKE = re.compile(r"^(?:www\.)?([a-z0-9-]+)(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.I)
_DOMAIN_IN_PARENS = re.compile(r"\s*\((?:www\.)?[\w-]+(?:\.[\w-]+)+\)\s*$")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
# Words that are a page's edition, section or kind, never the outlet's name.
_NOT_SITE_NAMES = frozenset(
    {"news", "home", "homepage", "home page", "article", "articles", "story", "blog",
     "website", "web", "online", "edition", "international", "world", "local", "latest",
     "latest news", "breaking news", "top stories", "opinion", "video", "live"}
)  # fmt: skip
# Meta names that carry a publication time, strongest first (og: and article: are the
# Open Graph protocol; the rest are Dublin Core, Parse.ly, Sailthru and CMS habits).
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "article:published",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
    "date", "article.published", "originalpublicationdate",
)  # fmt: skip


@dataclass
class PageMeta:
    """What a page's markup says about the article it holds."""

    outlet: str | None = None
    outlet_rule: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    dateline: str | None = None
    article_body: str | None = None
    notes: list[str] = field(default_factory=list)


def parse_tree(html: str) -> Any:
    """The page as an lxml tree (deep nesting allowed), or None when it cannot be parsed."""
    text = _XML_DECLARATION.sub("", html, count=1)
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text, parser=_PARSER)
    except (ValueError, lxml.etree.ParserError, lxml.etree.XMLSyntaxError):
        return None


# --- JSON-LD -------------------------------------------------------------------------


def _load_json(raw: str) -> Any:
    """JSON of a script block, forgiving comment wrappers and trailing commas."""
    text = raw.strip()
    for attempt in (text, _repair_json(text)):
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            continue
    return None


def _repair_json(text: str) -> str:
    text = re.sub(r"^(?:<!--|/\*\s*<!\[CDATA\[\s*\*/|//\s*<!\[CDATA\[|<!\[CDATA\[)", "", text)
    text = re.sub(r"(?:-->|/\*\s*\]\]>\s*\*/|//\s*\]\]>|\]\]>)$", "", text.strip())
    return re.sub(r",\s*([}\]])", r"\1", text.strip().rstrip(";"))


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    """Objects of a JSON-LD block in document order: lists, @graph and mainEntity opened."""
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity"):
            if isinstance(data.get(key), list | dict):
                yield from _walk(data[key])


def json_ld_objects(tree: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page."""
    found: list[dict[str, Any]] = []
    for node in tree.xpath("//script[@type]"):
        if "ld+json" in (node.get("type") or "").lower():
            found.extend(_walk(_load_json(node.text or "")))
    return found


def _kinds(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type")
    return [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]


def _is_kind(obj: dict[str, Any], suffixes: tuple[str, ...]) -> bool:
    return any(k.endswith(suffixes) for k in _kinds(obj))


def _resolve(value: Any, index: dict[str, dict[str, Any]]) -> Any:
    """A JSON-LD value with a bare {"@id": ...} reference replaced by the object it names."""
    if isinstance(value, list):
        value = value[0] if value else None
    is_reference = isinstance(value, dict) and not set(value) - {"@id", "@type"}
    if is_reference and isinstance(value.get("@id"), str):
        return index.get(value["@id"], value)
    return value


def _text(value: Any) -> str | None:
    """A plain string from a JSON-LD/meta value (first of a list, name of an object)."""
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, dict):
        value = value.get("name")
    if not isinstance(value, str):
        return None
    cleaned = " ".join(htmllib.unescape(value).split())
    return cleaned or None


def _same_page(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    pa, pb = urlsplit(a), urlsplit(b)
    return pa.path.rstrip("/") == pb.path.rstrip("/") and bool(pa.path.strip("/"))


def _main_article(objs: list[dict[str, Any]], page_url: str | None) -> dict[str, Any]:
    """The JSON-LD object describing this page's article (not a related one)."""
    articles = [o for o in objs if _is_kind(o, _ARTICLE_KINDS)]
    for obj in articles:
        entity = obj.get("mainEntityOfPage")
        entity_url = entity.get("@id") if isinstance(entity, dict) else entity
        for link in (obj.get("url"), entity_url, obj.get("@id")):
            if isinstance(link, str) and _same_page(link, page_url):
                return obj
    complete = [o for o in articles if o.get("headline") and o.get("datePublished")]
    return (complete or articles or [{}])[0]


# --- plain markup --------------------------------------------------------------------


class _Metas:
    """<meta> contents by lower-case property/name/itemprop, in document order."""

    def __init__(self, tree: Any) -> None:
        self.values: dict[str, list[str]] = {}
        for node in tree.iter("meta"):
            content = node.get("content")
            if content is None or not content.strip():
                continue
            for attr in ("property", "name", "itemprop"):
                key = (node.get(attr) or "").strip().lower()
                if key:
                    self.values.setdefault(key, []).append(content.strip())

    def first(self, *names: str) -> str | None:
        for name in names:
            for value in self.values.get(name, ()):
                text = _text(value)
                if text:
                    return text
        return None


def _link(tree: Any, rel: str) -> str | None:
    for href in tree.xpath(f'//link[@rel="{rel}"]/@href'):
        if urlsplit(str(href)).scheme in ("http", "https"):
            return str(href).strip()
    return None


def _headline_element(tree: Any) -> str | None:
    """Text of the page's main <h1> (inside <article>/<main> when there is one)."""
    for path in ("//article//h1", "//main//h1", "//h1"):
        for node in tree.xpath(path):
            text = " ".join(node.text_content().split())
            if text:
                return text
    return None


def _time_elements(tree: Any) -> list[str]:
    """datetime values of <time> and datePublished microdata, publication ones first."""
    marked = tree.xpath(
        '//*[@itemprop="datePublished"]/@content | //*[@itemprop="datePublished"]/@datetime'
        " | //time[@pubdate]/@datetime"
    )
    # Only times inside the article: a page header's clock or a related-links list
    # elsewhere on the page dates something else.
    scoped = tree.xpath("//article//time/@datetime | //main//time/@datetime")
    return [str(v) for v in [*marked, *scoped]]


# --- outlet --------------------------------------------------------------------------


def _squash(text: str) -> str:
    """'The Verge' -> 'verge', 'CNN.com' -> 'cnn': a key for comparing site names."""
    text = text.strip().casefold()
    domain = _DOMAIN_LIKE.match(text)
    if domain:
        text = domain.group(1)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[^0-9a-z\u00c0-\uffff]+", "", text)


def _initials(text: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in ("the", "of", "and")]
    return "".join(w[0] for w in words).casefold() if len(words) >= 2 else ""


def host_label(url: str | None) -> str | None:
    """'https://www.dw.com/en/x' -> 'dw'; None for a URL without a host."""
    host = (urlsplit(url).hostname or "") if url else ""
    parts = [p for p in host.lower().split(".") if p and p != "www"]
    if len(parts) < 2:
        return None
    # "bbc.co.uk", "abc.net.au": the label before a two-part public suffix.
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in ("co", "com", "net", "org", "go"):
        return parts[-3]
    return parts[-2]


def _clean_site_name(name: str | None) -> str | None:
    if not name:
        return None
    name = _DOMAIN_IN_PARENS.sub("", name).strip(" -|·")
    if not name or len(name) > SITE_NAME_MAX_CHARS or len(name.split()) > SITE_NAME_MAX_WORDS:
        return None
    if name.casefold() in _NOT_SITE_NAMES:
        return None  # a section or kind of page ("World", "News"), not the outlet
    if country_name(name) and (len(name) > 3 or "." in name or name.upper() in ("US", "UK")):
        return None  # an edition ("U.S.", "India"); short codes may be outlets' initials
    return name


def choose_outlet(
    candidates: list[str | None], page_url: str | None, guessed: str | None = None
) -> tuple[str | None, str | None]:
    """The outlet's name and rule: a known domain, else the first plausible site name.

    ``candidates`` are names the page states, strongest first; ``guessed`` is the text
    extractor's guess (which falls back to the host name). A name that is only a host
    name ("DW.COM") gives way to a later candidate that is a real name ("Deutsche Welle").
    """
    known = outlets.by_domain(page_url) if page_url else None
    if known:
        return known, "domain"
    stated = [n for n in (_clean_site_name(c) for c in candidates) if n]
    if stated:
        if _DOMAIN_LIKE.match(stated[0]):
            proper = next((n for n in stated[1:] if not _DOMAIN_LIKE.match(n)), None)
            if proper:
                return proper, "html-metadata"
        return stated[0], "html-metadata"
    name = _clean_site_name(guessed)
    if not name:
        return None, None
    site = outlets.site_of(page_url) if page_url else None
    if site and name.lower().removeprefix("www.") == site:
        return site, "url-host"  # nothing but the page's own host names the site
    return name, "html-metadata"


# --- title ---------------------------------------------------------------------------


def _title_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.translate(_QUOTES).casefold()))


def _segments(title: str) -> list[str]:
    """Headline, section, site... split at the separators sites use (text, sep, text...)."""
    return _TITLE_SEPARATOR.split(title)


def _is_date_segment(segment: str) -> bool:
    segment = segment.strip()
    return bool(_NUMERIC_DATE.match(segment)) or (
        len(segment.split()) <= 6 and parse_stamp_line(segment) is not None
    )


def _is_site_segment(segment: str, site_keys: set[str]) -> bool:
    """'The Verge', 'CNN.com', 'DW' (the initials of Deutsche Welle): the site's own name."""
    key = _squash(segment)
    return bool(key) and key in site_keys


def strip_site_parts(title: str, site_keys: set[str], sections: set[str]) -> str:
    """Drop trailing (and leading) site names, dates and section labels from a title."""
    parts = _segments(title)
    stripped_site = False
    while len(parts) >= 3:
        last = parts[-1]
        if _is_site_segment(last, site_keys) or _is_date_segment(last):
            stripped_site = stripped_site or _is_site_segment(last, site_keys)
            parts = parts[:-2]
        elif stripped_site and (
            _title_key(last) in sections
            or (len(last.split()) <= SECTION_MAX_WORDS and last.strip().endswith("News"))
        ):
            parts = parts[:-2]  # "Migration News" left before "| Al Jazeera"
        else:
            break
    if len(parts) >= 3 and _is_site_segment(parts[0], site_keys):
        rest = "".join(parts[2:])
        if len(rest.split()) >= TITLE_MIN_WORDS:
            parts = parts[2:]
    return "".join(parts).strip()


def _reduce_to(candidate: str, other: str) -> bool:
    """True when ``candidate`` is ``other`` followed by separators and more segments."""
    if len(other.split()) < TITLE_MIN_WORDS:
        return False
    parts = _segments(candidate)
    target = _title_key(other)
    return any(_title_key("".join(parts[:i])) == target for i in range(1, len(parts) - 1, 2))


def choose_title(candidates: list[tuple[str, str | None]], site_keys: set[str],
                 sections: set[str]) -> str | None:  # fmt: skip
    """The headline the page's sources agree on.

    ``candidates`` are (source, text) strongest first. A candidate that is another one
    plus a site or section suffix counts as that one; a candidate cut short with an
    ellipsis counts as the full headline it begins; then the most often stated headline
    wins, ties going to the stronger source.
    """
    items = [
        [src, " ".join(t.split())]
        for src, t in candidates
        if t and t.strip() and not _is_site_segment(t, site_keys)  # a logo <h1>, a bare <title>
    ]
    if not items:
        return None
    for item in items:
        for other in items:
            if other is not item and _reduce_to(item[1], other[1]):
                item[1] = other[1]
                break
        item[1] = strip_site_parts(item[1], site_keys, sections)
    for item in items:
        if _ELLIPSIS.search(item[1]):
            stem = _title_key(_ELLIPSIS.sub("", item[1]))
            longer = next(
                (o[1] for o in items if o is not item and not _ELLIPSIS.search(o[1])
                 and _title_key(o[1]).startswith(stem) and len(o[1]) > len(item[1]) - 3),
                None,
            )  # fmt: skip
            if longer:
                item[1] = longer
    votes: dict[str, list[Any]] = {}
    for rank, (_src, text) in enumerate(items):
        key = _title_key(text)
        if not key:
            continue
        entry = votes.setdefault(key, [0, rank, text])
        entry[0] += 1
    if not votes:
        return None
    best = max(votes.values(), key=lambda v: (v[0], -v[1]))
    return str(best[2])


# --- publication time ----------------------------------------------------------------


def _has_zone(stamp: str) -> bool:
    return bool(re.search(r"[+-]\d{2}:\d{2}$", stamp))


def choose_published(raw: list[str | None]) -> str | None:
    """The first usable publication stamp, completed from an agreeing stamp with a zone.

    '2020-01-10 09:00:04' (no zone) and '2020-01-10T09:00:04Z' state one time; the zoned
    one is kept. A bare date takes the time and zone of a stamp on the same day.
    """
    stamps: list[str] = []
    for value in raw:
        stamp = normalise_iso_datetime(value) if value else None
        if stamp and int(stamp[:4]) >= MIN_PUBLISHED_YEAR:
            stamps.append(stamp)
    if not stamps:
        return None
    chosen = stamps[0]
    if _has_zone(chosen):
        return chosen
    for other in stamps[1:]:
        if not _has_zone(other):
            continue
        if len(chosen) == len("YYYY-MM-DD") and other[:10] == chosen:
            return other
        if other[:16] == chosen[:16]:
            return other
    return chosen


# --- the page ------------------------------------------------------------------------


def _absolute(url: Any) -> str | None:
    if isinstance(url, dict):
        url = url.get("@id") or url.get("url")
    if isinstance(url, str) and urlsplit(url.strip()).scheme in ("http", "https"):
        return url.strip()
    return None


def read_page_meta(tree: Any, url: str | None, fallback: Any = None) -> PageMeta:
    """Outlet, title, publication time, URL, dateline and articleBody of a parsed page.

    ``fallback`` is trafilatura's own metadata (title, sitename, date), used last.
    """
    objs = json_ld_objects(tree)
    index = {o["@id"]: o for o in objs if isinstance(o.get("@id"), str)}
    metas = _Metas(tree)
    canonical = _link(tree, "canonical")
    provisional = url or canonical or _absolute(metas.first("og:url"))
    ld = _main_article(objs, provisional)
    page_url = (
        url
        or canonical
        or _absolute(metas.first("og:url"))
        or _absolute(ld.get("url"))
        or _absolute(ld.get("mainEntityOfPage"))
    )
    publisher = _resolve(ld.get("publisher"), index)
    news_org = next((o for o in objs if _is_kind(o, _NEWS_ORG_KINDS)), {})
    fb_site = getattr(fallback, "sitename", None)
    outlet, rule = choose_outlet(
        [
            metas.first("og:site_name"),
            _text(publisher),
            _text(news_org),
            metas.first("publisher", "sourceorganization"),
        ],
        page_url,
        fb_site,
    )
    site_keys = {
        k
        for k in (
            _squash(outlet or ""),
            _initials(outlet or ""),
            _squash(metas.first("og:site_name") or ""),
            _squash(_text(publisher) or ""),
            _initials(_text(publisher) or ""),
            _squash(_clean_site_name(metas.first("publisher")) or ""),
            _initials(_clean_site_name(metas.first("publisher")) or ""),
            host_label(page_url) or "",
        )
        if k
    }
    sections = {
        _title_key(s)
        for s in [*metas.values.get("article:section", []), _text(ld.get("articleSection")) or ""]
        if s
    }
    title = choose_title(
        [
            ("json-ld", _text(ld.get("headline")) or _text(ld.get("name"))),
            ("og:title", metas.first("og:title")),
            ("twitter:title", metas.first("twitter:title")),
            ("meta-headline", metas.first("headline", "title")),
            ("h1", _headline_element(tree)),
            ("title", _text(next(iter(tree.xpath("//head/title/text()")), None))),
        ],
        site_keys,
        sections,
    )
    if title is None and getattr(fallback, "title", None):
        title = strip_site_parts(str(fallback.title), site_keys, sections)
    published = choose_published(
        [
            _text(ld.get("datePublished")),
            metas.first(*_PUBLISHED_META),
            *_time_elements(tree),
            _text(ld.get("dateCreated")),
            getattr(fallback, "date", None),
        ]
    )
    body = ld.get("articleBody")
    return PageMeta(
        outlet=outlet,
        outlet_rule=rule,
        title=title or None,
        published=published,
        url=page_url,
        dateline=_text(ld.get("dateline")),
        article_body=body.strip() if isinstance(body, str) and body.strip() else None,
    )
