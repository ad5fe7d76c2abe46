"""An Arabic name the tagger cut before its family name with the article ("... bin Abdulrahman Al
Thani", "... al Thani") keeps it: one person, not a second person "Al Thani". Sentences written
for these tests."""

from __future__ import annotations


def _people(a):
    return {x.id: [a.text[m.start:m.end] for m in x.mentions] for x in a.actors if x.kind == "person"}


def test_the_al_family_name_stays_with_the_name(analyze_text):
    a = analyze_text(
        "On Friday the envoy phoned Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani about "
        "the prisoner exchange.\n\n"
        "A week later the delegation flew to Doha to see Qatari Prime Minister Sheikh Mohammed bin "
        "Abdulrahman al Thani.",
        published="2024-06-06")
    people = _people(a)
    assert "al-thani" not in people, people
    full = [ms for ms in people.values() if any(m.endswith("Al Thani") for m in ms)]
    assert full and any(m.endswith("al Thani") for m in full[0]), people


def test_guard_a_name_tagged_whole_stays_one_person(analyze_text):
    """A guard: a name the tagger took whole with its "al" family name stays one person, and a
    title before it is not taken."""
    a = analyze_text(
        "Sheikh Khalid bin Nasser al Sabah, the foreign minister, said the talks went well.",
        published="2024-06-06")
    people = _people(a)
    assert len(people) == 1 and any(m.endswith("al Sabah") for ms in people.values() for m in ms), people
