"""Incomplete dates in copy (19日, "on Tuesday") completed from the article's date."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval.dates import complete_dates
from retrieval.engine import Engine


def completed(text: str, published: str | None) -> list[tuple[str, str]]:
    return [(d.written, d.date) for d in complete_dates(text, published)]


def test_japanese_days_months_and_years_take_the_article_date() -> None:
    text = "県警は19日、発表した。事件は4月27日未明に起き、昨年12月5日にも同様の被害があった。来月にも判断する。"
    assert completed(text, "2026-05-19") == [
        ("19日", "2026-05-19"),
        ("4月27日", "2026-04-27"),
        ("昨年12月5日", "2025-12-05"),
        ("来月", "2026-06"),
    ]


def test_japanese_full_dates_durations_and_names_are_left_alone() -> None:
    text = "2025年3月4日に始まり、3日間続いた。日本の20日本部会議ではない。"
    assert completed(text, "2026-05-19") == []


def test_english_weekdays_are_the_last_one_unless_the_sentence_looks_ahead() -> None:
    # 2026-07-08 is a Wednesday.
    text = "The board said on Tuesday it would meet again on Thursday. Last Wednesday it met too."
    assert completed(text, "2026-07-08") == [
        ("Tuesday", "2026-07-07"),
        ("Thursday", "2026-07-09"),
        ("Last Wednesday", "2026-07-01"),
    ]


def test_english_month_days_take_the_year_but_not_percentages_or_full_dates() -> None:
    text = "Sales rose in May 12 percent; the plant opened on March 3 and closed Sept. 14, 2025."
    assert completed(text, "2026-07-08") == [("March 3", "2026-03-03")]


def test_no_article_date_no_completion() -> None:
    assert completed("県警は19日、発表した。", None) == []
    assert completed("It said on Tuesday.", "not a date") == []


ARTICLE = """農業用ドローン盗難で男を逮捕　県警

2026/5/19 18:42

農業用の大型ドローンを倉庫から盗んだとして、県警は19日、窃盗の疑いで会社員の男（31）を逮捕したと発表した。

県警によると、男は「覚えていない」と容疑を否認している。被害額は約150万円に上る。
"""


@pytest.mark.model
def test_when_question_gets_the_full_date_as_a_note(
    engine_factory: Callable[..., Engine], tmp_path: Path
) -> None:
    path = tmp_path / "drone.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    engine = engine_factory()
    engine.ingest([path])
    answer = engine.ask("男はいつ逮捕されましたか。")
    assert answer.answerable
    assert any("19日" in c.text for c in answer.citations)
    assert any("19日 = 2026-05-19" in note for note in answer.notes), answer.notes
    # A question that is not about when gets no date note.
    other = engine.ask("被害額はいくらですか。")
    assert not any("2026-05-19" in note for note in other.notes)
