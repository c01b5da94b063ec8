"""Extractive summaries: central, non-redundant, lead-weighted sentences, verbatim and cited.

Also the material a chat-model summary is written from (`summary_paragraphs`); the model path
itself is `retrieval.llm.summary`, and this summary is its fallback.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from retrieval.lexical import tokenize
from retrieval.models import Article, Block, Summary, SummarySentence, UserFacingError
from retrieval.sentences import split_sentences

log = logging.getLogger(__name__)

Embed = Callable[[list[str]], np.ndarray]

LENGTHS = {"short": 3, "medium": 6, "long": 10}
STYLES = ("paragraph", "bullets")
MIN_SENTENCE_CHARS = 12  # shorter sentences are fragments like 「混乱」 or "だが今週、…"
# A news story front-loads its facts: the share of a sentence's score that comes from its
# position. Short summaries lean hardest on the lead; longer ones spread out over the story.
LEAD_WEIGHT = {"short": 0.6, "medium": 0.4, "long": 0.3}
LEAD_DECAY = 2.0  # after the first two body paragraphs, the position score falls 1/e per two
MMR_LAMBDA = 0.7  # relevance vs. novelty when picking the next sentence
DUPLICATE = 0.6  # a sentence this similar to a chosen one says nothing new: never both
SAME_PARAGRAPH = 0.7  # redundancy charged to a second sentence from an already used paragraph
DAMPING = 0.85  # TextRank
SUBSTANCE_CHARS = 40  # a sentence with this many characters outside quotes is fully "substantive"
_QUOTED = re.compile(r'「[^」]*」|“[^”]*”|"[^"]*"')


@dataclass(frozen=True)
class _Candidate:
    paragraph: int
    order: int  # body-paragraph rank within the summarised span, 0 = the lead
    text: str


def check_options(length: str, style: str) -> None:
    """UserFacingError for a length or style that is not offered."""
    if length not in LENGTHS:
        raise UserFacingError(f"Unknown length {length!r}: use one of {', '.join(LENGTHS)}.")
    if style not in STYLES:
        raise UserFacingError(f"Unknown style {style!r}: use one of {', '.join(STYLES)}.")


def summary_paragraphs(article: Article, section: str | None) -> tuple[str | None, list[Block]]:
    """The heading `section` names (None for the whole article) and its body paragraphs, the
    material a model summary is written from; UserFacingError when there is none."""
    heading = _resolve_section(article, section) if section is not None else None
    current: str | None = None
    blocks: list[Block] = []
    for block in article.blocks:
        if block.kind == "heading":
            current = block.text
        elif block.kind == "paragraph" and (heading is None or current == heading):
            blocks.append(block)
    if not blocks:
        where = f"section {heading!r} of {article.article_id}" if heading else article.article_id
        raise UserFacingError(f"There is nothing to summarise in {where}.")
    return heading, blocks


def summarize(
    article: Article,
    length: str = "short",
    style: str = "paragraph",
    section: str | None = None,
    embed: Embed | None = None,
) -> Summary:
    """An extractive summary of `article` (or one section): verbatim sentences in article order."""
    check_options(length, style)
    heading = _resolve_section(article, section) if section is not None else None
    candidates = _candidates(article, heading)
    if not candidates:
        where = f"section {heading!r} of {article.article_id}" if heading else article.article_id
        raise UserFacingError(f"There is nothing to summarise in {where}.")
    chosen = _select(candidates, LENGTHS[length], LEAD_WEIGHT[length], embed)
    sentences = tuple(
        SummarySentence(text=candidates[i].text, paragraph=candidates[i].paragraph)
        for i in sorted(chosen)
    )
    return Summary(
        article_id=article.article_id,
        article_title=article.title,
        length=length,
        style=style,
        sentences=sentences,
        section=heading,
        language=article.language,
    )


def _resolve_section(article: Article, section: str) -> str:
    """The heading `section` names (compared loosely); UserFacingError listing them otherwise."""
    wanted = _loose(section)
    for heading in article.sections:
        if _loose(heading) == wanted:
            return heading
    if not article.sections:
        raise UserFacingError(f"{article.article_id} has no sections; summarise the whole article.")
    listed = ", ".join(article.sections)
    raise UserFacingError(
        f"{article.article_id} has no section {section!r}. Its sections: {listed}."
    )


def _loose(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def _candidates(article: Article, heading: str | None) -> list[_Candidate]:
    """Sentences of body paragraphs (under `heading` if given); never headings, captions or meta."""
    current: str | None = None
    out: list[_Candidate] = []
    order = 0
    for block in article.blocks:
        if block.kind == "heading":
            current = block.text
            continue
        if block.kind != "paragraph" or (heading is not None and current != heading):
            continue
        for sentence in split_sentences(block.text):
            out.append(_Candidate(block.number, order, sentence.text))
        order += 1
    long_enough = [c for c in out if len(c.text) >= MIN_SENTENCE_CHARS]
    return long_enough or out


def _select(
    candidates: list[_Candidate], k: int, lead_weight: float, embed: Embed | None
) -> list[int]:
    """Indices of the k best sentences: TextRank centrality blended with position, then MMR."""
    n = len(candidates)
    if n <= k:
        return list(range(n))
    texts = [c.text for c in candidates]
    vectors = _embed(texts, embed) if embed is not None else _tfidf(texts)
    sim = _above_baseline(vectors @ vectors.T)
    central = _textrank(sim)
    spread = float(central.max() - central.min()) or 1.0
    central = (central - central.min()) / spread
    position = np.array([math.exp(-max(0, c.order - 1) / LEAD_DECAY) for c in candidates])
    relevance = ((1 - lead_weight) * central + lead_weight * position) * np.array(
        [_substance(t) for t in texts]
    )
    paragraphs = np.array([c.paragraph for c in candidates])
    chosen: list[int] = []
    redundancy = np.zeros(n)
    for _ in range(k):
        score = MMR_LAMBDA * relevance - (1 - MMR_LAMBDA) * redundancy
        score[chosen] = -np.inf
        if np.isfinite(score[redundancy < DUPLICATE]).any():
            score[redundancy >= DUPLICATE] = -np.inf
        best = int(np.argmax(score))
        chosen.append(best)
        same = np.where(paragraphs == paragraphs[best], SAME_PARAGRAPH, 0.0)
        redundancy = np.maximum(redundancy, np.maximum(sim[best], same))
    return chosen


def _substance(text: str) -> float:
    """Down-weights sentences that carry little reporting of their own.

    「その時が来た」とトランプ氏は述べた。 is an attribution around a short quote; the sentence
    that states what happened says more in a three-sentence summary. 1.0 for 40+ characters of
    the reporter's own words, down to 0.6 for none.
    """
    own = len(_QUOTED.sub("", text))
    return 0.6 + 0.4 * min(1.0, own / SUBSTANCE_CHARS)


def _above_baseline(raw: np.ndarray) -> np.ndarray:
    """Similarities rescaled so the article's typical pair is 0 and a duplicate is 1.

    Embedding models put any two sentences of one article at cosine ~0.85, bigram TF-IDF near
    0.05; measuring from the median makes DUPLICATE and MMR mean the same thing for both.
    """
    n = raw.shape[0]
    off = raw[~np.eye(n, dtype=bool)]
    base = float(np.median(off)) if off.size else 0.0
    base = min(max(base, 0.0), 0.95)
    sim = np.clip((raw - base) / (1.0 - base), 0.0, 1.0)
    np.fill_diagonal(sim, 0.0)
    return sim


def _embed(texts: list[str], embed: Embed) -> np.ndarray:
    """One call to the (possibly slow) embedding model; rows re-normalised to be safe."""
    vectors = np.asarray(embed(texts), dtype=np.float64)
    if vectors.shape[0] != len(texts):
        raise ValueError(f"embed returned {vectors.shape[0]} vectors for {len(texts)} texts")
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


def _tfidf(texts: list[str]) -> np.ndarray:
    """L2-normalised TF-IDF rows over character bigrams (Japanese) and words (Latin script)."""
    counts = [Counter(tokenize(t)) for t in texts]
    vocab: dict[str, int] = {}
    for c in counts:
        for term in c:
            vocab.setdefault(term, len(vocab))
    matrix = np.zeros((len(texts), max(len(vocab), 1)))
    df = Counter(term for c in counts for term in c)
    n = len(texts)
    for row, c in enumerate(counts):
        for term, tf in c.items():
            matrix[row, vocab[term]] = (1 + math.log(tf)) * math.log((1 + n) / (1 + df[term]))
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)


def _textrank(sim: np.ndarray, iterations: int = 50) -> np.ndarray:
    """PageRank over the sentence-similarity graph."""
    n = sim.shape[0]
    out_weight = sim.sum(axis=1, keepdims=True)
    transition = np.where(out_weight > 0, sim / np.where(out_weight == 0, 1.0, out_weight), 1.0 / n)
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        new = (1 - DAMPING) / n + DAMPING * transition.T @ rank
        if np.abs(new - rank).sum() < 1e-9:
            return new
        rank = new
    return rank
