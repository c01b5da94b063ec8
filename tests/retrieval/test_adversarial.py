"""The real engine over the seed article with an adversarial chat model behind each provider.

The model (tests/retrieval/adversary.py) invents a quote, cites a paragraph it was not given,
adds a figure and a name its paragraph lacks, writes a sentence with no citation, wraps its
translations in quotation marks with an invented speaker, and fails on the calls it is told
to. Whatever it does, what leaves the engine is checked: every invented quote flagged and
never shown as a quote, no citation to a passage not given, every invented figure, name and
uncited sentence flagged, translations never quotes, and summaries "llm" when the model works
and "extractive" when it fails.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from pydantic import SecretStr

from bot.cli import answer_json
from bot.contract import quote_json, summary_json
from bot.discord.render import answer_embeds, quote_block, summary_embeds
from bot.terminal import print_quotes
from retrieval.checks import REMOVED_QUOTE_MARK
from retrieval.engine import Engine
from retrieval.llm import NOTES, LLMAnswerer, build_chat_model
from retrieval.models import Answer, Summary
from tests.conftest import SEED_ID, make_settings
from tests.retrieval.adversary import (
    INVENTED_FIGURE,
    INVENTED_NAME,
    INVENTED_QUOTE,
    UNCITED,
    Adversary,
)
from tests.retrieval.anthropic_stub import AnthropicStub
from tests.retrieval.llm_stub import ChatStub, running_stub
from tests.retrieval.ollama_stub import OllamaStub

STUBS: dict[str, type[ChatStub]] = {
    "openai": ChatStub,
    "anthropic": AnthropicStub,
    "ollama": OllamaStub,
}
QUOTE_MARKS = '「」『』“”"'
GIVEN_RE = re.compile(r'<passage ref="¶(\d+)"')


@pytest.fixture(scope="module")
def engine(seed_engine: Engine, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The engine over the seed article (its chat model is set per test, below)."""
    built = Engine(
        make_settings(tmp_path_factory.mktemp("adversary") / "data"),
        embeddings=seed_engine.embeddings,
    )
    built.sync_articles()
    yield built
    built.close()


@pytest.fixture(params=sorted(STUBS))
def stub(request: pytest.FixtureRequest, engine: Engine) -> Iterator[ChatStub]:
    """A stub of one provider's protocol, with the engine's chat model pointed at it."""
    provider = str(request.param)
    with running_stub(STUBS[provider]) as server:
        settings = make_settings(
            engine.settings.data_dir,
            llm_provider=provider,
            llm_model="stub-model",
            llm_base_url=server.base_url,
            llm_api_key=SecretStr("sk-test"),
            llm_timeout_s=10.0,
        )
        model = build_chat_model(settings)
        assert model is not None
        engine.llm = LLMAnswerer(model, timeout_s=10.0)
        try:
            yield server
        finally:
            engine.llm = None


def given(stub: ChatStub, request: int = 0) -> set[int]:
    """The paragraphs the model was given in a request."""
    return {int(n) for n in GIVEN_RE.findall(stub.messages(request)[-1]["content"])}


def assert_held_to_its_passages(
    text: str,
    quotes_checked: tuple,  # type: ignore[type-arg]
    unsupported: tuple[str, ...],
    cited: set[int],
    allowed: set[int],
    lang: str,
) -> None:
    """Everything the adversary invents is flagged; nothing cites a passage not given."""
    assert INVENTED_QUOTE[lang] not in text
    assert REMOVED_QUOTE_MARK[lang] in text
    assert any(q.quote == INVENTED_QUOTE[lang] and not q.verified for q in quotes_checked)
    assert any(q.verified for q in quotes_checked)  # the true quote survives
    assert cited <= allowed
    for n in re.findall(r"¶(\d+)", text):
        assert int(n) in allowed
    assert any(int(n) > max(allowed) for u in unsupported for n in re.findall(r"¶(\d+)", u))
    assert any(INVENTED_FIGURE[lang].rstrip("円 yen") in u for u in unsupported)
    assert any(INVENTED_NAME[lang] in u for u in unsupported)
    assert any(u.startswith(UNCITED[lang]) for u in unsupported)
    assert len(unsupported) == 4


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("ルビオ氏がラブロフ外相との直接会談を取りやめた理由は？", "ja"),
        ("Why did Rubio call off the meeting with Lavrov?", "en"),
    ],
)
def test_an_adversarial_answer_is_checked_whatever_the_provider(
    engine: Engine, stub: ChatStub, question: str, lang: str
) -> None:
    stub.responder = adversary = Adversary()
    answer = engine.ask(question, article=SEED_ID)
    assert answer.mode == "llm"
    assert answer.language == lang
    assert adversary.kinds == ["write", "repair"]  # the invented quote: one repair, then removed
    assert_held_to_its_passages(
        answer.text,
        answer.quotes_checked,
        answer.unsupported,
        {c.paragraph for c in answer.citations},
        given(stub),
        lang,
    )
    assert NOTES["quote"][lang] in answer.notes and NOTES["citation"][lang] in answer.notes
    obj = answer_json(answer)
    assert obj["unsupported"] == list(answer.unsupported)
    assert all(c["translation"] is None for c in obj["citations"])


@pytest.mark.parametrize(
    ("length", "style", "section", "lang"),
    [
        ("short", "paragraph", None, "en"),
        ("medium", "bullets", "主導", "ja"),
        ("long", "paragraph", "混乱", "en"),
    ],
)
def test_an_adversarial_summary_is_checked_in_every_length_style_and_section(
    engine: Engine, stub: ChatStub, length: str, style: str, section: str | None, lang: str
) -> None:
    stub.responder = Adversary()
    summary = engine.summarize(SEED_ID, length=length, style=style, section=section, language=lang)
    assert summary.mode == "llm"
    assert summary.language == lang
    allowed = given(stub)
    article = engine.article(SEED_ID)
    wanted = {
        b.number
        for b in article.blocks
        if b.kind == "paragraph" and (section is None or b.section == section)
    }
    assert allowed == wanted  # the model saw the section's body paragraphs, nothing else
    assert_held_to_its_passages(
        summary.text,
        summary.quotes_checked,
        summary.unsupported,
        {n for s in summary.sentences for n in s.cited},
        allowed,
        lang,
    )
    obj = summary_json(summary)
    assert obj["mode"] == "llm"
    assert obj["unsupported"] == list(summary.unsupported)
    assert any(not q["verified"] for q in obj["quotes_checked"])
    embeds = summary_embeds(summary)
    shown = "\n".join(e.description or "" for e in embeds)
    assert INVENTED_QUOTE[lang] not in shown


@pytest.mark.parametrize("failing", [{0}, {0, 1}], ids=["first-call", "every-call"])
def test_a_failing_model_gives_the_extractive_summary_with_a_note(
    engine: Engine, seed_engine: Engine, stub: ChatStub, failing: set[int]
) -> None:
    stub.responder = Adversary(fail_on=failing)
    summary = engine.summarize(SEED_ID, length="medium", language="en")
    assert summary.mode == "extractive"
    assert summary.notes == (NOTES["summary_error"]["en"],)
    offline = seed_engine.summarize(SEED_ID, length="medium")
    assert summary.sentences == offline.sentences
    assert summary_json(summary)["mode"] == "extractive"


def test_quotes_for_an_english_asker_keep_the_original_and_the_engines_speaker(
    engine: Engine, seed_engine: Engine, stub: ChatStub
) -> None:
    stub.responder = Adversary()
    offline = seed_engine.quotes(SEED_ID, speaker="ルビオ")
    translated = engine.quotes(SEED_ID, speaker="ルビオ", language="en")
    assert offline
    assert [(q.quote, q.speaker, q.paragraph) for q in translated] == [
        (q.quote, q.speaker, q.paragraph) for q in offline
    ]
    for q in translated:
        assert q.translation is not None
        assert not set(q.translation) & set(QUOTE_MARKS)  # never dressed as a quote
        block = quote_block(q)
        assert f"「{q.quote}」" in block  # the original, exactly as printed
        assert f"translation: {q.translation}" in block
        obj = quote_json(q)
        assert obj["quote"] == q.quote and obj["speaker"] == q.speaker
        assert obj["translation"] == q.translation
    out = io.StringIO()
    print_quotes(translated, out)
    for q in translated:
        assert f"「{q.quote}」" in out.getvalue()
        assert f"    translation: {q.translation}\n" in out.getvalue()
    # The model put words in an invented speaker's mouth; the speaker is still the engine's.
    assert all("Tanaka" in (q.translation or "") and q.speaker != "Tanaka" for q in translated)


def test_what_did_x_say_in_english_gets_translations_beside_the_verbatim_quotes(
    engine: Engine, seed_engine: Engine, stub: ChatStub
) -> None:
    stub.responder = Adversary()
    answer = engine.ask("What did Rubio say?", article=SEED_ID)
    offline = seed_engine.ask("What did Rubio say?", article=SEED_ID)
    assert answer.mode == "extractive"  # answered from the quotes table, as before
    assert answer.text == offline.text
    assert [c.text for c in answer.citations] == [c.text for c in offline.citations]
    assert answer.citations and all(c.translation for c in answer.citations)
    embed = answer_embeds(answer)[0]
    for citation, field in zip(answer.citations, embed.fields, strict=False):
        assert "translation: " in (field.value or "")
        assert not set(citation.translation or "") & set(QUOTE_MARKS)
    assert all(c["translation"] for c in answer_json(answer)["citations"])


def test_a_failed_translation_leaves_the_quotes_as_printed(
    engine: Engine, seed_engine: Engine, stub: ChatStub
) -> None:
    stub.responder = Adversary(fail_on={0})
    quotes = engine.quotes(SEED_ID, speaker="ルビオ", language="en")
    assert quotes == seed_engine.quotes(SEED_ID, speaker="ルビオ")
    assert all(q.translation is None and quote_json(q)["translation"] is None for q in quotes)


def test_without_a_model_nothing_changes(seed_engine: Engine) -> None:
    assert seed_engine.llm is None
    summary = seed_engine.summarize(SEED_ID, language="en")
    assert summary.mode == "extractive"
    assert all(q.translation is None for q in seed_engine.quotes(SEED_ID, language="en"))
    answer = seed_engine.ask("What did Rubio say?", article=SEED_ID)
    assert isinstance(answer, Answer) and all(c.translation is None for c in answer.citations)
    assert isinstance(summary, Summary)
