"""The converter of PETRARCH2's verb dictionary and the merged pattern set, on lines written here."""

import importlib.util
from pathlib import Path

from dyad.extract.events.patterns import NO_EVENT, Patterns

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "convert_petrarch_verbs.py"
SAMPLE = """
&FOOD
+RICE
+WHEAT_FLOUR
&TROOPS
+SOLDIER

---  PLEAD   [---]  ---
PLEAD [020]
BESEECH
+CRY_OUT [020]
- * (FOR &FOOD)                                    [0233]        # PLEAD
- * {FINANCIAL HELP}                               [0231]        # PLEAD
- * OFF TALKS                                      [164]         # PLEAD
- &TROOPS * HELP                                   [0232]        # a condition on the subject
- * HELP (AGAINST REVOLT)                          [020]         # a second phrase with words
- * RECOGNITION (FROM) +                           [:054]        # reversed: the target acts
- GENERALS OFFICERS * AID                          [0233]        # two words before: left out
- * {CABINET MEETING}                              [---]         # names no event
"""


def converter():
    spec = importlib.util.spec_from_file_location("convert_petrarch_verbs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_block_becomes_verbs_with_shared_patterns():
    blocks = converter().convert(SAMPLE, {"no_bare_code": ["beseech"]})
    assert len(blocks) == 1
    block = blocks[0]
    assert block["verbs"] == {"plead": "020", "beseech": None, "cry out": "020"}
    codes = {p["code"]: p for p in block["patterns"]}
    assert codes["0233"] == {"code": "0233", "prep": ["for"], "object": ["flour", "rice"]}
    assert codes["0231"] == {"code": "0231", "object": ["help"], "modifiers": ["financial"]}
    assert codes["164"]["particle"] == ["off"] and codes["164"]["object"] == ["talks"]
    assert codes[NO_EVENT]["object"] == ["meeting"]
    assert codes["0232"] == {"code": "0232", "subject": ["soldier"], "confidence": 0.6, "object": ["help"]}
    assert codes["054"] == {"code": "054", "reversed": True, "target_preps": ["from"], "object": ["recognition"]}
    assert codes["020"] == {"code": "020", "object": ["help"], "phrase_prep": ["against"], "phrase": ["revolt"]}
    assert not [p for p in block["patterns"] if p["code"] == "0233" and "subject" in p]


def test_a_subject_condition_and_a_reversed_code_on_the_parse(tmp_path):
    from dyad.extract.events.stage import EventStage
    from tests.test_events import article, load_nlp

    nlp = load_nlp()
    found = EventStage()(article(nlp, "Russia appeared before the court of Japan.")).events
    assert [(e.source, e.target) for e in found if e.cameo[:2] == "17"] == [("JPN", "RUS")]  # [:173]
    data = tmp_path / "p.yaml"
    data.write_text('verbs:\n  hold: [{code: "150", subject: [soldier], object: [exercise]}, {code: "040"}]\n')
    patterns = Patterns.load(data)
    assert patterns.match(nlp("Soldiers held exercises.")[1]).pattern.code == "150"
    assert patterns.match(nlp("Farmers held exercises.")[1]).pattern.code == "040"


def test_converted_patterns_come_after_dyads_own_and_bare_codes_last(tmp_path):
    own = tmp_path / "own.yaml"
    own.write_text('verbs:\n  plead: [{code: "0234", object: [security]}, {code: "020"}]\n')
    data = tmp_path / "conv.yaml"
    data.write_text(
        'blocks:\n- verbs: {plead: "021"}\n  patterns: [{code: "0233", prep: [for], object: [rice]}]\n'
    )
    merged = Patterns.load(own).merged(Patterns.load(data))
    assert [p.code for p in merged.verbs["plead"]] == ["0234", "0233", "020", "021"]


def test_the_shipped_dictionary_loads_with_known_codes_only():
    from dyad.extract.events.codebook import Codebook

    book = Codebook.default()
    patterns = Patterns.default()
    codes = {p.code for group in patterns.verbs.values() for p in group}
    assert len(patterns.verbs) > 1000
    assert all(code == NO_EVENT or code in book for code in codes)


def test_a_bare_place_or_time_preposition_recodes_nothing():
    sample = """
---  MEET_PEOPLE   [040]  ---
MEET
- * (AT)                                           [036:036]     # MEET
- * (WITH LEADERS)                                 [036:036]     # MEET
- * OUT (AT)                                       [111]         # MEET
"""
    block = converter().convert(sample, {})[0]
    assert block["verbs"] == {"meet": "040"}
    assert {"code": "036", "prep": ["at"]} not in block["patterns"]
    assert {"code": "036", "prep": ["with"], "object": ["leaders"]} in block["patterns"]
    assert {"code": "111", "particle": ["out"], "prep": ["at"]} in block["patterns"]


def test_light_verbs_alone_name_no_event():
    from dyad.extract.events.stage import EventStage
    from tests.test_events import article, load_nlp

    nlp, stage = load_nlp(), EventStage()
    for text in ("Japan has changed since taking office.", "Japan will not take the bait.", "China led the talks."):
        found = stage(article(nlp, text)).events
        assert not [e for e in found if e.cameo[:2] in ("17", "06")], (text, [e.cameo for e in found])


def test_a_second_worded_phrase_of_petrarchs_patterns_is_a_condition():
    convert_pattern = converter().convert_pattern
    spec = convert_pattern("* STATE (OF EMERGENCY)   [1724]", {})
    assert spec == {"code": "1724", "object": ["state"], "phrase_prep": ["of"], "phrase": ["emergency"]}
    synsets = {"&ceasefire": ["ceasefire", "truce"]}
    spec = convert_pattern("* CALLS (FOR &CEASEFIRE)  [1246]", synsets)
    assert (spec["object"], spec["phrase_prep"], spec["phrase"]) == (["calls"], ["for"], ["ceasefire", "truce"])
    assert convert_pattern("* WEAPON (TO +)  [194]", {})["target_preps"] == ["to"]


def test_a_second_phrase_matches_on_the_parse(tmp_path):
    from tests.test_events import load_nlp

    nlp = load_nlp()
    data = tmp_path / "p.yaml"
    data.write_text(
        'verbs:\n  decline: [{code: "125", object: [resumption], phrase_prep: [of], phrase: [talk]}, {code: "120"}]\n'
        '  fire: [{code: "195", object: [missile], phrase_prep: [at, into], phrase: ["*"], unless_phrase: [sea]},'
        ' {code: "150", object: [missile]}]\n'
    )
    patterns = Patterns.load(data)
    match = patterns.match(nlp("Syria declined the resumption of talks.")[1])
    assert match.pattern.code == "125" and [t.text for t in match.cue] == ["resumption", "of", "talks"]
    assert patterns.match(nlp("Syria declined the resumption of trade.")[1]).pattern.code == "120"
    assert patterns.match(nlp("China fired missiles at Japan.")[1]).pattern.code == "195"
    assert patterns.match(nlp("China fired missiles into the sea.")[1]).pattern.code == "150"
    assert patterns.match(nlp("China fired missiles on Monday.")[1]).pattern.code == "150"
