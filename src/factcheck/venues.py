"""Whether a place an article names is where its story happens: one rule for cluster and judge.

Cluster names an event's place from its members' venues (cluster.events._event_place); judge
compares a dateline with the venue its text names (judge.internal.venue_facts). Both ask
:func:`is_venue_mention` first, then weigh the mentions their own way.
"""

from __future__ import annotations

import re

from factcheck.models import Article, Fact

# Places of these kinds can be a venue; a country alone is too coarse to name one.
VENUE_KINDS = ("venue", "city", "region")
POSSESSIVES = ("'s", "’s")
# Places read as a home town ("Head, 45, of Detroit") or as the qualifier of a person or thing
# ("a Lake Stevens man", "Parma police"): where someone lives or serves, not a venue
# (extract.places).
NOT_VENUE_RULES = ("place-home", "place-of-noun")


# Words before a place that make it a route end, not where the story happens ("the train
# from Los Angeles to Chicago", "a flight bound for Düsseldorf", "on its way to Chicago");
# "for" only after a journey ("more difficult for Saudi Arabia" is said of the place).
_ROUTE_BEFORE = re.compile(
    r"\b(?:from|to|towards?|via|between|(?:bound|headed|heading|left|leaving|leaves|departed|"
    r"set\s+off|sailing|flying|flew|flights?)\s+for)\s+(?:the\s+)?$",
    re.I,
)
# A journey's end, the place it was going to ("headed for Nashville", "flying to Knoxville",
# "bound for Düsseldorf", "on its way to Chicago"); not where it came from.
_DESTINATION_BEFORE = re.compile(
    r"\b(?:bound|headed|heading|destined|flying|sailing|travell?ing|en\s+route|"
    r"on\s+(?:its|their|his|her)\s+way)\s+(?:for|to|towards?)\s+(?:the\s+)?$",
    re.I,
)
# "7:09 a.m. Moscow time", "Beijing Time": a clock's zone, not a venue.
_ZONE_AFTER = re.compile(r"\s+(?:time|standard time)\b", re.I)


def is_route_or_zone(text: str, start: int, end: int) -> bool:
    """True when the place at [start, end) is a route end or a clock zone, not a venue."""
    return bool(
        _ROUTE_BEFORE.search(text[max(0, start - 24) : start]) or _ZONE_AFTER.match(text, end)
    )


def is_destination(text: str, start: int) -> bool:
    """True when the place starting at ``start`` is where a journey was going."""
    return _DESTINATION_BEFORE.search(text[max(0, start - 30) : start]) is not None


_ORIGIN_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)


def is_origin(text: str, start: int) -> bool:
    """True when the place starting at ``start`` is where a journey came from ("flew in
    from Omaha")."""
    return _ORIGIN_BEFORE.search(text[max(0, start - 12) : start]) is not None


def is_possessive(text: str, end: int) -> bool:
    """True when the name ending at ``end`` is possessive ("Tokyo's reforms").

    A possessive place names a government or a people, not where the story happens, so it
    never counts as the venue (cluster's lead venue and judge's dateline-vs-venue alike).
    """
    return text[end : end + 2] in POSSESSIVES


def in_dateline(article: Article, fact: Fact) -> bool:
    """Whether the fact overlaps the article's dateline (the filing place, not the venue)."""
    dl = article.dateline
    return dl is not None and fact.start < dl.end and fact.end > dl.start


def is_venue_mention(article: Article, fact: Fact) -> bool:
    """Whether a place fact may say where the story happens.

    Not a home town or a person's or thing's qualifier (NOT_VENUE_RULES), nor the
    dateline's own place (where the story was filed), nor a place in a photo
    caption, a possessive ("Tokyo's reforms": a government), a route end ("from Barcelona
    to Düsseldorf") or a clock zone ("Moscow time"). What kind of place may be a venue
    (VENUE_KINDS; a country only in some readings) is the caller's to decide.
    """
    text = article.text
    return not (
        fact.rule in NOT_VENUE_RULES
        or in_dateline(article, fact)
        or any(a <= fact.start < b for a, b in article.caption_spans)
        or is_possessive(text, fact.end)
        or is_route_or_zone(text, fact.start, fact.end)
    )
