"""Japanese-aware BM25 indexes: character bigrams, and SudachiPy words (lazily loaded).

Each index is a scipy sparse matrix of term frequencies; a query slices its terms' columns and
weighs them (BM25) from the current statistics, so results can be masked by article or scope
without re-ranking, and an index is updated by dropping and appending documents: after an
article changes only that article is tokenized, even in a new process (the file on disk says
which generation of each article it holds).
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from retrieval.lexicon import EN_FUNCTION_WORDS, JA_NAME_LINKS
from retrieval.models import is_japanese_char

log = logging.getLogger(__name__)

K1 = 1.5
B = 0.75
# Bump when tokenization or the saved layout changes, so stale files on disk are rebuilt.
FORMAT = 4
# Below this many documents every query term is scored; above it, terms in more than half of
# the documents are skipped (see LexicalIndex.match).
COMMON_TERMS_MIN_DOCS = 10_000
_WORD_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# Parts of speech that carry no topic: particles, auxiliaries, punctuation, whitespace.
_SKIP_POS = frozenset({"助詞", "助動詞", "補助記号", "空白"})
# Question words and light verbs: a question's form, not its topic (dropped from queries).
_QUESTION_WORDS = frozenset(
    "何 なに なん いつ どこ 誰 だれ どれ どの どう どんな いくつ いくら 何故 なぜ "
    "為る 居る 有る 言う ある いる する".split()
)
_MAX_CHARS = 12000  # Sudachi refuses inputs over 49,149 bytes: 12,000 characters of 4 bytes at most


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
    tokens.extend(w for w in _WORD_RE.findall(norm) if w not in EN_FUNCTION_WORDS)
    return tokens


class _Sudachi:
    """One SudachiPy tokenizer per process, loaded on first use (the dictionary is ~70 MB)."""

    def __init__(self) -> None:
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    def proper_names(self, text: str) -> list[tuple[str, str]]:
        """(surface, katakana reading) of every word the dictionary tags as a proper noun
        (people, places, organisations)."""
        with self._lock:
            self._load()
            return [
                (m.surface(), m.reading_form())
                for m in self._tokenizer.tokenize(text)
                if "固有名詞" in m.part_of_speech()
            ]

    def person_names(self, text: str) -> list[str]:
        """Every word the dictionary tags as a person's name (a surname or a given name)."""
        with self._lock:
            self._load()
            return [
                m.surface()
                for m in self._tokenizer.tokenize(text)
                if m.part_of_speech()[1:3] == ("固有名詞", "人名")
            ]

    def proper_name_runs(self, text: str) -> list[list[tuple[str, str]]]:
        """(surface, katakana reading) of runs of adjacent proper nouns (中川 + 正彦: one full
        name)."""
        with self._lock:
            self._load()
            runs: list[list[tuple[str, str]]] = [[]]
            for m in self._tokenizer.tokenize(text):
                if "固有名詞" in m.part_of_speech():
                    runs[-1].append((m.surface(), m.reading_form()))
                elif runs[-1]:
                    runs.append([])
            return [run for run in runs if len(run) >= 2]

    def noun_runs(self, text: str) -> list[tuple[str, str]]:
        """(surface, katakana reading) of each run of adjacent nouns and noun suffixes (白鷺 +
        台), numerals and pronouns left out. A 乃, ノ or 之 between two nouns joins them, as in
        names (霧乃峰, 栃ノ心: a ring name; 天ノ川)."""
        with self._lock:
            self._load()
            tokens = list(self._tokenizer.tokenize(text))
            nouns = [
                (pos := m.part_of_speech())[0] == "名詞" and pos[1] not in ("数詞", "代名詞")
                for m in tokens
            ]
            runs: list[list[tuple[str, str]]] = [[]]
            for i, m in enumerate(tokens):
                joins = (
                    m.surface() in JA_NAME_LINKS
                    and bool(runs[-1])
                    and nouns[i + 1 : i + 2] == [True]
                )
                if nouns[i] or joins or (m.part_of_speech()[0] == "接尾辞" and runs[-1]):
                    runs[-1].append((m.surface(), m.reading_form()))
                elif runs[-1]:
                    runs.append([])
            return [("".join(s for s, _ in run), "".join(r for _, r in run)) for run in runs if run]

    def reading(self, text: str) -> str:
        """The katakana reading of `text`, word by word (瀬戸の白雪 -> セトノシラユキ)."""
        with self._lock:
            self._load()
            return "".join(m.reading_form() for m in self._tokenizer.tokenize(text))

    def nouns(self, text: str) -> list[str]:
        """Normalized forms of the common and proper nouns in `text` (not numerals or pronouns)."""
        with self._lock:
            self._load()
            return [
                m.normalized_form()
                for m in self._tokenizer.tokenize(text)
                if (pos := m.part_of_speech())[0] == "名詞" and pos[1] not in ("数詞", "代名詞")
            ]

    def _load(self) -> None:
        if self._tokenizer is None:
            from sudachipy import Dictionary, SplitMode

            # SudachiPy 0.6 (pinned for GiNZA) names it create(); 0.7 renamed it tokenizer().
            self._tokenizer = Dictionary(dict="core").create(mode=SplitMode.A)

    def words(self, text: str) -> list[str]:
        with self._lock:
            self._load()
            morphemes = self._tokenizer.tokenize(text)
            return [
                # Latin words keep their spelling: Sudachi would normalize "the" to "ザ".
                surface if surface.isascii() else m.normalized_form()
                for m in morphemes
                if m.part_of_speech()[0] not in _SKIP_POS and (surface := m.surface().lower())
            ]


_sudachi = _Sudachi()


def _pieces(text: str) -> list[str]:
    """`text` normalized and cut into pieces Sudachi accepts."""
    norm = normalize(text)
    return [norm[start : start + _MAX_CHARS] for start in range(0, len(norm), _MAX_CHARS)]


def proper_names(text: str) -> list[tuple[str, str]]:
    """(surface, katakana reading) of the proper nouns of Japanese `text` (田島 -> タジマ)."""
    return [name for piece in _pieces(text) for name in _sudachi.proper_names(piece)]


def noun_runs(text: str) -> list[tuple[str, str]]:
    """(surface, reading) of each run of adjacent nouns of Japanese `text` (白鷺台 -> シラサギダイ)."""
    return [run for piece in _pieces(text) for run in _sudachi.noun_runs(piece)]


def reading(text: str) -> str:
    """The katakana reading of a short piece of Japanese `text`."""
    return "".join(_sudachi.reading(piece) for piece in _pieces(text))


def person_names(text: str) -> list[str]:
    """The surnames and given names the dictionary finds in Japanese `text`."""
    return [name for piece in _pieces(text) for name in _sudachi.person_names(piece)]


def proper_name_runs(text: str) -> list[list[tuple[str, str]]]:
    """(surface, reading) of each run of two or more adjacent proper nouns of Japanese `text`."""
    return [run for piece in _pieces(text) for run in _sudachi.proper_name_runs(piece)]


def words(text: str) -> list[str]:
    """Dictionary words (SudachiPy short units, normalized forms) without particles or stopwords."""
    return [
        w for piece in _pieces(text) for w in _sudachi.words(piece) if w not in EN_FUNCTION_WORDS
    ]


def nouns(text: str) -> list[str]:
    """The nouns of Japanese `text` (SudachiPy short units, normalized forms)."""
    return [w for piece in _pieces(text) for w in _sudachi.nouns(piece)]


def query_words(text: str) -> list[str]:
    """`words` of a question without its question words (何, いつ, どこ...)."""
    return [w for w in words(text) if w not in _QUESTION_WORDS]


class LexicalIndex:
    """BM25 over a list of documents identified by opaque keys.

    Term frequencies are kept (a sparse documents x terms matrix); BM25 weights are computed
    for the query's columns only, from the current document frequencies and lengths. So
    documents can be dropped and appended (`updated`) without touching the others, and the
    scores are exactly those of an index built from scratch over the same documents.
    """

    def __init__(self, keys: Sequence[str], tf: sparse.csc_matrix, vocab: dict[str, int]):
        self.keys = list(keys)
        self._tf = tf
        self._vocab = vocab
        n_docs = tf.shape[0]
        self._lengths = np.asarray(tf.sum(axis=1)).ravel().astype(np.float32)
        self._avg = float(self._lengths.mean()) if n_docs else 1.0
        self._avg = self._avg or 1.0
        df = np.diff(tf.indptr).astype(np.float32)
        self.idf = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
        # Terms of dropped documents stay in the vocabulary with no documents: they count as
        # unseen, exactly as in an index built from scratch.
        self._present = df > 0
        # Terms in most documents barely rank (IDF < log 2) but have the longest postings: in a
        # large index a query skips them (3-10x less work at 200k passages; on JSQuAD, skipping
        # them regardless of size left R@1, R@5 and MRR unchanged). A small index keeps them:
        # in one article, a name can well be in half of the paragraphs.
        self._common = df > n_docs / 2
        self._norm = (K1 * (1.0 - B + B * self._lengths / self._avg)).astype(np.float32)
        self._max_idf = float(self.idf[self._present].max()) if self._present.any() else 0.0

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
        return cls(keys, _tf_matrix(counts, vocab).tocsc(), vocab)

    def updated(
        self, keep: np.ndarray, keys: Sequence[str], counts: Sequence[Mapping[str, int]]
    ) -> LexicalIndex:
        """A new index: the documents where `keep` is True, then the given ones appended."""
        vocab = dict(self._vocab)
        added = _tf_matrix(counts, vocab)  # may extend vocab with new terms
        kept = self._tf[np.flatnonzero(keep)]
        if kept.shape[1] < len(vocab):  # give the old rows the new (empty) columns
            extra = len(vocab) - kept.shape[1]
            indptr = np.r_[kept.indptr, np.full(extra, kept.indptr[-1], kept.indptr.dtype)]
            kept = sparse.csc_matrix(
                (kept.data, kept.indices, indptr), shape=(kept.shape[0], len(vocab))
            )
        tf = sparse.vstack([kept, added], format="csc").astype(np.float32, copy=False)
        used = np.diff(tf.indptr) > 0
        if used.sum() < len(vocab) / 2:  # mostly terms of dropped documents: compact
            tf = tf[:, np.flatnonzero(used)]
            terms = sorted(vocab, key=vocab.__getitem__)
            vocab = {t: i for i, t in enumerate(t for t, u in zip(terms, used, strict=True) if u)}
        return LexicalIndex(
            [k for k, flag in zip(self.keys, keep, strict=True) if flag] + list(keys), tf, vocab
        )

    def __len__(self) -> int:
        return len(self.keys)

    def scores(self, query: str, analyzer: Callable[[str], list[str]] = tokenize) -> np.ndarray:
        """BM25 score of every document for `query` (zeros when nothing matches)."""
        return self.match(analyzer(query))[0]

    def match(self, terms: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """BM25 scores (repeated terms count) and coverage: the IDF-weighted share of the
        distinct query terms each document contains (0-1; unseen terms count at the top IDF)."""
        ids = [i for t in terms if (i := self._vocab.get(t)) is not None and self._present[i]]
        n = len(self.keys)
        if n > COMMON_TERMS_MIN_DOCS:
            ids = [i for i in ids if not self._common[i]]
        if not ids or not n:
            return np.zeros(n, dtype=np.float32), np.zeros(n, dtype=np.float32)
        counts = Counter(ids)
        cols = np.fromiter(counts, dtype=np.int64)
        repeats = np.fromiter(counts.values(), dtype=np.float32)
        # The postings of the query's columns, straight from the CSC arrays.
        tf = self._tf
        starts, ends = tf.indptr[cols], tf.indptr[cols + 1]
        sizes = ends - starts
        which = np.repeat(np.arange(len(cols)), sizes)
        offsets = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        positions = np.repeat(starts, sizes) + offsets
        rows, freq = tf.indices[positions], tf.data[positions]
        idf = self.idf[cols]
        weights = idf[which] * freq * (K1 + 1.0) / (freq + self._norm[rows])
        scores = np.bincount(rows, weights=weights * repeats[which], minlength=n)
        total = float(idf.sum()) + (len(set(terms)) - len(cols)) * self._max_idf
        coverage = np.bincount(rows, weights=idf[which], minlength=n) / total
        return scores.astype(np.float32), coverage.astype(np.float32)

    def arrays(self) -> dict[str, np.ndarray]:
        """The index as plain arrays (for saving several indexes in one file)."""
        m = self._tf
        return {
            "keys": np.array(self.keys, dtype=object),
            "vocab": np.array(sorted(self._vocab, key=self._vocab.__getitem__), dtype=object),
            "data": m.data,
            "indices": m.indices,
            "indptr": m.indptr,
            "shape": np.array(m.shape),
        }

    @classmethod
    def from_arrays(cls, z: Mapping[str, Any]) -> LexicalIndex:
        """The inverse of `arrays`."""
        tf = sparse.csc_matrix((z["data"], z["indices"], z["indptr"]), shape=tuple(z["shape"]))
        vocab = {str(t): i for i, t in enumerate(z["vocab"])}
        return cls([str(k) for k in z["keys"]], tf, vocab)


def _tf_matrix(counts: Sequence[Mapping[str, int]], vocab: dict[str, int]) -> sparse.csr_matrix:
    """Term counts as a documents x terms matrix; new terms are added to `vocab`."""
    rows: list[int] = []
    cols: list[int] = []
    tfs: list[int] = []
    for row, counter in enumerate(counts):
        for term, tf in counter.items():
            rows.append(row)
            cols.append(vocab.setdefault(term, len(vocab)))
            tfs.append(tf)
    return sparse.csr_matrix(
        (
            np.asarray(tfs, dtype=np.float32),
            (np.asarray(rows, np.int64), np.asarray(cols, np.int64)),
        ),
        shape=(len(counts), len(vocab)),
    )


@dataclass(frozen=True)
class SavedIndexes:
    """Indexes read back from disk, with the store version and article generations they match."""

    version: int
    indexes: dict[str, LexicalIndex]
    generations: dict[tuple[str, str], str]


def save_indexes(
    path: Path,
    version: int,
    indexes: Mapping[str, LexicalIndex],
    generations: Mapping[tuple[str, str], str],
) -> None:
    """Persist named indexes in one file (atomically), tagged with a store version and the
    generation of every article they hold."""
    tmp = path.with_name(path.name + ".tmp.npz")
    arrays: dict[str, np.ndarray] = {
        "version": np.array([version]),
        "format": np.array([FORMAT]),
        "names": np.array(list(indexes), dtype=object),
        "articles": np.array([f"{s}|{a}" for s, a in generations], dtype=object),
        "generations": np.array(list(generations.values()), dtype=object),
    }
    for name, index in indexes.items():
        arrays.update({f"{name}/{k}": v for k, v in index.arrays().items()})
    np.savez(tmp, **arrays)  # type: ignore[arg-type]
    tmp.replace(path)


def load_indexes(path: Path, names: Sequence[str]) -> SavedIndexes | None:
    """Named indexes as last saved (any version); None when missing, of an old format or broken."""
    try:
        with np.load(path, allow_pickle=True) as z:
            if "format" not in z or int(z["format"][0]) != FORMAT:
                return None
            stored = {str(n) for n in z["names"]}
            if not set(names) <= stored:
                return None
            indexes = {
                name: LexicalIndex.from_arrays(
                    {
                        k: z[f"{name}/{k}"]
                        for k in ("keys", "vocab", "data", "indices", "indptr", "shape")
                    }
                )
                for name in names
            }
            generations = {
                tuple(str(a).split("|", 1)): str(g)
                for a, g in zip(z["articles"], z["generations"], strict=True)
            }
            return SavedIndexes(int(z["version"][0]), indexes, generations)  # type: ignore[arg-type]
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
