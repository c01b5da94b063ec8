"""Citation and quote checks on model-written text (pure functions, no model)."""

from __future__ import annotations

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
    assert checked.unsupported == ("She also resigned.",)
    assert checked.cited == (EN5,)
    assert checked.dropped_citations == ("¶7",)


def test_a_claim_keeps_its_valid_citation_when_another_is_dropped() -> None:
    checked = check_answer("首相は会見した[¶2, ¶9]。", PASSAGES, language="ja")
    assert checked.text == f"首相は会見した[¶2]{UNSUPPORTED_MARK['ja']}。"
    assert checked.cited == (JA2,)
    assert checked.unsupported == ("首相は会見した。",)


def test_a_citation_after_the_full_stop_belongs_to_the_sentence_before_it() -> None:
    text = "首相は会見した。[¶9]野党は批判した[¶4]。"
    checked = check_answer(text, PASSAGES, language="ja")
    assert checked.unsupported == ("首相は会見した。",)
    assert checked.cited == (JA4,)


def test_each_line_of_a_list_is_its_own_claim() -> None:
    checked = check_answer("- 首相 [¶2]\n- 野党 [¶8]", PASSAGES, language="ja")
    assert checked.unsupported == ("- 野党",)
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
    assert checked.unsupported == ("X.",)
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
