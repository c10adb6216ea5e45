"""The PDF speed-ups draw what the libraries would (render/pdf_speed.py, issue 13)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing"),
]

# Labels as the timeline and the coverage grid write them: start, middle and end anchored.
PAGE = """<!doctype html><html><body style="margin:0">
<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120" font-family="DejaVu Sans"
 font-size="10">
<text x="10" y="20">Reuters (a1.txt)</text>
<text x="200" y="50" text-anchor="middle" fill="#1b1f24">The Washington Post…</text>
<text x="390" y="80" text-anchor="end" font-weight="bold">event date</text>
<text x="10" y="110"><a href="#x">Summit talks, Phnom Penh</a></text>
</svg></body></html>"""

RENDER = """
import sys
from weasyprint import HTML
if sys.argv[1] == "fast":
    from factcheck.render import pdf_speed
    pdf_speed.install()
sys.stdout.buffer.write(HTML(string=sys.argv[2]).write_pdf())
"""


def _words(pdf: Path) -> dict[str, tuple[float, float]]:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return {
        m[3]: (float(m[1]), float(m[2]))
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]+)<', out
        )
    }


def _render(mode: str, tmp_path: Path) -> dict[str, tuple[float, float]]:
    pdf = tmp_path / f"{mode}.pdf"
    data = subprocess.run(
        [sys.executable, "-c", RENDER, mode, PAGE], capture_output=True, check=True
    ).stdout
    pdf.write_bytes(data)
    return _words(pdf)


def test_svg_labels_land_where_letter_by_letter_puts_them(tmp_path: Path) -> None:
    slow, fast = _render("slow", tmp_path), _render("fast", tmp_path)
    assert set(fast) == set(slow) and "Reuters" in fast and "date" in fast
    for word, (x0, x1) in slow.items():
        # Kerning may move a glyph by a fraction of a point; anchors hold.
        assert abs(fast[word][0] - x0) < 1.0 and abs(fast[word][1] - x1) < 1.0, word


def test_install_is_idempotent() -> None:
    import pydyf  # type: ignore[import-untyped]
    import weasyprint.svg as svg_pkg

    from factcheck.render import pdf_speed

    pdf_speed.install()
    text, zlib_shim = svg_pkg.text, pydyf.zlib
    pdf_speed.install()
    assert svg_pkg.text is text and pydyf.zlib is zlib_shim
    assert all(f is text for tag, f in svg_pkg.TAGS.items() if tag in ("text", "tspan", "a"))
