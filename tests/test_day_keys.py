"""When the event is itself an announcement (most leads say "announced"), "X announced on
Tuesday" dates the event and two accounts' days are compared; in other events the day of an
announcement stays a statement's day. A weekday that names a noun's day ("Friday prayers")
is compared with the same noun's day in another account."""

from __future__ import annotations

from pathlib import Path

from passages import findings_of


def _date_pairs(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, ...]]:
    return [
        tuple(sorted(c.text for c in f.claims))
        for f in findings_of(tmp_path, texts)
        if f.kind == "date" and f.verdict.value in ("conflict", "variation")
    ]


def test_the_day_of_an_announcement_event_is_compared(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Market Wire\n\nAcmeSoft announced a deal to buy the chat app maker Brightly "
        "for $9.2 billion in cash and stock. It is AcmeSoft's largest purchase. Brightly "
        "has 12 million daily users. The two companies announced on Tuesday that the deal "
        "should close in July.",
        "b.txt": "Tech Daily\n\nAcmeSoft has announced that it will acquire Brightly, a "
        "workplace chat company, for about $9.2 billion. Brightly's chief executive will "
        "stay on. Analysts welcomed the price. Regulators must approve it, AcmeSoft "
        "announced on Wednesday.",
    }
    pairs = _date_pairs(tmp_path, texts)
    assert any("Tuesday" in p and "Wednesday" in p for p in pairs), pairs


def test_an_announcement_in_a_shooting_story_is_a_statement_day(tmp_path: Path) -> None:
    texts = {
        "a.txt": "City Times\n\nA man was shot and killed outside a bar on Fifth Street "
        "late Saturday. Witnesses said two men argued before the shots. The mayor announced "
        "on Monday a plan for more street lights.",
        "b.txt": "Evening Star\n\nOne man died after a shooting outside a Fifth Street bar "
        "late Saturday. No one has been arrested. The mayor announced Tuesday a plan for more "
        "street lights on the block.",
    }
    pairs = _date_pairs(tmp_path, texts)
    assert not any("Monday" in p and "Tuesday" in p for p in pairs), pairs


def test_a_weekday_naming_a_nouns_day_is_compared(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Island Herald\n\nA gunman killed 12 people at the Al Huda mosque in Port "
        "Amber. Police said the man, 28, was arrested nearby. The gunman arrived in the "
        "middle of Friday prayers.",
        "b.txt": "Coastal Times\n\nTwelve people were killed at the Al Huda mosque in Port "
        "Amber. A 28-year-old man is in custody. Many of the victims had come for Saturday "
        "prayers.",
    }
    pairs = _date_pairs(tmp_path, texts)
    assert any("Friday" in p and "Saturday" in p for p in pairs), pairs


def test_a_middle_name_is_no_sign_of_another_happening(tmp_path: Path) -> None:
    # "Sienna Dusk Owens was shot ... Saturday" / "Sienna Owens ... was shot ... Friday":
    # a name the other account never writes whole still names the same girl
    lead = (
        "ESTILL SPRINGS, Tenn. — An 11-year-old girl has died after a shooting at a home.\n\n"
        "A 12-year-old boy was detained. The school opened a room for grieving students.\n\n"
    )
    texts = {
        "a.txt": lead + "Police said Sienna Dusk Owens was shot in the back Saturday.",
        "b.txt": lead + "Her aunt told reporters that Owens, a sixth-grader, was shot outside "
        "her home on Friday.",
    }
    assert _date_pairs(tmp_path, texts) == [("Friday", "Saturday")]
