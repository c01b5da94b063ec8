"""Answer text from chosen sentences: verbatim, in article order, each paragraph's run of them
marked [¶N] once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby

from retrieval.answers.messages import EN_LEAD_IN
from retrieval.models import Answer, Article, Citation, Passage, Quote, detect_language
from retrieval.sentences import Sentence, split_sentences


@dataclass(frozen=True)
class Candidate:
    """One sentence of a passage with its score."""

    passage: Passage
    start: int
    end: int
    text: str
    score: float


def compose(
    question: str,
    language: str,
    chosen: Sequence[Candidate],
    article_id: str | None,
    related: tuple[Passage, ...],
) -> Answer:
    """The answer: the chosen sentences in the given order, one [¶N] after each run of them
    from one paragraph and a line break between paragraphs; an English asker of a Japanese
    article is told the sentences are quoted from the original."""
    body_lang = detect_language(" ".join(c.text for c in chosen))
    joiner = "" if body_lang == "ja" else " "
    runs = groupby(chosen, key=lambda c: (c.passage.article_id, c.passage.paragraph))
    text = "\n".join(
        f"{joiner.join(c.text for c in run)} [¶{paragraph}]" for (_, paragraph), run in runs
    )
    if language == "en" and body_lang == "ja":
        text = f"{EN_LEAD_IN} {text}"
    return Answer(
        question=question,
        text=text,
        answerable=True,
        citations=citations(chosen),
        language=language,
        article_id=article_id,
        related=related,
    )


def citations(chosen: Sequence[Candidate]) -> tuple[Citation, ...]:
    """One citation per paragraph the answer quotes, with the whole paragraph, verbatim.

    The answer shows the sentences; the citation gives the passage they come from, so a reader
    sees them in context and can find them by counting blocks.
    """
    by_paragraph: dict[tuple[str, int], Citation] = {}
    for c in chosen:
        key = (c.passage.article_id, c.passage.paragraph)
        if key in by_paragraph and by_paragraph[key].score >= c.score:
            continue
        by_paragraph[key] = Citation(
            article_id=c.passage.article_id,
            article_title=c.passage.article_title,
            paragraph=c.passage.paragraph,
            text=c.passage.text,
            score=round(c.score, 4),
            section=c.passage.section,
        )
    return tuple(by_paragraph.values())


def overlaps(a: Candidate, b: Candidate) -> bool:
    """True when two candidates are the same text or overlapping spans of one paragraph."""
    if a.passage.paragraph != b.passage.paragraph or a.passage.article_id != b.passage.article_id:
        return a.text == b.text
    return a.start < b.end and b.start < a.end


def quote_sentences(article: Article, quotes: Sequence[Quote]) -> list[Candidate]:
    """The sentence that holds each quote (it names who said it), verbatim, in article order."""
    out: list[Candidate] = []
    for q in sorted(quotes, key=lambda q: (q.paragraph, q.start)):
        block = article.block(q.paragraph)
        passage = article.passage(block, 1.0)
        sentence = next(
            (s for s in split_sentences(block.text) if s.start <= q.start < s.end),
            Sentence(q.start, q.end, q.quote),
        )
        candidate = Candidate(passage, sentence.start, sentence.end, sentence.text, 1.0)
        if not any(overlaps(candidate, o) for o in out):
            out.append(candidate)
    return out
