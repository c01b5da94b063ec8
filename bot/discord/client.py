"""NewsroomBot: the engine's Discord surface, its extensions, limits and its one error handler."""

from __future__ import annotations

import asyncio
import logging
import math
import os
import signal
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar, cast

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.lifecycle import RESTARTING, SHUTDOWN_GRACE_S, Lifecycle, serve_until_signalled
from bot.discord.limits import RateLimiter
from bot.discord.render import short_message
from bot.feedback import FeedbackStore
from bot.ingestion import BackgroundIngest
from bot.state import BotState
from retrieval.models import IndexUnavailableError, UserFacingError

if TYPE_CHECKING:
    from bot.settings import BotSettings
    from retrieval.engine import Engine

log = logging.getLogger(__name__)

T = TypeVar("T")

EXTENSIONS = (
    "bot.discord.cogs.ask",
    "bot.discord.cogs.summary",
    "bot.discord.cogs.quotes",
    "bot.discord.cogs.check",
    "bot.discord.cogs.articles",
    "bot.discord.cogs.admin",
    "bot.discord.cogs.help",
)
NO_MENTIONS = discord.AllowedMentions.none()
INDEX_UNAVAILABLE = "The article index is unavailable right now; please try again in a minute."
APOLOGY = "Sorry, something went wrong on our side and it has been logged. Please try again."
BUSY = "I'm answering as many questions as I can right now; please try again in a moment."
PLACEHOLDER = "…"


class BotBusyError(UserFacingError):
    """Every engine slot is taken; the user may retry shortly."""

    def __init__(self) -> None:
        super().__init__(BUSY)


def slow_down(retry_after: float) -> str:
    """The one way a rate-limited member is told how long to wait (whole seconds, rounded up)."""
    return (
        "You're sending requests a little fast; please try again in "
        f"{max(1, math.ceil(retry_after))} s."
    )


def user_message(error: BaseException) -> str | None:
    """What to tell the user about `error`, or None when it is our bug (log it, apologise)."""
    if isinstance(error, app_commands.CommandInvokeError | commands.CommandInvokeError):
        error = error.original
    if isinstance(error, app_commands.TransformerError) and error.__cause__ is not None:
        error = error.__cause__
    if isinstance(error, IndexUnavailableError):
        return INDEX_UNAVAILABLE
    if isinstance(error, UserFacingError):
        return str(error)
    if isinstance(error, app_commands.CommandOnCooldown):
        return slow_down(error.retry_after)
    if isinstance(error, app_commands.CheckFailure | app_commands.TransformerError):
        return str(error) or "You can't use that command here."
    return None


async def report_error(interaction: discord.Interaction[Any], error: BaseException) -> None:
    """The one translation of errors for interactions: short, only to the asker, bugs logged."""
    text = user_message(error)
    if text is None:
        command = interaction.command.qualified_name if interaction.command else "component"
        log.error("Unexpected error in %s", command, exc_info=error)
        text = APOLOGY
    try:
        await tell_privately(interaction, short_message(text))
    except discord.HTTPException:
        log.warning("Could not tell the user about an error", exc_info=True)


async def _public_placeholder(interaction: discord.Interaction[Any]) -> bool:
    """True while the response is a public "thinking…" that nothing has replaced yet."""
    try:
        original = await interaction.original_response()
    except discord.HTTPException:  # deleted, or a component press with no response of its own
        return False
    return original.flags.loading and not original.flags.ephemeral


async def tell_privately(interaction: discord.Interaction[Any], text: str) -> None:
    """Send `text` to the person behind the interaction only, whatever was sent so far."""
    if not interaction.response.is_done():
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
        return
    if await _public_placeholder(interaction):
        # Discord turns the first message after a public defer into the deferred message itself,
        # public whatever its flags: so the placeholder is completed, the text is sent as a
        # separate ephemeral message, and the placeholder is deleted.
        await interaction.edit_original_response(content=PLACEHOLDER)
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
        await interaction.delete_original_response()
        return
    await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


class NewsroomTree(app_commands.CommandTree[Any]):
    """A command tree whose errors all go through `report_error`, and whose commands are jobs
    of the bot's lifecycle (counted while they run, refused while it shuts down)."""

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        """Admit a command, or tell the asker privately that the bot is restarting."""
        if interaction.type is discord.InteractionType.autocomplete:
            return True
        lifecycle: Lifecycle = cast("NewsroomBot", self.client).lifecycle
        if not lifecycle.accepting:
            await tell_privately(interaction, RESTARTING)
            return False
        lifecycle.admit()
        interaction.extras["job"] = True
        return True

    async def on_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        """Translate a command error for the user."""
        try:
            await report_error(interaction, error)
        finally:
            cast("NewsroomBot", self.client).job_done(interaction)


class NewsroomBot(commands.Bot):
    """The Discord bot: slash commands, mention answers, feedback; all work goes to the engine."""

    def __init__(
        self,
        *,
        engine: Engine,
        settings: BotSettings,
        sync_commands: bool = True,
        clock: Callable[[], float] = time.monotonic,
        ingest: BackgroundIngest | None = None,
    ) -> None:
        intents = discord.Intents.default()
        # Follow-ups in the bot's own threads do not mention it, so their text needs this intent.
        intents.message_content = True
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            allowed_mentions=NO_MENTIONS,
            tree_cls=NewsroomTree,
            help_command=None,
        )
        self.engine = engine
        self.settings = settings
        self.sync_commands = sync_commands
        self.feedback = FeedbackStore(settings.data_dir)
        self.state = BotState(settings.data_dir)
        self.lifecycle = Lifecycle()
        self.ingest = ingest  # the articles folder, ingested in the background (if started)
        self.capacity = asyncio.Semaphore(settings.max_concurrency)
        self.waiting = 0  # calls queued for a slot
        self.clock = clock  # rate limits and the pace of streamed drafts
        self.rate = RateLimiter(settings.rate_limit_count, settings.rate_limit_window_s, clock)

    async def setup_hook(self) -> None:
        """Load the extensions, register the persistent buttons and sync the slash commands (to
        the dev guild if one is set)."""
        from bot.discord.views import DYNAMIC_ITEMS  # views import this module

        self.add_dynamic_items(*DYNAMIC_ITEMS)
        for name in EXTENSIONS:
            await self.load_extension(name)
        if not self.sync_commands:
            return
        guild_id = self.settings.discord_dev_guild_id
        if guild_id:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("Synced %d commands to dev guild %s", len(synced), guild_id)
        else:
            synced = await self.tree.sync()
            log.info("Synced %d global commands (they may take a while to appear)", len(synced))

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: mentions are questions, handled by the ask cog's listener."""

    async def on_ready(self) -> None:
        """Log who we are once connected."""
        log.info("Logged in as %s (%s)", self.user, self.user.id if self.user else "?")

    async def on_app_command_completion(
        self, interaction: discord.Interaction[Any], command: Any
    ) -> None:
        """A command finished without error: it no longer counts as in flight."""
        self.job_done(interaction)

    def job_done(self, interaction: discord.Interaction[Any]) -> None:
        """Count an admitted command out (once, whichever way it ended)."""
        if interaction.extras.pop("job", False):
            self.lifecycle.release()

    def limited(self, user_id: int) -> float:
        """Seconds this user must wait (0.0 if they may go ahead); counts the request."""
        return self.rate.hit(user_id)

    async def run_engine(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run a synchronous engine call in a worker thread, within the concurrency limit.

        When every slot is taken the call waits its turn (the interaction is already deferred),
        unless MAX_QUEUE calls are waiting already: then the user is told the bot is busy.
        """
        if self.capacity.locked() and self.waiting >= self.settings.max_queue:
            raise BotBusyError()
        self.waiting += 1
        try:
            await self.capacity.acquire()
        finally:
            self.waiting -= 1
        try:
            return await asyncio.to_thread(fn, *args, **kwargs)
        finally:
            self.capacity.release()

    async def shutdown(self, grace: float = SHUTDOWN_GRACE_S) -> None:
        """Stop cleanly: no new questions, background ingestion stopped between two groups,
        answers in flight given up to `grace` seconds, then disconnect."""
        deadline = time.monotonic() + grace
        if self.ingest is not None:
            self.ingest.stop()
        left = await self.lifecycle.drain(grace)
        log.info("Stopping: %d answer(s) finished, %d left", self.lifecycle.finished, left)
        if self.ingest is not None:
            remaining = max(0.0, deadline - time.monotonic())
            if not await asyncio.to_thread(self.ingest.join, remaining):
                log.warning("Stopping: the background ingestion is still writing one group")
        await self.close()

    async def close(self) -> None:
        """Disconnect and close the bot's state; the engine belongs to whoever created it."""
        await super().close()
        self.state.close()


def scope_for(guild_id: int | None) -> str | None:
    """The engine scope of a guild (None in DMs: only the shared articles)."""
    return f"guild:{guild_id}" if guild_id is not None else None


Connect = Callable[["NewsroomBot"], Awaitable[None]]


async def _serve(
    engine: Engine, settings: BotSettings, connect: Connect, ingest: BackgroundIngest, grace: float
) -> None:
    async with NewsroomBot(engine=engine, settings=settings, ingest=ingest) as bot:
        await serve_until_signalled(connect(bot), lambda: bot.shutdown(grace))


@contextmanager
def _signals_exit_at_once() -> Iterator[None]:
    """While the stopped bot's engine is flushed and closed, a signal exits at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {
        sig: signal.signal(sig, lambda signum, frame: os._exit(128 + signum))
        for sig in (signal.SIGTERM, signal.SIGINT)
    }
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run_bot(
    settings: BotSettings,
    connect: Connect | None = None,
    *,
    grace: float | None = None,
) -> int:
    """Log in at once while the articles folder is ingested in the background, answer until
    SIGTERM/SIGINT, then stop cleanly within SHUTDOWN_GRACE_S (the setting; see
    NewsroomBot.shutdown). `connect` replaces the
    connection to Discord (tests run the bot in simcord)."""
    import sys

    from retrieval.engine import Engine

    if connect is None:
        if settings.discord_token is None:
            print(
                "error: DISCORD_TOKEN is not set; put it in .env or the environment.",
                file=sys.stderr,
            )
            return 2
        token = settings.discord_token.get_secret_value()

        def connect(bot: NewsroomBot) -> Awaitable[None]:
            return bot.start(token)

    try:
        engine = Engine.from_settings(settings)
    except UserFacingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    ingest = BackgroundIngest(engine)
    try:
        ingest.start()
        wait = settings.shutdown_grace_s if grace is None else grace
        asyncio.run(_serve(engine, settings, connect, ingest, wait))
    except discord.LoginFailure:
        print("error: Discord rejected DISCORD_TOKEN (login failed); check it.", file=sys.stderr)
        return 2
    except discord.PrivilegedIntentsRequired:
        print(
            "error: enable the Message Content intent for this bot in the Discord developer portal.",
            file=sys.stderr,
        )
        return 2
    except (aiohttp.ClientError, OSError) as error:
        print(
            f"error: cannot reach Discord ({type(error).__name__}); check the network.",
            file=sys.stderr,
        )
        return 1
    except UserFacingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    finally:
        with _signals_exit_at_once():
            ingest.stop()
            if ingest.join(timeout=grace):
                engine.flush()  # the lexical index a new process starts from
            engine.close()
            log.info("Stopped")
    return 0
