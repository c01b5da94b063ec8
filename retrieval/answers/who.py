"""Who someone is: the sentence where the article first names them, verbatim and cited.

News copy introduces a person with their role at first mention (ソニーグループの十時裕樹副社長は,
"Jane Doe, chief executive of Acme, said"), so "Who is X?" is answered by that sentence. X is
found by the name as asked, its Japanese spellings (Question.names) and, for someone quoted,
every form the article gives the speaker (Masahiko Nakagawa finds 中川正彦 through its reading).
Someone the article never names gets no answer here: the question goes to search.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.answers.compose import Candidate, compose
from retrieval.models import Answer, Article, Quote
from retrieval.question import Question, age_asked_about, person_asked_about
from retrieval.quotes import speaker_matches
from retrieval.sentences import split_sentences

# An age as news copy gives it right after a name: 浜田茂会頭（68）, 高森ゆかりさん（29）,
# Jane Doe (64), Jane Doe, 64, / Jane Doe, a 26-year-old … (a title or honorific may stand
# between the name and the age; nothing else may).
_AGE_AFTER_NAME = (
    r"(?:[^\s、。，,「」『』（）()]{0,8}?)\s*[（(]\s*(?P<a>\d{1,3})\s*[)）]"
    r"|(?:\s*\([^()]{1,20}\))?,\s+(?:an?\s+)?(?P<b>\d{1,3})(?:,|-year-old\b)"
)


def who_they_are(
    question: Question, article: Article | None, quotes: Sequence[Quote]
) -> Answer | None:
    """The first sentence of `article` that names the person asked about, or None."""
    if question.intent != "who" or article is None:
        return None
    name = person_asked_about(question.standalone)
    if name is None:
        return None
    # The whole name first: a surname alone may be someone else's.
    for forms in _forms(name, question, quotes):
        if forms and (answer := _first_sentence(question, article, re.compile(_any_of(forms)))):
            return answer
    return None


def _any_of(forms: set[str]) -> str:
    """A pattern for any of `forms`, longest first."""
    return "(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + ")"


def _first_sentence(
    question: Question, article: Article, pattern: re.Pattern[str]
) -> Answer | None:
    """The first sentence of `article` that `pattern` finds something in, as the cited answer."""
    for block in article.passages:
        for sentence in split_sentences(block.text):
            if pattern.search(sentence.text):
                passage = article.passage(block, 1.0)
                chosen = [Candidate(passage, sentence.start, sentence.end, sentence.text, 1.0)]
                return compose(question.text, question.language, chosen, article.article_id, ())
    return None


def _forms(name: str, question: Question, quotes: Sequence[Quote]) -> tuple[set[str], ...]:
    """The forms the person may be written as in the article, surest first: the name as asked
    and the quoted speaker it names; the katakana the question's Latin words were matched to
    across the archive (a guess by sound: "Matsueda" is near マウス); then parts of the name."""
    full = {name, name.replace(" ", "")}
    parts: set[str] = set()
    for q in quotes:
        if q.speaker and speaker_matches(name, q.speaker, q.speaker_forms):
            full.add(q.speaker)
            parts.update(q.speaker_forms)
    spelled = set(question.names) - full
    parts.update(w for w in name.split() if len(w) >= 3)
    tiers = (full, spelled, parts - full - spelled)
    return tuple({f for f in tier if len(f) >= 2} for tier in tiers)


def how_old(question: Question, article: Article | None, quotes: Sequence[Quote]) -> Answer | None:
    """The sentence that gives the age of the person asked about ("How old is X?", 「Xは何歳か」)
    right after their name, or None (the question then goes to search)."""
    if question.answer_type != "age" or article is None:
        return None
    name = age_asked_about(question.standalone)
    if name is None:
        return None
    for forms in _forms(name, question, quotes):
        pattern = re.compile(f"{_any_of(forms)}(?:{_AGE_AFTER_NAME})")
        if forms and (answer := _first_sentence(question, article, pattern)):
            return answer
    return None
