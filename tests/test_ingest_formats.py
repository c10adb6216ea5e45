"""Ingest of HTML, JSON/JSONL, Markdown, encodings, manifests and bad inputs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import ManifestError
from factcheck.ingest import load_articles
from factcheck.ingest.readers import ReadProblem, read_text_input

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SUMMIT = Path(__file__).resolve().parents[1] / "data" / "summit"


def load_one(path: Path) -> tuple[list, list]:
    return load_articles([str(path)])


def test_html_page_with_furniture() -> None:
    (article,), skipped = load_one(FIXTURES / "harbour_bridge.html")
    assert skipped == []
    assert article.format == "html"
    assert article.outlet == "Coastal Herald" and article.outlet_rule == "html-metadata"
    assert article.title == "Harbour bridge reopens after three months of repairs"
    assert article.published == "2024-03-05T08:30+11:00"
    assert article.reference_date == "2024-03-05"
    assert article.text.startswith("SYDNEY, March 5 — The harbour bridge reopened")
    assert "1,149-metre deck" in article.text
    for furniture in ("cookies", "Most read", "Post comment", "nightmare", "All rights"):
        assert furniture not in article.text
    assert article.dateline is not None and article.dateline.date == "2024-03-05"
    assert "<article>" in article.raw


def test_html_json_ld_publisher_when_no_og_site_name() -> None:
    (article,), _ = load_one(FIXTURES / "museum_fire.html")
    assert article.outlet == "Daily Ledger"
    assert article.title == "Fire damages east wing of city museum"
    assert article.published == "2023-09-18T06:05+00:00"
    assert "Related stories" not in article.text and "Share on" not in article.text
    assert article.text.startswith("A fire broke out in the east wing")


def test_jsonl_records_and_bad_lines() -> None:
    articles, skipped = load_one(FIXTURES / "records.jsonl")
    by_source = {a.source.rsplit("/", 1)[-1]: a for a in articles}
    assert sorted(by_source) == ["records.jsonl#1", "records.jsonl#2", "records.jsonl#4"]
    boe = by_source["records.jsonl#1"]
    assert (boe.outlet, boe.title, boe.published) == (
        "Reuters",
        "Bank of England holds rates",
        "2024-05-09",
    )
    assert boe.url == "https://www.reuters.com/markets/boe"
    fire = by_source["records.jsonl#2"]  # an html record goes through trafilatura
    assert fire.outlet == "Daily Ledger" and "Related stories" not in fire.text
    problems = {s.source.rsplit("/", 1)[-1]: s.problem for s in skipped}
    assert problems["records.jsonl#3"] == (
        "the JSON record has no 'text' or 'html' field with article text"
    )
    assert problems["records.jsonl#5"].startswith("line is not JSON")


def test_json_list_sources_are_indexed() -> None:
    articles, skipped = load_one(FIXTURES / "records.json")
    assert [a.source.rsplit("/", 1)[-1] for a in articles] == ["records.json#0", "records.json#1"]
    assert skipped == []


def test_markdown_markup_is_stripped() -> None:
    (article,), _ = load_one(FIXTURES / "story.md")
    assert article.format == "md"
    assert article.title == "Storm closes ports"
    assert article.text.startswith("ROTTERDAM — A storm closed three ports on Friday")
    assert "**" not in article.text and "](" not in article.text and "radar" not in article.text
    assert article.dateline is not None and article.dateline.country == "Netherlands"


def test_shift_jis_decodes() -> None:
    (article,), _ = load_one(FIXTURES / "kishida_sjis.txt")
    assert "岸田文雄首相" in article.text
    assert "\r" not in article.text


def test_cp1252_decodes_smart_quotes_and_accents() -> None:
    (article,), _ = load_one(FIXTURES / "cafe_cp1252.txt")
    assert "“unfair”" in article.text
    assert "Hélène Dupré" in article.text and "cafés" in article.text
    assert "\r" not in article.text
    assert article.title == "Café owners protest new rent rules"


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(
        b"\xef\xbb\xbfPARIS \xe2\x80\x94 The minister resigned on Monday after a week of "
        b"protests over the pension reform, officials said.\r\nMore later.\r\n"
    )
    (article,), _ = load_one(path)
    assert article.text.startswith("PARIS — The minister")
    assert "\ufeff" not in article.text and "\r" not in article.text


# --- manifests -------------------------------------------------------------------------


def _copy_summit(tmp_path: Path) -> Path:
    for src in sorted(SUMMIT.glob("00[34]*.txt")):
        shutil.copy(src, tmp_path / src.name)
    return tmp_path


def test_toml_manifest_overrides(tmp_path: Path) -> None:
    folder = _copy_summit(tmp_path)
    manifest = folder / "manifest.toml"
    manifest.write_text(
        '[[article]]\nfile = "004_e5f6f64715062ae6.txt"\noutlet = "Yomiuri (manifest)"\n'
        'url = "https://japannews.yomiuri.co.jp/x"\ntitle = "Given title"\n'
        'published = "2023-01-14"\n'
    )
    articles, skipped = load_articles([], manifest)
    assert skipped == []
    assert len(articles) == 1
    article = articles[0]
    assert (article.outlet, article.outlet_rule) == ("Yomiuri (manifest)", "manifest")
    assert (article.title, article.published, article.url) == (
        "Given title",
        "2023-01-14",
        "https://japannews.yomiuri.co.jp/x",
    )
    assert (article.reference_date, article.reference_rule) == ("2023-01-14", "published")


def test_csv_manifest_overrides_only_named_files(tmp_path: Path) -> None:
    folder = _copy_summit(tmp_path)
    manifest = folder / "m.csv"
    manifest.write_text(
        "file,outlet,url,title,published\n003_2f215c4fcb578318.txt,Thomson Reuters,,,\n"
    )
    articles, _ = load_articles([str(folder)], manifest)
    by_name = {Path(a.source).name: a for a in articles}
    assert by_name["003_2f215c4fcb578318.txt"].outlet == "Thomson Reuters"
    assert by_name["003_2f215c4fcb578318.txt"].outlet_rule == "manifest"
    assert by_name["004_e5f6f64715062ae6.txt"].outlet_rule == "photo-credit"


def test_malformed_toml_manifest_names_file_and_line(tmp_path: Path) -> None:
    manifest = tmp_path / "bad.toml"
    manifest.write_text('[[article]]\nfile = "a.txt"\noutlet = \n')
    with pytest.raises(ManifestError, match=r"bad\.toml: malformed TOML.*line 3"):
        load_articles([], manifest)


def test_csv_manifest_bad_row_names_line(tmp_path: Path) -> None:
    _copy_summit(tmp_path)
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,outlet,url,title,published\n003_2f215c4fcb578318.txt,A,,,\nx.txt,B\n")
    with pytest.raises(ManifestError, match=r"m\.csv:3: expected 5 fields, found 2"):
        load_articles([], manifest)


def test_manifest_unknown_file_names_line(tmp_path: Path) -> None:
    manifest = tmp_path / "m.toml"
    manifest.write_text('[[article]]\nfile = "gone.txt"\noutlet = "X"\n')
    with pytest.raises(ManifestError, match=r"m\.toml:1: file not found"):
        load_articles([], manifest)


# --- bad inputs: one test per kind -----------------------------------------------------


def _problem(path: Path | str) -> str:
    articles, skipped = load_articles([str(path), str(SUMMIT / "004_e5f6f64715062ae6.txt")])
    assert len(articles) == 1, "the good input is still loaded"
    assert len(skipped) == 1
    return skipped[0].problem


def test_missing_path(tmp_path: Path) -> None:
    assert _problem(tmp_path / "nope.txt") == "file not found; check the path"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n")
    assert _problem(path).startswith("the file is empty")


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert _problem(path) == (
        "not a text file: a PNG image; give the article as text, HTML or JSON"
    )
    path.write_bytes(b"abc\x00\x01def" * 50)
    assert "NUL bytes" in _problem(path)


def test_undecodable_text(tmp_path: Path) -> None:
    path = tmp_path / "garbled.txt"
    path.write_bytes(bytes([0x80, 0x81, 0xFE, 0xFF, 0x8D, 0x90, 0x9D]) * 40)
    assert _problem(path).startswith("undecodable text")


def test_html_without_article_text() -> None:
    assert _problem(FIXTURES / "empty_shell.html").startswith("HTML page with no article text")


def test_unknown_format(tmp_path: Path) -> None:
    path = tmp_path / "table.xyz"
    path.write_text("a;b;c\n1;2;3\n")
    assert _problem(path).startswith("unknown format '.xyz'")


def test_unsupported_scheme() -> None:
    assert _problem("ftp://example.com/story.txt").startswith("unsupported URL scheme 'ftp'")


def test_no_readable_input_returns_empty(tmp_path: Path) -> None:
    articles, skipped = load_articles([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert articles == [] and len(skipped) == 2


def test_unknown_extension_sniffed_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.php"
    path.write_bytes((FIXTURES / "museum_fire.html").read_bytes())
    (article,), _ = load_one(path)
    assert article.format == "html" and article.outlet == "Daily Ledger"


def test_hidden_files_skipped_in_folders(tmp_path: Path) -> None:
    (tmp_path / ".hidden.txt").write_text("secret notes that are not an article at all")
    (tmp_path / "sub").mkdir()
    shutil.copy(SUMMIT / "003_2f215c4fcb578318.txt", tmp_path / "sub" / "b10.txt")
    shutil.copy(SUMMIT / "004_e5f6f64715062ae6.txt", tmp_path / "sub" / "b9.txt")
    articles, skipped = load_articles([str(tmp_path)])
    assert skipped == []
    assert [Path(a.source).name for a in articles] == ["b9.txt", "b10.txt"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600), ext=st.sampled_from(["", ".txt", ".html", ".json", ".md"]))
def test_random_bytes_never_raise(data: bytes, ext: str) -> None:
    try:
        docs, _failures = read_text_input("fuzz" + ext, data, ext)
    except ReadProblem:
        return
    from factcheck.ingest.analyse import Hints, analyse_text

    for doc in docs:
        fields = analyse_text(doc.text, Hints())
        for start, end in fields["caption_spans"]:
            assert 0 <= start < end <= len(fields["text"])


@settings(max_examples=40, deadline=None)
@given(text=st.text(max_size=400))
def test_random_text_files_give_article_or_skip(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "f.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    articles, skipped = load_articles([str(path)])
    assert len(articles) + len(skipped) == 1
    for article in articles:
        if article.dateline:
            assert article.text[article.dateline.start : article.dateline.end] == (
                article.dateline.text
            )


def test_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert _problem(tmp_path / "empty") == "the folder holds no files; give a folder with articles"


def test_html_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes((FIXTURES / "museum_fire.html").read_bytes())
    (article,), _ = load_one(path)
    assert article.format == "html" and "<p>" not in article.text
    assert any("holds an HTML page" in note for note in article.notes)
