"""Find people (with titles, name order and nicknames normalised) and organisations in text."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from factcheck.extract._base import WORD_RUN_RE, AnySpans, Cand, Ctx, Spans, matches_at, word_set
from factcheck.extract.given_names import WORLD_GIVEN_NAMES
from factcheck.extract.places import lookup
from factcheck.models import FactType

# Formal given names and the short form editors also print; the key uses the short form so
# "Joseph R. Biden, Jr." and "Joe Biden" share one key.
HYPOCORISMS = {
    "joseph": "joe", "william": "bill", "robert": "bob", "richard": "dick", "james": "jim",
    "michael": "mike", "thomas": "tom", "charles": "charlie", "edward": "ed",
    "anthony": "tony", "antony": "tony", "christopher": "chris", "daniel": "dan",
    "david": "dave", "donald": "don", "douglas": "doug", "elizabeth": "liz",
    "jennifer": "jen", "katherine": "kate", "catherine": "kate", "margaret": "maggie",
    "matthew": "matt", "nicholas": "nick", "patrick": "pat", "peter": "pete",
    "samuel": "sam", "steven": "steve", "stephen": "steve", "timothy": "tim",
    "benjamin": "ben", "alexander": "alex", "andrew": "andy", "gregory": "greg",
    "jonathan": "jon", "kenneth": "ken", "lawrence": "larry", "ronald": "ron",
    "theodore": "ted", "zachary": "zach", "jeffrey": "jeff", "frederick": "fred",
}  # fmt: skip
# Transliterations and spellings of one given name across languages and outlets: "Luiz"
# and "Luis" (Portuguese, Spanish), "Mohamed" and "Muhammad", "Sergey" and "Sergei".
GIVEN_VARIANTS = {
    "luiz": "luis", "mohamed": "mohammed", "mohammad": "mohammed", "muhammad": "mohammed",
    "muhammed": "mohammed", "mohamad": "mohammed", "sergey": "sergei", "dmitry": "dmitri",
    "andrey": "andrei", "alexey": "alexei", "aleksei": "alexei", "yury": "yuri",
    "yuriy": "yuri", "nikolay": "nikolai", "georgy": "georgi", "vitaly": "vitali",
    "anatoly": "anatoli", "vasily": "vasili", "evgeny": "yevgeny", "yevgeniy": "yevgeny",
    "aleksandr": "alex", "oleksandr": "alex",
    "hussain": "hussein", "husain": "hussein", "ahmad": "ahmed", "yousef": "yusuf",
    "youssef": "yusuf", "yousuf": "yusuf", "josef": "joseph", "jozef": "joseph",
}  # fmt: skip
TITLES = (
    r"(?:Vice\s+)?President(?:-elect)?|(?:Deputy\s+)?Prime\s+Minister|Chief\s+Cabinet\s+Secretary|"
    r"Secretary\s+of\s+(?:State|Defense|Defence|the\s+Treasury|Commerce|Energy)|"
    r"(?:Defen[cs]e|Foreign|Finance|Interior|Trade|Economy|Health)\s+(?:Minister|Secretary)|"
    r"Minister|Chancellor|King|Queen|Prince|Princess|Crown\s+Prince|Pope|Emperor|Premier|"
    r"Governor|Gov\.|Senator|Sen\.|Rep\.|Representative|Mayor|Mrs?\.?|Ms\.?|Dr\.?|Prof\.|Sir|"
    r"Dame|Lord|Lady|Captain|Capt\.|Lt\.|Col\.|Sgt\.|Officer|Detective|Bishop|Rabbi|Imam|"
    r"General|Gen\.|Adm\.|Admiral|Judge|Justice|Ambassador|Speaker|Chairman|Chairwoman|"
    r"Commissioner|Spokesman|Spokeswoman|Sheikh|Chief\s+Executive|CEO|Hon\.|(?:the\s+)?Honorable|"
    r"(?:Head\s+)?Coach|Striker|Midfielder|Goalkeeper|Defender|Winger|Co-?[Pp]ilot|Pilot|"
    r"Prosecutor|Attorney\s+General|Sheriff|Inspector|Sergeant|Lieutenant|Trooper|Deputy"
)
# Arabic family names carry a joined article: "Omar al-Bashir", "Mohamed el-Baradei".
_AL = r"(?:al|el|ad|ash|as|an|ar|at|az)-[A-Z][a-zà-ÿ]+"
_WORD = (
    r"(?:[A-Z][a-zà-ÿ]+(?:[A-Z][a-zà-ÿ]+)?(?:-[A-Za-z][a-zà-ÿ]+)?|[A-Z]['’][A-Z][a-zà-ÿ]+"
    rf"|{_AL})"
)
AL_RE = re.compile(rf"^{_AL}$")
AL_RUNS = word_set("al el ad ash as an ar at az")  # the word (run of \w) opening an _AL
# A nickname in quotes inside a full name: "Luiz Inácio 'Lula' da Silva".
_NICK = r"['‘\"“][A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?['’\"”](?=\s+(?:[a-z]{2,3}\s+)?[A-Z])"
_TOK = rf"(?:{_WORD}|[A-Z]{{2,}}(?![a-z])|[A-Z]\.|{_NICK})"
_ORG_TOK = r"(?:[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)*|[A-Z]{2,})(?![’'])"  # "Hewlett-Packard Co"
# Lowercase particles inside names: "Luiz Inacio Lula da Silva", "Ursula von der Leyen".
_PART = r"(?:(?:da|de|do|dos|del|della|van|von|der|den|bin|al|la|le)\s+){0,2}"
NAME = rf"{_TOK}(?:\s+{_PART}{_TOK}){{0,4}}(?:,?\s+(?:Jr\.|Sr\.|III|II)(?![a-z]))?"
# A hard-wrapped line may split title and name, a paragraph break may not.
TITLE_NAME_RE = re.compile(rf"\b(?P<title>{TITLES}),?(?=\s)(?:[^\S\n]*\n)?[^\S\n]*(?P<name>{NAME})")
SPEECH = r"said|says|told|added|stressed|noted|explained|asked|wrote|warned|tweeted"
SPEECH_WORDS = frozenset(SPEECH.split("|"))
NAME_SAID_RE = re.compile(rf"\b(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}}),?\s+(?:{SPEECH})\b")
PARTICLES = word_set("Abu Al El Bin Ibn Van Von De Da Di Du Le La Del Der Den Dos")
SENTENCE_START_RE = re.compile(r"(?:^|[.!?:\n\"“”]\s*)$")


def fold(word: str) -> str:
    """The word without accents: "Mbappé" -> "Mbappe", "Inácio" -> "Inacio"."""
    if word.isascii():
        return word
    return (
        "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
        .replace("ł", "l")
        .replace("Ł", "L")
    )


_FOLDED_GIVEN = frozenset(fold(w) for w in WORLD_GIVEN_NAMES)


def is_given_name(word: str) -> bool:
    """Whether a capitalised word is a known given name, with or without its accents."""
    return word in WORLD_GIVEN_NAMES or (not word.isascii() and fold(word) in _FOLDED_GIVEN)


def _is_given(text: str, kin: re.Match[str]) -> bool:
    """Whether the capitalised word before a surname is another given name: a known one, or
    any word not opening a sentence ("Once Cook", "Told Howell" open one)."""
    word = kin.group(1)
    if word in NOT_NAMES or word in TITLE_WORDS or word in HONORIFICS or word in ORG_LEADING_NOISE:
        return False
    if is_given_name(word):
        return True
    return not SENTENCE_START_RE.search(text, max(0, kin.start(1) - 3), kin.start(1))


KIN_BEFORE_RE = re.compile(r"(?<![\w.’'-])([A-Z][a-z]+) $")
NEXT_WORD_RE = re.compile(r"[ \t]+([A-Z][\w-]*)")
# A bare surname that speaks: "Schiller said", "said Howell." (not "said Howell Jones").
SPEECH_RE = re.compile(rf"\b(?:{SPEECH})\b")
WORD_BEFORE_RE = re.compile(rf"(?<![\w'’.-])({_WORD}),?[ \t]+$")
GIVEN_BEFORE_RE = re.compile(rf"(?<![\w'’.-])({_WORD}) $")
WORD_AFTER_RE = re.compile(rf"[ \t]+({_WORD})\b(?![ \t]+[A-Z])")
SAID_NAME_RE = re.compile(rf"\b(?:{SPEECH})\s+(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}})")
# Only a line that opens with "By" is a byline: "backed by Khosla Ventures" is not one.
BYLINE_RE = re.compile(
    rf"(?m)^[^\S\n]*[Bb]y\s+(?P<list>{_WORD}\s+{_WORD}(?:(?:,\s+|,?\s+and\s+){_WORD}\s+{_WORD})*)"
)
LIST_NAME_RE = re.compile(rf"{_WORD}\s+{_WORD}")
# A lowercase role or family noun before a name marks a person: "police chief Mark Rowley",
# "his wife, Laci Peterson", "The president-elect, Barack Obama".
_ROLES = (
    "chief|spokesman|spokeswoman|spokesperson|minister|official|director|secretary|"
    "lawyer|attorney|analyst|professor|economist|commander|envoy|ambassador|adviser|advisor|"
    "president|chairman|chairwoman|ceo|founder|leader|governor|mayor|senator|colonel|general|"
    "executive|prosecutor|detective|sheriff|judge|coach|manager|actor|actress|singer|author|"
    "researcher|scientist|doctor|reporter|correspondent|editor|wife|husband|son|daughter|"
    "mother|father|brother|sister|widow|partner|officer|striker|midfielder|goalkeeper|"
    "winger|captain|teammate|pilot|co-pilot|copilot|victim|suspect|defendant|student|"
    "teacher|nurse|rapper|musician|dictator|premier|chancellor|trooper|inspector|"
    "lieutenant|sergeant|priest|pastor|activist|journalist|photographer|historian|"
    "strategist|billionaire|businessman|businesswoman|lawmaker|congressman|congresswoman|"
    "legislator|councillor|councilman|councilwoman|referee|cousin|uncle|aunt|nephew|niece|"
    "friend|"
    "girlfriend|boyfriend|fianc[ée]e?|grandson|granddaughter|grandmother|grandfather"
)
ROLE_NAME_RE = re.compile(
    rf"\b(?:{_ROLES})"
    r"(?:-elect)?,?"
    rf"\s+(?P<name>{_WORD}(?:\s+{_PART}{_WORD}){{1,3}})"
)
# The word (run of \w) each role noun opens with: ROLE_NAME_RE matches only where one starts.
ROLE_RUNS = frozenset(
    run
    for role in _ROLES.split("|")
    for run in (
        ("fiance", "fiancee", "fiancé", "fiancée")
        if role == "fianc[ée]e?"
        else (role.split("-")[0],)
    )
)
# A known given name followed by capitalised words: "Scott Peterson", "Angela Merkel".
# A nickname in quotes may follow the given name: "Mark \"Cornbread\" Cormier".
# A middle initial may follow it: "Donald B. Meyer".
GIVEN_RE = re.compile(
    rf"\b(?P<name>(?P<given>{_WORD})(?:\s+{_NICK})?(?:[ \t]+[A-Z]\.)?(?:\s+{_PART}{_WORD}){{1,2}})"
)
CAP_WORD_RE = re.compile(r"\b[A-Z][a-zà-ÿ]+")
# A capital and an apostrophe before a capitalised word: the name is "O'Neil", "D'Angelo".
IRISH_PREFIX_RE = re.compile(r"(?:^|(?<=[^\w'’.-]))[A-Z]['’]$")
# "Abed Sultan, 20, a student": a name followed by an age.
# Both anchor on the comma after the name (few) and read the name back from there.
AGE_RE = re.compile(r",\s+\d{1,3},")
NAME_BEFORE_RE = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_WORD}(?:\s+{_NICK})?(?:\s+{_PART}{_WORD}){{0,2}})$"
)
# "Muheeb Qaddour, a doctor in northwestern Syria,": a name, then "a"/"the" and a person noun.
APPOS_RE = re.compile(
    r",\s+(?:a|an|the|his|her|their)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:doctor|resident|survivor|witness|spokesman|spokeswoman|"
    r"spokesperson|professor|lawyer|attorney|official|teacher|student|nurse|engineer|"
    r"farmer|mother|father|wife|husband|son|daughter|brother|sister|neighbou?r|friend|"
    r"volunteer|rescuer|relative|owner|manager|director|analyst|economist|expert|researcher|"
    r"scientist|spokesperson|journalist|reporter|activist|member|leader|minister|president|"
    r"mayor|governor|senator|judge|officer|pilot|passenger|victim|worker|employee|veteran|"
    r"retiree|father-of-\w+|mother-of-\w+)\b"
)
CREDIT_RE = re.compile(rf"^(?P<name>{_WORD}\s+{_WORD})\s+/\s+", re.MULTILINE)
# Title words are never part of a name ("Chinese President" is not a person).
TITLE_WORDS = word_set(
    """President Minister Secretary Chancellor King Queen Prince Princess Pope Emperor Premier
    Governor Senator Mayor General Admiral Judge Justice Ambassador Speaker Chairman Vice
    Deputy Chief Prime Foreign Defense Defence Spokesman Spokeswoman Officials Official
    Leader Leaders Manager Director Officer Executive Coach Striker Midfielder Goalkeeper
    Defender Winger Pilot Co-pilot Copilot Prosecutor Attorney Sheriff Inspector Sergeant
    Lieutenant Trooper"""
)
# Role nouns that open a sentence capitalised before a name ("Analyst Bob Welch said").
ROLE_LEADS = word_set(
    """analyst spokesman spokeswoman spokesperson official director lawyer attorney professor
    economist commander envoy adviser advisor researcher scientist doctor reporter editor
    correspondent prosecutor detective sheriff coach manager founder executive witness"""
)
PLACE_CUES = word_set("in at from near outside inside into")
PLACE_LEAD_RE = re.compile(
    r"\b(?:St|ST|Ste|Saint|SAINT|San|SAN|Santa|Fort|Port|Mount|Mt|Lake)\.? $"
)


def is_place(word: str) -> bool:
    """True when the gazetteer knows the word as a place."""
    return lookup(word) is not None


HONORIFICS = word_set("Mr Mrs Ms Dr Sir Dame Lord Lady Captain Capt Prof Cpl Sgt Lt Col Det Insp")
SUFFIXES = frozenset({"jr", "sr", "ii", "iii"})
# Words that show a capitalised run is an organisation or a thing, not a person.
ORG_WORDS = word_set(
    """Ministry Department Council Agency Party Bank Corporation Corp Inc Association Union
    Organization Organisation Commission University Committee Institute Office Fund Forum
    Court Parliament Congress Senate Army Navy Forces Police Shimbun News Times Post Press
    Group Administration Cabinet Assembly Federation League Company Airlines Network Service
    Foundation Campaign Coalition Movement Initiative Systems Technologies Labs Laboratory
    Motors Industries Holdings Ventures Partners Associates Telekom Telecom Communications
    Devices Electronics Semiconductor Airways Pharmaceuticals Enterprises Interactive
    Entertainment Games Studios Studio Media Capital Energy Software Solutions Brands Records
    Pictures Productions Railways Automotive Insurance Financial Investments Resources
    Mining Petroleum Foods Retail Stores"""
)
# Named things that are neither people nor organisations ("National Security Strategy").
THING_WORDS = word_set(
    "Alliance Summit Strategy Treaty House Islands Sea Seas Agreement Project Instruments State "
    "Fort County Street Avenue River Valley Mount National Lab Bridge Tunnel Dam Canal "
    "Highway Expressway Motorway Freeway Park Tower Building Pte"
)
# Newspapers, clubs and venues: named things no person's name contains ("La Provence" is
# caught by its article, "Manchester United" by its last word).
PRESS_WORDS = word_set(
    "Tribune Journal Herald Gazette Daily Telegraph Chronicle Observer Mirror Express "
    "Guardian Zeitung Spiegel Monde Figaro Ltd LLC PLC GmbH FC United City Airport Hospital "
    "School Stadium Square Cathedral Church Hotel Prize Award Cup Championship Olympics "
    "Authority Survey Patrol Guard Bureau Directorate Board Garden Corps Bay"
)
NOT_PERSON_WORDS = ORG_WORDS | THING_WORDS | PRESS_WORDS
# A foreign article opening a capitalised run names a newspaper or a thing ("La Provence",
# "Le Monde", "El Pais", "Die Welt"), unless a title or a given name comes before it.
ARTICLES = word_set("La Le Les El Los Las Il Die Der Das Het")
ORG_RE = re.compile(
    rf"\b(?:the\s+)?(?P<org>(?:{_ORG_TOK}[ \t]+)(?:(?:of|for|and|on)[ \t]+(?:the[ \t]+)?)?"
    rf"(?:{_ORG_TOK}[ \t]+)*?"
    rf"(?:{'|'.join(sorted(ORG_WORDS))})\b)(?:\s+\((?P<acr>[A-Z]{{2,8}})\))?"
)
ORG_OF_RE = re.compile(
    rf"\b(?P<org>(?:{_ORG_TOK}[ \t]+){{0,2}}(?:{'|'.join(sorted(ORG_WORDS))})[ \t]+(?:of|for)"
    rf"[ \t]+(?:the[ \t]+)?{_ORG_TOK}(?:[ \t]+{_ORG_TOK}){{0,3}})(?:\s+\((?P<acr>[A-Z]{{2,8}})\))?"
)
LEADING_WORD_RE = re.compile(r"(\S+)\s+")
NOT_NAMES = word_set(
    """The A An This That These Those He She It They We I In On At For But And Or If As When
    While After Before During Since Also Still Japan Japanese U.S. US Although However
    Meanwhile Yet Though Despite Because Under Over Among Amid Across Both Either Neither
    What Who Whom Whose Which Why How Where
    Mr Mrs Ms Dr Sir Captain Lord Lady Dame"""
)


def _clean_tokens(name: str) -> list[str]:
    toks = [t.strip(",").strip("'‘’\"“”") for t in name.replace(",", " ").split()]
    return [t for t in toks if t and t.rstrip(".").lower() not in SUFFIXES]


def normalise_person(name: str) -> tuple[str, str]:
    """Return (display name in 'Given Family' order, key) for a surface name.

    "KISHIDA Fumio" -> ("Fumio Kishida", "fumio kishida"); "Joseph R. Biden, Jr." ->
    ("Joseph Biden", "biden joe"). The key is the sorted lowercase given+family tokens with
    initials and suffixes dropped and hypocorisms canonicalised; idempotent on its output.
    """
    toks = [t for t in _clean_tokens(name) if len(t.rstrip(".")) != 1]
    while len(toks) > 1 and toks[0].rstrip(".") in HONORIFICS:
        toks = toks[1:]  # "Mr Ging", "Captain Benjamin Rutland"
    if len(toks) >= 2 and toks[0].isupper() and len(toks[0]) > 1 and not toks[1].isupper():
        toks = [*toks[1:], toks[0]]  # family name in capitals first: "KISHIDA Fumio"
    toks = [t.title() if t.isupper() and len(t) > 1 else t for t in toks]
    display = " ".join(toks)
    # The key keeps given + family only, so a middle name or a particle never splits a person.
    core = [t for t in toks if t[:1].isupper() or AL_RE.match(t)]
    core = [core[0], core[-1]] if len(core) > 2 else core or toks
    # "Omar al-Bashir" and "Omar Bashir" are one person: the joined article is not keyed.
    core = [t.split("-", 1)[1] if AL_RE.match(t) else t for t in core]
    # Accents are not keyed: "François Hollande" and "Francois Hollande" are one person.
    low = [fold(t).lower() for t in core]
    if len(low) > 1:
        low[0] = GIVEN_VARIANTS.get(low[0], low[0])
    key = " ".join(sorted(HYPOCORISMS.get(t, t) for t in low))
    return display, key


# A town this small shares its name with people ("Franklin Graham", "Shaw Wu").
MAJOR_PLACE_POPULATION = 200_000


def _major_place(word: str) -> bool:
    e = lookup(word)
    return e is not None and (
        e.get("kind") != "city" or (e.get("population") or 0) >= MAJOR_PLACE_POPULATION
    )


def _person(a: int, b: int, surface: str, rule: str, title: str | None) -> Cand | None:
    toks = _clean_tokens(surface)
    if (
        not toks
        or toks[0] in NOT_NAMES
        or any(t in NOT_PERSON_WORDS or t in TITLE_WORDS for t in toks)
    ):
        return None
    if title is None and len(toks) > 1 and lookup(" ".join(toks)) is not None:
        return None  # "Alice Springs", "George Town": the gazetteer knows the whole run
    if title is None and not is_given_name(toks[0]):
        if toks[0] in ARTICLES:
            return None  # "La Provence said": a newspaper
        if len(toks) > 1 and _major_place(toks[0]):
            return None  # "Minneapolis Police", "Madrid Barajas": a place opens it
    display, key = normalise_person(surface)
    if not key or (len(toks) == 1 and toks[0].isupper()):
        return None  # "AMD": a lone acronym is a company, not a person
    title_clean = re.sub(r"\s+", " ", title).strip() if title else None
    value: dict[str, Any] = {"name": display, "key": key, "title": title_clean}
    return Cand(FactType.PERSON, a, b, value, rule)


def _trim_name(text: str, a: int, b: int, places: set[str]) -> int:
    """Cut a captured name before a token that is a known place or organisation word."""
    pos = a
    for m in re.finditer(r"\S+", text[a:b]):
        tok = m.group(0).strip(",")
        if tok in NOT_PERSON_WORDS:
            return a  # an organisation, not a person: drop the whole match
        if tok in places or tok in NOT_NAMES:
            return a + m.start() if m.start() else a
        pos = a + m.end()
    return pos


def find_people(ctx: Ctx, place_words: set[str]) -> list[Cand]:
    """Return person candidates: titled names, speakers, bylines, then surname links."""
    text = ctx.text
    found: list[Cand] = []
    taken: list[tuple[int, int]] = []
    spans = Spans()  # the same spans as ``taken``, for a quick overlap test
    counts: dict[str, int] = {}  # text.count of a name, once per name

    def count(s: str) -> int:
        if s not in counts:
            counts[s] = text.count(s)
        return counts[s]

    def add(a: int, b: int, rule: str, title: str | None = None) -> None:
        while (lead := LEADING_WORD_RE.match(text, a, b)) and (
            lead.group(1).lower() in ROLE_LEADS or lead.group(1) in TITLE_WORDS
        ):
            a = lead.end()  # "Analyst Bob Welch said": the role opens the sentence
        b = _trim_name(text, a, b, place_words)
        while b > a and text[b - 1] in ", ":
            b -= 1
        if b <= a or spans.overlaps(a, b):
            return
        nxt = NEXT_WORD_RE.match(text, b)
        if title is None and nxt and nxt.group(1) in THING_WORDS | PRESS_WORDS:
            return  # "the Francis Scott Key Bridge", "Grace Ocean Pte": named after, not a person
        c = _person(a, b, text[a:b], rule, title)
        if c is not None:
            found.append(c)
            taken.append((a, b))
            spans.add(a, b)

    # Every title opens with a capital, but "the Honorable": tried only where such a word starts.
    title_starts = ctx.capital_starts
    if "Honorable" in text:
        title_starts = sorted([*title_starts, *ctx.words.get("the", [])])
    verbs = ctx.word_starts(SPEECH_WORDS)
    for m in matches_at(TITLE_NAME_RE, text, title_starts):
        if "," in text[m.end("title") : m.start("name")] and not is_given_name(
            m.group("name").split()[0]
        ):
            continue  # "Phil Spencer, CEO, Microsoft Gaming": the company after the title
        add(m.start("name"), m.end("name"), "person-title", m.group("title"))
    for m in CREDIT_RE.finditer(text):
        add(m.start("name"), m.end("name"), "person-credit")
    for m in BYLINE_RE.finditer(text):
        for n in LIST_NAME_RE.finditer(m.group("list")):
            add(m.start("list") + n.start(), m.start("list") + n.end(), "person-byline")
    for m in matches_at(ROLE_NAME_RE, text, ctx.word_starts(ROLE_RUNS)):
        add(m.start("name"), m.end("name"), "person-role")
    for rx, rule in ((AGE_RE, "person-age"), (APPOS_RE, "person-apposition")):
        for m in rx.finditer(text):
            nb = NAME_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
            if nb is not None and " " in nb.group("name"):
                add(nb.start("name"), nb.end("name"), rule)
    cued = [
        (NAME_SAID_RE, _before_verbs(ctx, verbs), "person-speaker"),
        (SAID_NAME_RE, verbs, "person-speaker"),
    ]
    for rx, starts, rule in cued:
        for m in matches_at(rx, text, starts):
            add(m.start("name"), m.end("name"), rule)
    # Try a name only where a known given name starts ("Analyst Bob Welch": from "Bob"):
    # a set lookup per capitalised word is cheaper than a regex search from each.
    pos = 0
    for cap in CAP_WORD_RE.finditer(text):
        if cap.start() < pos or not is_given_name(cap.group(0)):
            continue
        if PLACE_LEAD_RE.search(text, max(0, cap.start() - 7), cap.start()):
            continue  # "San Francisco", "St. Louis": a place
        start = cap.start()
        if IRISH_PREFIX_RE.search(text, max(0, start - 3), start):
            start -= 2  # "O'Neil Bandoo": the given name is "O'Neil", not "Neil"
        g = GIVEN_RE.match(text, start)
        if g is not None and g.group("given") == text[start : cap.end()]:
            end = g.end("name")
            last = text.rfind(" ", g.start("name"), end)
            two = text[g.start("name") : last]
            if " " in two and count(two) > count(g.group("name")):
                end = last  # "Lionel Messi Wins ...": the story writes "Lionel Messi" elsewhere
            add(g.start("name"), end, "person-given-name")
            pos = end
    for a, b in _speaker_full_names(ctx, verbs, found, place_words):
        add(a, b, "person-speaker-full")
    return _key_by_used_name(text, found + _surname_links(ctx, found, taken))


def _key_by_used_name(text: str, people: list[Cand]) -> list[Cand]:
    """Key a long name by the part the story calls the person by: "Luiz Inácio Lula da
    Silva", later "Lula", keys as "Luiz Lula", so it meets "Luis Inacio Lula" elsewhere.

    Only a middle part used alone more often than the last part re-keys the person.
    """
    alone: dict[str, int] = {}
    for p in people:
        if p.rule == "surname-link":
            used = f"{p.value['name']}|{fold(text[p.start : p.end])}"
            alone[used] = alone.get(used, 0) + 1
    if not alone:
        return people
    rekey: dict[str, str] = {}
    for p in people:
        name = p.value["name"]
        core = [t for t in name.split() if t[:1].isupper() and t not in PARTICLES]
        if len(core) < 3 or name in rekey:
            continue
        last = alone.get(f"{name}|{fold(core[-1])}", 0)
        best = max(core[1:-1], key=lambda t: alone.get(f"{name}|{fold(t)}", 0))
        if alone.get(f"{name}|{fold(best)}", 0) > last:
            rekey[name] = normalise_person(f"{core[0]} {best}")[1]
    if not rekey:
        return people
    return [
        Cand(p.type, p.start, p.end, {**p.value, "key": rekey[p.value["name"]]}, p.rule)
        if p.value["name"] in rekey
        else p
        for p in people
    ]


def _before_verbs(ctx: Ctx, verbs: list[int]) -> list[int]:
    """Where NAME_SAID_RE may start: at a word opening a name (a capitalised one or the
    "al" of "al-Bashir") in the three runs of non-space characters before a speech verb (two
    or three name words, the last with its comma)."""
    text = ctx.text
    openings = (ctx.capital_starts, ctx.word_starts(AL_RUNS))
    starts: set[int] = set()
    for v in verbs:
        i = v
        for _ in range(3):
            while i > 0 and text[i - 1].isspace():
                i -= 1
            while i > 0 and not text[i - 1].isspace():
                i -= 1
        for at in openings:
            starts.update(at[bisect.bisect_left(at, i) : bisect.bisect_left(at, v)])
    return sorted(starts)


def _speaker_full_names(
    ctx: Ctx, verbs: list[int], found: list[Cand], place_words: set[str]
) -> list[tuple[int, int]]:
    """Spans of "Phil Schiller" when the story quotes a bare "Schiller said" and no rule
    found the full name: the first "Given Surname" pair for that surname (not a title, an
    organisation or a place word before it)."""
    text = ctx.text
    known = {t for p in found for t in p.value["name"].split()}
    out: list[tuple[int, int]] = []
    # Anchor on the speech verbs (few, ``verbs``: where SPEECH_RE matches) and read the word
    # beside them: a scan of the whole text for "Capitalised said" cost over 1 ms per article.
    cued: list[tuple[str | None, str | None]] = []
    for start in verbs:
        run = WORD_RUN_RE.match(text, start)
        end = run.end() if run else start
        before = WORD_BEFORE_RE.search(text, max(0, start - 40), start)
        after = WORD_AFTER_RE.match(text, end)
        cued.append((before.group(1) if before else None, after.group(1) if after else None))
    # "Chauvin, 45, ...": an age after a bare surname marks a person too.
    for m in AGE_RE.finditer(text):
        nb = NAME_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
        if nb is not None and " " not in nb.group("name"):
            cued.append((nb.group("name"), None))
    words = ctx.words  # where each word stands
    for pair in cued:
        for sur in pair:
            if sur is not None and _speaker_surname_ok(sur, known):
                known.add(sur)
                span = _full_name_of(text, sur, place_words, words)
                if span is not None:
                    out.append(span)
    return out


def _speaker_surname_ok(sur: str, known: set[str]) -> bool:
    return sur not in known and not any(
        part in NOT_NAMES or part in TITLE_WORDS or part in NOT_PERSON_WORDS
        for part in sur.split("-")
    )  # "the Secretary-General said"


def _full_name_of(
    text: str, sur: str, place_words: set[str], words: dict[str, list[int]] | None = None
) -> tuple[int, int] | None:
    """The first "Given Surname" in the text for this surname, given not a title or place.

    ``words`` (each word of the text and where it stands) spares a scan of the whole text
    per surname, which made big articles quadratic."""
    if words is not None and WORD_RUN_RE.fullmatch(sur):
        starts: Iterable[int] = words.get(sur, ())
    else:
        starts = (m.start() for m in re.finditer(rf"\b{re.escape(sur)}\b", text))
    for at in starts:
        prev = GIVEN_BEFORE_RE.search(text, max(0, at - 30), at)
        if prev is None:
            continue
        given = prev.group(1)
        if given in NOT_NAMES or given in TITLE_WORDS or given in NOT_PERSON_WORDS:
            continue
        if given in place_words or given in ORG_LEADING_NOISE:
            continue
        return prev.start(1), at + len(sur)
    return None


def _surname_links(ctx: Ctx, people: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Link single-name mentions ("Kishida", "Biden said") to a full name in the article."""
    by_token: dict[str, Cand] = {}
    for p in people:
        toks = p.value["name"].split()
        if len(toks) >= 2:
            for t in toks:
                if t in PARTICLES:
                    continue
                # Two-letter family names ("Lisa Su", "Wu") link too, as the last token only.
                if len(t) > 2 or (t is toks[-1] and len(t) == 2 and t.istitle()):
                    by_token.setdefault(t.lower(), p)
                if AL_RE.match(t):
                    by_token.setdefault(t.split("-", 1)[1].lower(), p)  # "Bashir" alone
    # single-token titled mentions ("President Biden") take the full name's key
    fixed: list[Cand] = []
    for i, p in enumerate(people):
        toks = p.value["name"].split()
        full = by_token.get(toks[0].lower()) if len(toks) == 1 else None
        if full is not None:
            v = {**full.value, "title": p.value["title"]}
            people[i] = Cand(p.type, p.start, p.end, v, "surname-link")
    if not by_token:
        return fixed
    block = AnySpans(taken)
    for a, b in _token_hits(ctx.text, [t.title() for t in by_token]):
        w = ctx.text[a:b]
        if not w[:1].isupper() or block.overlaps(a, b):
            continue
        if len(w) == 2 and not w.istitle():
            continue  # "US", "SU": an acronym, not Ms Su
        if w.isupper() and _first_lower_in_line(ctx, a) >= a:
            continue  # "ST. PAUL, Minn. (AP)": a dateline or a heading in capitals
        if PLACE_LEAD_RE.search(ctx.text, max(0, a - 7), a):
            continue  # "St. Paul", "San Jose", "Fort Worth": a place, not Paul Magnuson
        nxt = NEXT_WORD_RE.match(ctx.text, b)
        if nxt and nxt.group(1) in NOT_PERSON_WORDS:
            continue  # "Coburn Ventures": a company named after the person
        before = ctx.text[max(0, a - 8) : a].split()
        if before and before[-1].lower() in PLACE_CUES and is_place(w):
            continue  # "in Austin" is the city even when Lloyd Austin is in the story
        kin = KIN_BEFORE_RE.search(ctx.text, max(0, a - 20), a)
        if kin and kin.group(1) in PARTICLES:
            continue  # "Imad Abu Askhar" beside "Hassan Abu Askhar": a relative, unnamed here
        if kin and _is_given(ctx.text, kin):
            # "Laci Peterson" in a story about Scott Peterson: a relative, not a mention of him.
            c = _person(kin.start(1), b, ctx.text[kin.start(1) : b], "person-same-surname", None)
            if c is not None:
                fixed.append(c)
            continue
        full = by_token[w.lower()]
        v = {**full.value, "title": None}
        fixed.append(Cand(FactType.PERSON, a, b, v, "surname-link"))
    return fixed


def _first_lower_in_line(ctx: Ctx, pos: int) -> int:
    """Where the first lower-case letter of the line holding ``pos`` stands (the line's end
    if none): found once per line, not re-read for each capitalised word."""
    text = ctx.text
    line = ctx.line_start(pos)
    memo = ctx.memo.setdefault("first-lower", {})
    if line not in memo:
        end = text.find("\n", line)
        end = len(text) if end < 0 else end
        memo[line] = next((i for i in range(line, end) if text[i].islower()), end)
    return int(memo[line])


def _token_hits(text: str, tokens: list[str]) -> Iterator[tuple[int, int]]:
    """Spans of ``re.finditer(r"\\b(?:tok1|tok2|…)\\b", text, re.IGNORECASE)``, found from
    the starts of words and a table of the tokens' first letters: the regex tries every
    token at every position, so its cost grew with the article times its names."""
    folded = [t.lower() for t in tokens]
    if (
        not tokens
        or not all(WORD_RUN_RE.match(t) for t in tokens)
        or any(len(f) != len(t) for f, t in zip(folded, tokens, strict=True))
    ):
        rx = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in tokens) + r")\b", re.IGNORECASE)
        yield from (m.span() for m in rx.finditer(text))
        return
    order = {f: i for i, f in enumerate(folded)}  # the alternation's order
    low = text.lower()
    if len(low) == len(text) and "Σ" not in text:
        # Each character lowercases alone (the final sigma is the one that looks at its
        # neighbours), so ``low[p:q] == text[p:q].lower()``: find each token's occurrences.
        yield from _lowered_hits(text, low, folded, order)
        return
    buckets: dict[str, list[str]] = {}  # first three letters (or all, if shorter) -> tokens
    for f in folded:
        buckets.setdefault(f[:3], []).append(f)
    lengths = sorted({min(len(f), 3) for f in folded})
    pos = 0
    for run in WORD_RUN_RE.finditer(text):
        p = run.start()
        if p < pos:
            continue  # inside the previous hit
        fitting = [
            f
            for n in lengths
            for f in buckets.get(text[p : p + n].lower(), ())
            if text[p : p + len(f)].lower() == f
        ]
        end = _fit_end(text, p, fitting, order)
        if end is not None:
            yield p, end
            pos = end


def _lowered_hits(
    text: str, low: str, folded: list[str], order: dict[str, int]
) -> Iterator[tuple[int, int]]:
    """The word-start loop of _token_hits over only the words where a token fits, found
    with ``str.find`` in the lowercased text."""
    at: dict[int, list[str]] = {}
    for f in set(folded):
        i = low.find(f)
        while i >= 0:
            if WORD_RUN_RE.match(text, i) and not (i and WORD_RUN_RE.match(text, i - 1)):
                at.setdefault(i, []).append(f)  # a word starts here
            i = low.find(f, i + 1)
    pos = 0
    for p in sorted(at):
        if p < pos:
            continue  # inside the previous hit
        end = _fit_end(text, p, at[p], order)
        if end is not None:
            yield p, end
            pos = end


def _fit_end(text: str, p: int, fitting: list[str], order: dict[str, int]) -> int | None:
    """Where the first token (in the alternation's order) that stands at ``p`` as a whole
    word ends: \\b after it, a word character on exactly one side."""
    for f in sorted(fitting, key=order.__getitem__):
        end = p + len(f)
        after = end < len(text) and WORD_RUN_RE.match(text, end) is not None
        if after != (WORD_RUN_RE.match(f, len(f) - 1) is not None):
            return end
    return None


ORG_LEADING_NOISE = NOT_NAMES | word_set(
    "Yesterday Today Tomorrow Up Down Now Then Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday Breaking Latest"
)


def find_orgs(ctx: Ctx, blocked: list[tuple[int, int]]) -> list[Cand]:
    """Return organisations: capitalised runs ending in, or opening with, an organisation word.

    "Foreign Ministry", "UN Security Council"; "Association of Southeast Asian Nations
    (ASEAN)", "Bank of Japan". A bracketed acronym right after becomes the key.
    """
    out: list[Cand] = []
    # People's spans (which may overlap each other) and the organisations kept so far.
    block, taken = AnySpans(blocked), Spans()
    words = ctx.words
    if not any(w in words for w in ORG_WORDS):
        return out  # both patterns need an organisation word
    # Both open with a capitalised word (ORG_RE may put "the" before it): tried only there.
    of_starts = ctx.capital_starts
    starts = sorted([*of_starts, *words.get("the", [])])
    for rx, at, rule in ((ORG_OF_RE, of_starts, "org-of"), (ORG_RE, starts, "org-words")):
        for m in matches_at(rx, ctx.text, at):
            a, b = m.span("org")
            lead = LEADING_WORD_RE.match(ctx.text, a, b)
            while lead and lead.group(1) in ORG_LEADING_NOISE:  # "The", "Yesterday", "Up"
                a = lead.end()
                lead = LEADING_WORD_RE.match(ctx.text, a, b)
            if " " not in ctx.text[a:b] or block.overlaps(a, b) or taken.overlaps(a, b):
                continue
            taken.add(a, b)
            name = re.sub(r"\s+", " ", ctx.text[a:b])
            key = (m.group("acr") or name).lower()
            value = {"name": name, "key": key, "acronym": m.group("acr")}
            out.append(Cand(FactType.ORG, a, b, value, rule))
    return out
