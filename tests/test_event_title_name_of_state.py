"""A titled person whose state follows the name ("President Ukhna Batbold of Mongolia") is that
state's, not the dateline's or the home state's (issue-20sy)."""


def test_president_name_of_state_meets(state_events):
    text = ("Beijing, 9 May (Wire): Chinese Premier Li Qiang held talks with President Ganbold Dashdorj of Mongolia "
            "in Beijing on Monday.")
    assert ("CHN", "MNG", "040") in state_events(text)


def test_president_name_of_state_is_the_source(state_events):
    text = "On Wednesday, President Nurlan Abenov of Kazakhstan held talks with Chinese leader Xi Jinping in Xian."
    events = state_events(text)
    assert any(e[0] == "KAZ" and e[1] == "CHN" for e in events)


def test_title_naming_a_state_keeps_it(state_events):
    # guard: the state in the title wins; an "of" after the name is no state of his
    text = "Mongolian President Ganbold Dashdorj of the ruling party met Chinese President Xi Jinping on Monday."
    assert ("MNG", "CHN", "040") in state_events(text)
