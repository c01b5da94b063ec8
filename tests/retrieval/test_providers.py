"""Every provider with its real LangChain client, against a stub of its own wire protocol.

ChatOpenAI speaks OpenAI's chat completions (SSE), ChatAnthropic the Messages API (SSE
events), ChatOllama /api/chat (JSON lines); each is built by `build_chat_model` exactly as the
engine builds it, and each is driven through answers, summaries and translations, streamed,
with failures (HTTP error, an error part-way through a stream, a timeout).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from typing import Any

import pytest
from langchain_anthropic import ChatAnthropic
from langchain_ollama import ChatOllama
from langchain_openai import ChatOpenAI
from pydantic import SecretStr

from prompts import load_prompt
from retrieval.config import EngineSettings
from retrieval.llm import NOTES, LLMAnswerer, build_chat_model
from retrieval.models import Answer, Citation, Passage, Quote, QuoteCheck, Summary
from tests.retrieval._seed import seed_article
from tests.retrieval.anthropic_stub import AnthropicStub
from tests.retrieval.llm_stub import ChatStub, Reply, running_stub
from tests.retrieval.ollama_stub import OllamaStub

PROVIDERS = {
    "openai": (ChatStub, ChatOpenAI),
    "anthropic": (AnthropicStub, ChatAnthropic),
    "ollama": (OllamaStub, ChatOllama),
}
KEY = "sk-provider-secret-key"
P2 = Passage(
    "a1",
    "増税論議",
    2,
    "paragraph",
    None,
    "首相は「増税はしない」と述べた。記者会見で語った。",
    0.9,
)
EN3 = Passage(
    "e1",
    "Tax debate",
    3,
    "paragraph",
    None,
    "The minister said, “We will not raise taxes this year.” She spoke on Monday.",
    0.8,
)


@pytest.fixture(params=sorted(PROVIDERS))
def provider(request: pytest.FixtureRequest) -> str:
    """Each provider in turn."""
    return str(request.param)


@pytest.fixture
def stub(provider: str) -> Iterator[ChatStub]:
    """A running stub of the provider's wire protocol."""
    with running_stub(PROVIDERS[provider][0]) as server:
        yield server


def answerer(provider: str, stub: ChatStub, *, timeout_s: float = 5.0) -> LLMAnswerer:
    """An LLMAnswerer on the provider's real client, built from settings as the engine does."""
    settings = EngineSettings(
        _env_file=None,  # type: ignore[call-arg]
        llm_provider=provider,  # type: ignore[arg-type]
        llm_model="stub-model",
        llm_base_url=stub.base_url,
        llm_api_key=SecretStr(KEY),
        llm_timeout_s=timeout_s,
    )
    model = build_chat_model(settings)
    assert model is not None
    return LLMAnswerer(model, timeout_s=timeout_s)


class Recorder:
    """An extractive fallback that records the note it was given."""

    def __init__(self) -> None:
        self.notes: list[str] = []

    def __call__(self, note: str) -> Answer:
        self.notes.append(note)
        return Answer("q", "EXTRACTIVE", True, (Citation("a1", "増税論議", 2, P2.text, 0.9),))


def run(answerer: LLMAnswerer, passages: tuple[Passage, ...], fallback: Recorder) -> list[Any]:
    """Every event of a streamed English answer."""
    return list(answerer.stream("What?", passages, language="en", fallback=fallback))


def test_the_provider_is_its_own_langchain_class_with_no_retries(
    provider: str, stub: ChatStub
) -> None:
    model = answerer(provider, stub, timeout_s=7.5).model
    assert type(model) is PROVIDERS[provider][1]
    if provider == "ollama":
        assert model.base_url == stub.base_url  # type: ignore[attr-defined]
        assert model.client_kwargs["timeout"] == 7.5  # type: ignore[attr-defined]
    else:
        assert model.max_retries == 0  # type: ignore[attr-defined]
    assert KEY not in repr(model)


def test_a_streamed_answer_arrives_in_pieces_and_ends_checked(
    provider: str, stub: ChatStub
) -> None:
    raw = "The minister spoke on Monday [¶3]. She said “We will not raise taxes this year.” [¶3]."
    stub.script(Reply(raw, chunk_chars=6))
    events = run(answerer(provider, stub), (EN3,), Recorder())
    chunks = [e for e in events if isinstance(e, str)]
    assert len(chunks) >= len(raw) // 6
    assert "".join(chunks) == raw
    answer = events[-1]
    assert isinstance(answer, Answer)
    assert answer.mode == "llm"
    assert answer.text == raw
    assert answer.quotes_checked == (QuoteCheck("We will not raise taxes this year.", 3, True),)
    assert stub.streamed(0)
    assert stub.messages(0)[0] == {"role": "system", "content": load_prompt("answer", "en").system}
    auth = stub.headers[0].get("Authorization", "") + stub.headers[0].get("X-Api-Key", "")
    assert (KEY in auth) is (provider != "ollama")  # Ollama takes no key


def test_an_invented_quote_is_repaired_in_a_second_call(provider: str, stub: ChatStub) -> None:
    stub.script(
        "He said “we will raise taxes” [¶3].", "He said “We will not raise taxes this year.” [¶3]."
    )
    answer = run(answerer(provider, stub), (EN3,), Recorder())[-1]
    assert answer.text == "He said “We will not raise taxes this year.” [¶3]."
    assert [m["role"] for m in stub.messages(1)] == ["system", "user", "assistant", "user"]
    assert "we will raise taxes" in stub.messages(1)[3]["content"]


@pytest.mark.parametrize(
    ("reply", "note"),
    [
        (Reply(status=500), "error"),
        (Reply("The minister spoke on Monday [¶3].", fail_after_chunks=2), "error"),
        (Reply("late [¶3]", delay_s=30), "timeout"),
    ],
    ids=["http-500", "mid-stream", "timeout"],
)
def test_a_failing_provider_falls_back_once_without_retrying_or_leaking_the_key(
    provider: str, stub: ChatStub, reply: Reply, note: str, caplog: pytest.LogCaptureFixture
) -> None:
    stub.script(reply)
    fallback = Recorder()
    started = time.monotonic()
    with caplog.at_level(logging.DEBUG):
        answer = run(answerer(provider, stub, timeout_s=0.5), (EN3,), fallback)[-1]
    assert time.monotonic() - started < 20  # the stub would answer only after 30 s
    assert answer.text == "EXTRACTIVE"
    assert fallback.notes == [NOTES[note]["en"]]
    assert len(stub.requests) == 1
    assert KEY not in caplog.text


def test_a_summary_streams_through_the_provider_and_is_checked(
    provider: str, stub: ChatStub
) -> None:
    article = seed_article()
    raw = (
        "- Trump announced the first sanctions on Russia of his second term [¶2].\n"
        "- Rubio judged that Russia had not changed its stance [¶3].\n"
        "- The sanctions hit Rosneft and Lukoil on the 22nd [¶26]."
    )
    stub.script(Reply(raw, chunk_chars=9))

    def extractive(note: str) -> Summary:
        raise AssertionError(f"fell back: {note}")

    events = list(
        answerer(provider, stub).summary_stream(
            article,
            language="en",
            length="short",
            style="bullets",
            section=None,
            fallback=extractive,
        )
    )
    assert len([e for e in events if isinstance(e, str)]) > 3
    summary = events[-1]
    assert isinstance(summary, Summary)
    assert summary.mode == "llm"
    assert summary.language == "en"
    assert [s.cited for s in summary.sentences] == [(2,), (3,), (26,)]
    # Rosneft and Lukoil are ロスネフチ and ルクオイル in ¶26: matched across scripts, not flagged.
    assert summary.unsupported == ()
    assert summary.text.startswith("- Trump announced the first sanctions")
    user = stub.messages(0)[-1]["content"]
    assert "Length: 3 sentences" in user
    assert "Form: a bulleted list" in user
    assert '<passage ref="¶26"' in user
    assert '<passage ref="¶8"' not in user  # a heading
    assert '<passage ref="¶13"' not in user  # a caption


def test_quotes_are_translated_through_the_provider(provider: str, stub: ChatStub) -> None:
    quotes = [
        Quote("a1", 3, "その時が来た", "トランプ", None, False, True),
        Quote("a1", 5, "an English quote", "Doe", None, False, True),
    ]
    stub.script("1. The time has come.")
    out = answerer(provider, stub).translate_quotes(quotes, "en")
    assert out[0].translation == "The time has come."
    assert (out[0].quote, out[0].speaker) == ("その時が来た", "トランプ")
    assert out[1] == quotes[1]  # already in the asker's language: not sent, not changed
    assert "1. その時が来た" in stub.messages(0)[-1]["content"]
    assert "an English quote" not in stub.messages(0)[-1]["content"]
