"""The lead's day is the day of its news, not the day a later lead sentence gives another party's act
("Chile's navy has started exercises ... in reply to a tour by Peru's president. Peru's president came
back on Friday ...": Friday is the return's, not the exercises'). Invented texts."""

from dyad.run.analysis import analyze

LEDE = "Chile's navy has started exercises off Peru's coast in reply to a tour of Bolivia by Peru's president.\n\n"
RETURN = "Peru's president, Ana Torres, came back from La Paz on Friday after two days of trade talks.\n\n"
DENOUNCED = "Peru's foreign ministry denounced the Chilean exercises as a provocation."


def _days(text, published="2023-03-18"):
    art = analyze(text, published=published)
    return {e.trigger.text.split()[0]: e.date.value for e in art.events if e.date}


def test_another_partys_day_is_not_the_news_day():
    found = _days(LEDE + RETURN + DENOUNCED)
    assert found["started"] == "2023-03-18" and found["denounced"] == "2023-03-18", found


def test_the_return_keeps_its_own_day():  # guard: the dated clause itself is untouched
    found = _days(LEDE + RETURN + DENOUNCED)
    assert found["came"] == "2023-03-17", found


def test_a_day_of_no_partys_clause_stays_the_news_day():  # guard: "The exercises began on Friday"
    found = _days(LEDE + "The exercises began on Friday near the port of Ilo, the navy said.\n\n" + DENOUNCED)
    assert found["started"] == "2023-03-17" and found["denounced"] == "2023-03-17", found


def test_the_news_partys_day_stays_the_news_day():  # guard: the navy's own statement on Friday
    found = _days(LEDE + "Chile's navy said on Friday the exercises would last three days.\n\n" + DENOUNCED)
    assert found["started"] == "2023-03-17" and found["denounced"] == "2023-03-17", found
