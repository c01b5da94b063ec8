"""Reading figures, aligning quotes and spotting misspelt names (retrieval/check, pure parts)."""

from __future__ import annotations

import pytest

from retrieval.check.figures import agrees, comparable, figures
from retrieval.check.match import align, one_edit, render_diff, similarity
from retrieval.check.names import titles_agree
from retrieval.check.report import clean_draft, decode_draft
from retrieval.models import UserFacingError


def _one(text: str) -> tuple[str, str, float]:
    (f,) = figures(text)
    return f.text, f.unit, f.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("売上高は３．５兆円だった", ("３．５兆円", "JPY", 3.5e12)),  # full-width digits
        ("売上高は3.5 trillion yen", ("3.5 trillion yen", "JPY", 3.5e12)),
        ("1兆2000億円を投じる", ("1兆2000億円", "JPY", 1.2e12)),
        ("1,234人が避難した", ("1,234人", "people", 1234.0)),
        ("grossed $310 million", ("$310 million", "USD", 3.1e8)),
        ("成長率は2.3％", ("2.3％", "%", 2.3)),
        ("rose 2.3 percent", ("2.3 percent", "%", 2.3)),
        ("会社員の男性(45)は", ("(45)", "age", 45.0)),
        ("a 45-year-old man", ("45", "age", 45.0)),
        ("Hoshino, 53, said", ("53", "age", 53.0)),
        ("a 43-page order", ("43-page", "pages", 43.0)),
        ("after three hours of talks", ("three hours", "hours", 3.0)),
        ("約1.5メートル", ("1.5メートル", "m", 1.5)),
        # (the currencies a question's amount is recognised by: one list, lexicon.EN_CURRENCIES)
        ("fined 40,000 francs", ("40,000 francs", "CHF", 40000.0)),
        ("a ₩5,000 note", ("₩5,000", "KRW", 5000.0)),
    ],
)
def test_figures_are_read_with_their_unit_and_value(
    text: str, expected: tuple[str, str, float]
) -> None:
    assert _one(text) == expected


def test_the_same_amount_in_two_languages_agrees() -> None:
    (ja,) = figures("3.5兆円")
    (en,) = figures("3.5 trillion yen")
    assert agrees(ja, en) and agrees(en, ja)
    (scaled,) = figures("3.5 billion yen")
    assert comparable(scaled, ja) and not agrees(scaled, ja)


def test_dates_compare_on_the_parts_both_give() -> None:
    (full,) = figures("10月22日")
    (day,) = figures("22日")
    (en,) = figures("Oct. 22")
    (month,) = figures("8月")
    assert agrees(full, day) and agrees(full, en) and agrees(en, full)
    assert not agrees(figures("23日")[0], day)
    # 8月18日 says more than a source's 8月 can confirm: not comparable, so no support either
    assert not comparable(figures("8月18日")[0], month)


def test_a_rounded_figure_agrees_only_with_what_it_rounds() -> None:
    (rounded,) = figures("約3兆円")
    assert rounded.approximate
    assert agrees(rounded, figures("2.96兆円")[0])
    assert not agrees(rounded, figures("3.5兆円")[0])
    assert not agrees(figures("18年")[0], figures("17年")[0])
    assert not agrees(figures("約2000棟")[0], figures("約200棟")[0])


def test_units_do_not_bleed_into_english_words() -> None:
    assert [f.text for f in figures("booked a 4.1 million yen impairment")] == ["4.1 million yen"]
    assert [f.text for f in figures("in 2018")] == ["2018"]


def test_alignment_finds_the_span_and_the_diff_shows_the_change() -> None:
    source = "同氏は「平和を実現する機会があるのなら、われわれは常に対話に関心を持つ」と述べた。"
    draft = "平和を実現する機会があるなら、われわれが常に対話に関心を持つ"
    start, end = align(draft, source)
    assert source[start:end] == "平和を実現する機会があるのなら、われわれは常に対話に関心を持つ"
    assert render_diff(source[start:end], draft) == (
        "…現する機会がある[-の-]なら、われわれ[-は-]{+が+}常に対話に関心を…"
    )
    assert similarity(source[start:end], draft) > 0.9


def test_english_diffs_are_by_word() -> None:
    diff = render_diff("we will have to cut costs", "we will need to cut costs")
    assert diff == "we will [-have-]{+need+} to cut …"


def test_one_edit_and_titles() -> None:
    assert one_edit("ルビオ", "ルビア") and one_edit("Clark", "Clarke") and one_edit("千秋", "千晶")
    assert not one_edit("Morishita", "Morishige") and not one_edit("abc", "abc")
    assert titles_agree("長官", {"国務長官"})  # a shortened title
    assert titles_agree("大統領", {"米大統領"})
    assert not titles_agree("社長", {"副社長"})  # a rank dropped is another title
    assert not titles_agree("副報道官", {"報道官"})


def test_draft_validation_messages_are_one_line() -> None:
    assert clean_draft("ok\r\ntext") == "ok\ntext"
    for bad, message in (
        (b"", "empty"),
        (b"\x00\x01", "not a text file"),
        (b"\xff\xfe\xfa", "not a text file"),
    ):
        with pytest.raises(UserFacingError, match=message):
            decode_draft(bad, "d.txt")
    assert decode_draft("下書き".encode("cp932"), "d.txt") == "下書き"
