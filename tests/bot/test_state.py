"""The bot's stored state: answers round-trip whole, conversations are bounded in turns and
age, answers in number and age; the button ids fit Discord's 100 characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import state as state_module
from bot.discord.views import (
    SOURCE_ID,
    Ref,
    cited_refs,
    decode_refs,
    encode_refs,
    source_custom_id,
)
from bot.state import DAY_S, MAX_TURNS, BotState
from retrieval.models import Answer, Citation, Passage, QuoteCheck

KEY = "0123456789ab"


def answer(n: int, *, article: str = "a1") -> Answer:
    return Answer(
        question=f"question {n}?",
        text=f"answer {n} [¶{n % 5 + 1}]",
        answerable=True,
        citations=(Citation(article, "Title", n % 5 + 1, f"passage {n}", 0.5, "Section"),),
        mode="extractive",
        language="en",
        article_id=article,
        related=(Passage(article, "Title", 2, "caption", None, "a caption", 0.1),),
        quotes_checked=(QuoteCheck("q", 3, True),),
        notes=("a note",),
        confidence="answer",
    )


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_an_answer_round_trips_whole_across_a_reopen(tmp_path: Path) -> None:
    first = BotState(tmp_path)
    key = first.remember(answer(1), {"a1": "abcdef"})
    first.close()
    stored = BotState(tmp_path).answer(key)
    assert stored is not None
    assert stored.answer == answer(1) and stored.versions == {"a1": "abcdef"}
    assert BotState(tmp_path).answer("ffffffffffff") is None


def test_a_conversation_keeps_its_newest_turns_and_continues_into_replies(tmp_path: Path) -> None:
    state = BotState(tmp_path)
    keys = [state.remember(answer(i), {}) for i in range(MAX_TURNS + 3)]
    for key in keys:
        state.link([42], key, after=42)
    turns = state.history(42)
    assert [t.question for t in turns] == [f"question {i}?" for i in range(3, MAX_TURNS + 3)]
    # A reply to message 7 continues thread 42's conversation, without changing 42's.
    extra = state.remember(answer(99), {})
    state.link([7], extra, after=42)
    assert [t.question for t in state.history(7)][-2:] == [
        f"question {MAX_TURNS + 2}?",
        "question 99?",
    ]
    assert len(state.history(7)) == MAX_TURNS
    assert state.history(42)[-1].question == f"question {MAX_TURNS + 2}?"
    assert state.history(None) == () and state.history(12345) == ()


def test_idle_conversations_and_old_answers_are_forgotten(tmp_path: Path) -> None:
    clock = Clock()
    state = BotState(tmp_path, clock=clock)
    old = state.remember(answer(1), {})
    state.link([1], old)
    clock.now += (state_module.TURN_DAYS + 1) * DAY_S
    fresh = state.remember(answer(2), {})
    state.link([2], fresh)
    assert state.history(1) == ()  # idle past TURN_DAYS
    assert state.answer(old) is not None  # the answer itself is kept longer (for its buttons)
    state.prune()
    assert state.counts() == (2, 1)
    clock.now += (state_module.ANSWER_DAYS + 1) * DAY_S
    assert state.answer(fresh) is None
    state.prune()
    assert state.counts() == (0, 0)


def test_answers_beyond_the_limit_are_dropped_oldest_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(state_module, "MAX_ANSWERS", 5)
    clock = Clock()
    state = BotState(tmp_path, clock=clock)
    keys = []
    for i in range(8):
        clock.now += 1
        keys.append(state.remember(answer(i), {}))
        state.link([i], keys[-1])
    state.prune()
    assert [state.answer(k) is not None for k in keys] == [False] * 3 + [True] * 5
    assert state.counts() == (5, 5)


def test_an_unreadable_state_file_is_moved_aside_and_the_bot_starts_afresh(
    tmp_path: Path,
) -> None:
    (tmp_path / state_module.FILENAME).write_bytes(b"not a database" * 100)
    state = BotState(tmp_path)
    assert state.counts() == (0, 0)
    assert (tmp_path / (state_module.FILENAME + ".unreadable")).exists()


def test_passage_refs_round_trip_and_the_custom_id_fits() -> None:
    refs = [Ref("000_1f22f8d10cad0239", "a1b2c3", (3, 14)), Ref("x.y-z_1", "000000", (7,))]
    assert decode_refs(encode_refs(refs)) == refs
    custom_id = source_custom_id(KEY, refs)
    assert len(custom_id) <= 100
    match = SOURCE_ID.fullmatch(custom_id)
    assert match is not None and decode_refs(match["refs"]) == refs
    many = [Ref(f"article-{'x' * 60}-{i}", "a1b2c3", (1, 2, 3)) for i in range(3)]
    overflow = source_custom_id(KEY, many)
    assert overflow == f"nr:src:{KEY}:"  # the stored answer supplies the refs
    with pytest.raises(ValueError):
        decode_refs("a1@abc=0")


def test_refs_group_an_answers_paragraphs_by_article_in_order() -> None:
    cited = Answer(
        "q",
        "t",
        True,
        (
            Citation("b", "B", 4, "x", 1.0),
            Citation("a", "A", 2, "y", 1.0),
            Citation("b", "B", 1, "z", 1.0),
        ),
    )
    assert cited_refs(cited, {"b": "bbbbbb"}) == [
        Ref("b", "bbbbbb", (4, 1)),
        Ref("a", "000000", (2,)),
    ]
