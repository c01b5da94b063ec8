"""Buttons under an answer that keep working after a restart: "Show passages" and 👍/👎.

They are discord.py dynamic items: everything a press needs is in the button's custom_id (at
most 100 characters), matched by a template registered at start-up, so no view has to be alive
in memory. "Show passages" carries, per cited article, the article id, the version it was cited
in (a prefix of its content hash) and the ¶ numbers; both buttons carry the key of the answer in
the bot's state (bot/state.py), which keeps the cited passages as they were and what a vote is
about. When an article has changed since, the press shows the passages as they were cited, or,
when that answer is no longer kept, says so and shows the current text.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.discord.client import NO_MENTIONS, report_error
from bot.discord.common import scope_of, send_embeds
from bot.discord.render import passage_embeds, short_message
from bot.feedback import Vote
from bot.state import StoredAnswer
from retrieval.models import Answer, Article, Block, UserFacingError

if TYPE_CHECKING:
    from bot.discord.client import NewsroomBot
    from retrieval.engine import Engine

CUSTOM_ID_LIMIT = 100
VERSION_CHARS = 6
UNKNOWN_VERSION = "0" * VERSION_CHARS  # never matches: the cited text is shown as it was
_KEY = r"[0-9a-f]{12}"
SOURCE_ID = re.compile(rf"nr:src:(?P<key>{_KEY}):(?P<refs>[A-Za-z0-9_.\-@=,;]*)")
VOTE_ID = re.compile(rf"nr:vote:(?P<vote>up|down):(?P<key>{_KEY})")
TOO_OLD = (
    "This answer is too old for its passages to be shown here; "
    "use /source with the article and the ¶ number."
)
TOO_OLD_TO_RATE = "This answer is too old to rate now; thanks all the same."


@dataclass(frozen=True)
class Ref:
    """The paragraphs of one article an answer shows, and the version they were cited in."""

    article_id: str
    version: str
    paragraphs: tuple[int, ...]


def cited_blocks(answer: Answer) -> list[tuple[str, int]]:
    """The (article, ¶N) pairs an answer shows: its citations, else its closest passages."""
    pairs = [(c.article_id, c.paragraph) for c in answer.citations]
    if not answer.answerable:
        pairs = [(p.article_id, p.paragraph) for p in answer.related]
    return list(dict.fromkeys(pairs))


def cited_refs(answer: Answer, versions: dict[str, str]) -> list[Ref]:
    """The answer's shown paragraphs grouped by article, in the order they are shown."""
    grouped: dict[str, list[int]] = {}
    for article_id, n in cited_blocks(answer):
        grouped.setdefault(article_id, []).append(n)
    return [Ref(a, versions.get(a, UNKNOWN_VERSION), tuple(ns)) for a, ns in grouped.items()]


def encode_refs(refs: Sequence[Ref]) -> str:
    """`id@version=3,5;id2@version=7` (article ids are [A-Za-z0-9_.-])."""
    return ";".join(f"{r.article_id}@{r.version}={','.join(map(str, r.paragraphs))}" for r in refs)


def decode_refs(text: str) -> list[Ref]:
    """The refs `encode_refs` wrote; raises ValueError on anything else."""
    refs = []
    for part in filter(None, text.split(";")):
        head, _, numbers = part.partition("=")
        article_id, _, version = head.rpartition("@")
        paragraphs = tuple(int(n) for n in numbers.split(","))
        if not article_id or not version or not paragraphs or min(paragraphs) < 1:
            raise ValueError(f"bad passage reference {part!r}")
        refs.append(Ref(article_id, version, paragraphs))
    return refs


def source_custom_id(key: str, refs: Sequence[Ref]) -> str:
    """The "Show passages" custom_id; when the refs do not fit, the stored answer supplies them."""
    full = f"nr:src:{key}:{encode_refs(refs)}"
    return full if len(full) <= CUSTOM_ID_LIMIT else f"nr:src:{key}:"


def article_versions(engine: Engine, answer: Answer, scope: str | None) -> dict[str, str]:
    """The live version of each article the answer shows, checked against the cited text: if an
    article changed while the answer was being written, its version is unknown."""
    texts = {(c.article_id, c.paragraph): c.text for c in answer.citations}
    texts.update({(p.article_id, p.paragraph): p.text for p in answer.related})
    versions: dict[str, str] = {}
    for article_id, n in cited_blocks(answer):
        try:
            article = engine.article(article_id, scope=scope)
            same = texts.get((article_id, n), "") in article.block(n).text
        except UserFacingError:
            same = False
        known = versions.get(article_id, "") != UNKNOWN_VERSION
        versions[article_id] = (
            article.content_hash[:VERSION_CHARS] if same and known else UNKNOWN_VERSION
        )
    return versions


def as_cited(stored: StoredAnswer) -> dict[tuple[str, int], tuple[Article, Block]]:
    """The passages of a stored answer as they were when it was given."""
    found: dict[tuple[str, int], tuple[Article, Block]] = {}
    answer = stored.answer
    for p in answer.related:
        found[(p.article_id, p.paragraph)] = (
            Article(p.article_id, p.article_title, ()),
            Block(p.paragraph, p.kind, p.text, p.section),
        )
    for c in answer.citations:
        found[(c.article_id, c.paragraph)] = (
            Article(c.article_id, c.article_title, ()),
            Block(c.paragraph, "paragraph", c.text, c.section),
        )
    return found


def passages_to_show(
    engine: Engine, refs: Sequence[Ref], stored: StoredAnswer | None, scope: str | None
) -> tuple[list[str], list[tuple[Article, Block]]]:
    """Notes for the reader and the passages to show: the current text when the article is
    still the cited version, else the text as cited, else (said plainly) the current text."""
    if not refs and stored is not None:
        refs = cited_refs(stored.answer, stored.versions)
    if not refs:
        raise UserFacingError(TOO_OLD)
    kept = as_cited(stored) if stored is not None else {}
    notes: list[str] = []
    shown: list[tuple[Article, Block]] = []
    for ref in refs:
        try:
            current: Article | None = engine.article(ref.article_id, scope=scope)
        except UserFacingError:
            current = None
        if current is not None and current.content_hash.startswith(ref.version):
            shown.extend((current, current.block(n)) for n in ref.paragraphs)
            continue
        change = "updated" if current is not None else "removed"
        # The article as a person knows it: its title now, or as it was cited.
        known = current or next(
            (kept[(ref.article_id, n)][0] for n in ref.paragraphs if (ref.article_id, n) in kept),
            None,
        )
        title = known.title if known is not None else ""
        name = f"“{discord.utils.escape_markdown(title)}”" if title else f"`{ref.article_id}`"
        if all((ref.article_id, n) in kept for n in ref.paragraphs):
            notes.append(
                f"{name} has been {change} since this answer; below is the text as it was cited."
            )
            shown.extend(kept[(ref.article_id, n)] for n in ref.paragraphs)
        elif current is not None:
            notes.append(
                f"{name} has been updated since this answer and the cited version is no longer "
                "kept; below is its current text, whose ¶ numbers may differ."
            )
            shown.extend(
                (current, current.block(n)) for n in ref.paragraphs if n <= len(current.blocks)
            )
        else:
            notes.append(f"{name} has been removed since this answer.")
    return notes, shown


def _bot(interaction: discord.Interaction[Any]) -> NewsroomBot:
    return cast("NewsroomBot", interaction.client)


async def _guarded(
    interaction: discord.Interaction[Any],
    work: Callable[[discord.Interaction[Any]], Awaitable[None]],
) -> None:
    """Run a button's work as a job of the bot (refused while shutting down); errors go through
    the one error path (discord.py only logs exceptions raised by dynamic items)."""
    try:
        with _bot(interaction).lifecycle.job():
            await work(interaction)
    except Exception as error:
        await report_error(interaction, error)


class ShowPassages(discord.ui.DynamicItem[discord.ui.Button[Any]], template=SOURCE_ID):
    """📄 Show passages: the cited paragraphs in full, only to the person who pressed it."""

    def __init__(self, custom_id: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Show passages",
                style=discord.ButtonStyle.secondary,
                emoji="📄",
                custom_id=custom_id,
            )
        )
        match = SOURCE_ID.fullmatch(custom_id)
        assert match is not None
        self.key = match["key"]
        self.refs = match["refs"]

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> ShowPassages:
        """Rebuild the button from a press."""
        return cls(match.string)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Send the passages ephemerally."""
        await _guarded(interaction, self._show)

    async def _show(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        bot = _bot(interaction)
        refs = decode_refs(self.refs)
        stored = await asyncio.to_thread(bot.state.answer, self.key)
        scope = scope_of(interaction)
        notes, shown = await bot.run_engine(passages_to_show, bot.engine, refs, stored, scope)
        content = short_message("\n".join(notes)) if notes else None
        await send_embeds(interaction, passage_embeds(shown), ephemeral=True, content=content)


class VoteButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=VOTE_ID):
    """👍 / 👎 on an answer, stored with the answer it is about."""

    def __init__(self, vote: Vote, key: str) -> None:
        super().__init__(
            discord.ui.Button(
                emoji="👍" if vote == "up" else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=f"nr:vote:{vote}:{key}",
            )
        )
        self.vote: Vote = vote
        self.key = key

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> VoteButton:
        """Rebuild the button from a press."""
        return cls(cast(Vote, match["vote"]), match["key"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Record the vote."""
        await _guarded(interaction, self._vote)

    async def _vote(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        bot = _bot(interaction)
        stored = await asyncio.to_thread(bot.state.answer, self.key)
        if stored is None:
            await interaction.followup.send(
                TOO_OLD_TO_RATE, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        message = interaction.message
        await asyncio.to_thread(
            bot.feedback.record,
            vote=self.vote,
            answer=stored.answer,
            message_id=message.id if message else interaction.id,
            user_id=interaction.user.id,
            guild_id=interaction.guild_id,
            channel_id=interaction.channel_id,
        )
        thanks = "Thanks, noted 👍." if self.vote == "up" else "Thanks, noted 👎; we'll look at it."
        await interaction.followup.send(thanks, ephemeral=True, allowed_mentions=NO_MENTIONS)


DYNAMIC_ITEMS = (ShowPassages, VoteButton)


def answer_view(answer: Answer, key: str, versions: dict[str, str]) -> discord.ui.View:
    """The buttons under an answer (persistent: no timeout, nothing kept in memory)."""
    view = discord.ui.View(timeout=None)
    refs = cited_refs(answer, versions)
    if refs:
        view.add_item(ShowPassages(source_custom_id(key, refs)))
    view.add_item(VoteButton("up", key))
    view.add_item(VoteButton("down", key))
    return view


async def view_for(
    bot: NewsroomBot, answer: Answer, scope: str | None
) -> tuple[str, discord.ui.View]:
    """Remember `answer` and build its buttons; returns (answer key, view)."""

    def build() -> tuple[str, dict[str, str]]:
        versions = article_versions(bot.engine, answer, scope)
        return bot.state.remember(answer, versions), versions

    key, versions = await asyncio.to_thread(build)
    return key, answer_view(answer, key, versions)
