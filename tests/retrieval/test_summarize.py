"""Summaries: verbatim, cited, lead-first, non-redundant, in article order."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import numpy as np
import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import BaseMessage, SystemMessage
from pydantic import Field

from prompts import load_prompt
from retrieval.checks import REMOVED_QUOTE_MARK, UNSUPPORTED_MARK
from retrieval.llm import NOTES, LLMAnswerer
from retrieval.llm.summary import UNCITED
from retrieval.models import Article, Block, QuoteCheck, Summary, UserFacingError
from retrieval.sentences import split_sentences
from retrieval.summarize import LENGTHS, MIN_SENTENCE_CHARS, summarize
from tests.retrieval._seed import seed_article


@pytest.fixture(scope="module")
def seed() -> Article:
    return seed_article()


def assert_verbatim_and_cited(article: Article, summary: Summary) -> None:
    """Every sentence is a whole sentence of the body paragraph it cites."""
    for s in summary.sentences:
        block = article.block(s.paragraph)
        assert block.kind == "paragraph", f"¶{s.paragraph} is a {block.kind}"
        assert s.text in [x.text for x in split_sentences(block.text)]
        assert s.text in block.text
        assert f"{s.text} [¶{s.paragraph}]" in summary.text
    order = [
        (s.paragraph, article.block(s.paragraph).text.index(s.text)) for s in summary.sentences
    ]
    assert order == sorted(order), "sentences must keep article order"
    assert len({s.text for s in summary.sentences}) == len(summary.sentences)


@pytest.mark.parametrize("length", ["short", "medium", "long"])
@pytest.mark.parametrize("style", ["paragraph", "bullets"])
def test_summary_sentences_are_verbatim_cited_and_in_article_order(
    seed: Article, length: str, style: str
) -> None:
    summary = summarize(seed, length=length, style=style)
    assert len(summary.sentences) == LENGTHS[length]
    assert (summary.article_id, summary.length, summary.style) == (seed.article_id, length, style)
    assert_verbatim_and_cited(seed, summary)


def test_short_summary_carries_the_lead_facts(seed: Article) -> None:
    summary = summarize(seed, "short")
    text = "".join(s.text for s in summary.sentences)
    assert "制裁" in text and "発表" in text  # トランプ氏 announced the first sanctions on Russia
    assert "ルビオ" in text  # ルビオ's assessment drove the shift
    assert {1, 2} <= {s.paragraph for s in summary.sentences}


def test_summaries_never_use_headings_captions_or_meta(seed: Article) -> None:
    summary = summarize(seed, "long")
    assert not {s.paragraph for s in summary.sentences} & {8, 13, 19, 29, 30, 31}


def test_summaries_avoid_fragment_sentences(seed: Article) -> None:
    for length in LENGTHS:
        summary = summarize(seed, length)
        assert all(len(s.text) >= MIN_SENTENCE_CHARS for s in summary.sentences)


def test_longer_summaries_cover_more_of_the_story(seed: Article) -> None:
    short = summarize(seed, "short")
    long = summarize(seed, "long")
    assert max(s.paragraph for s in long.sentences) > max(s.paragraph for s in short.sentences)
    assert max(s.paragraph for s in long.sentences) >= 19  # reaches the 混乱 section


def test_section_summary_covers_only_its_paragraphs(seed: Article) -> None:
    summary = summarize(seed, "short", section="混乱")
    assert summary.section == "混乱"
    assert len(summary.sentences) == 3
    assert all(20 <= s.paragraph <= 28 for s in summary.sentences)
    assert_verbatim_and_cited(seed, summary)


def test_section_summary_is_capped_by_the_sections_sentences() -> None:
    article = Article(
        "s1",
        "t",
        (
            Block(1, "paragraph", "これは冒頭の段落で、十分に長い文章です。"),
            Block(2, "heading", "短い節"),
            Block(3, "paragraph", "この節にはこの一文しかありませんが十分に長いです。"),
        ),
    )
    summary = summarize(article, "long", section="短い節")
    assert [(s.paragraph, s.text) for s in summary.sentences] == [
        (3, "この節にはこの一文しかありませんが十分に長いです。")
    ]


def test_unknown_section_lists_the_articles_sections(seed: Article) -> None:
    with pytest.raises(UserFacingError) as err:
        summarize(seed, section="経済")
    assert "主導" in str(err.value) and "混乱" in str(err.value)


@pytest.mark.parametrize(
    ("kwargs", "word"), [({"length": "tiny"}, "short"), ({"style": "prose"}, "bullets")]
)
def test_unknown_length_or_style_is_a_user_error(
    seed: Article, kwargs: dict[str, str], word: str
) -> None:
    with pytest.raises(UserFacingError, match=word):
        summarize(seed, **kwargs)


def test_bullets_and_paragraph_text_forms(seed: Article) -> None:
    bullets = summarize(seed, "short", style="bullets").text.splitlines()
    assert len(bullets) == 3 and all(b.startswith("- ") and b.endswith("]") for b in bullets)
    prose = summarize(seed, "short").text
    assert "\n" not in prose and prose.count("[¶") == 3


def test_embed_is_called_once_with_every_candidate_sentence(seed: Article) -> None:
    calls: list[list[str]] = []

    def embed(texts: list[str]) -> np.ndarray:
        calls.append(texts)
        rng = np.random.default_rng(0)
        v = rng.normal(size=(len(texts), 16))
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    summary = summarize(seed, "medium", embed=embed)
    assert len(calls) == 1
    assert all(s.text in calls[0] for s in summary.sentences)
    assert len(summary.sentences) == 6
    assert_verbatim_and_cited(seed, summary)


def test_redundant_sentences_are_not_both_chosen() -> None:
    repeated = "政府は新たな経済対策を発表し、減税と給付金を柱とする方針を示した。"
    article = Article(
        "r1",
        "t",
        (
            Block(1, "paragraph", repeated),
            Block(2, "paragraph", repeated.replace("示した", "明らかにした")),
            Block(3, "paragraph", "野党は財源の裏付けがないとして対策を厳しく批判している。"),
            Block(4, "paragraph", "市場では円相場が小幅に下落し、株価は上昇して取引を終えた。"),
        ),
    )
    paragraphs = [s.paragraph for s in summarize(article, "short").sentences]
    assert not {1, 2} <= set(paragraphs)


def test_english_summary_is_verbatim() -> None:
    paras = [
        "The president imposed the first sanctions on Russia of his second term on Wednesday.",
        "Secretary of State Marco Rubio had concluded that Moscow was not negotiating in good faith.",
        "Officials said talks in Alaska had left a false impression of Russian flexibility.",
        "The White House denied that account. A spokeswoman said the team was united.",
    ]
    article = Article("e1", "t", tuple(Block(i + 1, "paragraph", p) for i, p in enumerate(paras)))
    summary = summarize(article, "short")
    assert len(summary.sentences) == 3
    assert summary.sentences[0].paragraph == 1
    assert_verbatim_and_cited(article, summary)
    assert " [¶" in summary.text


def test_an_article_without_body_text_is_a_user_error() -> None:
    article = Article("x", "t", (Block(1, "heading", "見出し"), Block(2, "meta", "©2025")))
    with pytest.raises(UserFacingError):
        summarize(article)


# --- summaries written by a chat model (LangChain's fake chat model; the wire: test_providers) ---


class RecordingFake(GenericFakeChatModel):
    """GenericFakeChatModel that keeps the messages of every call."""

    calls: list[list[BaseMessage]] = Field(default_factory=list)

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> Any:
        self.calls.append(list(messages))
        return super()._generate(messages, *args, **kwargs)


def fake(*replies: str | Exception) -> RecordingFake:
    """A fake model answering with `replies` in order; an exception is raised instead."""

    def script() -> Iterator[str]:
        for r in replies:
            if isinstance(r, Exception):
                raise r
            yield r

    return RecordingFake(messages=script())


def model_summary(
    model: RecordingFake,
    article: Article,
    *,
    language: str = "en",
    length: str = "short",
    style: str = "paragraph",
    section: str | None = None,
) -> tuple[list[str], Summary, list[str]]:
    """(draft chunks, final Summary, notes given to the fallback) of one model summary."""
    notes: list[str] = []

    def fallback(note: str) -> Summary:
        notes.append(note)
        return replace(
            summarize(article, length=length, style=style, section=section), notes=(note,)
        )

    events = list(
        LLMAnswerer(model).summary_stream(
            article,
            language=language,
            length=length,
            style=style,
            section=section,
            fallback=fallback,
        )
    )
    final = events[-1]
    assert isinstance(final, Summary)
    assert all(isinstance(e, str) for e in events[:-1])
    return [str(e) for e in events[:-1]], final, notes


def test_a_model_summary_cites_every_sentence_and_says_it_was_written_by_the_model(
    seed: Article,
) -> None:
    raw = (
        "Trump announced the first sanctions on Russia of his second term [¶2]. "
        "Rubio, who once called Putin 「悪党」 (translation: a villain), shaped the shift [¶3, ¶4]."
    )
    chunks, summary, notes = model_summary(fake(raw), seed)
    assert "".join(chunks) == raw and len(chunks) > 1
    assert notes == []
    assert summary.mode == "llm" and summary.language == "en"
    assert [s.cited for s in summary.sentences] == [(2,), (3, 4)]
    assert summary.text == raw
    assert [(q.quote, q.verified) for q in summary.quotes_checked] == [("悪党", True)]
    assert summary.unsupported == () and summary.notes == ()


@pytest.mark.parametrize(
    ("language", "length", "style", "section", "expected"),
    [
        ("en", "short", "paragraph", None, ["Length: 3 sentences", "Form: one paragraph of prose"]),
        ("ja", "medium", "bullets", "主導", ["長さ: 6文", "形式: 箇条書き", "— 主導"]),
        (
            "en",
            "long",
            "bullets",
            "混乱",
            ["Length: 10 sentences", "Form: a bulleted list", "— 混乱"],
        ),
    ],
)
def test_the_prompt_asks_for_the_length_style_language_and_section(
    seed: Article, language: str, length: str, style: str, section: str | None, expected: list[str]
) -> None:
    model = fake("A [¶20].")
    model_summary(model, seed, language=language, length=length, style=style, section=section)
    system, user = model.calls[0]
    assert isinstance(system, SystemMessage)
    assert system.text == load_prompt("summary", language).system
    for phrase in expected:
        assert phrase in user.text
    given = {int(n) for n in re.findall(r'ref="¶(\d+)"', user.text)}
    wanted = {
        b.number
        for b in seed.blocks
        if b.kind == "paragraph" and (section is None or b.section == section)
    }
    assert given == wanted


def test_an_invented_quote_is_repaired_once_then_removed_and_noted(seed: Article) -> None:
    invented = "Trump said 「制裁は永遠に続く」 [¶2]."
    model = fake(invented, invented)
    _, summary, _ = model_summary(model, seed)
    assert len(model.calls) == 2  # the summary, then one repair
    assert "制裁は永遠に続く" not in summary.text
    assert REMOVED_QUOTE_MARK["en"] in summary.text
    assert summary.quotes_checked == (QuoteCheck("制裁は永遠に続く", 2, False),)
    assert NOTES["quote"]["en"] in summary.notes


def test_uncited_sentences_and_unsupported_figures_are_flagged_in_a_model_summary(
    seed: Article,
) -> None:
    raw = "Sanctions hit Rosneft on Oct. 25 [¶26]. Trump was furious."
    _, summary, _ = model_summary(fake(raw), seed)
    assert summary.mode == "llm"
    assert summary.unsupported == (
        "Sanctions hit Rosneft on Oct. 25. — Oct. 25 not in ¶26",
        "Trump was furious. — no citation",
    )
    assert summary.sentences[1].cited == ()
    assert summary.text.endswith(f"Trump was furious {UNSUPPORTED_MARK['en']}.")
    assert NOTES["citation"]["en"] in summary.notes


@pytest.mark.parametrize(
    ("failure", "note"),
    [
        (RuntimeError("boom"), NOTES["summary_error"]["en"]),
        (TimeoutError("slow"), NOTES["summary_timeout"]["en"]),
        ("", NOTES["summary_empty"]["en"]),
        ("Nothing here cites anything.", UNCITED["en"]),
    ],
    ids=["error", "timeout", "empty", "uncited"],
)
def test_a_failing_model_gives_the_extractive_summary_with_a_note(
    seed: Article, failure: str | Exception, note: str
) -> None:
    _, summary, notes = model_summary(fake(failure), seed, length="medium")
    assert notes == [note]
    assert summary.mode == "extractive"
    assert summary.sentences == summarize(seed, length="medium").sentences


def test_a_bad_section_is_refused_before_the_model_is_asked(seed: Article) -> None:
    model = fake("unused")
    with pytest.raises(UserFacingError, match="no section"):
        model_summary(model, seed, section="nowhere")
    assert model.calls == []
