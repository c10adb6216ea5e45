"""Build synthetic Reports for the render tests and the benchmark: text in, Report out.

The report mirrors the bundled summit corpus (two events, every verdict, a reviewed finding,
a skipped input) and adds hostile text (``<script>``, a remote ``<img>``) and Japanese names,
so escaping, offline rendering and CJK glyphs are all exercised.
"""

from __future__ import annotations

import random

from factcheck.models import (
    Article,
    ArticleFacts,
    Claim,
    Dateline,
    Event,
    Finding,
    Removal,
    Report,
    Review,
    ReviewStatus,
    Sentence,
    Severity,
    SkippedInput,
    Verdict,
)

GENERATED_AT = "2026-11-22T02:30:00+00:00"

TEXTS: dict[str, str] = {
    "a1": (
        "BALI, Indonesia — Prime Minister 岸田文雄 (Fumio Kishida) met U.S. President Joe Biden "
        "in Phnom Penh on Sunday, the first face-to-face talks in six months.\n\n"
        "Kishida said Japan would drastically strengthen its defense capabilities and secure a "
        "substantial increase in defense spending.\n\n"
        "The two leaders will attend the Group of 20 summit in Indonesia on Monday. "
        "A reader comment said <script>alert(1)</script> and "
        "<img src=http://example.com/x.png> should never run."
    ),
    "a2": (
        "On November 13, commencing at 2:55 p.m. local time (4:55 p.m. Japan time) for "
        "approximately 40 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a "
        "Japan-U.S. Summit Meeting in Phnom Penh, Cambodia.\n\n"
        "Prime Minister Kishida stated that Japan will fundamentally reinforce its defense "
        "capabilities and secure a substantial increase of defense budget.\n\n"
        "The two leaders welcomed progress on TPP and IPEF."
    ),
    "a3": (
        "WASHINGTON, Jan. 13 (UPI) -- President Joe Biden hosted Japanese Prime Minister "
        "Fumio Kishida at the White House on Friday.\n\n"
        "The bilateral meeting began at 11:15 a.m., followed by a working lunch at 11:45 a.m.\n\n"
        "Japan plans on increasing defense spending over the next five years to $313 billion, "
        "Defense Minister Hamada Yasukasu said."
    ),
    "a4": (
        "WASHINGTON, Jan. 13 (Reuters) – US President Joe Biden told Japanese Prime Minister "
        "Fumio Kishida on Friday that the United States remains strongly committed to its "
        "alliance with Japan.\n\n"
        "Biden praised Tokyo's plan to double defense spending to 2% of GDP, saying the two "
        "nations had never been closer.\n\n"
        "Kishida said the countries face \u201cthe most challenging and complex security "
        "environment in recent history.\u201d"
    ),
    "a5": (
        "Prime Minister Fumio Kishida and U.S. President Joe Biden talked for about two hours, "
        "including a lunch meeting and a 15-minute tete-a-tete.\n\n"
        "\u201cI don't think there's ever been a time when we've been closer to Japan in the "
        "United States,\u201d Biden said.\n\n"
        "Kishida said Japan would drastically enhance defense capabilities and increase "
        "defense spending, citing \u201cthe most challenging and complex security environment "
        "in recent history.\u201d Japan will buy Tomahawk missiles."
    ),
}

META: dict[str, tuple[str, str, str | None]] = {
    # id: (outlet, title, published)
    "a1": ("The Japan News", "Kishida, Biden agree to bolster alliance", "2022-11-14T13:19+09:00"),
    "a2": ("Ministry of Foreign Affairs of Japan", "Japan-U.S. Summit Meeting", "2022-11-13"),
    "a3": ("UPI", "Biden hosts Kishida at the White House", "2023-01-13"),
    "a4": (
        "Reuters",
        "The US is strongly committed to Japan's defense, Biden tells Kishida",
        "2023-01-13",
    ),
    "a5": ("The Yomiuri Shimbun", "Kishida, Biden affirm stronger ties", None),
}


_URLS = {
    "a3": "https://news.example.org/a3",
    # A long unbroken URL must wrap, not run off the page.
    "a4": "https://www.reuters.example.com/world/asia-pacific/us-strongly-committed-japans-"
    "defense-biden-tells-kishida-applauding-military-boost-2023-01-13/?utm_source=newsletter"
    "&utm_medium=email&utm_campaign=daily_briefing_asia_pacific_edition",
}


def _article(aid: str, source_no: int) -> ArticleFacts:
    """Wrap one synthetic text as ArticleFacts with sentences split on blank lines."""
    text = TEXTS[aid]
    outlet, title, published = META[aid]
    dateline = None
    if text.startswith(("BALI", "WASHINGTON")):
        end = text.index(" ", text.index(",") + 2) if aid == "a1" else text.index(")") + 1
        place = "Bali" if aid == "a1" else "Washington"
        dateline = Dateline(text=text[:end], place=place, start=0, end=end)
    sentences: list[Sentence] = []
    pos = 0
    for i, para in enumerate(text.split("\n\n")):
        start = text.index(para, pos)
        sentences.append(Sentence(index=i, start=start, end=start + len(para), text=para))
        pos = start + len(para)
    removed = (
        (
            Removal(
                text="JN ACCESS RANKING\n1. Weather 13.2 C London",
                rule="link-list",
                reason="A list of links to other stories, not part of the article.",
            ),
            Removal(text="LEAVE A REPLY", rule="comment-form", reason="Reader comment form."),
        )
        if aid == "a1"
        else ()
    )
    return ArticleFacts(
        article=Article(
            id=aid,
            source=f"data/summit/00{source_no}_example.txt",
            format="txt",
            outlet=outlet,
            outlet_rule="wire-tag",
            title=title,
            published=published,
            dateline=dateline,
            text=text,
            removed=removed,
            url=_URLS.get(aid),
        ),
        sentences=tuple(sentences),
        facts=(),
    )


def claim(aid: str, needle: str, value: str | None = None) -> Claim:
    """Point a Claim at the first occurrence of ``needle`` in article ``aid``."""
    text = TEXTS[aid]
    start = text.index(needle)
    return Claim(article_id=aid, start=start, end=start + len(needle), text=needle, value=value)


def _finding(
    fid: str,
    kind: str,
    verdict: Verdict,
    severity: Severity,
    conf: float,
    events: tuple[str, ...],
    title: str,
    why: str,
    rule: str,
    claims: tuple[Claim, ...],
    review: Review | None = None,
) -> Finding:
    return Finding(
        id=fid,
        kind=kind,
        verdict=verdict,
        severity=severity,
        confidence=conf,
        event_ids=events,
        title=title,
        explanation=why,
        rule=rule,
        claims=claims,
        review=review,
    )


def summit_findings() -> tuple[Finding, ...]:
    """Eight findings covering every verdict, modelled on the seed expectations."""
    v, s = Verdict, Severity
    return (
        _finding(
            "f-dateline",
            "dateline",
            v.CONFLICT,
            s.HIGH,
            0.9,
            ("e1",),
            "Dateline BALI vs venue Phnom Penh",
            "A dateline names where a story was filed, not where the event happened. "
            "The article itself mentions the Group of 20 summit in Indonesia on Monday.",
            "dateline-vs-venue",
            (
                claim("a1", "BALI, Indonesia", "Bali"),
                claim("a2", "Phnom Penh, Cambodia", "Phnom Penh"),
            ),
        ),
        _finding(
            "f-duration",
            "duration",
            v.CROSS_EVENT,
            s.MEDIUM,
            0.85,
            ("e1", "e2"),
            "Meeting length: 40 minutes vs about two hours",
            "These describe two different meetings: Phnom Penh on 2022-11-13 and the "
            "White House on 2023-01-13.",
            "duration-interval",
            (
                claim("a2", "approximately 40 minutes", "[35, 45] min"),
                claim("a5", "about two hours", "[105, 135] min"),
            ),
        ),
        _finding(
            "f-defense",
            "phrasing",
            v.VARIATION,
            s.MEDIUM,
            0.7,
            ("e1",),
            "Defense pledge worded differently",
            "Same pledge; 'drastically' vs 'fundamentally' changes nuance.",
            "statement-terms",
            (
                claim(
                    "a1",
                    "drastically strengthen its defense capabilities and secure a "
                    "substantial increase in defense spending",
                ),
                claim(
                    "a2",
                    "fundamentally reinforce its defense capabilities and secure a "
                    "substantial increase of defense budget",
                ),
            ),
            Review(
                status=ReviewStatus.CONFIRMED,
                note="Translation variant, keep as is.",
                by="desk",
                at="2026-11-22T02:40:00+00:00",
            ),
        ),
        _finding(
            "f-quote",
            "quote",
            v.VARIATION,
            s.HIGH,
            0.8,
            ("e2",),
            "Biden on closeness: paraphrase vs direct quote",
            "Reuters paraphrases; Yomiuri quotes directly.",
            "quote-fidelity",
            (
                claim("a4", "the two nations had never been closer"),
                claim(
                    "a5",
                    "I don't think there's ever been a time when we've been closer "
                    "to Japan in the United States",
                ),
            ),
        ),
        _finding(
            "f-schedule",
            "time",
            v.COMPATIBLE,
            s.LOW,
            0.75,
            ("e2",),
            "Schedule vs length",
            "11:15 meeting + 11:45 lunch fits 'about two hours'.",
            "schedule-fits-duration",
            (claim("a3", "11:15 a.m.", "11:15"), claim("a5", "about two hours")),
        ),
        _finding(
            "f-corrob",
            "quote",
            v.CORROBORATED,
            s.INFO,
            0.95,
            ("e2",),
            "Kishida quote identical in two outlets",
            "Same words.",
            "quote-match",
            (
                claim(
                    "a4", "the most challenging and complex security environment in recent history"
                ),
                claim(
                    "a5", "the most challenging and complex security environment in recent history"
                ),
            ),
        ),
        _finding(
            "f-money",
            "money",
            v.SINGLE_SOURCE,
            s.LOW,
            0.6,
            ("e2",),
            "$313 billion over five years (UPI only)",
            "Only one outlet gives this figure.",
            "single-source",
            (claim("a3", "$313 billion", "USD 3.13e11"),),
        ),
        _finding(
            "f-budget",
            "percent",
            v.CONFLICT,
            s.MEDIUM,
            0.5,
            ("e2",),
            "Budget: $313 billion vs 2% of GDP",
            "Different measures the texts do not let us reconcile.",
            "measure-mismatch",
            (
                claim("a3", "increasing defense spending over the next five years to $313 billion"),
                claim("a4", "double defense spending to 2% of GDP"),
            ),
        ),
        _finding(
            "f-tpp",
            "name",
            v.SINGLE_SOURCE,
            s.INFO,
            0.6,
            ("e1",),
            "TPP and IPEF (MOFA only)",
            "Only one outlet mentions them.",
            "single-source",
            (claim("a2", "TPP and IPEF"),),
        ),
    )


def summit_report() -> Report:
    """Return the two-event synthetic Report used by the render tests."""
    return Report(
        generated_at=GENERATED_AT,
        version="0.1.0",
        articles=tuple(_article(aid, n) for n, aid in enumerate(sorted(TEXTS))),
        events=(
            Event(
                id="e1",
                label="Kishida–Biden talks, Phnom Penh",
                date="2022-11-13",
                place="Phnom Penh",
                article_ids=("a1", "a2"),
            ),
            Event(
                id="e2",
                label="White House summit",
                date="2023-01-13",
                place="Washington",
                article_ids=("a3", "a4", "a5"),
            ),
        ),
        findings=summit_findings(),
        skipped=(SkippedInput(source="data/summit/broken.pdf", problem="not a text format"),),
        rules_run=(
            "dateline-vs-venue",
            "duration-interval",
            "statement-terms",
            "quote-fidelity",
            "schedule-fits-duration",
            "quote-match",
            "single-source",
            "measure-mismatch",
        ),
    )


_PROSE = (
    "the minister said talks on trade security and defense spending would continue after "
    "the summit in the capital where leaders met for about two hours on Friday and agreed "
    "to strengthen cooperation on technology energy and supply chains"
)
WORDS = _PROSE.split()


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def big_report(n_events: int = 20, n_findings: int = 200, seed: int = 7) -> Report:
    """Build a large synthetic Report: ``n_events`` events of 3 articles, ~600-word texts."""
    rng = random.Random(seed)
    verdicts = list(Verdict)
    severities = list(Severity)
    articles: list[ArticleFacts] = []
    events: list[Event] = []
    findings: list[Finding] = []
    outlets = ("Reuters", "AP", "UPI", "Kyodo", "AFP")
    for e in range(n_events):
        ids = []
        for k in range(3):
            aid = f"a{e * 3 + k + 1}"
            ids.append(aid)
            text = "\n\n".join(
                " ".join(_sentence(rng, rng.randint(12, 25)) for _ in range(4)) for _ in range(6)
            )
            articles.append(
                ArticleFacts(
                    article=Article(
                        id=aid,
                        source=f"in/{aid}.txt",
                        format="txt",
                        outlet=outlets[(e + k) % len(outlets)],
                        title=_sentence(rng, 8),
                        published=f"2024-03-{e % 28 + 1:02d}",
                        text=text,
                    ),
                    sentences=(),
                    facts=(),
                )
            )
        events.append(
            Event(
                id=f"e{e + 1}",
                label=f"Summit talks {e + 1}",
                date=f"2024-03-{e % 28 + 1:02d}",
                place="Capital",
                article_ids=tuple(ids),
            )
        )
    by_id = {a.article.id: a.article.text for a in articles}
    for i in range(n_findings):
        ev = events[i % n_events]
        verdict = verdicts[i % len(verdicts)]
        n_claims = 1 if verdict is Verdict.SINGLE_SOURCE else rng.randint(2, 3)
        claims = []
        for aid in ev.article_ids[:n_claims]:
            text = by_id[aid]
            start = rng.randrange(0, len(text) - 120)
            end = start + rng.randint(30, 110)
            claims.append(Claim(article_id=aid, start=start, end=end, text=text[start:end]))
        findings.append(
            Finding(
                id=f"f{i:04d}",
                kind="phrasing",
                verdict=verdict,
                severity=severities[i % len(severities)],
                confidence=rng.random(),
                event_ids=(ev.id,),
                title=_sentence(rng, 7),
                explanation=_sentence(rng, 25),
                rule="statement-terms",
                claims=tuple(claims),
            )
        )
    return Report(
        generated_at=GENERATED_AT,
        version="0.1.0",
        articles=tuple(articles),
        events=tuple(events),
        findings=tuple(findings),
        rules_run=("statement-terms",),
    )


DISMISS_REASON = "Different measures: $313 billion is the five-year total, 2% of GDP a target."
FOLLOW_NOTE = "Ask UPI where the $313 billion comes from <b>before</b> we run it & say so."
GONE_NOTE = "Venue corrected by Reuters? Check the 14:00 update."


def reviewed_report() -> Report:
    """The summit report after review: confirmed, dismissed and follow-up decisions, marks.

    f-defense confirmed (its evidence changed since), f-budget dismissed with a reason,
    f-money (a low single-source claim) followed up with a note, f-quote and f-tpp new since
    the last run, and two findings of an earlier run gone (one followed up, one never decided).
    """
    from factcheck.models import GoneFinding

    update: dict[str, dict[str, object]] = {
        "f-defense": {"changed_since_review": True},
        "f-budget": {
            "review": Review(
                status=ReviewStatus.DISMISSED,
                note=DISMISS_REASON,
                by="ana",
                at="2026-11-22T03:05:00+00:00",
            )
        },
        "f-money": {
            "review": Review(
                status=ReviewStatus.FOLLOW_UP,
                note=FOLLOW_NOTE,
                by="ben",
                at="2026-11-22T12:10:00+09:00",
            )
        },
        "f-quote": {"new_since_last_run": True},
        "f-tpp": {"new_since_last_run": True},
    }
    base = summit_report()
    findings = tuple(f.model_copy(update=update.get(f.id, {})) for f in base.findings)
    follow = Review(
        status=ReviewStatus.FOLLOW_UP, note=GONE_NOTE, by="cho", at="2026-11-21T09:00:00+00:00"
    )
    gone = (
        GoneFinding(
            id="f-old-venue",
            title="Venue Phnom Penh vs Siem Reap",
            kind="place",
            verdict="conflict",
            severity="high",
            first_seen="2026-11-20T00:00:00+00:00",
            last_seen="2026-11-21T00:00:00+00:00",
            gone_since="2026-11-22T02:30:00+00:00",
            review=follow,
            history=(follow,),
        ),
        GoneFinding(
            id="f-old-time",
            title="Start 2:55 p.m. vs 3 p.m.",
            kind="time",
            verdict="compatible",
            severity="info",
            first_seen="2026-11-20T00:00:00+00:00",
            last_seen="2026-11-21T00:00:00+00:00",
            gone_since="2026-11-22T02:30:00+00:00",
            review=None,
            history=(),
        ),
    )
    return base.model_copy(update={"findings": findings, "gone": gone})
