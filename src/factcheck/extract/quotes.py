"""Find direct quotations and attribute each to its speaker (name, pronoun or institution)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from factcheck.extract._base import FUNCTION_WORDS, Cand, Ctx, word_set
from factcheck.lexicon import known
from factcheck.models import FactType

# Straight quotes pair only as an opening mark (after a space or bracket, before a word) and
# a closing mark (after a word); a stray mark in scraped copy then cannot shift every pair.
# Single curly quotes (British style: ‘This was an outrageous act.’) open before a letter, not
# inside a word, and close at the first ’ that is no apostrophe (not followed by a letter:
# "we’ve" goes on), within one paragraph.
QUOTE_RE = re.compile(
    r"“(?P<a>[^“”]{1,1500}?)”|"
    r"(?<![^\s(\[—–-])\"(?=\S)(?P<b>[^\"\n]{1,1500}?)(?<=\S)\"(?![A-Za-z0-9])|"
    r"(?<![\w‘’])‘(?=[A-Za-z])(?P<c>[^‘\n]{1,1500}?)(?<=\S)’(?![A-Za-z0-9])"
)
VERBS = (
    r"said|says|told|stressed|added|noted|explained|asked|wrote|warned|declared|insisted|"
    r"urged|replied|tweeted|announced|commented|remarked|recalled|continued|concluded|"
    r"predicted|contended|argued|acknowledged|admitted|claimed|cautioned|conceded|countered|"
    r"observed|suggested|testified|maintained|complained|emphasi[sz]ed|reiterated|"
    r"responded|joked|quipped|answered|greeted|pleaded|cried|shouted|exclaimed|whispered|"
    r"stated|vowed|promised|pledged|boasted|lamented|recounted|demanded|begged|assured|"
    r"asserted|underlined|underscored|posted"
)
# A subject may hold an abbreviated honorific: "Mr. Ban said", "Ms. Su said".
_SUBJ_CHAR = (
    r"(?:(?:Mrs?|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|St)\.|(?:[A-Z]\.){2,3}(?= )|"
    r"[^,.;:“”\"])"
)  # "the U.S. president said"
AFTER_RE = re.compile(
    rf"\s*[,—–-]?\s*(?:(?P<subj>{_SUBJ_CHAR}{{1,80}}?)\s+(?P<verb>{VERBS})\b|"
    rf"(?P<verb2>{VERBS})\s+(?P<subj2>{_SUBJ_CHAR}{{1,80}}))"
)
# '"…," the victim's father, Raj Shah, said': a role, then the name in commas, then the verb.
APPOSITION_AFTER_RE = re.compile(
    rf"\s*[^,.;:“”\"\n]{{1,60}},\s*(?P<subj>{_SUBJ_CHAR}{{1,60}}?),\s+(?P<verb>{VERBS})\b"
)
ACCORDING_BEFORE_RE = re.compile(r"\b[Aa]ccording\s+to\b")
ACCORDING_RE = re.compile(r"[^“”\"]{0,80}?\baccording\s+to\s+(?P<subj>[^,.;:“”\"]{1,80})")
_BEFORE_VERBS = rf"{VERBS}|saying|adding|telling|called|calling|described|describing|dubbed|termed"
BEFORE_RE = re.compile(
    rf"(?P<subj>{_SUBJ_CHAR}{{0,80}}?)\s+(?P<verb>{_BEFORE_VERBS})\b"
    r"(?:\s+(?:that|reporters|us|him|her|them))?[^“”\"]{0,200}$"
)
# What every match of BEFORE_RE holds: a verb after white space (a cheap test first).
BEFORE_VERB_RE = re.compile(rf"\s(?:{_BEFORE_VERBS})\b")
PRONOUNS = frozenset({"he", "she"})
HONORIFICS = word_set("Mr Mrs Ms Dr Prof Sir Dame Lord Lady")
DETERMINERS = word_set("the a an his her their its our one another several two three")
NOT_SOURCES = word_set("there it this that these those they we i you which who what")
PARTIAL_MAX_WORDS = 6  # a quotation this short, inside a sentence, quotes a phrase not a speech
LEADING_RE = re.compile(r"^(?:and|but|while|as|then|also)\s+", re.IGNORECASE)
# A finite verb in the words before a name shows the name is an object, not the subject
# the participle hangs on: "A judge sentenced Derek Chauvin, telling him ..." (the judge
# speaks). An "-ed" word after a determiner is an adjective ("the embattled leader").
VERBISH_RE = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bhis )(?<!\bher )(?<!\bits )"
    r"\b(?:[a-z]{2,}ed|is|was|were|are|has|had|have|will|would|did|does|got|gets|gave|met|"
    r"meets|took|takes|sent|won|wins|beat|beats|told|tells|said|says|made|makes|came|comes|"
    r"went|goes|left|leaves|held|holds|saw|sees|spoke|speaks|gave|found|finds|led|leads|"
    r"struck|hit|hits|ran|runs|became|becomes|sought|seeks)\b"
)
NOT_VERBS = word_set("alleged armed retired beloved unnamed embattled need speed seed feed bed red")
# Role nouns a speaker may be named by ("the Russian president"): matched against the words
# just before each person's name ("Russian President Vladimir Putin").
ROLES = (
    "vice president", "president", "prime minister", "foreign minister", "defence minister",
    "defense minister", "minister", "chancellor", "judge", "justice", "leader",
    "chief executive", "ceo", "spokesman", "spokeswoman", "spokesperson", "secretary",
    "governor", "mayor", "coach", "manager", "prosecutor", "ambassador", "premier", "king",
    "queen", "pope", "senator", "officer", "chairman", "chairwoman", "commander", "captain",
    "co-pilot", "copilot", "pilot", "striker", "goalkeeper", "sheriff", "police chief",
    "attorney general", "head coach", "founder", "director", "head of state",
)  # fmt: skip
ROLE_SYNONYMS = {"ceo": ("chief executive",), "chief executive": ("ceo",),
                 "copilot": ("co-pilot",), "co-pilot": ("copilot",),
                 "head of state": ("president", "king", "queen", "emperor")}  # fmt: skip
ROLE_END_RE = re.compile(r"\b(?P<role>" + "|".join(sorted(ROLES, key=len, reverse=True))
                         + r")$", re.IGNORECASE)  # fmt: skip
ROLE_IN_RE = re.compile(
    r"\b(?:(?:the|a|an|its|his|her|their|[A-Z][\w.-]*['’]s)\s+)(?:[\w.'’-]+\s+){0,3}?(?:"
    + "|".join(sorted(ROLES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
RANK_BEFORE = word_set("vice deputy former ex assistant")
TRAILING_AUX_RE = re.compile(
    r"(?:\s+(?:had|has|have|was|were|is|are|would|will|also|then|later|earlier|\w+ly))+$"
)
# A sentence opening that names no speaker: "On Tuesday", "In a statement".
SETTING_WORDS = word_set("on in at after before during while when as if since for by with from")


def _is_source(words: list[str]) -> bool:
    """Whether a few words can name a source: "the White House", "a spokesman", "Reuters"."""
    first = re.split(r"['’]", words[0].lower())[0]  # "There's" -> "there"
    if first in NOT_SOURCES or all(w.lower() in FUNCTION_WORDS for w in words):
        return False
    return first in DETERMINERS or words[0][:1].isupper()


def _person_in(people: list[Cand], a: int, b: int) -> Cand | None:
    inside = [p for p in people if a <= p.start and p.end <= b]
    return inside[-1] if inside else None


def _by_surname(people: list[Cand], word: str) -> Cand | None:
    """The person whose full name ends in ``word`` (one person only, else ambiguous)."""
    if not word[:1].isupper():
        return None
    hits = {p.value["key"]: p for p in people if p.value["name"].split()[-1:] == [word]
            and " " in p.value["name"]}  # fmt: skip
    return next(iter(hits.values())) if len(hits) == 1 else None


def _person_right_after(people: list[Cand], text: str, end: int) -> Cand | None:
    """A person named right after a closing quote and its comma, followed by a comma."""
    for p in people:
        if (
            end <= p.start <= end + 3
            and not text[end : p.start].strip(" ,\t")
            and (text.startswith(",", p.end))
        ):
            return p
    return None


def _colon_speaker(ctx: Ctx, people: list[Cand], start: int) -> Cand | None:
    """The first person named in the clause that a colon right before the quote closes."""
    colon = ctx.text.rfind(":", max(0, start - 3), start)
    if colon < 0 or ctx.text[colon + 1 : start].strip():
        return None
    sent = ctx.sentences[ctx.sentence_at(colon)].start if ctx.sentences else 0
    named = [p for p in people if sent <= p.start and p.end <= colon]
    return named[0] if named else None


# A preposition right before a name: the name is its object ("after the summit with Kim
# Jong-un, he explained"), not whom a later "he" in the sentence stands for.
PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:with|to|for|from|by|about|against|at|of|on|toward|towards|beside|behind)\s+$",
    re.IGNORECASE,
)


def _named_before(ctx: Ctx, people: list[Cand], sent: int, pos: int) -> list[Cand]:
    """The people of sentence ``sent`` named before ``pos`` that a later 'he'/'she' of it may
    stand for: not the object of a preposition."""
    return [
        p
        for p in people
        if ctx.sentence_at(p.start) == sent
        and p.end <= pos
        and not PREPOSITION_BEFORE_RE.search(ctx.text, max(0, p.start - 12), p.start)
    ]


def _last_person_before(ctx: Ctx, people: list[Cand], sent: int, pos: int) -> Cand | None:
    """The person a 'he'/'she' refers to: earlier in the sentence (not the object of a
    preposition), else the subject of the nearest earlier sentence that names someone."""
    same = _named_before(ctx, people, sent, pos)
    if same:
        return same[0]
    for s in range(sent - 1, max(sent - 6, -1), -1):
        found = [p for p in people if ctx.sentence_at(p.start) == s]
        if found:
            return found[0]
        if _unread_subject(ctx, s):
            return None  # "Mitsotakis held talks ...": someone the people rule left unread
    return None


# A sentence opening with a capitalised word, then a lower-case word: its subject.
SUBJECT_OPENING_RE = re.compile(r"\s*([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+[a-z]")


def _unread_subject(ctx: Ctx, sent: int) -> bool:
    """Whether sentence ``sent`` opens with a name the lexicon does not know as its subject
    ("Mitsotakis held a two-hour meeting"): a person a later "he" may stand for, though the
    people rule did not read one, so an earlier person is no safe answer."""
    if not ctx.sentences:
        return False
    m = SUBJECT_OPENING_RE.match(ctx.text, ctx.sentences[sent].start)
    return m is not None and m.group(1).lower() not in FUNCTION_WORDS and not known(m.group(1))


def _pronoun_speaker(
    ctx: Ctx, scope: _Scope, sent: int, pos: int
) -> tuple[str | None, str | None, str]:
    """Whom a 'he'/'she' stands for. An earlier sentence whose subject is a role and whose
    people are all objects ("A judge sentenced Derek Chauvin ...") gives the role, not the
    object; otherwise the person _last_person_before finds."""
    people = scope.near
    same = _named_before(ctx, people, sent, pos)
    if not same and ctx.sentences:
        for s in range(sent - 1, max(sent - 6, -1), -1):
            named = [p for p in people if ctx.sentence_at(p.start) == s]
            if not named:
                continue
            if _sentence_subject(ctx, people, s, ctx.sentences[s].end) is None:
                role = _role_subject(ctx, people, s, ctx.sentences[s].end, roles_only=True)
                if role is not None:
                    return _by_role(ctx, scope, role, "quote-pronoun-role")
            break
    p = _last_person_before(ctx, people, sent, pos)
    if p is not None:
        return p.value["name"], p.value["key"], "quote-pronoun"
    return None, None, "quote-pronoun-unresolved"


def _has_verb(prefix: str) -> bool:
    """Whether the words before a name hold a finite verb (so the name is not the subject)."""
    for q in '”"':  # words inside an earlier quotation say nothing of this clause
        cut = prefix.rfind(q)
        if cut >= 0:
            prefix = prefix[cut + 1 :]
    return any(m.group(0) not in NOT_VERBS for m in VERBISH_RE.finditer(prefix))


def _sentence_subject(ctx: Ctx, people: list[Cand], sent: int, upto: int) -> Cand | None:
    """The person named as the sentence's subject, before its first verb, else None."""
    sa = ctx.sentences[sent].start if ctx.sentences else 0
    for p in sorted(people, key=lambda c: c.start):
        if p.start < sa or ctx.sentence_at(p.start) != sent or p.start >= upto:
            continue
        return None if _has_verb(ctx.text[sa : p.start]) else p
    return None


def _role_context(ctx: Ctx, people: list[Cand], p: Cand) -> str:
    """The words just before a person's name, back to the previous person or the sentence
    start (at most 60 characters): "Russian President" before "Vladimir Putin"."""
    sa = ctx.sentences[ctx.sentence_at(p.start)].start if ctx.sentences else 0
    prev_end = max((q.end for q in people if q.end <= p.start), default=0)
    return ctx.text[max(sa, prev_end, p.start - 60) : p.start]


def role_person(ctx: Ctx, people: list[Cand], label: str) -> Cand | None:
    """The one person of the article a role label names: "the Russian president" is the
    person introduced as "Russian President Vladimir Putin". None when no role noun ends the
    label, or when none or several people fit."""
    wanted = _role_wanted(label)
    if wanted is None:
        return None
    hits: dict[str, Cand] = {}
    for p in people:
        if " " not in p.value["name"] and not p.value.get("title"):
            continue  # a bare surname; "Judge Cahill" alone still counts
        if _role_fits(wanted, _role_context(ctx, people, p), p):
            hits.setdefault(p.value["key"], p)
    return next(iter(hits.values())) if len(hits) == 1 else None


RoleWanted = tuple[str, tuple[str, ...], bool]  # role, qualifiers, ranked ("vice ...")


def _role_wanted(label: str) -> RoleWanted | None:
    """What a role label asks of a person: its role noun, capitalised qualifiers and rank."""
    label = re.sub(r"\s+", " ", label.strip())
    m = ROLE_END_RE.search(label)
    if m is None:
        return None
    role = m.group("role").lower()
    lead = label[: m.start()].split()
    # Capitalised qualifiers must match ("Russian", "French"); lowercase ones ("federal",
    # "company's") are description, not identity.
    quals = [w.lower() for w in lead[1:] if w[:1].isupper()]
    quals += [w.lower() for w in lead[:1] if w[:1].isupper() and w.lower() not in DETERMINERS]
    ranked = bool(lead) and lead[-1].lower() in RANK_BEFORE
    return role, tuple(quals), ranked


def _role_fits(wanted: RoleWanted, window: str, p: Cand) -> bool:
    """Whether the words before a person's name (``window``) or its title give the role."""
    role, quals, ranked = wanted
    names = (role, *ROLE_SYNONYMS.get(role, ()))
    ctx_words = f"{window} {p.value.get('title') or ''}".lower()
    # The role right before the name, only capitalised words between: "Russian
    # President Vladimir Putin", "the company's chief executive, Tim Cook".
    found = [
        r
        for n in names
        for r in re.finditer(
            rf"(?<![\w-])(\w+[ -])?(?i:{re.escape(n)}),?(?:\s+[A-Z][\w.'’-]*)*\s*$", window
        )
    ]
    title = str(p.value.get("title") or "").lower()
    if not found:
        found = [
            r for n in names for r in re.finditer(rf"(?<![\w-])(\w+[ -])?{re.escape(n)}$", title)
        ]
    if not found:
        return False
    if not ranked and all(r.group(1) and r.group(1)[:-1].lower() in RANK_BEFORE for r in found):
        return False  # "Vice President Harris" is not "the president"
    return all(re.search(rf"(?<!\w){re.escape(q)}(?!\w)", ctx_words) for q in quals)


# Letters re's IGNORECASE matches to ASCII ones that str.lower() keeps apart.
_IGNORECASE_ODD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})


def _fold(text: str) -> str:
    return text.translate(_IGNORECASE_ODD).lower()


class _Everyone:
    """The article's people, indexed once, for the two lookups that read the whole story
    (a role label, a bare surname). For one quote they answer as if given the people outside
    the quotation (``role_person(ctx, outside, label)``, ``_by_surname(outside, word)``), without
    a pass over every person per quote: that made big articles quadratic in size.
    """

    def __init__(self, ctx: Ctx, people: list[Cand]) -> None:
        self.ctx = ctx
        self.people = people
        self.order = sorted(range(len(people)), key=lambda i: (people[i].start, i))
        self.starts = [people[i].start for i in self.order]
        by_end = sorted(range(len(people)), key=lambda i: people[i].end)
        self.by_end = by_end
        self.ends = [people[i].end for i in by_end]
        self.surnames: dict[str, list[int]] = {}
        for i, p in enumerate(people):
            if " " in p.value["name"]:
                for last in p.value["name"].split()[-1:]:
                    self.surnames.setdefault(last, []).append(i)
        self.full_windows: list[str] | None = None
        self.folded: list[str] = []
        self.matches: dict[RoleWanted, list[int]] = {}

    def inside(self, a: int, b: int) -> set[int]:
        """Indexes of the people within [a, b] (a quotation's own names)."""
        lo, hi = bisect.bisect_left(self.starts, a), bisect.bisect_right(self.starts, b)
        return {i for i in self.order[lo:hi] if self.people[i].end <= b}

    def near(self, lo: int, hi: int, skip: set[int]) -> list[Cand]:
        """The people starting in [lo, hi), in list order, but those in ``skip``."""
        a, b = bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi)
        return [self.people[i] for i in sorted(self.order[a:b]) if i not in skip]

    def _window(self, i: int, skip: set[int]) -> str:
        """_role_context of person i among the people but those in ``skip``."""
        p = self.people[i]
        ctx = self.ctx
        sa = ctx.sentences[ctx.sentence_at(p.start)].start if ctx.sentences else 0
        k = bisect.bisect_right(self.ends, p.start)
        while k > 0 and self.by_end[k - 1] in skip:
            k -= 1
        prev_end = self.ends[k - 1] if k > 0 else 0
        return ctx.text[max(sa, prev_end, p.start - 60) : p.start]

    def role_person(self, label: str, skip: set[int], a: int, b: int) -> Cand | None:
        """role_person(ctx, people but ``skip``, label); ``skip`` lies within [a, b]."""
        wanted = _role_wanted(label)
        if wanted is None:
            return None
        people = self.people
        if self.full_windows is None:
            self.full_windows = [self._window(i, set()) for i in range(len(people))]
            # What a role must appear in, folded as (?i) folds: a cheap test before the regex.
            self.folded = [
                f"{_fold(w)}\x00{str(p.value.get('title') or '').lower()}"
                for w, p in zip(self.full_windows, people, strict=True)
            ]
        if wanted not in self.matches:
            names = (wanted[0], *ROLE_SYNONYMS.get(wanted[0], ()))
            self.matches[wanted] = [
                i
                for i, p in enumerate(people)
                if (" " in p.value["name"] or p.value.get("title"))
                and any(n in self.folded[i] for n in names)
                and _role_fits(wanted, self.full_windows[i], p)
            ]
        hits_at = self.matches[wanted]
        if skip:
            # Leaving out the quotation's own names changes the words before a name only
            # for names starting within 60 characters after the quotation: test those again.
            lo, hi = bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, b + 60)
            again = {i for i in self.order[lo:hi] if i not in skip}
            hits_at = sorted(
                [i for i in hits_at if i not in skip and i not in again]
                + [
                    i
                    for i in again
                    if (" " in people[i].value["name"] or people[i].value.get("title"))
                    and _role_fits(wanted, self._window(i, skip), people[i])
                ]
            )
        hits: dict[str, Cand] = {}
        for i in hits_at:
            hits.setdefault(people[i].value["key"], people[i])
        return next(iter(hits.values())) if len(hits) == 1 else None

    def by_surname(self, word: str, skip: set[int]) -> Cand | None:
        """_by_surname(people but ``skip``, word)."""
        if not word[:1].isupper():
            return None
        hits = {self.people[i].value["key"]: self.people[i]
                for i in self.surnames.get(word, ()) if i not in skip}  # fmt: skip
        return next(iter(hits.values())) if len(hits) == 1 else None


@dataclass
class _Scope:
    """Who may speak one quotation: the people near it (outside the quotation itself), and
    the whole story's for role labels and bare surnames."""

    near: list[Cand]
    everyone: _Everyone | None = None
    skip: set[int] = field(default_factory=set)
    span: tuple[int, int] = (0, 0)

    def role_person(self, ctx: Ctx, label: str) -> Cand | None:
        if self.everyone is None:
            return role_person(ctx, self.near, label)
        return self.everyone.role_person(label, self.skip, *self.span)

    def by_surname(self, word: str) -> Cand | None:
        if self.everyone is None:
            return _by_surname(self.near, word)
        return self.everyone.by_surname(word, self.skip)


def _role_subject(
    ctx: Ctx, people: list[Cand], sent: int, upto: int, roles_only: bool = False
) -> str | None:
    """A role noun phrase opening the sentence before its first verb ("A federal judge")."""
    sa = ctx.sentences[sent].start if ctx.sentences else 0
    prefix = ctx.text[sa:upto]
    verb = next((m for m in VERBISH_RE.finditer(prefix) if m.group(0) not in NOT_VERBS), None)
    head = prefix[: verb.start()] if verb else prefix
    m = ROLE_IN_RE.search(head)
    if m is not None:
        return m.group(0)
    if roles_only:
        return None
    # "Germanwings released a statement, saying": a short capitalised subject names a source.
    words = head.split()
    if words and words[0].lower() in PRONOUNS | NOT_SOURCES:
        return None
    if (
        0 < len(words) <= 5
        and "," not in head
        and words[0].lower() not in SETTING_WORDS
        and words[0][:1].isupper()
        and _is_source(words)
    ):
        return head.strip()
    return None


def _by_role(ctx: Ctx, scope: _Scope, label: str, rule: str) -> tuple[str | None, str | None, str]:
    p = scope.role_person(ctx, label)
    if p is not None:
        return p.value["name"], p.value["key"], "quote-role"
    label = TRAILING_AUX_RE.sub("", LEADING_RE.sub("", label))  # "officials had reportedly"
    return label, None, rule


def _speaker(
    ctx: Ctx, scope: _Scope, subj_a: int, subj_b: int, sent: int, verb: str
) -> tuple[str | None, str | None, str]:
    people = scope.near
    text = ctx.text
    subj = text[subj_a:subj_b].strip()
    words = subj.split()
    elided = not [w for w in words if w.lower() not in ("and", "but", "also", "then")]
    if verb in ("saying", "adding", "telling") or elided:
        # The participle hangs on the sentence's subject: the person named before its first
        # verb ("Chauvin turned to the Floyd family, saying"), else a role ("A federal judge
        # sentenced Chauvin, telling him"), never a person the verb acts on.
        p = next(
            (q for q in people if subj_a <= q.start and q.end <= subj_b
             and not text[q.end : subj_b].strip(" ,")),
            None,
        ) or _sentence_subject(ctx, people, sent, subj_b)  # fmt: skip
        if p:  # "images showed Putin saying": the name right before the participle
            return p.value["name"], p.value["key"], "quote-sentence-subject"
        head = ctx.text[ctx.sentences[sent].start if ctx.sentences else 0 : subj_b].split()
        if head and head[0].lower() in PRONOUNS:  # "He turned to the family, saying"
            p = _last_person_before(ctx, people, sent, subj_a)
            if p:
                return p.value["name"], p.value["key"], "quote-pronoun"
        role = _role_subject(ctx, people, sent, subj_b)
        if role is not None:
            return _by_role(ctx, scope, role, "quote-sentence-role")
        if not elided:
            return None, None, "quote-unattributed"
    if subj.lower() in ("who", "which"):  # "Kamala Harris, who said ..."
        near = [q for q in people if q.end <= subj_a and subj_a - q.end <= 3]
        if near:
            return near[-1].value["name"], near[-1].value["key"], "quote-relative"
    p = _person_in(people, subj_a, subj_b)
    if p is not None:
        return p.value["name"], p.value["key"], "quote-attributed"
    if words and (words[-1].lower() in PRONOUNS or words[0].lower() in PRONOUNS):
        return _pronoun_speaker(ctx, scope, sent, subj_a)
    bare = [w for w in words if w.rstrip(".") not in HONORIFICS]
    if len(bare) == 1 and (full := scope.by_surname(bare[0])) is not None:
        # "Kishida said": the person named in full elsewhere in the story, with its key.
        return full.value["name"], full.value["key"], "quote-surname"
    if 0 < len(words) <= 8 and _is_source(words):
        return _by_role(ctx, scope, subj, "quote-attributed-other")
    return None, None, "quote-unattributed"


# The longest text BEFORE_RE can match: 80 subject units of at most 6 characters ("U.S.A."),
# the longest verb (13), an object word (9) and 200 characters up to the quote, plus two runs
# of white space shorter than LONG_SPACE_RE's. Searching from further back finds nothing more.
BEFORE_REACH = 80 * 6 + 13 + 9 + 200 + 2 * 32
LONG_SPACE_RE = re.compile(r"\s{33,}")


def _attribution_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """BEFORE_RE.search(text, start, end), searched from at most BEFORE_REACH characters
    before ``end``: from the sentence start, a sentence that runs on (a text without line
    breaks, quotation marks pairing across sentences) cost its length at every quote."""
    lo = max(start, end - BEFORE_REACH)
    if lo > start and LONG_SPACE_RE.search(text, start, end):
        lo = start  # a long run of white space: the bound does not hold
    # A match holds no quotation mark and ends at ``end``: it starts after the last one.
    lo = max(lo, text.rfind('"', lo, end) + 1, text.rfind("“", lo, end) + 1)
    lo = max(lo, text.rfind("”", lo, end) + 1)
    if BEFORE_VERB_RE.search(text, lo, end) is None:
        return None
    return BEFORE_RE.search(text, lo, end)


def find_quotes(ctx: Ctx, people: list[Cand]) -> list[Cand]:
    """Return direct quotes with speaker, speaker key and whether the quote is partial."""
    out: list[Cand] = []
    text = ctx.text
    everyone = _Everyone(ctx, people)
    sents = ctx.sentences
    for m in QUOTE_RE.finditer(text):
        inner = next(g for g in m.group("a", "b", "c") if g is not None)
        if not inner.strip():
            continue
        a, b = m.span()
        sent_a, sent_b = ctx.sentence_at(a), ctx.sentence_at(b - 1)
        s_start = ctx.sentences[sent_a].start if ctx.sentences else 0
        s_end = ctx.sentences[sent_b].end if ctx.sentences else len(text)
        speaker: tuple[str | None, str | None, str] = (None, None, "quote-unattributed")
        # People named inside the quotation never speak it: '"… Hassan Abu Askhar …," he said'.
        # Only people a few sentences around can be its speaker (the sentence-subject and
        # pronoun rules look at most six sentences back, the attribution one sentence on);
        # role labels and bare surnames look at the whole story through ``everyone``.
        skip = everyone.inside(a, b)
        lo = sents[max(sent_a - 7, 0)].start if sents else 0
        hi = sents[min(sent_b + 2, len(sents) - 1)].end if sents else len(text)
        outside = (
            everyone.near(min(lo, a), max(hi, b + 1), skip)
            if sents
            else [p for i, p in enumerate(people) if i not in skip]
        )
        scope = _Scope(outside, everyone, skip, (a, b))
        after = AFTER_RE.match(text, b, s_end)
        if after is None and not text[b:s_end].strip() and sent_b + 1 < len(ctx.sentences):
            # '"… the family." Chauvin said, without an apology.': the quote closed its own
            # sentence and the next one opens with the attribution.
            nxt_end = ctx.sentences[sent_b + 1].end
            frag = AFTER_RE.match(text, b, nxt_end)
            if frag is not None and re.match(r"\s*(?:[,.;:]|$)", text[frag.end() : nxt_end]):
                after, sent_b = frag, sent_b + 1
        acc = ACCORDING_RE.match(text, b, s_end)
        before = _attribution_before(text, s_start, a)
        if after:
            sub = "subj" if after.group("subj") else "subj2"
            verb = after.group("verb") or after.group("verb2")
            speaker = _speaker(ctx, scope, after.start(sub), after.end(sub), sent_b, verb)
        if speaker[0] is None and before:
            speaker = _speaker(ctx, scope, before.start("subj"), before.end("subj"), sent_a,
                               before.group("verb"))  # fmt: skip
        if speaker[0] is None and (p := _person_right_after(outside, text, b)) is not None:
            # '"…," John McCain, senior vice president of HP, said': a name then its title.
            speaker = (p.value["name"], p.value["key"], "quote-apposition")
        if speaker[0] is None and (app := APPOSITION_AFTER_RE.match(text, b, s_end)):
            p = _person_in(outside, app.start("subj"), app.end("subj"))
            if p is not None:  # '"…," Shah's father, Raj Shah, said'
                speaker = (p.value["name"], p.value["key"], "quote-apposition")
        if speaker[0] is None and (p := _colon_speaker(ctx, outside, a)) is not None:
            # 'Mr Gunness disagreed with the minister:\n"…"', 'Forstall: "Who is taller?"'
            speaker = (p.value["name"], p.value["key"], "quote-colon")
        if speaker[0] is None and acc:
            speaker = _speaker(ctx, scope, acc.start("subj"), acc.end("subj"), sent_b, "said")
        if speaker[0] is None and (lead := ACCORDING_BEFORE_RE.search(text, s_start, a)):
            # 'According to the French President, François Hollande, it is likely that "…"'
            named = [p for p in outside if lead.end() <= p.start and p.end <= a]
            if named:
                speaker = (named[0].value["name"], named[0].value["key"], "quote-according")
        if speaker[0] is None and out and a == s_start:
            prev = out[-1]  # a quote that opens a sentence right after another quote
            if prev.value["speaker"] and ctx.sentence_at(prev.end - 1) >= sent_a - 1:
                speaker = (prev.value["speaker"], prev.value["speaker_key"], "quote-continued")
        partial = len(inner.split()) <= PARTIAL_MAX_WORDS and a > s_start
        value: dict[str, Any] = {
            "speaker": speaker[0],
            "speaker_key": speaker[1],
            "quote": inner.strip(),
            "direct": True,
            "partial": partial,
        }
        out.append(Cand(FactType.QUOTE, a, b, value, speaker[2]))
    return out
