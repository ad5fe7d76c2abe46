import pytest

from dyad.extract.events.codebook import Codebook, UnknownCode
from dyad.extract.events.patterns import NO_EVENT, Patterns


@pytest.fixture(scope="module")
def book():
    return Codebook.default()


def test_cameo_codes_cover_all_roots_with_quad_classes(book):
    roots = {c.root for c in book.codes.values()}
    assert roots == {f"{r:02d}" for r in range(1, 21)}
    assert len(book.codes) > 300
    assert book.cameo("043").quad_class == 1 and book.cameo("0874").quad_class == 2
    assert book.cameo("112").quad_class == 3 and book.cameo("1831").quad_class == 4
    assert book.cameo("190").goldstein < 0 < book.cameo("057").goldstein


def test_plover_mapping_and_modes(book):
    assert book.plover("043") == "CONSULT" and book.plover_mode("043") == "visit"
    assert book.plover("163") == "COERCE"
    assert book.plover("010") is None  # statements have no PLOVER type
    assert book.plover("0231") == "REQUEST"
    assert len(book.types) == 16
    assert book.roots_of("ASSAULT") >= {"18", "19", "20"}


def test_unknown_code_says_what_to_do(book):
    with pytest.raises(UnknownCode, match="not a CAMEO event code"):
        book.cameo("999")


def test_patterns_cover_every_root_with_known_codes(book):
    patterns = Patterns.default()
    codes = [
        p.code
        for group in (patterns.verbs, patterns.nouns, patterns.adjectives)
        for ps in group.values()
        for p in ps
        if p.code != NO_EVENT  # words that name no event ("called a cabinet meeting")
    ]
    assert len(codes) > 300
    assert all(code in book for code in codes), [c for c in codes if c not in book]
    assert {c[:2] for c in codes} == {f"{r:02d}" for r in range(1, 21)}
