"""Extractive answers on the real engine: verbatim citations, abstention, follow-ups, metadata."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval.answers.compose import Candidate, compose
from retrieval.answers.extractive import (
    CLOSEST_ABOVE,
    CLOSEST_BELOW,
    FOCUS_MARGIN,
    FOCUS_SHIFT,
    THRESHOLDS,
    Draft,
    ExtractiveAnswerer,
)
from retrieval.answers.extractive import with_runner_up as _with_runner_up
from retrieval.answers.messages import EN_LEAD_IN, MAY_NOT_ANSWER, NOT_IN_ARTICLE
from retrieval.answers.said import _topic_without
from retrieval.engine import Engine
from retrieval.models import Answer, Passage, Turn
from retrieval.question import answer_type as _answer_type
from retrieval.question import holds_type as _holds_type
from retrieval.question import holds_unit, understand, unit_asked
from retrieval.sentences import split_sentences
from tests.conftest import SEED_ID, article_folder

pytestmark = pytest.mark.model

ANSWERABLE = [
    ("ルビオ氏がロシア外相と直接会うのをやめた理由は", 4, "引き延ばし"),
    ("制裁の対象となった企業はどこか", 26, "ロスネフチとルクオイル"),
    ("アラスカの会合が緊迫したのはなぜか", 12, "領土について強く主張"),
    ("Which oil companies were sanctioned?", 26, "ロスネフチとルクオイル"),
    ("Why did Rubio cancel his meeting with the Russian foreign minister?", 4, "引き延ばし"),
]
UNANSWERABLE = [
    "ルビオ氏の年齢は何歳か",
    "ルクオイルの最高経営責任者は誰か",
    "トランプ氏の支持率は何パーセントか",
    "How old is Rubio?",
    "What did the NATO secretary general say?",
    "How many hostages were released under the Gaza ceasefire?",
]


def assert_cited_verbatim(engine: Engine, answer: Answer) -> None:
    """Every citation is a verbatim slice of its paragraph and every [¶N] has a citation."""
    assert answer.citations
    article = engine.article(SEED_ID)
    for c in answer.citations:
        assert c.article_id == SEED_ID
        assert c.text in article.block(c.paragraph).text
    markers = {int(n) for n in re.findall(r"\[¶(\d+)\]", answer.text)}
    assert markers == {c.paragraph for c in answer.citations}


@pytest.mark.parametrize(("question", "paragraph", "gold"), ANSWERABLE)
def test_answers_cite_retrieved_sentences_verbatim(
    seed_engine: Engine, question: str, paragraph: int, gold: str
) -> None:
    answer = seed_engine.ask(question)
    assert answer.answerable
    assert_cited_verbatim(seed_engine, answer)
    assert paragraph in {c.paragraph for c in answer.citations}
    assert gold in answer.text
    retrieved = {p.paragraph for p in seed_engine.search(question, k=8)}
    assert {c.paragraph for c in answer.citations} <= retrieved


def answer_sentences(answer_text: str) -> list[tuple[str, int]]:
    """The (sentence, paragraph) pairs of an extractive answer: each sentence ends in [¶N]."""
    return [
        (m.group(1).strip(), int(m.group(2))) for m in re.finditer(r"(.+?) \[¶(\d+)\]", answer_text)
    ]


def test_answers_quote_sentences_and_cite_their_whole_paragraphs(seed_engine: Engine) -> None:
    answer = seed_engine.ask("ルビオ氏は国務長官以外にどんな役職を兼ねているか")
    article = seed_engine.article(SEED_ID)
    pairs = answer_sentences(answer.text)
    assert 1 <= len(pairs) <= 3
    for sentence, paragraph in pairs:
        assert sentence in [s.text for s in split_sentences(article.block(paragraph).text)]
    for c in answer.citations:
        assert c.text == article.block(c.paragraph).text
    assert len({c.paragraph for c in answer.citations}) == len(answer.citations)
    assert sum(len(s) for s, _ in pairs) < sum(len(c.text) for c in answer.citations) + 1


def test_answer_sentences_are_in_article_order(seed_engine: Engine) -> None:
    answer = seed_engine.ask("報道官はルビオ氏の影響力に関する見方にどう反応したか")
    article = seed_engine.article(SEED_ID)
    positions = [(p, article.block(p).text.index(s)) for s, p in answer_sentences(answer.text)]
    assert positions == sorted(positions)


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_abstains_when_the_article_does_not_say(seed_engine: Engine, question: str) -> None:
    answer = seed_engine.ask(question)
    assert not answer.answerable
    # A count nothing in the article gives, though a sentence on the ceasefire comes near:
    # the closest passages, not "does not say".
    near = question.startswith("How many hostages")
    assert answer.confidence == ("closest" if near else "none")
    wanted = MAY_NOT_ANSWER if near else NOT_IN_ARTICLE
    assert answer.text == wanted[answer.language]
    assert answer.citations == ()
    assert answer.related, "the closest passages are shown instead"


def test_english_question_over_japanese_article_gets_the_lead_in(seed_engine: Engine) -> None:
    answer = seed_engine.ask("Which oil companies were sanctioned?")
    assert answer.language == "en"
    assert answer.text.startswith(EN_LEAD_IN)
    assert "ロスネフチ" in answer.text
    assert_cited_verbatim(seed_engine, answer)


def test_japanese_question_gets_no_lead_in(seed_engine: Engine) -> None:
    answer = seed_engine.ask("制裁の対象となった企業はどこか")
    assert not answer.text.startswith(EN_LEAD_IN)


@pytest.mark.parametrize("question", ["ケリー報道官は何と言ったか", "ケリー報道官はどう述べたか"])
def test_what_did_x_say_is_answered_from_that_speakers_quotes(
    seed_engine: Engine, question: str
) -> None:
    answer = seed_engine.ask(question)
    assert answer.answerable
    assert_cited_verbatim(seed_engine, answer)
    assert {c.paragraph for c in answer.citations} <= {7, 11}
    assert "トランプ大統領こそが常に外交政策を主導" in answer.text


def test_japanese_pronoun_follow_up_gives_the_same_speakers_other_quotes(
    seed_engine: Engine,
) -> None:
    first = seed_engine.ask("ルビオ氏がロシア外相と直接会うのをやめた理由は")
    follow = seed_engine.ask(
        "彼は何と言った?", history=[Turn("ルビオ氏がロシア外相と直接会うのをやめた理由は", first)]
    )
    assert follow.answerable
    assert_cited_verbatim(seed_engine, follow)
    assert 28 in {c.paragraph for c in follow.citations}
    assert "平和を実現する機会があるのなら" in follow.text
    assert follow.article_id == SEED_ID


def test_follow_up_skips_quotes_already_given(seed_engine: Engine) -> None:
    q1 = "ルビオ氏は何と述べたか"
    first = seed_engine.ask(q1)
    given = {c.paragraph for c in first.citations}
    assert given == {3, 28}
    again = seed_engine.ask("彼は他に何と言った?", history=[Turn(q1, first)])
    assert not again.answerable
    assert "ルビオ" in again.text
    assert again.citations == ()


def test_english_pronoun_follow_up_resolves_to_the_earlier_speaker(seed_engine: Engine) -> None:
    q1 = "Why did Rubio cancel his meeting with the Russian foreign minister?"
    first = seed_engine.ask(q1)
    follow = seed_engine.ask("What did he say?", history=[Turn(q1, first)])
    assert follow.answerable
    assert follow.text.startswith(EN_LEAD_IN)
    assert "平和を実現する機会があるのなら" in follow.text
    assert_cited_verbatim(seed_engine, follow)


@pytest.mark.parametrize(
    "question", ["この記事の原題は?", "What was the article's original English headline?"]
)
def test_original_title_is_answered_from_the_meta_block(seed_engine: Engine, question: str) -> None:
    article = seed_engine.article(SEED_ID)
    assert article.original_title
    answer = seed_engine.ask(question)
    assert answer.answerable
    assert article.original_title in answer.text
    (citation,) = answer.citations
    block = article.block(citation.paragraph)
    assert block.kind == "meta"
    assert citation.text in block.text
    assert f"[¶{block.number}]" in answer.text


def test_question_about_the_title_meaning_is_not_taken_for_the_title(
    seed_engine: Engine,
) -> None:
    answer = seed_engine.ask("この記事の英語の原題の趣旨である、ルビオ氏の評価が何をもたらしたか")
    assert all(
        seed_engine.article(SEED_ID).block(c.paragraph).kind != "meta" for c in answer.citations
    )


def test_english_speaker_name_finds_the_japanese_speakers_quotes(seed_engine: Engine) -> None:
    answer = seed_engine.ask("What did Rubio say?")
    assert {c.paragraph for c in answer.citations} == {3, 28}
    assert "ルビオ" in answer.text
    follow = seed_engine.ask("What else did he say?", history=[Turn("What did Rubio say?", answer)])
    assert not follow.answerable and follow.citations == ()


def test_plain_speaker_question_repeats_quotes_but_else_does_not(seed_engine: Engine) -> None:
    first = seed_engine.ask("ルビオ氏は何と言った？")
    history = [Turn("ルビオ氏は何と言った？", first)]
    again = seed_engine.ask("ルビオ氏は何と言った？", history=history)
    assert {c.paragraph for c in again.citations} == {c.paragraph for c in first.citations}
    assert seed_engine.ask("彼は他に何と言った？", history=history).citations == ()


@pytest.mark.parametrize(
    ("question", "paragraph", "words"),
    [
        ("ケリー報道官はルビオ氏の役割について何と述べたか", 7, "トランプ大統領こそが"),
        ("ルビオ氏の役割についてケリー報道官は何と言ったか", 7, "トランプ大統領こそが"),
        ("ルビオ氏はロシアとの対話について何と述べたか", 28, "常に対話に関心を持つ"),
        ("トランプ氏は制裁について何と言ったか", 2, "その時が来た"),
        # The point Kelly answers is in the paragraph before her quotes (「…と指摘した」).
        ("ケリー報道官は当局者の指摘について何と言ったか", 11, "全ての関係者に対して明確"),
    ],
)
def test_what_x_said_about_a_topic_keeps_the_quotes_on_it(
    seed_engine: Engine, question: str, paragraph: int, words: str
) -> None:
    answer = seed_engine.ask(question)
    assert answer.answerable
    assert [c.paragraph for c in answer.citations] == [paragraph]
    assert words in answer.text
    assert_cited_verbatim(seed_engine, answer)


@pytest.mark.parametrize(
    ("question", "speaker", "topic"),
    [
        ("ケリー報道官はルビオ氏の役割について何と述べたか", "ケリー", "ルビオ氏の役割"),
        ("ルビオ氏の役割についてケリー報道官は何と言ったか", "ケリー", "ルビオ氏の役割"),
        ("ケリー報道官のルビオ氏についての発言は何か", "ケリー", "ルビオ氏"),
        ("What did Kelly say about Rubio's health?", "ケリー", "Rubio's health"),
        ("What did Rubio say on sanctions?", "ルビオ", "sanctions"),
        ("ケリー報道官は何と言ったか", "ケリー", None),
        ("What did Kelly say?", "ケリー", None),
    ],
)
def test_the_topic_of_what_someone_said(question: str, speaker: str, topic: str | None) -> None:
    assert _topic_without(understand(question).topic, speaker) == topic


@pytest.mark.parametrize(
    ("question", "speaker", "paragraphs"),
    [
        # Rubio is the topic, Kelly the speaker: neither Rubio's quotes nor Kelly's on his role.
        ("ケリー報道官はルビオ氏の健康について何と言ったか", "ケリー", {7, 11}),
        ("ピゴット報道官は中国について何と述べたか", "ピゴット", {14, 15}),
    ],
)
def test_what_x_said_about_a_topic_they_are_not_quoted_on_is_declined(
    seed_engine: Engine, question: str, speaker: str, paragraphs: set[int]
) -> None:
    answer = seed_engine.ask(question)
    assert not answer.answerable
    assert answer.text.startswith(NOT_IN_ARTICLE["ja"]) and speaker in answer.text
    assert answer.citations == ()
    # What they did say is shown as the closest passages.
    assert {p.paragraph for p in answer.related} == paragraphs


def test_an_english_topic_over_the_japanese_article_is_flagged_as_unchecked(
    seed_engine: Engine,
) -> None:
    named = seed_engine.ask("What did Trump say about sanctions?")
    assert named.answerable and "その時が来た" in named.text
    assert named.notes == ("“sanctions” was matched in the Japanese original through 制裁 only.",)
    # 健康 (health) is nowhere in the article: no quote can be shown to be about it.
    unchecked = seed_engine.ask("What did Kelly say about Rubio's health?")
    assert unchecked.answerable  # every Kelly quote, not a claim that none is on the topic
    assert {c.paragraph for c in unchecked.citations} <= {7, 11}
    assert unchecked.notes and "could not be checked" in unchecked.notes[0]
    assert "Rubio's health" in unchecked.notes[0]
    unchecked = seed_engine.ask("What did Kelly say about the economy?")
    assert unchecked.notes and "could not be checked" in unchecked.notes[0]
    assert "the economy" in unchecked.notes[0]


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("バンス副大統領は制裁についてどう発言したか", "バンス"),
        ("プーチン氏は制裁発表後に何と述べたか", "プーチン"),
        ("What did Lavrov say about the sanctions?", "ラブロフ"),
    ],
)
def test_what_a_person_the_article_never_quotes_said_is_not_made_up(
    seed_engine: Engine, question: str, name: str
) -> None:
    answer = seed_engine.ask(question)
    assert not answer.answerable
    assert answer.text.startswith(NOT_IN_ARTICLE[answer.language])
    assert name in answer.text
    assert answer.citations == ()
    assert answer.related and all(name in p.text for p in answer.related)
    assert not any(q.speaker and name in q.speaker for q in seed_engine.quotes())


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("コンゴ王国に15世紀に到来したのは何人ですか?", "count"),
        ("電話会談は何時間続いたか", "duration"),
        ("How long did the call last?", "duration"),
        # (a thing's length or a span of time: either answers it)
        ("How long is the new rail extension?", None),
        ("How long are the horses barred from leaving?", "duration"),
        ("ロスネフチの年間売上高はいくらか", "amount"),
        ("What was Rosneft's annual revenue?", "amount"),
        ("運営ではどれくらいの赤字が見込まれているか", "amount"),
        ("改修の費用はどれくらいと見積もられたか", "amount"),
        ("祭りにはどれくらいの人が集まったか", None),
        ("近年は、現金収入を得やすい何の栽培をする地域が現れている", None),
        ("民主党は何の利益も与えなかったと主張している?", None),
    ],
)
def test_the_kind_of_fact_asked_for(question: str, kind: str | None) -> None:
    assert _answer_type(question) == kind


def test_which_sentences_hold_the_kind_of_fact_asked_for() -> None:
    assert _holds_type("ポルトガル人が15世紀に到来した。", "count")  # 何人: which nationality
    assert _holds_type("会談は2時間半に及んだ。", "duration")
    assert not _holds_type("長時間にわたった電話会談の後で合意した。", "duration")
    assert not _holds_type("トランプ政権は22日、制裁を科すと発表した。", "duration")  # a date
    assert _holds_type("The call lasted 3 hours.", "duration")
    assert _holds_type("The library bought 1,200 titles.", "count")
    assert not _holds_type("The library will cut e-book titles by about 40% next year.", "count")
    assert not _holds_type("利用は前年より4.5%減った。", "count")  # a share says not how many
    # A sum in any currency, written as a word after the figure or as a sign before it.
    assert _holds_type("The regatta was left with a loss of about 60,000 pounds.", "amount")
    assert _holds_type("The club was fined €40,000.", "amount")
    assert not _holds_type("She bought three pounds of flour.", "amount")


def _candidate(paragraph: int, start: int, score: float) -> Candidate:
    passage = Passage("a", "t", paragraph, "paragraph", None, "一文目です。二文目です。", 0.9)
    return Candidate(passage, start, start + 6, f"文{paragraph}-{start}", score)


def test_a_close_runner_up_paragraph_joins_a_single_paragraph_answer() -> None:
    best, same, other, far = (
        _candidate(3, 0, 0.90),
        _candidate(3, 6, 0.88),
        _candidate(5, 0, 0.84),
        _candidate(7, 0, 0.70),
    )
    ranked = [best, same, other, far]
    assert _with_runner_up([best, same], ranked, 0.82) == [best, same, other]
    assert _with_runner_up([best, same], ranked, 0.85) == [best, same]  # not close enough
    full = [best, same, _candidate(3, 12, 0.87)]
    assert _with_runner_up(full, ranked, 0.82) == [best, same, other]  # never more than 3
    mixed = [best, other]
    assert _with_runner_up(mixed, ranked, 0.5) == mixed  # already two paragraphs


def test_answer_strictness_trades_answers_for_declines(seed_engine: Engine) -> None:
    from retrieval.answers import ExtractiveAnswerer
    from retrieval.embeddings import query_array
    from retrieval.search import to_passage

    question = "制裁の対象となった企業はどこか"
    vector = query_array(seed_engine.embeddings, question)
    hits = seed_engine.searcher.search(question, scopes=("global",), k=8, query_vector=vector)
    passages = [to_passage(seed_engine.store, h) for h in hits]
    args = (understand(question), hits, passages, vector)
    assert seed_engine.answerer.answer(*args).answerable
    strict = ExtractiveAnswerer(seed_engine.answerer._embed, strictness=0.2)
    declined = strict.answer(*args)
    assert not declined.answerable and declined.text == NOT_IN_ARTICLE["ja"]
    assert declined.related  # the closest passages are still shown


def _level(
    score: float,
    blocked: str | None = None,
    focus: tuple[str, ...] = (),
    missing: tuple[str, ...] = (),
    uncounted: bool = False,
    unfilled: bool = False,
) -> str:
    """The confidence the extractive answerer gives a same-language draft of one sentence."""
    answerer = ExtractiveAnswerer(lambda texts: None)  # type: ignore[arg-type,return-value]
    passage = Passage("a", "t", 1, "paragraph", None, "本文。", 0.9)
    candidate = Candidate(passage, 0, 3, "本文。", score)
    draft = Draft(
        (candidate,),
        score,
        "same",
        blocked=blocked,
        focus=focus,
        missing=missing,
        uncounted=uncounted,
        unfilled=unfilled,
    )
    return answerer.confidence(draft)


def test_confidence_has_a_middle_band_around_the_threshold() -> None:
    limit = THRESHOLDS["same"]
    assert _level(limit + CLOSEST_ABOVE + 0.01) == "answer"
    assert _level(limit + CLOSEST_ABOVE / 2) == "closest"
    assert _level(limit - CLOSEST_BELOW / 2) == "closest"
    assert _level(limit - CLOSEST_BELOW - 0.01) == "none"
    assert _level(limit + 0.2, blocked="count") == "none"  # a rule that blocks it wins


def test_a_typed_sentence_below_a_better_match_still_shows_the_closest_passages() -> None:
    # A count asked for: the sentence with the count leads though another matches better; the
    # better match near the threshold means there is something close to show, not nothing.
    answerer = ExtractiveAnswerer(lambda texts: None)  # type: ignore[arg-type,return-value]
    passage = Passage("a", "t", 1, "paragraph", None, "本文。", 0.9)
    limit = THRESHOLDS["cross"]
    typed = Candidate(passage, 0, 3, "団員は286人。", limit - CLOSEST_BELOW - 0.03)
    better = Candidate(passage, 0, 3, "消防団は地域防災の要だ。", limit - CLOSEST_BELOW / 2)
    draft = Draft((typed, better), typed.score, "cross", answer_type="count")
    assert answerer.confidence(draft) == "closest"
    alone = Draft((typed,), typed.score, "cross", answer_type="count")
    assert answerer.confidence(alone) == "none"


def test_a_missing_focus_word_turns_back_only_an_answer_near_the_threshold() -> None:
    limit = THRESHOLDS["same"]
    near = limit + CLOSEST_ABOVE + 0.01
    assert _level(near, focus=("任期",)) == "answer"
    assert _level(near, focus=("任期",), missing=("任期",)) == "closest"
    assert _level(limit + FOCUS_MARGIN + 0.01, focus=("任期",), missing=("任期",)) == "answer"
    # Every focus word in the article: a little less is enough.
    below = limit + CLOSEST_ABOVE - FOCUS_SHIFT / 2
    assert _level(below, focus=("任期",)) == "answer"
    assert _level(below) == "closest"


def test_a_count_in_a_unit_no_sentence_gives_turns_back_only_an_answer_near_the_threshold() -> None:
    limit = THRESHOLDS["same"]
    near = limit + CLOSEST_ABOVE + 0.01
    assert _level(near) == "answer"
    assert _level(near, uncounted=True) == "closest"
    assert _level(limit + FOCUS_MARGIN + 0.01, uncounted=True) == "answer"


def test_a_near_miss_is_shown_as_closest_passages_not_as_an_answer(seed_engine: Engine) -> None:
    answer = seed_engine.ask("ルビオ氏の年齢は何歳か", article=SEED_ID)
    assert not answer.answerable and answer.citations == ()
    assert answer.confidence in ("closest", "none") and answer.related
    if answer.confidence == "closest":
        assert answer.text.startswith("記事はこの質問に答えていない可能性があります")


def _forum_article(tmp_path: Path) -> Path:
    """A folder holding one short article in which an investor (78) is quoted once."""
    return article_folder(
        tmp_path,
        forum="投資家の北条氏、市場に警鐘\n\n"
        "著名投資家の北条健一氏(78)は10日、東京都内で講演し、株式市場の過熱に警鐘を鳴らした。\n\n"
        "同氏は「市場は危うい局面にある」と述べた。\n",
    )


def test_an_age_in_brackets_after_a_name_answers_how_old(
    engine_factory: Callable[..., Engine], tmp_path: Path
) -> None:
    folder = _forum_article(tmp_path)
    engine = engine_factory()
    engine.ingest([folder])
    answer = engine.ask("北条氏は何歳ですか", article="forum")
    assert answer.confidence == "answer" and "(78)" in answer.text


def test_how_old_is_the_age_right_after_that_persons_name_not_anyone_elses(
    engine_factory: Callable[..., Engine], tmp_path: Path
) -> None:
    folder = article_folder(
        tmp_path,
        fest="港まつり、今年は中止\n\n"
        "港まつりの実行委員会は3日、今年の開催中止を決めた。委員長の浜中茂会頭（68）が発表した。\n\n"
        "会場近くに住む会社員の男性（41）は「残念だ」と話した。\n\n"
        "浜中会頭は来年の再開を目指すとしている。\n",
        harbor="Harbor festival cancelled\n\n"
        "Organisers cancelled the harbor festival on Monday, committee chair Ruth Ames, 64, said.\n\n"
        "A resident, 41, said she was sad.\n",
    )
    engine = engine_factory()
    engine.ingest([folder])
    for question, article, cited in [
        ("浜中会頭は何歳ですか", "fest", "浜中茂会頭（68）"),
        ("How old is Ruth Ames?", "harbor", "Ruth Ames, 64,"),
    ]:
        answer = engine.ask(question, article=article)
        assert answer.confidence == "answer", question
        assert [c.paragraph for c in answer.citations] == [2] and cited in answer.text
    from retrieval.question import age_asked_about

    assert age_asked_about("What is Ruth Ames's age?") == "Ruth Ames"
    assert age_asked_about("高森ゆかりさんの年齢は") == "高森ゆかり"
    assert age_asked_about("How old is the mayor?") is None


def test_what_someone_said_is_found_in_the_article_that_quotes_them_across_the_archive(
    engine_factory: Callable[..., Engine], tmp_path: Path
) -> None:
    folder = _forum_article(tmp_path)
    # Another article names him and what he said, in words that match the question better.
    (folder / "market.txt").write_text(
        "市場関係者、北条氏の見方に反論\n\n"
        "北条氏が何と述べたかをめぐり、市場関係者の間では議論が続いている。\n\n"
        "北条氏の述べた見方に対し、楽観論も根強い。\n",
        encoding="utf-8",
    )
    engine = engine_factory()
    engine.ingest([folder, Path(__file__).resolve().parents[2] / "articles"])
    hojo = engine.ask("北条氏は何と述べたか")  # no article named: three are loaded
    assert hojo.article_id == "forum" and "「市場は危うい局面にある」" in hojo.text
    rubio = engine.ask("What did Rubio say?")
    assert rubio.article_id == SEED_ID and "「" in rubio.text
    assert {c.article_id for c in rubio.citations} == {SEED_ID}


@pytest.mark.parametrize("question", ["Who is Rubio?", "ルビオ氏とは誰ですか"])
def test_who_someone_is_is_the_sentence_that_first_names_them(
    seed_engine: Engine, question: str
) -> None:
    answer = seed_engine.ask(question, article=SEED_ID)
    assert answer.answerable and [c.paragraph for c in answer.citations] == [3]
    assert "ルビオ国務長官" in answer.text  # the first mention, with the title


def test_who_is_asks_about_a_name_not_a_role() -> None:
    from retrieval.question import person_asked_about

    assert person_asked_about("Who is Masahiko Nakagawa?") == "Masahiko Nakagawa"
    assert person_asked_about("クレール・ベルトラン氏は誰？") == "クレール・ベルトラン"
    assert person_asked_about("Who is the project manager of Hayabusa2?") is None
    assert person_asked_about("社長は誰ですか") is None
    assert person_asked_about("who is he?") is None


def test_who_is_a_description_or_a_bare_title_is_left_to_search() -> None:
    from retrieval.question import person_asked_about

    assert person_asked_about("初代将軍は誰か") is None  # a role, not a name
    assert person_asked_about("Who is President?") is None


def test_an_english_name_finds_the_speaker_it_spells_best_and_who_they_are(
    engine_factory: Callable[..., Engine], tmp_path: Path
) -> None:
    folder = article_folder(
        tmp_path,
        ruling="危険運転に懲役12年\n\n"
        "マウスの研究で知られる大学の近くで起きた事故の判決が3日、地裁であった。\n\n"
        "弁護人の森田浩二弁護士は「到底納得できない」と話した。\n\n"
        "被害者の父親、石川和夫さん（62）は「あまりにも短い」と声を詰まらせた。\n\n"
        "研究を率いた岡山大学の松枝由佳准教授は「驚いた」と話した。\n",
    )
    engine = engine_factory()
    engine.ingest([folder])
    said = engine.ask("What did Kazuo Ishikawa say about the sentence?", article="ruling")
    assert [c.paragraph for c in said.citations] == [4] and "あまりにも短い" in said.text
    for question in ("Who is Yuka Matsueda?", "What is Yuka Matsueda's position?"):
        who = engine.ask(question, article="ruling")  # not the sentence with マウス
        assert [c.paragraph for c in who.citations] == [5], question


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("年間漁獲上限は何トンですか。", "tonnes"),
        ("ストに入った港湾労働者は何人か。", "people"),
        ("How many dockworkers walked out?", "people"),
        ("同社は何機の運航を止めたか。", "aircraft"),
        ("How many pieces were found?", "items"),
        ("上映時間は何分か。", "minutes"),
        ("How many hours did the rescue take?", "hours"),
        ("日量何バレルを生産しているか。", "barrels"),
        ("報告書は何ページあるか。", "pages"),
        ("How many kettles were recalled?", None),  # no unit the word list knows
        ("How much did it cost?", None),
    ],
)
def test_the_unit_a_count_is_asked_in(question: str, unit: str | None) -> None:
    assert unit_asked(question) == unit


def test_which_sentences_count_in_the_unit_asked_for() -> None:
    assert holds_unit("About 620 unionised dockworkers walked off the job.", "people")
    assert holds_unit("The airline grounded three Airbus jets on Monday.", "aircraft")
    assert holds_unit("漁獲枠は6万8千トンとした。", "tonnes")
    assert not holds_unit("His firm had 40 refrigerated containers booked.", "people")
    assert holds_unit("上映時間は2時間18分。", "minutes")
    assert not holds_unit("映画は2時間の大作だ。", "minutes")
    assert holds_unit("The crew spent 14 hours at sea.", "hours")
    assert not holds_unit("The probe returned 5.4 grams of rock.", "barrels")
    # a count joined to its unit's singular before a noun: a 58-page report, a two-ferry fleet
    assert holds_unit("In a 58-page report, the group said sales were inflated.", "pages")
    assert holds_unit("The island is served by a two-ferry fleet.", "ships")
    # (not people: a 2,600-passenger ship is its size, not how many were aboard)
    assert not holds_unit("The 2,600-passenger ship docked in Juneau.", "people")


def test_a_count_asked_in_a_unit_is_answered_by_the_sentence_counting_in_it(
    engine_factory: Callable[..., Engine], tmp_path: Path
) -> None:
    folder = article_folder(
        tmp_path,
        port="港湾労働者がスト突入\n\n"
        "北浜港の港湾労働者は1日、賃上げを求めてストライキに入り、コンテナ船40隻が沖合で"
        "待機する事態となった。\n\n"
        "組合によると、参加したのは約620人。\n\n"
        "会社側は2日にも交渉を再開する方針だ。\n",
    )
    engine = engine_factory()
    engine.ingest([folder])
    answer = engine.ask("How many dockworkers went on strike?", article="port")
    # The sentence counting people comes first (as the answer, or as the closest passage when
    # its score is near the threshold), never the strike's sentence with its 40 ships.
    shown = answer.citations or answer.related
    assert shown and shown[0].paragraph == 3
    assert 2 not in {c.paragraph for c in answer.citations}


def test_a_when_question_no_best_sentence_gives_a_time_for_gets_the_closest_passages() -> None:
    limit = THRESHOLDS["same"]
    assert _level(limit + 0.2) == "answer"
    assert _level(limit + 0.2, unfilled=True) == "closest"  # however well the sentence scores
    assert _level(limit - CLOSEST_BELOW - 0.01, unfilled=True) == "none"


@pytest.mark.parametrize(
    ("question", "slot", "fills", "misses"),
    [
        (
            "When will the creditors vote on the plan?",
            "time",
            "The vote is set for March 3.",
            "Creditors hold 4 billion yen of the debt.",
        ),
        (
            "球団はいつから契約交渉を始めていたのか。",
            "time",
            "交渉は今季の開幕直後から始めていたという。",
            "球団の外国人選手としては過去最大規模の契約となる。",
        ),
        (
            "Which company will buy the naming rights?",
            "company",
            "The rights go to Harbourline Capital, the city said.",
            "The city expects 100 million yen a year from the rights.",
        ),
        (
            "この店を引き継ぐのはどの会社か。",
            "company",
            "地元のスーパー、ミナトヤが店を引き継ぐ。",
            "国内証券のアナリストは再建に時間がかかるとみる。",  # no company named
        ),
        (
            "監査を担当した企業名は何か。",
            "company",
            "監査は丸の内監査法人と北浜証券が担った。",
            "株価は一時5%下落した。",
        ),
        (
            "Which banks are arranging the share sale?",
            "company",
            "Orrin Bank and Calder Capital are arranging the sale.",
            "The sale could raise about $400 million.",  # no bank named
        ),
        (
            "設計を請け負った業者の名前は何か。",
            "company",
            "設計は土木会社「丸栄建設」が請け負った。",
            "市が委託した業者が設計を担当した。",  # the kind, not the name
        ),
        (
            "What is the name of the pilot who landed the plane?",
            "person",
            "The pilot, Carla Weiss, landed the plane on one engine.",
            "The pilot landed the plane on one engine at Harbor Airport.",  # no one named
        ),
        (
            "救助された男性の名前は何か。",
            "person",
            "救助されたのは近くに住む会社員、松井健太さん（34）。",
            "救助された男性は近くに住む30代の会社員だという。",
        ),
    ],
)
def test_which_sentences_say_when_or_name_a_company(
    question: str, slot: str, fills: str, misses: str
) -> None:
    q = understand(question)
    assert q.slot == slot
    assert q.filled_by(fills)
    assert not q.filled_by(misses)


def test_questions_with_a_checked_type_or_no_slot_have_none() -> None:
    assert understand("How many people died?").slot is None  # a count: its own check
    assert understand("What happened when the storm hit?").slot is None
    assert understand("What did the mayor say about the plan?").slot is None  # what was said
    assert understand("運航会社はどこに拠点があるのか。").slot is None  # asks where
    assert understand("新しい駅の名前はいつ決まるのか。").slot == "time"  # asks when
    assert understand("Who named the new ship?").slot is None  # a "who" question's own check


def test_a_headline_quoting_someone_is_listed_but_what_they_said_cites_the_body(
    engine_factory: Callable[..., Engine], tmp_path: Path
) -> None:
    folder = article_folder(
        tmp_path,
        forum="市場過熱に警鐘、北条氏「危うい局面」\n\n"
        "著名投資家の北条健一氏(78)は10日、東京都内で講演し、株式市場の過熱に警鐘を鳴らした。\n\n"
        "同氏は「市場は危うい局面にある」と述べた。\n",
    )
    engine = engine_factory()
    engine.ingest([folder])
    listed = engine.quotes(speaker="北条")
    assert [(q.paragraph, q.quote, q.partial) for q in listed] == [
        (1, "危うい局面", True),
        (3, "市場は危うい局面にある", False),
    ]
    answer = engine.ask("北条氏は何と言いましたか", article="forum")
    assert [c.paragraph for c in answer.citations] == [3]


def test_a_caption_answers_a_question_about_the_photo_only(
    engine_factory: Callable[..., Engine], tmp_path: Path
) -> None:
    folder = article_folder(
        tmp_path,
        ferry="Ferry union to appeal fine\n\n"
        "BERGEN, Norway, May 3 (Reuters) -\n\n"
        "FILE PHOTO: Union leader Kari Dahl speaks to ferry crews at the harbour in Bergen, "
        "Norway, April 2, 2025. REUTERS/Jane Doe/File Photo\n\n"
        "Norway's ferry workers' union was fined 2 million crowns on Friday for an unlawful "
        "strike.\n\n"
        "The union said it would appeal the fine to the Supreme Court in Oslo.\n",
    )
    engine = engine_factory()
    engine.ingest([folder])
    appeal = engine.ask("Where will the ferry union appeal the fine?", article="ferry")
    assert 3 not in {c.paragraph for c in appeal.citations}
    photo = engine.ask("Who is in the photo?", article="ferry")
    assert photo.confidence == "answer" and [c.paragraph for c in photo.citations][:1] == [3]
    assert "REUTERS/" not in photo.text  # the credit is no part of an answer


def test_an_answer_marks_each_paragraph_s_run_of_sentences_once_on_a_line_of_its_own() -> None:
    third = Passage("a", "A", 3, "paragraph", None, "市は22日に発表した。費用は3億円だ。", 1.0)
    fifth = Passage("a", "A", 5, "paragraph", None, "工事は4月に始まる。", 0.9)
    other = Passage("b", "B", 3, "paragraph", None, "県も同じ日に発表した。", 0.8)
    chosen = [
        Candidate(third, 0, 10, "市は22日に発表した。", 0.9),
        Candidate(third, 10, 18, "費用は3億円だ。", 0.88),
        Candidate(fifth, 0, 10, "工事は4月に始まる。", 0.87),
        Candidate(other, 0, 11, "県も同じ日に発表した。", 0.86),
    ]
    answer = compose("いつ発表したか", "ja", chosen, None, ())
    assert answer.text.split("\n") == [
        "市は22日に発表した。費用は3億円だ。 [¶3]",
        "工事は4月に始まる。 [¶5]",
        "県も同じ日に発表した。 [¶3]",  # another article's ¶3: a run of its own
    ]


def test_a_sentence_in_the_other_language_is_scored_on_the_questions_words_in_translation() -> None:
    from retrieval.answers.extractive import _Bridge

    # The English JMdict gives 事業費 holds "cost"; the harbour sentence has none of the words.
    english = _Bridge("How much will the tram extension cost in total?", "en")
    assert english.overlap("総事業費は約96億円で、2029年春の開業を目指す。") > 0
    assert english.overlap("港地区では大型商業施設の開業が相次いでいる。") == 0
    # A Japanese question's words may be any of their English meanings (費用: cost, expense).
    japanese = _Bridge("延伸にかかる費用はいくらか", "ja")
    assert japanese.overlap("The tram extension will cost about 9.6 billion yen.") > 0
    assert japanese.overlap("Shops are opening in the harbour district.") == 0


def test_the_translated_words_raise_a_cross_language_sentence_and_nothing_else(
    seed_engine: Engine,
) -> None:
    from retrieval.answers.extractive import CROSS_LEXICAL_BONUS, RANK_PENALTY, _Bridge
    from retrieval.embedded import embedded_text
    from retrieval.embeddings import query_array

    answerer = seed_engine.answerer
    texts = [
        "総事業費は約96億円で、2029年春の開業を目指す。",
        "港地区では大型商業施設の開業が相次ぐ。",
    ]
    passages = [
        Passage("a", "路面電車", i + 2, "paragraph", None, t, 0.9) for i, t in enumerate(texts)
    ]
    question = "How much will the tram extension cost in total?"
    vector = query_array(seed_engine.embeddings, question)
    found = answerer.candidates(question, passages, passages, vector)  # type: ignore[arg-type]
    plain = (
        answerer._embed([embedded_text("路面電車", None, "paragraph", t) for t in texts]) @ vector
    )
    share = _Bridge(question, "en").overlap(texts[0])
    by_paragraph = {c.passage.paragraph: c.score for c in found}
    assert by_paragraph[2] == pytest.approx(float(plain[0]) + CROSS_LEXICAL_BONUS * share, abs=1e-5)
    assert by_paragraph[3] == pytest.approx(float(plain[1]) - RANK_PENALTY, abs=1e-5)
