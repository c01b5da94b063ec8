"""Comments a Japanese newspaper prints as 談話: who, then の話, then their words, unbracketed.

Copy sets a party's or an expert's comment apart from the story in two ways: a paragraph that
opens on who is speaking (▽山田一郎・北都大教授（財政学）の話　…) and gives their words after a
space, or a subhead naming who (■近所の女性の話) above the paragraphs of their words. The words
are theirs as printed, though no quote marks enclose them. Attribution reads such a comment as
if the marks were there (…の話「…」, which it credits to the one named before の話), and each
quote found is then put back on the paragraph as printed. A comment attribution finds no one
for is left out: without a speaker, unbracketed words are the story's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from retrieval.lexicon import JA_LINE_MARKS
from retrieval.models import Article, Block, Quote
from retrieval.quotes.spans import has_quote_mark, is_verbatim

# The marks that open a comment's line (▽, ■, ◇ …) and who is commenting: a name, a role, a body
# or a description, with glosses in round brackets (年齢, 専攻) but no sentence punctuation.
_OPENING = rf"(?:[{JA_LINE_MARKS}]\s*|【)"
_WHO = r"(?:[^\s　。「」『』“”（）()【】]|[（(][^（）()「」]{1,30}[）)]){2,40}?"
_INLINE_RE = re.compile(rf"(?P<open>{_OPENING})?(?P<who>{_WHO})の話】?(?P<gap>[ 　]+)(?=\S)")
_HEADING_RE = re.compile(rf"{_OPENING}?(?P<who>{_WHO})の話】?\s*")
# The most paragraphs under one comment's subhead read as its words: a comment runs a paragraph
# or two, and copy may go on with the story without another subhead (probe round twenty-two: at
# 4, three narrative paragraphs after two-paragraph comments were credited to the commenter).
MAX_COMMENT_PARAGRAPHS = 2


@dataclass(frozen=True)
class Comment:
    """Who a comment is credited to, where its words are in the printed paragraph, and where
    they start in the bracketed one."""

    who: str
    start: int
    end: int
    bracketed_start: int


def bracket_comments(article: Article) -> tuple[Article, dict[int, Comment]]:
    """`article` with each comment's words in quote marks (and a subhead's who before each of
    its paragraphs), and where the words are in the printed paragraphs, by paragraph number."""
    blocks = list(article.blocks)
    comments: dict[int, Comment] = {}
    under: str | None = None  # who the comment subhead the paragraphs are under names
    taken = 0  # paragraphs read under it
    for i, block in enumerate(blocks):
        heading = _HEADING_RE.fullmatch(block.text.strip())
        if block.kind == "heading" or (
            block.kind == "paragraph" and heading and re.match(_OPENING, block.text)
        ):
            # (a comment's subhead, or its marked line set as a paragraph of its own)
            under, taken = (heading["who"] if heading else None), 0
            continue
        if not block.is_passage:
            continue
        text = block.text
        end = len(text.rstrip())
        inline = _INLINE_RE.match(text)
        if has_quote_mark(text) or re.match(_OPENING, text):
            under = None  # (words in quote marks, or a marked line: the comment has ended)
        if has_quote_mark(text):
            continue  # (…の話「…」: attribution reads the marks as printed)
        if inline and (inline["open"] or "・" in inline["who"] or "　" in inline["gap"]):
            # (without its opening mark, which is no part of who: ▽近所の女性 is 近所の女性)
            start, credit = inline.end(), text[inline.start("who") : inline.end()]
            bracketed = f"{credit}「{text[start:end]}」{text[end:]}"
            comments[block.number] = Comment(inline["who"], start, end, len(credit) + 1)
        elif under is not None and taken < MAX_COMMENT_PARAGRAPHS and block.kind == "paragraph":
            bracketed = f"{under}の話「{text[:end]}」{text[end:]}"
            comments[block.number] = Comment(under, 0, end, len(under) + 3)
            taken += 1
        else:
            continue
        blocks[i] = Block(block.number, block.kind, bracketed, block.section)
    if not comments:
        return article, {}
    return replace(article, blocks=tuple(blocks)), comments


def as_printed(article: Article, quotes: list[Quote], comments: dict[int, Comment]) -> list[Quote]:
    """`quotes` found on the bracketed article, as `article` prints them: a comment's words at
    their place in the paragraph, kept only when someone is credited with them."""
    out = []
    for q in quotes:
        comment = comments.get(q.paragraph)
        if comment is None:
            out.append(q)
            continue
        shift = comment.bracketed_start - comment.start
        if (q.start, q.end) != (comment.bracketed_start, comment.end + shift):
            continue  # (words the credit holds: not in the paragraph as printed)
        if not _names_its_speaker(q, comment.who):
            continue
        words = article.block(q.paragraph).text[comment.start : comment.end]
        verified = is_verbatim(article, q.paragraph, words)
        out.append(replace(q, quote=words, start=comment.start, end=comment.end, verified=verified))
    return out


def _names_its_speaker(quote: Quote, who: str) -> bool:
    """Whether `quote`'s speaker is the one its comment's credit names (山田一郎 for
    山田一郎・北都大教授, 近所の女性 for 近所の女性（70））, not someone named before it."""
    if quote.speaker is None:
        return False
    bare = re.sub(r"[（(][^（）()]*[）)]", "", who)
    return any(form and form in bare for form in (quote.speaker, *quote.speaker_forms)) or (
        bare in quote.speaker
    )
