""""the island", "the self-ruled island": the one island state the text named before it (data:
lexicon/island_states.txt), as actor and event target. Sentences invented after news of drills and
visits around Taiwan and Cuba."""

import pytest


@pytest.mark.parametrize(
    "text,pair",
    [
        ("A Japanese lawmaker toured Taiwan last week. Days afterwards, China's navy staged exercises "
         "near the island.", ("CHN", "TWN")),
        ("Cuba held local elections on Sunday. Days later, a Russian delegation visited the island.", ("RUS", "CUB")),
    ],
)
def test_the_island_is_the_island_state_named_before(state_events, text, pair):
    found = state_events(text)
    assert any((s, t) == pair for s, t, c in found), found


def test_two_island_states_leave_the_island_unread(read_actors):
    article = read_actors("Cuba and Taiwan signed a trade deal. Spanish officials later visited the island.")
    assert not any(m.text.endswith("island") for a in article.actors for m in a.mentions), article.actors


def test_a_named_island_leaves_the_island_a_place(read_actors):
    article = read_actors("Chinese warships sailed near Kinmen Island, close to Taiwan, on Monday. Troops on "
                          "the island were put on alert.")
    assert not any(m.text.endswith("island") for a in article.actors for m in a.mentions), article.actors


def test_what_is_of_the_island_is_no_island_acting(read_actors):
    article = read_actors("Taiwan held elections on Saturday. Beijing said the future of the island was not for others to decide.")
    assert not any(m.text.endswith("island") for a in article.actors for m in a.mentions), article.actors
