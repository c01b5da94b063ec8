"""Load: 200 concurrent questions through the Discord layer (simcord) and through the engine.

Discord: the real NewsroomBot over the real engine (seed article, e5 model) in simcord. Several
users mention the bot with 200 questions that all arrive before the bot handles any (one
burst), then the run settles. Every question must get exactly one reply: an answer, the rate
limit's polite refusal, or the polite "busy" refusal (when all `max_concurrency` engine slots are
taken, up to `max_queue` questions wait their turn; beyond that the bot says it is busy).
Nothing lost, no errors.

Engine: the same 200 questions on a thread pool calling `Engine.ask` directly.

    python -m bench.load
"""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bench.common import SEED_QUESTIONS, percentile, print_table, read_jsonl, write_results

QUESTIONS = 200
USERS = 10
RATE_LIMIT = 16  # per user per window: 10 users x 20 questions -> 4 refusals each
WINDOW_S = 3600.0
MAX_CONCURRENCY = 64  # the most BotSettings allows; the default is 4 (also measured)
THREADS = 16

RATE_REFUSAL = "You're sending requests a little fast"
BUSY_REFUSAL = "I'm answering as many questions as I can"
APOLOGY = "Sorry, something went wrong"


def classify(reply: Any) -> str:
    """answered / rate_limited / busy / error / other, from one reply message of the bot."""
    text = reply.content or ""
    if reply.embeds:
        return "answered"
    if text.startswith(RATE_REFUSAL):
        return "rate_limited"
    if text.startswith(BUSY_REFUSAL):
        return "busy"
    if text.startswith(APOLOGY):
        return "error"
    return "other"


async def discord_burst(env: Any, questions: list[str], users: int) -> dict[str, Any]:
    """Send every question as a mention at once (round-robin over users), settle, count replies."""
    guild = env.create_guild()
    channel = guild.create_text_channel("newsdesk")
    members = [guild.add_member(env.create_user(f"reporter{i}")) for i in range(users)]
    mention = env.bot.user.mention
    sent: dict[int, int] = {}  # question message id -> index
    t0 = time.perf_counter()
    for i, q in enumerate(questions):
        author = members[i % users]
        # Straight into the simulated backend: simcord's actor calls settle one at a time,
        # and this is meant to be a burst that the bot sees all at once.
        message = env.backend.create_message(channel.id, author.id, f"{mention} {q}")
        sent[message.id] = i
    await env.settle(timeout=600)
    wall = time.perf_counter() - t0
    replies: dict[int, list[str]] = {}
    for m in channel.history():
        ref = m.reference.message_id if m.reference else None
        if m.author.id == env.bot.user.id and ref in sent:
            replies.setdefault(ref, []).append(classify(m))
    counts = {k: 0 for k in ("answered", "rate_limited", "busy", "error", "other")}
    for kinds in replies.values():
        for k in kinds:
            counts[k] += 1
    counts["lost"] = sum(1 for mid in sent if mid not in replies)
    counts["duplicated"] = sum(1 for kinds in replies.values() if len(kinds) > 1)
    counts["bot_errors"] = len(env.errors)
    return {"questions": len(questions), "users": users, "wall_s": round(wall, 2), **counts}


async def _discord_run(
    engine: Any, data_dir: Any, questions: list[str], concurrency: int
) -> dict[str, Any]:
    import simcord

    from bot.discord.client import NewsroomBot
    from bot.settings import BotSettings

    settings = BotSettings(
        _env_file=None,  # type: ignore[call-arg]
        newsroom_data_dir=data_dir,
        rate_limit_count=RATE_LIMIT,
        rate_limit_window_s=WINDOW_S,
        max_concurrency=concurrency,
    )
    bot = NewsroomBot(engine=engine, settings=settings)
    async with simcord.run(bot, settle_timeout=600, check_errors=False) as env:
        result = await discord_burst(env, questions, USERS)
    return {"max_concurrency": concurrency, "rate_limit": f"{RATE_LIMIT}/user", **result}


def engine_pool(engine: Any, questions: list[str], threads: int = THREADS) -> dict[str, Any]:
    """Every question through Engine.ask on a thread pool: latencies include queueing."""
    latencies: list[float] = []
    errors: list[str] = []
    answered = 0
    t0 = time.perf_counter()

    def one(q: str) -> None:
        nonlocal answered
        t = time.perf_counter()
        try:
            answer = engine.ask(q)
        except Exception as exc:  # counted, not raised: the point is to see all of them
            errors.append(f"{type(exc).__name__}: {exc}")
            return
        latencies.append((time.perf_counter() - t) * 1000)
        if answer is not None:
            answered += 1

    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(one, questions))
    wall = time.perf_counter() - t0
    return {
        "questions": len(questions),
        "threads": threads,
        "answered": answered,
        "errors": len(errors),
        "lost": len(questions) - answered - len(errors),
        "wall_s": round(wall, 2),
        "per_s": round(len(questions) / wall, 1),
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "error_samples": errors[:3],
    }


def questions(n: int = QUESTIONS) -> list[str]:
    """n seed questions (the 60 answerable and 30 unanswerable ones, cycled)."""
    from bench.common import SEED_UNANSWERABLE

    pool = [q["q"] for q in read_jsonl(SEED_QUESTIONS) + read_jsonl(SEED_UNANSWERABLE)]
    return [pool[i % len(pool)] for i in range(n)]


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Run both loads on the seed engine (real e5), print the table, write load.json."""
    import tempfile
    from pathlib import Path

    from bench.speed import seed_engine

    qs = questions()
    engine = seed_engine()
    try:
        engine.ask(qs[0])  # warm
        print(f"load: {len(qs)} questions on a {THREADS}-thread pool", flush=True)
        pool = engine_pool(engine, qs)
        discord = []
        with tempfile.TemporaryDirectory() as tmp:
            for concurrency in (MAX_CONCURRENCY, 4):
                print(
                    f"load: {len(qs)} mentions at once, max_concurrency={concurrency}", flush=True
                )
                discord.append(
                    asyncio.run(_discord_run(engine, Path(tmp) / str(concurrency), qs, concurrency))
                )
    finally:
        engine.close()
    print()
    print_table(
        [pool],
        [
            "questions",
            "threads",
            "answered",
            "errors",
            "lost",
            "wall_s",
            "per_s",
            "p50_ms",
            "p95_ms",
        ],
    )
    print()
    print_table(
        discord,
        [
            "questions",
            "users",
            "max_concurrency",
            "rate_limit",
            "answered",
            "rate_limited",
            "busy",
            "error",
            "other",
            "lost",
            "duplicated",
            "bot_errors",
            "wall_s",
        ],
    )
    data = {
        "note": "Seed article, real e5 model, embedded Chroma; shared 2-core machine.",
        "engine_pool": pool,
        "discord": discord,
    }
    write_results("load", data)
    return data


if __name__ == "__main__":
    main()
