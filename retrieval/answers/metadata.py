"""Answers read from an article's metadata: its original title, cited from its meta block."""

from __future__ import annotations

from retrieval.answers.messages import ORIGINAL_TITLE_LEAD
from retrieval.models import Answer, Article, Citation
from retrieval.question import Question


def original_title(question: Question, article: Article | None) -> Answer | None:
    """The article's original title when that is what is asked and the article has one."""
    if question.intent != "original_title" or article is None or not article.original_title:
        return None
    title = article.original_title
    block = next((b for b in article.blocks if b.kind == "meta" and title in b.text), None)
    if block is None:
        return None
    return Answer(
        question=question.standalone,
        text=f"{ORIGINAL_TITLE_LEAD[question.language]} {title} [¶{block.number}]",
        answerable=True,
        citations=(
            Citation(article.article_id, article.title, block.number, title, 1.0, block.section),
        ),
        language=question.language,
        article_id=article.article_id,
    )
