"""Render stage: a Report -> files (report.html, report.pdf, findings.json, report.md, ...).

``view`` builds the report's view model (``view_models``) from a Report; ``outputs`` renders
it to HTML and PDF and writes every format; ``findings_json`` is the findings.json contract;
``exports`` the Markdown summary and ClaimReview; ``diff`` the word-level differences.
"""

from factcheck.render.outputs import FILENAMES, FORMATS, render_formats, write_outputs

__all__ = ["FILENAMES", "FORMATS", "render_formats", "write_outputs"]
