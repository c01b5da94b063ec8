"""Answers from a chat model: streamed as written, then checked, repaired once, and flagged."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from prompts import load_prompt
from retrieval.checks import check_answer, says_not_covered
from retrieval.llm.common import (
    NOTES,
    failure_kind,
    format_history,
    format_passages,
    lang,
    repair,
    stream_text,
    text_of,
)
from retrieval.llm.summary import summary_stream
from retrieval.llm.translate import translate_citations, translate_quotes
from retrieval.models import Answer, Article, Citation, Passage, Quote, Summary, Turn

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger(__name__)

Fallback = Callable[[str], Answer]
MAX_CONDENSED_CHARS = 500


class LLMAnswerer:
    """Answers, summaries, translations and follow-up rewrites from one chat model."""

    def __init__(self, model: BaseChatModel, *, timeout_s: float | None = None) -> None:
        """Wrap `model`; `timeout_s` also bounds a whole streamed reply, not just each read."""
        self.model = model
        self.timeout_s = timeout_s

    def stream(
        self,
        question: str,
        passages: Sequence[Passage],
        *,
        language: str,
        history: Sequence[Turn] = (),
        fallback: Fallback,
    ) -> Iterator[str | Answer]:
        """Yield raw text chunks as they arrive, then exactly one checked Answer."""
        code = lang(language)
        if not passages:
            yield fallback(NOTES["no_passages"][code])
            return
        messages = answer_messages(question, passages, code, history)
        parts: list[str] = []
        try:
            for piece in stream_text(self.model, messages, self.timeout_s):
                parts.append(piece)
                yield piece
        except Exception as exc:
            yield fallback(NOTES[failure_kind(exc)][code])
            return
        yield self._finish(question, passages, code, messages, "".join(parts), fallback)

    def condense(self, question: str, history: Sequence[Turn], language: str) -> str:
        """`question` rewritten to stand alone given `history`; unchanged on any failure."""
        if not history:
            return question
        code = lang(language)
        system, user = load_prompt("condense", code).format(
            history=format_history(history, code), question=question
        )
        try:
            raw = text_of(self.model.invoke([SystemMessage(system), HumanMessage(user)]))
        except Exception:
            log.warning("condensing the follow-up failed; using it as asked", exc_info=True)
            return question
        lines = [line.strip() for line in raw.strip().splitlines() if line.strip()]
        rewritten = lines[0].strip("\"'“”「」") if lines else ""
        if not rewritten or len(rewritten) > MAX_CONDENSED_CHARS:
            return question
        return rewritten

    def summary_stream(
        self,
        article: Article,
        *,
        language: str,
        length: str,
        style: str,
        section: str | None,
        fallback: Callable[[str], Summary],
    ) -> Iterator[str | Summary]:
        """A model summary: raw chunks, then one checked Summary (or fallback(note))."""
        return summary_stream(
            self.model,
            self.timeout_s,
            article,
            language=language,
            length=length,
            style=style,
            section=section,
            fallback=fallback,
        )

    def translate_quotes(self, quotes: Sequence[Quote], language: str) -> list[Quote]:
        """`quotes` with a translation into `language` for each one written in another."""
        return translate_quotes(self.model, quotes, language)

    def translate_citations(self, answer: Answer) -> Answer:
        """An extractive answer whose citations in another language carry a translation."""
        return translate_citations(self.model, answer)

    def _finish(
        self,
        question: str,
        passages: Sequence[Passage],
        code: str,
        messages: list[BaseMessage],
        raw: str,
        fallback: Fallback,
    ) -> Answer:
        """Check `raw`, repair failed quotes once, and build the final Answer."""
        if not raw.strip():
            log.warning("chat model returned an empty answer")
            return fallback(NOTES["empty"][code])
        first = check_answer(raw, passages, language=code, remove_unverified=False)
        if first.failed_quotes:
            log.info("repairing %d unverified quote(s)", len(first.failed_quotes))
            raw = repair(self.model, messages, raw, first.failed_quotes, code) or raw
        checked = check_answer(raw, passages, language=code, remove_unverified=True)
        notes: list[str] = []
        if checked.failed_quotes:
            notes.append(NOTES["quote"][code])
        if checked.unsupported:
            notes.append(NOTES["citation"][code])
        text = checked.text.strip()
        articles = {p.article_id for p in passages}
        return Answer(
            question=question,
            text=text,
            answerable=bool(checked.cited) and not says_not_covered(text),
            citations=tuple(
                Citation(p.article_id, p.article_title, p.paragraph, p.text, p.score, p.section)
                for p in checked.cited
            ),
            mode="llm",
            language=code,
            article_id=next(iter(articles)) if len(articles) == 1 else None,
            related=tuple(p for p in passages if p not in checked.cited),
            quotes_checked=checked.quotes_checked,
            unsupported=checked.unsupported,
            notes=tuple(notes),
        )


def answer_messages(
    question: str, passages: Sequence[Passage], language: str, history: Sequence[Turn] = ()
) -> list[BaseMessage]:
    """The system and user messages for answering `question` from `passages`."""
    system, user = load_prompt("answer", lang(language)).format(
        question=question,
        passages=format_passages(passages),
        history=format_history(history, lang(language)),
    )
    return [SystemMessage(system), HumanMessage(user)]
