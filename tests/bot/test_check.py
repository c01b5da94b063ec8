"""/check end to end: simcord + the real engine + the seed article, and the report's embeds."""

from __future__ import annotations

from typing import Any

from simcord import assert_error

from bot.discord.cogs.check import POST_LABEL, check_embeds
from bot.discord.render import embed_problems
from retrieval.check import CheckItem, CheckReport
from retrieval.models import UserFacingError
from tests.conftest import SEED_TITLE

from .conftest import SEED_ID
from .test_commands import callbacks, setup_guild

# A draft written from the seed: one quote verbatim with its speaker, one with a word dropped,
# one credited to the wrong spokesperson, and a date a day off.
DRAFT = (
    "トランプ氏は「その時が来た」と述べた。\n\n"
    "ホワイトハウスのケリー報道官は「トランプ大統領こそが常に外交政策を主導しており、"
    "ルビオ国務長官やウィトコフ特使ら国家安全保障の担当者は大統領の米国第一主義の下、"
    "団結したチームとして政策を遂行している」と説明した。\n\n"
    "ケリー報道官は「有害な勢力が、根拠のない嘘を通じて自分にとって都合の良い話を進めようとしている」と批判した。\n\n"
    "トランプ政権は23日、ロシア石油大手のロスネフチとルクオイルに制裁を科すと発表した。\n"
)


async def test_check_reports_privately_and_posts_on_request(
    simcord_env: Any, guild_id: int
) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    result = await alice.slash(channel, "check", text=DRAFT)
    assert callbacks(simcord_env)[-1] == 5  # deferred
    assert result.ephemeral  # the draft's report goes to the asker alone
    embeds = result.response.embeds
    assert not any(embed_problems(e) for e in embeds)
    head = embeds[0]
    assert head.title.startswith("Draft check: 3 problem(s)")
    assert "「その時が来た」 ¶2 — トランプ" in head.description
    fields = [f for e in embeds for f in e.fields]
    near, mismatch, figure = fields
    assert "near" in near.name and f"{SEED_TITLE} ¶7" in near.name  # the title, not the id
    assert "[-大統領の-]" in near.value  # the dropped words, shown
    assert "mismatch" in mismatch.name and "draft ケリー · source ピゴット" in mismatch.value
    assert "figure" in figure.name and "[-22日-]{+23日+}" in figure.value
    public = [m for m in channel.history() if m.author.bot]
    assert public == []  # nothing in the channel until the writer posts it
    posted = await alice.click(result.response, label=POST_LABEL)
    assert not posted.ephemeral
    assert posted.response.content == f"Draft check shared by {alice.mention}"
    assert [e.title for e in posted.response.embeds] == [head.title]
    assert any(m.embeds and m.embeds[0].title == head.title for m in channel.history())


async def test_check_reads_an_attached_markdown_draft(simcord_env: Any, guild_id: int) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    draft = "# 下書き\n\nルビオ氏は「平和を実現する機会があるのなら、われわれは常に対話に関心を持つ」と述べた。\n"
    result = await alice.slash(channel, "check", file=("draft.md", draft.encode()), article=SEED_ID)
    (head,) = result.response.embeds
    assert head.title == "Draft check: all 2 checked items match the sources"  # quote, name
    assert "¶28 — ルビオ" in head.description


async def test_check_refuses_bad_drafts_with_one_line(simcord_env: Any, guild_id: int) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    both = await alice.slash(channel, "check", text="x", file=("d.txt", b"x"))
    assert both.ephemeral and both.response.content.startswith("Give the draft as `text`")
    binary = await alice.slash(channel, "check", file=("d.txt", b"\x00\x01\x02binary"))
    (said,) = [binary.response, *binary.followups][-1:]
    assert said.ephemeral and said.content == "d.txt: not a text file (UTF-8 or Shift_JIS)"
    pdf = await alice.slash(channel, "check", file=("d.pdf", b"%PDF-1.4"))
    assert pdf.response.content.startswith("Attach the draft as a .txt or .md file")
    blank = await alice.slash(channel, "check", text="   ")
    (said,) = [blank.response, *blank.followups][-1:]
    assert said.content == "The draft is empty: give the text to check."
    assert_error(simcord_env, UserFacingError)


def test_report_embeds_fit_discord_and_split_past_25_problems() -> None:
    items = tuple(
        CheckItem("figure", f"{n}日", "mismatch", SEED_ID, 26, "22日", f"[-22日-]{{+{n}日+}}")
        for n in range(40)
    )
    embeds = check_embeds(CheckReport(items=items, checked=40))
    assert [len(e.fields) for e in embeds] == [25, 15]
    assert embeds[0].title == "Draft check: 40 problem(s) in 40 checked"
    assert not any(embed_problems(e) for e in embeds)
    empty = check_embeds(CheckReport(items=(), checked=0))
    assert "No quotes, figures or names" in empty[0].description
