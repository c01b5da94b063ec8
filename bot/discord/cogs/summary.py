"""/summary: a cited summary of one article (or one of its sections).

With a chat model it is written in the asker's language (the `language` option, else their
Discord client's), streamed as drafts like an answer, and the message that stays is the checked
summary; without one (or when the model fails) it is the extractive summary.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.common import article_autocomplete, rate_limited, scope_of
from bot.discord.render import summary_embeds
from bot.discord.streaming import InteractionDraft, stream_answer

if TYPE_CHECKING:
    from bot.discord.client import NewsroomBot


def asker_language(interaction: discord.Interaction[Any], chosen: str | None) -> str:
    """The language to write in: the one chosen, else the asker's Discord client's."""
    if chosen:
        return chosen
    return "ja" if str(interaction.locale).startswith("ja") else "en"


class SummaryCog(commands.Cog):
    """Summaries whose every sentence is cited (and checked, when a chat model writes them)."""

    def __init__(self, bot: NewsroomBot) -> None:
        self.bot = bot

    @app_commands.command(name="summary", description="Summarise an article, citing paragraphs")
    @app_commands.describe(
        article="The article (optional when there is only one)",
        length="How long",
        style="Prose or bullet points",
        section="Only this section (its heading)",
        language="Write it in this language (with a chat model; default: yours)",
    )
    @app_commands.autocomplete(article=article_autocomplete)
    @rate_limited()
    async def summary(
        self,
        interaction: discord.Interaction[Any],
        article: app_commands.Range[str, 1, 100] | None = None,
        length: Literal["short", "medium", "long"] = "short",
        style: Literal["paragraph", "bullets"] = "paragraph",
        section: app_commands.Range[str, 1, 100] | None = None,
        language: Literal["ja", "en"] | None = None,
    ) -> None:
        """Summarise an article."""
        await interaction.response.defer(thinking=True)
        # One path with or without a chat model: without one (or when it fails) the stream is
        # just the extractive summary, and no draft is shown.
        events = partial(
            self.bot.engine.summarize_stream,
            article,
            length=length,
            style=style,
            section=section,
            language=asker_language(interaction, language),
            scope=scope_of(interaction),
        )
        draft = InteractionDraft(interaction)
        summary = await stream_answer(
            self.bot.run_engine,
            events,
            draft,
            interval=self.bot.settings.stream_edit_interval_s,
            clock=self.bot.clock,
        )
        await draft.finish(summary_embeds(summary))


async def setup(bot: NewsroomBot) -> None:
    """Load the cog."""
    await bot.add_cog(SummaryCog(bot))
