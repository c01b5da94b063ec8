"""Mentions are answered as replies; follow-ups in the bot's thread or by reply keep context."""

from __future__ import annotations

from typing import Any

import pytest

from retrieval.models import Turn

from .test_commands import QUESTION, setup_guild


@pytest.fixture
def asked(simcord_env: Any, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every engine.ask_stream call's arguments, without article=None (the real engine still
    answers)."""
    engine = simcord_env.bot.engine
    real = engine.ask_stream
    calls: list[dict[str, Any]] = []

    def spy(question: str, **kwargs: Any) -> Any:
        named = {k: v for k, v in kwargs.items() if not (k == "article" and v is None)}
        calls.append({"question": question, **named})
        return real(question, **kwargs)

    monkeypatch.setattr(engine, "ask_stream", spy)
    return calls


async def test_mention_is_answered_as_a_reply_in_a_new_thread(
    simcord_env: Any, guild_id: int, asked: list[dict[str, Any]]
) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    question = await alice.send(channel, f"{simcord_env.bot.user.mention} {QUESTION}")
    reply = next(m for m in channel.history() if m.author.bot and m.embeds)
    assert reply.reference is not None and reply.reference.message_id == question.id
    assert reply.embeds[0].title == QUESTION and "[¶3]" in reply.embeds[0].description
    assert asked == [{"question": QUESTION, "history": (), "scope": f"guild:{guild_id}"}]
    (thread,) = channel.threads
    assert thread.name == QUESTION


async def test_follow_up_in_the_bots_thread_passes_the_earlier_turns(
    simcord_env: Any, guild_id: int, asked: list[dict[str, Any]]
) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    await alice.send(channel, f"{simcord_env.bot.user.mention} {QUESTION}")
    (thread,) = channel.threads
    await alice.send(thread, "その判断は誰に影響した？")  # no mention needed in the bot's thread
    await alice.send(thread, "ウィトコフ氏は？")
    assert [c["question"] for c in asked] == [
        QUESTION,
        "その判断は誰に影響した？",
        "ウィトコフ氏は？",
    ]
    second, third = asked[1]["history"], asked[2]["history"]
    assert [t.question for t in second] == [QUESTION]
    assert [t.question for t in third] == [QUESTION, "その判断は誰に影響した？"]
    assert all(isinstance(t, Turn) and t.answer.question == t.question for t in third)
    answers = [m for m in thread.history() if m.author.bot and m.embeds]
    assert len(answers) == 2


async def test_reply_to_the_bots_answer_keeps_context(
    simcord_env: Any, guild_id: int, asked: list[dict[str, Any]]
) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    first = await alice.slash(channel, "ask", question=QUESTION)
    await alice.send(channel, "それはいつ？", reply_to=first.response)
    assert asked[1]["question"] == "それはいつ？"
    assert [t.question for t in asked[1]["history"]] == [QUESTION]


async def test_plain_messages_are_ignored(
    simcord_env: Any, guild_id: int, asked: list[dict[str, Any]]
) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    await alice.send(channel, QUESTION)
    assert asked == []
    assert not [m for m in channel.history() if m.author.bot]


async def test_question_with_everyone_pings_nobody(simcord_env: Any, guild_id: int) -> None:
    guild, channel, alice = setup_guild(simcord_env, guild_id)
    role = guild.create_role("desk", mentionable=True)
    text = f"@everyone @here {role.mention} {alice.mention} ルビオ氏は何を判断した？"
    await alice.send(channel, f"{simcord_env.bot.user.mention} {text}")
    await alice.slash(channel, "ask", question=text)
    (thread,) = channel.threads
    assert "@everyone" not in thread.name and "<@" not in thread.name
    sends = [
        r.json
        for r in simcord_env.http_requests
        if r.method in ("POST", "PATCH")
        and not r.path.endswith("/threads")
        and ("/messages" in r.path or "/webhooks/" in r.path)
    ]
    assert len(sends) >= 2
    policies = [b.get("allowed_mentions") for b in sends]
    assert all(p in ({"parse": []}, {"parse": [], "replied_user": False}) for p in policies), (
        policies
    )
    for message in channel.history():
        if message.author.bot:
            assert not message.mention_everyone
            assert message.raw_mentions == [] or not message.mentions
            assert not message.role_mentions
