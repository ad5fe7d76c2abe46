"""The one document type that flows through every stage, and its small value objects.

Every value object that points at words carries ``start``/``end`` character offsets into
``Article.text`` (the cleaned text), so a user can always see where a fact came from.
The spaCy ``Doc`` lives in ``Article.doc`` only between the annotate and extract stages; it is
never stored or pickled.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from typing import Any

from dyad.util.timeml import interval


@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Segment:
    kind: str  # title | body | caption | credit
    start: int
    end: int


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    metonym: bool = False  # a place name standing for a state actor ("Washington said")
    demonym: bool = False  # a place named by its people's word ("Israeli", "Ohioans")


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: str  # person | organization | state | group
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    wikidata: str | None = None


@dataclass(slots=True)
class TimeValue:
    """An event's date: the TimeML value as the text gave it, and the ISO days it covers."""

    value: str  # TimeML value: 2023-10-30, 2018-04, 2019, 199X, XXXX-10-30, 2018-FA, PRESENT_REF
    precision: str  # day | week | month | quarter | season | year | decade | century | unknown | ...
    start: str | None = None  # YYYY-MM-DD, the first day the value covers; None when it names none
    end: str | None = None  # YYYY-MM-DD, the last day
    anchor: str | None = None  # where an event's date came from: clause | sentence | narrative | published

    def __post_init__(self) -> None:
        if self.start is None and self.end is None:
            days = interval(self.value)
            if days is not None:
                self.start, self.end = days[0].isoformat(), days[1].isoformat()


@dataclass(slots=True)
class TimeRef:
    start: int
    end: int
    text: str
    value: str
    precision: str
    anchor: str | None = None  # what the value was computed from: "published", "text", None
    mod: str | None = None  # TimeML mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN, ...


@dataclass(slots=True)
class Place:
    id: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str  # city | region | country | site | water | other
    mentions: list[Mention] = field(default_factory=list)
    geonameid: int | None = None
    score: float | None = None  # how sure the choice of this place is (its best mention's score)
    reason: str | None = None  # why this place, of all the gazetteer's places with that name


@dataclass(slots=True)
class Event:
    id: str
    source: str | None  # actor id
    target: str | None  # actor id
    cameo: str
    plover: str | None
    goldstein: float
    quad_class: int
    modality: str  # asserted | negated | hypothetical | conditional | intended | predicted | reported
    evidence: Span
    trigger: Mention | None = None
    date: TimeValue | None = None
    place: str | None = None  # place id
    confidence: float = 0.5
    target_text: Mention | None = None  # what was acted on when it is no actor ("rejected the bill")


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    direct: bool
    partial: bool = False
    speaker: str | None = None  # actor id
    speaker_mention: Span | None = None
    cue: str | None = None
    addressee: str | None = None  # actor id


@dataclass(slots=True)
class Problem:
    """Why a document was skipped or only partly analysed; shown to the user, never silent."""

    stage: str
    reason: str  # "[E106] The document is not written in English ..."
    hint: str = ""  # what to do about it
    code: str = ""  # the error code alone (E106), for the API's answer


@dataclass(slots=True)
class Article:
    text: str
    id: str = ""
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD
    source_id: Any = None
    segments: list[Segment] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    doc: Any = None  # spaCy Doc, transient: set by annotate, dropped before storing

    def segment_at(self, offset: int) -> Segment | None:
        """The segment holding ``offset``, or None (a bisect over the starts, built once per list
        of segments; called for every mention and candidate of every stage)."""
        segments = self.segments
        starts = _segment_starts(segments)
        if starts is not None:
            i = bisect_right(starts, offset) - 1
            seg = segments[i] if i >= 0 else None
            if seg is not None and seg.start == starts[i] and offset < seg.end:
                return seg
            if i < 0 or seg.start == starts[i]:  # the index is current: no segment holds offset
                return None
        return next((seg for seg in segments if seg.start <= offset < seg.end), None)

    def in_credit(self, start: int) -> bool:
        if not _has_credit(self.segments):  # most articles: no credit line to look up
            return False
        seg = self.segment_at(start)
        return seg is not None and seg.kind == "credit"

    def actor(self, actor_id: str | None) -> Actor | None:
        for a in self.actors:  # a plain loop: asked tens of thousands of times per batch
            if a.id == actor_id:
                return a
        return None

    def to_dict(self) -> dict:
        """The JSON contract of ``dyad analyze`` (schema_version 1)."""
        data = {"schema_version": SCHEMA_VERSION}
        for name in ("id", "url", "title", "outlet", "published", "text"):
            data[name] = getattr(self, name)
        if self.source_id is not None:
            data["source_id"] = self.source_id
        for name in ("segments", "sentences", "actors", "events", "quotes", "times", "places"):
            data[name] = [asdict(item) for item in getattr(self, name)]
        data["problems"] = [asdict(p) for p in self.problems]
        return data


SCHEMA_VERSION = 1


_STARTS: dict[int, tuple[list, int, list[int] | None]] = {}  # id(segments) -> (segments, len, starts)


def _segment_starts(segments: list[Segment]) -> list[int] | None:
    """Segment starts for a bisect, or None when the segments are not in order without overlaps
    (then a scan keeps the first one that holds the offset). Keyed by the list (kept alive, so its
    id is not reused) and its length; a segment edited in place is caught by the start check."""
    entry = _STARTS.get(id(segments))
    if entry is not None and entry[0] is segments and entry[1] == len(segments):
        return entry[2]
    ordered = all(a.end <= b.start for a, b in zip(segments, segments[1:], strict=False))
    starts = [seg.start for seg in segments] if ordered else None
    if len(_STARTS) >= 256:
        _STARTS.clear()
    _STARTS[id(segments)] = (segments, len(segments), starts)
    return starts


_CREDITS: dict[int, tuple[list, int, bool]] = {}  # id(segments) -> (segments, len, any credit segment)


def _has_credit(segments: list[Segment]) -> bool:
    """Whether a segment of the list is a credit, kept as the starts are (segments are made by the
    clean stage and never changed in kind)."""
    entry = _CREDITS.get(id(segments))
    if entry is not None and entry[0] is segments and entry[1] == len(segments):
        return entry[2]
    credit = any(seg.kind == "credit" for seg in segments)
    if len(_CREDITS) >= 256:
        _CREDITS.clear()
    _CREDITS[id(segments)] = (segments, len(segments), credit)
    return credit
