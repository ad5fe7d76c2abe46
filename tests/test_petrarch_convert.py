"""The PETRARCH2 actor-dictionary converter (scripts/convert_petrarch_actors.py), on records
written for these tests in the dictionaries' format, and the converted files as dyad loads them."""

import importlib.util
import sys
from pathlib import Path

import pytest

from dyad.annotate.knowledge import KnowledgeBase

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "convert_petrarch_actors.py"


@pytest.fixture(scope="module")
def conv():
    spec = importlib.util.spec_from_file_location("convert_petrarch_actors", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


SAMPLE = """\
# a comment line
FREEDONIA_  [FRD]
+FREEDONIAN_
+GRAND_FENWICK_RIVER_

ALBERTO_QUIMBY_SOLARES_  # CountryInfo.txt
+PRESIDENT_QUIMBY_
+QUIMBY_
+ALBERTO_QUIMBI_SOLARES_
+ALBERT_Q._SOLARES_
\t[USAELI 650101-990512]
\t[USAGOV 990512-120131]
\t[USAELI]

NATIONAL_HARBOUR_AUTHORITY_  [USAGOV]
+HARBOUR_AUTHORITY_SPOKESMAN_
"""


def test_records_dates_and_codes(conv, tmp_path):
    path = tmp_path / "sample.actors.txt"
    path.write_text(SAMPLE, encoding="latin-1")
    records = list(conv.read_records(path))
    assert [r.phrases[0] for r in records] == ["FREEDONIA_", "ALBERTO_QUIMBY_SOLARES_", "NATIONAL_HARBOUR_AUTHORITY_"]
    person = records[1]
    assert person.default == "USAELI"
    assert person.restrictions == [("USAELI", "1965-01-01", "1999-05-12"), ("USAGOV", "1999-05-12", "2012-01-31")]
    assert conv._date("300101") == "2030-01-01" and conv._date("310101") == "1931-01-01"
    assert conv.split_code("USAGOVLEG", {"USA"}) == ("USA", "LEG")
    assert conv.split_code("IGOUNOKID", {"USA"}) == (None, "IGO")
    assert conv.split_code("XXXGOV", {"USA"}) is None


def test_names_titles_and_spellings(conv):
    assert conv.person_display(conv.words_of("BASHAR_AL-ASSAD_")) == "Bashar al-Assad"
    assert conv.person_display(conv.words_of("JOHN_MCCAIN_")) == "John McCain"
    assert conv.is_variant(["ALBERTO", "QUIMBI", "SOLARES"], ["ALBERTO", "QUIMBY", "SOLARES"])
    assert conv.is_variant(["ALBERT", "Q.", "SOLARES"], ["ALBERTO", "QUIMBY", "SOLARES"])
    assert not conv.is_variant(["PRESIDENT", "SOLARES"], ["ALBERTO", "QUIMBY", "SOLARES"])
    assert not conv.is_clean_name(["PRESIDENT", "QUIMBY"], set())
    assert conv.org_display(conv.words_of("U.S._DEPARTMENT_OF_STATE")) == "U.S. Department of State"


def test_converted_entries_load_with_codes_by_date():
    kb = KnowledgeBase.default()
    converted = [e for e in kb if e.kind == "person" and e.roles and all(r.title is None for r in e.roles)]
    assert len(converted) > 10000  # the dictionaries' people, with dated codes only
    for entry in converted[:200]:
        assert entry.code and all(r.code for r in entry.roles)
    titled = {e.id for e in kb.holders("President", "USA", "2019-06-01")}
    assert titled == {"donald-trump"}  # a dated code names no office: it never answers a title


def test_dyad_rows_win_over_converted_ones():
    kb = KnowledgeBase.default()
    guterres = kb.entry("antonio-guterres")
    assert [r.code for r in guterres.roles if r.holds_on("2019-06-01")] == ["IGOUNO"]
    assert any(r.code == "PRTGOV" and r.title is None for r in guterres.roles)  # the gap dyad left


def test_no_place_or_title_phrase_becomes_an_entry():
    kb = KnowledgeBase.default()
    for phrase in ("Camp David", "President Obama", "White House Spokesman", "Rhode Island"):
        assert not [e for e, _ in kb.lookup(phrase) if e.kind in ("person", "organization")], phrase
