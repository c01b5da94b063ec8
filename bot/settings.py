"""Bot settings: the engine's settings plus Discord's, read once at the entry point."""

from __future__ import annotations

import re

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import SettingsConfigDict

from retrieval.config import EngineSettings

# A bot token is three dot-separated base64url parts (user id, timestamp, HMAC).
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$")


class BotSettings(EngineSettings):
    """Everything `python -m bot` needs; the token is optional here and checked at start-up."""

    # Validation errors must never echo a value back (it could be the token).
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        env_ignore_empty=True,
        hide_input_in_errors=True,
    )

    discord_token: SecretStr | None = None
    discord_dev_guild_id: int | None = None
    newsroom_admin_role: str | None = None
    max_concurrency: int = Field(default=4, ge=1, le=64)
    # Questions waiting for a slot (Discord allows 15 minutes after a deferred reply); more
    # than this at once get a polite "busy".
    max_queue: int = Field(default=500, ge=0, le=10_000)
    rate_limit_count: int = Field(default=5, ge=1)
    rate_limit_window_s: float = Field(default=60.0, gt=0)
    max_upload_bytes: int = Field(default=5 * 1024 * 1024, ge=1)
    # Streamed answers edit their Discord message at most this often (Discord's edit rate).
    stream_edit_interval_s: float = Field(default=1.0, gt=0)
    # At SIGTERM/SIGINT, answers in flight may take this long to finish before the bot exits.
    shutdown_grace_s: float = Field(default=30.0, gt=0, le=600)

    @field_validator("discord_token", mode="before")
    @classmethod
    def _check_token(cls, value: object) -> object:
        # The message names the variable but never echoes its value.
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        raw = value.get_secret_value() if isinstance(value, SecretStr) else str(value)
        if not _TOKEN_RE.match(raw.strip()):
            raise ValueError(
                "DISCORD_TOKEN is malformed (expected three dot-separated base64url parts)"
            )
        return raw.strip()

    @field_validator("discord_dev_guild_id", mode="before")
    @classmethod
    def _blank_guild_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("newsroom_admin_role", mode="before")
    @classmethod
    def _blank_role_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value


def settings_errors(error: ValidationError) -> list[str]:
    """One line per invalid setting, naming its variable and never echoing its value."""
    lines = []
    for e in error.errors():
        name = "_".join(str(p) for p in e["loc"]).upper() or "settings"
        message = e["msg"].removeprefix("Value error, ")
        lines.append(message if name in message else f"{name}: {message}")
    return lines
