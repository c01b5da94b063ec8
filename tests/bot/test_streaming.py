"""Streamed answers: drafts edited in as text arrives, then the checked answer replaces them.

End to end: simcord + the real engine over the seed article + the real ChatOpenAI client
against the local OpenAI-compatible stub (SSE chunks with a pause between them).
"""

from __future__ import annotations

import asyncio
import io
import itertools
import time
from collections.abc import Iterator
from typing import Any

import discord
import pytest
from simcord import assert_error

from bot.discord.client import NewsroomBot
from bot.discord.render import DRAFT_NOTE, DRAFT_TAIL_MARK, MESSAGE_LIMIT, draft_message
from bot.discord.streaming import WITHDRAWN, stream_answer
from bot.settings import BotSettings
from bot.terminal import run_chat
from retrieval.checks import REMOVED_QUOTE_MARK
from retrieval.engine import Engine
from retrieval.llm import NOTES
from retrieval.models import Answer
from tests.retrieval.llm_stub import ChatStub, slowly

from .test_commands import QUESTION, setup_guild

EDIT_INTERVAL_S = 0.05
# Both claims and the quote are in ¶3 of the seed article.
ANSWER = (
    "ルビオ氏は、ロシアは実質的に姿勢を変えていないと判断した[¶3]。"
    "同氏はかつてプーチン氏を「悪党」と呼んだ[¶3]。"
)
INVENTED_QUOTE = "ロシアは信用できない"
WITH_INVENTED_QUOTE = (
    "ルビオ氏は、ロシアは実質的に姿勢を変えていないと判断した[¶3]。"
    f"同氏は「{INVENTED_QUOTE}」と語った[¶3]。"
)

pytestmark = pytest.mark.simcord(settle_timeout=30)


@pytest.fixture
def simcord_bot(llm_engine: Engine, settings: BotSettings) -> NewsroomBot:
    """The bot over the LLM engine, editing drafts far more often than Discord allows.

    Drafts race a real network stream, so the bot gets a real clock: simcord's virtual one
    stands still while the engine's worker thread runs.
    """
    fast = settings.model_copy(update={"stream_edit_interval_s": EDIT_INTERVAL_S})
    return NewsroomBot(engine=llm_engine, settings=fast, clock=time.perf_counter)


def drafts(env: Any) -> list[dict[str, Any]]:
    """The body of every request that put a draft on screen (send or edit), in order."""
    return [
        r.json
        for r in env.http_requests
        if r.method in ("POST", "PATCH") and DRAFT_NOTE in ((r.json or {}).get("content") or "")
    ]


def draft_bodies(env: Any) -> list[str]:
    """The streamed text of each draft, without the draft note."""
    return [d["content"].removesuffix(DRAFT_NOTE).strip() for d in drafts(env)]


def note_field(embed: discord.Embed) -> str:
    return next(f.value for f in embed.fields if f.name == "Note")


# --- /ask ----------------------------------------------------------------------------------------


async def test_ask_edits_growing_drafts_then_replaces_them_with_the_checked_answer(
    simcord_env: Any, guild_id: int, chat: ChatStub
) -> None:
    chat.script(slowly(ANSWER))
    _, channel, alice = setup_guild(simcord_env, guild_id)
    result = await alice.slash(channel, "ask", question=QUESTION)

    assert chat.requests[0]["stream"] is True
    bodies = draft_bodies(simcord_env)
    assert len(bodies) >= 2, bodies
    assert all(ANSWER.startswith(b) for b in bodies)  # the raw text so far, in order
    assert [len(b) for b in bodies] == sorted({len(b) for b in bodies})  # growing, no repeats
    edits = drafts(simcord_env)
    assert all(d["allowed_mentions"] == {"parse": []} for d in edits)
    assert all(
        r.path.endswith("/messages/@original") for r in simcord_env.http_requests if r.json in edits
    )

    final = result.response
    assert final.content == ""  # the draft is gone
    (embed,) = final.embeds
    assert embed.title == QUESTION
    assert embed.description == ANSWER
    assert embed.fields[0].name.startswith("1. ¶3 · ")
    assert all(f.name != "Note" for f in embed.fields)
    labels = [
        c.get("label") or c["emoji"]["name"] for row in final.components for c in row["components"]
    ]
    assert labels == ["Show passages", "👍", "👎"]


async def test_an_invented_quote_streamed_in_a_draft_is_gone_from_the_final_answer(
    simcord_env: Any, guild_id: int, chat: ChatStub
) -> None:
    chat.script(slowly(WITH_INVENTED_QUOTE), WITH_INVENTED_QUOTE)  # the stream, then the repair
    _, channel, alice = setup_guild(simcord_env, guild_id)
    result = await alice.slash(channel, "ask", question=QUESTION)

    assert any(INVENTED_QUOTE in b for b in draft_bodies(simcord_env))  # it was on screen
    assert not chat.requests[1].get("stream")  # the one repair round
    (embed,) = result.response.embeds
    assert INVENTED_QUOTE not in embed.description
    assert REMOVED_QUOTE_MARK["ja"] in embed.description
    assert note_field(embed) == NOTES["quote"]["ja"]
    assert result.response.content == ""


async def test_a_stream_failing_midway_ends_with_the_extractive_answer_and_its_note(
    simcord_env: Any, guild_id: int, chat: ChatStub
) -> None:
    chat.script(slowly(ANSWER, fail_after_chunks=4))
    _, channel, alice = setup_guild(simcord_env, guild_id)
    result = await alice.slash(channel, "ask", question=QUESTION)

    bodies = draft_bodies(simcord_env)
    assert bodies and all(ANSWER[: 6 * 4].startswith(b) for b in bodies)
    (embed,) = result.response.embeds
    assert result.response.content == ""
    assert note_field(embed) == NOTES["error"]["ja"]
    assert embed.description != ANSWER and "[¶3]" in embed.description  # extractive, cited
    assert embed.fields[0].name.startswith("1. ¶3 · ")


# --- mentions ------------------------------------------------------------------------------------


async def test_a_mention_is_answered_by_a_reply_whose_drafts_become_the_answer(
    simcord_env: Any, guild_id: int, chat: ChatStub
) -> None:
    chat.script(slowly(ANSWER))
    _, channel, alice = setup_guild(simcord_env, guild_id)
    question = await alice.send(channel, f"{simcord_env.bot.user.mention} {QUESTION}")

    requests = [r for r in simcord_env.http_requests if r.json in drafts(simcord_env)]
    assert len(requests) >= 2
    assert requests[0].method == "POST"  # the reply, sent with the first draft
    assert {r.method for r in requests[1:]} == {"PATCH"}
    assert len({r.path for r in requests[1:]}) == 1  # every later draft edits that one reply
    reply = next(m for m in channel.history() if m.author.bot and m.embeds)
    assert requests[-1].path.endswith(f"/messages/{reply.id}")
    assert reply.reference is not None and reply.reference.message_id == question.id
    assert reply.content == ""
    assert reply.embeds[0].description == ANSWER
    (thread,) = channel.threads
    assert thread.name == QUESTION


# --- a broken stream --------------------------------------------------------------------------------


async def test_a_stream_that_raises_withdraws_its_draft_and_apologises(
    simcord_env: Any, guild_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(question: str, **kwargs: Any) -> Iterator[str | Answer]:
        yield "ルビオ氏は"
        time.sleep(0.2)  # long enough for the draft to be shown
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(simcord_env.bot.engine, "ask_stream", broken)
    _, channel, alice = setup_guild(simcord_env, guild_id)
    result = await alice.slash(channel, "ask", question=QUESTION)

    assert draft_bodies(simcord_env) == ["ルビオ氏は"]
    assert result.response.content == WITHDRAWN
    (apology,) = result.followups
    assert apology.ephemeral and apology.content.startswith("Sorry, something went wrong")
    assert_error(simcord_env, RuntimeError)


# --- the pure parts ------------------------------------------------------------------------------


async def test_drafts_are_throttled_to_the_interval_and_the_answer_is_returned() -> None:
    shown: list[tuple[float, str]] = []
    final = Answer(question="q", text="final", answerable=True, citations=())

    class Recorder:
        drafted = False

        async def show(self, content: str) -> None:
            shown.append((time.monotonic(), content))

        async def finish(self, embeds: Any, view: Any) -> Any:
            raise AssertionError("stream_answer leaves finishing to the caller")

    def events() -> Iterator[str | Answer]:
        for i in range(30):
            time.sleep(0.01)
            yield f"{i} "
        yield final

    async def run_engine(fn: Any) -> Answer:
        return await asyncio.to_thread(fn)

    answer = await stream_answer(run_engine, events, Recorder(), interval=0.1)

    assert answer is final
    assert 2 <= len(shown) < 30  # chunks were coalesced
    times = [t for t, _ in shown]
    assert all(b - a >= 0.1 for a, b in itertools.pairwise(times))
    assert all(content.endswith(DRAFT_NOTE) for _, content in shown)


def test_a_long_draft_shows_its_escaped_tail_within_discords_limit() -> None:
    raw = "".join(f"文{i}。" for i in range(1500)) + " the *latest* words"
    message = draft_message(raw)
    assert len(message) <= MESSAGE_LIMIT
    assert message.startswith(DRAFT_TAIL_MARK)
    assert message.endswith("the \\*latest\\* words\n\n" + DRAFT_NOTE)
    assert draft_message("") == DRAFT_NOTE
    assert draft_message("short") == "short\n\n" + DRAFT_NOTE


# --- the terminal --------------------------------------------------------------------------------


class WriteLog(io.StringIO):
    """A StringIO that also keeps each write separately."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def write(self, s: str) -> int:
        self.writes.append(s)
        return super().write(s)


def test_terminal_chat_prints_chunks_as_they_arrive_then_the_checked_answer(
    llm_engine: Engine, chat: ChatStub
) -> None:
    chat.script(slowly(ANSWER))
    out = WriteLog()
    assert run_chat(llm_engine, io.StringIO(QUESTION + "\n"), out) == 0

    pieces = [ANSWER[i : i + 6] for i in range(0, len(ANSWER), 6)]
    start = out.writes.index(pieces[0])
    assert out.writes[start : start + len(pieces)] == pieces  # one write per streamed chunk
    after = "".join(out.writes[start + len(pieces) :])
    assert after.startswith("\n\n" + ANSWER + "\n")  # then the checked answer
    assert "Sources:\n[1] ¶3 " in after
