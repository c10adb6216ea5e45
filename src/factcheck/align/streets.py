"""Streets: one street written with another type or spelling by two accounts.

Local news places a happening on a street ("the 5100 block of Idaho Street", "E. 55th St.
near Lenox Road"). A street is read as a name and a street type from the postal suffixes
(Street, Avenue, Road, ...; abbreviations folded: "St." is Street). Two accounts of one event
pair when they give

- the same name with another type ("Lenox Road" / "Lenox Avenue"), or
- the same type with a name spelt alike but not the same ("Sarah Street" / "Zara Street":
  rapidfuzz ratio at least STREET_SPELLING_MIN_RATIO),

and neither account writes the other's street anywhere, so two streets of one story (cross
streets, a home and a scene) do not pair. Slot 'street:<fact>|<fact>', judged by
``judge.residences.judge_street`` as a low variation. Numbered streets ("55th St." / "56th
St.") are different streets, not spellings: only their type is compared.

The number before a street ("46 Washington Street", "the 1400 block of E. 44th St.", "the
15400 block of Murray Hill", a block naming a street without its type) is an address: two
accounts that each give one number on the same street (by name), the numbers differing (a
house number outside the other's block), pair as 'address:<fact>|<fact>' (judged by
``judge.residences.judge_address``, a low variation): an account with two numbers on that
street tells of two places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from factcheck.align.shared import file_names, merged_pairs, representatives, sentence_index
from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType
from factcheck.text import STOPWORDS
from factcheck.values import PlaceValue

# USPS street suffixes (Publication 28, the common ones) and their written abbreviations;
# not "Court", which in the news is mostly a court ("Clark County Superior Court").
STREET_TYPES = {
    "street": "Street", "st": "Street", "avenue": "Avenue", "ave": "Avenue", "road": "Road",
    "rd": "Road", "boulevard": "Boulevard", "blvd": "Boulevard", "drive": "Drive",
    "lane": "Lane", "ln": "Lane", "parkway": "Parkway", "pkwy": "Parkway",
    "circle": "Circle", "terrace": "Terrace", "trail": "Trail", "highway": "Highway",
    "hwy": "Highway", "place": "Place", "way": "Way", "pike": "Pike", "alley": "Alley",
}  # fmt: skip
_TYPE_ALT = "|".join(sorted({k.title() for k in STREET_TYPES}, key=len, reverse=True))
# A corner names two streets of one type with the type once, in the plural, often in lower
# case: "at 52nd and Sansom streets".
CORNER_TYPES = ("street", "avenue", "road", "boulevard", "drive", "lane")
_CORNER_ALT = "|".join(f"[{t[0]}{t[0].upper()}]{t[1:]}s" for t in CORNER_TYPES)
STREET_RE = re.compile(
    r"\b(?:(?:[NSEW]|North|South|East|West)\.?\s+)?"
    r"((?:[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?)|\d{1,3}(?:st|nd|rd|th))"
    rf"\s+({_CORNER_ALT}|{_TYPE_ALT})\b\.?"
)
# Two names of one type spelt at least this alike are one street spelt two ways ("Sarah" /
# "Zara" 67); "Grant" / "Grand" 80 too, which is why each account must name only its own.
STREET_SPELLING_MIN_RATIO = 60
STREET_RULE = "street"


# A block names a street even when its type is left out: "the 15400 block of Murray Hill".
BLOCK_STREET_RE = re.compile(
    r"\b\d{1,6}[ \t]+block[ \t]+of[ \t]+(?:(?:[NSEW]|North|South|East|West)\.?[ \t]+)?"
    r"([A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){0,2})"
)


def streets(item: ArticleFacts, blocks: bool = False) -> list[Fact]:
    """Every street the article names, as a place fact (name and type in its value); with
    ``blocks``, also a street named after "block of" with no type ("the 15400 block of
    Murray Hill", type '')."""
    text = item.article.text
    out = []
    typed = {m.start(1) for m in STREET_RE.finditer(text)}
    if blocks:
        for m in BLOCK_STREET_RE.finditer(text):
            name = m.group(1)
            words = name.split()
            if m.start(1) in typed or words[-1].lower().rstrip("s") in STREET_TYPES:
                continue  # the street rule reads it with its type
            out.append(
                Fact(
                    id=f"{item.article.id}.s{m.start(1)}",
                    article_id=item.article.id,
                    type=FactType.PLACE,
                    text=name,
                    start=m.start(1),
                    end=m.end(1),
                    sentence=sentence_index(item, m.start(1)),
                    value=PlaceValue(name=f"{name} ", country="", kind="street"),
                    rule=STREET_RULE,
                )
            )
    for m in STREET_RE.finditer(text):
        written = m.group(2).lower()
        kind = STREET_TYPES.get(written) or STREET_TYPES[written.removesuffix("s")]
        start = m.start(1)
        words = m.group(1).split()
        while words and words[0].lower() in STOPWORDS:  # "On Main St.", "The Street"
            start = text.index(words[1], start) if len(words) > 1 else m.end(1)
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        sentence = sentence_index(item, start)
        out.append(
            Fact(
                id=f"{item.article.id}.s{start}",
                article_id=item.article.id,
                type=FactType.PLACE,
                text=text[start : m.end()].rstrip("."),
                start=start,
                end=m.end() - (1 if m.group(0).endswith(".") else 0),
                sentence=sentence,
                value=PlaceValue(name=f"{name} {kind}", country="", kind="street"),
                rule=STREET_RULE,
            )
        )
    return out


# A house number or a block right before a street: "46 Washington Street", "the 1400 block of".
NUMBER_BEFORE_RE = re.compile(r"\b(\d{1,5})(\s+block\s+of)?\s+$", re.IGNORECASE)


def address_number(item: ArticleFacts, fact: Fact) -> tuple[int, bool] | None:
    """The number written right before a street and whether it is a block ("the 1400 block
    of": 1400 to 1499), or None."""
    text = item.article.text
    start = fact.start
    direction = re.search(
        r"(?:\b[NSEW]\.?|North|South|East|West)\s+$", text[max(0, start - 8) : start]
    )
    if direction:
        start -= len(direction.group(0))
    m = NUMBER_BEFORE_RE.search(text, max(0, start - 24), start)
    if m is None:
        return None
    return int(m.group(1)), bool(m.group(2))


def _numbers_agree(a: tuple[int, bool], b: tuple[int, bool]) -> bool:
    """One address told two ways: the same number, or a house number inside the block."""
    if a == b:
        return True
    (na, block_a), (nb, block_b) = a, b
    if block_a and not block_b:
        return na <= nb < na + 100
    if block_b and not block_a:
        return nb <= na < nb + 100
    return na == nb


def address_alignments(event: Event, group: Sequence[ArticleFacts]) -> list[Alignment]:
    """'address:' pairs: the same street with numbers that cannot be one address, in two
    accounts that each give that street one number; or an account's one number against the
    first of an account that gives several, none of which it can be ("18 Plymouth St." /
    "19 Plymouth St. ... 33 Plymouth St.": whichever house the second means, not 18)."""
    numbered: dict[str, dict[str, list[tuple[Fact, tuple[int, bool]]]]] = {}
    for item in group:
        for f in streets(item, blocks=True):
            number = address_number(item, f)
            if number is not None:
                # by name: a block's street is often written without its type
                by_article = numbered.setdefault(street_key(f)[0], {})
                by_article.setdefault(item.article.id, []).append((f, number))
    files = file_names(group)
    pairs: list[tuple[Fact, Fact]] = []
    number_of: dict[str, tuple[int, bool]] = {}
    for by_article in numbered.values():
        ones = {
            aid: entries[0]
            for aid, entries in by_article.items()
            if len({n for _f, n in entries}) == 1
        }
        for f, n in ones.values():
            number_of[f.id] = n
        chosen = representatives(
            sorted((f for f, _n in ones.values()), key=lambda f: files.get(f.article_id, "")),
            lambda f: str(number_of[f.id]),
            files,
        )
        for i, a in enumerate(chosen):
            for b in chosen[i + 1 :]:
                if a.article_id != b.article_id and not _numbers_agree(
                    number_of[a.id], number_of[b.id]
                ):
                    pairs.append((a, b))
        for aid, entries in sorted(by_article.items()):
            if aid in ones:
                continue
            first, _n = entries[0]
            number_of[first.id] = entries[0][1]
            told = {n for _f, n in entries}
            for a in chosen:
                if not any(_numbers_agree(number_of[a.id], n) for n in told):
                    pairs.append((a, first) if a.article_id < aid else (first, a))
    return merged_pairs("address:", "place", event, pairs, lambda f: str(number_of[f.id]))


def street_key(fact: Fact) -> tuple[str, str]:
    name, _, kind = (fact.value.name if isinstance(fact.value, PlaceValue) else "").rpartition(" ")
    # "Bell’s Ferry" and "Bells Ferry" are one spelling
    return " ".join(re.sub(r"['’]", "", name.casefold()).split()), kind


def _same_street(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Another type of one name, or a spelling of one name of one type."""
    if a == b:
        return False
    if a[0] == b[0]:
        return True
    if a[1] != b[1] or a[0][:1].isdigit() or b[0][:1].isdigit():
        return False
    return fuzz.ratio(a[0], b[0]) >= STREET_SPELLING_MIN_RATIO


def street_alignments(event: Event, group: Sequence[ArticleFacts]) -> list[Alignment]:
    """'street:' pairs: one street written with another type or spelling by two accounts,
    neither of which writes the other's (by name and type)."""
    found = {item.article.id: streets(item) for item in group}
    keys = {aid: {street_key(f) for f in facts} for aid, facts in found.items()}
    names = {aid: {k[0] for k in ks} for aid, ks in keys.items()}
    files = file_names(group)
    ranked = sorted(
        (f for facts in found.values() for f in facts),
        key=lambda f: (files.get(f.article_id, ""), f.start),
    )
    chosen = representatives(ranked, street_key, files)
    pairs: list[tuple[Fact, Fact]] = []
    for i, a in enumerate(chosen):
        for b in chosen[i + 1 :]:
            ka, kb = street_key(a), street_key(b)
            if a.article_id == b.article_id or not _same_street(ka, kb):
                continue
            if kb in keys[a.article_id] or ka in keys[b.article_id]:
                continue  # each account writes the other's street too: two streets
            if ka[0] != kb[0] and (kb[0] in names[a.article_id] or ka[0] in names[b.article_id]):
                continue  # "Grant Avenue" and "Grand Street" both in one account
            pairs.append((a, b))
    return merged_pairs("street:", "place", event, pairs, street_key)
