"""The server's one writer: a thread that takes jobs from a bounded queue, one at a time.

A job analyses one posted article and, for an ingest, stores it with ``write_article`` on the
writer's own cursor. The analysis runs in one worker process (``dyad.run.local.WorkerPool``), so
the parse never holds this process's GIL while requests are read, the ``doc_timeout`` limit
applies (it needs a main thread), and a crash in native code loses one article, not the server.
A request waits for its job's Future; one that gives up cancels the job if it has not started.
"""

from __future__ import annotations

import queue
import re
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field

from dyad.article import Article
from dyad.clean import clean_article
from dyad.errors import Conflict, DyadError, InputError
from dyad.store.writer import has_article, write_article
from dyad.web.owner import StoreOwner


class Busy(DyadError):
    code = "E503"
    hint = "The server's writer has a full queue; retry in a few seconds."


@dataclass(slots=True)
class Job:
    article: Article
    store: bool  # False: analyse only
    future: Future = field(default_factory=Future)


class ProcessAnalyser:
    """The default pipeline in one worker process, started on the first job."""

    def __init__(self):
        self._pool = None
        self._versions: dict[str, str] | None = None

    def _started(self):
        if self._pool is None:
            from dyad.run.local import WorkerPool

            self._pool = WorkerPool(1, batch_size=1).__enter__()
            self._versions = self._pool.versions()
        return self._pool

    def analyse(self, article: Article) -> Article:
        return next(self._started().analyse([article]))

    def versions(self) -> dict[str, str]:
        self._started()
        return self._versions

    def close(self) -> None:
        if self._pool is not None:
            self._pool.__exit__(None, None, None)
            self._pool = None


class Writer:
    def __init__(self, owner: StoreOwner, queue_size: int, analyser=None):
        self.owner = owner
        self.analyser = analyser or ProcessAnalyser()
        self.jobs: queue.Queue[Job | None] = queue.Queue(maxsize=queue_size)
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def submit(self, article: Article, store: bool) -> Future:
        self._ensure_thread()
        job = Job(article, store)
        try:
            self.jobs.put_nowait(job)
        except queue.Full:
            raise Busy(f"{self.jobs.maxsize} write requests are already waiting.") from None
        return job.future

    def _ensure_thread(self) -> None:
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="dyad-writer", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while (job := self.jobs.get()) is not None:
            if job.future.set_running_or_notify_cancel():
                try:
                    job.future.set_result(self._handle(job))
                except BaseException as exc:  # handed to the waiting request, which reports it
                    job.future.set_exception(exc)

    def _handle(self, job: Job) -> dict:
        article = job.article
        if job.store and article.id and self._known(article.id):
            self._same_text(article.id, clean_article(article).text)  # cheap: no parse
            return {"id": article.id, "new": False}
        analysed = self.analyser.analyse(article)
        if analysed.problems:
            raise refused(analysed.problems[0])
        if not job.store:
            return analysed.to_dict()
        with self.owner.cursor() as store:
            new = write_article(store, analysed, self.analyser.versions())
        if not new:
            self._same_text(analysed.id, analysed.text)
        self.owner.changed()
        return {"id": analysed.id, "new": new, **_counts(analysed)}

    def _same_text(self, article_id: str, text: str) -> None:
        """An id already stored with another text: a conflict, never a silent drop of the new text."""
        with self.owner.cursor() as store:
            row = store.con.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is not None and row[0] != text:
            raise Conflict(f"An article with id {article_id!r} is already stored, with another text.")

    def _known(self, article_id: str) -> bool:
        with self.owner.cursor() as store:
            return has_article(store, article_id)

    def close(self, timeout: float = 10.0) -> None:
        if self._thread is not None:
            try:
                self.jobs.put(None, timeout=timeout)
            except queue.Full:
                pass  # a daemon thread: it ends with the process
            self._thread.join(timeout)
            self._thread = None
        self.analyser.close()


def refused(problem) -> InputError:
    """The document's own coded error (E106 not English, E103 too large...), not a wrapper."""
    error = InputError(re.sub(r"^\[E\d+\] ", "", problem.reason), problem.hint)
    error.code = problem.code or InputError.code
    return error


def _counts(article: Article) -> dict[str, int]:
    return {name: len(getattr(article, name)) for name in ("actors", "events", "quotes", "times", "places")}
