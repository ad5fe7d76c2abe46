"""What dyad remembers of each feed (table ``feeds``): the validators for conditional requests
(ETag, Last-Modified) and, after failures, when to try again. The wait doubles with each failure
in a row, from the feed_backoff setting up to ``MAX_BACKOFF``; one success clears it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from dyad.settings import settings

MAX_BACKOFF = timedelta(hours=6)


@dataclass(slots=True)
class FeedState:
    url: str
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    retry_at: datetime | None = None
    last_error: str | None = None

    def waiting(self, now: datetime) -> bool:
        return self.retry_at is not None and now < self.retry_at

    def validators(self) -> dict[str, str]:
        """Headers for a conditional request: the server answers 304 when nothing changed."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


def load(con, url: str) -> FeedState:
    row = con.execute(
        "SELECT title, etag, last_modified, failures, retry_at, last_error FROM feeds WHERE url = ?", [url]
    ).fetchone()
    return FeedState(url, *row) if row else FeedState(url)


def backoff(failures: int) -> timedelta:
    base = timedelta(seconds=settings().feed_backoff)
    return min(base * 2 ** max(failures - 1, 0), MAX_BACKOFF)


def failed(state: FeedState, reason: str, now: datetime) -> FeedState:
    state.failures += 1
    state.retry_at = now + backoff(state.failures)
    state.last_error = reason
    return state


def succeeded(state: FeedState, title: str | None, etag: str | None, last_modified: str | None) -> FeedState:
    state.title = title or state.title
    state.etag, state.last_modified = etag, last_modified
    state.failures, state.retry_at, state.last_error = 0, None, None
    return state


def save(con, state: FeedState, now: datetime, ok: bool) -> None:
    con.execute(
        """INSERT INTO feeds (url, title, etag, last_modified, checked_at, ok_at, failures, retry_at, last_error)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (url) DO UPDATE SET title = excluded.title, etag = excluded.etag,
             last_modified = excluded.last_modified, checked_at = excluded.checked_at,
             ok_at = coalesce(excluded.ok_at, feeds.ok_at), failures = excluded.failures,
             retry_at = excluded.retry_at, last_error = excluded.last_error""",
        [state.url, state.title, state.etag, state.last_modified, now, now if ok else None,
         state.failures, state.retry_at, state.last_error],
    )
