"""The articles folder ingested in a background thread, so the bot answers from start-up.

At start-up the folder's new and changed files are found (by content hash against the live
version) and ingested a few at a time; questions meanwhile see the articles already indexed
(each article goes live atomically, so a question never sees half of one). Progress goes to the
log, and `/articles` shows what is still waiting. Stopping takes effect between two groups.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.engine import Engine
from retrieval.ingestion import groups_of
from retrieval.models import Article, UserFacingError

log = logging.getLogger(__name__)

# Articles ingested together. Small: the e5 model embeds one call at a time (a question's
# embedding waits for the group's), and a stop or an /ingest waits for the group in progress.
GROUP_PASSAGES = 10
LOG_EVERY_S = 5.0


@dataclass(frozen=True)
class IngestStatus:
    """Where the background ingestion is."""

    running: bool
    done: int
    total: int
    waiting: tuple[str, ...]  # ids of new or changed articles not ingested yet, in order
    error: str | None = None


def changed_articles(engine: Engine, articles: Sequence[Article]) -> list[Article]:
    """The articles whose live version differs from this text (new or changed)."""
    changed = []
    for article in articles:
        try:
            live = engine.article(article.article_id)
        except UserFacingError:
            changed.append(article)
            continue
        if live.content_hash != article.content_hash:
            changed.append(article)
    return changed



class BackgroundIngest:
    """Ingests the engine's articles folder in a daemon thread; `status()` from any thread."""

    def __init__(self, engine: Engine, group_passages: int = GROUP_PASSAGES) -> None:
        self.engine = engine
        self.group_passages = group_passages
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._status = IngestStatus(running=False, done=0, total=0, waiting=())

    def start(self) -> None:
        """Begin in a new thread."""
        self._status = IngestStatus(running=True, done=0, total=0, waiting=())
        self._thread = threading.Thread(target=self._run, name="ingest-articles", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Ask the thread to stop after the group it is ingesting."""
        self._stop.set()

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the thread; True if it has ended."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def status(self) -> IngestStatus:
        """A snapshot of the progress."""
        with self._lock:
            return self._status

    def _set(self, **changes: object) -> None:
        with self._lock:
            values = {**self._status.__dict__, **changes}
            self._status = IngestStatus(**values)  # type: ignore[arg-type]

    def _run(self) -> None:
        try:
            self._ingest()
        except Exception as exc:  # the thread's edge: the bot keeps answering what is indexed
            message = str(exc) if isinstance(exc, UserFacingError) else type(exc).__name__
            log.error("Ingesting the articles folder failed: %s", message, exc_info=exc)
            self._set(running=False, error=message)
        else:
            self._set(running=False)

    def _ingest(self) -> None:
        folder = self.engine.settings.articles_dir
        if not folder.exists():
            log.warning("Articles folder %s does not exist; nothing to ingest", folder)
            return
        articles = self.engine.parse([folder])
        todo = changed_articles(self.engine, articles)
        waiting = tuple(a.article_id for a in todo)
        self._set(total=len(todo), waiting=waiting)
        log.info(
            "Articles folder: %d articles, %d new or changed; ingesting them in the background",
            len(articles),
            len(todo),
        )
        done = 0
        last_log = time.monotonic()
        for group in groups_of(todo, self.group_passages):
            if self._stop.is_set():
                log.info("Stopped ingesting the articles folder at %d of %d", done, len(todo))
                return
            self.engine.ingest_articles(group)
            done += len(group)
            self._set(done=done, waiting=waiting[done:])
            if time.monotonic() - last_log >= LOG_EVERY_S or done == len(todo):
                log.info("Ingested %d of %d new or changed articles", done, len(todo))
                last_log = time.monotonic()
        # After an upgrade of the attribution, quotes stored by the old one are found again
        # here, in the background, not by the first question about each article.
        self.engine.refresh_annotations(should_stop=self._stop.is_set)
