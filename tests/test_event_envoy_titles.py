"""An envoy's title may name the state the envoy is sent to between the title and the name ("Chinese
Ambassador to Canada Li Wei"): the title still says whose envoy it is, and the host place is no part
of it. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Canada summoned Chinese Ambassador to Canada Li Wei over the arrests.",
        "Canada summoned Chinese Ambassador to the United Kingdom Li Wei over the arrests.",
    ],
)
def test_envoy_to_a_place(code_roots, text):
    assert ("CAN", "CHNGOV", "11") in code_roots(text)


def test_host_place_swallowed_by_the_name(code_roots):
    # the tagger may take the host town into the name ("Madrid Carlos Ruiz"): the title still says Peru
    found = code_roots("Peruvian Ambassador to Madrid Carlos Ruiz was summoned to the Spanish Foreign Ministry on Friday.")
    assert ("ESP", "PER", "11") in found or ("ESPGOV", "PERGOV", "11") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada summoned Chinese Ambassador Li Wei over the arrests.", ("CAN", "CHN", "11")),  # guards: as before
        ("Canada summoned Li Wei, the Chinese ambassador to Canada, over the arrests.", ("CAN", "CHNGOV", "11")),
    ],
)
def test_nearby_titles(code_roots, text, expected):
    assert expected in code_roots(text)


def test_a_letter_to_a_person_is_no_title(read_actors):
    article = read_actors("Canada sent a letter to Li Wei on Friday.")
    assert all(not a.code for a in article.actors if a.id == "li-wei"), article.actors
