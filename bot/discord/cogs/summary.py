"""/summary: a cited summary of one article (or one of its sections)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.common import article_autocomplete, rate_limited, scope_of, send_embeds
from bot.discord.render import summary_embeds

if TYPE_CHECKING:
    from bot.discord.client import NewsroomBot


class SummaryCog(commands.Cog):
    """Summaries whose every sentence is verbatim and cited."""

    def __init__(self, bot: NewsroomBot) -> None:
        self.bot = bot

    @app_commands.command(name="summary", description="Summarise an article, citing paragraphs")
    @app_commands.describe(
        article="The article (optional when there is only one)",
        length="How long",
        style="Prose or bullet points",
    )
    @app_commands.autocomplete(article=article_autocomplete)
    @rate_limited()
    async def summary(
        self,
        interaction: discord.Interaction[Any],
        article: app_commands.Range[str, 1, 100] | None = None,
        length: Literal["short", "medium", "long"] = "short",
        style: Literal["paragraph", "bullets"] = "paragraph",
    ) -> None:
        """Summarise an article."""
        await interaction.response.defer(thinking=True)
        summary = await self.bot.run_engine(
            self.bot.engine.summarize,
            article,
            length=length,
            style=style,
            scope=scope_of(interaction),
        )
        await send_embeds(interaction, summary_embeds(summary))


async def setup(bot: NewsroomBot) -> None:
    """Load the cog."""
    await bot.add_cog(SummaryCog(bot))
