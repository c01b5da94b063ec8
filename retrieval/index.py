"""The only module that talks to Chroma (embedded or a server), through chromadb's client API.

Each passage is stored as one vector for the whole block plus one per sentence (a question
usually targets one sentence). Vector ids carry the article generation, so a new version of an
article is written beside the old one and the store decides which is live.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import chromadb
import httpx
import numpy as np
from chromadb.config import Settings as ChromaSettings
from langchain_core.embeddings import Embeddings

from retrieval.config import EngineSettings
from retrieval.embedded import embedded_text
from retrieval.embeddings import as_array, embedding_name
from retrieval.models import Article, Block, IndexUnavailableError, UserFacingError
from retrieval.sentences import split_sentences
from retrieval.store import ArticleStore

log = logging.getLogger(__name__)

UPSERT_BATCH = 256
OVERFETCH = 2  # unfiltered candidates asked for per visible one needed (see query_vector)
# chromadb's HttpClient waits forever by default (httpx timeout=None), so a paused or hung
# server would hang every question; this bounds each request to a Chroma server.
HTTP_TIMEOUT = httpx.Timeout(20.0, connect=3.0)


@dataclass(frozen=True)
class Unit:
    """One vector's worth of text: a whole passage or one of its sentences."""

    unit_id: str
    paragraph: int
    sentence: int  # -1 for the whole passage
    embed_text: str
    metadata: dict[str, Any]


@dataclass(frozen=True)
class DenseHit:
    """A vector match: which article generation and paragraph, and the cosine similarity."""

    scope: str
    article_id: str
    generation: str
    paragraph: int
    sentence: int
    similarity: float


def units_for(scope: str, article: Article, generation: str) -> list[Unit]:
    """The vectors an article is indexed as (passage-level and sentence-level)."""
    return [
        u for block in article.passages for u in passage_units(scope, article, generation, block)
    ]


def passage_units(scope: str, article: Article, generation: str, block: Block) -> list[Unit]:
    """One passage's vectors: the whole passage, then each sentence when it has several."""
    prefix = f"{scope}|{article.article_id}|{generation}|{block.number}"

    def text(t: str) -> str:
        return embedded_text(article.title, block.section, block.kind, t)

    base = {
        "scope": scope,
        "article_id": article.article_id,
        "generation": generation,
        "paragraph": block.number,
        "kind": block.kind,
        "section": block.section or "",
    }
    units = [Unit(prefix, block.number, -1, text(block.text), {**base, "sentence": -1})]
    sentences = split_sentences(block.text)
    if len(sentences) > 1:
        units.extend(
            Unit(f"{prefix}|{j}", block.number, j, text(s.text), {**base, "sentence": j})
            for j, s in enumerate(sentences)
        )
    return units


def collection_name(base: str, model_key: str) -> str:
    """One collection per embedding model, so vectors of different models never mix."""
    slug = re.sub(r"[^a-zA-Z0-9]+", "-", model_key).strip("-").lower()[:40]
    digest = hashlib.sha1(model_key.encode()).hexdigest()[:8]
    return f"{base}-{slug}-{digest}"


class VectorIndex:
    """Chroma collection of passage and sentence vectors for every article in every scope."""

    def __init__(self, settings: EngineSettings, embeddings: Embeddings, store: ArticleStore):
        self.embeddings = embeddings
        self.store = store
        self._model_key = embedding_name(embeddings)
        self._remote = settings.chroma_host is not None
        self._where = (
            f"{settings.chroma_host}:{settings.chroma_port}"
            if self._remote
            else str(settings.data_dir / "chroma")
        )
        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        try:
            if settings.chroma_host:
                client = chromadb.HttpClient(
                    host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
                )
                _bound_http_timeout(client)
            else:
                client = chromadb.PersistentClient(
                    path=str(settings.data_dir / "chroma"), settings=chroma_settings
                )
            self._client: Any = client  # ClientAPI does not declare close()
            self._name = collection_name(settings.chroma_collection, self._model_key)
            self._collection = self._open_collection()
        except Exception as exc:
            if self._remote:
                raise self._unavailable(exc) from exc
            # A local index that will not open is damaged, not busy: retrying cannot help.
            log.error("Cannot open the vector index at %s: %s", self._where, exc)
            _forget_failed_system(self._where)
            raise UserFacingError(
                f"The vector index at {self._where} cannot be opened ({_first_line(exc)}); "
                "run `newsroom reindex` to rebuild it from the articles folder."
            ) from exc

    def _open_collection(self) -> chromadb.Collection:
        """The collection, through chromadb's own API: vectors are computed (and cached) by
        the engine, so Chroma never embeds anything (no embedding function)."""
        return self._client.get_or_create_collection(
            name=self._name,
            embedding_function=None,
            configuration={"hnsw": {"space": "cosine"}},
        )

    def close(self) -> None:
        """Release the Chroma client: chromadb caches one per path for the whole process, so
        an unclosed one keeps a deleted or rebuilt directory's old database open."""
        try:
            self._client.close()
        except Exception:  # closing is best effort; a dead server has nothing to release
            log.debug("Closing the Chroma client failed", exc_info=True)

    def _unavailable(self, exc: Exception) -> IndexUnavailableError:
        log.warning("Chroma at %s is unavailable: %s", self._where, exc)
        return IndexUnavailableError(
            "The article index is unavailable right now; please try again in a minute."
        )

    def _call(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except IndexUnavailableError:
            raise
        except Exception as exc:
            if _is_connection_error(exc):
                raise self._unavailable(exc) from exc
            raise

    def add_many(
        self,
        scope: str,
        versions: Sequence[tuple[Article, str]],
        *,
        on_batch: Callable[[int], None] | None = None,
    ) -> int:
        """Write the vectors of several article generations in shared upserts (each upsert has a
        fixed cost, ~50-100 ms, so many small articles go much faster together)."""
        units = [u for article, gen in versions for u in units_for(scope, article, gen)]
        vectors = self.embed_cached([u.embed_text for u in units], on_batch=on_batch)
        collection = self._collection
        for i in range(0, len(units), UPSERT_BATCH):
            chunk = units[i : i + UPSERT_BATCH]

            def upsert(chunk: list[Unit] = chunk, i: int = i) -> None:
                collection.upsert(
                    ids=[u.unit_id for u in chunk],
                    embeddings=vectors[i : i + len(chunk)],
                    documents=[u.embed_text for u in chunk],
                    metadatas=[u.metadata for u in chunk],  # type: ignore[misc]
                )

            self._call(upsert)
        return len(units)

    def embed_cached(
        self, texts: list[str], *, on_batch: Callable[[int], None] | None = None
    ) -> np.ndarray:
        """Embed texts, reusing vectors already computed for the same text and model."""
        keys = [hashlib.sha1(f"{self._model_key}\0{t}".encode()).hexdigest() for t in texts]
        cached = self.store.cached_vectors(keys)
        missing = [i for i, k in enumerate(keys) if k not in cached]
        step = 32
        for start in range(0, len(missing), step):
            idx = missing[start : start + step]
            fresh = as_array(self.embeddings, [texts[i] for i in idx])
            self.store.cache_vectors({keys[i]: v for i, v in zip(idx, fresh, strict=True)})
            cached.update({keys[i]: v for i, v in zip(idx, fresh, strict=True)})
            if on_batch:
                on_batch(len(idx))
        return np.vstack([cached[k] for k in keys]) if keys else np.zeros((0, 0), np.float32)

    def delete_stale(self, scope: str, article_id: str, keep: str | None) -> None:
        """Delete an article's vectors of every generation except `keep` (all when None)."""
        where: dict[str, Any] = {"$and": [{"scope": scope}, {"article_id": article_id}]}
        if keep is not None:
            where["$and"].append({"generation": {"$ne": keep}})
        self._call(lambda: self._collection.delete(where=where))

    def query_vector(
        self,
        vector: np.ndarray,
        *,
        scopes: Sequence[str],
        article_id: str | None = None,
        n: int = 60,
    ) -> list[DenseHit]:
        """The `n` nearest vectors to an embedded question among the given scopes (and article).

        Chroma's metadata filter costs time in proportion to the vectors it matches (measured:
        10 ms unfiltered, 218 ms with a scope filter at 48k vectors), so a query over whole
        scopes first asks without a filter and filters here; only when other scopes' vectors
        crowd out the visible ones does it fall back to the filtered query.
        """
        if article_id is None:
            crowded = not self.store.scopes() <= set(scopes)  # other servers' articles exist
            ask = OVERFETCH * n if crowded else n
            hits = self._nearest(vector, ask, where=None)
            visible = [h for h in hits if h.scope in scopes]
            if len(visible) >= n or len(hits) < ask:
                return visible[:n]
        clauses: list[dict[str, Any]] = [
            {"scope": scopes[0]} if len(scopes) == 1 else {"scope": {"$in": list(scopes)}}
        ]
        if article_id is not None:
            clauses.append({"article_id": article_id})
        where: Any = clauses[0] if len(clauses) == 1 else {"$and": clauses}
        return self._nearest(vector, n, where=where)

    def _nearest(self, vector: np.ndarray, n: int, *, where: Any) -> list[DenseHit]:
        result = self._call(
            lambda: self._collection.query(
                query_embeddings=[vector.tolist()],
                n_results=n,
                where=where,
                include=["metadatas", "distances"],
            )
        )
        metas = (result.get("metadatas") or [[]])[0]
        dists = (result.get("distances") or [[]])[0]
        return [
            DenseHit(
                scope=str(m["scope"]),
                article_id=str(m["article_id"]),
                generation=str(m["generation"]),
                paragraph=int(m["paragraph"]),
                sentence=int(m.get("sentence", -1)),
                similarity=1.0 - float(d),
            )
            for m, d in zip(metas, dists, strict=True)
        ]

    def count(self) -> int:
        """Number of vectors stored."""
        return int(self._call(lambda: self._collection.count()))

    def ids_for(self, scope: str, article_id: str) -> list[str]:
        """Vector ids stored for an article (every generation)."""
        got = self._call(
            lambda: self._collection.get(
                where={"$and": [{"scope": scope}, {"article_id": article_id}]}, include=[]
            )
        )
        return list(got["ids"])

    def reset(self) -> None:
        """Drop every vector (used by reindex)."""

        def reset() -> None:
            self._client.delete_collection(self._name)
            self._collection = self._open_collection()

        self._call(reset)


def _bound_http_timeout(client: Any) -> None:
    """Give the HttpClient's httpx session a timeout (chromadb has no setting for it)."""
    session = getattr(getattr(client, "_server", None), "_session", None)
    if isinstance(session, httpx.Client):
        session.timeout = HTTP_TIMEOUT
    else:  # a chromadb upgrade moved it: say so rather than silently risk hanging
        log.warning("Cannot set a timeout on the Chroma HttpClient; a hung server may block")


def _forget_failed_system(path: str) -> None:
    """Drop chromadb's per-path System cache entry after a failed open.

    chromadb caches a System per path even when starting it failed, so without this a
    directory rebuilt by `Engine.rebuild` could not be opened again in the same process.
    """
    from chromadb.api.shared_system_client import SharedSystemClient

    for cache in ("_identifier_to_system", "_identifier_to_refcount"):
        found = getattr(SharedSystemClient, cache, None)
        if isinstance(found, dict):
            found.pop(path, None)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def _is_connection_error(exc: Exception) -> bool:
    if any(isinstance(e, httpx.TransportError) for e in _chain(exc)):
        return True  # refused, reset or timed out: the server is unreachable, not our bug
    names = {type(e).__name__ for e in _chain(exc)}
    text = " ".join(str(e) for e in _chain(exc)).lower()
    return bool(
        names
        & {
            "ConnectError",
            "ConnectionError",
            "ConnectTimeout",
            "ReadTimeout",
            "RemoteProtocolError",
            "ReadError",
        }
        or "could not connect" in text
        or "connection refused" in text
    )


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in seen:
        seen.append(cur)
        cur = cur.__cause__ or cur.__context__
    return seen
