"""One round of reading feeds into the store (``dyad watch``; ``--every`` repeats it).

For each feed that is not waiting out a backoff: a conditional GET through the safe fetcher
(``dyad.ingest.fetch``: 304 means nothing new), the items parsed (``dyad.ingest.feeds``), and the
items not yet in the store (an item's article id comes from its link) read: the feed's own text
when it carries the whole article, else the page fetched and cleaned with trafilatura. Every new
text, oldest first, is then either a syndicated copy of a stored or earlier text
(``dyad.store.syndication``), stored as a copy and not analysed, or an original, analysed; all go
to the one writer in one transaction. A feed's validators are saved only once its items are
stored, so an interrupted round reads them again; a feed that fails (network, timeout, HTTP
error, not a feed) is reported with its reason and waits (``dyad.monitor.feedstate``) while the
others are read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from dyad.article import Article, Problem
from dyad.clean.stage import article_id
from dyad.errors import DyadError, InputError, StoreError
from dyad.ingest.feeds import Feed, FeedItem, parse_feed
from dyad.ingest.fetch import fetch, fetch_response
from dyad.monitor import feedstate
from dyad.monitor.feedstate import FeedState
from dyad.pipeline import Pipeline
from dyad.store import Store
from dyad.store.syndication import Finder, Match, body_text, copy_table, signature
from dyad.store.writer import tables_of, write_batch, write_tables


@dataclass(slots=True)
class FeedOutcome:
    url: str
    status: str  # read | not modified | failed | waiting
    items: int = 0
    stored: int = 0
    copies: int = 0
    failed: int = 0  # items that could not be read or stored: tried again next round
    reason: str | None = None
    retry_at: datetime | None = None


@dataclass(slots=True)
class WatchReport:
    feeds: list[FeedOutcome] = field(default_factory=list)
    stored: int = 0
    copies: int = 0
    already: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (item URL, reason)

    @property
    def broken(self) -> list[FeedOutcome]:
        return [f for f in self.feeds if f.status in ("failed", "waiting")]


@dataclass(slots=True)
class Pending:
    """One feed read this round, waiting for its items to be stored."""

    outcome: FeedOutcome
    state: FeedState
    feed: Feed
    etag: str | None
    last_modified: str | None


Progress = Callable[[str], None]
CHUNK = 64  # new items read, analysed and written together


def stages() -> tuple[Pipeline, Pipeline]:
    """The default pipeline cut after cleaning: copies are told apart on the cleaned text. The
    model and tables load first (``prepare``), outside any document's time limit."""
    from dyad.run.analysis import default_pipeline, prepare

    prepare()
    all_stages = default_pipeline().stages
    cut = next(i + 1 for i, s in enumerate(all_stages) if "id" in s.assigns)
    return Pipeline(all_stages[:cut]), Pipeline(all_stages[cut:])


def watch_once(store: Store, urls: list[str], progress: Progress | None = None,
               now: datetime | None = None) -> WatchReport:
    """Read every feed once; store what is new. Never raises for one feed or one item."""
    now = now or datetime.now(UTC).replace(tzinfo=None)
    say = progress or (lambda _text: None)
    report = WatchReport()
    pending: list[Pending] = []
    for number, url in enumerate(urls, 1):
        say(f"feed {number}/{len(urls)}: {url}")
        read = read_feed(store, url, now)
        report.feeds.append(read.outcome if isinstance(read, Pending) else read)
        if isinstance(read, Pending):
            pending.append(read)
    Round(store, report, say).run(pending)
    for item in pending:
        _finish(store, item, now, ok=item.outcome.failed == 0)
    return report


def read_feed(store: Store, url: str, now: datetime) -> Pending | FeedOutcome:
    state = feedstate.load(store.con, url)
    if state.waiting(now):
        return FeedOutcome(url, "waiting", reason=state.last_error, retry_at=state.retry_at)
    try:
        response = fetch_response(url, state.validators())
        if response.status == 304:
            feedstate.save(store.con, feedstate.succeeded(state, None, state.etag, state.last_modified), now, True)
            return FeedOutcome(url, "not modified")
        if response.status >= 400:
            raise InputError(f"The feed answered HTTP status {response.status}.")
        feed = parse_feed(response.body, response.url)
    except DyadError as exc:
        feedstate.save(store.con, feedstate.failed(state, str(exc), now), now, False)
        return FeedOutcome(url, "failed", reason=str(exc), retry_at=state.retry_at)
    outcome = FeedOutcome(url, "read", items=len(feed.items))
    return Pending(outcome, state, feed, response.headers.get("etag"), response.headers.get("last-modified"))


def _finish(store: Store, item: Pending, now: datetime, ok: bool) -> None:
    """Save the feed's validators once its items are stored (else it is read whole next time)."""
    state = item.state
    etag, modified = (item.etag, item.last_modified) if ok else (state.etag, state.last_modified)
    feedstate.save(store.con, feedstate.succeeded(state, item.feed.title, etag, modified), now, True)


class Round:
    """The new items of this round's feeds: read, told apart (original or copy), analysed and
    stored."""

    def __init__(self, store: Store, report: WatchReport, say: Progress):
        self.store, self.report, self.say = store, report, say
        self.first = self.rest = None  # loaded when there is something new: a 304 round costs nothing
        self.origin: dict[str, FeedOutcome] = {}  # article id -> the feed it came from

    def run(self, pending: list[Pending]) -> None:
        items = self.new_items(pending)
        if items:
            self.first, self.rest = stages()
        for start in range(0, len(items), CHUNK):
            self.say(f"new items {start + 1}-{min(start + CHUNK, len(items))} of {len(items)}: reading")
            self.run_chunk(items[start : start + CHUNK])

    def run_chunk(self, items: list[FeedItem]) -> None:
        """Read, sort out, analyse and store some items (one transaction: a stop loses only them)."""
        cleaned = [a for a in self.first.run([self.raw(i) for i in items]) if self.keep(a)]
        originals, copies = self.sort_out(cleaned)
        self.say(f"analysing {len(originals)} new article(s); {len(copies)} syndicated cop(ies)")
        analysed = [a for a in self.rest.run(originals) if self.keep(a)]
        present = {a.id for a in analysed} | _stored_ids(self.store, [m.original_id for _, m in copies])
        for article, match in copies:
            if match.original_id not in present:
                article.problems.append(Problem("syndication", f"a copy of {match.original_id}, which could "
                                                "not be stored; read again next round"))
                self.keep(article)
        self.write(analysed, [(a, m) for a, m in copies if m.original_id in present])

    def new_items(self, pending: list[Pending]) -> list[FeedItem]:
        """Items not yet stored, each once, oldest first (the first outlet to print a story holds
        its original)."""
        seen: dict[str, FeedItem] = {}
        for item in pending:
            for entry in item.feed.items:
                aid = article_id("", entry.url)
                if aid in seen or self.stored(aid):
                    self.report.already += aid not in seen
                    continue
                seen[aid] = entry
                self.origin[aid] = item.outcome
        return sorted(seen.values(), key=lambda e: (e.when or float("inf"), e.url))

    def stored(self, aid: str) -> bool:
        return bool(self.store.con.execute("SELECT 1 FROM articles WHERE id = ?", [aid]).fetchone())

    def raw(self, item: FeedItem) -> Article:
        article = Article(text="", url=item.url, title=item.title, outlet=item.outlet,
                          published=item.published, source_id=item.url)
        article.id = article_id("", item.url)
        try:
            article.text = item.content or fetch(item.url)
        except DyadError as exc:
            article.problems.append(Problem("fetch", str(exc)))
        return article

    def keep(self, article: Article) -> bool:
        if article.problems:
            self.fail(article.id, article.url or str(article.source_id),
                      "; ".join(p.reason for p in article.problems))
        return not article.problems

    def fail(self, aid: str, where: str, reason: str) -> None:
        self.report.failed.append((where, reason))
        if aid in self.origin:
            self.origin[aid].failed += 1

    def sort_out(self, cleaned: list[Article]) -> tuple[list[Article], list[tuple[Article, Match]]]:
        finder = Finder(self.store.con)
        originals, copies = [], []
        for article in cleaned:
            sig = signature(body_text(article.text, article.segments))
            match = finder.original_of(sig)
            if match is None:
                originals.append(article)
            else:
                copies.append((article, match))
            finder.remember(match.original_id if match else article.id, sig)
        return originals, copies

    def write(self, originals: list[Article], copies: list[tuple[Article, Match]]) -> None:
        from dyad.run.analysis import versions

        stamp = versions()
        matches = {a.id: m for a, m in copies}
        by_id = {a.id: a for a in originals + [a for a, _ in copies]}

        def tables_for(ids: list[str]) -> dict:
            tables = tables_of(self.store.con, [by_id[i] for i in ids], stamp)
            tables["article_copies"] = copy_table([(i, matches[i]) for i in ids if i in matches])
            return tables

        try:
            outcome = write_batch(self.store, list(by_id), tables_for,
                                  lambda one: write_tables(self.store, one, tables_for([one])))
        except StoreError as exc:
            outcome = {i: str(exc) for i in by_id}
        self.count(outcome, matches)

    def count(self, outcome: dict[str, str], matches: dict[str, Match]) -> None:
        for aid, result in outcome.items():
            feed = self.origin.get(aid)
            if result == "stored":
                is_copy = aid in matches
                self.report.copies += is_copy
                self.report.stored += not is_copy
                if feed is not None:
                    feed.copies += is_copy
                    feed.stored += not is_copy
            elif result == "already":
                self.report.already += 1
            else:
                self.fail(aid, aid, result)


def _stored_ids(store: Store, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    rows = store.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
    return {r[0] for r in rows}
