"""Japanese-aware BM25 indexes: character bigrams, and SudachiPy words (lazily loaded).

Each index is a scipy sparse matrix of per-term BM25 weights, so a query is one column slice
and a sum, and results can be masked by article or scope without re-ranking. Tokenized
documents can be kept and reused, so rebuilding after one article changes only tokenizes it.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from retrieval.models import is_japanese_char

log = logging.getLogger(__name__)

K1 = 1.5
B = 0.75
# Bump when tokenization or the saved layout changes, so stale files on disk are rebuilt.
FORMAT = 2
_WORD_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_STOPWORDS = frozenset(
    "a an the of to in on at for by with from and or but is are was were be been being do does "
    "did what who whom whose which when where why how that this these those it its as about into "
    "than then there their they them he she his her him we our you your i me my".split()
)
# Parts of speech that carry no topic: particles, auxiliaries, punctuation, whitespace.
_SKIP_POS = frozenset({"助詞", "助動詞", "補助記号", "空白"})
# Question words and light verbs: a question's form, not its topic (dropped from queries).
_QUESTION_WORDS = frozenset(
    "何 なに なん いつ どこ 誰 だれ どれ どの どう どんな いくつ いくら 何故 なぜ "
    "為る 居る 有る 言う ある いる する".split()
)
_MAX_CHARS = 20000  # Sudachi refuses very long inputs; a block longer than this is rare


def normalize(text: str) -> str:
    """NFKC and lower case: the form every tokenizer and phrase match works on."""
    return unicodedata.normalize("NFKC", text).lower()


def tokenize(text: str) -> list[str]:
    """Tokens for matching: bigrams (and lone characters) of Japanese runs, Latin words."""
    norm = normalize(text)
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


class _Sudachi:
    """One SudachiPy tokenizer per process, loaded on first use (the dictionary is ~70 MB)."""

    def __init__(self) -> None:
        self._tokenizer: Any = None
        self._mode: Any = None
        self._lock = threading.Lock()

    def words(self, text: str) -> list[str]:
        with self._lock:
            if self._tokenizer is None:
                from sudachipy import Dictionary, SplitMode

                self._tokenizer = Dictionary(dict="core").create(mode=SplitMode.A)
            morphemes = self._tokenizer.tokenize(text)
            return [
                # Latin words keep their spelling: Sudachi would normalize "the" to "ザ".
                surface if surface.isascii() else m.normalized_form()
                for m in morphemes
                if m.part_of_speech()[0] not in _SKIP_POS and (surface := m.surface().lower())
            ]


_sudachi = _Sudachi()


def words(text: str) -> list[str]:
    """Dictionary words (SudachiPy short units, normalized forms) without particles or stopwords."""
    norm = normalize(text)
    out: list[str] = []
    for start in range(0, len(norm), _MAX_CHARS):
        out.extend(
            w for w in _sudachi.words(norm[start : start + _MAX_CHARS]) if w not in _STOPWORDS
        )
    return out


def query_words(text: str) -> list[str]:
    """`words` of a question without its question words (何, いつ, どこ...)."""
    return [w for w in words(text) if w not in _QUESTION_WORDS]


ANALYZERS: dict[str, Callable[[str], list[str]]] = {"bigram": tokenize, "word": words}


class LexicalIndex:
    """BM25 over a fixed list of documents identified by opaque keys."""

    def __init__(
        self,
        keys: Sequence[str],
        matrix: sparse.csc_matrix,
        vocab: dict[str, int],
        idf: np.ndarray | None = None,
    ):
        self.keys = list(keys)
        self._matrix = matrix
        self._vocab = vocab
        self.idf = idf if idf is not None else np.zeros(len(vocab), dtype=np.float32)

    @classmethod
    def build(
        cls, docs: Iterable[tuple[str, str]], analyzer: Callable[[str], list[str]] = tokenize
    ) -> LexicalIndex:
        """Index (key, text) pairs."""
        keys: list[str] = []
        counts: list[Counter[str]] = []
        for key, text in docs:
            keys.append(key)
            counts.append(Counter(analyzer(text)))
        return cls.from_counts(keys, counts)

    @classmethod
    def from_counts(cls, keys: Sequence[str], counts: Sequence[Mapping[str, int]]) -> LexicalIndex:
        """Index documents already tokenized into term counts."""
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
        idf = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
        saturation = K1 * (1.0 - B + B * lengths[row_idx] / avg)
        weights = idf[col_idx] * freq * (K1 + 1.0) / (freq + saturation)
        matrix = sparse.csc_matrix(
            (weights.astype(np.float32), (row_idx, col_idx)), shape=(n_docs, len(vocab))
        )
        return cls(list(keys), matrix, vocab, idf)

    def __len__(self) -> int:
        return len(self.keys)

    def _columns(self, terms: Iterable[str]) -> np.ndarray:
        return np.asarray(sorted({self._vocab[t] for t in terms if t in self._vocab}), np.int64)

    def scores(self, query: str, analyzer: Callable[[str], list[str]] = tokenize) -> np.ndarray:
        """BM25 score of every document for `query` (zeros when nothing matches)."""
        return self.term_scores(analyzer(query))

    def term_scores(self, terms: Sequence[str]) -> np.ndarray:
        """BM25 score of every document for already tokenized query terms (repeats count)."""
        ids = [self._vocab[t] for t in terms if t in self._vocab]
        if not ids or not self.keys:
            return np.zeros(len(self.keys), dtype=np.float32)
        cols = np.asarray(ids, dtype=np.int64)
        return np.asarray(self._matrix[:, cols].sum(axis=1)).ravel().astype(np.float32)

    def match(self, terms: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """BM25 scores (repeated terms count) and coverage: the IDF-weighted share of the
        distinct query terms each document contains (0-1; unseen terms count at the top IDF)."""
        ids = [self._vocab[t] for t in terms if t in self._vocab]
        zeros = np.zeros(len(self.keys), dtype=np.float32)
        if not ids or not self.keys:
            return zeros, zeros.copy()
        counts = Counter(ids)
        cols = np.fromiter(counts, dtype=np.int64)
        sliced = self._matrix[:, cols].tocsr()
        repeats = np.fromiter(counts.values(), dtype=np.float32)
        scores = np.asarray(sliced @ repeats).ravel().astype(np.float32)
        total = float(self.idf[cols].sum()) + (len(set(terms)) - len(cols)) * float(self.idf.max())
        sliced.data = np.ones_like(sliced.data)
        coverage = np.asarray(sliced @ self.idf[cols]).ravel().astype(np.float32) / total
        return scores, coverage

    def arrays(self) -> dict[str, np.ndarray]:
        """The index as plain arrays (for saving several indexes in one file)."""
        m = self._matrix
        return {
            "keys": np.array(self.keys, dtype=object),
            "vocab": np.array(sorted(self._vocab, key=self._vocab.__getitem__), dtype=object),
            "idf": self.idf,
            "data": m.data,
            "indices": m.indices,
            "indptr": m.indptr,
            "shape": np.array(m.shape),
        }

    @classmethod
    def from_arrays(cls, z: Mapping[str, Any]) -> LexicalIndex:
        """The inverse of `arrays`."""
        matrix = sparse.csc_matrix((z["data"], z["indices"], z["indptr"]), shape=tuple(z["shape"]))
        vocab = {str(t): i for i, t in enumerate(z["vocab"])}
        return cls([str(k) for k in z["keys"]], matrix, vocab, np.asarray(z["idf"]))


def save_indexes(path: Path, version: int, indexes: Mapping[str, LexicalIndex]) -> None:
    """Persist named indexes in one file (atomically), tagged with a store version."""
    tmp = path.with_name(path.name + ".tmp.npz")
    arrays: dict[str, np.ndarray] = {
        "version": np.array([version]),
        "format": np.array([FORMAT]),
        "names": np.array(list(indexes), dtype=object),
    }
    for name, index in indexes.items():
        arrays.update({f"{name}/{k}": v for k, v in index.arrays().items()})
    np.savez(tmp, **arrays)  # type: ignore[arg-type]
    tmp.replace(path)


def load_indexes(path: Path, version: int, names: Sequence[str]) -> dict[str, LexicalIndex] | None:
    """Named indexes saved for `version`; None when missing, stale, of an old format or broken."""
    try:
        with np.load(path, allow_pickle=True) as z:
            if (
                int(z["version"][0]) != version
                or "format" not in z
                or int(z["format"][0]) != FORMAT
            ):
                return None
            stored = {str(n) for n in z["names"]}
            if not set(names) <= stored:
                return None
            return {
                name: LexicalIndex.from_arrays(
                    {
                        k: z[f"{name}/{k}"]
                        for k in ("keys", "vocab", "idf", "data", "indices", "indptr", "shape")
                    }
                )
                for name in names
            }
    except FileNotFoundError:
        return None
    except Exception as exc:  # a damaged cache is rebuilt, never trusted
        log.warning("Ignoring unreadable lexical index %s: %s", path, exc)
        return None


def longest_match(query: str, text: str) -> int:
    """Length of the longest substring of `query` that occurs in `text`."""
    best = 0
    for i in range(len(query)):
        size = best + 1
        while i + size <= len(query) and query[i : i + size] in text:
            best = size
            size += 1
    return best


def char_coverage(query: str, text: str, n: int = 2) -> float:
    """Share of the query's characters inside some n-character substring that `text` contains."""
    if len(query) < n:
        return 1.0 if query and query in text else 0.0
    covered = [False] * len(query)
    for i in range(len(query) - n + 1):
        if query[i : i + n] in text:
            covered[i : i + n] = [True] * n
    return sum(covered) / len(query)
