"""/articles and /source: what can be asked about, and any paragraph in full."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.common import article_autocomplete, rate_limited, scope_of, send_embeds
from bot.discord.render import FIELD_VALUE_LIMIT, articles_embed, source_embeds
from bot.ingestion import IngestStatus

if TYPE_CHECKING:
    from bot.discord.client import NewsroomBot

SHOWN_WAITING = 15


def ingesting_field(status: IngestStatus) -> tuple[str, str] | None:
    """(name, value) of a field saying what is still being ingested, or None when nothing is."""
    if status.error is not None:
        return "Articles folder", f"Ingestion stopped: {status.error}"[:FIELD_VALUE_LIMIT]
    if not status.running:
        return None
    if not status.total:
        return "Still being ingested", "Checking the articles folder for new or changed files…"
    ids: list[str] = []
    for article_id in status.waiting[:SHOWN_WAITING]:
        if sum(len(i) + 2 for i in ids) + len(article_id) + 20 > FIELD_VALUE_LIMIT:
            break
        ids.append(f"`{article_id}`")
    more = len(status.waiting) - len(ids)
    value = ", ".join(ids) + (f" and {more} more" if more > 0 else "")
    name = f"Still being ingested ({status.done} of {status.total} done)"
    return name, value or "finishing…"


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
        embed = articles_embed(infos)
        ingesting = ingesting_field(self.bot.ingest.status()) if self.bot.ingest else None
        if ingesting is not None:
            embed.add_field(name=ingesting[0], value=ingesting[1], inline=False)
        await send_embeds(interaction, [embed])

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
