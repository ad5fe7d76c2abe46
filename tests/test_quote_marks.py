from dyad.extract.quotes.stage import quote_spans


def spans(text):
    return [text[s:e] for s, e in quote_spans(text, 0, len(text))]


def test_straight_and_curly_marks_mixed():
    text = '"North Korea sees the US as key,” Kim told the paper. “It will not change."'
    assert spans(text) == ["North Korea sees the US as key", "It will not change."]


def test_partial_quote_inside_a_sentence():
    assert spans('He called it a "new Cold War" in a speech.') == ["new Cold War"]


def test_quote_left_open_closes_at_the_end_of_the_paragraph():
    assert spans("“The first paragraph of a long quote runs on") == [
        "The first paragraph of a long quote runs on"
    ]


def test_nested_single_quotes_stay_inside():
    assert spans("“He told me ‘never again’ and left,” she said.") == ["He told me ‘never again’ and left"]


def test_stray_closing_mark_is_ignored():
    assert spans('The 12" record was sold.') == []


def test_a_quote_inside_a_quote_stays_inside():
    text = "“I’d rather live in what he calls “hell” than live in his world.” ― Ana Ruiz"
    assert spans(text) == ["I’d rather live in what he calls “hell” than live in his world."]


def test_marks_typed_the_wrong_way_round_keep_the_plain_reading():
    assert spans("He called it “bad” and “worse,” she said.") == ["bad", "worse"]
