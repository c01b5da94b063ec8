"""/quote: direct quotes exactly as printed, with speaker, role and ¶N.

With a chat model, a quote in another language than the asker's (the `language` option, else
their Discord client's) is shown with the model's translation beside it, labelled; the quote
and its speaker stay the engine's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.cogs.summary import asker_language
from bot.discord.common import (
    article_autocomplete,
    rate_limited,
    scope_of,
    send_embeds,
    speaker_autocomplete,
)
from bot.discord.render import quotes_embed
from retrieval.models import Quote

if TYPE_CHECKING:
    from bot.discord.client import NewsroomBot
    from retrieval.engine import Engine


def find_quotes(
    engine: Engine,
    article: str | None,
    speaker: str | None,
    about: str | None,
    scope: str | None,
    language: str | None = None,
) -> tuple[list[Quote], dict[str, str]]:
    """The matching quotes (translated into `language` where needed, with a chat model) and the
    titles of the articles they come from."""
    quotes = engine.quotes(article, speaker=speaker, about=about, language=language, scope=scope)
    titles = {i.article_id: i.title for i in engine.articles(scope=scope)}
    return quotes, titles


class QuotesCog(commands.Cog):
    """Verified quotes only; a quote that cannot be checked is never shown as one."""

    def __init__(self, bot: NewsroomBot) -> None:
        self.bot = bot

    @app_commands.command(name="quote", description="Find direct quotes, with who said them")
    @app_commands.describe(
        speaker="Who said it (name or part of it)",
        about="What the quote is about",
        article="Only this article",
        language="Translate other quotes into this language (with a chat model; default: yours)",
    )
    @app_commands.autocomplete(article=article_autocomplete, speaker=speaker_autocomplete)
    @rate_limited()
    async def quote(
        self,
        interaction: discord.Interaction[Any],
        speaker: app_commands.Range[str, 1, 100] | None = None,
        about: app_commands.Range[str, 1, 200] | None = None,
        article: app_commands.Range[str, 1, 100] | None = None,
        language: Literal["ja", "en"] | None = None,
    ) -> None:
        """List matching quotes."""
        await interaction.response.defer(thinking=True)
        quotes, titles = await self.bot.run_engine(
            find_quotes,
            self.bot.engine,
            article,
            speaker,
            about,
            scope_of(interaction),
            asker_language(interaction, language),
        )
        filters = [f"speaker: {speaker}"] * bool(speaker) + [f"about: {about}"] * bool(about)
        heading = "Quotes" + (f" ({', '.join(filters)})" if filters else "")
        await send_embeds(interaction, [quotes_embed(quotes, titles=titles, heading=heading)])


async def setup(bot: NewsroomBot) -> None:
    """Load the cog."""
    await bot.add_cog(QuotesCog(bot))
