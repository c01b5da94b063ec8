"""Figures in text, normalised so the same figure written two ways compares equal.

A claim's figures (amounts, counts, percentages, dates, years) are read from its digits, in
either language: full- and half-width digits, thousands commas, Japanese scale characters
(1兆4800億円, 1万5000人) and English scale words (1.5 trillion, $3bn, 300 million), and dates
(10月22日, 22日, Oct. 22, 22 October). A source is read more generously: spelled-out numbers
(three, 三人, 二十五) count too, so a claim's "3" is found in "三人" but a claim's "the two
leaders" is never taken for a figure that needs a source.

    >>> missing_figures("売上高は1.5兆円、10月22日に発表 [¶3]", ["1兆5000億円の売上高を22日に発表した。"])
    []
    >>> missing_figures("Sales hit 1.6 trillion yen on Oct. 22", ["売上高は1兆5000億円。22日に発表。"])
    ['1.6 trillion']

Used by `retrieval.checks` (every claim held to its passage); the data (scale words, month
names, number words) is in `retrieval.lexicon`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from retrieval.lexicon import (
    EN_MONTHS,
    EN_NUMBER_WORDS,
    EN_SCALES,
    JA_SCALES,
    KANJI_DIGITS,
    KANJI_UNITS,
)

# A key is what a figure can be matched by: ("n", value), ("d", month or 0, day), ("m", month).
Key = tuple[str, float, float]

_NUM = r"\d+(?:\.\d+)?"
_JA_PART = re.compile(rf"({_NUM})([千万億兆]?)")
_JA_AMOUNT = re.compile(rf"(?:{_NUM}[千万億兆])+(?:{_NUM})?|{_NUM}")
_EN_SCALE_WORDS = "|".join(sorted(EN_SCALES, key=len, reverse=True))
_EN_AMOUNT = re.compile(rf"({_NUM})\s?((?:(?:{_EN_SCALE_WORDS})\b\s?)+)", re.IGNORECASE)
_MONTH_WORDS = "|".join(sorted(EN_MONTHS, key=len, reverse=True))
_JA_DATE = re.compile(r"(?<![\d.])(?:(\d{1,2})\s?月\s?)?(\d{1,2})\s?日")
_JA_MONTH = re.compile(r"(?<![\d.])(\d{1,2})\s?月(?!\s?\d{1,2}\s?日)")
_EN_DATE = re.compile(
    rf"\b({_MONTH_WORDS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s?(?:%|percent|{_EN_SCALE_WORDS}))",
    re.IGNORECASE,
)
_EN_DATE_UK = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_WORDS})\b\.?", re.IGNORECASE)
_EN_MONTH = re.compile(
    r"\b(January|February|April|June|July|August|September|October|November|December)\b"
)
_CITATION = re.compile(r"[\[［【][^\[\]［］【】\n]*¶[^\[\]［］【】\n]*[\]］】]|¶\s?\d+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_EN_WORD = re.compile(r"\b(" + "|".join(EN_NUMBER_WORDS) + r")\b", re.IGNORECASE)
_KANJI_NUMBER = re.compile(r"[" + "".join(KANJI_DIGITS) + "".join(KANJI_UNITS) + r"]+([万億兆]?)")


@dataclass(frozen=True)
class Figure:
    """One figure as written (`text`) and the keys it matches by."""

    text: str
    keys: frozenset[Key]


def normalize(text: str) -> str:
    """NFKC (全角 digits and commas to ASCII) without thousands separators or citations."""
    text = unicodedata.normalize("NFKC", text)
    text = _CITATION.sub(" ", text)
    return _THOUSANDS.sub("", text)


def figures(text: str) -> list[Figure]:
    """The figures a claim states, in order: dates, then amounts and plain numbers."""
    norm = normalize(text)
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, keys: set[Key]) -> None:
        if any(a < end and start < b for a, b in taken):
            return
        taken.append((start, end))
        found.append(Figure(norm[start:end].strip(), frozenset(keys)))

    for m in _JA_DATE.finditer(norm):
        month, day = int(m.group(1) or 0), int(m.group(2))
        if 1 <= day <= 31:
            add(m.start(), m.end(), {("d", month, day)} | (set() if month else {("n", day, 0)}))
    for m in _EN_DATE.finditer(norm):
        day = int(m.group(2))
        if 1 <= day <= 31:
            add(m.start(), m.end(), {("d", EN_MONTHS[m.group(1).lower()], day)})
    for m in _EN_DATE_UK.finditer(norm):
        day = int(m.group(1))
        if 1 <= day <= 31:
            add(m.start(), m.end(), {("d", EN_MONTHS[m.group(2).lower()], day)})
    for m in _JA_MONTH.finditer(norm):
        if 1 <= int(m.group(1)) <= 12:
            add(m.start(), m.end(), {("m", int(m.group(1)), 0)})
    for m in _EN_MONTH.finditer(norm):
        add(m.start(), m.end(), {("m", EN_MONTHS[m.group(1).lower()], 0)})
    for m in _EN_AMOUNT.finditer(norm):
        value = float(m.group(1))
        for word in m.group(2).split():
            value *= EN_SCALES[word.lower()]
        add(m.start(), m.end(), {("n", value, 0)})
    for m in _JA_AMOUNT.finditer(norm):
        if _inside_word(norm, m.start(), m.end()):
            continue
        add(m.start(), m.end(), {("n", _ja_value(m.group(0)), 0)})
    found.sort(key=lambda f: norm.find(f.text))
    return found


def source_keys(texts: Iterable[str]) -> set[Key]:
    """Every key the figures of `texts` (the cited passages) match by, read generously."""
    keys: set[Key] = set()
    for text in texts:
        for f in figures(text):
            keys |= f.keys
        norm = normalize(text)
        for m in _EN_WORD.finditer(norm):
            keys.add(("n", EN_NUMBER_WORDS[m.group(1).lower()], 0))
        for m in _KANJI_NUMBER.finditer(norm):
            value = _kanji_value(m.group(0).rstrip("万億兆"))
            if value is not None:
                keys.add(("n", value * JA_SCALES.get(m.group(1), 1), 0))
        # Every bare number too (a year, a count, a day), whatever follows it.
        for m in re.finditer(_NUM, norm):
            keys.add(("n", float(m.group(0)), 0))
    # A date also stands for its day and its month; 22日 matches Oct. 22 and 10月22日.
    for kind, a, b in list(keys):
        if kind == "d":
            keys.add(("n", b, 0))
            if a:
                keys.add(("m", a, 0))
    return keys


def supported(figure: Figure, keys: set[Key]) -> bool:
    """True when one of the figure's keys is among the source's `keys` (dates: same day, and
    the same month when both name one)."""
    for kind, a, b in figure.keys:
        if kind == "n" and any(k == "n" and _same(a, x) for k, x, _ in keys):
            return True
        if kind == "m" and (("m", a, 0) in keys):
            return True
        if kind == "d" and any(
            k == "d" and y == b and (not a or not x or x == a) for k, x, y in keys
        ):
            return True
    return False


def missing_figures(claim: str, sources: Iterable[str]) -> list[str]:
    """The figures of `claim`, as written, that none of `sources` states."""
    keys = source_keys(sources)
    return [f.text for f in figures(claim) if not supported(f, keys)]


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _inside_word(text: str, start: int, end: int) -> bool:
    """Digits glued to Latin letters (G7, COVID-19, A320) are part of a name, not a figure."""
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isascii():
        start -= 1  # COVID-19: the hyphen joins the digits to the word
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return (before.isascii() and before.isalpha()) or (
        after.isascii() and after.isalpha() and not _unit_suffix(text, end)
    )


def _unit_suffix(text: str, end: int) -> bool:
    """A unit or ordinal right after a number (5km, 22nd, 3pm, 40bn) keeps it a figure."""
    m = re.match(r"[A-Za-z]+", text[end:])
    return m is not None and len(m.group(0)) <= 3


def _ja_value(text: str) -> float:
    """1兆4800億 -> 1.48e12; 1万5000 -> 15000; 1.5 -> 1.5."""
    total = 0.0
    for number, scale in _JA_PART.findall(text):
        total += float(number) * JA_SCALES.get(scale, 1.0)
    return total


def _kanji_value(text: str) -> float | None:
    """二十五 -> 25, 三 -> 3, 百二 -> 102; None for a run that is not a number."""
    total, digit = 0, None
    for ch in text:
        if ch in KANJI_DIGITS:
            digit = KANJI_DIGITS[ch] if digit is None else digit * 10 + KANJI_DIGITS[ch]
        elif ch in KANJI_UNITS:
            total += (digit if digit is not None else 1) * KANJI_UNITS[ch]
            digit = None
        else:
            return None
    return float(total + (digit or 0))
