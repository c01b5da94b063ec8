"""What every cog shares: the scope of an interaction, checks, autocomplete and sending."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

import discord
from discord import app_commands

from bot.discord.client import NO_MENTIONS, scope_for
from bot.discord.render import pack_embeds

if TYPE_CHECKING:
    from bot.discord.client import NewsroomBot

log = logging.getLogger(__name__)

T = TypeVar("T")
CHOICE_LIMIT = 100  # Discord's limit on a choice's name and value


def bot_of(interaction: discord.Interaction[Any]) -> NewsroomBot:
    """The NewsroomBot behind an interaction."""
    return cast("NewsroomBot", interaction.client)


def scope_of(interaction: discord.Interaction[Any]) -> str | None:
    """The engine scope of an interaction: its guild, never anything the user typed."""
    return scope_for(interaction.guild_id)


class NotAdmin(app_commands.CheckFailure):
    """The member may not manage this server's articles."""


def rate_limited() -> Callable[[T], T]:
    """A check: at most `rate_limit_count` requests per user per `rate_limit_window_s`."""

    async def predicate(interaction: discord.Interaction[Any]) -> bool:
        bot = bot_of(interaction)
        retry_after = bot.limited(interaction.user.id)
        if retry_after:
            cooldown = app_commands.Cooldown(bot.rate.count, bot.rate.window)
            raise app_commands.CommandOnCooldown(cooldown, retry_after)
        return True

    return app_commands.check(predicate)


def is_admin(interaction: discord.Interaction[Any]) -> bool:
    """Manage Server, or the role named in NEWSROOM_ADMIN_ROLE."""
    if interaction.permissions.manage_guild:
        return True
    role = bot_of(interaction).settings.newsroom_admin_role
    roles = getattr(interaction.user, "roles", ())
    return bool(role) and any(r.name == role for r in roles)


def admin_only() -> Callable[[T], T]:
    """A check that refuses, politely, members who may not manage articles."""

    async def predicate(interaction: discord.Interaction[Any]) -> bool:
        if is_admin(interaction):
            return True
        role = bot_of(interaction).settings.newsroom_admin_role
        who = "members with Manage Server" + (f" or the {role} role" if role else "")
        raise NotAdmin(f"Sorry, only {who} can change this server's articles.")

    return app_commands.check(predicate)


def _choice(article_id: str, title: str) -> app_commands.Choice[str]:
    suffix = f" ({article_id})"
    room = CHOICE_LIMIT - len(suffix)
    name = (title[: room - 1] + "…" if len(title) > room else title) + suffix
    return app_commands.Choice(name=name[:CHOICE_LIMIT], value=article_id[:CHOICE_LIMIT])


async def _article_choices(
    interaction: discord.Interaction[Any], current: str, *, own_only: bool
) -> list[app_commands.Choice[str]]:
    bot = bot_of(interaction)
    scope = scope_of(interaction)
    try:
        infos = await asyncio.to_thread(bot.engine.articles, scope=scope)
    except Exception:  # autocomplete must answer; an empty list is the polite failure
        log.warning("Article autocomplete failed", exc_info=True)
        return []
    needle = current.casefold().strip()
    return [
        _choice(i.article_id, i.title)
        for i in infos
        if (not own_only or i.scope == scope)
        and (needle in i.article_id.casefold() or needle in i.title.casefold())
    ][:25]


async def article_autocomplete(
    interaction: discord.Interaction[Any], current: str
) -> list[app_commands.Choice[str]]:
    """Articles visible here whose id or title contains what the user typed."""
    return await _article_choices(interaction, current, own_only=False)


async def own_article_autocomplete(
    interaction: discord.Interaction[Any], current: str
) -> list[app_commands.Choice[str]]:
    """This server's own articles (the ones /remove may remove)."""
    return await _article_choices(interaction, current, own_only=True)


async def speaker_autocomplete(
    interaction: discord.Interaction[Any], current: str
) -> list[app_commands.Choice[str]]:
    """People quoted in the articles visible here (in the chosen article, if one is), matching
    any form of the name typed so far."""
    bot = bot_of(interaction)
    article = getattr(interaction.namespace, "article", None) or None
    try:
        found = await asyncio.to_thread(
            bot.engine.speakers, current, article=article, scope=scope_of(interaction)
        )
    except Exception:  # autocomplete must answer; an empty list is the polite failure
        log.warning("Speaker autocomplete failed", exc_info=True)
        return []
    choices = []
    for name, role in found[:25]:
        label = f"{name} ({role})" if role else name
        choices.append(app_commands.Choice(name=label[:CHOICE_LIMIT], value=name[:CHOICE_LIMIT]))
    return choices


async def send_embeds(
    interaction: discord.Interaction[Any],
    embeds: Sequence[discord.Embed],
    *,
    view: discord.ui.View | None = None,
    ephemeral: bool = False,
    content: str | None = None,
) -> discord.WebhookMessage:
    """Send embeds after a defer: the first message carries the content and the view, the rest
    continue it."""
    groups = pack_embeds(embeds) or [[]]
    first: discord.WebhookMessage | None = None
    for i, group in enumerate(groups):
        kwargs: dict[str, Any] = {"view": view} if i == 0 and view is not None else {}
        if i == 0 and content:
            kwargs["content"] = content
        sent = await interaction.followup.send(
            embeds=group, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS, wait=True, **kwargs
        )
        first = first or sent
    assert first is not None
    return first
