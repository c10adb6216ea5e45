"""Write ``src/factcheck/cluster/happenings.txt``: nouns naming a happening, from WordNet 3.0.

Build time only, standard library: reads Debian's ``wordnet-base`` (``/usr/share/wordnet``).
A noun is kept when its most frequent sense (the first in ``index.noun``) is filed under
``noun.act`` (lexicographer file 04: "bombing", "acquisition", "trial") or ``noun.event``
(11: "explosion", "crash"), it is one word, and the tagged corpus uses it (a tag count):
the nouns a lead names what happened with. Event labels (``cluster.events``) read it.

Usage: python scripts/build_happenings.py [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

ACT, EVENT = 4, 11
OUT = Path(__file__).resolve().parents[1] / "src" / "factcheck" / "cluster" / "happenings.txt"


def _lexfiles(data: Path) -> dict[str, int]:
    out = {}
    for line in data.read_text("latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        offset, lexfile = line.split(" ", 2)[:2]
        out[offset] = int(lexfile)
    return out


def main(root: Path) -> None:
    lexfile = _lexfiles(root / "data.noun")
    kept = []
    for line in (root / "index.noun").read_text("latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma, p_cnt = parts[0], int(parts[3])
        tagged = int(parts[5 + p_cnt])
        first = parts[6 + p_cnt]
        if lemma.isalpha() and tagged > 0 and lexfile.get(first) in (ACT, EVENT):
            kept.append(lemma)
    header = (
        "# Nouns naming a happening (WordNet 3.0: most frequent sense in noun.act or "
        "noun.event, tagged); built by scripts/build_happenings.py\n"
    )
    OUT.write_text(header + "\n".join(sorted(kept)) + "\n", "utf-8")
    sys.stdout.write(f"{len(kept)} nouns -> {OUT}\n")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"))
