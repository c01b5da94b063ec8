"""Names in a draft spelt differently from the sources: one character off, a wrong kanji, or a
title the sources never give that person.

Japanese: people are read off the tokenizer as the quote engine reads them (quotes.people), with
the title after each mention (ルビオ国務長官). English: capitalised words. A name is only judged
against a name of the sources one edit away from it: a name the sources never mention at all
is someone else, not a misspelling, and is left alone.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from retrieval.check.drafts import Draft
from retrieval.check.match import one_edit, render_diff, similarity
from retrieval.check.report import CheckItem
from retrieval.check.sources import SourceArticle
from retrieval.check.units import TITLE_RANKS
from retrieval.lexicon import EN_FUNCTION_WORDS, EN_NOT_NAMES, EN_TITLES, JA_NATION_PREFIXES

_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
# A run of capitalised words on one line (U.S. keeps its dots; a full stop ends the run).
_EN_WORD = r"[A-Z][\w'’-]*(?:\.[A-Z][\w'’-]*)*"
_EN_RUN = re.compile(rf"{_EN_WORD}(?:[ ]+(?:of[ ]+)?{_EN_WORD})*")
# Words of the titles that stand before English names: a run ending in one is no name.
_EN_TITLE_WORDS = frozenset(w.casefold() for t in EN_TITLES for w in t.split())
# Honorifics that go with any name: no title to check.
_PLAIN = frozenset({"氏", "さん", "様", "君", "ちゃん"})
# The head of government's titles, one office (首相 and 総理 both name it).
_PRIME_MINISTER = frozenset({"首相", "総理", "総理大臣", "内閣総理大臣"})
MIN_NAME = 2  # a one-character "name" is one edit from too much
MIN_EN_NAME = 4


def _bare(title: str) -> str:
    for prefix in sorted(JA_NATION_PREFIXES, key=len, reverse=True):
        if title.startswith(prefix) and len(title) > len(prefix):
            return title[len(prefix) :]
    return title


def titles_agree(draft: str, source: set[str] | frozenset[str]) -> bool:
    """True when the draft's title is one the sources use, give or take 米 or a shortening
    (長官 for 国務長官, but not 社長 for 副社長)."""
    d = _bare(draft)
    for t in map(_bare, source):
        if d == t or {d, t} <= _PRIME_MINISTER:
            return True
        # 外相 = 外務大臣, 財務相 = 財務大臣: a minister is X相 or X…大臣
        minister = {d[-1:], t[-2:]} == {"相", "大臣"} or {t[-1:], d[-2:]} == {"相", "大臣"}
        if minister and d[:1] == t[:1]:
            return True
        if t.endswith(d) and not t[: -len(d)].endswith(TITLE_RANKS):
            return True
    return False


def check_names(draft: Draft, sources: Sequence[SourceArticle]) -> tuple[list[CheckItem], int]:
    """Misspelt names and wrong titles of the draft, and how many names were checked."""
    if not sources:
        return [], 0
    if draft.language == "ja":
        return _japanese(draft, sources)
    return _english(draft, sources)


def _japanese(draft: Draft, sources: Sequence[SourceArticle]) -> tuple[list[CheckItem], int]:
    people = [(s, name, forms, titles) for s in sources for name, forms, titles in s.people]
    items: list[CheckItem] = []
    seen: set[tuple[str, str]] = set()
    titled: set[str] = set()  # people whose title was reported: once each
    checked = 0
    for m in draft.people:
        if (m.said, m.title) in seen or len(m.said) < MIN_NAME:
            continue
        seen.add((m.said, m.title))
        start = draft.offset(m.index + 1, m.offset)
        known = [p for p in people if m.said == p[1] or m.said in p[2]]
        if known:
            checked += 1
            titles = {t for p in known for t in p[3] if t not in _PLAIN}
            if (
                m.title
                and m.title not in _PLAIN
                and titles
                and m.name not in titled
                and not titles_agree(m.title, titles)
            ):
                titled.add(m.name)
                source, name = known[0][0], known[0][1]
                best = max(sorted(titles), key=lambda t: similarity(t, m.title))
                items.append(
                    CheckItem(
                        kind="name",
                        draft=m.said + m.title,
                        status="mismatch",
                        article_id=source.article_id,
                        paragraph=_paragraph_of(source, m.said + best)
                        or _paragraph_of(source, name),
                        source=m.said + best,
                        diff=render_diff(m.said + best, m.said + m.title),
                        start=start,
                    )
                )
            continue
        if any(m.said in s.text for s in sources):
            checked += 1
            continue
        close = [
            (s, form)
            for s, name, forms, _ in people
            for form in sorted({name, *forms})
            if len(form) >= MIN_NAME and one_edit(m.said, form)
        ]
        if close:
            checked += 1
            source, form = close[0]
            items.append(_misspelt(m.said, source, form, start))
    return items, checked


def _runs(text: str) -> list[tuple[int, list[str]]]:
    """(offset, words) of every run of capitalised words (Philippine Defense Secretary Ramon
    Villanueva; Secretary of State Marco Rubio)."""
    return [(m.start(), m.group(0).split()) for m in _EN_RUN.finditer(text)]


def _person_pairs(text: str) -> dict[tuple[str, str], set[str]]:
    """Two-word names that end a capitalised run, with the title words written before them."""
    out: dict[tuple[str, str], set[str]] = {}
    for _, words in _runs(text):
        if len(words) < 2:
            continue
        first, last = words[-2], words[-1]
        if {first.casefold(), last.casefold()} & _EN_TITLE_WORDS or first == "of":
            continue
        prefix = [w for w in words[:-2] if w not in ("The", "A", "An")]
        out.setdefault((first, last), set()).add(" ".join(prefix))
    return out


def titles_agree_en(draft: str, source: set[str]) -> bool:
    """True when the draft's title words are the source's or end them (Foreign Minister for
    Japanese Foreign Minister), in either direction."""
    d = draft.casefold().split()
    for t in source:
        s = t.casefold().split()
        if not s or d[-len(s) :] == s or s[-len(d) :] == d:
            return True
    return False


def _english(draft: Draft, sources: Sequence[SourceArticle]) -> tuple[list[CheckItem], int]:
    vocabulary = {w for s in sources for w in _CAPITALISED.findall(s.text)}
    pairs: dict[tuple[str, str], set[str]] = {}
    for s in sources:
        for pair, titles in _person_pairs(s.text).items():
            pairs.setdefault(pair, set()).update(titles)
    items: list[CheckItem] = []
    seen: set[str] = set()
    checked = 0
    for offset, words in _runs(draft.text):
        if len(words) < 2:
            continue
        first, last = words[-2], words[-1]
        name = f"{first} {last}"
        start = offset + draft.text[offset:].index(name)
        if name in seen:
            continue
        seen.add(name)
        prefix = " ".join(w for w in words[:-2] if w not in ("The", "A", "An"))
        if (first, last) in pairs:
            checked += 1
            written = {t for t in pairs[(first, last)] if t}
            # Only a title is compared: the words before the name must end in a title word
            # (On Tuesday Helen Ashcroft has none).
            heads = {t.split()[-1].casefold() for t in written} | _EN_TITLE_WORDS
            titled = bool(prefix) and prefix.split()[-1].casefold() in heads
            if titled and written and not titles_agree_en(prefix, written):
                source = next((s for s in sources if name in s.text), sources[0])
                best = max(written, key=len)
                items.append(
                    _misspelt(f"{prefix} {name}", source, f"{best} {name}", start - len(prefix) - 1)
                )
            continue
        close = [
            f"{a} {b}"
            for a, b in pairs
            if (a == first and _similar(b, last)) or (b == last and _similar(a, first))
        ]
        if close:
            checked += 1
            seen.update({first, last})
            source = next(s for s in sources if close[0] in s.text)
            items.append(_misspelt(name, source, close[0], start))
    lower = {w.casefold() for w in re.findall(r"\b[a-z][a-z'-]+\b", draft.text)}
    lower |= {w.casefold() for s in sources for w in re.findall(r"\b[a-z][a-z'-]+\b", s.text)}
    for m in _CAPITALISED.finditer(draft.text):
        word = m.group(0)
        if word in seen or len(word) < MIN_EN_NAME:
            continue
        # A capitalised common word (Many, Then, Shares) is no name, however close to one.
        if word in EN_NOT_NAMES or word.casefold() in EN_FUNCTION_WORDS or word.casefold() in lower:
            continue
        seen.add(word)
        if word in vocabulary:
            checked += 1
            continue
        near = [v for v in sorted(vocabulary) if len(v) >= MIN_EN_NAME and one_edit(word, v)]
        if near:
            checked += 1
            source = next(s for s in sources if near[0] in s.text)
            items.append(_misspelt(word, source, near[0], m.start()))
    return items, checked


def _similar(a: str, b: str) -> bool:
    """Spellings of one name: one edit apart, or (long names) mostly the same letters."""
    if a == b:
        return False
    if one_edit(a, b):
        return True
    return min(len(a), len(b)) >= 6 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


def _paragraph_of(source: SourceArticle, text: str) -> int | None:
    return next((b.number for b in source.article.passages if text in b.text), None)


def _misspelt(said: str, source: SourceArticle, form: str, start: int) -> CheckItem:
    return CheckItem(
        kind="name",
        draft=said,
        status="mismatch",
        article_id=source.article_id,
        paragraph=_paragraph_of(source, form),
        source=form,
        diff=render_diff(form, said),
        start=start,
    )
