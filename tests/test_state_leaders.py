"""A title phrase that names a state ("the Russian leader", "the leader of the DPRK", "the
Japanese prime minister") is the person holding that office in that state on the day: for
"leader", the one leading person of that state the article names, else the knowledge base's
leader of the day. A state's word in the phrase keeps other states' people out ("the Russian
president" is no Kim). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _holder(a, phrase):
    start = a.text.index(phrase)
    return [x.name for x in a.actors if x.kind == "person"
            and any(m.start == start and m.end == start + len(phrase) for m in x.mentions)]


@pytest.mark.parametrize(
    ("text", "published", "phrase", "name"),
    [
        ("Vladimir Putin met Kim Jong-un on Thursday. Kim thanked the Russian leader for the invitation.",
         "2019-04-25", "the Russian leader", "Vladimir Putin"),
        ("Vladimir Putin met Kim Jong-un on Thursday. Putin thanked the North Korean leader for the visit.",
         "2019-04-25", "the North Korean leader", "Kim Jong-un"),
        ("Putin hosted Kim Jong Un at the space centre. The leader of the DPRK shows great interest in "
         "rockets, Putin said.", "2023-09-13", "The leader of the DPRK", "Kim Jong-un"),
        ("Putin met Kim Jong Un on Wednesday. The Russian president said the talks had been useful.",
         "2023-09-13", "The Russian president", "Vladimir Putin"),
        ("Officials in Tokyo welcomed the agreement. The Japanese prime minister said the talks had been useful.",
         "2023-03-16", "The Japanese prime minister", "Fumio Kishida"),
        ("Beijing hosted the forum on Tuesday, where the Chinese leader spoke of a shared future.",
         "2024-05-28", "the Chinese leader", "Xi Jinping"),
    ],
)
def test_a_title_naming_a_state_is_its_holder_of_the_day(analyze_text, text, published, phrase, name):
    a = analyze_text(text, published=published)
    assert _holder(a, phrase) == [name], [(x.name, [m.text for m in x.mentions]) for x in a.actors]


def test_a_former_holder_is_not_the_holder_of_the_day(analyze_text):  # guard
    a = analyze_text("Lawmakers met on Monday. The former South Korean president said the talks were useful.",
                     published="2023-03-16")
    assert "Yoon Suk Yeol" not in _holder(a, "The former South Korean president")
