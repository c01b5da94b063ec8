"""Where the quoted spans of a text are, and whether a quote is word for word in its article."""

from __future__ import annotations

import re

from retrieval.models import Article

# Quote marks: opener -> closer. Japanese 「」 may hold 『』, which stay part of the quote.
QUOTE_MARKS = {"「": "」", "“": "”"}
OPENERS = frozenset([*QUOTE_MARKS, '"'])


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the inside of every outermost quote; an unclosed one runs to the end."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in QUOTE_MARKS:
            closer, depth, j = QUOTE_MARKS[ch], 1, i + 1
            while j < n:
                if text[j] == ch:
                    depth += 1
                elif text[j] == closer:
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            end = j if j < n else len(text.rstrip())
            if end > i + 1 and text[i + 1 : end].strip():
                spans.append((i + 1, end))
            i = j + 1
        elif ch == '"':
            j = text.find('"', i + 1)
            end = j if j != -1 else len(text.rstrip())
            if end > i + 1 and text[i + 1 : end].strip():
                spans.append((i + 1, end))
            i = n if j == -1 else j + 1
        else:
            i += 1
    return spans


# Headlines quote in single marks ('We ran out of runway': Iowa weekly closes; Subhead 'Like a
# Gift Card'): an opening mark at the start or after a space, a closing one before a space, a
# punctuation mark or the end. An apostrophe inside a word (Don't, Courier's) is neither.
_SINGLE_QUOTE_RE = re.compile(
    r"(?:^|(?<=[\s(—–]))['‘](?=\w)(?P<words>(?:[^'‘’]|(?<=\w)['’](?=\w))+?)(?<=\S)['’]"
    r"(?=$|[\s:;,.!?)—–])"
)


def heading_quote_spans(text: str) -> list[tuple[int, int]]:
    """quote_spans of a headline or subhead, with what it quotes in single marks."""
    spans = quote_spans(text)
    for m in _SINGLE_QUOTE_RE.finditer(text):
        a, b = m.span("words")
        if b - a < 2:
            continue  # Rock 'n' roll: an elision, not a quote
        if not any(x - 1 <= a < y + 1 for x, y in spans):
            spans.append((a, b))
    return sorted(spans)


def blanked(text: str, spans: list[tuple[int, int]], fill: str = "_") -> str:
    """`text` with the characters of each span replaced by `fill` (its length unchanged): a
    quote's words blanked so that a verb or a name inside them counts for nothing outside."""
    for a, b in spans:
        text = text[:a] + fill * (b - a) + text[b:]
    return text


def has_quote_mark(text: str) -> bool:
    """True when `text` opens a quote anywhere."""
    return any(ch in OPENERS for ch in text)


def is_verbatim(article: Article, paragraph: int, text: str) -> bool:
    """True when `text` appears word for word in passage ¶`paragraph` of `article`."""
    if not text or not 1 <= paragraph <= len(article.blocks):
        return False
    block = article.blocks[paragraph - 1]
    return block.is_passage and text in block.text
