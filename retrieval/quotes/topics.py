"""Quotes on a topic, and the quotes of a speaker across articles."""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Iterable, Sequence

from retrieval.glossary import japanese_terms
from retrieval.lexical import tokenize
from retrieval.models import Article, Quote, detect_language
from retrieval.names import katakana_names, match_names
from retrieval.quotes.annotate import extract_quotes
from retrieval.quotes.speakers import speaker_matches

log = logging.getLogger(__name__)

AboutScorer = Callable[[str, list[str]], list[float]]

# The IDF-weighted share of the topic's content bigrams a quote (or its context) must hold.
ABOUT_MIN_BIGRAM = 0.3
# A scorer's score that is a match on its own. Measured with the bundled e5-small on the seed:
# on-topic quotes score 0.86-0.88, unrelated topics (天気) still reach 0.83, so only clear wins.
ABOUT_MIN_SCORE = 0.85

# A paragraph that answers or continues the one before it.
_REFERS_BACK = re.compile(r"\s*(?:[「“]|これに(?:対し|ついて)|それに対し|その上で)")


def find_quotes(
    articles: Iterable[Article],
    speaker: str | None = None,
    about: str | None = None,
    about_scorer: AboutScorer | None = None,
    quotes_of: Callable[[Article], Sequence[Quote]] | None = None,
) -> list[Quote]:
    """Verified quotes by `speaker` (any form of the name) and/or on topic `about`, best first.

    `quotes_of` gives an article's quotes (the engine's stored ones); by default they are
    extracted here.

    Without `about` the quotes keep article order; with it, those `on_topic` keeps (「その時が来た」
    is about 制裁 through its paragraph).
    """
    articles = list(articles)
    quotes_of = quotes_of or extract_quotes
    found: list[tuple[Quote, str]] = []
    for article in articles:
        for q in quotes_of(article):
            if not q.verified:
                log.warning("Dropping unverified quote in %s ¶%s", q.article_id, q.paragraph)
                continue
            if speaker and not speaker_matches(speaker, q.speaker, q.speaker_forms):
                continue
            found.append((q, quote_context(article, q)))
    if not about or not about.strip() or not found:
        return [q for q, _ in found]
    # Each language's quotes are matched against the topic as that language can hold it (an
    # English topic over Japanese articles: the Japanese of its news terms and names), the
    # topic's own language first.
    language = {a.article_id: a.language for a in articles}
    out: list[Quote] = []
    for lang in sorted(set(language.values()), key=lambda lang: lang != detect_language(about)):
        group = [(q, ctx) for q, ctx in found if language[q.article_id] == lang]
        corpus = [b.text for a in articles if language[a.article_id] == lang for b in a.passages]
        topic = topic_terms(about, lang, corpus)
        if group and topic:
            out.extend(on_topic(group, topic, corpus, about_scorer))
    return out


def topic_terms(about: str, language: str, corpus: Sequence[str]) -> str:
    """A topic as text in `language` can hold it: itself, or for an English topic over Japanese
    text the Japanese of its news terms (glossary.py) and of its names (katakana, as `corpus`
    spells them); "" when none of it can be matched."""
    if detect_language(about) == language or language != "ja":
        return about
    names = match_names(about, katakana_names(" ".join(corpus)))
    return " ".join(dict.fromkeys([*japanese_terms(about), *names]))


def quote_context(article: Article, quote: Quote) -> str:
    """A quote's paragraph, after the one before it when it answers or continues that one
    (「…と指摘した。」 then 「これに対しケリー報道官は…」, or a paragraph that is all quote)."""
    text = article.block(quote.paragraph).text
    if quote.paragraph > 1 and _REFERS_BACK.match(text):
        return f"{article.block(quote.paragraph - 1).text}\n{text}"
    return text


def on_topic(
    found: Sequence[tuple[Quote, str]],
    about: str,
    corpus: Sequence[str],
    about_scorer: AboutScorer | None = None,
) -> list[Quote]:
    """The quotes (each with its `quote_context`) that are about `about`, best first.

    A quote matches when it, or at half weight its context, holds the topic's rarer bigrams
    (IDF from `corpus`), or when `about_scorer` rates it at least ABOUT_MIN_SCORE. A topic with
    a word that the corpus never uses (健康 in 「ルビオ氏の健康」) has no lexical match: the
    rest of it (a name) says who is mentioned, not what about.
    """
    n = len(found)
    if not n or not about.strip():
        return [q for q, _ in found]
    texts = [q.quote for q, _ in found] + [ctx for _, ctx in found]
    lex, unseen = _coverage(about, texts, corpus)
    lexical = [0.0] * n if unseen else [max(lex[i], (lex[i] + lex[n + i]) / 2) for i in range(n)]
    semantic = [0.0] * n
    if about_scorer is not None:
        sem = [float(x) for x in about_scorer(about, texts)]
        semantic = [max(sem[i], (sem[i] + sem[n + i]) / 2) for i in range(n)]
    keep = [
        i
        for i in range(n)
        if lexical[i] >= ABOUT_MIN_BIGRAM
        or (about_scorer is not None and semantic[i] >= ABOUT_MIN_SCORE)
    ]
    # Lexical evidence leads; the scorer's cosines (close together) order what it leaves tied.
    keep.sort(key=lambda i: (-(lexical[i] + semantic[i]), i))
    return [found[i][0] for i in keep]


def _coverage(
    query: str, texts: Sequence[str], corpus: Sequence[str] | None
) -> tuple[list[float], bool]:
    """The IDF-weighted share of the query's content tokens each text holds (0..1; IDF from
    `corpus`, default `texts`, so a word in every paragraph counts for little), and whether a
    content token of the query is in no corpus document."""
    wanted = {t for t in tokenize(query) if _content_token(t)}
    if not wanted:
        return [0.0 for _ in texts], False
    docs = [set(tokenize(t)) for t in (corpus if corpus is not None else texts)]
    n = len(docs)
    df = {t: sum(t in d for d in docs) for t in wanted}
    weight = {t: math.log((n + 1) / (df[t] + 0.5)) for t in wanted}
    total = sum(weight.values()) or 1.0
    scores = [sum(weight[t] for t in wanted & set(tokenize(t_))) / total for t_ in texts]
    return scores, not all(df.values())


def _content_token(token: str) -> bool:
    """Tokens that carry meaning: no particle bigrams like との or アと."""
    return not any("\u3040" <= ch <= "\u309f" for ch in token)
