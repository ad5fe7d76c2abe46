"""Institutions named by their state and their kind: "North Korea's foreign ministry", "the South
Korean military", "Seoul's unification ministry", "Thailand's defence ministry".

The state's name (or demonym, or capital) and a phrase ending in an organisation word of
``data/actors/sectors.csv`` ("ministry", "military", "navy", "coast guard", ...) make one
organisation mention, which replaces the state's own: the ministry, not the state, said it.
States coordinated before it share its words: "Indian and Pakistani troops", "US, Japanese and
South Korean warships" name one institution of each state (the mention of "Indian" stands for
"Indian troops"). The
actors stage then finds the institution in the knowledge base by the whole phrase ("North Korea's
Foreign Ministry" is an alias there) or, failing that, makes an organisation of that state with the
sector its words imply.
"""

from __future__ import annotations

from dyad.annotate.mentions import Cand

MAX_WORDS = 4  # words of the institution phrase after the state's name
# Words that name the state itself acting rather than one of its institutions
STATE_ITSELF = {"government", "administration", "cabinet", "office", "authority", "authorities",
                "presidency", "leadership", "regime", "side", "state"}


def institution_candidates(article, kb, cands: list[Cand]) -> list[Cand]:
    """Spans "<state>['s] <institution words>" that start at a state's candidate."""
    doc = article.doc
    out = []
    for cand in cands:
        span = cand.span
        if not any(e.kind == "state" for e, _via in kb.lookup(cand.name or span.text)):
            continue
        j = span.end
        if j < len(doc) and doc[j].tag_ == "POS":
            j += 1
        end = _institution_end(doc, j, kb)
        if end is not None:
            end = _of_name_end(doc, end)
        if end is not None and not _names_known_org(doc, j, end, kb):
            whole = doc[span.start : end]
            whole.label_ = "ORG"
            # "the North's defense ministry": named by the state the compass word stands for
            named = f"{cand.name}'s {doc[j:end].text}" if cand.name else None
            out.append(Cand(whole, "ORG", name=named))
            if j == span.end:  # a demonym, not "India's": the states coordinated before share the words
                words = doc[j:end].text
                out += [Cand(s, "ORG", name=f"{s.text} {words}") for s in _coordinated_before(span, cands, kb)]
    return out


def _names_known_org(doc, start: int, end: int, kb) -> bool:
    """"the North's official Rodong Sinmun", "Korea's state-run KCNA": the words after the state
    end in the name of an organisation the knowledge base knows; that is the actor, not an
    institution made of the state and the words. The name may run on past the institution
    word, by two capitalised words at most: "Pyongyang's official Korean Central News Agency"."""
    last = end
    while last < len(doc) and last - end < 2 and doc[last].is_title and doc[last - 1].whitespace_:
        last += 1
    for k in range(start + 1, end):
        if doc[k].pos_ != "PROPN":
            continue
        for stop in range(last, end - 1, -1):
            if any(e.kind == "organization" for e, _via in kb.lookup(doc[k:stop].text)):
                return True
    return False


def _coordinated_before(span, cands: list[Cand], kb) -> list:
    """The states' spans joined to ``span`` by "and", "or" or commas, right before it: "Indian and"
    in "Indian and Pakistani troops"."""
    doc, found = span.doc, []
    by_end = {c.span.end: c.span for c in cands}
    start = span.start
    if start < 2 or doc[start - 1].lower_ not in ("and", "or"):
        return found  # "visit Pyongyang, North Korean state media reported": no list without "and"
    while start >= 2 and doc[start - 1].lower_ in ("and", "or", ","):
        before = by_end.get(start - 1)
        if before is None and doc[start - 1].lower_ in ("and", "or") and doc[start - 2].text == ",":
            before = by_end.get(start - 2)  # the serial comma: "US, Japanese, and South Korean"
        if before is None or not any(e.kind == "state" for e, _via in kb.lookup(before.text)):
            break
        found.append(before)
        start = before.start
    return found[::-1]


def _institution_end(doc, start: int, kb) -> int | None:
    """The end of the longest run of words from ``start`` that ends in an organisation word
    ("Seoul's presidential office": an office named by a phrase of its own, not the state's)."""
    words, best = [], None
    for k in range(start, min(start + MAX_WORDS, len(doc))):
        token = doc[k]
        if not token.is_alpha or token.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "PART"):
            break
        words.append(token.lower_)
        if (words[-1] not in STATE_ITSELF or kb.org_phrase(words[-2:])) and kb.org_sector_of_head(words):
            best = k + 1
    return best


def _of_name_end(doc, end: int) -> int:
    """"Japan's Ministry of Defense", "China's Ministry of Commerce", "Vietnam's Ministry of
    Industry and Trade": a capitalised institution word's "of" and the capitalised words after it
    (joined by "and" or commas) are part of its name; else ``end`` as it was."""
    if end >= len(doc) or doc[end].lower_ != "of" or not doc[end - 1].is_title:
        return end
    k, last = end + 1, end
    while k < len(doc):
        token = doc[k]
        if token.is_title and token.is_alpha:
            last = k + 1
        elif not (token.lower_ == "and" or token.text == ",") or k + 1 >= len(doc) or not doc[k + 1].is_title:
            break
        k += 1
    return last if last > end else end


def replace_with_institutions(cands: list[Cand], institutions: list[Cand]) -> list[Cand]:
    """The candidates with those inside an institution's span replaced by the institution."""
    if not institutions:
        return cands
    spans = [(c.span.start, c.span.end) for c in institutions]
    kept = [c for c in cands if not any(s <= c.span.start and c.span.end <= e for s, e in spans)]
    return kept + institutions
