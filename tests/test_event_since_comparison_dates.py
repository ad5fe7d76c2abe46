"""A "since" time that only compares ("for the sixth time since June last year", "for the first time since
taking office in January") dates no event, whatever the ordinal and however deep in the "since" phrase the
time lies; the act keeps its own day (issue-20)."""


def _days(analyze_text, text, published):
    article = analyze_text(text, published=published)
    country = {a.id: a.country for a in article.actors}
    return [(country.get(e.source), country.get(e.target), e.cameo[:2], e.date.value if e.date else None)
            for e in article.events]


def test_later_ordinal_since_dates_no_event(analyze_text):
    text = ("For the sixth time since June last year, Swedish navy ships rammed Norwegian fishing boats, "
            "the Norwegian coast guard said on Monday.")
    days = _days(analyze_text, text, "2024-03-05")
    assert [d for s, t, r, d in days if (s, t) == ("SWE", "NOR")] == ["2024-03-04"]


def test_time_inside_since_phrase_dates_no_event(analyze_text):
    text = ("The Swedish foreign minister, who is visiting Norway for the first time since taking office in January, "
            "met his Norwegian counterpart on Monday.")
    days = _days(analyze_text, text, "2024-03-05")
    assert ("SWE", "NOR", "04", "2024-01") not in days
    assert ("SWE", "NOR", "04", "2024-03-04") in days


def test_since_without_comparison_still_dates(analyze_text):
    # guard: "since January" with no ordinal is when the blocking began
    text = "Swedish navy ships have blocked Norwegian fishing boats since January, the Norwegian coast guard said on Monday."
    days = _days(analyze_text, text, "2024-03-05")
    assert ("SWE", "NOR", "17", "2024-01") in days
