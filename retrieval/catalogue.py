"""The lexical side of search: BM25 indexes over every live passage and sentence.

`LexicalCatalogue` holds the indexes (character bigrams, SudachiPy words of passages and of
sentences, and the English JMdict gives for a Japanese passage's words, which an English
question's words are looked for in) with each row's scope, article, paragraph and language,
rebuilt from the articles' cached tokens when the store's version changes
(search.HybridSearcher decides when).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from retrieval.bilingual import passage_glosses
from retrieval.embedded import passage_context
from retrieval.lexical import LexicalIndex, tokenize, words
from retrieval.sentences import split_sentences
from retrieval.store import ArticleStore


@dataclass(frozen=True)
class ArticleTokens:
    """An article's tokenized passages and sentences, reused while its generation is live."""

    keys: list[str]
    bigrams: list[Counter[str]]
    words: list[Counter[str]]
    sentence_keys: list[str]
    sentence_words: list[Counter[str]]
    # The English words JMdict gives for a Japanese passage's words (bilingual.passage_glosses);
    # empty for an English passage.
    glosses: list[Counter[str]]


class LexicalCatalogue:
    """The lexical indexes over every live passage, with per-passage scope/article/language."""

    def __init__(
        self,
        indexes: dict[str, LexicalIndex],
        store: ArticleStore,
        generations: dict[tuple[str, str], str],
    ):
        self.indexes = indexes
        self.generations = generations  # the article versions these indexes hold
        keys = indexes["bigram"].keys
        parts = [k.split("|") for k in keys]
        self.scopes = np.array([p[0] for p in parts], dtype=object)
        self.articles = np.array([p[1] for p in parts], dtype=object)
        self.paragraphs = np.array([int(p[2]) for p in parts], dtype=np.int32)
        entries = {(e.scope, e.article_id): e.language for e in store.entries()}
        self.languages = np.array([entries.get((p[0], p[1]), "ja") for p in parts], dtype=object)
        self.row = {(p[0], p[1], int(p[2])): i for i, p in enumerate(parts)}
        # Each passage's article as a number (0..), for evidence that counts per article.
        _, self.article_of = np.unique(
            np.array([f"{p[0]}|{p[1]}" for p in parts], dtype=object), return_inverse=True
        )
        # Each article's lead, where news copy puts the main facts: its first paragraph of body
        # text (not a photo caption or a subhead set before it), else its first passage.
        first = np.full(int(self.article_of.max()) + 1 if len(parts) else 0, np.iinfo(np.int32).max)
        np.minimum.at(first, self.article_of, self.paragraphs)
        leads = {(e.scope, e.article_id): e.lead for e in store.entries()}
        lead = np.array(
            [leads.get((p[0], p[1])) or first[self.article_of[i]] for i, p in enumerate(parts)],
            dtype=np.int64,
        )
        self.is_lead = self.paragraphs == lead if len(parts) else np.zeros(0, bool)
        row_of = {k: i for i, k in enumerate(keys)}
        self.sentence_owner = np.array(
            [row_of[k.rsplit("|", 1)[0]] for k in indexes["word_sentence"].keys], dtype=np.int64
        )

        # Sentence rows are stored passage by passage, so each passage's are one run.
        owner = self.sentence_owner
        self._starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]]) if len(owner) else owner
        self._masks: dict[tuple[tuple[str, ...], str, str | None], np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.paragraphs)

    def mask(self, scopes: tuple[str, ...], language: str, article_id: str | None) -> np.ndarray:
        """Passages in `scopes` (and `article_id`) whose article is in `language`."""
        key = (scopes, language, article_id)
        if key not in self._masks:
            mask = np.isin(self.scopes, list(scopes)) & (self.languages == language)
            if article_id is not None:
                mask &= self.articles == article_id
            if len(self._masks) > 256:
                self._masks.clear()
            self._masks[key] = mask
        return self._masks[key]

    def per_passage(self, sentence_values: np.ndarray) -> np.ndarray:
        """The best of each passage's sentence values (0 for a passage without sentences)."""
        out = np.zeros(len(self), dtype=np.float32)
        if len(self._starts):
            best = np.maximum.reduceat(sentence_values, self._starts)
            out[self.sentence_owner[self._starts]] = best
        return out

    @classmethod
    def build(
        cls,
        store: ArticleStore,
        base: LexicalCatalogue | None = None,
        cache: dict[tuple[str, str, str], ArticleTokens] | None = None,
    ) -> LexicalCatalogue:
        """Index every live passage of every scope. With a `base` (the indexes of an earlier
        version), its articles still live at the same generation are kept as they are and only
        the others are tokenized and appended; the result scores exactly like a full build."""
        cache = {} if cache is None else cache
        live = {(e.scope, e.article_id): e.generation for e in store.entries()}
        kept = (
            {a for a, g in base.generations.items() if live.get(a) == g}
            if base is not None
            else set()
        )
        parts: list[ArticleTokens] = []
        for (scope, article_id), generation in live.items():
            if (scope, article_id) in kept:
                continue
            tag = (scope, article_id, generation)
            if tag not in cache:
                cache[tag] = tokenize_article(store, scope, article_id)
            parts.append(cache[tag])
        if base is not None and not parts and len(kept) == len(base.generations):
            return cls(base.indexes, store, live)  # nothing changed
        current = {(s, a, g) for (s, a), g in live.items()}
        for tag in set(cache) - current:
            del cache[tag]
        keys = [k for p in parts for k in p.keys]
        sentence_keys = [k for p in parts for k in p.sentence_keys]
        new_counts = {
            "bigram": (keys, [c for p in parts for c in p.bigrams]),
            "word": (keys, [c for p in parts for c in p.words]),
            "word_sentence": (sentence_keys, [c for p in parts for c in p.sentence_words]),
            "gloss": (keys, [c for p in parts for c in p.glosses]),
        }
        if base is None:
            indexes = {
                name: LexicalIndex.from_counts(k, counts)
                for name, (k, counts) in new_counts.items()
            }
        else:
            passage_keep = np.fromiter(
                ((s, a) in kept for s, a in zip(base.scopes, base.articles, strict=True)),
                dtype=bool,
                count=len(base),
            )
            sentence_keep = passage_keep[base.sentence_owner]
            indexes = {
                name: base.indexes[name].updated(
                    sentence_keep if name == "word_sentence" else passage_keep, k, counts
                )
                for name, (k, counts) in new_counts.items()
            }
        return cls(indexes, store, live)


def top_indices(values: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k largest values, largest first (partial sort: the corpus can be large)."""
    if len(values) > k:
        part = np.argpartition(-values, k - 1)[:k]
        return part[np.argsort(-values[part], kind="stable")]
    return np.argsort(-values, kind="stable")


def tokenize_article(store: ArticleStore, scope: str, article_id: str) -> ArticleTokens:
    article = store.article(scope, article_id)
    out = ArticleTokens([], [], [], [], [], [])
    japanese = article.language == "ja"
    for block in article.passages:
        key = f"{scope}|{article_id}|{block.number}"
        context = passage_context(article.title, block.section, block.kind)
        text = f"{context} {block.text}"
        out.keys.append(key)
        out.bigrams.append(Counter(tokenize(text)))
        passage_words = words(text)
        out.words.append(Counter(passage_words))
        out.glosses.append(passage_glosses(passage_words) if japanese else Counter())
        context_words = words(context)
        for j, sentence in enumerate(split_sentences(block.text) or ()):
            out.sentence_keys.append(f"{key}|{j}")
            out.sentence_words.append(Counter(context_words + words(sentence.text)))
    return out
