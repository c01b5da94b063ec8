"""A stub of Anthropic's Messages API (POST /v1/messages) for the real ChatAnthropic client.

A whole reply is one `message` object; a streamed one is the SSE event sequence the API sends
(message_start, content_block_start, content_block_delta × n, content_block_stop,
message_delta, message_stop), and a failure part-way is an `error` event. Requests keep the
system prompt apart from the messages; `messages()` puts it back in front as a "system" turn
so tests read every protocol's requests alike. Script and recording: `llm_stub.ChatStub`.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from tests.retrieval.llm_stub import ChatStub


class AnthropicStub(ChatStub):
    """Anthropic's Messages API on 127.0.0.1."""

    PATH = "/v1/messages"

    @property
    def base_url(self) -> str:
        """The API root the Anthropic SDK appends /v1/messages to."""
        return f"http://127.0.0.1:{self.port}"

    def messages(self, index: int = -1) -> list[dict[str, Any]]:
        """The request's system prompt and messages as role/content pairs of plain text."""
        body = self.requests[index]
        turns = [{"role": "system", "content": _text(body["system"])}] if body.get("system") else []
        return turns + [
            {"role": m["role"], "content": _text(m["content"])} for m in body["messages"]
        ]

    def error(self, status: int, message: str) -> web.Response:
        """An API error (the SDK raises e.g. InternalServerError from it)."""
        return web.json_response(
            {"type": "error", "error": {"type": "api_error", "message": message}}, status=status
        )

    def complete(self, model: str, text: str) -> dict[str, Any]:
        """A whole message."""
        return {
            **_message(model),
            "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn",
        }

    def stream_start(self, model: str) -> bytes:
        """message_start and the text block's start."""
        return _event(
            "message_start", {"type": "message_start", "message": _message(model)}
        ) + _event(
            "content_block_start",
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {"type": "text", "text": ""},
            },
        )

    def stream_piece(self, model: str, piece: str, *, first: bool) -> bytes:
        """One text delta."""
        return _event(
            "content_block_delta",
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "text_delta", "text": piece},
            },
        )

    def stream_error(self, message: str) -> bytes:
        """The error event the API sends when it fails mid-stream (overloaded, server error)."""
        return _event(
            "error", {"type": "error", "error": {"type": "api_error", "message": message}}
        )

    def stream_end(self, model: str) -> bytes:
        """The block's stop, the stop reason and usage, and message_stop."""
        return (
            _event("content_block_stop", {"type": "content_block_stop", "index": 0})
            + _event(
                "message_delta",
                {
                    "type": "message_delta",
                    "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                    "usage": {"output_tokens": 1},
                },
            )
            + _event("message_stop", {"type": "message_stop"})
        )


def _message(model: str) -> dict[str, Any]:
    return {
        "id": "msg_stub",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 0},
    }


def _text(content: str | list[dict[str, Any]]) -> str:
    if isinstance(content, str):
        return content
    return "".join(block.get("text", "") for block in content)


def _event(name: str, payload: dict[str, Any]) -> bytes:
    return f"event: {name}\ndata: {json.dumps(payload, ensure_ascii=False)}\n\n".encode()
