"""'"...," Ota said. The official added that ...', '... a special envoy of the army said. ... He said
that ...': "the official" or "he" that no earlier rule resolves goes on with the source who spoke
just before. Sentences written for these tests."""

from __future__ import annotations

from .test_quotes import quotes, speaker_of


def _speaker_of_words(article, words: str):
    """The actor who says the quote that holds these words."""
    hits = [q for q in article.quotes if words in q.text]
    assert hits, f"no quote holds {words!r}: {quotes(article)}"
    return article.actor(hits[0].speaker)


def test_the_official_after_a_cabinet_secretary_is_that_secretary(analyze_text):
    """The knowledge base gives this man a later office (premier); the text titles him secretary."""
    a = analyze_text(
        "Tokyo will answer every intrusion calmly, Chief Cabinet Secretary Yoshihide Suga told reporters on Wednesday.\n\n"
        "\"Our patrol boats will stay in those waters,\" Suga said after a cabinet meeting.\n\n"
        "The official added that the cabinet would take up the fishing quotas again on Friday.",
        published="2024-05-07")
    speaker = speaker_of(a, "the cabinet would take up")
    assert speaker is not None and speaker.name in ("Yoshihide Suga", "Suga"), quotes(a)


_VIDAL_SAID = [
    "Vidal said the map was a needless step and that Chile had sent a note about it to Lima.",
    "He said no drawing on a map could move a line that both countries had signed off on decades ago.",
    "Vidal said Lima should read the ruling of the court again and keep to what it says about the grounds.",
    "Asked about talks between Lima and its northern neighbours on fishing, Vidal said Chile wished every "
    "country in the region well with its own agreements.",
    "Asked about plans in Lima to buy two new frigates, Vidal said Chile did not comment on what other "
    "countries spend on their navies.",
    "Vidal said Chilean boats had fished those grounds under licence for forty years and would keep doing "
    "so under the rules both sides had agreed.",
    "He said the two governments had set up a joint commission on the grounds in 2015 and that it had met "
    "only twice since then.",
    "Vidal said Santiago was ready to convene the commission in July, but not while Peruvian planes kept "
    "flying low over Chilean trawlers.",
    "Asked whether the two presidents would meet at the summit in Quito next month, Vidal said he had "
    "nothing to add on the president's travel at this stage.",
    "Vidal said the foreign ministers of the two countries had spoken by telephone on Wednesday and had agreed "
    "to let their experts compare the two maps before any further step.",
    "He said Chile would also raise the flights with the regional fisheries body at its next session, where "
    "both countries sit as members with the other coastal states of the south Pacific.",
    "\"Chile stands by the ruling. It asks nothing more of Lima than to honour its own "
    "signature,\" Vidal said.",
]


def test_the_spokesman_after_the_named_spokesman_is_that_man(analyze_text):
    """The spokesman introduced unnamed in the lead is named next and speaks for many paragraphs."""
    a = analyze_text(
        "SANTIAGO - Peru should halt its survey flights over the southern fishing grounds, a Chilean Foreign "
        "Ministry spokesman told a regular press briefing Friday.\n\n"
        "Tomas Vidal was commenting on a map published online by the Peruvian Foreign Ministry.\n\n"
        + "\n\n".join(_VIDAL_SAID) + "\n\n"
        "The spokesman brushed the complaint aside, saying \"Lima knows where the line runs.\"",
        published="2024-05-07")
    speaker = speaker_of(a, "Lima knows where the line runs")
    assert speaker is not None and speaker.name in ("Tomas Vidal", "Vidal"), quotes(a)


def test_he_after_the_official_stays_with_that_official(analyze_text):
    """A guard: "the official" and "he" after a named official who spoke stay his."""
    a = analyze_text(
        "SEOUL, May 3 (Yonhap) -- North Korea on Friday dismissed a report published by a panel of the "
        "regional security forum.\n\n"
        "Ri Chol-man, head of the legal bureau at North Korea's foreign ministry, said he \"firmly\" "
        "dismisses the report, according to the state news agency KCNA.\n\n"
        "\"The panel is nothing but a tool of a handful of powers,\" Ri said, calling its members "
        "\"paid critics.\"\n\n"
        "The official criticised Washington for moving more fighter jets to its bases. He also lashed out at "
        "Canberra, which hosts the forum this year, for expanding its naval port in the north.",
        published="2024-05-07")
    speaker = _speaker_of_words(a, "naval port")
    assert speaker is not None and speaker.name in ("Ri Chol-man", "Ri"), quotes(a)


def test_he_after_an_unnamed_envoy_is_the_body_he_spoke_for(analyze_text):
    a = analyze_text(
        "QUITO, June 9. The Ecuadorian navy will meet the fishermen's union next week about the closed "
        "harbours, but will not lift the closure, a special envoy of the Ecuadorian navy chief said in Quito on Monday.\n\n"
        "The closure has kept the trawlers in port since March.\n\n"
        "He said that the navy would reopen two harbours by July.",
        published="2024-05-07")
    first = _speaker_of_words(a, "will meet the fishermen")
    speaker = speaker_of(a, "the navy would reopen")
    assert first is not None and speaker is not None and speaker.id == first.id, quotes(a)


def test_the_official_after_another_person_is_named_is_not_the_speaker_before(analyze_text):
    """A guard: a person named between the speaker and "the official" leaves the official to others."""
    a = analyze_text(
        "\"Our patrol boats will stay in those waters,\" Chief Cabinet Secretary Yoshihide Suga said on Wednesday.\n\n"
        "Defense Minister Aiko Mori met the US ambassador Rahm Carter later in the day.\n\n"
        "The official added that the cabinet would take up the fishing quotas again on Friday.",
        published="2024-05-07")
    speaker = speaker_of(a, "the cabinet would take up")
    assert speaker is None or speaker.name not in ("Yoshihide Suga", "Suga"), quotes(a)


def test_she_after_a_named_minister_stays_hers(analyze_text):
    """A guard: a pronoun the reader gives a person keeps that person."""
    a = analyze_text(
        "Foreign Minister Ana Ruiz said on Monday that the talks would resume in June.\n\n"
        "\"We expect both sides to keep their word,\" she said.",
        published="2024-05-07")
    speaker = speaker_of(a, "We expect both sides")
    assert speaker is not None and speaker.name in ("Ana Ruiz", "Ruiz"), quotes(a)


def test_a_slashed_agency_dateline_is_no_content_of_the_lead(analyze_text):
    """'QUITO, June 9. /TASS/. X, a source said': the dateline, agency between slashes, is no part
    of what was said."""
    a = analyze_text(
        "QUITO, June 9. /TASS/. The Ecuadorian navy will meet the fishermen's union next week about the "
        "closed harbours, a special envoy of the Ecuadorian navy chief said in Quito on Monday.",
        published="2024-05-07")
    lead = [q for q in a.quotes if "will meet the fishermen" in q.text and q.cue == "said"]
    assert lead and lead[0].text.startswith("The Ecuadorian navy"), quotes(a)


def test_a_dashed_dateline_still_is_no_content(analyze_text):
    """A guard: the dash form the dateline reader takes stays out as before."""
    a = analyze_text(
        "SEOUL, May 3 (Yonhap) -- The army will meet the union next week, a ministry "
        "official said on Thursday.",
        published="2024-05-07")
    lead = [q for q in a.quotes if "will meet the union" in q.text and q.cue == "said"]
    assert lead and lead[0].text.startswith("The army"), quotes(a)
