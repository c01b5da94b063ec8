"""Pure formatters: Answer, Summary, Quote, Block -> embeds within Discord's limits.

Text is cut only between sentences (never inside 「」/“” or a [¶N] marker). Everything
shown from an article is verbatim and markdown-escaped, so `*` or `_` in a quote is displayed
rather than interpreted; the limits are checked on the escaped text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import discord

from retrieval.models import (
    Answer,
    Article,
    ArticleInfo,
    Block,
    Citation,
    Passage,
    Quote,
    Summary,
    detect_language,
)
from retrieval.sentences import CLOSERS, OPENERS, split_sentences

MESSAGE_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
FIELDS_LIMIT = 25
EMBED_TOTAL_LIMIT = 6000
EMBEDS_PER_MESSAGE = 10

PREVIEW_CHARS = 180
TRANSLATION_CHARS = 300
DRAFT_NOTE = "-# (draft — checking quotes and citations…)"
DRAFT_TAIL_MARK = "… "
MAX_SOURCES = 10
MAX_CONTINUATIONS = 3

COLOR_ANSWER = discord.Colour.blue()
COLOR_UNANSWERED = discord.Colour.light_grey()
COLOR_CLOSEST = discord.Colour.orange()  # the article may not answer: closest passages
COLOR_SUMMARY = discord.Colour.teal()
COLOR_QUOTE = discord.Colour.gold()
COLOR_SOURCE = discord.Colour.dark_grey()

_MARKER = re.compile(r"\s*\[¶\d+(?:\s*[,、]\s*¶?\d+)*\]")
_SOFT_BREAKS = " \n\t、，,;；:："

Measure = Callable[[str], int]


def escape(text: str) -> str:
    """Markdown-escaped text, so article text displays exactly as written."""
    return discord.utils.escape_markdown(text)


def escaped_len(text: str) -> int:
    """The length `text` has once escaped (what Discord counts)."""
    return len(escape(text))


# --- cutting text ------------------------------------------------------------------------------


def _marker_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _MARKER.finditer(text)]


def _after_markers(text: str, pos: int) -> int:
    """Move `pos` past any citation markers that follow it, so they stay with their sentence."""
    while (m := _MARKER.match(text, pos)) is not None:
        pos = m.end()
    return pos


def sentence_boundaries(text: str) -> list[int]:
    """Offsets where `text` may be cut: sentence and line ends, past trailing [¶N] markers."""
    cuts: set[int] = set()
    offset = 0
    for line in text.split("\n"):
        for sentence in split_sentences(line):
            cuts.add(_after_markers(text, offset + sentence.end))
        offset += len(line) + 1
        cuts.add(min(offset - 1, len(text)))
    markers = _marker_spans(text)
    return sorted(c for c in cuts if 0 < c <= len(text) and not _inside(markers, c))


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a < pos < b for a, b in spans)


class _QuoteDepth:
    """Tracks which quotation marks are open while scanning text left to right."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.straight = False

    def feed(self, ch: str) -> None:
        if ch in OPENERS:
            self.stack.append(OPENERS[ch])
        elif ch in CLOSERS and ch in self.stack:
            while self.stack and self.stack.pop() != ch:
                pass
        elif ch == '"':
            self.straight = not self.straight

    @property
    def owed(self) -> list[str]:
        return self.stack + (['"'] if self.straight else [])


def _open_quotes(text: str) -> list[str]:
    """The closing marks still owed at the end of `text` (innermost last)."""
    depth = _QuoteDepth()
    for ch in text:
        depth.feed(ch)
    return depth.owed


def _max_prefix(text: str, limit: int, measure: Measure) -> int:
    """The largest n with measure(text[:n]) <= limit."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(text[:mid]) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _soft_cut(text: str, end: int, *, allow_in_quote: bool) -> int:
    """The last break (space or comma) before `end`, outside markers (and quotes unless allowed)."""
    markers = _marker_spans(text)
    depth = _QuoteDepth()
    best = 0
    for i, ch in enumerate(text[:end]):
        depth.feed(ch)
        quoted = bool(depth.owed) and not allow_in_quote
        if ch in _SOFT_BREAKS and not quoted and not _inside(markers, i + 1):
            best = i + 1
    if best == 0 and allow_in_quote:
        # One unbroken run: cut by length, still never inside a marker.
        best = end
        while best > 0 and _inside(markers, best):
            best -= 1
    return best


def _cut(text: str, limit: int, measure: Measure) -> int:
    """Where to end the first chunk of `text`: a sentence end if any fits, else a softer break."""
    end = _max_prefix(text, limit, measure)
    cut = max((b for b in sentence_boundaries(text) if b <= end), default=0)
    if cut == 0:
        cut = _soft_cut(text, end, allow_in_quote=False)
    if cut == 0:
        cut = _soft_cut(text, end, allow_in_quote=True)
    if cut == 0:
        raise ValueError(f"cannot fit text into {limit} characters")
    return cut


def split_text(text: str, limit: int, measure: Measure = len) -> list[str]:
    """`text` in chunks of at most `limit` (as measured), cut between sentences.

    A single sentence longer than `limit` is cut at a space or comma outside quotes, and only
    if even that is impossible (one quotation longer than the limit) inside the quotation.
    """
    text = text.strip()
    chunks: list[str] = []
    while text:
        if measure(text) <= limit:
            chunks.append(text)
            break
        cut = _cut(text, limit, measure)
        chunks.append(text[:cut].rstrip())
        text = text[cut:].strip()
    return chunks


def fit(text: str, limit: int, measure: Measure = len, *, more: str = " …") -> str:
    """`text` if it fits, else its longest sentence-bounded head plus `more`."""
    text = text.strip()
    if measure(text) <= limit:
        return text
    head = split_text(text, limit - len(more), measure)[0]
    return head + more


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    """A short escaped preview: whole sentences if possible, else an elided 「…」 fragment."""
    text = " ".join(text.split())
    if escaped_len(text) <= limit:
        return escape(text)
    budget = limit - 4  # room for the ellipsis and closing marks
    end = _max_prefix(text, budget, escaped_len)
    cut = max((b for b in sentence_boundaries(text) if b <= end), default=0)
    if cut < end // 3:
        cut = _soft_cut(text, end, allow_in_quote=True)
    head = text[:cut].rstrip(" 、，,")
    owed = _open_quotes(head)
    return escape(head) + "…" + "".join(reversed(owed))


def _bounded(text: str, limit: int) -> str:
    """Escape `text` and make sure it fits `limit` (labels, titles, footers)."""
    return preview(text, limit)


# --- embeds ----------------------------------------------------------------------------------


def _source_label(n: int, paragraph: int, title: str, section: str | None) -> str:
    parts = [f"{n}. ¶{paragraph}", title] + ([section] if section else [])
    return _bounded(" · ".join(parts), FIELD_NAME_LIMIT)


def _with_description(embed: discord.Embed, text: str) -> list[str]:
    """Fill the description with as much of `text` as fits; return the rest as chunks."""
    text = text.strip()
    budget = min(DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT - len(embed))
    first = split_text(text, budget, escaped_len)[0] if text else ""
    embed.description = escape(first) if first else None
    rest = text[len(first) :].strip()
    return split_text(rest, DESCRIPTION_LIMIT, escaped_len) if rest else []


def _continuations(chunks: list[str], colour: discord.Colour, label: str) -> list[discord.Embed]:
    kept = chunks[:MAX_CONTINUATIONS]
    embeds = [
        discord.Embed(
            title=f"{label} (continued {i}/{len(kept)})", description=escape(chunk), colour=colour
        )
        for i, chunk in enumerate(kept, 1)
    ]
    if len(chunks) > len(kept):
        embeds[-1].set_footer(text="Trimmed here: the rest is too long for Discord.")
    return embeds


def answer_embeds(answer: Answer) -> list[discord.Embed]:
    """The answer, its numbered sources and notes; long answers continue in further embeds."""
    colour = {"answer": COLOR_ANSWER, "closest": COLOR_CLOSEST}.get(
        answer.confidence or "", COLOR_UNANSWERED
    )
    embed = discord.Embed(title=_bounded(answer.question, TITLE_LIMIT), colour=colour)
    sources: Sequence[Citation | Passage] = (
        answer.citations if answer.answerable else answer.related
    )
    for i, s in enumerate(sources[:MAX_SOURCES], 1):
        translation = getattr(s, "translation", None)
        embed.add_field(
            name=_source_label(i, s.paragraph, s.article_title, s.section),
            value=(preview(s.text) or "—")
            + (_translation_line(translation) if translation else ""),
            inline=False,
        )
    if answer.notes:
        embed.add_field(
            name="Note", value=_bounded("\n".join(answer.notes), FIELD_VALUE_LIMIT), inline=False
        )
    if answer.answerable:
        embed.set_footer(text="Sources are verbatim; Show passages gives the full paragraphs.")
    elif answer.related and answer.confidence == "closest":
        embed.set_footer(text="May not be answered here: closest passages above, verbatim.")
    elif answer.related:
        embed.set_footer(text="Not in the articles. Closest passages above, verbatim.")
    rest = _with_description(embed, answer.text)
    return [embed, *_continuations(rest, colour, "Answer")]


def summary_embeds(summary: Summary) -> list[discord.Embed]:
    """The summary as prose or bullets with its [¶N] citations."""
    title = f"Summary · {summary.article_title}"
    if summary.section:
        title += f" · {summary.section}"
    embed = discord.Embed(title=_bounded(title, TITLE_LIMIT), colour=COLOR_SUMMARY)
    cited = sorted({n for s in summary.sentences for n in s.cited})
    if cited:
        embed.add_field(
            name="Cited paragraphs",
            value=_bounded(", ".join(f"¶{n}" for n in cited), FIELD_VALUE_LIMIT),
            inline=False,
        )
    if summary.notes:
        embed.add_field(
            name="Note", value=_bounded("\n".join(summary.notes), FIELD_VALUE_LIMIT), inline=False
        )
    written = "written by the chat model, checked" if summary.mode == "llm" else "extractive"
    embed.set_footer(
        text=_bounded(
            f"{summary.article_id} · {summary.length} · {summary.style} · {written}", FOOTER_LIMIT
        )
    )
    if summary.style == "bullets" and summary.sentences:
        lines = [
            f"- {escape(x.text)}" + (f" [{', '.join(f'¶{n}' for n in x.cited)}]" if x.cited else "")
            for x in summary.sentences
        ]
        budget = min(DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT - len(embed))
        chunks = _pack_lines(lines, budget)
        embed.description = chunks[0]
        rest = [
            discord.Embed(title=f"Summary (continued {i}/{len(chunks) - 1})", description=c)
            for i, c in enumerate(chunks[1:], 1)
        ]
        return [embed, *rest]
    text = summary.text if summary.sentences else "(nothing to summarise)"
    more = _with_description(embed, text)
    return [embed, *_continuations(more, COLOR_SUMMARY, "Summary")]


def _pack_lines(lines: list[str], first_budget: int) -> list[str]:
    """Whole lines into chunks: the first within `first_budget`, the rest within 4,096."""
    chunks: list[str] = []
    current: list[str] = []
    budget = first_budget
    for line in lines:
        if len(line) > budget:  # one enormous sentence: it gets chunks of its own
            chunks.extend(["\n".join(current)] if current else [])
            *whole, last = split_text(line, DESCRIPTION_LIMIT if current or chunks else budget)
            chunks.extend(whole)
            current, budget = [last], DESCRIPTION_LIMIT
            continue
        if current and len("\n".join([*current, line])) > budget:
            chunks.append("\n".join(current))
            current, budget = [], DESCRIPTION_LIMIT
        current.append(line)
    chunks.append("\n".join(current))
    return chunks


def quote_block(quote: Quote, title: str | None = None) -> str:
    """One verified quote as a Discord block quote with speaker, role and ¶N."""
    ja = detect_language(quote.quote) == "ja"
    opening, closing = ("「", "」") if ja else ("“", "”")
    who = quote.speaker or ("発言者不明" if ja else "unknown speaker")
    if quote.speaker_role:
        who += f" ({quote.speaker_role})"
    where = f"¶{quote.paragraph} · {title or quote.article_id}"
    partial = " · partial quote" if quote.partial else ""
    translation = _translation_line(quote.translation) if quote.translation else ""
    return (
        f"> {opening}{escape(quote.quote)}{closing}{translation}\n"
        f"— **{escape(who)}** · {escape(where)}{partial}"
    )


def _translation_line(translation: str) -> str:
    """A chat model's translation: its own labelled line, never in quotation marks."""
    return "\n-# translation: " + preview(translation, TRANSLATION_CHARS)


def quotes_embed(
    quotes: Sequence[Quote], *, titles: dict[str, str] | None = None, heading: str = "Quotes"
) -> discord.Embed:
    """Verified quotes only, each whole; the ones that do not fit are counted, never cut."""
    titles = titles or {}
    shown = [q for q in quotes if q.verified]
    unverified = len(quotes) - len(shown)
    embed = discord.Embed(title=_bounded(heading, TITLE_LIMIT), colour=COLOR_QUOTE)
    blocks: list[str] = []
    used = 0
    budget = DESCRIPTION_LIMIT - 120  # room for the "more" line
    left_out = 0
    for q in shown:
        block = quote_block(q, titles.get(q.article_id))
        if used + len(block) + 2 > budget:
            left_out += 1
            continue
        blocks.append(block)
        used += len(block) + 2
    if not blocks:
        blocks.append("No verified quotes matched.")
    if left_out:
        blocks.append(f"({left_out} more not shown; narrow it down with speaker or about.)")
    embed.description = "\n\n".join(blocks)
    if unverified:
        embed.set_footer(
            text=f"{unverified} candidate quote(s) could not be verified and are not shown."
        )
    return embed


def source_embeds(article: Article, block: Block) -> list[discord.Embed]:
    """The whole block ¶N, verbatim; a very long one continues in further embeds, uncut."""
    title = _bounded(f"¶{block.number} · {article.title}", TITLE_LIMIT)
    chunks = split_text(block.text, DESCRIPTION_LIMIT, escaped_len) or [""]
    embeds = []
    for i, chunk in enumerate(chunks, 1):
        suffix = f" ({i}/{len(chunks)})" if len(chunks) > 1 else ""
        embed = discord.Embed(
            title=title if i == 1 else _bounded(f"¶{block.number}{suffix}", TITLE_LIMIT),
            description=escape(chunk),
            colour=COLOR_SOURCE,
        )
        footer = [article.article_id, block.kind] + ([block.section] if block.section else [])
        embed.set_footer(text=_bounded(" · ".join(footer), FOOTER_LIMIT))
        embeds.append(embed)
    return embeds


def passage_embeds(items: Iterable[tuple[Article, Block]]) -> list[discord.Embed]:
    """Full verbatim paragraphs for "Show passages"."""
    return [e for article, block in items for e in source_embeds(article, block)]


def articles_embed(infos: Sequence[ArticleInfo]) -> discord.Embed:
    """The visible articles, one line each; the overflow is counted."""
    embed = discord.Embed(title=f"Articles ({len(infos)})", colour=COLOR_SOURCE)
    lines: list[str] = []
    used = 0
    for n, info in enumerate(infos):
        line = f"`{info.article_id}` — {_bounded(info.title, 200)} ({info.passages} passages)"
        if info.scope != "global":
            line += " · this server"
        if used + len(line) + 1 > DESCRIPTION_LIMIT - 40:
            lines.append(f"… and {len(infos) - n} more")
            break
        lines.append(line)
        used += len(line) + 1
    embed.description = "\n".join(lines) or "No articles yet."
    return embed



def pack_embeds(embeds: Sequence[discord.Embed]) -> list[list[discord.Embed]]:
    """Group embeds into messages of at most 10 embeds and 6,000 characters."""
    messages: list[list[discord.Embed]] = []
    current: list[discord.Embed] = []
    size = 0
    for embed in embeds:
        n = len(embed)
        if current and (len(current) == EMBEDS_PER_MESSAGE or size + n > EMBED_TOTAL_LIMIT):
            messages.append(current)
            current, size = [], 0
        current.append(embed)
        size += n
    if current:
        messages.append(current)
    return messages


def embed_problems(embed: discord.Embed) -> list[str]:
    """Every Discord limit this embed breaks (empty when it is valid)."""
    problems = []
    if len(embed.title or "") > TITLE_LIMIT:
        problems.append("title")
    if len(embed.description or "") > DESCRIPTION_LIMIT:
        problems.append("description")
    if len(embed.fields) > FIELDS_LIMIT:
        problems.append("field count")
    for f in embed.fields:
        if len(f.name or "") > FIELD_NAME_LIMIT or not f.name:
            problems.append("field name")
        if len(f.value or "") > FIELD_VALUE_LIMIT or not f.value:
            problems.append("field value")
    if len(embed.footer.text or "") > FOOTER_LIMIT:
        problems.append("footer")
    if len(embed) > EMBED_TOTAL_LIMIT:
        problems.append("total")
    return problems


def draft_message(raw: str, limit: int = MESSAGE_LIMIT) -> str:
    """Streamed, unchecked model text as a plain message marked as a draft; its tail if long."""
    note = "\n\n" + DRAFT_NOTE
    text = raw.strip()
    budget = limit - len(note)
    if escaped_len(text) <= budget:
        return escape(text) + note if text else DRAFT_NOTE
    # The newest text matters most while it streams: keep the longest tail that fits.
    budget -= len(DRAFT_TAIL_MARK)
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi) // 2
        if escaped_len(text[mid:]) <= budget:
            hi = mid
        else:
            lo = mid + 1
    return DRAFT_TAIL_MARK + escape(text[lo:].lstrip()) + note


def short_message(text: str) -> str:
    """A plain message within 2,000 characters (errors, refusals)."""
    return fit(text, MESSAGE_LIMIT)
