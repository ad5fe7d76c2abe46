"""A lead whose subject the parser hung on the dateline's town as an apposition ("OSLO, Norway —
A delegation of ... met", "NAIROBI (Reuters) — A team of ... met"): the lead's subject acts, the
town only says where the story was filed, and stays a place. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("OSLO, Norway — A delegation of Canadian senators met Tuesday with Norway's prime minister in a show of support.",
         ("CAN", "NOR", "04")),
        ("NAIROBI (Reuters) — A team of Ethiopian negotiators met Friday with Kenya's foreign minister to discuss the border.",
         ("ETH", "KEN", "04")),
        ("LIMA, Peru (AP) — A group of Chilean ministers visited Peru on Thursday to discuss fishing rights.",
         ("CHL", "PER", "04")),
    ],
)
def test_the_lead_after_a_dateline_keeps_its_subject(code_roots, text, event):
    found = code_roots(text)
    assert any(s.startswith(event[0]) and t.startswith(event[1]) and r == event[2] for s, t, r in found), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("A delegation of Canadian senators met Tuesday with Norway's prime minister in a show of support.",
         ("CANLEG", "NOR", "04")),
        ("TOKYO (Reuters) - Japan lodged a protest with China on Monday over a survey ship.", ("JPN", "CHN", "11")),
        ("OSLO, Norway — Canada recalled its ambassador to Norway on Tuesday.", ("CAN", "NOR", "16")),
    ],
)
def test_leads_read_as_before(code_roots, text, event):
    assert event in code_roots(text)


def test_the_dateline_town_stays_a_place_and_no_actor(analyze_text):
    text = "OSLO, Norway — A delegation of Canadian senators met Tuesday with Norway's prime minister."
    article = analyze_text(text, published="2024-05-04")
    oslo = [p for p in article.places if p.name == "Oslo"]
    assert oslo and oslo[0].mentions[0].start == 0, article.places
    assert not any(m.start == 0 for a in article.actors for m in a.mentions), article.actors
