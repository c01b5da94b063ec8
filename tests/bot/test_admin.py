"""/ingest and /remove: who may use them, and that an upload stays inside its server."""

from __future__ import annotations

import itertools
from typing import Any

import discord
import pytest
from simcord import assert_error

from bot.discord.common import NotAdmin
from retrieval.models import UserFacingError

from .conftest import SEED_ID
from .test_commands import private_error

ZEBRA = (
    b"Council Approves Zebra Crossing Budget\n\n"
    b"The city council approved a budget of 12 million yen for new zebra crossings on Tuesday.\n\n"
    b'"Safety comes first," said Mayor Hanako Sato, who proposed the plan.\n'
)
ZEBRA_ID = "zebra_report"
_other = itertools.count(9_100_000_000_000_000_00)


def editor(env: Any, guild: Any, name: str = "eddie") -> Any:
    role = guild.create_role("Editors", permissions=discord.Permissions(manage_guild=True))
    return guild.add_member(env.create_user(name), roles=[role])


async def test_manager_ingests_a_file_and_it_is_listed(simcord_env: Any, guild_id: int) -> None:
    guild = simcord_env.create_guild(id=guild_id)
    channel = guild.create_text_channel("desk")
    eddie = editor(simcord_env, guild)
    result = await eddie.slash(channel, "ingest", file=("zebra_report.txt", ZEBRA))
    assert "added: `zebra_report` Council Approves Zebra Crossing Budget" in result.response.content
    listed = (await eddie.slash(channel, "articles")).response.embeds[0].description
    assert f"`{ZEBRA_ID}`" in listed and f"`{SEED_ID}`" in listed
    choices = await eddie.autocomplete(channel, "remove", "article", "")
    assert [c["value"] for c in choices] == [ZEBRA_ID]  # only this server's own articles
    removed = await eddie.slash(channel, "remove", article=ZEBRA_ID)
    assert removed.response.content == f"Removed `{ZEBRA_ID}`."
    listed = (await eddie.slash(channel, "articles")).response.embeds[0].description
    assert ZEBRA_ID not in listed


async def test_upload_is_invisible_in_another_server(simcord_env: Any, guild_id: int) -> None:
    guild_a = simcord_env.create_guild("A", id=guild_id)
    desk_a = guild_a.create_text_channel("desk")
    eddie = editor(simcord_env, guild_a)
    await eddie.slash(desk_a, "ingest", file=("zebra_report.txt", ZEBRA))
    asked_a = await eddie.slash(
        desk_a, "ask", question="How much did the council approve for zebra crossings?"
    )
    assert any("Zebra Crossing Budget" in f.name for f in asked_a.response.embeds[0].fields)

    guild_b = simcord_env.create_guild("B", id=next(_other))
    desk_b = guild_b.create_text_channel("desk")
    bea = editor(simcord_env, guild_b, "bea")
    listed = (await bea.slash(desk_b, "articles")).response.embeds[0].description
    assert ZEBRA_ID not in listed and SEED_ID in listed
    assert await bea.autocomplete(desk_b, "ask", "article", "zebra") == []
    assert await bea.autocomplete(desk_b, "source", "article", "") != []
    source = await bea.slash(desk_b, "source", article=ZEBRA_ID, paragraph=1)
    assert private_error(source, desk_b).startswith(f"Unknown article: '{ZEBRA_ID}'")
    asked = await bea.slash(
        desk_b, "ask", question="How much did the council approve for zebra crossings?"
    )
    shown = asked.response.embeds[0]
    assert "zebra" not in (shown.description or "").lower()
    assert all("zebra" not in (f.name + f.value).lower() for f in shown.fields)
    limited = await bea.slash(desk_b, "ask", question="What did the mayor say?", article=ZEBRA_ID)
    assert private_error(limited, desk_b).startswith(f"Unknown article: '{ZEBRA_ID}'")
    removed = await bea.slash(desk_b, "remove", article=ZEBRA_ID)  # B cannot remove A's article
    assert private_error(removed, desk_b).startswith("Unknown article")
    assert_error(simcord_env, UserFacingError)


async def test_members_without_manage_server_are_refused(simcord_env: Any, guild_id: int) -> None:
    guild = simcord_env.create_guild(id=guild_id)
    channel = guild.create_text_channel("desk")
    mallory = guild.add_member(simcord_env.create_user("mallory"))
    for name, options in (
        ("ingest", {"file": ("zebra_report.txt", ZEBRA)}),
        ("remove", {"article": SEED_ID}),
    ):
        refused = await mallory.slash(channel, name, **options)
        assert refused.ephemeral
        assert refused.response.content == (
            "Sorry, only members with Manage Server can change this server's articles."
        )
    assert_error(simcord_env, NotAdmin)
    listed = (await mallory.slash(channel, "articles")).response.embeds[0].description
    assert ZEBRA_ID not in listed


@pytest.mark.parametrize("settings", [{"newsroom_admin_role": "Newsroom"}], indirect=True)
async def test_the_admin_role_from_settings_may_ingest(simcord_env: Any, guild_id: int) -> None:
    guild = simcord_env.create_guild(id=guild_id)
    channel = guild.create_text_channel("desk")
    role = guild.create_role("Newsroom")
    nina = guild.add_member(simcord_env.create_user("nina"), roles=[role])
    result = await nina.slash(channel, "ingest", file=("zebra_report.txt", ZEBRA))
    assert "added: `zebra_report`" in result.response.content
    await nina.slash(channel, "remove", article=ZEBRA_ID)


async def test_wrong_file_type_is_refused_before_download(simcord_env: Any, guild_id: int) -> None:
    guild = simcord_env.create_guild(id=guild_id)
    channel = guild.create_text_channel("desk")
    eddie = editor(simcord_env, guild)
    result = await eddie.slash(channel, "ingest", file=("notes.pdf", b"%PDF-1.4"))
    assert result.ephemeral
    assert "'notes.pdf' is not one of them" in result.response.content
    assert_error(simcord_env, UserFacingError)


@pytest.mark.parametrize("settings", [{"max_upload_bytes": 100}], indirect=True)
async def test_oversized_upload_is_refused(simcord_env: Any, guild_id: int) -> None:
    guild = simcord_env.create_guild(id=guild_id)
    channel = guild.create_text_channel("desk")
    eddie = editor(simcord_env, guild)
    result = await eddie.slash(channel, "ingest", file=("zebra_report.txt", ZEBRA))
    assert "the limit is" in result.response.content
    assert_error(simcord_env, UserFacingError)
