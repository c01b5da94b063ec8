"""What every chat-model call shares: notes, prompt formatting, streaming with a deadline."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from langchain_core.messages import BaseMessage

from retrieval.checks import strip_citations
from retrieval.models import Passage, Turn

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger(__name__)

HISTORY_TURNS = 3
HISTORY_ANSWER_CHARS = 400
NOTES = {
    "timeout": {
        "en": "The chat model did not answer in time; showing the extractive answer.",
        "ja": "チャットモデルが時間内に応答しなかったため、抽出型の回答を表示しています。",
    },
    "error": {
        "en": "The chat model failed; showing the extractive answer.",
        "ja": "チャットモデルでエラーが起きたため、抽出型の回答を表示しています。",
    },
    "empty": {
        "en": "The chat model gave an empty answer; showing the extractive answer.",
        "ja": "チャットモデルの回答が空だったため、抽出型の回答を表示しています。",
    },
    "no_passages": {
        "en": "No passage matched the question, so the chat model was not asked.",
        "ja": "質問に合う段落がなかったため、チャットモデルには問い合わせていません。",
    },
    "quote": {
        "en": "A quote could not be verified against the article and was removed.",
        "ja": "記事中に確認できない引用があったため、削除しました。",
    },
    "citation": {
        "en": "Some statements are not supported by the paragraphs they cite (or cite none); "
        "they are marked.",
        "ja": "出典の段落で裏付けられない記述（または出典のない記述）があり、印を付けています。",
    },
    "summary_timeout": {
        "en": "The chat model did not answer in time; showing the extractive summary.",
        "ja": "チャットモデルが時間内に応答しなかったため、抽出型の要約を表示しています。",
    },
    "summary_error": {
        "en": "The chat model failed; showing the extractive summary.",
        "ja": "チャットモデルでエラーが起きたため、抽出型の要約を表示しています。",
    },
    "summary_empty": {
        "en": "The chat model gave an empty summary; showing the extractive summary.",
        "ja": "チャットモデルの要約が空だったため、抽出型の要約を表示しています。",
    },
    "untranslated": {
        "en": "The chat model could not translate the quotes; they are shown as printed.",
        "ja": "チャットモデルで引用を翻訳できなかったため、原文のまま表示しています。",
    },
}


class LLMError(Exception):
    """The chat model gave no usable output; `kind` names the NOTES entry that explains it."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def lang(language: str | None) -> str:
    """'ja' or 'en' (the two languages prompts exist in)."""
    return "ja" if language == "ja" else "en"


def text_of(message: BaseMessage) -> str:
    """A model message's text content."""
    return str(message.text)


def failure_kind(exc: BaseException) -> str:
    """'timeout', 'empty' or 'error' for a failed model call (logged without secrets)."""
    if isinstance(exc, LLMError):
        return exc.kind
    if any("Timeout" in cls.__name__ for cls in type(exc).__mro__):
        kind = "timeout"
    elif isinstance(exc, ValueError) and "no generation chunks" in str(exc).lower():
        kind = "empty"  # LangChain's report of a stream that produced nothing at all
    else:
        kind = "error"
    log.warning(
        "chat model call failed (%s); using the extractive result",
        type(exc).__name__,
        exc_info=kind != "empty",
    )
    return kind


def stream_text(
    model: BaseChatModel, messages: list[BaseMessage], timeout_s: float | None
) -> Iterator[str]:
    """The model's reply as text chunks; TimeoutError once `timeout_s` has passed in all."""
    deadline = time.monotonic() + timeout_s if timeout_s else None
    for chunk in model.stream(messages):
        piece = text_of(chunk)
        if piece:
            yield piece
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError("the streamed reply took longer than the timeout")


_TAG_RE = re.compile(r"<(/?\s*passages?\b)", re.IGNORECASE)


def format_passages(passages: Sequence[Passage]) -> str:
    """Passages as <passage ref="¶N" article=… title=…> blocks, grouped by article in order."""
    order = {aid: i for i, aid in reversed(list(enumerate(p.article_id for p in passages)))}
    blocks = []
    for p in sorted(passages, key=lambda p: (order[p.article_id], p.paragraph)):
        # Article text cannot close the data block: a "<passage" inside it is defanged.
        body = _TAG_RE.sub(r"＜\1", p.text)
        blocks.append(
            f'<passage ref="¶{p.paragraph}" article="{_attr(p.article_id)}" '
            f'title="{_attr(p.article_title)}">\n{body}\n</passage>'
        )
    return "\n".join(blocks)


def format_history(history: Sequence[Turn], language: str) -> str:
    """The last few turns as Q/A lines, answers shortened and stripped of their citations."""
    if not history:
        return "（なし）" if language == "ja" else "(none)"
    lines = []
    for turn in history[-HISTORY_TURNS:]:
        answer = strip_citations(turn.answer.text)
        if len(answer) > HISTORY_ANSWER_CHARS:
            answer = answer[:HISTORY_ANSWER_CHARS] + "…"
        lines.append(f"Q: {turn.question}\nA: {answer}")
    return "\n".join(lines)


def _attr(value: str) -> str:
    return value.replace('"', "'").replace("<", "＜").replace(">", "＞").replace("\n", " ")


def repair(
    model: BaseChatModel,
    messages: list[BaseMessage],
    raw: str,
    failures: Sequence[str],
    language: str,
) -> str:
    """The model's reply once more, told which quotes failed; '' if that call fails."""
    from langchain_core.messages import AIMessage, HumanMessage

    from prompts import load_prompt

    _, user = load_prompt("repair", lang(language)).format(
        failures="\n".join(f"- {q}" for q in failures)
    )
    try:
        return text_of(model.invoke([*messages, AIMessage(raw), HumanMessage(user)]))
    except Exception:
        log.warning("quote repair call failed; removing the unverified quotes", exc_info=True)
        return ""
