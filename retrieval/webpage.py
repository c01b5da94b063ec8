"""HTML pages -> typed blocks and the page's metadata (title, canonical URL, date)."""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag

from retrieval.blocks import classify, split_blocks
from retrieval.models import BlockKind, UserFacingError


@dataclass(frozen=True)
class Page:
    """What an HTML page holds: its blocks in document order and its metadata."""

    raw: list[tuple[BlockKind, str]]
    title: str | None
    url: str | None
    published: str | None


def read_html(text: str, name: str) -> Page:
    """An HTML page's main text: `<article>`, else `<main>`, else `<body>`, block by block."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            soup = BeautifulSoup(text, "html.parser")
    except Exception as exc:  # html.parser can reject truly broken markup
        raise UserFacingError(f"{name}: could not read the HTML ({exc})") from None
    title_tag = soup.find("title")
    title = _squash(title_tag.get_text()) if isinstance(title_tag, Tag) else ""
    h1 = soup.find("h1")
    if not title and isinstance(h1, Tag):
        title = _squash(h1.get_text())
    url = _meta_content(soup, ("og:url",)) or _canonical(soup)
    published = _meta_content(soup, ("article:published_time", "datePublished", "date"))
    root: Tag = soup
    for candidate in ("article", "main", "body"):
        found = soup.find(candidate)
        if isinstance(found, Tag):
            root = found
            break
    if not published:
        time_tag = root.find("time", attrs={"datetime": True})
        if isinstance(time_tag, Tag):
            published = str(time_tag.get("datetime") or "").strip() or None
    for tag in root.find_all(_DROP_TAGS):
        if not tag.decomposed:
            tag.decompose()
    for br in root.find_all("br"):
        br.replace_with("\n")
    raw: list[tuple[BlockKind, str]] = []
    _walk_html(root, raw, skip=h1 if isinstance(h1, Tag) else None)
    return Page(raw, title or None, url, published)


_DROP_TAGS = [
    "script", "style", "nav", "header", "footer", "aside", "form",
    "noscript", "template", "iframe", "svg", "button", "select",
]  # fmt: skip
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LEAF_TAGS = frozenset({"p", "li", "figcaption", "blockquote", "pre", "dt", "dd", "td", "th"})
_CONTAINER_TAGS = frozenset({
    "html", "body", "article", "main", "section", "div", "ul", "ol", "dl", "figure",
    "table", "thead", "tbody", "tfoot", "tr", "caption", "details", "summary",
    "address", "center", "hgroup", "fieldset",
})  # fmt: skip
_BLOCK_TAGS = sorted(_HEADING_TAGS | _LEAF_TAGS | _CONTAINER_TAGS)
_SPACES = re.compile(r"[^\S\u3000]+")  # collapse whitespace but keep ideographic spaces


def _walk_html(node: Tag, raw: list[tuple[BlockKind, str]], *, skip: Tag | None) -> None:
    loose: list[str] = []

    def flush() -> None:
        for chunk in split_blocks("".join(loose)):
            text = _squash(chunk)
            if text:
                raw.append((classify(text, next_is_body=False), text))
        loose.clear()

    for child in node.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, PreformattedString):  # comments, CDATA, doctypes
                loose.append(str(child))
            continue
        if not isinstance(child, Tag) or child is skip:
            continue
        name = child.name.lower()
        has_blocks = child.find(_BLOCK_TAGS) is not None
        if name in _HEADING_TAGS and not has_blocks:
            flush()
            if text := _squash(child.get_text()):
                raw.append(("heading", text))
        elif name == "figcaption" and not has_blocks:
            flush()
            if text := _squash(child.get_text()):
                raw.append(("caption", text))
        elif name in _LEAF_TAGS and not has_blocks:
            flush()
            if text := _squash(child.get_text()):
                raw.append((classify(text, next_is_body=False), text))
        elif name in _BLOCK_TAGS or has_blocks:
            flush()
            _walk_html(child, raw, skip=skip)
        else:  # inline markup: part of the surrounding loose text
            loose.append(child.get_text())
    flush()


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _meta_content(soup: BeautifulSoup, keys: Sequence[str]) -> str | None:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            tag = soup.find("meta", attrs={attr: key})
            if isinstance(tag, Tag):
                value = str(tag.get("content") or "").strip()
                if value:
                    return value
    return None


def _canonical(soup: BeautifulSoup) -> str | None:
    for tag in soup.find_all("link", href=True):
        rel: Any = tag.get("rel") or []
        rels = rel.split() if isinstance(rel, str) else [str(r) for r in rel]
        if "canonical" in (r.lower() for r in rels):
            return str(tag.get("href") or "").strip() or None
    return None
