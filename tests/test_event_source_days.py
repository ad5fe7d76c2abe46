"""A statement dated only by the lead's day takes the day its source's earlier statement or meeting
was given ("Speaking to reporters on Thursday, Marsh said ... Marsh also accused ..."): the lead's day
is often another party's act. Texts invented after news of a spokeswoman answering drills and of
talks followed by an invitation."""

from dyad.run.analysis import analyze

DRILLS = ("Chile began naval drills near a disputed atoll on March 16, its navy said.\n\n"
          "Peru's envoys in Santiago handed a protest note to Chilean officials, a Peruvian spokeswoman, Lina "
          "Marsh, said.\n\n")
SAID = "Speaking to reporters on Thursday, Marsh said Chile's drills broke a 2019 accord.\n\n"
LATER = "Marsh also accused Chile of stoking tension at sea."


def _days(text, published="2019-03-22"):
    art = analyze(text, published=published)
    country = {a.id: a.country for a in art.actors}
    return [(country.get(e.source), country.get(e.target), e.cameo[:2], e.date.value if e.date else None,
             e.trigger.text.split()[0]) for e in art.events]


def test_a_later_statement_takes_its_speakers_day():
    found = _days(DRILLS + SAID + LATER)
    assert [d for s, t, r, d, w in found if w == "accused"] == ["2019-03-21"], found


def test_the_talks_day_dates_the_invitation_after_them():
    found = _days("Chilean Foreign Minister Ana Rios arrived in Lima on Tuesday for a three-day visit.\n\n"
                  "On Sunday, Rios held talks with Peruvian Foreign Minister Luis Soto in Lima.\n\n"
                  "Rios later also invited Soto to Santiago.",
                  published="2023-06-19")
    assert {d for s, t, r, d, w in found if w == "invited"} == {"2023-06-18"}, found


def test_another_source_keeps_the_leads_day():  # guard: the envoys' protest is not Marsh's
    found = _days(DRILLS + SAID + LATER)
    assert [d for s, t, r, d, w in found if w == "handed"] == ["2019-03-16"], found


def test_an_old_day_is_no_occasion():  # guard: a day more than a week before publication moves nothing
    found = _days(DRILLS + SAID + LATER, published="2019-04-10")
    assert "2019-03-21" not in [d for s, t, r, d, w in found if w == "accused"], found



NOTE = ("Chile offered Peru new fishing talks in a diplomatic note, Lima's foreign ministry said Monday.\n\n"
        "In a radio address on Saturday, Chile's president called on Peru to return to the table.\n\n")
PATROLS = "In its note, Chile also proposed joint patrols near Arica."


def test_a_source_whose_lead_act_has_the_leads_day_keeps_it():  # the note's proposals are Monday's
    found = _days(NOTE + PATROLS, published="2023-03-20")
    assert [d for s, t, r, d, w in found if w == "proposed"] == ["2023-03-20"], found


def test_the_earlier_statement_keeps_its_day():  # guard: Saturday's appeal stays Saturday's
    found = _days(NOTE + PATROLS, published="2023-03-20")
    assert [d for s, t, r, d, w in found if w == "called"] == ["2023-03-18"], found
