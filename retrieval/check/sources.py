"""What a check needs of a source article, worked out once per version of it.

The engine keeps one `SourceArticle` per article generation, so checking a draft against the
whole archive costs set lookups, not re-reading every article: each passage's bigrams (to rank
candidate spans for a quote), each sentence's wording and figures (to find the sentence a
draft sentence comes from), and the names it gives people with the titles it gives them.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from retrieval.check.figures import Figure, figures
from retrieval.check.match import bigrams
from retrieval.check.units import TITLE_RANKS
from retrieval.lexicon import EN_FUNCTION_WORDS, JA_NATION_PREFIXES, JA_TITLES
from retrieval.models import Article, Quote, is_japanese_char
from retrieval.parser import JapaneseParser, shared_parser
from retrieval.quotes.people import People, register_mentions
from retrieval.quotes.spans import quote_spans
from retrieval.sentences import split_sentences

_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_DIGITS = re.compile(r"[\d０-９.,，．%％]+")
_TITLE_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, sorted(JA_NATION_PREFIXES, key=len, reverse=True)))
    + ")?(?:"
    + "|".join(map(re.escape, sorted(TITLE_RANKS, key=len, reverse=True)))
    + ")?(?:"
    + "|".join(map(re.escape, sorted(JA_TITLES, key=len, reverse=True)))
    + ")"
)


@dataclass(frozen=True)
class SourceSentence:
    """One sentence of a source passage with its wording and figures."""

    article_id: str
    paragraph: int
    text: str
    figures: tuple[Figure, ...]
    words: frozenset[str]


@dataclass(frozen=True)
class SourceArticle:
    """A source article prepared for checking drafts against it."""

    article: Article
    quotes: tuple[Quote, ...]
    grams: tuple[frozenset[str], ...]  # per passage, in article.passages order
    sentences: tuple[SourceSentence, ...]
    text: str  # every passage, joined: "is this string anywhere in the source?"
    people: tuple[tuple[str, frozenset[str], frozenset[str]], ...]  # name, forms, titles

    @property
    def article_id(self) -> str:
        """The article's id."""
        return self.article.article_id


def wording(text: str) -> frozenset[str]:
    """What a sentence says, for matching: Japanese bigrams or English words, no digits."""
    text = _DIGITS.sub(" ", text)
    if sum(map(is_japanese_char, text)) > len(text) // 4:
        chars = "".join(ch if is_japanese_char(ch) else " " for ch in text)
        return frozenset(
            chars[i : i + 2] for i in range(len(chars) - 1) if " " not in chars[i : i + 2]
        )
    words = (w.casefold() for w in _EN_WORD.findall(text))
    return frozenset(w for w in words if len(w) > 2 and w not in EN_FUNCTION_WORDS)


def title_at(text: str, at: int) -> str:
    """The title written right at `at` (国務長官, 米大統領, 氏), or ''."""
    m = _TITLE_RE.match(text, at)
    return m.group(0) if m else ""


@dataclass(frozen=True)
class Mention:
    """A person named in a text: the form written, where, the title after it, who it is."""

    said: str
    index: int  # which of the texts
    offset: int
    title: str
    name: str  # the person's fullest name in these texts
    forms: frozenset[str]


def japanese_people(texts: Sequence[str], parser: JapaneseParser | None = None) -> list[Mention]:
    """Every person mention of `texts`, from the tokenizer alone (no parse: a hundred times
    cheaper), with the title written after each."""
    docs = (parser or shared_parser()).tokenize(list(texts))
    people = People()
    for i, doc in enumerate(docs):
        register_mentions(people, i, doc, parsed=False)
    out = []
    for (index, offset), person in people.timeline:
        if person.kind != "person":
            continue
        text = texts[index]
        forms = frozenset({person.name, *person.forms})
        said = next(
            (f for f in sorted(forms, key=len, reverse=True) if text.startswith(f, offset)), None
        )
        if said is not None:
            title = title_at(text, offset + len(said))
            out.append(Mention(said, index, offset, title, person.name, forms))
    return out


def prepare(
    article: Article, quotes: Sequence[Quote], parser: JapaneseParser | None = None
) -> SourceArticle:
    """Everything a check reads of `article`, computed once."""
    passages = article.passages
    sentences = [
        SourceSentence(
            article.article_id, b.number, s.text, tuple(figures(s.text)), wording(s.text)
        )
        for b in passages
        for s in split_sentences(b.text)
    ]
    names: dict[str, tuple[set[str], set[str]]] = {}
    if article.language == "ja":
        texts = [b.text for b in passages]
        for m in japanese_people(texts, parser):
            forms, titles = names.setdefault(m.name, (set(), set()))
            forms.update(m.forms)
            if m.title:
                titles.add(m.title)
        for q in quotes:
            if q.speaker:
                forms, titles = names.setdefault(q.speaker, (set(), set()))
                forms.update(q.speaker_forms)
    return SourceArticle(
        article=article,
        quotes=tuple(quotes),
        grams=tuple(frozenset(bigrams(b.text)) for b in passages),
        sentences=tuple(sentences),
        text="\n".join(b.text for b in passages),
        people=tuple((n, frozenset(f), frozenset(t)) for n, (f, t) in names.items()),
    )


class SourceCache:
    """Prepared source articles by (scope, id, generation): a generation is a content hash, so
    an entry is valid as long as that version is live, and a new version gets a new entry."""

    def __init__(self, size: int = 4096) -> None:
        self._size = size
        self._entries: dict[tuple[str, ...], SourceArticle] = {}
        self._lock = threading.Lock()

    def get(self, key: tuple[str, ...], build: Callable[[], SourceArticle]) -> SourceArticle:
        """The prepared article for `key`, built (outside the lock) the first time."""
        with self._lock:
            found = self._entries.get(key)
        if found is not None:
            return found
        built = build()
        with self._lock:
            if len(self._entries) >= self._size:
                self._entries.pop(next(iter(self._entries)))
            self._entries[key] = built
        return built


# Source articles prepared for draft checks, shared by every engine of the process (the key
# holds the content generation, so engines over different data never see each other's).
SOURCES = SourceCache()

# Up to this many visible articles a draft is checked against all of them; beyond, against
# the articles a search for its quotes and opening finds (an archive is too big to read whole).
ALL_SOURCES_UP_TO = 20
SEARCH_HITS = 3


def source_queries(text: str) -> list[str]:
    """What to search an archive for to find a draft's sources: its quotes and its opening."""
    from retrieval.check.drafts import paragraphs

    queries = [p[a:b] for _, p in paragraphs(text) for a, b in quote_spans(p) if b - a >= 4]
    opening = [p[:200] for _, p in paragraphs(text)[:2]]
    return list(dict.fromkeys([*opening, *(q[:200] for q in queries)]))[:12]
