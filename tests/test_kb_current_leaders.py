"""The knowledge base knows the heads of state, the heads of government and the foreign ministers in
office in late 2025 of states that world news names by their office alone ("the Polish PM", "Egypt's
foreign minister"), so that a title read on the article's date is the person holding the office, and
an article dated before the holder's first day keeps the previous holder. The sentences below are
written for these tests."""

from __future__ import annotations

import pytest

from dyad.annotate.knowledge import KnowledgeBase

from .quote_lookup import shown, speaker_of


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


@pytest.mark.parametrize(
    "title, country, day, expected",
    [
        ("Prime Minister", "POL", "2024-06-01", ["donald-tusk"]),
        ("Prime Minister", "POL", "2023-06-01", ["mateusz-morawiecki"]),  # guard: predecessor
        ("President", "POL", "2025-09-01", ["karol-nawrocki"]),
        ("President", "POL", "2025-07-01", ["andrzej-duda"]),  # guard: predecessor
        ("Foreign Minister", "POL", "2025-02-10", ["radoslaw-sikorski"]),
        ("Prime Minister", "HUN", "2025-11-20", ["viktor-orban"]),
        ("Foreign Minister", "HUN", "2025-11-20", ["peter-szijjarto"]),
        ("President", "EGY", "2025-10-13", ["abdel-fattah-el-sisi"]),
        ("Prime Minister", "EGY", "2025-10-13", ["mostafa-madbouly"]),
        ("Foreign Minister", "EGY", "2025-10-13", ["badr-abdelatty"]),
        ("Foreign Minister", "EGY", "2024-06-01", ["sameh-hassan-shoukry"]),  # guard: predecessor
        ("President", "PAK", "2025-05-10", ["asif-ali-zardari"]),
        ("Foreign Minister", "PAK", "2025-05-10", ["muhammad-ishaq-dar"]),
        ("Premier", "TWN", "2025-08-01", ["cho-jung-tai"]),
        ("Foreign Minister", "TWN", "2025-08-01", ["lin-chia-lung"]),
        ("Prime Minister", "ESP", "2025-04-28", ["pedro-sanchez"]),
        ("Foreign Minister", "ESP", "2025-04-28", ["jose-manuel-albares"]),
        ("President", "NGA", "2025-01-15", ["bola-tinubu"]),
        ("President", "KEN", "2025-06-25", ["william-samoei-ruto"]),
        ("President", "ARE", "2025-05-15", ["mohamed-bin-zayed"]),
        ("President", "COL", "2025-01-27", ["gustavo-petro"]),
        ("Prime Minister", "THA", "2025-10-01", ["anutin-charnvirakul"]),
        ("President", "NER", "2025-06-01", ["abdourahamane-tiani"]),
        ("Chief Adviser", "BGD", "2025-01-01", ["muhammad-yunus"]),
        ("Foreign Minister", "ARG", "2025-06-01", ["gerardo-werthein"]),
        ("Foreign Minister", "ARG", "2025-11-15", ["pablo-quirno"]),
        ("Prime Minister", "NLD", "2025-01-10", ["dick-schoof"]),
        ("President", "MLI", "2025-02-20", ["assimi-goita"]),
        ("Foreign Minister", "SYR", "2025-05-14", ["asaad-al-shaibani"]),
        ("Foreign Minister", "MEX", "2025-09-15", ["juan-ramon-de-la-fuente"]),
        ("President", "ISR", "2024-04-14", ["yitzhak-herzog"]),
        ("Emir", "KWT", "2024-05-10", ["mishal-al-ahmad-al-sabah"]),
        ("Sultan", "OMN", "2025-04-12", ["haitham-bin-tariq"]),
        ("President", "VNM", "2025-03-01", ["luong-cuong"]),
        ("President", "VNM", "2024-09-01", ["to-lam"]),  # guard: before his successor's first day
        ("General Secretary", "VNM", "2025-03-01", ["to-lam"]),
        ("Prime Minister", "VNM", "2025-03-01", ["pham-minh-chinh"]),
        ("Foreign Minister", "KEN", "2025-03-01", ["wycliffe-musalia-mudavadi"]),
        ("Foreign Minister", "NGA", "2025-03-01", ["yusuf-tuggar"]),
        ("King", "ESP", "2025-03-01", ["felipe-vi"]),
        ("President", "HUN", "2025-03-01", ["tamas-sulyok"]),
        ("Foreign Minister", "THA", "2025-11-01", ["sihasak-phuangketkeow"]),
        ("Foreign Minister", "ARE", "2025-03-01", ["abdallah-bin-zayid-al-nuhayyan"]),
    ],
)
def test_the_office_has_its_holder_on_the_day(kb, title, country, day, expected):
    assert [e.id for e in kb.holders(title, country, day)] == expected


def test_a_leader_with_an_earlier_international_office_holds_the_national_one_too(kb):
    assert [r.title for r in kb.roles_on("donald-tusk", "2017-05-01")] == ["President of the European Council"]
    assert [r.title for r in kb.roles_on("donald-tusk", "2025-05-01")] == ["Prime Minister of Poland"]


HEADLINE = (
    "Polish PM pledges more guards for the eastern frontier\n\n"
    "The Polish prime minister told a news conference in Rzeszow on Monday that extra patrols "
    "would start next week. \"Our frontier is not a corridor for anyone,\" the Polish PM added."
)


def test_a_headline_office_is_the_holder_on_the_articles_date(analyze_text):
    a = analyze_text(HEADLINE, published="2025-03-17")
    assert speaker_of(a, "extra patrols") == "donald-tusk", shown(a)
    assert speaker_of(a, "Our frontier") == "donald-tusk", shown(a)


def test_an_article_before_the_holders_first_day_keeps_the_previous_holder(analyze_text):
    a = analyze_text(HEADLINE, published="2023-04-17")  # guard: Tusk was then in opposition
    assert speaker_of(a, "extra patrols") == "mateusz-morawiecki", shown(a)


@pytest.mark.parametrize(
    "text, day, content, person",
    [
        (
            "Egypt's foreign minister said on Sunday that the crossing would reopen for aid lorries.",
            "2025-02-09", "the crossing would", "badr-abdelatty",
        ),
        (
            "The Taiwanese premier told lawmakers that the budget for drones would be doubled.",
            "2025-03-11", "the budget for", "cho-jung-tai",
        ),
        (
            "Hungary's foreign minister said the pipeline deal would be signed before winter.",
            "2025-09-30", "the pipeline deal", "peter-szijjarto",
        ),
        (
            "Israeli President Herzog told visiting senators that the hostages must come home first.",
            "2024-02-20", "the hostages must", "yitzhak-herzog",
        ),
    ],
)
def test_an_office_alone_is_the_holder_on_the_day(analyze_text, text, day, content, person):
    a = analyze_text(text, published=day)
    assert speaker_of(a, content) == person, shown(a)
