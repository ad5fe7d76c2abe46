"""A new official named by a state title alone ("Deputy Foreign Minister X") in an article with no
home state (no dateline, no official of the day by title alone) is of the state the lead's subject
names ("The Chilean government has decided to send ..."); sentences written for these tests."""

from dyad.run.analysis import analyze

LEAD = ("The Chilean government has decided to send its Foreign Ministry's top diplomat to Peru to ease a "
        "row over fishing rights, the ministry said.\n\n")


def people(text, published="2024-03-04"):
    art = analyze(text, published=published)
    return {a.id: a.code for a in art.actors if a.kind == "person"}, art


def test_a_new_official_titled_alone_is_of_the_leads_state():
    found, art = people(LEAD + "Deputy Foreign Minister Pablo Ortiz will hold talks with Peruvian officials on Tuesday.\n\n"
                        "Earlier in the day, Ortiz lodged a protest with Peruvian Ambassador Luis Vega.")
    assert found.get("pablo-ortiz") == "CHLGOV", found
    assert found.get("luis-vega") == "PERGOV", found
    country = {a.id: a.country for a in art.actors}
    assert ("CHL", "PER", "11") in [(country.get(e.source), country.get(e.target), e.cameo[:2]) for e in art.events]


def test_a_state_the_lead_only_says_is_its_subject():
    found, _ = people("Chile says it is in talks with Peru to end a row over fishing rights.\n\n"
                      "Vice Foreign Minister Pablo Ortiz met Peruvian officials in Lima last week.")
    assert found.get("pablo-ortiz") == "CHLGOV", found


def test_a_former_official_keeps_no_state():  # guard
    found, _ = people(LEAD + "Former deputy Foreign Minister Pablo Ortiz criticised the trip on Tuesday.")
    assert found.get("pablo-ortiz") is None, found


def test_a_lead_whose_subject_is_reported_gives_no_state():  # guard: the JCS said that North Korea fired
    found, _ = people("The military said that Peru fired shots near a Chilean boat on Monday.\n\n"
                      "Deputy Defence Minister Pablo Ortiz called the shooting reckless.")
    assert found.get("pablo-ortiz") is None, found


def test_a_state_named_in_what_another_source_reports_gives_no_state():  # guard: Seoul's news of the North
    found, _ = people("Pyongyang fired a ballistic missile into the sea on Monday, the military said.\n\n"
                      "Vice Defense Minister Pablo Ortiz condemned the launch.")
    assert found.get("pablo-ortiz") is None, found
