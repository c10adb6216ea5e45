"""Home towns: where the accounts of one event say a named person is from.

Local news writes a person's town beside the name ("Christopher Head, 45, of Detroit",
"Anthony Swift, 31, of Jackson,", "Clayton Singleton of Las Vegas", "Aniya Edwards, 19,
who was visiting Pontiac from Memphis" is not one: the town must follow the name, its age
at most, and "of" or "from"). The subject is the person, keyed as the ages key them
(``ages.full_names``: a bare surname is the article's one full name for it), the attribute
is the home town, the time this event. Two accounts that give one person two towns pair
in slot 'home:<person>#<fact>|<fact>'; the judge keeps a pair only when one account names
the other's town nowhere (a person "of Elma, formerly of Olympia" is both).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence

from factcheck.align.ages import full_names, person_key
from factcheck.align.shared import nested_names, story_regions, unread_names
from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType
from factcheck.values import PlaceValue

# Between the name and the town: its age at most, then "of" or "from".
# "Head, 45, of Detroit", "Singleton of Las Vegas", "Edens, of Olympia", "Swift (31) from".
HOME_BETWEEN_RE = re.compile(r"^(?:,\s*|\s*\()?(?:\d{1,3}\s*(?:,|\))\s*)?(?:of|from)\s+$")
HOME_REACH = 16  # characters from the end of the name to the town
# A town that is a street address's last part ("of 1522 State St., Schenectady") is not
# read: the address, not the town, follows "of".


def _places(item: ArticleFacts, regions: frozenset[str]) -> list[Fact]:
    """Every town-like place of the article: read places of a town or unknown kind, and the
    names the place rule left unread after a place preposition (``shared.unread_names``)."""
    read = [
        f
        for f in item.facts
        if f.type == FactType.PLACE
        and isinstance(f.value, PlaceValue)
        and f.value.kind in ("city", "unknown")
    ]
    return sorted([*read, *unread_names(item, regions)], key=lambda f: f.start)


def homes(item: ArticleFacts, regions: frozenset[str] = frozenset()) -> list[tuple[str, Fact]]:
    """Each (person key, town fact) the article writes as "Name[, age,] of Town"."""
    text = item.article.text
    names = full_names(item)
    places = _places(item, regions)
    starts = [f.start for f in places]
    out: list[tuple[str, Fact]] = []
    for p in item.facts:
        if p.type != FactType.PERSON:
            continue
        i = bisect_right(starts, p.end)  # the first place after the name (one search, not a scan)
        town = places[i] if i < len(places) and places[i].start <= p.end + HOME_REACH else None
        if town is None or not HOME_BETWEEN_RE.match(text[p.end : town.start]):
            continue
        who = person_key(p, text, names)
        if who:
            out.append((who, town))
    return out


def residence_alignments(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'home:' pairs: one person given two different towns by two accounts."""
    regions = story_regions(members)
    by_person: dict[str, dict[str, Fact]] = defaultdict(dict)
    for item in members:
        for who, town in homes(item, regions):
            by_person[who].setdefault(item.article.id, town)  # the first town written
    out = []
    for who, by_article in sorted(by_person.items()):
        facts = sorted(by_article.values(), key=lambda f: f.article_id)
        for i, a in enumerate(facts):
            for b in facts[i + 1 :]:
                if a.text.casefold() == b.text.casefold() or nested_names(a.text, b.text):
                    continue
                out.append(
                    Alignment(
                        slot=f"home:{who}#{a.id}|{b.id}",
                        kind="place",
                        event_ids=(event.id,),
                        facts=(a, b),
                    )
                )
    return out
