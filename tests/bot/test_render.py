"""The pure formatters keep every Discord limit and never cut a quote or a [¶N] marker."""

from __future__ import annotations

import re

from bot.discord import render
from bot.discord.render import (
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    answer_embeds,
    embed_problems,
    pack_embeds,
    preview,
    quotes_embed,
    source_embeds,
    split_text,
    summary_embeds,
)
from retrieval.models import (
    Answer,
    Article,
    Block,
    Citation,
    Quote,
    Summary,
    SummarySentence,
)

SENTENCE = "ケリー報道官は「トランプ大統領こそが常に外交政策を主導しており、団結したチームだ」と述べた。[¶7] "
LONG_TITLE = "長い見出し" * 100


def long_answer(n: int = 400) -> Answer:
    citations = tuple(
        Citation("a" * 90, LONG_TITLE, i, "本文。" * 500, 0.5, section="節" * 300)
        for i in range(1, 31)
    )
    return Answer(
        question="Q" * 3000,
        text=SENTENCE * n,
        answerable=True,
        citations=citations,
        notes=("note " * 400,),
    )


def pieces(embeds: list) -> list[str]:
    return [e.description or "" for e in embeds]


def assert_whole_units(text: str) -> None:
    """Every 「 is closed and every [¶N] is complete within one piece."""
    assert text.count("「") == text.count("」"), text[-80:]
    assert not re.search(r"\[¶\d*$", text) and not re.match(r"^\d*\]", text)


def test_long_answer_keeps_every_limit_and_cuts_between_sentences() -> None:
    embeds = answer_embeds(long_answer())
    for embed in embeds:
        assert embed_problems(embed) == []
        assert_whole_units(embed.description)
    assert len(embeds[0].fields) <= render.MAX_SOURCES + 1
    for message in pack_embeds(embeds):
        assert len(message) <= 10 and sum(len(e) for e in message) <= EMBED_TOTAL_LIMIT
    shown = "".join(pieces(embeds)).replace(" ", "")
    assert shown.startswith((SENTENCE * 20).replace(" ", ""))
    assert embeds[-1].footer.text == "Trimmed here: the rest is too long for Discord."


def test_a_moderately_long_answer_is_split_not_lost() -> None:
    answer = Answer(question="q", text=SENTENCE * 120, answerable=True, citations=())
    embeds = answer_embeds(answer)
    assert len(embeds) > 1
    assert "".join(pieces(embeds)).replace(" ", "") == (SENTENCE * 120).replace(" ", "")


def test_split_text_prefers_sentences_and_never_enters_a_quote() -> None:
    quote = "「" + "とても長い発言、" * 60 + "」と述べた。"
    text = "短い文です。[¶1] " + quote + " 次の文。[¶2]"
    chunks = split_text(text, 200)
    assert chunks[0] == "短い文です。[¶1]"
    assert all(len(c) <= 200 for c in chunks)
    assert "".join(chunks).replace(" ", "") == text.replace(" ", "")


def test_preview_elides_inside_a_quote_and_closes_it() -> None:
    text = "「" + "有害な勢力が、根拠のない嘘を通じて" * 20 + "」と続けた。"
    shown = preview(text, 60)
    assert len(shown) <= 60 and shown.endswith("…」")


def test_markdown_in_article_text_is_shown_literally() -> None:
    article = Article("x", "t", (Block(1, "paragraph", "a *starred* _word_ @everyone"),))
    (embed,) = source_embeds(article, article.blocks[0])
    assert embed.description == r"a \*starred\* \_word\_ @everyone"


def test_a_very_long_paragraph_is_shown_whole_over_several_embeds() -> None:
    text = SENTENCE * 200
    article = Article("x", "t", (Block(1, "paragraph", text),))
    embeds = source_embeds(article, article.blocks[0])
    assert len(embeds) > 1 and all(embed_problems(e) == [] for e in embeds)
    assert "".join(pieces(embeds)).replace(" ", "") == text.replace(" ", "")
    assert all(len(e.description) <= DESCRIPTION_LIMIT for e in embeds)


def test_unverified_quotes_are_never_shown_as_quotes() -> None:
    good = Quote("x", 7, "その時が来た", "トランプ", "大統領", False, True)
    bad = Quote("x", 9, "でっち上げ", "誰か", None, False, False)
    embed = quotes_embed([good, bad], titles={"x": "記事"})
    assert "> 「その時が来た」\n— **トランプ (大統領)** · ¶7 · 記事" in embed.description
    assert "でっち上げ" not in embed.description
    assert "could not be verified" in embed.footer.text


def test_many_quotes_are_counted_never_cut() -> None:
    quotes = [Quote("x", i, "発言" * 100, "話者", None, False, True) for i in range(1, 60)]
    embed = quotes_embed(quotes)
    assert embed_problems(embed) == []
    shown = embed.description.count("「")
    assert shown == embed.description.count("」") and shown < 59
    assert f"({59 - shown} more not shown" in embed.description


def test_bulleted_summary_keeps_its_bullets_and_citations() -> None:
    summary = Summary(
        "x",
        "記事",
        "short",
        "bullets",
        (SummarySentence("一文目。", 1), SummarySentence("*二*文目。", 4)),
    )
    (embed,) = summary_embeds(summary)
    assert embed.description == "- 一文目。 [¶1]\n- \\*二\\*文目。 [¶4]"
    assert embed.fields[0].value == "¶1, ¶4"


def test_unanswerable_answer_shows_the_closest_passages() -> None:
    from retrieval.models import Passage

    related = (Passage("x", "記事", 5, "paragraph", None, "近い段落。", 0.3),)
    answer = Answer("q", "記事には書かれていません", False, (), related=related)
    (embed,) = answer_embeds(answer)
    assert embed.description == "記事には書かれていません"
    assert embed.fields[0].name == "1. ¶5 · 記事" and embed.fields[0].value == "近い段落。"


def test_a_near_miss_looks_different_from_an_answer_and_from_a_decline() -> None:
    from retrieval.models import Passage

    related = (Passage("x", "記事", 5, "paragraph", None, "近い段落。", 0.3),)
    closest = Answer(
        "q",
        "記事はこの質問に答えていない可能性があります。",
        False,
        (),
        related=related,
        confidence="closest",
    )
    declined = Answer("q", "記事には書かれていません", False, (), related=related)
    (near,) = answer_embeds(closest)
    (none,) = answer_embeds(declined)
    assert declined.confidence == "none"
    assert near.colour != none.colour
    assert near.footer.text.startswith("May not be answered here")
    assert near.fields[0].value == "近い段落。"  # the passages, shown as passages
