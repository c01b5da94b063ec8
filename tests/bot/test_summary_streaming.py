"""/summary and /quote with a chat model: summaries stream like answers, quotes get translations.

End to end: simcord + the real engine over the seed article + the real ChatOpenAI client
against the local OpenAI-compatible stub. simcord's interactions come from an en-US client,
so the asker's language is English unless the `language` option says otherwise.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from bot.discord.client import NewsroomBot
from bot.discord.render import DRAFT_NOTE
from bot.settings import BotSettings
from prompts import load_prompt
from retrieval.checks import REMOVED_QUOTE_MARK
from retrieval.engine import Engine
from retrieval.llm import NOTES
from tests.retrieval.llm_stub import ChatStub, slowly

from .test_commands import setup_guild

SUMMARY = (
    "Trump announced the first sanctions on Russia of his second term [¶2]. "
    "Rubio judged that Russia had not changed its stance [¶3]."
)
INVENTED = "ロシアは信用できない"
# Both sentences cite ¶9, in the section 主導 the summary is asked for.
WITH_INVENTED = f"ウィトコフ氏は「{INVENTED}」と語った[¶9]。ウィトコフ氏は中東各地を歴訪した[¶9]。"
QUOTE_MARKS = set('「」『』“”"')

pytestmark = pytest.mark.simcord(settle_timeout=30)


@pytest.fixture
def simcord_bot(llm_engine: Engine, settings: BotSettings) -> NewsroomBot:
    """The bot over the LLM engine, editing drafts often (a real clock: see test_streaming)."""
    fast = settings.model_copy(update={"stream_edit_interval_s": 0.05})
    return NewsroomBot(engine=llm_engine, settings=fast, clock=time.perf_counter)


def draft_bodies(env: Any) -> list[str]:
    """The streamed text of each draft put on screen, in order."""
    return [
        r.json["content"].removesuffix(DRAFT_NOTE).strip()
        for r in env.http_requests
        if r.method in ("POST", "PATCH") and DRAFT_NOTE in ((r.json or {}).get("content") or "")
    ]


def field(embed: Any, name: str) -> str:
    return str(next(f.value for f in embed.fields if f.name == name))


async def test_summary_streams_drafts_then_the_checked_summary_in_the_askers_language(
    simcord_env: Any, guild_id: int, chat: ChatStub
) -> None:
    chat.script(slowly(SUMMARY))
    _, channel, alice = setup_guild(simcord_env, guild_id)
    result = await alice.slash(channel, "summary", length="short", style="paragraph")

    assert chat.requests[0]["stream"] is True
    assert chat.messages(0)[0]["content"] == load_prompt("summary", "en").system  # en-US asker
    bodies = draft_bodies(simcord_env)
    assert len(bodies) >= 2 and all(SUMMARY.startswith(b) for b in bodies)
    final = result.response
    assert final.content == ""  # the draft is gone
    (embed,) = final.embeds
    assert embed.description == SUMMARY
    assert field(embed, "Cited paragraphs") == "¶2, ¶3"
    assert embed.footer.text.endswith("written by the chat model, checked")


async def test_the_final_summary_is_the_checked_text_not_the_draft(
    simcord_env: Any, guild_id: int, chat: ChatStub
) -> None:
    chat.script(slowly(WITH_INVENTED), WITH_INVENTED)  # the stream, then the one repair
    _, channel, alice = setup_guild(simcord_env, guild_id)
    result = await alice.slash(channel, "summary", language="ja", section="主導")

    assert chat.messages(0)[0]["content"] == load_prompt("summary", "ja").system
    assert "主導" in chat.messages(0)[1]["content"]
    assert any(INVENTED in b for b in draft_bodies(simcord_env))  # it was on screen
    (embed,) = result.response.embeds
    assert INVENTED not in embed.description
    assert REMOVED_QUOTE_MARK["ja"] in embed.description
    assert NOTES["quote"]["ja"] in field(embed, "Note")
    assert embed.footer.text.endswith("written by the chat model, checked")


async def test_a_failing_model_leaves_the_extractive_summary_with_its_note(
    simcord_env: Any, guild_id: int, chat: ChatStub
) -> None:
    chat.script(slowly(SUMMARY, fail_after_chunks=3))
    _, channel, alice = setup_guild(simcord_env, guild_id)
    result = await alice.slash(channel, "summary")

    (embed,) = result.response.embeds
    assert result.response.content == ""
    assert field(embed, "Note") == NOTES["summary_error"]["en"]
    assert embed.footer.text.endswith("extractive")
    assert embed.description != SUMMARY and "[¶" in embed.description


async def test_quotes_for_an_english_asker_show_a_labelled_translation_beside_the_original(
    simcord_env: Any, guild_id: int, chat: ChatStub, llm_engine: Engine
) -> None:
    originals = llm_engine.quotes(speaker="ルビオ")
    chat.script("\n".join(f'{i}. "Translation number {i}"' for i in range(1, len(originals) + 1)))
    _, channel, alice = setup_guild(simcord_env, guild_id)
    result = await alice.slash(channel, "quote", speaker="ルビオ")

    (embed,) = result.response.embeds
    text = embed.description
    for i, q in enumerate(originals, 1):
        assert f"「{q.quote}」" in text  # exactly as printed
        assert f"-# translation: Translation number {i}\n— **{q.speaker}" in text
    for line in text.splitlines():
        if "translation:" in line:
            assert not set(line) & QUOTE_MARKS  # a translation is never dressed as a quote
