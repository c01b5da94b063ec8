"""Direct quotes exactly as printed, with who said them (Japanese and English news style)."""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from retrieval.glossary import japanese_terms
from retrieval.lexical import tokenize
from retrieval.models import Article, Block, Quote, detect_language
from retrieval.names import katakana_names, latin_names, match_names, same_name
from retrieval.sentences import Sentence, split_sentences

log = logging.getLogger(__name__)

AboutScorer = Callable[[str, list[str]], list[float]]

# Quote marks: opener -> closer. Japanese 「」 may hold 『』, which stay part of the quote.
QUOTE_MARKS = {"「": "」", "“": "”"}
# The IDF-weighted share of the topic's content bigrams a quote (or its context) must hold.
ABOUT_MIN_BIGRAM = 0.3
# A scorer's score that is a match on its own. Measured with the bundled e5-small on the seed:
# on-topic quotes score 0.86-0.88, unrelated topics (天気) still reach 0.83, so only clear wins.
ABOUT_MIN_SCORE = 0.85

# A paragraph that answers or continues the one before it.
_REFERS_BACK = re.compile(r"\s*(?:[「“]|これに(?:対し|ついて)|それに対し|その上で)")

# --- Japanese ---------------------------------------------------------------------------------

# Titles that follow a name, longest first so 大統領顧問 wins over 大統領.
_JA_TITLES = sorted(
    [
        "氏",
        "さん",
        "大統領",
        "副大統領",
        "大統領顧問",
        "大統領補佐官",
        "大統領首席補佐官",
        "首席補佐官",
        "補佐官",
        "国務長官",
        "国防長官",
        "財務長官",
        "商務長官",
        "司法長官",
        "官房長官",
        "長官",
        "副長官",
        "報道官",
        "副報道官",
        "外相",
        "国防相",
        "財務相",
        "蔵相",
        "経済相",
        "首相",
        "副首相",
        "特使",
        "大使",
        "上級研究員",
        "研究員",
        "上院議員",
        "下院議員",
        "議員",
        "知事",
        "市長",
        "社長",
        "会長",
        "議長",
        "委員長",
        "総裁",
        "副総裁",
        "総書記",
        "国家主席",
        "主席",
        "国王",
        "皇太子",
        "司令官",
        "事務総長",
        "事務局長",
        "次官",
        "大臣",
        "教授",
        "准教授",
        "幹事長",
        "代表",
        "最高経営責任者",
        "CEO",
        "ＣＥＯ",
        "最高財務責任者",
        "CFO",
        "創業者",
        "弁護士",
        "報道担当者",
    ],
    key=len,
    reverse=True,
)
_JA_TITLE_RE = "|".join(map(re.escape, _JA_TITLES))
# A nationality before the title belongs to the role: トランプ米大統領 -> 米大統領.
_JA_NATION = "(?:米|露|英|仏|独|中|韓|日|伊|加|豪|印|米国|中国|ロシア|ウクライナ)"
_KATAKANA = "ァ-ヴ"
_KANJI = "一-龥々"
_JA_PERSON_RE = re.compile(
    rf"(?P<name>[{_KATAKANA}][{_KATAKANA}ー・=＝]*|(?<![{_KANJI}])[{_KANJI}]{{2,5}})"
    rf"(?P<title>{_JA_NATION}?(?:{_JA_TITLE_RE}))"
)
# 同氏, 同報道官, 同外相: "the same person", resolved to the last one named.
_JA_PRONOUN_RE = re.compile(rf"同(?P<title>{_JA_TITLE_RE})")
_JA_SUFFIX_RE = re.compile(rf"\s*{_JA_NATION}?(?:{_JA_TITLE_RE}|様)$")
# An organisation right before "の" + name gives the role its owner: ホワイトハウスの + ケリー報道官.
_JA_ORG_RE = re.compile(rf"(?P<org>[{_KATAKANA}{_KANJI}ーA-Za-zＡ-Ｚａ-ｚ0-9()（）・&]{{2,24}})の$")
_JA_SAME_ORG_RE = re.compile(rf"^同[{_KANJI}]$")
_NOT_NAMES = frozenset(
    [
        "ロシア",
        "ウクライナ",
        "イスラエル",
        "アメリカ",
        "ホワイトハウス",
        "パレスチナ",
        "アラスカ",
        "ワシントン",
        "モスクワ",
        "ブダペスト",
        "ヨーロッパ",
        "アジア",
        "ハマス",
        "ガザ",
        "チーム",
        "トップ",
        "メディア",
    ]
)
# Kanji runs that look like a name before a title but are not people: 米国務長官, 同省.
_KANJI_NAME_BAD_START = "同両各米露英仏独韓前元現新副次故当本"
_KANJI_NAME_BAD_END = "国省府党会部庁局院社軍市県州政側団隊室課所"
# Verbs of saying after 「…」と (stems, so 述べた, 述べ、 and 述べている all match).
_JA_SPEECH_VERBS = [
    "述べ",
    "語っ",
    "語り",
    "語る",
    "説明し",
    "説明す",
    "続け",
    "主張し",
    "主張す",
    "強調し",
    "強調す",
    "明らかにし",
    "話し",
    "話す",
    "指摘し",
    "指摘す",
    "批判し",
    "言っ",
    "言う",
    "言い",
    "発言し",
    "表明し",
    "訴え",
    "断言し",
    "警告し",
    "付け加え",
    "答え",
    "回答し",
    "反論し",
    "否定し",
    "認め",
    "示唆し",
    "宣言し",
    "明言し",
    "記し",
    "書い",
    "投稿し",
    "呼び掛け",
    "呼びかけ",
    "コメントし",
    "述懐し",
    "応じ",
    "示し",
    "報告し",
    "結論付け",
    "声明で",
    "発表し",
    "打ち明け",
    "漏らし",
    "弁明し",
    "釈明し",
    "伝え",
    "評価し",
]
_JA_VERB_RE = "|".join(map(re.escape, sorted(_JA_SPEECH_VERBS, key=len, reverse=True)))
_JA_REPORTED_RE = re.compile(rf"^\s*との?(?P<between>[^。「」]{{0,40}}?)(?:{_JA_VERB_RE})")
# 「悪党」と呼んだルビオ国務長官: the one who called is the person right after the clause.
_JA_RELATIVE_RE = re.compile(r"^\s*と[^、。「」]{0,6}?[たるだ]")
# Text before a quote that leaves it a whole utterance rather than a fragment.
_JA_FULL_BEFORE = ("", "、", "，", "。", "：", ":", "は")

# --- English ----------------------------------------------------------------------------------

_EN_SPEECH_VERBS = (
    "said|says|say|added|adds|told|tells|explained|wrote|writes|noted|notes|argued|argues|"
    "insisted|continued|stated|warned|warns|declared|tweeted|posted|replied|responded|"
    "acknowledged|asked|asks|testified|recalled|recalls|conceded|concluded|predicted|cautioned"
)
_EN_TITLES = (
    "President|Vice President|Secretary of State|Secretary|Prime Minister|Foreign Minister|"
    "Chancellor|Senator|Sen\\.|Representative|Rep\\.|Governor|Gov\\.|Mayor|Ambassador|"
    "Special Envoy|Envoy|General|Gen\\.|Judge|Justice|Chairman|Chairwoman|Chair|Professor|"
    "Prof\\.|Dr\\.|Mr\\.|Mrs\\.|Ms\\.|Minister|Spokesman|Spokeswoman|Spokesperson|CEO|"
    "Chief Executive|Director|Commissioner|Speaker|Leader|King|Queen|Pope|Premier"
)
_EN_PREFIX_RE = re.compile(rf"^(?:{_EN_TITLES})\s+", re.IGNORECASE)
_EN_COURTESY = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Prof."})
_EN_NAME = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*(?:\s+(?:[A-Z]\.\s+)?(?:(?:de|van|von|al|bin|da|del|le)\s+)?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*){0,2}"
_EN_PERSON_RE = re.compile(rf"(?:\b(?P<title>{_EN_TITLES})\s+)?\b(?P<name>{_EN_NAME})\b")
_EN_APPOSITIVE_RE = re.compile(
    r"^,\s+(?:(?:a|an|the)\s+)?(?P<role>[^,.;“”\"]{3,80}?)\s*(?:[,.;]|$)"
)
_EN_PRONOUNS = frozenset({"he", "she", "they"})
_EN_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Their",
        "Its",
        "But",
        "And",
        "Or",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "According",
        "In",
        "On",
        "At",
        "For",
        "From",
        "With",
        "As",
        "By",
    ]
)
_EN_SAID_AFTER_RE = re.compile(
    rf"^[\s,]*(?:(?P<verb1>{_EN_SPEECH_VERBS})\s+(?P<who1>he|she|they|(?:{_EN_TITLES})?\s*{_EN_NAME})"
    rf"|(?P<who2>he|she|they|(?:(?:{_EN_TITLES})\s+)?{_EN_NAME})\s+(?:(?:also|later|then)\s+)?(?P<verb2>{_EN_SPEECH_VERBS}))\b"
)
_EN_SAID_BEFORE_RE = re.compile(
    rf"(?:(?P<who>\b[Hh]e|\b[Ss]he|\b[Tt]hey|(?:(?:{_EN_TITLES})\s+)?{_EN_NAME})\s+(?:{_EN_SPEECH_VERBS})"
    rf"(?:\s+[^“”\"]{{0,40}}?)?|\b[Aa]ccording to\s+(?:[a-z]+\s+){{0,3}}(?P<who_acc>(?:(?:{_EN_TITLES})\s+)?{_EN_NAME}))\s*[:,]?\s*$"
)


@dataclass(frozen=True)
class _Mention:
    """A person named (or referred back to) at `start:end` of one block."""

    paragraph: int
    start: int
    end: int
    name: str
    role: str | None


@dataclass
class _Person:
    name: str
    role: str | None


class _Registry:
    """The people one article names, so later mentions map to one canonical name and role."""

    def __init__(self) -> None:
        self.people: list[_Person] = []
        self.last: _Person | None = None

    def add(self, name: str, role: str | None) -> _Person:
        person = self.find(name)
        if person is None:
            person = _Person(name, role)
            self.people.append(person)
        elif person.role is None and role:
            person.role = role
        self.last = person
        return person

    def find(self, name: str) -> _Person | None:
        for p in self.people:
            if p.name == name or _last_part(p.name) == name:
                return p
        return None

    def last_with_title(self, title: str) -> _Person | None:
        for p in reversed(self.people):
            if p.role and p.role.endswith(title):
                return p
        return self.last


def extract_quotes(article: Article) -> list[Quote]:
    """Every direct quote of `article` in order, verbatim, with speaker and role when given."""
    language = article.language
    mentions = _ja_mentions(article) if language == "ja" else _en_mentions(article)
    roles = {m.name: m.role for m in mentions if m.role}
    quotes: list[Quote] = []
    blocks = article.blocks
    for index, block in enumerate(blocks):
        if not block.is_passage:
            continue
        sentences = split_sentences(block.text)
        for start, end in _quote_spans(block.text):
            sentence = _sentence_at(sentences, start, len(block.text))
            if language == "ja":
                speaker, partial = _ja_attribute(blocks, index, sentence, start, end, mentions)
            else:
                speaker, partial = _en_attribute(blocks, index, sentence, start, end, mentions)
            text = block.text[start:end]
            quotes.append(
                Quote(
                    article_id=article.article_id,
                    paragraph=block.number,
                    quote=text,
                    speaker=speaker,
                    speaker_role=roles.get(speaker) if speaker else None,
                    partial=partial,
                    verified=is_verbatim(article, block.number, text),
                    start=start,
                    end=end,
                )
            )
    return _carry_speakers(quotes)


def _carry_speakers(quotes: list[Quote]) -> list[Quote]:
    """A whole quote with no speaker of its own shares the paragraph's other quote's speaker.

    “We are open,” Rubio said. “But the time has come.” - both are Rubio's.
    """
    out = list(quotes)
    for i, q in enumerate(out):
        if q.speaker is not None or q.partial:
            continue
        same = [o for o in out[:i][::-1] + out[i + 1 :] if o.paragraph == q.paragraph and o.speaker]
        if same:
            out[i] = replace(q, speaker=same[0].speaker, speaker_role=same[0].speaker_role)
    return out


def is_verbatim(article: Article, paragraph: int, text: str) -> bool:
    """True when `text` appears word for word in passage ¶`paragraph` of `article`."""
    if not text or not 1 <= paragraph <= len(article.blocks):
        return False
    block = article.blocks[paragraph - 1]
    return block.is_passage and text in block.text


def find_quotes(
    articles: Iterable[Article],
    speaker: str | None = None,
    about: str | None = None,
    about_scorer: AboutScorer | None = None,
    quotes_of: Callable[[Article], Sequence[Quote]] = extract_quotes,
) -> list[Quote]:
    """Verified quotes by `speaker` (any form of the name) and/or on topic `about`, best first.

    Without `about` the quotes keep article order; with it, those `on_topic` keeps (「その時が来た」
    is about 制裁 through its paragraph).
    """
    articles = list(articles)
    found: list[tuple[Quote, str]] = []
    for article in articles:
        for q in quotes_of(article):
            if not q.verified:
                log.warning("Dropping unverified quote in %s ¶%s", q.article_id, q.paragraph)
                continue
            if speaker and not speaker_matches(speaker, q.speaker):
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


def speaker_matches(query: str, speaker: str | None) -> bool:
    """True when `query` names `speaker` in any form: ルビオ, ルビオ氏, ルビオ国務長官, Mr. Doe."""
    if not speaker:
        return False
    wanted = _name_key(_strip_titles(query))
    if not wanted:
        return False
    keys = {_name_key(speaker), _name_key(_last_part(speaker))}
    if wanted in keys:
        return True
    # "Rubio" asked of a Japanese article whose speaker is ルビオ.
    words = latin_names(query.title())
    return bool(words) and any(same_name(w, part) for w in words for part in speaker.split("・"))


def bigram_coverage(
    query: str, texts: Sequence[str], corpus: Sequence[str] | None = None
) -> list[float]:
    """The IDF-weighted share of the query's content tokens each text holds (0..1).

    IDF comes from `corpus` (default: `texts`), so ロシア, in every paragraph, counts for little.
    """
    return _coverage(query, texts, corpus)[0]


def _coverage(
    query: str, texts: Sequence[str], corpus: Sequence[str] | None
) -> tuple[list[float], bool]:
    """`bigram_coverage`, and whether a content token of the query is in no corpus document."""
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


# --- shared helpers ---------------------------------------------------------------------------


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the inside of every outermost quote; an unclosed one runs to the end."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in QUOTE_MARKS:
            closer, depth, j = QUOTE_MARKS[ch], 1, i + 1
            while j < n:
                if text[j] == ch:
                    depth += 1
                elif text[j] == closer:
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            end = j if j < n else len(text.rstrip())
            if end > i + 1 and text[i + 1 : end].strip():
                spans.append((i + 1, end))
            i = j + 1
        elif ch == '"':
            j = text.find('"', i + 1)
            end = j if j != -1 else len(text.rstrip())
            if end > i + 1 and text[i + 1 : end].strip():
                spans.append((i + 1, end))
            i = n if j == -1 else j + 1
        else:
            i += 1
    return spans


def _sentence_at(sentences: list[Sentence], pos: int, length: int) -> Sentence:
    for s in sentences:
        if s.start <= pos < s.end:
            return s
    return Sentence(0, length, "")


def _last_part(name: str) -> str:
    return re.split(r"[・=＝\s]", name.strip())[-1]


def _name_key(name: str) -> str:
    return re.sub(r"[\s・=＝.]", "", unicodedata.normalize("NFKC", name)).casefold()


def _strip_titles(query: str) -> str:
    """ホワイトハウスのケリー報道官 -> ケリー, Mr. Rubio -> Rubio, トランプ米大統領 -> トランプ."""
    q = unicodedata.normalize("NFKC", query).strip()
    q = q.rsplit("の", 1)[-1] if re.search(r"[ァ-ヴ一-龥]", q) else q
    while True:
        stripped = _JA_SUFFIX_RE.sub("", q).strip()
        stripped = _EN_PREFIX_RE.sub("", stripped).strip()
        if not stripped or stripped == q:
            return q.strip()
        q = stripped


def _content_token(token: str) -> bool:
    """Tokens that carry meaning: no particle bigrams like との or アと."""
    return not any("\u3040" <= ch <= "\u309f" for ch in token)


# --- Japanese attribution ---------------------------------------------------------------------


def _ja_mentions(article: Article) -> list[_Mention]:
    registry = _Registry()
    mentions: list[_Mention] = []
    orgs: list[str] = []
    for block in article.passages:
        text = block.text
        found: list[tuple[int, int, str, str | None]] = []  # start, end, kind, title
        for m in _JA_PERSON_RE.finditer(text):
            found.append((m.start(), m.end(), "name", m.group("title")))
        for m in _JA_PRONOUN_RE.finditer(text):
            found.append((m.start(), m.end(), "pronoun", m.group("title")))
        for m in re.finditer(
            rf"(?<![{_KANJI}])[{_KATAKANA}{_KANJI}ー]{{1,12}}(?:省|庁|府|社|党)", text
        ):
            if not m.group().startswith("同"):
                orgs.append(m.group())
        for start, end, kind, title in sorted(found):
            title = title or ""
            if kind == "pronoun":
                person = registry.last_with_title(title) if title != "氏" else registry.last
                if person is not None:
                    mentions.append(_Mention(block.number, start, end, person.name, person.role))
                continue
            name = text[start : end - len(title)]
            name, title = _split_nation(name, title)
            if not _plausible_ja_name(name, text, end, title):
                continue
            role = None
            if title not in ("氏", "さん"):
                org = _JA_ORG_RE.search(text[max(0, start - 25) : start])
                owner = org.group("org") if org else ""
                if _JA_SAME_ORG_RE.match(owner):  # 同省 -> the ministry named last
                    owner = next((o for o in reversed(orgs) if o.endswith(owner[1])), "")
                role = owner + title
            person = registry.add(name, role)
            mentions.append(_Mention(block.number, start, end, person.name, person.role))
    return mentions


def _split_nation(name: str, title: str) -> tuple[str, str]:
    """プーチン・ロシア + 大統領 -> プーチン + ロシア大統領."""
    if "・" in name:
        head, _, tail = name.rpartition("・")
        if tail in (
            "ロシア",
            "ウクライナ",
            "アメリカ",
            "イスラエル",
            "フランス",
            "ドイツ",
            "イギリス",
        ):
            return head, tail + title
    return name, title


def _plausible_ja_name(name: str, text: str, end: int, title: str) -> bool:
    if not name or name in _NOT_NAMES or name[0] == "ー" or name.strip("・") != name:
        return False
    if name + title in _JA_TITLES:  # 国務 + 長官 is the title 国務長官, not a person
        return False
    if re.fullmatch(f"[{_KANJI}]+", name) and (
        name[0] in _KANJI_NAME_BAD_START or name[-1] in _KANJI_NAME_BAD_END
    ):
        return False
    # ロシア大統領府 is a place, not a person: a title that runs on into more kanji is no title.
    nxt = text[end : end + 1]
    return title in ("氏", "さん") or not re.match(f"[{_KANJI}]", nxt)


def _topic_before(mentions: list[_Mention], text: str, paragraph: int, limit: int) -> str | None:
    """The last person in ¶`paragraph` before `limit` marked as subject (は, else が)."""
    for particles in ("は", "が"):
        for m in reversed(mentions):
            if m.paragraph == paragraph and m.end <= limit and text[m.end : m.end + 1] in particles:
                return m.name
    return None


def _look_back(
    blocks: Sequence[Block], index: int, before: int, mentions: list[_Mention]
) -> str | None:
    """The speaker carried over from earlier sentences: this paragraph, then up to two before."""
    block = blocks[index]
    found = _topic_before(mentions, block.text, block.number, before)
    seen = 0
    i = index - 1
    while found is None and i >= 0 and seen < 2:
        prev = blocks[i]
        if prev.kind == "heading":
            break
        if prev.kind == "paragraph":
            found = _topic_before(mentions, prev.text, prev.number, len(prev.text))
            seen += 1
        i -= 1
    return found


def _ja_attribute(
    blocks: Sequence[Block],
    index: int,
    sentence: Sentence,
    start: int,
    end: int,
    mentions: list[_Mention],
) -> tuple[str | None, bool]:
    """(speaker, partial) for the quote at block.text[start:end]."""
    block = blocks[index]
    text = block.text
    after_close = end + 1
    next_open = text.find("「", after_close)
    tail_end = min(sentence.end, next_open) if next_open != -1 else sentence.end
    tail = text[after_close:tail_end]
    head = text[sentence.start : start - 1].rstrip()
    in_para = [m for m in mentions if m.paragraph == block.number]

    reported = _JA_REPORTED_RE.match(tail)
    if reported:
        lo = after_close + reported.start("between")
        hi = after_close + reported.end("between")
        inside = [m for m in in_para if lo <= m.start and m.end <= hi]
        partial = not _ja_whole_utterance(head, in_para, sentence.start, start - 1)
        if inside:
            return inside[0].name, partial
        in_sentence = [m for m in in_para if m.start >= sentence.start]
        speaker = _topic_before(in_sentence, text, block.number, start)
        return speaker or _look_back(blocks, index, sentence.start, mentions), partial

    relative = _JA_RELATIVE_RE.match(tail)
    if relative:
        at = after_close + relative.end()
        right_after = [m for m in in_para if m.start == at]
        if right_after:
            return right_after[0].name, True

    # A fragment inside reported speech: the speaker is whoever the sentence's verb reports.
    rest = text[after_close : sentence.end]
    verbs = list(re.finditer(rf"との?(?P<between>[^。「」]{{0,40}}?)(?:{_JA_VERB_RE})", rest))
    if not verbs:
        return None, True
    last = verbs[-1]
    lo, hi = after_close + last.start("between"), after_close + last.end("between")
    inside = [m for m in in_para if lo <= m.start and m.end <= hi]
    if inside:
        return inside[0].name, True
    topic = _first_topic_pos(in_para, text, sentence.start, start)
    if topic is not None:  # ルビオ氏は、… (the whole sentence's topic, set off by a comma)
        return topic, True
    return _look_back(blocks, index, sentence.start, mentions), True


def _first_topic_pos(mentions: list[_Mention], text: str, lo: int, hi: int) -> str | None:
    """The sentence's topic: a person between lo and hi set off by は、.

    "Xは「…」で" makes X the subject of the quoted words, not their speaker, so it is skipped.
    """
    for m in mentions:
        if lo <= m.start and m.end <= hi and text[m.end : m.end + 2] == "は、":
            return m.name
    return None


def _ja_whole_utterance(head: str, mentions: list[_Mention], lo: int, open_at: int) -> bool:
    """True when nothing but a speaker, a time or a comma comes before 「 in its sentence."""
    if not head or head.endswith(_JA_FULL_BEFORE[1:]):
        return True
    return head.endswith("が") and any(m.end == open_at - 1 for m in mentions if m.start >= lo)


# --- English attribution ----------------------------------------------------------------------


def _en_mentions(article: Article) -> list[_Mention]:
    registry = _Registry()
    mentions: list[_Mention] = []
    for block in article.passages:
        text = block.text
        for m in _EN_PERSON_RE.finditer(text):
            name = m.group("name")
            first = name.split()[0]
            title = m.group("title")
            if first in _EN_NOT_NAMES:
                continue
            known = registry.find(name)
            appositive = _EN_APPOSITIVE_RE.match(text[m.end() :])
            near_verb = re.search(
                rf"\b(?:(?:{_EN_SPEECH_VERBS})|[Aa]ccording to(?:\s+[a-z]+){{0,3}})\s+$",
                text[max(0, m.start() - 40) : m.start()],
            ) or re.match(rf"\s+(?:{_EN_SPEECH_VERBS})\b", text[m.end() :])
            is_person = known or title or near_verb or (appositive and " " in name)
            if not is_person:
                continue
            role = None
            if title and title not in _EN_COURTESY:
                role = title
            elif appositive and " " in name:
                role = appositive.group("role").strip()
            person = registry.add(name, role)
            mentions.append(_Mention(block.number, m.start(), m.end(), person.name, person.role))
    return mentions


def _en_who(who: str, mentions: list[_Mention], paragraph: int, pos: int) -> str | None:
    """The canonical person for `who` (a name or a pronoun) mentioned around ¶paragraph:pos."""
    if who.lower() in _EN_PRONOUNS:
        earlier = [m for m in mentions if (m.paragraph, m.start) < (paragraph, pos)]
        return earlier[-1].name if earlier else None
    for m in mentions:
        if (
            m.paragraph == paragraph
            and m.start <= pos + len(who) + 40
            and who.endswith(_last_part(m.name))
        ):
            return m.name
    return None


def _en_attribute(
    blocks: Sequence[Block],
    index: int,
    sentence: Sentence,
    start: int,
    end: int,
    mentions: list[_Mention],
) -> tuple[str | None, bool]:
    """(speaker, partial) for an English quote at block.text[start:end]."""
    block = blocks[index]
    text = block.text
    quote = text[start:end].rstrip()
    ends_like_speech = bool(quote) and quote[-1] in ",.?!—–…"
    before = text[sentence.start : start - 1]
    after = text[end + 1 : sentence.end]
    said_after = _EN_SAID_AFTER_RE.match(after)
    said_before = _EN_SAID_BEFORE_RE.search(before)
    whole = ends_like_speech and (not before.strip() or before.rstrip().endswith((":", ",")))
    if said_after:
        who = said_after.group("who1") or said_after.group("who2")
        who = re.sub(rf"^(?:{_EN_TITLES})\s+", "", who.strip())
        return _en_who(who, mentions, block.number, end + 1 + said_after.start()), not whole
    if said_before:
        who = said_before.group("who") or said_before.group("who_acc")
        who = re.sub(rf"^(?:{_EN_TITLES})\s+", "", who.strip())
        pos = sentence.start + said_before.start()
        return _en_who(who, mentions, block.number, pos), not whole
    # A fragment: whoever the sentence says said it, e.g. Doe called it “a disaster.”
    for m in re.finditer(
        rf"(?P<who>\b[Hh]e|\b[Ss]he|(?:(?:{_EN_TITLES})\s+)?{_EN_NAME})\s+(?:{_EN_SPEECH_VERBS}|called|described)\b",
        text[sentence.start : sentence.end],
    ):
        who = re.sub(rf"^(?:{_EN_TITLES})\s+", "", m.group("who"))
        found = _en_who(who, mentions, block.number, sentence.start + m.start())
        if found:
            return found, not whole
    return None, not whole
