"""Clean shutdown: a real bot process (run_bot, simcord in place of Discord) gets SIGTERM while
a burst of questions is in flight; every accepted one is answered, later ones are told the bot
is restarting, and it exits 0. A second signal exits at once."""

from __future__ import annotations

import asyncio
import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from bot.discord.lifecycle import RESTARTING, Lifecycle, ShuttingDown, serve_until_signalled

from .test_commands import QUESTION, callbacks, setup_guild

REPO = Path(__file__).resolve().parents[2]
WAIT_S = 120.0
ARTICLE = (
    "Harbour plan approved\n\n"
    "The Kobe council approved 300 million yen for the harbour on Monday.\n\n"
    "The mayor said work would start in April.\n"
)


def start_child(
    tmp_path: Path, burst: int, late: int, grace: float, hold: bool = False
) -> subprocess.Popen[str]:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "harbour.txt").write_text(ARTICLE)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("DISCORD_TOKEN", None)
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.bot.shutdown_child",
            str(tmp_path / "data"),
            str(articles),
            str(burst),
            str(late),
            str(grace),
            *(["hold"] if hold else []),
        ],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_until(proc: subprocess.Popen[str], stream: str, marker: str) -> list[str]:
    """Lines of the child's stdout or stderr up to and including one containing `marker`."""
    pipe = proc.stdout if stream == "stdout" else proc.stderr
    assert pipe is not None
    lines: list[str] = []
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        ready, _, _ = select.select([pipe], [], [], 1.0)
        if not ready:
            if proc.poll() is not None:
                break
            continue
        line = pipe.readline()
        if not line:
            break
        lines.append(line)
        if marker in line:
            return lines
    proc.kill()
    out, err = proc.communicate()
    raise AssertionError(f"no {marker!r} from the child:\n{''.join(lines)}\n{out}\n{err}")


def test_sigterm_during_a_burst_answers_every_accepted_question_and_exits_0(
    tmp_path: Path,
) -> None:
    burst, late = 12, 3
    proc = start_child(tmp_path, burst, late, grace=60)
    read_until(proc, "stdout", "READY")
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=WAIT_S)
    assert proc.returncode == 0, err[-3000:]
    (line,) = [x for x in out.splitlines() if x.startswith("RESULT ")]
    result = json.loads(line.removeprefix("RESULT "))
    assert result["burst"] == ["answered"] * burst  # none of the accepted ones lost
    assert result["late"] == ["restarting"] * late
    assert result["duplicated"] == 0
    assert "SIGTERM received: stopping" in err
    assert f"Stopping: {burst} answer(s) finished, 0 left" in err  # refusals are not jobs
    assert "Traceback" not in err


def test_a_second_signal_exits_at_once(tmp_path: Path) -> None:
    # The gate never opens (hold): only a second signal ends it.
    proc = start_child(tmp_path, 4, 0, grace=600, hold=True)
    read_until(proc, "stdout", "READY")
    proc.send_signal(signal.SIGTERM)
    read_until(proc, "stderr", "waiting up to 600 s for 4 answer(s) in flight")
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=WAIT_S)
    assert proc.returncode == 128 + signal.SIGINT
    assert "Second SIGINT: exiting now" in err
    assert "RESULT" not in out


async def test_drain_waits_for_jobs_in_flight_and_refuses_new_ones() -> None:
    lifecycle = Lifecycle()
    release = asyncio.Event()
    done: list[int] = []

    async def job(n: int) -> None:
        with lifecycle.job():
            await release.wait()
            done.append(n)

    tasks = [asyncio.create_task(job(n)) for n in range(5)]
    await asyncio.sleep(0)
    assert lifecycle.in_flight == 5
    draining = asyncio.create_task(lifecycle.drain(grace=30))
    await asyncio.sleep(0)
    with pytest.raises(ShuttingDown) as refused:
        lifecycle.admit()
    assert str(refused.value) == RESTARTING
    assert not draining.done()
    release.set()
    assert await draining == 0
    assert sorted(done) == [0, 1, 2, 3, 4]
    await asyncio.gather(*tasks)


async def test_drain_gives_up_after_the_grace_period() -> None:
    lifecycle = Lifecycle()
    stuck = asyncio.Event()

    async def job() -> None:
        with lifecycle.job():
            await stuck.wait()

    task = asyncio.create_task(job())
    await asyncio.sleep(0)
    assert await lifecycle.drain(grace=0.05) == 1
    stuck.set()
    await task
    assert lifecycle.in_flight == 0


async def test_while_stopping_new_questions_and_presses_are_refused_privately(
    simcord_env: Any, guild_id: int
) -> None:
    _, channel, alice = setup_guild(simcord_env, guild_id)
    answer = await alice.slash(channel, "ask", question=QUESTION)
    assert answer.response.embeds
    bot = simcord_env.bot
    assert bot.lifecycle.in_flight == 0 and bot.lifecycle.finished == 1
    assert await bot.lifecycle.drain(grace=1) == 0

    refused = await alice.slash(channel, "ask", question=QUESTION)
    assert refused.ephemeral and refused.response.content == RESTARTING
    assert callbacks(simcord_env)[-1] == 4  # refused at once: no public "thinking…"
    pressed = await alice.click(answer.response, label="Show passages")
    assert pressed.ephemeral and pressed.response.content == RESTARTING
    mention = await alice.send(channel, f"{bot.user.mention} {QUESTION}")
    reply = next(
        m for m in channel.history() if m.reference and m.reference.message_id == mention.id
    )
    assert reply.content == RESTARTING and not reply.embeds
    assert bot.lifecycle.in_flight == 0


async def test_a_loop_without_signal_handlers_still_stops_cleanly_on_a_signal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Windows event loops cannot add signal handlers: a plain handler hands the signal over."""
    loop = asyncio.get_running_loop()

    def unsupported(*args: Any) -> None:
        raise NotImplementedError

    monkeypatch.setattr(loop, "add_signal_handler", unsupported)
    before = signal.getsignal(signal.SIGUSR1)
    forever = asyncio.Event()
    stopped: list[str] = []

    async def stop() -> None:
        stopped.append("drained")
        forever.set()  # closing the connection ends `run`

    async def send() -> None:
        await asyncio.sleep(0.05)
        os.kill(os.getpid(), signal.SIGUSR1)

    sender = asyncio.create_task(send())
    await asyncio.wait_for(
        serve_until_signalled(forever.wait(), stop, signals=(signal.SIGUSR1,)), timeout=10
    )
    await sender
    assert stopped == ["drained"]
    assert signal.getsignal(signal.SIGUSR1) == before  # the handler is put back
