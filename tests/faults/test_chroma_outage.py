"""A `chroma run` server that stops (or hangs) mid-load: a clear retry error, then recovery."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from simcord import assert_error

from bot.discord.client import INDEX_UNAVAILABLE, NewsroomBot
from bot.settings import BotSettings
from retrieval import index as index_module
from retrieval.engine import Engine
from retrieval.index import units_for
from retrieval.models import GLOBAL_SCOPE, Answer, IndexUnavailableError
from tests.conftest import ChromaServer, HashEmbeddings, make_settings

from .conftest import vector_ids, write_articles

pytestmark = pytest.mark.server

QUESTION = "How much did the Osaka council approve for the budget?"
LATE = b"Late news\n\nThe harbour reopened on Friday after the storm. Ships queued at dawn.\n"
WAIT_S = 60  # a bound for waiting on threads; never a timing assertion


@pytest.fixture
def server_engine(chroma_server: ChromaServer, tmp_path: Path) -> Iterator[Engine]:
    """An engine on the test's Chroma server with a few generated articles ingested."""
    settings = make_settings(
        tmp_path / "data", chroma_host="127.0.0.1", chroma_port=chroma_server.port
    )
    engine = Engine(settings, embeddings=HashEmbeddings())
    engine.ingest([write_articles(tmp_path / "articles", 6)])
    yield engine
    engine.close()


def same_answer(a: Answer, b: Answer) -> bool:
    return (a.text, [(c.article_id, c.paragraph) for c in a.citations]) == (
        b.text,
        [(c.article_id, c.paragraph) for c in b.citations],
    )


class Load:
    """Threads asking the same engine questions until stopped, recording every outcome."""

    def __init__(self, engine: Engine, workers: int = 2) -> None:
        self.engine = engine
        self.outcomes: list[str | BaseException] = []
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._run, daemon=True) for _ in range(workers)]

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.engine.ask(QUESTION)
                self.outcomes.append("answer")
            except IndexUnavailableError:
                self.outcomes.append("unavailable")
            except BaseException as exc:  # recorded, and the test fails on it
                self.outcomes.append(exc)
            time.sleep(0.01)

    def __enter__(self) -> Load:
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(WAIT_S)
        assert not any(t.is_alive() for t in self._threads), "a question hung"

    def wait_for(self, outcome: str) -> None:
        """Wait (bounded) until a question has ended with `outcome` after this call."""
        seen = len(self.outcomes)
        deadline = time.monotonic() + WAIT_S
        while outcome not in self.outcomes[seen:]:
            assert time.monotonic() < deadline, f"no {outcome!r} within {WAIT_S} s"
            time.sleep(0.02)


def test_questions_during_an_outage_get_a_retry_error_and_the_same_engine_recovers(
    chroma_server: ChromaServer, server_engine: Engine
) -> None:
    engine = server_engine
    before = engine.ask(QUESTION)
    ids_before = vector_ids(engine)
    with Load(engine) as load:
        load.wait_for("answer")
        chroma_server.stop()
        load.wait_for("unavailable")
        with pytest.raises(IndexUnavailableError, match="try again"):
            engine.ask(QUESTION)
        with pytest.raises(IndexUnavailableError, match="try again"):
            engine.search(QUESTION)
        with pytest.raises(IndexUnavailableError, match="try again"):
            engine.ingest_bytes("late.txt", LATE, scope=GLOBAL_SCOPE)
        chroma_server.start()  # same port, same path
        load.wait_for("answer")
    assert [o for o in load.outcomes if not isinstance(o, str)] == []
    assert same_answer(engine.ask(QUESTION), before)
    assert vector_ids(engine) == ids_before
    # The upload refused during the outage goes in whole when tried again.
    (result,) = engine.ingest_bytes("late.txt", LATE, scope=GLOBAL_SCOPE)
    assert result.status == "added"
    article = engine.article("late", scope=GLOBAL_SCOPE)
    expected = sorted(u.unit_id for u in units_for(GLOBAL_SCOPE, article, _generation(engine)))
    assert sorted(engine.vectors.ids_for(GLOBAL_SCOPE, "late")) == expected
    assert engine.store.pending() == []


def _generation(engine: Engine) -> str:
    entry = engine.store.entry(GLOBAL_SCOPE, "late")
    assert entry is not None
    return entry.generation


def test_an_outage_between_publish_and_cleanup_is_finished_by_the_same_engine(
    chroma_server: ChromaServer, server_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = server_engine
    engine.ingest_bytes("late.txt", LATE, scope=GLOBAL_SCOPE)
    old_ids = engine.vectors.ids_for(GLOBAL_SCOPE, "late")
    real_add = engine.vectors.add_many

    def add_then_outage(*args: Any, **kwargs: Any) -> int:
        count = real_add(*args, **kwargs)  # new vectors written, then the server goes away
        chroma_server.stop()
        return count

    monkeypatch.setattr(engine.vectors, "add_many", add_then_outage)
    updated = LATE.replace(b"Friday", b"Saturday")
    with pytest.raises(IndexUnavailableError):
        engine.ingest_bytes("late.txt", updated, scope=GLOBAL_SCOPE)
    monkeypatch.undo()
    chroma_server.start()
    # The new version was whole before it went live; only the old vectors' cleanup is owed.
    article = engine.article("late", scope=GLOBAL_SCOPE)
    assert "Saturday" in article.blocks[1].text
    (result,) = engine.ingest_bytes("late.txt", updated, scope=GLOBAL_SCOPE)
    assert result.status == "unchanged"
    ids = engine.vectors.ids_for(GLOBAL_SCOPE, "late")
    expected = sorted(u.unit_id for u in units_for(GLOBAL_SCOPE, article, _generation(engine)))
    assert sorted(ids) == expected and not set(ids) & set(old_ids)
    assert engine.store.pending() == []


def test_a_hung_server_times_out_instead_of_hanging_the_question(
    chroma_server: ChromaServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The fix under test bounds every request; a short bound keeps this test quick.
    monkeypatch.setattr(index_module, "HTTP_TIMEOUT", httpx.Timeout(1.0, connect=1.0))
    settings = make_settings(
        tmp_path / "data", chroma_host="127.0.0.1", chroma_port=chroma_server.port
    )
    engine = Engine(settings, embeddings=HashEmbeddings())
    engine.ingest([write_articles(tmp_path / "articles", 2)])
    assert chroma_server.proc is not None
    pid = chroma_server.proc.pid
    outcome: list[BaseException | Answer] = []

    def ask() -> None:
        try:
            outcome.append(engine.ask(QUESTION))
        except BaseException as exc:
            outcome.append(exc)

    os.kill(pid, signal.SIGSTOP)  # the server accepts connections but never answers
    try:
        asker = threading.Thread(target=ask, daemon=True)
        asker.start()
        asker.join(WAIT_S)
        assert not asker.is_alive(), "the question hung on a paused Chroma server"
    finally:
        os.kill(pid, signal.SIGCONT)
    assert len(outcome) == 1 and isinstance(outcome[0], IndexUnavailableError)
    assert isinstance(engine.ask(QUESTION), Answer)  # the server answers again: so do we
    engine.close()


# --- the Discord layer ----------------------------------------------------------------------


@pytest.fixture
def simcord_bot(server_engine: Engine, tmp_path: Path) -> NewsroomBot:
    """The bot over the server-backed engine."""
    settings = BotSettings(
        _env_file=None,
        newsroom_data_dir=tmp_path / "bot-data",
        articles_dir=tmp_path / "articles",
        rate_limit_count=100,
        max_concurrency=4,
    )
    return NewsroomBot(engine=server_engine, settings=settings)


async def test_discord_answers_politely_during_the_outage_and_recovers(
    simcord_env: Any, chroma_server: ChromaServer
) -> None:
    guild = simcord_env.create_guild()
    channel = guild.create_text_channel("desk")
    alice = guild.add_member(simcord_env.create_user("alice"))
    first = await alice.slash(channel, "ask", question=QUESTION)
    assert first.response.embeds

    chroma_server.stop()
    down = await alice.slash(channel, "ask", question=QUESTION)
    # The error replaces the public "thinking…" with a message only the asker sees.
    assert down.response is None
    (private,) = down.followups
    assert private.ephemeral and private.content == INDEX_UNAVAILABLE and not private.embeds
    mention = await alice.send(channel, f"{simcord_env.bot.user.mention} {QUESTION}")
    reply = next(
        m
        for m in channel.history()
        if m.author.bot and m.reference and m.reference.message_id == mention.id
    )
    assert reply.content == INDEX_UNAVAILABLE
    assert_error(simcord_env, IndexUnavailableError)

    chroma_server.start()
    again = await alice.slash(channel, "ask", question=QUESTION)
    assert again.response.embeds
    assert again.response.embeds[0].to_dict() == first.response.embeds[0].to_dict()
