"""Speakers named only by "it", "they" or "the ministry" that the actors stage left unresolved:
'The Joint Chiefs of Staff said ... "We are monitoring the situation," it said.' The speaker is
the nearest earlier speaker of the same kind: an organisation or a state for "it", a group or an
organisation for "they", and for "the <noun>" an organisation whose name holds the noun or a
speaker introduced with it ('A senior official said ... "...," the official said')."""

from __future__ import annotations

import re

from dyad.annotate.home_state import home_state
from dyad.annotate.its import relative_it
from dyad.annotate.knowledge import KnowledgeBase
from dyad.annotate.lexicon import (
    firm_nouns,
    given_names,
    office_titles,
    person_acts,
    person_nouns,
    role_words,
    speech_verbs,
)
from dyad.annotate.mentions import TITLE_ABBREVIATIONS
from dyad.article import Actor, Article, Mention, Quote
from dyad.extract.events.groups import Groups
from dyad.extract.quotes.content import closing_misread
from dyad.extract.quotes.groups import group_speaker
from dyad.extract.quotes.headlines import headline_at
from dyad.extract.quotes.issuers import issued_words, issuer
from dyad.extract.quotes.words import (
    division_government_words,
    leader_offices,
    norm_nouns,
    relative_nouns,
    relatives,
)

REACH = 1500  # characters back to look for the speaker referred to (a few paragraphs)
NEXT = 400  # characters after a described source to look for the name it is given
FAR = 2 * NEXT  # characters after "a <state> envoy" to look for the diplomat it describes (a paragraph of background may come first)
NEAR = 200  # characters back to look for an institution "it" names (its sentence or the one before)
_KINDS = {"it": ("organization", "state"), "its": ("organization", "state"), "they": ("group", "organization")}
_DETERMINERS = ("the ", "that ", "this ")
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}
SOURCE_NOUNS = SPOKESPEOPLE | {"official", "aide", "source"}  # the nouns of an unnamed source ("a senior official", "a government source")
SIDES = {"sides", "countries", "nations", "governments", "leaders", "parties", "delegations", "capitals", "allies"}
COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}
STATE_SIDES = {"countries", "nations", "governments", "capitals"}
TITLES = {"leader"}
_OF_WORDS = re.compile(r"\s+of\s+([A-Za-z]+(?:\s+[A-Za-z]+)?)")
_TO_STATE = re.compile(r"\s+to\s+(the\s+)?((?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*){0,2})")
_POSSESSOR = re.compile(r"^.*(?:'s|’s)\s+")
OFFICES = {"minister", "president", "premier", "leader", "chancellor", "secretary"}  # heads of an office  # a title beside the person nouns (left out of them: "leaders" are often states)
TITLED = SOURCE_NOUNS | TITLES | OFFICES  # a state's adjective before these stays the state's ("the Japanese leader")


def resolve(article: Article) -> None:
    """Give each quote whose speaker words are an unresolved anaphor the speaker they refer to:
    an earlier speaker, else for "it" and "a spokesman" the organisation or state named last
    just before."""
    said: list[Quote] = []
    named = None
    for quote in sorted(article.quotes, key=lambda q: q.start):
        if quote.speaker is not None and quote.speaker_mention is not None and _bare_division_word(article, quote):
            quote.speaker = None  # "the State said": no body called "State", the state named before
        if quote.speaker is None and quote.speaker_mention is None and quote.direct:
            quote.speaker = _paragraph_goes_on(article, said, quote)  # 'The chairperson also stressed X. / "..."'
        if quote.speaker is None and quote.speaker_mention is not None:
            at = quote.speaker_mention.start
            words = article.text[at : quote.speaker_mention.end].lower()
            if words == "it" and _refers_to_text(article, at):
                continue  # 'Resolution 2397 caps X. It requires Y.': the resolution, no actor
            if words == "it" and _in_relative_clause(article, at):
                named = named if named is not None else _institutions(article)
                quote.speaker = _named_before_in_sentence(article, named, at)  # "launched a missile, which it claimed ..."
            quote.speaker = quote.speaker or issuer(article, quote) or _antecedent(article, said, words, at)  # "The statement, attributed to X,"
            if quote.speaker is None:
                quote.speaker = _described_again(article, said, words, at)  # "a presidential official ... the presidential official"
            if quote.speaker is None and words in _THE_SPOKESPERSON:
                quote.speaker = _body_of_spokesperson(article, at)  # "a spokesman for X's ministry ... the spokesman said"
            if quote.speaker is None and words == "the ministry":
                quote.speaker = _ministers_ministry(article, quote)  # "Defense Minister Shin ... The ministry said"
            if quote.speaker is None and (sides := _of_both_sides(words, article.text[quote.speaker_mention.end :])):
                words = sides  # "the foreign ministers of the two countries": the two countries
            if quote.speaker is None and _both_sides(words):
                quote.speaker = _last_pair(article, at, words)
            if quote.speaker is None and (body := _official_of_body(words)) is not None:
                quote.speaker = _named_with(article, body, at)  # "a ministry official": that ministry
                if quote.speaker is None and body == "ministry":  # 'Seoul rejected X. A foreign ministry official told'
                    quote.speaker = _home_ministry_official(article, quote, words)
            if quote.speaker is None:  # "a senior official at the presidential office in Seoul"
                quote.speaker = _body_after(article, quote)
            if quote.speaker is None and _state_official(words):
                quote.speaker = _home_official(article, quote)  # "a senior administration official"
            if quote.speaker is None and words.startswith("the ") and words.endswith(" office"):
                quote.speaker = _leaders_office_before(article, quote, words[4:])  # Yoon abroad: "the presidential office said"
            if quote.speaker is None and _OPPOSITION.match(words):
                quote.speaker = _home_official(article, quote, side=OPPOSITION)  # "Opposition parties said"
            if quote.speaker is None and _leaders_aide(words) and (led := _leader_before(article, quote)) is not None:
                quote.speaker = _home_official(article, quote, led)  # "Abe ... a close aide said": Japan's
            if quote.speaker is None and (words == "it" or _unnamed_spokesperson(words)):
                named = named if named is not None else _institutions(article)
                quote.speaker = _named_just_before(article, named, at)
            if quote.speaker is None and _FACTION.match(words):
                quote.speaker = _faction_named_before(article, quote)  # "Hamas said X. The Islamist faction said"
            if quote.speaker is None:
                quote.speaker = _described_firm(article, quote, words)  # "the South Korean retail giant said"
            if quote.speaker is None:
                quote.speaker = _relative(article, quote, words)  # "the powerful sister of leader Kim Jong Un"
            if quote.speaker is None:
                quote.speaker = _titled_before(article, quote, words)  # "District Attorney Kathleen Rice ... the district attorney said"
            if quote.speaker is None:
                quote.speaker = _title_alone(article, words)  # "The PM says ...", a headline's "..., says PM"
            if quote.speaker is None:
                quote.speaker = _last_person_described(article, said, words, at)  # "the professor added"
            if quote.speaker is None:
                quote.speaker = _office_of_last_speaker(article, said, quote, words)  # 'Tusk said X. The prime minister said Y'
            if quote.speaker is None:
                quote.speaker = _one_person(article, quote, words)  # 'one protester shouted, "..."'
                if quote.speaker is not None and quote.speaker.startswith("one-"):
                    if (lead := _named_after_lead(article, quote)) is not None:
                        one, quote.speaker = quote.speaker, lead  # the unnamed one made for the words is no one now
                        if not any(q.speaker == one for q in article.quotes):
                            article.actors = [a for a in article.actors if a.id != one]
            if quote.speaker is None:
                quote.speaker = _unnamed_sources(article, quote, words) or _last_informant(article, said, words, at)
            if quote.speaker is None:
                quote.speaker = _unnamed_group(article, quote)  # "Human rights groups say", "the authorities say"
            if quote.speaker is None:
                quote.speaker = _division_government(article, quote, words)  # "Gyeonggi Province said"
            if quote.speaker is None:
                quote.speaker = _last_speaker_as_source(article, said, words, at)  # '..., Suga said. The official added'
            if quote.speaker is None:
                quote.speaker = _pronoun_goes_on(article, said, quote)  # '... a special envoy said. ... He said that'
            if quote.speaker is None:
                quote.speaker = _unnamed_source_again(article, quote, words)  # 'a Western envoy said X. The diplomat, who ..., said'
            if quote.speaker is None and _FIRST_SOURCE.match(words):
                quote.speaker = _unnamed_sources(article, quote, words, first=True)  # no source before: a new one
            if quote.speaker is None and words in ("the government", "government"):
                quote.speaker = _speaking_state(article, said, quote)  # 'Seoul condemned X ... "...," the government said'
            if quote.speaker is None and _FIELD_MINISTRY.match(words):
                quote.speaker = _the_field_ministry(article, quote, words)  # 'Iran recalled X, the foreign ministry said'
            if quote.speaker is None and (body := _possessed_spokesperson(words)) is not None:
                quote.speaker = _spokesperson_of_the(article, said, quote, body)  # "the ministry's spokesman said"
            if quote.speaker is None and _JOINT.match(words):
                quote.speaker = _joint_statement(article, said, quote)  # 'X met Y ... "...," the joint statement said'
            if quote.speaker is None and words in _THE_SPOKESPERSON:
                quote.speaker = _body_named_before(article, at)  # 'The Foreign Office said X. ... the spokesperson said'
            if quote.speaker is None and (body := _press_office_of(words)) is not None:
                quote.speaker = _press_office_speaks(article, said, quote, body)  # "the party's media office said"
            if quote.speaker is None:
                quote.speaker = _unnamed_official(article, quote, words)  # '..., an official briefed on the talks said'
            if quote.speaker is None:
                quote.speaker = _described_speaker_again(article, said, quote, words)  # "the embassy's press adviser ... The press adviser added"
        elif quote.speaker_mention is not None and (official := _state_officials(article, quote)) is not None:
            quote.speaker = official  # "a senior Japanese government official": Japan's officials, not Japan
        elif quote.speaker_mention is not None and (media := _states_media(article, quote)) is not None:
            quote.speaker = media  # "Israeli media reported": that state's media, not the state
        elif quote.speaker_mention is not None and _state_title(article, quote):
            # 'Abe said ... "...," the Japanese leader said': Abe, not Japan
            state = article.actor(quote.speaker)
            country = state.country or state.id
            holder = (_office_holder(article, quote) or _holder(article, said, country, quote.start)
                      or _speaks_next(article, quote, country))
            quote.speaker = holder or quote.speaker
        if quote.speaker_mention is not None and quote.speaker is not None and _pronoun_of_no_person(article, quote):
            quote.speaker = _pronoun_goes_on(article, said, quote) or quote.speaker  # "he" is no ship or ministry
        if quote.speaker_mention is not None and quote.speaker is not None:
            quote.speaker = (_leaders_staff(article, quote) or _official_of_office(article, quote)
                             or _representative(article, quote) or _one_who_serves(article, quote)
                             or _office_holder(article, quote) or quote.speaker)
            if _named_beside(article, quote):
                _name_the_described(article, said, quote)  # 'The spokesperson, Kang, added'
            else:
                quote.speaker = _unnamed_source(article, said, quote) or quote.speaker
            if _named_only_inside(article, quote) and said and said[-1].end >= quote.start - NEAR:
                quote.speaker = said[-1].speaker  # '"Takeshima is ...," he told': not Takeshima
        if quote.speaker_mention is not None and _owned_title(article, quote):
            # 'South Korea's top security official said ... Chung Eui-yong, head of ...': Chung
            quote.speaker = _named_next(article, quote) or quote.speaker
        elif quote.speaker_mention is not None and (noun := _described_diplomat(article, quote)) is not None:
            # 'a US envoy said X ... Paul Hart, the US special representative, ...': Hart
            quote.speaker = _diplomat_named_next(article, quote, noun) or quote.speaker
        if quote.speaker_mention is not None and (spokesperson := _the_spokesperson(article, quote)) is not None:
            quote.speaker = spokesperson  # 'a Pentagon spokesperson said ... spokesperson Col. X ... the spokesperson told'
        if quote.speaker_mention is not None and (source := _source_goes_on(article, said, quote)) is not None:
            quote.speaker = source  # '..., the official said. He noted that ...': the official, not a man named before
        elif quote.speaker_mention is not None and (person := _named_speaker_goes_on(article, said, quote)) is not None:
            quote.speaker = person  # 'X told parliament: "...". He also warned that ...': X, not a man named before
            _pronoun_of(article, person, quote.speaker_mention)
        if quote.speaker_mention is not None and (maker := _remarks_maker(article, quote)) is not None:
            quote.speaker = maker  # '..., a ministry spokesperson said. Spokesperson Ana Ruiz made the remarks ...'
        if quote.speaker_mention is not None and (official := _the_official_named_before(article, said, quote)) is not None:
            quote.speaker = official  # 'Ana Ruiz said X ... The ministry official noted Y': Ruiz, not the ministry
            _mention_of(article, official, quote.speaker_mention)
        if quote.speaker is not None:
            said.append(quote)
        if quote.speaker is not None and quote.speaker_mention is not None and _the_spokesperson_words(article, quote):
            _mention_of(article, quote.speaker, quote.speaker_mention)  # '"...," the spokesman said': a mention of him


_CLOSERS = " \t\"'“”‘’.,;:!?"


def _within_reach(said: list[Quote], at: int):
    """The quotes of ``said`` that start within REACH before ``at``, the latest first (``said`` is in
    text order: the walk stops at the first one further back)."""
    for quote in reversed(said):
        if quote.start < at - REACH:
            return
        yield quote


def _paragraph_goes_on(article: Article, said: list[Quote], quote: Quote) -> str | None:
    """'The commissioner also underlined the case for X. / "It is vital ..." / Next paragraph':
    words in quotation marks that make a whole paragraph and that nothing attributes go on with the
    speaker of the words that end the paragraph just before (a quote of that paragraph whose end,
    or whose speaker's words, close it)."""
    text = article.text
    line_start = text.rfind("\n", 0, quote.start) + 1
    if line_start == 0 or text[line_start : quote.start].strip(_CLOSERS):
        return None  # not the opening of a paragraph
    line_end = text.find("\n", quote.end)
    if text[quote.end : line_end if line_end >= 0 else len(text)].strip(_CLOSERS):
        return None  # '"...," according to a medical source': words after it the stage did not read
    prev_end = len(text[:line_start].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    if prev_end <= prev_start:
        return None
    for earlier in reversed(said):
        if earlier.start < prev_start:
            return None
        last = max(earlier.end, earlier.speaker_mention.end if earlier.speaker_mention is not None else 0)
        if last <= prev_end and not text[last:prev_end].strip(_CLOSERS) and not _inside_another(said, earlier):
            return earlier.speaker
    return None


def _inside_another(said: list[Quote], quote: Quote) -> bool:
    return any(o is not quote and o.start <= quote.start and quote.end <= o.end for o in said)


_THE_SPOKESPERSON = {"the spokesperson", "the spokesman", "the spokeswoman"}
_SPOKESPERSON_OF = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}spokes(?:person|man|woman)\s+(?:of|for)\s+(?:the\s+)?$", re.I)


_POSSESSED_SPOKESPERSON = re.compile(r"^the (?:[a-z]+ )?([a-z]+)(?:'s|’s) (?:[a-z]+ )?spokes(?:person|man|woman)$")
# "the army's spokesperson": the words that name the body elsewhere (kin words, from the commonest first)
_BODY_KIN = {"army": ("army", "armed forces", "military"), "military": ("military", "armed forces", "army")}


def _possessed_spokesperson(words: str) -> str | None:
    """"the ministry's spokesman", "The army's chief spokesperson", "the government's chief
    spokesman": the body noun whose spokesperson speaks, or None."""
    m = _POSSESSED_SPOKESPERSON.match(words)
    return m.group(1) if m else None


def _spokesperson_of_the(article: Article, said: list[Quote], quote: Quote, noun: str) -> str | None:
    """The speaker of "the <noun>'s spokesperson said" that names no body: "the ministry" read as
    "The ministry said" would be (the earlier speaker or organisation it names); "the government"
    its state (`_speaking_state`); "the army" the organisation named before whose name holds the
    word or its kin ("the armed forces")."""
    at = quote.speaker_mention.start
    if noun == "government":
        return _speaking_state(article, said, quote)
    found = _antecedent(article, said, "the " + noun, at)
    if found is not None:
        return found
    for kin in _BODY_KIN.get(noun, ()):
        hits = [(m.start, a.id) for a in article.actors if a.kind == "organization" and kin in a.name.lower()
                for m in a.mentions if at - REACH <= m.start < at]
        if hits:
            return max(hits)[1]
    return None


def _body_of_spokesperson(article: Article, at: int) -> str | None:
    """'A spokesman for Tehran's foreign ministry spoke after the vote. ... "...," the spokesman
    said': with no earlier speaker introduced as a spokesperson, the organisation
    named right after the last "a spokesperson of/for" before ``at`` (within REACH) speaks."""
    found = []
    for actor in article.actors:
        if actor.kind != "organization":
            continue
        for m in actor.mentions:
            if at - REACH <= m.start < at and _SPOKESPERSON_OF.search(article.text[max(0, m.start - 60) : m.start]):
                found.append((m.start, actor.id))
    return max(found)[1] if found else None


def _body_named_before(article: Article, at: int) -> str | None:
    """'The Foreign Office on Thursday said X. Speaking to reporters, the spokesperson said Y': "the
    spokesperson" that no rule before reads as a spokesperson introduced earlier (or the body named
    right after "a spokesperson of/for") speaks for the organisation named last within REACH
    before it, a news outlet left out (the outlet reports, its spokesperson seldom speaks)."""
    found = [(m.start, a.id) for a in article.actors if a.kind == "organization" and a.sector != "MED"
             for m in a.mentions if at - REACH <= m.start < at]
    return max(found)[1] if found else None


_PRESS_OFFICE = re.compile(r"^the (?:([a-z]+)(?:'s|’s)|(government)) (?:media|press|information) (?:office|service|department|bureau)$")


def _press_office_of(words: str) -> str | None:
    """"the party's media office", "the government press service": the body noun whose press
    office speaks ("party", "government"), or None."""
    m = _PRESS_OFFICE.match(words)
    return (m.group(1) or m.group(2)) if m else None


def _press_office_speaks(article: Article, said: list[Quote], quote: Quote, noun: str) -> str | None:
    """The speaker of "the <noun>'s media office said" that names no body: whom "the <noun>'s
    spokesperson" would be (`_spokesperson_of_the`: the state for "the government"), else the
    organisation other than a news outlet that spoke last before it ('Hezbollah denied a report by
    Reuters. "...," the party's media office said')."""
    found = _spokesperson_of_the(article, said, quote, noun)
    if found is not None or noun == "government":
        return found
    at = quote.speaker_mention.start
    for earlier in _within_reach(said, at):
        actor = article.actor(earlier.speaker)
        if actor is not None and actor.kind == "organization" and actor.sector != "MED":
            return actor.id  # a news outlet's report is not the body's word
    return None


_JOINT = re.compile(r"^(?:the|a|their) joint (?:statement|declaration|communiqu[eé])$")


def _joint_statement(article: Article, said: list[Quote], quote: Quote) -> str | None:
    """'X had a meeting with his counterpart, Y. "...," the joint statement said', 'according to
    a joint statement released after X held talks with Y and Z': a joint statement no one is
    named to issue is the group of the people who met, as the words' sentence or the one or two
    before it tell (a person who meets, holds talks or has a meeting with others); the joint
    statement a quote before had as its speaker words, that quote's speaker."""
    for before in reversed(said):
        m = before.speaker_mention
        if m is not None and _JOINT.match(article.text[m.start : m.end].lower()):
            return before.speaker
    return _who_met(article, quote)


def _who_met(article: Article, quote: Quote) -> str | None:
    """The group of the people who met, as the sentence of the quote's speaker words or the one
    or two before it tell: a person who meets, holds talks or has a meeting with others ("X had
    a meeting with his counterpart, Y"; "X held talks with Y and Z"; "X met Y"), or None."""
    span = article.doc.char_span(quote.speaker_mention.start, quote.speaker_mention.end, alignment_mode="expand") if article.doc is not None else None
    if span is None:
        return None
    sents = list(article.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= span.root.i < s.end)
    for sent in reversed(sents[max(at - 2, 0) : at + 1]):
        for tok in sent:
            if tok.lower_ == "with" and tok.head.lemma_.lower() in _MEETING:  # "had a meeting with Y"
                verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok.head.head
                partner = next((c for c in tok.children if c.dep_ == "pobj"), None)
            elif tok.lemma_.lower() == "meet" and tok.pos_ == "VERB":  # "X met Y"
                verb, partner = tok, next((c for c in tok.children if c.dep_ == "dobj"), None)
            else:
                continue
            subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
            if subject is None or partner is None:
                continue
            people = [_person_in(article, t) for t in (subject, partner, *partner.conjuncts)]
            if None not in people and len(set(people)) == len(people) >= 2:
                return group_speaker(article, people)
    return None


_MEETING = {"meet", "meeting", "talk", "talks", "hold", "have", "summit"}


def _person_in(article: Article, token) -> str | None:
    """The person a phrase names ("U.S. President Joe Biden", "his counterpart, Lee"): the first
    capitalised name of a person in or across the token's own words (its "and" partners left
    out), or None."""
    lo = token.left_edge.idx
    joined = [c for c in token.children if c.dep_ in ("conj", "cc")]
    hi = max((t.idx + len(t.text) for t in token.subtree if not any(t in c.subtree for c in joined)), default=lo)
    found = sorted((m.start, a.id) for a in article.actors if a.kind == "person" for m in a.mentions
                   if m.start < hi and lo < m.end and m.text[:1].isupper() and m.text.lower() not in ("he", "she", "his", "her"))
    return found[0][1] if found else None


def _both_sides(words: str) -> bool:
    """'both sides', 'the two governments', 'both countries'."""
    parts = words.split()
    counted = parts[:2] in (["the", "two"], ["the", "three"], ["the", "four"], ["all", "three"])
    return len(parts) in (2, 3) and parts[-1] in SIDES and (parts[0] == "both" or counted)


_OF_SIDES = re.compile(r"^ of (?:the )?(two|three|four|both) ([a-z]+)\b")


def _of_both_sides(words: str, after: str) -> str | None:
    """"the leaders of the two countries", "the foreign ministers of both sides": the sides'
    words ("the two countries", "both sides") when the people are named by their sides."""
    found = _OF_SIDES.match(after[:40]) if words.startswith("the ") and words.count(" ") <= 3 else None
    if found is None or found.group(2) not in SIDES:
        return None
    count, noun = found.groups()
    return f"{'both' if count == 'both' else 'the ' + count} {noun}"


def _last_pair(article: Article, at: int, words: str) -> str | None:
    """The group of the actors last named together before ``at``, within REACH: a mention the
    actors stage gave to several people ("the two leaders"), else two names joined by "and" with
    no verb between ('talks between the United States and North Korea ... Both sides said').
    States' words ("both countries", "the two governments") stand for the members' states."""
    mentions = sorted(
        (m.start, m.end, a.id)
        for a in article.actors
        if a.kind != "group"
        for m in a.mentions
        if at - REACH <= m.start and m.end <= at and not m.demonym
    )
    named = [m for i, m in enumerate(mentions) if not _describes(article, m, mentions[i + 1 :])]
    members = _joined(article, named, COUNTS.get(words.split()[-2]) if " " in words else None)
    if members and words.split()[-1] in STATE_SIDES:
        states = [article.actor(article.actor(m).country) for m in members]
        if all(s is not None and s.kind == "state" for s in states):
            members = [s.id for s in states]
    return group_speaker(article, members) if len(set(members)) >= 2 else None


def _describes(article: Article, mention: tuple[int, int, str], later: list[tuple[int, int, str]]) -> bool:
    """'US President Trump', 'North Korea's leader Kim': a name that only describes the next
    one, a few title words on, with no "and", comma or verb between."""
    nxt = next((m for m in later if m[0] >= mention[1] and m[2] != mention[2]), None)
    if nxt is None or nxt[0] - mention[1] > 40:
        return False
    between = article.doc.char_span(mention[1], nxt[0], alignment_mode="expand") if nxt[0] > mention[1] else ()
    if between is None:
        return False
    return all(not (t.is_punct and t.text != "'s") and t.pos_ not in ("CCONJ", "VERB", "AUX") for t in between)


def _joined(article: Article, named: list[tuple[int, int, str]], size: int | None) -> list[str]:
    """The last actors named together, ``size`` of them when the words count them."""
    for i in range(len(named) - 1, 0, -1):
        start, end, actor_id = named[i]
        shared = list(dict.fromkeys(a for s, e, a in named if (s, e) == (start, end)))
        members = shared if len(shared) >= 2 else _listed_before(article, named, i, "and")
        if members and (size is None or len(members) == size):
            return members
    return []


def _listed_before(article: Article, named: list[tuple[int, int, str]], i: int, word: str) -> list[str]:
    """The names listed up to ``named[i]``: 'the US, Japan and South Korea' (the last two joined by
    ``word``, the others by commas), with no verb between."""
    start, _end, actor_id = named[i]
    for j in range(i - 1, -1, -1):
        _s, e, other = named[j]
        if other == actor_id or e > start:
            continue
        between = article.doc.char_span(e, start, alignment_mode="expand") if e < start else None
        words = [t.lower_ for t in between] if between is not None else []
        if between is None or len(between) > 6 or word not in words:
            return []
        if any(t.pos_ in ("VERB", "AUX") or t.is_sent_start for t in between):
            return []
        before = _listed_before(article, named, j, ",")
        return list(dict.fromkeys([*before, other, actor_id])) if before else [other, actor_id]
    return []


def _refers_to_text(article: Article, at: int) -> bool:
    """'It' opens its sentence and the sentence before has a binding text as its subject
    ('Resolution 2397 caps X. It requires Y.', 'The bill ... It bans ...')."""
    doc = article.doc
    span = doc.char_span(at, at + 2, alignment_mode="expand") if doc is not None else None
    if span is None or span[0].i != span[0].sent.start or span[0].i == 0:
        return False
    prev = doc[span[0].i - 1].sent
    subject = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    head = [subject, *(c for c in subject.children if c.dep_ == "compound")]  # "Resolution 2397"
    return any(t.lemma_.lower() in norm_nouns() for t in head)


def _office_holder(article: Article, quote: Quote) -> str | None:
    """'Japan's defense minister said', 'the Japanese prime minister told reporters' with no name
    in the article: the one the knowledge base has in that office on the publication date. The
    person joins the article's actors without a mention of their own (the title's words are the
    quote's ``speaker_mention``)."""
    state = article.actor(quote.speaker)
    if state is None or state.kind not in ("state", "organization") or not article.published:
        return None
    m = quote.speaker_mention
    inner = [x for x in state.mentions if m.start <= x.start and x.end <= m.end]
    if not inner and state.kind == "organization":  # "Russia's ambassador" [to the UN] given to the UN
        state = _state_within(article, m)
        inner = [x for x in state.mentions if m.start <= x.start and x.end <= m.end] if state else []
    if not inner or state.kind == "organization" and not (state.country and inner[-1].end < m.end):
        return None
    title = re.sub(r"^(?:'s|’s)\s*", "", article.text[inner[-1].end : m.end]).strip()
    title = " ".join(TITLE_ABBREVIATIONS.get(w, w) for w in title.split())  # "Japanese PM": prime minister
    if state.kind == "organization":  # "Russia's Security Council secretary": the body's name is the title's
        body = _POSSESSOR.sub("", article.text[inner[-1].start : inner[-1].end])
        title = f"{body} {title}"
    kb = KnowledgeBase.default()
    country = state.country or state.id
    after = article.text[m.end : m.end + 60]
    title = _with_of_phrase(kb, title, after)
    words = title.lower().split()
    holders = []
    if words and state.kind == "organization" and words[-1] not in OFFICES:
        return None  # "the ministry's spokesman": one of several, the knowledge base may know one
    if words and len(words) <= 4 and (words[-1] in OFFICES or kb.is_title_phrase(title)):
        holders = kb.holders(title, country, article.published)  # "defense minister", "secretary of state"
    elif words and len(words) <= 2 and kb.sector_for_title(words[-1]):
        holders = _to_holders(kb, title, after, country, article.published)  # "ambassador to the United States"
    if len(holders) != 1:
        return None
    entry = holders[0]
    if article.actor(entry.id) is None:
        role = next((r for r in entry.roles if r.title and r.holds_on(article.published)), None)
        if role is None:
            return None
        article.actors.append(
            Actor(entry.id, entry.name, "person", role.country, role.sector, role.code, wikidata=entry.wikidata)
        )
    return entry.id


def _to_holders(kb, title: str, after: str, country: str, day: str) -> list:
    """The holders of "<title> to <state>" ("ambassador to the United States", "envoy to the
    U.S."), the state named as the knowledge base names it in its roles."""
    found = _TO_STATE.match(after)
    if found is None:
        return []
    named = [e for e, _via in kb.lookup(found.group(2)) if e.kind in ("state", "organization")]
    places = [f"{found.group(1) or ''}{found.group(2)}"]  # "to the United Nations": a title phrase of its own
    if len(named) == 1:
        places += [f"the {named[0].name}", named[0].name]
    for place in places:
        holders = kb.holders(f"{title} to {place}", country, day)
        if holders:
            return holders
    return []


def _state_within(article: Article, m) -> Actor | None:
    """The one state the speaker words name ("Russia's" of "Russia's ambassador")."""
    found = [a for a in article.actors if a.kind == "state"
             and any(m.start <= x.start and x.end <= m.end for x in a.mentions)]
    return found[0] if len(found) == 1 else None


def _with_of_phrase(kb, title: str, after: str) -> str:
    """"secretary" + " of state said": the title phrase the speaker words stop short of."""
    found = _OF_WORDS.match(after)
    if found is None:
        return title
    words = found.group(1).split()
    for n in (2, 1):
        longer = f"{title} of {' '.join(words[:n])}"
        if len(words) >= n and kb.is_title_phrase(longer):
            return longer
    return title


def _state_title(article: Article, quote: Quote) -> bool:
    """The speaker is a state named only by an adjective before a title: 'the Japanese leader',
    'the Japanese PM' (a title's abbreviation), and with no "the" in a headline ('Thai PM Says')."""
    actor = article.actor(quote.speaker)
    if actor is None or actor.kind != "state":
        return False
    m = quote.speaker_mention
    words = [TITLE_ABBREVIATIONS.get(w, w).lower() for w in article.text[m.start : m.end].split()]
    last = words[-1].split()[-1] if words else ""
    if len(words) >= 3 and words[0] == "the":
        return last in TITLES | set(person_nouns())
    # a headline's office ("Thai PM", "Dutch Leader"), not any person noun ("Israeli Official Says")
    return len(words) >= 2 and last in TITLES | OFFICES and headline_at(article, m.start) is not None


_MEDIA = re.compile(r"^(?:the\s+)?[\w'’ -]+?\s+media$", re.I)


def _states_media(article: Article, quote: Quote) -> str | None:
    """'Israeli media reported', 'Spanish media said': a state's name or people's name before
    "media" is that state's media (an organisation of sector MED, made for the quote, without a
    mention of its own), not the state speaking."""
    state = article.actor(quote.speaker)
    m = quote.speaker_mention
    if state is None or state.kind != "state" or not _MEDIA.match(article.text[m.start : m.end]):
        return None
    country = state.country or state.id
    media_id = f"{country.lower()}-media"
    if article.actor(media_id) is None:
        article.actors.append(Actor(media_id, f"{state.name} media", "organization", country, "MED", f"{country}MED"))
    return media_id


def _speaks_next(article: Article, quote: Quote, country: str) -> str | None:
    """'Thai PM Says He Will Call X' in a headline, the office holder unknown: the first person of
    that state who speaks in the body after it, within the lead (NEXT characters)."""
    seg = headline_at(article, quote.speaker_mention.start)
    if seg is None:
        return None
    after = sorted((q for q in article.quotes if seg.end <= q.start < seg.end + NEXT and q.speaker), key=lambda q: q.start)
    for q in after:
        actor = article.actor(q.speaker)
        if actor is not None and actor.kind == "person" and actor.country == country:
            return actor.id
    return None


def _owned_title(article: Article, quote: Quote) -> bool:
    """The speaker is a state named only by its possessive before a person's title: "South
    Korea's top security official", "Japan's chief negotiator"; or a state or a body named inside
    "the/a top ... official" ("The top North Korean official for U.S. affairs", "A top U.S.
    military official"): one person singled out by rank, not the state or the body."""
    actor = article.actor(quote.speaker)
    if actor is None or actor.kind not in ("state", "organization"):
        return False
    m = quote.speaker_mention
    inner = [x for x in actor.mentions if m.start <= x.start and x.end <= m.end]
    words = article.text[m.start : m.end].lower().split()
    if inner and len(words) >= 3 and words[0] in ("the", "a") and words[1] == "top":
        return words[-1] in person_nouns() or words[-1] in TITLES | OFFICES
    if actor.kind != "state":
        return False
    rest = article.text[inner[0].end : m.end].split() if inner else []
    if len(rest) < 2 or rest[0] not in ("'s", "’s") and not article.text[inner[0].end :].startswith(("'s", "’s")):
        return False
    last = rest[-1].lower()
    return last in person_nouns() or last in TITLES | OFFICES


def _named_next(article: Article, quote: Quote) -> str | None:
    """The person of the speaker's state the article names first after the quote, within NEXT
    characters, who was not named before it (wire copy describes a source in its lead and names
    them in the next paragraph)."""
    state = article.actor(quote.speaker)
    country = state.country or state.id
    end = max(quote.end, quote.speaker_mention.end)
    firsts = []
    for actor in article.actors:
        if actor.kind != "person" or not actor.mentions or actor.country != country:
            continue
        first = min(m.start for m in actor.mentions)
        if end <= first <= end + NEXT:
            firsts.append((first, actor.id))
    return min(firsts)[1] if firsts else None


FOREIGN_SERVICES = re.compile(r"\b(?:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs|foreign\s+office|state\s+department|department\s+of\s+state)\b", re.I)


def _title_around(article: Article, person: Actor, first: int) -> list[str]:
    """The words written as a person's title where they are first named: before the name
    ("North Korean Vice Foreign Minister Ri") and in the apposition after it ("Ri, director at
    North Korea's Foreign Ministry,"); not the rest of the sentence ("Kim visited the ministry")."""
    name = next(x for x in person.mentions if x.start == first)
    before = re.split(r"[.,;:\n“”\"]", article.text[max(0, first - 80) : first])[-1]
    after = article.text[name.end : name.end + 200]
    apposition = _APPOSITION.match(after)
    return [before, apposition.group(1) if apposition else ""]


_APPOSITION = re.compile(r",\s+((?:[^,.\n]|(?<=\b[A-Z])\.)*)")  # ", the U.S. special representative for X,"


def _diplomats() -> set[str]:
    """The nouns of one who speaks for a state abroad: "diplomat" and its other words (role_words.csv)."""
    return {"diplomat", *role_words().get("diplomat", ())}


def _described_diplomat(article: Article, quote: Quote) -> str | None:
    """The noun when the speaker is a state named only by its name or adjective inside "a/an ...
    envoy/diplomat/negotiator" ("a US envoy", "a senior South Korean diplomat"): one person whom
    wire copy names later, not the state. "An official" is not one of them (a state has many)."""
    actor = article.actor(quote.speaker)
    if actor is None or actor.kind != "state":
        return None
    m = quote.speaker_mention
    words = article.text[m.start : m.end].lower().split()
    if len(words) < 3 or words[0] not in ("a", "an") or words[-1] not in _diplomats():
        return None
    inner = any(m.start <= x.start and x.end <= m.end for x in actor.mentions)
    return words[-1] if inner else None


def _diplomat_named_next(article: Article, quote: Quote, noun: str) -> str | None:
    """The person of the speaker's state the article names first after the quote, within FAR
    characters, when the text or the knowledge base gives them a diplomat's role or title ("the
    special representative", "ambassador", "of the Foreign Ministry"); else None (a leader or
    anyone else named next is not the envoy)."""
    state = article.actor(quote.speaker)
    country = state.country or state.id
    end = max(quote.end, quote.speaker_mention.end)
    firsts = sorted(((min(m.start for m in a.mentions), a) for a in article.actors
                     if a.kind == "person" and a.mentions and a.country == country), key=lambda x: x[0])
    firsts = [(first, a) for first, a in firsts if end <= first <= end + FAR]
    if not firsts:
        return None
    first, person = firsts[0]
    words = {noun, *role_words().get(noun, ()), *_diplomats()}
    said = [r for r in person.roles if not r.lower().startswith("former")]
    said += [article.text[x.start : x.end] for x in person.mentions]
    said += _title_around(article, person, first)
    found = any(w in re.findall(r"[a-z]+", s.lower()) for s in said for w in words)
    return person.id if found or any(FOREIGN_SERVICES.search(s) for s in said) else None


_SPOKESPERSON_WORDS = re.compile(r"^(?:(the|a|an)\s+)?(?:[\w.'’-]+\s+){0,3}spokes(?:person|man|woman)$")
_POSSESSIVES = frozenset({"its", "his", "her", "their", "our", "my", "your"})
_SPOKESPERSON_INTRO = re.compile(r"\b(?:a|an)\s+(?:[\w.'’-]+\s+){0,3}?spokes(?:person|man|woman)\b", re.I)
_SPOKESPERSON_AFTER = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:[\w.'’-]+\s+){0,3}?spokes(?:person|man|woman)\b")  # "An Fengshan, spokesman for ..."
_SPOKESPERSON_BEFORE = re.compile(r"spokes(?:person|man|woman),?\s+(?:(?:[A-Z][a-z]{0,4}\.|[A-Z][a-z]+)\s+){0,3}$")


def _the_spokesperson(article: Article, quote: Quote) -> str | None:
    """'A Pentagon spokesperson said X ... Department of Defense spokesperson Col. Dana Reed ...
    "...," the defense department spokesperson said': a spokesperson the text does not name, said
    by no person, is the one person the article calls a spokesperson (a role of the day or one
    written beside the name: "the department spokesperson, Ellen Marsh", "spokesperson Col. Dana
    Reed"), of no other country than the speaker found, and named since the last "a ... spokesperson"
    the text introduced (not one named before another body's spokesperson). "A spokesperson" only
    when that person is named after it, within NEXT (wire copy names the source its lead describes
    in the next paragraph); "the spokesperson" anywhere."""
    m = quote.speaker_mention
    words = article.text[m.start : m.end].lower()
    found = _SPOKESPERSON_WORDS.match(words)
    if found is None:
        return None
    current = article.actor(quote.speaker) if quote.speaker is not None else None
    if current is not None and current.kind == "person":
        return None
    before = article.text[max(0, m.start - 6) : m.start].lower().split()
    determiner = found.group(1) or (before[-1] if before else "")  # "a state department spokesperson": the mention may leave out "a"
    if determiner in _POSSESSIVES or words.split()[0] in _POSSESSIVES or "'s " in words or "’s " in words:
        return None  # "Its spokesman, Senior Colonel Shi Yi,": the spokesperson of a body named before
    people = [a for a in article.actors if a.kind == "person" and a.mentions and _called_spokesperson(article, a)]
    if len(people) != 1:
        return None
    person = people[0]
    if current is not None and current.country and person.country and current.country != person.country:
        return None
    intros = [x.end() for x in _SPOKESPERSON_INTRO.finditer(article.text, 0, m.start)]
    if intros and not any(intros[-1] <= x.start < m.start for x in person.mentions):
        return None  # 'JCS spokesperson Col. Lee said ... A spokesperson for the State Department said': not Lee
    if determiner in ("a", "an"):
        first = min(x.start for x in person.mentions)
        end = max(quote.end, m.end)
        if not end <= first <= end + NEXT:
            return None
    return person.id


def _called_spokesperson(article: Article, person: Actor) -> bool:
    """Is the person a spokesperson by a role (as written or the knowledge base's of the day) or
    by the words right before one of their names ("spokesperson Brig. Gen. Pat Ryder", "the
    department spokesperson, Matthew Miller")?"""
    if any(w in r.lower() for r in person.roles for w in ("spokes", "press secretary")):
        return True
    return any(_SPOKESPERSON_BEFORE.search(article.text[max(0, x.start - 60) : x.start])
               or _SPOKESPERSON_AFTER.match(article.text, x.end) for x in person.mentions)


def _holder(article: Article, said: list[Quote], country: str, at: int) -> str | None:
    """The nearest earlier speaker who is a person of ``country``, within REACH."""
    for quote in _within_reach(said, at):
        actor = article.actor(quote.speaker)
        if actor is not None and actor.kind == "person" and actor.country == country:
            return actor.id
    return None


def _unnamed_spokesperson(words: str) -> bool:
    """'The ministry declined to comment. A spokesman said ...': the institution's spokesperson."""
    article_word, _, noun = words.partition(" ")
    return article_word in ("a", "an") and noun in SPOKESPEOPLE


def _unnamed_source(article: Article, said: list[Quote], quote: Quote) -> str | None:
    """'A State Department spokesperson said ... "...," the spokesperson said', after a named
    spokesperson ('JCS spokesperson Col. Lee said'): the source introduced as "a spokesperson" last,
    when that came after the last time the person the description was given to was named."""
    m = quote.speaker_mention
    words = article.text[m.start : m.end].lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in SPOKESPEOPLE | {"official"}:
        return None
    person = article.actor(quote.speaker)
    named = [x.start for x in person.mentions if x.start < m.start and x.end <= m.start] if person else []
    named = [s for s in named if article.text[s : s + 4].lower() != "the "]
    for earlier in reversed(said):
        if earlier.start < m.start - REACH or not earlier.speaker_mention or earlier.speaker == quote.speaker:
            continue
        e = earlier.speaker_mention
        intro = article.text[e.start : e.end].lower().replace(",", " ").split()
        if intro[:1] in (["a"], ["an"]) and words[1] in intro:
            return earlier.speaker if not named or max(named) < e.start else None
    return None


def _named_beside(article: Article, quote: Quote) -> bool:
    """'The spokesperson, Kang Yu-jung, added': "the <source>" with the person's name set beside it."""
    m = quote.speaker_mention
    words = article.text[m.start : m.end].lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in SOURCE_NOUNS:
        return False
    person = article.actor(quote.speaker)
    return person is not None and person.kind == "person" and any(
        x.start > m.end and article.text[m.end : x.start].strip() == "," for x in person.mentions)


def _name_the_described(article: Article, said: list[Quote], quote: Quote) -> None:
    """'A spokesperson for the presidential office said X. The spokesperson, Kang Yu-jung, added
    Y': wire copy describes a source first and names it after; X is the named person's too."""
    noun = article.text[quote.speaker_mention.start : quote.speaker_mention.end].lower().split()[1]
    for earlier in reversed(said):
        e = earlier.speaker_mention
        if earlier.start < quote.start - REACH or e is None:
            break
        intro = article.text[e.start : e.end].lower().replace(",", " ").split()
        if intro[:1] not in (["a"], ["an"]) or noun not in intro:
            break
        actor = article.actor(earlier.speaker)
        if actor is None or actor.kind != "person":
            earlier.speaker = quote.speaker


def _named_only_inside(article: Article, quote: Quote) -> bool:
    """A pronoun speaker given to an actor the text names, before the pronoun, only inside the
    quote itself ('"Takeshima is ours," he said': no one speaks of himself so)."""
    m = quote.speaker_mention
    if article.text[m.start : m.end].lower() not in ("he", "she"):
        return False
    actor = article.actor(quote.speaker)
    before = [x for x in actor.mentions if x.start < m.start and (x.start, x.end) != (m.start, m.end)] if actor else []
    return bool(before) and all(quote.start <= x.start and x.end <= quote.end for x in before)


def _official_of_body(words: str) -> str | None:
    """"a ministry official", "a senior ministry spokesman": the kind of body ("ministry") whose
    unnamed official speaks, when the words name one (sectors.csv's organisation words)."""
    parts = words.split()
    if len(parts) < 3 or parts[0] not in ("a", "an") or parts[-1] not in SPOKESPEOPLE | {"official"}:
        return None
    body = parts[-2]
    return body if KnowledgeBase.default().sector_for_org(body) else None


STATE_OFFICES = frozenset({"administration", "government", "presidential", "cabinet", "presidency"})


def _state_officials(article: Article, quote: Quote) -> str | None:
    """"A senior Japanese government official said", given to the state its adjective names: that
    state's unnamed government officials, as "a government official" is the home state's."""
    m = quote.speaker_mention
    words = article.text[m.start : m.end].lower()
    state = article.actor(quote.speaker)
    parts = words.split()  # "a senior south korean government official": six words
    if state is None or state.kind != "state" or not (_state_official(words) or len(parts) == 6 and _state_official(" ".join(parts[:1] + parts[2:]))):
        return None
    home = KnowledgeBase.default().state(state.id)
    return _home_official(article, quote, home) if home is not None else None


def _state_official(words: str) -> bool:
    """"a senior administration official", "a presidential official", "a government spokesman":
    an unnamed official of a state's government that names no state."""
    parts = words.split()
    return (3 <= len(parts) <= 5 and parts[0] in ("a", "an") and parts[-1] in SOURCE_NOUNS
            and parts[-2] in STATE_OFFICES)


# "the opposition", "the main opposition party", "five opposition parties", "the opposition bloc":
# the parties out of government of the article's home state (CAMEO's sector OPP), one group.
_OPPOSITION = re.compile(r"^(?:the\s+)?(?:(?:main|major|largest|biggest|two|three|four|five|six|several|smaller|minor|other|"
                         r"liberal|conservative|progressive)\s+)*opposition(?:\s+(?:party|parties|bloc|camp))?$")
OPPOSITION = ("opp", "opposition", "OPP")
AIDES = frozenset({"aide", "adviser", "advisor"})
_AIDE_WORDS = frozenset({"close", "senior", "top", "longtime"})


def _leaders_aide(words: str) -> bool:
    """"a close aide", "a senior adviser": an unnamed aide of no named body, who serves the head
    of state or government the article named just before (``_leader_before``)."""
    parts = words.split()
    return 2 <= len(parts) <= 3 and parts[0] in ("a", "an") and parts[-1] in AIDES and set(parts[1:-1]) <= _AIDE_WORDS


_STAFF = re.compile(r"^(?:the\s+)?(his|her|.+?(?:'s|’s))\s+(?:(?:senior|top|close|own)\s+)?(office|aides|advisers|advisors|staff)$")


def _leaders_staff(article: Article, quote: Quote) -> str | None:
    """"Yoon's office said", "Lee's aides said", with Yoon, Lee heading their state on the day:
    the leader's office (leader_offices.csv), else that state's government officials; not the
    leader himself. Anyone else's office or aides stay that person's."""
    m = quote.speaker_mention
    found = _STAFF.match(article.text[m.start : m.end])
    person = article.actor(quote.speaker)
    if found is None or person is None or person.kind != "person" or not article.published:
        return None
    kb = KnowledgeBase.default()
    entry = kb.entry(person.id)
    owner = m.start + found.start(1), m.start + found.end(1)  # "President Yoon Suk Yeol's", "his"
    if entry is None or not kb.leads_on(entry, article.published) or not _names_owner(person, *owner):
        return None
    state = kb.state(person.country or entry.country or "")
    office = kb.entry(leader_offices().get(state.id, "")) if state is not None and found.group(2) == "office" else None
    if office is None:
        return _home_official(article, quote, state) if state is not None else None
    actor = article.actor(office.id) or Actor(office.id, office.name, "organization", office.country, office.sector,
                                               office.code, wikidata=office.wikidata)
    return _speaks_for(article, actor, m)


def _names_owner(person, start: int, end: int) -> bool:
    """Whether a mention of the person is the possessive at start..end ("Lee's", "his")."""
    return any(start <= x.start and x.end in (end, end - 2) for x in person.mentions)


def _speaks_for(article: Article, actor, m) -> str:
    """The speaker's words ``m`` as a mention of ``actor``, added to the article if new: its id."""
    if article.actor(actor.id) is None:
        article.actors.append(actor)
    if not any(x.start == m.start for x in actor.mentions):
        actor.mentions.append(Mention(m.start, m.end, article.text[m.start : m.end]))
    return actor.id


# "a senior aide from Park's office", "an aide in the president's office": one who works there
_OF_OFFICE = re.compile(r"\s+(?:from|at|in|of|with)\s+(?:the\s+)?((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:'s|’s)|his|her)\s+office\b")
_OFFICE_WORKERS = re.compile(r"^(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}(?:official|aide|adviser|advisor|staffer|source)$", re.I)


def _official_of_office(article: Article, quote: Quote) -> str | None:
    """'"...," a senior official from Lee's office said': the one who works in a person's office
    speaks for the office, not the person whose name only says whose office it is. The leader's
    office of the day (leader_offices.csv) when the person heads their state then, else a group
    of the person's office, of the person's country and sector."""
    m = quote.speaker_mention
    person = article.actor(quote.speaker)
    if person is None or person.kind != "person" or not _OFFICE_WORKERS.match(article.text[m.start : m.end]):
        return None
    found = _OF_OFFICE.match(article.text, m.end)
    if found is None or not _names_owner(person, found.start(1), found.end(1)):
        return None
    kb = KnowledgeBase.default()
    entry = kb.entry(person.id)
    office = None
    if entry is not None and article.published and kb.leads_on(entry, article.published):
        state = kb.state(person.country or entry.country or "")
        office = kb.entry(leader_offices().get(state.id, "")) if state is not None else None
    if office is not None:
        actor = article.actor(office.id) or Actor(office.id, office.name, "organization", office.country, office.sector,
                                                   office.code, wikidata=office.wikidata)
    else:
        actor_id = f"{person.id}-office"
        code = f"{person.country}{person.sector}" if person.country and person.sector else None
        actor = article.actor(actor_id) or Actor(actor_id, f"{person.name}'s office", "group", person.country, person.sector, code)
    return _speaks_for(article, actor, m)


_REPRESENTATIVE = re.compile(
    r"^(?:[Tt]he\s+)?([Hh]is|[Hh]er|.+?(?:'s|’s))\s+(?:(?:chief|senior|top|own|personal|lead)\s+)?"
    r"(spokesman|spokeswoman|spokesperson|press secretary|lawyers?|attorneys?|(?:legal|defen[cs]e) team|representatives?)$")


def _representative(article: Article, quote: Quote) -> str | None:
    """"Putin's spokesman said", "his defense team said", "Lee's lawyers said": one who speaks for
    a person is the source, not that person (a leader's office and aides: _leaders_staff). An actor
    of those words, of the person's country (a spokesman of the person's sector too); a named one
    ("Moon's spokesman, Kim Eui-kyeom,") was found before."""
    m = quote.speaker_mention
    found = _REPRESENTATIVE.match(article.text[m.start : m.end])
    person = article.actor(quote.speaker)
    if found is None or person is None or person.kind != "person":
        return None
    owner = m.start + found.start(1), m.start + found.end(1)  # "President Vladimir Putin's", "his"
    if not any(owner[0] <= x.start and x.end in (owner[1], owner[1] - 2) for x in person.mentions):
        return None
    noun = found.group(2).lower()
    if noun.startswith(("spokes", "press")) and (named := _spokesperson_named(article, person)) is not None:
        return named  # "Putin's spokesman ... Dmitry Peskov says": the Kremlin spokesperson the article names
    group = noun.endswith(("s", "team"))
    if noun.startswith(("spokes", "press", "represent")):
        sector = person.sector
    else:  # lawyers, attorneys, a defense team: the law's sector (person_nouns' "lawyer")
        sector = KnowledgeBase.default().sector_for_title("lawyer" if noun.endswith("team") else noun.rstrip("s"))
    actor_id = f"{person.id}-{noun.replace(' ', '-')}"
    actor = article.actor(actor_id)
    if actor is None:
        code = f"{person.country}{sector}" if person.country and sector else None
        actor = Actor(actor_id, f"{person.name}'s {noun}", "group" if group else "person", person.country, sector, code)
        article.actors.append(actor)
    if not any(x.start == m.start for x in actor.mentions):
        actor.mentions.append(Mention(m.start, m.end, article.text[m.start : m.end]))
    return actor_id


# "a close aide of President X", "an adviser to X", "a spokesman for X": one person who serves X
_SERVING = re.compile(r"^(?:a|an)\s+(?:[a-z-]+\s+){0,2}(aide|adviser|advisor|associate|confidant|spokesman|spokeswoman|spokesperson|"
                      r"lawyer|attorney|representative)$", re.I)
_SERVED = re.compile(r"^\s+(?:of|to|for)\s+(?:(?:[A-Z][\w.-]*|the)\s+){0,3}$")


def _one_who_serves(article: Article, quote: Quote) -> str | None:
    """"A close associate of Prime Minister Kishida recalled", "an adviser to Putin said": the one
    who serves the person named after "of", "to" or "for" is the source, not that person (the
    possessive form, "Putin's spokesman": _representative). An actor of those words, of the
    person's country and sector; a named one ("an aide to Lee, Park ...") was found before."""
    m = quote.speaker_mention
    found = _SERVING.match(article.text[m.start : m.end])
    person = article.actor(quote.speaker)
    if found is None or person is None or person.kind != "person":
        return None
    if not any(m.end < x.start <= m.end + NEAR and _SERVED.match(article.text[m.end : x.start]) for x in person.mentions):
        return None  # the person is not the one the words serve ("a close aide said Abe ...")
    noun = found.group(1).lower()
    if noun.startswith("spokes") and (named := _spokesperson_named(article, person)) is not None:
        return named
    actor_id = f"{person.id}-{noun}"
    actor = article.actor(actor_id)
    if actor is None:
        sector = person.sector if noun not in ("lawyer", "attorney") else KnowledgeBase.default().sector_for_title(noun)
        code = f"{person.country}{sector}" if person.country and sector else None
        actor = Actor(actor_id, f"{person.name}'s {noun}", "person", person.country, sector, code)
        article.actors.append(actor)
    if not any(x.start == m.start for x in actor.mentions):
        actor.mentions.append(Mention(m.start, m.end, article.text[m.start : m.end]))
    return actor_id


def _spokesperson_named(article: Article, principal) -> str | None:
    """The one person of the principal's country the article names whose role is a spokesperson's
    or press secretary's (as written, or the knowledge base's of the day), if one."""
    found = [a.id for a in article.actors if a.kind == "person" and a is not principal and a.mentions
             and a.country == principal.country
             and any(w in r.lower() for r in a.roles for w in ("spokes", "press secretary"))]
    return found[0] if len(found) == 1 else None


_AT = frozenset({"at", "of", "from", "with", "for"})


def _body_after(article: Article, quote: Quote) -> str | None:
    """'a senior official at the presidential office in Seoul', 'an aide with the ruling party':
    the organisation the phrase after an unnamed source names; for a state's office ("the
    presidential office", "the government"), that state's officials: the state the phrase names,
    else the article's home state."""
    m = quote.speaker_mention
    words = article.text[m.start : m.end].lower().split()
    if not 2 <= len(words) <= 4 or words[0] not in ("a", "an") or words[-1] not in SOURCE_NOUNS:
        return None
    span = article.doc.char_span(m.start, m.end, alignment_mode="expand") if article.doc is not None else None
    prep = next((c for c in span.root.children if c.dep_ == "prep" and c.lower_ in _AT), None) if span else None
    if prep is None:
        return None
    lo, hi = prep.idx, prep.right_edge.idx + len(prep.right_edge.text)
    orgs = sorted((x.start, a.id) for a in article.actors if a.kind == "organization"
                  for x in a.mentions if lo <= x.start and x.end <= hi)
    if orgs:
        return orgs[0][1]
    if not any(t.lower_ in STATE_OFFICES | {"office"} for t in prep.subtree):
        return None
    kb = KnowledgeBase.default()
    named = [e for ent in article.doc.ents if lo <= ent.start_char and ent.end_char <= hi and ent.label_ == "GPE"
             for e, _via in kb.lookup(ent.text) if e.kind == "state"]
    return _home_official(article, quote, named[0] if named else None)


def _home_ministry_official(article: Article, quote: Quote, words: str) -> str | None:
    """'Seoul rejected the remarks. A foreign ministry official told a briefing that ...', 'Manila
    summoned the envoy, a foreign ministry official said': an unnamed official of a ministry, of no
    state and with no ministry named before, in an article with no home state, is of the state whose
    capital is the subject just before (``_capital_subject``): the knowledge base's ministry of the
    field the words give ("foreign"), else that state's unnamed government officials."""
    if article.doc is None:
        return None
    kb = KnowledgeBase.default()
    people = [e for e in article.doc.ents if e.label_ == "PERSON"]
    if _presidents_state(article, quote, kb) or home_state(article.doc, kb, article.published, people):
        return None  # a home of its own: left to the events stage ("SEOUL -- ... In Tokyo, a ministry spokesman")
    home = _capital_subject(article, quote, kb)
    if home is None:
        return None
    parts = words.split()
    hits = _ministry(kb, home.id, parts[-3]) if len(parts) >= 4 else []
    if len(hits) == 1:
        return _last_named_body(article, quote, [(quote.speaker_mention.start, hits[0])])
    return _home_official(article, quote, home)


_FIELD_MINISTRY = re.compile(r"^the [a-z]+ ministry$")


def _the_field_ministry(article: Article, quote: Quote, words: str) -> str | None:
    """'Iran recalled the envoy ..., the foreign ministry said', 'LIMA -- Envoys of the two
    countries met ..., the foreign ministry said': "the <field> ministry", the subject of a verb
    of speech (speech_verbs.txt; not 'The foreign ministry condemned the "dangerous" test'), that
    no rule before resolved (no such ministry named or speaking before) is the knowledge base's ministry of that
    field of the article's home state (home_state.py: a dateline), else of the state that is the
    first subject of the quote's own words."""
    if article.doc is None:
        return None
    span = article.doc.char_span(quote.speaker_mention.start, quote.speaker_mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass") or span.root.head.lemma_.lower() not in speech_verbs():
        return None  # 'The foreign ministry condemned the "dangerous" test': a deed, not words said
    kb = KnowledgeBase.default()
    people = [e for e in article.doc.ents if e.label_ == "PERSON"]
    home = home_state(article.doc, kb, article.published, people)
    country = home.id if home is not None else _content_subject_state(article, quote)
    if country is None:
        return None
    hits = _ministry(kb, country, words.split()[1])
    return _last_named_body(article, quote, [(quote.speaker_mention.start, hits[0])]) if len(hits) == 1 else None


def _content_subject_state(article: Article, quote: Quote) -> str | None:
    """The state whose mention is the first subject in the quote's own words ("Iran said ...",
    "Iran recalled ..."), or None."""
    span = article.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        if tok.dep_ in ("nsubj", "nsubjpass"):
            hits = {a.id for a in article.actors if a.kind == "state" for m in a.mentions if m.start <= tok.idx < m.end}
            return hits.pop() if len(hits) == 1 else None
    return None


def _capital_subject(article: Article, quote: Quote, kb: KnowledgeBase):
    """'Seoul rejected the remarks. A foreign ministry official told ...', 'Manila summoned the envoy
    ..., a foreign ministry official said': the state whose capital is the subject of a verb in
    the sentence of the speaker's words or the one before (the last such before them), for an
    article with no home state of its own."""
    span = article.doc.char_span(quote.speaker_mention.start, quote.speaker_mention.end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    lo = article.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    found = None
    for tok in article.doc[lo : span.start]:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.text[:1].isupper():
            states = {e.country or e.id for e, via in kb.lookup(tok.text) if e.kind == "state" and via == "metonym"}
            if len(states) == 1:
                found = kb.state(states.pop())
    return found


def _speaking_state(article: Article, said: list[Quote], quote: Quote) -> str | None:
    """'South Korea "strongly" condemned X. ... "...," the government said in a statement',
    'Philippines summons envoy / Government says ...': "the government" that names no state, the
    subject of a verb of speech, that no rule before resolved: the article's home state
    (home_state.py), else the first state that is the subject of a verb in its first three
    sentences (a headline, its deck, the lead): before the words, or after them for words in a
    headline's deck."""
    if article.doc is None:
        return None
    span = article.doc.char_span(quote.speaker_mention.start, quote.speaker_mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass") or span.root.head.lemma_.lower() not in speech_verbs():
        return None  # 'The government, he said, has no plans': no speaker
    kb = KnowledgeBase.default()
    people = [e for e in article.doc.ents if e.label_ == "PERSON"]
    home = home_state(article.doc, kb, article.published, people)
    if home is not None and article.actor(home.id) is not None:
        return home.id
    states = [a for a in article.actors if a.kind == "state"]
    sents = list(article.doc.sents)[:3]
    for sent in sents:
        for tok in sent:
            if tok.dep_ in ("nsubj", "nsubjpass") and (tok.idx < span.start_char or sent.start > span.sent.start):
                hits = {a.id for a in states for x in a.mentions if x.start <= tok.idx < x.end}
                if len(hits) == 1:
                    return hits.pop()
    return None


def _home_official(article: Article, quote: Quote, home=None, side: tuple[str, str, str] = ("gov-official", "government officials", "GOV")) -> str | None:
    """The actor of the unnamed government officials of ``home``, else of the article's home
    state (home_state.py), made once per article; None when the article has no clear home.
    ``side`` (id suffix, name, sector) names another side of the state: its opposition."""
    if article.doc is None:
        return None
    kb = KnowledgeBase.default()
    people = [e for e in article.doc.ents if e.label_ == "PERSON"]
    home = home or _presidents_state(article, quote, kb) or home_state(article.doc, kb, article.published, people) or _leader_before(article, quote)
    if home is None:
        return None
    suffix, label, sector = side
    actor_id = f"group-{home.id.lower()}-{suffix}"
    actor = article.actor(actor_id)
    if actor is None:
        actor = Actor(id=actor_id, name=f"{home.name}'s {label}", kind="group",
                      country=home.id, sector=sector, code=f"{home.id}{sector}")
        article.actors.append(actor)
    m = quote.speaker_mention
    if not any(x.start == m.start for x in actor.mentions):
        actor.mentions.append(Mention(m.start, m.end, article.text[m.start : m.end]))
    return actor_id


def _described_firm(article: Article, quote: Quote, words: str) -> str | None:
    """'Chinese authorities shut 23 Lotte Mart stores, the South Korean retail giant said',
    'Consumer Reports ... The group said': a firm described by its trade (firm_nouns.txt), with a
    state's adjective or none, is the organisation named last before it (within REACH; with no
    state's adjective, within NEAR: "the group" of a body no actor names is no earlier one), of that
    state or of none known, and no state's body (GOV, MIL), one not named as an owner first
    ("Apple's phone"); "a Japanese display maker", "a Delhi auto parts supplier", or one with none
    named before, is a firm of its own (of the state the words name, if one)."""
    parts = words.split()
    m = quote.speaker_mention
    states = [a for a in article.actors if a.kind == "state" and any(m.start <= x.start and x.end <= m.end for x in a.mentions)]
    if len(parts) < 2 or parts[0] not in ("the", "a", "an") or parts[-1] not in firm_nouns() or len(states) > 1:
        return None
    state = states[0] if states else None
    if parts[0] == "the":
        left_out = ("GOV", "MIL", "MED") if parts[-1] == "group" else ("GOV", "MIL")  # "told AFP. The group is": no outlet
        named = [(x.start, a.id, x.end) for a in article.actors if a.kind == "organization" and a.sector not in left_out
                 and (state is None or a.country in (None, state.id)) for x in a.mentions
                 if m.start - (REACH if state is not None else NEAR) <= x.start and x.end <= m.start]
        owners = [n for n in named if article.text.startswith(("'", "’"), n[2])]  # "Consumer Reports declined to rate Apple's phone"
        if named:
            return max([n for n in named if n not in owners] or named)[1]
    if len(parts) < 3:
        return None  # "a firm said", "the company said" with none named: too little to be an actor
    actor_id = f"firm-{parts[-1]}-{m.start}"
    country = state.id if state is not None else None
    if article.actor(actor_id) is None:  # no mention of its own: the words are the quote's speaker_mention
        article.actors.append(Actor(id=actor_id, name=article.text[m.start : m.end], kind="organization",
                                    country=country, sector="BUS", code=f"{country or ''}BUS"))
    return actor_id


_FACTION = re.compile(r"^the (?:[a-z-]+ ){0,2}(?:faction|movement|militia)$")


def _faction_named_before(article: Article, quote: Quote) -> str | None:
    """'Hamas said on Monday X. The armed faction said in a statement Y': "the (<adjective>)
    faction/movement/militia" is the organisation named last within REACH before the words, no
    news outlet and no state's body (GOV, MIL)."""
    m = quote.speaker_mention
    named = [(x.start, a.id) for a in article.actors if a.kind == "organization" and a.sector not in ("GOV", "MIL", "MED")
             for x in a.mentions if m.start - REACH <= x.start and x.end <= m.start]
    return max(named)[1] if named else None


_KIN_OF = re.compile(r"^the\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+of\s+\S.*$")  # "the powerful sister of leader Kim Jong Un"


def _kin_owner(article: Article, quote: Quote, words: str) -> tuple[str, Actor] | None:
    """(relative's noun, owner) of "his wife", "Kim's sister", "the sister of Kim Jong Un": the
    person whose mention opens the words, or follows their "of"."""
    found = _KIN.match(words) or _KIN_OF.match(words)
    if found is None or not (_KIN.match(words) or person_nouns().get(found.group(1)) == "CVL" or found.group(1) in relative_nouns()):
        return None
    m = quote.speaker_mention
    at = m.start if _KIN.match(words) else m.start + words.index(" of ") + 4
    owner = next((a for a in article.actors if a.kind == "person" and any(x.start == at for x in a.mentions)), None)
    if owner is None and not _KIN.match(words):  # "of leader Kim Jong Un": the person named inside
        owner = next((a for a in article.actors if a.kind == "person"
                      and any(at <= x.start and x.end <= m.end for x in a.mentions)), None)
    return (found.group(1), owner) if owner is not None else None


def _relative(article: Article, quote: Quote, words: str) -> str | None:
    """"the powerful sister of leader Kim Jong Un warned", "Kim's sister said": the relative the
    knowledge base knows (relatives.csv), made an actor of the article if it is none yet."""
    kin = _kin_owner(article, quote, words)
    relative = relatives().get((kin[1].id, kin[0])) if kin is not None else None
    if relative is None:
        return None
    if article.actor(relative) is None:
        entry = KnowledgeBase.default().entry(relative)
        if entry is None:
            return None
        role = next((r for r in entry.roles if r.holds_on(article.published)), None)
        country = role.country if role is not None else entry.country
        article.actors.append(Actor(entry.id, entry.name, "person", country, role.sector if role else None,
                                    role.code if role else None, wikidata=entry.wikidata))
    return relative


_ONE = re.compile(r"^(?:one|a|an|another)\s+(?:[\w-]+\s+){0,3}?([a-z]+)$")
_ONE_OF = re.compile(r"^(?:one|a|an|another)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+(?:of|in|from|at|near)\s+\S.*$")  # "a resident of Hyesan"
_KIN = re.compile(r"^(?!the\s)(?:his|her|their|[\w. -]+(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?([a-z]+)$")  # "his wife", "Park's elder brother"


COURTS = "JUD"  # the sector of judges, prosecutors and lawyers (person_nouns.csv)
_THE_ONE = re.compile(r"^the\s+(?:[\w-]+\s+){0,2}?([a-z]+)$")  # "the presiding judge"


def _one_person(article: Article, quote: Quote, words: str) -> str | None:
    """'One protester shouted, "..."', '"...," a 70-year-old man said': one unnamed person of a
    kind (person_nouns.csv) quoted word for word, an actor of its own, not the group of that kind
    (GUM keeps "one poster" apart from "posters"), nor an official (the rules above). Only for a
    direct quote, and with no mention of its own (as ``_office_holder``'s person): GUM links "a
    defector ... was persuaded", "One poster admitted" to others, and read worse (accuracy 0.913 ->
    0.909, tune 0.931 -> 0.922) when the words were made mentions of an actor of their own."""
    found = _ONE_OF.match(words) or _ONE.match(words) or _KIN.match(words) or _KIN_OF.match(words)
    noun = found.group(1) if found else None
    the = _THE_ONE.match(words)
    if found is None and the is not None and person_nouns().get(the.group(1)) == COURTS:
        noun = the.group(1)  # '"...," the judge said' after the verdict on another: the court's one judge
    kin = _kin_owner(article, quote, words)
    sector = person_nouns().get(noun) if noun else None
    if sector is None and noun and (kin is not None or _KIN.match(words) and ("possessor", noun) in person_acts()):
        sector = "CVL"  # "his brother", a relative (person_acts.csv)
    if sector is None or sector == "GOV" or noun in SOURCE_NOUNS | AIDES:
        return None
    m = quote.speaker_mention
    actor_id = f"one-{noun}-{m.start}" if found is not None else f"the-{noun}"
    if article.actor(actor_id) is not None:
        return actor_id  # the same words speak a quote and its partial quotes
    country = _home_country(article)
    name = f"{kin[1].name}'s {noun}" if kin is not None else article.text[m.start : m.end]
    actor = Actor(id=actor_id, name=name, kind="person", sector=sector, country=country,
                  code=f"{country or ''}{sector}")
    article.actors.append(actor)  # no mention of its own: the words are the quote's speaker_mention
    return actor_id


def _named_after_lead(article: Article, quote: Quote) -> str | None:
    """'A South Korean woman who ... said X. "...," said Lee Yong-soo, the 91-year-old survivor':
    wire copy describes the one it quotes in its lead and names her in the next paragraph. When no
    one was named before the described speaker, the person named first after the quote (within
    NEXT characters) who speaks in the article is that speaker."""
    m = quote.speaker_mention
    end = max(quote.end, m.end)
    speakers = {q.speaker for q in article.quotes if q is not quote}
    firsts = []
    for actor in article.actors:
        if actor.kind != "person" or not actor.mentions or actor.id.startswith(("one-", "the-")):
            continue
        first = min(x.start for x in actor.mentions)
        if first < m.start:
            return None  # someone was named before: not a lead's unnamed speaker
        if end <= first <= end + NEXT and actor.id in speakers:
            firsts.append((first, actor.id))
    return min(firsts)[1] if firsts else None


def _presidents_state(article: Article, quote: Quote, kb: KnowledgeBase):
    """"A presidential official said" in news whose home state has no president (a Seoul story on a
    summit with Tokyo that the parse gives Japan's home): the state of the president the article
    named last before, within REACH; None when the home state has one, or none was named."""
    m = quote.speaker_mention
    if m is None or "presidential" not in article.text[m.start : m.end].lower().split():
        return None
    people = [e for e in article.doc.ents if e.label_ == "PERSON"]
    home = home_state(article.doc, kb, article.published, people)
    if home is not None and kb.holders("president", home.id, article.published):
        return None
    named = [(start, entry.country) for start, entry in _leaders_named_before(article, quote, kb)
             if kb.holders("president", entry.country, article.published)]
    return kb.state(max(named)[1]) if named else None


def _home_country(article: Article) -> str | None:
    """The article's home state (home_state.py) for an unnamed speaker made of its words, if clear."""
    if article.doc is None:
        return None
    people = [e for e in article.doc.ents if e.label_ == "PERSON"]
    home = home_state(article.doc, KnowledgeBase.default(), article.published, people)
    return home.id if home is not None else None


_SOURCES = re.compile(r"^(?:(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?source|(?:the\s+)?(?:[\w-]+\s+){0,2}?sources)$")


_FIRST_SOURCE = re.compile(r"^the sources?(?:, who)?$")  # "the source, who asked not to be named, told"


def _unnamed_sources(article: Article, quote: Quote, words: str, first: bool = False) -> str | None:
    """'..., sources in the country told RFA', 'A second source, a trader in Sinuiju, said': the
    unnamed sources of a report (RFA, Daily NK), an actor of their own for the words (one source a
    person, several a group; "the source said" after them is theirs, by ``_antecedent``), with no
    mention of its own (as ``_one_person``); not an official or an aide (rules of their own).
    ``first``: "the source said" that refers back to no one ('"...," the source, who spoke on
    condition of anonymity, told the agency' opening a story) is such a source too."""
    if (_SOURCES.match(words) is None and not first) or any(w in words.split() for w in ("official", "officials", "government")):
        return None
    m = quote.speaker_mention
    plural = words.split(",")[0].endswith("sources")
    actor_id = f"{'sources' if plural else 'source'}-{m.start}"
    if article.actor(actor_id) is None:
        country = _home_country(article)
        article.actors.append(Actor(id=actor_id, name=article.text[m.start : m.end].split(",")[0], kind="group" if plural else "person",
                                    country=country, sector="CVL", code=f"{country or ''}CVL"))
    return actor_id


_AN_OFFICIAL = re.compile(r"^(?:a|an|one|another)\s+(?:[\w.-]+\s+){0,3}official(?:, who)?$")


def _unnamed_official(article: Article, quote: Quote, words: str) -> str | None:
    """'..., an official briefed on the talks said', 'an unnamed official cited by the paper
    charged that ...', 'Another official told the outlet': an unnamed official that every rule
    above left with no one (no state, ministry, office or leader read in or around the words) is
    an official of their own: an actor (kind person, sector GOV, the article's home state if
    clear) with no mention of its own (as ``_unnamed_sources``), whom "the official" and "he"
    after take (``_unnamed_source_again``, ``_last_informant``). Not "the official" with no one
    before: a deck 'The official slammed X' names its official in the story below."""
    if _AN_OFFICIAL.match(words) is None:
        return None
    m = quote.speaker_mention
    actor_id = f"source-{m.start}"
    if article.actor(actor_id) is None:
        country = _home_country(article)
        article.actors.append(Actor(id=actor_id, name=article.text[m.start : m.end].split(",")[0], kind="person",
                                    country=country, sector="GOV", code=f"{country or ''}GOV"))
    return actor_id


_THE_DESCRIBED = re.compile(r"^the\s+([a-z][\w-]*\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?:, who)?$")


def _described_speaker_again(article: Article, said: list[Quote], quote: Quote, words: str) -> str | None:
    """'..., said the Iranian embassy's press adviser in Paris. The press adviser added that ...',
    "South Korea's spy agency said X ... The spy agency said Y", "coast guard ... The coast guard
    said": "the" and two or three words that no rule above resolved, which end the words of a
    speaker quoted before (within REACH; the latest such), are that speaker described again.
    One word ("the official", "the ministry") is left to the rules of its own above."""
    found = _THE_DESCRIBED.match(words)
    if found is None:
        return None
    tail, at = " " + found.group(1), quote.speaker_mention.start
    for earlier in _within_reach(said, at):
        m = earlier.speaker_mention
        if m is None or m.start >= at:
            continue
        before = article.text[m.start : m.end].lower().replace("’", "'").removesuffix(", who")
        if (" " + before).endswith(tail):
            return earlier.speaker
    return None


_DIVISION_KINDS = ("region", "city")
_CITY_WORDS = ("city", "metropolitan", "municipal")


def _bare_division_word(article: Article, quote: Quote) -> bool:
    """ "the State said" taken for a body called "State", of no country: the words only refer back."""
    words = _with_the(article, quote)
    actor = article.actor(quote.speaker)
    return (words.startswith("the ") and words[4:] in division_government_words() and words[4:] != "government"
            and actor is not None and actor.kind == "organization" and actor.country is None
            and actor.name.lower() in division_government_words())


def _with_the(article: Article, quote: Quote) -> str:
    """The speaker's words, lower case, with a "the" just before them that they left out ("The State")."""
    m = quote.speaker_mention
    words = article.text[m.start : m.end].lower()
    return f"the {words}" if article.text[max(0, m.start - 4) : m.start].lower() == "the " else words


def _division_government(article: Article, quote: Quote, words: str) -> str | None:
    """A first-level division or a city that speaks is its government: "Gyeonggi Province said",
    "Tamil Nadu contended", "the Jeju provincial government said", "Seoul city said" (a city only
    with such a word after its name), and "the State said", "the province said" of the last one
    named before. An actor of the division's country, sector GOV; the places stage found the
    place, so a literal place ("people in Tamil Nadu said") never reaches here."""
    m = quote.speaker_mention
    words = _with_the(article, quote)
    named = sorted((x.start, x.end, p) for p in article.places if p.kind in _DIVISION_KINDS and p.country for x in p.mentions)
    inside = [(s, e, p) for s, e, p in named if m.start <= s and e <= m.end]
    rest = words[4:] if words.startswith("the ") else words
    if inside:
        if len({p.id for _s, _e, p in inside}) != 1:
            return None
        s, e, place = inside[0]
        before = article.text[m.start : s].strip().lower()
        after = article.text[inside[-1][1] : m.end].strip().lower()
        if before not in ("", "the") or after and after not in division_government_words():
            return None
        if place.kind == "city" and not after.startswith(_CITY_WORDS):
            return None  # "Busan said": a city speaks as "Busan city said", "the Busan city government"
    elif words.startswith("the ") and rest in division_government_words() and rest not in ("government", "city hall"):
        kind = "city" if rest.startswith(_CITY_WORDS) else "region"
        before = [p for _s, e, p in named if e <= m.start and p.kind == kind]
        if not before:
            return None
        place = before[-1]
    else:
        return None
    slug = re.sub(r"[^a-z0-9]+", "-", place.name.lower()).strip("-")
    actor_id = f"{slug}-government"
    if article.actor(actor_id) is None:
        article.actors.append(Actor(id=actor_id, name=f"{place.name} government", kind="organization",
                                    country=place.country, sector="GOV", code=f"{place.country}GOV"))
    return actor_id


def _unnamed_group(article: Article, quote: Quote) -> str | None:
    """'Human rights groups say ...', 'the authorities say ...': a plural group no stage named,
    headed by a group word (the events stage's groups.yaml and PETRARCH2's agent nouns): the events
    stage's own group actor for the words (the same maker, so the same id and country, and one actor
    when an event names the group too), made here so that it speaks. Not the plural collectives that
    stand for actors named nearby ("the leaders"), nor a group its owner speaks for ("its state
    media"), nor a thing a group word only modifies ("company statistics")."""
    if article.doc is None:
        return None
    m = quote.speaker_mention
    span = article.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.tag_ not in ("NNS", "NNPS") or span.root.pos_ != "NOUN":
        return None
    root = span.root
    misread = root.dep_ == "compound" and closing_misread(root.head) is not None  # "X, local media report."
    if not misread and (root.head.lemma_.lower() not in speech_verbs() or root.dep_ not in ("nsubj", "nsubjpass")):
        return None  # 'Fighters from Drusk attacked ...': the events stage's, with what it knows of states
    groups = Groups(article)
    if groups.words.sector(root) is None or groups.words.collective(root) or any(c.dep_ == "poss" for c in root.children):
        return None  # "company statistics"; "the leaders" (those named); "its state media" (its owner's)
    actor_id = groups.actor(root)
    made = groups.made.get(actor_id) if actor_id is not None else None
    if made is not None and made.kind == "group" and article.actor(actor_id) is None:
        article.actors.append(made)
    return actor_id if actor_id is not None and article.actor(actor_id) is not None else None


def _last_informant(article: Article, said: list[Quote], words: str, at: int) -> str | None:
    """'Sources in the country told RFA ... X, a resident of the city told RFA ... "...," the source
    said', '... "...," he said': the unnamed source or person of a kind (``_unnamed_sources``, ``_one_person``) who spoke
    last, within REACH, when no one introduced as a source did (``_antecedent``)."""
    if words not in ("the source", "the sources", "he", "she"):
        return None  # "he said" the actors stage gave no one: the informant, who has no mention of their own
    for quote in _within_reach(said, at):
        if quote.speaker and quote.speaker.startswith(("source-", "sources-", "one-")) and quote.speaker_mention.start < at:
            return quote.speaker
    return None


def _leaders_office_before(article: Article, quote: Quote, office: str) -> str | None:
    """"the presidential office" in news with no home state (Yoon at a summit abroad): the
    knowledge base's office of that name of the state whose head of state or government the
    article named last before, within REACH, among those states that have one (Xi, named after
    Yoon, has no presidential office in the knowledge base)."""
    kb = KnowledgeBase.default()
    named = []
    for start, entry in _leaders_named_before(article, quote, kb):
        state = kb.state(entry.country)
        hits = [e for e, _via in kb.lookup(f"{state.name}'s {office}") if e.country == state.id] if state else []
        if len(hits) == 1:
            named.append((start, hits[0]))
    return _last_named_body(article, quote, named)


def _leaders_named_before(article: Article, quote: Quote, kb: KnowledgeBase):
    """(start of the last mention, knowledge-base entry) of each head of state or government on
    the article's day whom the article named within REACH before the quote's speaker."""
    at = quote.speaker_mention.start
    for actor in article.actors:
        entry = kb.entry(actor.id) if actor.kind == "person" else None
        if entry is None or not entry.country or not kb.leads_on(entry, article.published):
            continue
        starts = [m.start for m in actor.mentions if at - REACH <= m.start < at]
        if starts:
            yield max(starts), entry


_MINISTER_ROLE = re.compile(r"^(\w+(?: \w+)?) Minister of ", re.I)
_MINISTER_TITLE = re.compile(r"\b(\w+) minister,?\s*$", re.I)
_SPELLINGS = {"defense": "defence", "defence": "defense"}


def _ministers_ministry(article: Article, quote: Quote) -> str | None:
    """'Defense Minister Shin Won-sik chaired a meeting ... The ministry said': the ministry of
    the minister the article named last before, within REACH, by the knowledge base's role on
    the day or the title just before the name ("the defence minister, Kim Yong-hyun"), when the
    knowledge base knows that ministry of the minister's state."""
    kb = KnowledgeBase.default()
    at = quote.speaker_mention.start
    named = []
    for actor in article.actors:
        if actor.kind != "person" or not actor.country:
            continue
        starts = [m.start for m in actor.mentions if at - REACH <= m.start < at]
        if not starts:
            continue
        fields = {(r.country or actor.country, f.group(1)) for r in kb.roles_on(actor.id, article.published)
                  if r.title and (f := _MINISTER_ROLE.match(r.title))}
        fields |= {(actor.country, f.group(1)) for m in actor.mentions
                   if (f := _MINISTER_TITLE.search(article.text[max(0, m.start - 40) : m.start]))}
        bodies = {b.id: b for country, field in fields for b in _ministry(kb, country, field)}
        if len(bodies) == 1:
            named.append((max(starts), next(iter(bodies.values()))))
    return _last_named_body(article, quote, named)


def _last_named_body(article: Article, quote: Quote, named: list) -> str | None:
    """The body of the (start, entry) pairs ``named`` whose person was named last: made an actor of
    the article if it is none yet, with the quote's speaker words as its mention; its id."""
    if not named:
        return None
    body = max(named, key=lambda x: x[0])[1]
    actor = article.actor(body.id)
    if actor is None:
        actor = Actor(body.id, body.name, "organization", body.country, body.sector, body.code, wikidata=body.wikidata)
        article.actors.append(actor)
    m = quote.speaker_mention
    if not any(x.start == m.start for x in actor.mentions):
        actor.mentions.append(Mention(m.start, m.end, article.text[m.start : m.end]))
    return body.id


def _ministry(kb: KnowledgeBase, country: str, field: str) -> list:
    """The knowledge base's ministry of ``field`` ("Defense", "Foreign") of the state ``country``."""
    state = kb.state(country)
    if state is None or field.lower() in ("prime", "chief", "deputy", "vice"):
        return []
    found = {}
    for word in (field, _SPELLINGS.get(field.lower(), field)):
        for name in (f"{state.name}'s {word} Ministry", f"{word} Ministry"):
            for entry, _via in kb.lookup(name):
                if entry.kind == "organization" and entry.country == state.id:
                    found[entry.id] = entry
    return list(found.values())


def _leader_before(article: Article, quote: Quote):
    """The state of the head of state or government the article named last, within REACH, before
    an unnamed official of a state's office ("President Yoon ... A presidential official said"),
    for an article with no home state."""
    kb = KnowledgeBase.default()
    named = [(start, entry.country) for start, entry in _leaders_named_before(article, quote, kb)]
    return kb.state(max(named)[1]) if named else None


def _institutions(article: Article) -> list[tuple[int, int, str]]:
    """(start, end, actor id) of every mention of an organisation or a state, in text order."""
    return sorted(
        (m.start, m.end, a.id) for a in article.actors if a.kind in ("organization", "state") for m in a.mentions
    )


def _named_just_before(article: Article, named: list[tuple[int, int, str]], at: int) -> str | None:
    """The institution named last within NEAR characters before ``at``; one named as a subject
    first ('The State Department urged Pyongyang to ... A spokesperson said': the department's)."""
    before = [n for n in named if n[1] <= at and at - n[1] <= NEAR]
    subjects = [n for n in before if _is_subject(article, n[0], n[1])]
    return (subjects or before)[-1][2] if before else None


def _in_relative_clause(article: Article, at: int) -> bool:
    """Is the "it" at ``at`` the subject of a verb of saying in a relative clause (its.relative_it)?
    The actors stage gave it the body the clause above names as its subject, where it found one."""
    span = article.doc.char_span(at, at + 2, alignment_mode="expand") if article.doc is not None else None
    return span is not None and len(span) == 1 and relative_it(span[0])


def _named_before_in_sentence(article: Article, named: list[tuple[int, int, str]], at: int) -> str | None:
    """The organisation or state named last before ``at`` in its sentence: what the relative
    clause's "it" stands for ("North Korea launched a missile, which it claimed ...")."""
    sent = article.doc.char_span(at, at + 2, alignment_mode="expand")[0].sent
    before = [n for n in named if sent.start_char <= n[0] and n[1] <= at]
    return before[-1][2] if before else None


def _is_subject(article: Article, start: int, end: int) -> bool:
    span = article.doc.char_span(start, end, alignment_mode="expand") if article.doc is not None else None
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _antecedent(article: Article, said: list[Quote], words: str, at: int) -> str | None:
    kinds = _KINDS.get(words)
    noun = words.split(" ", 1)[1] if words.startswith(_DETERMINERS) and words.count(" ") == 1 else None
    if kinds is None and noun is None:
        return None
    for quote in reversed(said):
        if quote.start < at - REACH:
            return None
        actor = article.actor(quote.speaker)
        if actor is None or (quote.speaker_mention and quote.speaker_mention.start >= at):
            continue
        if kinds is not None and actor.kind in kinds:
            return actor.id
        if noun is not None and actor.kind == "organization" and noun in actor.name.lower().split():
            return actor.id
        if noun is not None and (_introduced_as(article, quote, noun) or _issued_by_cue(quote, noun)):
            return actor.id
    if noun is None:
        return None
    return _named_with(article, noun, at) or (_last_body_speaking(article, said, at) if noun in _DOCUMENT_NOUNS else None)


_DOCUMENT_NOUNS = frozenset({"statement", "report", "commentary", "communique", "communiqué", "announcement"})

# The verb whose saying is the document ("X reported that ..." is X's report): the forms a cue takes.
_DOCUMENT_CUES = {"report": frozenset({"reported", "reports", "report", "reporting"}),
                  "statement": frozenset({"stated", "states", "state"}),
                  "announcement": frozenset({"announced", "announces", "announce", "announcing"})}


def _issued_by_cue(quote: Quote, noun: str) -> bool:
    """'Japan's Fuji News Network reported that X. According to the report, Y': the report is the
    word of whoever last "reported", not of a body whose earlier, other report the text denied
    ("denying a Japanese media report suggesting ...")."""
    return (quote.cue or "").lower() in _DOCUMENT_CUES.get(noun, ())


def _last_body_speaking(article: Article, said: list[Quote], at: int) -> str | None:
    """'North Korea fired a missile, according to the Joint Chiefs of Staff. "...," the statement
    said', 'KCNA reported X. ... Y, said the report': a document no one was said to issue is the
    word of the organisation that spoke last before it (within REACH), not of a person quoted in
    between."""
    for quote in _within_reach(said, at):
        actor = article.actor(quote.speaker)
        if actor is not None and actor.kind == "organization" and (
                quote.speaker_mention is None or quote.speaker_mention.start < at):
            return actor.id
    return None


_TITLE_WORDS = re.compile(r"^the\s+((?:[a-z]+\s+){0,2}[a-z]+)$")


def _titled_before(article: Article, quote: Quote, words: str) -> str | None:
    """'Nassau County District Attorney Kathleen Rice announced X ... Y, the district attorney
    said': a title after "the" (its last word a person noun or an office) whose words stood last,
    anywhere before (a story gives the title once, at the top), right before a person's name ("District Attorney Kathleen Rice") or after it in
    apposition ("Kathleen Rice, the district attorney"): that person. Not an unnamed source
    ("the official", "the spokesman": rules of their own)."""
    found = _TITLE_WORDS.match(words)
    title = found.group(1) if found else ""
    last = title.rsplit(" ", 1)[-1]
    if not title or last in SOURCE_NOUNS or not (last in person_nouns() or last in OFFICES):
        return None
    at = quote.speaker_mention.start
    after = re.compile(r"^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?" + re.escape(title) + r"\b", re.I)
    named = [(x.start, a.id) for a in article.actors if a.kind == "person" for x in a.mentions
             if x.end <= at and x.text[:1].isupper()
             and (article.text[max(0, x.start - len(title) - 1) : x.start].lower() == title + " "
                  or after.match(article.text[x.end : x.end + len(title) + 40]))]
    return max(named)[1] if named else None


_TITLE_ALONE = re.compile(r"^(?:the\s+)?([a-z.]+(?:\s+[a-z.]+)?)$")


def _title_alone(article: Article, words: str) -> str | None:
    """'The PM says ...', a headline's '..., says PM', 'the Emir stated': the title of an office one
    person holds (office_titles.txt, or a leading office of titles.csv, after its spellings: "PM" is
    a prime minister), with or without "the", is the one person the text names who holds that office:
    by the knowledge base on the publication date, or by the text's own words ("the Emir of Kano,
    Alhaji X,", "Emir X", "X, the emir"); no one where the text names two holders or none."""
    found = _TITLE_ALONE.match(words)
    if found is None:
        return None
    kb = KnowledgeBase.default()
    title = kb.canonical_title(found.group(1))
    if title == "leader" or title.rsplit(" ", 1)[-1] not in office_titles() and not kb.is_leading_title(title):
        return None  # "the official", "the spokesman": one of many; "the leader": news gives it loosely
    people = [a for a in article.actors if a.kind == "person"]
    holders = {a.id for a in people if a.country and article.published
               and any(e.id == a.id for e in kb.holders(title, a.country, article.published))}
    holders |= {a.id for a in people if _given_title(article, a, found.group(1))}
    return holders.pop() if len(holders) == 1 else None


def _given_title(article: Article, person: Actor, title: str) -> bool:
    """Whether the text gives ``person`` the title: right before a mention of the name, after
    "of" and a place if any ("Emir of Kano, Alhaji X"), or after it in apposition ("X, the emir")."""
    t = re.escape(title)
    before = re.compile(rf"\b(?i:{t})(?:\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}},)?\s+(?:[A-Z][\w.]*\s+){{0,2}}$")
    after = re.compile(rf"^,\s+(?:the|a|an)\s+(?:[\w'-]+\s+){{0,3}}?(?i:{t})\b")
    return any(m.text[:1].isupper() and (before.search(article.text[max(0, m.start - 80) : m.start])
                                         or after.match(article.text[m.end : m.end + 60]))
               for m in person.mentions)


_DESCRIBED = re.compile(r"^the\s+(?:(?:former|retired|veteran|elderly|young|older|younger|senior|longtime)\s+)?([a-z]+)$")


def _last_person_described(article: Article, said: list[Quote], words: str, at: int) -> str | None:
    """'Narang, an expert at MIT, said X ... the professor added that Y', 'Ri ... said ... The former
    diplomat said Z': a person noun after "the" (person_nouns.csv) speaks for the person who spoke
    last, just before, when no other person is named between."""
    found = _DESCRIBED.match(words)
    if found is None or found.group(1) not in person_nouns() or found.group(1) in SOURCE_NOUNS:
        return None
    last = next((q for q in reversed(said) if q.speaker_mention is not None and q.speaker_mention.start < at), None)
    actor = article.actor(last.speaker) if last is not None else None
    if actor is None or actor.kind != "person" or last.speaker_mention.start < at - REACH:
        return None
    if person_nouns().get(found.group(1)) == COURTS and actor.sector not in (COURTS, None):
        return None  # 'Park said X. "...," the judge said': a judge is no one the text gives another trade
    lo = last.speaker_mention.start
    others = [m for a in article.actors if a.kind == "person" and a.id != actor.id
              for m in a.mentions if lo < m.start < at and m.text[:1].isupper() and m.text.lower() not in _PRONOUNS]
    return None if others else actor.id


_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "his", "her", "him", "my", "me", "our", "their", "them"})


_THE_OFFICE = re.compile(r"^the\s+((?:[a-z]+\s+)?[a-z]+)$")
_HEAD_OF = re.compile(r"^\s+of\s+(?:state|government)\b")


def _office_of_last_speaker(article: Article, said: list[Quote], quote: Quote, words: str) -> str | None:
    """'Tusk said X. ... "...," the prime minister said', 'Macron ... "...," the head of state
    asserted': an office's title after "the" (office_titles.txt, a leading title of titles.csv,
    "head of state" or "of government") that the text gives no one else is the person who spoke
    last, within REACH, when no other person is named between that quote and the title."""
    found = _THE_OFFICE.match(words)
    if found is None:
        return None
    m = quote.speaker_mention
    title = found.group(1)
    if title == "head":
        if not _HEAD_OF.match(article.text[m.end : m.end + 20]):
            return None
    else:
        kb = KnowledgeBase.default()
        title = kb.canonical_title(title)
        if title == "leader" or title.rsplit(" ", 1)[-1] not in office_titles() and not kb.is_leading_title(title):
            return None
    last = next((q for q in reversed(said) if q.end <= m.start), None)
    actor = article.actor(last.speaker) if last is not None else None
    if actor is None or actor.kind != "person" or last.end < m.start - REACH:
        return None
    if _described_otherwise(article, actor, title):
        return None  # 'X, a cattle trader, said ... "...," the Emir stated': not X
    people = [a for a in article.actors if a.kind == "person"]
    if title != "head" and any(a.id != actor.id and _given_title(article, a, title) for a in people):
        return None  # "Finance Minister A ... B said X. The minister added": A or B, not sure
    between = [x for a in people if a.id != actor.id for x in a.mentions
               if last.end <= x.start < m.start and not quote.start <= x.start < quote.end
               and x.text[:1].isupper() and x.text.lower() not in _PRONOUNS]
    return None if between else actor.id


_APPOSED = re.compile(r"^,\s+(?:a|an|the)\s+((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s*[,.]")


def _described_otherwise(article: Article, person: Actor, title: str) -> bool:
    """The text describes ``person`` in apposition with words that hold no word of the office
    ("X, a cattle trader, said"; for "head of state", no office title at all)."""
    wanted = office_titles() if title == "head" else {title.rsplit(" ", 1)[-1]}
    for m in person.mentions:
        found = _APPOSED.match(article.text[m.end : m.end + 80])
        if found and not wanted & set(found.group(1).lower().split()):
            return True
    return False


_AGAIN = re.compile(r"^the\s+((?:[\w.-]+\s+){1,3})(official|spokesman|spokeswoman|spokesperson|aide|source)$")


def _described_again(article: Article, said: list[Quote], words: str, at: int) -> str | None:
    """'A presidential official said X ... "...," the presidential official told reporters': an
    unnamed source described again, with "the" and words of its first description, is the source
    last introduced (within REACH) as "a" or "an" with all those words ("the senior official" after
    "a senior Foreign Ministry official"), not no one."""
    found = _AGAIN.match(words)
    if found is None:
        return None
    wanted = set(found.group(1).split()) | {found.group(2)}
    for quote in _within_reach(said, at):
        m = quote.speaker_mention
        if m is None or m.start >= at:
            continue
        intro = article.text[m.start : m.end].lower().replace(",", " ").split()
        if intro[:1] in (["a"], ["an"]) and wanted <= set(intro):
            return quote.speaker
    return None


# An unnamed source described again with "the": its noun, and the nouns its first description may have had.
_AGAIN_NOUNS = {"source": {"source"}, "official": {"official"},
                "diplomat": {"diplomat", "envoy", "representative"}, "envoy": {"envoy", "diplomat", "representative"},
                "representative": {"representative", "envoy", "diplomat"}}
_THE_SOURCE = re.compile(r"^the\s+((?:[\w.-]+\s+){0,2})(source|official|diplomat|envoy|representative)$")
_A_SOURCE = re.compile(r"^(?:a|an|one|another)\s+((?:[\w.-]+\s+){0,3})(source|official|diplomat|envoy|representative)$")


def _unnamed_source_again(article: Article, quote: Quote, words: str) -> str | None:
    """'A Western diplomat said X. "...," the diplomat said', 'A military security source said X.
    ... The army security source, who asked not to be named, said Y', 'a representative of the foreign
    ministry said X. "...," the diplomat said': "the" with the noun of an unnamed source (or one of
    its kin: a diplomat, an envoy, a representative) that no rule before resolved is the unnamed
    source introduced last before it, within REACH, with "a" or "an" and that noun: with at least
    one of the words before the noun when "the" has some ("army security" and "military
    security"), and with no person named in between (outside the words) when it has none. Its speaker; when no rule
    gave that source a speaker, an actor of its own for both (as ``_unnamed_sources``)."""
    found = _THE_SOURCE.match(words)
    if found is None:
        return None
    mods, nouns = set(found.group(1).split()), _AGAIN_NOUNS[found.group(2)]
    at = quote.speaker_mention.start
    for earlier in sorted(article.quotes, key=lambda q: -q.speaker_mention.start if q.speaker_mention else 0):
        m = earlier.speaker_mention
        if m is None or m.start >= at:
            continue
        if m.start < at - REACH:
            return None
        intro = _A_SOURCE.match(article.text[m.start : m.end].lower().replace(",", " ").strip())
        if intro is None or intro.group(2) not in nouns:
            continue
        if mods and not mods & set(intro.group(1).split()):
            continue
        if not mods and any(a.kind == "person" and a.id != earlier.speaker and m.end <= x.start < at
                            and not quote.start <= x.start < quote.end  # one the words themselves name
                            and x.text[:1].isupper() and x.text.lower() not in _PRONOUNS
                            for a in article.actors for x in a.mentions):
            return None  # 'a diplomat said X. Minister Y met Z. "...," the diplomat said': perhaps Y
        if earlier.speaker is None:
            actor_id = f"source-{m.start}"
            if article.actor(actor_id) is None:
                country = _home_country(article)
                article.actors.append(Actor(id=actor_id, name=article.text[m.start : m.end], kind="person",
                                            country=country, sector="CVL", code=f"{country or ''}CVL"))
            for same in article.quotes:
                if same.speaker is None and same.speaker_mention is not None and same.speaker_mention.start == m.start:
                    same.speaker = actor_id
        return earlier.speaker
    return None


_SOURCE_AGAIN = re.compile(r"^the\s+(?:[\w.-]+\s+){0,2}(?:official|spokesman|spokeswoman|spokesperson|diplomat|envoy)$")


def _last_speaker_as_source(article: Article, said: list[Quote], words: str, at: int) -> str | None:
    """'"...," Chief Cabinet Secretary Ito said at a press conference. The official added that ...',
    '"...," Jo said. The official denounced ...': an official's noun after "the" ("the official",
    "the spokesman", "the diplomat") that no unnamed source introduced before takes is the person
    who spoke last, just before (within NEXT characters of that quote), when no other person is
    named between."""
    if _SOURCE_AGAIN.match(words) is None:
        return None
    last = _last_source(said, at)
    actor = article.actor(last.speaker) if last is not None else None
    if actor is None or actor.kind != "person" or actor.id.startswith("one-") or _titled_head(article, actor):
        return None
    if at - max(last.end, last.speaker_mention.end) > NEXT:
        return None
    lo = last.speaker_mention.start
    others = [m for a in article.actors if a.kind == "person" and a.id != actor.id
              for m in a.mentions if lo < m.start < at and m.text[:1].isupper() and m.text.lower() not in _PRONOUNS]
    return None if others else actor.id


_HEAD_TITLE = re.compile(r"(?<!vice )(?<!deputy )(?<!former )\b(?:president|prime minister|king|queen|chancellor|supreme leader|premier|emperor)\s*$", re.I)


def _titled_head(article: Article, person: Actor) -> bool:
    """A head of state or government, whom no one calls "the official": by the title the text
    writes before the name where it is first given, else by the knowledge base's roles (which
    may be of a later office: a cabinet secretary who became premier)."""
    before = _title_around(article, person, min(x.start for x in person.mentions))[0].strip()
    if before[:1].isupper():
        return _HEAD_TITLE.search(before) is not None
    return any(_HEAD_ROLE.match(r) for r in person.roles)


def _last_source(said: list[Quote], at: int) -> Quote | None:
    """The quote whose source was named last before ``at``, of those that are no clause inside
    another quote (the first of equals)."""
    before = [q for q in said if q.speaker_mention is not None and q.speaker_mention.start < at]
    before.sort(key=lambda q: -q.speaker_mention.start)  # latest first, a stable sort: the first of equals
    return next((q for q in before if not any(o is not q and o.start <= q.start and q.end <= o.end for o in said)),
                None)


_SOURCE_WORDS = re.compile(r"^(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}(?:official|spokesman|spokeswoman|spokesperson|aide|source|diplomat|envoy)$")


def _pronoun_of_no_person(article: Article, quote: Quote) -> bool:
    """"he" or "she" given to an actor that is no person and no group (a ship, a ministry)."""
    m = quote.speaker_mention
    actor = article.actor(quote.speaker)
    return (article.text[m.start : m.end].lower() in ("he", "she") and actor is not None
            and actor.kind not in ("person", "group"))


def _pronoun_goes_on(article: Article, said: list[Quote], quote: Quote) -> str | None:
    """'"...," Jo said. The official denounced X. He also lashed out at Y', 'X, a special envoy of
    the army said. ... He said that Y': "he" or "she" that the pronoun reader gave no person is the
    source that spoke last, just before (within NEXT characters of that quote): a person, or a body
    that spoke through an unnamed source ("a special envoy", "the official")."""
    m = quote.speaker_mention
    if article.text[m.start : m.end].lower() not in ("he", "she"):
        return None
    last = _last_source(said, m.start)
    actor = article.actor(last.speaker) if last is not None else None
    if actor is None or actor.id == quote.speaker or m.start - max(last.end, last.speaker_mention.end) > NEXT:
        return None
    if actor.kind == "person":
        return actor.id
    words = article.text[last.speaker_mention.start : last.speaker_mention.end].lower()
    return actor.id if _SOURCE_WORDS.match(words) else None


_ONE_SOURCE = re.compile(r"^(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}(?:official|spokesman|spokeswoman|spokesperson|aide|source|diplomat)$")


def _source_goes_on(article: Article, said: list[Quote], quote: Quote) -> str | None:
    """'..., the presidential official said. He noted, however, that ...': "he" or "she" right after
    an unnamed source that spoke (a group or body of its words, whom the pronoun reader cannot
    give a sex) is that source going on, when no person is named in between (a name there, or a
    person source, keeps the reader's choice)."""
    m = quote.speaker_mention
    if article.text[m.start : m.end].lower() not in ("he", "she"):
        return None
    last = _last_source(said, m.start)
    if last is None or last.speaker == quote.speaker or last.speaker_mention.end < m.start - NEAR:
        return None
    actor = article.actor(last.speaker)
    words = article.text[last.speaker_mention.start : last.speaker_mention.end].lower()
    if actor is None or actor.kind == "person" or not _ONE_SOURCE.match(words):
        return None
    lo = min(last.start, last.speaker_mention.start)
    named = [x for a in article.actors if a.kind == "person" for x in a.mentions
             if lo <= x.start < m.start and x.text.lower() not in _PRONOUNS]
    return None if named else actor.id


def _named_speaker_goes_on(article: Article, said: list[Quote], quote: Quote) -> str | None:
    """'Katz reinforced the message: "...". He also warned ...', '"...," he said' right after X's
    quote: "he" or "she" that speaks right after a quote of a person named as its speaker, with no
    person named between that quote and the pronoun outside quotation marks, is that person going
    on, where the pronoun fits the person's sex (the pronoun reader may prefer a man named earlier)."""
    m = quote.speaker_mention
    pronoun = article.text[m.start : m.end].lower()
    if pronoun not in ("he", "she"):
        return None
    last = _last_source(said, m.start)
    if last is None or last.speaker == quote.speaker or last.start <= quote.start < last.end:
        return None
    actor, current = article.actor(last.speaker), article.actor(quote.speaker)
    words = article.text[last.speaker_mention.start : last.speaker_mention.end].lower()
    if actor is None or actor.kind != "person" or current is None or current.kind != "person" or words in _PRONOUNS:
        return None
    other = _FEMALE if pronoun == "he" else _MALE
    given = given_names().get(actor.name.split()[0]) if actor.name else None
    if any(x.text.lower() in other for x in actor.mentions) or given == ("f" if pronoun == "he" else "m"):
        return None
    end = max(last.end, last.speaker_mention.end)
    gap = [(end, quote.start), (quote.end, m.start)] if quote.start > end and quote.end <= m.start else [(end, m.start)]
    if sum(b - a for a, b in gap if b > a) > NEAR:
        return None
    named = [x for a in article.actors if a.kind == "person" for x in a.mentions
             if any(lo <= x.start < hi for lo, hi in gap) and x.text.lower() not in _PRONOUNS]
    spoke = [q for q in article.quotes if q.speaker_mention is not None and q is not quote
             and any(lo <= q.speaker_mention.start < hi for lo, hi in gap)]  # another speaker between
    return None if named or spoke else actor.id


def _pronoun_of(article: Article, actor_id: str, span) -> None:
    """Move the pronoun at ``span`` to the person it was resolved to, from any other person."""
    person = article.actor(actor_id)
    for other in article.actors:
        if other.kind == "person" and other is not person:
            other.mentions = [x for x in other.mentions if not (x.start == span.start and x.end == span.end)]
    _mention_of(article, actor_id, span)


def _named_with(article: Article, noun: str, at: int) -> str | None:
    """'Chinese Foreign Ministry spokesperson Mao Ning said ... The ministry said': the
    organisation whose name holds the noun, named last within REACH before ``at`` (it need not
    have spoken)."""
    found = [(m.start, a.id) for a in article.actors if a.kind == "organization"
             and noun in a.name.lower().split() for m in a.mentions if at - REACH <= m.start < at]
    if not found and KnowledgeBase.default().sector_for_org(noun) == "MED":  # "the newspaper", "the broadcaster"
        found = [(m.start, a.id) for a in article.actors if a.kind == "organization" and a.sector == "MED"
                 for m in a.mentions if at - REACH <= m.start < at]
    return max(found)[1] if found else None


def _introduced_as(article: Article, quote: Quote, noun: str) -> bool:
    """'A State Department spokesperson said ... "...," the spokesperson said', 'A senior
    official said ... the official said': the earlier speaker's own words hold the noun."""
    m = quote.speaker_mention
    return m is not None and (noun in article.text[m.start : m.end].lower().replace(",", " ").split()
                              or noun in issued_words(article, quote))  # "The statement, attributed to a spokesman,"


_DATELINE_DASH = re.compile(r"\s[-–—]{1,2}\s")
_WORD = re.compile(r"\w")  # a sentence of words, not a closing mark split off on its own
_MADE_REMARKS = re.compile(r"\s+made\s+(?:the|these|those)\s+(?:remarks|comments)\b", re.I)
_SUBJECT_TITLE = re.compile(r"^(?:[\w.'’-]+\s+){0,6}$")  # "Foreign Ministry spokesperson ", "Spokesperson "
_REMARKS_APPOSITION = re.compile(r"^\s*(?:,[^,;]{1,160},\s*)?$")  # ", spokesman for the Trade Office,"


def _remarks_maker(article: Article, quote: Quote) -> str | None:
    """'Any attempt ... will fail, a Foreign Ministry spokesperson said on Monday. Spokesperson Ana
    Ruiz made the remarks at a daily briefing': the unnamed source of a lead ("a/an ... spokesperson,
    spokesman, official") is the person the very next sentence names as the one who "made the
    remarks" (or comments), its subject (a title before the name, an apposition after it), not
    the body or state the source was described by."""
    m = quote.speaker_mention
    words = _DATELINE_DASH.split(article.text[m.start : m.end].lower())[-1].split()  # "BEIJING - A Chinese ... spokesperson"
    before = article.text[max(0, m.start - 6) : m.start].lower().split()
    determiner = words[0] if words and words[0] in ("a", "an") else (before[-1] if before else "")
    if not words or determiner not in ("a", "an") or words[-1] not in SOURCE_NOUNS:
        return None
    current = article.actor(quote.speaker) if quote.speaker is not None else None
    if current is not None and current.kind == "person":
        return None
    end = max(quote.end, m.end)
    own = next((s for s in article.sentences if s.start <= end - 1 < s.end), None)
    if own is None:
        return None
    after = next((s for s in article.sentences if s.start >= own.end and _WORD.search(article.text, s.start, s.end)), None)
    if after is None:
        return None
    made = _MADE_REMARKS.search(article.text, after.start, after.end)
    if made is None:
        return None
    named = sorted((x.start, x.end, a) for a in article.actors if a.kind == "person"
                   for x in a.mentions if after.start <= x.start and x.end <= made.start())
    if not named:
        return None
    start, stop, person = named[0]
    if not _SUBJECT_TITLE.match(article.text[after.start : start]) or not _REMARKS_APPOSITION.match(article.text[stop : made.start()]):
        return None
    if (current is not None and current.sector != "MED" and current.country and person.country
            and current.country != person.country):
        return None  # another state's source (a news agency of the dateline says nothing of whose)
    return person.id


_THE_OFFICIAL = re.compile(r"^the\s+(?:[\w.'’-]+\s+){0,4}?(official|spokes(?:person|man|woman))$")
_HEAD_ROLE = re.compile(r"^(?:former\s+)?(?:vice\s+)?(?:president|prime minister|king|queen|chancellor|supreme leader|premier|emperor)\b", re.I)
_MALE = frozenset({"he", "him", "his"})
_FEMALE = frozenset({"she", "her", "hers"})


def _the_official_named_before(article: Article, said: list[Quote], quote: Quote) -> str | None:
    """'Ana Ruiz, the ministry's spokeswoman, said X ... "...," the Foreign Ministry official
    noted', 'Ruiz told reporters ... The official dismissed the claim as "..."': "the" (a few
    words) "official" or "spokesperson" that no "a/an ... official" introduced before, and no
    earlier unnamed source of that noun spoke ("China's Foreign Ministry spokesperson announced"),
    is the person named last before it (within REACH, not inside the quote, not a pronoun) who
    spoke before (or, for "the official", was given a title in an apposition), skipping people of another state than the body or state the words
    name, heads of state or government (no one calls the president "the official") and people the
    text gives the other sex than "spokeswoman"/"spokesman" says; not the body the words name nor
    no one. A name read as a person that never spoke (a news agency of a dateline, a firm, a
    minister merely named) is no candidate."""
    m = quote.speaker_mention
    words = article.text[m.start : m.end].lower().replace("’", "'")
    found = _THE_OFFICIAL.match(words)
    if found is None or "'s " in words:
        return None  # "the ministry's spokesperson": a possessive names whose, a rule of its own
    current = article.actor(quote.speaker) if quote.speaker is not None else None
    if current is not None and current.kind in ("person", "group"):
        return None
    noun = found.group(1)
    intro = re.compile(r"\b(?:a|an)\s+(?:[\w.'’-]+\s+){0,4}?" + noun + r"\b", re.I)
    if intro.search(article.text, 0, m.start):
        return None  # 'A senior official said X ... the official added': the source introduced before
    for earlier in said:
        e = earlier.speaker_mention
        actor = article.actor(earlier.speaker)
        if (e is not None and e.start < m.start and (actor is None or actor.kind != "person")
                and article.text[e.start : e.end].lower().split()[-1:] == [noun]):
            return None  # "China's Foreign Ministry spokesperson announced X. The spokesperson said Y"
    speakers = {q.speaker for q in said if q.speaker_mention is not None and q.speaker_mention.start < m.start}
    sex = _FEMALE if noun == "spokesman" else _MALE if noun == "spokeswoman" else frozenset()
    country = current.country if current is not None else None
    named = sorted(((x.start, a) for a in article.actors if a.kind == "person" for x in a.mentions
                    if m.start - REACH <= x.start and x.end <= m.start and x.text.lower() not in _PRONOUNS
                    and not (quote.start <= x.start < quote.end)), key=lambda pair: pair[0], reverse=True)
    for _, person in named:
        if country and person.country and person.country != country:
            continue
        if any(_HEAD_ROLE.match(r) for r in person.roles) or any(x.text.lower() in sex for x in person.mentions):
            continue
        if person.id not in speakers and not (noun == "official" and _described_by_title(article, person)):
            continue  # 'Foreign Minister Kang flew to Tokyo. "...," the spokeswoman said': not Kang
        return person.id
    return None


def _described_by_title(article: Article, person: Actor) -> bool:
    """'Kwon Jong-gun, the foreign ministry's director-general of ..., warned': the apposition
    where the person is first named holds a title word (the knowledge base's) or a source noun."""
    first = min(x.start for x in person.mentions)
    apposition = _title_around(article, person, first)[1].lower()
    kb = KnowledgeBase.default()
    return any(w in SOURCE_NOUNS or kb.sector_for_title(w) for w in re.findall(r"[a-z]+(?:-[a-z]+)*", apposition))


def _the_spokesperson_words(article: Article, quote: Quote) -> bool:
    """"the spokesman", "the ministry spokesperson", "the official": a definite spokesperson or
    official of a few words."""
    words = article.text[quote.speaker_mention.start : quote.speaker_mention.end].lower().split()
    return 2 <= len(words) <= 4 and words[0] == "the" and words[-1] in SPOKESPEOPLE | {"official"}


def _mention_of(article: Article, actor_id: str, span) -> None:
    """Make the speaker's words ("the spokesman") a mention of the person they were resolved to,
    and of no group of the bare noun that took them before."""
    words = article.text[span.start : span.end]
    person = article.actor(actor_id)
    if person is None or person.kind != "person" or any(x.start == span.start and x.end == span.end for x in person.mentions):
        return
    for other in article.actors:
        if other.kind == "group":
            other.mentions = [x for x in other.mentions if not (span.start <= x.start and x.end <= span.end)]
    person.mentions.append(Mention(span.start, span.end, words))
    person.mentions.sort(key=lambda x: x.start)
