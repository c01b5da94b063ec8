"""What a question is about, and whether its article ever mentions it (question.focus_words)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from retrieval.engine import Engine
from retrieval.question import as_asked, focus_words, missing_focus, missing_role
from tests.conftest import article_folder


def test_japanese_focus_words_are_the_nouns_not_the_kind_of_fact_asked_for() -> None:
    assert focus_words("北川市長の任期はいつまでか。", "ja") == ("北川", "市長", "任期")
    # 役職 and 時間 ask for a kind of fact; 何分 is a question word; 家 is one character.
    assert focus_words("山崎氏の役職は何か。", "ja") == ("山崎",)
    assert focus_words("「夏の家」の上映時間は何分ですか。", "ja") == ("上映",)


def test_english_focus_words_leave_out_names_verbs_and_the_kind_of_fact_asked_for() -> None:
    assert focus_words("How many employees does Corvane Systems have?", "en") == ("employees",)
    assert focus_words("How did the currency react to the decision?", "en") == (
        "currency",
        "decision",
    )
    assert focus_words("What is Dana Reyes's title?", "en") == ()
    # the measure after "how" is what is asked, not a word the answer must repeat
    assert focus_words("How large were the cracks in the dam?", "en") == ("cracks", "dam")
    # an irregular participle is a verb too: the article need not say "taken" or "shown"
    assert focus_words("Where was the photo taken?", "en") == ("photo",)
    assert focus_words("Who is shown in the photo?", "en") == ("photo",)


def test_a_focus_word_counts_as_used_in_any_inflection_or_dictionary_form() -> None:
    text = "The company employs 1,200 people. Each employee got a bonus."
    assert missing_focus("How many employees does it have?", "en", text) == (("employees",), ())
    assert missing_focus("What was the attendance?", "en", text) == (
        ("attendance",),
        ("attendance",),
    )
    # an irregular past form is its verb: a headline's "freezes" is the question's "frozen"
    headline = "Regulator freezes payouts to two lenders"
    assert missing_focus("How much has the regulator frozen?", "en", headline)[1] == ()
    assert missing_focus("Who was paid?", "en", "The council pays the firm.")[1] == ()
    ja = "北川市長は2期目で、任期は来年3月まで。"
    assert missing_focus("北川市長の任期はいつまでか。", "ja", ja)[1] == ()
    assert missing_focus("北川市長の退職金はいくらか。", "ja", ja)[1] == ("退職",)


def test_missing_words_are_shown_as_the_question_writes_them() -> None:
    question = "新庁舎の設計を担当する建築事務所はどこか。"
    assert as_asked(question, ("設計", "建築", "事務")) == ("設計", "建築事務所")
    assert as_asked("How many employees?", ("employees",)) == ("employees",)


def _council_article(tmp_path: Path) -> Path:
    return article_folder(
        tmp_path,
        council="柏原市議会、新庁舎の予算案を可決\n\n"
        "柏原市議会は12日の本会議で、新庁舎の建設費を盛り込んだ予算案を賛成多数で可決した。"
        "建設費は総額48億円で、2028年度の完成を目指す。\n\n"
        "市長の北川誠氏は「市民の安全を守る拠点にしたい」と述べた。\n",
    )


def test_a_question_about_something_the_article_never_mentions_gets_the_closest_passages(
    engine_factory: Callable[..., Engine], tmp_path: Path
) -> None:
    engine = engine_factory()
    engine.ingest([_council_article(tmp_path)])
    answer = engine.ask("新庁舎の設計を担当する建築事務所はどこか。", article="council")
    assert answer.confidence != "answer" and answer.citations == ()
    if answer.confidence == "closest":
        assert (
            answer.text.startswith("記事に「設計」「担当」「建築事務所」は出てこず")
            and answer.related
        )
    answered = engine.ask("新庁舎の建設費はいくらか。", article="council")
    assert answered.confidence == "answer" and "48億円" in answered.text


def test_particles_of_phrasal_verbs_and_words_of_quantity_are_no_focus_words() -> None:
    # (share and offer are verbs too, in the word list: not focus words either)
    assert focus_words("What share of members voted down the offer?", "en") == ("members",)
    assert focus_words("How much extra revenue will the tax bring in?", "en") == ("revenue", "tax")


def test_a_role_the_article_names_in_neither_language_is_missing() -> None:
    article = "The Agriculture Ministry said it would examine the request. Coach Per Holm agreed."
    assert missing_role("農業相は誰か", article) == "農相"  # a ministry, but no minister
    assert missing_role("オーアビーの監督は誰か", article) is None  # a coach is a 監督
    assert missing_role("知事は何と言ったか", article) == "知事"
    assert missing_role("Who is the governor?", "知事は「支援する」と述べた。") is None
    # Each English word stands for every title it may translate, and a 監督 may be written as a
    # director: no role is missing where the article has one of them.
    assert missing_role("What did the governor say?", "日銀の植田総裁は述べた。") is None
    assert missing_role("How many goals did the captain score?", "主将の松田が決めた。") is None
    assert missing_role("映画の監督は誰か", "The film, by director Ana Ruiz, won.") is None
    assert missing_role("How did the panel judge the entries?", "審査員が評価した。") is None
