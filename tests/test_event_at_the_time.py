""""At the time" (TimeML's PAST_REF) dates an event by the time last named before its sentence, not
as a past with no date; with no earlier time it stays PAST_REF. Sentences invented after news of
leaders recalling an earlier meeting."""


def _dates(article, code_root):
    return [e.date.value for e in article.events if e.cameo.startswith(code_root) and e.date]


def test_at_the_time_is_the_time_just_told(analyze_text):
    article = analyze_text(
        "In September last year, Brazil's president met Argentina's president at a space center in northern Brazil. "
        "At the time, Argentina's president condemned Brazil's decision to raise tariffs, according to state media.",
        published="2024-06-19",
    )
    assert _dates(article, "11") == ["2023-09"], [(e.cameo, e.date) for e in article.events]


def test_at_the_time_with_no_time_before_stays_unknown(analyze_text):
    article = analyze_text(
        "At the time, Argentina's president condemned Brazil's decision to raise tariffs, according to state media.",
        published="2024-06-19",
    )
    assert _dates(article, "11") == ["PAST_REF"], [(e.cameo, e.date) for e in article.events]
