"""The chat-model path: a LangChain chat model behind answers, summaries and translations.

Everything a model writes is checked before it leaves (`retrieval.checks`): citations only to
passages it was given, quoted spans word for word, every claim held to its passage. Any model
failure (error, timeout, empty reply) gives the caller's extractive result with a short note.

- `provider`: the chat model from settings (`init_chat_model`), with the missing-extra hint.
- `answerer`: `LLMAnswerer`, the one object the engine holds: answers (streamed), follow-up
  rewrites, and the summary and translation entry points below.
- `summary`: model summaries of an article or a section, streamed, checked, repaired once.
- `translate`: translations of verified quotes for an asker in another language.
"""

from retrieval.llm.answerer import LLMAnswerer, answer_messages
from retrieval.llm.common import NOTES, LLMError, format_history, format_passages
from retrieval.llm.provider import build_chat_model

__all__ = [
    "NOTES",
    "LLMAnswerer",
    "LLMError",
    "answer_messages",
    "build_chat_model",
    "format_history",
    "format_passages",
]
