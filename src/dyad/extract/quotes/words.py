"""The quotes stage's own word lists (dyad/data/quotes/), read once."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from dyad.annotate.lexicon import reporting_verbs, speech_verbs


def _lines(name: str) -> frozenset[str]:
    raw = resources.files("dyad.data").joinpath(f"quotes/{name}").read_text(encoding="utf-8")
    return frozenset(x.strip() for x in raw.splitlines() if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def clause_verbs() -> frozenset[str]:
    return _lines("clause_verbs.txt")


@lru_cache(maxsize=1)
def telling_verbs() -> frozenset[str]:
    """Verbs of saying with the hearer before the clause, like "tell": "reminded the committee
    that X", "informed the UN that X"."""
    return _lines("telling_verbs.txt")


@lru_cache(maxsize=1)
def object_verbs() -> frozenset[str]:
    return _lines("object_verbs.txt")


@lru_cache(maxsize=1)
def attitude_verbs() -> frozenset[str]:
    """Verbs of attitude (praise, support, demand, disapproval, rejection, intent), derived from
    PETRARCH2's CAMEO verb classes by scripts/convert_petrarch_attitudes.py."""
    return _lines("attitude_verbs.txt")


@lru_cache(maxsize=1)
def psych_verbs() -> frozenset[str]:
    return _lines("psych_verbs.txt")


@lru_cache(maxsize=1)
def norm_nouns() -> frozenset[str]:
    return _lines("norm_nouns.txt")


@lru_cache(maxsize=1)
def wording_nouns() -> frozenset[str]:
    return _lines("wording_nouns.txt")


@lru_cache(maxsize=1)
def not_speaker_labels() -> frozenset[str]:
    return _lines("not_speaker_labels.txt")


@lru_cache(maxsize=1)
def speech_nouns() -> frozenset[str]:
    return _lines("speech_nouns.txt")


@lru_cache(maxsize=1)
def judging_verbs() -> frozenset[str]:
    return _lines("judging_verbs.txt")


@lru_cache(maxsize=1)
def light_nouns() -> frozenset[str]:
    return _lines("light_nouns.txt")


@lru_cache(maxsize=1)
def stance_adjectives() -> frozenset[str]:
    return _lines("stance_adjectives.txt")


@lru_cache(maxsize=1)
def stance_nouns() -> frozenset[str]:
    return _lines("stance_nouns.txt")


@lru_cache(maxsize=1)
def as_verbs() -> frozenset[str]:
    return _lines("as_verbs.txt")


@lru_cache(maxsize=1)
def at_verbs() -> frozenset[str]:
    return _lines("at_verbs.txt")


@lru_cache(maxsize=1)
def source_nouns() -> frozenset[str]:
    return _lines("source_nouns.txt")


@lru_cache(maxsize=1)
def cited_sources() -> frozenset[str]:
    return _lines("cited_sources.txt")


@lru_cache(maxsize=1)
def quote_verbs() -> frozenset[str]:
    return _lines("quote_verbs.txt")


@lru_cache(maxsize=1)
def division_government_words() -> frozenset[str]:
    """Words naming a region's or a city's government after its name, or alone after "the"."""
    return _lines("division_government_words.txt")


@lru_cache(maxsize=1)
def vehicle_nouns() -> frozenset[str]:
    return _lines("vehicle_nouns.txt")


@lru_cache(maxsize=1)
def continuers() -> frozenset[str]:
    return _lines("continuers.txt")


@lru_cache(maxsize=1)
def work_nouns() -> frozenset[str]:
    return _lines("work_nouns.txt")


@lru_cache(maxsize=1)
def norm_verbs() -> frozenset[str]:
    return _lines("norm_verbs.txt")


@lru_cache(maxsize=1)
def attempt_verbs() -> frozenset[str]:
    return _lines("attempt_verbs.txt")


@lru_cache(maxsize=1)
def cue_verbs() -> frozenset[str]:
    """Every verb lemma any quote rule listens for."""
    return (
        clause_verbs()
        | object_verbs()
        | attitude_verbs()
        | as_verbs()
        | at_verbs()
        | quote_verbs()
        | speech_verbs()
        | reporting_verbs()
        | telling_verbs()
    )


def verb_lemma(tok) -> str:
    """The lemma of a verb, mended where the tagger's lemma misses a listed cue: spaCy's small
    model lemmatizes "hopes", "hoped" and "hoping" as "hop"; the base forms of the word itself
    are tried when its lemma is not a cue. Made once per token of the last doc asked (the quote
    and event passes ask for the same verbs again and again)."""
    global _LEMMAS
    doc, i = tok.doc, tok.i
    entry = _LEMMAS  # one tuple, swapped whole: a thread never reads another doc's table
    if entry[0] is not doc:
        entry = _LEMMAS = (doc, {})
    lemma = entry[1].get(i)
    if lemma is None:
        lemma = entry[1][i] = _verb_lemma(tok)
    return lemma


_LEMMAS: tuple = (None, {})  # the last doc asked, and its tokens' verb lemmas by index


def _verb_lemma(tok) -> str:
    lemma = tok.lemma_.lower()
    if lemma in cue_verbs() or tok.pos_ not in ("VERB", "AUX"):
        return lemma
    return next((base for base in _bases(tok.lower_) if base in cue_verbs()), lemma)


def _bases(word: str) -> list[str]:
    """Candidate base forms of an inflected English verb: 'hopes' -> hope, 'tried' -> try."""
    for suffix, stems in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out = [stem + end for end in stems]
            if suffix in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "planned" -> plan
            return out
    return []


_SUFFIXES = (
    ("ies", ("y",)),
    ("ied", ("y",)),
    ("es", ("e", "")),
    ("s", ("",)),
    ("ed", ("e", "")),
    ("ing", ("e", "")),
)


@lru_cache(maxsize=1)
def leader_offices() -> dict[str, str]:
    """State code -> the knowledge base id of its leader's office (leader_offices.csv)."""
    rows = [x.split(",") for x in _lines("leader_offices.csv") if not x.startswith("state,")]
    return {state: office for state, office in rows}


@lru_cache(maxsize=1)
def relatives() -> dict[tuple[str, str], str]:
    """(person id, relative's noun) -> the relative's id (relatives.csv): ("kim-jong-un", "sister")."""
    rows = [x.split(",") for x in _lines("relatives.csv") if not x.startswith("person,")]
    return {(person, noun): relative for person, noun, relative in rows}


@lru_cache(maxsize=1)
def relative_nouns() -> frozenset[str]:
    """The relatives' nouns of relatives.csv ("sister", "father")."""
    return frozenset(noun for _person, noun in relatives())
