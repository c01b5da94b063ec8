"""Hybrid search: dense (passage and sentence vectors) fused with Japanese-aware BM25.

The lexical score only counts where it can help: when the question and the passage are in the
same language. An English question over a Japanese article is ranked by the dense model alone,
so stray Latin tokens (US, CFR) cannot drag unrelated paragraphs up.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from retrieval.embeddings import query_array
from retrieval.index import DenseHit, VectorIndex, passage_context
from retrieval.lexical import LexicalIndex
from retrieval.models import Passage, detect_language
from retrieval.store import ArticleStore

log = logging.getLogger(__name__)

# Fusion weights, fitted on the first half of the JSQuAD subset and checked on the second
# half (bench/retrieval.py prints both): final = dense + LEXICAL_WEIGHT * bm25 / max(bm25).
PASSAGE_WEIGHT = 0.5  # dense = PASSAGE_WEIGHT * passage vector + (1 - it) * best sentence
LEXICAL_WEIGHT = 0.15
DENSE_CANDIDATES = 80
LEXICAL_CANDIDATES = 40


@dataclass(frozen=True)
class ScoredPassage:
    """A candidate with its separate evidence, before it becomes a `Passage`."""

    scope: str
    article_id: str
    paragraph: int
    dense: float
    best_sentence: int
    lexical: float
    score: float


class LexicalCatalogue:
    """The lexical index over every live passage, with per-document scope/article/language."""

    def __init__(self, index: LexicalIndex, store: ArticleStore):
        self.index = index
        parts = [k.split("|") for k in index.keys]
        self.scopes = np.array([p[0] for p in parts], dtype=object)
        self.articles = np.array([p[1] for p in parts], dtype=object)
        self.paragraphs = np.array([int(p[2]) for p in parts], dtype=np.int32)
        entries = {(e.scope, e.article_id): e.language for e in store.entries()}
        self.languages = np.array([entries.get((p[0], p[1]), "ja") for p in parts], dtype=object)

    @classmethod
    def build(cls, store: ArticleStore) -> LexicalCatalogue:
        """Index every live passage of every scope."""
        docs = []
        for entry in store.entries():
            article = store.article(entry.scope, entry.article_id)
            for block in article.passages:
                context = passage_context(article.title, block.section, block.kind)
                docs.append(
                    (f"{entry.scope}|{entry.article_id}|{block.number}", f"{context} {block.text}")
                )
        return cls(LexicalIndex.build(docs), store)


class HybridSearcher:
    """Ranks live passages for a question within the scopes a caller may see."""

    def __init__(self, store: ArticleStore, vectors: VectorIndex, lexical_path: Path):
        self.store = store
        self.vectors = vectors
        self._lexical_path = lexical_path
        self._lexical: LexicalCatalogue | None = None
        self._lexical_version = -1
        self._lock = threading.Lock()

    def lexical(self) -> LexicalCatalogue:
        """The lexical catalogue for the store's current version (loaded or rebuilt as needed)."""
        version = self.store.version
        with self._lock:
            if self._lexical is None or self._lexical_version != version:
                index = LexicalIndex.load(self._lexical_path, version)
                if index is None:
                    catalogue = LexicalCatalogue.build(self.store)
                    catalogue.index.save(self._lexical_path, version)
                else:
                    catalogue = LexicalCatalogue(index, self.store)
                self._lexical, self._lexical_version = catalogue, version
            return self._lexical

    def search(
        self,
        query: str,
        *,
        scopes: Sequence[str],
        article_id: str | None = None,
        k: int = 5,
        query_vector: np.ndarray | None = None,
    ) -> list[ScoredPassage]:
        """The `k` best passages for `query`, best first."""
        if query_vector is None:
            query_vector = query_array(self.vectors.embeddings, query)
        hits = self.vectors.query_vector(
            query_vector, scopes=scopes, article_id=article_id, n=DENSE_CANDIDATES
        )
        dense = self._dense_by_passage(hits)
        lexical = self._lexical_scores(query, scopes, article_id)
        return fuse(dense, lexical, k)

    def _dense_by_passage(
        self, hits: list[DenseHit]
    ) -> dict[tuple[str, str, int], tuple[float, int]]:
        """Combine passage and sentence similarities per live passage: (dense, best sentence)."""
        whole: dict[tuple[str, str, int], float] = {}
        best: dict[tuple[str, str, int], tuple[float, int]] = {}
        for h in hits:
            if self.store.generation(h.scope, h.article_id) != h.generation:
                continue  # an old or half-written version: never shown
            key = (h.scope, h.article_id, h.paragraph)
            if h.sentence < 0:
                whole[key] = max(whole.get(key, -1.0), h.similarity)
            elif h.similarity > best.get(key, (-1.0, -1))[0]:
                best[key] = (h.similarity, h.sentence)
        out: dict[tuple[str, str, int], tuple[float, int]] = {}
        for key in whole.keys() | best.keys():
            p = whole.get(key)
            s, j = best.get(key, (None, -1))
            if p is None:
                value = float(s)  # type: ignore[arg-type]
            elif s is None:
                value = p
            else:
                value = PASSAGE_WEIGHT * p + (1 - PASSAGE_WEIGHT) * s
            out[key] = (value, j)
        return out

    def _lexical_scores(
        self, query: str, scopes: Sequence[str], article_id: str | None
    ) -> dict[tuple[str, str, int], float]:
        """BM25 / max BM25 for the top lexical candidates in the same language as the query."""
        cat = self.lexical()
        if not len(cat.index):
            return {}
        scores = cat.index.scores(query)
        mask = np.isin(cat.scopes, list(scopes)) & (cat.languages == detect_language(query))
        if article_id is not None:
            mask &= cat.articles == article_id
        scores = np.where(mask, scores, 0.0)
        top = float(scores.max()) if scores.size else 0.0
        if top <= 0:
            return {}
        order = np.argsort(-scores)[:LEXICAL_CANDIDATES]
        return {
            (str(cat.scopes[i]), str(cat.articles[i]), int(cat.paragraphs[i])): float(
                scores[i] / top
            )
            for i in order
            if scores[i] > 0
        }


def fuse(
    dense: dict[tuple[str, str, int], tuple[float, int]],
    lexical: dict[tuple[str, str, int], float],
    k: int,
) -> list[ScoredPassage]:
    """Dense similarity plus a weighted, per-query normalised BM25 score."""
    floor = min((d for d, _ in dense.values()), default=0.0)
    scored = []
    for key in dense.keys() | lexical.keys():
        d, j = dense.get(key, (floor, -1))
        lex = lexical.get(key, 0.0)
        scored.append(ScoredPassage(key[0], key[1], key[2], d, j, lex, d + LEXICAL_WEIGHT * lex))
    scored.sort(key=lambda s: (-s.score, s.article_id, s.paragraph))
    return scored[:k]


def to_passage(store: ArticleStore, hit: ScoredPassage) -> Passage:
    """The public view of a scored candidate, with the block's full text."""
    article = store.article(hit.scope, hit.article_id)
    block = article.block(hit.paragraph)
    return Passage(
        article_id=hit.article_id,
        article_title=article.title,
        paragraph=block.number,
        kind=block.kind,
        section=block.section,
        text=block.text,
        score=round(hit.score, 4),
    )
