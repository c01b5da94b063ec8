"""Checks a model-written answer against the passages it was given: citations, quotes, claims.

Citations parsed (square brackets, half- or full-width, or 【】, which must contain a ¶):
`[¶3]`, `[¶3, ¶5]`, `[¶3、5]`, `[¶3-5]` (a range), and `[article_id ¶3]`. A bare `¶N` is
valid only when exactly one given passage has paragraph N; with several articles the model is
told to write `[article_id ¶N]`. Citations to anything else are removed, and the claim (the
line or sentence) they were attached to is marked and listed as unsupported.

Quotes checked: every span in 「」, 『』, “” or "" must be a substring of a cited paragraph or of
another given passage, after normalising only typography (NFKC, curly to straight quotes,
runs of whitespace) and, failing that, without its trailing comma or full stop. A labelled
translation right after a quote, `「原文」 (translation: …)` or `"original"（訳：…）`, is not
looked up even if it has quote marks, and it is removed together with a failed original.

Claims held to their passages: a sentence with no citation at all is marked unsupported (the
"not covered" phrase excepted), and a figure (amount, count, date, year) or a proper name in a
cited sentence that none of its cited passages states is flagged beside the sentence. Figures
are compared after `retrieval.figures` normalises them (全角 digits, 1.5兆 = 1.5 trillion,
10月22日 = Oct. 22); names by spelling, by their reading across scripts (田島 = Tajima,
ルビオ = Rubio) or through the glossary (Russia = ロシア). Each finding is listed in
`unsupported` as "sentence — reason".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.answers.messages import NOT_IN_ARTICLE
from retrieval.claims import missing_names
from retrieval.figures import missing_figures
from retrieval.models import Passage, QuoteCheck, detect_language
from retrieval.sentences import split_sentences

# How an answer that the article does not cover begins (the offline answer's own words, which
# the prompts ask the model to use), without the closing full stop.
NOT_COVERED = {lang: text.rstrip("。.") for lang, text in NOT_IN_ARTICLE.items()}
UNSUPPORTED_MARK = {"ja": "［出典なし］", "en": "[unsupported]"}
# Why a sentence is listed as unsupported ("sentence — reason").
REASONS = {
    "citation": {
        "en": "cites {refs}, which names no passage the model was given",
        "ja": "{refs}はモデルに渡した段落ではない",
    },
    "uncited": {"en": "no citation", "ja": "出典の段落なし"},
    "figure": {"en": "{items} not in {refs}", "ja": "{items}は{refs}にない"},
    "name": {"en": "name {items} not in {refs}", "ja": "名前{items}は{refs}にない"},
}
# The mark put beside a cited sentence whose figure or name its passages do not state.
NOT_IN_SOURCE_MARK = {
    "en": "[not in the cited passage: {items}]",
    "ja": "［出典の段落にない：{items}］",
}
REMOVED_QUOTE_MARK = {
    "ja": "［引用削除：記事中に確認できず］",
    "en": "[quote removed: not found in the article]",
}

_GROUP_RE = re.compile(r"[\[［【]([^\[\]［］【】\n]*¶[^\[\]［］【】\n]*)[\]］】]")
_REF_RE = re.compile(
    r"^\s*(?:(?P<aid>[^\s¶]+)\s*(?=¶))?¶?\s*(?P<a>\d+)(?:\s*[-–~〜]\s*¶?\s*(?P<b>\d+))?\s*$"
)
_REF_SPLIT_RE = re.compile(r"[,、，;；]")
_QUOTE_RES = (
    re.compile(r"「([^「」]+)」"),
    re.compile(r"『([^『』]+)』"),
    re.compile(r"“([^“”]+)”"),
    re.compile(r'"([^"\n]+)"'),
)
_TRANSLATION_RE = re.compile(
    r"\s*[（(]\s*(?:translation|translated|訳|英訳|和訳)\s*[:：][^()（）\n]*[)）]",
    re.IGNORECASE,
)
_SPACE_BEFORE_PUNCT_RE = re.compile(r"\s+([.,;:!?。、！？])")
_MAX_RANGE = 20
_TYPOGRAPHY = str.maketrans("“”‘’", "\"\"''")


@dataclass(frozen=True)
class CheckedText:
    """A model answer after checks: the text to show and what the checks found."""

    text: str
    quotes_checked: tuple[QuoteCheck, ...]
    unsupported: tuple[str, ...]
    cited: tuple[Passage, ...]
    dropped_citations: tuple[str, ...] = ()

    @property
    def failed_quotes(self) -> tuple[str, ...]:
        """The quoted spans that are not word for word in the passages."""
        return tuple(q.quote for q in self.quotes_checked if not q.verified)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


@dataclass(frozen=True)
class _Quote:
    start: int
    end: int
    inner: str
    tail_end: int  # end of the "(translation: …)" that follows it, else `end`


def check_answer(
    text: str,
    passages: Sequence[Passage],
    *,
    language: str | None = None,
    remove_unverified: bool = True,
    hold_claims: bool = True,
) -> CheckedText:
    """Drop citations to passages not given, verify quotes, and optionally remove failed ones.

    With `hold_claims`, a sentence without a citation is marked unsupported, and so is a figure
    or a name of a cited sentence that its passages do not state.
    """
    lang = language or detect_language(text)
    lang = "ja" if lang == "ja" else "en"
    claims = _claims(text)
    quotes = _quotes(text)
    edits: list[tuple[int, int, str]] = []
    unsupported: list[str] = []
    dropped: list[str] = []
    cited: list[Passage] = []
    cited_by_claim: dict[int, list[Passage]] = {}

    for ci, (claim, groups) in enumerate(claims):
        marked = False
        sentence = _strip_groups(text[claim.start : claim.end])
        for g in groups:
            raw = text[g.start : g.end]
            valid, invalid = _resolve_group(raw, passages)
            for p in valid:
                cited_by_claim.setdefault(ci, []).append(p)
                if p not in cited:
                    cited.append(p)
            if not invalid:
                continue
            dropped.extend(invalid)
            replacement = _format_group(valid, passages)
            if not marked:
                replacement += UNSUPPORTED_MARK[lang]
                marked = True
                refs = ", ".join(invalid)
                unsupported.append(_reason(sentence, "citation", lang, refs=refs))
            edits.append((g.start, g.end, replacement))
        if not hold_claims or marked:
            continue
        if not groups:
            if _needs_citation(sentence):
                unsupported.append(_reason(sentence, "uncited", lang))
                edits.append(_mark_uncited(text, claim, lang))
            continue
        sources = cited_by_claim.get(ci, [])
        if not sources:
            continue
        own = _own_words(text, claim, groups, quotes)
        figures = missing_figures(own, [p.text for p in sources])
        names = [n for n in missing_names(own, [p.text for p in sources]) if n not in figures]
        if not figures and not names:
            continue
        refs = ", ".join(f"¶{p.paragraph}" for p in sources)
        for kind, items in (("figure", figures), ("name", names)):
            if items:
                unsupported.append(_reason(sentence, kind, lang, refs=refs, items=", ".join(items)))
        mark = NOT_IN_SOURCE_MARK[lang].format(items=", ".join([*figures, *names]))
        after = groups[-1].end
        edits.append((after, after, mark))

    checks: list[QuoteCheck] = []
    failed: set[int] = set()
    for qi, q in enumerate(quotes):
        qc = _claim_index(claims, q.start)
        preferred = cited_by_claim.get(qc, []) if qc is not None else []
        check = verify_quote(q.inner, preferred, passages)
        checks.append(check)
        if not check.verified:
            failed.add(qi)
    if remove_unverified:
        for qi in sorted(failed):
            edits.append((quotes[qi].start, quotes[qi].tail_end, REMOVED_QUOTE_MARK[lang]))

    return CheckedText(
        text=_apply(text, edits),
        quotes_checked=tuple(checks),
        unsupported=tuple(unsupported),
        cited=tuple(cited),
        dropped_citations=tuple(dropped),
    )


def _reason(sentence: str, kind: str, lang: str, **values: str) -> str:
    return f"{sentence} — {REASONS[kind][lang].format(**values)}"


_WORDLIKE_RE = re.compile(r"[^\W\d_]", re.UNICODE)
_TERMINAL_RE = re.compile(r"[。．.!?！？]+[」』”\"')）]*\s*$")


def _needs_citation(sentence: str) -> bool:
    """A sentence that states something: not the "not covered" phrase, not a bare label."""
    body = _TRANSLATION_RE.sub("", sentence).strip(" -*・•\t")
    if not _WORDLIKE_RE.search(body) or says_not_covered(body):
        return False
    return not (body.endswith((":", "：")) and len(body) < 40)  # a lead-in such as "Key points:"


def _mark_uncited(text: str, claim: _Span, lang: str) -> tuple[int, int, str]:
    """Put the unsupported mark before the sentence's closing punctuation (or at its end)."""
    body = text[claim.start : claim.end].rstrip()
    end = claim.start + len(body)
    m = _TERMINAL_RE.search(body)
    pos = claim.start + m.start() if m else end
    space = " " if lang == "en" and pos > claim.start and not text[pos - 1].isspace() else ""
    return (pos, pos, space + UNSUPPORTED_MARK[lang])


def _own_words(text: str, claim: _Span, groups: Sequence[_Span], quotes: Sequence[_Quote]) -> str:
    """The claim's text outside its citation groups and its quotes (a quote is checked as a
    quote; a figure inside a verbatim quote is the article's own)."""
    cut = [(g.start, g.end) for g in groups]
    cut += [(q.start, q.end) for q in quotes if claim.start <= q.start < claim.end]
    out, pos = [], claim.start
    for a, b in sorted(cut):
        if a < pos:
            continue
        out.append(text[pos:a])
        out.append(" ")
        pos = b
    out.append(text[pos : claim.end])
    return "".join(out)


def verify_quote(
    quote: str, preferred: Sequence[Passage], passages: Sequence[Passage]
) -> QuoteCheck:
    """Look `quote` up in the `preferred` (cited) passages first, then in all `passages`."""
    needle = _norm(quote)
    trimmed = needle.rstrip(",.、。，．")
    for candidate in (needle, trimmed):
        if not candidate:
            continue
        for p in (*preferred, *passages):
            if candidate in _norm(p.text):
                return QuoteCheck(quote=quote, paragraph=p.paragraph, verified=True)
    paragraph = preferred[0].paragraph if preferred else None
    return QuoteCheck(quote=quote, paragraph=paragraph, verified=False)


def says_not_covered(text: str) -> bool:
    """True when the answer opens with the templates' fixed "not covered" phrase."""
    head = text.lstrip()
    return any(head.startswith(phrase) for phrase in NOT_COVERED.values())


def cited_sentences(text: str, passages: Sequence[Passage]) -> list[tuple[str, tuple[int, ...]]]:
    """Checked text as (sentence without its citation groups, paragraphs it cites), in order;
    a list line's bullet mark is dropped."""
    out: list[tuple[str, tuple[int, ...]]] = []
    for claim, groups in _claims(text):
        sentence = _strip_groups(text[claim.start : claim.end]).lstrip("-*•・ ")
        if not sentence:
            continue
        paragraphs: list[int] = []
        for g in groups:
            for p in _resolve_group(text[g.start : g.end], passages)[0]:
                if p.paragraph not in paragraphs:
                    paragraphs.append(p.paragraph)
        out.append((sentence, tuple(paragraphs)))
    return out


def strip_citations(text: str) -> str:
    """`text` without its [¶N] citation groups."""
    return _GROUP_RE.sub("", text)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_TYPOGRAPHY)
    return " ".join(text.split())


def _claims(text: str) -> list[tuple[_Span, list[_Span]]]:
    """Sentences (within lines), each with the citation groups that belong to it.

    A group that opens a sentence ("…した。[¶3]次は…") belongs to the sentence before it.
    """
    claims: list[tuple[_Span, list[_Span]]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        for s in split_sentences(line):
            claims.append((_Span(offset + s.start, offset + s.end), []))
        offset += len(line)
    for m in _GROUP_RE.finditer(text):
        g = _Span(m.start(), m.end())
        ci = _claim_index(claims, g.start)
        if ci is None:
            continue
        lead = text[claims[ci][0].start : g.start]
        if ci > 0 and not _strip_groups(lead) and _same_line(text, claims[ci - 1][0].end, g.start):
            ci -= 1
        claims[ci][1].append(g)
    return claims


def _same_line(text: str, a: int, b: int) -> bool:
    return "\n" not in text[a:b]


def _claim_index(claims: Sequence[tuple[_Span, list[_Span]]], pos: int) -> int | None:
    for i, (span, _) in enumerate(claims):
        if span.start <= pos < span.end:
            return i
    return None


def _strip_groups(text: str) -> str:
    return _SPACE_BEFORE_PUNCT_RE.sub(r"\1", " ".join(_GROUP_RE.sub(" ", text).split()))


def _resolve_group(raw: str, passages: Sequence[Passage]) -> tuple[list[Passage], list[str]]:
    """The passages a citation group names, and the references in it that name none."""
    inner = unicodedata.normalize("NFKC", raw[1:-1])
    valid: list[Passage] = []
    invalid: list[str] = []
    for token in _REF_SPLIT_RE.split(inner):
        if not token.strip():
            continue
        m = _REF_RE.match(token)
        if m is None:
            invalid.append(token.strip())
            continue
        first = int(m.group("a"))
        last = int(m.group("b") or first)
        if not first <= last <= first + _MAX_RANGE:
            invalid.append(token.strip())
            continue
        for n in range(first, last + 1):
            p = _find(passages, m.group("aid"), n)
            if p is None:
                invalid.append(f"{m.group('aid') + ' ' if m.group('aid') else ''}¶{n}")
            elif p not in valid:
                valid.append(p)
    return valid, invalid


def _find(passages: Sequence[Passage], article_id: str | None, paragraph: int) -> Passage | None:
    hits = [
        p
        for p in passages
        if p.paragraph == paragraph and (article_id is None or p.article_id == article_id)
    ]
    return hits[0] if len(hits) == 1 else None


def _format_group(valid: Sequence[Passage], passages: Sequence[Passage]) -> str:
    if not valid:
        return ""
    several = len({p.article_id for p in passages}) > 1
    refs = [f"{p.article_id} ¶{p.paragraph}" if several else f"¶{p.paragraph}" for p in valid]
    return "[" + ", ".join(refs) + "]"


def _quotes(text: str) -> list[_Quote]:
    """Quoted spans in text order; spans inside another's translation tail are skipped."""
    found = sorted(
        ((m.start(), m.end(), m.group(1)) for rx in _QUOTE_RES for m in rx.finditer(text)),
        key=lambda t: (t[0], -t[1]),
    )
    quotes: list[_Quote] = []
    for start, end, inner in found:
        if any(q.end <= start < q.tail_end for q in quotes):
            continue  # the translation of an earlier quote, not a quote of the article
        tail = _TRANSLATION_RE.match(text, end)
        quotes.append(_Quote(start, end, inner, tail.end() if tail else end))
    return quotes


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    """Apply non-overlapping edits; of overlapping ones the earliest, outermost wins."""
    out: list[str] = []
    pos = 0
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], -e[1])):
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(replacement)
        pos = end
    out.append(text[pos:])
    return "".join(out)
