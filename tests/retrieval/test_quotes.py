"""Quotes: every quote verbatim, with the right speaker, role and flags."""

from __future__ import annotations

import pytest

from retrieval.articles import parse_text
from retrieval.models import Article, Block, Quote
from retrieval.quotes import (
    extract_quotes,
    find_quotes,
    speaker_matches,
    topic_terms,
)
from retrieval.quotes.spans import heading_quote_spans
from tests.retrieval._seed import seed_article

# The seed article's quotes, read off the article by hand:
# (paragraph, how the quote starts, speaker, role, partial)
SEED_QUOTES = [
    (2, "その時が来た", "トランプ", "米大統領", False),
    (3, "悪党", "ルビオ", "国務長官", True),
    (7, "トランプ大統領こそが常に外交政策を主導しており", "ケリー", "ホワイトハウス報道官", False),
    (11, "全ての関係者に対して明確", "ケリー", "ホワイトハウス報道官", True),
    (11, "あらゆる要因を完全かつ正確に理解", "ケリー", "ホワイトハウス報道官", True),
    (14, "トランプ大統領のリーダーシップの下", "ピゴット", "米国務省報道官", False),
    (15, "有害な勢力が、根拠のない嘘を通じて", "ピゴット", "米国務省報道官", False),
    (18, "アラスカでの会談を経て", "リアナ・フィックス", "米外交問題評議会(CFR)上級研究員", False),
    (28, "平和を実現する機会があるのなら", "ルビオ", "国務長官", False),
]


@pytest.fixture(scope="module")
def seed() -> Article:
    return seed_article()


@pytest.fixture(scope="module")
def seed_quotes(seed: Article) -> list[Quote]:
    return extract_quotes(seed)


def assert_verbatim(article: Article, quotes: list[Quote]) -> None:
    for q in quotes:
        block = article.block(q.paragraph)
        assert block.kind in ("paragraph", "caption")
        assert block.text[q.start : q.end] == q.quote
        assert q.quote in block.text
        assert q.verified


def test_seed_has_exactly_the_nine_quotes_in_order(seed_quotes: list[Quote]) -> None:
    assert len(seed_quotes) == len(SEED_QUOTES)
    for q, (paragraph, start, *_) in zip(seed_quotes, SEED_QUOTES, strict=True):
        assert (q.paragraph, q.quote[: len(start)]) == (paragraph, start)


@pytest.mark.parametrize(("index", "expected"), list(enumerate(SEED_QUOTES)))
def test_each_seed_quote_has_its_paragraph_speaker_role_and_flags(
    seed_quotes: list[Quote], index: int, expected: tuple[int, str, str, str, bool]
) -> None:
    paragraph, start, speaker, role, partial = expected
    q = seed_quotes[index]
    assert q.paragraph == paragraph
    assert q.quote.startswith(start)
    assert q.speaker == speaker
    assert q.speaker_role == role
    assert q.partial is partial
    assert q.verified is True
    assert q.article_id == "000_1f22f8d10cad0239"


def test_every_seed_quote_is_the_exact_text_inside_its_marks(
    seed: Article, seed_quotes: list[Quote]
) -> None:
    assert_verbatim(seed, seed_quotes)
    for q in seed_quotes:
        text = seed.block(q.paragraph).text
        assert text[q.start - 1] == "「"
        assert text[q.end] == "」"
        assert "「" not in q.quote and "」" not in q.quote


def test_whole_quotes_are_complete_and_long(seed_quotes: list[Quote]) -> None:
    pigott = next(q for q in seed_quotes if q.paragraph == 15)
    assert pigott.quote.endswith("それはウィトコフ特使による前例のない成功が大きく寄与している")
    assert pigott.quote.count("。") == 2


def test_no_quotes_come_from_headings_meta_or_captions_without_marks(
    seed: Article, seed_quotes: list[Quote]
) -> None:
    kinds = {seed.block(q.paragraph).kind for q in seed_quotes}
    assert kinds == {"paragraph"}
    assert not any(q.paragraph in (8, 13, 19, 29, 30, 31) for q in seed_quotes)


def test_nested_double_brackets_stay_inside_the_quote() -> None:
    text = "田中太郎氏は「首相は『遺憾だ』と言った」と述べた。"
    article = Article("n1", "t", (Block(1, "paragraph", text),))
    [q] = extract_quotes(article)
    assert q.quote == "首相は『遺憾だ』と言った"
    assert q.speaker == "田中太郎"
    assert q.partial is False
    assert_verbatim(article, [q])


def test_meta_and_heading_blocks_are_never_quoted() -> None:
    article = Article(
        "n2",
        "t",
        (
            Block(1, "heading", "「見出し」"),
            Block(2, "paragraph", "「本文だ」とスミス氏は語った。"),
            Block(3, "meta", "「メタ」"),
        ),
    )
    quotes = extract_quotes(article)
    assert [(q.paragraph, q.quote, q.speaker) for q in quotes] == [(2, "本文だ", "スミス")]


def test_verified_is_computed_against_the_stored_paragraph(seed: Article) -> None:
    from retrieval.quotes import is_verbatim

    assert is_verbatim(seed, 2, "その時が来た")
    assert not is_verbatim(seed, 2, "その時は来た")
    assert not is_verbatim(seed, 3, "その時が来た")
    assert not is_verbatim(seed, 8, "主導")  # a heading is not a passage
    assert not is_verbatim(seed, 99, "x")


def test_same_person_pronoun_resolves_to_the_last_named_person() -> None:
    text = (
        "ロシアのラブロフ外相は22日、会見した。同外相は「対話の扉は開いている」と述べた。"
        "同氏は「制裁は無意味だ」とも語った。"
    )
    article = Article("n3", "t", (Block(1, "paragraph", text),))
    quotes = extract_quotes(article)
    assert [(q.quote, q.speaker, q.speaker_role) for q in quotes] == [
        ("対話の扉は開いている", "ラブロフ", "ロシア外相"),
        ("制裁は無意味だ", "ラブロフ", "ロシア外相"),
    ]


ENGLISH = [
    "Secretary of State Marco Rubio said on Wednesday that talks with Moscow had stalled.",
    "“We are always interested in dialogue,” Rubio told reporters. “But the time has come.”",
    "“It’s time,” said Karoline Leavitt, a spokeswoman for the White House.",
    "Leavitt called the reports “fake news” and said the president leads foreign policy.",
    "“Russia has not changed,” she said.",
    "Jane Doe said: “The sanctions will bite.”",
    'According to analyst John Smith, "the market shrugged."',
]


@pytest.fixture(scope="module")
def english() -> Article:
    return Article(
        "en1", "Test", tuple(Block(i + 1, "paragraph", t) for i, t in enumerate(ENGLISH))
    )


def test_english_quotes_have_speakers_roles_and_flags(english: Article) -> None:
    quotes = extract_quotes(english)
    assert [(q.paragraph, q.quote, q.speaker, q.speaker_role, q.partial) for q in quotes] == [
        (2, "We are always interested in dialogue,", "Marco Rubio", "Secretary of State", False),
        (2, "But the time has come.", "Marco Rubio", "Secretary of State", False),
        (3, "It’s time,", "Karoline Leavitt", "spokeswoman for the White House", False),
        (4, "fake news", "Karoline Leavitt", "spokeswoman for the White House", True),
        (
            5,
            "Russia has not changed,",
            "Karoline Leavitt",
            "spokeswoman for the White House",
            False,
        ),
        (6, "The sanctions will bite.", "Jane Doe", None, False),
        (7, "the market shrugged.", "John Smith", "analyst", False),
    ]
    assert_verbatim(english, quotes)


@pytest.mark.parametrize("query", ["ルビオ", "ルビオ氏", "ルビオ国務長官", " ルビオ 氏 ", "ﾙﾋﾞｵ"])
def test_find_quotes_matches_any_japanese_form_of_a_name(seed: Article, query: str) -> None:
    quotes = find_quotes([seed], speaker=query)
    assert [(q.paragraph, q.quote) for q in quotes] == [
        (3, "悪党"),
        (28, "平和を実現する機会があるのなら、われわれは常に対話に関心を持つ"),
    ]
    assert_verbatim(seed, quotes)


@pytest.mark.parametrize(
    ("query", "speaker"),
    [
        ("フィックス", "リアナ・フィックス"),
        ("フィックス氏", "リアナ・フィックス"),
        ("リアナ・フィックス上級研究員", "リアナ・フィックス"),
        ("ホワイトハウスのケリー報道官", "ケリー"),
        ("ピゴット報道官", "ピゴット"),
        ("トランプ米大統領", "トランプ"),
    ],
)
def test_speaker_matching_accepts_titles_and_given_names(query: str, speaker: str) -> None:
    assert speaker_matches(query, speaker)


@pytest.mark.parametrize("query", ["Rubio", "Marco Rubio", "Mr. Rubio", "secretary rubio", "rubio"])
def test_find_quotes_matches_english_name_forms(english: Article, query: str) -> None:
    quotes = find_quotes([english], speaker=query)
    assert [q.quote for q in quotes] == [
        "We are always interested in dialogue,",
        "But the time has come.",
    ]


def test_speaker_matching_rejects_other_people() -> None:
    assert not speaker_matches("ルビ", "ルビオ")
    assert not speaker_matches("ウィトコフ", "ルビオ")
    assert not speaker_matches("ルビオ", None)
    assert not speaker_matches("氏", "ルビオ")


def test_find_quotes_about_a_topic_uses_the_quote_and_its_paragraph(seed: Article) -> None:
    # 「その時が来た」 says nothing of sanctions, but its paragraph is about them.
    assert [q.paragraph for q in find_quotes([seed], about="制裁")] == [2]
    dialogue = find_quotes([seed], about="ロシアとの対話")
    assert dialogue[0].paragraph == 28
    assert find_quotes([seed], about="天気") == []


def test_an_english_topic_finds_quotes_in_a_japanese_article(seed: Article) -> None:
    # Through the Japanese of its news terms and names: 制裁, ウィトコフ.
    assert [q.paragraph for q in find_quotes([seed], about="sanctions")] == [2]
    assert 7 in {q.paragraph for q in find_quotes([seed], speaker="Kelly", about="Witkoff")}
    assert find_quotes([seed], about="China") == []  # 中国 is nowhere in the article


def test_topic_terms() -> None:
    corpus = ["ルビオ国務長官は制裁を発表した。"]
    assert topic_terms("制裁", "ja", corpus) == "制裁"
    assert topic_terms("Rubio on sanctions", "ja", corpus) == "制裁 ルビオ"
    assert topic_terms("the weather", "ja", corpus) == ""
    assert topic_terms("sanctions", "en", ["The US imposed sanctions."]) == "sanctions"


def test_a_topic_word_the_article_never_uses_is_not_matched_by_the_rest_of_the_topic(
    seed: Article,
) -> None:
    # Kelly's first quote names ルビオ, but nothing in the article is about his health.
    assert find_quotes([seed], speaker="ケリー", about="ルビオ氏の役割")
    assert find_quotes([seed], speaker="ケリー", about="ルビオ氏の健康") == []


def test_find_quotes_about_orders_by_relevance_and_combines_with_speaker(seed: Article) -> None:
    team = find_quotes([seed], about="チームの団結")
    assert {q.paragraph for q in team} == {7, 14, 15}
    assert find_quotes([seed], speaker="ピゴット", about="チームの団結")[0].paragraph in (14, 15)
    assert find_quotes([seed], speaker="ルビオ", about="チームの団結") == []
    assert_verbatim(seed, team)


def test_find_quotes_uses_the_about_scorer_once_and_its_strong_matches(seed: Article) -> None:
    calls: list[int] = []

    def scorer(about: str, texts: list[str]) -> list[float]:
        calls.append(len(texts))
        return [0.9 if "悪党" in t else 0.5 for t in texts]

    quotes = find_quotes([seed], about="プーチン氏の評判", about_scorer=scorer)
    assert calls == [18]  # nine quotes and their nine paragraphs, in one call
    assert [q.quote for q in quotes] == ["悪党"]


def test_find_quotes_without_filters_returns_all_in_article_order(seed: Article) -> None:
    quotes = find_quotes([seed, seed])
    assert len(quotes) == 18
    assert [q.paragraph for q in quotes[:9]] == [p for p, *_ in SEED_QUOTES]


def _quoted(text: str) -> list[tuple[int, str, str | None, bool]]:
    """(paragraph, quote, speaker, partial) of each quote of an article written as `text`."""
    article = parse_text(text, article_id="t", name="t")
    return [(q.paragraph, q.quote, q.speaker, q.partial) for q in extract_quotes(article)]


def test_a_headline_excerpt_of_an_excerpt_is_partial_too() -> None:
    assert _quoted(
        'Harbour swim cancelled after tests find "worrying" algae levels\n\n'
        'The harbour board said on Friday that the algae levels were "worrying" and closed '
        "the course.\n"
    ) == [
        (1, "worrying", "harbour board", True),
        (2, "worrying", "harbour board", True),
    ]


def test_a_headline_quote_in_title_case_repeats_the_body_in_any_case_as_whole_words() -> None:
    quotes = _quoted(
        'Library Closes Early as Director Calls Cuts "Painful"\n\n'
        "The county library will close at 5 p.m. from March, its director said on Monday.\n\n"
        '"These cuts are painful, and I will not pretend otherwise," director Ada Mirren said.\n\n'
        'Shortly afterwards the county issued a statement calling the cuts "unavoidable".\n'
    )
    assert quotes[:2] == [
        (1, "Painful", "Ada Mirren", True),
        (3, "These cuts are painful, and I will not pretend otherwise,", "Ada Mirren", False),
    ]
    # ("Pain" is not in "painful": a headline word matches the body's whole words.)
    renamed = _quoted(
        'Director Admits "Pain"\n\n'
        '"These cuts are painful, and I will not pretend otherwise," director Ada Mirren said.\n'
    )
    assert [paragraph for paragraph, *_ in renamed] == [2]


def test_a_japanese_headline_quote_before_quotative_to_is_the_speakers() -> None:
    assert _quoted(
        "補助金不正受給の町議に辞職勧告　本人は「勘違い」と続投表明\n\n"
        "町議会は12日、補助金を不正に受け取ったとして、佐野昌平町議（58）に対する辞職勧告"
        "決議を可決した。佐野町議は取材に「書類の勘違いだった。任期を全うしたい」と述べた。\n"
    ) == [
        (1, "勘違い", "佐野昌平", True),
        (2, "書類の勘違いだった。任期を全うしたい", "佐野昌平", False),
    ]


def test_a_headline_or_subhead_quoting_in_single_marks_repeats_the_body() -> None:
    quotes = _quoted(
        "'We simply ran out of money': county weekly prints its last issue\n\n"
        '"We simply ran out of money. Nobody wanted it to end," owner Ruth Penner said.\n\n'
        "'Lost a Voice'\n\n"
        'Reader Hal Briggs, 80, said the town had "lost a voice it will not get back."\n'
    )
    assert quotes == [
        (1, "We simply ran out of money", "Ruth Penner", True),
        (2, "We simply ran out of money. Nobody wanted it to end,", "Ruth Penner", False),
        (3, "Lost a Voice", "Hal Briggs", True),
        (4, "lost a voice it will not get back.", "Hal Briggs", True),
    ]


def test_a_headline_quote_ending_in_the_headlines_comma_repeats_the_body() -> None:
    quotes = _quoted(
        "'Rivers Don't Forget,' Anglers Tell Panel in Dam Hearing\n\n"
        "\"Rivers don't forget. Every dam leaves a scar,\" the anglers' spokesman, Ivo Brandt, "
        "said at the hearing.\n"
    )
    assert quotes[0] == (1, "Rivers Don't Forget,", "Ivo Brandt", True)


def test_a_japanese_headline_naming_its_speaker_after_to_credits_that_speaker() -> None:
    quotes = _quoted(
        "倉庫火災で物流停止　「配線の劣化か」と港北市\n\n"
        "神奈川県港北市の物流倉庫で火災があった。市は「古い配線が過熱した可能性がある」としている。\n"
    )
    # (the headline's words are a brief of the body's, so they are the city's by its name)
    assert quotes == [
        (1, "配線の劣化か", "港北市", True),
        (2, "古い配線が過熱した可能性がある", "港北市", False),
    ]
    # (a name after と that the body quotes nobody as is no speaker)
    assert (
        _quoted(
            "倉庫火災で物流停止　「配線の劣化か」と港北市\n\n"
            "神奈川県港北市の物流倉庫で火災があった。消防は原因を調べている。\n"
        )
        == []
    )


def test_single_marks_in_a_heading_quote_words_not_an_apostrophe_or_an_elision() -> None:
    def quoted(text: str) -> list[str]:
        return [text[a:b] for a, b in heading_quote_spans(text)]

    assert quoted("Farmers' union says 'enough is enough' over prices") == ["enough is enough"]
    assert quoted("'It's over': club folds after 90 years") == ["It's over"]
    assert quoted("Rock 'n' roll museum opens in Memphis") == []


def test_a_body_is_found_without_its_prefecture_but_not_without_its_city() -> None:
    assert speaker_matches("雲南市教育委員会", "島根県雲南市教育委員会")
    assert speaker_matches("教育委員会", "島根県教育委員会")
    assert not speaker_matches("市教育委員会", "島根県雲南市教育委員会")
    assert not speaker_matches("教育委員会", "島根県雲南市教育委員会")


def test_a_headline_name_the_body_brackets_as_a_term_is_no_quote() -> None:
    assert _quoted(
        "町の公式マスコット「まるたん」引退へ　ファン「もう会えないの」\n\n"
        "東浜町は3日、マスコットのカワウソ「まるたん」の着ぐるみ活動を来春で終えると発表した。\n\n"
        "町内の会社員、川辺千秋さん（41）は「もう会えないのはつらい。まるたんは町の顔だ」と話した。\n"
    ) == [
        (1, "もう会えないの", "川辺千秋", True),
        (3, "もう会えないのはつらい。まるたんは町の顔だ", "川辺千秋", False),
    ]


def test_a_headline_word_the_storys_own_sentences_use_is_no_excerpt_of_a_quote() -> None:
    quotes = _quoted(
        "町長選「再集計」　票差わずか3票\n\n"
        "東浜町選挙管理委員会は5日、町長選の票を再集計すると発表した。再集計は8日に行う。\n\n"
        "落選した候補の支持者、川辺千秋さん（41）は「再集計で結果が変わるなら受け入れる」と話した。\n"
    )
    # (再集計 is inside her words too, but the story says it in its own voice)
    assert quotes == [(3, "再集計で結果が変わるなら受け入れる", "川辺千秋", False)]


def test_a_japanese_heading_clause_ending_on_quoted_words_after_ni_or_demo_repeats_them() -> None:
    quoted = _quoted(
        "深夜の騒音に「厳しく対処」　住宅街の条例案を可決　北見台町\n\n"
        "町議会は9日、条例案を可決した。山岸恭平町長は「住民の眠りを守るため、違反には"
        "厳しく対処していく」と述べた。\n\n"
        "■遅れても「必ず完成」\n\n"
        "新庁舎の工事について、山岸町長は「時間はかかるが、必ず完成させる」と語った。\n"
    )
    assert [(p, q, who, partial) for p, q, who, partial in quoted if p in (1, 3)] == [
        (1, "厳しく対処", "山岸恭平", True),
        (3, "必ず完成", "山岸恭平", True),
    ]


def test_a_japanese_heading_term_after_wo_or_wa_stays_the_headings_own() -> None:
    quoted = _quoted(
        "争点は「詐欺の故意」　元社長の初公判\n\n"
        "検察側は「被告は詐欺の故意を持っていた」と指摘した。\n"
    )
    assert [p for p, *_ in quoted] == [2]


def test_a_headline_quote_modifying_the_noun_after_it_is_a_term_even_if_a_quote_holds_it() -> None:
    quotes = _quoted(
        'Village\'s new lamps put its "quiet sky" status at risk\n\n'
        "The village of Elmbrook replaced 90 streetlights this summer with brighter ones.\n\n"
        '"We never meant to give up the quiet sky," Mayor Tom Hale said.\n'
    )
    assert quotes == [(3, "We never meant to give up the quiet sky,", "Tom Hale", False)]
