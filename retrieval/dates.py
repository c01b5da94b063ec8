"""Dates that news copy leaves incomplete, read against the article's own date.

Copy is dated from the day it was filed, and reporters leave out what the reader knows then.
Japanese papers write a day alone (19日) for a day of the current month, a month and day without
a year (3月5日) for the current year, and 昨年 / 今年 / 来年 and 先月 / 今月 / 来月 for the years and
months around it. English wire copy names a weekday ("said on Tuesday") for the week around the
filing day: the last such day on or before it, or the next one after it when the sentence speaks
of the future ("will meet on Thursday", "next Monday"), and a month and day ("on March 3") for the
current year. A reader checking a date needs it whole: `complete_dates` gives each such
expression in a text with the date it stands for.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from retrieval.lexicon import EN_MONTHS, EN_WEEKDAYS

_DIGIT = "[0-9０-９]"
# 昨年12月5日 / 5月3日 / 19日: the year word and the month are optional, the day is not; a day
# glued to a year, another digit or a month-less 月 is not a day alone. 日間 and 日本 are not days.
_JA_DATE = re.compile(
    rf"(?<!{_DIGIT})(?<!年)(?<!月)(?P<rel>昨年|今年|来年|一昨年)?(?:(?P<m>{_DIGIT}{{1,2}})月)?"
    rf"(?P<d>{_DIGIT}{{1,2}})日(?![間本目])"
)
_JA_YEAR = re.compile(r"一昨年|昨年|今年|来年")
_JA_MONTH = re.compile(r"先月|今月|来月")
_JA_YEAR_OFFSET = {"一昨年": -2, "昨年": -1, "今年": 0, "来年": 1}
_JA_MONTH_OFFSET = {"先月": -1, "今月": 0, "来月": 1}
_WEEKDAYS = tuple(day.lower() for day in EN_WEEKDAYS)
_EN_WEEKDAY = re.compile(
    rf"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<wd>{'|'.join(EN_WEEKDAYS)})\b"
)
# Month names are capitalised in English copy ("may" is a verb); "Sept." keeps its stop.
_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in EN_MONTHS), key=len, reverse=True))
_EN_MONTH_DAY = re.compile(
    rf"\b(?P<mon>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?!,?\s*(?:19|20)\d\d)(?!\s*(?:%|percent|per cent))"
)
# What is still to come, in the few words before a weekday: it is the next one, not the last.
_EN_FUTURE = re.compile(
    r"\b(?:will|would|is to|are to|is due|are due|plans? to|scheduled|expected to)\b[^.;]{0,40}$"
)


@dataclass(frozen=True)
class CompletedDate:
    """An incomplete date as written and the date it stands for (YYYY-MM-DD, YYYY-MM or YYYY)."""

    written: str
    date: str


def complete_dates(text: str, published: str | None) -> list[CompletedDate]:
    """Each incomplete date in `text` with its full date, given the article's date (YYYY-MM-DD).
    Nothing when the article's date is unknown."""
    try:
        filed = dt.date.fromisoformat(published or "")
    except ValueError:
        return []
    found: list[tuple[int, CompletedDate]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, date: str) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append((start, CompletedDate(text[start:end], date)))

    for m in _JA_DATE.finditer(text):
        if m.group("m") is None and m.group("rel"):
            continue  # 昨年19日 is not a date
        year = filed.year + _JA_YEAR_OFFSET[m.group("rel") or "今年"]
        month = _number(m.group("m")) if m.group("m") else filed.month
        day = _valid(year, month, _number(m.group("d")))
        if day is not None:
            add(m.start(), m.end(), day.isoformat())
    for m in _JA_YEAR.finditer(text):
        add(m.start(), m.end(), str(filed.year + _JA_YEAR_OFFSET[m.group()]))
    for m in _JA_MONTH.finditer(text):
        months = filed.year * 12 + filed.month - 1 + _JA_MONTH_OFFSET[m.group()]
        add(m.start(), m.end(), f"{months // 12:04d}-{months % 12 + 1:02d}")
    for m in _EN_WEEKDAY.finditer(text):
        future = bool(_EN_FUTURE.search(text, max(0, m.start() - 60), m.start()))
        wanted = _WEEKDAYS.index(m.group("wd").lower())
        rel = (m.group("rel") or "").lower()
        if rel == "next" or (future and rel != "last"):
            shift = (wanted - filed.weekday()) % 7 or 7
        else:
            shift = -((filed.weekday() - wanted) % 7)
            if rel == "last" and shift == 0:
                shift = -7
        add(m.start(), m.end(), (filed + dt.timedelta(days=shift)).isoformat())
    for m in _EN_MONTH_DAY.finditer(text):
        month = EN_MONTHS[m.group("mon").lower()]
        day = _valid(filed.year, month, int(m.group("d")))
        if day is not None:
            add(m.start(), m.end(), day.isoformat())
    return [c for _, c in sorted(found, key=lambda pair: pair[0])]


def _number(digits: str) -> int:
    return int(digits.translate(str.maketrans("０１２３４５６７８９", "0123456789")))


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
