""""PM Ishiba": the news abbreviation of a title the tagger took into a name is no part of the name;
the person is the one the text names without it. Sentences written for these tests."""

from __future__ import annotations


def test_the_name_the_tagger_took_with_pm_drops_it():
    """Where the tagger takes "PM" into the name, the name is what follows it."""
    from dyad.annotate.actors import _strip_title
    from dyad.annotate.knowledge import KnowledgeBase
    from dyad.annotate.nlp import load_model

    doc = load_model()("Opposition says the budget shows PM Ishiba has lost his way.")
    start = next(t.i for t in doc if t.text == "PM")
    assert _strip_title(doc[start : start + 2], KnowledgeBase.default()).text == "Ishiba"
    low = next(t.i for t in doc if t.text == "budget")
    assert _strip_title(doc[low : low + 2], KnowledgeBase.default()).text == "budget shows"  # no title


def _people(article):
    return {a.id: a for a in article.actors if a.kind == "person"}


def test_pm_before_a_family_name_is_the_prime_minister_named_so(analyze_text):
    a = analyze_text(
        "Opposition says budget plan shows PM Ishiba has lost his way\n\n"
        "TOKYO (Reuters) - Japan's main opposition party on Monday attacked the budget plan of Prime "
        "Minister Shigeru Ishiba, saying it did nothing for families. Ishiba said the plan would raise wages.",
        published="2025-02-03")
    people = _people(a)
    assert len(people) == 1 and next(iter(people.values())).name == "Shigeru Ishiba", list(people)


def test_pm_before_a_name_joins_the_same_name_given_later(analyze_text):
    """A guard: where the tagger leaves the abbreviation out, one person as before."""
    a = analyze_text(
        "Group spokesman Omar Nasser says reports of a coming truce are a ploy staged by PM Netanyahu to "
        "win votes in the next election.\n\n"
        "Nasser says Netanyahu is trying to mislead the families of the captives.",
        published="2024-05-07")
    netanyahu = [x for x in _people(a).values() if "Netanyahu" in x.name]
    assert len(netanyahu) == 1 and not netanyahu[0].name.startswith("PM"), list(_people(a))


def test_a_time_in_pm_before_a_name_is_no_title(analyze_text):
    """A guard: "pm" in lower case is a time, and a sovereign's title stays."""
    a = analyze_text(
        "King Charles met the envoy at 3 pm Tuesday, and Foreign Minister Ana Ruiz joined them later.",
        published="2024-05-07")
    names = {x.name for x in _people(a).values()}
    assert "Ana Ruiz" in names and any("Charles" in n for n in names), names
