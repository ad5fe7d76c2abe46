"""An invitation to visit or meet is the host's expressed intent to meet (CAMEO 036; PLOVER's AGREE:
"invite a delegation to visit"), not an appeal to meet (026); an invitation to mediate, and any appeal
("urged ... to visit"), stay appeals. Sentences invented after news of leaders inviting each other."""

import pytest

INVITED = [
    ("Brazil's president also invited the Argentine president to visit Brasilia.", ("BRA", "ARG")),
    ("Back then, the Chilean leader invited his Uruguayan counterpart to come to Chile, the presidency said.",
     ("CHL", "URY")),
    ("Kenyan President William Ruto invited Ugandan President Yoweri Museveni to come to Nairobi for talks.", ("KEN", "UGA")),
]


def _roots(found, pair):
    return {r for s, t, r in found if s[:3] == pair[0] and t[:3] == pair[1]}


@pytest.mark.parametrize("text,pair", INVITED)
def test_an_invitation_to_visit_is_an_intent_to_meet(code_roots, text, pair):
    found = code_roots(text)
    assert "03" in _roots(found, pair), found
    assert "02" not in _roots(found, pair), found


APPEALS = [
    "Brazil's president also urged the Argentine president to visit Brasilia.",
    "Kenyan President William Ruto invited Ugandan President Yoweri Museveni to mediate between the two sides.",
]


@pytest.mark.parametrize("text", APPEALS)
def test_appeals_and_invitations_to_mediate_stay_appeals(code_roots, text):
    found = code_roots(text)
    assert any(r == "02" for *_, r in found), found
    assert not any(r == "03" for *_, r in found), found
