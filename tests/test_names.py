"""Names an editor recognises (issue 12, item 4): outlets from URLs and file names, event
labels from what happened, where and when, and titles made of the texts' own words."""

from __future__ import annotations

import re
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
    curated = [a for a in resolved if "." not in (a.outlet or "")]
    assert len(curated) / len(named) >= 0.5


# --- titles and labels made of the texts' words ---------------------------------------

INTERNAL_MARKERS = ("@", "“context”", "count in", "value:", "near:", "date:lead", "place:lead")


def _template_words() -> set[str]:
    """Words of the judges' own title and explanation templates (string constants in
    factcheck/judge/*.py): the only words a title may add to the texts' own."""
    import ast

    import factcheck.judge as judge_pkg

    out: set[str] = set()
    for path in Path(judge_pkg.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.update(w.lower() for w in re.findall(r"[A-Za-z]+", node.value))
    return out | {"undated", "event"}


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[\"“”„«»]", "", text).lower().split())


@pytest.mark.skipif(not DEV.exists(), reason="dev corpus not present")
def test_titles_and_labels_are_words_of_the_texts() -> None:
    from factcheck.pipeline import build_report

    report = build_report([str(DEV)], generated_at="2026-01-01T00:00:00+00:00")
    arts = [x.article for x in report.articles]
    texts = [_norm(a.text) + " " + _norm(a.title or "") for a in arts]
    vocab: set[str] = set()
    for a in arts:
        for chunk in (a.text, a.title or "", a.outlet or "", Path(a.source).name):
            for w in re.findall(r"[A-Za-z]+", chunk):
                vocab.update({w.lower(), w.lower().removesuffix("s")})
    allowed = vocab | _template_words()
    for e in report.events:
        label = re.sub(r"\d{4}-\d{2}-\d{2}", "", e.label)
        assert not any(m in e.label for m in INTERNAL_MARKERS), e.label
        # The place may be the gazetteer's name for what a text wrote ("Bengaluru").
        words_ = set(re.findall(r"[A-Za-z]+", label.lower())) - set(
            re.findall(r"[a-z]+", (e.place or "").lower())
        )
        assert words_ <= allowed, (e.label, words_ - allowed)
    for f in report.findings:
        assert not any(m in f.title for m in INTERNAL_MARKERS), f.title
        title_words = {w.lower().removesuffix("s") for w in re.findall(r"[A-Za-z]+", f.title)}
        assert title_words <= allowed | {w.removesuffix("s") for w in allowed}, (
            f.title,
            title_words - allowed,
        )
        # A quoted phrase is the texts' own wording (pieces around "…" each written so).
        for quoted_ in re.findall(r"“([^”]*)”", f.title):
            for piece in quoted_.split("…"):
                piece = _norm(piece).strip(" ,;:")
                assert not piece or any(piece in t for t in texts), (f.title, piece)


def test_event_label_names_the_happening_place_and_day_not_people() -> None:
    from factcheck.cluster import cluster_events
    from factcheck.extract import extract_facts

    leads = [
        "JUBA, Nov 10 (Reuters) - Planes bombed the Yida refugee camp in South Sudan on "
        "Thursday, said Salva Kiir. The bombing of Yida refugee camp drew protests.",
        "Sudan bombed Yida refugee camp in South Sudan on Thursday, Taban Deng said. The "
        "bombing of Yida refugee camp was condemned.",
        "The bombing of Yida refugee camp in South Sudan on Thursday killed 12 people, "
        "Salva Kiir said.",
    ]
    items = []
    for n, text in enumerate(leads, 1):
        art = load_articles_from_text(text, n)
        items.append(extract_facts(art))
    (event,) = cluster_events(items, single_event=True)
    assert event.label.lower().startswith("bombing of yida refugee camp")
    assert "South Sudan" in event.label
    assert "Kiir" not in event.label and "Deng" not in event.label


def load_articles_from_text(text: str, n: int):  # type: ignore[no-untyped-def]
    import tempfile

    folder = Path(tempfile.mkdtemp())
    path = folder / f"{n}_example{n}.com.txt"
    path.write_text(text + "\n", "utf-8")
    (article,), _ = load_articles([str(path)])
    return article.model_copy(update={"id": f"a{n}", "published": "2011-11-10"})


def test_the_place_most_leads_name_not_where_someone_is_from() -> None:
    from factcheck.cluster import cluster_events
    from factcheck.extract import extract_facts

    leads = [
        "A jury in eastern Oklahoma has convicted a man of murder in the death of an "
        "Arkansas woman on Thursday.",
        "A jury in eastern Oklahoma convicted a Spiro man of murder on Thursday.",
        "An Oklahoma man was found guilty of murder Thursday in the death of an Arkansas woman.",
    ]
    items = [extract_facts(load_articles_from_text(t, n)) for n, t in enumerate(leads, 1)]
    (event,) = cluster_events(items, single_event=True)
    assert event.place == "Oklahoma" and "Arkansas" not in event.label
