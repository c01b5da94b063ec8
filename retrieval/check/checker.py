"""Check a draft against its sources: every quote, its speaker, figures and names."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from retrieval.check.drafts import Draft, read_draft
from retrieval.check.figures import Figure, agrees, comparable, figures
from retrieval.check.match import (
    NEAR_RATIO,
    Located,
    find_exact,
    find_near,
    render_diff,
    similarity,
)
from retrieval.check.names import check_names
from retrieval.check.report import CheckItem, CheckReport
from retrieval.check.sources import SourceArticle, wording
from retrieval.check.speakers import same_speaker
from retrieval.models import Quote
from retrieval.parser import JapaneseParser
from retrieval.quotes.spans import quote_spans
from retrieval.quotes.speakers import speaker_matches

# How much less similar than the closest span the whole source quote may be and still be
# what a near quote is shown against.
WHOLE_QUOTE_SLACK = 0.2
# A quoted span the attribution did not take for a quote is reported as near only from this
# length: a word or two in quote marks is a name or a term, not someone's words.
MIN_NEAR_SPAN = 8
# A draft figure and a source figure of the same unit speak of the same thing when at least
# this share of the draft's wording (character bigrams in Japanese, words in English; figures
# and quotes left out) is in the source: of the whole sentence, or of the words around the
# figure (a draft sentence may join two source sentences). Chosen on the dev drafts.
FIGURE_MATCH = 0.4
# Below FIGURE_MATCH, a figure that no source figure of its unit supports is still reported
# against the closest one in context from this share on; and a source figure that agrees with
# it from this share on is its support.
SUPPORT_MATCH = 0.15
# Around a figure: characters before and after (Japanese; English takes three times as many).
WINDOW = (14, 8)


def check_draft(
    text: str, sources: Sequence[SourceArticle], parser: JapaneseParser | None = None
) -> CheckReport:
    """The report on a validated draft `text` against `sources`, items in draft order."""
    draft = read_draft(
        text, parser, settle=lambda t, spans, names: _settle(t, spans, names, sources)
    )
    items: list[CheckItem] = []
    for quote in draft.quotes:
        items.append(check_quote(draft, quote, sources))
    other = list(other_spans(draft, sources))
    items.extend(other)
    figure_items, figures_checked = check_figures(draft, sources)
    name_items, names_checked = check_names(draft, sources)
    items.extend(figure_items)
    items.extend(name_items)
    items.sort(key=lambda item: item.start)
    return CheckReport(
        items=tuple(items),
        checked=len(draft.quotes) + len(other) + figures_checked + names_checked,
        articles=tuple(s.article.article_id for s in sources),
    )


# --- quotes -----------------------------------------------------------------------------------


def source_quote_at(sources: Sequence[SourceArticle], loc: Located) -> Quote | None:
    """The source quote that holds the located span, if it is inside one."""
    for source in sources:
        if source.article.article_id != loc.article_id:
            continue
        for q in source.quotes:
            if q.paragraph == loc.paragraph and q.start <= loc.start and loc.end <= q.end + 1:
                return q
        for q in source.quotes:  # a near span may run past the marks: the most overlap
            if q.paragraph == loc.paragraph and min(q.end, loc.end) - max(q.start, loc.start) > 0:
                return q
    return None


def _settle(
    text: str, spans: list[tuple[int, int]], names: list[str], sources: Sequence[SourceArticle]
) -> str | None:
    """The speaker of a quoted block when no parse is needed to know it: every quote in it is
    verbatim in the sources with one speaker, and the only names the block gives outside its
    quotes are that speaker's. Anything else (同氏, two names, a quote not found) is parsed."""
    if not names:
        return None
    speakers: set[str] = set()
    forms: set[str] = set()
    articles = [s.article for s in sources]
    for a, b in spans:
        found = [source_quote_at(sources, loc) for loc in find_exact(text[a:b], articles)]
        said = {(q.speaker, q.speaker_forms) for q in found if q is not None and q.speaker}
        if len(said) != 1:
            return None
        speaker, speaker_forms = said.pop()
        speakers.add(speaker)
        forms.update(speaker_forms)
    if len(speakers) != 1:
        return None
    speaker = speakers.pop()
    if all(speaker_matches(n, speaker, forms) for n in names):
        return names[0]
    return None


def other_spans(draft: Draft, sources: Sequence[SourceArticle]) -> Iterator[CheckItem]:
    """Quoted spans the attribution did not take for quotes (a scare-quoted word, a fragment
    it could not attribute): listed when a source has them verbatim or nearly, never as not
    found (a title in quote marks has no source)."""
    taken = {(q.paragraph, q.start) for q in draft.quotes}
    for block in draft.article.blocks:
        for start, end in quote_spans(block.text):
            if (block.number, start) in taken:
                continue
            span = Quote(
                "draft", block.number, block.text[start:end], None, None, True, True, start, end
            )
            item = check_quote(draft, span, sources)
            if item.status == "exact" or (
                item.status == "near" and len(span.quote) >= MIN_NEAR_SPAN
            ):
                yield item


def check_quote(draft: Draft, quote: Quote, sources: Sequence[SourceArticle]) -> CheckItem:
    """Exact, near, not found or mismatch for one quote of the draft."""
    start = draft.offset(quote.paragraph, quote.start)
    articles = [s.article for s in sources]
    exact = find_exact(quote.quote, articles)
    if exact:
        found = [(loc, source_quote_at(sources, loc)) for loc in exact]
        agreeing = [f for f in found if f[1] is not None and same_speaker(quote, f[1]) is True]
        attributed = [f for f in found if f[1] is not None and f[1].speaker]
        loc, said = (agreeing or attributed or found)[0]
        named = quote.speaker is not None and draft.names_person(quote.speaker)
        verdict = same_speaker(quote, said) if said is not None and named else None
        return CheckItem(
            kind="quote",
            draft=quote.quote,
            status="mismatch" if verdict is False else "exact",
            article_id=loc.article_id,
            paragraph=loc.paragraph,
            source=said.quote
            if said is not None and said.quote.find(quote.quote) >= 0
            else loc.text,
            draft_speaker=quote.speaker,
            source_speaker=said.speaker if said is not None else None,
            start=start,
        )
    near = find_near(
        quote.quote,
        (
            (s.article, b, g)
            for s in sources
            for b, g in zip(s.article.passages, s.grams, strict=True)
        ),
    )
    if near is None or near.ratio < NEAR_RATIO:
        return CheckItem(
            kind="quote",
            draft=quote.quote,
            status="not_found",
            draft_speaker=quote.speaker,
            start=start,
        )
    said = source_quote_at(sources, near)
    source = near.text
    # The whole source quote, when it is nearly as close: the diff then also shows what the
    # draft cut from its end ("…coming here[- or go somewhere else-],"); a fragment quoted on
    # purpose (われわれが常に…, from a longer quote) keeps its own span.
    if (
        said is not None
        and said.paragraph == near.paragraph
        and said.quote != source
        and similarity(said.quote, quote.quote) >= max(NEAR_RATIO, near.ratio - WHOLE_QUOTE_SLACK)
    ):
        source = said.quote
    return CheckItem(
        kind="quote",
        draft=quote.quote,
        status="near",
        article_id=near.article_id,
        paragraph=near.paragraph,
        source=source,
        diff=render_diff(source, quote.quote),
        draft_speaker=quote.speaker,
        source_speaker=said.speaker if said is not None else None,
        start=start,
    )


# --- figures ----------------------------------------------------------------------------------


def _window(text: str, f: Figure, english: bool) -> frozenset[str]:
    before, after = (w * 3 for w in WINDOW) if english else WINDOW
    return wording(text[max(0, f.start - before) : f.start] + " " + text[f.end : f.end + after])


def _share(words: frozenset[str], other: frozenset[str]) -> float:
    return len(words & other) / len(words) if words else 0.0


def check_figures(draft: Draft, sources: Sequence[SourceArticle]) -> tuple[list[CheckItem], int]:
    """Figures of the draft that differ from the source figure they stand for, and how many
    figures were checked (found equal or differing)."""
    pool = [
        (s, g, _window(s.text, g, draft.language == "en"))
        for source in sources
        for s in source.sentences
        for g in s.figures
    ]
    items: list[CheckItem] = []
    checked = 0
    english = draft.language == "en"
    for sentence in draft.sentences:
        found = [f for f in figures(sentence.text) if sentence.outside_quotes(f.start, f.end)]
        if not found:
            continue
        words = wording(sentence.text)
        for f in found:
            around = _window(sentence.text, f, english)
            scored = [
                (max(_share(words, s.words), _share(around, w)), s, g)
                for s, g, w in pool
                if comparable(f, g)
            ]
            if not scored or any(score >= SUPPORT_MATCH and agrees(f, g) for score, _, g in scored):
                checked += bool(scored)
                continue
            score, s, g = max(scored, key=lambda x: x[0])
            # A figure near the wording of a source figure that says otherwise is a mismatch;
            # one no source figure supports is one too when anything like its context is there.
            supported = any(agrees(f, g) for _, _, g in scored)
            if score < (FIGURE_MATCH if supported else SUPPORT_MATCH):
                continue
            checked += 1
            items.append(
                CheckItem(
                    kind="figure",
                    draft=f.text,
                    status="mismatch",
                    article_id=s.article_id,
                    paragraph=s.paragraph,
                    source=g.text,
                    diff=f"[-{g.text}-]{{+{f.text}+}}",
                    start=sentence.start + f.start,
                )
            )
    return items, checked
