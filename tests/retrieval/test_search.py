"""Hybrid search on the real model over the seed article, embedded and against `chroma run`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import retrieval.name_index as name_index
import retrieval.search as search_module
from retrieval.engine import Engine
from retrieval.glossary import japanese_terms
from retrieval.lexical import (
    LexicalIndex,
    char_coverage,
    load_indexes,
    longest_match,
    query_words,
    save_indexes,
    tokenize,
    words,
)
from retrieval.models import UserFacingError
from retrieval.names import question_name_keys
from retrieval.question import understand
from retrieval.search import (
    BRIDGE_WEIGHT,
    FEATURES,
    IN_ARTICLE_BRIDGE_WEIGHT,
    LEAD_PRIOR,
    PERSON_NAME_FACTOR,
    Candidates,
    question_core,
)
from tests.conftest import SEED, SEED_ID, ChromaServer, article_folder

# (question, the paragraph it is about): paraphrased, not lifted from the article.
JA_CASES = [
    ("国務長官はかつてロシアの指導者をどう呼んだか", 3),
    ("制裁の対象になった石油会社はどこか", 26),
    ("記者会見の写真はどこで撮影されたか", 13),
    ("ウィトコフ氏はゼレンスキー氏に何を迫ったか", 25),
]
EN_CASES = [
    ("Why was the Alaska meeting so tense?", 12),
    ("What did Russian officials believe Trump had agreed to?", 21),
    ("Where did Rubio speak to reporters before his trip to Israel and Asia?", 28),
]


def test_tokenize_uses_bigrams_for_japanese_and_words_for_latin() -> None:
    assert tokenize("制裁を発表") == ["制裁", "裁を", "を発", "発表"]
    assert tokenize("The CFR said") == ["cfr", "said"]
    assert tokenize("米CFR研究員") == ["米", "研究", "究員", "cfr"]


def test_lexical_index_ranks_the_matching_document_first(tmp_path) -> None:
    index = LexicalIndex.build([("a", "東京で大雨"), ("b", "大阪で大雪"), ("c", "名古屋は晴れ")])
    scores = index.scores("大雪の大阪")
    assert index.keys[int(scores.argmax())] == "b"
    save_indexes(tmp_path / "lex.npz", 7, {"main": index}, {("global", "x"): "g1"})
    loaded = load_indexes(tmp_path / "lex.npz", ("main",))
    assert loaded is not None and loaded.version == 7
    assert loaded.generations == {("global", "x"): "g1"}
    assert list(loaded.indexes["main"].scores("大雪の大阪")) == list(scores)


def test_words_drop_particles_and_keep_latin_spelling() -> None:
    assert words("日本共産党の最高機関は？") == ["日本", "共産", "党", "最高", "機関"]
    assert words("The CFR said") == ["cfr", "said"]
    assert query_words("第3回十字軍遠征はいつ行われた？") == [
        "第",
        "3",
        "回",
        "十字",
        "軍",
        "遠征",
        "行う",
    ]


def test_question_core_drops_the_question_word_tail() -> None:
    assert question_core("日本で梅雨がないのは北海道とどこか。") == "日本で梅雨がないのは北海道"
    assert question_core("グアニンはアルファベットで何と書くか") == "グアニンはアルファベット"
    assert question_core("何？") == "何"


def test_phrase_features() -> None:
    assert longest_match("第3回十字軍遠征", "1189年の第3回十字軍遠征では") == 8
    assert longest_match("第3回十字軍遠征", "1096年に第1回十字軍遠征が") == 6
    assert char_coverage("大雨の東京", "東京で大雪") == 0.4


def test_coverage_weighs_rare_terms_and_counts_unseen_ones() -> None:
    index = LexicalIndex.build(
        [("a", "東京 大雨"), ("b", "東京 大雪"), ("c", "東京 晴れ")], analyzer=words
    )
    scores, coverage = index.match(["東京", "大雪"])
    assert index.keys[int(scores.argmax())] == "b"
    assert coverage[1] == 1.0 and 0 < coverage[0] < 0.5
    _, unseen = index.match(["東京", "大雪", "吹雪"])
    assert unseen[1] < 1.0


def test_lexical_file_of_another_format_or_without_an_index_is_not_used(tmp_path) -> None:
    index = LexicalIndex.build([("a", "東京で大雨")])
    save_indexes(tmp_path / "lex.npz", 3, {"bigram": index}, {})
    assert load_indexes(tmp_path / "lex.npz", ("bigram", "word")) is None
    loaded = load_indexes(tmp_path / "lex.npz", ("bigram",))
    assert loaded is not None and loaded.indexes["bigram"].keys == ["a"]
    with np.load(tmp_path / "lex.npz", allow_pickle=True) as z:
        arrays = {k: z[k] for k in z.files}
    np.savez(tmp_path / "lex.npz", **{**arrays, "format": np.array([2])})
    assert load_indexes(tmp_path / "lex.npz", ("bigram",)) is None


def test_an_updated_index_scores_exactly_like_a_fresh_one() -> None:
    docs = {"a": "東京で大雨が降った", "b": "大阪で大雪", "c": "名古屋は晴れ", "d": "東京は晴れ"}
    index = LexicalIndex.build([(k, docs[k]) for k in "abc"])
    # Drop b, append d (new terms too): statistics (IDF, lengths) must follow.
    updated = index.updated(np.array([True, False, True]), ["d"], [Counter(tokenize(docs["d"]))])
    fresh = LexicalIndex.build([(k, docs[k]) for k in "acd"])
    assert updated.keys == fresh.keys == ["a", "c", "d"]
    for query in ("東京の晴れ", "大雪", "名古屋で大雨", "雪"):
        got, got_cov = updated.match(tokenize(query))
        want, want_cov = fresh.match(tokenize(query))
        np.testing.assert_allclose(got, want, rtol=1e-6)
        np.testing.assert_allclose(got_cov, want_cov, rtol=1e-6)


def test_an_index_sheds_the_terms_of_dropped_documents() -> None:
    index = LexicalIndex.build([("a", "東京で大雨"), ("b", "札幌で吹雪と雷雨と強風")])
    updated = index.updated(np.array([True, False]), ["c"], [Counter(tokenize("東京は晴れ"))])
    assert len(updated._vocab) < len(index._vocab) + 2  # b's many terms are gone
    fresh = LexicalIndex.build([("a", "東京で大雨"), ("c", "東京は晴れ")])
    for query in ("東京の大雨", "吹雪", "晴れ"):
        np.testing.assert_allclose(updated.scores(query), fresh.scores(query), rtol=1e-6)


def test_corrupt_lexical_file_is_ignored(tmp_path) -> None:
    (tmp_path / "lex.npz").write_bytes(b"not a zip")
    assert load_indexes(tmp_path / "lex.npz", ("main",)) is None


@pytest.mark.parametrize(("question", "paragraph"), JA_CASES)
def test_japanese_question_finds_its_paragraph(
    seed_engine: Engine, question: str, paragraph: int
) -> None:
    hits = seed_engine.search(question, k=3)
    assert paragraph in [h.paragraph for h in hits]


def test_search_within_one_article_and_after_an_update(seed_engine: Engine) -> None:
    hits = seed_engine.search("制裁の対象になった石油会社", k=3, article=SEED_ID)
    assert hits and {h.article_id for h in hits} == {SEED_ID}
    assert hits[0].paragraph == 26


@pytest.mark.parametrize(("question", "paragraph"), EN_CASES)
def test_english_question_finds_japanese_paragraph(
    seed_engine: Engine, question: str, paragraph: int
) -> None:
    hits = seed_engine.search(question, k=3)
    assert paragraph in [h.paragraph for h in hits]


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        # The dense model alone ranks other paragraphs first; the glossary's words and JMdict's
        # 停戦 (bilingual.py) lift these.
        ("Why did Rubio cancel his meeting with the Russian foreign minister?", 4),
        ("Which ceasefire did Witkoff oversee this week?", 9),
    ],
)
def test_english_news_terms_bridge_to_the_japanese_words(
    seed_engine: Engine, question: str, paragraph: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert seed_engine.search(question, k=1)[0].paragraph == paragraph
    monkeypatch.setattr(search_module, "BRIDGE_WEIGHT", 0.0)
    assert seed_engine.search(question, k=1)[0].paragraph != paragraph


def test_japanese_terms_of_an_english_question() -> None:
    assert japanese_terms("Which oil companies were sanctioned?") == [
        "石油会社",
        "石油大手",
        "制裁",
    ]
    # The longer phrase wins; Japanese already in the text (appended names) is kept.
    assert japanese_terms("What did the Secretary of State say? (ルビオ)") == ["国務長官", "ルビオ"]
    assert japanese_terms("What did he tell us? It may rain.") == []  # no 米国, no 5月
    assert japanese_terms("When was the bakery founded?") == ["創業", "設立"]
    assert japanese_terms("How did the council find out?") == ["発覚", "判明"]


def test_bridge_scores_count_only_for_cross_lingual_candidates() -> None:
    features = np.zeros((2, len(FEATURES)), np.float32)
    features[:, :2] = 0.8
    bridge = np.array([1.0, 1.0])
    cross = Candidates([("g", "a", 1), ("g", "a", 2)], features, [0, 0], np.array([True, False]))
    bridged = Candidates(cross.keys, features, [0, 0], cross.cross_lingual, bridge)
    delta = bridged.scores() - cross.scores()
    assert delta[0] == pytest.approx(BRIDGE_WEIGHT, abs=1e-6) and delta[1] == 0.0


def test_the_bridge_counts_less_when_the_article_is_given(seed_engine: Engine) -> None:
    searcher, scopes = seed_engine.searcher, seed_engine._scopes(None)
    question = "How many people were killed in the attack?"
    across = searcher.candidates(question, scopes=scopes)
    within = searcher.candidates(question, scopes=scopes, article_id=SEED_ID)
    assert not across.in_article and within.in_article
    # (scaled by the best passage of the one article: its best has at least half the weight)
    assert within.bridge is not None and within.bridge.max() >= 0.5
    delta = within.scores() - replace(within, bridge=None).scores()
    assert np.allclose(delta, IN_ARTICLE_BRIDGE_WEIGHT * within.bridge, atol=1e-5)
    assert IN_ARTICLE_BRIDGE_WEIGHT < BRIDGE_WEIGHT


def test_results_carry_block_text_kind_and_section(seed_engine: Engine) -> None:
    article = seed_engine.article(SEED_ID)
    for hit in seed_engine.search("ロシアとの対話", k=8):
        block = article.block(hit.paragraph)
        assert hit.text == block.text
        assert hit.kind == block.kind in ("paragraph", "caption")
        assert hit.section == block.section
    caption = seed_engine.search("写真に写っている人物", k=5)
    assert any(h.kind == "caption" and h.paragraph == 13 for h in caption)


def test_english_questions_never_surface_metadata(seed_engine: Engine) -> None:
    for q in ("Read more on Bloomberg", "copyright Bloomberg L.P.", "original English headline"):
        assert {h.paragraph for h in seed_engine.search(q, k=10)}.isdisjoint({29, 30, 31})


def test_scores_are_sorted_and_k_is_honoured(seed_engine: Engine) -> None:
    hits = seed_engine.search("ルビオ", k=7)
    assert len(hits) == 7
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_unknown_article_filter_is_a_user_error(seed_engine: Engine) -> None:
    with pytest.raises(UserFacingError, match="Unknown article"):
        seed_engine.search("ルビオ", article="nope")


def test_empty_query_is_a_user_error(seed_engine: Engine) -> None:
    with pytest.raises(UserFacingError):
        seed_engine.search("  \u200b ")


@pytest.mark.server
def test_chroma_server_gives_the_same_results_as_embedded(
    chroma_server: ChromaServer, engine_factory: Callable[..., Engine]
) -> None:
    # Both built the same way here: the shared seed engine holds what other tests added, and
    # BM25 weighs words over every stored article, so its scores are not this data's.
    local_engine = engine_factory("local")
    remote = engine_factory("remote", chroma_host="127.0.0.1", chroma_port=chroma_server.port)
    assert [r.status for r in local_engine.sync_articles()] == ["added"]
    assert [r.status for r in remote.sync_articles()] == ["added"]
    assert [r.status for r in remote.sync_articles()] == ["unchanged"]
    for question, paragraph in JA_CASES + EN_CASES:
        local = [(h.paragraph, h.score) for h in local_engine.search(question, k=3)]
        served = [(h.paragraph, h.score) for h in remote.search(question, k=3)]
        assert [p for p, _ in served] == [p for p, _ in local]
        assert served[0][1] == pytest.approx(local[0][1], abs=1e-3), (question, served, local)
        assert paragraph in [p for p, _ in served]


def test_searches_go_on_while_the_lexical_index_is_saved(
    fake_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    fake_engine.ingest([SEED])
    saving, release = threading.Event(), threading.Event()

    def slow_save(*args: object, **kwargs: object) -> None:
        saving.set()
        assert release.wait(10)
        save_indexes(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(search_module, "save_indexes", slow_save)
    first = threading.Thread(target=fake_engine.search, args=("制裁",))
    first.start()
    try:
        assert saving.wait(10)  # the first search built the index and is writing it to disk
        assert fake_engine.search("ルビオ国務長官")  # not held up by the write
    finally:
        release.set()
        first.join(10)
    assert not first.is_alive()
    saved = load_indexes(fake_engine.settings.data_dir / "lexical.npz", ("bigram",))
    assert saved is not None and len(saved.generations) == 1


def test_a_question_in_one_language_finds_the_article_in_the_other_by_its_names(
    fake_engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "court.txt").write_text(
        "名古屋地裁、被告に懲役18年\n\n"
        "名古屋地検の田島康弘次席検事は「判決を精査する」と述べた。\n\n"
        "被告は控訴する方針だ。\n",
        encoding="utf-8",
    )
    (folder / "rates.txt").write_text(
        "Central bank holds rates\n\n"
        "Who is in charge of the economy was the question on Tuesday, when the central bank "
        "held its policy rate.\n\n"
        '"We will wait," Governor Anna Berg said.\n',
        encoding="utf-8",
    )
    (folder / "sonoda.txt").write_text(
        "BOJ board member sees April hike\n\n"
        "Bank of Japan board member Haruki Sonoda said rates could rise in April.\n",
        encoding="utf-8",
    )
    fake_engine.ingest([folder])
    [hit] = fake_engine.search("Who is Yasuhiro Tajima?", k=1)
    assert hit.article_id == "court"
    [hit] = fake_engine.search("ソノダ審議委員は利上げについて何と述べたか", k=1)
    assert hit.article_id == "sonoda"


def test_a_name_match_counts_alike_for_both_languages() -> None:
    features = np.zeros((2, len(FEATURES)), np.float32)
    features[:, :2] = 0.8
    keys = [("g", "a", 1), ("g", "b", 1)]
    plain = Candidates(keys, features, [0, 0], np.array([True, False]))
    named = Candidates(keys, features, [0, 0], plain.cross_lingual, named=np.array([0.5, 0.5]))
    delta = named.scores() - plain.scores()
    assert delta[0] == pytest.approx(delta[1]) and delta[0] > 0


def _leads(engine: Engine, folder: Path, text: str) -> set[int]:
    """The paragraph numbers the search catalogue takes for leads, after ingesting `text`."""
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    engine.ingest([folder])
    catalogue = engine.searcher.lexical()
    return {int(catalogue.paragraphs[i]) for i in range(len(catalogue)) if catalogue.is_lead[i]}


def test_an_article_s_lead_wins_a_near_tie(fake_engine: Engine, tmp_path: Path) -> None:
    leads = _leads(
        fake_engine,
        tmp_path / "lead",
        "Port reopens\n\nThe port reopened on Monday after the storm.\n\n"
        "The port reopened on Monday after the storm, officials said.\n",
    )
    assert leads == {2}  # ¶1 is the headline, read as the title
    features = np.zeros((2, len(FEATURES)), np.float32)
    features[:, :2] = 0.8
    keys = [("g", "a", 2), ("g", "a", 3)]
    plain = Candidates(keys, features, [0, 0], np.array([False, False]))
    led = Candidates(keys, features, [0, 0], plain.cross_lingual, lead=np.array([True, False]))
    assert (led.scores() - plain.scores()).tolist() == pytest.approx([LEAD_PRIOR, 0.0])


def test_a_caption_set_before_the_lead_is_not_the_lead(fake_engine: Engine, tmp_path: Path) -> None:
    leads = _leads(
        fake_engine,
        tmp_path / "captioned",
        "Port reopens after storm\n\n"
        "Workers clear debris at the port on Monday. (AP Photo/Jane Doe)\n\n"
        "The port reopened on Monday after the storm.\n\n"
        "Shipping lines said schedules would recover within a week.\n",
    )
    assert leads == {3}  # ¶2 is the photo's caption


def test_a_name_spelled_the_same_counts_more_than_one_that_only_sounds_alike(
    fake_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "fund.txt").write_text(
        "Fund manager quits\n\nFund manager Naomi Clarke resigned on Friday.\n", encoding="utf-8"
    )
    (folder / "history.txt").write_text(
        "札幌の歴史\n\n札幌農学校ではクラーク博士が教えた。\n", encoding="utf-8"
    )
    fake_engine.ingest([folder])
    words = question_name_keys("Who is Naomi Clarke?")  # Clarke sounds like クラーク
    names = fake_engine.searcher.names()

    def shares() -> dict[str, float]:
        return {article: v for (_, article), v in names.match(words, ["global"]).items()}

    discounted, alike = shares(), name_index.SOUND_ALIKE
    monkeypatch.setattr(name_index, "SOUND_ALIKE", 1.0)
    full = shares()
    assert discounted["fund"] == full["fund"] == pytest.approx(1.0)  # spelled the same
    assert alike < 1 and full["history"] > 0
    assert discounted["history"] == pytest.approx(alike * full["history"])


def test_a_long_or_rare_sound_alike_counts_as_the_name_a_short_common_one_does_not(
    fake_engine: Engine, tmp_path: Path
) -> None:
    folder = article_folder(
        tmp_path,
        bout="計量失敗で王座はく奪\n\n挑戦者のロドリゲス・バルデラマ（メキシコ）は計量で1キロ上回った。\n",
        history="札幌の歴史\n\n札幌農学校ではクラーク博士が教えた。\n",
        drones="Drone maker cuts jobs\n\nSkyvane said on Monday it would cut 80 jobs.\n",
    )
    fake_engine.ingest([folder])
    names = fake_engine.searcher.names()

    def share(question: str, article: str, asked_in: str) -> float:
        found = names.match(question_name_keys(question), ["global"], asked_in=asked_in)
        return found.get(("global", article), 0.0)

    # Valderrama ~ バルデラマ (brdrn: five letters in order) is the name; Clarke ~ クラーク (crk)
    # is only a sound-alike.
    assert share("Why was Valderrama stripped of the title?", "bout", "en") == pytest.approx(1.0)
    assert 0 < share("Who is Naomi Clarke?", "history", "en") < name_index.SOUND_ALIKE + 1e-9
    # スカイベーン ~ Skyvane (skbn: four letters) in the one English article that has it is the
    # name: a katakana question's sound-alike only one or two English articles have.
    assert share("スカイベーンは何人を削減するか", "drones", "ja") == pytest.approx(1.0)


def test_the_names_count_double_when_the_question_asks_who_someone_is(
    fake_engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "plant.txt").write_text(
        "処分場差し止め訴訟\n\n環境法が専門の北沢理恵・東都大教授は「極めてまれだ」と話した。\n",
        encoding="utf-8",
    )
    fake_engine.ingest([folder])

    def named(about_person: bool) -> float:
        question = fake_engine.searcher.candidates(
            "Who is Rie Kitazawa?",
            scopes=("global",),
            query_vector=None,
            about_person=about_person,
        )
        assert question.named is not None
        return max(question.named.tolist())

    assert named(False) > 0
    assert named(True) == pytest.approx(PERSON_NAME_FACTOR * named(False))
    # The engine says so from the question's intent, whatever names search appends to it.
    assert understand("Who is Rie Kitazawa?").intent == "who"


def test_a_common_news_term_in_a_question_without_names_gives_no_article_a_name_match(
    fake_engine: Engine, tmp_path: Path
) -> None:
    folder = article_folder(
        tmp_path,
        budget="市が予算案\n\n北浜市の田中一郎市長は10日、新年度予算案を発表した。\n",
        parade="Town parade returns\n\nMayor Ruth Ames said the parade would return in May.\n",
    )
    fake_engine.ingest([folder])
    searcher = fake_engine.searcher
    # ("mayor" is a glossary term for 市長: a share of the question's one such word would give
    # every article using 市長 the whole name weight)
    assert searcher._named_articles("What did the mayor promise?", "en", ["global"], None) == {}
    named = searcher._named_articles("What did Ichiro Tanaka promise?", "en", ["global"], None)
    assert set(named) == {("global", "budget")}
