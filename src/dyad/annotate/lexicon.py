"""Word lists the annotators share, read once from package data (dyad/data/lexicon/)."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    raw = resources.files("dyad.data").joinpath(f"lexicon/{name}").read_text(encoding="utf-8")
    return [x.strip() for x in raw.splitlines() if x.strip() and not x.startswith("#")]


def _rows(name: str) -> list[dict]:
    raw = resources.files("dyad.data").joinpath(f"lexicon/{name}").read_text(encoding="utf-8")
    return list(csv.DictReader(raw.splitlines()))


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    return frozenset(_lines("speech_verbs.txt"))


@lru_cache(maxsize=1)
def pronouns() -> dict[str, dict]:
    return {r["pronoun"]: r for r in _rows("pronouns.csv")}


@lru_cache(maxsize=1)
def honorifics() -> dict[str, str]:
    return {r["word"]: r["gender"] for r in _rows("honorifics.csv")}


@lru_cache(maxsize=1)
def regnal_titles() -> frozenset[str]:
    """Titles of sovereigns and prelates before a name: "Pope", "Emperor", "King"."""
    return frozenset(_lines("regnal_titles.txt"))


@lru_cache(maxsize=1)
def name_suffixes() -> frozenset[str]:
    """Generational suffixes after a person's name: "Jr.", "III"."""
    return frozenset(_lines("name_suffixes.txt"))


@lru_cache(maxsize=1)
def collective_states() -> dict[str, tuple[str, ...]]:
    """Names in the plural for several states ("the two Koreas"): phrase -> member state codes."""
    return {r["phrase"]: tuple(r["members"].split("|")) for r in csv.DictReader(_lines("collective_states.csv"))}


@lru_cache(maxsize=1)
def pair_adjectives() -> dict[str, tuple[str, ...]]:
    """Adjectives of the relation between two states ("inter-Korean"): adjective -> the two state codes."""
    return {r["adjective"]: tuple(r["members"].split("|")) for r in csv.DictReader(_lines("pair_adjectives.csv"))}


@lru_cache(maxsize=1)
def region_bodies() -> dict[str, str]:
    """Adjectives of a region whose states' officials act as one body ("Southeast Asian
    ministers": ASEAN): adjective -> the body's id in the knowledge base."""
    return {r["adjective"]: r["body"] for r in csv.DictReader(_lines("region_bodies.csv"))}


@lru_cache(maxsize=1)
def shared_demonyms() -> dict[str, tuple[str, ...]]:
    """Adjectives of nationality several states share ("Korean"): adjective -> member state codes."""
    return {r["demonym"]: tuple(r["members"].split("|")) for r in csv.DictReader(_lines("shared_demonyms.csv"))}


@lru_cache(maxsize=1)
def state_anaphors() -> frozenset[str]:
    return frozenset(_lines("state_anaphors.txt"))


@lru_cache(maxsize=1)
def island_states() -> frozenset[str]:
    """The states "the island" may stand for (``island_states.txt``)."""
    return frozenset(_lines("island_states.txt"))


@lru_cache(maxsize=1)
def non_actor_heads() -> frozenset[str]:
    return frozenset(_lines("non_actor_heads.txt"))


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    return frozenset(_lines("reporting_verbs.txt"))


@lru_cache(maxsize=1)
def occasion_nouns() -> frozenset[str]:
    """Nouns of an occasion a time right after them dates ("on her election earlier this week")."""
    return frozenset(_lines("occasion_nouns.txt"))


@lru_cache(maxsize=1)
def evidence_verbs() -> frozenset[str]:
    return frozenset(_lines("evidence_verbs.txt"))


@lru_cache(maxsize=1)
def site_heads() -> frozenset[str]:
    return frozenset(_lines("site_heads.txt"))


@lru_cache(maxsize=1)
def exercise_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the nouns of a military exercise, the words that give it a name): exercise_names.txt."""
    lines = _lines("exercise_names.txt")
    return frozenset(x for x in lines if not x.startswith("=")), frozenset(x[1:] for x in lines if x.startswith("="))


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    return frozenset(_lines("place_nouns.txt"))


@lru_cache(maxsize=1)
def expert_titles() -> frozenset[str]:
    return frozenset(_lines("expert_titles.txt"))


@lru_cache(maxsize=1)
def office_titles() -> frozenset[str]:
    return frozenset(_lines("office_titles.txt"))


@lru_cache(maxsize=1)
def body_titles() -> frozenset[str]:
    return frozenset(_lines("body_titles.txt"))


@lru_cache(maxsize=1)
def rank_abbreviations() -> frozenset[str]:
    return frozenset(_lines("rank_abbreviations.txt"))


@lru_cache(maxsize=1)
def firm_nouns() -> frozenset[str]:
    return frozenset(_lines("firm_nouns.txt"))


@lru_cache(maxsize=1)
def korean_family_names() -> frozenset[str]:
    return frozenset(_lines("korean_family_names.txt"))


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given names that name one sex, to their gender: {"Angela": "f"}; the US birth counts
    (given_names_ssa.csv) under the hand-made list (given_names.csv)."""
    table = {r["name"]: r["gender"] for r in csv.DictReader(_lines("given_names_ssa.csv"))}
    table.update({r["name"]: r["gender"] for r in csv.DictReader(_lines("given_names.csv"))})
    return table


@lru_cache(maxsize=1)
def person_acts() -> frozenset[tuple[str, str]]:
    """What only people do, as (role, lemma): ("subject", "marry"), ("possessor", "wife")."""
    return frozenset((r["role"], r["word"]) for r in csv.DictReader(_lines("person_acts.csv")))


@lru_cache(maxsize=1)
def field_nouns() -> frozenset[str]:
    """People whose present-tense "say" reports their field's finding ("researchers say")."""
    return frozenset(_lines("field_nouns.txt"))


@lru_cache(maxsize=1)
def group_nouns() -> frozenset[str]:
    return frozenset(_lines("group_nouns.txt"))


@lru_cache(maxsize=1)
def meeting_verbs() -> frozenset[str]:
    return frozenset(_lines("meeting_verbs.txt"))


@lru_cache(maxsize=1)
def person_nouns() -> dict[str, str]:
    """Nouns that name a person or people, to a CAMEO sector: PETRARCH2's agent nouns
    (person_nouns_petrarch.csv) under dyad's own list (person_nouns.csv)."""
    table = {r["word"]: r["sector"] for r in csv.DictReader(_lines("person_nouns_petrarch.csv"))}
    table.update({r["word"]: r["sector"] for r in csv.DictReader(_lines("person_nouns.csv"))})
    return table


@lru_cache(maxsize=1)
def role_words() -> dict[str, tuple[str, ...]]:
    """Other words for a role ("envoy": representative, ambassador, ...), from role_words.csv."""
    return {r["word"]: tuple(r["also"].split("|")) for r in csv.DictReader(_lines("role_words.csv"))}


@lru_cache(maxsize=1)
def org_heads() -> dict[str, str]:
    """An organisation's id -> the office (as roles.csv titles it) of the one person heading it
    ("the NIS chief"), from org_heads.csv."""
    return {r["org"]: r["title"] for r in csv.DictReader(_lines("org_heads.csv"))}


@lru_cache(maxsize=1)
def peoples() -> dict[str, str]:
    """Words naming a people without a state ("Kurdish", "Tamils") -> its CAMEO ethnic code ("KUR";
    "" where CAMEO has none): such a people's group is no country's (peoples.tsv)."""
    rows = (line.split("\t") for line in _lines("peoples.tsv"))
    return {row[0].lower(): (row[1] if len(row) > 1 else "") for row in rows}
