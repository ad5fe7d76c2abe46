"""The speed work's screens answer as the full work they skip: the event patterns tried only where
the trigger has the preposition or object word they need pick the same pattern and cue as trying
every pattern of the word in turn. Invented sentences."""

from __future__ import annotations

import pytest

from dyad.annotate.nlp import load_nlp
from dyad.extract.events.patterns import Patterns

SENTENCES = (
    "Vardia launched missiles at the border posts of Elmora on Tuesday, and its navy opened fire on a patrol boat.",
    "The ministers held talks with their Elmoran counterparts and signed an accord on fishing rights.",
    "Elmora accused Vardia of shelling a village, called for restraint and asked for help from the league.",
    "The envoy was summoned over the remarks, and the council gave aid to the refugees who fled the fighting.",
    "Police arrested six protesters, released two of them later and vowed to take stern action against the rest.",
    "The president began a visit to Kestria, opened a new embassy there and promised to provide loans.",
)


def _key(match):
    return None if match is None else (match.pattern, match.trigger.i, [t.i for t in match.cue])


@pytest.fixture(scope="module")
def docs():
    nlp = load_nlp()
    return [nlp(s) for s in SENTENCES]


def test_screened_patterns_pick_as_trying_every_pattern(docs, monkeypatch):
    patterns = Patterns.default()
    fast = [_key(patterns.match(t)) for doc in docs for t in doc]
    monkeypatch.setattr(Patterns, "_viable", lambda self, candidates, token, parse: range(len(candidates)))
    slow = [_key(patterns.match(t)) for doc in docs for t in doc]
    assert fast == slow
    assert sum(k is not None for k in fast) >= 8  # the sentences do name events


def test_screen_keeps_the_order_of_the_patterns(tmp_path, docs, monkeypatch):
    """The first pattern that holds wins, whatever it needs: a preposition, an object word, any
    object or nothing."""
    path = tmp_path / "p.yaml"
    path.write_text(
        "verbs:\n"
        "  launch:\n"
        "    - {code: '195', object: [drone]}\n"
        "    - {code: '190', prep: [at]}\n"
        "    - {code: '138', object: '*'}\n"
        "    - {code: '036'}\n"
        "  open:\n"
        "    - {code: '172', object: [embassy], prep: [in]}\n"
        "    - {code: '190', object: [fire]}\n"
        "    - {code: '036'}\n"
        "  hold:\n"
        "    - {code: '040', object: '*'}\n"
        "    - {code: '190', object: [talk]}\n",
        encoding="utf-8",
    )
    patterns = Patterns.load(path)

    def code(doc, word):
        match = patterns.match(next(t for t in doc if t.lower_ == word))
        return None if match is None else match.pattern.code

    fast = [code(docs[0], "launched"), code(docs[0], "opened"), code(docs[5], "opened"), code(docs[1], "held")]
    assert fast == ["190", "190", "036", "040"]
    monkeypatch.setattr(Patterns, "_viable", lambda self, candidates, token, parse: range(len(candidates)))
    assert [code(docs[0], "launched"), code(docs[0], "opened"), code(docs[5], "opened"), code(docs[1], "held")] == fast
