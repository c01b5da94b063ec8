"""The types that cross module boundaries: articles, passages, answers, quotes, summaries."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

BlockKind = Literal["paragraph", "heading", "caption", "meta"]
Confidence = Literal["answer", "closest", "none"]
PASSAGE_KINDS: frozenset[str] = frozenset({"paragraph", "caption"})
GLOBAL_SCOPE = "global"


class UserFacingError(Exception):
    """An error whose message is safe and useful to show to the person who caused it."""


class IndexUnavailableError(UserFacingError):
    """The vector store cannot be reached right now; the caller may retry later."""


@dataclass(frozen=True)
class Block:
    """One blank-line-separated block of an article; `number` is the ¶N users see."""

    number: int
    kind: BlockKind
    text: str
    section: str | None = None

    @property
    def is_passage(self) -> bool:
        """True for blocks that search may return (body paragraphs and captions)."""
        return self.kind in PASSAGE_KINDS


@dataclass(frozen=True)
class Article:
    """A parsed article: numbered, typed blocks plus its metadata."""

    article_id: str
    title: str
    blocks: tuple[Block, ...]
    original_title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None

    @property
    def passages(self) -> tuple[Block, ...]:
        """The blocks search can return, in article order."""
        return tuple(b for b in self.blocks if b.is_passage)

    @cached_property
    def language(self) -> str:
        """'ja' when the body is mostly Japanese script, else 'en' (computed once)."""
        return detect_language(" ".join(b.text for b in self.passages)[:2000])

    def passage(self, block: Block, score: float) -> Passage:
        """`block` of this article as a passage with `score`."""
        return Passage(
            self.article_id, self.title, block.number, block.kind, block.section, block.text, score
        )

    def block(self, number: int) -> Block:
        """The block numbered `number` (1-based); raises UserFacingError if there is none."""
        if 1 <= number <= len(self.blocks):
            return self.blocks[number - 1]
        raise UserFacingError(
            f"{self.article_id} has no ¶{number} (it has ¶1-¶{len(self.blocks)})."
        )

    @property
    def sections(self) -> tuple[str, ...]:
        """Section headings in article order."""
        return tuple(b.text for b in self.blocks if b.kind == "heading")

    @property
    def lead(self) -> int | None:
        """The number of its lead: the first block of body text (not a photo caption or a
        subhead set before it), if any."""
        return lead_number((b.number, b.kind) for b in self.blocks)

    @property
    def content_hash(self) -> str:
        """A hash of everything indexing depends on; equal text gives an equal hash."""
        payload = json.dumps(
            {
                "id": self.article_id,
                "title": self.title,
                "original_title": self.original_title,
                "url": self.url,
                "published": self.published,
                "blocks": [[b.number, b.kind, b.text, b.section] for b in self.blocks],
            },
            ensure_ascii=False,
            sort_keys=True,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Passage:
    """A search result: one block of one article with its fused relevance score."""

    article_id: str
    article_title: str
    paragraph: int
    kind: BlockKind
    section: str | None
    text: str
    score: float


@dataclass(frozen=True)
class Citation:
    """A verbatim excerpt of ¶`paragraph` that an answer relies on."""

    article_id: str
    article_title: str
    paragraph: int
    text: str
    score: float
    section: str | None = None
    # A chat model's translation of `text` for an asker in another language: shown beside the
    # verbatim text, labelled, never as a quote. None when there is none.
    translation: str | None = None


@dataclass(frozen=True)
class QuoteCheck:
    """The outcome of checking one quoted span of a model answer against the article."""

    quote: str
    paragraph: int | None
    verified: bool


@dataclass(frozen=True)
class Answer:
    """An answer to a question, with the citations that support it."""

    question: str
    text: str
    answerable: bool
    citations: tuple[Citation, ...]
    mode: Literal["extractive", "llm"] = "extractive"
    language: str = "ja"
    article_id: str | None = None
    related: tuple[Passage, ...] = ()
    quotes_checked: tuple[QuoteCheck, ...] = ()
    unsupported: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    # "answer": the cited sentences answer it; "closest": the article may not answer it, and
    # `related` are the closest passages (shown as passages, not as an answer); "none": it does
    # not say. Unset, it follows `answerable`.
    confidence: Confidence | None = None

    def __post_init__(self) -> None:
        if self.confidence is None:
            object.__setattr__(self, "confidence", "answer" if self.answerable else "none")


@dataclass(frozen=True)
class Turn:
    """One earlier question and its answer, for follow-up questions."""

    question: str
    answer: Answer


@dataclass(frozen=True)
class Quote:
    """A direct quote exactly as printed, with who said it."""

    article_id: str
    paragraph: int
    quote: str
    speaker: str | None
    speaker_role: str | None
    partial: bool
    verified: bool
    start: int = 0
    end: int = 0
    # Other ways the article names the speaker (surname, given name, the katakana reading of a
    # kanji name), so a user finds the quote by any of them.
    speaker_forms: tuple[str, ...] = ()
    # A chat model's translation for an asker in another language (never stored, never shown
    # in quotation marks); the quote and its speaker stay the engine's own.
    translation: str | None = None


@dataclass(frozen=True)
class SummarySentence:
    """One sentence of a summary and the paragraph it comes from (verbatim when extractive)."""

    text: str
    paragraph: int  # the first paragraph cited; 0 for a model sentence that cites none
    # Every paragraph a model-written sentence cites (empty: just `paragraph`).
    paragraphs: tuple[int, ...] = ()

    @property
    def cited(self) -> tuple[int, ...]:
        """The paragraphs this sentence rests on."""
        return self.paragraphs or ((self.paragraph,) if self.paragraph else ())


@dataclass(frozen=True)
class Summary:
    """An extractive (or checked model-written) summary of an article or one of its sections."""

    article_id: str
    article_title: str
    length: str
    style: str
    sentences: tuple[SummarySentence, ...]
    section: str | None = None
    mode: Literal["extractive", "llm"] = "extractive"
    language: str | None = None
    quotes_checked: tuple[QuoteCheck, ...] = ()
    unsupported: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The summary as text with [¶N] markers, as prose or bullets."""
        parts = [_cite(s.text, s.cited, before_stop=self.mode == "llm") for s in self.sentences]
        if self.style == "bullets":
            return "\n".join(f"- {p}" for p in parts)
        joiner = "" if detect_language(" ".join(s.text for s in self.sentences)) == "ja" else " "
        return joiner.join(parts)


def _cite(text: str, paragraphs: tuple[int, ...], *, before_stop: bool) -> str:
    """`text` with its [¶N] marker: after it (a verbatim sentence stays whole), or before its
    full stop as a model writes it ("… term [¶2].")."""
    if not paragraphs:
        return text
    marker = "[" + ", ".join(f"¶{n}" for n in paragraphs) + "]"
    body = text.rstrip(".。!?！？") if before_stop else text
    stop = text[len(body) :]
    space = "" if stop.startswith(("。", "！", "？")) else " "
    return f"{body}{space}{marker}{stop}"


@dataclass(frozen=True)
class ArticleInfo:
    """What lists of articles show."""

    article_id: str
    title: str
    original_title: str | None
    blocks: int
    passages: int
    scope: str = GLOBAL_SCOPE
    sections: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class IngestResult:
    """The outcome of ingesting one article."""

    article_id: str
    title: str
    blocks: int
    passages: int
    status: Literal["added", "updated", "unchanged"]


def is_japanese_char(ch: str) -> bool:
    """True for hiragana, katakana, CJK ideographs and full-width forms."""
    o = ord(ch)
    return (
        0x3040 <= o <= 0x30FF
        or 0x3400 <= o <= 0x4DBF
        or 0x4E00 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0xFF66 <= o <= 0xFF9F
    )


def detect_language(text: str) -> str:
    """'ja' if Japanese script dominates the letters of `text`, else 'en'."""
    ja = sum(1 for ch in text if is_japanese_char(ch))
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "ja" if ja and ja >= latin * 0.25 else "en"


def lead_number(blocks: Iterable[tuple[int, str]]) -> int | None:
    """The number of the first paragraph among (number, kind) pairs in article order."""
    return next((number for number, kind in blocks if kind == "paragraph"), None)
