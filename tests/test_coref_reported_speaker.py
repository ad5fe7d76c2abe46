"""'"...," he said' goes to the running speaker, the last person who spoke in the article's own
voice; a person the speaker reports as saying or agreeing something ("he said the mayor had agreed
to ...") is named inside that speaker's words and does not take over. Sentences written for these
tests."""

from __future__ import annotations

from tests.quote_lookup import speaker_of as _speaker_of


def _owner(a, at):
    return next((x.id for x in a.actors if any(m.start == at for m in x.mentions)), None)


def test_a_person_named_in_reported_words_is_not_the_running_speaker(analyze_text):
    a = analyze_text(
        'Earlier, Reuters quoted Ruritanian minister Tomas Vellko as saying, "We have firm information that '
        'Osterland is preparing a new strike." Vellko told the media that Ruritania had "firm information" '
        "about the plan.\n"
        "He did not say what proof Ruritania had, but he said President Anton Brask had agreed to publish the "
        "evidence soon.\n"
        '"I am speaking carefully, and I know my words will be read abroad," he said.',
        published="2019-04-08")
    assert _speaker_of(a, "I am speaking carefully") == "tomas-vellko", [(q.speaker, q.text[:30]) for q in a.quotes]
    assert _owner(a, a.text.rindex(" he said") + 1) == "tomas-vellko"


def test_a_spokesman_reporting_a_delegates_report_keeps_the_pronoun(analyze_text):
    a = analyze_text(
        "Palace spokesman Oskar Lindqvist said the talks had gone well.\n\n"
        "Lindqvist said the chief delegate, Jonas Berg, has reported the results to the king.\n\n"
        "The spokesman gave no details. Asked about the proposal for the reefs, he said no talks were needed "
        "because the reefs belong to the kingdom.",
        published="2022-03-30")
    q = next(q for q in a.quotes if q.text.startswith("no talks were needed"))
    assert q.speaker == "oskar-lindqvist", [(q.speaker, q.text[:30]) for q in a.quotes]


def test_guard_a_second_speaker_in_his_own_voice_takes_over(analyze_text):
    """A guard: a person who speaks in the article's own voice ("Brask said") is the running
    speaker of the next '"...," he said'."""
    a = analyze_text(
        'Ruritanian minister Tomas Vellko said, "We have firm information about a strike."\n'
        "President Anton Brask said he had agreed to publish the evidence soon.\n"
        '"I am speaking carefully, and I know my words will be read abroad," he said.',
        published="2019-04-08")
    assert _speaker_of(a, "I am speaking carefully") == "anton-brask", [(q.speaker, q.text[:30]) for q in a.quotes]
    assert _owner(a, a.text.rindex(" he said") + 1) == "anton-brask"
