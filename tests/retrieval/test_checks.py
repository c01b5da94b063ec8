"""Citation and quote checks on model-written text (pure functions, no model)."""

from __future__ import annotations

import pytest

from retrieval.checks import (
    REMOVED_QUOTE_MARK,
    UNSUPPORTED_MARK,
    check_answer,
    says_not_covered,
    strip_citations,
)
from retrieval.models import Passage, QuoteCheck

JA2 = Passage(
    "a1",
    "増税論議",
    2,
    "paragraph",
    None,
    "首相は「増税はしない」と述べた。記者会見で語った。",
    0.9,
)
JA4 = Passage("a1", "増税論議", 4, "paragraph", None, "野党は「説明が足りない」と批判した。", 0.7)
EN5 = Passage(
    "a1",
    "Tax debate",
    5,
    "paragraph",
    None,
    "The minister said, “We will not raise taxes this year.” She spoke on Monday.",
    0.5,
)
PASSAGES = (JA2, JA4, EN5)


def test_a_quote_copied_exactly_is_verified_against_its_cited_paragraph() -> None:
    text = "首相は「増税はしない」と述べた[¶2]。"
    checked = check_answer(text, PASSAGES, language="ja")
    assert checked.text == text
    assert checked.quotes_checked == (QuoteCheck("増税はしない", 2, True),)
    assert checked.cited == (JA2,)
    assert checked.unsupported == ()


def test_an_invented_quote_is_caught_and_removed() -> None:
    text = "首相は「増税を検討する」と述べた[¶2]。"
    checked = check_answer(text, PASSAGES, language="ja")
    assert checked.quotes_checked == (QuoteCheck("増税を検討する", 2, False),)
    assert checked.failed_quotes == ("増税を検討する",)
    assert "増税を検討する" not in checked.text
    assert checked.text == f"首相は{REMOVED_QUOTE_MARK['ja']}と述べた[¶2]。"


def test_unverified_quotes_are_kept_when_removal_is_off() -> None:
    text = "首相は「増税を検討する」と述べた[¶2]。"
    checked = check_answer(text, PASSAGES, language="ja", remove_unverified=False)
    assert checked.text == text
    assert checked.failed_quotes == ("増税を検討する",)


def test_a_quote_found_in_an_uncited_given_passage_is_verified_with_that_paragraph() -> None:
    checked = check_answer("野党は「説明が足りない」と述べた[¶2]。", PASSAGES, language="ja")
    assert checked.quotes_checked == (QuoteCheck("説明が足りない", 4, True),)


def test_a_quote_differing_by_one_character_fails() -> None:
    checked = check_answer('She said "We will not raise tax this year" [¶5].', PASSAGES)
    assert checked.quotes_checked == (QuoteCheck("We will not raise tax this year", 5, False),)


def test_typography_and_a_closing_comma_do_not_fail_a_quote() -> None:
    text = "“We  will not raise taxes this year,” the minister said [¶5]."
    checked = check_answer(text, PASSAGES, language="en")
    assert checked.quotes_checked == (QuoteCheck("We  will not raise taxes this year,", 5, True),)
    assert checked.text == text


def test_all_quote_styles_are_checked() -> None:
    text = '「増税」 『記者会見』 “Monday” "spoke on" 「火星」 [¶2][¶5]'
    checked = check_answer(text, PASSAGES, language="en", remove_unverified=False)
    assert [(q.quote, q.verified) for q in checked.quotes_checked] == [
        ("増税", True),
        ("記者会見", True),
        ("Monday", True),
        ("spoke on", True),
        ("火星", False),
    ]


def test_a_labelled_translation_is_not_looked_up_but_its_original_is() -> None:
    text = 'The PM said 「増税はしない」 (translation: "we won\'t raise taxes") [¶2].'
    checked = check_answer(text, PASSAGES, language="en")
    assert checked.quotes_checked == (QuoteCheck("増税はしない", 2, True),)
    assert checked.text == text


def test_a_failed_original_takes_its_translation_with_it() -> None:
    text = "The PM said 「増税する」 (translation: we will raise taxes) [¶2]."
    checked = check_answer(text, PASSAGES, language="en")
    assert checked.text == f"The PM said {REMOVED_QUOTE_MARK['en']} [¶2]."


def test_an_unlabelled_parenthesised_quote_is_still_checked() -> None:
    text = "「増税はしない」 (“and we will cut spending”) [¶2]"
    checked = check_answer(text, PASSAGES, language="en", remove_unverified=False)
    assert checked.failed_quotes == ("and we will cut spending",)


def test_a_citation_to_a_paragraph_not_given_is_dropped_and_its_claim_unsupported() -> None:
    text = "The minister spoke on Monday [¶5]. She also resigned [¶7]."
    checked = check_answer(text, PASSAGES, language="en")
    assert (
        checked.text
        == f"The minister spoke on Monday [¶5]. She also resigned {UNSUPPORTED_MARK['en']}."
    )
    assert "¶7" not in checked.text
    assert checked.unsupported == (
        "She also resigned. — cites ¶7, which names no passage the model was given",
    )
    assert checked.cited == (EN5,)
    assert checked.dropped_citations == ("¶7",)


def test_a_claim_keeps_its_valid_citation_when_another_is_dropped() -> None:
    checked = check_answer("首相は会見した[¶2, ¶9]。", PASSAGES, language="ja")
    assert checked.text == f"首相は会見した[¶2]{UNSUPPORTED_MARK['ja']}。"
    assert checked.cited == (JA2,)
    assert checked.unsupported == ("首相は会見した。 — ¶9はモデルに渡した段落ではない",)


def test_a_citation_after_the_full_stop_belongs_to_the_sentence_before_it() -> None:
    text = "首相は会見した。[¶9]野党は批判した[¶4]。"
    checked = check_answer(text, PASSAGES, language="ja")
    assert checked.unsupported == ("首相は会見した。 — ¶9はモデルに渡した段落ではない",)
    assert checked.cited == (JA4,)


def test_each_line_of_a_list_is_its_own_claim() -> None:
    checked = check_answer("- 首相 [¶2]\n- 野党 [¶8]", PASSAGES, language="ja")
    assert checked.unsupported == ("- 野党 — ¶8はモデルに渡した段落ではない",)
    assert checked.text == f"- 首相 [¶2]\n- 野党 {UNSUPPORTED_MARK['ja']}"


def test_citation_forms_parsed() -> None:
    text = "a [¶2、4]. b ［¶５］. c 【¶2】. d [¶4-5]. e [a1 ¶2]."
    checked = check_answer(text, PASSAGES, language="en")
    assert checked.unsupported == ()
    assert checked.text == text
    assert checked.cited == (JA2, JA4, EN5)


def test_a_citation_naming_another_article_is_dropped() -> None:
    checked = check_answer("a [a2 ¶2].", PASSAGES, language="en")
    assert checked.cited == ()
    assert checked.dropped_citations == ("a2 ¶2",)


def test_with_two_articles_a_bare_ambiguous_citation_is_dropped_and_a_labelled_one_kept() -> None:
    other = Passage("b7", "Other", 2, "paragraph", None, "Unrelated text.", 0.4)
    passages = (JA2, other)
    checked = check_answer("X [¶2]. Y [b7 ¶2].", passages, language="en")
    assert checked.cited == (other,)
    assert checked.unsupported == ("X. — cites ¶2, which names no passage the model was given",)
    assert checked.text == f"X {UNSUPPORTED_MARK['en']}. Y [b7 ¶2]."


def test_rebuilt_groups_name_the_article_when_several_are_involved() -> None:
    other = Passage("b7", "Other", 3, "paragraph", None, "Unrelated text.", 0.4)
    checked = check_answer("x [a1 ¶2, b7 ¶9].", (JA2, other), language="en")
    assert checked.text == f"x [a1 ¶2]{UNSUPPORTED_MARK['en']}."


def test_text_without_citations_cites_nothing() -> None:
    checked = check_answer("記事には書かれていません。", PASSAGES, language="ja")
    assert checked.cited == ()
    assert checked.unsupported == ()


def test_says_not_covered_detects_the_fixed_phrase_at_the_start_only() -> None:
    assert says_not_covered("記事には書かれていません。")
    assert says_not_covered("  The article does not say.")
    assert not says_not_covered("Taxes rise [¶2]. The article does not say when.")


def test_strip_citations_removes_every_group() -> None:
    assert strip_citations("a [¶2] b [a1 ¶3, ¶4]。") == "a  b 。"


# --- every claim held to its passage -----------------------------------------------------------

FIG = Passage(
    "a1",
    "制裁",
    3,
    "paragraph",
    None,
    "トランプ政権は22日、ロシア石油大手のロスネフチとルクオイルに制裁を科すと発表した。"
    "対象の資産は１兆５０００億円に上る。ルビオ国務長官が説明した。",
    0.8,
)


def test_a_sentence_without_any_citation_is_marked_and_listed() -> None:
    checked = check_answer("政府は決定した[¶2]。首相は辞任した。", PASSAGES, language="ja")
    assert checked.text == f"政府は決定した[¶2]。首相は辞任した{UNSUPPORTED_MARK['ja']}。"
    assert checked.unsupported == ("首相は辞任した。 — 出典の段落なし",)
    checked = check_answer("It rained [¶5]. She resigned.", PASSAGES, language="en")
    assert checked.text == f"It rained [¶5]. She resigned {UNSUPPORTED_MARK['en']}."
    assert checked.unsupported == ("She resigned. — no citation",)


def test_the_not_covered_phrase_and_a_lead_in_need_no_citation() -> None:
    assert check_answer("記事には書かれていません。", PASSAGES, language="ja").unsupported == ()
    text = "Key points:\n- The minister spoke [¶5]."
    assert check_answer(text, PASSAGES, language="en").unsupported == ()


def test_hold_claims_off_keeps_the_old_behaviour() -> None:
    checked = check_answer("首相は辞任した。", PASSAGES, language="ja", hold_claims=False)
    assert checked.unsupported == () and checked.text == "首相は辞任した。"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("政府は10月22日、1.5兆円の資産に制裁を科すと発表した[¶3]。", "ja"),
        ("On Oct. 22 the government sanctioned assets worth 1.5 trillion yen [¶3].", "en"),
        ("Rubio explained that Rosneft and Lukoil were sanctioned [¶3].", "en"),
    ],
)
def test_figures_and_names_written_another_way_are_found_in_the_cited_passage(
    text: str, language: str
) -> None:
    checked = check_answer(text, (FIG,), language=language)
    assert checked.unsupported == ()
    assert checked.text == text


@pytest.mark.parametrize(
    ("text", "language", "mark", "reason"),
    [
        (
            "政府は23日、2兆円の資産に制裁を科した[¶3]。",
            "ja",
            "［出典の段落にない：23日, 2兆］",
            "政府は23日、2兆円の資産に制裁を科した。 — 23日, 2兆は¶3にない",
        ),
        (
            "Sanctions worth 2 trillion yen were announced on Oct. 23 [¶3].",
            "en",
            "[not in the cited passage: 2 trillion, Oct. 23]",
            "Sanctions worth 2 trillion yen were announced on Oct. 23. — 2 trillion, Oct. 23 not in ¶3",
        ),
        (
            "Lavrov said the sanctions were unfair [¶3].",
            "en",
            "[not in the cited passage: Lavrov]",
            "Lavrov said the sanctions were unfair. — name Lavrov not in ¶3",
        ),
        (
            "田中外相が説明した[¶3]。",
            "ja",
            "［出典の段落にない：田中］",
            "田中外相が説明した。 — 名前田中は¶3にない",
        ),
    ],
)
def test_a_figure_or_name_the_cited_passage_lacks_is_flagged_with_the_reason(
    text: str, language: str, mark: str, reason: str
) -> None:
    checked = check_answer(text, (FIG,), language=language)
    assert mark in checked.text
    assert checked.unsupported == (reason,)
    assert checked.cited == (FIG,)


def test_a_figure_inside_a_verified_quote_is_the_articles_own() -> None:
    passage = Passage("a1", "t", 4, "paragraph", None, "He said, “We lost 40% of sales.”", 0.5)
    text = "He said “We lost 40% of sales.” [¶4]."
    checked = check_answer(text, (passage,), language="en")
    assert checked.unsupported == () and checked.text == text
