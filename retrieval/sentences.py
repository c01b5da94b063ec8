"""Quote-aware sentence splitting that keeps character offsets into the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"「": "」", "『": "』", "（": "）", "(": ")", "“": "”", "‘": "’", "【": "】"}
CLOSERS = {v: k for k, v in OPENERS.items()}
JA_TERMINATORS = "。！？!?"
EN_TERMINATORS = ".!?"
# Abbreviations after which a period does not end an English sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st mt gen gov sen rep lt col sgt capt cmdr adm "
    "inc ltd co corp vs etc jan feb mar apr jun jul aug sep sept oct nov dec "
    "no nos fig u.s u.k e.g i.e a.m p.m".split()
)
# Of those, the ones that often end a sentence too (at 3 p.m., Acme Inc.): before an opening
# quote mark ("… before 3 p.m. “We did not …”) the period ends it.
SENTENCE_FINAL_ABBREVIATIONS = frozenset("a.m p.m etc inc ltd co corp u.s u.k jr sr".split())
# A quote left open this long is treated as unbalanced, so sentences split again.
MAX_OPEN_QUOTE = 600
_ABBREV_RE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


@dataclass(frozen=True)
class Sentence:
    """A sentence as a verbatim slice: `text == source[start:end]`."""

    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences, never inside 「」『』（）“” or "…", keeping offsets."""
    bounds: list[tuple[int, int]] = []
    stack: list[str] = []
    straight_open = False
    open_since = 0
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in OPENERS:
            if not stack and not straight_open:
                open_since = i
            stack.append(OPENERS[ch])
        elif ch in CLOSERS and stack:
            if stack[-1] == ch:
                stack.pop()
            elif ch in stack:  # skip over a mismatched inner bracket
                while stack and stack.pop() != ch:
                    pass
        elif ch == '"':
            straight_open = not straight_open
            if straight_open and not stack:
                open_since = i
        inside = bool(stack) or straight_open
        if inside and i - open_since > MAX_OPEN_QUOTE:
            stack.clear()
            straight_open = False
            inside = False
        if not inside and (_ends_sentence(text, i) or _closes_quoted_sentence(text, i)):
            end = i + 1
            while end < n and text[end] in JA_TERMINATORS + EN_TERMINATORS:
                end += 1
            while end < n and (text[end] in CLOSERS or text[end] == '"'):
                end += 1
            bounds.append((start, end))
            start = end
            i = end
            continue
        if ch == "\n" and not inside and i + 1 < n and text[i + 1] == "\n":
            bounds.append((start, i))
            start = i
        i += 1
    bounds.append((start, n))
    return [s for s in (_trimmed(text, a, b) for a, b in bounds) if s is not None]


def _ends_sentence(text: str, i: int) -> bool:
    ch = text[i]
    if ch in "。！？":
        return True
    if ch in "!?":
        nxt = text[i + 1] if i + 1 < len(text) else ""
        return nxt == "" or nxt.isspace() or not nxt.isascii()
    if ch != ".":
        return False
    j = i + 1
    while j < len(text) and (text[j] in CLOSERS or text[j] == '"'):
        j += 1
    if j < len(text) and not text[j].isspace():
        return False  # 3.5, U.S.-led, example.com
    k = j
    while k < len(text) and text[k].isspace():
        k += 1
    if k < len(text) and text[k].islower():
        return False
    m = _ABBREV_RE.search(text[max(0, i - 12) : i + 1])
    if m and m.group(1).lower().rstrip(".") in ABBREVIATIONS:
        opens_quote = k < len(text) and text[k] in '"“' and k > j
        return opens_quote and m.group(1).lower().rstrip(".") in SENTENCE_FINAL_ABBREVIATIONS
    return not (m and len(m.group(1)) == 1 and m.group(1).isupper())  # initials: J. Smith


def _closes_quoted_sentence(text: str, i: int) -> bool:
    """A closing quote right after a terminator ends the sentence when a new one starts."""
    if text[i] not in CLOSERS and text[i] != '"':
        return False
    if i == 0 or text[i - 1] not in JA_TERMINATORS + EN_TERMINATORS:
        return False
    rest = text[i + 1 :].lstrip()
    # (the new one may open on a quote of its own: …was “relieved.” “Mr. Doe has …,” she said)
    rest = rest[1:] if rest[:1] in ("“", '"', "「") else rest
    return i + 1 < len(text) and text[i + 1].isspace() and bool(rest) and rest[0].isupper()


def _trimmed(text: str, start: int, end: int) -> Sentence | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    return Sentence(start, end, text[start:end])
