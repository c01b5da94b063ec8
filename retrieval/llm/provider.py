"""The configured chat model, built by LangChain's `init_chat_model`.

`init_chat_model` (from the `langchain` package, which each provider extra installs) maps a
provider name to its integration class: openai -> ChatOpenAI (also any OpenAI-compatible
server through LLM_BASE_URL), anthropic -> ChatAnthropic, ollama -> ChatOllama. What stays
ours: the one-line hint when an extra is missing, and no client retries, so LLM_TIMEOUT_S
bounds the wait and the extractive result is the fallback when a call fails.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from pydantic import SecretStr

from retrieval.models import UserFacingError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from retrieval.config import EngineSettings

log = logging.getLogger(__name__)

# A local OpenAI-compatible server usually ignores the key, but the client insists on one.
PLACEHOLDER_API_KEY = "not-needed"
# The packages each provider needs: langchain (init_chat_model) and the integration.
PACKAGES = {
    "openai": ("langchain", "langchain_openai"),
    "anthropic": ("langchain", "langchain_anthropic"),
    "ollama": ("langchain", "langchain_ollama"),
}


def build_chat_model(settings: EngineSettings) -> BaseChatModel | None:
    """The configured LangChain chat model, or None for LLM_PROVIDER=none."""
    provider = settings.llm_provider
    if provider == "none":
        return None
    if not settings.llm_model:
        raise UserFacingError(f"LLM_PROVIDER={provider} needs LLM_MODEL (the model's name).")
    kwargs = _client_options(settings)
    _require_extra(provider)
    from langchain.chat_models import init_chat_model

    try:
        model = init_chat_model(settings.llm_model, model_provider=provider, **kwargs)
    except ImportError:
        raise _missing_extra(provider) from None
    log.info("chat model: %s %s", provider, settings.llm_model)
    return model


def _client_options(settings: EngineSettings) -> dict[str, Any]:
    """The provider class's keyword arguments: key, server, timeout, no retries."""
    provider = settings.llm_provider
    key = settings.llm_api_key
    timeout = settings.llm_timeout_s
    base_url = settings.llm_base_url
    if provider == "openai":
        if key is None and not base_url:
            raise UserFacingError(
                "LLM_PROVIDER=openai needs LLM_API_KEY (or LLM_BASE_URL for an "
                "OpenAI-compatible server)."
            )
        return {
            "api_key": key or SecretStr(PLACEHOLDER_API_KEY),
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": 0,
        }
    if provider == "anthropic":
        if key is None:
            raise UserFacingError("LLM_PROVIDER=anthropic needs LLM_API_KEY.")
        options: dict[str, Any] = {"api_key": key, "timeout": timeout, "max_retries": 0}
        if base_url:
            options["base_url"] = base_url
        return options
    # Ollama takes no key (LLM_API_KEY is not sent: the client would show it in its repr).
    return {"base_url": base_url, "client_kwargs": {"timeout": timeout}}


def _require_extra(provider: str) -> None:
    """Import the provider's packages now, so a missing one is a one-line hint."""
    for package in PACKAGES[provider]:
        try:
            importlib.import_module(package)
        except ImportError:
            raise _missing_extra(provider) from None


def _missing_extra(provider: str) -> UserFacingError:
    return UserFacingError(
        f"LLM_PROVIDER={provider} needs the extra: pip install 'newsroom[{provider}]'"
    )
