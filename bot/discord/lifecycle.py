"""Work in flight, and a clean stop: SIGTERM/SIGINT stop new questions, let the accepted ones
finish (for at most a grace period), then the caller closes everything; a second signal exits at
once. Kept apart from Discord so it can be driven with plain asyncio tasks."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

from retrieval.models import UserFacingError

log = logging.getLogger(__name__)

SHUTDOWN_GRACE_S = 30.0  # how long answers in flight may take to finish at shutdown
RESTARTING = "I'm restarting; please try again in a minute."
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class ShuttingDown(UserFacingError):
    """The bot is stopping and takes no new questions."""

    def __init__(self) -> None:
        super().__init__(RESTARTING)


class Lifecycle:
    """Counts the jobs (questions, button presses) in flight; refuses new ones once stopping."""

    def __init__(self) -> None:
        self.accepting = True
        self.in_flight = 0
        self.finished = 0  # jobs completed (either way) since start
        self._idle: asyncio.Event | None = None

    def _event(self) -> asyncio.Event:
        if self._idle is None:
            self._idle = asyncio.Event()
            if self.in_flight == 0:
                self._idle.set()
        return self._idle

    def admit(self) -> None:
        """Count a new job in; raises ShuttingDown once the bot is stopping."""
        if not self.accepting:
            raise ShuttingDown()
        self.in_flight += 1
        self._event().clear()

    def release(self) -> None:
        """Count a job out."""
        self.in_flight -= 1
        self.finished += 1
        if self.in_flight <= 0:
            self.in_flight = 0
            self._event().set()

    @contextmanager
    def job(self) -> Iterator[None]:
        """`with lifecycle.job():` around one question's whole handling (reply included)."""
        self.admit()
        try:
            yield
        finally:
            self.release()

    async def drain(self, grace: float) -> int:
        """Stop taking jobs and wait up to `grace` seconds for those in flight; returns how many
        were still running when the wait ended."""
        self.accepting = False
        if self.in_flight:
            log.info(
                "Stopping: waiting up to %.0f s for %d answer(s) in flight", grace, self.in_flight
            )
            try:
                await asyncio.wait_for(self._event().wait(), timeout=grace)
            except TimeoutError:
                log.warning("Stopping: %d answer(s) did not finish in time", self.in_flight)
        return self.in_flight


async def serve_until_signalled(
    run: Awaitable[None],
    stop: Callable[[], Awaitable[None]],
    *,
    signals: tuple[signal.Signals, ...] = STOP_SIGNALS,
) -> None:
    """Await `run` (the connection to Discord) until it ends or a stop signal arrives; on the
    first signal await `stop()` (drain, then close, which ends `run`), on a second exit at once."""
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()

    def on_signal(signum: signal.Signals) -> None:
        if stopping.is_set():
            log.warning("Second %s: exiting now", signum.name)
            os._exit(128 + signum)
        log.info("%s received: stopping (a second one exits at once)", signum.name)
        stopping.set()

    installed: list[signal.Signals] = []
    previous: dict[signal.Signals, Any] = {}  # handlers set with signal.signal, to put back
    for sig in signals:
        try:
            taken = _take_signal(loop, sig, on_signal)
        except (RuntimeError, ValueError):  # (ValueError: not the main thread's to take)
            log.warning("Cannot handle %s here; stopping will not wait for answers", sig.name)
            continue
        if taken is _BY_LOOP:
            installed.append(sig)
        else:
            previous[sig] = taken
    runner = asyncio.ensure_future(run)
    waiter = asyncio.ensure_future(stopping.wait())
    try:
        await asyncio.wait({runner, waiter}, return_when=asyncio.FIRST_COMPLETED)
        if runner.done():
            runner.result()  # the connection ended by itself: its error, if any, is the caller's
            return
        await stop()
        await runner
    finally:
        waiter.cancel()
        for sig in installed:
            loop.remove_signal_handler(sig)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


_BY_LOOP = object()  # what _take_signal returns when the loop itself took the signal


def _take_signal(
    loop: asyncio.AbstractEventLoop,
    sig: signal.Signals,
    handler: Callable[[signal.Signals], None],
) -> Any:
    """Have `handler` run on `loop` when `sig` arrives: the loop's own signal handler where it
    has them (returns _BY_LOOP), else a plain handler that hands the signal to the loop (returns
    the handler it replaced, to put back). Windows event loops have none."""
    try:
        loop.add_signal_handler(sig, handler, sig)
    except NotImplementedError:
        return signal.signal(sig, _to_loop(loop, handler))
    return _BY_LOOP


def _to_loop(
    loop: asyncio.AbstractEventLoop, handler: Callable[[signal.Signals], None]
) -> Callable[[int, Any], None]:
    """A plain signal handler that runs `handler` on the event loop (where the loop cannot
    take signals itself)."""

    def handle(signum: int, _frame: Any) -> None:
        loop.call_soon_threadsafe(handler, signal.Signals(signum))

    return handle
