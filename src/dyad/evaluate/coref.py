"""Score person-mention resolution (coreference) on GUM documents, or on a GAP file.

A path to a GAP TSV file is scored by gap.py (gendered pronouns, F1 by gender and the bias).

``evaluate(path)`` reads every GUM document under ``path`` that comes in both formats: the
WebAnno ``.tsv`` gives the tokens and the sentences, the ``.conll`` of the same name gives the
coreference chains with their entity types (the two list the same tokens in the same order). The
text is rebuilt from the tokens (no space before closing punctuation and clitics, none around
a hyphen token, one sentence per paragraph) with a token-to-character map, and runs through dyad's whole pipeline; the
publication date is the first "Month D, YYYY" among the first sentences (Wikinews states it under
the headline), else unknown.

A gold mention is every mention of a chain typed ``person``. Its *head* is spaCy's syntactic
root of the mention's words. Dyad *marks* a gold mention when one of its actors has a mention
overlapping the head's characters (so "Harry Kane" marks "English captain Harry Kane"); a mention
of another kind of actor must also lie inside the gold words (a person nested in an organisation's
name is not marked by the organisation); a person actor wins over another actor, then the longer
mention. Figures:

* ``mention_recall``: marked / gold person mentions, also by the head's form (``name``: a
  proper noun, ``pronoun``, ``nominal``: anything else, as "the referee");
* ``exact_span``: share of marked mentions whose dyad mention has exactly the gold offsets;
* ``resolution_accuracy``: over marked mentions whose chain has an earlier marked mention, the
  share that dyad gives the same actor as the nearest such earlier mention;
* ``link_*``: pairs of marked mentions in one document; a pair is gold-linked when GUM puts both
  in one chain, predicted-linked when dyad gives both one actor; precision, recall and F1;
* ``b3_*``: B-cubed precision, recall and F1 over the marked mentions (each partition restricted
  to them, singletons included);
* ``person_mentions_outside_gold``: mentions of dyad's person actors that overlap no gold person
  mention's head (another entity type in GUM, or a wrong pronoun).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from dyad.errors import InputError
from dyad.evaluate import gap
from dyad.evaluate.split import by_part

_NO_SPACE_BEFORE = {
    ",",
    ".",
    ":",
    ";",
    "!",
    "?",
    ")",
    "]",
    "}",
    "%",
    "'s",
    "’s",
    "'",
    "’",
    "n't",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "...",
    "'S",
}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_DATE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2}),\s+(\d{4})\b", re.I)


@dataclass(slots=True)
class GoldMention:
    start: int
    end: int
    chain: str
    type: str
    head: tuple[int, int] = (0, 0)  # characters of the head word, set once the text is parsed
    form: str = ""  # the head's form: name | pronoun | nominal


@dataclass(slots=True)
class GumDocument:
    name: str
    text: str
    published: str | None
    mentions: list[GoldMention] = field(default_factory=list)


# -- reading ------------------------------------------------------------------------------------
def read_gum(tsv: Path, conll: Path) -> GumDocument:
    """One GUM document from its WebAnno TSV (tokens, sentences) and CoNLL (chains) files."""
    sentences = _tsv_sentences(tsv)
    tokens, spans = _conll_chains(conll)
    flat = [t for s in sentences for t in s]
    if flat != tokens:
        raise InputError(
            f"{tsv.name} and {conll.name} list different tokens.",
            "Give the .tsv and .conll files of the same GUM release.",
        )
    text, offsets = detokenize(sentences)
    mentions = [GoldMention(offsets[a][0], offsets[b][1], chain, kind) for a, b, chain, kind in spans]
    return GumDocument(tsv.stem, text, published_date(text), sorted(mentions, key=lambda m: m.start))


def _tsv_sentences(path: Path) -> list[list[str]]:
    sentences: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#Text="):
            sentences.append([])
        elif line and not line.startswith("#") and sentences:
            sentences[-1].append(line.split("\t")[2])
    return sentences


def _conll_chains(path: Path) -> tuple[list[str], list[tuple[int, int, str, str]]]:
    """The tokens, and each mention as (first token, last token, chain id, entity type)."""
    tokens: list[str] = []
    spans: list[tuple[int, int, str, str]] = []
    opened: dict[str, list[tuple[int, str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 3:
            continue
        i = len(tokens)
        tokens.append(cols[1])
        for opens, label, closes in re.findall(r"(\(?)([^()]+)(\)?)", cols[2]):
            if label == "_":
                continue
            kind, chain = label.split("-")[:2]
            if opens:
                opened.setdefault(chain, []).append((i, kind))
            if closes and opened.get(chain):
                first, kind = opened[chain].pop()
                spans.append((first, i, chain, kind))
    return tokens, spans


def detokenize(sentences: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """Text with one sentence per paragraph, and each token's (start, end) in it."""
    out: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    quote_open = False
    for s, sentence in enumerate(sentences):
        if s:
            out.append("\n\n")
            pos += 2
        glue = True
        for token in sentence:
            closing = token == '"' and quote_open
            if not glue and token not in _NO_SPACE_BEFORE and not closing and token != "-":
                out.append(" ")
                pos += 1
            offsets.append((pos, pos + len(token)))
            out.append(token)
            pos += len(token)
            if token == '"':
                quote_open = not quote_open
            glue = token in _NO_SPACE_AFTER or token == "-" or (token == '"' and quote_open)
    return "".join(out), offsets


def published_date(text: str, sentences: int = 4) -> str | None:
    head = "\n\n".join(text.split("\n\n")[:sentences])
    found = _DATE.search(head)
    if not found:
        return None
    month = _MONTHS.index(found.group(1).lower()) + 1
    return f"{found.group(3)}-{month:02d}-{int(found.group(2)):02d}"


def documents(path: Path, only: Iterable[str] | None = None) -> list[GumDocument]:
    """The GUM documents under ``path``; with ``only``, those of these names."""
    path = Path(path)
    tsvs = {p.stem: p for p in path.glob("**/*.tsv")}
    wanted = set(only) if only is not None else set(tsvs)
    pairs = [
        (tsvs[c.stem], c) for c in sorted(path.glob("**/*.conll")) if c.stem in tsvs and c.stem in wanted
    ]
    if not pairs:
        raise InputError(
            f"No GUM documents (.tsv with a .conll of the same name) under {path}.",
            "Point to the GUM coref folder, e.g. ../shared/coref/gum_news.",
        )
    return [read_gum(t, c) for t, c in pairs]


# -- predicting ---------------------------------------------------------------------------------
def predict(document: GumDocument) -> list[tuple[int, int, str, str]]:
    """Dyad's actor mentions as (start, end, actor id, actor kind); sets the gold heads."""
    from dyad.annotate.nlp import load_nlp
    from dyad.run.analysis import analyze

    article = analyze(document.text, published=document.published)
    if article.text != document.text:
        raise InputError(
            f"Cleaning changed the text of {document.name}; offsets cannot be compared.",
            "Report this document: the rebuilt GUM text should pass cleaning unchanged.",
        )
    attach_heads(document, load_nlp()(document.text))
    return [(x.start, x.end, a.id, a.kind) for a in article.actors for x in a.mentions]


def attach_heads(document: GumDocument, doc) -> None:
    """Each gold mention's head word (the root of its words in ``doc``) and the head's form."""
    for m in document.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        if root is None:
            m.head, m.form = (m.start, m.end), "nominal"
            continue
        m.head = (root.idx, root.idx + len(root))
        m.form = {"PROPN": "name", "PRON": "pronoun"}.get(root.pos_, "nominal")


def marks(mention: GoldMention, predicted: list) -> tuple | None:
    """Dyad's mention overlapping the gold mention's head, a person actor's first. Another kind
    of actor counts only inside the gold words: the organisation "Andy Warhol Foundation" does not
    mark the person "Andy Warhol" nested in it."""
    a, b = mention.head
    hits = [
        p
        for p in predicted
        if p[0] < b and a < p[1] and (p[3] == "person" or mention.start <= p[0] and p[1] <= mention.end)
    ]
    return max(hits, key=lambda p: (p[3] == "person", p[1] - p[0]), default=None)


# -- scoring ------------------------------------------------------------------------------------
@dataclass(slots=True)
class Tally:
    gold: int = 0
    marked: int = 0
    exact: int = 0
    by_form: dict = field(default_factory=dict)
    resolved: int = 0
    resolvable: int = 0
    pairs: list = field(default_factory=lambda: [0, 0, 0])  # both linked, gold linked, dyad linked
    b3: list = field(default_factory=lambda: [0.0, 0.0, 0])  # precision sum, recall sum, mentions
    outside: int = 0


def score(document: GumDocument, predicted: list, tally: Tally) -> None:
    people = [m for m in document.mentions if m.type == "person"]
    marked: list[tuple[GoldMention, tuple]] = []
    for m in people:
        seen = tally.by_form.setdefault(m.form, [0, 0])
        seen[0] += 1
        hit = marks(m, predicted)
        if hit is not None:
            seen[1] += 1
            marked.append((m, hit))
            tally.exact += hit[0] == m.start and hit[1] == m.end
    tally.gold += len(people)
    tally.marked += len(marked)
    _resolution(marked, tally)
    _pairs(marked, tally)
    _b_cubed(marked, tally)
    heads = [m.head for m in people]
    tally.outside += sum(
        1 for p in predicted if p[3] == "person" and not any(p[0] < b and a < p[1] for a, b in heads)
    )


def _resolution(marked: list, tally: Tally) -> None:
    last: dict[str, str] = {}
    for m, hit in marked:
        if m.chain in last:
            tally.resolvable += 1
            tally.resolved += last[m.chain] == hit[2]
        last[m.chain] = hit[2]


def _pairs(marked: list, tally: Tally) -> None:
    for (m1, h1), (m2, h2) in combinations(marked, 2):
        gold, dyad = m1.chain == m2.chain, h1[2] == h2[2]
        tally.pairs[0] += gold and dyad
        tally.pairs[1] += gold
        tally.pairs[2] += dyad


def _b_cubed(marked: list, tally: Tally) -> None:
    for m, hit in marked:
        gold = {id(x) for x, _ in marked if x.chain == m.chain}
        dyad = {id(x) for x, h in marked if h[2] == hit[2]}
        both = len(gold & dyad)
        tally.b3[0] += both / len(dyad)
        tally.b3[1] += both / len(gold)
        tally.b3[2] += 1


def _prf(p: float, r: float) -> tuple[float, float, float]:
    return round(p, 4), round(r, 4), round(2 * p * r / (p + r) if p + r else 0.0, 4)


def _ratio(a: float, b: float) -> float:
    return round(a / b, 4) if b else 0.0


def figures(tally: Tally, n_documents: int) -> dict:
    both, gold, dyad = tally.pairs
    link = _prf(_ratio(both, dyad), _ratio(both, gold))
    b3 = _prf(_ratio(tally.b3[0], tally.b3[2]), _ratio(tally.b3[1], tally.b3[2]))
    result = {
        "documents": n_documents,
        "gold_person_mentions": tally.gold,
        "marked": tally.marked,
        "mention_recall": _ratio(tally.marked, tally.gold),
        "exact_span": _ratio(tally.exact, tally.marked),
        "resolution_accuracy": _ratio(tally.resolved, tally.resolvable),
        "resolvable": tally.resolvable,
    }
    for form, (n, hit) in sorted(tally.by_form.items()):
        result[f"mention_recall_{form}"] = _ratio(hit, n)
    result.update(dict(zip(("link_precision", "link_recall", "link_f1"), link, strict=True)))
    result.update(dict(zip(("b3_precision", "b3_recall", "b3_f1"), b3, strict=True)))
    result["person_mentions_outside_gold"] = tally.outside
    return result


def evaluate(path: Path, only: Iterable[str] | None = None, context: str = "both") -> dict:
    """Figures of person-mention resolution on the GUM documents under ``path`` (see above), for
    all of them and for the tune and check parts (by document name); ``only`` restricts them to
    these document names. A GAP file is scored by gap.py, in ``context`` (page, snippet, both)."""
    if gap.is_gap(path):
        return gap.evaluate(path, context)
    docs = documents(path, only)
    predicted = {d.name: predict(d) for d in docs}
    result = {"all": _figures_of(docs, predicted)}
    for name, items in by_part(docs, lambda d: d.name).items():
        result[name] = _figures_of(items, predicted)
    return result


def _figures_of(docs: list[GumDocument], predicted: dict) -> dict:
    tally = Tally()
    for document in docs:
        score(document, predicted[document.name], tally)
    return figures(tally, len(docs))
