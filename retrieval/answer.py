"""Extractive answers: the sentences that answer the question, verbatim, each marked [¶N].

Sentences are scored by the question's similarity to each candidate sentence (the sentence
vectors were computed at ingestion and are cached), plus its word overlap with the question
and the rank of its passage. Whether to answer at all is decided on the same scores, with a
threshold calibrated on answerable and unanswerable questions (bench/seed_eval.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from retrieval.index import passage_context
from retrieval.lexical import tokenize
from retrieval.models import Answer, Citation, Passage, Turn, detect_language
from retrieval.search import ScoredPassage
from retrieval.sentences import split_sentences

EmbedFn = Callable[[list[str]], np.ndarray]

CANDIDATE_PASSAGES = 4
MAX_SENTENCES = 3
# Calibrated on the seed article's answerable / unanswerable questions (bench/seed_eval.py).
ANSWERABLE_THRESHOLD = 0.84
SECOND_SENTENCE_MARGIN = 0.035
LEXICAL_BONUS = 0.08
RANK_PENALTY = 0.01
MIN_SENTENCE_CHARS = 8

NOT_IN_ARTICLE = {"ja": "記事には書かれていません。", "en": "The article does not say."}
EN_LEAD_IN = "From the Japanese original:"

_PRONOUNS_JA = re.compile(r"(彼女|彼ら|彼|同氏|その人|この人|その人物)")
_PRONOUNS_EN = re.compile(r"\b(he|she|him|her|they|them|his|hers|their)\b", re.IGNORECASE)
_NAME_JA = re.compile(
    r"([ァ-ヴー・]{2,}|[一-龥]{2,4})(氏|大統領|国務長官|報道官|外相|特使|上級研究員|副大統領|首相|長官)"
)


@dataclass(frozen=True)
class Candidate:
    """One sentence of a retrieved passage with its score."""

    passage: Passage
    start: int
    end: int
    text: str
    score: float


class ExtractiveAnswerer:
    """Builds answers from retrieved passages without a language model."""

    def __init__(self, embed_passages: EmbedFn) -> None:
        self._embed = embed_passages

    def resolve_follow_up(
        self, question: str, history: Sequence[Turn], article: str | None
    ) -> tuple[str, str | None]:
        """Rewrite a follow-up into a standalone question and inherit the earlier article."""
        if not history:
            return question, article
        last = history[-1]
        article = article or last.answer.article_id or _single_article(last.answer)
        name = _last_person(history)
        if name is None:
            return question, article
        if _PRONOUNS_JA.search(question):
            return _PRONOUNS_JA.sub(name, question, count=1), article
        if _PRONOUNS_EN.search(question):
            return _PRONOUNS_EN.sub(name, question, count=1), article
        return question, article

    def answer(
        self,
        question: str,
        standalone: str,
        hits: Sequence[ScoredPassage],
        passages: Sequence[Passage],
        query_vector: np.ndarray,
        article: str | None,
    ) -> Answer:
        """The extractive answer to `question` from the ranked passages."""
        language = detect_language(question)
        candidates = self.candidates(standalone, hits, passages, query_vector)
        best = candidates[0].score if candidates else 0.0
        if not candidates or best < ANSWERABLE_THRESHOLD:
            return Answer(
                question=question,
                text=NOT_IN_ARTICLE[language],
                answerable=False,
                citations=(),
                language=language,
                article_id=article,
                related=tuple(passages[:3]),
            )
        chosen = [candidates[0]]
        for c in candidates[1:]:
            if len(chosen) >= MAX_SENTENCES or c.score < best - SECOND_SENTENCE_MARGIN:
                break
            if any(_overlaps(c, o) for o in chosen):
                continue
            chosen.append(c)
        chosen.sort(key=lambda c: (passages.index(c.passage), c.start))
        body_lang = detect_language(" ".join(c.text for c in chosen))
        joiner = "" if body_lang == "ja" else " "
        text = joiner.join(f"{c.text} [¶{c.passage.paragraph}]" for c in chosen)
        if language == "en" and body_lang == "ja":
            text = f"{EN_LEAD_IN} {text}"
        citations = _citations(chosen)
        ids = {c.article_id for c in citations}
        return Answer(
            question=question,
            text=text,
            answerable=True,
            citations=citations,
            language=language,
            article_id=article or (next(iter(ids)) if len(ids) == 1 else None),
            related=tuple(passages[:3]),
        )

    def candidates(
        self,
        question: str,
        hits: Sequence[ScoredPassage],
        passages: Sequence[Passage],
        query_vector: np.ndarray,
    ) -> list[Candidate]:
        """Every sentence of the top passages, scored and sorted best first."""
        raw: list[tuple[Passage, int, int, str, float]] = []
        q_tokens = set(tokenize(question))
        for rank, (hit, passage) in enumerate(
            zip(hits[:CANDIDATE_PASSAGES], passages, strict=False)
        ):
            for s in split_sentences(passage.text):
                if len(s.text) < MIN_SENTENCE_CHARS:
                    continue
                raw.append((passage, s.start, s.end, s.text, rank * RANK_PENALTY - 0.0 * hit.score))
        if not raw:
            return []
        texts = [_embed_text(p, t) for p, _, _, t, _ in raw]
        sims = self._embed(texts) @ query_vector
        out = []
        for (passage, start, end, text, penalty), sim in zip(raw, sims, strict=True):
            overlap = _overlap(q_tokens, text)
            out.append(
                Candidate(passage, start, end, text, float(sim) + LEXICAL_BONUS * overlap - penalty)
            )
        out.sort(key=lambda c: -c.score)
        return out


def _embed_text(passage: Passage, sentence: str) -> str:
    """The same text the index embedded for this sentence, so its cached vector is reused."""
    return f"{passage_context(passage.article_title, passage.section, passage.kind)}: {sentence}"


def _overlap(q_tokens: set[str], text: str) -> float:
    if not q_tokens:
        return 0.0
    return len(q_tokens & set(tokenize(text))) / len(q_tokens)


def _overlaps(a: Candidate, b: Candidate) -> bool:
    if a.passage.paragraph != b.passage.paragraph or a.passage.article_id != b.passage.article_id:
        return a.text == b.text
    return a.start < b.end and b.start < a.end


def _citations(chosen: Sequence[Candidate]) -> tuple[Citation, ...]:
    out: list[Citation] = []
    for c in chosen:
        out.append(
            Citation(
                article_id=c.passage.article_id,
                article_title=c.passage.article_title,
                paragraph=c.passage.paragraph,
                text=c.text,
                score=round(c.score, 4),
                section=c.passage.section,
            )
        )
    return tuple(out)


def _single_article(answer: Answer) -> str | None:
    ids = {c.article_id for c in answer.citations}
    return next(iter(ids)) if len(ids) == 1 else None


def _last_person(history: Sequence[Turn]) -> str | None:
    """The person the conversation was last about: named in the last question, else its answer."""
    for turn in reversed(history):
        for text in (turn.question, turn.answer.text):
            names = _NAME_JA.findall(text)
            if names:
                return "".join(names[0])
            english = re.findall(
                r"\b(?:Mr|Ms|Mrs|Dr)\.? ([A-Z][a-z]+)|\b([A-Z][a-z]+)(?='s| said)", text
            )
            if english:
                return next(n for pair in english for n in pair if n)
    return None
