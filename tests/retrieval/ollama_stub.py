"""A stub of Ollama's chat API (POST /api/chat) for the real ChatOllama client.

A whole reply is one JSON object with `"done": true`; a streamed one is newline-delimited
JSON, one object per piece of text with `"done": false`, then a last `"done": true` object
with the stop reason and timings; a failure part-way is a line holding `"error"` (what the
server writes when a model crashes mid-generation). Script and recording: `llm_stub.ChatStub`.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from tests.retrieval.llm_stub import ChatStub

CREATED = "2026-01-01T00:00:00Z"


class OllamaStub(ChatStub):
    """Ollama's /api/chat on 127.0.0.1."""

    PATH = "/api/chat"
    STREAM_TYPE = "application/x-ndjson"

    @property
    def base_url(self) -> str:
        """The server root, as OLLAMA_HOST / LLM_BASE_URL would give it."""
        return f"http://127.0.0.1:{self.port}"

    def streamed(self, index: int = -1) -> bool:
        """Ollama streams unless the request says `"stream": false`."""
        return self.requests[index].get("stream", True) is not False

    def error(self, status: int, message: str) -> web.Response:
        """An HTTP error (the client raises ResponseError from it)."""
        return web.json_response({"error": message}, status=status)

    def complete(self, model: str, text: str) -> dict[str, Any]:
        """A whole reply."""
        return _done(model, text)

    def stream_piece(self, model: str, piece: str, *, first: bool) -> bytes:
        """One line of streamed text."""
        return _line(
            {
                "model": model,
                "created_at": CREATED,
                "message": {"role": "assistant", "content": piece},
                "done": False,
            }
        )

    def stream_error(self, message: str) -> bytes:
        """An error line part-way through a stream."""
        return _line({"error": message})

    def stream_end(self, model: str) -> bytes:
        """The closing line with the stop reason and timings."""
        return _line(_done(model, ""))


def _done(model: str, text: str) -> dict[str, Any]:
    return {
        "model": model,
        "created_at": CREATED,
        "message": {"role": "assistant", "content": text},
        "done": True,
        "done_reason": "stop",
        "total_duration": 1,
        "load_duration": 1,
        "prompt_eval_count": 1,
        "prompt_eval_duration": 1,
        "eval_count": 1,
        "eval_duration": 1,
    }


def _line(payload: dict[str, Any]) -> bytes:
    return (json.dumps(payload, ensure_ascii=False) + "\n").encode()
