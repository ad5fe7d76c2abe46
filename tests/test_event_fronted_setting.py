"""A participle clause that opens its sentence sets its time: an active one ("Ending three days of talks
on Wednesday, the envoys released a communique that criticized ...") for the main clause's events, a
passive one ("Begun on 3 May, the blockade ...") for its subject only. Invented texts."""

from dyad.run.analysis import analyze


def _days(text, published):
    art = analyze(text, published=published)
    return {e.trigger.text.split()[0]: e.date.value for e in art.events if e.date}


def test_an_opening_active_participle_dates_the_main_clause():
    found = _days("Ending three days of talks in Quito on Wednesday, the envoys of Peru and Chile released a "
                  "communique that criticized Bolivia's border closure.", "2023-11-14")
    assert found["criticized"] == "2023-11-08", found


def test_an_opening_passive_participle_dates_its_subject():
    found = _days("Begun on 3 May, the blockade of Arica by Chile's navy has cut the town's food supplies.", "2023-12-05")
    assert found["blockade"] == "2023-05-03" and found["cut"] == "2023-12-05", found


def test_a_passive_participle_does_not_date_the_subjects_act():  # guard: "Elected in 2019, the president condemned"
    found = _days("Elected in 2019, Peru's president condemned Chile's naval drills near the border.", "2023-12-05")
    assert found["condemned"] != "2019", found


def test_the_main_clauses_own_day_comes_first():  # guard: "Arriving on Monday, ... met ... on Tuesday"
    found = _days("Arriving in Lima on Monday, Peru's foreign minister met Chilean officials on Tuesday.", "2023-11-16")
    assert found["met"] == "2023-11-14", found
