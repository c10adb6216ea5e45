"""Who held a role: the person the accounts of one event name for one role.

News copy names the holder of a role beside the role word: "The pilot, Daniel Reyes,",
"the gunman was identified as Jerome Hill", "Daniel Reyes, the pilot,", "the pilot Daniel
Reyes". The subject is the role (a noun WordNet says names someone,
``lexicon.person_noun``: pilot, gunman, driver, judge), the attribute is the holder's name,
the time this event. Two accounts that name two different people for one role pair in slot
'rolename:<role>#<fact>|<fact>' (judged by ``judge.residences.judge_role_name``).

Only a role one person holds: never one the accounts also write in the plural or with a
number ("the victims", "two officers": several people hold it), never a role an account
names two people for, and never where one account names the other's person anywhere (both
people are in its story).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from factcheck.align.ages import full_names, person_key, spelling_variant
from factcheck.lexicon import lemmas, person_noun
from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType
from factcheck.text import STOPWORDS

# The role before the name: "the pilot, " / "the helicopter's pilot, " / "the pilot " /
# "The gunman was identified as ".
ROLE_BEFORE_RE = re.compile(
    r"\b(?i:the)\s+(?:[a-z]+['’]s\s+)?(?P<role>[a-z]+)(?:,\s*|\s+|\s+(?:was|has\s+been|"
    r"had\s+been)\s+identified\s+as\s+(?:\d{1,3}-year-old\s+)?)$"
)
# The role after the name: "Daniel Reyes, the pilot," (the role ends its phrase).
ROLE_AFTER_RE = re.compile(r",\s+the\s+(?P<role>[a-z]+)\s*[,.;]")
ROLE_REACH = 60
# Role words that are no one role: kin and generic people words ("the man", "the family").
NOT_ROLES = frozenset(
    ("man", "woman", "boy", "girl", "person", "people", "child", "kid", "teen", "teenager",
     "family", "friend", "mother", "father", "son", "daughter", "brother", "sister", "wife",
     "husband", "cousin", "uncle", "aunt", "grandmother", "grandfather", "neighbor",
     "neighbour", "resident", "source", "spokesman", "spokeswoman", "spokesperson",
     "official", "officials", "reporter", "writer", "author", "editor", "public", "other")
)  # fmt: skip


def _role(word: str) -> str | None:
    """A singular noun naming someone, as a role key; None for anything else."""
    w = word.lower()
    if w in STOPWORDS or w in NOT_ROLES or not person_noun(w):
        return None
    forms = lemmas(w)
    if len(forms) > 1 and forms[-1] != w:
        return None  # a plural ("officers"): several people
    return w


def holders(item: ArticleFacts) -> list[tuple[str, str, Fact]]:
    """(role, person key, person fact) for each name the article writes beside a role."""
    text = item.article.text
    names = full_names(item)
    out = []
    for p in item.facts:
        if p.type != FactType.PERSON or len(p.text.split()) < 2:
            continue
        before = ROLE_BEFORE_RE.search(text, max(0, p.start - ROLE_REACH), p.start)
        after = ROLE_AFTER_RE.match(text, p.end)
        for m in (before, after):
            role = _role(m.group("role")) if m else None
            who = person_key(p, text, names) if role else ""
            if role and who:
                out.append((role, who, p))
    return out


def _several(role: str, texts: Sequence[str]) -> bool:
    """Whether any account writes the role in the plural or with a number: several people."""
    plural = re.compile(
        rf"\b(?:{re.escape(role)}s|{re.escape(role)}es|(?:two|three|four|five|\d+)\s+"
        rf"(?:[a-z]+\s+)?{re.escape(role)}s?)\b",
        re.IGNORECASE,
    )
    return any(plural.search(t) for t in texts)


def role_name_alignments(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'rolename:' pairs: two accounts name two different people for one role."""
    by_role: dict[str, dict[str, list[tuple[str, Fact]]]] = defaultdict(lambda: defaultdict(list))
    for item in members:
        for role, who, fact in holders(item):
            by_role[role][item.article.id].append((who, fact))
    texts = {item.article.id: item.article.text for item in members}
    out = []
    for role, by_article in sorted(by_role.items()):
        if len(by_article) < 2 or _several(role, list(texts.values())):
            continue
        single = {
            aid: entries[0]
            for aid, entries in by_article.items()
            if len({who for who, _f in entries}) == 1
        }
        ids = sorted(single)
        for i, x in enumerate(ids):
            for y in ids[i + 1 :]:
                (wx, fx), (wy, fy) = single[x], single[y]
                if wx == wy or _same_person(wx, wy):
                    continue
                if _named_in(wx, texts[y]) or _named_in(wy, texts[x]):
                    continue  # both people are in the other's story
                out.append(
                    Alignment(
                        slot=f"rolename:{role}#{fx.id}|{fy.id}",
                        kind="name",
                        event_ids=(event.id,),
                        facts=(fx, fy),
                    )
                )
    return out


def _same_person(a: str, b: str) -> bool:
    """One name spelt two ways (the name-spelling rule's finding), or one key a part of the
    other ("jerome hill" / "jerome a hill")."""
    pa, pb = a.split(), b.split()
    if pa[-1] == pb[-1] or spelling_variant(pa[-1], pb[-1]):
        return True
    return set(pa) <= set(pb) or set(pb) <= set(pa)


def _named_in(who: str, text: str) -> bool:
    surname = who.split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b", text, re.IGNORECASE) is not None
