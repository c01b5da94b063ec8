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
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from retrieval.blocks import (
    EXCERPT_MARK,
    MAX_HEADLINE_WORDS,
    ORIGINAL_TITLE,
    UPPER,
    classify,
    classify_blocks,
    full_date,
    is_body,
    is_byline_block,
    is_meta,
    is_name_in_place,
    looks_like_headline,
    split_blocks,
)
from retrieval.models import Article, Block, BlockKind, UserFacingError
from retrieval.webpage import read_html

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
# Files a directory walk skips: project notes, not articles. An explicit path is always read.
SKIPPED_NAMES = frozenset({"readme.md", "readme.txt", "readme.markdown"})
MAX_ID = 80
# News articles run to tens of thousands of characters; a file far beyond that is a mistake
# (a dump, a binary renamed .txt) that would take hours to parse and embed, so it is refused.
# JSON Lines holds many articles, so there the limit applies to each line.
MAX_ARTICLE_CHARS = 2_000_000

_ID_OK = re.compile(r"[A-Za-z0-9_.-]{1,80}")
_SLUG_JUNK = re.compile(r"[^a-z0-9_-]+")
# Control characters that never occur in a text file (tab, newlines and form feed do).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Python's cp932 maps user-defined and unassigned bytes into the private use area;
# real Shift_JIS articles essentially never contain them, but misread UTF-16 does.
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")

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


# --- building articles ---------------------------------------------------------------


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
        if block.kind == "meta" and ORIGINAL_TITLE.match(block.text):
            title = EXCERPT_MARK.sub("", ORIGINAL_TITLE.sub("", block.text, count=1)).strip()
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
        if len(raw) > 1 and raw[1][0] != "meta" and is_name_in_place(raw[1][1]):
            raw[1] = ("meta", raw[1][1])  # "Jane Roe in Monterrey" under the headline
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
    """Whether the first block is a headline: it reads as one and body text follows. A short
    line right above a byline is one too, even written as two sentences (a feature's headline
    and deck: "A town votes to close its pool. Swimmers are not giving up.")."""
    kind, text = raw[0]
    bylined = (
        len(raw) > 1
        and raw[1][0] == "meta"
        and is_byline_block(raw[1][1])
        and re.match(r"By\s+[A-Z]", raw[1][1].strip()) is not None
        and "\n" not in text.strip()
        and len(text.split()) <= MAX_HEADLINE_WORDS
        and not is_meta(text)
    )
    return (
        kind in ("paragraph", "heading")
        and (looks_like_headline(text) or bylined)
        and any(k in ("paragraph", "caption") for k, _ in raw[1:])
    )


def _published(blocks: Sequence[Block]) -> str | None:
    """The article's date: from its time stamp or credits, else the dateline opening its first
    paragraph ("COLOMBO, 20 November 2026 -"), else a photo caption's, else a full date in the
    lead's first sentence. (A dateline's month and day with no year give no date: a year
    guessed from the text could be the wrong one.)"""
    for block in blocks:
        if block.kind == "meta" and not ORIGINAL_TITLE.match(block.text):
            found = full_date(block.text)
            if found:
                return found
    lead = next((b for b in blocks if b.kind == "paragraph"), None)
    dateline = _DATELINE.match(lead.text) if lead else None
    if dateline and (found := full_date(dateline.group())):
        return found
    for block in blocks:
        if block.kind == "caption":
            found = full_date(block.text)
            if found:
                return found
    # 厚生労働省は2026年7月3日、…: a full date in the lead's first sentence is the news day.
    first = re.split(r"(?<=[。.!?])\s*", lead.text, maxsplit=1)[0] if lead else ""
    return full_date(first)


# A wire dateline with its date, before the dash that starts the story: "COLOMBO, 20 November
# 2026 -", "OSLO, Nov. 3, 2026 (AP) —".
_DATELINE = re.compile(
    rf"^[{UPPER}][{UPPER} .'’-]{{1,40}},[^\n—–-]{{4,60}}?(?:\([^()\n]{{1,20}}\)\s*)?[-—–]"
)


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
        next_is_body = nxt is not None and not nxt[0] and is_body(nxt[1])
        raw.append((classify(piece, next_is_body=next_is_body), piece))
    return _article(raw, article_id=article_id, name=name, source=source, title=title)


def parse_html(text: str, *, article_id: str, name: str, source: str | None = None) -> Article:
    """An HTML page's main text: `<article>`, else `<main>`, else `<body>`, block by block."""
    _require_text(text, name)
    page = read_html(text, name)
    return _article(
        page.raw,
        article_id=article_id,
        name=name,
        source=source,
        title=page.title,
        url=page.url,
        published=page.published,
    )


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
