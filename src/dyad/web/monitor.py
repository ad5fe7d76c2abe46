"""``/changes.json``: what changed since a time (``dyad.monitor.changes``), for dashboards and
scripts that poll the server while ``dyad serve --watch`` reads the feeds."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from dyad.monitor.changes import changes, since_time

router = APIRouter()


@router.get("/changes.json", summary="New merged events per dyad since a time, and dyads that moved most")
def changes_json(
    request: Request,
    since: str = Query("24h", description="A span back from now (24h, 7d) or a date (2024-06-01)."),
    baseline_days: int = Query(30, ge=1, le=3650, description="Days of a dyad's earlier events in its baseline."),
    limit: int = Query(20, ge=1, le=500, description="At most this many dyads in each list."),
) -> JSONResponse:
    start = since_time(since)
    with request.app.state.owner.cursor() as store:
        result = changes(store, start, baseline_days, limit)
    return JSONResponse(result)
