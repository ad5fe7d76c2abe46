"""The HTTP API and the dashboard: every page at ``/NAME`` has its JSON twin at ``/NAME.json``.

The server never holds a write lock: each request opens the DuckDB file read-only and closes it,
so an ingest in another process can write between requests. Errors come back as JSON with the
dyad error code (400 for a bad request, 404 for a missing article, 503 when the store is busy).
"""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from dyad import __version__
from dyad.errors import DyadError, InputError, StoreError
from dyad.store.db import Store
from dyad.web import context as ctx
from dyad.web.page import render_page

STATIC = Path(__file__).parent / "static"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class NotFound(DyadError):
    code = "E404"
    hint = "List what exists at /articles.json."


def create_app(db: str | Path) -> FastAPI:
    app = FastAPI(
        title="dyad",
        version=__version__,
        description="Events, quotes, actors and places read from the news, with their evidence.",
    )
    app.state.db = str(db)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _errors(app)
    _security_headers(app)
    _routes(app)
    return app


def open_store(request: Request) -> Iterator[Store]:
    path = request.app.state.db
    if not Path(path).is_file():
        raise StoreError(f"No database at {path}.", "Run `dyad ingest PATH` or `dyad demo` first.")
    store = Store(path, read_only=True)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(open_store)]


def _routes(app: FastAPI) -> None:
    app.get("/", include_in_schema=False)(lambda: RedirectResponse("/graph"))
    _page(app, "graph", ctx.graph, ctx.GraphQuery, "The relation graph of all actors in a period.")
    _page(app, "dyads", ctx.dyad, ctx.DyadQuery, "Events between two actors over time, by QuadClass.")
    _page(app, "events", ctx.events, ctx.EventQuery, "Events with their evidence.")
    _page(app, "merged", ctx.merged, ctx.EventQuery, "Events merged across articles, with every report.")
    _page(app, "quotes", ctx.quotes, ctx.QuoteQuery, "Quotes and reported speech, by speaker.")
    _page(app, "actors", ctx.actors, ctx.ListQuery, "Actors, most mentioned first.")
    _page(app, "places", ctx.places, ctx.ListQuery, "Places, most mentioned first.")
    _page(app, "articles", ctx.articles, ctx.ArticleQuery, "Articles, newest first.")

    @app.get("/articles/{article_id}.json", summary="One article with its text and all annotations")
    def article_json(article_id: str, store: StoreDep) -> dict:
        return _article(store, article_id)

    @app.get("/articles/{article_id}", include_in_schema=False, response_class=HTMLResponse)
    def article_html(article_id: str, store: StoreDep) -> HTMLResponse:
        return HTMLResponse(render_page(_article(store, article_id)))


def _article(store: Store, article_id: str) -> dict:
    found = ctx.article(store, article_id)
    if found is None:
        raise NotFound(f"No article with id {article_id!r}.")
    return found


def _page(app: FastAPI, name: str, build: Callable[[Store, Any], dict], model: type, summary: str) -> None:
    """Register /NAME (HTML) and /NAME.json (JSON), both fed by the same context function."""

    # no "from __future__ import annotations" in this module: FastAPI must see the model itself here
    def as_json(store: StoreDep, params: Annotated[model, Query()]) -> dict:  # type: ignore[valid-type]
        return build(store, params)

    def as_html(store: StoreDep, params: Annotated[model, Query()]) -> HTMLResponse:  # type: ignore[valid-type]
        return HTMLResponse(render_page(build(store, params)))

    app.get(f"/{name}.json", summary=summary, name=f"{name}_json")(as_json)
    app.get(f"/{name}", include_in_schema=False, response_class=HTMLResponse, name=name)(as_html)


def _errors(app: FastAPI) -> None:
    status = {InputError: 400, NotFound: 404, StoreError: 503}

    @app.exception_handler(DyadError)
    def dyad_error(request: Request, exc: DyadError) -> JSONResponse:
        code = next((s for kind, s in status.items() if isinstance(exc, kind)), 500)
        body = {"error": exc.code, "message": exc.args[0], "hint": exc.hint}
        if request.url.path.endswith(".json") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse(body, status_code=code)
        page = {"page": "error", "title": f"Error {exc.code}", "params": {}, "error": body}
        return HTMLResponse(render_page(page), status_code=code)


def _security_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        if not request.url.path.startswith(("/docs", "/redoc", "/openapi")):
            response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response
