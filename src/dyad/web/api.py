"""The write endpoints: ``POST /api/analyze`` (analyse, store nothing) and ``POST /api/ingest``
(analyse and store). Both need the ``api_token`` setting, sent as ``Authorization: Bearer TOKEN``;
with no token set, writing is disabled. A ``url`` is fetched by ``dyad.ingest.fetch.fetch`` (http(s)
only, no local or private addresses, size and time limits) in the request's thread; the analysis
and the write happen on the server's one writer (``dyad.web.writer``)."""

from __future__ import annotations

import hmac
from concurrent.futures import CancelledError
from concurrent.futures import TimeoutError as FutureTimeout
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request
from pydantic import BaseModel, ConfigDict, Field, model_validator

from dyad.errors import Unauthorized, WriteTimeout, WritingDisabled
from dyad.ingest.fetch import fetch
from dyad.ingest.sources import from_record


class ArticleIn(BaseModel):
    """One article: exactly one of ``text``, ``html`` or ``url``."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, description="Plain text.")
    html: str | None = Field(None, description="An HTML page; dyad extracts the article.")
    url: str | None = Field(None, max_length=2000, description="An http(s) address to fetch.")
    title: str | None = Field(None, max_length=1000)
    published: date | None = Field(None, description="Publication date (anchors relative dates).")
    outlet: str | None = Field(None, max_length=200)
    id: str | None = Field(
        None,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$",
        description="Your id; default: from the content.",
    )

    @model_validator(mode="after")
    def _one_body(self):
        given = [name for name in ("text", "html", "url") if getattr(self, name)]
        if len(given) != 1:
            raise ValueError("Give exactly one of text, html or url.")
        return self


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    expected = request.app.state.token
    if not expected:
        raise WritingDisabled(
            "Writing is disabled on this server (no api_token set, or the store is read-only)."
        )
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise Unauthorized("The request has no valid token.")


router = APIRouter(prefix="/api", dependencies=[Depends(require_token)], tags=["write"])


@router.post("/analyze", summary="Analyse one article and return the JSON contract; nothing is stored")
def analyze(body: ArticleIn, request: Request) -> dict:
    return _run(request, body, store=False)


@router.post("/ingest", summary="Analyse one article and store it; returns its id and whether it was new")
def ingest(body: ArticleIn, request: Request) -> dict:
    return _run(request, body, store=True)


def _run(request: Request, body: ArticleIn, store: bool) -> dict:
    article = _article(body)
    future = request.app.state.writer.submit(article, store)
    timeout = request.app.state.ingest_timeout
    try:
        return future.result(timeout=timeout)
    except (FutureTimeout, CancelledError):
        future.cancel()
        raise WriteTimeout(f"The article was not done within {timeout:g} s.") from None


def _article(body: ArticleIn):
    record = body.model_dump(mode="json")
    if body.url:
        record["text"] = fetch(body.url)
    article = from_record(record, body.id or body.url or "request")
    article.id = body.id or ""
    return article
