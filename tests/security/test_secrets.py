"""Tokens and API keys never reach logs, errors or replies; `.env` stays out of git."""

from __future__ import annotations

import logging
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import discord
import pytest
from pydantic import SecretStr

from bot.discord.client import run_bot
from bot.settings import BotSettings
from retrieval.engine import Engine
from retrieval.models import GLOBAL_SCOPE
from tests.conftest import ROOT, HashEmbeddings, make_settings
from tests.retrieval.llm_stub import Reply, running_stub

# Recognisable fakes: well-formed, so they pass validation and really get used.
TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GtOkEn.SeCrEtDiScOrDtOkEnXyZ0123456789ab"
API_KEY = "sk-test-SeCrEtApIkEy-0123456789abcdefXYZ"
SECRETS = (TOKEN, "SeCrEtDiScOrDtOkEn", API_KEY, "SeCrEtApIkEy")


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"{secret[:12]}… leaked"


def test_dotenv_is_ignored_by_git() -> None:
    for path in (".env", "sub/.env"):
        done = subprocess.run(
            ["git", "check-ignore", "-q", path], cwd=ROOT, capture_output=True, timeout=30
        )
        assert done.returncode == 0, f"{path} is not git-ignored"


class _Discord401(BaseHTTPRequestHandler):
    """Discord's API as seen with a revoked token: every request is 401."""

    seen_auth: ClassVar[list[str]] = []

    def _reply(self) -> None:
        self.seen_auth.append(self.headers.get("Authorization", ""))
        body = b'{"message": "401: Unauthorized", "code": 0}'
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = _reply

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def fake_discord(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A local stand-in for discord.com that rejects every token; yields the headers it saw."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Discord401)
    _Discord401.seen_auth = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{server.server_port}/api")
    yield _Discord401.seen_auth
    server.shutdown()
    server.server_close()


def test_bot_start_up_with_a_rejected_token_never_prints_or_logs_it(
    tmp_path: Path,
    fake_discord: list[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("retrieval.engine.build_embeddings", lambda _settings: HashEmbeddings())
    settings = BotSettings(
        _env_file=None,
        discord_token=TOKEN,
        newsroom_data_dir=tmp_path / "data",
        articles_dir=tmp_path / "no-articles",
        llm_provider="openai",
        llm_model="m",
        llm_api_key=SecretStr(API_KEY),
        llm_base_url="http://127.0.0.1:9/v1",
    )
    with caplog.at_level(logging.DEBUG):
        code = run_bot(settings)
    out = capsys.readouterr()
    assert code == 2 and "rejected DISCORD_TOKEN" in out.err
    assert fake_discord == [f"Bot {TOKEN}"]  # the token really was used
    assert_no_secret(out.out, out.err, caplog.text, repr(settings), str(settings))
    assert_no_secret(*(str(r.args) for r in caplog.records))


def test_the_llm_path_never_logs_or_returns_its_api_key(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    with running_stub() as stub:
        stub.script(Reply(status=401), "The harbour reopened on Friday [¶2].")
        settings = make_settings(
            tmp_path / "data",
            llm_provider="openai",
            llm_model="stub-model",
            llm_base_url=stub.base_url,
            llm_api_key=SecretStr(API_KEY),
            llm_timeout_s=10,
        )
        with caplog.at_level(logging.DEBUG):
            engine = Engine(settings, embeddings=HashEmbeddings())
            try:
                engine.ingest_bytes(
                    "harbour.txt",
                    b"Harbour news\n\nThe harbour reopened on Friday after the storm.\n",
                    scope=GLOBAL_SCOPE,
                )
                failed = engine.ask("When did the harbour reopen?")
                answered = engine.ask("When did the harbour reopen?")
            finally:
                engine.close()
        assert [h["Authorization"] for h in stub.headers] == [f"Bearer {API_KEY}"] * 2
    out = capsys.readouterr()
    assert failed.notes and answered.mode == "llm"
    assert_no_secret(
        out.out,
        out.err,
        caplog.text,
        *(str(r.args) for r in caplog.records),
        *(str(r.exc_info[1]) for r in caplog.records if r.exc_info),
        repr(failed),
        repr(answered),
        repr(settings),
    )
