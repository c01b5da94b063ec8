"""The article store: the source of truth for which version of each article is live.

Chroma holds vectors, this SQLite file holds the articles themselves. An article becomes
visible (or changes version) in one SQLite transaction, so a search never sees a mix of an
article's old and new passages, and a crash at any point leaves a state the next open repairs.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from retrieval.models import (
    PASSAGE_KINDS,
    Article,
    ArticleInfo,
    Block,
    Quote,
    UserFacingError,
    detect_language,
    lead_number,
)

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    scope TEXT NOT NULL,
    article_id TEXT NOT NULL,
    generation TEXT NOT NULL,
    title TEXT NOT NULL,
    original_title TEXT,
    url TEXT,
    published TEXT,
    source TEXT,
    blocks TEXT NOT NULL,
    n_blocks INTEGER NOT NULL,
    n_passages INTEGER NOT NULL,
    ingested_at REAL NOT NULL,
    PRIMARY KEY (scope, article_id)
);
CREATE TABLE IF NOT EXISTS pending (
    scope TEXT NOT NULL,
    article_id TEXT NOT NULL,
    generation TEXT NOT NULL,
    PRIMARY KEY (scope, article_id, generation)
);
CREATE TABLE IF NOT EXISTS embeddings (
    key TEXT PRIMARY KEY,
    vector BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS quotes (
    generation TEXT NOT NULL,
    annotator TEXT NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (generation, annotator)
);
CREATE TABLE IF NOT EXISTS names (
    generation TEXT PRIMARY KEY,
    keys TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS state (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class StoredArticle:
    """Catalogue entry: what is live for one (scope, article id)."""

    scope: str
    article_id: str
    generation: str
    title: str
    original_title: str | None
    n_blocks: int
    n_passages: int
    sections: tuple[str, ...] = ()
    language: str = "ja"
    # The number of its lead, the first block of body text (not a caption or a subhead before
    # it), if any.
    lead: int | None = None

    def info(self) -> ArticleInfo:
        """The public view of this entry."""
        return ArticleInfo(
            article_id=self.article_id,
            title=self.title,
            original_title=self.original_title,
            blocks=self.n_blocks,
            passages=self.n_passages,
            scope=self.scope,
            sections=self.sections,
        )


class ArticleStore:
    """SQLite-backed catalogue of live articles, pending index work and cached embeddings."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(SCHEMA)
            self._catalogue: dict[tuple[str, str], StoredArticle] = {}
            self._scopes: frozenset[str] | None = None
            # Reading every row also catches damage past the header that opening does not see.
            self._load_catalogue()
        except (sqlite3.DatabaseError, ValueError, TypeError, IndexError) as exc:
            log.error("The article store %s is unreadable: %s", path, exc)
            if (db := getattr(self, "_db", None)) is not None:
                db.close()  # so `newsroom reindex` can replace the file
            raise UserFacingError(
                f"The article store {path} is unreadable ({exc}); "
                "run `newsroom reindex` to rebuild it from the articles folder."
            ) from exc
        self._article_cache = lru_cache(maxsize=256)(self._load_article)

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return immediate_transaction(self._db, self._lock)

    def _load_catalogue(self) -> None:
        rows = self._db.execute(
            "SELECT scope, article_id, generation, title, original_title, n_blocks, n_passages, "
            "blocks FROM articles"
        ).fetchall()
        catalogue = {}
        for scope, aid, gen, title, orig, nb, np_, blocks in rows:
            decoded = json.loads(blocks)
            sections = tuple(b[2] for b in decoded if b[1] == "heading")
            body = " ".join(b[2] for b in decoded if b[1] in PASSAGE_KINDS)
            lead = lead_number((b[0], b[1]) for b in decoded)
            catalogue[(scope, aid)] = StoredArticle(
                scope, aid, gen, title, orig, nb, np_, sections, detect_language(body[:2000]), lead
            )
        self._catalogue = catalogue
        self._scopes = None

    # --- catalogue -------------------------------------------------------------------------

    def entries(self, scopes: tuple[str, ...] | None = None) -> list[StoredArticle]:
        """Live articles in the given scopes (all scopes when None), sorted by id."""
        items = [e for e in self._catalogue.values() if scopes is None or e.scope in scopes]
        return sorted(items, key=lambda e: (e.article_id, e.scope))

    def sole_entry(self, scopes: tuple[str, ...]) -> StoredArticle | None:
        """The live article when exactly one is visible in `scopes` (no sorting: a hot path)."""
        found: StoredArticle | None = None
        for entry in self._catalogue.values():
            if entry.scope in scopes:
                if found is not None:
                    return None
                found = entry
        return found

    def scopes(self) -> frozenset[str]:
        """The scopes that have at least one live article."""
        if self._scopes is None:
            self._scopes = frozenset(scope for scope, _ in self._catalogue)
        return self._scopes

    def entry(self, scope: str, article_id: str) -> StoredArticle | None:
        """The live entry for (scope, article id), if any."""
        return self._catalogue.get((scope, article_id))

    def generation(self, scope: str, article_id: str) -> str | None:
        """The live generation of an article, or None when it is not live."""
        entry = self._catalogue.get((scope, article_id))
        return entry.generation if entry else None

    def article(self, scope: str, article_id: str) -> Article:
        """The live article (cached per generation)."""
        entry = self._catalogue.get((scope, article_id))
        if entry is None:
            raise UserFacingError(f"Unknown article: {article_id}")
        return self._article_cache(scope, article_id, entry.generation)

    def _load_article(self, scope: str, article_id: str, generation: str) -> Article:
        with self._lock:
            row = self._db.execute(
                "SELECT title, original_title, url, published, source, blocks FROM articles "
                "WHERE scope=? AND article_id=? AND generation=?",
                (scope, article_id, generation),
            ).fetchone()
        if row is None:
            raise UserFacingError(f"Unknown article: {article_id}")
        title, orig, url, published, source, blocks = row
        return Article(
            article_id=article_id,
            title=title,
            blocks=tuple(
                Block(n, kind, text, section) for n, kind, text, section in json.loads(blocks)
            ),
            original_title=orig,
            url=url,
            published=published,
            source=source,
        )

    # --- the two-phase switch ----------------------------------------------------------------

    def begin(self, scope: str, article_id: str, generation: str) -> None:
        """Record that vectors of `generation` are about to be written for this article."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO pending VALUES (?, ?, ?)", (scope, article_id, generation)
            )

    def publish(self, scope: str, article: Article, generation: str) -> None:
        """Make `generation` of `article` the live one, atomically."""
        blocks = json.dumps(
            [[b.number, b.kind, b.text, b.section] for b in article.blocks], ensure_ascii=False
        )
        entry = StoredArticle(
            scope,
            article.article_id,
            generation,
            article.title,
            article.original_title,
            len(article.blocks),
            len(article.passages),
            article.sections,
            article.language,
            article.lead,
        )
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    scope,
                    article.article_id,
                    generation,
                    article.title,
                    article.original_title,
                    article.url,
                    article.published,
                    article.source,
                    blocks,
                    len(article.blocks),
                    len(article.passages),
                    time.time(),
                ),
            )
            self._bump_version(db)
            self._set_catalogue({**self._catalogue, (scope, article.article_id): entry})

    def _set_catalogue(self, catalogue: dict[tuple[str, str], StoredArticle]) -> None:
        """Replace the catalogue (called inside the transaction that changes it).

        Copy on write: a question in another thread may be iterating over the old dict. Under
        the transaction's lock, so whoever reads the new `version` also sees the new entries.
        """
        self._catalogue = catalogue
        self._scopes = None

    def unpublish(self, scope: str, article_id: str) -> str | None:
        """Remove an article from the live set; returns its generation (None if it was absent)."""
        with self._transaction() as db:
            row = db.execute(
                "SELECT generation FROM articles WHERE scope=? AND article_id=?",
                (scope, article_id),
            ).fetchone()
            if row is None:
                return None
            db.execute(
                "INSERT OR IGNORE INTO pending VALUES (?, ?, ?)", (scope, article_id, row[0])
            )
            db.execute("DELETE FROM articles WHERE scope=? AND article_id=?", (scope, article_id))
            self._bump_version(db)
            self._set_catalogue(
                {k: v for k, v in self._catalogue.items() if k != (scope, article_id)}
            )
        return str(row[0])

    def pending(self) -> list[tuple[str, str, str]]:
        """(scope, article id, generation) triples whose index work may be unfinished."""
        with self._lock:
            return [tuple(r) for r in self._db.execute("SELECT * FROM pending").fetchall()]

    def done(self, scope: str, article_id: str) -> None:
        """Forget pending work for this article once its index matches the live generation."""
        with self._transaction() as db:
            db.execute("DELETE FROM pending WHERE scope=? AND article_id=?", (scope, article_id))

    def _bump_version(self, db: sqlite3.Connection) -> None:
        db.execute(
            "INSERT INTO state VALUES ('version', '1') "
            "ON CONFLICT(name) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    @property
    def version(self) -> int:
        """A counter that changes whenever the live set of articles changes."""
        with self._lock:
            row = self._db.execute("SELECT value FROM state WHERE name='version'").fetchone()
        return int(row[0]) if row else 0

    # --- embedding cache -----------------------------------------------------------------------

    def quotes(self, generation: str, annotator: str) -> list[Quote] | None:
        """The quotes stored for one version of an article by one attribution version, if any."""
        with self._lock:
            row = self._db.execute(
                "SELECT payload FROM quotes WHERE generation=? AND annotator=?",
                (generation, annotator),
            ).fetchone()
        if row is None:
            return None
        return [
            Quote(**{**q, "speaker_forms": tuple(q.get("speaker_forms", ()))})
            for q in json.loads(row[0])
        ]

    def save_quotes(self, generation: str, annotator: str, quotes: list[Quote]) -> None:
        """Store an article version's quotes (found once, at ingestion); a rerun replaces them."""
        payload = json.dumps([asdict(q) for q in quotes], ensure_ascii=False)
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO quotes (generation, annotator, payload) VALUES (?, ?, ?)",
                (generation, annotator, payload),
            )

    def name_keys(self) -> dict[str, list[str]]:
        """The name keys stored for every article version that has them (search.NameIndex)."""
        with self._lock:
            rows = self._db.execute("SELECT generation, keys FROM names").fetchall()
        return {g: json.loads(k) for g, k in rows}

    def save_name_keys(self, generation: str, keys: list[str]) -> None:
        """Store the name keys of one article version (found at ingestion)."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO names (generation, keys) VALUES (?, ?)",
                (generation, json.dumps(keys, ensure_ascii=False)),
            )

    def cached_vectors(self, keys: list[str]) -> dict[str, np.ndarray]:
        """Vectors already computed for these keys."""
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for key, blob in self._db.execute(
                    f"SELECT key, vector FROM embeddings WHERE key IN ({marks})", chunk
                ):
                    found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def cache_vectors(self, items: dict[str, np.ndarray]) -> None:
        """Remember vectors by key."""
        with self._transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO embeddings VALUES (?, ?)",
                [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
            )


@contextmanager
def immediate_transaction(
    db: sqlite3.Connection, lock: threading.Lock | threading.RLock
) -> Iterator[sqlite3.Connection]:
    """One write transaction on a connection shared by threads: taken under `lock`, begun
    IMMEDIATE (the write lock at once, so two writers never deadlock), rolled back on error."""
    with lock:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
