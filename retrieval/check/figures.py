"""Figures and dates in Japanese and English copy, read into comparable values.

全角 and 半角 digits, 1,234, 3.5兆円 and 3.5 trillion yen (both 3.5e12 JPY), 2.3%, 2.3 percent,
22日, 10月22日 and Oct. 22 (dates compare on the parts both give), 45歳 and 会社員の男性(45)
(ages). A figure marked as rounded (約3兆円, about 3 trillion) or written with fewer digits
than the source matches the source value it rounds to.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from retrieval.check.units import APPROXIMATE, EN_FRACTIONS, EN_UNITS, JA_UNITS
from retrieval.lexicon import (
    CURRENCY_SIGNS,
    EN_FUNCTION_WORDS,
    EN_MONTHS,
    EN_NUMBER_WORDS,
    EN_SCALES,
    JA_SCALES,
)

Date = tuple[int | None, int | None, int | None]  # year, month, day


@dataclass(frozen=True)
class Figure:
    """A number with its unit (or a date) as printed at text[start:end]."""

    text: str
    start: int
    end: int
    unit: str  # a code from units.py, or "date"
    value: float = 0.0
    date: Date = (None, None, None)
    scale: float = 1.0  # the multiplier the writer used (1e12 for 兆, 1e9 for billion)
    decimals: int = 0
    approximate: bool = False


def fold(text: str) -> str:
    """`text` with full-width digits, letters and signs made half-width, offsets unchanged."""
    out = []
    for ch in text:
        folded = unicodedata.normalize("NFKC", ch)
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_alt = "|".join
_JA_UNIT = _alt(re.escape(u) for u in sorted(JA_UNITS, key=len, reverse=True))
_EN_UNIT = _alt(re.escape(u) for u in sorted(EN_UNITS, key=len, reverse=True))
_EN_SCALE = _alt(sorted(EN_SCALES, key=len, reverse=True))
_MONTHS = _alt(sorted(EN_MONTHS, key=len, reverse=True))
_CURRENCY = _alt(re.escape(c) for c in sorted(CURRENCY_SIGNS, key=len, reverse=True))

_JA_DATE = re.compile(
    r"(?<![\d.])(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日(?!間))?"
    r"|(?<![\d.月])(?P<d2>\d{1,2})日(?![間目])"
    r"|(?<![\d.])(?P<y2>(?:19|20)\d{2})年(?![間度代])"
)
_EN_DATE = re.compile(
    rf"\b(?P<mon>{_MONTHS})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?"
    rf"|\b(?P<d2>\d{{1,2}})\s+(?P<mon2>{_MONTHS})\b(?:,?\s+(?P<y2>\d{{4}})\b)?"
    rf"|(?:(?<=\bin )|(?<=\bof )|(?<=since )|(?<=until )|(?<=\bby ))(?P<y3>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
_JA_NUMBER = re.compile(
    rf"(?<![\d.,])(?P<num>{_NUM}(?:[兆億万千](?:{_NUM})?)*)\s?(?P<unit>{_JA_UNIT})(?![A-Za-z])"
)
_JA_AGE = re.compile(r"(?<=[^\d\s])[（(](?P<num>\d{1,3})[)）]")
_EN_MONEY = re.compile(
    rf"(?P<cur>{_CURRENCY})\s?(?P<num>{_NUM})(?:\s?(?P<scale>{_EN_SCALE})\b)?", re.IGNORECASE
)
_EN_NUMBER = re.compile(
    rf"(?<![A-Za-z0-9.,$])(?P<num>{_NUM})(?:\s?(?P<scale>{_EN_SCALE})\b)?"
    rf"(?:\s?(?P<pct>%)|\s(?P<unit>{_EN_UNIT})\b)",
    re.IGNORECASE,
)
_EN_AGE = re.compile(
    r"\b(?P<num>\d{1,3})-year-old\b|\baged\s+(?P<num2>\d{1,3})\b"
    r"|\b[A-Z][a-z]+, (?P<num3>\d{1,3}),"  # Hoshino, 53, said
)
_EN_HYPHENATED = re.compile(
    rf"(?<![A-Za-z0-9.,$])(?P<num>{_NUM})-(?P<unit>{_EN_UNIT})\b", re.IGNORECASE
)
_EN_WORD_NUMBER = re.compile(
    rf"\b(?P<word>{_alt(EN_NUMBER_WORDS)})\s(?P<unit>{_EN_UNIT})\b", re.IGNORECASE
)
# Any other count: a number (or a number word) and the word after it, compared by that word
# (six patrol vessels, at least four Chinese companies).
_EN_COUNT = re.compile(
    rf"(?<![A-Za-z0-9.,$])(?P<num>{_NUM}|{_alt(EN_NUMBER_WORDS)})(?:\s(?P<scale>{_EN_SCALE})\b)?"
    rf"\s(?P<noun>[A-Za-z][\w-]+)",
    re.IGNORECASE,
)
_EN_FRACTION = re.compile(
    rf"\b(?P<frac>{_alt(sorted(EN_FRACTIONS, key=len, reverse=True))})\b", re.IGNORECASE
)
_EN_AMOUNT = re.compile(
    rf"(?<![A-Za-z0-9.,$])(?P<num>{_NUM})\s?(?P<scale>{_EN_SCALE})\s+(?P<unit>{_EN_UNIT})\b",
    re.IGNORECASE,
)


def _number(raw: str) -> tuple[float, int]:
    """A plain number's value and decimals: '1,234.5' -> (1234.5, 1)."""
    digits = raw.replace(",", "")
    return float(digits), len(digits.split(".")[1]) if "." in digits else 0


def _ja_amount(raw: str) -> tuple[float, float, int]:
    """1兆2000億 -> (1.2e12, 1e12, 0): value, the largest scale used, decimals at that scale."""
    total = 0.0
    scale_used = 1.0
    decimals = 0
    for num, scale in re.findall(rf"({_NUM})([兆億万千]?)", raw):
        value, places = _number(num)
        factor = JA_SCALES.get(scale, 1.0)
        total += value * factor
        if factor > scale_used or scale_used == 1.0:
            scale_used, decimals = factor, places
    return total, scale_used, decimals


def _approximate(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start].casefold()
    after = text[end : end + 3]
    return before.rstrip().endswith(tuple(w for w in APPROXIMATE if w.isascii())) or any(
        before.endswith(w) or after.startswith(w) for w in APPROXIMATE if not w.isascii()
    )


def figures(text: str) -> list[Figure]:
    """Every figure with a unit, and every date, in `text`, in order."""
    folded = fold(text)
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(m: re.Match[str], unit: str, group: str | int = 0, **kw: object) -> None:
        a, b = m.span(group)
        if not free(a, b):
            return
        taken.append((a, b))
        found.append(
            Figure(text[a:b], a, b, unit, approximate=_approximate(folded, a, b), **kw)  # type: ignore[arg-type]
        )

    for m in _JA_DATE.finditer(folded):
        y, mo, d = m.group("y") or m.group("y2"), m.group("m"), m.group("d") or m.group("d2")
        add(m, "date", date=(_int(y), _int(mo), _int(d)))
    for m in _EN_DATE.finditer(folded):
        mon = (m.group("mon") or m.group("mon2") or "").casefold()
        y = m.group("y") or m.group("y2") or m.group("y3")
        d = m.group("d") or m.group("d2")
        add(m, "date", date=(_int(y), EN_MONTHS.get(mon), _int(d)))
    for m in _JA_NUMBER.finditer(folded):
        value, scale, decimals = _ja_amount(m.group("num"))
        add(m, JA_UNITS[m.group("unit")], value=value, scale=scale, decimals=decimals)
    for m in _JA_AGE.finditer(folded):
        add(m, "age", value=float(m.group("num")))
    for m in _EN_MONEY.finditer(folded):
        value, decimals = _number(m.group("num"))
        scale = EN_SCALES.get((m.group("scale") or "").casefold(), 1.0)
        cur = CURRENCY_SIGNS[m.group("cur")]
        add(m, cur, value=value * scale, scale=scale, decimals=decimals)
    for m in _EN_AGE.finditer(folded):
        group = next(g for g in ("num", "num2", "num3") if m.group(g))
        add(m, "age", group, value=float(m.group(group)))
    for m in _EN_HYPHENATED.finditer(folded):
        value, decimals = _number(m.group("num"))
        add(m, EN_UNITS[m.group("unit").casefold()], value=value, decimals=decimals)
    for m in _EN_WORD_NUMBER.finditer(folded):
        value = float(EN_NUMBER_WORDS[m.group("word").casefold()])
        add(m, EN_UNITS[m.group("unit").casefold()], value=value)
    for m in _EN_FRACTION.finditer(folded):
        add(m, "fraction", value=EN_FRACTIONS[m.group("frac").casefold()], decimals=3)
    for pattern in (_EN_AMOUNT, _EN_NUMBER):
        for m in pattern.finditer(folded):
            value, decimals = _number(m.group("num"))
            scale = EN_SCALES.get((m.group("scale") or "").casefold(), 1.0)
            unit = "%" if m.groupdict().get("pct") else EN_UNITS[m.group("unit").casefold()]
            add(m, unit, value=value * scale, scale=scale, decimals=decimals)
    for m in _EN_COUNT.finditer(folded):
        word = m.group("num").casefold()
        noun = m.group("noun").casefold()
        if noun in EN_FUNCTION_WORDS or noun in EN_MONTHS:
            continue
        if word in EN_NUMBER_WORDS:
            value, decimals = float(EN_NUMBER_WORDS[word]), 0
        else:
            value, decimals = _number(word)
        scale = EN_SCALES.get((m.group("scale") or "").casefold(), 1.0)
        add(m, "n:" + noun, value=value * scale, scale=scale, decimals=decimals)
    return sorted(found, key=lambda f: f.start)


def _int(raw: str | None) -> int | None:
    return int(raw) if raw else None


def comparable(draft: Figure, source: Figure) -> bool:
    """True when the two figures measure the same kind of thing: one unit, and for a date the
    draft's most precise part (the day, else the month, else the year) is in the source's too
    (8月18日 says more than a source's 8月 can confirm)."""
    if draft.unit != source.unit:
        return False
    if draft.unit == "date":
        finest = max(i for i, part in enumerate(draft.date) if part is not None)
        return source.date[finest] is not None
    return True


def agrees(draft: Figure, source: Figure) -> bool:
    """True when the draft's figure says what the source's does (rounding allowed)."""
    if not comparable(draft, source):
        return False
    if draft.unit == "date":
        return all(
            a is None or b is None or a == b for a, b in zip(draft.date, source.date, strict=True)
        )
    if abs(draft.value - source.value) <= 1e-9 * max(abs(source.value), 1.0):
        return True
    scale = draft.scale
    rounded = round(source.value / scale, draft.decimals)
    if abs(rounded - draft.value / scale) < 1e-9 and (
        draft.decimals < source.decimals or draft.scale != source.scale
    ):
        return True
    return draft.approximate and abs(draft.value - source.value) <= 0.05 * abs(source.value)
