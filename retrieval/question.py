"""What a question asks, recognised once, in one place.

`understand()` turns the text a user typed (and the conversation before it) into a `Question`:
the standalone text after follow-up resolution, its language, what it asks for (a fact, what
someone said, the article's original title), the topic of "what did X say about Y", the kind
of fact an answer must hold (an age, a date, a count…), and the roles it asks about. Every
surface and every answering step reads these fields; nothing is parsed out of the query
string again. The engine adds the Japanese spellings of the English names a question uses
(`names`), which only search reads (`search_text`).

Every pattern that recognises a kind of question is in this module.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from retrieval import bilingual
from retrieval.lexical import nouns, person_names, proper_name_runs, proper_names, words
from retrieval.lexicon import (
    CURRENCY_SIGNS,
    EN_ASKING_NOUNS,
    EN_COMPANY_WORDS,
    EN_CURRENCIES,
    EN_FUNCTION_WORDS,
    EN_IRREGULAR_FORMS,
    EN_PARTICLES_AND_QUANTIFIERS,
    EN_PERSON_NOUNS,
    EN_PLACE_HEADS,
    EN_PLACE_WORDS,
    EN_QUESTION_WORDS,
    EN_ROLE_NOUNS,
    EN_SITE_HEADS,
    EN_TITLES,
    JA_ASKING_NOUNS,
    JA_COMPANY_ENDINGS,
    JA_COMPANY_KIND_ENDINGS,
    JA_PERSON_NOUNS,
    JA_PERSON_WORD_ENDINGS,
    JA_SUM_NOUNS,
    JA_TITLES,
    MEASURE_UNITS,
    PICTURE_WORDS,
)
from retrieval.models import Answer, Turn, detect_language
from retrieval.names import latin_names
from retrieval.quotes.english_names import alternation, namelike, person_name

Intent = Literal["fact", "said", "original_title", "who"]
_PICTURE = re.compile(
    "|".join(rf"\b{w}\b" if w.isascii() else w for w in PICTURE_WORDS), re.IGNORECASE
)


@dataclass(frozen=True)
class Question:
    """One question, understood: what the answering steps decide on."""

    text: str  # as asked (cleaned)
    standalone: str  # after follow-up resolution ("what else did she say" names her)
    language: str  # of the question as asked: the language the answer is written in
    intent: Intent
    answer_type: str | None = None  # the kind of fact asked for: age, percent, date, year, …
    unit: str | None = None  # what a count or measure asked for is counted in (people, tonnes)
    topic: str | None = None  # Y of "what did X say about Y", as written (may still hold X)
    speaker_text: str = ""  # where X is named: the standalone text with the topic blanked
    wants_more: bool = False  # "what else did X say": only quotes not given yet
    article_id: str | None = None  # named by the asker, or inherited from the conversation
    names: tuple[str, ...] = ()  # Japanese spellings of English names used (added by search)
    # What an answer must give when no type says: "time" for "when", "company" for "which
    # company", "person" for a person's name ("the name of the pilot", 男性の名前).
    slot: str | None = None

    def filled_by(self, sentence: str) -> bool:
        """Whether `sentence` gives what the question's slot asks for: a time for "when", a
        company the question does not name for "which company", a person's name it does not
        name for "the name of the pilot"."""
        if self.slot == "time":
            return _TIME_RE.search(unicodedata.normalize("NFKC", sentence)) is not None
        if self.slot == "company":
            return names_company(unicodedata.normalize("NFKC", sentence), self.standalone)
        if self.slot == "person":
            return names_person(unicodedata.normalize("NFKC", sentence), self.standalone)
        return True

    @property
    def search_text(self) -> str:
        """What search embeds and matches: the standalone text, then the bridged names."""
        return f"{self.standalone} ({' '.join(self.names)})" if self.names else self.standalone

    @property
    def search_language(self) -> str:
        """The language search treats the question as: the standalone text's, whatever script
        the names added for search are in."""
        return detect_language(self.standalone)

    @property
    def asks_when(self) -> bool:
        """True for a question about when something happened (or will)."""
        return self.answer_type in ("date", "year") or bool(_WHEN.search(self.standalone))

    @property
    def about_picture(self) -> bool:
        """True for a question about a photo, which a caption may answer."""
        return _PICTURE.search(self.standalone) is not None

    def restated(self, standalone: str) -> Question:
        """The same question after a chat model rewrote it into a standalone one."""
        return _read(self.text, standalone, self.language, self.article_id, self.names)


def understand(text: str, *, history: Sequence[Turn] = (), article: str | None = None) -> Question:
    """The question `text` asks, with a follow-up resolved against `history`."""
    standalone, article = _resolve_follow_up(text, history, article)
    return _read(text, standalone, detect_language(text), article, ())


def _read(
    text: str, standalone: str, language: str, article: str | None, names: tuple[str, ...]
) -> Question:
    q = unicodedata.normalize("NFKC", standalone)
    intent: Intent = "fact"
    if _ORIGINAL_TITLE.search(standalone):
        intent = "original_title"
    elif _SAY_JA.search(standalone) or _SAY_EN.search(standalone):
        intent = "said"
    elif person_asked_about(standalone):
        intent = "who"
    span = _topic_span(q)
    topic = q[span[0] : span[1]] if span else None
    speaker_text = q[: span[0]] + " " * (span[1] - span[0]) + q[span[1] :] if span else q
    kind = answer_type(standalone)
    slot = None
    if kind is None and intent == "fact":
        if _WHEN_ASKED.search(q):
            slot = "time"
        elif _WHICH_COMPANY.search(q):
            slot = "company"
        elif _PERSON_NAME_ASKED.search(q):
            slot = "person"
    return Question(
        text=text,
        standalone=standalone,
        language=language,
        intent=intent,
        answer_type=kind,
        slot=slot,
        unit=unit_asked(standalone),
        topic=topic,
        speaker_text=speaker_text,
        wants_more=bool(_ELSE.search(standalone)),
        article_id=article,
        names=names,
    )


# --- what it asks for -------------------------------------------------------------------------

_SAY_JA = re.compile(r"(?:何と|どう)(?:言|い|述|語|話|発言|コメント)|発言|コメント|(?:他|ほか)に何")
_SAY_EN = re.compile(r"\b(?:say|said|says|tell|told|quote[sd]?|comment(?:ed)?)\b", re.IGNORECASE)
_WHEN = re.compile(r"いつ|何日|何月|何曜|日付|\bwhen\b|\bwhat (?:date|day)\b", re.IGNORECASE)
# A question whose answer is a time ("いつ", "When will …"), not "what happened when …".
_WHEN_ASKED = re.compile(
    r"いつ|^\s*when\b|\bwhen\s+(?:did|does|do|will|would|was|were|is|are|has|have|had|can|could"
    r"|should|might)\b",
    re.IGNORECASE,
)
_COMPANY_NOUNS_EN = (
    r"(?:compan(?:y|ies)|manufacturers?|firms?|banks?|airlines?|insurers?|brokerages?|carriers?"
    r"|suppliers?|contractors?|sponsors?|makers?)"
)
# A question whose answer is a company: "Which manufacturer …", 「どの会社」, 「企業名は」, or its
# name (業者の名前, 企業3社の名前, 社名は, "the name of the firm"); not 「会社はどこに拠点が」,
# which asks where.
_WHICH_COMPANY = re.compile(
    r"(?:どの|どこの)(?:会社|企業|メーカー)|(?:会社|企業)名(?:は|を)|(?:会社|企業|メーカー)はどこ(?![にでか])"
    r"|(?:会社|企業|メーカー|業者)(?:[0-9]+社)?の(?:名前|名称)|社名"
    rf"|\bwhich\s+(?:[a-z-]+\s+)?{_COMPANY_NOUNS_EN}\b|\bwhat\s+(?:company|firm)\b"
    rf"|\bnames?\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?{_COMPANY_NOUNS_EN}\b",
    re.IGNORECASE,
)
_PERSON_WORDS_EN = alternation(EN_ROLE_NOUNS | EN_PERSON_NOUNS)
_PERSON_WORDS_JA = alternation(JA_PERSON_NOUNS)
_PERSON_ENDINGS_JA = "|".join(JA_PERSON_WORD_ENDINGS)
# A question asking for a person's name: "the name of the ship's captain", 機長の名前, 夫婦の名前
# (a noun ending as people's nouns do: 操縦士, 担当者, 社長).
_PERSON_NAME_ASKED = re.compile(
    rf"(?:{_PERSON_WORDS_JA}|[一-龥]{{0,4}}(?:{_PERSON_ENDINGS_JA}))の?(?:名前|氏名|フルネーム)"
    r"|\bnames?\s+of\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?:{_PERSON_WORDS_EN})s?\b",
    re.IGNORECASE,
)
_EN_COMPANY = re.compile(
    rf"(?:[A-Z][\w&'’.-]*\s+){{1,4}}(?:{'|'.join(re.escape(w) for w in sorted(EN_COMPANY_WORDS))})"
    r"(?![\w])"
)
# A company named in apposition to what kind it is (スーパー、ハマヤ; 土木会社「丸栄建設」;
# 石油大手のロスネフチ, in katakana), or
# by a name and a company's ending (丸の内証券, 丸栄建設), or as a stock company (（株）X).
_JA_KIND_NAMED = re.compile(
    rf"(?:{'|'.join(JA_COMPANY_KIND_ENDINGS)})"
    rf"(?:の?(?P<kana>[ァ-ヴー]{{3,}})|[、「](?P<name>[ァ-ヴー一-龥A-Za-z]{{2,}}))"
)
_JA_ENDED = re.compile(
    rf"(?P<name>[ァ-ヴー一-龥][ァ-ヴー一-龥の]{{1,7}}?)(?:{'|'.join(JA_COMPANY_ENDINGS)})"
)
_JA_STOCK_COMPANY = re.compile(r"株式会社|\(株\)")


def names_company(sentence: str, question: str) -> bool:
    """Whether `sentence` names a company `question` does not: a capitalised name with a
    company's word (Kestrel Capital), a Japanese one in apposition to its kind or with a
    company's ending after a proper noun (丸の内証券; not 国内証券), or a stock company."""
    for m in _EN_COMPANY.finditer(sentence):
        if m.group().split()[0] not in question:
            return True
    if _JA_STOCK_COMPANY.search(sentence):
        return True
    for m in _JA_KIND_NAMED.finditer(sentence):
        if (m["kana"] or m["name"]) not in question:
            return True
    for m in _JA_ENDED.finditer(sentence):
        name = m["name"]
        proper = re.fullmatch(r"[ァ-ヴー]{2,}", name) or any(
            name.endswith(s) for s, _ in proper_names(name)
        )
        if proper and name not in question:
            return True
    return False


# Two or more capitalised words in a row (an initial may stand between): a person's name, when
# none is a word that begins sentences or names a day, a title or a body, and the run does not
# read as a place (New Chitose, Harbor Airport).
_EN_FULL_NAME = re.compile(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+)+")
_JA_FOREIGN_NAME = re.compile(r"[ァ-ヴー]{2,}・[ァ-ヴー]{2,}")


def names_person(sentence: str, question: str) -> bool:
    """Whether `sentence` names a person `question` does not: a full name in capitals (Dana
    Whitfield), one in katakana with its dot (パッチャラポーン・ウォンサワット), a surname or
    given name the Japanese dictionary knows, or adjacent proper nouns."""
    asked = set(re.findall(r"[\w’'-]+", question.lower()))  # (whole words: "Ed" is not in "landed")
    for m in _EN_FULL_NAME.finditer(sentence):
        run = m.group().split()
        if run[0] in EN_PLACE_WORDS or run[-1] in EN_PLACE_HEADS | EN_SITE_HEADS:
            continue
        # (the attribution's test of a name: no title, role, body or sentence word among them)
        names = [w for w in run if namelike(w)]
        if person_name(names) and not asked.intersection(w.lower() for w in names):
            return True
    # (a run of proper nouns may be a full name the dictionary reads as a place and a word:
    # 田代 + 文久)
    runs = ["".join(w for w, _ in run) for run in proper_name_runs(sentence)]
    japanese = [*_JA_FOREIGN_NAME.findall(sentence), *person_names(sentence), *runs]
    return any(name not in question for name in japanese)


_NUM_TIME = r"[0-9][0-9,.]*|[一二三四五六七八九十百千]+"  # (sentences are NFKC-normalised)
# What a sentence that says when holds: a date or time, a season, a relative time (来月, next
# week, later this year), an era word (以来, since, ago).
_TIME_RE = re.compile(
    rf"(?:{_NUM_TIME})\s*(?:年|月|日|時|分|世紀|年代)|[月火水木金土日]曜|昨年|今年|来年|一昨年|今月"
    r"|来月|先月|今週|来週|先週|年内|年度|上旬|中旬|下旬|年末|年初|月末|春|夏|秋|冬|午前|午後|未明"
    r"|深夜|早朝|同日|当日|前日|翌日|今後|近く|近日|当面|までに|以降|以来|ぶり|今季|昨季|来季|今期|来期"
    r"|直後|直前|当時|以前|時代|夜間|昼間|頃|ごろ|古代|中世|近代|戦前|戦後|明治|大正|昭和|平成|令和"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:1[89]|20)\d\d\b"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)\b|\b(?:yesterday|today|tomorrow|tonight)\b"
    r"|\b(?:next|last|this)\s+(?:week|month|year|season|spring|summer|autumn|fall|winter|quarter)\b"
    r"|\b(?:spring|summer|autumn|winter|decade|century|ago|since|until|within|earlier|later"
    r"|o'clock)\b|\bby the end of\b",
    re.IGNORECASE,
)
_ELSE = re.compile(r"(?:他|ほか)に|その他|\b(?:else|other|more)\b", re.IGNORECASE)
_ORIGINAL_TITLE = re.compile(
    r"原題(?:は|を|って|が|\s*[?？]|$)|(?:英語|元|もと|英文|オリジナル)の(?:タイトル|見出し|題)"
    r"|\boriginal\s+(?:english\s+)?(?:title|headline)|\benglish\s+(?:title|headline)",
    re.IGNORECASE,
)
# The topic of "what did X say about Y": Y.
# (Not に対して: 「指摘に対して何と言ったか」 asks for a reply, which rarely repeats the point.)
_TOPIC_JA = re.compile(r"(.+?)(?:について|に関して|に関し|をめぐ(?:り|って)|を巡(?:り|って))")
_TOPIC_EN = re.compile(
    r"\b(?:about|regarding|concerning|on the subject of)\s+(.+?)\s*(?:\(|[?？.!]|$)"
    r"|\b(?:say|said|says|comment(?:ed)?)\s+on\s+(.+?)\s*(?:\(|[?？.!]|$)",
    re.IGNORECASE,
)


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


# Kinds of fact a question can ask for: (Japanese cue, English cue, what an answer must hold).
_NUM = r"[0-9０-９][0-9０-９,，.]*|[一二三四五六七八九十百千万億兆]+"
# A currency written after a figure (60,000 pounds) or its sign before it (£2,000, US$5).
_CURRENCY_WORD = "|".join(sorted(EN_CURRENCIES, key=len, reverse=True))
_CURRENCY_SIGN = "|".join(re.escape(c) for c in sorted(CURRENCY_SIGNS, key=len, reverse=True))
_JA_SUMS = "|".join(JA_SUM_NOUNS)
ANSWER_TYPES: dict[str, tuple[str, str, str]] = {
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
        # (A share is no count: "cut by 40%" does not say how many.)
        rf"(?:{_NUM})\s*(?:人|件|回|社|カ国|か国|ヵ国|個|機|隻|台|本|倍|万|億)"
        r"|\b\d+\b(?![.,]?\d*\s*(?:%|％|percent\b|per\s+cent\b|パーセント))"
        r"|[ァ-ヴー]{2,}人",
    ),
    "amount": (
        # A figure is asked for, not merely mentioned ("現金収入を得やすい何の栽培" is not).
        r"いくら|金額|どれだけ(?:上|下|増|減)|どの程度(?:上|下|増|減)"
        r"|(?:売上|売り上げ|収入|利益|予算)高?(?:は|を)(?:どれ|何|どの)"
        # (how much of a sum of money: どれくらいの赤字, 費用はどれくらい, 損失額はどの程度)
        rf"|(?:どれ|どの)(?:くらい|ぐらい|ほど|程度)の(?:{_JA_SUMS})|(?:{_JA_SUMS})額?は(?:どれ|どの)",
        r"\bhow much\b|\b(?:what|how) (?:was|is|were|are) [\w'’ ]*(?:revenue|sales|profit|budget)\b",
        rf"(?:{_NUM})\s*(?:円|ドル|ユーロ|ルーブル|ポンド|元|%|％|億|万|兆)|\b(?:million|billion)\b"
        rf"|(?:{_CURRENCY_SIGN})\s*\d|\d\s*(?:{_CURRENCY_WORD})\b",
    ),
}


# "How long is the bridge?" asks a length as often as "How long was the strike?" a time: a thing
# after a copula, with no verb of its own, says neither.
# (Not a participle's: "How long are the horses barred from leaving?" asks a time.)
_THING_WORD = r"(?!(?:for|from|to|in|on|at|by)\b)(?![\w'’-]*(?:ed|ing)\b)[\w'’-]+"
_HOW_LONG_IS_RE = re.compile(
    r"\bhow\s+long\s+(?:is|was|are|were)\s+(?:the|an?|its|their|his|her)\s+"
    rf"(?:{_THING_WORD}\s+){{0,3}}{_THING_WORD}\s*\??\s*$",
    re.IGNORECASE,
)


def answer_type(question: str) -> str | None:
    """The kind of fact the question asks for, if it is one an answer can be checked for."""
    q = unicodedata.normalize("NFKC", question)
    if _HOW_LONG_IS_RE.search(q):
        return None  # a length or a span of time: "How long is the arcade?", "… the ban?"
    for name, (ja, en, _) in ANSWER_TYPES.items():
        if re.search(ja, q) or re.search(en, q, re.IGNORECASE):
            return name
    return None


_JA_COUNTERS = {form: unit for unit, (ja, _) in MEASURE_UNITS.items() for form in ja}
_EN_UNIT_WORDS = {word: unit for unit, (_, en) in MEASURE_UNITS.items() for word in en}
_JA_UNIT_ASKED = re.compile(
    r"何("
    + "|".join(
        sorted((re.escape(f) for f in _JA_COUNTERS if not f.isascii()), key=len, reverse=True)
    )
    + ")"
)
_EN_UNIT_ASKED = re.compile(r"\bhow\s+many\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\b", re.IGNORECASE)


# Numbers news copy spells out (AP and Reuters style: one to nine, and round words).
_EN_NUMBER_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens"
    r"|hundreds|thousands)"
)


def unit_asked(question: str) -> str | None:
    """What the count or measure a question asks for is counted in (MEASURE_UNITS): 「何トン」
    -> tonnes, 「何人」 -> people, "how many dockworkers" -> people; None when it says not."""
    q = unicodedata.normalize("NFKC", question)
    if m := _JA_UNIT_ASKED.search(q):
        return _JA_COUNTERS[m.group(1)]
    for m in _EN_UNIT_ASKED.finditer(q):
        word = m.group(1).lower()
        found = next(
            (u for w, u in _EN_UNIT_WORDS.items() if len(w) > 2 and word.endswith(w)), None
        )
        if found is not None:
            return found
    return None


def _unit_pattern(
    ja: tuple[str, ...], en: tuple[str, ...], compounds: bool = True
) -> re.Pattern[str]:
    """A number counted in a unit: a Japanese counter right after it, an English noun up to two
    words after it (spelled-out numbers too), or with `compounds` the unit's singular joined to
    the number by a hyphen (a 58-page report; bilingual.lemmas gives the singular)."""
    counters = "|".join(re.escape(f) for f in sorted(ja, key=len, reverse=True))
    nouns_ = "|".join(re.escape(w) for w in sorted(en, key=len, reverse=True))
    singulars = "|".join(
        re.escape(w)
        for w in sorted({s for w in en for s in bilingual.lemmas(w)}, key=len, reverse=True)
    )
    number = rf"\d[\d,.]*|{_EN_NUMBER_WORDS}"
    compound = rf"|\b(?:{number})-(?:{singulars})\b" if compounds else ""
    return re.compile(
        rf"(?-i:(?:{_NUM})\s*(?:万|億)?\s*(?:{counters}))"
        rf"|\b(?:{number})\s*(?:million|billion|thousand)?\s+(?:[\w-]+\s+){{0,2}}?"
        rf"[\w-]*(?:{nouns_})\b{compound}",
        re.IGNORECASE,
    )


# (Not for people: "a 2,600-passenger ship" is its size, not how many were aboard.)
_UNIT_PATTERNS = {
    unit: _unit_pattern(ja, en, compounds=unit != "people")
    for unit, (ja, en) in MEASURE_UNITS.items()
}


def holds_unit(sentence: str, unit: str) -> bool:
    """True when `sentence` gives a number counted in `unit`, in either language: 「約620人」,
    "about 620 unionised dockworkers", "68,000 tonnes"."""
    return _UNIT_PATTERNS[unit].search(unicodedata.normalize("NFKC", sentence)) is not None


def holds_type(sentence: str, kind: str) -> bool:
    """True when `sentence` holds a fact of the kind asked for (an age, a date…)."""
    pattern = ANSWER_TYPES[kind][2]
    return re.search(pattern, unicodedata.normalize("NFKC", sentence), re.IGNORECASE) is not None


# Roles a question may ask about: the Japanese titles and the English words that ask for one,
# and other ways an article may write it (a 監督 is a film's director or a club's manager as
# well as a coach; a captain may be a team's 主将). When the question asks for one and the
# article writes it in none of these ways, the article cannot say who holds it or what they did.
# (English "president" asks for too many titles, 社長 to 委員長, to ask for one.)
_ROLES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("首相", "総理"), r"\bprime minister\b|\bpremier\b", ""),
    (("国防相", "国防大臣", "国防長官"), r"\bdefen[cs]e (?:minister|secretary)\b", ""),
    (("事務総長",), r"\bsecretary[- ]general\b", ""),
    (("最高経営責任者", "CEO", "社長"), r"\bchief executive\b|\bCEO\b", r"\bpresident\b"),
    (("知事",), r"\bgovernor\b", "総裁"),
    (("市長", "町長", "村長"), r"\bmayor\b", ""),
    (("大統領",), "", r"\bpresident\b"),
    (("監督",), r"\bcoach\b", r"コーチ|顧問|指導者|\b(?:director|manager|boss)\b"),
    (
        ("会長", "議長"),
        r"\b(?:chairman|chairwoman|chairperson)\b",
        r"委員長|\b(?:president|chair)\b",
    ),
    (("船長", "機長", "艦長"), r"\b(?:captain|skipper)\b", r"主将|キャプテン|\bpilot\b"),
    (
        ("裁判長", "裁判官"),
        r"\bthe\s+(?:presiding\s+|trial\s+)?judge\b|\bmagistrate\b",
        r"判事|\bjudge\b|\bcourt\b",
    ),
    (("外相", "外務大臣"), r"\bforeign (?:minister|secretary)\b", ""),
    (("農相", "農業相", "農林水産相", "農林水産大臣"), r"\b(?:agricultur\w*|farm) minister\b", ""),
)


def missing_role(question: str, article_text: str) -> str | None:
    """A role the question asks about that the article writes in no way of either language."""
    for titles, english, otherwise in _ROLES:
        asked = any(t in question for t in titles) or (
            english and re.search(english, question, re.IGNORECASE)
        )
        if not asked:
            continue
        written = "|".join(p for p in (english, otherwise) if p)
        present = any(t in article_text for t in titles) or (
            written and re.search(written, article_text, re.IGNORECASE)
        )
        if not present:
            return titles[0]
    return None


# --- what the question is about -------------------------------------------------------------

_HIRAGANA = re.compile(r"[ぁ-ゖー]+")
_COMPOUND = "[一-龥々ァ-ヴー]"  # what a Japanese compound noun is written in: kanji, katakana
_JA_COMPOUND_CHAR = re.compile(_COMPOUND)
# The noun before an entity question word (企業はどこ, 研究員は誰) or after a which-word (どの都市).
_JA_KIND = re.compile(
    rf"(?P<noun>{_COMPOUND}+)(?:は|が)(?:どこ|誰|だれ|どれ|何者)|(?:どの|どんな|どういう|いかなる)"
    rf"(?P<after>{_COMPOUND}+)"
)
_EN_KIND = re.compile(r"\b(?:which|what)\s+([a-z]+)\b", re.IGNORECASE)
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z-]*(?:['’][A-Za-z]+)?")


def focus_words(question: str, language: str) -> tuple[str, ...]:
    """The words that name what `question` asks about, which an article answering it can be
    expected to use (「上映時間は何分か」: 上映; "How many employees does X have": employees):
    Japanese nouns of two characters or more, English content words that are not names, verbs
    (the word list's), adverbs or participles. Neither the words for the kind of fact asked for
    (役職, title, score) nor question words count: an answer need not repeat them."""
    if language == "ja":
        # 「制裁の対象となった企業はどこか」: the noun an entity question ends on (企業) is the
        # kind of answer, which an article names (the companies) without the word.
        kinds = set()
        for head in _JA_KIND.finditer(question):
            if head.group("noun"):
                kinds.update(nouns(head.group("noun"))[-1:])
            else:
                kinds.update(nouns(head.group("after"))[:1])
        return tuple(
            dict.fromkeys(
                w
                for w in nouns(question)
                if len(w) >= 2
                and not w.startswith("何")
                and w not in JA_ASKING_NOUNS
                and w not in kinds
                and not _HIRAGANA.fullmatch(w)
            )
        )
    lex = bilingual.lexicon()
    if lex is None:
        return ()
    kinds = {m.group(1).lower() for m in _EN_KIND.finditer(question)}  # which city, what company
    out = []
    for m in _EN_WORD.finditer(question):
        word, lower = m.group(), m.group().lower()
        if word[0].isupper() or "'" in word or "’" in word:
            continue  # a name, or someone's: names are matched by search
        if lower in EN_FUNCTION_WORDS or lower in EN_QUESTION_WORDS or lower in EN_ASKING_NOUNS:
            continue
        if lower in EN_PARTICLES_AND_QUANTIFIERS:
            continue
        if lower in kinds:
            continue
        if lower in lex.english_verbs or lower.endswith(("ly", "ed", "ing")):
            continue
        if lower in EN_IRREGULAR_FORMS:
            continue  # a verb's irregular form: shown, taken, sold (the -ed rule's other half)
        if re.search(r"\bhow\s+$", question[: m.start()], re.IGNORECASE):
            continue  # how large, how severe: the measure asked for, not what it is of
        out.append(lower)
    return tuple(dict.fromkeys(out))


def missing_focus(
    question: str, language: str, article_text: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(focus words, those `article_text` never uses) for a question in the article's
    `language`. A word counts as used in any inflection (employee, employees) or, in Japanese,
    in its dictionary form or as written."""
    focus = focus_words(question, language)
    if not focus or not article_text.strip():
        return focus, ()
    used = _article_words(article_text, language)
    if language == "ja":
        missing = tuple(w for w in focus if w not in used and w not in article_text)
    else:
        missing = tuple(w for w in focus if not used.intersection(bilingual.lemmas(w)))
    # A word the article says another way (心配 for 懸念, worry for concern: words with an English
    # meaning in common in the word list) is there too.
    return focus, tuple(w for w in missing if not used.intersection(_synonyms(w, language)))


@functools.lru_cache(maxsize=1024)
def _synonyms(word: str, language: str) -> frozenset[str]:
    """Words of `language` that share an English meaning with `word` in JMdict's common words."""
    lex = bilingual.lexicon()
    if lex is None:
        return frozenset()
    if language == "ja":
        meanings = lex.english_of.get(word, ())
        return frozenset(w for m in meanings for w in lex.japanese_of.get(m, ()))
    return frozenset(
        e
        for lemma in bilingual.lemmas(word)
        for j in lex.japanese_of.get(lemma, ())
        for e in lex.english_of.get(j, ())
    )


def as_asked(question: str, words: Sequence[str]) -> tuple[str, ...]:
    """`words` as the question writes them: a Japanese word inside a compound is shown as the
    whole compound (建築, 事務 -> 建築事務所), each once."""
    out = []
    for word in words:
        at = question.find(word)
        if at < 0 or not _JA_COMPOUND_CHAR.match(word):
            out.append(word)
            continue
        start, end = at, at + len(word)
        while start > 0 and _JA_COMPOUND_CHAR.match(question[start - 1]):
            start -= 1
        while end < len(question) and _JA_COMPOUND_CHAR.match(question[end]):
            end += 1
        out.append(question[start:end])
    return tuple(dict.fromkeys(out))


@functools.lru_cache(maxsize=32)
def _article_words(text: str, language: str) -> frozenset[str]:
    """The words of an article: Japanese dictionary forms, or English lemmas."""
    if language == "ja":
        return frozenset(words(text))
    found = {re.split(r"['’]", w.lower())[0] for w in _EN_WORD.findall(text)}  # company's
    return frozenset(lemma for w in found for lemma in bilingual.lemmas(w))


# --- people a question names ------------------------------------------------------------------

# "Who is X?" / 「Xとは誰か」 about a name (not a role: "who is the president" is a fact to find).
_WHO_EN = re.compile(
    r"^\s*(?i:who)\s+(?:is|was)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*\?*\s*$"
)
_WHO_JA = re.compile(
    r"^\s*(?P<name>[^\sはがをにのと、。？?]{2,12}?)(?P<honorific>氏|さん)?(?:とは|って|は)?"
    r"(?:誰|だれ|何者|どんな人(?:物)?)(?:ですか|なのか|か)?\s*[?？。]?\s*$"
)
_KATAKANA_NAME = re.compile(r"[ァ-ヴー]+(?:・[ァ-ヴー]+)*")
# Someone's role asked by name: "What is Keiko Okada's position at X?", "What does Doe do?",
# 「岡田恵子さんの役職は何か」: answered, as "who is X", where the article first names them.
_ROLE_OF_EN = re.compile(
    r"^\s*(?:(?i:what)\s+(?:is|was)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})[’']s?"
    r"\s+(?i:position|title|role|job|post)\b|(?i:what)\s+does\s+"
    r"(?P<doer>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+do\b)"
)
_ROLE_OF_JA = re.compile(
    r"^\s*(?P<name>[^\sはがをにのと、。？?]{2,12}?)(?:氏|さん)の(?:役職|肩書き?|職業|仕事)(?:は|を)"
)
_EN_TITLE_WORDS = frozenset(w for t in EN_TITLES for w in t.split())


def person_asked_about(question: str) -> str | None:
    """The name in "Who is X?" / 「Xとは誰ですか」 / "What is X's position?" / 「Xさんの役職は」,
    or None (also for a title: 社長は誰か)."""
    if m := _WHO_EN.match(question) or _ROLE_OF_EN.match(question):
        name = (m.groupdict().get("name") or m.groupdict().get("doer") or "").strip()
        return None if all(w in _EN_TITLE_WORDS for w in name.split()) else name
    if m := _ROLE_OF_JA.match(unicodedata.normalize("NFKC", question)):
        return m["name"]
    m = _WHO_JA.match(unicodedata.normalize("NFKC", question))
    if m is None:
        return None
    name = m["name"].strip()
    # A name: with 氏 / さん after it, or written in katakana (not 初代将軍 or 社長, a role).
    if not (m["honorific"] or _KATAKANA_NAME.fullmatch(name)) or name in JA_TITLES:
        return None
    return name


# Whose age a question asks: "How old is Shigeru Hamada?", "What is Doe's age?", 「浜田会頭は何歳
# か」, 「高森ゆかりさんの年齢は」.
_AGE_EN = re.compile(
    r"^\s*(?:(?i:how\s+old\s+(?:is|was|are))\s+(?P<a>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"|(?i:what\s+(?:is|was))\s+(?P<b>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})[’']s?\s+age)\b"
)
_AGE_JA = re.compile(r"^\s*(?P<name>[^\sはがをにのと、。？?]{2,12}?)(?:は(?:何歳|いくつ)|の年齢)")


def age_asked_about(question: str) -> str | None:
    """The name whose age the question asks for, without a title or honorific, or None."""
    if m := _AGE_EN.match(question):
        name = (m["a"] or m["b"]).strip()
        return None if all(w in _EN_TITLE_WORDS for w in name.split()) else name
    m = _AGE_JA.match(unicodedata.normalize("NFKC", question))
    if m is None:
        return None
    name = _HONORIFIC_OR_TITLE.sub("", m["name"])
    return name if len(name) >= 2 and name not in JA_TITLES else None


_TITLE_ALTERNATION = "|".join(sorted(JA_TITLES, key=len, reverse=True))
_HONORIFIC_OR_TITLE = re.compile(rf"(?:氏|さん|君|ちゃん|{_TITLE_ALTERNATION})$")
# A Japanese name as questions and answers write it: a katakana or kanji run before a title.
NAME_JA = re.compile(rf"([ァ-ヴー・]{{2,}}|[一-龥]{{2,4}}?)(?:{_TITLE_ALTERNATION})")
_PRONOUNS_JA = re.compile(r"(彼女|彼ら|彼|同氏|その人物|その人|この人)")
_PRONOUNS_EN = re.compile(r"\b(he|she|him|her|they|them|his|hers|their)\b", re.IGNORECASE)
_EN_PERSON = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.? ([A-Z][a-z]+)|\b([A-Z][a-z]+)(?='s| said)")


def named_people_ja(text: str) -> list[str]:
    """Japanese names followed by a title (ルビオ氏, 工藤監督), in order, without the title.
    A title before another (大統領補佐官) is not a name."""
    found = (m.group(1) for m in NAME_JA.finditer(text))
    return list(dict.fromkeys(n for n in found if n not in JA_TITLES))


def _resolve_follow_up(
    question: str, history: Sequence[Turn], article: str | None
) -> tuple[str, str | None]:
    """A follow-up rewritten as a standalone question, with the earlier article inherited."""
    if not history:
        return question, article
    article = article or history[-1].answer.article_id or _single_article(history[-1].answer)
    name = _last_person(history)
    if name is None:
        return question, article
    if _PRONOUNS_JA.search(question):
        return _PRONOUNS_JA.sub(name, question, count=1), article
    if _PRONOUNS_EN.search(question):
        return _PRONOUNS_EN.sub(name, question, count=1), article
    return question, article


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
        names = named_people_ja(text)
        if names:
            return names[0]
        english = _EN_PERSON.findall(text)
        if english:
            return next(n for pair in english for n in pair if n)
        if text in questions:
            # "What did Rubio say?": a capitalised word past the first is likely the name.
            named = [w for w in latin_names(text)[1:] if w.lower() not in EN_FUNCTION_WORDS]
            if named:
                return named[0]
    return None


def with_names(question: Question, names: Sequence[str]) -> Question:
    """`question` with the Japanese spellings of the names it uses, for search."""
    return replace(question, names=tuple(names))
