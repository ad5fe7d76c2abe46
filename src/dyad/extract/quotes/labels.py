"""Speaker labels: a paragraph that opens with a name and a colon ("PENCE: Well, look, ...",
"Pence: Flowers won't be at debate") is that speaker's words. In an interview printed as
questions and answers ("Q: ...", "A: ..."), each answer is the interviewee's: the person the
article quoted last before its first question ("Kim said in an interview ... The following are
excerpts")."""

from __future__ import annotations

import re

from dyad.article import Article, Quote
from dyad.extract.quotes.words import not_speaker_labels

_LABEL = re.compile(r"[\"“]?([A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3})\s?:\s+(?=\S)")


def label_at(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """(label start, label end, content start) when text[start:end] opens with a speaker label."""
    match = _LABEL.match(text, start, end)
    if match is None or match.group(1).lower() in not_speaker_labels():
        return None
    if len(text[match.end() : end].split()) < 3:
        return None
    return match.start(1), match.end(1), match.end()


def shouted(label: str) -> bool:
    """Transcript labels are written in capitals: 'WALLACE', 'CLINTON'."""
    letters = [c for c in label if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_QA = re.compile(r"(Q|A|Question|Answer)\s?:\s+(?=\S)")
QUESTIONS = ("Q", "Question")


def qa_label(text: str, start: int, end: int) -> tuple[bool, int, int, int] | None:
    """(is a question, label start, label end, content start) for a paragraph of an interview
    printed as "Q: ..." / "A: ...", else None."""
    match = _QA.match(text, start, end)
    if match is None:
        return None
    return match.group(1) in QUESTIONS, match.start(1), match.end(1), match.end()


def answer_speakers(article: Article, answers: list[Quote], first_question: int) -> None:
    """Give each answer the person speaker of the last quote before the first question."""
    before = [q for q in article.quotes if q.start < first_question and q.speaker is not None]
    people = [q for q in before if (a := article.actor(q.speaker)) is not None and a.kind == "person"]
    if not people:
        return
    interviewee = max(people, key=lambda q: q.start).speaker
    for answer in answers:
        answer.speaker = answer.speaker or interviewee
