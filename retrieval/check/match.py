"""Where a draft's quote is in the sources: verbatim, else the closest span, and what differs.

Exact first: the quote, character for character, as a substring of a passage (a changed comma
is a changed quote). Otherwise the passages that share the most character bigrams
with it are aligned with difflib: the densest run of matching pieces is the source span, widened
to the clause it sits in, and their similarity (difflib's ratio) decides near or not found.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from retrieval.models import Article, Block, detect_language

# A draft quote whose closest source span is at least this similar (difflib ratio, 0-1) is a
# near quote; below it the quote is not found. On the dev drafts (bench/check.py) altered
# quotes score 0.75-0.996 against their source (a word swapped, dropped or added, a particle,
# a comma) and 0.62 for two source sentences spliced into one; invented quotes 0.24-0.43. The
# threshold sits between the two.
NEAR_RATIO = 0.5
# Passages aligned in full for each quote, the rest ranked out by shared bigrams.
CANDIDATES = 4
# A matching piece further than this (beyond the quote's own gap) from its neighbour is a
# stray hit elsewhere in the paragraph, not part of the quoted span.
GAP_SLACK = 12
# How much unchanged text the diff keeps either side of a change.
CONTEXT = 8
_MOVABLE = ".,。、"
_CLOSERS = '”"」』’'
_BOUNDARY = '「」『』“”"。！？!?\n'
_EN_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


@dataclass(frozen=True)
class Located:
    """A span of one passage of one source article."""

    article_id: str
    paragraph: int
    start: int
    end: int
    text: str
    ratio: float = 1.0


def bigrams(text: str) -> set[str]:
    """Casefolded character bigrams, the ranking key for candidate passages."""
    t = re.sub(r"\s+", " ", text.casefold())
    return {t[i : i + 2] for i in range(len(t) - 1)}


def find_exact(quote: str, sources: Sequence[Article]) -> list[Located]:
    """Every passage span that holds `quote` verbatim. A full stop or comma the draft puts
    inside its closing mark (American style: called it "reckless.") may be outside the source's
    (“reckless”.): the words must still end where the source's quote ends."""
    wanted = quote.strip()
    core = wanted.rstrip(_MOVABLE)
    found: list[Located] = []
    for article in sources:
        for block in article.passages:
            at = block.text.find(wanted)
            if at >= 0:
                found.append(
                    Located(article.article_id, block.number, at, at + len(wanted), wanted)
                )
                continue
            if not core or core == wanted:
                continue
            at = block.text.find(core)
            while at >= 0:
                after = block.text[at + len(core) : at + len(core) + 1]
                if after in ("", *_CLOSERS, *_MOVABLE):
                    found.append(
                        Located(article.article_id, block.number, at, at + len(core), core)
                    )
                    break
                at = block.text.find(core, at + 1)
    return found


def find_near(
    quote: str, passages: Iterable[tuple[Article, Block, frozenset[str]]]
) -> Located | None:
    """The span closest to `quote` among `passages` (article, block, the block's bigrams), of
    any similarity: callers apply NEAR_RATIO."""
    grams = bigrams(quote)
    if not grams:
        return None
    ranked = sorted(((len(grams & g), a, b) for a, b, g in passages), key=lambda x: -x[0])
    best: Located | None = None
    for shared, article, block in ranked[:CANDIDATES]:
        if not shared:
            break
        span = align(quote, block.text)
        if span is None:
            continue
        start, end = span
        ratio = similarity(block.text[start:end], quote)
        if best is None or ratio > best.ratio:
            best = Located(
                article.article_id, block.number, start, end, block.text[start:end], ratio
            )
    return best


def align(quote: str, text: str) -> tuple[int, int] | None:
    """(start, end) of the span of `text` that best lines up with `quote`, or None."""
    matcher = difflib.SequenceMatcher(None, text, quote, autojunk=False)
    pieces = [m for m in matcher.get_matching_blocks() if m.size]
    if not pieces:
        return None
    top = max(range(len(pieces)), key=lambda k: pieces[k].size)
    lo = hi = top
    while lo > 0:
        prev, cur = pieces[lo - 1], pieces[lo]
        if cur.a - (prev.a + prev.size) > cur.b - (prev.b + prev.size) + GAP_SLACK:
            break
        lo -= 1
    while hi < len(pieces) - 1:
        cur, nxt = pieces[hi], pieces[hi + 1]
        if nxt.a - (cur.a + cur.size) > nxt.b - (cur.b + cur.size) + GAP_SLACK:
            break
        hi += 1
    start = pieces[lo].a
    end = pieces[hi].a + pieces[hi].size
    # The quote's unmatched head and tail are text the writer changed at the edges: widen the
    # span by as much, but never across a quote mark or a sentence end.
    for _ in range(pieces[lo].b):
        if start == 0 or text[start - 1] in _BOUNDARY:
            break
        start -= 1
    for _ in range(len(quote) - (pieces[hi].b + pieces[hi].size)):
        if end >= len(text) or text[end] in _BOUNDARY:
            break
        end += 1
    return start, end


def _units(text: str, english: bool) -> list[str]:
    return _EN_TOKEN.findall(text) if english else list(text)


def similarity(source: str, draft: str) -> float:
    """difflib's ratio of two spans: 1.0 when equal."""
    return difflib.SequenceMatcher(None, source, draft, autojunk=False).ratio()


def render_diff(source: str, draft: str) -> str:
    """What the draft changed in the source span: `…[-removed-]{+added+}…`, with a little
    unchanged text either side (English by word, Japanese by character)."""
    english = detect_language(source + draft) == "en"
    a, b = _units(source, english), _units(draft, english)
    out: list[str] = []
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if op == "equal":
            same = "".join(a[i1:i2])
            head = same[:CONTEXT] if k else ""
            tail = same[-CONTEXT:] if k < len(ops) - 1 else ""
            if len(same) <= 2 * CONTEXT and k and k < len(ops) - 1:
                out.append(same)
            else:
                out.append(head + ("…" if len(same) > len(head) + len(tail) else "") + tail)
            continue
        if op in ("replace", "delete"):
            out.append("[-" + "".join(a[i1:i2]) + "-]")
        if op in ("replace", "insert"):
            out.append("{+" + "".join(b[j1:j2]) + "+}")
    return "".join(out)


def one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by exactly one inserted, dropped or changed character."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]
