"""Short PETRARCH-style sentences with states the knowledge base does not know, written for these
tests: such a state gets a provisional code from its name, the same for its name and its demonym, and
its groups carry it ("Kastavian police" -> KASCOP); names the tagger calls people or organisations
are states where the text shows it; "his Kastavian counterpart" is Kastavia's official."""

import pytest

from dyad.annotate.knowledge import KnowledgeBase
from dyad.extract.events.provisional import provisional_code
from dyad.run.analysis import analyze


def coded(text):
    art = analyze(text, published="2024-03-05")
    code = {a.id: a.code for a in art.actors}
    return [(code.get(e.source), code.get(e.target), e.cameo) for e in art.events]


def has(found, source, target, root):
    return any(
        (source is None or (s or "").startswith(source)) and (target is None or (t or "").startswith(target)) and c.startswith(root)
        for s, t, c in found
    )


@pytest.mark.parametrize(
    "name, demonym, code",
    [("Kastavia", "Kastavian", "KAS"), ("Sarlo", "Sarlonese", "SAR"), ("Tarkistan", "Tarkistani", "TAR")],
)
def test_a_state_and_its_demonym_share_one_provisional_code(name, demonym, code):
    known = KnowledgeBase.default()
    taken = lambda c: known.state(c) is not None  # noqa: E731
    assert provisional_code(name, taken) == provisional_code(demonym, taken) == code


def test_a_provisional_code_is_never_a_known_states_code():
    known = KnowledgeBase.default()
    taken = lambda c: known.state(c) is not None  # noqa: E731
    assert known.state("NOR") is not None
    code = provisional_code("Norvosk", taken)
    assert code == provisional_code("Norvoskian", taken) == "NOV"
    assert provisional_code("Ka", taken) is None


@pytest.mark.parametrize(
    "text, source, target, root",
    [
        ("Kastavia accused Veldoria of violating the ceasefire agreement.", "KAS", "VEL", "11"),
        ("Tavaria blamed Morvania for the border incident.", "TAV", "MOR", "11"),
        ("Ardenza invaded Sarlo early on Thursday.", "ARD", "SAR", "19"),
        ("Zembia eased restrictions on foreign journalists.", "ZEM", None, "08"),
        ("Lirania asked Pellonia for military assistance.", "LIR", "PEL", "02"),
        ("Kastavia said it was ready to negotiate with Veldoria.", "KAS", "VEL", "03"),
    ],
)
def test_an_unknown_state_acting_has_a_provisional_code(text, source, target, root):
    found = coded(text)
    assert has(found, source, target, root), found


@pytest.mark.parametrize(
    "text, source, target, root",
    [
        ("Pellonia's army killed five militants in a raid.", "PELMIL", None, "19"),
        ("Ardenza's police arrested a senior Zembian diplomat.", "ARDCOP", "ZEM", "17"),
        ("Zembian police killed three protesters in the capital.", "ZEMCOP", None, "1"),
        ("Sarlo's judges sentenced three opposition activists to prison.", "SARJUD", None, "1"),
        ("Kastavian police fired tear gas at protesters.", "KASCOP", None, "17"),
    ],
)
def test_an_unknown_states_groups_carry_its_code(text, source, target, root):
    found = coded(text)
    assert has(found, source, target, root), found


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("The foreign minister of Morvania met his Kastavian counterpart in Geneva.", "MOR", "KAS"),
        ("The Zembian foreign minister met his Liranian counterpart in Tavaria.", "ZEM", "LIR"),
    ],
)
def test_a_counterpart_is_the_other_states_official(text, source, target):
    found = coded(text)
    assert has(found, source, target, "04") or has(found, target, source, "04"), found


def test_a_known_counterpart_keeps_its_state():  # guard: known states were right before
    found = coded("The Turkish president held talks with his Russian counterpart in Sochi.")
    assert any(c.startswith("04") and (t or "").startswith("RUS") for s, t, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "It's been a few years since Dropbox first started talking about Smart Sync, a feature that lets "
        "users see everything stored in their Dropbox.",
        "Olivia praised the new mayor for her work.",
        "Acme's lawyers criticized the ruling.",
    ],
)
def test_names_nothing_shows_to_be_states_get_no_code(text):
    art = analyze(text, published="2024-03-05")
    assert not [a for a in art.actors if a.kind == "state" and a.code and a.code != a.id], art.actors


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Veldorian troops shelled villages in Kastavia.", "VELMIL", "KAS"),
        ("Morvanian artillery pounded border towns in Pellonia on Sunday.", "MORMIL", "PEL"),
        ("Russian forces shelled residential areas in Ukraine overnight.", "RUS", "UKR"),  # guard: passed before
    ],
)
def test_force_against_things_targets_the_state_they_are_in(text, source, target):
    found = coded(text)
    assert any(c[:2] in ("18", "19", "20") and (s or "").startswith(source) and t == target for s, t, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops shelled villages in Treslin.",
        "Veldorian troops shelled villages in Treslin. The shelling lasted two hours. Residents fled to the hills.",
    ],
)
def test_force_in_an_unknown_town_makes_no_state(text):  # guard: a town's name is no state's
    # (in a one- or two-sentence story whose attacker is itself an invented state, PETRARCH's genre, the
    # unknown name is taken for a state: test_event_unknown_actors.py::test_an_invented_states_force_on_things_...)
    found = coded(text)
    assert found and all(t is None for s, t, c in found), found


@pytest.mark.parametrize(
    "text, source, target, root",
    [
        ("Veldoria released 50 Kastavian prisoners.", "VEL", "KAS", "08"),
        ("Ardenzan troops seized a Tavarian fishing boat.", "ARDMIL", "TAV", "17"),
        ("Tavaria confiscated a Liranian vessel.", "TAV", "LIR", "17"),
        ("Melnistani troops crossed into Dravonia overnight.", "MELMIL", "DRA", "19"),
        ("Sarlo seized a Morvanian oil tanker in the strait.", "SAR", "MORBUS", "17"),
    ],
)
def test_an_unknown_demonym_before_a_noun_names_its_state(text, source, target, root):
    found = coded(text)
    assert has(found, source, target, root), found


def test_a_regional_epithet_of_a_known_state_makes_no_state():  # guard
    art = analyze(
        "The United Nations is willing to send more resources to Colombia to help the Andean country care "
        "for Venezuelans fleeing food shortages.",
        published="2024-03-05",
    )
    assert not [a for a in art.actors if a.id.startswith("named-state-")], art.actors


@pytest.mark.parametrize(
    "text, source, target, root",
    [
        ("Veldoria expressed concern over Kastavia's nuclear program.", "VEL", "KAS", "01"),
        ("Zembia defended Veldoria's right to self-defense.", "ZEM", "VEL", "05"),
        ("Russia expressed concern over Finland's military cooperation with the United States.", "RUS", "FIN", "01"),  # guard: passed before
    ],
)
def test_a_things_owner_in_a_target_phrase_is_the_target(text, source, target, root):
    found = coded(text)
    assert has(found, source, target, root), found


def test_an_unknown_state_as_the_agent_of_a_passive_acts():
    found = coded("The Kastavian government was criticized by Veldoria.")
    assert has(found, "VEL", "KAS", "11"), found


def test_coordinated_unknown_demonyms_name_both_states():
    found = coded("Kastavian and Veldorian leaders met in Morvania.")
    assert has(found, "KAS", "VEL", "04") or has(found, "VEL", "KAS", "04"), found
