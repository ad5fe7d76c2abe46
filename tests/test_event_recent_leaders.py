"""Leaders and ministers who took office after PETRARCH2's dictionaries end (2014), of states outside
the G20, act for their state when world news names them without it ("Kyriakos Mitsotakis met ...",
"Mitsotakis travelled to ..."): the knowledge base has them (people.csv, roles.csv). Sentences
written for these tests; the people are real office holders, the events are invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Kyriakos Mitsotakis met Recep Tayyip Erdogan in Ankara on Monday to discuss fishing rights.",
         "2024-03-11", ("GRC", "TUR", "04")),
        ("Kyriakos Mitsotakis told the Albanian premier that the fishing deal was void. "
         "Mitsotakis travelled to Sofia last week.", "2024-03-11", ("GRC", "BGR", "04")),
        ("Abiy Ahmed accused Eritrea of stirring unrest along the frontier.", "2023-02-14", ("ETH", "ERI", "11")),
        ("Nikol Pashinyan criticised Azerbaijan over the closure of the corridor.", "2023-02-14", ("ARM", "AZE", "11")),
        ("Khalifa Haftar threatened Tunisia over the seizure of the tankers.", "2023-02-14", ("LBY", "TUN", "13")),
        ("Ibrahim Traore accused Ivory Coast of sheltering the plotters.", "2023-10-02", ("BFA", "CIV", "11")),
        ("Ferdinand Marcos Jr. summoned the Chinese ambassador over the water cannon incident.",
         "2023-12-11", ("PHL", "CHN", None)),
        ("Jeyhun Bayramov met his Armenian counterpart in Almaty.", "2024-05-10", ("AZE", "ARM", "04")),
        ("Teresita Daza criticised China over the collision near the shoal.", "2023-10-23", ("PHL", "CHN", "11")),
        ("Ghana expelled Sylvain Itte on Tuesday.", "2023-08-29", ("GHA", "FRA", None)),
    ],
)
def test_a_recent_leader_acts_for_the_state(code_roots, text, published, expected):
    src, tgt, root = expected
    events = code_roots(text, published=published)
    assert any(s.startswith(src) and t.startswith(tgt) and (root is None or r == root) for s, t, r in events), events


def test_a_term_is_dated(analyze_text):  # guard: out of office, the person keeps the state, not the office
    a = analyze_text("Hassan Sheikh Mohamud met Kenyan officials in Nairobi.", published="2019-03-01")
    person = next(x for x in a.actors if x.name == "Hassan Sheikh Mohamud")
    assert person.country == "SOM" and "President of Somalia" not in person.roles
    a = analyze_text("Hassan Sheikh Mohamud met Kenyan officials in Nairobi.", published="2023-03-01")
    person = next(x for x in a.actors if x.name == "Hassan Sheikh Mohamud")
    assert "President of Somalia" in person.roles
