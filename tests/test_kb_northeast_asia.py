"""The knowledge base knows the office holders that 2017-2026 news on the Korean Peninsula and
Northeast Asia names: national security advisers, unification ministers, chief cabinet
secretaries, foreign-ministry and Kremlin spokespeople, North Korea envoys, USFK and joint chiefs,
North Korea's party and army leaders, UN rights officials. Each person is one entry (a converted
PETRARCH2 record of the same person is merged into dyad's own), and the sentences below (written
for these tests) resolve a title with a family name, or a title alone, to the holder on the day."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from dyad.annotate.knowledge import KnowledgeBase

from .test_quotes import find, quotes


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def _own_people() -> list[dict]:
    path = resources.files("dyad").joinpath("data", "actors", "people.csv")
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize(
    "title, country, day, expected",
    [
        ("National Security Adviser", "USA", "2018-06-12", "john-bolton"),
        ("national security advisor", "USA", "2022-05-21", "jake-sullivan"),
        ("National Security Adviser", "KOR", "2018-04-27", "chung-eui-yong"),
        ("Unification Minister", "KOR", "2018-04-27", "cho-myoung-gyon"),
        ("Minister of Unification", "KOR", "2024-02-02", "kim-yung-ho"),
        ("Chief Cabinet Secretary", "JPN", "2019-04-01", "yoshihide-suga"),
        ("Chief Cabinet Secretary", "JPN", "2022-08-15", "hirokazu-matsuno"),
        ("Kremlin spokesman", "RUS", "2022-02-24", "dmitry-peskov"),
        ("Foreign Ministry spokeswoman", "RUS", "2022-02-24", "maria-zakharova"),
        ("Special Representative for North Korea", "USA", "2019-02-27", "stephen-biegun"),
        ("Special Representative for North Korea", "USA", "2022-01-10", "sung-kim"),
        ("Commander of United States Forces Korea", "USA", "2019-08-01", "robert-abrams"),
        ("Chairman of the Joint Chiefs of Staff", "USA", "2021-01-06", "mark-milley"),
        ("JCS chairman", "KOR", "2021-03-01", "won-in-choul"),
        ("U.N. ambassador", "USA", "2017-09-04", "nikki-haley"),
        ("Ambassador to the United Nations", "RUS", "2023-10-12", "vassily-nebenzia"),
        ("Secretary of the Security Council", "RUS", "2023-05-10", "nikolai-patrushev"),
        ("Defense Minister", "PRK", "2023-08-01", "kang-sun-nam"),
        ("White House press secretary", "USA", "2023-03-01", "karine-jean-pierre"),
        ("Secretary of the Treasury", "USA", "2019-09-10", "steven-mnuchin"),
        ("House Speaker", "USA", "2022-08-02", "nancy-pelosi"),
        ("Vice President", "CHN", "2019-01-01", "wang-qishan"),
    ],
)
def test_each_office_has_its_holder_on_the_day(kb, title, country, day, expected):
    assert [e.id for e in kb.holders(title, country, day)] == [expected]


CONTINUOUS = [
    ("President", "USA"), ("Vice President", "USA"), ("Secretary of State", "USA"), ("Defense Secretary", "USA"),
    ("National Security Adviser", "USA"), ("Commander of United States Forces Korea", "USA"),
    ("Joint Chiefs Chairman", "USA"), ("President", "KOR"), ("Prime Minister", "KOR"),
    ("Foreign Minister", "KOR"), ("Defense Minister", "KOR"), ("Prime Minister", "JPN"),
    ("Foreign Minister", "JPN"), ("Defense Minister", "JPN"), ("Chief Cabinet Secretary", "JPN"),
    ("President", "CHN"), ("Premier", "CHN"), ("Foreign Minister", "CHN"), ("Defense Minister", "CHN"),
    ("Foreign Ministry Spokesperson", "CHN"), ("President", "RUS"), ("Prime Minister", "RUS"),
    ("Foreign Minister", "RUS"), ("Defense Minister", "RUS"), ("Kremlin Spokesperson", "RUS"),
    ("Foreign Ministry Spokesperson", "RUS"), ("Supreme Leader", "PRK"), ("Foreign Minister", "PRK"),
    ("Defense Minister", "PRK"), ("Premier", "PRK"),
]  # offices held without a break from 2017 to 2025 (an acting holder counts)


@pytest.mark.parametrize("title, country", CONTINUOUS)
def test_the_main_offices_have_a_holder_every_quarter_since_2017(kb, title, country):
    days = [f"{year}-{month}-15" for year in range(2017, 2026) for month in ("01", "04", "07", "10")]
    missing = [d for d in days if not kb.holders(title, country, d) and not kb.holders(f"Acting {title}", country, d)]
    assert not missing, missing


def test_several_spokespeople_hold_the_chinese_office_at_once(kb):
    found = {e.id for e in kb.holders("foreign ministry spokesperson", "CHN", "2023-06-01")}
    assert {"mao-ning", "wang-wenbin"} <= found and "lin-jian" not in found


@pytest.mark.parametrize(
    "spelling, person",
    [
        ("Kim Yong Chol", "kim-yong-chol"),
        ("Kim Yong-chul", "kim-yong-chol"),
        ("Choe Son Hui", "choe-son-hui"),
        ("Vasily Nebenzya", "vassily-nebenzia"),
        ("Dmitri Peskov", "dmitry-peskov"),
        ("Cho Myung-gyon", "cho-myoung-gyon"),
        ("Nikolay Patrushev", "nikolai-patrushev"),
        # a Korean full name spelt with other vowels than the table's (korean_spellings.csv)
        ("Choe Sun Hui", "choe-son-hui"),
        ("Choi Son-hui", "choe-son-hui"),
        ("Yun Seok-yeol", "yoon-suk-yeol"),
        ("Kim Jung Un", "kim-jong-un"),
        ("Kim Jong Eun", "kim-jong-un"),
        ("Kim Yeo-jong", "kim-yo-jong"),
    ],
)
def test_spellings_and_romanisations_name_one_person(kb, spelling, person):
    assert [e.id for e, _ in kb.lookup(spelling) if e.kind == "person"] == [person]


@pytest.mark.parametrize("name", ["Kim Jong", "Sun Hui Park", "Jon Son Hui"])
def test_other_spellings_reach_only_a_full_name_of_one_korean(kb, name):
    assert not [e.id for e, _ in kb.lookup(name) if e.kind == "person"]


def test_a_name_spelt_otherwise_in_an_article_is_the_known_person(analyze_text):
    a = analyze_text(
        "The leader left Pyongyang by train on Sunday with Foreign Minister Choe Sun Hui and "
        "several generals. Yun Seok-yeol, the South's president, called the trip a threat. Yun "
        "spoke to reporters in Seoul.",
        published="2023-09-12",
    )
    ids = {(m.text, m.start): x.id for x in a.actors for m in x.mentions}
    named = {text: i for (text, _), i in ids.items()}
    assert named.get("Choe Sun Hui") == "choe-son-hui" and named.get("Yun Seok-yeol") == "yoon-suk-yeol", ids
    assert named.get("Yun") == "yoon-suk-yeol", ids  # his family name as this article spells it


@pytest.mark.parametrize(
    "spelling, body",
    [
        ("Korea Central News Agency", "kcna"),  # the spelling of some agencies' desks: the North's agency
        ("Korean Central News Agency", "kcna"),
    ],
)
def test_spellings_of_a_body_name_one_body(kb, spelling, body):
    assert [e.id for e, _ in kb.lookup(spelling) if e.kind == "organization"] == [body]


def test_no_converted_person_duplicates_one_of_dyads_own():
    kb = KnowledgeBase.default()
    for row in _own_people():
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            others = [e.id for e, _ in kb.lookup(name) if e.kind == "person" and e.id != row["id"]]
            assert not others, (row["id"], name, others)


def test_a_converted_record_of_the_same_person_is_merged(kb):
    bolton = kb.entry("john-bolton")  # PETRARCH2 knew him as UN ambassador (2005-2006)
    assert any(r.title and "National Security Adviser" in r.title for r in bolton.roles)
    assert [r.code for r in bolton.roles if r.holds_on("2006-01-01")] == ["USAGOV"]  # the converted code


def test_two_converted_records_of_one_person_become_dyads_one_entry(kb):
    for spelling in ("Najib Razak", "Mohamed Najib bin Tun Abdul Razak", "Najib Tun Abdul Razak"):
        assert [e.id for e, _ in kb.lookup(spelling) if e.kind == "person"] == ["najib-razak"], spelling
    assert [r.code for r in kb.roles_on("najib-razak", "2004-06-01")] == ["MYSGOV"]  # converted
    assert [r.title for r in kb.roles_on("najib-razak", "2017-02-20")] == ["Prime Minister of Malaysia"]


# -- end to end ---------------------------------------------------------------------------------


def _speaker(a, starts):
    q = find(a, starts)
    actor = a.actor(q.speaker)
    return (actor.id, actor.code) if actor else None


@pytest.mark.parametrize(
    "text, day, content, speaker",
    [
        pytest.param(
            "Unification Minister Kwon told lawmakers on Tuesday that Seoul would keep the door to dialogue open.",
            "2022-11-08", "Seoul would keep", ("kwon-young-se", "KORGOV"),
            id="a new title and family name find the holder on the day",
        ),
        pytest.param(
            "Chief Cabinet Secretary Kato said on Wednesday that Tokyo would lodge a protest.",
            "2021-03-10", "Tokyo would lodge", ("katsunobu-kato", "JPNGOV"),
            id="the same words name another holder on another day",
        ),
        pytest.param(
            "South Korea's unification minister said on Friday that the balloons were a grave provocation.",
            "2021-06-04", "the balloons were", ("lee-in-young", "KORGOV"),
            id="a title alone is the holder on the publication date",
        ),
        pytest.param(
            "Foreign ministry spokeswoman Hua told a briefing that Beijing firmly opposed the sanctions.",
            "2021-03-23", "Beijing firmly opposed", ("hua-chunying", "CHNGOV"),
            id="a spokeswoman holds the spokesperson office",
        ),
        pytest.param(
            "Kremlin spokesman Peskov told reporters on Thursday that no date had been set for the visit.",
            "2023-09-07", "no date had been set", ("dmitry-peskov", "RUSGOV"),
            id="a Kremlin spokesman named by family name is the press secretary",
        ),
    ],
)
def test_a_title_names_its_holder_on_the_day(analyze_text, text, day, content, speaker):
    a = analyze_text(text, published=day)
    assert _speaker(a, content) == speaker, quotes(a)


def test_two_romanisations_in_one_article_are_one_person(analyze_text):
    a = analyze_text(
        "Kim Yong Chul, a senior North Korean official, arrived in Beijing on Wednesday. Kim "
        "Yong-chol is expected to travel to New York to meet the secretary of state.",
        published="2018-05-30",
    )
    people = [x for x in a.actors if x.kind == "person" and x.id == "kim-yong-chol"]
    assert len(people) == 1 and len(people[0].mentions) == 2 and people[0].code == "PRKGOV", [
        (x.id, x.name) for x in a.actors
    ]


@pytest.mark.parametrize(
    "text, day, person",
    [
        ("Trump told reporters on Sunday that the talks would resume soon.", "2019-06-30", "donald-trump"),
        ("Moon told reporters on Sunday that the talks would resume soon.", "2019-06-30", "moon-jae-in"),
        ("Jeong told reporters on Sunday that the talks would resume soon.", "2019-06-30", "jeong-kyeong-doo"),
    ],
)
def test_a_leaders_family_name_alone_still_names_the_leader(analyze_text, text, day, person):
    # guards: entries sharing the family name of a person in office (Ivanka Trump, Speaker Moon
    # Hee-sang, the alias "Ko Min-jeong") must not make these names ambiguous: the leader among
    # office holders wins, and the end of a hyphenated Korean given name is no family name
    a = analyze_text(text, published=day)
    assert _speaker(a, "the talks would resume")[0] == person, quotes(a)
