"""The benchmark summary reads every part's committed results (newsroom bench --collect)."""

from __future__ import annotations

import json

from bench.common import RESULTS
from bench.quotes import speaker_verdict
from bench.run import PARTS, summary_rows
from retrieval.models import Quote


def test_the_summary_has_a_row_for_every_committed_result() -> None:
    parts = {
        name: {"status": "collected", "results": json.loads((RESULTS / f"{name}.json").read_text())}
        for name in PARTS
        if (RESULTS / f"{name}.json").exists()
    }
    assert {"quotes", "copy", "archive"} <= set(parts)
    figures = [row["figure"] for row in summary_rows({"parts": parts})]
    assert any(f.startswith("quotes, sealed") for f in figures)
    assert any(f.startswith("real copy, dev") for f in figures)
    assert any(f.startswith("right article first, jsquad") for f in figures)


def _quote(speaker: str | None) -> Quote:
    return Quote("a", 3, "家では弱音ばかり吐いていた", speaker, None, False, True)


def test_an_unnamed_gold_speaker_with_no_description_accepts_a_description_only() -> None:
    gold = {"speaker": None, "role": None}
    named = frozenset({"小野寺彩花", "小野寺"})
    assert speaker_verdict(gold, _quote(None), named) == "right"
    assert speaker_verdict(gold, _quote("小野寺選手の母親"), named) == "right"
    assert speaker_verdict(gold, _quote("70代の男性"), named) == "right"
    assert speaker_verdict(gold, _quote("試験場の技術者"), named) == "right"  # (者: a person)
    described = {"speaker": None, "role": "活動を支えてきた市の嘱託職員の男性"}
    assert speaker_verdict(described, _quote("狭間野市の嘱託職員の男性"), named) == "right"
    # A named speaker, or a body, for words nobody named said, is a wrong speaker.
    assert speaker_verdict(gold, _quote("小野寺彩花"), named) == "wrong"
    assert speaker_verdict(gold, _quote("青嶺学園高校"), named) == "wrong"


def test_a_speaker_sharing_a_surname_with_the_gold_one_is_wrong() -> None:
    gold = {"speaker": "桜井ひなた", "speaker_aliases": ["桜井"], "role": None}
    named = frozenset({"桜井ひなた", "桜井", "桜井淳一"})
    assert speaker_verdict(gold, _quote("桜井ひなた"), named) == "right"
    assert speaker_verdict(gold, _quote("桜井"), named) == "right"
    # (the engine gives the father's surname among his forms, which the gold alias matches)
    father = Quote(
        "a",
        5,
        "家では弱音ばかり吐いていた",
        "桜井淳一",
        None,
        False,
        True,
        speaker_forms=("桜井", "淳一"),
    )
    assert speaker_verdict(gold, father, named) == "wrong"


def test_an_unnamed_spokesperson_is_right_as_the_body_they_speak_for_in_either_word_order() -> None:
    body = Quote(
        "a", 2, "unchanged.", "Halcyon Ventures", None, True, True, speaker_forms=("Halcyon",)
    )
    for role in ("A Halcyon spokesperson", "a spokesperson for Halcyon Ventures"):
        assert speaker_verdict({"speaker": None, "role": role}, body) == "right"
    other = Quote("a", 2, "unchanged.", "Skyvane Robotics", None, True, True)
    assert speaker_verdict({"speaker": None, "role": "A Halcyon spokesperson"}, other) == "wrong"


def test_a_description_matches_with_or_without_the_brackets_around_a_body_in_it() -> None:
    gold = {"speaker": None, "role": "「北浦の海を守る会」代表の代理人弁護士"}
    assert speaker_verdict(gold, _quote("北浦の海を守る会代表の代理人弁護士")) == "right"


def test_a_description_matches_without_a_gloss_in_round_brackets() -> None:
    gold = {"speaker": None, "role": "女性（40代）の代理人弁護士"}
    assert speaker_verdict(gold, _quote("女性の代理人弁護士")) == "right"
    assert speaker_verdict(gold, _quote("男性の代理人弁護士")) == "wrong"


def test_a_gold_body_is_right_given_as_its_unnamed_spokesperson() -> None:
    gold = {"speaker": "Roadwise", "role": "spokesperson for Roadwise"}
    spokesperson = Quote(
        "a", 3, "takes it seriously", None, "spokesperson for Roadwise", True, True
    )
    assert speaker_verdict(gold, spokesperson) == "right"
    analyst = Quote("a", 3, "takes it seriously", None, "analyst at Harbour Bank", True, True)
    assert speaker_verdict(gold, analyst) == "none"


def test_a_description_matches_with_its_owners_given_name_filled_in() -> None:
    gold = {"speaker": None, "role": "中川さんの代理人弁護士"}
    assert speaker_verdict(gold, _quote("中川拓也さんの代理人弁護士")) == "right"
    assert speaker_verdict(gold, _quote("山田花子さんの代理人弁護士")) == "wrong"


def test_a_description_matches_when_it_is_the_golds_with_words_left_out() -> None:
    gold = {"speaker": None, "role": "送検された店員の男3人"}
    assert speaker_verdict(gold, _quote("店員の3人")) == "right"
    assert speaker_verdict(gold, _quote("客の3人")) == "wrong"
    assert speaker_verdict({"speaker": None, "role": "県の職員"}, _quote("市の職員")) == "wrong"


def test_a_description_matches_its_owner_named_in_full_when_the_gold_names_them_in_a_clause() -> (
    None
):
    gold = {"speaker": None, "role": "中川さんに付き添った長男（40）"}
    assert speaker_verdict(gold, _quote("中川拓也さんの長男")) == "right"
    assert speaker_verdict(gold, _quote("山田花子さんの長男")) == "wrong"
    assert speaker_verdict(gold, _quote("中川拓也さんの次男")) == "wrong"
