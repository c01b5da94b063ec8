"""/articles and /source: what can be asked about, and any paragraph in full."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.common import article_autocomplete, rate_limited, scope_of, send_embeds
from bot.discord.render import articles_embed, source_embeds

if TYPE_CHECKING:
    from bot.discord.client import NewsroomBot


class ArticlesCog(commands.Cog):
    """The articles visible here and their paragraphs, verbatim."""

    def __init__(self, bot: NewsroomBot) -> None:
        self.bot = bot

    @app_commands.command(name="articles", description="List the articles you can ask about")
    @rate_limited()
    async def articles(self, interaction: discord.Interaction[Any]) -> None:
        """List the visible articles."""
        await interaction.response.defer(thinking=True)
        infos = await self.bot.run_engine(self.bot.engine.articles, scope=scope_of(interaction))
        await send_embeds(interaction, [articles_embed(infos)])

    @app_commands.command(name="source", description="Show one paragraph in full, verbatim")
    @app_commands.describe(article="The article", paragraph="The paragraph number (¶N)")
    @app_commands.autocomplete(article=article_autocomplete)
    @rate_limited()
    async def source(
        self,
        interaction: discord.Interaction[Any],
        article: app_commands.Range[str, 1, 100],
        paragraph: app_commands.Range[int, 1, 100_000],
    ) -> None:
        """Show ¶N of an article."""
        await interaction.response.defer(thinking=True)
        found, block = await self.bot.run_engine(
            self.bot.engine.source, article, paragraph, scope=scope_of(interaction)
        )
        await send_embeds(interaction, source_embeds(found, block))


async def setup(bot: NewsroomBot) -> None:
    """Load the cog."""
    await bot.add_cog(ArticlesCog(bot))
