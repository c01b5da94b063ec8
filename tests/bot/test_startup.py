"""Settings, start-up failures, the rate limiter and the feedback store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.discord.limits import RateLimiter
from bot.feedback import FeedbackStore, export_feedback
from bot.settings import BotSettings, settings_errors
from retrieval.models import Answer, Citation

REPO = Path(__file__).resolve().parents[2]
GOOD_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz012345"


def run_bot(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / ".env").write_text("")
    clean = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    clean["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_missing_token_stops_with_one_clear_line(tmp_path: Path) -> None:
    done = run_bot(tmp_path)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "DISCORD_TOKEN" in lines[0]
    assert "Traceback" not in done.stderr + done.stdout


def test_malformed_token_is_named_but_never_echoed(tmp_path: Path) -> None:
    done = run_bot(tmp_path, DISCORD_TOKEN="not-a-token-s3cr3t")
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "DISCORD_TOKEN" in lines[0]
    assert "s3cr3t" not in done.stderr + done.stdout and "Traceback" not in done.stderr


def test_settings_validate_the_token_format() -> None:
    assert BotSettings(_env_file=None, discord_token=GOOD_TOKEN).discord_token is not None
    assert BotSettings(_env_file=None, discord_token="").discord_token is None
    with pytest.raises(ValidationError) as caught:
        BotSettings(_env_file=None, discord_token="abc.def")
    assert settings_errors(caught.value) == [
        "DISCORD_TOKEN is malformed (expected three dot-separated base64url parts)"
    ]
    assert "abc.def" not in str(caught.value)


def test_rate_limiter_allows_n_per_window_per_user() -> None:
    now = [0.0]
    limiter = RateLimiter(2, 10.0, clock=lambda: now[0])
    assert limiter.hit(1) == 0.0 and limiter.hit(1) == 0.0
    assert limiter.hit(1) == pytest.approx(10.0)
    assert limiter.hit(2) == 0.0
    now[0] = 10.0
    assert limiter.hit(1) == 0.0


def test_feedback_export_round_trips(tmp_path: Path) -> None:
    answer = Answer("q?", "a [¶1]", True, (Citation("x", "T", 1, "本文", 0.9),))
    store = FeedbackStore(tmp_path)
    assert export_feedback(tmp_path) == []
    store.record(
        vote="down", answer=answer, message_id=5, user_id=7, guild_id=None, channel_id=3, at=1.0
    )
    store.record(
        vote="up", answer=answer, message_id=6, user_id=7, guild_id=2, channel_id=3, at=2.0
    )
    rows = export_feedback(tmp_path)
    assert [r["vote"] for r in rows] == ["down", "up"]
    (citation,) = rows[0]["citations"]
    assert citation | {"translation": None} == {
        "article_id": "x",
        "article_title": "T",
        "paragraph": 1,
        "text": "本文",
        "score": 0.9,
        "section": None,
        "translation": None,  # added by the translation work; None when not translated
    }
    assert rows[0]["guild_id"] is None and rows[1]["guild_id"] == 2


def test_the_shutdown_grace_is_a_setting_with_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHUTDOWN_GRACE_S", "5")
    assert BotSettings(_env_file=None).shutdown_grace_s == 5  # type: ignore[call-arg]
    monkeypatch.setenv("SHUTDOWN_GRACE_S", "0")
    with pytest.raises(ValidationError):
        BotSettings(_env_file=None)  # type: ignore[call-arg]
