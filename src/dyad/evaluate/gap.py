"""Score gendered-pronoun resolution on GAP (Webster et al. 2018, "Mind the GAP").

A GAP file is a TSV with a header (ID, Text, Pronoun, Pronoun-offset, A, A-offset, A-coref, B,
B-offset, B-coref, URL): each example is a snippet with one gendered pronoun and two person names,
and whether the pronoun refers to A, to B or to neither. Each snippet runs through dyad's actor
stages with the title of its Wikipedia page (from the URL) as the article's title, as a news
article runs with its headline (GAP's "page context" setting; its rule baseline there,
Parallelism+URL, scores 0.706); dyad says the pronoun refers to A when the actor it gave the
pronoun also has a mention overlapping A's words (likewise B), and to neither when the pronoun
has no actor.

Scoring follows GAP's own scorer: precision, recall and F1 over the TRUE labels of both names,
overall and by the pronoun's gender (M, F); ``bias`` is feminine F1 / masculine F1 (1.0 is
unbiased). Figures for the whole file, and for its fixed tune and check parts by example id;
``dyad eval coref`` gives them in page context and again in snippet context (each snippet read
alone, GAP's other setting: its rule baseline there scores 0.669) under ``snippet``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from dyad.errors import InputError
from dyad.evaluate.split import by_part

COLUMNS = ("ID", "Text", "Pronoun", "Pronoun-offset", "A", "A-offset", "A-coref", "B", "B-offset", "B-coref")
_FEMININE = {"she", "her", "hers", "herself"}


@dataclass(slots=True, frozen=True)
class GapExample:
    id: str
    text: str
    pronoun: tuple[int, int]
    a: tuple[int, int]
    b: tuple[int, int]
    a_coref: bool
    b_coref: bool
    gender: str  # "M" | "F"
    url: str = ""

    @property
    def title(self) -> str | None:
        """The page's title from its URL ("Aimee_Mann" -> "Aimee Mann"; a parenthesised
        qualifier such as "(actress)" dropped), or None without one."""
        return page_title(self.url)


def page_title(url: str) -> str | None:
    last = unquote(url.rstrip("/").rsplit("/", 1)[-1]).replace("_", " ") if "/" in url else ""
    title = re.sub(r"\s*\([^()]*\)\s*$", "", last).strip()
    return title or None


def is_gap(path: Path) -> bool:
    """Is this a GAP TSV file (by its header)?"""
    path = Path(path)
    if not path.is_file():
        return False
    with path.open(encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
    return tuple(header[: len(COLUMNS)]) == COLUMNS


def read_gap(path: Path) -> list[GapExample]:
    with Path(path).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    try:
        return [_example(r) for r in rows]
    except (KeyError, ValueError, TypeError) as exc:
        raise InputError(
            f"{path} is not a readable GAP file ({exc}).",
            "Give a GAP TSV with its header (ID, Text, Pronoun, Pronoun-offset, A, A-offset, ...).",
        ) from exc


def _example(row: dict) -> GapExample:
    def span(word: str, offset: str) -> tuple[int, int]:
        start = int(row[offset])
        return start, start + len(row[word])

    pronoun = span("Pronoun", "Pronoun-offset")
    gender = "F" if row["Pronoun"].lower() in _FEMININE else "M"
    return GapExample(
        row["ID"], unmask_letters(row["Text"]), pronoun, span("A", "A-offset"), span("B", "B-offset"),
        row["A-coref"].upper() == "TRUE", row["B-coref"].upper() == "TRUE", gender, row.get("URL") or "",
    )


# Letters outside ASCII written as "*" ("L*wenthal", "Bol*var"): one letter in their place, so
# that the tagger reads a name, not three tokens; the text keeps its length (offsets hold).
_MASKED_INSIDE = re.compile(r"(?<=[^\W\d_])\*")
_MASKED_FIRST = re.compile(r"(?<![\w*])\*(?=[^\W\d_])")


def unmask_letters(text: str) -> str:
    """"L*wenthal" -> "Lewenthal", "*mile" -> "Emile": a "*" standing for a letter inside a word
    becomes "e", one opening a word "E"; any other "*" stays."""
    return _MASKED_FIRST.sub("E", _MASKED_INSIDE.sub("e", text))


# -- predicting ---------------------------------------------------------------------------------
def predict(examples: list[GapExample], batch_size: int = 32, titles: bool = True) -> list[tuple[bool, bool]]:
    """For each example, whether dyad links its pronoun to A and to B; read after its page's
    title (page context) or, without ``titles``, alone (snippet context)."""
    from dyad.annotate.actors import ActorStage
    from dyad.annotate.spacy_stage import SpacyStage
    from dyad.article import Article
    from dyad.clean import CleanStage
    from dyad.pipeline import Pipeline

    pipeline = Pipeline([CleanStage(), SpacyStage(), ActorStage()])
    articles = (Article(text=e.text, id=e.id, title=e.title if titles else None) for e in examples)
    return [links(e, a) for e, a in zip(examples, pipeline.run(articles, batch_size), strict=True)]


def links(example: GapExample, article) -> tuple[bool, bool]:
    """(pronoun -> A, pronoun -> B) in an analysed article, whose text is the snippet after its
    title; both False when cleaning changed the snippet (offsets no longer comparable) or the
    pronoun has no actor."""
    if not article.text.endswith(example.text) or not article.actors:
        return False, False
    shift = len(article.text) - len(example.text)
    owner = next((a for a in article.actors if _covers(a, example.pronoun, shift)), None)
    if owner is None:
        return False, False
    return _covers(owner, example.a, shift), _covers(owner, example.b, shift)


def _covers(actor, span: tuple[int, int], shift: int = 0) -> bool:
    start, end = span[0] + shift, span[1] + shift
    return any(m.start < end and start < m.end for m in actor.mentions)


# -- scoring ------------------------------------------------------------------------------------
def _prf(pairs: Iterable[tuple[bool, bool]]) -> dict:
    tp = fp = fn = 0
    for gold, guess in pairs:
        tp += gold and guess
        fp += guess and not gold
        fn += gold and not guess
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def figures(examples: list[GapExample], guesses: list[tuple[bool, bool]]) -> dict:
    def labels(gender: str | None):
        for e, (ga, gb) in zip(examples, guesses, strict=True):
            if gender is None or e.gender == gender:
                yield e.a_coref, ga
                yield e.b_coref, gb

    overall, masc, fem = _prf(labels(None)), _prf(labels("M")), _prf(labels("F"))
    return {
        "examples": len(examples),
        **overall,
        "f1_M": masc["f1"],
        "f1_F": fem["f1"],
        "bias": round(fem["f1"] / masc["f1"], 4) if masc["f1"] else 0.0,
    }


CONTEXTS = ("page", "snippet", "both")


def evaluate(path: Path, context: str = "both") -> dict:
    """GAP figures (see above) for the whole file and its tune and check parts, in page context
    (each snippet after its page's title), in snippet context (the snippet alone), or both (the
    snippet-context figures then under ``snippet``)."""
    if context not in CONTEXTS:
        raise InputError(f"Unknown GAP context {context!r}.", f"Give one of {', '.join(CONTEXTS)}.")
    examples = read_gap(path)
    if context == "snippet":
        return _by_part(examples, predict(examples, titles=False))
    result = _by_part(examples, predict(examples))
    if context == "both":
        result["snippet"] = _by_part(examples, predict(examples, titles=False))
    return result


def _by_part(examples: list[GapExample], guessed: list[tuple[bool, bool]]) -> dict:
    guesses = dict(zip((e.id for e in examples), guessed, strict=True))
    result = {"all": figures(examples, [guesses[e.id] for e in examples])}
    for name, items in by_part(examples, lambda e: e.id).items():
        result[name] = figures(items, [guesses[e.id] for e in items])
    return result
