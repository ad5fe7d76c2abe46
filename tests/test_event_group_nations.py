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


def test_a_word_s_phrases_before_its_first_state_are_that_group(analyze_text):
    # guard: "girls ... Afghan girls ... the girls" is one group: only a second state splits the word
    article = analyze_text(
        "Girls were barred from the schools last year, the charity said. Afghan girls now study at home in "
        "secret, and the girls say they miss their teachers.",
        published="2024-05-07",
    )
    groups = [a for a in article.actors if a.kind == "group" and "girl" in a.id]
    assert len(groups) == 1 and len(groups[0].mentions) >= 3, [(a.id, [m.text for m in a.mentions]) for a in groups]
