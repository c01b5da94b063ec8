"""What each block of real news copy is: body, headline, byline, credit, time stamp, caption,
subhead or metadata (pure functions of the text, used when an article is parsed).

Wire and newspaper copy pasted from a site starts with a headline and carries bylines
(【記者名】, "By …"), credits (（共同）, "Reporting by …; Editing by …"), time stamps ("Updated
9:05 PM GMT+8, June 12, 2026"), photo captions and subheads (◇ lines, short lines without
。). Those are numbered like every block (¶N stays the file's block order) but are never
quoted, summarised or cited as body text; a parseable date becomes the article's date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.lexicon import EN_FUNCTION_WORDS, JA_LINE_MARKS, JA_QUESTION_DASHES
from retrieval.models import BlockKind, detect_language

MAX_HEADING_JA = 20
MAX_HEADING_EN = 80
MAX_HEADING_WORDS = 12
MAX_CAPTION = 400

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
    re.compile(r"^With files from\b[^\n]{0,80}$"),  # a wire's or colleague's material
    # "Takeda reported from Tokyo." (and a contributors' line after it)
    re.compile(
        r"^[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,3}\s+reported\s+from\s+[^\n.]{1,60}\."
        r"(?:\s+[^\n]{0,200}\bcontributed\b[^\n]{0,60})?$"
    ),
    # "Tom Ashworth Science correspondent": a writer's name and role on one line
    re.compile(
        r"^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}\s+(?:[A-Za-z]+\s+){0,3}"
        r"(?:reporter|correspondent|writer|editor|columnist)$"
    ),
    # 【大阪社会部】松本拓也、石井葵: a desk in brackets, then its writers
    re.compile(
        r"^【[^】\n]{1,12}(?:部|局|支局|総局|班)】[\s\u3000]*[一-龥ぁ-ゖ]{2,7}(?:[、・][一-龥ぁ-ゖ]{2,7}){0,4}$"
    ),
    # 医療部　高田真理子: a desk and a writer's name
    re.compile(r"^[一-龥]{1,8}(?:部|局|支局|総局)[\s\u3000]+[一-龥ぁ-ゖ]{2,7}$"),
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
# News agencies whose name closes a dateline in brackets.
_WIRES = "Reuters|AP|AFP|Bloomberg|Kyodo|Jiji|Xinhua|Yonhap|dpa|ANSA|EFE|UPI|PA|CNA|Bernama"
# A dateline standing alone as a block, as wire copy sets it: "JUNEAU, Alaska, Aug. 14 (AP)",
# "TASHKENT, Sept 22 (Reuters)", "OSLO (Reuters)", "ZANESVILLE, Ohio", "OSLO, Feb 2",
# "SEOUL/TOKYO, May 3 (Reuters) -" - a place (or two) in capitals, then a region, the month and
# day, the agency in brackets or the dash (at least one: a heading in capitals alone is no
# dateline).
_REGION_WORD = r"[A-Z](?:[a-z][\w'’-]*\.?|\.(?:[A-Z]\.)+)"  # Ohio, Calif., N.Y.
UPPER = "A-ZÀ-ÖØ-Þ"  # capital letters for a character class, accented too: JAÉN, BOGOTÁ, ZÜRICH
_BARE_DATELINE = re.compile(
    rf"^[{UPPER}][{UPPER} .'’/-]{{1,40}}?(?P<region>(?:,\s*{_REGION_WORD}(?:\s{_REGION_WORD}){{0,2}}))?"
    rf"(?P<date>,\s*(?:{_MONTHS})\s+\d{{1,2}})?\s*(?P<wire>\((?:{_WIRES})\))?"
    # (the dash that opens the story, when the block keeps it: "CEDAR FALLS —" alone is a
    # dateline too, since no heading ends on a dash)
    r"(?P<dash>\s*(?:--|—|–|-))?\s*$"
)
# A Japanese dateline of sports and event copy: the day, then where, alone on a line
# (4月5日　東京アクアティクスセンター; 20日（日）　県営球場; after a comma, a place that ends in a
# unit of local government: 3月2日、石川県七尾市), no sentence.
_JA_DATELINE = re.compile(
    r"^(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:[(（][月火水木金土日][)）])?"
    r"(?:[ 　]+[^ 　。、「」]{2,30}|、[^ 　。、「」]{1,28}[市町村区郡県都府道])$"
)
# A local dateline in angle brackets, alone on a line: ＜高知・奥宮町＞, ＜札幌市＞, ＜北京＝共同＞ -
# a place that ends in a unit of local government, or a place and an agency after ＝ (not an
# event's name: ＜大相撲春場所＞ heads a sports report).
_JA_BRACKET_DATELINE = re.compile(
    r"^[＜<〈](?:[^＜＞<>〈〉・＝=\s]{1,8}・)?[^＜＞<>〈〉・＝=\s]{1,10}"
    r"(?:[市町村区郡県都府道]|[＝=][^＜＞<>〈〉\s]{1,10})[＞>〉]$"
)
# What a time stamp holds besides its date: times, zones, "Updated", "3 hours ago", 最終更新.
_STAMP_WORDS = re.compile(
    r"\d{1,2}[:：]\d{2}|\d{1,2}時\d{1,2}分|\d+\s*(?:hours?|minutes?|days?|mins?)\s+ago|"
    r"(?-i:\b[A-Z]{1,4}T\b)|"  # a time zone: GMT, ADT, AEST, HKT
    r"\b(?:AM|PM|a\.m\.|p\.m\.|UTC|at|Updated|Published|"
    r"Posted|Last updated|on)\b|[+-]\d{1,2}|最終更新|更新|配信|公開|[\s,.:：()（）|｜/-]",
    re.IGNORECASE,
)
# A byline's role line: "Political reporter", "MIKI HAYASHIDA, Nikkei staff writer".
_ROLE_LINE = re.compile(
    r"\b(?:reporter|correspondent|writer|editor|columnist|staff|bureau|contributor|news)\b",
    re.IGNORECASE,
)
MAX_HEADLINE_JA = 64
MAX_HEADLINE_WORDS = 24
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_BYLINE = re.compile(rf"^By\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*$")
# A writer and where they filed from, as some papers set the byline under the headline: "Jane
# Roe in Monterrey", "Jane Roe and Ivo Doe in Kyiv" (read only right after a headline: elsewhere
# a short line so may be a subhead).
_NAME_IN_PLACE = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}(?:\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})?"
    r"\s+in\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3}$"
)
ORIGINAL_TITLE = re.compile(r"^原題\s*[:：]\s*")
EXCERPT_MARK = re.compile(r"\s*[(（]\s*(?:一部)?(?:抜粋|excerpt)\s*[)）]\s*$", re.IGNORECASE)
# The wires whose photo credits close a caption: REUTERS/Jane Doe, AFP/Getty Images, EPA-EFE/X.
_WIRE_PHOTO = r"(?:REUTERS|AFP|EPA(?:-EFE)?)"
_PHOTO_MARKER = re.compile(
    r"(?:\b(?:Photographer|Photograph|Photos?|Photo credit)\s*:|\bPhoto by\b|写真\s*[:：]|撮影\s*[:：]"
    r"|\((?:[A-Z][\w.]*\s+)?Photos?\s*/\s*[A-Z][^()]*\)\s*$"  # (AP Photo/Jane Doe) closing it
    # a wire's credit (REUTERS/Jane Doe, AFP/Getty Images, EPA-EFE/Jan Doe) or its file mark
    rf"|\b{_WIRE_PHOTO}\s*/\s*[A-Z][\w .'’-]*(?:/[\w .'’-]+)*$|^FILE PHOTO\s*:)"
)
# A sentence that is only a photo credit: "REUTERS/Jane Doe/File Photo", "(AP Photo/Jane Doe)".
PHOTO_CREDIT = re.compile(rf"\(?(?:{_WIRE_PHOTO}|(?:[A-Z][\w.]*\s+)?Photos?)\s*/[^.。]*\)?")
_JA_PHOTO_CREDIT = re.compile(r"＝[^＝]{0,80}(?:撮影|提供)[)）]?$")
_JA_CAPTION_TAIL = re.compile(r"[(（]([^()（）]*)[)）]\s*$")
_JA_CAPTION_DATE = re.compile(r"[0-9０-９]{1,2}日|[0-9０-９]{4}年|[0-9０-９]{1,2}月")
_JA_POSITION = re.compile(
    r"[(（](?:中央|左|右|手前|奥|左端|右端|[左右]から[0-9０-９一二三四五]+人目)[)）]"
)
_SENTENCE_END = "。．.!?！？…,、;；:：-—–"
_CLOSERS = '」』)）"”’]】'


_LIST_OR_CODE = re.compile(r"^(?:[-*+•]\s|・|\d+[.)]\s|>|```|~~~|\|)")


# --- classification ------------------------------------------------------------------


def classify_block(text: str, next_text: str | None = None) -> BlockKind:
    """The kind of one block; `next_text` (the following block) decides headings."""
    return classify(text, next_is_body=next_text is not None and is_body(next_text))


def classify(text: str, *, next_is_body: bool) -> BlockKind:
    if is_meta(text):
        return "meta"
    if is_caption(text):
        return "caption"
    t = text.strip()
    # A subhead is a short line that is no sentence: ◇老朽管の更新急ぐ, not ★の番組は….
    if t[:1] in JA_LINE_MARKS and "\n" not in t and len(t) <= MAX_HEADING_EN and "。" not in t:
        return "heading"
    if next_is_body and looks_like_heading(text):
        return "heading"
    return "paragraph"


def is_body(text: str) -> bool:
    return is_caption(text) or not (is_meta(text) or looks_like_heading(text))


def is_meta(text: str) -> bool:
    """True for titles, bylines, read-more links and copyright lines: metadata, not body."""
    first = text.strip()
    if any(p.search(first) for p in _META_PATTERNS):
        return True
    if any(p.match(first) for p in _CREDIT_PATTERNS) or is_timestamp(first):
        return True
    if (dateline := _BARE_DATELINE.match(first)) and any(dateline.groups()):
        return True
    if _JA_DATELINE.match(first) or _JA_BRACKET_DATELINE.match(first):
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


def is_name_in_place(text: str) -> bool:
    """True for a byline of writers and where they filed from ("Jane Roe in Monterrey"; not
    "The Storm in Numbers" or "What Happens in Vegas": no name starts with a function word)."""
    t = text.strip()
    if len(t) > MAX_HEADING_EN or _NAME_IN_PLACE.match(t) is None:
        return False
    return not ({w.lower() for w in t.split()} & EN_FUNCTION_WORDS - {"in", "and"})


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
    if re.match(JA_QUESTION_DASHES, t) and detect_language(t) == "ja":
        return False  # (――引退の理由は: an interview's question, however short)
    if not any(ch.isalpha() for ch in t):
        return False
    if detect_language(t) == "ja":
        if len(t) > MAX_HEADING_JA:
            return False
    elif len(t) > MAX_HEADING_EN or len(t.split()) > MAX_HEADING_WORDS or ". " in t:
        return False
    elif t.endswith("?") and len(t.split()) <= 6 and not set("\"“”'‘’") & set(t):
        return True  # "What happens next?": a subhead asked as a question
    core = t.rstrip(_CLOSERS)
    return bool(core) and core[-1] not in _SENTENCE_END


def classify_blocks(texts: Sequence[str]) -> list[BlockKind]:
    """Kinds for a run of blocks in order, using each block's successor for headings."""
    return [
        classify_block(text, texts[i + 1] if i + 1 < len(texts) else None)
        for i, text in enumerate(texts)
    ]


_BLANK_LINES = re.compile(r"\n[^\S\n]*\n\s*")


def split_blocks(text: str) -> list[str]:
    """Blank-line-separated blocks with surrounding whitespace stripped, in order."""
    return [chunk.strip() for chunk in _BLANK_LINES.split(text) if chunk.strip()]
