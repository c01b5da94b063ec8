"""Fixtures for the Discord surface: the real engine over the seed article, and simcord."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.discord.client import NewsroomBot
from bot.settings import BotSettings
from retrieval.engine import Engine
from tests.conftest import (
    SEED_ID,  # noqa: F401  (re-exported for the tests)
    make_settings,
)
from tests.retrieval.llm_stub import ChatStub, running_stub

REPO = Path(__file__).resolve().parents[2]
_guild_ids = itertools.count(9_000_000_000_000_000_00)


@pytest.fixture(scope="session")
def engine(seed_engine: Engine) -> Engine:
    """The lead's session engine: the real model and embedded Chroma over the seed article.

    It is shared, so tests that ingest use guild ids no other test uses (see `guild_id`).
    """
    return seed_engine


@pytest.fixture
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> BotSettings:
    """Bot settings with generous limits and a fresh data dir; `indirect` params override."""
    values: dict[str, Any] = {
        "newsroom_data_dir": tmp_path / "data",
        "articles_dir": REPO / "articles",
        "rate_limit_count": 100,
        "rate_limit_window_s": 60,
        "max_concurrency": 4,
    }
    values.update(getattr(request, "param", {}))
    return BotSettings(_env_file=None, **values)


@pytest.fixture
def simcord_bot(engine: Engine, settings: BotSettings) -> NewsroomBot:
    """The real bot over the real engine, as simcord's `simcord_env` expects."""
    return NewsroomBot(engine=engine, settings=settings)


@pytest.fixture
def guild_id() -> int:
    """A guild id no other test uses (the engine is shared across the session)."""
    return next(_guild_ids)


# --- a chat model behind the bot: the OpenAI-compatible stub (tests/retrieval/llm_stub.py) ---


@pytest.fixture(scope="module")
def stub() -> Iterator[ChatStub]:
    """One stub server for the module (the engine's chat model points at it)."""
    with running_stub() as server:
        yield server


@pytest.fixture
def chat(stub: ChatStub) -> Iterator[ChatStub]:
    """The stub with a fresh script; every scripted reply must have been used."""
    stub.replies.clear()
    stub.requests.clear()
    stub.headers.clear()
    yield stub
    assert not stub.replies, "a scripted reply was never requested"


@pytest.fixture(scope="module")
def llm_engine(
    stub: ChatStub, seed_engine: Engine, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    """The real engine over the seed article with ChatOpenAI pointed at the stub."""
    settings = make_settings(
        tmp_path_factory.mktemp("llm") / "data",
        llm_provider="openai",
        llm_model="stub-model",
        llm_base_url=stub.base_url,
        llm_timeout_s=20.0,
    )
    engine = Engine(settings, embeddings=seed_engine.embeddings)  # the e5 model, loaded once
    engine.sync_articles()
    assert engine.llm is not None
    yield engine
    engine.close()
