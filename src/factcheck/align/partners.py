"""Who the one harmed was to the one who harmed: the partner word two accounts use.

"A former police officer shot his ex-wife" / "he allegedly killed his wife"; "a man shot his
girlfriend" / "A husband allegedly shot his wife". The subject is the person the event's own
happening was done to (the object right after a verb of the event's principal happenings,
``shared.principal_happenings``: shot, killed), the attribute that person's relation to the
one who did it, the time this event. A wife and a husband are one relation told from its two
sides; "ex-" and "former" make another one ("estranged" does not). Two accounts that each
tell one relation, different ones, pair in slot 'partner:<fact>|<fact>' (judged by
``judge.phrasing.judge_partner`` as a low variation), unless either account writes the
other's partner word anywhere (an ex-wife and a new wife are both in its story).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.align.shared import principal_happenings, sentence_index
from factcheck.lexicon import concept
from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType
from factcheck.values import StatementValue

# The partner nouns and the relation each names (the two sides of one relation share it).
RELATIONS = {
    "wife": "married", "husband": "married", "spouse": "married",
    "girlfriend": "dating", "boyfriend": "dating",
    "fiancee": "engaged", "fiancée": "engaged", "fiance": "engaged", "fiancé": "engaged",
}  # fmt: skip
_NOUNS = "|".join(sorted(RELATIONS, key=len, reverse=True))
OBJECT_RE = re.compile(
    rf"\b([a-z]+)\s+(?:[a-z]+ly\s+)?(?:his|her)\s+(?P<was>ex-|former\s+|estranged\s+)?"
    rf"(?P<noun>{_NOUNS})\b",
    re.IGNORECASE,
)
ANY_RE = re.compile(
    rf"\b(?:his|her)\s+(?P<was>ex-|former\s+|estranged\s+)?(?P<noun>{_NOUNS})\b", re.IGNORECASE
)


def _relation(m: re.Match[str]) -> str:
    was = (m.group("was") or "").strip().lower()
    base = RELATIONS[m.group("noun").lower()]
    return f"former {base}" if was in ("ex-", "former") else base


def partner_alignments(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'partner:' pairs: the one harmed told as another relation by two accounts."""
    principal = principal_happenings(members)
    if not principal:
        return []
    told: dict[str, tuple[str, Fact]] = {}
    every: dict[str, set[str]] = {}
    for item in members:
        text = item.article.text
        every[item.article.id] = {_relation(m) for m in ANY_RE.finditer(text)}
        found = [m for m in OBJECT_RE.finditer(text) if concept(m.group(1).lower()) in principal]
        relations = {_relation(m) for m in found}
        if len(relations) != 1:
            continue
        m = found[0]
        start = m.start("was") if m.group("was") else m.start("noun")
        told[item.article.id] = (
            relations.pop(),
            Fact(
                id=f"{item.article.id}.r{start}",
                article_id=item.article.id,
                type=FactType.STATEMENT,
                text=text[start : m.end("noun")],
                start=start,
                end=m.end("noun"),
                sentence=sentence_index(item, start),
                value=StatementValue(terms=(m.group("noun").lower(),)),
                rule="partner-object",
            ),
        )
    out = []
    ids = sorted(told)
    for i, x in enumerate(ids):
        for y in ids[i + 1 :]:
            (rx, fx), (ry, fy) = told[x], told[y]
            if rx == ry or rx in every[y] or ry in every[x]:
                continue
            out.append(
                Alignment(
                    slot=f"partner:{fx.id}|{fy.id}",
                    kind="phrasing",
                    event_ids=(event.id,),
                    facts=(fx, fy),
                )
            )
    return out
