"""The actor knowledge base: its data files hold together, and the lookups answer by name and date."""

from __future__ import annotations

import csv
import json
import re
from importlib import resources

import pytest

from dyad.annotate.knowledge import Entry, KnowledgeBase, KnowledgeFileError, Role, normalize
from dyad.errors import DyadError

ACTORS = resources.files("dyad").joinpath("data", "actors")


def rows(name: str) -> list[dict]:
    with ACTORS.joinpath(name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def ids(found: list[tuple[Entry, str]]) -> list[tuple[str, str]]:
    return [(entry.id, via) for entry, via in found]


# -- lookups ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [
        ("North Korea", ("PRK", "name")),
        ("DPRK", ("PRK", "alias")),
        ("North Korean", ("PRK", "demonym")),
        ("North Koreans", ("PRK", "demonym")),
        ("Pyongyang", ("PRK", "metonym")),
        ("the United States", ("USA", "name")),
        ("U.S.", ("USA", "alias")),
        ("Washington", ("USA", "metonym")),
        ("the Kremlin", ("RUS", "metonym")),
        ("Soviet", ("SUN", "demonym")),
        ("UN Security Council", ("un-security-council", "alias")),
        ("U.S. Air Force", ("us-air-force", "alias")),
        ("the unification ministry", ("korea-unification-ministry", "alias")),
        ("KCNA", ("kcna", "alias")),
    ],
)
def test_lookup_by_name_alias_demonym_metonym(kb, name, expected):
    assert expected in ids(kb.lookup(name))


@pytest.mark.parametrize(
    "spelling",
    [
        "Kim Jong Un",
        "Kim Jong-un",
        "kim jong-un",
        "Kim Jong‐un",
        "Kim Jong-un's",
        "KIM JONG UN",
        "Kim Jong Un’s",
    ],
)
def test_lookup_normalises_spelling(kb, spelling):
    assert ids(kb.lookup(spelling)) == [("kim-jong-un", "name")]


def test_normalize_folds_dots_apostrophes_and_the():
    assert normalize("the U.S.") == normalize("US") == "us"
    assert normalize("People’s Liberation Army") == normalize("People's Liberation Army")
    assert normalize("Bosnia & Herzegovina") == normalize("Bosnia and Herzegovina")


def test_case_keeps_words_apart_from_acronyms_and_names(kb):
    assert kb.lookup("us") == []
    assert kb.lookup("who") == []
    assert kb.lookup("diet") == []
    assert ids(kb.lookup("WHO")) == [("who", "alias")]
    assert ids(kb.lookup("Nato")) == [("nato", "alias")]


def test_bare_surname_is_not_an_alias(kb):
    assert kb.lookup("Trump") == []
    assert kb.lookup("Kim") == []


def test_state_and_entry(kb):
    korea = kb.state("kor")
    assert korea is not None and korea.kind == "state" and korea.country == "KOR" and korea.code == "KOR"
    assert kb.state("kim-jong-un") is None
    assert kb.entry("kim-jong-un").gender == "m"
    assert kb.entry("no-such-id") is None


# -- roles and dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title, country, day, expected",
    [
        ("President", "USA", "2019-02-27", ["donald-trump"]),
        ("President", "USA", "2022-06-01", ["joe-biden"]),
        ("President", "USA", "2025-03-01", ["donald-trump"]),
        ("President", "USA", "2021-01-20", ["joe-biden"]),
        ("President", "KOR", "2018-04-27", ["moon-jae-in"]),
        ("President", "KOR", "2023-11-05", ["yoon-suk-yeol"]),
        ("Vice President", "USA", "2019-02-27", ["mike-pence"]),
        ("leader", "PRK", "2019-02-27", ["kim-jong-un"]),
        ("leader", "PRK", "2005-06-01", ["kim-jong-il"]),
        ("Foreign Minister", "USA", "2019-02-27", ["mike-pompeo"]),
        ("Foreign Minister", "PRK", "2023-11-05", ["choe-son-hui"]),
        ("Prime Minister", "JPN", "2019-02", ["shinzo-abe"]),
        ("Secretary-General", None, "2019-02-27", ["jens-stoltenberg", "antonio-guterres"]),
    ],
)
def test_holders_by_date(kb, title, country, day, expected):
    assert sorted(e.id for e in kb.holders(title, country, day)) == sorted(expected)


def test_holders_today_are_incumbents(kb):
    assert [e.id for e in kb.holders("President", "CHN", None)] == ["xi-jinping"]


def test_roles_on_for_a_former_leader(kb):
    assert {r.title for r in kb.roles_on("kim-jong-il", "2005-01-01")} >= {"Supreme Leader of North Korea"}
    assert kb.roles_on("kim-jong-il", None) == []
    assert kb.roles_on("lee-myung-bak", "2023-11-05") == []
    assert [r.title for r in kb.roles_on("lee-myung-bak", "2010")] == ["President of South Korea"]


def test_role_holds_on_is_end_exclusive():
    role = Role("President of X", "USA", "GOV", "USAGOV", "2017-01-20", "2021-01-20")
    assert role.holds_on("2017-01-20") and role.holds_on("2020-12-31") and role.holds_on("2021-01")
    assert not role.holds_on("2021-01-20") and not role.holds_on(None) and not role.holds_on("2016")


# -- sectors and non-actors ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, sector",
    [
        ("Korea Institute for National Unification", "EDU"),
        ("Korean Central News Agency", "MED"),
        ("Central Intelligence Agency", "SPY"),
        ("Ministry of Foreign Affairs", "GOV"),
        ("Royal Thai Navy", "MIL"),
        ("The Daily Telegraph", "MED"),
        ("Federal Bureau of Investigation", None),
        # "corps" alone is no army: a firm named "X Corps" has no sector; military corps keep MIL
        ("Harbour Corps", None),
        ("Royal Army Medical Corps", "MIL"),
        ("Officers' Training Corps", "MIL"),
        ("White House press corps", "MED"),
    ],
)
def test_sector_for_org(kb, name, sector):
    assert kb.sector_for_org(name) == sector


@pytest.mark.parametrize(
    "title, sector",
    [
        ("President of the Korea Institute for National Unification", "EDU"),
        ("President of the United States", "GOV"),
        ("former vice unification minister", "GOV"),
        ("Lieutenant General", "MIL"),
        ("Attorney General", "JUD"),
        ("professor at a university in Seoul", "EDU"),
        ("reporter", "MED"),
    ],
)
def test_sector_for_title(kb, title, sector):
    assert kb.sector_for_title(title) == sector


def test_not_actors(kb):
    assert kb.is_not_actor("the Cold War") and kb.is_not_actor("World War II")
    assert not kb.is_not_actor("China")


# -- user files ---------------------------------------------------------------------------------


def test_user_yaml_adds_a_person_with_roles(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "- kind: person\n"
        "  id: jane-roe\n"
        "  name: Jane Roe\n"
        "  aliases: [J. Roe]\n"
        "  country: KOR\n"
        "  roles:\n"
        "    - {title: President of the Korea Institute for National Unification, sector: EDU,"
        " country: KOR, start: 2023-01-01}\n"
        "- kind: organization\n"
        "  id: roe-institute\n"
        "  name: Roe Institute\n"
        "  country: KOR\n"
        "  sector: EDU\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load([path])
    jane = kb.entry("jane-roe")
    assert ids(kb.lookup("J. Roe")) == [("jane-roe", "alias")]
    assert jane.roles[0].code == "KOREDU" and jane.code == "KOREDU"
    assert [e.id for e in kb.holders("President", "KOR", "2023-11-05") if e.id == "jane-roe"] == ["jane-roe"]
    assert kb.entry("roe-institute").code == "KOREDU"
    assert kb.entry("kim-jong-un") is not None  # package data is still there


def test_user_csv_of_roles_extends_a_package_person(tmp_path):
    path = tmp_path / "roles.csv"
    path.write_text(
        "person_id,title,country,sector,code,start,end\nlee-myung-bak,Mayor of Seoul,KOR,GOV,,2002-07-01,2006-06-30\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load([path])
    assert [r.title for r in kb.roles_on("lee-myung-bak", "2004-01-01")] == ["Mayor of Seoul"]


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("- kind: person\n  id: x-y\n  name: X Y\n  country: XYZ\n", 1, "country 'XYZ'"),
        ("- kind: planet\n  id: mars\n  name: Mars\n", 1, "kind must be one of"),
        (
            "- kind: person\n  id: a-b\n  name: A B\n- kind: person\n  id: c-d\n  name: C D\n  birth: 1990/01/02\n",
            4,
            "birth",
        ),
        ("- kind: person\n  id: a-b\n  name: [unclosed\n", 3, "not valid YAML"),
        ("just a string\n", 1, "list of mappings"),
    ],
)
def test_bad_user_file_names_file_and_line(tmp_path, text, line, words):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeFileError) as caught:
        KnowledgeBase.load([path])
    assert isinstance(caught.value, DyadError)
    assert str(path) in str(caught.value) and words in str(caught.value)
    assert caught.value.line == line


def test_user_csv_role_for_unknown_person_fails(tmp_path):
    path = tmp_path / "roles.csv"
    path.write_text("person_id,title,start\nnobody-at-all,King of Nowhere,2001-01-01\n", encoding="utf-8")
    with pytest.raises(KnowledgeFileError, match=r"roles\.csv, line 2: person_id 'nobody-at-all'"):
        KnowledgeBase.load([path])


# -- the data files hold together -----------------------------------------------------------------


def test_every_role_names_a_person():
    people = {row["id"] for row in rows("people.csv")}
    missing = {row["person_id"] for row in rows("roles.csv")} - people
    assert not missing


def test_codes_are_country_plus_sector():
    for name in ("roles.csv", "organizations.csv"):
        for row in rows(name):
            if row["country"] and row["sector"] not in ("IGO", "NGO", "IMG"):
                assert row["code"] == row["country"] + row["sector"], (name, row)
            else:
                assert row["code"][:3] in ("IGO", "NGO", "IMG") or row["code"] == row["country"], (name, row)


def test_no_duplicate_ids():
    all_ids = [r["code"] for r in rows("states.csv")]
    all_ids += [r["id"] for r in rows("organizations.csv")] + [r["id"] for r in rows("people.csv")]
    assert len(all_ids) == len(set(all_ids))


def test_every_state_has_a_name_and_a_code():
    states = rows("states.csv")
    assert len(states) >= 197
    for row in states:
        assert re.fullmatch(r"[A-Z]{3}", row["code"]) and row["name"], row


def test_role_terms_of_one_office_do_not_overlap():
    shared = [row["phrase"] for row in rows("titles.csv") if row["kind"] == "shared"]
    assert "spokesperson" in shared  # China's foreign ministry has several at once
    terms: dict[str, list[tuple[str, str]]] = {}
    for row in rows("roles.csv"):
        if any(phrase in row["title"].lower() for phrase in shared):
            continue  # an office several people hold at once
        terms.setdefault(row["title"], []).append((row["start"], row["end"] or "9999"))
    for title, spans in terms.items():
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert start >= end, title


def test_dates_are_iso_days():
    for row in rows("roles.csv"):
        for key in ("start", "end"):
            assert row[key] == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[key]), row
        assert not row["end"] or row["start"] <= row["end"], row


USER_ACTORS = {
    "mine.yaml": "- kind: organization\n  id: zorblat-league\n  name: Zorblat League\n  aliases: [ZLG]\n"
                 "  country: KOR\n  sector: NGO\n",
    "mine.csv": "id,name,aliases,kind,country,sector,code,wikidata\n"
                "zorblat-league,Zorblat League,ZLG,ngo,KOR,NGO,KORNGO,\n",
}


@pytest.mark.parametrize("name", sorted(USER_ACTORS))
def test_the_actors_file_setting_is_loaded(tmp_path, name):
    """DYAD_ACTORS_FILE (the actors_file setting) adds the user's actors to what dyad finds."""
    import os
    import subprocess
    import sys

    path = tmp_path / name
    path.write_text(USER_ACTORS[name], encoding="utf-8")
    text = "The Zorblat League criticised the government in Seoul on Monday, its spokesman said."
    env = {**os.environ, "DYAD_ACTORS_FILE": str(path)}
    res = subprocess.run([sys.executable, "-m", "dyad.cli", "analyze", "-", "--published", "2023-11-05"],
                         input=text, capture_output=True, text=True, env=env, timeout=600)
    assert res.returncode == 0, res.stderr
    actors = {a["id"]: a for a in json.loads(res.stdout)["actors"]}
    assert actors["zorblat-league"]["country"] == "KOR"


@pytest.mark.parametrize("content", [None, "- kind: spaceship\n  id: x\n  name: X\n"])
def test_a_missing_or_bad_actors_file_stops_the_run_with_its_code(tmp_path, content):
    import os
    import subprocess
    import sys

    path = tmp_path / "actors.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    env = {**os.environ, "DYAD_ACTORS_FILE": str(path)}
    news = tmp_path / "news.txt"
    news.write_text("Japan and South Korea held talks in Tokyo on Monday.", encoding="utf-8")
    for args in (["analyze", news], ["ingest", news, "--db", tmp_path / "x.duckdb", "--workers", "2"]):
        res = subprocess.run([sys.executable, "-m", "dyad.cli", *map(str, args)],
                             capture_output=True, text=True, env=env, timeout=600)
        assert res.returncode == 2, res.stderr
        assert "[E500]" in res.stderr and "actors.yaml" in res.stderr, res.stderr
        assert "Traceback" not in res.stderr
