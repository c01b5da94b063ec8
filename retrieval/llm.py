"""The chat-model path: build a LangChain chat model, ask it, and check what it says.

Every model answer goes through `retrieval.checks.check_answer`: citations to paragraphs the
model was not given are dropped (their claim is marked unsupported), and a quote that is not
word for word in the passages gets one repair round, then is removed. Any model failure (error,
timeout, empty reply) returns the caller's extractive fallback with a short note instead.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from pydantic import SecretStr

from prompts import load_prompt
from retrieval.checks import CheckedText, check_answer, says_not_covered, strip_citations
from retrieval.models import Answer, Citation, Passage, Turn, UserFacingError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from retrieval.config import EngineSettings

log = logging.getLogger(__name__)

Fallback = Callable[[str], Answer]

# A local OpenAI-compatible server usually ignores the key, but the client insists on one.
PLACEHOLDER_API_KEY = "not-needed"
HISTORY_TURNS = 3
HISTORY_ANSWER_CHARS = 400
MAX_CONDENSED_CHARS = 500
SUMMARY_LENGTHS = {
    "en": {"short": "3 sentences", "medium": "5 sentences", "long": "8 sentences"},
    "ja": {"short": "3文", "medium": "5文", "long": "8文"},
}
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
        "en": "Some statements cited paragraphs the model was not given; they are marked unsupported.",
        "ja": "モデルに渡していない段落を引用した記述があったため、出典なしとして示しています。",
    },
}


class LLMError(Exception):
    """The chat model gave no usable output; the message is a short note safe to show."""


def build_chat_model(settings: EngineSettings) -> BaseChatModel | None:
    """The configured LangChain chat model, or None for LLM_PROVIDER=none."""
    provider = settings.llm_provider
    if provider == "none":
        return None
    if not settings.llm_model:
        raise UserFacingError(f"LLM_PROVIDER={provider} needs LLM_MODEL (the model's name).")
    cls = _chat_class(provider)
    key = settings.llm_api_key
    timeout = settings.llm_timeout_s
    # No client retries: llm_timeout_s then bounds the wait, and the extractive answer is the
    # fallback when a call fails.
    if provider == "openai":
        if key is None and not settings.llm_base_url:
            raise UserFacingError(
                "LLM_PROVIDER=openai needs LLM_API_KEY (or LLM_BASE_URL for an "
                "OpenAI-compatible server)."
            )
        model: BaseChatModel = cls(
            model=settings.llm_model,
            api_key=key or SecretStr(PLACEHOLDER_API_KEY),
            base_url=settings.llm_base_url,
            timeout=timeout,
            max_retries=0,
        )
    elif provider == "anthropic":
        if key is None:
            raise UserFacingError("LLM_PROVIDER=anthropic needs LLM_API_KEY.")
        kwargs: dict[str, Any] = (
            {"base_url": settings.llm_base_url} if settings.llm_base_url else {}
        )
        model = cls(model=settings.llm_model, api_key=key, timeout=timeout, max_retries=0, **kwargs)
    else:
        model = cls(
            model=settings.llm_model,
            base_url=settings.llm_base_url,
            client_kwargs={"timeout": timeout},
        )
    log.info("chat model: %s %s", provider, settings.llm_model)
    return model


def _chat_class(provider: str) -> Any:
    """The provider's chat model class; a missing optional extra becomes a one-line hint."""
    try:
        if provider == "openai":
            from langchain_openai import ChatOpenAI

            return ChatOpenAI
        if provider == "anthropic":
            from langchain_anthropic import ChatAnthropic

            return ChatAnthropic
        from langchain_ollama import ChatOllama

        return ChatOllama
    except ImportError:
        raise UserFacingError(
            f"LLM_PROVIDER={provider} needs the extra: pip install 'newsroom[{provider}]'"
        ) from None


class LLMAnswerer:
    """Answers, summaries and follow-up rewrites from a chat model, checked before they leave."""

    def __init__(self, model: BaseChatModel, *, timeout_s: float | None = None) -> None:
        """Wrap `model`; `timeout_s` also bounds a whole streamed answer, not just each read."""
        self.model = model
        self.timeout_s = timeout_s

    def answer(
        self,
        question: str,
        passages: Sequence[Passage],
        *,
        language: str,
        history: Sequence[Turn] = (),
        fallback: Fallback,
    ) -> Answer:
        """A checked model answer to `question` from `passages`, or fallback(note) on failure."""
        lang = _lang(language)
        if not passages:
            return fallback(NOTES["no_passages"][lang])
        messages = answer_messages(question, passages, lang, history)
        try:
            raw = _text(self.model.invoke(messages))
        except Exception as exc:
            return fallback(_failure_note(exc, lang))
        return self._finish(question, passages, lang, messages, raw, fallback)

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
        lang = _lang(language)
        if not passages:
            yield fallback(NOTES["no_passages"][lang])
            return
        messages = answer_messages(question, passages, lang, history)
        deadline = time.monotonic() + self.timeout_s if self.timeout_s else None
        parts: list[str] = []
        try:
            for chunk in self.model.stream(messages):
                piece = _text(chunk)
                if piece:
                    parts.append(piece)
                    yield piece
                if deadline is not None and time.monotonic() > deadline:
                    raise TimeoutError("the streamed answer took longer than the timeout")
        except Exception as exc:
            # LangChain reports a stream that produced nothing at all as a ValueError.
            if (
                not parts
                and isinstance(exc, ValueError)
                and "no generation chunks" in str(exc).lower()
            ):
                yield fallback(NOTES["empty"][lang])
            else:
                yield fallback(_failure_note(exc, lang))
            return
        yield self._finish(question, passages, lang, messages, "".join(parts), fallback)

    def condense(self, question: str, history: Sequence[Turn], language: str) -> str:
        """`question` rewritten to stand alone given `history`; unchanged on any failure."""
        if not history:
            return question
        lang = _lang(language)
        system, user = load_prompt("condense", lang).format(
            history=format_history(history, lang), question=question
        )
        try:
            raw = _text(self.model.invoke([SystemMessage(system), HumanMessage(user)]))
        except Exception:
            log.warning("condensing the follow-up failed; using it as asked", exc_info=True)
            return question
        lines = [line.strip() for line in raw.strip().splitlines() if line.strip()]
        rewritten = lines[0].strip("\"'“”「」") if lines else ""
        if not rewritten or len(rewritten) > MAX_CONDENSED_CHARS:
            return question
        return rewritten

    def summarize(
        self, article_title: str, passages: Sequence[Passage], *, language: str, length: str
    ) -> tuple[str, CheckedText]:
        """A checked model summary of `passages`; raises LLMError (a showable note) on failure."""
        lang = _lang(language)
        system, user = load_prompt("summary", lang).format(
            title=article_title,
            passages=format_passages(passages),
            length=SUMMARY_LENGTHS[lang].get(length, length),
        )
        try:
            raw = _text(self.model.invoke([SystemMessage(system), HumanMessage(user)])).strip()
        except Exception as exc:
            raise LLMError(_failure_note(exc, lang)) from exc
        if not raw:
            raise LLMError(NOTES["empty"][lang])
        checked = check_answer(raw, passages, language=lang)
        return checked.text.strip(), checked

    def _finish(
        self,
        question: str,
        passages: Sequence[Passage],
        lang: str,
        messages: list[BaseMessage],
        raw: str,
        fallback: Fallback,
    ) -> Answer:
        """Check `raw`, repair failed quotes once, and build the final Answer."""
        if not raw.strip():
            log.warning("chat model returned an empty answer")
            return fallback(NOTES["empty"][lang])
        first = check_answer(raw, passages, language=lang, remove_unverified=False)
        if first.failed_quotes:
            log.info("repairing %d unverified quote(s)", len(first.failed_quotes))
            raw = self._repair(messages, raw, first.failed_quotes, lang) or raw
        checked = check_answer(raw, passages, language=lang, remove_unverified=True)
        notes: list[str] = []
        if checked.failed_quotes:
            notes.append(NOTES["quote"][lang])
        if checked.unsupported:
            notes.append(NOTES["citation"][lang])
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
            language=lang,
            article_id=next(iter(articles)) if len(articles) == 1 else None,
            related=tuple(p for p in passages if p not in checked.cited),
            quotes_checked=checked.quotes_checked,
            unsupported=checked.unsupported,
            notes=tuple(notes),
        )

    def _repair(
        self, messages: list[BaseMessage], raw: str, failures: Sequence[str], lang: str
    ) -> str:
        """The model's answer once more, told which quotes failed; '' if that call fails."""
        _, user = load_prompt("repair", lang).format(failures="\n".join(f"- {q}" for q in failures))
        try:
            return _text(self.model.invoke([*messages, AIMessage(raw), HumanMessage(user)]))
        except Exception:
            log.warning("quote repair call failed; removing the unverified quotes", exc_info=True)
            return ""


def answer_messages(
    question: str, passages: Sequence[Passage], language: str, history: Sequence[Turn] = ()
) -> list[BaseMessage]:
    """The system and user messages for answering `question` from `passages`."""
    system, user = load_prompt("answer", _lang(language)).format(
        question=question,
        passages=format_passages(passages),
        history=format_history(history, _lang(language)),
    )
    return [SystemMessage(system), HumanMessage(user)]


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


def _lang(language: str) -> str:
    return "ja" if language == "ja" else "en"


def _text(message: BaseMessage) -> str:
    return str(message.text)


def _failure_note(exc: BaseException, lang: str) -> str:
    """A short, secret-free note for a failed model call; the details go to the log."""
    timed_out = any("Timeout" in cls.__name__ for cls in type(exc).__mro__)
    log.warning(
        "chat model call failed (%s); using the extractive answer",
        type(exc).__name__,
        exc_info=True,
    )
    return NOTES["timeout" if timed_out else "error"][lang]
