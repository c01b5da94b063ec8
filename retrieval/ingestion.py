"""Ingestion: articles in, each version parsed, annotated, embedded and published atomically.

A changed article is written as a new generation beside the old one and switched live in one
SQLite transaction, so a search never sees a mix; a crash at any point is repaired on the next
start (`repair`). Articles are embedded and written to Chroma in groups of about
INGEST_GROUP_PASSAGES passages, and each is still switched live on its own.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from retrieval import articles as parsing
from retrieval.config import EngineSettings
from retrieval.index import VectorIndex
from retrieval.models import GLOBAL_SCOPE, Article, IngestResult, Quote, UserFacingError
from retrieval.name_index import names_of, stored_as
from retrieval.quotes import ANNOTATOR_VERSION, extract_quotes
from retrieval.store import ArticleStore

log = logging.getLogger(__name__)

Progress = Callable[[int], None]
# Articles are embedded and written together up to about this many passages (a few upserts
# instead of one per article; small enough that progress still moves and a crash loses little).
INGEST_GROUP_PASSAGES = 200


class Ingestion:
    """The ingestion half of the Engine: adding, replacing, removing and repairing articles."""

    settings: EngineSettings
    store: ArticleStore
    vectors: VectorIndex
    _write_lock: threading.Lock

    def repair(self) -> None:
        """Make the vectors match the store after a crash, a lost vector store or a new model."""
        entries = self.store.entries()
        if entries and self.vectors.count() == 0:
            log.warning(
                "The vector index is empty but %d articles are stored (new embedding model, or "
                "the Chroma data was lost): re-embedding them from the store",
                len(entries),
            )
            for entry in entries:
                self.store.begin(entry.scope, entry.article_id, entry.generation)
            for scope in sorted({e.scope for e in entries}):
                stored = {e.article_id: e.generation for e in entries if e.scope == scope}
                articles = [self.store.article(scope, a) for a in stored]
                for group in groups_of(articles, INGEST_GROUP_PASSAGES):
                    self.vectors.add_many(scope, [(a, stored[a.article_id]) for a in group])
        for scope, article_id, _ in self.store.pending():
            self.vectors.delete_stale(
                scope, article_id, keep=self.store.generation(scope, article_id)
            )
            self.store.done(scope, article_id)
            log.info("Repaired the index of %s/%s after an interrupted run", scope, article_id)

    def parse(self, paths: Sequence[Path]) -> list[Article]:
        """Parse every article under `paths`; any bad file stops it before anything is indexed."""
        found: list[Article] = []
        for path in parsing.iter_article_files(paths):
            found.extend(parsing.parse_file(path))
        return _unique(found)

    def ingest(
        self,
        paths: Sequence[Path],
        *,
        scope: str = GLOBAL_SCOPE,
        progress: Progress | None = None,
    ) -> list[IngestResult]:
        """Ingest files and folders: unchanged articles are skipped, changed ones replaced."""
        return self.ingest_articles(self.parse(paths), scope=scope, progress=progress)

    def ingest_bytes(self, filename: str, data: bytes, *, scope: str) -> list[IngestResult]:
        """Ingest an uploaded file into `scope`."""
        return self.ingest_articles(_unique(parsing.parse_bytes(data, filename)), scope=scope)

    def sync_articles(self, progress: Progress | None = None) -> list[IngestResult]:
        """Ingest the articles folder (bundled, visible everywhere) if anything in it changed,
        and find again the quotes an older attribution version stored."""
        folder = self.settings.articles_dir
        if not folder.exists():
            log.warning("Articles folder %s does not exist; nothing to ingest", folder)
            return []
        results = self.ingest([folder], progress=progress)
        self.refresh_annotations()
        return results

    def refresh_annotations(self, should_stop: Callable[[], bool] = lambda: False) -> int:
        """Find again, once, the quotes of live articles stored under an older attribution
        version (after an upgrade), so that no question has to parse them; returns how many."""
        stale = [
            e
            for e in self.store.entries()
            if self.store.quotes(e.generation, ANNOTATOR_VERSION) is None
        ]
        if stale:
            log.info(
                "Finding the quotes of %d articles again (attribution %s)",
                len(stale),
                ANNOTATOR_VERSION,
            )
        done = 0
        for entry in stale:
            if should_stop():
                break
            self._annotate(self.store.article(entry.scope, entry.article_id), entry.generation)
            done += 1
        return done

    def ingest_articles(
        self,
        articles: Sequence[Article],
        *,
        scope: str = GLOBAL_SCOPE,
        progress: Progress | None = None,
    ) -> list[IngestResult]:
        """Index parsed articles, each atomically: its old version stays live until the new is whole."""
        if scope != GLOBAL_SCOPE:
            for a in articles:
                if self.store.entry(GLOBAL_SCOPE, a.article_id):
                    raise UserFacingError(
                        f"{a.article_id} is the id of a shared article; rename the file and upload again."
                    )
        results: list[IngestResult] = []
        with self._write_lock:
            if self.store.pending():  # cleanup an earlier outage cut short, in this process too
                self.repair()
            for group in groups_of(articles, INGEST_GROUP_PASSAGES):
                results.extend(self._ingest_group(scope, group, progress))
        return results

    def _ingest_group(
        self, scope: str, group: Sequence[Article], progress: Progress | None
    ) -> list[IngestResult]:
        """Index a few articles together: one embedding pass and shared upserts, then each
        article is published on its own (its old version stays live until then)."""
        plan: list[tuple[Article, str, str]] = []  # article, generation, status
        for article in group:
            generation = _generation(article)
            current = self.store.generation(scope, article.article_id)
            status = "unchanged" if current == generation else "updated" if current else "added"
            plan.append((article, generation, status))
            if status != "unchanged":
                self.store.begin(scope, article.article_id, generation)
        changed = [(a, g) for a, g, status in plan if status != "unchanged"]
        for article, generation in changed:  # parsed once per version, before it goes live
            self._annotate(article, generation)
        if changed:
            self.vectors.add_many(scope, changed)
        results = []
        for article, generation, status in plan:
            if status != "unchanged":
                self.store.publish(scope, article, generation)
                if status == "updated":  # a new article has no older vectors to drop
                    self.vectors.delete_stale(scope, article.article_id, keep=generation)
                self.store.done(scope, article.article_id)
            if progress:
                progress(len(article.passages))
            log.info(
                "%s %s/%s (%d passages)", status, scope, article.article_id, len(article.passages)
            )
            results.append(
                IngestResult(
                    article_id=article.article_id,
                    title=article.title,
                    blocks=len(article.blocks),
                    passages=len(article.passages),
                    status=status,  # type: ignore[arg-type]
                )
            )
        return results

    def remove(self, article_id: str, *, scope: str) -> None:
        """Remove an article of `scope` (never another scope's) from the store and the index."""
        with self._write_lock:
            if self.store.unpublish(scope, article_id) is None:
                raise UserFacingError(f"Unknown article: {article_id}")
            self.vectors.delete_stale(scope, article_id, keep=None)
            self.store.done(scope, article_id)

    def reindex(self, progress: Progress | None = None) -> list[IngestResult]:
        """Rebuild the index from the articles folder, dropping everything else."""
        with self._write_lock:
            self.vectors.reset()
            for entry in self.store.entries():
                self.store.unpublish(entry.scope, entry.article_id)
                self.store.done(entry.scope, entry.article_id)
        return self.sync_articles(progress)

    def _annotate(self, article: Article, generation: str | None) -> list[Quote]:
        """Find an article version's quotes (the Japanese parse runs here) and the names it can
        be found by from another language, and store them."""
        quotes = extract_quotes(article)
        if generation:
            self.store.save_quotes(generation, ANNOTATOR_VERSION, quotes)
            self.store.save_name_keys(stored_as(generation), names_of(article))
        return quotes


def _generation(article: Article) -> str:
    return article.content_hash[:16]


def groups_of(articles: Sequence[Article], passages: int) -> Iterator[list[Article]]:
    """Consecutive runs of articles holding about `passages` passages (at least one article)."""
    group: list[Article] = []
    size = 0
    for article in articles:
        if group and size + len(article.passages) > passages:
            yield group
            group, size = [], 0
        group.append(article)
        size += len(article.passages)
    if group:
        yield group


def _unique(articles: list[Article]) -> list[Article]:
    seen: dict[str, Article] = {}
    for a in articles:
        if a.article_id in seen:
            raise UserFacingError(
                f"Two articles share the id {a.article_id!r} ({seen[a.article_id].source} and {a.source})."
            )
        seen[a.article_id] = a
    return list(seen.values())
