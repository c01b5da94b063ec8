"""A bot process for tests/bot/test_shutdown.py: `run_bot` itself (signal handling, drain,
flush, close, exit code), with simcord standing in for Discord's gateway.

    python -m tests.bot.shutdown_child DATA_DIR ARTICLES_DIR BURST LATE GRACE [hold]

It answers from a fake-embedding engine; every answer waits at a gate so that the burst of
BURST questions is surely in flight when the test sends SIGTERM. It prints READY once all of
them are accepted; once the bot stops accepting it sends LATE more questions (which must be
refused), opens the gate (never, with `hold`: the answers stay in flight until a second
signal), and after the bot has closed prints RESULT {json} with what each question got. The
exit code is run_bot's.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import threading
import time
from pathlib import Path
from typing import Any

import simcord

from bot.discord.client import NewsroomBot, run_bot
from bot.settings import BotSettings
from tests.conftest import HashEmbeddings

QUESTION = "How much did the Kobe council approve for the harbour?"
WAIT_S = 60.0


async def until(condition: Any, what: str) -> None:
    """Poll `condition` (real time) until it holds."""
    deadline = time.monotonic() + WAIT_S
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.02)


def classify(message: Any) -> str:
    if message.embeds:
        return "answered"
    if message.content.startswith("I'm restarting"):
        return "restarting"
    return "other: " + message.content[:80]


def main(
    data_dir: str, articles_dir: str, burst: int, late: int, grace: float, hold: bool = False
) -> int:
    import retrieval.engine

    retrieval.engine.build_embeddings = lambda _settings: HashEmbeddings()  # type: ignore[assignment]
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(name)s: %(message)s")
    gate = threading.Event()
    settings = BotSettings(
        _env_file=None,  # type: ignore[call-arg]
        newsroom_data_dir=Path(data_dir),
        articles_dir=Path(articles_dir),
        rate_limit_count=1000,
        max_concurrency=2,  # most of the burst waits for a slot: queued counts as accepted
    )

    async def connect(bot: NewsroomBot) -> None:
        real = bot.engine.ask_stream

        def gated(*args: Any, **kwargs: Any) -> Any:
            gate.wait(WAIT_S)  # called in the worker thread that runs the question
            return real(*args, **kwargs)

        bot.engine.ask_stream = gated  # type: ignore[method-assign]
        async with simcord.run(bot, check_errors=False, settle_timeout=WAIT_S) as env:
            assert bot.ingest is not None
            await until(lambda: not bot.ingest.status().running, "background ingestion")
            guild = env.create_guild()
            channel = guild.create_text_channel("desk")
            members = [guild.add_member(env.create_user(f"reporter{i}")) for i in range(3)]
            mention = env.bot.user.mention
            asked: dict[int, str] = {}

            def ask(n: int, kind: str) -> None:
                author = members[n % len(members)]
                message = env.backend.create_message(channel.id, author.id, f"{mention} {QUESTION}")
                asked[message.id] = kind

            for n in range(burst):
                ask(n, "burst")
            await until(lambda: bot.lifecycle.in_flight == burst, "the burst accepted")
            print("READY", flush=True)
            await until(lambda: not bot.lifecycle.accepting, "SIGTERM")
            for n in range(late):
                ask(n, "late")

            def replies() -> dict[int, list[str]]:
                got: dict[int, list[str]] = {}
                for m in channel.history():
                    if m.author.id == env.bot.user.id and m.reference:
                        got.setdefault(m.reference.message_id, []).append(classify(m))
                return got

            await until(lambda: sum(asked[q] == "late" for q in replies()) == late, "late refusals")
            if not hold:
                gate.set()
            await until(bot.is_closed, "the bot closed")
            got = replies()
            result: dict[str, Any] = {
                kind: [got.get(q, ["lost"])[0] for q in asked if asked[q] == kind]
                for kind in ("burst", "late")
            }
            result["duplicated"] = sum(len(kinds) > 1 for kinds in got.values())
            print("RESULT " + json.dumps(result), flush=True)

    return run_bot(settings, connect, grace=grace)


if __name__ == "__main__":
    data, articles, n, m, g = sys.argv[1:6]
    sys.exit(main(data, articles, int(n), int(m), float(g), hold=sys.argv[6:7] == ["hold"]))
