"""Names across scripts: English spellings matched to the katakana of a Japanese article."""

from __future__ import annotations

import pytest

from retrieval.names import katakana_names, match_names, romanize, same_name
from tests.retrieval._seed import seed_article

SEED_NAMES = katakana_names(" ".join(b.text for b in seed_article().passages))


def test_romanize_reads_katakana_including_digraphs() -> None:
    assert romanize("ルビオ") == "rubio"
    assert romanize("ウィトコフ") == "witokofu"
    assert romanize("プーチン") == "puchin"


@pytest.mark.parametrize(
    ("english", "katakana"),
    [
        ("Rubio", "ルビオ"),
        ("Trump", "トランプ"),
        ("Putin", "プーチン"),
        ("Witkoff", "ウィトコフ"),
        ("Kelly", "ケリー"),
        ("Lavrov", "ラブロフ"),
        ("Zelensky", "ゼレンスキー"),
        ("Rosneft", "ロスネフチ"),
        ("Lukoil", "ルクオイル"),
        ("Budapest", "ブダペスト"),
        ("Pigott", "ピゴット"),
        ("Fix", "リアナ・フィックス"),
    ],
)
def test_english_names_find_their_katakana_spelling_in_the_seed(
    english: str, katakana: str
) -> None:
    assert match_names(f"What did {english} do?", SEED_NAMES) == [katakana]


@pytest.mark.parametrize("word", ["What", "Is", "House", "White", "Has", "Europe"])
def test_ordinary_capitalised_words_match_no_name(word: str) -> None:
    assert match_names(word, SEED_NAMES) == []


def test_different_names_do_not_match() -> None:
    assert not same_name("Trump", "ルビオ")
    assert not same_name("Rubio", "ラブロフ")
    assert not same_name("Putin", "ピゴット")


def test_a_word_the_glossary_knows_matches_only_its_own_japanese() -> None:
    pool = {"チーム", "ロシア", "ルビオ"}
    assert match_names("What did China say to Russia and Rubio?", pool) == ["ロシア", "ルビオ"]


def test_name_keys_meet_across_scripts() -> None:
    from retrieval.names import article_name_keys, question_name_keys

    japanese = set(article_name_keys("名古屋地検の田島康弘次席検事は述べた。", "ja"))
    for word in question_name_keys("Who is Yasuhiro Tajima?"):
        assert word & japanese  # Tajima -> タジマ -> tajima, Yasuhiro -> yasuhiro
    english = set(
        article_name_keys("Board member Haruki Sonoda and lawyer Ana Delgado spoke.", "en")
    )
    for word in question_name_keys("ソノダ氏とデルガド氏は何と述べたか"):
        assert word & english  # ソノダ -> sonoda; デルガド -> ~drgd, the skeleton of Delgado
    assert not set().union(*question_name_keys("Who is Kenji Watanabe?")) & japanese


def test_a_silent_final_consonant_and_a_title_do_not_keep_a_name_from_its_katakana() -> None:
    from retrieval.names import article_name_keys, question_name_keys

    japanese = set(article_name_keys("審査委員長のクレール・ベルトラン氏は講評で述べた。", "ja"))
    words = question_name_keys("What did Mayor Claire Bertrand say?")
    assert all("mayor" not in w for w in words)  # a title is no name
    assert any(w & japanese for w in words)  # Bertrand -> ~brtrn, the skeleton of ベルトラン
    english = set(article_name_keys("Marco Cecil spoke.", "en"))
    assert "~nrk" in english and "~ssr" in english  # c is k in Marco, s in Cecil


def test_a_full_name_outweighs_its_parts_found_apart_and_a_possessive_is_no_spelling() -> None:
    from retrieval.names import article_name_keys, question_name_keys

    whole = set(article_name_keys("審判を務めた中川正彦氏は述べた。", "ja"))
    apart = set(article_name_keys("中川駅の近くで、正彦という名の男性が述べた。", "ja"))
    words = question_name_keys("Who is Masahiko Nakagawa?")
    assert sum(bool(w & whole) for w in words) == 3  # masahiko, nakagawa and the full name
    assert sum(bool(w & apart) for w in words) < 3
    assert {"okada"} <= set().union(*question_name_keys("What is Keiko Okada's role?"))


def test_an_r_before_a_consonant_is_a_long_vowel_in_katakana() -> None:
    from retrieval.names import article_name_keys, question_name_keys

    english = set(
        article_name_keys("Opposition lawmaker Marcus Hale and Dr. Ines Martin spoke.", "en")
    )
    for word in question_name_keys("マーカス氏とマーティン氏は何と述べたか"):
        assert word & english  # マーカス -> ~nks = Marcus without its r; マーティン -> ~ntn


def test_a_full_name_is_found_by_any_of_its_dictionary_readings() -> None:
    from retrieval.names import article_name_keys, question_name_keys

    # The tokenizer reads 敏郎 as トシオ; JMnedict knows トシロウ too. Only the full name is
    # read every way: the given name alone keeps the tokenizer's reading.
    keys = set(article_name_keys("大崎敏郎市長は会見で述べた。", "ja"))
    assert "=osakitoshiro" in keys and "toshiro" not in keys
    words = question_name_keys("Who is Osaki Toshiro?")
    assert any("=osakitoshiro" in w for w in words)
    assert {"=osakitoshiro", "=toshiroosaki"} & set().union(
        *question_name_keys("大崎敏郎氏とは誰か")
    )


def test_a_kanji_names_reading_is_matched_as_hepburn_spells_it() -> None:
    from retrieval.names import same_reading
    from retrieval.quotes.speakers import speaker_matches

    assert same_reading("Ito", "イトウ") and same_reading("Ohno", "オオノ")
    assert same_reading("Shinzo", "シンゾウ") and same_reading("Jun'ichi", "ジュンイチ")
    assert not same_reading("Kazuo", "コウジ") and not same_reading("Sato", "サイトウ")
    koji = ("モリタ", "コウジ", "森田")
    assert speaker_matches("Koji Morita", "森田浩二", koji)
    assert not speaker_matches("Kazuo", "森田浩二", koji)  # the consonants alone would match
    assert speaker_matches("Rubio", "マルコ・ルビオ", ("ルビオ",))  # katakana: matched by sound


def test_a_latin_name_before_a_particle_and_a_voiced_s_are_name_keys() -> None:
    from retrieval.names import article_name_keys, question_name_keys

    assert {"aoba"} in question_name_keys("Aobaの株価はいくら上昇したか。")
    english = set(article_name_keys("Theresa Quinn, 64, lost her savings.", "en"))
    katakana, *_ = question_name_keys("テリーザ・クインさんはいくら失ったか。")
    assert katakana & english  # テリーザ -> ~trs, the skeleton of Theresa


def test_a_full_name_that_sounds_alike_part_by_part_matches_as_if_spelled() -> None:
    from retrieval.names import article_name_keys, question_name_keys

    japanese = set(article_name_keys("審査委員長のクレール・ベルトラン氏は述べた。", "ja"))
    *_, full = question_name_keys("Who is Claire Bertrand?")
    assert any(k.startswith("≈") for k in full & japanese)  # kr + brtrn, in order
    english = set(article_name_keys("Claire Dupont and Bertrand Roux spoke.", "en"))
    assert not any(k.startswith("≈") for k in full & english)  # the parts apart: no full name


def test_names_an_article_coins_from_common_words_are_keyed_by_their_reading() -> None:
    from retrieval.names import article_name_keys, question_name_keys

    text = (
        "決勝で白鷺台が逆転勝ちした。白鷺台の主将は喜んだ。地域ブランドのカキ「瀬戸の白雪」は"
        "出荷を見合わせた。"
    )
    keys = set(article_name_keys(text, "ja"))
    assert {"shirasagidai", "setonoshirayuki"} <= keys
    assert any("shirasagidai" in w for w in question_name_keys("Who captained Shirasagidai?"))
    asked = question_name_keys("How much Seto no Shirayuki oyster was shipped?")
    assert {"setonoshirayuki"} in asked
    once = set(article_name_keys("決勝で白鷺台が逆転勝ちした。", "ja"))
    assert "shirasagidai" not in once  # a run named once is as often a common word


def test_a_coined_name_joined_by_a_no_written_in_kanji_or_katakana_is_one_name() -> None:
    from retrieval.names import article_name_keys, question_name_keys

    # A ring name (霧乃峰: the tokenizer reads 乃 apart) and a place (鳥ノ浜) read whole.
    text = "大関霧乃峰が勝った。霧乃峰は笑った。鳥ノ浜の漁港で、鳥ノ浜漁協が出荷を始めた。"
    keys = set(article_name_keys(text, "ja"))
    assert {"kirinomine", "torinohama"} <= keys
    assert any("kirinomine" in w for w in question_name_keys("Who is Kirinomine's stablemaster?"))


def test_english_th_is_s_in_katakana() -> None:
    from retrieval.names import article_name_keys, question_name_keys

    english = set(article_name_keys("Shares of Northstar fell 9% on Monday.", "en"))
    [katakana] = question_name_keys("ノーススター株はどれだけ下がったか")
    assert katakana & english


def test_a_doubled_consonant_meets_the_small_tsu_the_romanisation_drops() -> None:
    from retrieval.names import article_name_keys, question_name_keys, romaji_key

    japanese = set(article_name_keys("鳥取県の審議会は答申した。", "ja"))
    [tottori] = question_name_keys("When will Tottori's new wage apply?")
    assert "totori" in tottori & japanese  # トットリ, its ッ dropped; Tottori, its tt folded
    assert romaji_key("Hatchobori") == romaji_key(romanize("ハッチョウボリ")) == "hachobori"


def test_a_coined_company_name_is_found_by_its_english_spelling_joined_or_by_sound() -> None:
    from retrieval.names import article_name_keys, question_name_keys

    # (a name the article coins from two words and repeats; the question spells it in two)
    joined = set(
        article_name_keys("化学メーカーの南星化成は値上げする。南星化成の社長は語った。", "ja")
    )
    *_, whole = question_name_keys("Who heads Nansei Kasei?")
    assert "nanseikasei" in whole & joined
    # (katakana written the English way, セラテック as Ceratec: the consonants in order)
    sounded = set(
        article_name_keys("部品大手の北進セラテックは工場を建てる。北進セラテックは語った。", "ja")
    )
    *_, full = question_name_keys("How much will Hokushin Ceratec invest?")
    assert any(k.startswith("≈") for k in full & sounded)
    once = set(article_name_keys("部品大手の北進セラテックは工場を建てる。", "ja"))
    assert not any(k.startswith("≈") for k in once)  # named once: as often a common word


def test_x_and_dge_sound_as_katakana_writes_them() -> None:
    from retrieval.names import name_keys_of_katakana, name_keys_of_latin

    # Helix is ヘリックス (x as クス) and Maxwell マクスウェル; Ledger is レジャー (dge as ジ).
    for latin, katakana in (("Helix", "ヘリックス"), ("Maxwell", "マクスウェル")):
        assert name_keys_of_latin(latin) & name_keys_of_katakana(katakana)
    assert same_name("Ledger", "レジャー")


def test_a_place_inside_longer_runs_and_a_name_read_by_its_characters_are_keys() -> None:
    from retrieval.names import article_name_keys, question_name_keys

    text = (
        "岡山県潮見浜市の潮見浜漁協は10日、組合員が減ったと発表した。"
        "決勝は旭陵が3-2で勝った。旭陵は九回に逆転した。"
    )
    keys = set(article_name_keys(text, "ja"))
    for question in ("How many members does the Shiomihama co-op have?", "Who won, Kyokuryo?"):
        assert any(k in keys for group in question_name_keys(question) for k in group)
    # (common nouns read by their characters make no keys: 組合員 is no name)
    assert not any(k.startswith("kumiai") for k in keys)
