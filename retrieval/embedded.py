"""The text a passage or sentence is embedded as: one definition, shared by indexing,
answering and summaries, so a vector computed at ingestion is found again in the cache."""

from __future__ import annotations

CAPTION_LABEL = "写真 / Photo"


def passage_context(title: str, section: str | None, kind: str) -> str:
    """What a passage is known by: its article title, section, and a caption label."""
    context = title + (f" / {section}" if section else "")
    return f"{context} / {CAPTION_LABEL}" if kind == "caption" else context


def embedded_text(title: str, section: str | None, kind: str, text: str) -> str:
    """A passage's (or one of its sentences') text as it is embedded: with its context."""
    return f"{passage_context(title, section, kind)}: {text}"
