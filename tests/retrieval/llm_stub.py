"""An OpenAI-compatible chat server for tests: scripted replies on 127.0.0.1, a random port.

Usage (a fixture in the test module):

    @pytest.fixture
    def stub() -> Iterator[ChatStub]:
        with running_stub() as server:
            yield server

    stub.script("plain answer", Reply(status=500), Reply("late", delay_s=5))
    stub.script(Reply("streamed slowly", chunk_delay_s=0.05), Reply("cut off", fail_after_chunks=2))
    ChatOpenAI(base_url=stub.base_url, ...)

It serves POST /v1/chat/completions as plain JSON or, for `"stream": true`, as SSE chunks
ending with `data: [DONE]`; a streamed reply can pause between chunks, or fail part-way with
an SSE error event (what OpenAI sends for a server error mid-stream). Each request takes the
next scripted reply and is recorded in `requests` (JSON body) and `headers`; a request with no
reply left gets a 500 and is counted in `unexpected`, which `running_stub` asserts is zero on
exit.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from aiohttp import web


@dataclass(frozen=True)
class Reply:
    """One scripted response: text to answer with, or an HTTP error, after an optional delay."""

    text: str = ""
    status: int = 200
    delay_s: float = 0.0
    chunk_chars: int = 4
    chunk_delay_s: float = 0.0  # streamed: the pause before each chunk after the first
    fail_after_chunks: int | None = None  # streamed: send this many chunks, then a 500 error event


class ChatStub:
    """The server's script and what it was sent."""

    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.unexpected = 0
        self.port = 0
        self._closing: asyncio.Event | None = None

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL (ends in /v1)."""
        return f"http://127.0.0.1:{self.port}/v1"

    def script(self, *replies: Reply | str) -> None:
        """Queue replies, in order, for the next requests."""
        self.replies.extend(r if isinstance(r, Reply) else Reply(r) for r in replies)

    def messages(self, index: int = -1) -> list[dict[str, Any]]:
        """The chat messages of request `index` (the last by default)."""
        return list(self.requests[index]["messages"])

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """POST /v1/chat/completions."""
        body = await request.json()
        self.requests.append(body)
        self.headers.append(dict(request.headers))
        if not self.replies:
            self.unexpected += 1
            return _error(500, "no scripted reply left")
        reply = self.replies.popleft()
        if reply.delay_s and self._closing is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), reply.delay_s)
        if reply.status != 200:
            return _error(reply.status, "stub failure")
        model = body.get("model", "stub-model")
        if not body.get("stream"):
            return web.json_response(_completion(model, reply.text))
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        pieces = [
            reply.text[i : i + reply.chunk_chars]
            for i in range(0, len(reply.text), reply.chunk_chars)
        ]
        for i, piece in enumerate(pieces):
            if i == reply.fail_after_chunks:
                await response.write(_sse(_stream_error(500, "stub failure mid-stream")))
                await response.write_eof()
                return response
            if i and reply.chunk_delay_s:
                await asyncio.sleep(reply.chunk_delay_s)
            delta = {"role": "assistant", "content": piece} if i == 0 else {"content": piece}
            await response.write(_sse(_chunk(model, delta, None)))
        await response.write(_sse(_chunk(model, {}, "stop")))
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        return response


def _error(status: int, message: str) -> web.Response:
    return web.json_response(
        {"error": {"message": message, "type": "server_error", "code": None}}, status=status
    )


def _stream_error(code: int, message: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": "server_error", "code": code}}


def _completion(model: str, text: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _chunk(model: str, delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def _sse(payload: dict[str, Any]) -> bytes:
    return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n".encode()


@contextlib.contextmanager
def running_stub() -> Iterator[ChatStub]:
    """Run a ChatStub on its own event loop thread for the duration of the block."""
    stub = ChatStub()
    loop = asyncio.new_event_loop()
    app = web.Application()
    app.router.add_post("/v1/chat/completions", stub.handle)
    runner = web.AppRunner(app, shutdown_timeout=1.0)

    async def start() -> None:
        stub._closing = asyncio.Event()
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        stub.port = runner.addresses[0][1]

    async def stop() -> None:
        assert stub._closing is not None
        stub._closing.set()
        await runner.cleanup()

    thread = threading.Thread(target=loop.run_forever, name="llm-stub", daemon=True)
    thread.start()
    asyncio.run_coroutine_threadsafe(start(), loop).result(timeout=10)
    try:
        yield stub
    finally:
        asyncio.run_coroutine_threadsafe(stop(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()
    assert stub.unexpected == 0, f"{stub.unexpected} request(s) arrived with no scripted reply"
