"""/help: the commands, what the bot can and cannot do, and how to cite a passage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.render import COLOR_SOURCE

if TYPE_CHECKING:
    from bot.discord.client import NewsroomBot

CAN = (
    "Answer questions about the articles listed by `/articles`, in Japanese or English, "
    "quoting their sentences word for word and citing each as `[¶N]`.",
    "Summarise an article, list who is quoted and what they said, exactly as printed.",
    "Keep the context in a thread or a reply chain: “what else did she say?” works, "
    "also after the bot restarts.",
    "Show the full paragraphs behind an answer (📄 **Show passages**) and take 👍/👎 votes.",
)
CANNOT = (
    "Know anything outside the articles: no web, no general knowledge, no opinions.",
    "Guarantee an answer: when the articles do not say, it says so, or shows the closest "
    "passages in orange, which are passages, not an answer.",
    "Be the last word: a fact-checker should open the cited paragraph (`/source`) before using it.",
)
CITING = (
    "`¶N` is the N-th block of the article file, counting every block separated by a blank "
    "line (headline, byline and subheads included), so anyone can find it in the source.",
    "`/source article:<id> paragraph:<N>` shows that block in full, verbatim.",
    "When citing in copy, give the article id and the number, e.g. `000_1f22f8d10cad0239 ¶3`.",
)
MENTIONS = (
    "Mention the bot with a question to get the answer as a reply, with a thread for "
    "follow-ups (no mention needed inside it); reply to any of its answers to follow up there."
)


def _bullets(lines: Sequence[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def help_embed(commands_: Sequence[tuple[str, str]]) -> discord.Embed:
    """The help text, with one line per (command name, description)."""
    embed = discord.Embed(title="Newsroom assistant: help", colour=COLOR_SOURCE)
    listed = "\n".join(f"`/{name}` — {description}" for name, description in sorted(commands_))
    embed.description = f"{listed}\n\n{MENTIONS}"
    embed.add_field(name="It can", value=_bullets(CAN), inline=False)
    embed.add_field(name="It cannot", value=_bullets(CANNOT), inline=False)
    embed.add_field(name="Citing a passage", value=_bullets(CITING), inline=False)
    return embed


class HelpCog(commands.Cog):
    """What the bot does and how to use it."""

    def __init__(self, bot: NewsroomBot) -> None:
        self.bot = bot

    @app_commands.command(name="help", description="What this bot can do and how to use it")
    async def help(self, interaction: discord.Interaction[Any]) -> None:
        """Show the help, only to the person who asked."""
        listed = [
            (c.name, c.description)
            for c in self.bot.tree.get_commands()
            if isinstance(c, app_commands.Command | app_commands.Group)
        ]
        await interaction.response.send_message(embed=help_embed(listed), ephemeral=True)


async def setup(bot: NewsroomBot) -> None:
    """Load the cog."""
    await bot.add_cog(HelpCog(bot))
