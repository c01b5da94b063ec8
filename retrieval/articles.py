"""Text, Markdown, HTML and JSON Lines files -> Articles of numbered, typed blocks (pure).

Numbering rules (the ¶N users see and can verify by counting):

- `.txt`: the text is split at blank lines (whitespace-only lines count as blank); every
  block, headings and metadata included, is numbered 1..N in file order.
- `.md`/`.markdown`: a leading `# Title` line is the article title and is *not* a block;
  the rest is split at blank lines and numbered from 1. A `#`-heading line is always a
  block of its own (text without the `#`s), even when no blank line separates it from
  the text below it.
- `.html`/`.htm`: one block per `<p>`, `<li>`, `<figcaption>`, `<h2>`-`<h6>` (and runs of
  loose text) in document order inside `<article>`, else `<main>`, else `<body>`.
- `.jsonl`: one article per line; each entry of `paragraphs` is one block.

Block text is stored exactly as in the source apart from surrounding whitespace (HTML
collapses whitespace inside a block), so citations are verbatim slices of what we store.
A heading becomes the `section` of the paragraphs and captions after it; heading and
meta blocks themselves have no section.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag

from retrieval.models import Article, Block, BlockKind, UserFacingError, detect_language

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
# Files a directory walk skips: project notes, not articles. An explicit path is always read.
SKIPPED_NAMES = frozenset({"readme.md", "readme.txt", "readme.markdown"})
MAX_HEADING_JA = 20
MAX_HEADING_EN = 80
MAX_HEADING_WORDS = 12
MAX_CAPTION = 400
MAX_ID = 80
# News articles run to tens of thousands of characters; a file far beyond that is a mistake
# (a dump, a binary renamed .txt) that would take hours to parse and embed, so it is refused.
# JSON Lines holds many articles, so there the limit applies to each line.
MAX_ARTICLE_CHARS = 2_000_000

_BLANK_LINES = re.compile(r"\n[^\S\n]*\n\s*")
_ID_OK = re.compile(r"[A-Za-z0-9_.-]{1,80}")
_SLUG_JUNK = re.compile(r"[^a-z0-9_-]+")
# Control characters that never occur in a text file (tab, newlines and form feed do).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Python's cp932 maps user-defined and unassigned bytes into the private use area;
# real Shift_JIS articles essentially never contain them, but misread UTF-16 does.
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")

_META_PATTERNS = (
    re.compile(r"^原題\s*[:：]"),
    re.compile(r"^もっと読むには"),
    re.compile(r"^(?:Read more|More from Bloomberg|Most Read from)\b", re.IGNORECASE),
    re.compile(r"^(?:©|Ⓒ|Copyright\b|\([cC]\)\s*\d{4})"),
    re.compile(r"^記者\s*[:：]"),
    re.compile(r"^(?:-{1,2}|—|–)\s*With assistance from\b", re.IGNORECASE),
    re.compile(r"^To contact the (?:reporter|editor|author)s?\b", re.IGNORECASE),
    # A bare dateline block; a paragraph that merely starts with one is body text.
    re.compile(r"^\((?:Bloomberg|Reuters|AP|AFP)[^()]*\)\s*(?:--|—|–)\s*$"),
    re.compile(r"^\((?:Updates|Adds|Corrects|Recasts)\b[^()]*\)$", re.IGNORECASE),
)
# Credits and bylines as wire copy prints them, each a block of its own: 【山田太郎】,
# 【ワシントン=山田太郎】, （共同）, "(Reporting by …; Editing by …)", "Reporting by …",
# "Associated Press writer X in Y contributed to this report."
_CREDIT_PATTERNS = (
    re.compile(r"^【[^】\n]{1,40}】$"),
    re.compile(r"^[（(][^()（）\n]{1,15}[)）]$"),
    re.compile(
        r"^\(?(?:Reporting|Writing|Editing|Additional reporting)\s+by\b[^\n]*$", re.IGNORECASE
    ),
    re.compile(r"^[^\n.]{0,120}\bcontributed(?:\s+reporting|\s+to\s+this\s+report)\b[^\n]{0,40}$"),
    re.compile(r"^(?:Compiled|Edited|Written) by\b[^\n]{0,80}$"),
)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
_MONTH_NUMBER = {
    m[:3].lower(): i
    for i, m in enumerate(
        "January February March April May June July August September October November December".split(),
        1,
    )
}
# Full dates as news sites print them: 2025年11月6日, 2025/11/10, March 3, 2026, 2026-03-03.
_DATE_PATTERNS = (
    re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    re.compile(r"(?P<y>(?:19|20)\d\d)[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})\b"),
    re.compile(rf"\b(?P<mon>{_MONTHS})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTHS})\s+(?P<y>(?:19|20)\d\d)\b"),
)
# What a time stamp holds besides its date: times, zones, "Updated", "3 hours ago", 最終更新.
_STAMP_WORDS = re.compile(
    r"\d{1,2}[:：]\d{2}|\d{1,2}時\d{1,2}分|\d+\s*(?:hours?|minutes?|days?|mins?)\s+ago|"
    r"\b(?:AM|PM|a\.m\.|p\.m\.|GMT|UTC|JST|EST|EDT|PST|PDT|BST|CET|ET|PT|at|Updated|Published|"
    r"Posted|Last updated|on)\b|[+-]\d{1,2}|最終更新|更新|配信|公開|[\s,.:：()（）|｜/-]",
    re.IGNORECASE,
)
# A byline's role line: "Political reporter", "MIKI HAYASHIDA, Nikkei staff writer".
_ROLE_LINE = re.compile(
    r"\b(?:reporter|correspondent|writer|editor|columnist|staff|bureau|contributor|news)\b",
    re.IGNORECASE,
)
# Subhead marks of Japanese papers: a line that starts with one is a heading.
_SUBHEAD_MARKS = "◇◆■□●○▽▼▲△★☆◎"
MAX_HEADLINE_JA = 64
MAX_HEADLINE_WORDS = 24
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_BYLINE = re.compile(rf"^By\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*$")
_ORIGINAL_TITLE = re.compile(r"^原題\s*[:：]\s*")
_EXCERPT_MARK = re.compile(r"\s*[(（]\s*(?:一部)?(?:抜粋|excerpt)\s*[)）]\s*$", re.IGNORECASE)
_PHOTO_MARKER = re.compile(
    r"(?:\b(?:Photographer|Photograph|Photos?|Photo credit)\s*:|\bPhoto by\b|写真\s*[:：]|撮影\s*[:：])"
)
_JA_PHOTO_CREDIT = re.compile(r"＝[^＝]{0,80}(?:撮影|提供)[)）]?$")
_JA_CAPTION_TAIL = re.compile(r"[(（]([^()（）]*)[)）]\s*$")
_JA_CAPTION_DATE = re.compile(r"[0-9０-９]{1,2}日|[0-9０-９]{4}年|[0-9０-９]{1,2}月")
_JA_POSITION = re.compile(
    r"[(（](?:中央|左|右|手前|奥|左端|右端|[左右]から[0-9０-９一二三四五]+人目)[)）]"
)
_SENTENCE_END = "。．.!?！？…,、;；:：-—–"
_CLOSERS = '」』)）"”’]】'
_LIST_OR_CODE = re.compile(r"^(?:[-*+•]\s|・|\d+[.)]\s|>|```|~~~|\|)")
_MD_HEADING = re.compile(r"^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")


# --- reading -------------------------------------------------------------------------


def read_text(path: Path) -> str:
    """The text of `path` (UTF-8, UTF-8 with BOM or Shift_JIS) with newlines normalised."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserFacingError(f"{path}: no such file or directory") from None
    except IsADirectoryError:
        raise UserFacingError(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise UserFacingError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return decode_text(data, str(path))


def decode_text(data: bytes, name: str) -> str:
    """Decode file bytes: UTF-8 (BOM allowed), else Shift_JIS (cp932), else refuse."""
    text: str | None = None
    if b"\x00" not in data:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp932")
            except UnicodeDecodeError:
                text = None
            if text is not None and _PRIVATE_USE.search(text):
                text = None
        if text is not None and _CONTROL.search(text):
            text = None
    if text is None:
        raise UserFacingError(f"{name}: not a UTF-8 or Shift_JIS text file")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UserFacingError(f"{name}: the file is empty")
    return text


# --- classification ------------------------------------------------------------------


def classify_block(text: str, next_text: str | None = None) -> BlockKind:
    """The kind of one block; `next_text` (the following block) decides headings."""
    return _classify(text, next_is_body=next_text is not None and _is_body(next_text))


def _classify(text: str, *, next_is_body: bool) -> BlockKind:
    if is_meta(text):
        return "meta"
    if is_caption(text):
        return "caption"
    t = text.strip()
    # A subhead is a short line that is no sentence: ◇老朽管の更新急ぐ, not ★の番組は….
    if t[:1] in _SUBHEAD_MARKS and "\n" not in t and len(t) <= MAX_HEADING_EN and "。" not in t:
        return "heading"
    if next_is_body and looks_like_heading(text):
        return "heading"
    return "paragraph"


def _is_body(text: str) -> bool:
    return is_caption(text) or not (is_meta(text) or looks_like_heading(text))


def is_meta(text: str) -> bool:
    """True for titles, bylines, read-more links and copyright lines: metadata, not body."""
    first = text.strip()
    if any(p.search(first) for p in _META_PATTERNS):
        return True
    if any(p.match(first) for p in _CREDIT_PATTERNS) or is_timestamp(first):
        return True
    if is_byline_block(first):
        return True
    return len(first) <= MAX_HEADING_EN and "\n" not in first and bool(_BYLINE.match(first))


def is_timestamp(text: str) -> bool:
    """True for a block that is only a date and time (2025年11月6日 17:45, Updated 9:05 PM GMT+8,
    June 12, 2026): when the story was filed, not body text."""
    t = text.strip()
    if len(t) > 80 or "\n" in t or "。" in t:
        return False
    for pattern in _DATE_PATTERNS:
        m = pattern.search(t)
        if m:
            rest = _STAMP_WORDS.sub("", t[: m.start()] + t[m.end() :])
            rest = re.sub(r"\d{1,2}/\d{1,2}|\d+", "", rest)
            return len(rest) <= 2
    return False


def is_byline_block(text: str) -> bool:
    """True for a short block of byline lines: writers ("By Jane Roe", "Jane Roe, staff
    writer", "Science correspondent"), agencies, a filing time, links ("AP MLB: https://…")."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    if not lines or len(lines) > 4 or any(len(line) > 90 for line in lines) or is_caption(text):
        return False
    kinds = [_byline_line(line) for line in lines]
    return all(kinds) and any(k in ("by", "date", "link") for k in kinds)


def _byline_line(line: str) -> str:
    """What one line of a byline block is ("by", "date", "role", "link"), or "" if none."""
    if re.match(r"^_{3,}$", line) or re.search(r"https?://\S+$", line):
        return "link"
    if re.match(r"^By\s+[A-Z]", line) or _BYLINE.match(line):
        return "by"
    if full_date(line) and not re.search(r"[。]|[a-z]\.\s", line):
        return "date"
    if _ROLE_LINE.search(line) and not line.endswith((".", "。")):
        return "role"
    return ""


def full_date(text: str) -> str | None:
    """The first full date in `text` as YYYY-MM-DD (2025年11月6日, March 3, 2026), if any."""
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            fields = m.groupdict()
            month = (
                _MONTH_NUMBER.get(fields["mon"][:3].lower(), 0)
                if fields.get("mon")
                else int(fields["m"])
            )
            year, day = int(fields["y"]), int(fields["d"])
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def looks_like_headline(text: str) -> bool:
    """True for a first block that reads as a headline: one short line that is no sentence."""
    t = text.strip()
    if not t or "\n" in t or is_meta(t) or is_caption(t) or _LIST_OR_CODE.match(t):
        return False
    if detect_language(t) == "ja":
        return len(t) <= MAX_HEADLINE_JA and not t.endswith("。")
    words = t.split()
    return 2 <= len(words) <= MAX_HEADLINE_WORDS and t[-1] not in ".:;,"


def is_caption(text: str) -> bool:
    """True for photo captions: a photographer credit, or a Japanese caption's (date, place)."""
    t = text.strip()
    if len(t) > MAX_CAPTION:
        return False
    if _PHOTO_MARKER.search(t):
        return "。" not in t
    if _JA_PHOTO_CREDIT.search(t) and "。" not in t:  # …選手たち＝甲子園で2025年3月31日、某撮影
        return True
    if "。" in t or detect_language(t) != "ja":
        return False
    tail = _JA_CAPTION_TAIL.search(t)
    if tail and tail.start() > 0:
        inner = tail.group(1)
        # "(21日、イスラエルのキルヤット・ガト)": a date, or a place list too long for a heading.
        if _JA_CAPTION_DATE.search(inner) or ("、" in inner and len(t) > MAX_HEADING_JA):
            return True
    return bool(_JA_POSITION.search(t))


def looks_like_heading(text: str) -> bool:
    """True for a short single line with no sentence-final punctuation (a section title)."""
    t = text.strip()
    if not t or "\n" in t or "。" in t or _LIST_OR_CODE.match(t):
        return False
    if not any(ch.isalpha() for ch in t):
        return False
    if detect_language(t) == "ja":
        if len(t) > MAX_HEADING_JA:
            return False
    elif len(t) > MAX_HEADING_EN or len(t.split()) > MAX_HEADING_WORDS or ". " in t:
        return False
    core = t.rstrip(_CLOSERS)
    return bool(core) and core[-1] not in _SENTENCE_END


def classify_blocks(texts: Sequence[str]) -> list[BlockKind]:
    """Kinds for a run of blocks in order, using each block's successor for headings."""
    return [
        classify_block(text, texts[i + 1] if i + 1 < len(texts) else None)
        for i, text in enumerate(texts)
    ]


# --- building articles ---------------------------------------------------------------


def split_blocks(text: str) -> list[str]:
    """Blank-line-separated blocks with surrounding whitespace stripped, in order."""
    return [chunk.strip() for chunk in _BLANK_LINES.split(text) if chunk.strip()]


def _number(raw: Sequence[tuple[BlockKind, str]]) -> tuple[Block, ...]:
    blocks: list[Block] = []
    section: str | None = None
    for number, (kind, text) in enumerate(raw, start=1):
        if kind == "heading":
            section = text
            blocks.append(Block(number, kind, text, None))
        elif kind == "meta":
            blocks.append(Block(number, kind, text, None))
        else:
            blocks.append(Block(number, kind, text, section))
    return tuple(blocks)


def original_title(blocks: Iterable[Block]) -> str | None:
    """The title after `原題:` in the first such meta block, without an `(抜粋)` marker."""
    for block in blocks:
        if block.kind == "meta" and _ORIGINAL_TITLE.match(block.text):
            title = _EXCERPT_MARK.sub("", _ORIGINAL_TITLE.sub("", block.text, count=1)).strip()
            return " ".join(title.split()) or None
    return None


def humanise(name: str) -> str:
    """A readable title from a file name: `rubio_russia-shift.txt` -> `rubio russia shift`."""
    stem = _strip_suffix(PurePosixPath(name.replace("\\", "/")).name)
    return " ".join(stem.replace("_", " ").replace("-", " ").split()) or "Untitled"


def _article(
    raw: Sequence[tuple[BlockKind, str]],
    *,
    article_id: str,
    name: str,
    source: str | None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> Article:
    if not raw:
        raise UserFacingError(f"{name}: no article text found")
    raw = list(raw)
    if title is None and _headline_first(raw):
        # The headline is the article's title (every passage is embedded with it), not ¶1's
        # body text; it keeps its number so ¶N stays the file's block order.
        title = raw[0][1]
        raw[0] = ("meta", raw[0][1])
    blocks = _number(raw)
    original = original_title(blocks)
    if published is None:
        published = _published(blocks)
    return Article(
        article_id=article_id,
        title=title or original or humanise(name),
        blocks=blocks,
        original_title=original,
        url=url,
        published=published,
        source=source,
    )


def _headline_first(raw: Sequence[tuple[BlockKind, str]]) -> bool:
    """Whether the first block is a headline: it reads as one and body text follows."""
    kind, text = raw[0]
    return (
        kind in ("paragraph", "heading")
        and looks_like_headline(text)
        and any(k in ("paragraph", "caption") for k, _ in raw[1:])
    )


def _published(blocks: Sequence[Block]) -> str | None:
    """The article's date: from its time stamp or credits, else a photo caption's."""
    for kinds in (("meta",), ("caption",)):
        for block in blocks:
            if block.kind in kinds and not _ORIGINAL_TITLE.match(block.text):
                found = full_date(block.text)
                if found:
                    return found
    return None


def _require_text(text: str, name: str) -> None:
    if not text.strip():
        raise UserFacingError(f"{name}: the file is empty")


# --- formats -------------------------------------------------------------------------


def parse_text(text: str, *, article_id: str, name: str, source: str | None = None) -> Article:
    """A plain-text article: every blank-line-separated block is numbered, in file order."""
    _require_text(text, name)
    texts = split_blocks(_newlines(text))
    return _article(
        list(zip(classify_blocks(texts), texts, strict=True)),
        article_id=article_id,
        name=name,
        source=source,
    )


def parse_markdown(text: str, *, article_id: str, name: str, source: str | None = None) -> Article:
    """A Markdown article: a leading `# Title` is the title (not a block); `#`s are headings."""
    _require_text(text, name)
    lines = _newlines(text).split("\n")
    title: str | None = None
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        m = _MD_HEADING.match(lines[first].strip())
        if m and len(m.group(1)) == 1 and m.group(2):
            title = m.group(2).strip()
            lines = lines[first + 1 :]
    # (is_heading, text) pieces: heading lines always stand alone.
    pieces: list[tuple[bool, str]] = []
    for chunk in split_blocks("\n".join(lines)):
        pending: list[str] = []
        for line in chunk.split("\n"):
            m = _MD_HEADING.match(line.strip())
            if m and (m.group(2) or "").strip():
                if pending:
                    pieces.append((False, "\n".join(pending).strip()))
                    pending = []
                pieces.append((True, (m.group(2) or "").strip()))
            else:
                pending.append(line)
        if pending and "\n".join(pending).strip():
            pieces.append((False, "\n".join(pending).strip()))
    raw: list[tuple[BlockKind, str]] = []
    for i, (is_heading, piece) in enumerate(pieces):
        if is_heading:
            raw.append(("heading", piece))
            continue
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        next_is_body = nxt is not None and not nxt[0] and _is_body(nxt[1])
        raw.append((_classify(piece, next_is_body=next_is_body), piece))
    return _article(raw, article_id=article_id, name=name, source=source, title=title)


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


def parse_html(text: str, *, article_id: str, name: str, source: str | None = None) -> Article:
    """An HTML page's main text: `<article>`, else `<main>`, else `<body>`, block by block."""
    _require_text(text, name)
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
    return _article(
        raw,
        article_id=article_id,
        name=name,
        source=source,
        title=title or None,
        url=url,
        published=published,
    )


def _walk_html(node: Tag, raw: list[tuple[BlockKind, str]], *, skip: Tag | None) -> None:
    loose: list[str] = []

    def flush() -> None:
        for chunk in split_blocks("".join(loose)):
            text = _squash(chunk)
            if text:
                raw.append((_classify(text, next_is_body=False), text))
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
                raw.append((_classify(text, next_is_body=False), text))
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


def parse_jsonl(text: str, *, name: str, source: str | None = None) -> list[Article]:
    """JSON Lines, one `{"id", "title", "paragraphs", "url"?, "published"?}` per line.

    Any bad line fails the whole file, naming the line, so a file is never half ingested.
    """
    _require_text(text, name)
    articles: list[Article] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(_newlines(text).split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name} line {lineno}"
        if len(line) > MAX_ARTICLE_CHARS:
            raise _too_long(where, len(line))
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UserFacingError(f"{where}: not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise UserFacingError(f"{where}: expected a JSON object, got {_json_type(record)}")
        raw_id = _required_str(record, "id", where)
        title = _required_str(record, "title", where)
        paragraphs = record.get("paragraphs")
        if "paragraphs" not in record:
            raise UserFacingError(f'{where}: missing "paragraphs"')
        if not isinstance(paragraphs, list):
            raise UserFacingError(
                f'{where}: "paragraphs" must be a list of strings, got {_json_type(paragraphs)}'
            )
        if not paragraphs:
            raise UserFacingError(f'{where}: "paragraphs" is empty')
        texts: list[str] = []
        for n, para in enumerate(paragraphs, start=1):
            if not isinstance(para, str):
                raise UserFacingError(
                    f"{where}: paragraph {n} must be a string, got {_json_type(para)}"
                )
            if not para.strip():
                raise UserFacingError(f"{where}: paragraph {n} is empty")
            texts.append(para.strip())
        article_id = jsonl_id(raw_id)
        if article_id in seen:
            raise UserFacingError(
                f'{where}: id "{article_id}" is already used on line {seen[article_id]}'
            )
        seen[article_id] = lineno
        articles.append(
            _article(
                list(zip(classify_blocks(texts), texts, strict=True)),
                article_id=article_id,
                name=name,
                source=source,
                title=title.strip(),
                url=_optional_str(record, "url", where),
                published=_optional_str(record, "published", where),
            )
        )
    if not articles:
        raise UserFacingError(f"{name}: the file is empty")
    return articles


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)


def _required_str(record: dict[str, Any], key: str, where: str) -> str:
    if key not in record:
        raise UserFacingError(f'{where}: missing "{key}"')
    value = record[key]
    if not isinstance(value, str):
        raise UserFacingError(f'{where}: "{key}" must be a string, got {_json_type(value)}')
    if not value.strip():
        raise UserFacingError(f'{where}: "{key}" is empty')
    return value


def _optional_str(record: dict[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise UserFacingError(f'{where}: "{key}" must be a string, got {_json_type(value)}')
    return value.strip() or None


# --- ids, files and dispatch ---------------------------------------------------------


def _strip_suffix(name: str) -> str:
    for suffix in SUPPORTED_SUFFIXES:
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _slug(stem: str) -> str:
    """Lowercase ASCII [a-z0-9_-]; non-ASCII or over-long names get a hash to stay distinct."""
    stem = unicodedata.normalize("NFC", stem)  # macOS hands out NFD file names
    slug = _SLUG_JUNK.sub("-", stem.lower()).strip("-")
    digest = hashlib.sha1(stem.encode("utf-8")).hexdigest()[:10]
    if not stem.isascii() or not slug:
        return f"article-{digest}"
    if len(slug) > MAX_ID:
        return f"{slug[: MAX_ID - 11]}-{digest}"
    return slug


def article_id_for(filename: str) -> str:
    """A stable id from a file name: `000_Abc.txt` -> `000_abc`, `記事1.txt` -> `article-<sha1>`."""
    return _slug(_strip_suffix(PurePosixPath(filename.replace("\\", "/")).name))


def jsonl_id(raw_id: str) -> str:
    """A JSONL record's id as given when it is 1-80 of [A-Za-z0-9_.-], else a slug of it."""
    raw_id = raw_id.strip()
    if _ID_OK.fullmatch(raw_id) and not raw_id.startswith("."):
        return raw_id
    return _slug(raw_id)


def _suffix(filename: str) -> str:
    suffix = PurePosixPath(filename).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UserFacingError(
            f"{filename}: unsupported file type; use one of {', '.join(SUPPORTED_SUFFIXES)}"
        )
    return suffix


def _too_long(where: str, chars: int) -> UserFacingError:
    return UserFacingError(
        f"{where}: too long for one article ({chars:,} characters; "
        f"the limit is {MAX_ARTICLE_CHARS:,})"
    )


def _dispatch(
    text: str, *, suffix: str, filename: str, name: str, source: str | None
) -> list[Article]:
    if suffix == ".jsonl":
        return parse_jsonl(text, name=name, source=source)
    if len(text) > MAX_ARTICLE_CHARS:
        raise _too_long(name, len(text))
    article_id = article_id_for(filename)
    if suffix in (".md", ".markdown"):
        return [parse_markdown(text, article_id=article_id, name=name, source=source)]
    if suffix in (".html", ".htm"):
        return [parse_html(text, article_id=article_id, name=name, source=source)]
    return [parse_text(text, article_id=article_id, name=name, source=source)]


def parse_bytes(data: bytes, filename: str, *, source: str | None = None) -> list[Article]:
    """Decode an upload and parse it by extension; only the base name of `filename` counts."""
    base = PurePosixPath(filename.replace("\\", "/")).name
    if not base or base in (".", ".."):
        raise UserFacingError("the uploaded file has no usable name")
    suffix = _suffix(base)
    text = decode_text(data, base)
    return _dispatch(text, suffix=suffix, filename=base, name=base, source=source or base)


def parse_file(path: Path) -> list[Article]:
    """Parse one file; a `.jsonl` file gives one article per line."""
    suffix = _suffix(path.name)
    text = read_text(path)
    return _dispatch(text, suffix=suffix, filename=path.name, name=str(path), source=str(path))


def iter_article_files(paths: Iterable[Path]) -> list[Path]:
    """Files to ingest: explicit files as given, directories walked recursively and sorted."""
    found: list[Path] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            found.append(path)

    for path in paths:
        if path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for filename in sorted(filenames):
                    if (
                        filename.startswith(".")
                        or filename.lower() in SKIPPED_NAMES
                        or PurePosixPath(filename).suffix.lower() not in SUPPORTED_SUFFIXES
                    ):
                        continue
                    add(Path(dirpath) / filename)
        elif path.exists():
            add(path)
        else:
            raise UserFacingError(f"{path}: no such file or directory")
    return found


def _newlines(text: str) -> str:
    # A byte order mark is an encoding artefact, not article text.
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
