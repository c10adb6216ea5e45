"""Age slots: the ages the accounts of one event give for the same person.

An age ("61-year-old", "Jensen, 61,") is keyed by whose age it is: the person named right
beside it ("61-year-old Mark Jensen", "Jensen, 61", "a 23-year-old man, Luis Ortiz," or
"Ortiz, a 23-year-old"), by the full name written beside it, or for a surname alone the
one full name the same article gives for it ("Abe, 67," after "Shinzo Abe"; with two
Jensens in the article, the father or the son?, no key); otherwise the role noun it
qualifies ("a 4-year-old girl"), a weaker key (two girls may be meant). One name spelt two
ways by two accounts ("Thomas Gutierrez" / "Thomas Guitierrez") is one key. Slot
'age:person:<name>' or 'age:role:<concept>', one age per article.

An age with no name beside it ("the 13-year-old had been shot") is also keyed by what
happened to or by its person (``keys.governing_happening``): two such ages of one happening
pair when each account gives no age the other gives and their roles, where written, agree
(slot 'age:did:<concept>#<fact>|<fact>', a low variation: the shooter and the victim are both
in a shooting). An age by name in one account and an unnamed age of the same happening in an
account that names the same person but ages nobody by that name pair the same way (slot
'age:named:').
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence

from rapidfuzz.distance import Levenshtein

from factcheck.align.keys import governing_happening
from factcheck.align.shared import (
    file_names,
    merged_pairs,
    odd_values,
    principal_happenings,
    representatives,
    story_regions,
    unread_names,
)
from factcheck.extract.names import GIVEN_VARIANTS, HONORIFICS, HYPOCORISMS, TITLE_WORDS
from factcheck.lexicon import are_antonyms, happening, lemmas, person_noun, thing_noun
from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType
from factcheck.settings import (
    AGE_SET_MAX_ACCOUNTS,
    AGE_SET_MAX_GAP,
    AGE_SET_MAX_SHARE,
    PAIR_REPRESENTATIVES,
)
from factcheck.text import STOPWORDS
from factcheck.values import CountValue

# What may stand between an age and the name it belongs to.
AFTER_AGE_RE = re.compile(r"^(?:\s+|\s+[a-z]+(?:\s+[a-z]+)?,\s*)$")  # "61-year-old Jensen"
# "Jensen, 61" / "Jensen, age 61" / ", a 23-"
BEFORE_AGE_RE = re.compile(r"^(?:,\s*|\s*\(|,\s*(?:an?|the|aged?)\s+)$")
# A noun naming someone right before an age set off by a comma: "the suspect, 19,".
ROLE_BEFORE_AGE_RE = re.compile(r"\b(?:the|an?|his|her|their)\s+([a-z]+),\s*$", re.IGNORECASE)
ROLE_RE = re.compile(r"\s*(?:-\s*)?([a-z]+)")
NAME_REACH = 30


# An age's unit in years: a baby's age is given in months ("a 4-month-old"), weeks or days.
AGE_UNITS = {"year-old": 1.0, "month-old": 1 / 12, "week-old": 7 / 365.25, "day-old": 1 / 365.25}


def is_age(fact: Fact) -> bool:
    return (
        fact.type == FactType.COUNT
        and isinstance(fact.value, CountValue)
        and fact.value.noun in AGE_UNITS
        and fact.value.value is not None
    )


def age_years(value: object) -> float:
    """An age in years ("4-month-old" is a third of a year), to compare ages in any unit."""
    if not isinstance(value, CountValue) or value.noun not in AGE_UNITS:
        return 0.0
    return round((value.value or 0) * AGE_UNITS[value.noun], 3)


SUFFIX_RE = re.compile(r",?\s+(Jr|Sr|II|III|IV)\b\.?")


def person_key(person: Fact, text: str, full_names: dict[str, set[str]] | None = None) -> str:
    """The person as named beside the age: given name and surname ("Jacory J. Wesley" is
    "jacory wesley"; "Jr."/"Sr." kept when written). A surname alone ("Abe, 67,") is read as
    the one full name the article gives for it ("Shinzo Abe"); with none or several ("Mark"
    and "Candace Cormier": the father or the mother?) it is no key, ''."""
    parts = _name_parts(person.text)
    if len(parts) == 1 and full_names is not None:
        owners = full_names.get(parts[0].casefold(), set())
        if len(owners) == 1:
            return next(iter(owners))
    if len(parts) < 2:
        return ""
    suffix = SUFFIX_RE.match(text, person.end)
    name = f"{_given(parts[0])} {parts[-1].casefold()}" + (f" {suffix.group(1)}" if suffix else "")
    return name.casefold()


def written_name(items: Sequence[ArticleFacts], who: str) -> str:
    """The person keyed ``who`` as the accounts write the name most often (two parts, the
    longest on a tie): "Christopher Simpson" for the key "chris simpson"."""
    seen: dict[str, int] = defaultdict(int)
    for item in items:
        names = full_names(item)
        for f in item.facts:
            if f.type != FactType.PERSON:
                continue
            parts = _name_parts(f.text)
            if len(parts) >= 2 and person_key(f, item.article.text, names) == who:
                seen[f"{parts[0]} {parts[-1]}"] += 1
    if not seen:
        return who.title()
    return max(seen, key=lambda n: (seen[n], len(n), n))


def _given(word: str) -> str:
    """A given name as ages key it: the short form editors also print ("Christopher" and
    "Chris" are "chris"), one spelling of a transliterated name ("Sergey" is "sergei")."""
    low = word.casefold()
    low = HYPOCORISMS.get(low, low)
    return GIVEN_VARIANTS.get(low, low)


def _name_parts(name: str) -> list[str]:
    """A written name's parts, initials left out, one apostrophe ("D’Mio" is "D'Mio")."""
    return [w for w in name.replace(".", "").replace("’", "'").split() if len(w) > 1]


def full_names(item: ArticleFacts) -> dict[str, set[str]]:
    """Each surname the article writes in a full name, and the full names it is in
    ('abe' -> {'shinzo abe'}), as ``person_key`` keys them. A surname the text also writes after
    another capitalised word ("SAMIR ZAWAHRI", "Mecca Canty" read as a place) has a second
    owner, so a bare mention of it stays unresolved. The answer is shared: do not modify it."""
    hit = _FULL_NAMES.get(id(item))
    if hit is not None and hit[0] is item:
        return hit[1]
    out: dict[str, set[str]] = defaultdict(set)
    text = item.article.text
    for f in item.facts:
        if f.type != FactType.PERSON:
            continue
        parts = _name_parts(f.text)
        if len(parts) >= 2 and not SUFFIX_RE.match(text, f.end):
            out[parts[-1].casefold()].add(f"{_given(parts[0])} {parts[-1].casefold()}")
    for surname, owners in out.items():
        if len(owners) != 1:
            continue
        given = next(iter(owners)).split()[0]
        for m in re.finditer(rf"\b([A-Z][\w'’-]*)[ \t]+(?i:{re.escape(surname)})\b", text):
            word = _given(m.group(1))
            title = m.group(1) in TITLE_WORDS or m.group(1) in HONORIFICS
            if word != given and word not in STOPWORDS and not title:
                owners.add(f"{word} {surname}")  # another given name: two people
                break
    if len(_FULL_NAMES) >= FULL_NAMES_KEPT:
        _FULL_NAMES.clear()
    _FULL_NAMES[id(item)] = (item, out)
    return out


# Several rules of one run ask for one article's full names: the answers of the last
# FULL_NAMES_KEPT articles are kept (keyed by the article object itself, not its id).
FULL_NAMES_KEPT = 4096
_FULL_NAMES: dict[int, tuple[ArticleFacts, dict[str, set[str]]]] = {}


def age_subject(
    item: ArticleFacts,
    fact: Fact,
    names: dict[str, set[str]] | None = None,
    event_people: frozenset[str] = frozenset(),
) -> tuple[str, bool]:
    """Whose age this is: ('person:<name>', True), ('role:<concept>', False) or ('', False).

    ``names`` (``full_names(item)``) reads a bare surname as the article's one full name
    for it; without it a bare surname is no key. ``event_people``: the person keys the event's
    other accounts read, which a name right after the age may be (``_unread_name``)."""
    text = item.article.text
    people = [f for f in item.facts if f.type == FactType.PERSON]
    # a name right after the age first: in "Monica Bates, 24-year-old Deneka Lotts" the 24
    # is Lotts's, not Bates's
    for p in people:
        if fact.end <= p.start <= fact.end + NAME_REACH and AFTER_AGE_RE.match(
            text[fact.end : p.start]
        ):
            who = person_key(p, text, names) or _kin_name(text, fact)
            return (f"person:{who}", True) if who else ("", False)
    if _NAME_AFTER_RE.match(text, fact.end) and not INDEFINITE_RE.search(
        text, max(0, fact.start - 12), fact.start
    ):
        # "Bates, 24-year-old Deneka Lotts": the age of a name the person rule left unread
        # (not "Sarai Lara, a 16-year-old Mount Vernon sophomore": Lara's)
        unread = _unread_name(text, fact, event_people)
        return (f"person:{unread}", True) if unread else ("", False)
    for p in people:
        if fact.start - NAME_REACH <= p.end <= fact.start and BEFORE_AGE_RE.match(
            text[p.end : fact.start]
        ):
            who = person_key(p, text, names)
            return (f"person:{who}", True) if who else ("", False)
    if kin := _kin_name(text, fact):
        return f"person:{kin}", True
    role = role_word(text, fact)
    if role:
        return f"role:{role_key(role)}", False
    return "", False


# The name after an age, as written: a given name (a middle initial may follow) and a surname.
_UNREAD_NAME_RE = re.compile(r"[ \t]+([A-Z][a-z]+)(?:[ \t]+[A-Z]\.)?[ \t]+([A-Z][a-z][\w'’-]*)")


def _unread_name(text: str, fact: Fact, people: frozenset[str] = frozenset()) -> str:
    """The key of a name the person rule left unread right after an age ("Police say Perry
    shot 15-year-old Sunny Patel", where "Sunny" is also a common word): only when the
    article calls that person by the surname alone elsewhere ("Patel was helping his
    uncle"), as news copy does after a first full mention; capitalised words after an age
    that are never used so are a place or a team ("the 16-year-old Mount Vernon player")."""
    m = _UNREAD_NAME_RE.match(text, fact.end)
    if m is None:
        return ""
    given, surname = m.group(1), m.group(2).replace("’", "'")
    key = f"{_given(given)} {surname.casefold()}"
    if key in people:
        return key  # another account of the event reads that name as a person's
    alone = re.compile(rf"(?<![\w'’.-])(?<!{re.escape(given)} ){re.escape(surname)}(?![\w-])")
    if not any(h.start() != m.start(2) for h in alone.finditer(text.replace("’", "'"))):
        return ""
    return f"{_given(given)} {surname.casefold()}"


# Kin who share the surname of the person they are kin of, written after an age and before a
# given name alone: "Zawahri's 55-year-old father, Samir, and 24-year-old brother, Christopher".
_KIN_NAME_RE = re.compile(
    r"\s+(?:brother|sister|son|daughter|father),\s*([A-Z][a-z]+)\b(?!\s+[A-Z])"
)
_POSSESSOR_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w'-]*)['’]s\s+[^.;:!?\n]{0,70}$")


def _kin_name(text: str, fact: Fact) -> str:
    """The key of a kin's given name alone after an age, with the surname of the person
    named in the possessive before it ("Zawahri's ... brother, Christopher" is "chris
    zawahri"); '' when the kin is not told so ("his brother, Christopher")."""
    kin = _KIN_NAME_RE.match(text, fact.end)
    if kin is None:
        return ""
    m = _POSSESSOR_RE.search(text, max(0, fact.start - 90), fact.start)
    if m is None:
        return ""
    surname = m.group(1).replace("’", "'").casefold()
    return f"{_given(kin.group(1))} {surname}"


def role_key(word: str) -> str:
    """A role noun as a key: its singular ("boys" -> boy). Not its WordNet concept, which
    joins the verb senses of opposite roles ("to father" / "to mother") and strays for
    others ("baby" -> mood)."""
    forms = lemmas(word)
    if len(forms) > 1:
        return forms[-1]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def role_word(text: str, fact: Fact) -> str:
    """The noun an age qualifies, as written: "a 4-year-old girl" -> 'girl'; not "the
    13-year-old had been shot", "another 5-year-old on Wednesday" (a function word is no
    role); '' when there is none."""
    if not fact.text.endswith("old"):
        before = ROLE_BEFORE_AGE_RE.search(text, max(0, fact.start - 30), fact.start)
        return before.group(1).lower() if before and person_noun(before.group(1)) else ""
    m = ROLE_RE.match(text[fact.end : fact.end + 20])
    if not m or m.group(1) in STOPWORDS:
        return ""
    word = m.group(1)
    # a verb or an adverb is no role: "the 15-year-old pulled the trigger", "the 4-year-old
    # accidentally shot herself" (a happening word counts only when its noun is a person or
    # thing: "the 17-year-old suspect")
    if word.endswith(("ly", "ed")) or (happening(word) and not thing_noun(word)):
        return ""
    return word


def _subjects(
    members: Sequence[ArticleFacts],
) -> Iterator[tuple[ArticleFacts, Fact, str, bool]]:
    """Every age of the articles with whose it is (``age_subject``, bare surnames read
    through each article's own full names, a name after an age through the people the
    event's accounts read). Several slot builders of one event ask in turn:
    the last event's answer is kept (keyed by its articles themselves, not their ids)."""
    key = tuple(members)
    last_key, last = _SUBJECTS_LAST
    if len(last_key) == len(key) and all(a is b for a, b in zip(last_key, key, strict=True)):
        return iter(last)
    people = frozenset(
        k
        for item in members
        for f in item.facts
        if f.type == FactType.PERSON and (k := person_key(f, item.article.text))
    )
    found = []
    for item in members:
        names = full_names(item)
        for fact in item.facts:
            if is_age(fact):
                subject, named = age_subject(item, fact, names, people)
                found.append((item, fact, subject, named))
    found = _two_surnames(found)
    one = _spelling_variants(found, {m.article.id: m.article.text.casefold() for m in members})
    out = [(item, fact, one.get(subject, subject), named) for item, fact, subject, named in found]
    _SUBJECTS_LAST[:] = [key, out]
    return iter(out)


_SUBJECTS_LAST: list = [(), []]


def _two_surnames(
    found: list[tuple[ArticleFacts, Fact, str, bool]],
) -> list[tuple[ArticleFacts, Fact, str, bool]]:
    """A name written with two surnames in one account ("Edgar Sanchez Rios, 16") and with
    the first alone in another ("Edgar Sanchez, 15"): one person. Its key (given name and last
    surname, 'edgar rios') is read as the other accounts' ('edgar sanchez') when they age that
    name and the account itself does not."""
    keyed: dict[str, set[str]] = defaultdict(set)
    for item, _fact, subject, _named in found:
        if subject.startswith("person:"):
            keyed[subject].add(item.article.id)
    alternative: dict[tuple[str, str], str] = {}
    for item in {id(i): i for i, *_ in found}.values():
        for f in item.facts:
            parts = _name_parts(f.text) if f.type == FactType.PERSON else []
            if len(parts) == 3 and all(p[:1].isupper() for p in parts):
                whole = f"person:{parts[0]} {parts[2]}".casefold()
                first = f"person:{parts[0]} {parts[1]}".casefold()
                alternative[(item.article.id, whole)] = first
    out = []
    for item, fact, subject, named in found:
        aid = item.article.id
        alt = alternative.get((aid, subject))
        if alt and keyed.get(alt, set()) - {aid} and aid not in keyed.get(alt, set()):
            subject = alt
        out.append((item, fact, subject, named))
    return out


def _spelling_variants(
    found: Sequence[tuple[ArticleFacts, Fact, str, bool]], texts: dict[str, str]
) -> dict[str, str]:
    """Person keys that name one person spelt two ways ("thomas gutierrez" / "thomas
    guitierrez", "kaleigh green" / "kaliegh green"), each mapped to the key more articles
    use: all parts but one alike, that one a spelling variant (``spelling_variant``), and no
    article writing both spellings (two people with near names)."""
    articles: dict[str, set[str]] = defaultdict(set)
    for item, _fact, subject, _named in found:
        if subject.startswith("person:"):
            articles[subject].add(item.article.id)
    keys = sorted(articles, key=lambda k: (-len(articles[k]), k))
    out: dict[str, str] = {}
    for i, usual in enumerate(keys):
        if usual in out:
            continue
        for other in keys[i + 1 :]:
            if other in out or articles[usual] & articles[other]:
                continue
            a, b = usual.removeprefix("person:").split(), other.removeprefix("person:").split()
            differ = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
            if len(a) != len(b) or len(differ) != 1 or not spelling_variant(*differ[0]):
                continue
            x, y = differ[0]
            if any(_has_word(t, x) and _has_word(t, y) for t in texts.values()):
                continue  # an article writes both: "Jaden Green and Jayden Green", two people
            out[other] = usual
    return out


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


def spelling_variant(x: str, y: str) -> bool:
    """Two spellings of one name part: the same first letter, one edit apart (two, such as
    letters swapped, in a name of seven letters or more), four letters at least."""
    if x[:1] != y[:1] or min(len(x), len(y)) < 4:
        return False
    limit = 2 if max(len(x), len(y)) >= 7 else 1
    return Levenshtein.distance(x, y) <= limit


def age_alignments(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'age:' slots: one age per article for each person (or role) two or more articles age;
    and 'age:odd:' slots for an account that gives one subject two ages, one of which no
    other account gives (``odd_age_alignments``)."""
    slots: dict[str, dict[str, Fact]] = defaultdict(dict)
    every: dict[str, dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    all_ages = _all_ages(members)
    for _item, fact, subject, _named in _subjects(members):
        if subject:
            slots[subject].setdefault(fact.article_id, fact)
            every[subject][fact.article_id].append(fact)
    out = []
    for subject, by_article in sorted(slots.items()):
        if len(by_article) >= 2:
            facts = tuple(sorted(by_article.values(), key=lambda f: (f.article_id, f.start)))
            if subject.startswith("role:") and not any(
                _exclusive(a, b, all_ages) for i, a in enumerate(facts) for b in facts[i + 1 :]
            ):
                continue  # every account gives every age: two girls, not one girl's two ages
            out.append(
                Alignment(
                    slot=f"age:{subject}", kind="quantity", event_ids=(event.id,), facts=facts
                )
            )
    texts = {item.article.id: item.article.text for item in members}
    out.extend(odd_age_alignments(event, every, all_ages, texts))
    out.extend(bare_age_alignments(event, members, all_ages))
    out.extend(opposite_role_alignments(event, members))
    return out


# "The 6-year-old was taken to hospital": a definite article right before a bare age.
DEFINITE_BEFORE_RE = re.compile(r"\b(?:the|The)\s+$")


# "There's the 5-year-old from Missouri who ...": a definite that introduces someone; so does
# a bare age a relative clause or "from" identifies.
THERE_IS_BEFORE_RE = re.compile(r"\b[Tt]here(?:['’]s|\s+is|\s+was|\s+are)\s+the\s+$")
NEW_REFERENT_AFTER_RE = re.compile(r"\s+(?:who|whom|whose|that|from|of)\b")
# The most a bare definite age may differ from the age it refers back to, in years: a slip
# of a digit or two ("The 6-year-old" for the 4-year-old girl), not another person.
BARE_AGE_SPREAD = 3


def bare_age_alignments(
    event: Event, members: Sequence[ArticleFacts], all_ages: dict[str, set[float]]
) -> list[Alignment]:
    """'age:odd:<subject>' slots for a bare definite age ("The 6-year-old was taken to
    hospital", no name and no role beside it), which refers back to someone the account has
    aged: read as the age of the subject aged before it whose age is nearest, within
    BARE_AGE_SPREAD years (and no other as near), when no account gives the bare age
    anywhere, the account gives it once, and another account gives the earlier value. One of the
    account's two figures is then a slip (a low variation, as ``odd_age_alignments``)."""
    found = list(_subjects(members))
    by_article: dict[str, list[tuple[Fact, str]]] = defaultdict(list)
    for item, fact, subject, _named in found:
        by_article[item.article.id].append((fact, subject))
    texts = {item.article.id: item.article.text for item in members}
    # each age: how many accounts give it, and the first fact of two accounts giving it (read
    # once: 5,000 accounts cost 5,000 steps, not 25 million)
    told: dict[float, int] = defaultdict(int)
    for ages in all_ages.values():
        for v in ages:
            told[v] += 1
    first_of: dict[float, list[Fact]] = defaultdict(list)
    for _aid, items in sorted(by_article.items()):
        for f, _s in items:
            firsts = first_of[_value(f)]
            if len(firsts) < 2 and all(g.article_id != f.article_id for g in firsts):
                firsts.append(f)
    out = []
    for aid, entries in sorted(by_article.items()):
        entries.sort(key=lambda e: e[0].start)
        text = texts[aid]
        for k, (fact, subject) in enumerate(entries):
            if subject or not DEFINITE_BEFORE_RE.search(text, max(0, fact.start - 6), fact.start):
                continue
            if THERE_IS_BEFORE_RE.search(text, max(0, fact.start - 20), fact.start) or (
                NEW_REFERENT_AFTER_RE.match(text, fact.end)
            ):
                continue  # "There's the 8-year-old who was trying ...": someone new
            age = _value(fact)
            if sum(_value(f) == age for f, _s in entries) > 1:
                continue  # the account gives the age again: someone of that age
            if told[age] - (age in all_ages.get(aid, ())) > 0:
                continue  # another account gives it: a second person
            earlier = [(f, s) for f, s in entries[:k] if s]
            gaps = {abs(_value(f) - age) for f, _s in earlier}
            if not gaps or min(gaps) > BARE_AGE_SPREAD:
                continue  # nobody aged before it within a slip of it: someone else
            gap = min(gaps)
            near = {_value(f) for f, _s in earlier if abs(_value(f) - age) == gap}
            if len(near) != 1:
                continue  # two ages as near ("5" between a 4- and a 6-year-old): unknown
            (usual,) = near
            earlier = [(f, s) for f, s in earlier if _value(f) == usual]
            others = [f for f in first_of.get(usual, []) if f.article_id != aid]
            if not others:
                continue
            antecedent, who = earlier[-1]
            out.append(
                Alignment(
                    slot=f"age:odd:{who}",
                    kind="quantity",
                    event_ids=(event.id,),
                    facts=(fact, antecedent, *others[:1]),
                )
            )
    return out


# A possessive before an age: the role after it is someone's kin ("his 15-year-old brother").
POSSESSIVE_BEFORE_RE = re.compile(r"(?:\b(?:his|her|their|its)|['’]s)\s+$", re.IGNORECASE)


def opposite_role_alignments(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'age:kin:' pairs: one age given to opposite kin by two accounts ("his 15-year-old
    brother" / "his 15-year-old sister", WordNet antonyms after a possessive), when neither
    account gives that age to the other (a 15-year-old son and daughter are two people).
    Without a possessive, "a 15-year-old girl" and "the 15-year-old boy" are more often two
    people of one story (a victim and a shooter)."""
    by_age: dict[float, dict[str, list[tuple[Fact, str]]]] = defaultdict(lambda: defaultdict(list))
    for item, fact, _subject, _named in _subjects(members):
        text = item.article.text
        role = role_word(text, fact)
        if role and POSSESSIVE_BEFORE_RE.search(text, max(0, fact.start - 12), fact.start):
            by_age[age_years(fact.value)][fact.article_id].append((fact, role_key(role)))
    files = file_names(members)
    role_of = {f.id: r for arts in by_age.values() for fs in arts.values() for f, r in fs}
    pairs: list[tuple[Fact, Fact]] = []
    for by_article in by_age.values():
        # PAIR_REPRESENTATIVES accounts per role of an age: pairs between roles, not copies
        kept = {
            f.id
            for f in representatives(
                [f for fs in by_article.values() for f, _r in fs], lambda f: role_of[f.id], files
            )
        }
        roles = {aid: {r for _f, r in fs} for aid, fs in by_article.items()}
        arts = sorted(by_article, key=lambda a: files.get(a, a))
        for i, a_id in enumerate(arts):
            for b_id in arts[i + 1 :]:
                pairs.extend(
                    (fa, fb)
                    for fa, ra in by_article[a_id]
                    for fb, rb in by_article[b_id]
                    if fa.id in kept
                    and fb.id in kept
                    and ra != rb
                    and rb not in roles[a_id]
                    and ra not in roles[b_id]
                    and are_antonyms(ra, rb)
                )
    return merged_pairs("age:kin:", "quantity", event, pairs, lambda f: role_of[f.id])


INDEFINITE_RE = re.compile(r"\b(?:an?|another|one)\s+$", re.IGNORECASE)


def _introduced(text: str, fact: Fact) -> bool:
    """Whether the age introduces its person: "a 3-year-old girl", "another 5-year-old"."""
    return INDEFINITE_RE.search(text, max(0, fact.start - 12), fact.start) is not None


def odd_age_alignments(
    event: Event,
    every: dict[str, dict[str, list[Fact]]],
    all_ages: dict[str, set[float]],
    texts: dict[str, str],
) -> list[Alignment]:
    """'age:odd:<subject>': one account gives a subject two ages ("a 8-year-old boy was
    fatally shot" ... "the 6-year-old boy who was shot"), every other account that ages the
    subject gives one of them and no more, and no other account gives the second anywhere.
    The account's odd age is set against the others' (a low variation: two boys may be
    meant, one of whom only that account mentions). An account that introduces both ("a
    3-year-old girl" ... "an 8-year-old girl") is telling of two people; a definite mention
    ("the 6-year-old boy") refers back to one already introduced."""
    out = []
    for subject, by_article in sorted(every.items()):
        for aid, first_odd, firsts in odd_values(by_article, _value):
            odd = _value(first_odd)
            if any(odd in ages for other, ages in all_ages.items() if other != aid):
                continue  # another account gives that age too: a second person
            facts, text = by_article[aid], texts[aid]
            values = {_value(f) for f in facts}
            if all(any(_introduced(text, f) for f in facts if _value(f) == v) for v in values):
                continue  # "a 3-year-old girl" ... "an 8-year-old girl": two people introduced
            out.append(
                Alignment(
                    slot=f"age:odd:{subject}",
                    kind="quantity",
                    event_ids=(event.id,),
                    facts=(first_odd, *firsts),
                )
            )
    return out


def _value(fact: Fact) -> float:
    return age_years(fact.value)


def _all_ages(members: Sequence[ArticleFacts]) -> dict[str, set[float]]:
    """Every age each article gives, whoever it is of."""
    out: dict[str, set[float]] = defaultdict(set)
    for item in members:
        for fact in item.facts:
            if is_age(fact):
                out[fact.article_id].add(_value(fact))
    return out


def _exclusive(a: Fact, b: Fact, all_ages: dict[str, set[float]]) -> bool:
    """Two different ages in two articles, neither article giving the other's anywhere."""
    va, vb = _value(a), _value(b)
    return (
        a.article_id != b.article_id
        and va != vb
        and va not in all_ages[b.article_id]
        and vb not in all_ages[a.article_id]
    )


# "An 18 year old and his 15 year old brother were grazed": two ages of one subject, joined
# by "and" (a possessive or an article may open the second).
_AND_AGE_RE = re.compile(r"\s+(?:[a-z]+\s+)?and\s+(?:(?:his|her|their|a|an|the)\s+)?$")


def _coordinated(item: ArticleFacts, fact: Fact) -> Fact | None:
    """The age right after ``fact`` in one coordinated subject ("An 18 year old and his 15
    year old brother were grazed"): what happened to the second happened to the first."""
    text = item.article.text
    for other in item.facts:
        if (
            is_age(other)
            and fact.end < other.start <= fact.end + 30
            and _AND_AGE_RE.fullmatch(text, fact.end, other.start)
        ):
            return other
    return None


def happening_age_alignments(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'age:did:' pairs: unnamed ages tied to the same happening in two accounts, each value
    absent from the other account's ages."""
    all_ages = _all_ages(members)
    keyed: dict[str, list[tuple[Fact, str]]] = defaultdict(list)
    for item, fact, subject, named in _subjects(members):
        if not named:
            what = governing_happening(item, fact, fates=True) or governing_happening(
                item, _coordinated(item, fact) or fact, fates=True
            )
            for c in what:
                keyed[c].append((fact, subject))
    names = file_names(members)
    out = []
    for c, entries in sorted(keyed.items()):
        roles = {f.id: role for f, role in entries}
        facts = representatives([f for f, _ in entries], lambda f: str(f.value), names)
        for i, a in enumerate(facts):
            for b in facts[i + 1 :]:
                if not _exclusive(a, b, all_ages):
                    continue  # one age, or an account that names both: two people
                if roles[a.id] and roles[b.id]:
                    continue  # a girl and a man; two babies share an 'age:role:' slot already
                out.append(
                    Alignment(
                        slot=f"age:did:{c}#{a.id}|{b.id}",
                        kind="quantity",
                        event_ids=(event.id,),
                        facts=(a, b),
                    )
                )
    return out


# Two capitalised words right after an age, or a capitalised word and a comma right before
# it: a name the person rule did not read ("49-year-old Lana J. Carlson", "Carlson, 18").
_NAME_AFTER_RE = re.compile(r"[ \t]+([A-Z][a-z]+)(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][a-z]")
_NAME_BEFORE_RE = re.compile(r"[A-Z][\w'’.]*,[ \t]*$")


def _beside_a_name(text: str, fact: Fact) -> bool:
    return bool(
        _NAME_AFTER_RE.match(text, fact.end)
        or _NAME_BEFORE_RE.search(text, max(0, fact.start - 30), fact.start)
    )


def _given_and_surname(key: str) -> list[str]:
    """A person key's given name and surname, without "Jr."/"III" (an account may leave it
    out)."""
    parts = key.split()
    return parts[:2] if len(parts) > 2 else parts


# An age modifies the noun after it, and what happened to that person follows the noun: "a
# 19-year-old man was fatally shot" (the third content word after the age): read as well as
# the nearer happening. Used where the other account names the person; between two unnamed
# ages (happening_age_alignments) the wider reach paired different victims on dev.
AGE_HAPPENING_REACH_AFTER = 4


def named_elsewhere_alignments(
    event: Event, members: Sequence[ArticleFacts], principal: frozenset[str] | None = None
) -> list[Alignment]:
    """'age:named:<name>#' pairs: an account ages a person by name ("Aniya Edwards, 19,")
    and another account names that person but gives its age only without the name ("A
    21-year-old college student was killed"), for the same happening (one word of what
    happened in common, or both of the event's own happenings: shot, killed). Each account
    gives no age the other gives, and the other gives that person no age by name: the
    unnamed age is most likely the named person's (a low variation)."""
    all_ages = _all_ages(members)
    if principal is None:
        principal = principal_happenings(members)
    texts = {item.article.id: item.article.text.casefold() for item in members}
    named: list[tuple[Fact, str, frozenset[str]]] = []
    unnamed: list[tuple[Fact, frozenset[str]]] = []
    aged: dict[str, set[str]] = defaultdict(set)  # article -> people it ages by name
    for item, fact, subject, is_named in _subjects(members):
        what = governing_happening(item, fact) | governing_happening(
            item, fact, reach_after=AGE_HAPPENING_REACH_AFTER
        )
        if is_named:
            named.append((fact, subject.removeprefix("person:"), what))
            aged[fact.article_id].add(subject)
        elif what and not _beside_a_name(item.article.text, fact):
            unnamed.append((fact, what))
    pairs: list[tuple[Fact, Fact]] = []
    for n, who, what_n in named:
        for u, what_u in unnamed:
            if u.article_id == n.article_id or f"person:{who}" in aged[u.article_id]:
                continue
            if not all(_has_word(texts[u.article_id], part) for part in _given_and_surname(who)):
                continue  # the other account does not name the person
            if not (what_n & what_u or (what_n and what_n | what_u <= principal)):
                continue
            if _exclusive(n, u, all_ages):
                pairs.append((n, u))
    names = {f.id: who for f, who, _w in named}
    return merged_pairs(
        "age:named:", "quantity", event, pairs, lambda f: names.get(f.id, _value(f))
    )


# A home town written with an age: "Berkey, 36, of Elma" / "a 34-year-old from Elma" (the
# town after "of" or "from"), "a 34-year-old Elma man" (the town between the age and a noun
# naming someone).
AGE_HOME_BETWEEN_RE = re.compile(r"^(?:,\s*|\s+)(?:([a-z]+)\s+)?(?:of|from)\s+$")
AGE_HOME_REACH = 12
_ROLE_AFTER_TOWN_RE = re.compile(r"\s+([a-z]+)\b")


def _age_home(item: ArticleFacts, fact: Fact, towns: Sequence[Fact]) -> str:
    """The home town written with an age, casefolded; '' when none is."""
    text = item.article.text
    for town in towns:
        if not fact.end <= town.start <= fact.end + AGE_HOME_REACH:
            continue
        between = text[fact.end : town.start]
        m = AGE_HOME_BETWEEN_RE.match(between)
        if m and (m.group(1) is None or person_noun(m.group(1))):  # "a 34-year-old man from"
            return town.text.casefold()
        role = _ROLE_AFTER_TOWN_RE.match(text, town.end)
        if between == " " and fact.text.endswith("old") and role and person_noun(role.group(1)):
            return town.text.casefold()
    return ""


def home_age_alignments(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'age:home:<town>#' pairs: the one age each of two accounts gives someone from a town
    ("Gerald M. Berkey, 36, of Elma" / "a 34-year-old from Elma"): the subject is the
    person from that town, keyed by the town when no account ages two people from it. Not
    two named people (two names: two people), and not when either account gives the other's
    age anywhere (``_exclusive``)."""
    all_ages = _all_ages(members)
    regions = story_regions(members)
    by_town: dict[str, dict[str, list[tuple[Fact, str]]]] = defaultdict(lambda: defaultdict(list))
    towns_of: dict[str, list[Fact]] = {}
    for item, fact, subject, named in _subjects(members):
        if item.article.id not in towns_of:  # read places of a town, and unread town names
            towns_of[item.article.id] = [
                f
                for f in item.facts
                if f.type == FactType.PLACE and getattr(f.value, "kind", "") == "city"
            ] + unread_names(item, regions)
        towns = towns_of[item.article.id]
        home = _age_home(item, fact, towns)
        if home:
            by_town[home][item.article.id].append((fact, subject if named else ""))
    out = []
    for town, by_article in sorted(by_town.items()):
        if any(len({_value(f) for f, _w in aged}) > 1 for aged in by_article.values()):
            continue  # an account ages two people from that town
        ones = [aged[0] for aged in by_article.values()]
        pairs = [
            (a, b)
            for i, (a, wa) in enumerate(ones)
            for b, wb in ones[i + 1 :]
            if not (wa and wb) and _exclusive(a, b, all_ages)
        ]  # (two named people: the names' own slot compares one person)
        out += merged_pairs(f"age:home:{town}#", "quantity", event, pairs, _value)
    return out


def set_age_alignments(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'age:set:' pairs: two accounts that age the same number of people, every age but one
    the same in both, and the one left in each close to the other ("a four-year-old and a
    six-year-old" / "a 4-year-old is dead and a 5-year-old is responsible"): the same
    person given two ages. A variation (``judge_age``); ages further apart than
    AGE_SET_MAX_GAP years and AGE_SET_MAX_SHARE of the older may be two people, and so may
    the ages of accounts that age one person only. Accounts that age the same people alike
    are compared once (PAIR_REPRESENTATIVES of them stand for the rest)."""
    all_ages = _all_ages(members)
    first: dict[tuple[str, float], Fact] = {}
    for item in members:
        for fact in item.facts:
            if is_age(fact):
                first.setdefault((fact.article_id, _value(fact)), fact)
    files = file_names(members)
    by_set: dict[frozenset[float], list[str]] = {}
    for aid in sorted(all_ages, key=lambda aid: files.get(aid, aid)):
        by_set.setdefault(frozenset(all_ages[aid]), []).append(aid)
    sets = list(by_set)[:AGE_SET_MAX_ACCOUNTS]
    pairs: list[tuple[Fact, Fact]] = []
    for i, sa in enumerate(sets):
        for sb in sets[i + 1 :]:
            only_a, only_b = sa - sb, sb - sa
            if len(sa) != len(sb) or len(sa) < 2 or len(only_a) != 1 or len(only_b) != 1:
                continue
            (va,), (vb,) = only_a, only_b
            if abs(va - vb) > max(AGE_SET_MAX_GAP, AGE_SET_MAX_SHARE * max(va, vb)):
                continue
            pairs += [
                (first[(a, va)], first[(b, vb)])
                for a in by_set[sa][:PAIR_REPRESENTATIVES]
                for b in by_set[sb][:PAIR_REPRESENTATIVES]
            ]
    return merged_pairs("age:set:", "quantity", event, pairs, _value)
