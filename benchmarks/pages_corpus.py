"""Rebuild the second real-news evaluation set ("pages") from saved page texts.

The set is 58 news events, each told by 4 to 7 English-language outlets within a few days of
the event. ``eval/pages/events.json`` lists, per event, its id, a one-line description, its date
and every article (outlet, url, title, published date, where the title came from). Only these
pointers are committed: the article texts are copyrighted and live outside the repository,
by default under ``/work/corpora/pages``::

    /work/corpora/pages/articles/<event_id>/<outlet-slug>.txt   headline, blank line, text
    /work/corpora/pages/manifest.json                           one row per article

Where the texts came from
-------------------------
Every text is a page as stored by the ``pages`` corpus of the project's ``search`` tool
(stored public web pages). That tool returns each page "from its beginning" and cuts it at
about 2,000 characters, so most texts here are the first 150-360 words of the article plus
whatever page furniture the store kept (photo captions, "Related" lines, share buttons). The
texts were kept as found: no re-wrapping, no repair of typos or of the cut at the end. Where
the store put a ``date YYYY-MM-DD`` marker before the text, that marker is the tool's, not the
outlet's; this script drops it. Titles with ``title_from: "page"`` are the page's own headline
line; ``"url"`` means the headline was not in the stored text and the title is the URL's slug
(lower case, ids dropped); ``"none"`` means neither gave one, and the article file then starts
with the first line of its text. ``published`` is filled only where the text, the URL or the
store's date marker shows it (one store marker, asiaone's "2020-11-01" for a 2020-01-11 story,
was plainly day-month swapped and is not used); otherwise it is empty.

Since session 16 the store's answers say "never copy it verbatim", so the re-collection
below is no longer done (``eval/pages/README.md``); the script stays to lay out a set of
saved pages obtained some other way.

To re-collect (as done until session 15): for each article in ``events.json`` run a
``search`` (corpus ``pages``) on its headline or distinctive words (names, places, figures)
and save the excerpt whose ``url`` is the article's url, verbatim, into a directory, one
file per page, named by ``page_name(url)``
(the percent-encoded URL cut to 150 characters, a ``~`` and 10 hex digits of its SHA-1, then
``.txt``; a file named ``quote(url, safe="") + ".txt"`` is accepted too). Then::

    .venv/bin/python benchmarks/pages_corpus.py --saved DIR [--out /work/corpora/pages]

writes the folder layout and ``manifest.json`` (``file`` is relative to ``<out>/articles``).
Articles whose page is missing are reported and skipped. ``eval/pages/split.json`` assigns
each event to ``dev`` or ``frozen``; ``eval/pages/labels.jsonl`` holds hand-labelled
discrepancies of frozen events, with spans that are exact substrings of these files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import urllib.parse
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / "eval" / "pages" / "events.json"
DEFAULT_OUT = Path("/work/corpora/pages")

# The search tool's date marker in front of a stored page: " date 2019-06-18 ", " date 2019-11 ".
_STORE_DATE = re.compile(r"^\s*date \d{4}(?:-\d{2}){0,2}\s+")


def page_name(url: str) -> str:
    """File name of a saved page: percent-encoded URL (cut to 150 chars), ``~``, SHA-1 prefix."""
    quoted = urllib.parse.quote(url, safe="")
    return quoted[:150] + "~" + hashlib.sha1(url.encode()).hexdigest()[:10] + ".txt"


def find_page(saved: Path, url: str) -> Path | None:
    """The saved file for ``url`` under either naming, or None."""
    for name in (page_name(url), urllib.parse.quote(url, safe="") + ".txt"):
        path = saved / name
        if len(name) < 255 and path.is_file():
            return path
    return None


def slugify(text: str) -> str:
    """ASCII slug: 'The Straits Times (Reuters text)' -> 'the-straits-times-reuters-text'."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "outlet"


def article_text(raw: str, title: str) -> str:
    """Headline line, blank line, the stored text without the store's date marker."""
    body = _STORE_DATE.sub("", raw, count=1).strip("\n")
    headline = title.strip()
    if not headline:
        first = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
        headline = first if len(first) <= 200 else first[:200].rsplit(" ", 1)[0]
    return f"{headline}\n\n{body.rstrip()}\n"


def build(
    events: list[dict[str, Any]], saved: Path, out: Path
) -> tuple[list[dict[str, str]], list[str]]:
    """Write ``out/articles/<event>/<outlet>.txt`` per saved article; return manifest, missing."""
    manifest: list[dict[str, str]] = []
    missing: list[str] = []
    for event in events:
        folder = out / "articles" / event["id"]
        used: set[str] = set()
        for art in event["articles"]:
            page = find_page(saved, art["url"])
            if page is None:
                missing.append(f"{event['id']}: {art['url']}")
                continue
            slug = base = slugify(art["outlet"])
            n = 2
            while slug in used:
                slug, n = f"{base}-{n}", n + 1
            used.add(slug)
            folder.mkdir(parents=True, exist_ok=True)
            text = article_text(page.read_text(encoding="utf-8"), art.get("title", ""))
            (folder / f"{slug}.txt").write_text(text, encoding="utf-8")
            manifest.append(
                {
                    "event_id": event["id"],
                    "file": f"{event['id']}/{slug}.txt",
                    "outlet": art["outlet"],
                    "title": art.get("title", ""),
                    "published": art.get("published", ""),
                    "url": art["url"],
                }
            )
    return manifest, missing


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--saved", type=Path, required=True, help="directory of pages named by URL")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="corpus root (outside the repo)")
    ap.add_argument("--events", type=Path, default=EVENTS)
    args = ap.parse_args(argv)
    events = json.loads(args.events.read_text(encoding="utf-8"))
    manifest, missing = build(events, args.saved, args.out)
    (args.out / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    n_events = len({row["event_id"] for row in manifest})
    print(f"{len(manifest)} articles, {n_events} events -> {args.out}")
    for line in missing:
        print("missing:", line, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
