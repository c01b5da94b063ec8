"""Answers, by job: `extractive` (sentences from search, with how sure it is), `said` (what a
person said, from the quotes found at ingestion), `metadata` (the original title), `who` (who someone is), `compose`
(the cited answer text) and `messages` (what is said when there is no answer)."""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.answers.extractive import THRESHOLDS, Draft, ExtractiveAnswerer
from retrieval.answers.metadata import original_title
from retrieval.answers.said import what_was_said
from retrieval.answers.who import how_old, who_they_are
from retrieval.models import Answer, Article, Quote, Turn
from retrieval.question import Question
from retrieval.quotes import AboutScorer

__all__ = ["THRESHOLDS", "Draft", "ExtractiveAnswerer", "answer_without_search"]


def answer_without_search(
    question: Question,
    article: Article | None,
    quotes: Sequence[Quote],
    history: Sequence[Turn],
    about_scorer: AboutScorer | None = None,
) -> Answer | None:
    """The answer to a question that needs no search (the original title, what X said, who
    X is, how old X is)."""
    return (
        original_title(question, article)
        or what_was_said(question, article, quotes, history, about_scorer)
        or who_they_are(question, article, quotes)
        or how_old(question, article, quotes)
    )
