"""Buttons and thread conversations outlive the process: the bot is closed, its engine closed,
and a new engine and a new bot are built on the same data dir before the press or follow-up."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.discord.client import NewsroomBot
from bot.discord.views import (
    SOURCE_ID,
    article_versions,
    cited_blocks,
    cited_refs,
    passages_to_show,
)
from bot.feedback import export_feedback
from bot.settings import BotSettings
from bot.state import FILENAME, BotState, StoredAnswer
from retrieval.engine import Engine
from retrieval.models import UserFacingError
from tests.conftest import SEED, HashEmbeddings, make_settings

QUESTION = "ルビオ氏は何を判断した？"
V1 = (
    "Harbour plan approved\n\n"
    "The Kobe council approved 300 million yen for the harbour on Monday.\n\n"
    "The mayor said work would start in April and end in two years.\n"
)
V2 = (
    "Harbour plan approved\n\n"
    "Residents asked the council to publish the full budget first.\n\n"
    "The Kobe council approved 450 million yen for the harbour on Tuesday.\n\n"
    "The mayor said work would start in April and end in two years.\n"
)
HARBOUR_Q = "How much did the Kobe council approve for the harbour?"


class Deployment:
    """One data dir, and the engine + bot currently running on it (rebuilt by `restart`)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.engine, self.bot = self._build()
        self.asked: list[dict[str, Any]] = []

    def _build(self) -> tuple[Engine, NewsroomBot]:
        engine = Engine(make_settings(self.data_dir), embeddings=HashEmbeddings())
        real = engine.ask_stream

        def spy(question: str, **kwargs: Any) -> Any:
            self.asked.append({"question": question, **kwargs})
            return real(question, **kwargs)

        engine.ask_stream = spy  # type: ignore[method-assign]
        settings = BotSettings(
            _env_file=None,  # type: ignore[call-arg]
            newsroom_data_dir=self.data_dir,
            articles_dir=self.data_dir / "no-articles",
            rate_limit_count=100,
        )
        return engine, NewsroomBot(engine=engine, settings=settings)

    async def restart(self, env: Any) -> None:
        """Stop this bot and engine, start new ones on the same data dir."""
        await self.bot.close()
        self.engine.close()
        self.engine, self.bot = self._build()
        await env.restart_bot(self.bot)

    def ingest(self, name: str, text: str, scope: str) -> None:
        self.engine.ingest_bytes(name, text.encode(), scope=scope)


@pytest.fixture
def deployment(tmp_path: Path) -> Iterator[Deployment]:
    deployment = Deployment(tmp_path / "data")
    deployment.engine.ingest([SEED])
    yield deployment
    deployment.engine.close()


@pytest.fixture
def simcord_bot(deployment: Deployment) -> NewsroomBot:
    """The first bot of the deployment (simcord_env starts it)."""
    return deployment.bot


@pytest.fixture
def deployed(deployment: Deployment, simcord_env: Any) -> tuple[Deployment, Any]:
    return deployment, simcord_env


def custom_ids(message: Any) -> dict[str, str]:
    """Label or emoji -> custom_id of each button on a message."""
    found = {}
    for row in message.components:
        for c in row["components"]:
            found[c.get("label") or c["emoji"]["name"]] = c["custom_id"]
    return found


async def test_buttons_pressed_after_a_restart_still_answer(
    deployed: tuple[Deployment, Any],
) -> None:
    deployment, env = deployed
    guild = env.create_guild()
    channel = guild.create_text_channel("desk")
    alice = guild.add_member(env.create_user("alice"))
    answer = await alice.slash(channel, "ask", question=QUESTION)
    ids = custom_ids(answer.response)
    assert all(len(i) <= 100 for i in ids.values())
    match = SOURCE_ID.fullmatch(ids["Show passages"])
    assert match is not None and match["refs"]  # the refs travel in the id itself
    stored = BotState(deployment.data_dir).answer(match["key"])
    assert stored is not None and stored.answer.question == QUESTION
    pairs = cited_blocks(stored.answer)
    assert pairs

    await deployment.restart(env)
    assert deployment.bot is env.bot

    shown = await alice.click(answer.response, custom_id=ids["Show passages"])
    assert shown.ephemeral
    assert not shown.response.content  # the article did not change: no note
    texts = [e.description for e in shown.response.embeds]
    expected = [deployment.engine.article(a).block(n).text for a, n in pairs]
    assert texts == expected
    assert [e.title.split(" · ")[0] for e in shown.response.embeds] == [f"¶{n}" for _, n in pairs]

    voted = await alice.click(answer.response, custom_id=ids["👎"])
    assert voted.ephemeral and voted.response.content.startswith("Thanks, noted 👎")
    (row,) = export_feedback(deployment.data_dir)
    assert row["vote"] == "down" and row["question"] == QUESTION
    assert row["message_id"] == answer.response.id
    assert [(c["article_id"], c["paragraph"]) for c in row["citations"]] == [
        (c.article_id, c.paragraph) for c in stored.answer.citations
    ]


async def test_a_changed_article_shows_the_version_that_was_cited(
    deployed: tuple[Deployment, Any],
) -> None:
    deployment, env = deployed
    guild = env.create_guild()
    channel = guild.create_text_channel("desk")
    alice = guild.add_member(env.create_user("alice"))
    scope = f"guild:{guild.id}"
    deployment.ingest("harbour.txt", V1, scope)
    answer = await alice.slash(channel, "ask", question=HARBOUR_Q, article="harbour")
    ids = custom_ids(answer.response)
    stored = BotState(deployment.data_dir).answer(SOURCE_ID.fullmatch(ids["Show passages"])["key"])  # type: ignore[index]
    assert stored is not None
    pairs = cited_blocks(stored.answer)
    assert ("harbour", 2) in pairs
    cited_v1 = deployment.engine.article("harbour", scope=scope)

    deployment.ingest("harbour.txt", V2, scope)  # ¶2 is now another paragraph
    await deployment.restart(env)

    shown = await alice.click(answer.response, custom_id=ids["Show passages"])
    assert shown.response.content == (
        "“Harbour plan approved” has been updated since this answer; below is the text as it was cited."
    )
    texts = [e.description for e in shown.response.embeds]
    assert texts == [cited_v1.block(n).text for _, n in pairs]
    assert "300 million yen" in texts[pairs.index(("harbour", 2))]

    # The stored answer gone (older than the bot keeps answers): said plainly, current text.
    db = sqlite3.connect(deployment.data_dir / FILENAME)
    with db:
        db.execute("DELETE FROM answers")
    db.close()
    again = await alice.click(answer.response, custom_id=ids["Show passages"])
    assert again.response.content == (
        "“Harbour plan approved” has been updated since this answer and the cited version is no longer kept; "
        "below is its current text, whose ¶ numbers may differ."
    )
    current = deployment.engine.article("harbour", scope=scope)
    assert [e.description for e in again.response.embeds] == [
        current.block(n).text for _, n in pairs
    ]
    too_old = await alice.click(answer.response, custom_id=ids["👍"])
    assert too_old.response.content == "This answer is too old to rate now; thanks all the same."
    assert export_feedback(deployment.data_dir) == []


async def test_a_thread_follow_up_after_a_restart_keeps_its_context(
    deployed: tuple[Deployment, Any],
) -> None:
    deployment, env = deployed
    guild = env.create_guild()
    channel = guild.create_text_channel("desk")
    alice = guild.add_member(env.create_user("alice"))
    await alice.send(channel, f"{env.bot.user.mention} {QUESTION}")
    (thread,) = channel.threads

    await deployment.restart(env)
    deployment.asked.clear()
    await alice.send(thread, "彼は他に何と言った？")  # "what else did he say?": needs the context
    (call,) = deployment.asked
    assert [t.question for t in call["history"]] == [QUESTION]
    first = call["history"][0].answer
    assert first.question == QUESTION and first.text and cited_blocks(first)  # a whole Answer
    answers = [m for m in thread.history() if m.author.bot and m.embeds]
    assert len(answers) == 1

    await deployment.restart(env)
    deployment.asked.clear()
    await alice.send(thread, "それはいつ？")
    (call,) = deployment.asked
    assert [t.question for t in call["history"]] == [QUESTION, "彼は他に何と言った？"]


def test_a_removed_article_shows_the_cited_text_or_says_it_is_gone(tmp_path: Path) -> None:
    engine = Engine(make_settings(tmp_path / "data"), embeddings=HashEmbeddings())
    try:
        scope = "guild:1"
        engine.ingest_bytes("harbour.txt", V1.encode(), scope=scope)
        answer = engine.ask(HARBOUR_Q, article="harbour", scope=scope)
        versions = article_versions(engine, answer, scope)
        live = engine.article("harbour", scope=scope)
        assert versions == {"harbour": live.content_hash[:6]}
        refs = cited_refs(answer, versions)
        stored = StoredAnswer("0" * 12, answer, versions, 0.0)
        cited = [live.block(n).text for _, n in cited_blocks(answer)]

        engine.remove("harbour", scope=scope)
        notes, shown = passages_to_show(engine, refs, stored, scope)
        assert notes == [
            "“Harbour plan approved” has been removed since this answer; below is the text as it was cited."
        ]
        assert [block.text for _, block in shown] == cited
        notes, shown = passages_to_show(engine, refs, None, scope)
        assert notes == ["`harbour` has been removed since this answer."] and shown == []
        with pytest.raises(UserFacingError, match="too old"):
            passages_to_show(engine, [], None, scope)
    finally:
        engine.close()
