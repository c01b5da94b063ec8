"""Proper names in a claim held to its sources, in either language (retrieval.claims)."""

from __future__ import annotations

import pytest

from retrieval.claims import missing_names

JA = "ルビオ国務長官は東京で田島氏と会談した。米国と中国の当局者が同席した。"
EN = "Secretary of State Marco Rubio met Tajima in Tokyo with U.S. and Chinese officials."


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Rubio met Tajima in Tokyo.", JA),  # katakana and kanji names by their readings
        ("The U.S. and China sent officials.", JA),  # glossary terms
        ("Secretary of State Rubio spoke.", JA),  # titles are not names
        ("ルビオ氏は東京で田島氏と会った。", EN),
        ("米国の当局者が同席した。", EN),
        ("Prices rose, officials said.", JA),  # a sentence opener is not taken for a name
    ],
)
def test_names_found_in_the_source_in_any_script_are_not_flagged(claim: str, source: str) -> None:
    assert missing_names(claim, [source]) == []


@pytest.mark.parametrize(
    ("claim", "source", "missing"),
    [
        ("Lavrov's aide met Rubio.", JA, ["Lavrov"]),  # a sentence opener with a possessive
        ("Lavrov said the talks failed.", JA, ["Lavrov"]),  # ... or by a verb of saying
        ("Rubio met Tanaka in Osaka.", JA, ["Tanaka", "Osaka"]),
        ("ルビオ氏は大阪で田中氏と会った。", EN, ["大阪", "田中"]),
        ("中国の当局者が同席した。", "米国の当局者が同席した。", ["中国"]),
    ],
)
def test_a_name_no_source_gives_is_reported_as_written(
    claim: str, source: str, missing: list[str]
) -> None:
    assert missing_names(claim, [source]) == missing
