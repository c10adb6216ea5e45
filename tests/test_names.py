"""Names an editor recognises (issue 12, item 4): outlets from URLs and file names, event
labels from what happened, where and when, and titles made of the texts' own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.ingest import load_articles
from factcheck.ingest.outlets import by_domain, by_file_name, domain_in_file_name

DEV = Path(__file__).resolve().parents[1] / "data" / "ecbplus"


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("3_bbc.co.uk.txt", "BBC News"),
        ("nytimes.com_story.html", "The New York Times"),
        ("www.reuters.com-2011-11-10-sudan.txt", "Reuters"),
        ("examplenews.com_story.html", "examplenews.com"),
        ("www.examplenews.com-2011-05-03-story.txt", "examplenews.com"),
        ("2011-05-03-news.examplenews.co.uk-story.html", "examplenews.co.uk"),
        ("9_laptops.reviewed.com.txt", "reviewed.com"),  # the registrable domain
        ("12_dealbook.nytimes.com.txt", "The New York Times"),
        ("Sudan bombing (theguardian.com).html", "The Guardian"),
        ("smh.com.au_article.txt", "The Sydney Morning Herald"),
        ("hindustantimes.com_x.txt", "Hindustan Times"),
        ("cbc.ca_x.txt", "CBC News"),
        ("000_b57aaa0a9c210d5b.txt", None),
        ("report.v2.txt", None),
        ("notes.final.md", None),
        ("summary.pdf.txt", None),
        ("1.txt", None),
    ],
)
def test_outlet_from_a_domain_shaped_file_name(name: str, outlet: str | None) -> None:
    assert by_file_name(name) == outlet


def test_domain_tokens_end_at_their_top_level_domain() -> None:
    assert domain_in_file_name("www.examplenews.com-2011-story.txt") == "www.examplenews.com"
    assert domain_in_file_name("10_cultofmac.com.txt") == "cultofmac.com"


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.bbc.co.uk/news/world-africa-15678261", "BBC News"),
        ("https://www.nytimes.com/2011/11/11/world/africa/x.html", "The New York Times"),
        ("https://uk.reuters.com/article/x", "Reuters"),
        ("https://www.apnews.com/article/x", "Associated Press"),
        ("https://www.abc.net.au/news/x", "ABC News (Australia)"),
        ("https://timesofindia.indiatimes.com/x", "The Times of India"),
        ("https://www.theglobeandmail.com/x", "The Globe and Mail"),
        ("https://unknown-site.example/x", None),
    ],
)
def test_curated_domain_table(url: str, outlet: str | None) -> None:
    assert by_domain(url) == outlet


def test_an_outlet_the_text_states_wins_over_the_file_name(tmp_path: Path) -> None:
    page = tmp_path / "4_examplenews.com.txt"
    page.write_text("KHARTOUM, Nov 10 (Reuters) - Planes bombed a camp on Thursday.\n", "utf-8")
    plain = tmp_path / "5_examplenews.com.txt"
    plain.write_text("Planes bombed a refugee camp on Thursday, officials said.\n", "utf-8")
    stated, named = load_articles([str(page), str(plain)])[0]
    assert (stated.outlet, stated.outlet_rule) == ("Reuters", "wire-tag")
    assert (named.outlet, named.outlet_rule) == ("examplenews.com", "file-name")


def test_a_json_manifest_beside_the_files_names_outlets(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Planes bombed a refugee camp on Thursday.\n", "utf-8")
    manifest = tmp_path / "manifest.json"
    manifest.write_text('[{"file": "a.txt", "outlet": "Radio Tamazuj", "n_words": 7}]', "utf-8")
    (article,), skipped = load_articles([str(tmp_path / "a.txt")], manifest)
    assert (article.outlet, article.outlet_rule) == ("Radio Tamazuj", "manifest")
    assert not skipped


@pytest.mark.skipif(not DEV.exists(), reason="dev corpus not present")
def test_dev_corpus_outlets_resolved_from_file_names() -> None:
    """Every dev-corpus article whose file name carries a domain gets an outlet name or a
    bare registrable domain, never the file name or nothing. (The 54 ECB originals are
    named 1.txt..13.txt and name no outlet anywhere in their text: nothing can name them.)"""
    articles, _ = load_articles([str(DEV)])
    named = [a for a in articles if domain_in_file_name(Path(a.source).name)]
    resolved = [
        a for a in named if a.outlet and a.outlet != Path(a.source).name and "_" not in a.outlet
    ]
    assert len(named) >= 70
    assert len(resolved) / len(named) >= 0.9
    # Curated names, not domains, for most of them.
    curated = [a for a in resolved if "." not in a.outlet or a.outlet == "news.com.au"]
    assert len(curated) / len(named) >= 0.5
