"""Speed-ups of the PDF libraries for large reports, each exact for what our templates draw.

WeasyPrint and pydyf spend much of a 300-article render on work that does not change the
page: pydyf rebuilds the tuple of every page's reference on each read (quadratic in pages)
and compresses at zlib's slowest level, WeasyPrint lays out and draws SVG text one letter at
a time. Each patch below is applied
once per process, keeps the library's result for our inputs (the same pages; the same PDF
objects, compressed at zlib's default level), and falls back to the library's own code for
anything it was not written for.
"""

from __future__ import annotations

from typing import Any


def install() -> None:
    """Apply every patch (idempotent)."""
    _cache_page_references()
    _svg_text_in_one_run()
    _flate_at_default_level()


# zlib's default level: measured on the 20 MB of page content of a 300-article report,
# level 9 took 1.6 s for 2,698 KB, level 6 0.36 s for 2,789 KB (3 % larger).
FLATE_LEVEL = 6


def _flate_at_default_level() -> None:
    """Compress the PDF's streams at zlib's default level, not pydyf's level 9.

    The PDF reads the same (Flate is Flate at any level); it is 3 % larger and its streams
    compress four times faster.
    """
    import types
    import zlib

    import pydyf  # type: ignore[import-untyped]

    if getattr(pydyf, "_factcheck_flate", False):
        return

    def compressobj(level: int = FLATE_LEVEL, *args: Any, **kwargs: Any) -> Any:
        return zlib.compressobj(min(level, FLATE_LEVEL), *args, **kwargs)

    pydyf.zlib = types.SimpleNamespace(compress=zlib.compress, compressobj=compressobj)
    pydyf._factcheck_flate = True


def _cache_page_references() -> None:
    """Make pydyf's ``PDF.page_references`` a cached tuple instead of one rebuilt per call.

    WeasyPrint's tagged-PDF pass reads it once per tagged element, and pydyf builds the tuple
    of every page's reference each time: quadratic in pages. Profiled on 300 articles (325
    pages, 62k reads): 17 s of 54 s. The cache is keyed on the page count, so it is exactly
    the property's value whenever it is read (pages are only ever appended).
    """
    import pydyf

    if getattr(pydyf.PDF, "_factcheck_cached_refs", False):
        return

    def page_references(self: Any) -> tuple[bytes, ...]:
        kids = self.pages["Kids"]
        cached = self.__dict__.get("_factcheck_refs")
        if cached is None or cached[0] != len(kids):
            cached = (len(kids), tuple(f"{n} 0 R".encode("ascii") for n in kids[::3]))
            self.__dict__["_factcheck_refs"] = cached
        refs: tuple[bytes, ...] = cached[1]
        return refs

    pydyf.PDF.page_references = property(page_references)
    pydyf.PDF._factcheck_cached_refs = True


# SVG attributes that place or stretch single letters: with any of them the library's own
# letter-by-letter code runs.
_PER_LETTER = ("dx", "dy", "rotate", "textLength", "letter-spacing", "lengthAdjust")


def _one_value(node: Any, name: str) -> bool:
    """True when attribute ``name`` is absent or holds a single length (not a list)."""
    value = node.attrib.get(name)
    return value is None or len(value.replace(",", " ").split()) <= 1


def _svg_text_in_one_run() -> None:
    """Lay out and draw an SVG ``<text>`` run as one Pango line, not one layout per letter.

    WeasyPrint 70 positions every letter of SVG text separately (for per-letter x, dx,
    rotate lists): 48,000 Pango layouts and text objects for the 1,500 labels of a
    300-article report's timelines and coverage grids. A run with at most one x and y and no
    letter spacing, shifts or rotations lands where the letters would: at its x, y, as wide
    as its text (which also gives text-anchor its bounding box), with the font's kerning.
    Anything else goes to the library's code.
    """
    import weasyprint
    import weasyprint.svg as svg_pkg

    if getattr(svg_pkg, "_factcheck_one_run", False):
        return
    if not weasyprint.__version__.startswith("70."):
        return  # written against WeasyPrint 70's svg/text.py; others keep their own code
    from math import inf

    from weasyprint.css.properties import INITIAL_VALUES
    from weasyprint.draw.text import draw_emojis, draw_first_line
    from weasyprint.matrix import Matrix
    from weasyprint.svg.bounding_box import extend_bounding_box
    from weasyprint.svg.text import Style, TextBox
    from weasyprint.svg.utils import normalize, size
    from weasyprint.text.line_break import split_first_line

    letter_by_letter = svg_pkg.text

    def text(svg: Any, node: Any, font_size: float) -> None:
        if (
            not node.text
            or node.tag == "textPath"
            or any(name in node.attrib for name in _PER_LETTER)
            or not _one_value(node, "x")
            or not _one_value(node, "y")
            or node.get("display-anchor")
            or node.get("dominant-baseline", node.get("alignment-baseline"))
        ):
            letter_by_letter(svg, node, font_size)
            return
        # The style as the library builds it (svg/text.py).
        style = Style()
        style.update(INITIAL_VALUES)
        style.font_config = svg.font_config
        style["font_family"] = [
            font.strip("\"'") for font in node.get("font-family", "sans-serif").split(",")
        ]
        style["font_style"] = node.get("font-style", "normal")
        weight = node.get("font-weight", 400)
        if weight == "normal":
            weight = 400
        elif weight == "bold":
            weight = 700
        else:
            try:
                weight = int(weight)
            except ValueError:
                weight = 400
        style["font_weight"] = weight
        style["font_size"] = font_size
        if node.get("direction") in ("ltr", "rtl"):
            style["direction"] = node.get("direction")

        layout, _, _, width, height, baseline = split_first_line(
            node.text, style, svg.context, inf, 0
        )
        x_attr, y_attr = node.attrib.get("x"), node.attrib.get("y")
        x = (
            size(normalize(x_attr).strip(), font_size, svg.inner_width)
            if x_attr and normalize(x_attr).strip()
            else None
        )
        y = (
            size(normalize(y_attr).strip(), font_size, svg.inner_height)
            if y_attr and normalize(y_attr).strip()
            else None
        )
        # As the letter loop does for its first letter, then its cursor after the last one.
        if x is not None:
            svg.cursor_d_position[0] = 0
        if y is not None:
            svg.cursor_d_position[1] = 0
        x = svg.cursor_position[0] if x is None else x
        y = svg.cursor_position[1] if y is None else y
        svg.cursor_position = x + width, y
        x_position = x + svg.cursor_d_position[0]
        y_position = y + svg.cursor_d_position[1]
        node.text_bounding_box = extend_bounding_box(
            node.text_bounding_box,
            (
                (x_position, y_position - baseline),
                (x_position + width, y_position - baseline + height),
            ),
        )

        svg.stream.push_state()
        fill, stroke = svg.set_graphical_state(node, font_size)
        svg.stream.begin_text()
        layout.reactivate(style)
        svg.fill_stroke(fill, stroke, text=True)
        text_box = TextBox(layout, style)
        text_box.baseline = baseline
        emojis = draw_first_line(
            svg.stream, text_box, "none", "none", Matrix(d=-1, e=x_position, f=y_position)
        )
        svg.stream.end_text()
        svg.stream.pop_state()
        draw_emojis(svg.stream, style, x, y, emojis)

    # draw_node compares TAGS entries with the module's ``text`` to find text nodes.
    for tag, func in list(svg_pkg.TAGS.items()):
        if func is letter_by_letter:
            svg_pkg.TAGS[tag] = text
    svg_pkg.text = text
    svg_pkg._factcheck_one_run = True
