"""Translations of verified text (quotes, cited sentences) for an asker in another language.

The original stays exactly as printed and keeps the speaker the engine found; the model only
adds a translation beside it, which surfaces show labelled "translation" and never inside
quotation marks. The model is asked for numbered lines; a line missing from its reply (or a
failed call) leaves that item without a translation rather than guessing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from langchain_core.messages import HumanMessage, SystemMessage

from prompts import load_prompt
from retrieval.llm.common import failure_kind, lang, text_of
from retrieval.models import Answer, Quote, detect_language

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger(__name__)

MAX_ITEMS = 20  # one call; more are left untranslated (a speaker's quotes rarely run past it)
MAX_ITEM_CHARS = 1200
_LINE_RE = re.compile(r"^\s*\[?(\d{1,2})[\].．:)）]\s*(.+?)\s*$")
# Marks a translation must not wear: it is shown as a translation, never as a quote.
_QUOTE_MARKS = '「」『』“”"‘’'


def translate_texts(model: BaseChatModel, texts: Sequence[str], language: str) -> list[str | None]:
    """Each of `texts` translated into `language`, or None where the model gave none."""
    if not texts:
        return []
    code = lang(language)
    items = "\n".join(
        f"{i}. {' '.join(t.split())[:MAX_ITEM_CHARS]}" for i, t in enumerate(texts, 1)
    )
    system, user = load_prompt("translate", code).format(items=items)
    try:
        raw = text_of(model.invoke([SystemMessage(system), HumanMessage(user)]))
    except Exception as exc:
        failure_kind(exc)  # logged; the originals are shown untranslated
        return [None] * len(texts)
    found: dict[int, str] = {}
    for line in raw.splitlines():
        m = _LINE_RE.match(line)
        if m and 1 <= int(m.group(1)) <= len(texts):
            found.setdefault(int(m.group(1)), _clean(m.group(2)))
    return [found.get(i) or None for i in range(1, len(texts) + 1)]


def translate_quotes(model: BaseChatModel, quotes: Sequence[Quote], language: str) -> list[Quote]:
    """`quotes`, those verified and written in another language carrying a translation."""
    code = lang(language)
    todo = [i for i, q in enumerate(quotes) if q.verified and detect_language(q.quote) != code][
        :MAX_ITEMS
    ]
    translations = translate_texts(model, [quotes[i].quote for i in todo], code)
    out = list(quotes)
    for i, translation in zip(todo, translations, strict=True):
        if translation and translation != quotes[i].quote:
            out[i] = replace(quotes[i], translation=translation)
    return out


def translate_citations(model: BaseChatModel, answer: Answer) -> Answer:
    """`answer` whose cited passages in another language than the asker's carry a translation."""
    code = lang(answer.language)
    todo = [i for i, c in enumerate(answer.citations) if detect_language(c.text) != code][
        :MAX_ITEMS
    ]
    if not todo:
        return answer
    translations = translate_texts(model, [answer.citations[i].text for i in todo], code)
    citations = list(answer.citations)
    for i, translation in zip(todo, translations, strict=True):
        if translation and translation != citations[i].text:
            citations[i] = replace(citations[i], translation=translation)
    return replace(answer, citations=tuple(citations))


def _clean(text: str) -> str:
    """The translation without any quotation marks (it must never read as a quote)."""
    return " ".join(text.translate({ord(ch): None for ch in _QUOTE_MARKS}).split())
