"""Choosing the referent of a surname, a pronoun or a description, in reading order.

The rules follow how news is written, tried in this order:
1. a pronoun refers to a person who is a subject earlier in the same sentence ("Merkel said she
   ..."); a possessive or object pronoun otherwise to the nearest person before it in the sentence;
2. the subject of the previous sentence's main clause stays in focus ("Ri Yong-ho called a news
   conference. He said ...");
3. the subject of a speech verb ("Kim said", "he noted") refers to the running speaker: the last
   person who spoke, not a person merely named in between (an interviewee stays the referent of
   "Kim said" while another Kim is discussed);
4. otherwise the most recently mentioned compatible person.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyad.annotate.lexicon import speech_verbs

_THROUGH = ("appos", "compound", "flat")


@dataclass(slots=True)
class Context:
    """Where a mention stands: its token, its sentence and the previous sentence."""

    token: object  # spaCy Token
    pos: int  # character offset of the mention
    sent_start: int
    prev_sent_start: int  # -1 when there is none


def clause_role(token):
    """The token that carries the mention's grammatical role ("Kim Jong-un" in "leader Kim Jong-un")."""
    while token.dep_ in _THROUGH and token.head.i != token.i:
        token = token.head
    return token


def is_subject(token) -> bool:
    return clause_role(token).dep_ in ("nsubj", "nsubjpass")


def is_main_subject(token) -> bool:
    role = clause_role(token)
    return role.dep_ in ("nsubj", "nsubjpass") and role.head.dep_ == "ROOT"


def is_speech_subject(token) -> bool:
    role = clause_role(token)
    return role.dep_ in ("nsubj", "nsubjpass") and role.head.lemma_.lower() in speech_verbs()


def speaks(token) -> bool:
    """The mention is a speaker in the article's own voice, who becomes the running speaker (rule
    3): the subject of a speech verb, unless that verb is itself reported by another speech verb
    ("he said Ames had agreed to share it": Ames does not speak here, the reporter does)."""
    if not is_speech_subject(token):
        return False
    verb = clause_role(token).head
    return not (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in speech_verbs())


_FRONTED = ("prep", "advcl", "npadvmod", "advmod", "pcomp")


def fronted_subject(token):
    """The proper-noun subject a pronoun in a fronted phrase looks ahead to ("In his last bout,
    Oliveira won": Oliveira), or None."""
    root = token.sent.root
    subject = next((c for c in root.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < token.i or subject.pos_ != "PROPN" or _family(subject):
        return None
    node = token
    while node.head.i != node.i and node.head.i != root.i:
        node = node.head
    return subject if node.head.i == root.i and node.dep_ in _FRONTED and node.i < subject.i else None


def _family(name) -> bool:
    """"the Sams", "the Smiths": a name after "the" is a family or a group, no he or she."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in name.lefts)


def compatible(ref, gender: str | None) -> bool:
    return gender is None or ref.gender is None or ref.gender == gender


def choose(cands: list, ctx: Context, pronoun: bool):
    """The referent among ``cands`` (refs mentioned before the mention) or None."""
    cands = [c for c in cands if 0 <= c.last_seen < ctx.pos]
    if not cands:
        return None
    for rule in (_same_sentence if pronoun else None, _previous_focus, _running_speaker):
        if rule is not None:
            found = rule(cands, ctx)
            if found is not None:
                return found
    return max(cands, key=lambda c: c.last_seen)


def in_focus(cands: list, ctx: Context):
    """The previous sentence's main subject, or the running speaker of a speech verb's subject,
    among ``cands`` mentioned before the mention; else None."""
    cands = [c for c in cands if 0 <= c.last_seen < ctx.pos]
    return (_previous_focus(cands, ctx) or _running_speaker(cands, ctx)) if cands else None


def _same_sentence(cands, ctx: Context):
    subjects = [c for c in cands if ctx.sent_start <= c.last_subject < ctx.pos]
    if subjects:
        return max(subjects, key=lambda c: c.last_subject)
    if clause_role(ctx.token).dep_ in ("poss", "dobj", "pobj", "dative"):
        near = [c for c in cands if c.last_seen >= ctx.sent_start]
        if near:
            return max(near, key=lambda c: c.last_seen)
    return None


def _previous_focus(cands, ctx: Context):
    focus = [c for c in cands if c.main_subject_sent == ctx.prev_sent_start >= 0]
    return min(focus, key=lambda c: c.main_subject_pos) if focus else None


def running_speaker(cands, ctx: Context):
    """The last person who spoke, when the mention is the subject of a speech verb."""
    return _running_speaker([c for c in cands if 0 <= c.last_seen < ctx.pos], ctx)


def _running_speaker(cands, ctx: Context):
    if not is_speech_subject(ctx.token):
        return None
    speakers = [c for c in cands if c.last_spoke >= 0]
    return max(speakers, key=lambda c: c.last_spoke) if speakers else None


def reporting_subject(cands, ctx: Context):
    """"Hale said he would stay": the subject pronoun of a clause a speech verb reports is the
    verb's subject, when that subject is one of ``cands``; also when the verb shares the
    subject of the verb it is joined to ("Kim called Putin a friend and said he ...": Kim)."""
    token = ctx.token
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp":
        return None
    verb = token.head.head
    if verb.lemma_.lower() not in speech_verbs():
        return None
    subject = shared_subject(verb)
    if subject is None:
        return None
    at = subject.idx  # its mention, also when a pronoun came since ("Kim, for his part, said he")
    found = [c for c in cands if (c.last_token is not None and clause_role(c.last_token).i == subject.i)
             or any(m.start <= at < m.end for m in c.mentions)]
    return found[0] if found else None


def shared_subject(verb):
    """The subject of a verb; when it has none of its own, the subject of the verb it is joined
    to by "and" ("Kim called Putin a friend and said ...": Kim), or of the verb whose infinitive
    it is ("Yoon declined to say ...": Yoon), or that verb's object ("urged Kim to say": Kim)."""
    for _ in range(3):
        subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("conj", "xcomp"):
            return subject
        if verb.dep_ == "xcomp":
            obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        verb = verb.head
    return None
