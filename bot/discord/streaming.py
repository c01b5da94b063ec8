"""Streamed answers and summaries: drafts edited into one message as the model writes, then
the checked result.

The engine's `ask_stream` (or `summarize_stream`) is a synchronous iterator, so it runs in a worker thread (within the
bot's concurrency limit) and hands each text chunk to the event loop through a queue. A second
task edits the message with the text so far, at most once per `interval` seconds (Discord's
edit rate). When the engine's final, checked Answer (or Summary) arrives, that task is stopped
and it replaces the draft: what remains is always the checked text, never the raw model text.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any, Protocol, TypeVar

import discord

from bot.discord.client import NO_MENTIONS
from bot.discord.render import draft_message, pack_embeds

log = logging.getLogger(__name__)

WITHDRAWN = "-# (This draft was withdrawn: the answer could not be finished.)"

Final = TypeVar("Final")  # what a stream ends with: an Answer or a Summary
Events = Callable[[], Iterable[str | Final]]
RunEngine = Callable[[Callable[[], Final]], Awaitable[Final]]


class Draft(Protocol):
    """Where a streamed answer is shown: drafts first, then the final embeds."""

    @property
    def drafted(self) -> bool:
        """Whether a draft is on screen."""
        ...

    async def show(self, content: str) -> None:
        """Show `content` (a draft or a withdrawal note) in place of what is there."""
        ...

    async def finish(
        self, embeds: Sequence[discord.Embed], view: discord.ui.View | None = None
    ) -> discord.Message:
        """Replace the draft with the answer's embeds and buttons; return the message."""
        ...


class InteractionDraft:
    """The deferred response of an interaction: drafts and the answer edit it in place."""

    def __init__(self, interaction: discord.Interaction[Any]) -> None:
        self.interaction = interaction
        self.drafted = False

    async def show(self, content: str) -> None:
        """Edit the deferred response to show `content`."""
        self.drafted = True
        await self.interaction.edit_original_response(content=content, allowed_mentions=NO_MENTIONS)

    async def finish(
        self, embeds: Sequence[discord.Embed], view: discord.ui.View | None = None
    ) -> discord.Message:
        """Replace the draft with the embeds (the first message's worth) and continue the rest."""
        groups = pack_embeds(embeds)
        sent = await self.interaction.edit_original_response(
            content=None, embeds=groups[0], view=view, allowed_mentions=NO_MENTIONS
        )
        for group in groups[1:]:
            await self.interaction.followup.send(embeds=group, allowed_mentions=NO_MENTIONS)
        return sent


class MentionDraft:
    """A reply to `message`, sent with the first draft (or the answer) and edited after that."""

    def __init__(self, message: discord.Message) -> None:
        self.message = message
        self.sent: discord.Message | None = None

    @property
    def drafted(self) -> bool:
        """Whether the reply exists yet."""
        return self.sent is not None

    async def show(self, content: str) -> None:
        """Send the reply with `content`, or edit it if it was sent."""
        if self.sent is None:
            self.sent = await self.message.reply(
                content, mention_author=False, allowed_mentions=NO_MENTIONS
            )
        else:
            self.sent = await self.sent.edit(content=content, allowed_mentions=NO_MENTIONS)

    async def finish(
        self, embeds: Sequence[discord.Embed], view: discord.ui.View | None = None
    ) -> discord.Message:
        """The reply with the answer (sent now, or edited over the draft); more embeds follow."""
        groups = pack_embeds(embeds)
        if self.sent is None:
            extra: dict[str, Any] = {"view": view} if view is not None else {}
            self.sent = await self.message.reply(
                embeds=groups[0], mention_author=False, allowed_mentions=NO_MENTIONS, **extra
            )
        else:
            self.sent = await self.sent.edit(
                content=None, embeds=groups[0], view=view, allowed_mentions=NO_MENTIONS
            )
        for group in groups[1:]:
            await self.message.channel.send(embeds=group, allowed_mentions=NO_MENTIONS)
        return self.sent


async def stream_answer(
    run_engine: RunEngine[Final],
    events: Events[Final],
    draft: Draft,
    *,
    interval: float,
    clock: Callable[[], float] = time.monotonic,
) -> Final:
    """Iterate `events` in a worker thread, editing drafts into `draft`; return the final
    Answer (or Summary): the one event that is not a text chunk.

    If the stream raises after a draft was shown, the draft is withdrawn (unchecked text must
    not stay up looking like an answer) and the error propagates to the surface's handler.
    """
    loop = asyncio.get_running_loop()
    drafts = _DraftEditor(draft, interval, clock)

    def pump() -> Final:
        final: Final | None = None
        for event in events():
            if isinstance(event, str):
                loop.call_soon_threadsafe(drafts.add, event)
            else:
                final = event
        if final is None:
            raise RuntimeError("the answer stream ended without an Answer")
        return final

    editor = asyncio.create_task(drafts.run())
    try:
        answer = await run_engine(pump)
    except Exception:
        await _stop(editor)
        if draft.drafted:
            with contextlib.suppress(discord.HTTPException):
                await draft.show(WITHDRAWN)
        raise
    await _stop(editor)
    return answer


class _DraftEditor:
    """Shows the text so far whenever some is new and `interval` has passed since the last edit.

    New text wakes it at once; a timer wakes it for text that arrived too soon after an edit.
    """

    def __init__(self, draft: Draft, interval: float, clock: Callable[[], float]) -> None:
        self._draft = draft
        self._interval = interval
        self._clock = clock
        self._text = ""
        self._shown = ""
        self._ready_at = -math.inf
        self._arrived = asyncio.Event()

    def add(self, chunk: str) -> None:
        """Append a chunk (called on the event loop, from the worker thread)."""
        self._text += chunk
        self._arrived.set()

    async def run(self) -> None:
        """Edit drafts until cancelled (or until an edit fails)."""
        while True:
            pending = self._text != self._shown
            wait = self._ready_at - self._clock()
            if not pending or wait > 0:
                self._arrived.clear()
                # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow the cancellation
                # that stops this editor when the event is set at the same moment.
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(wait if pending else None):
                        await self._arrived.wait()
                continue
            self._shown = self._text
            try:
                await self._draft.show(draft_message(self._text))
            except discord.HTTPException:
                # Drafts are a courtesy: the final answer still replaces (or follows) them.
                log.info("Could not show a draft; the final answer will follow", exc_info=True)
                return
            self._ready_at = self._clock() + self._interval


async def _stop(editor: asyncio.Task[None]) -> None:
    """Cancel the draft editor and wait for it, so no draft edit lands after the answer."""
    editor.cancel()
    await asyncio.wait([editor])
    if not editor.cancelled() and editor.exception() is not None:
        log.error("The draft editor failed", exc_info=editor.exception())
