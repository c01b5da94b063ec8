"""Buttons under an answer: the full passages (ephemeral) and 👍/👎 feedback."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.discord.client import NO_MENTIONS, report_error
from bot.discord.common import send_embeds
from bot.discord.render import passage_embeds
from bot.feedback import Vote
from retrieval.models import Answer, Article, Block

if TYPE_CHECKING:
    from bot.discord.client import NewsroomBot
    from retrieval.engine import Engine

VIEW_TIMEOUT_S = 24 * 60 * 60


def cited_blocks(answer: Answer) -> list[tuple[str, int]]:
    """The (article, ¶N) pairs an answer shows: its citations, else its closest passages."""
    pairs = [(c.article_id, c.paragraph) for c in answer.citations]
    if not answer.answerable:
        pairs = [(p.article_id, p.paragraph) for p in answer.related]
    return list(dict.fromkeys(pairs))


def load_blocks(
    engine: Engine, pairs: list[tuple[str, int]], scope: str | None
) -> list[tuple[Article, Block]]:
    """The full verbatim blocks, read from the engine within the answer's own scope."""
    return [engine.source(article_id, n, scope=scope) for article_id, n in pairs]


class SourcesView(discord.ui.View):
    """Show passages, 👍 and 👎 for one answer; the scope is the one the answer came from."""

    def __init__(self, answer: Answer, *, scope: str | None) -> None:
        super().__init__(timeout=VIEW_TIMEOUT_S)
        self.answer = answer
        self.scope = scope
        if not cited_blocks(answer):
            self.remove_item(self.show_passages)

    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        """Errors from buttons take the same path as command errors."""
        await report_error(interaction, error)

    @discord.ui.button(label="Show passages", style=discord.ButtonStyle.secondary, emoji="📄")
    async def show_passages(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[SourcesView]
    ) -> None:
        """Send the cited paragraphs in full, only to the person who asked for them."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        bot = cast("NewsroomBot", interaction.client)
        blocks = await bot.run_engine(
            load_blocks, bot.engine, cited_blocks(self.answer), self.scope
        )
        await send_embeds(interaction, passage_embeds(blocks), ephemeral=True)

    @discord.ui.button(emoji="👍", style=discord.ButtonStyle.secondary)
    async def vote_up(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[SourcesView]
    ) -> None:
        """Record a helpful vote."""
        await self._vote(interaction, "up")

    @discord.ui.button(emoji="👎", style=discord.ButtonStyle.secondary)
    async def vote_down(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[SourcesView]
    ) -> None:
        """Record an unhelpful vote."""
        await self._vote(interaction, "down")

    async def _vote(self, interaction: discord.Interaction[Any], vote: Vote) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        bot = cast("NewsroomBot", interaction.client)
        message = interaction.message
        await asyncio.to_thread(
            bot.feedback.record,
            vote=vote,
            answer=self.answer,
            message_id=message.id if message else interaction.id,
            user_id=interaction.user.id,
            guild_id=interaction.guild_id,
            channel_id=interaction.channel_id,
        )
        thanks = "Thanks, noted 👍." if vote == "up" else "Thanks, noted 👎; we'll look at it."
        await interaction.followup.send(thanks, ephemeral=True, allowed_mentions=NO_MENTIONS)
