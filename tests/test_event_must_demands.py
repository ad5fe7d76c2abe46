"""A reported clause whose verb names no event, with "must" and a named actor as its subject ("said Peru
must act"), is the speaker's demand of that actor (100), as "should" is its appeal (020); also when the
clause is joined with its own subject to another reported clause ("said the talks had failed and Chile
must now act"). Sentences written for these tests."""

from dyad.run.analysis import analyze


def coded(text, published="2025-03-15"):
    art = analyze(text, published=published)
    country = {a.id: a.country for a in art.actors}
    return [(e.source, country.get(e.target), e.cameo) for e in art.events]


def test_said_state_must_act():
    found = coded("Peruvian Foreign Minister Luis Paz said on Monday that Chile must act.")
    assert ("luis-paz", "CHL", "100") in found, found


def test_joined_reported_clause_must_act():
    found = coded("Peruvian Foreign Minister Luis Paz said the talks had failed and Chile must now act.")
    assert ("luis-paz", "CHL", "100") in found, found


def test_joined_reported_clause_must_withdraw_is_a_demand():
    found = coded("Peruvian Foreign Minister Luis Paz said the talks had failed and Chile must withdraw its troops.")
    assert [c for s, t, c in found if t == "CHL" and s == "luis-paz" and c.startswith("10")], found


def test_must_not_and_should_unchanged():
    assert not [c for s, t, c in coded("Peruvian Foreign Minister Luis Paz said on Monday that Chile must not act.") if c.startswith("10")]
    found = coded("Peruvian Foreign Minister Luis Paz said on Monday that Chile should act.")
    assert ("luis-paz", "CHL", "020") in found, found  # guard: as before
