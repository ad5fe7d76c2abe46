"""A refusal made by negating the verb ("cannot accept the demands", "will not allow such plans", "will not
lift the ban": CAMEO 12x) happened: the negation and its modal are what the code says, so the event is
asserted (or reported, inside a quote), never negated or predicted. A refusal itself denied ("did not
reject") stays negated; a conditional refusal stays conditional; a negated event that is no refusal stays
negated. Sentences written for these tests."""

import pytest

from dyad.run.analysis import analyze


def events(text, published="2023-08-28"):
    art = analyze(text, published=published)
    country = {a.id: a.country for a in art.actors}
    return [(country.get(e.source), country.get(e.target), e.cameo, e.modality) for e in art.events]


HAPPENED = ("asserted", "reported")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Portugal cannot accept the complaints that have come from Madrid," the minister said on Friday.',
         ("PRT", "120")),
        ("Portugal says it cannot accept the complaint by Spain about its fishing fleet.", ("PRT", "12")),
        ("Portugal will never accept the annexation of the islands by Spain, its president said on Friday.",
         ("PRT", "120")),
        ('"Portugal will not tolerate any such scheme by Spain," the minister said on Friday.',
         ("PRT", "120")),
        ("Portugal will not lift the ban on Spanish goods, the minister said on Friday.", ("PRT", "124")),
        ("Portugal said on Friday it would not accept the proposal from Spain.", ("PRT", "120")),
    ],
)
def test_refusal_by_negated_verb_happened(text, expected):
    found = events(text)
    hits = [f for f in found if f[0] == expected[0] and f[2].startswith(expected[1])]
    assert hits, found
    assert all(f[3] in HAPPENED for f in hits), found


@pytest.mark.parametrize(
    ("text", "code", "mood"),
    [
        ("Portugal did not reject the proposal from Spain on Friday.", "12", "negated"),  # a refusal denied
        ("If Spain insists, Portugal will not accept the proposal.", "12", "conditional"),
        ("Portugal did not accept the proposal from Spain on Friday.", "03", "negated"),  # no refusal code
        ("Portugal refused to attend the talks with Spain on Friday.", "04", "negated"),  # the talks refused
    ],
)
def test_other_negations_keep_their_modality(text, code, mood):
    found = events(text)
    hits = [f for f in found if f[0] == "PRT" and f[2].startswith(code)]
    assert hits and all(f[3] == mood for f in hits), found
