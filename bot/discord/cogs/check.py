"""/check: a draft's quotes, speakers, figures and names checked against the articles.

The draft comes as the `text` option or an attached .txt/.md file; the report goes to the asker
alone (a draft is not for the channel until its writer says so), with a button that posts it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.client import NO_MENTIONS
from bot.discord.common import article_autocomplete, rate_limited, scope_of, send_embeds
from bot.discord.render import (
    DESCRIPTION_LIMIT,
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    FIELDS_LIMIT,
    escape,
    fit,
    pack_embeds,
)
from retrieval.check import MAX_DRAFT_CHARS, CheckItem, CheckReport, clean_draft, decode_draft
from retrieval.models import UserFacingError

if TYPE_CHECKING:
    from bot.discord.client import NewsroomBot
    from retrieval.engine import Engine

log = logging.getLogger(__name__)

DRAFT_TYPES = (".txt", ".md")
MAX_DRAFT_BYTES = MAX_DRAFT_CHARS * 4  # UTF-8 takes at most four bytes a character
COLOR_CLEAN = discord.Colour.green()
COLOR_PROBLEMS = discord.Colour.orange()
POST_LABEL = "Post to channel"
_STATUS = {
    "exact": "✅ exact",
    "near": "✏️ near",
    "not_found": "❓ not found",
    "mismatch": "⚠️ mismatch",
}


def _item_field(n: int, item: CheckItem, titles: Mapping[str, str]) -> tuple[str, str]:
    """A field's name and value for one item of the report (its source under the article's
    title when `titles` has it)."""
    source = titles.get(item.article_id or "", item.article_id)
    where = f" · {source} ¶{item.paragraph}" if item.paragraph else ""
    name = fit(f"{n}. {_STATUS[item.status]} · {item.kind}{where}", FIELD_NAME_LIMIT)
    lines = [f"**Draft:** {escape(item.draft)}"]
    if item.diff:
        lines.append(f"**Difference:** {escape(item.diff)}")
    elif item.source and item.status != "exact":
        lines.append(f"**Source:** {escape(item.source)}")
    if item.kind == "quote" and (item.draft_speaker or item.source_speaker):
        lines.append(
            f"**Speaker:** draft {escape(item.draft_speaker or '?')} · "
            f"source {escape(item.source_speaker or '?')}"
        )
    return name, fit("\n".join(lines), FIELD_VALUE_LIMIT)


def check_embeds(
    report: CheckReport, titles: Mapping[str, str] | None = None
) -> list[discord.Embed]:
    """The report as embeds: a summary with every exact quote, then one field per problem
    (`titles`, article id -> title, names the sources)."""
    titles = titles or {}
    problems = [item for item in report.items if item.is_problem]
    exact = [item for item in report.items if not item.is_problem]
    title = (
        f"Draft check: {report.problems} problem(s) in {report.checked} checked"
        if problems
        else f"Draft check: all {report.checked} checked items match the sources"
    )
    lines = [
        f"✅ 「{escape(item.draft)}」 ¶{item.paragraph}"
        + (f" — {escape(item.source_speaker)}" if item.source_speaker else "")
        for item in exact
    ]
    if not report.items:
        lines.append("No quotes, figures or names to check were found in the draft.")
    first = discord.Embed(
        title=title,
        description=fit("\n".join(lines), DESCRIPTION_LIMIT) or None,
        colour=COLOR_PROBLEMS if problems else COLOR_CLEAN,
    )
    embeds = [first]
    for n, item in enumerate(problems, 1):
        embed = embeds[-1]
        if len(embed.fields) >= FIELDS_LIMIT or len(embed) > 5000:
            embed = discord.Embed(colour=first.colour)
            embeds.append(embed)
        name, value = _item_field(n, item, titles)
        embed.add_field(name=name, value=value, inline=False)
    return embeds


def check_draft_text(
    engine: Engine,
    text: str | None,
    data: bytes | None,
    filename: str,
    article: str | None,
    scope: str | None,
) -> tuple[CheckReport, dict[str, str]]:
    """Validate the draft (typed or uploaded) and check it (runs in a worker thread); with the
    titles of the articles it may cite, by id."""
    draft = decode_draft(data, filename) if data is not None else clean_draft(text or "")
    report = engine.check(draft, articles=[article] if article else None, scope=scope)
    return report, {info.article_id: info.title for info in engine.articles(scope=scope)}


class PostReport(discord.ui.View):
    """The button under a private report that posts it to the channel, once."""

    def __init__(self, embeds: list[discord.Embed]) -> None:
        super().__init__(timeout=900)
        self.embeds = embeds

    @discord.ui.button(label=POST_LABEL, style=discord.ButtonStyle.primary)
    async def post(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]
    ) -> None:
        """Post the report publicly, saying who shared it."""
        self.stop()
        groups = pack_embeds(self.embeds)
        await interaction.response.send_message(
            f"Draft check shared by {interaction.user.mention}",
            embeds=groups[0],
            allowed_mentions=NO_MENTIONS,
        )
        for group in groups[1:]:
            await interaction.followup.send(embeds=group, allowed_mentions=NO_MENTIONS)


class CheckCog(commands.Cog):
    """Quotes, speakers, figures and names of a draft, checked against the articles."""

    def __init__(self, bot: NewsroomBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="check", description="Check a draft's quotes, speakers, figures and names"
    )
    @app_commands.describe(
        text="The draft (or attach it as a file)",
        file="The draft as a .txt or .md file",
        article="Check against this article only (default: every article)",
    )
    @app_commands.autocomplete(article=article_autocomplete)
    @rate_limited()
    async def check(
        self,
        interaction: discord.Interaction[Any],
        text: app_commands.Range[str, 1, 4000] | None = None,
        file: discord.Attachment | None = None,
        article: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        """Check a draft; the report is private, with a button to post it."""
        if (text is None) == (file is None):
            raise UserFacingError(
                "Give the draft as `text` or as an attached .txt/.md file (one of them)."
            )
        if file is not None:
            if PurePath(file.filename).suffix.lower() not in DRAFT_TYPES:
                raise UserFacingError(
                    f"Attach the draft as a .txt or .md file; {file.filename!r} is not one."
                )
            if file.size > MAX_DRAFT_BYTES:
                raise UserFacingError(
                    f"That file is too long for a draft (the limit is {MAX_DRAFT_CHARS:,} characters)."
                )
        await interaction.response.defer(ephemeral=True, thinking=True)
        data = await file.read() if file is not None else None
        report, titles = await self.bot.run_engine(
            check_draft_text,
            self.bot.engine,
            text,
            data,
            file.filename if file is not None else "draft",
            article,
            scope_of(interaction),
        )
        log.info(
            "%s checked a draft: %d items, %d problems",
            interaction.user.id,
            len(report.items),
            report.problems,
        )
        embeds = check_embeds(report, titles)
        await send_embeds(interaction, embeds, view=PostReport(embeds), ephemeral=True)


async def setup(bot: NewsroomBot) -> None:
    """Load the cog."""
    await bot.add_cog(CheckCog(bot))
