"""Quote slots: one event's ArticleFacts in, Alignments of quotes and paraphrases out.

Also the grouping helpers the other slot builders share (components, claim sentences, idf).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from difflib import SequenceMatcher

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from factcheck.lexicon import are_antonyms, concept
from factcheck.models import Alignment, ArticleFacts, Event, Fact, FactType, Sentence
from factcheck.settings import (
    PARAPHRASE_MIN_CLAIM_WORDS,
    PARAPHRASE_MIN_OVERLAP,
    PARAPHRASES_PER_QUOTE,
    QUOTE_MIN_CONTENT_WORDS,
    QUOTE_VARIANT_MIN_RATIO,
    REMARK_CLOSE_SHARE,
    REMARK_MIN_CONTENT,
    REMARK_RUN_SHARE,
    REMARK_RUN_WORDS,
    REMARK_SHARE,
)
from factcheck.text import STOPWORDS, content_words, squash, words
from factcheck.values import QuoteValue, StatementValue

# Sentence roles whose statements are the story's own claims (captions repeat them and
# often describe another occasion).
CLAIM_ROLES = ("lead", "body", "background")


def sorted_facts(facts: Iterable[Fact]) -> tuple[Fact, ...]:
    """Facts in a stable order (article, span): alignments do not depend on input order."""
    return tuple(sorted(facts, key=lambda f: (f.article_id, f.start, f.end)))


def _quote_text(fact: Fact) -> str:
    """A quote's inner words, else its surface text."""
    return (fact.value.quote if isinstance(fact.value, QuoteValue) else "") or fact.text


def quote_alignments(event: Event, members: Sequence[ArticleFacts]) -> list[Alignment]:
    """'quote:<speaker>' groups of one speaker's quotes across articles, paired by wording;
    then quotes whose speakers differ or were not found, paired only when one renders the
    other word for word but one word (``cross_speaker_alignments``)."""
    by_speaker: dict[str, list[Fact]] = defaultdict(list)
    for item in members:
        for fact in item.facts:
            if isinstance(fact.value, QuoteValue):
                key = fact.value.speaker_key or _lone_name_key(fact.value.speaker)
                if key:
                    by_speaker[key].append(fact)
    for short, full in surname_keys(by_speaker).items():
        by_speaker[full].extend(by_speaker.pop(short))
    out = _speaker_alignments(event, by_speaker)
    return out + cross_speaker_alignments(event, members, out)


def _lone_name_key(speaker: str | None) -> str:
    """A speaker the article names by one word only ("said Trump"), as a key of that word;
    '' for none, or for a fuller name the extractor left unkeyed."""
    parts = (speaker or "").split()
    return parts[0].casefold() if len(parts) == 1 and parts[0][:1].isupper() else ""


def surname_keys(keys: Iterable[str]) -> dict[str, str]:
    """Speaker keys of one word that an account wrote with the family name alone ("trump"),
    mapped to the one fuller key of the event ending in that name ("don trump"): the same
    person across accounts, as one account's "Kishida said" is the Kishida it named in full.
    A name two fuller keys end in ("kim" of "jong-un kim" and "yo-jong kim") maps nowhere."""
    fuller: dict[str, set[str]] = defaultdict(set)
    single = []
    for key in keys:
        parts = key.split()
        if len(parts) == 1:
            single.append(key)
        else:
            fuller[parts[-1]].add(key)
    return {key: next(iter(fuller[key])) for key in single if len(fuller.get(key, ())) == 1}


def _speaker_alignments(event: Event, by_speaker: dict[str, list[Fact]]) -> list[Alignment]:
    out = []
    for speaker, quotes in sorted(by_speaker.items()):
        texts = [" ".join(words(_quote_text(q))) for q in quotes]
        squashed = [_squash(t) for t in texts]
        sizes = [len(content_words(t)) for t in texts]
        scores = process.cdist(texts, texts, scorer=fuzz.partial_ratio, dtype="uint8")
        groups = components(
            len(quotes),
            (
                (i, j)
                for i in range(len(quotes))
                for j in range(i + 1, len(quotes))
                if quotes[i].article_id != quotes[j].article_id
                and _variants(texts, squashed, sizes, scores, i, j)
            ),
        )
        for group in groups:
            if len({quotes[i].article_id for i in group}) >= 2:
                facts = sorted_facts(quotes[i] for i in group)
                out.append(
                    Alignment(
                        slot=f"quote:{speaker}", kind="quote", event_ids=(event.id,), facts=facts
                    )
                )
    return out


def _squash(text: str) -> str:
    """Letters and digits only: "end game" = "endgame", "e-mail" = "email" (as the judge
    compares quotes, factcheck.text.squash)."""
    return squash(text)


def _variants(
    texts: Sequence[str],
    squashed: Sequence[str],
    sizes: Sequence[int],
    scores: object,
    i: int,
    j: int,
) -> bool:
    """Whether two quotes of one speaker render the same remark.

    A short quote ("absolutely", "smoke screens") belongs with a long one only when its words
    are inside it; partial_ratio on a few words matches almost any long quote (P14). Longer
    quotes pair on partial_ratio >= QUOTE_VARIANT_MIN_RATIO.
    """
    short, long_ = (i, j) if len(squashed[i]) <= len(squashed[j]) else (j, i)
    if squashed[short] and squashed[short] in squashed[long_]:
        return True
    if near_inside(texts[short].split(), texts[long_].split()):
        return True  # "It is a very complex scene" in "It is not a very complex scene. ..."
    if polar_inside(texts[short].split(), texts[long_].split()):
        return True  # "The family is distraught" / "The family is not distraught"
    if one_word_apart(texts[short].split(), texts[long_].split()):
        return True  # "It was a tragedy" / "It was a disaster": one remark, one word changed
    if sizes[short] < QUOTE_MIN_CONTENT_WORDS:
        return False
    return bool(scores[i][j] >= QUOTE_VARIANT_MIN_RATIO)  # type: ignore[index]


PUNCT = "\"'“”‘’.,;:!?()[]—–-"
# A whole quote this long or longer that another of the same speaker renders but one word,
# with a content word in common besides, is one remark ("frank and productive" / "frank and
# constructive"); shorter ones, or ones sharing only function words, are stock phrases ("no
# comment", "we are delighted" / "we are relieved").
ONE_WORD_MIN_WORDS = 3


def one_word_apart(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two whole quotes of ONE_WORD_MIN_WORDS words or more differ by one word
    (changed, added or dropped; words compared by ``word_form``) and share a content word."""
    if min(len(a), len(b)) < ONE_WORD_MIN_WORDS:
        return False
    fa = [word_form(w.strip(PUNCT)) for w in a]
    fb = [word_form(w.strip(PUNCT)) for w in b]
    shared = {w.strip(PUNCT).casefold() for w in a} & {w.strip(PUNCT).casefold() for w in b}
    return len(Levenshtein.editops(fa, fb)) == 1 and bool(shared - STOPWORDS)


# A quote of fewer words than this is too common a phrase to pair across speakers, or to
# pair by near-containment ("we don't know", "it is what it is").
NEAR_MIN_WORDS = 6


def word_form(word: str) -> str:
    """A quote's word as renderings of one remark are matched: its WordNet concept, so an
    inflection or a derivation is the same word ("this all circles back" / "this has all
    circled back", "meeting" / "meetings"); a negation as written. (The judge still shows
    every word that differs.)"""
    low = word.casefold()
    return low if low in NEGATIONS else concept(low)


def _one_word_windows(
    short: Sequence[str],
    long_: Sequence[str],
    ends: Callable[[list[str], list[str]], bool],
    fold: Callable[[str], str] = str.casefold,
) -> Iterator[tuple[int, list[str], list[str]]]:
    """(start, window, short) for each span of ``long_`` one word or less from ``short``
    (all folded by ``fold``) whose ``ends(window, short)`` hold: windows of its length, one
    shorter and one longer, in that order. None when two of its words appear nowhere in
    ``long_``."""
    n = len(short)
    low = [fold(w) for w in short]
    seq = [fold(w) for w in long_]
    present = set(seq)
    if sum(w not in present for w in low) > 1:
        return  # two of its words appear nowhere in the longer quote
    for size in (n, n - 1, n + 1):
        for k in range(len(seq) - size + 1):
            window = seq[k : k + size]
            if ends(window, low) and Levenshtein.distance(low, window, score_cutoff=1) <= 1:
                yield k, window, low


def near_window(short: Sequence[str], long_: Sequence[str]) -> tuple[int, int] | None:
    """The span of ``long_`` that renders ``short`` word for word but one word (one word
    changed, added or dropped), when ``short`` has NEAR_MIN_WORDS words or more; a rendering
    starts or ends like the quote."""
    if len(short) < NEAR_MIN_WORDS or len(long_) < len(short) - 1:
        return None
    for k, window, _low in _one_word_windows(short, long_, _starts_or_ends_alike, word_form):
        return k, k + len(window)
    return None


def _starts_or_ends_alike(window: list[str], low: list[str]) -> bool:
    return window[0] in (low[0], low[1]) or window[-1] in (low[-1], low[-2])


def near_inside(short: Sequence[str], long_: Sequence[str]) -> bool:
    return near_window(short, long_) is not None


# Negation, a closed class of function words ("can't" reads as "not", ``text.words``).
NEGATIONS = frozenset(("not", "never", "no", "nothing", "none", "nobody", "neither", "nor"))
# Fewer words than this and a quote is a stock phrase ("no comment", "not now").
POLAR_MIN_WORDS = 3


def _polar_edit(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two word sequences differ by one negation (added, dropped or put for another
    word) or one word turned into its WordNet antonym, and nothing else."""
    ops = list(Levenshtein.editops(list(a), list(b)))
    if len(ops) != 1:
        return False
    op = ops[0]
    x = a[op.src_pos] if op.tag in ("replace", "delete") else ""
    y = b[op.dest_pos] if op.tag in ("replace", "insert") else ""
    if x in NEGATIONS or y in NEGATIONS:
        return True
    return bool(x and y and are_antonyms(x, y))


# Words around a negation that two quotes must share for the negation to turn one remark
# around even where the rest of the quotes differ ("Taiwan is not showing the world how much
# we ..." / "Taiwan is showing the world how much we ..."): POLAR_STRETCH_WORDS in all, at
# least two before it and three after.
POLAR_STRETCH_WORDS = 6


def negation_windows(words_: Sequence[str]) -> list[tuple[str, str]]:
    """For each negation of a folded quote, the words around it joined without it, and with
    it: the stretch another quote must carry without it."""
    out = []
    for p, w in enumerate(words_):
        before = min(p, POLAR_STRETCH_WORDS // 2)
        after = POLAR_STRETCH_WORDS - before
        if w in NEGATIONS and before >= 2 and p + after < len(words_):
            around = [*words_[p - before : p], *words_[p + 1 : p + 1 + after]]
            out.append((" ".join(around), " ".join(words_[p - before : p + 1 + after])))
    return out


def polar_stretch(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether one folded quote carries a stretch of the other with one negation added
    (POLAR_STRETCH_WORDS words around it, alike): the same remark turned around, whatever the
    rest of the two quotes says."""
    ja, jb = f" {' '.join(a)} ", f" {' '.join(b)} "
    return any(
        f" {plain} " in other and f" {negated} " not in other
        for mine, other in ((a, jb), (b, ja))
        for plain, negated in negation_windows(mine)
    )


def polar_inside(short: Sequence[str], long_: Sequence[str]) -> bool:
    """Whether ``long_`` renders ``short`` word for word but for one negation or antonym
    ("This was an outrageous act" / "this was not an outrageous act"; "it was a fair
    ruling" / "it was an unfair ruling"): the same remark, turned around. Short quotes count
    here, since the one changed word is what the remark says."""
    if len(short) < POLAR_MIN_WORDS:
        return False
    return any(
        _polar_edit(low, window)
        for _k, window, low in _one_word_windows(
            short, long_, lambda w, q: w[0] == q[0] or w[-1] == q[-1]
        )
    )


def cross_speaker_alignments(
    event: Event, members: Sequence[ArticleFacts], done: Sequence[Alignment]
) -> list[Alignment]:
    """'quote:<speaker>' pairs of quotes that the speaker rule gave to different people (or
    to nobody): "It is a very complex scene," Sheriff Hierholzer says / "It is not a very
    complex scene. There's multiple gunshots ...," he said (read as another man's). One
    renders the other whole, or all but one word, over NEAR_MIN_WORDS words or more: the
    same remark, whoever the articles credit it to. One turned around by a negation or an
    antonym (``polar_inside``) pairs too, however short when the two speakers can be one
    (``_one_speaker``): a short remark of two named people is more often a stock phrase."""
    quotes = [f for item in members for f in item.facts if isinstance(f.value, QuoteValue)]
    paired = {(a.id, b.id) for al in done for a in al.facts for b in al.facts if a.id != b.id}
    toks = {f.id: words(_quote_text(f)) for f in quotes}
    sq = {f.id: _squash(_quote_text(f)) for f in quotes}
    folded = {fid: [w.casefold() for w in ws] for fid, ws in toks.items()}
    vocab = {fid: set(ws) for fid, ws in folded.items()}
    forms = {fid: [word_form(w) for w in ws] for fid, ws in toks.items()}
    form_vocab = {fid: set(ws) for fid, ws in forms.items()}
    negated = {fid: bool(negation_windows(ws)) for fid, ws in folded.items()}
    out = []
    for i, a in enumerate(quotes):
        for b in quotes[i + 1 :]:
            if a.article_id == b.article_id or (a.id, b.id) in paired:
                continue
            va, vb = a.value, b.value
            if _same_speaker(va, vb) and not (negated[a.id] or negated[b.id]):
                # one speaker's quotes the speaker rule left apart: one sentence of each may
                # still render one remark in other words
                pieces = _near_pieces(a, b, vocab)
                if pieces is not None:
                    out.append(_piece_alignment(event, *pieces))
                continue
            short, long_ = (a, b) if len(sq[a.id]) <= len(sq[b.id]) else (b, a)
            long_enough = len(toks[short.id]) >= NEAR_MIN_WORDS
            # one word apart at most: two of the short quote's words absent from the long
            # one rule out both tests below (``_one_word_windows``), read once per quote
            near = sum(w not in form_vocab[long_.id] for w in forms[short.id]) <= 1
            rendered = long_enough and (
                sq[short.id] in sq[long_.id]
                or (near and near_inside(toks[short.id], toks[long_.id]))
            )
            turned = (
                near
                and not rendered
                and (long_enough or _one_speaker(va, vb))
                and polar_inside(toks[short.id], toks[long_.id])
            )
            stretch = (
                not (turned or rendered)
                and (negated[a.id] or negated[b.id])
                and polar_stretch(folded[a.id], folded[b.id])
            )
            if not (turned or rendered or stretch):
                pieces = _near_pieces(a, b, vocab)
                if pieces is not None:
                    out.append(_piece_alignment(event, *pieces))
                continue  # "we don't know yet" from two people: a stock phrase
            if not stretch and _same_speaker(va, vb):
                continue  # one speaker's quotes: paired (or not) by the speaker rule
            speaker = next(
                (
                    f.value.speaker_key
                    for f in (long_, short)
                    if isinstance(f.value, QuoteValue) and f.value.speaker_key
                ),
                "unknown",
            )
            out.append(
                Alignment(
                    slot=f"quote:{speaker}#{short.id}|{long_.id}",
                    kind="quote",
                    event_ids=(event.id,),
                    facts=sorted_facts((a, b)),
                )
            )
    return out


# A quote's sentences: two long quotes that share one sentence told one word apart quote
# one remark ("What you did left a permanent stain on my life." / "... What you did has left
# a permanent stain on my life that I will never be able to wash away.").
QUOTE_SENTENCE_RE = re.compile(r"[^.!?…]+[.!?…]*")


def _pieces(f: Fact) -> list[tuple[int, int, str]]:
    """The sentences of a quote with NEAR_MIN_WORDS words or more, as (start, end, text) in
    the article."""
    inner = _quote_text(f)
    at = f.text.find(inner)
    if at < 0:
        return []
    out = []
    for m in QUOTE_SENTENCE_RE.finditer(inner):
        piece = m.group(0).strip()
        if len(words(piece)) >= NEAR_MIN_WORDS:
            start = f.start + at + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            out.append((start, start + len(piece), piece))
    return out


def _piece_fact(f: Fact, start: int, end: int, text: str) -> Fact:
    """One sentence of a quote as a quote of its own (its speaker kept)."""
    value = f.value.model_copy(update={"quote": text}) if isinstance(f.value, QuoteValue) else None
    return f.model_copy(update={"id": f"{f.id}.p{start}", "start": start, "end": end,
                                "text": text, "value": value})  # fmt: skip


def _near_pieces(a: Fact, b: Fact, vocab: dict[str, set[str]]) -> tuple[Fact, Fact] | None:
    """A sentence of ``a`` and one of ``b`` that render one remark in other words
    (``same_remark``), not alike (a shared sentence told alike says nothing of the rest of
    the quotes)."""
    shared = vocab[a.id] & vocab[b.id]
    if len(shared) < NEAR_MIN_WORDS:
        return None
    for sa, ea, ta in _pieces(a):
        wa = words(ta)
        fa = [w.casefold() for w in wa]
        mine = set(fa)
        if len(mine & vocab[b.id]) < min(len(mine) - 1, REMARK_RUN_WORDS):
            continue  # too few of its words in the other quote for any test below
        for sb, eb, tb in _pieces(b):
            wb = words(tb)
            if _squash(ta) == _squash(tb):
                continue
            raw_short = ta if len(wa) <= len(wb) else tb
            if (
                same_remark(fa, [w.casefold() for w in wb], raw_short)
                and _squash(ta) not in _squash(tb)
                and _squash(tb) not in _squash(ta)
            ):
                return _piece_fact(a, sa, ea, ta), _piece_fact(b, sb, eb, tb)
    return None


def _piece_alignment(event: Event, pa: Fact, pb: Fact) -> Alignment:
    return Alignment(
        slot=f"quote:{_speaker_of(pa, pb)}#{pa.id}|{pb.id}",
        kind="quote",
        event_ids=(event.id,),
        facts=sorted_facts((pa, pb)),
    )


ELLIPSIS_RE = re.compile(r"\.\.\.|…|\[\.*\]")


def same_remark(a: Sequence[str], b: Sequence[str], raw_short: str = "") -> bool:
    """Whether two quote sentences (folded words) render one remark: one word apart, a long
    run of words in common, or every word of the shorter standing in order in the longer
    ("You are an abuser, shameless, disgusting" / "You are an abuser, you are shameless, you
    are disgusting and ...": words left out without an ellipsis)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if near_inside(short, long_):
        return True
    held = set(long_)
    if sum(w in held for w in short) < REMARK_SHARE * len(short):
        return False  # a name or a phrase in common, not one remark
    m = SequenceMatcher(None, short, long_, autojunk=False).find_longest_match()
    run = short[m.a : m.a + m.size]
    if (
        m.size >= max(REMARK_RUN_WORDS, REMARK_RUN_SHARE * len(short))
        and len(content_words(" ".join(run))) >= 2
    ):
        return True
    if len(short) < NEAR_MIN_WORDS:
        return False
    mine = set(content_words(" ".join(short)))
    if (
        sum(w in held for w in short) >= REMARK_CLOSE_SHARE * len(short)
        and len(mine & set(content_words(" ".join(long_)))) >= REMARK_MIN_CONTENT
    ):
        return True  # "Kim wanted sanctions to be lifted in entirety, we could not do that"
    if ELLIPSIS_RE.search(raw_short):
        return False
    rest = iter(long_)
    return all(w in rest for w in short)  # a subsequence: words dropped from inside


def _speaker_of(a: Fact, b: Fact) -> str:
    return next(
        (
            f.value.speaker_key
            for f in (a, b)
            if isinstance(f.value, QuoteValue) and f.value.speaker_key
        ),
        "unknown",
    )


def _same_speaker(a: object, b: object) -> bool:
    """Whether two quotes carry one speaker key (the speaker rule pairs them, or not)."""
    return (
        isinstance(a, QuoteValue)
        and isinstance(b, QuoteValue)
        and bool(a.speaker_key)
        and a.speaker_key == b.speaker_key
    )


def _one_speaker(a: object, b: object) -> bool:
    """Whether two quotes' speakers can be one person: either is unknown, or one key's words
    are the other's ("ortiz" and "lena ortiz"); "tom reyes" and "sheriff bell" are two."""
    ka = a.speaker_key if isinstance(a, QuoteValue) else ""
    kb = b.speaker_key if isinstance(b, QuoteValue) else ""
    if not ka or not kb:
        return True
    wa, wb = set(ka.split()), set(kb.split())
    return wa <= wb or wb <= wa


def components(n: int, pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components (union-find) over ``n`` nodes; each sorted, singletons included."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in pairs:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[find(i)].append(i)
    return [sorted(g) for g in groups.values()]


def claim_sentences(members: Sequence[ArticleFacts]) -> list[tuple[ArticleFacts, int, list[str]]]:
    """(article, sentence index, content words) of every claim sentence in an event."""
    out = []
    for item in members:
        for sent in item.sentences:
            if sent.role in CLAIM_ROLES:
                toks = content_words(sent.text)
                if len(toks) >= 3:
                    out.append((item, sent.index, toks))
    return out


def idf_weights(sentences: Sequence[tuple[ArticleFacts, int, list[str]]]) -> dict[str, float]:
    """Smoothed inverse document frequency of each word over one event's sentences."""
    df: Counter[str] = Counter()
    for _item, _idx, toks in sentences:
        df.update(set(toks))
    n = len(sentences) or 1
    return {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}


def paraphrase_alignments(
    event: Event, members: Sequence[ArticleFacts], quoted: set[str]
) -> list[Alignment]:
    """'paraphrase:<speaker>': a direct quote and the best matching indirect sentence elsewhere.

    Candidates come from a word index of the event's sentences: those naming the speaker,
    scored by the idf-weighted share of the quote's words they carry.
    """
    sentences = claim_sentences(members)
    idf = idf_weights(sentences)
    index: dict[str, list[int]] = defaultdict(list)
    for n, (item, idx, toks) in enumerate(sentences):
        for w in set(toks) | set(words(item.sentences[idx].text)):
            index[w].append(n)
    quotes_at: dict[tuple[str, int], list[Fact]] = defaultdict(list)
    for item in members:
        for fact in item.facts:
            if fact.type == FactType.QUOTE:
                quotes_at[(item.article.id, fact.sentence)].append(fact)
    out = []
    # The same quote carried by many articles (wire copy) is scored once.
    scored: dict[tuple[str, frozenset[str]], list[tuple[float, int]]] = {}
    spans_of: dict[str, list[tuple[int, int]]] = {}
    for item in members:
        for fact in item.facts:
            value = fact.value
            if not isinstance(value, QuoteValue) or not value.speaker_key or fact.id in quoted:
                continue
            speaker = value.speaker_key
            names = set(words(value.speaker or speaker))
            qwords = frozenset(set(content_words(value.quote or fact.text)) - names)
            total = sum(idf.get(w, 1.0) for w in qwords)
            if len(qwords) < 3 or total <= 0:
                continue
            if (speaker, qwords) not in scored:
                naming = {n for w in names for n in index.get(w, ())}
                sharing = {n for w in qwords for n in index.get(w, ())}
                hits = []
                for n in sorted(naming & sharing):
                    other, idx, toks = sentences[n]
                    quotes = quotes_at.get((other.article.id, idx), [])
                    if _quoted_in(quotes, other.sentences[idx], speaker):
                        continue
                    share = sum(idf.get(w, 1.0) for w in qwords & set(toks)) / total
                    if share >= PARAPHRASE_MIN_OVERLAP:
                        hits.append((share, n))
                scored[(speaker, qwords)] = hits
            best: dict[str, tuple[float, int]] = {}
            for share, n in scored[(speaker, qwords)]:
                aid = sentences[n][0].article.id
                if aid != item.article.id and share > best.get(aid, (0.0, 0))[0]:
                    best[aid] = (share, n)
            # The closest few paraphrases make the point; a hundred copies would bury it.
            top = sorted(best.values(), key=lambda sn: (-sn[0], sn[1]))[:PARAPHRASES_PER_QUOTE]
            for share, n in top:
                other, idx, _toks = sentences[n]
                clause = _best_clause(other, idx, set(qwords), idf)
                if other.article.id not in spans_of:
                    spans_of[other.article.id] = quoted_spans(other)
                if _inside_quotes(clause, spans_of[other.article.id]):
                    continue  # quoted words, attributed or not: a quote, not a paraphrase
                if len(_claim_words(qwords, clause.text)) < PARAPHRASE_MIN_CLAIM_WORDS:
                    continue  # shares only names and numbers: the same topic, another remark
                facts = (fact, clause)
                out.append(
                    Alignment(
                        slot=f"paraphrase:{speaker}",
                        kind="quote",
                        event_ids=(event.id,),
                        facts=facts,
                        score=round(100 * share, 1),
                    )
                )
    return out


NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "hundred",
        "thousand",
        "million",
        "billion",
    ]
)


def _claim_words(qwords: frozenset[str], text: str) -> set[str]:
    """Quote words a paraphrase repeats that carry the claim: not names (written capitalised
    in the paraphrase) and not numbers (docs/evaluation.md P10: "Apple ... two" is no
    paraphrase of "Apple says five years, but ... two or three")."""
    capitalised = {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]*", text)}
    return {
        w
        for w in qwords & set(content_words(text))
        if w not in capitalised and not w[0].isdigit() and w not in NUMBER_WORDS
    }


def _quoted_in(quotes: Sequence[Fact], sent: Sentence, speaker_key: str) -> bool:
    """Whether a sentence is mostly a quotation, or quotes someone else: not a paraphrase."""
    for f in quotes:
        other = isinstance(f.value, QuoteValue) and f.value.speaker_key not in (None, speaker_key)
        if other or (f.end - f.start) > 0.5 * (sent.end - sent.start):
            return True
    return False


def _inside_quotes(fact: Fact, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether at least half of ``fact``'s text lies between quotation marks."""
    inside = sum(max(0, min(e, fact.end) - max(s, fact.start)) for s, e in spans)
    return 2 * inside >= fact.end - fact.start > 0


# Opening and closing double quotation marks; a straight one opens when it follows a space,
# an opening bracket or the start of a line, and closes otherwise.
QUOTE_MARK_RE = re.compile(r"[“”\"]")
# A quotation longer than this has lost a mark: each end then quotes its own sentence only.
QUOTED_SPAN_MAX = 1200


def quoted_spans(item: ArticleFacts) -> list[tuple[int, int]]:
    """Character spans of an article that stand between quotation marks, quote facts or not.

    A quotation may run over several sentences ("“This technology can work with larger
    cores. ... It can also move Ethernet traffic,” Feldman said.", docs/evaluation.md P10):
    the extractor may not attribute it, but its sentences are still quoted words. A mark
    with no partner quotes the rest (opening) or the start (closing) of its own sentence.
    """
    text = item.article.text
    spans = [(f.start, f.end) for f in item.facts if f.type == FactType.QUOTE]
    sents = [(s.start, s.end) for s in item.sentences]

    def sentence_of(pos: int) -> tuple[int, int]:
        return next(((s, e) for s, e in sents if s <= pos < e), (pos, pos + 1))

    opened: int | None = None
    for m in QUOTE_MARK_RE.finditer(text):
        pos, mark = m.start(), m.group(0)
        if mark == '"':
            before = text[pos - 1] if pos else "\n"
            mark = "“" if before.isspace() or before in "([{—–-" else "”"
        if mark == "“":
            if opened is not None:
                spans.append((opened, sentence_of(opened)[1]))
            opened = pos
        elif opened is not None and pos - opened <= QUOTED_SPAN_MAX:
            spans.append((opened, pos + 1))
            opened = None
        else:
            if opened is not None:
                spans.append((opened, sentence_of(opened)[1]))
                opened = None
            spans.append((sentence_of(pos)[0], pos + 1))
    if opened is not None:
        spans.append((opened, sentence_of(opened)[1]))
    return spans


CLAUSE_RE = re.compile(r"[^,;:—–]+")


def _best_clause(item: ArticleFacts, idx: int, qwords: set[str], idf: dict[str, float]) -> Fact:
    """The clause of sentence ``idx`` that carries the paraphrase ("saying the two ... closer")."""
    sent = item.sentences[idx]
    text = item.article.text
    best, best_score = (sent.start, sent.end), -1.0
    for m in CLAUSE_RE.finditer(text, sent.start, sent.end):
        start, end = m.start(), m.end()
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not (text[end - 1].isalnum() or text[end - 1] in '.!?”"'):
            end -= 1
        score = sum(idf.get(w, 1.0) for w in qwords & set(content_words(text[start:end])))
        if end > start and score > best_score:
            best, best_score = (start, end), score
    return Fact(
        id=f"{item.article.id}.s{idx:03d}c{best[0]}",
        article_id=item.article.id,
        type=FactType.STATEMENT,
        text=text[best[0] : best[1]],
        start=best[0],
        end=best[1],
        sentence=idx,
        value=StatementValue(terms=tuple(content_words(text[best[0] : best[1]])[:12])),
        rule="clause",
    )
