"""What someone said: their verbatim quotes, from the quotes found at ingestion, cited.

"What did X say" is answered from the article's quotes, skipping quotes already given when
the asker wants more ("what else"). "What did X say about Y" keeps X's quotes on Y
(`on_topic`: Y's rarer bigrams in the quote or its context, or an embedding scorer). When none
is and Y is in the article's language, the question is declined with X's quote paragraphs as
the closest passages. An English Y over a Japanese article is matched through the Japanese of
its names and news terms only: the quotes that match are given, else all of X's, with a note
saying which. Someone the article names but never quotes is declined without search: any
sentence that mentions them would read as their words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.answers.compose import compose, quote_sentences
from retrieval.answers.messages import (
    NEVER_QUOTED,
    NO_MORE_QUOTES,
    NOT_IN_ARTICLE,
    NOT_ON_TOPIC,
    TOPIC_THROUGH,
    TOPIC_UNCHECKED,
)
from retrieval.lexicon import EN_FUNCTION_WORDS
from retrieval.models import Answer, Article, Quote, Turn, detect_language
from retrieval.names import MATCH, latin_names
from retrieval.question import Question, named_people_ja
from retrieval.quotes import AboutScorer, on_topic, quote_context, topic_terms
from retrieval.quotes.speakers import spelling_score

MAX_SPEAKER_QUOTES = 2
# What may stand between a speaker's name and the topic in 「ケリー報道官のルビオ氏についての発言」.
_SPEAKER_LEAD_JA = re.compile(
    r"^(?:氏|さん|[一-龥]{1,5}官|[一-龥]{1,4}(?:相|長官|特使|大統領|研究員))?[はがもの、,]\s*"
)


def what_was_said(
    question: Question,
    article: Article | None,
    quotes: Sequence[Quote],
    history: Sequence[Turn],
    about_scorer: AboutScorer | None = None,
) -> Answer | None:
    """The quotes of the speaker the question names, or None when it is not such a question."""
    if question.intent != "said" or article is None:
        return None
    # The body's words: a headline's excerpt of them (a quote in a non-passage block) repeats them.
    quotes = [q for q in quotes if article.block(q.paragraph).is_passage]
    if not quotes:
        return None
    speaker = speaker_in(question, quotes)
    language = question.language
    if speaker is None:
        return _never_quoted(question, article, quotes)
    # Only "what else / 他に" asks for quotes not given yet; a plain question gets them all.
    said_before = " ".join(t.answer.text for t in history) if question.wants_more else ""
    fresh = [
        q for q in quotes if q.speaker == speaker and q.verified and q.quote not in said_before
    ]
    if not fresh:
        return Answer(
            question=question.text,
            text=NO_MORE_QUOTES[language].format(name=speaker),
            answerable=False,
            citations=(),
            language=language,
            article_id=article.article_id,
        )
    topic = _topic_without(question.topic, speaker)
    notes: tuple[str, ...] = ()
    if topic:
        kept, notes = _quotes_on(topic, fresh, article, speaker, about_scorer)
        if not kept:
            return _not_on_topic(question, article, speaker, topic, fresh)
        fresh = kept
    chosen = quote_sentences(article, fresh[:MAX_SPEAKER_QUOTES])
    answer = compose(question.text, language, chosen, article.article_id, ())
    return replace(answer, notes=notes) if notes else answer


def speaker_in(question: Question, quotes: Sequence[Quote]) -> str | None:
    """The quoted speaker the question names (by any form the article gives them), preferring
    a name outside the topic.

    In 「ケリー報道官はルビオ氏の役割について何と言ったか」 and "What did Kelly say about Rubio's
    role?" the speaker is Kelly; Rubio is the topic. A name only the topic holds is still taken
    when no other is named.
    """
    texts = [question.speaker_text, question.standalone]
    # Every form the article gives each speaker: 工藤公康, 工藤, 公康 and their readings.
    speakers: dict[str, set[str]] = {}
    for qt in quotes:
        if qt.speaker:
            speakers.setdefault(qt.speaker, set(_name_forms(qt.speaker))).update(qt.speaker_forms)
    for text in texts:
        best: tuple[int, str] | None = None
        for speaker, forms in speakers.items():
            for form in forms:
                if len(form) >= 2 and form in text and (best is None or len(form) > best[0]):
                    best = (len(form), speaker)
        if best is None:  # "Kelly" over a Japanese article: spelled, not written, in katakana
            spoken = [w for w in latin_names(text) if w.lower() not in EN_FUNCTION_WORDS]
            return _spelled(spoken, speakers)
        return best[1]
    return None


def _spelled(spoken: Sequence[str], speakers: dict[str, set[str]]) -> str | None:
    """The speaker whose katakana forms the question's Latin name words spell best: the most
    words matched, then the closest spellings ("Kazuo Ishikawa" is 石川和夫, whose readings
    イシカワ and カズオ Hepburn spells so, not 森田浩二, whose コウジ only sounds near Kazuo).
    Speakers in article order break a tie."""
    best: tuple[int, float] = (0, 0.0)
    chosen = None
    for speaker, forms in speakers.items():
        parts = {p for f in forms for p in re.split(r"[・=＝\s]", f) if p}
        scores = [max((spelling_score(w, speaker, p) for p in parts), default=0.0) for w in spoken]
        hits = [x for x in scores if x >= MATCH]
        score = (len(hits), sum(hits))
        if hits and score > best:
            best, chosen = score, speaker
    return chosen


def _name_forms(speaker: str) -> list[str]:
    """A speaker's full name and its last part, longest first."""
    return sorted({speaker, re.split(r"[・=＝\s]", speaker)[-1]}, key=len, reverse=True)


def _topic_without(topic: str | None, speaker: str) -> str | None:
    """Y of "what did X say about Y" without X (「ケリー報道官のルビオ氏について」: ルビオ氏)."""
    if not topic:
        return None
    for form in _name_forms(speaker):
        at = topic.find(form)
        if at >= 0:
            topic = _SPEAKER_LEAD_JA.sub("", topic[at + len(form) :])
            break
    topic = topic.strip(" 、,")
    return topic if len(topic) >= 2 else None


def _quotes_on(
    topic: str,
    quotes: Sequence[Quote],
    article: Article,
    speaker: str,
    about_scorer: AboutScorer | None,
) -> tuple[list[Quote], tuple[str, ...]]:
    """The quotes on `topic` (in article order, at most MAX_SPEAKER_QUOTES) and notes for the
    reader; no quotes when none is on a topic that could be checked."""
    language = article.language
    checkable = detect_language(topic) == language
    corpus = [b.text for b in article.passages]
    matchable = topic_terms(topic, language, corpus)
    contexts = [(q, quote_context(article, q)) for q in quotes]
    found = on_topic(contexts, matchable, corpus, about_scorer) if matchable else []
    kept = sorted(found[:MAX_SPEAKER_QUOTES], key=lambda q: (q.paragraph, q.start))
    if checkable:
        return kept, ()
    if kept:
        return kept, (TOPIC_THROUGH.format(topic=topic, terms=matchable),)
    return list(quotes), (TOPIC_UNCHECKED.format(name=speaker, topic=topic),)


def _not_on_topic(
    question: Question, article: Article, speaker: str, topic: str, quotes: Sequence[Quote]
) -> Answer:
    """Declines "what did X say about Y" when none of X's quotes is on Y; shows X's quotes."""
    language = question.language
    paragraphs = dict.fromkeys(q.paragraph for q in quotes)
    return Answer(
        question=question.text,
        text=(" " if language == "en" else "").join(
            (NOT_IN_ARTICLE[language], NOT_ON_TOPIC[language].format(name=speaker, topic=topic))
        ),
        answerable=False,
        citations=(),
        language=language,
        article_id=article.article_id,
        related=tuple(article.passage(article.block(n), 0.0) for n in paragraphs)[:3],
    )


def _never_quoted(question: Question, article: Article, quotes: Sequence[Quote]) -> Answer | None:
    """Decline "what did X say" when the article names X but never quotes them.

    Searching would answer with whatever sentence mentions X, which reads as X's words. The
    paragraphs that name X are shown as the closest passages instead.
    """
    language = question.language
    quoted = " ".join(q.speaker for q in quotes if q.speaker)
    text = "\n".join(b.text for b in article.blocks if b.kind != "meta")
    named = [
        name
        for name in named_people_ja(text)
        if (name in question.standalone or name in question.names) and name not in quoted
    ]
    if not named:
        return None
    name = named[0]
    related = tuple(article.passage(b, 0.0) for b in article.passages if name in b.text)[:3]
    return Answer(
        question=question.text,
        text=(" " if language == "en" else "").join(
            (NOT_IN_ARTICLE[language], NEVER_QUOTED[language].format(name=name))
        ),
        answerable=False,
        citations=(),
        language=language,
        article_id=article.article_id,
        related=related,
    )
