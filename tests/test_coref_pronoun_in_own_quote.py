"""A he or she inside a speaker's own direct quote is someone else (the speaker says "I"): also
in a quote that goes on in the next sentence with no speech verb of its own ('"...," Osten said.
"He has promised ..."'), in a long quote whose closing mark lies far after the pronoun, and under
"he disclosed". Sentences written for these tests."""

from __future__ import annotations


def _owner(a, at):
    return next((x.id for x in a.actors if any(m.start == at for m in x.mentions)), None)


def test_a_pronoun_in_a_quote_that_goes_on_is_not_its_speaker(analyze_text):
    a = analyze_text(
        "Mayor Karl Osten met the union leader Piet Dorn on Friday to discuss the strike.\n\n"
        '"The strike must end this week," Osten said after the meeting. '
        '"He has promised to call it off by Monday, and he keeps his word."',
        published="2024-06-06")
    at = a.text.index("He has promised")
    assert _owner(a, at) == "piet-dorn", [(x.id, [a.text[m.start:m.end] for m in x.mentions]) for x in a.actors]


def test_a_pronoun_far_from_the_closing_mark_is_not_the_speaker(analyze_text):
    a = analyze_text(
        "Premier Lars Hohl said he was pleased with his talks with President Emil Varga in Tallin.\n\n"
        '"He came with a long list of demands on the grain trade, the port fees, the rail link, the fishing '
        "quotas and the border posts, and he did not give way on any of them until late in the evening, when "
        "our two delegations finally found a text that both cabinets can sign next month in the capital and "
        'that the farmers on both sides of the river can live with for years," he disclosed.',
        published="2024-06-06")
    at = a.text.index("He came with a long")
    assert _owner(a, at) == "emil-varga", [(x.id, [a.text[m.start:m.end] for m in x.mentions]) for x in a.actors]


def test_guard_a_pronoun_after_the_quote_is_the_speaker(analyze_text):
    """A guard: the "he" of the speech verb after the quote is the speaker still, and a quote that
    opens a new paragraph keeps the reading it had."""
    a = analyze_text(
        "Mayor Karl Osten met the union leader Piet Dorn on Friday to discuss the strike.\n\n"
        '"The strike must end this week," Osten said after the meeting. "I will not wait," he added.',
        published="2024-06-06")
    at = a.text.index("he added")
    assert _owner(a, at) == "karl-osten"
