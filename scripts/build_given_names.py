"""Distil the given names of the 1990 US Census into ``lexdata/given_names_census.txt``.

Build time only. The source is the Census Bureau's 1990 name frequency files
(``dist.female.first``, ``dist.male.first``: public domain, as shipped in the MIT-licensed
``names`` package on PyPI, version 0.3.0). Nothing is fetched at run time; the distilled list
is committed. To rebuild::

    pip download names==0.3.0 --no-deps -d /tmp/names
    tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python scripts/build_given_names.py /tmp/names/names-0.3.0/names

Kept: names of three letters or more that are not already on the hand list
(``extract.given_names``), not a word the WordNet table knows ("Melody", "Hope", "Will"), not
a month or weekday ("April", "June") and not a place the gazetteer knows ("Tyler", "Austin"):
a capitalised word on the list reads as a given name wherever it opens a two-word name.
"""

from __future__ import annotations

import argparse
import calendar
import sys
from pathlib import Path

from factcheck.extract.given_names import GIVEN_NAMES, HAND_WORLD_GIVEN_NAMES
from factcheck.extract.places import lookup
from factcheck.lexicon import known

LEXDATA = Path(__file__).resolve().parents[1] / "src" / "factcheck" / "lexdata"
OUT = LEXDATA / "given_names_census.txt"
HEADER = (
    "# Given names of the 1990 US Census (public domain), less common words, months, weekdays,\n"
    "# gazetteer places and the hand list. Built by scripts/build_given_names.py.\n"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("census_dir", type=Path, help="folder with dist.female.first, dist.male.first")
    args = ap.parse_args()
    calendar_words = {w for w in (*calendar.month_name, *calendar.day_name) if w}
    hand = GIVEN_NAMES | HAND_WORLD_GIVEN_NAMES
    names: set[str] = set()
    for part in ("dist.female.first", "dist.male.first"):
        for line in (args.census_dir / part).read_text("ascii").splitlines():
            if line.strip():
                names.add(line.split()[0].title())
    keep = sorted(
        n
        for n in names
        if len(n) >= 3
        and n not in hand
        and n not in calendar_words
        and not known(n.lower())
        and lookup(n) is None
    )
    OUT.write_text(HEADER + "\n".join(keep) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(keep)} of {len(names)} census given names written to {OUT}\n")


if __name__ == "__main__":
    main()
