"""A burst of 200 questions through the Discord layer and through the engine: none lost, no errors.

Fake embeddings keep it fast; bench/load.py runs the same burst with the real model and
reports timings (never asserted here).
"""

from __future__ import annotations

from typing import Any

import pytest

from bench.load import discord_burst, engine_pool, questions
from bot.discord.client import NewsroomBot
from bot.settings import BotSettings
from retrieval.engine import Engine
from tests.conftest import SEED

USERS = 8
PER_USER_LIMIT = 20  # 200 questions over 8 users is 25 each: 5 of each user's are refused


@pytest.fixture
def simcord_bot(fake_engine: Engine, settings: BotSettings) -> NewsroomBot:
    """The real bot over a fake-embedding engine holding the seed article."""
    fake_engine.ingest([SEED])
    return NewsroomBot(engine=fake_engine, settings=settings)


@pytest.mark.simcord(settle_timeout=120)
@pytest.mark.parametrize(
    "settings",
    [{"rate_limit_count": PER_USER_LIMIT, "rate_limit_window_s": 3600, "max_concurrency": 64}],
    indirect=True,
)
async def test_burst_of_200_mentions_is_answered_or_politely_refused(simcord_env: Any) -> None:
    result = await discord_burst(simcord_env, questions(200), USERS)
    assert result["lost"] == 0 and result["duplicated"] == 0
    assert result["error"] == 0 and result["other"] == 0 and result["bot_errors"] == 0
    assert result["rate_limited"] == USERS * (200 // USERS - PER_USER_LIMIT)
    assert result["answered"] + result["rate_limited"] + result["busy"] == 200
    assert result["answered"] > 0


def test_200_questions_on_a_thread_pool_are_all_answered(fake_engine: Engine) -> None:
    fake_engine.ingest([SEED])
    result = engine_pool(fake_engine, questions(200), threads=16)
    assert result["errors"] == 0, result["error_samples"]
    assert result["answered"] == 200 and result["lost"] == 0
