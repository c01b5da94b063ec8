"""A reporter's draft read once: its paragraphs, its quotes with their speakers, its sentences.

The draft is read as an article whose every block is a paragraph (a draft has no headline or
byline to set apart), and its quotes are attributed by the same code that attributes stored
articles (quotes.annotate): GiNZA's parse for Japanese, the rules for English.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from retrieval.check.sources import Mention, japanese_people
from retrieval.lexicon import EN_SPEECH_VERBS
from retrieval.models import Article, Block, Quote, detect_language
from retrieval.parser import JapaneseParser
from retrieval.quotes import extract_quotes
from retrieval.quotes.people import is_org_word
from retrieval.quotes.spans import has_quote_mark, quote_spans
from retrieval.sentences import Sentence, split_sentences

_BLANK = re.compile(r"\n[^\S\n]*\n")
# An English quote run into a sentence, its speaker named just before it: Clarke noted that
# "…", Whitfield has said robots could become "…". The quote engine leaves a partial quote's
# speaker open unless an attribution follows it; a draft names its speakers this way often.
_EN_SAID_BEFORE = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:has\s+|had\s+|also\s+)?"
    rf"(?:{'|'.join(EN_SPEECH_VERBS)})\b[^\"“”.!?]{{0,80}}$"
)


@dataclass(frozen=True)
class DraftSentence:
    """One sentence of the draft, with where it starts in the draft and its quoted spans."""

    start: int
    text: str
    quoted: tuple[tuple[int, int], ...]  # offsets inside `text`

    def outside_quotes(self, a: int, b: int) -> bool:
        """True when text[a:b] lies outside every quoted span."""
        return all(b <= s - 1 or a >= e + 1 for s, e in self.quoted)


@dataclass(frozen=True)
class Draft:
    """The draft text, its paragraphs (with their offsets), quotes and sentences."""

    text: str
    article: Article
    offsets: tuple[int, ...]  # where each block starts in `text`
    quotes: tuple[Quote, ...]
    sentences: tuple[DraftSentence, ...]
    people: tuple[Mention, ...] = ()  # Japanese: every person the draft names, and where
    language: str = "ja"  # 'ja' or 'en', by the script of the draft

    def names_person(self, speaker: str) -> bool:
        """Whether the draft names `speaker` as a person or a body (Japanese: the tokenizer
        knows the name, or the phrase ends like a body's; English: it is capitalised)."""
        if self.language != "ja":
            return speaker[:1].isupper()
        names = {f for m in self.people for f in (m.name, *m.forms) if len(f) >= 2}
        return is_org_word(speaker) or any(n in speaker or speaker in n for n in names)

    def offset(self, paragraph: int, at: int) -> int:
        """The draft offset of position `at` of block `paragraph`."""
        return self.offsets[paragraph - 1] + at


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of every blank-line-separated block, surrounding whitespace trimmed."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in [*_BLANK.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            out.append((pos + chunk.index(stripped[0]), stripped))
        pos = m.end() if m else len(text)
    return out


def parse_units(parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A Japanese draft's paragraphs cut so that the parser reads little beyond the quotes.

    Attribution parses each block holding a quote and the block before it, and only tokenizes
    the rest; parsing is what costs (~35 ms a sentence). So every sentence with a quote mark is
    a block, the sentence before it another, and the other sentences stay together: the parse
    covers the quotes and what leads into them, names everywhere are still read.
    """
    out: list[tuple[int, str]] = []
    for offset, text in parts:
        run: list[Sentence] = []
        for sentence in [*split_sentences(text), None]:
            if sentence is not None and not has_quote_mark(sentence.text):
                run.append(sentence)
                continue
            if len(run) > 1:  # the sentence before a quote stands alone
                out.append(_unit(offset, text, run[:-1]))
            if run:
                out.append(_unit(offset, text, run[-1:]))
            run = []
            if sentence is not None:
                out.append(_unit(offset, text, [sentence]))
    return out


def _unit(offset: int, text: str, run: list[Sentence]) -> tuple[int, str]:
    return offset + run[0].start, text[run[0].start : run[-1].end]


# Settles a quoted block without the parser: given the block, its quoted spans and the names
# it gives outside them, the speaker as written, or None when only the parse can tell.
Settle = Callable[[str, list[tuple[int, int]], list[str]], str | None]
# Same-length stand-ins for quote marks, so a settled block is only tokenized.
_UNQUOTE = str.maketrans({"「": "〈", "」": "〉", "“": "‹", "”": "›", '"': "'"})


def read_draft(
    text: str, parser: JapaneseParser | None = None, settle: Settle | None = None
) -> Draft:
    """Read a (validated) draft: paragraphs, attributed quotes and sentences.

    `settle` lets a Japanese block whose speaker is already clear skip the parse: its quotes
    take the speaker it returns, and attribution never sees their marks.
    """
    paras = paragraphs(text)
    japanese = detect_language(text[:3000]) == "ja"
    parts = parse_units(paras) if japanese else paras
    blocks = tuple(Block(i + 1, "paragraph", t) for i, (_, t) in enumerate(parts))
    article = Article(article_id="draft", title="", blocks=blocks)
    people = tuple(japanese_people([b.text for b in blocks], parser)) if japanese else ()
    settled: list[Quote] = []
    to_parse = list(blocks)
    for i, block in enumerate(blocks):
        spans = quote_spans(block.text) if japanese else []
        if settle is None or not spans:
            continue
        outside = [
            m.said for m in people if m.index == i and not any(a <= m.offset < b for a, b in spans)
        ]
        speaker = settle(block.text, spans, outside)
        if speaker is None:
            continue
        settled.extend(
            Quote("draft", block.number, block.text[a:b], speaker, None, False, True, a, b)
            for a, b in spans
        )
        to_parse[i] = replace(block, text=block.text.translate(_UNQUOTE))
    parsed = extract_quotes(replace(article, blocks=tuple(to_parse)), parser)
    named = [_named_before(q, article) for q in parsed]
    if japanese:
        named = [_only_name(q, article, people) for q in named]
    quotes = sorted([*settled, *named], key=lambda q: (q.paragraph, q.start))
    sentences: list[DraftSentence] = []
    for offset, block_text in paras:
        spans = quote_spans(block_text)
        for s in split_sentences(block_text):
            inner = tuple(
                (a - s.start, b - s.start) for a, b in spans if a >= s.start and b <= s.end
            )
            sentences.append(DraftSentence(offset + s.start, s.text, inner))
    return Draft(
        text,
        article,
        tuple(o for o, _ in parts),
        tuple(quotes),
        tuple(sentences),
        people,
        "ja" if japanese else "en",
    )


def _named_before(quote: Quote, article: Article) -> Quote:
    """An English quote without a speaker, with the name said right before it in its sentence."""
    if quote.speaker or article.language != "en":
        return quote
    text = article.block(quote.paragraph).text
    m = _EN_SAID_BEFORE.search(text[: max(0, quote.start - 1)])
    if m is None:
        return quote
    return replace(quote, speaker=m.group("name"))


def _only_name(quote: Quote, article: Article, people: tuple[Mention, ...]) -> Quote:
    """A Japanese quote the parse left without a speaker, with the one person its sentence
    names outside its quotes (「…」と述べていた名古屋地検の田島康弘次席検事は…: a relative clause
    the attribution does not follow). Two names, or none, leave it unknown."""
    if quote.speaker:
        return quote
    spans = quote_spans(article.block(quote.paragraph).text)
    names = {
        m.name
        for m in people
        if m.index == quote.paragraph - 1 and not any(a <= m.offset < b for a, b in spans)
    }
    return replace(quote, speaker=names.pop()) if len(names) == 1 else quote
