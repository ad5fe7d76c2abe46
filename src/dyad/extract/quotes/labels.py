"""Speaker labels: a paragraph that opens with a name and a colon ("PENCE: Well, look, ...",
"Pence: Flowers won't be at debate") is that speaker's words."""

from __future__ import annotations

import re

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
