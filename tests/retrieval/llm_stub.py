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
exit. Instead of a script, `responder` may compute each reply from the request (the
adversarial model in `adversary.py`).

The other providers' wire protocols subclass `ChatStub` (`anthropic_stub.py`,
`ollama_stub.py`): each says where it listens (`PATH`), how its requests hold the chat
messages, and how it writes a reply; the script, the recording and the server are shared.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

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
    """The server's script and what it was sent (OpenAI's chat completions protocol)."""

    PATH = "/v1/chat/completions"

    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.unexpected = 0
        self.port = 0
        self.responder: Callable[[list[dict[str, Any]]], Reply] | None = None
        self._closing: asyncio.Event | None = None

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL (ends in /v1)."""
        return f"http://127.0.0.1:{self.port}/v1"

    def script(self, *replies: Reply | str) -> None:
        """Queue replies, in order, for the next requests."""
        self.replies.extend(r if isinstance(r, Reply) else Reply(r) for r in replies)

    def messages(self, index: int = -1) -> list[dict[str, Any]]:
        """The chat messages of request `index` (the last by default), as role/content pairs."""
        return list(self.requests[index]["messages"])

    def streamed(self, index: int = -1) -> bool:
        """Whether request `index` asked for a streamed reply."""
        return bool(self.requests[index].get("stream"))

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """POST PATH: the next scripted reply, in this protocol."""
        body = await request.json()
        self.requests.append(body)
        self.headers.append(dict(request.headers))
        if self.responder is not None:
            reply = self.responder(self.messages())
        elif self.replies:
            reply = self.replies.popleft()
        else:
            self.unexpected += 1
            return self.error(500, "no scripted reply left")
        if reply.delay_s and self._closing is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), reply.delay_s)
        if reply.status != 200:
            return self.error(reply.status, "stub failure")
        model = body.get("model", "stub-model")
        if not self.streamed():
            return web.json_response(self.complete(model, reply.text))
        response = web.StreamResponse(headers={"Content-Type": self.STREAM_TYPE})
        await response.prepare(request)
        pieces = [
            reply.text[i : i + reply.chunk_chars]
            for i in range(0, len(reply.text), reply.chunk_chars)
        ]
        await response.write(self.stream_start(model))
        for i, piece in enumerate(pieces):
            if i == reply.fail_after_chunks:
                await response.write(self.stream_error("stub failure mid-stream"))
                await response.write_eof()
                return response
            if i and reply.chunk_delay_s:
                await asyncio.sleep(reply.chunk_delay_s)
            await response.write(self.stream_piece(model, piece, first=i == 0))
        await response.write(self.stream_end(model))
        await response.write_eof()
        return response

    # --- the protocol: OpenAI chat completions ------------------------------------------------

    STREAM_TYPE = "text/event-stream"

    def error(self, status: int, message: str) -> web.Response:
        """An HTTP error response."""
        return _error(status, message)

    def complete(self, model: str, text: str) -> dict[str, Any]:
        """A whole (non-streamed) reply."""
        return _completion(model, text)

    def stream_start(self, model: str) -> bytes:
        """What a streamed reply opens with."""
        return b""

    def stream_piece(self, model: str, piece: str, *, first: bool) -> bytes:
        """One chunk of streamed text."""
        delta = {"role": "assistant", "content": piece} if first else {"content": piece}
        return _sse(_chunk(model, delta, None))

    def stream_error(self, message: str) -> bytes:
        """A server error in the middle of a stream."""
        return _sse(_stream_error(500, message))

    def stream_end(self, model: str) -> bytes:
        """What a streamed reply ends with."""
        return _sse(_chunk(model, {}, "stop")) + b"data: [DONE]\n\n"


StubT = TypeVar("StubT", bound=ChatStub)


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
def running_stub(kind: type[StubT] = ChatStub) -> Iterator[StubT]:  # type: ignore[assignment]
    """Run a stub of `kind` on its own event loop thread for the duration of the block."""
    stub = kind()
    loop = asyncio.new_event_loop()
    app = web.Application()
    app.router.add_post(stub.PATH, stub.handle)
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


def slowly(text: str, **kwargs: Any) -> Reply:
    """A streamed reply in 6-character chunks with a short pause before each."""
    return Reply(text, chunk_chars=6, chunk_delay_s=0.04, **kwargs)
