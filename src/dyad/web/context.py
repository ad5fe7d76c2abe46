"""One context function per dashboard page: it feeds both the HTML page and its ``.json`` twin.

Each takes an open (read-only) Store and the page's query parameters, and returns a plain dict.
The parameter models double as the OpenAPI description of every filter.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dyad.errors import InputError
from dyad.store import checks, dyads, network, queries
from dyad.store.db import Store
from dyad.store.queries import Filters, Page

Modality = Literal[
    "asserted", "negated", "hypothetical", "conditional", "intended", "predicted", "reported", "any"
]


MAX_OFFSET = 1_000_000_000  # far past any store; what DuckDB's OFFSET (a signed 64-bit) takes

# Names used before the API took the command line's names (one name per concept).
RENAMED = {"pair": "between", "code": "cameo", "other": "with"}


class Params(BaseModel):
    """Query parameters; an empty field of a submitted form means "no filter"; a parameter the page
    does not take is an error (400) that lists those it takes."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @model_validator(mode="before")
    @classmethod
    def _blank_is_none(cls, data):
        if isinstance(data, dict):
            cls._known(data)
            return {k: v for k, v in data.items() if v not in ("", None)}
        return data

    @classmethod
    def _known(cls, data: dict) -> None:
        names = {f.alias or n for n, f in cls.model_fields.items()}
        unknown = sorted(k for k in data if k not in names)
        if unknown:
            renamed = [f"{k!r} is now {RENAMED[k]!r}" for k in unknown if RENAMED.get(k) in names]
            raise InputError(f"Unknown parameter {', '.join(map(repr, unknown))}.",
                             ("; ".join(renamed) + ". " if renamed else "")
                             + f"This page takes: {', '.join(sorted(names))}.")


class ListQuery(Params):
    limit: int = Field(50, ge=1, le=1000, description="Rows per page.")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Rows to skip.")
    sort: str | None = Field(None, max_length=40, description="A whitelisted column; prefix - to descend.")
    q: str | None = Field(None, max_length=200, description="Text search (case-insensitive substring).")


class PeriodQuery(Params):
    since: date | None = Field(None, description="From this day (YYYY-MM-DD).")
    until: date | None = Field(None, description="Up to this day (YYYY-MM-DD).")


class EventQuery(ListQuery, PeriodQuery):
    actor: str | None = Field(None, max_length=200, description="Actor id, code (PRK) or name.")
    between: str | None = Field(
        None, max_length=400, description="Two actors separated by a comma, either direction (PRK,RUS)."
    )
    cameo: str | None = Field(None, max_length=10, description="CAMEO code or prefix (04 = consultations).")
    modality: Modality | None = None
    quad_class: int | None = Field(
        None, ge=1, le=4, description="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.")
    plover: str | None = Field(None, max_length=20, description="A PLOVER event type (CONSULT, ASSAULT, ...).")
    goldstein_min: float | None = Field(None, ge=-10, le=10, description="Goldstein score at least this.")
    goldstein_max: float | None = Field(None, ge=-10, le=10, description="Goldstein score at most this.")
    country: str | None = Field(None, max_length=3, description="Source or target of this country (ISO3: PRK).")


class MergedQuery(ListQuery, PeriodQuery):
    actor: str | None = Field(None, max_length=200, description="Actor id, code (PRK) or name.")
    between: str | None = Field(
        None, max_length=400, description="Two actors separated by a comma, either direction (PRK,RUS)."
    )
    cameo: str | None = Field(None, max_length=10, description="CAMEO code or prefix (04 = consultations).")
    modality: Modality | None = Field(
        None, description="The modality a merged event counts under: asserted when any report asserts it.")


class QuoteQuery(ListQuery, PeriodQuery):
    actor: str | None = Field(None, max_length=200, description="The speaker: actor id, code or name.")


class ArticleQuery(ListQuery, PeriodQuery):
    actor: str | None = Field(None, max_length=200, description="Articles that mention this actor.")


class GraphQuery(PeriodQuery):
    level: Literal["state", "actor"] = Field(
        "state", description="state: people and organisations rolled up to their country; actor: each actor.")
    actor: str | None = Field(None, max_length=200, description="Only this actor's relations (an ego network).")
    cameo: str | None = Field(None, max_length=10, description="CAMEO code or prefix (04 = consultations).")
    modality: Modality = Field("asserted", description="Which events count; 'any' counts every modality.")
    min_events: int = Field(1, ge=1, le=10_000, description="Hide edges with fewer events.")
    edges: int = Field(300, ge=1, le=20_000, description="At most this many edges, the busiest first.")


class MapQuery(PeriodQuery):
    actor: str | None = Field(None, max_length=200, description="Actor id, code (PRK) or name.")
    cameo: str | None = Field(None, max_length=10, description="CAMEO code or prefix (04 = consultations).")
    modality: Modality | None = None


class DyadQuery(PeriodQuery):
    actor: str | None = Field(None, max_length=200, description="The actor (rolled up to its state).")
    with_: str | None = Field(None, alias="with", max_length=200,
                              description="The other actor; empty: everyone else.")
    by: Literal["day", "week", "month", "year"] = "month"
    modality: Modality = "asserted"


def _pair(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    if "," not in value:
        raise InputError(
            f"between={value!r} names one actor.", "Give two actors separated by a comma: PRK,RUS."
        )
    a, b = value.split(",", 1)
    return a.strip(), b.strip()


def _filters(p) -> Filters:
    pair = _pair(getattr(p, "between", None))
    modality = getattr(p, "modality", None)
    return Filters(
        actor=getattr(p, "actor", None) or None,
        between=pair,
        since=p.since.isoformat() if p.since else None,
        until=p.until.isoformat() if p.until else None,
        cameo=checks.cameo_prefix(getattr(p, "cameo", None) or None),
        modality=None if modality in (None, "any") else modality,
        quad_class=getattr(p, "quad_class", None),
        plover=_plover(getattr(p, "plover", None)),
        goldstein_min=getattr(p, "goldstein_min", None),
        goldstein_max=getattr(p, "goldstein_max", None),
        country=getattr(p, "country", None) or None,
    )


def _plover_types() -> list[str]:
    from dyad.extract.events.codebook import Codebook

    return sorted(Codebook.default().types)


def _plover(value: str | None) -> str | None:
    from dyad.extract.events.codebook import Codebook

    if not value:
        return None
    types = sorted(Codebook.default().types)
    if value.upper() not in types:
        raise InputError(f"{value!r} is not a PLOVER event type.", f"Use one of: {', '.join(types)}.")
    return value.upper()


def _page(p: ListQuery) -> Page:
    return Page(limit=p.limit, offset=p.offset, sort=p.sort or None, q=p.q or None)


def _period(p) -> dyads.Period:
    modalities = None if p.modality == "any" else (p.modality,)
    return dyads.Period(
        since=p.since.isoformat() if p.since else None,
        until=p.until.isoformat() if p.until else None,
        modalities=modalities,
    )


def _frame(page: str, title: str, params: BaseModel, **data) -> dict:
    return {"page": page, "title": title, "params": params.model_dump(mode="json", by_alias=True), **data}


def events(store: Store, p: EventQuery) -> dict:
    result = queries.event_page(store, _filters(p), _page(p))
    return _frame("events", "Events", p, sorts=sorted(queries.EVENT_SORTS), plover_types=_plover_types(), **result)


def merged(store: Store, p: MergedQuery) -> dict:
    result = queries.merged_page(store, _filters(p), _page(p))
    return _frame("merged", "Merged events", p, sorts=["cameo", "date", "reports"], **result)


def quotes(store: Store, p: QuoteQuery) -> dict:
    result = queries.quote_page(store, _filters(p), _page(p))
    speakers = queries.quote_speakers(store, _filters(p))
    return _frame(
        "quotes", "Quotes by speaker", p, sorts=sorted(queries.QUOTE_SORTS), speakers=speakers, **result
    )


def actors(store: Store, p: ListQuery) -> dict:
    result = queries.actor_page(store, Filters(), _page(p))
    return _frame("actors", "Actors", p, sorts=sorted(queries.ACTOR_SORTS), **result)


def places(store: Store, p: ListQuery) -> dict:
    result = queries.place_page(store, Filters(), _page(p))
    return _frame("places", "Places", p, sorts=sorted(queries.PLACE_SORTS), **result)


def articles(store: Store, p: ArticleQuery) -> dict:
    result = queries.article_page(store, _filters(p), _page(p))
    return _frame("articles", "Articles", p, sorts=sorted(queries.ARTICLE_SORTS), **result)


def article(store: Store, article_id: str) -> dict | None:
    detail = queries.article_detail(store, article_id)
    if detail is None:
        return None
    return {"page": "article", "title": detail["title"] or detail["id"], "params": {}, "article": detail}


def graph(store: Store, p: GraphQuery) -> dict:
    """The busiest ``p.edges`` directed edges and their nodes: a readable network, and a bounded answer.
    An unknown ego actor gives no edges and a notice, like any filter that matches nothing."""
    try:
        ego = network.ego(store, p.actor, p.level) if p.actor else None
    except InputError as exc:
        return _frame("graph", "Actor network", p, nodes=[], edges=[], total_edges=0, notice=exc.args[0])
    scope = network.Scope(_period(p), p.level, checks.cameo_prefix(p.cameo or None), ego, p.min_events)
    found = network.edges(store, scope)
    edges = found[: p.edges]
    return _frame("graph", "Actor network", p, nodes=network.nodes(store, edges), edges=edges,
                  total_edges=len(found), ego=ego, notice=None)


def world_map(store: Store, p: MapQuery) -> dict:
    """Places with the number of matching events at each, for the world map."""
    return _frame("map", "Map", p, places=queries.place_events(store, _filters(p)))


def dyad(store: Store, p: DyadQuery) -> dict:
    """An unknown actor gives no rows and a notice, like any filter that matches nothing."""
    if not p.actor:
        return _frame("dyads", "Dyad timeline", p, rows=[], notice="Choose an actor.")
    try:
        rows = dyads.timeseries(store, p.actor, p.with_ or None, p.by, _period(p))
    except InputError as exc:
        return _frame("dyads", "Dyad timeline", p, rows=[], notice=exc.args[0])
    return _frame("dyads", "Dyad timeline", p, rows=rows, notice=None)
