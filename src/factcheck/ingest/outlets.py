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
    """The outlet for a wire tag ('Reuters', 'AP'), exact case first."""
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


def by_domain(url: str) -> str | None:
    """The outlet whose domain (or a parent of it) serves ``url``."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    best: tuple[int, str] | None = None
    for outlet in outlet_table():
        for domain in outlet.domains:
            matches = host == domain or host.endswith("." + domain)
            # The longest matching domain wins: japannews.yomiuri.co.jp over yomiuri.co.jp.
            if matches and (best is None or len(domain) > best[0]):
                best = (len(domain), outlet.name)
    return best[1] if best else None


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


_DOMAIN_IN_NAME = re.compile(
    r"(?<![\w.-])((?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|int|news|info|co\.uk|co\.jp|"
    r"com\.au|co\.kr|go\.jp|ca|uk|de|fr|jp|in|it|es|nl|eu|au|ie|sg|nz))(?![\w-])",
    re.IGNORECASE,
)


def by_file_name(name: str) -> str | None:
    """The outlet named by a domain in a saved page's file name ('5_reuters.com.txt').

    Saved pages are often named after their site; a known domain gives the outlet's
    name, an unknown one is itself the best label an editor can check.
    """
    stem = re.sub(r"\.(?:txt|text|md|markdown|html?|xhtml|jsonl?|ndjson)$", "", name, flags=re.I)
    match = _DOMAIN_IN_NAME.search(stem.lower().split("_", 1)[-1])
    if not match:
        return None
    domain = match.group(1)
    return by_domain(f"http://{domain}/") or domain
