"""The --json contract for summaries and quotes: the objects `newsroom` prints, one per line.

Kept apart from the command line itself so that tests and other tools build the same objects.
"""

from __future__ import annotations

from typing import Any

from retrieval.models import Quote, Summary


def summary_json(summary: Summary) -> dict[str, Any]:
    """The CLI contract's JSON for a summary (`mode` says who wrote it)."""
    return {
        "article_id": summary.article_id,
        "length": summary.length,
        "style": summary.style,
        "section": summary.section,
        "mode": summary.mode,
        "language": summary.language,
        "summary": summary.text,
        "sentences": [
            {"text": s.text, "paragraph": s.paragraph, "paragraphs": list(s.cited)}
            for s in summary.sentences
        ],
        "quotes_checked": [
            {"quote": q.quote, "paragraph": q.paragraph, "verified": q.verified}
            for q in summary.quotes_checked
        ],
        "unsupported": list(summary.unsupported),
        "notes": list(summary.notes),
    }


def quote_json(quote: Quote) -> dict[str, Any]:
    """The CLI contract's JSON for a quote; `translation` is the chat model's (or null)."""
    return {
        "article_id": quote.article_id,
        "paragraph": quote.paragraph,
        "quote": quote.quote,
        "speaker": quote.speaker,
        "speaker_role": quote.speaker_role,
        "partial": quote.partial,
        "verified": quote.verified,
        "translation": quote.translation,
    }
