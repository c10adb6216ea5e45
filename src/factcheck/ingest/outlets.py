"""Outlet knowledge: the outlets.toml table in, outlet names for tags, credits, domains out."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Outlet:
    """One row of outlets.toml."""

    name: str
    wire_tags: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    markers: tuple[str, ...] = ()
    readout_markers: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


@cache
def outlet_table() -> tuple[Outlet, ...]:
    """The bundled outlet table, loaded once."""
    raw = resources.files("factcheck.ingest").joinpath("outlets.toml").read_text("utf-8")
    rows = tomllib.loads(raw).get("outlet", [])
    return tuple(
        Outlet(
            name=row["name"],
            **{
                key: tuple(row.get(key, ()))
                for key in (
                    "wire_tags",
                    "credits",
                    "abbreviations",
                    "markers",
                    "readout_markers",
                    "domains",
                )
            },
        )
        for row in rows
    )


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("the ", "", 1).split()) if text else ""


def by_wire_tag(tag: str) -> str | None:
    """The outlet for a wire tag ('Reuters', 'AP'), exact case first.

    Joint credits ('AFP / AP') give the outlets they name, joined the same way, when
    every tag is known.
    """
    if "/" in tag:
        names = [by_wire_tag(part.strip()) for part in tag.split("/")]
        return " / ".join(n for n in names if n) if all(names) else None
    for outlet in outlet_table():
        if tag in outlet.wire_tags:
            return outlet.name
    for outlet in outlet_table():
        if tag.lower() in (t.lower() for t in outlet.wire_tags) or tag == outlet.name:
            return outlet.name
    return None


@cache
def _not_outlets() -> frozenset[str]:
    raw = resources.files("factcheck.ingest").joinpath("outlets.toml").read_text("utf-8")
    names = tomllib.loads(raw).get("photo_credits", {}).get("not_outlets", [])
    return frozenset(_norm(n) for n in names)


def _known_credit(name: str) -> str | None:
    key = _norm(re.sub(r"\s+via\s+.*$", "", name))
    for outlet in outlet_table():
        if key in (_norm(c) for c in outlet.credits) or key == _norm(outlet.name):
            return outlet.name
    return None


def by_credit(left: str, right: str) -> str | None:
    """The outlet a 'left / right' photo credit names, or None for agencies and unknowns.

    Credits put the outlet on either side ("Jane Doe / The Yomiuri Shimbun",
    "REUTERS/Jane Doe"); a side found in the table wins, else an unknown right-hand side
    that reads like an organisation ("The ...", several capitalised words) is kept.
    """
    for side in (right, left):
        known = _known_credit(side)
        if known:
            return known
    name = right.strip()
    if _norm(name) in _not_outlets() or "via" in name.split():
        return None
    looks_like_org = name.startswith("The ") or name.isupper() or len(name.split()) >= 3
    return name if looks_like_org else None


@cache
def _site_names() -> dict[str, str]:
    """Domain -> name: the [sites] table, then the domains of the [[outlet]] rows (which win)."""
    raw = resources.files("factcheck.ingest").joinpath("outlets.toml").read_text("utf-8")
    names = {k.lower(): v for k, v in tomllib.loads(raw).get("sites", {}).items()}
    for outlet in outlet_table():
        names.update((domain.lower(), outlet.name) for domain in outlet.domains)
    return names


def by_domain(url: str) -> str | None:
    """The outlet whose domain (or a parent of it) serves ``url``.

    The longest listed domain wins: japannews.yomiuri.co.jp over yomiuri.co.jp.
    """
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    names = _site_names()
    parts = host.split(".")
    for start in range(len(parts) - 1):
        name = names.get(".".join(parts[start:]))
        if name:
            return name
    return None


def site_of(url: str) -> str | None:
    """The registrable domain serving ``url``: 'https://news.example.co.uk/a' -> 'example.co.uk'."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    parts = [p for p in host.split(".") if p]
    if len(parts) < 2 or all(p.isdigit() for p in parts):
        return None  # a bare name or an IP address names no site
    # "bbc.co.uk", "abc.net.au": a two-letter country code under a generic second level.
    keep = 3 if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in _SECOND_LEVEL else 2
    return ".".join(parts[-keep:])


_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "go", "ac", "edu", "or", "ne"})


def by_site_heading(headings: list[str]) -> str | None:
    """The outlet whose abbreviation or name heads a furniture block ('XY ACCESS RANKING')."""
    for heading in headings:
        tokens = set(re.findall(r"[A-Za-z]+", heading))
        for outlet in outlet_table():
            if any(abbr in tokens for abbr in outlet.abbreviations):
                return outlet.name
            if _norm(outlet.name) and _norm(outlet.name) in _norm(heading):
                return outlet.name
    return None


def by_marker(texts: list[str]) -> str | None:
    """The outlet whose furniture phrase ('... Trust Principles') appears in ``texts``."""
    joined = "\n".join(texts).lower()
    for outlet in outlet_table():
        if any(marker.lower() in joined for marker in outlet.markers):
            return outlet.name
    return None


def by_readout(texts: list[str]) -> str | None:
    """The government body whose readout convention ('[Provisional translation]') appears."""
    joined = "\n".join(texts).lower()
    for outlet in outlet_table():
        if any(marker.lower() in joined for marker in outlet.readout_markers):
            return outlet.name
    return None


# Top-level domains a saved page's file name may end its site with: the generic ones news
# sites use and every two-letter country code (ISO 3166-1, plus "uk" and "eu").
_GENERIC_TLD_TEXT = (
    "com org net gov edu int mil info biz news media press online site tv fm io co me "
    "blog today live world global agency"
)
_COUNTRY_TLD_TEXT = (
    "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo "
    "br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm "
    "do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs "
    "gt gu gw gy hk hm hn hr ht hu id ie il im in iq ir is it je jm jo jp ke kg kh ki km kn "
    "kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq "
    "mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl "
    "pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st "
    "sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve "
    "vg vi vn vu wf ws ye yt za zm zw"
)
_GENERIC_TLDS = frozenset(_GENERIC_TLD_TEXT.split())
_COUNTRY_TLDS = frozenset(_COUNTRY_TLD_TEXT.split())
# A domain-shaped token: dot-separated labels of letters, digits and inner hyphens.
_DOMAIN_TOKEN = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+")
_FILE_EXTENSION = re.compile(
    r"\.(?:txt|text|md|markdown|html?|xhtml|mhtml?|jsonl?|ndjson|xml|pdf)$", re.IGNORECASE
)


def _domain_in(token: str) -> str | None:
    """The host a domain-shaped token names ('www.example.com'), else None.

    The last label must be a top-level domain and the one before it a name with a letter;
    a leading date or number glued on with hyphens ('2011-05-03-bbc.co.uk') is dropped.
    """
    labels = token.split(".")
    if len(labels) < 2 or not (labels[-1] in _GENERIC_TLDS or labels[-1] in _COUNTRY_TLDS):
        return None
    labels[0] = re.sub(r"^(?:\d+-)+", "", labels[0])
    name = labels[-3] if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else labels[-2]
    if not re.search(r"[a-z]", name) or not labels[0]:
        return None
    return ".".join(labels)


def domain_in_file_name(name: str) -> str | None:
    """The host a saved page's file name carries: '5_reuters.com.txt' -> 'reuters.com',
    'www.examplenews.com-2011-05-03-story.txt' -> 'www.examplenews.com'.

    File names are split at characters no host holds (``_``, spaces, brackets...); the
    first domain-shaped piece ending in a top-level domain names the site. A hyphen can
    be in a host, so a trailing '-2011-...' is cut where the top-level domain ends.
    """
    stem = _FILE_EXTENSION.sub("", name.strip()).lower()
    for match in _DOMAIN_TOKEN.finditer(stem):
        token = match.group(0)
        # "example.com-2011-05-03-story": the host ends at the first TLD followed by "-".
        labels = token.split(".")
        for end in range(2, len(labels) + 1):
            head = labels[: end - 1]
            last, _, _rest = labels[end - 1].partition("-")
            candidate = ".".join([*head, last])
            if (last in _GENERIC_TLDS or last in _COUNTRY_TLDS) and (end == len(labels) or _rest):
                found = _domain_in(candidate)
                if found:
                    # A longer host may follow ('news.bbc.co.uk'): keep the longest whole one.
                    whole = _domain_in(token) if not _rest else None
                    return whole or found
        found = _domain_in(token)
        if found:
            return found
    return None


def by_file_name(name: str) -> str | None:
    """The outlet named by a domain in a saved page's file name ('5_reuters.com.txt').

    Saved pages are often named after their site; a known domain gives the outlet's
    name, an unknown one its registrable domain ('laptops.reviewed.com' -> 'reviewed.com'),
    the best label an editor can check.
    """
    host = domain_in_file_name(name)
    if host is None:
        return None
    url = f"http://{host}/"
    return by_domain(url) or site_of(url) or host


# Words after a byline's comma that give the writer's role, not an outlet.
_ROLE_WORDS = {"writer", "reporter", "correspondent", "editor", "contributor", "staff",
               "columnist", "journalist", "producer", "author", "team", "desk"}  # fmt: skip


def _named_outlet(name: str) -> str | None:
    """The outlet a credit names: a wire tag or a credit in the table."""
    name = name.strip().rstrip(".")
    return by_wire_tag(name) or _known_credit(name) if name else None


def by_byline(who: str | None, org: str | None) -> str | None:
    """The outlet a byline names: "By Jane Doe, Associated Press", "By Xinhua".

    A known outlet or wire on either side counts; an unknown one only when it reads as
    an organisation's name ("The Valley Courier") rather than a role ("Staff Writer").
    """
    for side in (org, who):
        if side:
            # "By Reuters Staff": the outlet before a role word.
            kept = side.split()
            while len(kept) > 1 and kept[-1].lower().rstrip("s.") in _ROLE_WORDS:
                kept.pop()
            known = _named_outlet(" ".join(kept))
            if known:
                return known
    if org:
        name = org.strip().rstrip(".")
        words = set(name.lower().split())
        if (
            name.startswith("The ")
            and not words & _ROLE_WORDS
            and _norm(name) not in _not_outlets()
        ):
            return name
    return None


_COPYRIGHT_HOLDER = re.compile(
    r"(?i:©|\(c\)|copyright)(?:\s*©)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(?:by\s+)?"
    r"(?P<holder>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|for)){0,5})"
)


def by_copyright(texts: list[str]) -> str | None:
    """The outlet a copyright line names: "© 2025 Newsmax. All rights reserved."

    A holder in the table gives its name; an unknown holder counts when it is a short
    name that is not a photo agency ("© 2024 Valley Media Group").
    """
    for text in texts:
        m = _COPYRIGHT_HOLDER.search(text)
        if not m:
            continue
        holder = re.sub(r"\s+(?:All|Inc|LLC|Ltd)\b.*$", "", m["holder"]).strip(" .,")
        holder = re.sub(r"\.(?:\s.*)?$", "", holder)
        if not holder or _norm(holder) in _not_outlets():
            continue
        return _named_outlet(holder) or holder
    return None


# "(ANI)", "— AFP", "(With inputs from PTI)" closing the story: the wire it came from.
_END_TAG = re.compile(
    r"(?:[.!?”\"’)]\s*|^)(?:\((?:(?i:with inputs from)\s+)?(?P<tag>[A-Za-z][A-Za-z .&-]{1,24})\)"
    r"|[—–-]{1,2}\s*(?P<dash>[A-Z][A-Za-z.&-]{1,24}(?: [A-Z][A-Za-z.&-]{1,24})?))\s*$"
)
# "..., reports AFP." closing the lead: the wire credited for the story.
_REPORTS = re.compile(
    r",?\s+reports?\s+(?P<tag>[A-Z][A-Za-z.&-]*(?:\s+[A-Z][A-Za-z.&-]*){0,3})\s*\.?\s*$"
)


def by_end_tag(body: str) -> str | None:
    """The known wire whose tag closes the story text: "... the CENC said. (ANI)"."""
    m = _END_TAG.search(body.rstrip())
    return by_wire_tag((m["tag"] or m["dash"]).strip()) if m else None


def by_reports_credit(lead: str) -> str | None:
    """The known wire a lead credits at its end: "..., reports AFP."."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", lead.strip(), maxsplit=1)[0]
    m = _REPORTS.search(first)
    return by_wire_tag(m["tag"].strip().rstrip(".")) if m else None


def named_outlet(text: str) -> str | None:
    """The known outlet or wire ``text`` names exactly ("Reuters", "BBC News"), else None."""
    return _named_outlet(text)
