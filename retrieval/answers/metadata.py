"""What an article's metadata adds to answers: its original title, cited from its meta block,
and the year and month of the dates its copy leaves incomplete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from retrieval.answers.messages import FULL_DATES, ORIGINAL_TITLE_LEAD
from retrieval.dates import complete_dates
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


def with_full_dates(
    answer: Answer, question: Question, article_of: Callable[[str], Article | None]
) -> Answer:
    """For a question asking when: a note giving each incomplete date in the cited text (19日,
    "on Tuesday") in full, read against its article's date (retrieval/dates.py)."""
    if not question.asks_when or not answer.answerable:
        return answer
    notes: list[str] = []
    for article_id in dict.fromkeys(c.article_id for c in answer.citations):
        article = article_of(article_id)
        if article is None or not article.published:
            continue
        cited = " ".join(c.text for c in answer.citations if c.article_id == article_id)
        found = dict.fromkeys(
            f"{d.written} = {d.date}" for d in complete_dates(cited, article.published)
        )
        if found:
            message = FULL_DATES[question.language]
            notes.append(message.format(published=article.published, dates="; ".join(found)))
    return replace(answer, notes=(*answer.notes, *notes)) if notes else answer
