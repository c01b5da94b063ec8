"""The Japanese-English word list (JMdict through jamdict-data), on real dictionary data."""

from __future__ import annotations

from pathlib import Path

from retrieval.bilingual import (
    english_terms,
    inflections,
    japanese_terms,
    lemmas,
    lexicon,
    passage_glosses,
)
from retrieval.engine import Engine
from retrieval.question import understand, with_names


def test_the_word_list_is_installed_and_read() -> None:
    lex = lexicon()
    assert lex is not None
    assert len(lex.english_of) > 20_000  # JMdict's common words, not a hand-made list


def test_a_japanese_question_gets_the_english_its_words_mean_with_their_inflections() -> None:
    terms = english_terms("港の事故で亡くなった作業員は何人ですか")
    assert {"port", "accident", "accidents", "die", "died"} <= set(terms)


def test_an_english_question_gets_the_japanese_written_for_its_words() -> None:
    terms = japanese_terms("How much blood does the new test require?")
    assert "血液" in terms
    assert "けつえき" not in terms  # a kanji word's kana reading is not how text writes it
    assert "いくら" not in terms  # "how much" is the question's form, not its topic


def test_an_animal_usually_written_in_kana_is_looked_for_in_katakana_both_ways() -> None:
    assert {"ウナギ", "アユ"} <= set(japanese_terms("How much eel and sweetfish was landed?"))
    assert "eel" in english_terms("ウナギの価格は上がったか")


def test_a_possessive_makes_a_two_word_phrase_the_dictionary_knows() -> None:
    assert "社長" in japanese_terms("What did the company's president say?")


def test_a_hyphenated_word_is_also_looked_up_by_its_parts() -> None:
    terms = japanese_terms("When did the rice-harvest festival start?")
    assert {"米", "収穫"} <= set(terms)


def test_english_word_forms() -> None:
    assert inflections("die", verb=True) == ["die", "dies", "died", "dying"]
    assert inflections("member", verb=False) == ["member", "members"]
    assert "win" in lemmas("winning") and "member" in lemmas("members")


def _ingest(engine: Engine, tmp_path: Path, **articles: str) -> None:
    """Each article's text as NAME.txt in one folder, ingested: its id is NAME."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    engine.ingest([folder])


def test_the_question_s_words_in_the_other_language_pick_out_the_article(
    fake_engine: Engine, tmp_path: Path
) -> None:
    _ingest(
        fake_engine,
        tmp_path,
        test="膵臓がん、血液で早期発見\n\n研究チームは、わずかな血液で膵臓がんを見つける検査を開発した。\n",
        port="港で作業員2人死亡\n\n港の岸壁にコンテナ船が衝突し、作業員2人が死亡した。\n\n"
        "警察は運航会社から事情を聴いている。\n",
        quay="Crane collapses at quay\n\nTwo dock workers died when a crane collapsed at the port.\n",
    )
    scopes = fake_engine._scopes(None)

    def bridged(question: str) -> dict[str, float]:
        found = fake_engine.searcher.candidates(question, scopes=scopes)
        assert found.bridge is not None
        return {
            key[1]: float(b)
            for key, b, cross in zip(found.keys, found.bridge, found.cross_lingual, strict=True)
            if cross
        }

    # Both directions: an English question over the Japanese articles, a Japanese one over
    # the English article; the passages the words find are candidates even with no dense hit.
    english = bridged("How much blood does the new cancer test need?")
    assert english["test"] > english.get("port", 0.0)
    english = bridged("How many workers died at the port?")
    assert english["port"] > english.get("test", 0.0)
    assert bridged("港でクレーンが倒れて亡くなった作業員は何人か")["quay"] > 0
    # The share of the question's words an article has is the article's: equal for all its
    # passages, higher for the article that has more of them.
    found = fake_engine.searcher.candidates("How many workers died at the port?", scopes=scopes)
    assert found.bridge_cover is not None
    cover: dict[str, set[float]] = {}
    for key, value, cross in zip(found.keys, found.bridge_cover, found.cross_lingual, strict=True):
        if cross:
            cover.setdefault(key[1], set()).add(round(float(value), 6))
    assert all(len(values) == 1 for values in cover.values())
    assert max(cover["port"]) > max(cover.get("test", {0.0}))


def test_a_japanese_passage_is_read_in_english_the_way_the_dictionary_was_written(
    fake_engine: Engine, tmp_path: Path
) -> None:
    # An English "float" looked up in Japanese finds 浮く and 浮かぶ; 山車 read in English is a
    # (festival) float, and 引く is pull.
    assert {"float", "parade", "pull"} <= set(passage_glosses(["山車", "引く"]))
    assert "carry" not in passage_glosses(["為る"])  # (a light verb says nothing of the subject)
    _ingest(
        fake_engine,
        tmp_path,
        festival="秋祭り、担い手不足\n\n秋祭りの山車を引くには、1台あたり30人の引き手が要る。\n",
        buoy="漂流ブイ回収\n\n沖合に浮かぶ観測ブイが流され、漁船が回収した。\n",
    )
    found = fake_engine.searcher.candidates(
        "How many people does each float need?", scopes=fake_engine._scopes(None)
    )
    # (the buoy floats: its passage reads as "float" too, but not as people or need)
    assert found.bridge_cover is not None
    cover = {key[1]: float(c) for key, c in zip(found.keys, found.bridge_cover, strict=True)}
    assert cover["festival"] > cover.get("buoy", 0.0)


def test_names_added_for_search_do_not_change_the_question_s_language() -> None:
    question = with_names(
        understand("What is Keiko Okada's job at Hokushin?"), ["ホクシンウォール"]
    )
    assert "ホクシンウォール" in question.search_text
    assert question.search_language == "en"
