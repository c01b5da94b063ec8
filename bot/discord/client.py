"""NewsroomBot: the engine's Discord surface, its extensions, limits and its one error handler."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.limits import RateLimiter
from bot.discord.render import short_message
from bot.feedback import FeedbackStore
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
    "bot.discord.cogs.articles",
    "bot.discord.cogs.admin",
)
NO_MENTIONS = discord.AllowedMentions.none()
INDEX_UNAVAILABLE = "The article index is unavailable right now; please try again in a minute."
APOLOGY = "Sorry, something went wrong on our side and it has been logged. Please try again."
BUSY = "I'm answering as many questions as I can right now; please try again in a moment."


class BotBusyError(UserFacingError):
    """Every engine slot is taken; the user may retry shortly."""

    def __init__(self) -> None:
        super().__init__(BUSY)


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
        wait = max(1, math.ceil(error.retry_after))
        return f"You're sending requests a little fast; please try again in {wait} s."
    if isinstance(error, app_commands.CheckFailure | app_commands.TransformerError):
        return str(error) or "You can't use that command here."
    return None


async def report_error(interaction: discord.Interaction[Any], error: BaseException) -> None:
    """The one translation of errors for interactions: short and ephemeral, bugs logged."""
    text = user_message(error)
    if text is None:
        command = interaction.command.qualified_name if interaction.command else "component"
        log.error("Unexpected error in %s", command, exc_info=error)
        text = APOLOGY
    try:
        if interaction.response.is_done():
            await interaction.followup.send(
                short_message(text), ephemeral=True, allowed_mentions=NO_MENTIONS
            )
        else:
            await interaction.response.send_message(
                short_message(text), ephemeral=True, allowed_mentions=NO_MENTIONS
            )
    except discord.HTTPException:
        log.warning("Could not tell the user about an error", exc_info=True)


class NewsroomTree(app_commands.CommandTree[Any]):
    """A command tree whose errors all go through `report_error`."""

    async def on_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        """Translate a command error for the user."""
        await report_error(interaction, error)


class NewsroomBot(commands.Bot):
    """The Discord bot: slash commands, mention answers, feedback; all work goes to the engine."""

    def __init__(
        self,
        *,
        engine: Engine,
        settings: BotSettings,
        sync_commands: bool = True,
        clock: Callable[[], float] = time.monotonic,
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
        self.capacity = asyncio.Semaphore(settings.max_concurrency)
        self.waiting = 0  # calls queued for a slot
        self.clock = clock  # rate limits and the pace of streamed drafts
        self.rate = RateLimiter(settings.rate_limit_count, settings.rate_limit_window_s, clock)

    async def setup_hook(self) -> None:
        """Load the extensions and sync the slash commands (to the dev guild if one is set)."""
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

    async def close(self) -> None:
        """Disconnect; the engine belongs to whoever created it."""
        await super().close()


def scope_for(guild_id: int | None) -> str | None:
    """The engine scope of a guild (None in DMs: only the shared articles)."""
    return f"guild:{guild_id}" if guild_id is not None else None


async def _serve(engine: Engine, settings: BotSettings, token: str) -> None:
    async with NewsroomBot(engine=engine, settings=settings) as bot:
        await bot.start(token)


def run_bot(settings: BotSettings) -> int:
    """Ingest the articles folder if needed, sync the commands and run until stopped."""
    import sys

    from retrieval.engine import Engine

    if settings.discord_token is None:
        print(
            "error: DISCORD_TOKEN is not set; put it in .env or the environment.", file=sys.stderr
        )
        return 2
    token = settings.discord_token.get_secret_value()
    try:
        engine = Engine.from_settings(settings)
    except UserFacingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    try:
        results = engine.sync_articles()
        changed = [r for r in results if r.status != "unchanged"]
        log.info("Articles: %d bundled, %d newly indexed", len(results), len(changed))
        asyncio.run(_serve(engine, settings, token))
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
        engine.close()
    return 0
