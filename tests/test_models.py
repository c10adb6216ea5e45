"""Small model behaviours the report relies on."""

from __future__ import annotations

import pytest

from factcheck.models import Article


@pytest.mark.parametrize(
    ("source", "outlet", "label"),
    [
        ("/tmp/news/devdiscourse.txt", None, "devdiscourse.txt"),
        ("C:\\news\\mb.txt", None, "mb.txt"),
        ("https://www.example.org/2022/09/quake.html", None, "example.org"),
        ("export.jsonl#3", None, "export.jsonl#3"),
        ("/tmp/news/a.txt", "Reuters", "Reuters"),
    ],
)
def test_label_names_a_source_an_editor_can_find(
    source: str, outlet: str | None, label: str
) -> None:
    art = Article(id="a1", source=source, format="txt", outlet=outlet, text="x")
    assert art.label == label
