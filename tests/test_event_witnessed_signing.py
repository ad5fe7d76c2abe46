"""Leaders who witnessed or oversaw the signing of agreements made them, each with the other (057), as
leaders who signed them; other things witnessed or overseen keep their codes. Sentences written for these
tests."""


def test_witnessed_signing(state_events):
    found = state_events("Brazilian President Lula da Silva and Peruvian President Jose Ruiz also witnessed the signing "
                         "of a number of cooperation documents on Friday.")
    assert any(c == "057" and {s, t} == {"BRA", "PER"} for s, t, c in found), found


def test_oversaw_signing(state_events):
    found = state_events("Brazilian President Lula da Silva and Peruvian President Jose Ruiz oversaw the signing of "
                         "several bilateral agreements in sectors such as trade.")
    assert any(c == "057" and {s, t} == {"BRA", "PER"} for s, t, c in found), found


def test_other_things_overseen(state_events):  # guards
    assert [c for s, t, c in state_events("North Korean leader Kim Jong Un oversaw the test of a new engine.")] == ["150"]
    assert "057" not in [c for s, t, c in state_events("Brazilian President Lula da Silva witnessed the attack on the village.")]
