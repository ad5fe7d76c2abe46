"""Names in a headline set in title case ("Yoon Takes Office, Vows Firm Stance", "Biden, Kishida
Agree to Boost Ties"): there every word has a capital, so the tagger runs a name on into the
verbs and nouns after it ("Yoon Takes Office" as an organisation).

A headline is the text's first line when it is a paragraph of its own, ends with no full stop and
has most of its words capitalised (or the article's title segment). A name found there stays when
the knowledge base knows it or the body repeats it; otherwise it is cut to the longest opening
words the body names ("Yoon"), labelled as the body's name holding them is (else a name of
unknown kind), or dropped when the body names none of it.
"""

from __future__ import annotations

import re

from dyad.annotate.mentions import Cand

MIN_WORDS = 4  # a headline of fewer words says too little of its case


def headline_end(article) -> int:
    """The end offset of a title-cased headline opening the text, else 0."""
    seg = article.segments[0] if article.segments else None
    if seg is None or seg.start > 0:
        return 0
    line = article.text[seg.start : seg.end]
    if seg.kind != "title" and ("\n" in line.strip() or line.rstrip()[-1:] in ".!?\"'”’"):
        return 0
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", line)
    if len(words) < MIN_WORDS or sum(w[0].isupper() for w in words) * 4 < len(words) * 3:
        return 0
    return seg.end


def trim_headline_names(article, kb, cands: list[Cand]) -> list[Cand]:
    """``cands`` with the names of a title-cased headline cut to what the body names (above)."""
    end = headline_end(article)
    if not end or not any(c.span.start_char < end for c in cands):
        return cands
    body = article.text[end:]
    out = []
    for cand in cands:
        if cand.span.start_char >= end or kb.lookup(cand.text) or _named_in(cand.text, body):
            out.append(cand)
            continue
        kept = _opening_named(cand.span, body, article.doc, end, kb, article.published)
        if kept is not None:
            out.append(kept)
    return out


def cut_words(article, tagged: list[Cand], kept: list[Cand]) -> set[int]:
    """The tokens ``trim_headline_names`` cut off the names in ``tagged`` that the body does not
    name either ("Takes", "Office"): no part of a name found later."""
    cut = {t.i for c in tagged for t in c.span} - {t.i for c in kept for t in c.span}
    if not cut:
        return cut
    body = article.text[headline_end(article):]
    doc = article.doc
    return {i for i in cut if not _named_in(doc[i].text, body)}


def _opening_named(span, body: str, doc, end: int, kb, day: str | None) -> Cand | None:
    """The longest opening words of ``span`` that the body names, labelled by the body's name
    holding them (a person's, an organisation's), else a person where they are an office
    holder's family name, else NAME; or None."""
    for stop in range(span.end - 1, span.start, -1):
        words = doc[span.start : stop]
        if not words[-1].is_alpha or not _named_in(words.text, body):
            continue
        label = next((e.label_ for e in doc.ents if e.start_char >= end and _named_in(words.text, e.text)), None)
        if label is None:  # "Yoon Suk Yeol", found by the knowledge base: its family name, a person
            label = "PERSON" if kb.office_holders_named(words.text, day) else "NAME"
        words.label_ = label
        return Cand(words, label)
    return None


def _named_in(words: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text) is not None
