"""/ask, and questions asked by mentioning the bot, with follow-ups in its threads and replies."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.client import APOLOGY, NO_MENTIONS, scope_for, slow_down, user_message
from bot.discord.common import article_autocomplete, rate_limited, scope_of
from bot.discord.render import answer_embeds, preview, short_message
from bot.discord.streaming import Draft, InteractionDraft, MentionDraft, stream_answer
from bot.discord.views import view_for
from retrieval.models import Turn

if TYPE_CHECKING:
    from bot.discord.client import NewsroomBot

log = logging.getLogger(__name__)

_MENTION = re.compile(r"<@[!&]?\d+>|<#\d+>|@(?:everyone|here)")
THREAD_NAME_LIMIT = 100


class AskCog(commands.Cog):
    """Questions about the articles, answered with citations."""

    def __init__(self, bot: NewsroomBot) -> None:
        self.bot = bot

    @app_commands.command(name="ask", description="Ask a question about the articles")
    @app_commands.describe(question="Your question", article="Limit the answer to one article")
    @app_commands.autocomplete(article=article_autocomplete)
    @rate_limited()
    async def ask(
        self,
        interaction: discord.Interaction[Any],
        question: app_commands.Range[str, 1, 1000],
        article: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        """Answer a question, citing the paragraphs it relies on."""
        await interaction.response.defer(thinking=True)
        scope = scope_of(interaction)
        # One path with or without a chat model: without one, the stream is the final answer.
        key, sent = await self._answer_streamed(
            InteractionDraft(interaction), question, article=article, scope=scope
        )
        await asyncio.to_thread(self.bot.state.link, [sent.id], key)

    async def _answer_streamed(
        self,
        draft: Draft,
        question: str,
        *,
        article: str | None = None,
        history: Sequence[Turn] = (),
        scope: str | None,
    ) -> tuple[str, discord.Message]:
        """Edit drafts into `draft` as a chat model writes (if one is configured), then the
        final answer; returns the stored answer's key and the message."""
        events = partial(
            self.bot.engine.ask_stream, question, article=article, history=history, scope=scope
        )
        answer = await stream_answer(
            self.bot.run_engine,
            events,
            draft,
            interval=self.bot.settings.stream_edit_interval_s,
            clock=self.bot.clock,
        )
        key, view = await view_for(self.bot, answer, scope)
        sent = await draft.finish(answer_embeds(answer), view)
        return key, sent

    # --- mentions, replies and threads ------------------------------------------------------------

    def _addressed(self, message: discord.Message) -> bool:
        me = self.bot.user
        if me is None or message.author.bot or message.webhook_id is not None:
            return False
        if isinstance(message.channel, discord.DMChannel):
            return True
        if isinstance(message.channel, discord.Thread) and message.channel.owner_id == me.id:
            return True
        if me in message.mentions:
            return True
        return self._replied_to(message) is not None

    def _replied_to(self, message: discord.Message) -> int | None:
        """The id of the bot's message this one replies to, if it does."""
        ref = message.reference
        me = self.bot.user
        if ref is None or ref.message_id is None or me is None:
            return None
        resolved = ref.resolved
        if isinstance(resolved, discord.Message):
            return ref.message_id if resolved.author.id == me.id else None
        # Not resolved (uncached): only a message we remember answering counts.
        return ref.message_id if self.bot.state.history(ref.message_id) else None

    def _question(self, message: discord.Message) -> str:
        me = self.bot.user
        text = message.content
        if me is not None:
            text = re.sub(rf"<@!?{me.id}>", " ", text)
        return " ".join(text.split())

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer a mention as a reply; continue the conversation in the bot's thread or replies."""
        if not self._addressed(message):
            return
        question = self._question(message)
        if not question:
            return
        try:
            with self.bot.lifecycle.job():
                await self._answer_message(message, question)
        except Exception as error:  # the listener's edge: translate once, like the tree's handler
            text = user_message(error)
            if text is None:
                log.error("Unexpected error answering a message", exc_info=error)
                text = APOLOGY
            await message.reply(
                short_message(text), mention_author=False, allowed_mentions=NO_MENTIONS
            )

    async def _answer_message(self, message: discord.Message, question: str) -> None:
        wait = self.bot.limited(message.author.id)
        if wait:
            await message.reply(
                slow_down(wait),
                mention_author=False,
                allowed_mentions=NO_MENTIONS,
            )
            return
        channel = message.channel
        in_own_thread = (
            isinstance(channel, discord.Thread)
            and self.bot.user is not None
            and channel.owner_id == self.bot.user.id
        )
        replied = self._replied_to(message)
        state = self.bot.state
        after: int | None = None
        history: tuple[Turn, ...] = ()
        if replied is not None:
            after, history = replied, await asyncio.to_thread(state.history, replied)
        if not history and in_own_thread:
            after, history = channel.id, await asyncio.to_thread(state.history, channel.id)
        scope = scope_for(message.guild.id if message.guild else None)
        draft = MentionDraft(message)
        key, reply = await self._answer_streamed(draft, question, history=history, scope=scope)
        keys = [reply.id]
        if in_own_thread:
            keys.append(channel.id)
        elif isinstance(channel, discord.TextChannel) and replied is None:
            thread = await self._start_thread(reply, question)
            if thread is not None:
                keys.append(thread.id)
        await asyncio.to_thread(state.link, keys, key, after=after if history else None)

    async def _start_thread(self, reply: discord.Message, question: str) -> discord.Thread | None:
        """A thread on the answer, so follow-ups keep their context; optional if not permitted."""
        plain = " ".join(_MENTION.sub(" ", question).split())
        name = preview(plain, THREAD_NAME_LIMIT).replace("\\", "") or "Follow-up"
        try:
            return await reply.create_thread(name=name[:THREAD_NAME_LIMIT])
        except discord.HTTPException:
            log.info("Could not start a thread in #%s; follow-ups by reply only", reply.channel)
            return None


async def setup(bot: NewsroomBot) -> None:
    """Load the cog."""
    await bot.add_cog(AskCog(bot))
