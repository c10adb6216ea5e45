"""Evaluation of factcheck on real multi-outlet news: clustering, false alarms, seeded edits."""

from __future__ import annotations

import csv
import itertools
import json
import re
import shutil
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from edit_inputs import mirror_inputs
from rapidfuzz import fuzz

from factcheck.align.alignments import align_facts
from factcheck.models import ArticleFacts, Fact, FactType, Finding, Report, Verdict
from factcheck.pipeline import build_report
from factcheck.values import (
    CountValue,
    DateValue,
    DurationValue,
    MoneyValue,
    PercentValue,
    PlaceValue,
    QuantityValue,
    QuoteValue,
)

ROOT = Path(__file__).resolve().parents[1]
DEV_CORPUS = ROOT / "data" / "ecbplus"
FIXED_CLOCK = "2026-01-01T00:00:00+00:00"
FLAGS = (Verdict.CONFLICT, Verdict.VARIATION)


# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class Doc:
    """One dev-corpus file and its gold event (the folder it sits in)."""

    path: str
    event: str
    topic: str


def load_corpus(root: Path = DEV_CORPUS) -> list[Doc]:
    """Every article of the dev corpus, gold event = folder, topic = folder minus -ecb/-plus."""
    docs = []
    for path in sorted(root.glob("*/*.txt")):
        event = path.parent.name
        docs.append(Doc(str(path), event, re.sub(r"-(ecb|plus)$", "", event)))
    return docs


def run(paths: Sequence[str], *, single_event: bool = False, manifest: bool = False) -> Report:
    """The pipeline up to findings, with a fixed clock so ids are reproducible.

    With ``manifest`` the corpus's own metadata (outlet, url, title, published) goes in as a
    CSV manifest listing exactly ``paths`` (a manifest's extra rows would become inputs).
    """
    if not manifest:
        return build_report(list(paths), generated_at=FIXED_CLOCK, single_event=single_event)
    with tempfile.TemporaryDirectory(prefix="factcheck-eval-") as tmp:
        csv_path = Path(tmp) / "manifest.csv"
        write_manifest(paths, csv_path)
        return build_report(
            list(paths),
            manifest=csv_path,
            generated_at=FIXED_CLOCK,
            single_event=single_event,
            allow_outside=True,  # the manifest is written beside, not among, the texts
        )


def write_manifest(paths: Sequence[str], out: Path, root: Path = DEV_CORPUS) -> None:
    """A CSV manifest for ``paths`` from the corpus's manifest.json (absolute file paths)."""
    meta = {
        str((root / row["file"]).resolve()): row
        for row in json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    }
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "outlet", "url", "title", "published"])
        for path in paths:
            row = meta.get(str(Path(path).resolve()), {})
            writer.writerow(
                [
                    str(Path(path).resolve()),
                    row.get("outlet") or "",
                    row.get("url") or "",
                    row.get("title") or "",
                    row.get("date_iso") or "",
                ]
            )


def sources(report: Report) -> dict[str, ArticleFacts]:
    """Article id -> ArticleFacts."""
    return {item.article.id: item for item in report.articles}


# --------------------------------------------------------------------------- clustering


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1."""

    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, p: float, r: float) -> PRF:
        return cls(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def predicted_labels(report: Report) -> dict[str, str]:
    """Source path -> predicted event id (an article in no event gets its own label)."""
    by_id = sources(report)
    out = {item.article.source: f"none:{item.article.source}" for item in report.articles}
    for ev in report.events:
        for aid in ev.article_ids:
            out[by_id[aid].article.source] = ev.id
    return out


def pairwise(pred: Mapping[str, str], gold: Mapping[str, str]) -> PRF:
    """Pairwise precision/recall over the documents both labelings know."""
    docs = sorted(set(pred) & set(gold))
    same_pred = same_gold = both = 0
    for a, b in itertools.combinations(docs, 2):
        p, g = pred[a] == pred[b], gold[a] == gold[b]
        same_pred += p
        same_gold += g
        both += p and g
    return PRF.of(both / same_pred if same_pred else 1.0, both / same_gold if same_gold else 1.0)


def bcubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> PRF:
    """B-cubed precision/recall (Bagga & Baldwin 1998): per-document, then averaged."""
    docs = sorted(set(pred) & set(gold))
    if not docs:
        return PRF(1.0, 1.0, 1.0)
    pc: dict[str, set[str]] = defaultdict(set)
    gc: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        pc[pred[d]].add(d)
        gc[gold[d]].add(d)
    p = sum(len(pc[pred[d]] & gc[gold[d]]) / len(pc[pred[d]]) for d in docs) / len(docs)
    r = sum(len(pc[pred[d]] & gc[gold[d]]) / len(gc[gold[d]]) for d in docs) / len(docs)
    return PRF.of(p, r)


@dataclass
class ClusterResult:
    """Clustering scores on the whole corpus and per topic, plus timing."""

    seconds: float
    n_articles: int
    n_events: int
    n_gold: int
    pairwise: PRF
    bcubed: PRF
    per_topic: dict[str, PRF]
    report: Report


def evaluate_clustering(docs: Sequence[Doc], *, manifest: bool = False) -> ClusterResult:
    """Run every article mixed together and score report.events against the gold folders."""
    t0 = time.perf_counter()
    report = run([d.path for d in docs], manifest=manifest)
    seconds = time.perf_counter() - t0
    pred = predicted_labels(report)
    gold = {d.path: d.event for d in docs}
    per_topic = {}
    for topic in sorted({d.topic for d in docs}):
        keep = {d.path for d in docs if d.topic == topic}
        per_topic[topic] = pairwise(
            {k: v for k, v in pred.items() if k in keep}, {k: gold[k] for k in keep}
        )
    return ClusterResult(
        seconds=seconds,
        n_articles=len(report.articles),
        n_events=len(report.events),
        n_gold=len(set(gold.values())),
        pairwise=pairwise(pred, gold),
        bcubed=bcubed(pred, gold),
        per_topic=per_topic,
        report=report,
    )


# --------------------------------------------------------------------------- findings


def finding_counts(findings: Iterable[Finding]) -> Counter[tuple[str, str, str]]:
    """(verdict, kind, rule) -> number of findings."""
    return Counter((f.verdict.value, f.kind, f.rule) for f in findings)


def single_article_conflicts(report: Report) -> list[Finding]:
    """Conflict findings that concern only events with a single article (nothing to disagree)."""
    lone = {ev.id for ev in report.events if len(ev.article_ids) == 1}
    return [
        f
        for f in report.findings
        if f.verdict == Verdict.CONFLICT and f.event_ids and set(f.event_ids) <= lone
    ]


def flagged(report: Report) -> list[Finding]:
    """Conflict and variation findings: the ones an editor has to look at."""
    return [f for f in report.findings if f.verdict in FLAGS]


def describe(report: Report, finding: Finding, width: int = 160) -> str:
    """One readable block per finding: verdict, kind, rule, and each claim with its outlet file."""
    by_id = sources(report)
    lines = [f"[{finding.verdict.value}/{finding.kind}/{finding.rule}] {finding.title[:width]}"]
    for c in finding.claims:
        src = Path(by_id[c.article_id].article.source)
        lines.append(f"    {src.parent.name}/{src.name}: {c.text[:width]!r}")
    return "\n".join(lines)


@dataclass
class EventRun:
    """One gold event run on its own: its findings by verdict/kind/rule."""

    event: str
    n_articles: int
    n_pred_events: int
    seconds: float
    counts: Counter[tuple[str, str, str]]
    report: Report

    @property
    def kept_together(self) -> float:
        """Pairwise recall when every input is about this one event: share of pairs not split."""
        pred = predicted_labels(self.report)
        return pairwise(pred, dict.fromkeys(pred, self.event)).recall


def single_event_recall(runs: Sequence[EventRun]) -> float:
    """Pairwise recall over all gold events, each run on its own (pairs pooled)."""
    pairs = kept = 0.0
    for r in runs:
        n = r.n_articles * (r.n_articles - 1) / 2
        pairs += n
        kept += n * r.kept_together
    return kept / pairs if pairs else 1.0


def evaluate_events(
    docs: Sequence[Doc], *, single_event: bool = False, manifest: bool = False
) -> list[EventRun]:
    """Run each gold event's articles on their own, as an editor holding that story would."""
    out = []
    by_event: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        by_event[d.event].append(d.path)
    for event, paths in sorted(by_event.items()):
        t0 = time.perf_counter()
        report = run(paths, single_event=single_event, manifest=manifest)
        out.append(
            EventRun(
                event=event,
                n_articles=len(paths),
                n_pred_events=len(report.events),
                seconds=time.perf_counter() - t0,
                counts=finding_counts(report.findings),
                report=report,
            )
        )
    return out


# --------------------------------------------------------------------------- seeded edits

NUMBER_WORDS = {
    w: i
    for i, w in enumerate((
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty",
    ))
}  # fmt: skip
WORD_OF = {i: w for w, i in NUMBER_WORDS.items()}
NUM_RE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:" + "|".join(NUMBER_WORDS) + r")\b",
    re.IGNORECASE,
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
MONTH_DAY_RE = re.compile(r"\b(" + "|".join(MONTHS) + r"|[A-Z][a-z]{2}\.)\s+(\d{1,2})\b")
# Replacement places: far from anything in the corpus, and known to any gazetteer.
PLACE_SWAPS = ("Denver", "Madrid", "Nairobi", "Osaka", "Toronto")
# Meaning-changing single-word swaps for quotes; else negate the first auxiliary.
WORD_SWAPS = {
    "good": "bad", "great": "poor", "very": "barely", "important": "minor", "strong": "weak",
    "new": "old", "more": "fewer", "best": "worst", "first": "last", "all": "some",
    "always": "rarely", "never": "often", "happy": "sad", "excited": "worried",
    "big": "small", "large": "small", "high": "low", "significant": "negligible",
    "continue": "stop", "support": "oppose", "increase": "decrease", "grow": "shrink",
}  # fmt: skip
AUX_RE = re.compile(r"\b(is|are|was|were|will|would|can|could|should|has|have|had)\b")

EXPECTED_KINDS: dict[str, frozenset[str]] = {
    "count": frozenset({"count", "quantity"}),
    "quantity": frozenset({"quantity"}),
    "money": frozenset({"money"}),
    "percent": frozenset({"percent"}),
    "duration": frozenset({"duration"}),
    "weekday": frozenset({"date"}),
    "month-day": frozenset({"date"}),
    "place": frozenset({"place", "dateline"}),
    "quote": frozenset({"quote"}),
}
EDIT_TYPES = tuple(EXPECTED_KINDS)
NUMERIC_EDITS = ("count", "quantity", "money", "percent", "duration")


def _fmt_like(old: str, value: float) -> str:
    """Write ``value`` the way ``old`` was written (word, thousands separators, decimals)."""
    if old.lower() in NUMBER_WORDS:
        word = WORD_OF.get(int(value), str(int(value)))
        return word.capitalize() if old[0].isupper() else word
    decimals = len(old.split(".", 1)[1]) if "." in old else 0
    text = f"{value:,.{decimals}f}" if "," in old else f"{value:.{decimals}f}"
    return text


def _bump(old: str) -> str | None:
    """A clearly different number in the same style: small counts +5, others x1.5 (rounded)."""
    raw = old.lower()
    value = float(NUMBER_WORDS[raw]) if raw in NUMBER_WORDS else float(old.replace(",", ""))
    if value <= 0:
        return None
    new = value + 5 if value < 15 and value == int(value) else value * 1.5
    if "." not in old:
        new = round(new)
    out = _fmt_like(old, new)
    return out if out != old else None


def _replace_number(text: str) -> tuple[int, int, str] | None:
    """(start, end, replacement) of the first number in ``text``."""
    m = NUM_RE.search(text)
    if m is None:
        return None
    new = _bump(m.group(0))
    return None if new is None else (m.start(), m.end(), new)


def _replace_weekday(text: str) -> tuple[int, int, str] | None:
    for i, day in enumerate(WEEKDAYS):
        pos = text.find(day)
        if pos >= 0:
            return pos, pos + len(day), WEEKDAYS[(i + 2) % 7]
    return None


def _replace_month_day(text: str) -> tuple[int, int, str] | None:
    m = MONTH_DAY_RE.search(text)
    if m is None:
        return None
    day = int(m.group(2))
    new = day + 2 if day <= 26 else day - 2
    return m.start(2), m.end(2), str(new)


def _replace_quote_word(text: str) -> tuple[int, int, str] | None:
    for m in re.finditer(r"[A-Za-z]+", text):
        swap = WORD_SWAPS.get(m.group(0).lower())
        if swap is not None:
            return m.start(), m.end(), swap
    aux = AUX_RE.search(text)
    if aux is not None:
        return aux.start(), aux.end(), f"{aux.group(0)} not"
    return None


@dataclass(frozen=True)
class Edit:
    """One atomic edit to one article: where (in the raw file and the analysed text) and what."""

    type: str
    event: str
    path: str
    fact_text: str
    old: str
    new: str
    raw_start: int  # span of ``old`` in the raw file
    text_start: int  # span of ``old`` in Article.text of the unedited run
    context_before: str
    context_after: str
    partners: tuple[str, ...] = ()  # sources of the other articles that state the same value


def _value_key(fact: Fact) -> object:
    """What two articles must share for an edit of ``fact`` to contradict the other one."""
    v = fact.value
    if isinstance(v, CountValue):
        return (v.value, v.noun)
    if isinstance(v, QuantityValue):
        return v.si_value
    if isinstance(v, MoneyValue):
        return (v.currency, v.amount)
    if isinstance(v, PercentValue):
        return v.value
    if isinstance(v, DurationValue):
        return v.minutes
    if isinstance(v, DateValue):
        return v.start or fact.text.lower()
    if isinstance(v, PlaceValue):
        return v.name
    if isinstance(v, QuoteValue):
        return " ".join(re.findall(r"[a-z0-9]+", (v.quote or fact.text).lower()))
    return fact.text


# Count nouns a newsroom checks first (casualties, people): such counts are edited first.
PEOPLE_NOUNS = frozenset((
    "people", "person", "dead", "killed", "injured", "wounded", "victims", "children",
    "civilians", "soldiers", "employees", "workers", "refugees", "students", "men", "women",
    "passengers", "casualties", "deaths",
))  # fmt: skip


def _edit_order(item: ArticleFacts, fact: Fact) -> tuple[int, int, int]:
    """Edit people counts and lead facts first: the facts a desk cares about most."""
    noun = fact.value.noun if isinstance(fact.value, CountValue) else None
    role = item.sentences[fact.sentence].role if fact.sentence < len(item.sentences) else ""
    people = (noun or "") in PEOPLE_NOUNS or fact.type != FactType.COUNT
    return (0 if people else 1, 0 if role == "lead" else 1, fact.start)


# Words after a number that show it is no count of things ("8900 is": a model number).
NOT_COUNT_NOUNS = frozenset(("is", "has", "was", "are", "have", "x", "year-old"))
MODEL_BEFORE_RE = re.compile(r"(?:[A-Z][\w.-]*|[x×])\s*$")


def _plain_count(item: ArticleFacts, fact: Fact) -> bool:
    """A count of things, not a model number ("Curve 8900"), version ("USB 3.0") or age."""
    noun = (fact.value.noun if isinstance(fact.value, CountValue) else None) or ""
    before = item.article.text[max(0, fact.start - 12) : fact.start]
    return not (
        noun in NOT_COUNT_NOUNS
        or "year" in noun
        or re.match(r"0\d|\d+\.\d", fact.text)
        or MODEL_BEFORE_RE.search(before)
    )


def _candidates(edit_type: str, item: ArticleFacts) -> Iterable[tuple[Fact, tuple[int, int, str]]]:
    """Facts of ``item`` that this edit type can change, with the change inside the fact text."""
    roles = {s.index: s.role for s in item.sentences}
    for fact in sorted(item.facts, key=lambda f: _edit_order(item, f)):
        v = fact.value
        change: tuple[int, int, str] | None = None
        if edit_type == "count" and fact.type == FactType.COUNT:
            if _plain_count(item, fact):
                change = _replace_number(fact.text)
        elif edit_type in ("quantity", "money", "percent", "duration") and (
            fact.type.value == edit_type
        ):
            # "6.6 pounds" read as money is a weight: editing it would test the wrong slot.
            if not (fact.type == FactType.MONEY and "pound" in fact.text and "£" not in fact.text):
                change = _replace_number(fact.text)
        elif edit_type == "weekday" and fact.type == FactType.DATE:
            change = _replace_weekday(fact.text)
        elif edit_type == "month-day" and fact.type == FactType.DATE:
            change = _replace_month_day(fact.text)
        elif edit_type == "place" and fact.type == FactType.PLACE:
            if (
                roles.get(fact.sentence) == "lead"
                and isinstance(v, PlaceValue)
                and v.kind == "city"
                and not v.demonym
            ):
                name = fact.text
                swap = next(p for p in PLACE_SWAPS if p != name)
                change = (0, len(name), swap)
        elif edit_type == "quote" and isinstance(v, QuoteValue) and v.speaker_key:
            change = _replace_quote_word(fact.text)
        if change is not None and roles.get(fact.sentence) != "caption":
            yield fact, change


def _partners(fact: Fact, others: Sequence[ArticleFacts]) -> tuple[str, ...]:
    """Sources of the other articles stating the same value: an edit can contradict them."""
    key = _value_key(fact)
    if key in (None, "", (None, None)):
        return ()

    def same(f: Fact) -> bool:
        if f.type != fact.type:
            return False
        if fact.type == FactType.QUOTE:
            return fuzz.partial_ratio(str(key), str(_value_key(f))) >= 90
        return _value_key(f) == key

    return tuple(o.article.source for o in others if any(same(f) for f in o.facts))


def plan_edits(
    report: Report, event: str, per_type: int = 1, types: Sequence[str] = EDIT_TYPES
) -> list[Edit]:
    """Choose atomic edits for one gold event's (unedited) report: facts another article shares."""
    items = sorted(report.articles, key=lambda it: it.article.source)
    out: list[Edit] = []
    for edit_type in types:
        chosen = 0
        for item in items:
            if chosen >= per_type:
                break
            others = [o for o in items if o is not item]
            raw = Path(item.article.source).read_text(encoding="utf-8")
            text = item.article.text
            for fact, (s, e, new) in _candidates(edit_type, item):
                partners = _partners(fact, others)
                if not partners:
                    continue
                start, end = fact.start + s, fact.start + e
                before, after = text[max(0, start - 40) : start], text[end : end + 40]
                window = before + text[start:end] + after
                if raw.count(window) != 1:
                    continue  # the analysed text must map back to exactly one place on disk
                out.append(
                    Edit(
                        type=edit_type,
                        event=event,
                        path=item.article.source,
                        fact_text=fact.text,
                        old=text[start:end],
                        new=new,
                        raw_start=raw.index(window) + len(before),
                        text_start=start,
                        context_before=before,
                        context_after=after,
                        partners=partners,
                    )
                )
                chosen += 1
                break  # at most one edit per article and type: spread over articles
    return out


def _touches(finding: Finding, article_id: str, start: int, end: int) -> bool:
    return any(
        c.article_id == article_id and c.start < end and c.end > start for c in finding.claims
    )


def _signature(report: Report, finding: Finding) -> tuple[object, ...]:
    """A finding's identity across runs whose article ids may differ: kind, rule, claim texts."""
    by_id = sources(report)
    claims = sorted((Path(by_id[c.article_id].article.source).name, c.text) for c in finding.claims)
    return (finding.verdict.value, finding.kind, finding.rule, tuple(claims))


@dataclass
class EditResult:
    """What the pipeline said about one edit."""

    edit: Edit
    pre_flagged: bool  # a right-kind conflict/variation already touched the span before
    detected: bool  # conflict/variation of the expected kind touches the edited span
    detected_any: bool  # conflict/variation of any kind touches it
    new_flags: int  # conflict/variation findings not in the unedited run
    new_touching: int  # ... of which touch the edit
    pre_any: bool = False  # a conflict/variation of any kind touched the span before
    slot: str = ""  # why: "no slot", "slot without partner", or the slot shared with a partner
    rules: tuple[str, ...] = ()
    together: bool = True  # the edited article shares a predicted event with a partner


def _slot_of_edit(report: Report, article_id: str, start: int, end: int, group: set[str]) -> str:
    """Which alignment slot holds the edited fact, and whether a partner article shares it.

    Re-runs align on the report's events (cheap, pure) so a miss can be told apart: the
    value never reached a slot, reached one alone, or shared one with a partner and was
    judged compatible.
    """
    by_id = sources(report)
    partner_ids = {aid for aid, it in by_id.items() if it.article.source in group}
    best = "no slot"
    for al in align_facts(report.events, report.articles):
        if al.slot.startswith(("phrasing:", "paraphrase:")):
            continue  # sentence-level groups hold every fact of a sentence: not a value slot
        mine = [
            f for f in al.facts if f.article_id == article_id and f.start < end and f.end > start
        ]
        if not mine:
            continue
        if {f.article_id for f in al.facts} & (partner_ids - {article_id}):
            return al.slot
        best = "slot without partner"
    return best


def edited_text(edit: Edit) -> str:
    """The article's text with the edit applied."""
    raw = Path(edit.path).read_text(encoding="utf-8")
    return raw[: edit.raw_start] + edit.new + raw[edit.raw_start + len(edit.old) :]


def evaluate_edit(
    edit: Edit, paths: Sequence[str], baseline: Report, *, single_event: bool = False
) -> EditResult:
    """Run the event with the edited copy in place of the original and look for a finding."""
    base_ids = {it.article.source: it.article.id for it in baseline.articles}
    base_aid = base_ids[edit.path]
    want = EXPECTED_KINDS[edit.type]
    # Only a right-kind flag already on the span disqualifies the edit: a sentence-wide
    # phrasing variation touches nearly every fact and says nothing about this value.
    before = [
        f
        for f in flagged(baseline)
        if _touches(f, base_aid, edit.text_start, edit.text_start + len(edit.old))
    ]
    pre = any(f.kind in want for f in before)
    base_sigs = {_signature(baseline, f) for f in flagged(baseline)}
    tmp = Path(tempfile.mkdtemp(prefix="factcheck-eval-"))
    try:
        # every input copied beside the edited one, so it keeps its place (edit_inputs.py)
        moved = mirror_inputs(paths, {edit.path: edited_text(edit)}, tmp)
        report = run([moved[p] for p in paths], single_event=single_event)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    copy = moved[edit.path]
    partners = {moved.get(p, p) for p in edit.partners}
    item = next(it for it in report.articles if it.article.source == copy)
    window = edit.context_before + edit.new + edit.context_after
    pos = item.article.text.find(window)
    if pos < 0:
        raise RuntimeError(f"edited text not found after ingest: {edit}")
    start = pos + len(edit.context_before)
    end = start + len(edit.new)
    flags = flagged(report)
    touching = [f for f in flags if _touches(f, item.article.id, start, end)]
    new = [f for f in flags if _signature(report, f) not in base_sigs]
    labels = predicted_labels(report)
    together = any(labels.get(p) == labels[copy] for p in partners)
    slot = _slot_of_edit(report, item.article.id, start, end, {copy, *partners})
    return EditResult(
        edit=edit,
        pre_flagged=pre,
        pre_any=bool(before),
        detected=any(f.kind in want for f in touching),
        detected_any=bool(touching),
        new_flags=len(new),
        new_touching=sum(1 for f in new if f in touching),
        rules=tuple(sorted({f"{f.verdict.value}/{f.kind}/{f.rule}" for f in touching})),
        together=together,
        slot=slot,
    )


@dataclass
class TypeScore:
    """Recall and precision of seeded edits of one type."""

    edits: int = 0
    pre_flagged: int = 0
    detected: int = 0
    detected_any: int = 0
    pre_any: int = 0  # edits whose span any conflict/variation touched before (any-kind base)
    new_flags: int = 0
    new_touching: int = 0
    apart: int = 0  # scored edits whose article was clustered away from every partner
    results: list[EditResult] = field(default_factory=list)

    @property
    def recall(self) -> float:
        scored = self.edits - self.pre_flagged
        return self.detected / scored if scored else 0.0

    @property
    def recall_any(self) -> float:
        """Like recall, any finding kind, over edits no flag of any kind touched before."""
        scored = self.edits - self.pre_any
        return self.detected_any / scored if scored else 0.0

    @property
    def precision(self) -> float | None:
        return self.new_touching / self.new_flags if self.new_flags else None


def evaluate_perturbations(
    docs: Sequence[Doc],
    *,
    types: Sequence[str] = EDIT_TYPES,
    per_type: int = 1,
    events: Sequence[str] | None = None,
    baselines: Mapping[str, Report] | None = None,
    single_event: bool = False,
    progress: Callable[[str], None] | None = None,
) -> dict[str, TypeScore]:
    """Seed atomic edits into each gold event with >= 2 articles; score them per edit type.

    With ``single_event`` the pipeline is told the inputs are one event (the CLI's
    --single-event), so the score measures align + judge without clustering errors.
    """
    by_event: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        by_event[d.event].append(d.path)
    scores = {t: TypeScore() for t in types}
    for event, paths in sorted(by_event.items()):
        if len(paths) < 2 or (events is not None and event not in events):
            continue
        baseline = (baselines or {}).get(event) or run(paths, single_event=single_event)
        for edit in plan_edits(baseline, event, per_type=per_type, types=types):
            res = evaluate_edit(edit, paths, baseline, single_event=single_event)
            if progress is not None:
                progress(f"{event} {edit.type} {edit.old!r}->{edit.new!r}: {res.detected}")
            sc = scores[edit.type]
            sc.edits += 1
            sc.pre_flagged += res.pre_flagged
            sc.pre_any += res.pre_any
            if not res.pre_flagged:
                sc.detected += res.detected
            if not res.pre_any:
                sc.detected_any += res.detected_any
                sc.apart += not res.together
            sc.new_flags += res.new_flags
            sc.new_touching += res.new_touching
            sc.results.append(res)
    return scores


# --------------------------------------------------------------------------- labelled flags


@dataclass(frozen=True)
class KnownFlag:
    """A flag read and labelled by hand on untouched dev-corpus text (docs/evaluation.md)."""

    pattern: str  # P1..P14 (false-alarm patterns) or "true"
    event: str
    rule: str  # "verdict/kind/rule"
    texts: tuple[str, ...]  # each must occur in some claim text ("=x": a claim text equal to x)

    @property
    def true(self) -> bool:
        return self.pattern == "true"

    def matches(self, finding: Finding) -> bool:
        if f"{finding.verdict.value}/{finding.kind}/{finding.rule}" != self.rule:
            return False
        claims = [c.text for c in finding.claims]
        return all(
            any(c == t[1:] for c in claims) if t.startswith("=") else any(t in c for c in claims)
            for t in self.texts
        )


_PH = "variation/phrasing/phrasing-intensifier"
_MONEY = "conflict/money/interval-disjoint"
_QW = "variation/quote/quote-wording"
_QT = "variation/quote/quote-truncation"
_QP = "variation/quote/quote-vs-paraphrase"
_DATE_OUT = "conflict/date/majority-outlier"
# Labelled at main d69d5dc..b9f8cd0 (2026-11-22), each gold event run alone, default
# clustering and --single-event. Claim substrings are kept short so re-wrapped groups match.
KNOWN_FLAGS: tuple[KnownFlag, ...] = tuple(
    KnownFlag(p, f"ecbplus-{e}", r, t)
    for p, e, r, t in (
        ("P1", "t41-plus", _PH, ("Yida refugee camp", "crater")),
        ("P1", "t41-plus", _PH, ("peace deal", "Nuba")),
        ("P1", "t45-plus", _PH, ("Warren Gotcher", "phone records")),
        ("P1", "t43-plus", _PH, ("bold move",)),
        ("P1", "t43-plus", _PH, ("SeaMicro technology", "Mozilla")),
        ("P1", "t43-plus", _PH, ("SeaMicro technology", "Opteron")),
        ("P1", "t43-plus", _PH, ("Su said AMD will offer SeaMicro servers",)),
        ("P1", "t43-plus", _PH, ("thousands of processor cores", "intellectual property")),
        ("P1", "t40-ecb", _PH, ("notebook event in October", "like like backlit")),
        ("P1", "t40-plus", _PH, ("opening keynote of Apple's WWDC", "priced between")),
        ("P1", "t41-plus", _PH, ("primary school yard", "did not explode")),
        ("P1", "t42-ecb", _PH, ("3.2-megapixel camera", "built-in GPS")),
        ("P1", "t42-plus", _PH, ("April 29th", "retail stores")),
        ("P1", "t43-plus", _PH, ("become general manager", "had more than one")),
        ("P1", "t43-plus", _PH, ("fabric technology", "instruction sets")),
        ("P2", "t43-plus", _PH, ("By becoming a part of AMD",)),
        ("P3", "t44-plus", _PH, ("approximately 350 employees", "more than 350")),
        ("P1", "t41-ecb", _PH, ("Asma", "Khan Younis")),
        ("P1", "t41-ecb", _PH, ("raided the Gaza Strip", "apartment blocks")),
        ("P1", "t41-plus", _PH, ("former civil war foes", "fought alongside the south")),
        ("P1", "t41-plus", _PH, ("poorly defined border", "loss of oil income")),
        ("P1", "t41-plus", _PH, ("full force of the international community", "no-fly zone")),
        ("P1", "t44-ecb", _PH, ("technology services provider", "60 percent of its revenue")),
        ("P1", "t44-ecb", _PH, ("market value of about $115 billion", "$50 billion increase")),
        ("P1", "t44-ecb", _PH, ("outsourcing services company", "largest IT services company")),
        ("P1", "t40-ecb", _PH, ("78% more pixels", "minor update")),
        ("P1", "t43-plus", _PH, ("traditional server business", "could use a lift")),
        ("P1", "t43-plus", _PH, ("employs 80 people", "only with Intel processors")),
        ("P1", "t45-plus", _PH, ("deliberated almost seven hours", "is accused of fatally")),
        ("P2", "t42-plus", _PH, ("BlackBerry Q10 combines",)),
        ("P2", "t44-plus", _PH, ("power and cooling",)),
        ("P2", "t44-plus", _PH, ("first fiscal quarter",)),
        ("P2", "t41-ecb", _PH, ("shells landed at the perimeter",)),
        ("P2", "t41-ecb", _PH, ("impartial probe",)),
        ("P3", "t40-ecb", _PH, ("ship in late January",)),
        ("P3", "t42-plus", _PH, ("wait a little longer",)),
        ("P3", "t41-ecb", _PH, ("clearly marked",)),
        ("P3", "t43-ecb", _PH, ("$5.4bn acquisition of ATI",)),
        ("P3", "t43-plus", _PH, ("Silicon Valley start",)),
        ("P4", "t40-plus", _MONEY, ("$1,099", "$1,799")),
        ("P4", "t40-plus", _MONEY, ("$1,199", "$2,199")),
        ("P4", "t43-plus", _MONEY, ("$334 million", "$281 million")),
        ("P4", "t42-plus", _MONEY, ("=$99", "=$20")),
        ("P5", "t44-ecb", _MONEY, ("about $115 billion", "$50 billion")),
        ("P5", "t44-ecb", _MONEY, ("$13.9 billion", "about $22 billion")),
        ("P5", "t44-ecb", _MONEY, ("$5.27", "$24.34")),
        ("P5", "t44-ecb", _MONEY, ("$54 billion", "$13.2 billion")),
        ("P5", "t43-ecb", _MONEY, ("around $5.4 billion", "$4.2 billion")),
        ("P5", "t44-ecb", _PH, ("EDS shares soared", "added 26 cents")),
        ("P5", "t43-ecb", _PH, ("around $5.4 billion in cash and stock", "$4.2 billion in cash")),
        ("P5", "t44-ecb", _PH, ("At $22 billion", "worth about $22 billion")),
        ("P6", "t44-ecb", _MONEY, ("$13.2 billion", "=$13 billion")),
        ("P7", "t43-plus", _MONEY, ("2012\nAMD",)),
        ("P7", "t44-plus", _MONEY, ("$100 billion", "=$100")),
        ("P7", "t44-plus", _PH, ("in excess of $100 billion",)),
        ("P8", "t42-ecb", _QW, ("mobile e-mail",)),
        ("P8", "t41-plus", _QW, ("endgame",)),
        ("P8", "t44-plus", _QW, ("datacenter is the foundation",)),
        ("P8", "t44-plus", _QW, ("transform their datacenters",)),
        ("P9", "t44-plus", _QT, ("cooling strategies.\nHP and EYP",)),
        ("P9", "t43-plus", _QT, ("bandwidth.\nBy becoming",)),
        ("P9", "t43-plus", _QT, ("AMD's transformation into an agile",)),
        ("P9", "t41-plus", _QT, ('="smoke screens"',)),
        ("P9", "t41-plus", _QW, ("pending invasion of the South",)),
        ("P10", "t41-ecb", _QP, ("three artillery shells landed at the perimeter",)),
        ("P10", "t43-plus", _QP, ("compelling roadmap",)),
        ("P11", "t44-plus", "conflict/time/local-vs-zone", ("7:45 a.m. PT",)),
        ("P12", "t45-plus", _PH, ("Simpson faces life in prison",)),
        ("P13", "t41-ecb", "conflict/quantity/interval-disjoint", ("20 miles", "17 miles")),
        ("P14", "t43-plus", _QW, ("absolutely.",)),
        ("true", "t44-ecb", _PH, ("$13.9 billion", "about $13 billion")),
        ("true", "t41-ecb", _QT, ("Of course it was entirely inevitable",)),
        ("true", "t41-ecb", _QP, ("specific GPS co-ordinates", "every single one")),
        # Read at main after the align/judge pattern fixes (2026-11-22 03:40, value slots).
        ("P1", "t40-ecb", _PH, ("Core 2 Duo processor with 6 MB",)),
        ("P1", "t43-ecb", _PH, ("news - people",)),
        ("P6", "t44-ecb", _PH, ("rolling the dice", "$13 billion acquisition")),
        ("P1", "t44-ecb", _PH, ("rolling the dice", "snap up more data")),
        ("P10", "t40-ecb", _QP, ("design similar to Apple's two other laptops",)),
        ("P10", "t43-plus", _QP, ("move Ethernet traffic and storage traffic",)),
        ("P12", "t45-plus", _DATE_OUT, ("June 17",)),
        ("P12", "t45-plus", _DATE_OUT, ("June 21",)),
        ("P15", "t43-ecb", "variation/place/interval-disjoint", ("Sunnyvale", "Bangalore")),
        # Labelled 2026-11-29: a tank firing on Israeli troops "on Monday" (another incident
        # of the same war) dated against the school attack "on Tuesday".
        ("P16", "t41-ecb", _DATE_OUT, ("=Monday", "=Tuesday")),
        ("true", "t41-ecb", "variation/name/name-spelling", ("Hassan Abu Askhar",)),
        ("true", "t41-ecb", _QP, ("99.9 per cent sure",)),
        ("true", "t41-plus", "variation/quantity/majority-outlier", ("over 24,000 refugees",)),
        ("true", "t41-plus", _QP, ("is attempting to provoke South Sudan",)),
        ("true", "t44-plus", _DATE_OUT, ("=Tuesday",)),
        ("true", "t45-plus", _QP, ("every possible suspect was investigated",)),
    )
)


@dataclass
class LabelCheck:
    """Which labelled flags still fire, and which flags nobody has read yet."""

    firing: dict[KnownFlag, int]  # known flag -> findings matching it
    unlabelled: list[tuple[str, Finding, Report]]  # (event, finding, its report)
    true_findings: int = 0  # flags labelled true disagreements
    false_findings: int = 0  # flags labelled false alarms

    @property
    def precision(self) -> float | None:
        """Share of labelled conflict/variation flags that are true disagreements."""
        n = self.true_findings + self.false_findings
        return self.true_findings / n if n else None


def check_labels(runs: Sequence[EventRun]) -> LabelCheck:
    """Match every conflict/variation of per-event runs against KNOWN_FLAGS."""
    check = LabelCheck(dict.fromkeys(KNOWN_FLAGS, 0), [])
    for r in runs:
        for f in flagged(r.report):
            hits = [k for k in KNOWN_FLAGS if k.event == r.event and k.matches(f)]
            for k in hits:
                check.firing[k] += 1
            if not hits:
                check.unlabelled.append((r.event, f, r.report))
            elif any(k.true for k in hits):
                check.true_findings += 1
            else:
                check.false_findings += 1
    return check
