"""Under-coded verbs of news leads, by class, on sentences written for these tests: a mediation
launched, aid flown or sent, troops sent to a peacekeeping mission, cyber warfare launched, a call
for sanctions (PETRARCH2's threat, 1312), "cannot accept" as a refusal."""

import pytest

from dyad.run.analysis import analyze


def codes(text):
    return [e.cameo for e in analyze(text).events]


@pytest.mark.parametrize(
    "text, root",
    [
        ("Kuwait launched a mediation effort between the two parties.", "04"),
        ("Norway launched a mediation effort to end the dispute between Chile and Peru.", "04"),
        ("The charity flew 20 tons of medicine into Yemen last week.", "07"),
        ("The health ministry sent a team of medical experts and drugs to the flooded province.", "07"),
        ("Japan is sending troops to the UN peacekeeping mission in South Sudan.", "07"),
        ("Russia launched cyber warfare against Estonia.", "19"),
        ("Greece called for sanctions against Turkey on Monday.", "13"),
        ("The opposition pushed for sanctions against the regime.", "13"),
        ("Bangladesh has told the UN it cannot accept any more refugees from Myanmar.", "12"),
    ],
)
def test_the_act_is_coded_at_its_root(text, root):
    found = [c for c in codes(text) if c not in ("010", "01")]  # "has told the UN" is a statement besides
    assert found and found[0][:2] == root, found


def test_troops_sent_to_a_border_still_show_force():
    assert codes("China sent troops to the border with India.")[:1] == ["154"]
