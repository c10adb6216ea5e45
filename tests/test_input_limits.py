"""Input-side bounds of issue 14: size cap, only regular files, per-line decoding, one read
of byte-identical inputs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli.main import cli
from factcheck.ingest import load_articles
from factcheck.ingest.decode import decode_bytes

STORY = (
    "Springfield Herald\n\nFire crews worked through the night at the plant on the east side "
    "of the city, officials said on Tuesday. Nobody was hurt in the blaze.\n"
)


def test_a_file_over_the_size_limit_is_skipped_with_the_limit_named(tmp_path: Path) -> None:
    big = tmp_path / "dump.txt"
    big.write_text(STORY + "word " * 300_000, "utf-8")  # about 1.5 MB
    small = tmp_path / "story.txt"
    small.write_text(STORY, "utf-8")
    articles, skipped = load_articles([str(tmp_path)], max_file_mb=1)
    assert [Path(a.source).name for a in articles] == ["story.txt"]
    (s,) = skipped
    assert s.source.endswith("dump.txt")
    assert "too large: 1.4 MB, limit 1 MB" in s.problem and "--max-file-mb" in s.problem


def test_the_cli_flag_raises_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "in" / "long.txt"
    big.parent.mkdir()
    big.write_text(STORY + "word " * 60_000, "utf-8")  # about 0.3 MB: quick to report
    out = tmp_path / "out"
    args = ["report", str(big.parent), "-o", str(out), "--format", "json", "-q"]
    refused = CliRunner().invoke(cli, [*args, "--max-file-mb", "0.2"])
    assert refused.exit_code == 1 and "too large" in refused.output
    allowed = CliRunner().invoke(cli, [*args, "--max-file-mb", "0.5"])
    assert allowed.exit_code == 0, allowed.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_given_or_found_in_a_folder_is_skipped_not_read(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, "utf-8")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    # Reading the FIFO would block forever: the stat check must come first.
    for inputs in ([str(tmp_path)], [str(fifo), str(tmp_path / "story.txt")]):
        articles, skipped = load_articles(inputs)
        assert len(articles) == 1
        assert [s.source for s in skipped] == [str(fifo)]
        assert "not a regular file (a FIFO)" in skipped[0].problem


def test_a_device_is_skipped() -> None:
    articles, skipped = load_articles(["/dev/zero"])
    assert articles == [] and "not a regular file (a device)" in skipped[0].problem


def test_one_bad_byte_degrades_one_line_with_a_note() -> None:
    lines = [f"Line {n} of a plain UTF-8 story about the “plant” fire." for n in range(40)]
    data = "\n".join(lines).encode("utf-8")
    data = data.replace(b"Line 7 of", b"Line 7 \x93of")  # a stray Windows-1252 quote
    notes: list[str] = []
    text, encoding = decode_bytes(data, notes=notes)
    assert encoding == "utf-8"
    assert "“plant”" in text.splitlines()[0]  # other lines stay UTF-8
    assert text.splitlines()[7].startswith("Line 7 “of")
    assert notes == [
        "1 byte(s) on 1 line(s) were not valid UTF-8 (line 8); those bytes were read as "
        "Windows-1252"
    ]


def test_byte_identical_inputs_are_read_once_with_a_note(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(STORY, "utf-8")
    articles, skipped = load_articles([str(tmp_path)])
    assert skipped == [] and len(articles) == 1
    assert any("also given as" in n and "b.txt" in n and "c.txt" in n for n in articles[0].notes)


def test_a_file_url_that_exists_is_read(tmp_path: Path) -> None:
    story = tmp_path / "story one.txt"
    story.write_text(STORY, "utf-8")
    articles, skipped = load_articles([story.as_uri()])
    assert skipped == [] and len(articles) == 1
    _, missing = load_articles([(tmp_path / "gone.txt").as_uri()])
    assert "file not found" in missing[0].problem


def test_html_nested_past_the_parser_depth_keeps_its_text() -> None:
    from factcheck.ingest.html import read_html

    body = "<p>" + "The council voted on Tuesday to close the plant, officials said. " * 6 + "</p>"
    page = f"<html><head><title>Vote</title></head><body>{'<div>' * 5000}{body}</body></html>"
    text, _hints, _notes = read_html(page)
    assert text.startswith("The council voted on Tuesday")


def test_a_manifest_cannot_reach_outside_its_folder(tmp_path: Path) -> None:
    from factcheck.errors import ManifestError

    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, "utf-8")
    (tmp_path / "secret.txt").write_text("Not an article.\n", "utf-8")
    manifest = folder / "manifest.toml"
    manifest.write_text('[[article]]\nfile = "../secret.txt"\noutlet = "X"\n', "utf-8")
    with pytest.raises(ManifestError, match=r"outside the manifest's folder.*--allow-outside"):
        load_articles([str(folder / "story.txt")], manifest)
    articles, _ = load_articles([str(folder / "story.txt")], manifest, allow_outside=True)
    assert len(articles) == 2
    manifest.write_text('[[article]]\nfile = "story.txt"\nurl = "javascript:alert(1)"\n')
    with pytest.raises(ManifestError, match="not an http"):
        load_articles([str(folder / "story.txt")], manifest)


def test_a_record_url_that_is_not_http_is_left_out(tmp_path: Path) -> None:
    import json as _json

    record = {"text": STORY, "url": "javascript:alert(1)", "outlet": "Herald"}
    (tmp_path / "feed.jsonl").write_text(_json.dumps(record) + "\n", "utf-8")
    (article,), _ = load_articles([str(tmp_path / "feed.jsonl")])
    assert article.url is None or article.url.startswith("http")
    assert any("not an http(s) address" in n for n in article.notes)
