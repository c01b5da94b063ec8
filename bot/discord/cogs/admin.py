"""/ingest and /remove: this server's own articles, for members who manage it."""

from __future__ import annotations

import logging
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.client import NO_MENTIONS
from bot.discord.common import admin_only, own_article_autocomplete, rate_limited, scope_of
from bot.discord.render import escape, fit
from retrieval.articles import SUPPORTED_SUFFIXES as UPLOAD_TYPES
from retrieval.models import IngestResult, UserFacingError

if TYPE_CHECKING:
    from bot.discord.client import NewsroomBot

log = logging.getLogger(__name__)


def ingest_report(filename: str, results: list[IngestResult]) -> str:
    """One line per article of an upload."""
    lines = [f"**{escape(filename)}**: {len(results)} article(s)"]
    for r in results:
        lines.append(f"- {r.status}: `{r.article_id}` {escape(r.title)} ({r.passages} passages)")
    return fit("\n".join(lines), 2000)


def check_upload(filename: str, size: int, max_bytes: int) -> None:
    """Refuse uploads of the wrong type or size before downloading them."""
    suffix = PurePath(filename).suffix.lower()
    if suffix not in UPLOAD_TYPES:
        raise UserFacingError(
            f"I can ingest {', '.join(UPLOAD_TYPES)} files; {filename!r} is not one of them."
        )
    if size > max_bytes:
        raise UserFacingError(
            f"That file is {size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB."
        )


class AdminCog(commands.Cog):
    """Adding and removing this server's articles."""

    def __init__(self, bot: NewsroomBot) -> None:
        self.bot = bot

    @app_commands.command(name="ingest", description="Add an article file to this server")
    @app_commands.describe(file="A .txt, .md, .html or .jsonl article file")
    @app_commands.guild_only()
    @admin_only()
    @rate_limited()
    async def ingest(self, interaction: discord.Interaction[Any], file: discord.Attachment) -> None:
        """Ingest an uploaded article file into this server's articles."""
        check_upload(file.filename, file.size, self.bot.settings.max_upload_bytes)
        await interaction.response.defer(thinking=True)
        data = await file.read()
        scope = scope_of(interaction)
        assert scope is not None  # guild_only
        results = await self.bot.run_engine(
            self.bot.engine.ingest_bytes, file.filename, data, scope=scope
        )
        log.info("%s ingested %s into %s", interaction.user.id, file.filename, scope)
        await interaction.followup.send(
            ingest_report(file.filename, results), allowed_mentions=NO_MENTIONS
        )

    @app_commands.command(name="remove", description="Remove one of this server's articles")
    @app_commands.describe(article="The article to remove")
    @app_commands.autocomplete(article=own_article_autocomplete)
    @app_commands.guild_only()
    @admin_only()
    @rate_limited()
    async def remove(
        self, interaction: discord.Interaction[Any], article: app_commands.Range[str, 1, 100]
    ) -> None:
        """Remove an article this server uploaded."""
        await interaction.response.defer(thinking=True)
        scope = scope_of(interaction)
        assert scope is not None  # guild_only
        await self.bot.run_engine(self.bot.engine.remove, article, scope=scope)
        log.info("%s removed %s from %s", interaction.user.id, article, scope)
        await interaction.followup.send(
            f"Removed `{article.replace('`', '')}`.", allowed_mentions=NO_MENTIONS
        )


async def setup(bot: NewsroomBot) -> None:
    """Load the cog."""
    await bot.add_cog(AdminCog(bot))
