"""Formal honorifics before a name ("Her Excellency Ms. X, Minister of ...", "Hon. X, Secretary of ..."):
the name keeps the title in apposition after it (its state), and "Hon." ends no sentence (issue-20)."""


def test_excellency_keeps_the_title_after_the_name(state_events):
    text = ("On May 6, 2024, Her Excellency Ms. Aino Virtanen, Minister for Foreign Affairs of Finland, held talks "
            "with His Excellency Mr. Rui Mota, Minister of Foreign Affairs of Portugal, in Geneva.")
    assert ("FIN", "PRT", "040") in state_events(text)


def test_hon_is_no_sentence_end(state_events):
    text = ("Mr. Rui Mota, Minister of Foreign Affairs of Portugal, on Monday held a telephone meeting with "
            "Hon. Aino Virtanen, Minister for Foreign Affairs of Finland.")
    assert ("PRT", "FIN", "040") in state_events(text)


def test_plain_name_with_title_unchanged(state_events):
    # guard: a name in apposition to a title before it still takes that title's state
    text = "The Finnish foreign minister, Aino Virtanen, held talks with Rui Mota, Minister of Foreign Affairs of Portugal, on Monday."
    assert ("FIN", "PRT", "040") in state_events(text)
