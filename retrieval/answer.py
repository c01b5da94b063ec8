"""Extractive answers: the sentences that answer the question, verbatim, each marked [¶N].

Sentences of the best passages are scored by the question's similarity to each sentence (the
sentence vectors were computed at ingestion and are cached), plus their word overlap with the
question and the rank of their passage. Whether to answer at all is decided in three steps:

1. a question that asks for a kind of fact (an age, a date, a count, an amount, a percentage)
   is answered only by a sentence that holds one;
2. a question about a role the article never mentions (a CEO, a prime minister) is not answered;
3. the best sentence must score at least a threshold for its language pair (same language, or an
   English question over a Japanese article). The thresholds are calibrated by bench/answers.py
   on the seed article's answerable and unanswerable questions and the JSQuAD subset.

Two kinds of question are answered without search: "what did X say" (from the quotes module,
skipping quotes already given earlier in the conversation) and the article's original title
(from its metadata block). "What did X say" about a person the article names but never quotes
is declined without search too: any sentence that mentions X would read as X's words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from retrieval.index import passage_context
from retrieval.lexical import tokenize
from retrieval.models import (
    Answer,
    Article,
    Citation,
    Confidence,
    Passage,
    Quote,
    Turn,
    detect_language,
)
from retrieval.names import (
    ENGLISH_FUNCTION_WORDS,
    latin_names,
    same_name,
)
from retrieval.quotes import AboutScorer, on_topic, quote_context, topic_terms
from retrieval.search import ScoredPassage
from retrieval.sentences import Sentence, split_sentences

EmbedFn = Callable[[list[str]], np.ndarray]

CANDIDATE_PASSAGES = 4
MAX_SENTENCES = 3
# Calibrated by bench/answers.py (see bench/results/answers.json): the best sentence's score
# must reach this for the answer to be given, per (question language == article language).
THRESHOLDS = {"same": 0.83, "cross": 0.76}
# Around the threshold the score cannot tell an answer from a near miss (bench/answers.py: the
# seed's answerable and unanswerable questions overlap there), so the reader is told the article
# may not answer it and is shown the closest passages instead: from CLOSEST_BELOW under the
# threshold to CLOSEST_ABOVE over it. Over it, each 0.01 moves about 2% of the seed's answerable
# questions and of JSQuAD's 0.4% from "answer" to "closest" (bench/answers.py threshold_tradeoff);
# 0.01 keeps JSQuAD's gold-in-cited-text at its 0.97 target.
CLOSEST_BELOW = 0.03
CLOSEST_ABOVE = 0.01
# A second (third) sentence joins the answer only when it scores almost as well as the best.
# Chosen on every 4th JSQuAD question: the best sentence alone holds the gold answer 86% of the
# time; with this margin and penalty 92%, at 1.4 sentences per answer on average.
SECOND_SENTENCE_MARGIN = 0.05
# When the answer draws on a single paragraph, the best sentence of another paragraph within this
# margin joins it: the reader sees the runner-up source when the engine is not sure. On JSQuAD
# the cited text holds the gold answer for 0.975 instead of 0.971, at 1.6 sentences per answer
# instead of 1.4 (the gain is on half B; half A is flat).
RUNNER_UP_MARGIN = 0.08
LEXICAL_BONUS = 0.08
RANK_PENALTY = 0.03
MIN_SENTENCE_CHARS = 8
MAX_SPEAKER_QUOTES = 2

NOT_IN_ARTICLE = {"ja": "記事には書かれていません。", "en": "The article does not say."}
MAY_NOT_ANSWER = {
    "ja": "記事はこの質問に答えていない可能性があります。最も近い段落を下に示します。",
    "en": "The article may not answer this; the closest passages are below.",
}
NO_MORE_QUOTES = {
    "ja": "記事には{name}氏のこれ以上の発言は書かれていません。",
    "en": "The article quotes {name} no further.",
}
NOT_ON_TOPIC = {
    "ja": "{name}氏の発言で「{topic}」に触れたものは見つかりませんでした(発言は下の段落)。",
    "en": "None of {name}'s quotes could be matched to “{topic}” (they are in the passages below).",
}
# An English topic over a Japanese article is matched through the Japanese of its names and news
# terms (glossary.py) only.
TOPIC_THROUGH = "“{topic}” was matched in the Japanese original through {terms} only."
TOPIC_UNCHECKED = (
    "“{topic}” could not be checked against the Japanese original: these are all of "
    "{name}'s quotes."
)
NEVER_QUOTED = {
    "ja": "{name}氏の発言は引用されていません。",
    "en": "It never quotes {name}.",
}
EN_LEAD_IN = "The article is in Japanese; quoted from the original:"

_PRONOUNS_JA = re.compile(r"(彼女|彼ら|彼|同氏|その人物|その人|この人)")
_PRONOUNS_EN = re.compile(r"\b(he|she|him|her|they|them|his|hers|their)\b", re.IGNORECASE)
_NAME_JA = re.compile(
    r"([ァ-ヴー・]{2,}|[一-龥]{2,4})(氏|大統領|国務長官|報道官|外相|特使|上級研究員|副大統領|首相|長官)"
)
_SAY_JA = re.compile(r"(?:何と|どう)(?:言|い|述|語|話|発言|コメント)|発言|コメント|(?:他|ほか)に何")
# The topic of "what did X say about Y": Y.
# (Not に対して: 「指摘に対して何と言ったか」 asks for a reply, which rarely repeats the point.)
_TOPIC_JA = re.compile(r"(.+?)(?:について|に関して|に関し|をめぐ(?:り|って)|を巡(?:り|って))")
_TOPIC_EN = re.compile(
    r"\b(?:about|regarding|concerning|on the subject of)\s+(.+?)\s*(?:\(|[?？.!]|$)"
    r"|\b(?:say|said|says|comment(?:ed)?)\s+on\s+(.+?)\s*(?:\(|[?？.!]|$)",
    re.IGNORECASE,
)
_SPEAKER_LEAD_JA = re.compile(
    r"^(?:氏|さん|[一-龥]{1,5}官|[一-龥]{1,4}(?:相|長官|特使|大統領|研究員))?[はがもの、,]\s*"
)
_ELSE = re.compile(r"(?:他|ほか)に|その他|\b(?:else|other|more)\b", re.IGNORECASE)
_SAY_EN = re.compile(r"\b(?:say|said|says|tell|told|quote[sd]?|comment(?:ed)?)\b", re.IGNORECASE)
_ORIGINAL_TITLE_Q = re.compile(
    r"原題(?:は|を|って|が|\s*[?？]|$)|(?:英語|元|もと|英文|オリジナル)の(?:タイトル|見出し|題)"
    r"|\boriginal\s+(?:english\s+)?(?:title|headline)|\benglish\s+(?:title|headline)",
    re.IGNORECASE,
)

# Kinds of fact a question can ask for: (Japanese cue, English cue, what an answer must hold).
_NUM = r"[0-9０-９][0-9０-９,，.]*|[一二三四五六七八九十百千万億兆]+"
_ANSWER_TYPES: dict[str, tuple[str, str, str]] = {
    # News copy gives an age in brackets after a name (ソロス氏(78), Doe (64)) or between commas
    # (Jane Doe, 64,).
    "age": (
        r"何歳|年齢",
        r"\bhow old\b|\bage\b",
        rf"(?:{_NUM})\s*歳|\byears? old\b|[(（]\s*\d{{1,3}}\s*[)）]|,\s\d{{1,3}},",
    ),
    "percent": (
        r"何(?:パーセント|%|％)|支持率|何割",
        r"\bpercent(?:age)?\b|\bapproval rating\b|\bwhat share\b",
        rf"(?:{_NUM})\s*(?:%|％|パーセント|ポイント|割)|\bpercent\b",
    ),
    "date": (
        r"何月何日|何日に|日付",
        r"\b(?:what|which)\s+(?:exact\s+)?(?:date|day)\b",
        rf"(?:{_NUM})\s*日|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d",
    ),
    "year": (
        r"何年(?!間)",
        r"\b(?:what|which)\s+year\b|\bsince when\b",
        rf"(?:{_NUM})\s*年|昨年|今年|来年|\b(?:19|20)\d\d\b",
    ),
    "duration": (
        r"何(?:時間|分間|日間|週間|カ月|か月|ヶ月|年間)|どのくらいの(?:期間|時間)",
        r"\bhow long\b",
        # A span of time, not a point in it: "22日" (the 22nd) does not say how long.
        rf"(?:{_NUM})\s*(?:時間|分間|分|日間|週間|カ月|か月|ヶ月|年間)"
        r"|\b\d+\s*(?:hours?|minutes?|days?|weeks?|months?|years?)\b",
    ),
    "count": (
        r"何(?:人|件|回|社|カ国|か国|ヵ国|個|機|隻|台|本|倍)",
        r"\bhow many\b",
        # 何人 is also "which nationality" (なにじん): "ポルトガル人" answers it.
        rf"(?:{_NUM})\s*(?:人|件|回|社|カ国|か国|ヵ国|個|機|隻|台|本|倍|万|億)|\b\d+\b"
        r"|[ァ-ヴー]{2,}人",
    ),
    "amount": (
        # A figure is asked for, not merely mentioned ("現金収入を得やすい何の栽培" is not).
        r"いくら|金額|どれだけ(?:上|下|増|減)|どの程度(?:上|下|増|減)"
        r"|(?:売上|売り上げ|収入|利益|予算)高?(?:は|を)(?:どれ|何|どの)",
        r"\bhow much\b|\b(?:what|how) (?:was|is|were|are) [\w'’ ]*(?:revenue|sales|profit|budget)\b",
        rf"(?:{_NUM})\s*(?:円|ドル|ユーロ|ルーブル|ポンド|元|%|％|億|万|兆)|\$\s*\d|\b(?:million|billion)\b",
    ),
}
# Roles a question may ask about, in Japanese and English. When the question names one and the
# article mentions it in neither language, the article cannot say who holds it or what they did.
_ROLES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("首相", "総理"), r"\bprime minister\b|\bpremier\b"),
    (("国防相", "国防大臣", "国防長官"), r"\bdefen[cs]e (?:minister|secretary)\b"),
    (("事務総長",), r"\bsecretary[- ]general\b"),
    (("最高経営責任者", "CEO", "社長"), r"\bchief executive\b|\bCEO\b"),
    (("大学",), r"\buniversity\b|\bcollege\b"),
    (("ホテル",), r"\bhotel\b"),
    (("前職", "経歴"), r"\bjob before\b|\bprevious job\b|\bcareer\b"),
)


@dataclass(frozen=True)
class Candidate:
    """One sentence of a retrieved passage with its score."""

    passage: Passage
    start: int
    end: int
    text: str
    score: float


@dataclass(frozen=True)
class Draft:
    """Everything the answer is decided on; bench/answers.py calibrates thresholds on it."""

    candidates: tuple[Candidate, ...]
    confidence: float
    pair: str  # "same" or "cross": question language vs the best passage's language
    blocked: str | None = None  # why the question cannot be answered whatever the score
    answer_type: str | None = None
    extra: dict[str, float] = field(default_factory=dict)

    def answerable(self, thresholds: dict[str, float] | None = None) -> bool:
        """True when nothing blocks the answer and the confidence reaches the threshold."""
        limits = thresholds or THRESHOLDS
        return (
            bool(self.candidates) and self.blocked is None and self.confidence >= limits[self.pair]
        )


class ExtractiveAnswerer:
    """Builds answers from retrieved passages without a language model."""

    def __init__(self, embed_passages: EmbedFn, strictness: float = 0.0) -> None:
        self._embed = embed_passages
        self.thresholds = {pair: t + strictness for pair, t in THRESHOLDS.items()}

    def resolve_follow_up(
        self, question: str, history: Sequence[Turn], article: str | None
    ) -> tuple[str, str | None]:
        """Rewrite a follow-up into a standalone question and inherit the earlier article."""
        if not history:
            return question, article
        last = history[-1]
        article = article or last.answer.article_id or _single_article(last.answer)
        name = _last_person(history)
        if name is None:
            return question, article
        if _PRONOUNS_JA.search(question):
            return _PRONOUNS_JA.sub(name, question, count=1), article
        if _PRONOUNS_EN.search(question):
            return _PRONOUNS_EN.sub(name, question, count=1), article
        return question, article

    # --- answers that need no search ---------------------------------------------------------

    def from_metadata(self, question: str, article: Article | None) -> Answer | None:
        """The article's original title, cited from its meta block, when that is what is asked."""
        if article is None or not article.original_title or not _ORIGINAL_TITLE_Q.search(question):
            return None
        title = article.original_title
        block = next((b for b in article.blocks if b.kind == "meta" and title in b.text), None)
        if block is None:
            return None
        language = detect_language(question)
        lead = "原題:" if language == "ja" else "The original headline:"
        return Answer(
            question=question,
            text=f"{lead} {title} [¶{block.number}]",
            answerable=True,
            citations=(
                Citation(
                    article.article_id, article.title, block.number, title, 1.0, block.section
                ),
            ),
            language=language,
            article_id=article.article_id,
        )

    def from_quotes(
        self,
        question: str,
        standalone: str,
        article: Article | None,
        quotes: Sequence[Quote],
        history: Sequence[Turn],
        about_scorer: AboutScorer | None = None,
    ) -> Answer | None:
        """What a named speaker said, from the quotes module: quotes not given earlier, cited.

        "What did X say about Y" keeps X's quotes on Y (`on_topic`: Y's rarer bigrams in the quote
        or its context, or `about_scorer`). When none is and Y is in the article's language, the
        question is declined with X's quote paragraphs as the closest passages. An English Y over
        a Japanese article is matched through the Japanese of its names and news terms only: the
        quotes that match are given, else all of X's, with a note saying which.
        """
        if article is None or not quotes:
            return None
        if not (_SAY_JA.search(standalone) or _SAY_EN.search(standalone)):
            return None
        speaker = _speaker_in(standalone, quotes)
        language = detect_language(question)
        if speaker is None:
            return self._never_quoted(question, standalone, language, article, quotes)
        # Only "what else / 他に" asks for quotes not given yet; a plain question gets them all.
        said_before = " ".join(t.answer.text for t in history) if _ELSE.search(standalone) else ""
        fresh = [
            q for q in quotes if q.speaker == speaker and q.verified and q.quote not in said_before
        ]
        if not fresh:
            return Answer(
                question=question,
                text=NO_MORE_QUOTES[language].format(name=speaker),
                answerable=False,
                citations=(),
                language=language,
                article_id=article.article_id,
            )
        topic = _topic(standalone, speaker)
        notes: tuple[str, ...] = ()
        if topic:
            kept, notes = _quotes_on(topic, fresh, article, speaker, about_scorer)
            if not kept:
                return _not_on_topic(question, language, article, speaker, topic, fresh)
            fresh = kept
        chosen = _quote_sentences(article, fresh[:MAX_SPEAKER_QUOTES])
        answer = _compose(question, language, chosen, article.article_id, ())
        return replace(answer, notes=notes) if notes else answer

    def _never_quoted(
        self,
        question: str,
        standalone: str,
        language: str,
        article: Article,
        quotes: Sequence[Quote],
    ) -> Answer | None:
        """Decline "what did X say" when the article names X but never quotes them.

        Searching would answer with whatever sentence mentions X, which reads as X's words. The
        paragraphs that name X are shown as the closest passages instead.
        """
        quoted = " ".join(q.speaker for q in quotes if q.speaker)
        text = "\n".join(b.text for b in article.blocks if b.kind != "meta")
        named = [
            name
            for name in dict.fromkeys(n for n, _ in _NAME_JA.findall(text))
            if name in standalone and name not in quoted
        ]
        if not named:
            return None
        name = named[0]
        related = tuple(article.passage(b, 0.0) for b in article.passages if name in b.text)[:3]
        return Answer(
            question=question,
            text=(" " if language == "en" else "").join(
                (NOT_IN_ARTICLE[language], NEVER_QUOTED[language].format(name=name))
            ),
            answerable=False,
            citations=(),
            language=language,
            article_id=article.article_id,
            related=related,
        )

    # --- answers from search -----------------------------------------------------------------

    def draft(
        self,
        question: str,
        hits: Sequence[ScoredPassage],
        passages: Sequence[Passage],
        query_vector: np.ndarray,
        article_text: str = "",
    ) -> Draft:
        """Scored candidate sentences and the evidence for answering at all."""
        candidates = self.candidates(question, hits, passages, query_vector)
        if not candidates:
            return Draft((), 0.0, "same")
        q_lang = detect_language(question)
        p_lang = detect_language(candidates[0].passage.text)
        pair = "same" if q_lang == p_lang else "cross"
        answer_type = _answer_type(question)
        blocked = None
        if answer_type is not None:
            typed = [c for c in candidates if _holds_type(c.text, answer_type)]
            if typed:
                # The typed sentence leads when it is close; the type is what was asked.
                best = typed[0]
                candidates = [best, *(c for c in candidates if c is not best)]
            else:
                blocked = f"no sentence holds the {answer_type} asked for"
        role = _missing_role(question, article_text or " ".join(p.text for p in passages))
        if role is not None:
            blocked = f"the article never mentions a {role}"
        return Draft(
            tuple(candidates),
            candidates[0].score,
            pair,
            blocked=blocked,
            answer_type=answer_type,
        )

    def answer(
        self,
        question: str,
        standalone: str,
        hits: Sequence[ScoredPassage],
        passages: Sequence[Passage],
        query_vector: np.ndarray,
        article: str | None,
        article_text: str = "",
    ) -> Answer:
        """The extractive answer to `question` from the ranked passages."""
        language = detect_language(question)
        draft = self.draft(standalone, hits, passages, query_vector, article_text)
        related = tuple(passages[:3])
        level = self.confidence(draft)
        if level != "answer":
            if level == "closest":  # the passages of the best sentences first
                nearest = [c.passage for c in draft.candidates[:3]]
                related = tuple(dict.fromkeys([*nearest, *related]))[:3]
            return Answer(
                question=question,
                text=(MAY_NOT_ANSWER if level == "closest" else NOT_IN_ARTICLE)[language],
                answerable=False,
                citations=(),
                language=language,
                article_id=article,
                related=related,
                confidence=level,
            )
        best = draft.candidates[0]
        chosen = [best]
        for c in draft.candidates[1:]:
            if len(chosen) >= MAX_SENTENCES or c.score < best.score - SECOND_SENTENCE_MARGIN:
                continue
            if any(_overlaps(c, o) for o in chosen):
                continue
            chosen.append(c)
        chosen = _with_runner_up(chosen, draft.candidates, best.score - RUNNER_UP_MARGIN)
        order = {(p.article_id, p.paragraph): i for i, p in enumerate(passages)}
        chosen.sort(key=lambda c: (order[(c.passage.article_id, c.passage.paragraph)], c.start))
        ids = {c.passage.article_id for c in chosen}
        article_id = article or (next(iter(ids)) if len(ids) == 1 else None)
        return _compose(question, language, chosen, article_id, related)

    def confidence(self, draft: Draft) -> Confidence:
        """How sure the draft is: an answer clear of the threshold, a near miss either side of
        it (the article may not answer: closest passages), or nothing to show."""
        if not draft.candidates or draft.blocked is not None:
            return "none"
        limit = self.thresholds[draft.pair]
        if draft.confidence >= limit + CLOSEST_ABOVE:
            return "answer"
        return "closest" if draft.confidence >= limit - CLOSEST_BELOW else "none"

    def candidates(
        self,
        question: str,
        hits: Sequence[ScoredPassage],
        passages: Sequence[Passage],
        query_vector: np.ndarray,
    ) -> list[Candidate]:
        """Every sentence of the top passages, scored and sorted best first."""
        raw: list[tuple[Passage, Sentence, float]] = []
        q_tokens = set(tokenize(question))
        for rank, (_hit, passage) in enumerate(
            zip(hits[:CANDIDATE_PASSAGES], passages, strict=False)
        ):
            for s in split_sentences(passage.text):
                if len(s.text) < MIN_SENTENCE_CHARS:
                    continue
                raw.append((passage, s, rank * RANK_PENALTY))
        if not raw:
            return []
        sims = self._embed([_embed_text(p, s.text) for p, s, _ in raw]) @ query_vector
        out = []
        for (passage, s, penalty), sim in zip(raw, sims, strict=True):
            score = float(sim) + LEXICAL_BONUS * _overlap(q_tokens, s.text) - penalty
            out.append(Candidate(passage, s.start, s.end, s.text, score))
        out.sort(key=lambda c: -c.score)
        return out


def _compose(
    question: str,
    language: str,
    chosen: Sequence[Candidate],
    article_id: str | None,
    related: tuple[Passage, ...],
) -> Answer:
    """The answer text: the chosen sentences in article order, each marked [¶N]."""
    body_lang = detect_language(" ".join(c.text for c in chosen))
    joiner = "" if body_lang == "ja" else " "
    text = joiner.join(f"{c.text} [¶{c.passage.paragraph}]" for c in chosen)
    if language == "en" and body_lang == "ja":
        text = f"{EN_LEAD_IN} {text}"
    return Answer(
        question=question,
        text=text,
        answerable=True,
        citations=_citations(chosen),
        language=language,
        article_id=article_id,
        related=related,
    )


def _with_runner_up(
    chosen: list[Candidate], candidates: Sequence[Candidate], floor: float
) -> list[Candidate]:
    """When every chosen sentence comes from one paragraph, add the best sentence of another
    paragraph scoring at least `floor` (in place of the last one when the answer is full)."""
    paragraphs = {(c.passage.article_id, c.passage.paragraph) for c in chosen}
    if len(paragraphs) != 1:
        return chosen
    for c in candidates:
        if c.score < floor:
            break
        if (c.passage.article_id, c.passage.paragraph) not in paragraphs:
            return [*chosen[: MAX_SENTENCES - 1], c]
    return chosen


def _embed_text(passage: Passage, sentence: str) -> str:
    """The same text the index embedded for this sentence, so its cached vector is reused."""
    return f"{passage_context(passage.article_title, passage.section, passage.kind)}: {sentence}"


def _overlap(q_tokens: set[str], text: str) -> float:
    if not q_tokens:
        return 0.0
    return len(q_tokens & set(tokenize(text))) / len(q_tokens)


def _overlaps(a: Candidate, b: Candidate) -> bool:
    if a.passage.paragraph != b.passage.paragraph or a.passage.article_id != b.passage.article_id:
        return a.text == b.text
    return a.start < b.end and b.start < a.end


def _answer_type(question: str) -> str | None:
    """The kind of fact the question asks for, if it is one we can check for."""
    q = unicodedata.normalize("NFKC", question)
    for name, (ja, en, _) in _ANSWER_TYPES.items():
        if re.search(ja, q) or re.search(en, q, re.IGNORECASE):
            return name
    return None


def _holds_type(sentence: str, answer_type: str) -> bool:
    pattern = _ANSWER_TYPES[answer_type][2]
    return re.search(pattern, unicodedata.normalize("NFKC", sentence), re.IGNORECASE) is not None


def _missing_role(question: str, article_text: str) -> str | None:
    """A role the question asks about that the article mentions in neither language."""
    for ja_terms, en in _ROLES:
        asked = any(t in question for t in ja_terms) or re.search(en, question, re.IGNORECASE)
        if not asked:
            continue
        present = any(t in article_text for t in ja_terms) or re.search(
            en, article_text, re.IGNORECASE
        )
        if not present:
            return ja_terms[0]
    return None


def _speaker_in(question: str, quotes: Sequence[Quote]) -> str | None:
    """The quoted speaker the question names (by full name or its last part), outside the topic.

    In 「ケリー報道官はルビオ氏の役割について何と言ったか」 and "What did Kelly say about Rubio's
    role?" the speaker is Kelly; Rubio is the topic. A name only the topic holds is still taken
    when no other is named.
    """
    q = unicodedata.normalize("NFKC", question)
    span = _topic_span(q)
    texts = [q]
    if span:
        # An English question's katakana spellings are appended after it: blank them too.
        end = len(q) if detect_language(q) == "en" else span[1]
        texts.insert(0, q[: span[0]] + " " * (end - span[0]) + q[end:])
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
            spoken = [w for w in latin_names(text) if w.lower() not in ENGLISH_FUNCTION_WORDS]
            for speaker in sorted(speakers):
                parts = {p for f in speakers[speaker] for p in re.split(r"[・=＝\s]", f)}
                if any(same_name(w, part) for w in spoken for part in parts):
                    best = (0, speaker)
                    break
        if best is not None:
            return best[1]
    return None


def _name_forms(speaker: str) -> list[str]:
    """A speaker's full name and its last part, longest first."""
    return sorted({speaker, re.split(r"[・=＝\s]", speaker)[-1]}, key=len, reverse=True)


def _topic_span(question: str) -> tuple[int, int] | None:
    """Where Y is in "what did X say about Y" or in 「XはYについて」 (after X's は/が)."""
    m = _TOPIC_EN.search(question)
    if m:
        group = 1 if m.group(1) is not None else 2
        return m.start(group), m.end(group)
    m = _TOPIC_JA.search(question)
    if not m:
        return None
    head = m.group(1)
    cut = max(head.rfind("は"), head.rfind("が"), head.rfind("、"))
    return m.start(1) + cut + 1, m.end(1)


def _topic(question: str, speaker: str) -> str | None:
    """Y in "what did X say about Y" / 「XはYについて何と言ったか」, without X."""
    q = unicodedata.normalize("NFKC", question)
    span = _topic_span(q)
    if span is None:
        return None
    topic = q[span[0] : span[1]]
    for form in _name_forms(speaker):
        at = topic.find(form)
        if at >= 0:  # 「ケリー報道官のルビオ氏についての発言」: the topic is ルビオ氏
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
    question: str,
    language: str,
    article: Article,
    speaker: str,
    topic: str,
    quotes: Sequence[Quote],
) -> Answer:
    """Declines "what did X say about Y" when none of X's quotes is on Y; shows X's quotes."""
    paragraphs = dict.fromkeys(q.paragraph for q in quotes)
    return Answer(
        question=question,
        text=(" " if language == "en" else "").join(
            (NOT_IN_ARTICLE[language], NOT_ON_TOPIC[language].format(name=speaker, topic=topic))
        ),
        answerable=False,
        citations=(),
        language=language,
        article_id=article.article_id,
        related=tuple(article.passage(article.block(n), 0.0) for n in paragraphs)[:3],
    )


def _quote_sentences(article: Article, quotes: Sequence[Quote]) -> list[Candidate]:
    """The sentence that holds each quote (it names who said it), verbatim, in article order."""
    out: list[Candidate] = []
    for q in sorted(quotes, key=lambda q: (q.paragraph, q.start)):
        block = article.block(q.paragraph)
        passage = article.passage(block, 1.0)
        sentence = next(
            (s for s in split_sentences(block.text) if s.start <= q.start < s.end),
            Sentence(q.start, q.end, q.quote),
        )
        candidate = Candidate(passage, sentence.start, sentence.end, sentence.text, 1.0)
        if not any(_overlaps(candidate, o) for o in out):
            out.append(candidate)
    return out


def _citations(chosen: Sequence[Candidate]) -> tuple[Citation, ...]:
    """One citation per paragraph the answer quotes, with the whole paragraph, verbatim.

    The answer shows the sentences; the citation gives the passage they come from, so a reader
    sees them in context and can find them by counting blocks.
    """
    by_paragraph: dict[tuple[str, int], Citation] = {}
    for c in chosen:
        key = (c.passage.article_id, c.passage.paragraph)
        if key in by_paragraph and by_paragraph[key].score >= c.score:
            continue
        by_paragraph[key] = Citation(
            article_id=c.passage.article_id,
            article_title=c.passage.article_title,
            paragraph=c.passage.paragraph,
            text=c.passage.text,
            score=round(c.score, 4),
            section=c.passage.section,
        )
    return tuple(by_paragraph.values())


def _single_article(answer: Answer) -> str | None:
    ids = {c.article_id for c in answer.citations}
    return next(iter(ids)) if len(ids) == 1 else None


def _last_person(history: Sequence[Turn]) -> str | None:
    """The person the conversation was last about: named in a question, else in an answer.

    Questions come first (they say whom the user means); in answers, words inside quotes are
    skipped, since a quote often names someone other than its speaker.
    """
    questions = [t.question for t in reversed(history)]
    texts = list(questions)
    texts += [re.sub(r"「[^」]*」", "", t.answer.text) for t in reversed(history)]
    for text in texts:
        names = _NAME_JA.findall(text)
        if names:
            return str(names[0][0])
        english = re.findall(
            r"\b(?:Mr|Ms|Mrs|Dr)\.? ([A-Z][a-z]+)|\b([A-Z][a-z]+)(?='s| said)", text
        )
        if english:
            return next(n for pair in english for n in pair if n)
        if text in questions:
            # "What did Rubio say?": a capitalised word past the first is likely the name.
            named = [w for w in latin_names(text)[1:] if w.lower() not in ENGLISH_FUNCTION_WORDS]
            if named:
                return named[0]
    return None
