"""Slash commands, buttons and autocomplete end to end: simcord + the real engine + seed article."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import discord
import pytest
from discord import app_commands
from simcord import assert_error

from bot.discord.client import PLACEHOLDER, BotBusyError
from bot.discord.render import embed_problems
from bot.feedback import export_feedback
from retrieval.models import IndexUnavailableError, UserFacingError

from .conftest import SEED_ID

QUESTION = "ルビオ氏は何を判断した？"


def setup_guild(env: Any, guild_id: int) -> tuple[Any, Any, Any]:
    guild = env.create_guild(id=guild_id)
    channel = guild.create_text_channel("newsdesk")
    alice = guild.add_member(env.create_user("alice"))
    return guild, channel, alice


def callbacks(env: Any) -> list[int]:
    """The type of every interaction callback the bot sent (5 = deferred "thinking")."""
    return [r.json["type"] for r in env.http_requests if r.path.endswith("/callback")]


def private_error(result: Any, channel: Any) -> str:
    """The text of an error after a public defer: the "thinking…" message is gone and the error
    reached the asker alone, as an ephemeral message."""
    assert result.response is None  # the public placeholder was deleted
    (followup,) = result.followups
    assert followup.ephemeral and not followup.embeds
    public = [m.content for m in channel.history() if m.author.bot and not m.embeds]
    assert followup.content not in public and PLACEHOLDER not in public
    return str(followup.content)


def only(result: Any) -> discord.Embed:
    """The one embed of an interaction's response (which must have come after a defer)."""
    assert result.acknowledged
    assert callbacks(result._env)[-1] == 5
    embeds = result.response.embeds
    assert len(embeds) == 1
    return embeds[0]


async def test_ask_answers_with_numbered_verbatim_sources(simcord_env: Any, guild_id: int) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    result = await alice.slash(channel, "ask", question=QUESTION)
    embed = only(result)
    assert embed.title == QUESTION
    assert "[¶3]" in embed.description
    assert embed.fields[0].name.startswith("1. ¶3 · ")
    seed = (simcord_env.bot.engine.article(SEED_ID)).block(3).text
    assert embed.fields[0].value.rstrip("…") in seed
    labels = [
        c.get("label") or c["emoji"]["name"]
        for row in result.response.components
        for c in row["components"]
    ]
    assert labels == ["Show passages", "👍", "👎"]


async def test_show_passages_sends_full_paragraphs_only_to_the_clicker(
    simcord_env: Any, guild_id: int
) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    answer = await alice.slash(channel, "ask", question=QUESTION)
    shown = await alice.click(answer.response, label="Show passages")
    assert shown.ephemeral
    embed = shown.response.embeds[0]
    assert embed.title.startswith("¶3 · ")
    assert embed.description == simcord_env.bot.engine.article(SEED_ID).block(3).text


async def test_votes_are_stored_and_exported(
    simcord_env: Any, guild_id: int, settings: Any
) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    answer = await alice.slash(channel, "ask", question=QUESTION)
    await alice.click(answer.response, custom_id=_button_id(answer, "👎"))
    voted = await alice.click(answer.response, custom_id=_button_id(answer, "👍"))
    assert voted.ephemeral
    rows = export_feedback(settings.data_dir)
    assert len(rows) == 1  # a second vote by the same user replaces the first
    row = rows[0]
    assert row["vote"] == "up"
    assert row["question"] == QUESTION
    assert "[¶3]" in row["answer"]
    assert row["citations"][0]["paragraph"] == 3
    assert row["guild_id"] == guild_id and row["channel_id"] == channel.id
    assert row["created_at"] > 0


def _button_id(result: Any, emoji: str) -> str:
    for row in result.response.components:
        for c in row["components"]:
            if (c.get("emoji") or {}).get("name") == emoji:
                return c["custom_id"]
    raise AssertionError(emoji)


async def test_summary_in_bullets_cites_paragraphs(simcord_env: Any, guild_id: int) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    result = await alice.slash(channel, "summary", article=SEED_ID, length="short", style="bullets")
    embed = only(result)
    lines = embed.description.splitlines()
    assert len(lines) == 3 and all(line.startswith("- ") and "[¶" in line for line in lines)
    assert embed.fields[0].name == "Cited paragraphs"


async def test_quote_shows_speaker_role_and_paragraph(simcord_env: Any, guild_id: int) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    result = await alice.slash(channel, "quote", speaker="ケリー")
    text = only(result).description
    assert "> 「トランプ大統領こそが常に外交政策を主導しており、" in text
    assert "— **ケリー (ホワイトハウス報道官)** · ¶7 · " in text
    assert "partial quote" in text  # ¶11's fragments are labelled as such


async def test_quote_speaker_autocomplete_lists_who_is_quoted_by_any_form_of_the_name(
    simcord_env: Any, guild_id: int
) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    everyone = await alice.autocomplete(channel, "quote", "speaker", "")
    assert {c["value"] for c in everyone} == {
        "トランプ",
        "ルビオ",
        "ケリー",
        "ピゴット",
        "リアナ・フィックス",
    }
    assert everyone[0]["value"] in ("ケリー", "ルビオ", "ピゴット")  # the most quoted first
    by_english = await alice.autocomplete(channel, "quote", "speaker", "Pigott")
    assert [c["name"] for c in by_english] == ["ピゴット (米国務省報道官)"]
    assert await alice.autocomplete(channel, "quote", "speaker", "Nobody") == []


async def test_source_returns_the_whole_paragraph_verbatim(simcord_env: Any, guild_id: int) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    result = await alice.slash(channel, "source", article=SEED_ID, paragraph=14)
    embed = only(result)
    assert embed.description == simcord_env.bot.engine.article(SEED_ID).block(14).text
    assert embed.title.startswith("¶14 · ")


async def test_source_of_a_missing_paragraph_says_so(simcord_env: Any, guild_id: int) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    result = await alice.slash(channel, "source", article=SEED_ID, paragraph=999)
    assert private_error(result, channel) == f"{SEED_ID} has no ¶999 (it has ¶1-¶31)."
    assert_error(simcord_env, UserFacingError, contains="¶999")


async def test_articles_lists_the_seed(simcord_env: Any, guild_id: int) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    embed = only(await alice.slash(channel, "articles"))
    assert f"`{SEED_ID}`" in embed.description
    assert embed.title == "Articles (1)"


async def test_article_autocomplete_matches_title_and_id(simcord_env: Any, guild_id: int) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    by_title = await alice.autocomplete(channel, "ask", "article", "rubio")
    assert [c["value"] for c in by_title] == [SEED_ID]
    assert by_title[0]["name"].endswith(f"({SEED_ID})") and len(by_title[0]["name"]) <= 100
    assert await alice.autocomplete(channel, "summary", "article", "1f22f8") == by_title
    assert await alice.autocomplete(channel, "ask", "article", "no such thing") == []


async def test_unknown_article_is_a_short_user_error(simcord_env: Any, guild_id: int) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    result = await alice.slash(channel, "summary", article="nope")
    assert private_error(result, channel).startswith("Unknown article: 'nope'")
    assert_error(simcord_env, UserFacingError)


async def test_index_unavailable_gets_the_retry_message(
    simcord_env: Any, guild_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)

    def down(*args: Any, **kwargs: Any) -> Iterator[Any]:
        raise IndexUnavailableError("chroma is down")
        yield  # a generator, as ask_stream is

    monkeypatch.setattr(simcord_env.bot.engine, "ask_stream", down)
    result = await alice.slash(channel, "ask", question=QUESTION)
    assert private_error(result, channel) == (
        "The article index is unavailable right now; please try again in a minute."
    )
    assert_error(simcord_env, IndexUnavailableError)


async def test_unexpected_errors_are_logged_and_apologised_for(
    simcord_env: Any,
    guild_id: int,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(simcord_env.bot.engine, "articles", broken)
    with caplog.at_level(logging.ERROR):
        result = await alice.slash(channel, "articles")
    text = private_error(result, channel)
    assert text.startswith("Sorry, something went wrong")
    assert "secret internal detail" not in text
    record = next(r for r in caplog.records if r.name == "bot.discord.client")
    assert record.exc_info is not None and "secret internal detail" in str(record.exc_info[1])
    assert_error(simcord_env, RuntimeError)


@pytest.mark.parametrize("settings", [{"rate_limit_count": 2}], indirect=True)
async def test_rate_limit_answers_politely(simcord_env: Any, guild_id: int) -> None:
    guild, channel, alice = setup_guild(simcord_env, guild_id)
    bob = guild.add_member(simcord_env.create_user("bob"))
    for _ in range(2):
        assert only(await alice.slash(channel, "articles"))
    refused = await alice.slash(channel, "articles")
    assert refused.ephemeral and callbacks(simcord_env)[-1] == 4  # refused at once, no defer
    assert refused.response.content.startswith("You're sending requests a little fast")
    assert only(await bob.slash(channel, "articles"))  # per user
    assert_error(simcord_env, app_commands.CommandOnCooldown)


@pytest.mark.parametrize("settings", [{"max_concurrency": 1, "max_queue": 0}], indirect=True)
async def test_concurrency_limit_answers_politely(simcord_env: Any, guild_id: int) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    await simcord_env.bot.capacity.acquire()  # every engine slot is busy
    try:
        busy = await alice.slash(channel, "ask", question=QUESTION)
    finally:
        simcord_env.bot.capacity.release()
    assert private_error(busy, channel).startswith("I'm answering as many questions as I can")
    assert only(await alice.slash(channel, "ask", question=QUESTION))
    assert_error(simcord_env, BotBusyError)


@pytest.mark.parametrize("settings", [{"max_concurrency": 1, "max_queue": 1}], indirect=True)
async def test_calls_beyond_the_slots_wait_their_turn_up_to_the_queue_limit(
    simcord_env: Any,
) -> None:
    bot = simcord_env.bot
    await bot.capacity.acquire()  # the only slot is taken
    queued = asyncio.create_task(bot.run_engine(lambda: "answered"))
    await asyncio.sleep(0.05)
    assert not queued.done() and bot.waiting == 1
    with pytest.raises(BotBusyError):  # the queue is full
        await bot.run_engine(lambda: "refused")
    bot.capacity.release()
    assert await asyncio.wait_for(queued, 5) == "answered"
    assert bot.waiting == 0 and not bot.capacity.locked()


async def test_an_error_behind_a_button_reaches_only_the_presser(
    simcord_env: Any,
    guild_id: int,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    answer = await alice.slash(channel, "ask", question=QUESTION)

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(simcord_env.bot.engine, "article", broken)
    with caplog.at_level(logging.ERROR):
        shown = await alice.click(answer.response, label="Show passages")
    assert shown.ephemeral and shown.response.content.startswith("Sorry, something went wrong")
    assert "secret internal detail" not in shown.response.content
    assert any("secret internal detail" in str(r.exc_info[1]) for r in caplog.records if r.exc_info)
    public = [m for m in channel.history() if m.author.bot]
    assert [m.id for m in public] == [answer.response.id]  # only the answer itself


async def test_help_lists_every_command_and_explains_citing(
    simcord_env: Any, guild_id: int
) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    shown = await alice.slash(channel, "help")
    assert shown.ephemeral
    (embed,) = shown.response.embeds
    names = {c.name for c in simcord_env.bot.tree.get_commands()}
    assert {"ask", "summary", "quote", "source", "articles", "ingest", "remove", "help"} <= names
    for name in names:
        assert f"`/{name}` — " in embed.description
    fields = {f.name: f.value for f in embed.fields}
    assert set(fields) == {"It can", "It cannot", "Citing a passage"}
    assert "¶N" in fields["Citing a passage"] and "/source" in fields["Citing a passage"]
    assert not embed_problems(embed)
