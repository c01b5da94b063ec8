"""Figures normalised across writing styles and languages (retrieval.figures)."""

from __future__ import annotations

import pytest

from retrieval.figures import figures, missing_figures


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("売上高は１，５００億円だった", "売上高は1500億円だった。"),  # 全角 digits and comma
        ("Sales were 150 billion yen", "売上高は1500億円だった。"),  # 億 -> billion
        ("売上高は1.5兆円", "Sales were 1.5 trillion yen."),  # 兆 -> trillion
        ("1兆5000億円", "1.5兆円"),  # mixed scales
        ("300 million dollars", "3億ドル"),  # 億 = hundred million
        ("$3bn", "30億ドル"),
        ("15,000 people", "1万5000人"),
        ("on Oct. 22", "10月22日に発表した。"),
        ("on October 22nd", "22日に発表した。"),  # a day alone matches any month
        ("on 22 October", "On Oct. 22, it said."),
        ("10月22日", "It was announced on October 22."),
        ("three people", "3人が死亡した。"),
        ("3 people", "三人が死亡した。"),  # spelled-out numbers count in a source
        ("25 people", "二十五人"),
        ("in 2026", "2026年に"),
        ("40%", "前年比40％増"),
    ],
)
def test_the_same_figure_written_two_ways_is_found(claim: str, source: str) -> None:
    assert missing_figures(claim, [source]) == []


@pytest.mark.parametrize(
    ("claim", "source", "missing"),
    [
        ("Sales were 1.6 trillion yen", "売上高は1兆5000億円だった。", ["1.6 trillion"]),
        ("売上高は1600億円", "Sales were 150 billion yen.", ["1600億"]),
        ("on Oct. 23", "10月22日に発表した。", ["Oct. 23"]),
        ("11月22日", "10月22日に発表した。", ["11月22日"]),
        ("15万人", "1万5000人", ["15万"]),
        ("in 2025", "2026年に", ["2025"]),
    ],
)
def test_a_figure_the_source_does_not_state_is_reported_as_written(
    claim: str, source: str, missing: list[str]
) -> None:
    assert missing_figures(claim, [source]) == missing


def test_citation_numbers_and_digits_inside_names_are_not_figures() -> None:
    assert figures("G7 leaders met [¶3] and [a1 ¶12].") == []
    assert missing_figures("COVID-19 cases [¶3]", ["No numbers here."]) == []


def test_a_claims_own_number_words_are_not_read_as_figures() -> None:
    # "the two leaders" needs no source figure; only digits are held to the passage.
    assert missing_figures("The two leaders met.", ["両首脳が会談した。"]) == []
