"""Summaries written by the chat model, checked like answers, with the extractive one as fallback.

The model gets the article's body paragraphs (or one section's) as numbered passages and is
asked for the requested length and style in the asker's language, every sentence ending with
the paragraphs it rests on. The reply streams as drafts, then goes through the same checks as
an answer: citations only to paragraphs given, quoted spans verbatim (repaired once, then
removed), sentences without a citation and figures or names their paragraphs lack flagged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from prompts import load_prompt
from retrieval.checks import check_answer, cited_sentences
from retrieval.llm.common import NOTES, failure_kind, format_passages, lang, repair, stream_text
from retrieval.models import Article, Passage, Summary, SummarySentence
from retrieval.summarize import LENGTHS, check_options, summary_paragraphs

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger(__name__)

Fallback = Callable[[str], Summary]
MAX_PASSAGES = 60  # a long feature's first 60 paragraphs: the prompt stays a few thousand tokens
LENGTH_WORDS = {"en": "{n} sentences", "ja": "{n}文"}
STYLE_WORDS = {
    "paragraph": {
        "en": "one paragraph of prose",
        "ja": "一段落の文章",
    },
    "bullets": {
        "en": "a bulleted list, one sentence per line, each line starting with '- '",
        "ja": "箇条書き（1行に1文、各行は「- 」で始める）",
    },
}
UNCITED = {
    "en": "The chat model's summary cited no paragraph; showing the extractive summary.",
    "ja": "チャットモデルの要約に出典の段落がなかったため、抽出型の要約を表示しています。",
}


def summary_messages(
    article: Article,
    heading: str | None,
    passages: Sequence[Passage],
    *,
    language: str,
    length: str,
    style: str,
) -> list[BaseMessage]:
    """The system and user messages for summarising `passages` of `article`."""
    code = lang(language)
    title = f"{article.title} — {heading}" if heading else article.title
    system, user = load_prompt("summary", code).format(
        title=title,
        passages=format_passages(passages),
        length=LENGTH_WORDS[code].format(n=LENGTHS[length]),
        style=STYLE_WORDS[style][code],
    )
    return [SystemMessage(system), HumanMessage(user)]


def summary_stream(
    model: BaseChatModel,
    timeout_s: float | None,
    article: Article,
    *,
    language: str,
    length: str,
    style: str,
    section: str | None,
    fallback: Fallback,
) -> Iterator[str | Summary]:
    """Raw text chunks as the model writes, then exactly one Summary: checked, or the fallback.

    Bad options (an unknown length, style or section) raise UserFacingError before the model
    is asked.
    """
    code = lang(language)
    check_options(length, style)
    heading, blocks = summary_paragraphs(article, section)
    passages = [article.passage(b, 0.0) for b in blocks[:MAX_PASSAGES]]
    messages = summary_messages(
        article, heading, passages, language=code, length=length, style=style
    )
    parts: list[str] = []
    try:
        for piece in stream_text(model, messages, timeout_s):
            parts.append(piece)
            yield piece
    except Exception as exc:
        yield fallback(NOTES["summary_" + failure_kind(exc)][code])
        return
    raw = "".join(parts).strip()
    if not raw:
        yield fallback(NOTES["summary_empty"][code])
        return
    first = check_answer(raw, passages, language=code, remove_unverified=False)
    if first.failed_quotes:
        log.info("repairing %d unverified quote(s) in a summary", len(first.failed_quotes))
        raw = repair(model, messages, raw, first.failed_quotes, code).strip() or raw
    checked = check_answer(raw, passages, language=code)
    sentences = tuple(
        SummarySentence(text=text, paragraph=cited[0] if cited else 0, paragraphs=cited)
        for text, cited in cited_sentences(checked.text, passages)
    )
    if not checked.cited or not sentences:
        yield fallback(UNCITED[code])
        return
    notes = [NOTES["quote"][code]] * bool(checked.failed_quotes)
    notes += [NOTES["citation"][code]] * bool(checked.unsupported)
    yield Summary(
        article_id=article.article_id,
        article_title=article.title,
        length=length,
        style=style,
        sentences=sentences,
        section=heading,
        mode="llm",
        language=code,
        quotes_checked=checked.quotes_checked,
        unsupported=checked.unsupported,
        notes=tuple(notes),
    )
