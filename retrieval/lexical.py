"""A Japanese-aware BM25 index: character bigrams for Japanese, words for Latin script.

Kept as a scipy sparse matrix of per-term BM25 weights, so a query is one column slice and a
sum, and results can be masked by article or scope without re-ranking.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from scipy import sparse

from retrieval.models import is_japanese_char

log = logging.getLogger(__name__)

K1 = 1.5
B = 0.75
_WORD_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "from",
        "and",
        "or",
        "but",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "do",
        "does",
        "did",
        "what",
        "who",
        "whom",
        "whose",
        "which",
        "when",
        "where",
        "why",
        "how",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "as",
        "about",
        "into",
        "than",
        "then",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "him",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
    ]
)


def tokenize(text: str) -> list[str]:
    """Tokens for matching: bigrams (and lone characters) of Japanese runs, Latin words."""
    norm = unicodedata.normalize("NFKC", text).lower()
    tokens: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) == 1:
            tokens.append(run[0])
        else:
            tokens.extend(run[i] + run[i + 1] for i in range(len(run) - 1))
        run.clear()

    for ch in norm:
        if is_japanese_char(ch):
            run.append(ch)
        elif run:
            flush()
    if run:
        flush()
    tokens.extend(w for w in _WORD_RE.findall(norm) if w not in _STOPWORDS)
    return tokens


class LexicalIndex:
    """BM25 over a fixed list of documents identified by opaque keys."""

    def __init__(self, keys: Sequence[str], matrix: sparse.csc_matrix, vocab: dict[str, int]):
        self.keys = list(keys)
        self._matrix = matrix
        self._vocab = vocab

    @classmethod
    def build(cls, docs: Iterable[tuple[str, str]]) -> LexicalIndex:
        """Index (key, text) pairs."""
        keys: list[str] = []
        counts: list[Counter[str]] = []
        for key, text in docs:
            keys.append(key)
            counts.append(Counter(tokenize(text)))
        vocab: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        tfs: list[int] = []
        for row, counter in enumerate(counts):
            for term, tf in counter.items():
                rows.append(row)
                cols.append(vocab.setdefault(term, len(vocab)))
                tfs.append(tf)
        n_docs = len(keys)
        if n_docs == 0:
            return cls([], sparse.csc_matrix((0, 0), dtype=np.float32), {})
        lengths = np.array([sum(c.values()) for c in counts], dtype=np.float32)
        avg = float(lengths.mean()) or 1.0
        row_idx = np.asarray(rows, dtype=np.int64)
        col_idx = np.asarray(cols, dtype=np.int64)
        freq = np.asarray(tfs, dtype=np.float32)
        df = np.bincount(col_idx, minlength=len(vocab)).astype(np.float32)
        idf = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
        saturation = K1 * (1.0 - B + B * lengths[row_idx] / avg)
        weights = idf[col_idx] * freq * (K1 + 1.0) / (freq + saturation)
        matrix = sparse.csc_matrix((weights, (row_idx, col_idx)), shape=(n_docs, len(vocab)))
        return cls(keys, matrix, vocab)

    def __len__(self) -> int:
        return len(self.keys)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every document for `query` (zeros when nothing matches)."""
        ids = [self._vocab[t] for t in tokenize(query) if t in self._vocab]
        if not ids or not self.keys:
            return np.zeros(len(self.keys), dtype=np.float32)
        cols = np.asarray(ids, dtype=np.int64)
        return np.asarray(self._matrix[:, cols].sum(axis=1)).ravel().astype(np.float32)

    def save(self, path: Path, version: int) -> None:
        """Persist the index (atomically) tagged with the store version it reflects."""
        tmp = path.with_name(path.name + ".tmp.npz")
        m = self._matrix
        vocab_terms = np.array(sorted(self._vocab, key=self._vocab.__getitem__), dtype=object)
        np.savez(
            tmp,
            version=np.array([version]),
            keys=np.array(self.keys, dtype=object),
            vocab=vocab_terms,
            data=m.data,
            indices=m.indices,
            indptr=m.indptr,
            shape=np.array(m.shape),
        )
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path, version: int) -> LexicalIndex | None:
        """Load a persisted index if it reflects `version`; None when missing, stale or broken."""
        try:
            with np.load(path, allow_pickle=True) as z:
                if int(z["version"][0]) != version:
                    return None
                matrix = sparse.csc_matrix(
                    (z["data"], z["indices"], z["indptr"]), shape=tuple(z["shape"])
                )
                vocab = {str(t): i for i, t in enumerate(z["vocab"])}
                return cls([str(k) for k in z["keys"]], matrix, vocab)
        except FileNotFoundError:
            return None
        except Exception as exc:  # a damaged cache is rebuilt, never trusted
            log.warning("Ignoring unreadable lexical index %s: %s", path, exc)
            return None
