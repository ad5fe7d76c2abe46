"""Unnamed groups of people with one head word are one group, but not across the states their words
name: "Chilean officials" and "Peruvian officials" of one text are two groups, and the Peruvians' acts
are Peru's. A phrase naming no state ("the officials") joins the last group of its word. Sentences
written for these tests."""


def test_two_nations_officials(state_events):
    found = state_events(
        "Lima and Santiago held talks on Monday. Chilean officials said the talks were useful, while "
        "Peruvian officials criticized Chile."
    )
    assert ("PER", "CHL", "111") in found, found
    assert ("CHL", "CHL", "111") not in found, found


def test_bare_phrase_joins_the_last_group(read_actors):
    article = read_actors(
        "Chilean officials met the delegation on Monday. Peruvian officials arrived later. "
        "The officials said they would meet again."
    )
    groups = {a.id: a for a in article.actors if a.id.startswith("group-")}
    assert "group-chl-gov-official" not in groups or all(
        "Peruvian" not in m.text for m in groups["group-chl-gov-official"].mentions), groups


def test_a_peoples_word_is_its_own_group(read_actors):
    # "European" names no state: the Europeans are not the Chileans before them
    article = read_actors(
        "Chilean officials met the delegation on Monday. Chile then banned eight European officials from entry. "
        "Chilean officials said the ban would stay."
    )
    chilean = [a for a in article.actors if a.id == "group-chl-gov-official"]
    assert chilean and all("European" not in m.text for m in chilean[0].mentions), article.actors
