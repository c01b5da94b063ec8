"""Japanese attribution on GiNZA's dependency parse.

The speaker of 「…」と述べた is the subject (`nsubj`) of the predicate the quote complements,
whatever that predicate is (述べた, 口にした, 胸をなでおろした, 指弾した); no list of verbs decides
it. Around that rule:

- the subject may hang off a later predicate of the same sentence (「…」と述べ、…と強調した);
- 「…」と呼んだルビオ国務長官: a predicate that modifies a person names its speaker;
- no subject at all (「…」と続けた): the speaker is the last one who spoke or was the subject,
  in this paragraph or the one before; a quote standing alone (「…」。) takes the speaker of the
  next sentence when that one says こう語った, else the same;
- 同氏 / 同社 / 同監督 point back at the last person or body of that kind;
- ソニーグループの十時裕樹副社長: name 十時裕樹, role ソニーグループ副社長; 会社員の男性(34):
  no name, so the description is the speaker.

A span whose content is a name rather than words (a product, a programme, a scare-quoted term,
a number), or that a naming verb complements (「はやぶさ2」と名付けた), is not a quote.
When none of these rules finds a speaker, the speaker is unknown: a guess is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from retrieval.lexicon import (
    JA_ADDRESSING_VERBS,
    JA_APPEARANCE_NOUNS,
    JA_CATAPHORA,
    JA_CHARGE_NOUNS,
    JA_CLAUSE_LINK_MARKS,
    JA_DISPLAY_VERBS,
    JA_DISPLAYED_TEXT_NOUNS,
    JA_DOCUMENT_NOUNS,
    JA_FUNERAL_NOTICE_TOPICS,
    JA_HABIT_NOUNS,
    JA_HEARING_VERBS,
    JA_KIN_NOUNS,
    JA_LETTERING_VERBS,
    JA_LINE_MARKS,
    JA_MESSAGE_NOUNS,
    JA_NAME_NOUNS,
    JA_QUESTIONING_PHRASES,
    JA_QUOTATIVE_HEADS,
    JA_READ_FOR_VERBS,
    JA_RECORDING_VERBS,
    JA_SECTION_ENDINGS,
    JA_SUSPECT_TITLE,
    JA_TERM_MARKERS,
    JA_UTTERANCE_NOUNS,
    JA_VIEW_NOUNS,
    JA_WORK_NOUNS,
    JA_WRITING_VERBS,
)
from retrieval.models import Article, Block, Quote
from retrieval.parser import JapaneseParser
from retrieval.quotes.comments import as_printed, bracket_comments
from retrieval.quotes.interviews import find_interview, interview_quotes
from retrieval.quotes.people import (
    UNKNOWN,
    People,
    Person,
    is_org_word,
    is_title_token,
    name_and_title,
    name_run,
    register_mentions,
)
from retrieval.quotes.phrases import (
    body,
    bracketed_name,
    can_speak,
    described,
    person_kind,
    who_is,
)
from retrieval.quotes.spans import has_quote_mark, is_verbatim, quote_spans
from retrieval.quotes.syntax import (
    SENTENCE_END,
    chanted,
    cleft_speaker,
    find_anchor,
    has_copula,
    inside,
    is_also,
    is_naming,
    is_passive,
    is_predicate,
    is_topic,
    labels,
    modified_noun,
    named_by,
    next_predicate,
    plain_topic,
    regarded_as,
    reporting_predicate,
    says_something,
    sentence_opening,
    shows,
    stands_alone,
    topic_of_quote,
    verbless_attribution,
)

Token = Any  # a spaCy Token
Doc = Any  # a spaCy Doc

# A clause of showing right before the marks, on the noun after them: 画面に表示される「…」という
# 問い (the text on show; JA_DISPLAY_VERBS without their する).
_SHOWN_BEFORE_RE = re.compile(
    rf"(?:{'|'.join(v for v in JA_DISPLAY_VERBS if not v.endswith('する'))})"
    r"(?:される|された|されている|されていた|する|した|している|していた)$"
)
# What may stand between two quotes of one run: nothing, a comma, や (「…」「…」, 「…」、「…」).
_RUN_JOINS: frozenset[str] = frozenset(("", "、", "，", "や"))
# What joins quoted words to a noun of saying (「…」との指摘, 「…」などとの声, 「…」などの意見): the
# words are that view's.
_OPINION_LEAD_RE = re.compile(rf"(?:などとの|との|などの(?=(?:{'|'.join(JA_UTTERANCE_NOUNS)})))")
# A gloss of meaning in brackets right after the marks: （方言で「だめだ」の意）, （…という意味）.
_GLOSS_AFTER = re.compile(r"[（(][^（）()]{1,40}(?:の意|の意味|という意味)[）)]")
# A hashtag: a mark and one run of characters with no space, as posts tag themselves.
_HASHTAG = re.compile(r"[#＃]\S+")
_DIGITS = re.compile(r"[\d０-９.,，．%％]+")
# The last character of a noun (kanji, katakana, a Latin letter) right before an opening mark.
_NOUN_END = re.compile(r"[\u4e00-\u9fffァ-ヴーA-Za-zＡ-Ｚａ-ｚ]")
# Entity labels of times and dates: a subject so labelled (式典後, 今月) is no speaker.
_TIME_LABELS = ("Date", "Time", "Period", "Era", "Timex", "Day_Of_Week")
# Nouns a quote's clause may modify that are the words themselves (コメント, 声明) or a view
# (考え, 方針): never who said them.
_WORDS_SAID = JA_UTTERANCE_NOUNS | JA_VIEW_NOUNS
# The longest sentence after a quote standing alone that is read as only saying who spoke it.
NEXT_TOPIC_CHARS = 30
# ... or the most it says after its topic (、声を詰まらせた), when the topic is described at length.
NEXT_PREDICATE_CHARS = 12
_CROWD = re.compile(r"[0-9０-９]+(?:人|名)$")  # 約800人, 住民ら30人: a number of people
_AFTER_TOPIC = re.compile(r"^(?:[（(][^）)]{0,12}[）)])?[はも]?、?")  # （13）は、


@dataclass
class _Found:
    """One quoted span and what the parse says of it."""

    paragraph: int
    start: int
    end: int
    is_quote: bool
    partial: bool
    speaker: Person | None
    method: str


def _share_in_runs(text: str, found: list[_Found], first: int) -> None:
    """Quotes in a run (「…」「…」などの指摘, 「…」、「…」と訴えた) are read as the last of them
    is: the words before it have no verb of their own. One that stands on its own (a name, or a
    quote with its own verb) is left as it is read. `found[first:]` are one paragraph's spans."""
    for k in range(len(found) - 2, first - 1, -1):
        here, then = found[k], found[k + 1]
        between = text[here.end + 1 : then.start - 1]
        if between in _RUN_JOINS and here.method in ("unreported", "term"):
            found[k] = replace(then, start=here.start, end=here.end, method=f"{then.method} (run)")
        elif between in _RUN_JOINS and here.method == "embedded" and here.speaker == then.speaker:
            # 部員に「…」「…」などと怒鳴った: the parser hangs the first on the noun before it, as
            # a fragment; it is one of the words the verb reports, whole as the last is.
            found[k] = replace(here, partial=then.partial)


def attribute_japanese(article: Article, parser: JapaneseParser) -> list[Quote]:
    """Every quote of a Japanese `article`, verbatim, with its speaker and role when the parse
    says who; spans that name a thing rather than report words are left out. A comment printed
    without quote marks (▽X・Y教授の話　…) is read as if they were there, and so is an
    interview printed as questions and answers (――…。 then the answer)."""
    bracketed, comments = bracket_comments(article)
    return as_printed(article, _attribute(bracketed, parser), comments)


def _attribute(article: Article, parser: JapaneseParser) -> list[Quote]:
    """The quotes of `article` as its quote marks set them apart, and its interview's lines."""
    passages = list(article.passages)
    interview = find_interview(article)
    if interview is None and not any(has_quote_mark(b.text) for b in passages):
        return []
    # Parse what attribution reads (paragraphs with quotes and the paragraph before each);
    # tokenize the rest for the names it mentions. Parsing costs ~100x tokenizing.
    wanted: set[int] = set()
    for i, b in enumerate(passages):
        if has_quote_mark(b.text):
            wanted.update({i, i - 1} if i else {i})
        if interview is not None and b.number in interview.intro:
            wanted.add(i)  # (who the exchanges are with: the subjects of the lines before)
    # (an answer's label, 山田予報課長　…, is read as blank: the tagger takes such a run for a
    # name of its own, 山田予報, that a later 同課長 would point back at)
    labels = (
        {line.paragraph: line.start for line in interview.lines if line.label} if interview else {}
    )
    texts = [
        "　" * labels[b.number] + b.text[labels[b.number] :] if b.number in labels else b.text
        for b in passages
    ]
    parsed = dict(
        zip(sorted(wanted), parser.parse([texts[i] for i in sorted(wanted)]), strict=True)
    )
    rest = [i for i in range(len(passages)) if i not in wanted]
    docs: list[Doc] = [None] * len(passages)
    for i, doc in parsed.items():
        docs[i] = doc
    for i, doc in zip(rest, parser.tokenize([texts[i] for i in rest]), strict=True):
        docs[i] = doc
    people = People()
    for block, doc in zip(passages, docs, strict=True):
        people.note_places(doc, block.number)
    for block, doc in zip(passages, docs, strict=True):
        register_mentions(people, block.number, doc, parsed=doc.has_annotation("DEP"))
    reader = _Reader(article, passages, docs, people)
    if interview is not None:
        reader.intro = frozenset(interview.intro)
    found = [
        replace(f, speaker=None) if f.speaker is not None and f.speaker.kind == "unknown" else f
        for f in reader.read()
    ]
    # 「…」。…後部座席の男性は…こう話した。/ 男性は会社員、森下隆之さん（42）。: a lead that
    # quotes someone it describes, then names them at the next paragraph's opening.
    found = [_named_next(f, passages, docs, people) for f in found]
    # 「…」 ¶ …の村瀬和夫さん（78）は、通りを見ながら、そうつぶやいた。: a lead quote alone, then
    # the one the next paragraph says said so.
    found = [_said_so_next(f, passages, docs, people) for f in found]
    found = _echoes_named(article, found)
    found = _relatives_named(article, found, people)
    quotes = [
        Quote(
            article_id=article.article_id,
            paragraph=f.paragraph,
            quote=text,
            speaker=f.speaker.name if f.speaker else None,
            speaker_role=f.speaker.role if f.speaker else None,
            partial=f.partial,
            verified=is_verbatim(article, f.paragraph, text),
            start=f.start,
            end=f.end,
            speaker_forms=tuple(sorted(f.speaker.forms - {f.speaker.name})) if f.speaker else (),
        )
        for f in found
        if f.is_quote
        for text in [article.block(f.paragraph).text[f.start : f.end]]
    ]
    if interview is None:
        return quotes
    # (an exchange's line is quoted whole: marks inside it are part of the words)
    lines = interview_quotes(article, interview, people, reader.topics())
    # (and the words an answer quotes inside it, read as any quote is: 「よく頑張った。休んで
    # いい」と言われました。…)
    nested = [
        q
        for q in quotes
        if any(
            q.paragraph == line.paragraph
            and line.start <= q.start
            and q.end <= line.end
            and (q.start, q.end) != (line.start, line.end)
            for line in lines
        )
    ]
    kept = [q for q in quotes if q.paragraph not in interview.paragraphs] + nested
    return sorted(kept + lines, key=lambda q: (q.paragraph, q.start))


# The shortest words (in characters) a quote credited to a kind of people may share with one
# named person's quote to be read as that person's words, repeated.
_ECHO_CHARS = 6


def _echoes_named(article: Article, found: list[_Found]) -> list[_Found]:
    """Quotes credited to a kind of people (…と、店を畳む商店主も出てきた) whose words stand
    inside the quotes of one named person elsewhere in the story: a lead repeating, in brief,
    what that person says in full further on. They are that person's, an excerpt."""

    def words(f: _Found) -> str:
        return article.block(f.paragraph).text[f.start : f.end]

    named = [
        f for f in found if f.is_quote and f.speaker is not None and f.speaker.kind == "person"
    ]
    out = []
    for f in found:
        text = words(f)
        described = f.speaker is not None and f.speaker.kind == "description"
        if f.is_quote and described and len(text) >= _ECHO_CHARS:
            sources = {g.speaker.name: g.speaker for g in named if g.speaker and text in words(g)}
            if len(sources) == 1:
                f = replace(f, speaker=next(iter(sources.values())), partial=True)
        out.append(f)
    return out


def _relatives_named(article: Article, found: list[_Found], people: People) -> list[_Found]:
    """Quotes credited to someone's relative by kin alone (太郎さんの父, 夫) when the story names
    one person so (父の山田一郎さん, 夫の田中二郎さん): that person's."""
    text = "\n".join(b.text for b in article.passages)
    out = []
    for f in found:
        name = f.speaker.name if f.speaker is not None and f.speaker.kind == "description" else ""
        kin = next((k for k in sorted(JA_KIN_NOUNS, key=len, reverse=True) if name.endswith(k)), "")
        if kin and (name == kin or name[: -len(kin)].endswith("の")):
            named = [p for p in people.people if p.kind == "person" and f"{kin}の{p.name}" in text]
            if len(named) == 1:
                f = replace(f, speaker=named[0])
        out.append(f)
    return out


# An age or an affiliation in brackets after a name, which may close the sentence that names
# someone: 田辺政男さん（81）。, 森下隆之さん（42）。
_BRACKET_GLOSS = r"(?:[（(][^（）()]{1,20}[）)])?"
# The end of a sentence that says someone said the words before it: そうつぶやいた。,
# そのように話した。 (not こう or 次のように, which point at words after them)
_SAID_SO_END = re.compile(r"(?:そう|そのように)[ぁ-ゖ一-龥]{1,8}。?\s*$")
# "Said thus" inside a sentence (こう述べ、, こう訴えた): the words it points at are the lead's
# before it when the sentence quotes none of its own.
_SAID_THUS = re.compile(
    r"こう(?:語|話|言|述べ|振り返|明か|打ち明け|つぶや|口に|声を上げ|訴え|答え|強調|呼びかけ)"
)
# A sentence that opens on a verb of saying "so", on the one who said it: そう語ってきた陶芸家、
# そう話すのは (not そうした中, そういう: "such").
_SAID_SO_START = re.compile(
    r"(?:そう|そのように)(?:語|話|言|述べ|振り返|明か|打ち明け|つぶや|口に)[ぁ-ゖ一-龥]{0,6}?"
    r"(?:た|る|す|く)(?:のは|[一-龥ァ-ヺ、])"
)


def _said_so_next(f: _Found, passages: list[Block], docs: list[Doc], people: People) -> _Found:
    """`f`, a whole quote no one is named for in a paragraph of that quote alone, credited to
    the one person the next paragraph's first sentence has as its topic and ends by saying said
    so (「…」 ¶ …で書店を営む村瀬和夫さん（78）は、…そうつぶやいた。), or names when it opens on
    saying so (そう話すのは、…の村瀬和夫さん（78）だ。)."""
    if f.speaker is not None or not f.is_quote or f.partial:
        return f
    numbers = [b.number for b in passages]
    i = numbers.index(f.paragraph)
    if re.sub(r"「[^「」]*」", "", passages[i].text).strip(" 。\n"):
        return f  # (narrative of its own: the quote is read with it)
    if i + 1 >= len(passages) or passages[i + 1].number != f.paragraph + 1:
        return f
    doc = docs[i + 1]
    end = doc.text.find("。") + 1 or len(doc.text)
    opening = doc.text[:end]
    if _SAID_SO_START.match(opening):
        # そう語ってきた陶芸家、故・X さんの…, そう話すのは、…の X さんだ: the one person the
        # sentence that opens on "said so" names before any words it quotes itself
        head = len(opening.split("「")[0])
        named = {
            person.name: person
            for name, _ in _names_before(doc, head)
            if (person := people.find(name, "person")) is not None
        }
        return replace(f, speaker=next(iter(named.values()))) if len(named) == 1 else f
    # (or says "thus" with no words after it: 「…」 ¶ …の木村さん（60）は集会でこう訴えた。)
    said = _SAID_SO_END.search(opening) or _SAID_THUS.search(opening)
    if "「" in opening or not said:
        return f
    topics: dict[str, Person] = {}
    for name, after in _names_before(doc, said.start()):
        person = people.find(name, "person")
        if person is not None and re.match(rf"{_BRACKET_GLOSS}[はが]", doc.text[after:end]):
            topics[person.name] = person
    return replace(f, speaker=next(iter(topics.values()))) if len(topics) == 1 else f


def _names_before(doc: Doc, end: int) -> Iterator[tuple[str, int]]:
    """Each name `doc` gives before character `end`, and where its title (if any) ends."""
    for k in range(len(doc)):
        if doc[k].idx >= end:
            break
        run = name_run(doc, k)
        if run is not None:
            name, _, title_end, _ = name_and_title(doc, *run)
            yield name, doc[title_end - 1].idx + len(doc[title_end - 1].text)


def _named_next(f: _Found, passages: list[Block], docs: list[Doc], people: People) -> _Found:
    """`f` with its described speaker (男性, 選手, 総裁, 17歳) replaced by the person the next
    paragraph's first sentence says they are: that description again as its topic (男性は…森下
    隆之さん（42）。) or a cleft or 主 (頂点に立ったのは…X（23）。, 発言の主は…X総裁。), the
    sentence ending on the name."""
    if f.speaker is None or f.speaker.kind != "description":
        return f
    numbers = [b.number for b in passages]
    i = numbers.index(f.paragraph)
    if i + 1 >= len(passages) or passages[i + 1].number != f.paragraph + 1:
        return f  # (a heading or nothing between: a new part)
    doc = docs[i + 1]
    first = next(iter(doc.sents), None) if doc.has_annotation("SENT_START") else None
    end = first.end_char if first is not None else doc.text.find("。") + 1 or len(doc.text)
    opening = doc.text[:end]
    if re.search(r"[」”]\s*(?:と|って)", opening):
        return f  # (a sentence quoting words of its own; a name in brackets is no quote)
    said_again = opening.startswith(f.speaker.name + "は")
    if not (said_again or re.search(r"(?:のは|の主は)、?", opening)):
        return f
    for name, after in _names_before(doc, end):
        if _NAME_ENDS_SENTENCE.fullmatch(doc.text, after, end):
            person = people.find(name, "person")
            if person is None or not _same_age(f.speaker.name, opening):
                return f
            return replace(f, speaker=person)
    return f


# An age as a description gives it (70代, 17歳, （45）) and as a sentence naming someone does.
_DECADE = re.compile(r"(\d+)代")
_AGE = re.compile(r"(\d+)歳|[（(](\d+)[）)]")


def _same_age(description: str, sentence: str) -> bool:
    """Whether the person a sentence names may be the one `description` describes by age: not
    when the description gives a decade (70代の女性) or an age and the sentence another
    (88歳の…さん)."""
    said = _DECADE.search(description)
    age = next((int(m[1] or m[2]) for m in _AGE.finditer(sentence)), None)
    if age is None:
        return True
    if said is not None:
        return int(said[1]) <= age < int(said[1]) + 10
    exact = _AGE.search(description)
    return exact is None or int(exact[1] or exact[2]) == age


# After a name, the end of the sentence that identifies someone: an age or an affiliation in
# brackets (_BRACKET_GLOSS), a copula.
_NAME_ENDS_SENTENCE = re.compile(rf"\s*{_BRACKET_GLOSS}\s*(?:だ|です|である)?。?\s*")


def _emergency_call(t: Token) -> bool:
    """110番, 119番 as the parser splits them (110 + 番): a call, words someone made."""
    return t.text == "番" and any(
        c.dep_ == "nummod" and c.text + "番" in JA_UTTERANCE_NOUNS for c in t.children
    )


def _passive_agent(
    doc: Doc, predicate: Token, spans: list[tuple[int, int]], inner_ids: set[int]
) -> Token | None:
    """The から or に phrase saying who did what a passive `predicate` reports (記者から「…」と
    問われ), when it names one before the quote, hung on the verb or on the quoted words; or
    the から phrase of a verb of hearing (恩師から「…」と教わった: who the words came from)."""
    passive = any(c.dep_ == "aux" and c.lemma_ in ("れる", "られる") for c in predicate.children)
    heard = predicate.lemma_ in JA_HEARING_VERBS
    if not (passive or heard):
        return None
    cases = ("から", "に") if passive else ("から",)
    # (Not only the parser's sentence: a full stop inside the quoted question ends it there.)
    # (The parser may hang the phrase on the verb the passive's clause leads into: 父から「…」と
    # 言われて覚えた.)
    heads = {predicate.i, *inner_ids} | ({predicate.head.i} if predicate.dep_ == "advcl" else set())
    for t in doc[: predicate.i]:
        if (
            t.pos_ in ("NOUN", "PROPN")
            and t.head.i in heads
            and t.i < predicate.i
            and not inside(t.idx, spans)
            and any(c.dep_ == "case" and c.text in cases for c in t.children)
            and (t.ent_type_ in ("Person", "Position_Vocation") or person_kind(t.text))
        ):
            return t  # (弁護人から「…」と問われた: a title names the one asking too)
    return None


def _relative_giver(
    doc: Doc, start: int, inner_ids: set[int], noun: Token | None, spans: list[tuple[int, int]]
) -> Token | None:
    """The subject of a clause that ends right before the quote's opening mark and modifies the
    noun after 「…」との (or, as the parser may hang it, a word inside the quote): 課長が示した
    「…」との見解 -> 課長."""
    last = next((t for t in reversed(doc) if t.idx + len(t.text) == start - 1), None)
    verb = last.head if last is not None and last.dep_ == "aux" else last
    if verb is None or verb.pos_ != "VERB":
        return None
    # (a clause ending right before the mark modifies what follows, however the parser hangs it
    # inside the words: as an adverbial clause too, 課長が示した「…を減らしても…」)
    inward = verb.head.i in inner_ids and verb.dep_ in ("acl", "advcl")
    if not (inward or (noun is not None and verb.head.i == noun.i and verb.dep_ == "acl")):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "nsubj" and not inside(c.idx, spans) and not is_topic(c)
        ),
        None,
    )


def _reported(clause: Token) -> bool:
    """Whether `clause` is a clause of reported speech hung on its verb by と (…暮らしたと明かした),
    outside any quote marks."""
    return (
        clause.dep_ in ("advcl", "ccomp")
        and clause.pos_ in ("VERB", "ADJ", "AUX")
        and any(c.dep_ == "case" and c.text == "と" for c in clause.children)
        and not any(c.text in ("」", "”") for c in clause.children)
    )


def _clause_verb_after(doc: Doc, end: int) -> Token | None:
    """The verb right after the と that closes a quote ending at `end`, when it modifies a
    noun (「…」とうたう求人): the quote's own verb, in a clause about that noun."""
    after = [t for t in doc if t.idx > end][:2]
    if len(after) == 2 and after[0].text == "と":
        verb = after[1]
        if verb.tag_.startswith("動詞") and verb.dep_ == "acl" and verb.head.i > verb.i:
            return verb
    return None


def _lettering(
    people: People, doc: Doc, predicate: Token, paragraph: int, spans: list[tuple[int, int]]
) -> bool:
    """「…」と書かれた横断幕, 「…」と書いたのぼり旗: a verb that puts words on a thing, in a
    clause on a noun that is neither someone nor a message (「…」と書かれた手紙 is its writer's);
    in the passive, printed or cut on one (「…」と印字されていた); or the words as a record
    keeps them (「…」と記録された)."""
    if is_passive(predicate) and (
        predicate.lemma_ in JA_RECORDING_VERBS or predicate.text in JA_RECORDING_VERBS
    ):
        return True  # 議事録には「…」と記録されていた: as the record has it
    if predicate.lemma_ not in JA_LETTERING_VERBS and predicate.text not in JA_LETTERING_VERBS:
        return False
    thing = modified_noun(doc, predicate)
    if thing is None and is_passive(predicate) and predicate.lemma_ not in JA_WRITING_VERBS:
        return True  # 包装に「…」と印刷されていた: printed on, not said (書かれていた: _writer)
    return (
        thing is not None
        and _compound_text(doc, thing) not in JA_MESSAGE_NOUNS
        and thing.text not in JA_MESSAGE_NOUNS
        and who_is(people, doc, thing, paragraph, spans) is None
        and not person_kind(thing.text)
        and not is_org_word(_compound_text(doc, thing))
    )


def _writer(doc: Doc, predicate: Token, opening: int, start: int) -> Token | None:
    """Who wrote the words 「…」と書かれていた / 記されている quotes, when the sentence names the
    writing they are in (Xには): the subject of the clause describing it (女性が同省に送った
    メール, 組合が送った書簡) or its owner (組合の書簡); None when it says neither."""
    if predicate.lemma_ not in JA_WRITING_VERBS or not is_passive(predicate):
        return None
    # (before the quote in its sentence, wherever the parser hung it: a 。 inside the quote may
    # cut the sentence there)
    for medium in (t for t in doc if opening <= t.idx < start):
        if medium.text in ("そこ", "ここ") and medium.i > 0:
            # 画家が弟に送った手紙が見つかった。そこには「…」と記されていた: the message the
            # sentence before names
            messages = [t for t in doc[: medium.i] if t.text in JA_MESSAGE_NOUNS]
            medium = messages[-1] if messages else medium
            if medium.text in JA_MESSAGE_NOUNS:
                return _message_writer(medium)
        cases = {c.text for c in medium.children if c.dep_ == "case"}
        # (に alone, when the writing is a message: 課長が送ったメールに「…」と書かれていた)
        message = medium.text in JA_MESSAGE_NOUNS or _compound_text(doc, medium) in JA_MESSAGE_NOUNS
        if not ({"に", "は"} <= cases or ("に" in cases and message)):
            continue
        writer = _message_writer(medium)
        if writer is not None:
            return writer
    return None


def _message_writer(medium: Token) -> Token | None:
    """The subject of the clause describing writing `medium` (女性が同省に送ったメール) or its
    owner (組合の書簡), if either."""
    for c in medium.children:
        if c.dep_ == "acl":
            subject = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
        if c.dep_ == "nmod" and any(k.text == "の" for k in c.children):
            return c
    return None


def _ends_on(doc: Doc, t: Token) -> bool:
    """Whether the sentence ends on `t`, with nothing after it but an age or an affiliation in
    brackets: 田辺政男さん（81）。"""
    rest = doc.text[t.idx + len(t.text) : t.sent.end_char]
    return re.fullmatch(rf"{_BRACKET_GLOSS}\s*[。．]?\s*", rest) is not None


def _compound_start(doc: Doc, head: Token) -> int:
    """The first token of the compound noun `head` ends (逮捕 + 容疑, 北浜 + 商工 + 会議所)."""
    lo = head.i
    while lo > 0 and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i == head.i:
        lo -= 1
    return lo


def _compound_text(doc: Doc, head: Token) -> str:
    """The compound noun `head` ends (逮捕 + 容疑)."""
    return doc.text[doc[_compound_start(doc, head)].idx : head.idx + len(head.text)]


def _second_hand(
    doc: Doc, predicate: Token, opening: int, start: int, spans: list[tuple[int, int]]
) -> Token | None:
    """The が-marked subject before the quote when its verb of saying is itself reported (「…」と
    話していたと指摘した, 「…」と漏らしていたと明かした): who first said the words, not who
    reports them (the sentence's topic). None when the verb is not reported so, or no noun
    before the quote is marked by が."""
    if predicate.lemma_ in JA_HEARING_VERBS or is_passive(predicate):
        return None  # (被害者が犯人に「…」と言われたと証言した: the が-subject heard them)
    k = predicate.i + 1
    while k < len(doc) and (doc[k].pos_ in ("AUX", "SCONJ") or doc[k].dep_ == "fixed"):
        k += 1
    if not (k + 1 < len(doc) and doc[k].text == "と" and doc[k + 1].pos_ in ("VERB", "NOUN")):
        return None
    marked = [
        t for t in doc if opening <= t.idx < start and _marked_ga(t) and not inside(t.idx, spans)
    ]
    return marked[-1] if marked else None


def _quoted_on(predicate: Token) -> bool:
    """Whether the clause `predicate` closes is itself quoted by a と (…と話していたと明かした)."""
    return any(c.text in ("と", "って") and c.dep_ in ("case", "mark") for c in predicate.children)


def _relative_subject(doc: Doc, subject: Token) -> bool:
    """Xが引退した理由については「…」とみる: a が subject right before a verb that modifies a
    noun after it is that clause's, however the parser hung it."""
    k = subject.i + 1
    while k < len(doc) and doc[k].head.i == subject.i and doc[k].dep_ == "case":
        k += 1
    if k == subject.i + 1 or doc[k - 1].text != "が" or k >= len(doc):
        return False
    verb = doc[k]
    return verb.pos_ in ("VERB", "ADJ") and verb.dep_ == "acl" and verb.head.i > verb.i


def _told_by_topic(
    people: People,
    doc: Doc,
    subject: Token,
    where: tuple[int, int],
    spans: list[tuple[int, int]],
) -> bool:
    """Whether a plain topic (Xは) that names someone, or could, or a document that speaks for
    its issuer, stands before `subject` in its sentence (which opens at where[1] of paragraph
    where[0])."""
    paragraph, opening = where
    return any(
        opening <= t.idx < subject.idx
        and plain_topic(t)
        and not inside(t.idx, spans)
        and (
            can_speak(doc, t)
            or who_is(people, doc, t, paragraph, spans) is not None
            or _side(doc, t)
            or t.text in JA_DOCUMENT_NOUNS  # 報告書は、シフトが「…」と結論づけた: its issuer's
        )
        for t in doc
    )


def _side(doc: Doc, t: Token) -> bool:
    """弁護側, 会社側: a side in a dispute, which speaks as a party."""
    return t.text == "側" and len(_compound_text(doc, t)) >= 3


def _for_whom(token: Token) -> bool:
    """Whether `token` is marked by にとって (for whom, in whose eyes): に with とって fixed to it."""
    return any(
        c.text == "に"
        and c.dep_ == "case"
        and any(f.lemma_ == "とる" and f.dep_ == "fixed" for f in c.children)
        for c in token.children
    )


def _marked_ga(token: Token) -> bool:
    """Whether `token` is marked as a subject by が."""
    return any(c.dep_ == "case" and c.text == "が" for c in token.children)


def _own_subject(inner: list[Token]) -> bool:
    """Whether the quoted words have a topic or subject of their own (「売れ行きは想定以上」,
    a clause as the subject: 「コーチに教われるのは楽しみ」): a statement, even without a
    predicate, not a name."""
    ids = {t.i for t in inner}
    return any(
        t.dep_ in ("nsubj", "csubj")
        and any(c.text in ("は", "が") and c.i in ids for c in t.children)
        for t in inner
    )


def _names_a_thing(doc: Doc, governor: Token, inner_ids: set[int]) -> bool:
    """改ざんを「調整」と呼び: 呼ぶ with an object outside the quote that cannot speak, a thing
    given a name (not 野党を「無責任」と呼んだ, words about someone). The object may hang on a
    name it is set against: 施策を「A」ではなく「B」と呼んでいる."""
    if governor.lemma_ != "呼ぶ":
        return False
    objects = [
        c
        for c in governor.subtree
        if c.dep_ == "obj"
        and c.i not in inner_ids
        and (c.head.i == governor.i or any(m.text == "を" for m in c.children))
    ]
    return bool(objects) and not any(can_speak(doc, c) or c.pos_ == "PROPN" for c in objects)


def _subject_outside(
    doc: Doc, governor: Token, inner_ids: set[int], start: int, spans: list[tuple[int, int]]
) -> bool:
    """Whether the words right before the opening mark are the topic or subject of the quoted
    predicate while the verb of saying has a subject of its own before them (川村教授は、装置の
    不具合は「重大事故に直結しかねない」と指摘; 協会は…取り組んでおり、優勝は「…」としている, the
    subject of a clause chained to it): the writer's clause goes on in the speaker's words, so
    they are a fragment. (市は「…」としている, with no other subject, is whole: the parser often
    hangs the speaker on the quoted verb.)"""
    particles = [t for t in doc if t.idx + len(t.text) == start - 1 and t.text in ("は", "が")]
    if not particles or particles[0].dep_ != "case":
        return False
    noun = particles[0].head
    if noun.dep_ != "nsubj":
        return False
    if noun.head.i in inner_ids and (
        any(c.dep_ == "nsubj" and c.i < noun.i for c in governor.children)
        or any(
            g.i < noun.i and can_speak(doc, g)
            for g in _chained_subjects(doc, {governor.i, *inner_ids}, start, spans)
        )
    ):
        return True
    # An earlier topic (Xは) that can speak, which the parser hangs on either verb: 教授は、
    # 追い払いは「…にとどまる」と指摘 has both subjects on とどまる, or both on 指摘 (not a time,
    # 現在は, nor what the sentence is about, 経過をめぐっては).
    heads = {governor.i, *inner_ids}
    # (or on the verb the saying clause feeds: 弁護側は被告が「…」として寛大な判決を求めた)
    return noun.head.i in heads and any(
        t.i < noun.i and t.head.i in (*heads, governor.head.i) and _speaking_topic(doc, t)
        for t in doc
    )


def _speaking_topic(doc: Doc, t: Token) -> bool:
    """Whether `t` is a noun marked Xは alone, as who a sentence is about, that can speak."""
    return (
        t.pos_ in ("NOUN", "PROPN")
        and plain_topic(t)
        and is_topic(t)
        and (can_speak(doc, t) or _side(doc, t))
    )


def _names_the_words(doc: Doc, noun: Token) -> bool:
    """Whether `noun` comes right after a quote and its と: 「…」と連絡が, 「…」との声が, with
    the words that make a compound of it (「…」と110番通報が)."""
    start = noun.i
    while start > 0 and doc[start - 1].dep_ in ("compound", "nummod"):
        start -= 1
    k = start - 1
    while k >= 0 and doc[k].text in ("と", "の", "など"):
        k -= 1
    return k < start - 1 and k >= 0 and doc[k].text in ("」", "”")


def _run_before(doc: Doc, text: str, spans: list[tuple[int, int]], start: int) -> set[int]:
    """Tokens inside the quotes of the run that ends on the one opening at `start` (「…」「…」と:
    see _share_in_runs), before it."""
    ids: set[int] = set()
    earlier = [s for s in spans if s[1] < start]
    while earlier and text[earlier[-1][1] + 1 : start - 1] in _RUN_JOINS:
        start, end = earlier.pop()
        ids |= {t.i for t in doc if start <= t.idx < end}
    return ids


def _came_from(predicate: Token, spans: list[tuple[int, int]], heads: set[int]) -> Token | None:
    """The から phrase outside the quotes that says whom the words reported by `predicate` came
    from (住民から「…」と連絡があった), hung on it or on the quoted words (`heads`). (The whole
    parse is searched: the parser may end a sentence inside the words.)"""
    for t in predicate.doc:
        if (
            t.dep_ == "obl"
            and t.head.i in heads
            and t.i < predicate.i
            and any(m.dep_ == "case" and m.text == "から" for m in t.children)
            and not inside(t.idx, spans)
        ):
            return t
    return None


def _chained_subjects(
    doc: Doc, heads: set[int], start: int, spans: list[tuple[int, int]]
) -> list[Token]:
    """Subjects of the clauses chained before character `start` by a bare stem or て (臨み、 /
    介して) to the predicate or to the quoted words (`heads`: the parser may hang them on a
    verb inside the quote), which share the predicate's subject."""
    found: list[Token] = []
    clauses = [
        c
        for c in doc
        if c.dep_ == "advcl" and c.head.i in heads and c.idx < start and c.i not in heads
    ]
    while clauses:
        clause = clauses.pop()
        marks = {m.text for m in clause.children if m.dep_ == "mark"}
        if marks - {"て", "で"} or inside(clause.idx, spans):
            continue
        found += [g for g in clause.children if g.dep_ == "nsubj" and not inside(g.idx, spans)]
        clauses += [c for c in clause.children if c.dep_ == "advcl" and c.idx < start]
    return found


def _verbal(t: Token) -> bool:
    """Whether `t` is a predicate, a verb or a verbal noun with its する (襲名 + した), not a
    noun a relative clause may describe."""
    return t.pos_ == "VERB" or any(c.dep_ == "aux" and c.lemma_ == "する" for c in t.children)


def _pauses(doc: Doc, predicate: Token) -> bool:
    """Whether a clause's predicate (with its auxiliaries) is followed by a comma: 示し、."""
    k = predicate.i + 1
    while k < len(doc) and doc[k].head.i == predicate.i and doc[k].pos_ in ("AUX", "SCONJ"):
        k += 1
    return k < len(doc) and doc[k].text in ("、", "，")


# After a quote, a noun saying the words were someone's habit: 「…」が口癖だった(北川さん).
_HABIT_RE = re.compile(rf"(?:が|は|も)(?:{'|'.join(JA_HABIT_NOUNS)})(?:だった|だ|で|の)?")


def _habit_owner(doc: Doc, start: int) -> Token | None:
    """The head of whose habit the words at `start` are said to be, when a habit noun and は or
    が stand right before their opening mark (山田さんの口癖は「…」: さん)."""
    marks = [t for t in doc if t.idx + len(t.text) == start - 1 and t.text in ("は", "が", "も")]
    if not marks or marks[0].i == 0 or doc[marks[0].i - 1].text not in JA_HABIT_NOUNS:
        return None
    habit = doc[marks[0].i - 1]
    owners = [
        c
        for c in habit.children
        if c.dep_ == "nmod" and any(k.text == "の" and k.dep_ == "case" for k in c.children)
    ]
    return owners[-1] if owners else None


# A speaker credited in brackets between a quote and its と: 「…」（中堅行員）との声.
# (An age alone in brackets credits no one: 山田さん（45）と.)
_BRACKET_CREDIT_RE = re.compile(
    r"[（(](?![\d０-９]+歳?[)）])(?P<who>[^（）()\n]{2,40})[)）](?=などと|と)"
)


def _credit_after(doc: Doc, text: str, start: int, end: int) -> Token | None:
    """The head word of a speaker credited in brackets right after a quote that opens its
    sentence, the bracket closing the sentence: 「…」（バス会社の村井健二社長）. None otherwise
    (an age, a date or a gloss in brackets is no credit: their head names no one)."""
    if text[sentence_opening(text, start) : start - 1].strip() not in ("", "、"):
        return None
    m = re.match(r"[（(](?P<who>[^（）()\n]{2,40})[)）]\s*(?:。|$)", text[end + 1 :])
    if m is None or re.fullmatch(r"[\d０-９\s歳]+", m["who"]):
        return None
    close = end + 1 + m.end("who")
    heads = [t for t in doc if t.idx + len(t.text) == close]
    return heads[0] if heads else None


# A name noun as a sentence's topic or subject (キャッチコピーは, 名称は): the quote that ends the
# sentence is the name.
_NAME_TOPICS = tuple(f"{noun}{particle}" for noun in JA_NAME_NOUNS for particle in ("は", "が"))

# What may stand between a speaker named at a sentence's start and their quote in a sports or
# results page's format: 早瀬颯太（東和大）＝初優勝＝「…」, ▽青嶺・久保田修監督の話　「…」.
_CREDIT_BEFORE_TAIL = re.compile(r"(?:[（(][^（）()\n]{1,30}[)）]|＝[^＝\n]{1,30}＝|の話|\s)+$")


def _credit_before(doc: Doc, text: str, start: int, end: int) -> tuple[Token, str, int] | None:
    """The head word of a speaker named before a quote that closes its sentence with nothing
    but an affiliation, a note between ＝ marks or 「の話」 between them (the format of sports
    and results pages), with the words that name them and where they start; None otherwise."""
    opening = sentence_opening(text, start)
    before = text[opening : start - 1]
    tail = _CREDIT_BEFORE_TAIL.search(before)
    after = text[end + 1 :].lstrip()
    if tail is None or not (after == "" or after.startswith(SENTENCE_END)):
        return None
    named = before[: tail.start()].lstrip(f"{JA_LINE_MARKS}・　 ")
    if not named or re.search(r"[、。はがをにでと]$", named) or len(named) > 30:
        return None
    close = opening + tail.start()
    heads = [t for t in doc if t.idx + len(t.text) == close and t.pos_ in ("NOUN", "PROPN")]
    return (heads[0], named, close - len(named)) if heads else None


# A comment credited to a body named in brackets: 社会福祉法人「浜風会」の話「…」.
_BRACKETED_CREDIT = re.compile(r"「(?P<body>[^「」\s]{2,30})」の話[ 　]*$")


def _body_or_office(phrase: str) -> bool:
    """北浜ガス, 北浜ガス広報部: a body by its ending, or a section of one (部, 課, 室 after a
    body's name)."""
    if is_org_word(phrase):
        return True
    return phrase.endswith((*JA_SECTION_ENDINGS, "部")) and any(
        is_org_word(phrase[:k]) for k in range(3, len(phrase) - 1)
    )


# --- reading the quotes --------------------------------------------------------------------------


class _Reader:
    """Walks an article's quotes in order, keeping who spoke last."""

    def __init__(
        self, article: Article, passages: Sequence[Block], docs: Sequence[Doc], people: People
    ) -> None:
        self.article = article
        self.passages = passages
        self.docs = docs
        self.people = people
        # (paragraph, offset, person, spoke): speakers of quotes (spoke) and topics of
        # sentences, in text order.
        self.events: list[tuple[int, int, Person, bool]] = []
        # (paragraph, start) of quotes said to the sentence's subject by someone else (記者から
        # 「…」と問われ): their speaker is not whom the story goes on about.
        self.said_to_subject: set[tuple[int, int]] = set()
        # (paragraph, person or body): the subject or topic of each sentence's clauses but
        # relative ones, in text order: whom the lines before an interview's questions are about.
        self.subjects: list[tuple[int, int, Person]] = []
        self.intro: frozenset[int] = frozenset()  # (the paragraphs they are noted in)

    def topics(self) -> list[tuple[int, int, Person]]:
        """Who the sentences of the intro's paragraphs (`self.intro`, set before `read`) are
        about or quote: (paragraph, offset, person)."""
        spoke = [(n, at, who) for n, at, who, said in self.events if said and n in self.intro]
        return sorted(self.subjects + spoke, key=lambda item: item[:2])

    def read(self) -> list[_Found]:
        found: list[_Found] = []
        for index, (block, doc) in enumerate(zip(self.passages, self.docs, strict=True)):
            spans = quote_spans(block.text)
            parsed = doc.has_annotation("DEP")
            if parsed:
                self._note_subjects(block, doc, spans)
            if not spans:
                continue
            first = len(found)
            for start, end in spans:
                if not parsed:
                    continue
                f = self._one(index, block, doc, spans, start, end)
                found.append(f)
                if (block.number, start) in self.said_to_subject:
                    continue  # (新人は工場長から「…」と言われた。「…」と苦笑した: the newcomer)
                if f.is_quote and f.speaker is not None and f.speaker.kind != "unknown":
                    self.events.append((block.number, start, f.speaker, True))
            _share_in_runs(block.text, found, first)
        return found

    # The topic of a sentence (Xは, or the subject of its main predicate) that is a person or
    # body is who a later subjectless quote belongs to; a relative clause's subject is not.
    def _note_subjects(self, block: Block, doc: Doc, spans: list[tuple[int, int]]) -> None:
        for t in doc:
            if inside(t.idx, spans) and bracketed_name(doc, t) is None:
                continue
            topic = plain_topic(t)  # (not では, には: a place or a time)
            # (the parser sometimes hangs a topic as a modifier or an oblique: 丸泉製薬（大阪市）
            # は12日、…; 岡本由紀教授（公衆衛生学）は、…と指摘する)
            # (関脇若嶽山（24）＝鳴門川部屋＝が: the parser may hang the subject particle on the
            # affiliation glossed between = marks; the phrase is still the sentence's subject)
            glossed = (
                t.i + 2 < len(doc) and doc[t.i + 1].text in "=＝" and doc[t.i + 2].text in "がは"
            )
            # (or, a name it does not know, as an adverb: アドヴァンスは「…」とのコメントを出した)
            hung = ("nmod", "dislocated", "obl") + (
                ("advmod",) if t.tag_.startswith("名詞") else ()
            )
            # (or marked by が, whatever the parser filed it as: 北浜山（…）が現役を引退し)
            marked = t.dep_ == "obl" and _marked_ga(t)
            if not (t.dep_ == "nsubj" or glossed or marked or (topic and t.dep_ in hung)):
                continue
            if (
                block.number in self.intro
                # (a clause the parser hung on the main verb as if on a noun is no relative
                # clause: 北浜山が…引退し、…を襲名した)
                and (t.head.dep_ != "acl" or _verbal(t.head.head))
                and not is_also(t)  # (母の…さんも会見を見守った: someone else there too)
                and (person := who_is(self.people, doc, t, block.number, spans))
            ):
                # (村瀬投手が会見し、…を表明した: whom the sentence is about, though its clause
                # is not the main one; not a relative clause's subject)
                self.subjects.append((block.number, t.idx, person))
                # (山田一郎さんと、鈴木花子さんが語り合った: the one the subject acts with)
                for c in doc:
                    with_subject = c.dep_ in ("obl", "nmod") and c.head.i in (t.i, t.head.i)
                    if with_subject and any(
                        k.text == "と" and k.dep_ == "case" for k in c.children
                    ):
                        partner = who_is(self.people, doc, c, block.number, spans)
                        if partner is not None and partner.kind == "person":
                            self.subjects.append((block.number, c.idx, partner))
            # (本田さんが作家を志したきっかけは…だった。「…」と振り返った: a topic that is a
            # thing about the person whose clause modifies it is a sentence about that person.)
            holder = t.head.head if t.head.dep_ == "acl" else None
            about = (
                holder is not None
                and plain_topic(holder)
                and holder.tag_.startswith("名詞-普通名詞")
                and not holder.ent_type_
                and not person_kind(holder.text)
                and not is_org_word(holder.text)
            )
            if about and (person := who_is(self.people, doc, t, block.number, spans)):
                if person.kind == "person":
                    self.events.append((block.number, t.idx, person, False))
                continue
            main_clause = topic or glossed or t.head.dep_ == "ROOT"
            # (a cleft's clause is the sentence's subject: 山田さんが選んだのは「…」の一言。)
            cleft = not main_clause and t.head.dep_ == "csubj"
            if not (main_clause or cleft):
                # (A relative clause's subject speaks for no later quote; a body named there is
                # still one a later 同会議所 points back at: 北浜商工会議所が発表した調査)
                lo = _compound_start(doc, t)
                phrase = doc.text[doc[lo].idx : t.idx + len(t.text)]
                # (a name, not a kind: 北浜 + 商工会議所, not 旅行会社が倒産した場合)
                proper = any("固有名詞" in doc[k].tag_ for k in range(lo, t.i + 1))
                if t.head.dep_ == "acl" and proper and is_org_word(phrase) and "の" not in phrase:
                    self.people.add(phrase, "org", (block.number, doc[lo].idx))
                continue
            if cleft:
                # (a cleft's subject only when it is someone: not 都道府県が…するのは異例)
                someone = t.ent_type_ in ("Person", "Title_Other") or is_title_token(t)
                person = who_is(self.people, doc, t, block.number, spans) if someone else None
                if person is not None and person.kind == "person":
                    self.events.append((block.number, t.idx, person, False))
                continue
            person = who_is(self.people, doc, t, block.number, spans) or body(
                self.people, doc, t, block.number
            )
            if person is not None:
                self.events.append((block.number, t.idx, person, False))
        # 副町長が町長のあいさつ文を代読した: the words read out are the writer's, not the
        # reader's; quotes that follow on their own are theirs (unknown when the text does not
        # say whose: 故人が書き残したあいさつ).
        for t in doc:
            if t.lemma_ not in JA_READ_FOR_VERBS or inside(t.idx, spans):
                continue
            for read in (c for c in t.children if c.dep_ == "obj"):
                owners = [
                    c
                    for c in read.children
                    if c.dep_ == "nmod" and any(k.text == "の" for k in c.children)
                ]
                owners += [
                    s for c in read.children if c.dep_ == "acl" for s in c.children
                    if s.dep_ == "nsubj"
                ]  # fmt: skip
                writers = [who_is(self.people, doc, o, block.number, spans) for o in owners]
                writer = next((w for w in writers if w and w.kind in ("person", "org")), UNKNOWN)
                self.events.append((block.number, t.idx, writer, True))
        # A source (版元の潮見書房によると) is a body or person named, so that a later 同社 or
        # 同氏 can point back at it.
        for t in doc:
            source = t.i >= 2 and doc[t.i - 1].text == "に" and not inside(t.idx, spans)
            if t.text in ("よる", "よれ") and source:
                k = t.i - 2
                if doc[k].text in ")）":  # 第1管区海上保安本部（小樽）によると: past the aside
                    while k > 0 and doc[k].text not in "(（":
                        k -= 1
                    k -= 1
                if k >= 0:
                    who_is(self.people, doc, doc[k], block.number, spans)
        # A results sentence whose topic is a place in the standings (2位は…前田彩花（東浜ク）で
        # 11秒42。): the person it names is who it goes on to be about.
        for t in doc:
            if not (plain_topic(t) and t.ent_type_ == "Rank") or inside(t.idx, spans):
                continue
            candidates = (
                k
                for k in t.sent
                if k.i > t.i
                and k.ent_type_ == "Person"
                and k.dep_ != "compound"
                and not inside(k.idx, spans)
            )
            if (name := next(candidates, None)) is not None:
                person = who_is(self.people, doc, name, block.number, spans)
                if person is not None and person.kind == "person":
                    self.events.append((block.number, name.idx, person, False))
        # The person a sentence is told from (山田花子さん（41）にとって、店は…だった。) is who
        # it goes on to be about, as a topic is (wherever the parser hangs the phrase).
        for t in doc:
            if t.dep_ in ("obl", "nmod") and _for_whom(t) and not inside(t.idx, spans):
                person = who_is(self.people, doc, t, block.number, spans)
                if person is not None and person.kind == "person":
                    self.events.append((block.number, t.idx, person, False))
        # The person a sentence identifies (堅守の要が、GK宮前ここな選手だ。/ 決めたのは田中選手だ。)
        # is who it goes on to be about, as a topic is.
        # (A sentence may also end on the name, as a feature opens: …ろくろを回してきた田辺政男
        # さん（81）。)
        for t in doc:
            if (
                t.dep_ == "ROOT"
                and t.pos_ in ("NOUN", "PROPN")
                and (has_copula(t) or _ends_on(doc, t))
                and not inside(t.idx, spans)
                and not any(
                    c.dep_ == "nsubj" and c.text in JA_FUNERAL_NOTICE_TOPICS for c in t.children
                )  # (喪主は妻の…さん: who runs the funeral)
            ):
                person = who_is(self.people, doc, t, block.number, spans)
                named = person is not None and person.name in t.sent.text  # not 選手 alone
                if person is not None and person.kind == "person" and named:
                    self.events.append((block.number, t.idx, person, False))

    def _one(
        self,
        index: int,
        block: Block,
        doc: Doc,
        spans: list[tuple[int, int]],
        start: int,
        end: int,
    ) -> _Found:
        text = block.text
        content = text[start:end]
        inner = [t for t in doc if start <= t.idx < end]
        inner_ids = {t.i for t in inner}
        after = text[end + 1 :] if end < len(text) else ""

        def result(is_quote: bool, partial: bool, speaker: Person | None, how: str) -> _Found:
            return _Found(block.number, start, end, is_quote, partial, speaker, how)

        if not inner or _DIGITS.fullmatch(content.strip()):
            return result(False, False, None, "number")
        if _HASHTAG.fullmatch(content.strip()):
            return result(False, False, None, "term")  # 「#夜更かし禁止」: a tag, not words said
        anchor = find_anchor(doc, inner, inner_ids, end)
        predicative = says_something(anchor, inner, content)
        governor = (
            anchor.head if anchor.head.i not in inner_ids and anchor.head.i != anchor.i else None
        )
        sentence_start = sentence_opening(text, start)

        # 「…」が口癖だった: words someone said again and again; theirs is the phrase they are
        # said of (口癖だった北川さん), else the sentence's topic or whom the copy is about.
        habit = _HABIT_RE.match(after)
        if habit is not None:  # (a phrase too: 「一歩ずつ」が口癖だった)
            holder = next((t for t in doc if t.idx == end + 1 + habit.end()), None)
            speaker = None
            if holder is not None and holder.pos_ in ("NOUN", "PROPN"):
                while holder.i + 1 < len(doc) and doc[holder.i + 1].pos_ in ("NOUN", "PROPN"):
                    holder = doc[holder.i + 1]
                speaker = who_is(self.people, doc, holder, block.number, spans)
            speaker = speaker or self._sentence_topic(
                doc, block.number, spans, sentence_start, start
            )
            speaker = speaker or self._look_back(block.number, sentence_start, dropped=True)
            return result(True, False, speaker, "habit")
        # 山田さんの口癖は「…」。: the phrase the habit is said of, before the words, theirs
        if (owned := _habit_owner(doc, start)) is not None:
            speaker = who_is(self.people, doc, owned, block.number, spans)
            if speaker is not None:
                return result(True, False, speaker, "habit")
        # 「…」という番組: a name; 「…」という (with nobody named): hearsay.
        if after.startswith(("という", "といった", "などという", "なんて")):
            named_as = re.sub(r"^(?:などという|という|といった|なんて)", "", after)
            shown = re.sub(r"^趣旨の", "", named_as).startswith(tuple(JA_DISPLAYED_TEXT_NOUNS)) or (
                _SHOWN_BEFORE_RE.search(text[: start - 1]) is not None
            )
            if not predicative or named_as.startswith(tuple(JA_NAME_NOUNS)) or shown:
                # (「あなたの町は、あなたが守る」というキャッチフレーズ: a sentence as a name;
                # 「…」という注意書きが表示される, 画面に表示される「…」という問い: words on
                # show, not said)
                return result(False, False, None, "term")
            # 「…」という女の声が録音されていた: the voice's owner, as the copy describes them
            at = end + 1 + len(after) - len(named_as)
            owner = next((t for t in doc if t.idx == at), None)
            voiced = (
                owner is not None
                and owner.i + 2 < len(doc)
                and doc[owner.i + 1].text == "の"
                and doc[owner.i + 2].text == "声"
                and can_speak(doc, owner)
            )
            if voiced and owner is not None:
                speaker = who_is(self.people, doc, owner, block.number, spans)
                speaker = speaker or described(self.people, doc, owner, block.number, spans)
                return result(True, False, speaker, "hearsay")
            # (北川氏が何度も口にした「…」という言葉: the subject of the clause of saying before it)
            giver = _relative_giver(doc, start, inner_ids, owner, spans)
            if giver is not None and named_as.startswith(tuple(JA_UTTERANCE_NOUNS)):
                speaker = who_is(self.people, doc, giver, block.number, spans)
                if speaker is not None:
                    return result(True, False, speaker, "hearsay")
            return result(True, False, self._source(doc, anchor, block.number, spans), "hearsay")
        if start >= 2 and text[: start - 1].endswith(JA_WORK_NOUNS):
            return result(False, False, None, "named")  # 情報番組「朝いち！ワイド」: a title
        if start >= 2 and text[: start - 1].rstrip("　 ").endswith(JA_TERM_MARKERS):
            return result(False, False, None, "term")  # いわゆる「安かろう悪かろう」
        if not predicative and start >= 2 and _NOUN_END.match(text[start - 2]):
            # 村営船「くろせ丸」: a name beside its noun, whatever follows it (物流会社「X」（高松市）と
            # 村が: a place in brackets, then "and").
            return result(False, False, None, "named")
        if not predicative and re.match(r"（[^（）「」]{1,40}）(?:という|との)", after):
            # 「ヒュッゲ」（心地よい時間）という考え方: a term and its gloss
            return result(False, False, None, "term")
        if (
            (not predicative or len(inner) == 1)
            and "。" not in content
            and re.match(r"(?:し|する|した|さ[れせ])", after)
        ):
            return result(False, False, None, "term")  # 仲間と「相談」している: the writer's word
        if _GLOSS_AFTER.match(after):
            # 「だちかん」（方言で「だめだ」の意）: a word with its meaning glossed is an
            # expression under discussion, however someone once used it
            return result(False, False, None, "term")
        # 「…」（中堅行員）との声: the words of the one credited in brackets.
        # (A quoted noun is credited so only to one word or name, 「精査中」（同社）と: a name's
        # gloss, 「第十八光洋丸」（199トン、乗組員17人）と, credits no one.)
        bracketed = _BRACKET_CREDIT_RE.match(after)
        if bracketed and not predicative and re.search(r"[、，,\d０-９]", bracketed["who"]):
            bracketed = None
        if bracketed is not None:
            close = end + 1 + bracketed.end("who")
            heads = [t for t in doc if t.idx + len(t.text) == close]
            credited = who_is(self.people, doc, heads[0], block.number, spans) if heads else None
            return result(True, not predicative, credited, "credited")
        # 元ディーラーの「…」との説明: the words of the one they belong to, whoever the
        # sentence goes on to be about (unknown when the owner names no one).
        if after.startswith(("との", "などとの")) and start >= 2 and text[start - 2] == "の":
            owners = [t for t in doc if t.idx + len(t.text) == start - 2]
            owner = owners[0] if owners and owners[0].pos_ in ("NOUN", "PROPN") else None
            if owner is not None:
                speaker = who_is(self.people, doc, owner, block.number, spans)
                return result(True, not predicative, speaker, "owned")
        # 「…」との見方を示した: the view is the speaker's; 「…」との声が上がった: nobody's.
        opinion = _OPINION_LEAD_RE.match(after)
        if opinion is not None:
            noun = governor
            # (委員から「…」「…」との指摘が出た: the parser may hang the から phrase on the
            # words of an earlier quote of the run)
            run_heads = inner_ids | _run_before(doc, text, spans, start)
            # (課長が会見で示した「…」との見解: the subject of the clause on the view, right
            # before the words, gave it; the parser may hang that clause on a word inside them)
            giver = _relative_giver(doc, start, inner_ids, governor, spans)
            if giver is not None:
                speaker = who_is(self.people, doc, giver, block.number, spans)
                if speaker is None and can_speak(doc, giver):
                    speaker = described(self.people, doc, giver, block.number, spans)
                return result(True, not predicative, speaker or UNKNOWN, "opinion")
            if after[opinion.end() :].startswith(tuple(JA_DISPLAYED_TEXT_NOUNS)):
                return result(False, False, None, "term")  # 「…」との見出し: a heading's words
            if noun is not None and noun.dep_ == "nsubj" and shows(noun.head, inner):
                return result(False, False, None, "shown")  # 掲示板には「…」との案内が流れた
            if noun is not None and noun.dep_ == "nsubj" and is_predicate(noun.head):
                # 住民から「…」との声が上がった: the words came from the 住民.
                source = _came_from(noun.head, spans, run_heads | {noun.i, noun.head.i})
                if source is not None:
                    speaker = who_is(self.people, doc, source, block.number, spans)
                    return result(True, not predicative, speaker, "opinion")
            if noun is None or noun.dep_ in ("nsubj", "csubj") or not is_predicate(noun.head):
                return result(True, not predicative, None, "opinion")
            heard = _came_from(noun.head, spans, run_heads | {noun.i, noun.head.i})
            if heard is not None:
                # 県は学芸員から「…」との指摘を受けた: the words came from whom the から phrase
                # names, not from the subject that received them
                speaker = who_is(self.people, doc, heard, block.number, spans)
                if speaker is None and can_speak(doc, heard):
                    speaker = described(self.people, doc, heard, block.number, spans)
                return result(True, not predicative, speaker, "opinion")
            speaker = self._speaker_of(doc, noun.head, block.number, spans, start, inner_ids)
            topics = [
                t
                for t in doc
                if sentence_start <= t.idx < start and plain_topic(t) and not inside(t.idx, spans)
            ]
            # (加えて、今の点検基準は「…」との見方を示し: a topic no one can be is what the view is
            # about; the subject is dropped)
            topical = any(can_speak(doc, t) for t in topics)
            if speaker is None and topical:
                # (アドヴァンスは「…」とのコメントを出した, however parsed; a topic that names no
                # one known is still the sentence's subject: unknown, never someone before it)
                speaker = self._sentence_topic(doc, block.number, spans, sentence_start, start)
            elif speaker is None:  # (…と指摘。「…」との見方を示した: the subject dropped)
                speaker = self._look_back(block.number, sentence_start, dropped=True)
            return result(True, not predicative, speaker, "opinion")
        as_x = after.startswith("として") and not after.startswith(("としてい", "としており"))
        if as_x and not predicative and not _own_subject(inner):
            return result(False, False, None, "term")  # 「X」として: "as X"

        # 今回の噴火を「…」とみており: the words are the complement of the verb's object, a
        # fragment of the writer's sentence however complete they read.
        # (More than one sentence is never a fragment: …際のことを「…。…」と振り返る; nor are
        # words about a matter, …日のことを「…」と振り返った: こと is what they are about.)
        objected = (
            start >= 2
            and text[start - 2] == "を"
            and "。" not in content.rstrip("。")
            and not text[: start - 1].endswith("ことを")
        )
        quotative = after.startswith(JA_QUOTATIVE_HEADS)
        clause = _clause_verb_after(doc, end) if quotative else None
        if clause is not None:
            # 「…」とうたう求人に応募し: the verb right after the と, whatever the parser hung the
            # words on
            governor = clause
        elif quotative and (governor is None or not is_predicate(governor)):
            governor = next_predicate(doc, end) or governor
        if quotative and governor is not None and is_predicate(governor):
            if shows(governor, inner):
                return result(False, False, None, "shown")  # 画面に「…」と表示された
            if chanted(governor):
                return result(False, False, None, "chant")  # 「…」と声を合わせた
            told = predicative and _passive_agent(doc, governor, spans, inner_ids) is not None
            # (two sentences are never a name: 「よく頑張った。休んでいい」と言われた)
            told = told or "。" in content.rstrip("。")
            if (is_naming(governor) and not told) or (
                not predicative
                and (
                    named_by(governor, inner)
                    or labels(governor)
                    or regarded_as(governor)
                    or _names_a_thing(doc, governor, inner_ids)
                )
            ):  # (監督から「…」と言われた: told by someone, not what something is called)
                return result(False, False, None, "naming")
            if _lettering(self.people, doc, governor, block.number, spans):
                return result(False, False, None, "lettering")  # 「…」と書かれた横断幕
            if governor.lemma_ == "なる" and "。" not in content and len(content) <= 12:
                return result(False, False, None, "term")  # 「ストップ高」となった: a state
            if not predicative and not _own_subject(inner):
                # 「X」と呼ぶ生産ライン: a name for a thing; 「悪党」と呼んだ長官: words about someone.
                # (Not a noun that only joins clauses: 「…」と話す一方、…)
                target = modified_noun(doc, governor)
                if (
                    target is not None
                    and "副詞可能" not in target.tag_
                    and who_is(self.people, doc, target, block.number, spans) is None
                ):
                    return result(False, False, None, "naming")
            speaker = self._speaker_of(doc, governor, block.number, spans, start, inner_ids)
            if (
                not predicative
                and governor.lemma_ == "呼ぶ"
                and any(c.dep_ == "obj" for c in governor.children)
                and (speaker is None or speaker.kind in ("description", "unknown"))
            ):
                # 地元ではこの風を「北の使い」と呼ぶ, 客がその店主を「X先生」と呼び: a name people
                # use for it; one named person calling someone so (長官は彼を「悪党」と呼んだ) is
                # that person's word.
                return result(False, False, None, "naming")
            cleft = cleft_speaker(doc, governor) if speaker is None else None
            if cleft is not None:  # 「…」と話すのは山田社長だ
                speaker = who_is(self.people, doc, cleft, block.number, spans)
            if speaker is None and any(
                p in text[sentence_start:start] for p in JA_QUESTIONING_PHRASES
            ):  # 調べに対し「…」と容疑を認めている: the suspect's words
                speaker = self.people.last_before((block.number, start), JA_SUSPECT_TITLE)
            if speaker is None:  # (「…」と笑う with the subject dropped: the one written about)
                # (first whoever spoke earlier in this sentence: 同社は「…」とした上で、…は
                # 「確認中」としている)
                same = [
                    e[2]
                    for e in self.events
                    if e[0] == block.number and sentence_start <= e[1] < start and e[3]
                ]
                speaker = same[-1] if same else None
                speaker = speaker or self._look_back(block.number, sentence_start, dropped=True)
            # (「有料化自体は時代の流れ」とした: words with a topic of their own are a statement,
            # even without a predicate.)
            stated = predicative or _own_subject(inner)
            fragment = (
                objected or not stated or _subject_outside(doc, governor, inner_ids, start, spans)
            )
            return result(True, fragment, speaker, "quotative")
        bare = verbless_attribution(doc, end) if quotative else None
        if bare is not None:  # 「…」と山田社長。
            # (A word the dictionary reads as a verb is one, whatever the tagger called it:
            # 「…」としのぶ, in kana, is 偲ぶ, not the name しのぶ.)
            verb = bare.tag_.startswith(("動詞", "形容詞"))
            who = None if verb else who_is(self.people, doc, bare, block.number, spans)
            if who is None:  # 「…」とにっこり。「…」と笑顔。: how, not who; the topic speaks
                who = self._sentence_topic(doc, block.number, spans, sentence_start, start)
            return result(True, not predicative, who, "bare")

        if predicative and governor is not None and governor.text in JA_VIEW_NOUNS:
            # 「白紙に戻す」考えを示した: the clause is the words of whoever showed the view.
            view = governor.head if governor.head.i != governor.i else None
            if view is not None and is_predicate(view):
                speaker = self._speaker_of(doc, view, block.number, spans, start, inner_ids)
                return result(True, True, speaker, "view")
        credit = _credit_after(doc, text, start, end) if predicative else None
        if credit is not None:  # 「地域の足を守りたい」（バス会社の村井健二社長）; never a name
            speaker = who_is(self.people, doc, credit, block.number, spans)
            if speaker is not None:
                return result(True, False, speaker, "credited")
        ahead = _credit_before(doc, text, start, end)
        if ahead is not None:  # 岡部陸（北陸電工）＝2位＝「…」
            head, named, at = ahead
            speaker = who_is(self.people, doc, head, block.number, spans)
            if (
                speaker is None
                and _body_or_office(named)
                and text[at + len(named) :].startswith("の話")
            ):
                # ▽北浜ガス広報部の話「…」: a body's comment is the body's, as its credit names
                # it, never someone named before it.
                speaker = self.people.add(named, "org", (block.number, at))
            if speaker is not None:
                return result(True, False, speaker, "credited")
        elif bracketed := _BRACKETED_CREDIT.search(text, sentence_start, max(start - 1, 0)):
            # ▽運営する社会福祉法人「浜風会」の話「…」: the body its brackets name
            where = (block.number, bracketed.start("body"))
            return result(True, False, self.people.add(bracketed["body"], "org", where), "credited")
        if stands_alone(text, start, end):
            speaker = self._cataphora(doc, block, spans, end) or self._look_back(
                block.number, sentence_start
            )
            return result(True, False, speaker, "alone")

        # 霧乃峰はほっとした表情で「危なかった。負けたと思った」。: a whole utterance that closes
        # its sentence with no verb after it is the words of the sentence's topic (else of the
        # one who spoke or was spoken of last).
        closes = after.lstrip().startswith(SENTENCE_END) or not after.strip()
        if closes and text[sentence_start : start - 1].rstrip("、 ").endswith(_NAME_TOPICS):
            return result(False, False, None, "named")  # 同展のキャッチコピーは「…」。: a name
        if predicative and closes:
            topic = self._sentence_topic(doc, block.number, spans, sentence_start, start)
            speaker = topic or self._look_back(block.number, sentence_start)
            return result(True, False, speaker, "closing")
        if not predicative:
            return result(False, False, None, "term")
        # A predicate quoted inside reported speech: …は「明確」で…と述べた.
        speech = reporting_predicate(anchor, inner_ids)
        if speech is None:
            return result(False, False, None, "unreported")
        speaker = self._speaker_of(
            doc, speech, block.number, spans, start, inner_ids, embedded=True
        )
        if speaker is None:
            speaker = self._look_back(block.number, sentence_start)
        return result(True, True, speaker, "embedded")

    # --- speakers ---

    def _speaker_of(
        self,
        doc: Doc,
        predicate: Token,
        paragraph: int,
        spans: list[tuple[int, int]],
        start: int,
        inner_ids: set[int] = frozenset(),  # type: ignore[assignment]
        embedded: bool = False,
    ) -> Person | None:
        """The subject of `predicate` (climbing to the predicates it feeds), or the person a
        relative clause built on it describes.

        A subject the parser hung inside the quote (報道官は「…している」と述べ: 報道官 -> している)
        is taken too. For a quote embedded in reported speech, 「Xは「…」で」 makes X the subject
        of the quoted words, not their speaker.
        """
        sentence_open = sentence_opening(doc.text, start)
        if (writer := _writer(doc, predicate, sentence_open, start)) is not None:
            # 女性が同省に送ったメールには「…」と書かれていた: the sender wrote it, not the
            # ministry it was sent to.
            return who_is(self.people, doc, writer, paragraph, spans) or UNKNOWN
        if (teller := _second_hand(doc, predicate, sentence_open, start, spans)) is not None:
            # 検察側は、被告が知人に「…」と話していたと指摘した: the words are the defendant's,
            # reported by the prosecution.
            who = who_is(self.people, doc, teller, paragraph, spans)
            if who is None and can_speak(doc, teller):  # (同僚が: a description, not the topic)
                who = described(self.people, doc, teller, paragraph, spans)
            if who is not None:
                return who
        if agent := _passive_agent(doc, predicate, spans, inner_ids):
            # 記者から「…」と問われ, 北村被告から「…」と相談された: the words are the asker's,
            # not the subject's.
            self.said_to_subject.add((paragraph, start))
            return who_is(self.people, doc, agent, paragraph, spans) or UNKNOWN
        if (
            predicate.idx > start
            and is_passive(predicate)
            and predicate.lemma_ in JA_ADDRESSING_VERBS
        ):
            # 女性は背後から「…」と脅された with no one named: the subject heard the words;
            # whoever said them is not said. (Not a passive before the words, 市長は…問われ
            # 「…」と答えた, that the parser hung them on: the answer is the subject's.)
            self.said_to_subject.add((paragraph, start))
            return UNKNOWN
        misattached = [
            t
            for t in doc
            if (t.dep_ in ("nsubj", "dislocated") or is_topic(t) or is_also(t) or _marked_ga(t))
            and t.head.i in inner_ids
            and sentence_open <= t.idx < start
            and not inside(t.idx, spans)
            and not _relative_subject(doc, t)
        ]
        whole_words = _own_subject([doc[k] for k in inner_ids])
        # (Not when the verb of saying is in a clause on a noun: X議員は、Y市長が「…」と答弁した
        # ことを挙げ: Y answered so.)
        told = not whole_words and predicate.dep_ != "acl"

        def told_about(t: Token) -> bool:
            """幹部の一人は、町長が「疲れていた」と明かした: a が subject of words with no subject
            of their own is whom they are about, when a topic before it that can be someone
            tells them."""
            where = (paragraph, sentence_open)
            return told and _marked_ga(t) and _told_by_topic(self.people, doc, t, where, spans)

        # (hung inside the words by the parser)
        misattached = [t for t in misattached if not told_about(t)]
        node = predicate
        conditional = any(
            c.dep_ == "mark" and c.text in JA_CLAUSE_LINK_MARKS and c.i > predicate.i
            for c in predicate.children
        )
        unresolved: Token | None = None  # a subject the sentence names but no person reads in
        paused = False  # climbed from a clause that ends on a comma (示し、…約束した金沢市)
        for step in range(6):
            subjects = [
                c
                for c in node.children
                if c.dep_ in ("nsubj", "csubj", "dislocated")
                and (not inside(c.idx, spans) or bracketed_name(doc, c) is not None)
                and not (embedded and topic_of_quote(doc, c))
                and not _relative_subject(doc, c)
            ]
            if step == 0:
                subjects += misattached
                # 一緒にいた夫（47）も「…」と話した: a noun marked by も alone, filed as an
                # oblique of the verb of saying, is one more who says it (not Xにも: to whom).
                subjects += [
                    c
                    for c in node.children
                    if c.dep_ == "obl"
                    and c.i < predicate.i
                    and [k.text for k in c.children if k.dep_ == "case"] == ["も"]
                    and is_also(c)
                    and not inside(c.idx, spans)
                    and c not in subjects
                ]
                if not _quoted_on(node):
                    # 弁護側は被告が「…に過ぎない」として: hung on the verb, right before the
                    # words (unless the clause is itself reported: …が「…」と話したと)
                    subjects = [
                        c
                        for c in subjects
                        if not (
                            c.i + 2 < len(doc) and doc[c.i + 2].idx == start - 1 and told_about(c)
                        )
                    ]
            elif conditional:
                # 「…」と声を掛けると、男性は…: a subject after a conditional clause is the main
                # clause's, not the one who spoke first (whom the sentence before names).
                subjects = [c for c in subjects if c.i < predicate.i]
            # Xが専門のY教授は「…」と: the parser may hang both on the verb; the topic speaks.
            # But a subject of its own after the topic is the nearer clause's: 党関係者は、
            # 村上総裁が周辺に「…」と話していたと明かした (村上 said the words).
            topic_at = min((c.i for c in subjects if is_topic(c)), default=len(doc))
            # (So is one the parser hung inside words that have a subject of their own: 青木氏は、
            # 村田氏が国会で「安全性は確認された」と答弁したことに触れ: the quote cannot have two
            # subjects, so 村田氏 is the one answering.)
            whole = _own_subject([doc[k] for k in inner_ids])
            # (Not one the parser hung inside the quote: 裁判長は、学校側が「…を怠った」と指摘:
            # the school is the subject of the quoted words, the writer's clause running on.)
            # (Nor one before another quote of the sentence: 木村被告は「…」と否認していたが、
            # 藤原裁判長は「…」として退けた: the first quote is 木村's, the second 藤原's.)
            subjects.sort(
                key=lambda c: (
                    any(c.idx < a and b <= start for a, b in spans),
                    0
                    if c.i > topic_at
                    and _marked_ga(c)
                    and (c.head.i == node.i or (whole and c.head.i in inner_ids))
                    else 1 + (not is_topic(c)),
                )
            )
            for subject in subjects:
                if subject.text in JA_DOCUMENT_NOUNS:
                    # 同会は…意見書を市に提出しており、意見書は「…」と批判: who submitted it
                    # (else, as for any subject naming no one, who was spoken of before)
                    issuer = self._issuer_of(doc, subject, paragraph, spans)
                    if issuer is not None:
                        return issuer
                    continue
                if subject.lemma_ in JA_UTTERANCE_NOUNS or _emergency_call(subject):
                    # 参拝者から「…」と連絡があった, 「…」と住民から通報があった: the words are the
                    # subject; whom they came from is the speaker, and no one when the sentence
                    # does not say.
                    source = _came_from(node, spans, inner_ids | {node.i})
                    if source is not None:  # (会場から: a place, no one to credit)
                        return who_is(self.people, doc, source, paragraph, spans) or UNKNOWN
                    if _names_the_words(doc, subject):
                        return UNKNOWN  # (not the subject of a later clause: 職員が確認した)
                    if subject.lemma_ in JA_MESSAGE_NOUNS:
                        # 母親のコメントを代読した。コメントは「…」とした: whose comment it was,
                        # as the copy said before (or who put it out: …は声明を発表した)
                        author = self._owner_of(doc, subject, paragraph, spans)
                        author = author or self._issuer_of(doc, subject, paragraph, spans)
                        if author is not None:
                            return author
                who = who_is(self.people, doc, subject, paragraph, spans)
                if who is not None and who.kind == "description" and who.name in JA_MESSAGE_NOUNS:
                    return UNKNOWN  # (コメントは with no one's comment before it: not 「コメント」)
                if who is not None:
                    return who
                # (a topic too, when its words say it is someone: ある市職員は, not ゴール後は)
                if (
                    subject.dep_ == "nsubj" or (is_topic(subject) and person_kind(subject.text))
                ) and not subject.ent_type_.startswith(_TIME_LABELS):
                    unresolved = unresolved or subject
            # (「…」と語った田中さん: the person the clause describes. Not after a clause that
            # pauses on a comma: 「…」との条件を示し、展示を約束した金沢市に託す hangs 示し on
            # the relative clause, but the comma joins it to the sentence's main verb.)
            target = None if paused else modified_noun(doc, node)
            if target is not None and target.lemma_ in _WORDS_SAID:
                if target.dep_ == "nsubj" and not is_topic(target):
                    # 社員の間では「…」と話す声もあった: voices that were heard, whose no one
                    # says (unless from someone: 住民から「…」と訴える声が寄せられた)
                    source = _came_from(target.head, spans, inner_ids | {node.i, target.i})
                    if source is None:
                        return UNKNOWN
                    return who_is(self.people, doc, source, paragraph, spans) or UNKNOWN
                target = None  # 「…」とするコメントを出した: the words, not who said them
            if target is not None and target.lemma_ in JA_APPEARANCE_NOUNS:
                # 「…」と話す男性の姿もあった: whose the look is
                target = next(
                    (c for c in target.children if c.dep_ == "nmod" and c.i < target.i), None
                )
            if target is not None:
                # (「…」と話す男性もいた: the one described, never someone named before)
                who = who_is(self.people, doc, target, paragraph, spans)
                if who is not None:
                    return who
            if node.dep_ in ("advcl", "conj", "ccomp", "xcomp", "acl") and node.head.i != node.i:
                if node.head.idx < start and node.dep_ != "acl":
                    break  # a predicate before the quote is another clause's
                paused = node.dep_ == "advcl" and _pauses(doc, node)
                node = node.head
                continue
            break
        # The sentence's topic before the quote (森本監督は試合後、「…」と振り返った), which the
        # parser may hang on another word of the sentence, or leave as the root of a sentence
        # of its own when it cut the quote at a 。 inside it.
        topics = [
            t
            for t in doc
            if sentence_open <= t.idx < start
            and t.dep_ in ("nsubj", "dislocated", "obl", "nmod", "dep", "ROOT")
            and is_topic(t)
            and (not inside(t.idx, spans) or bracketed_name(doc, t) is not None)
            and not (embedded and topic_of_quote(doc, t))
        ]
        # 佐野翔太（25）＝東和建設＝は: the は after an affiliation between ＝ marks is the name's.
        topics += [
            t.head
            for t in doc
            if sentence_open <= t.idx < start
            and is_topic(t)
            and t.dep_ == "compound"
            and t.head.i < t.i
            and any(doc[k].text in ("＝", "=") for k in range(t.head.i, t.i))
        ]
        topics.sort(key=lambda t: t.i)
        others = [span for span in spans if span[0] != start]
        nearer_subject = False
        for topic in reversed(topics):
            if nearer_subject and any(
                c.head.i == topic.head.i and inside(c.idx, others) for c in doc
            ):
                # 会社側は「…」と反論したが、判決は…「…」と退けた: with a nearer subject between,
                # the topic of another quote's verb is that quote's speaker, not this one's.
                continue
            nearer_subject = nearer_subject or topic.dep_ == "nsubj"
            if topic.text in JA_DOCUMENT_NOUNS:
                issuer = self._issuer_of(doc, topic, paragraph, spans)
                if issuer is not None:
                    return issuer
                continue
            who = who_is(self.people, doc, topic, paragraph, spans)
            if topic.text in JA_CHARGE_NOUNS or _compound_text(doc, topic) in JA_CHARGE_NOUNS:
                # 逮捕容疑は…「…」とうそを言い: what the charge says the suspect said
                at = (paragraph, start)
                return self.people.last_before(at, JA_SUSPECT_TITLE) or UNKNOWN
            placed = any(c.dep_ == "case" and c.text in ("で", "に") for c in topic.children)
            if who is not None and placed and who.kind != "org":
                continue  # 試合後のコートでは: where it was said; 県警では「…」 is the police
            if who is not None:
                return who
        # Xが会見に臨み、通訳を介して「…」と語った: the subject of clauses chained before the
        # quote (臨み、 and 介して, not a reason or a condition: …ので, …と) shares the main
        # verb, when it names someone.
        # (or one it describes, the chain's first: 協会の担当者が点検し、客に危険が及ぶ恐れがある
        # として「…」と判断した is the official's, not the guests')
        described_ones: list[tuple[int, Person]] = []
        for chained in _chained_subjects(doc, {predicate.i, *inner_ids}, start, spans):
            who = who_is(self.people, doc, chained, paragraph, spans)
            if who is not None and who.kind in ("person", "org"):
                return who
            if who is not None and who.kind == "description" and can_speak(doc, chained):
                described_ones.append((chained.i, who))
        if unresolved is None and described_ones:
            return min(described_ones, key=lambda found: found[0])[1]
        if (
            unresolved is not None
            # (or a common noun the tagger called a pronoun: ある市職員は)
            and (unresolved.pos_ in ("NOUN", "PROPN") or unresolved.tag_.startswith("名詞-普通"))
            and can_speak(doc, unresolved)
        ):
            # The sentence says who (選考委員の一人は, 師匠の親方は) in words naming no one we know:
            # that description, never someone from an earlier sentence.
            return described(self.people, doc, unresolved, paragraph, spans)
        return None

    def _issuer_of(
        self, doc: Doc, document: Token, paragraph: int, spans: list[tuple[int, int]]
    ) -> Person | None:
        """Who put out the document `document` names, when the paragraph, or the one right before
        it, says so before it: the subject of the verb an earlier mention of it is the object of
        (同会は…意見書を市に提出)."""
        return self._from_earlier_mention(doc, document, paragraph, spans, self._issued_in)

    def _owner_of(
        self, doc: Doc, words: Token, paragraph: int, spans: list[tuple[int, int]]
    ) -> Person | None:
        """Whose the message `words` names is, from an earlier mention of it with its owner
        (森田さんのコメント) in the paragraph or the one right before it."""
        return self._from_earlier_mention(doc, words, paragraph, spans, self._owned_in)

    def _from_earlier_mention(
        self,
        doc: Doc,
        noun: Token,
        paragraph: int,
        spans: list[tuple[int, int]],
        read: Callable[[Doc, Any, str, int, list[tuple[int, int]]], Person | None],
    ) -> Person | None:
        """What `read` finds at an earlier mention of `noun`: before it in its paragraph, else
        in the paragraph right before."""
        found = read(doc, doc[: noun.i], noun.text, paragraph, spans)
        previous = self._previous_passage(paragraph)
        if found is None and previous is not None:
            index = [b.number for b in self.passages].index(previous)
            before, block = self.docs[index], self.passages[index]
            found = read(before, before, noun.text, previous, quote_spans(block.text))
        return found

    def _owned_in(
        self, doc: Doc, tokens: Any, noun: str, paragraph: int, spans: list[tuple[int, int]]
    ) -> Person | None:
        """The one named as the owner (…の) of the last mention of `noun` among `tokens`."""
        for t in reversed(tokens):
            if t.text != noun:
                continue
            for c in t.children:
                if c.dep_ == "nmod" and c.i < t.i and doc[c.i + 1].text == "の":
                    who = who_is(self.people, doc, c, paragraph, spans)
                    if who is not None and who.kind in ("person", "org"):
                        return who
            return None
        return None

    def _issued_in(
        self, doc: Doc, tokens: Any, noun: str, paragraph: int, spans: list[tuple[int, int]]
    ) -> Person | None:
        """The subject of the verb that takes document `noun` as its object among `tokens` of
        `doc` (the last such mention), when it names someone."""
        for t in reversed(tokens):
            if t.text != noun or t.dep_ != "obj":
                continue
            node = t.head
            for _ in range(3):
                for c in node.children:
                    if c.i < t.i and (c.dep_ in ("nsubj", "dislocated") or is_topic(c)):
                        who = who_is(self.people, doc, c, paragraph, spans)
                        if who is not None and who.kind in ("person", "org"):
                            return who
                if node.head.i == node.i:
                    break
                node = node.head
        return None

    def _source(
        self, doc: Doc, anchor: Token, paragraph: int, spans: list[tuple[int, int]]
    ) -> Person | None:
        """Xによると「…」という: X."""
        sent = anchor.sent
        for t in sent:
            if t.text == "よる" or t.text == "よれ":
                prev = doc[t.i - 2] if t.i >= 2 and doc[t.i - 1].text == "に" else None
                if prev is not None:
                    return who_is(self.people, doc, prev, paragraph, spans)
        return None

    def _cataphora(
        self, doc: Doc, block: Block, spans: list[tuple[int, int]], end: int
    ) -> Person | None:
        """「…」。田中氏はこう語った: the subject of the next sentence's こう-predicate."""
        for t in doc:
            # (an adverb, not the そう of うれしそうだ)
            if t.idx <= end or t.text not in JA_CATAPHORA or t.pos_ != "ADV":
                continue
            if inside(t.idx, spans):
                break
            # (nor past words quoted since: 「…」。房江さんは「…」と…: those are the next ones)
            if any(c in block.text[end + 1 : t.idx] for c in "「“"):
                break
            who = self._speaker_of(doc, t.head, block.number, spans, t.idx)
            cleft = cleft_speaker(doc, t.head) if who is None else None
            if cleft is not None:  # 「…」。そう話すのは、岡本由美さんだ。
                who = who_is(self.people, doc, cleft, block.number, spans)
            return who
        return self._next_topic(doc, block, spans, end)

    def _next_topic(
        self, doc: Doc, block: Block, spans: list[tuple[int, int]], end: int
    ) -> Person | None:
        """「…」。山田社長は力を込めた。: the sentence right after a quote standing alone, with no
        quote of its own, whose topic is a person and which says little else (short, or only a
        few words after the topic, however long the words describing the person before it:
        …を問われた倉持は、声を詰まらせた): that person spoke."""
        rest = block.text[end + 1 :].lstrip("。 ")
        stop = rest.find("。")
        sentence = rest[: stop if stop != -1 else len(rest)]
        if not sentence or any(c in sentence for c in "「“"):
            return None
        lo = block.text.index(sentence, end)
        for t in doc:
            if not (lo <= t.idx < lo + len(sentence) and is_topic(t)):
                continue
            # (however long, a sentence whose predicate states the topic's view or words:
            # 「…」。X社長は17日、会見し、…を続ける考えを示した; a body's too, 同社は…意見を表明した,
            # where the parser may file the topic as an oblique)
            # (or reports what they said: 「…」。X監督は…部屋を借りて暮らしたと明かした)
            stance = t.head.dep_ == "ROOT" and any(
                (c.dep_ == "obj" and c.text in _WORDS_SAID) or _reported(c) for c in t.head.children
            )
            oblique = t.dep_ in ("obl", "dislocated") and not any(
                c.dep_ == "nsubj" for c in t.head.children
            )
            if t.dep_ != "nsubj" and not (stance and oblique):
                continue
            said = _AFTER_TOPIC.sub("", sentence[t.idx + len(t.text) - lo :])
            long = len(sentence) > NEXT_TOPIC_CHARS and (
                len(said) > NEXT_PREDICATE_CHARS or t.head.dep_ != "ROOT"
            )
            if long and not stance:
                return None
            who = who_is(self.people, doc, t, block.number, spans)
            if who is None or (long and who.kind not in ("person", "org")):
                return None  # (首相は…決意を示した: a title the next paragraph names, not a name)
            return who if stance or who.kind != "org" else None
        return None

    def _sentence_topic(
        self, doc: Doc, paragraph: int, spans: list[tuple[int, int]], opening: int, start: int
    ) -> Person | None:
        """The person or body a sentence's topic (Xは) before `start` names, the nearest one."""
        topics = [t for t in doc if opening <= t.idx < start and plain_topic(t)]
        for t in reversed(topics):
            if not inside(t.idx, spans):
                who = who_is(self.people, doc, t, paragraph, spans)
                if who is not None:
                    return who
        return None

    def _look_back(self, paragraph: int, before: int, dropped: bool = False) -> Person | None:
        """Who spoke or was the subject last: earlier in this paragraph, else the paragraph
        before it (only when nothing but a paragraph separates them). With `dropped` (a verb of
        saying whose subject the sentence leaves out), further up past paragraphs that name no
        one: copy that runs on about the one it profiles."""
        events = sorted(self.events, key=lambda e: (e[0], e[1]))
        for p, pos, person, _ in reversed(events):
            if p == paragraph and pos < before:
                return person
        prev_number = self._previous_passage(paragraph)
        earlier = [e for e in events if e[0] == prev_number]
        if not earlier and prev_number is not None and self._introduces(prev_number):
            # …と問われると、こう答えた。 / 「…」: the paragraph that announces the quote names
            # no one (its subject is the one spoken of before it), so the speaker is further up.
            before_that = self._previous_passage(prev_number)
            earlier = [e for e in events if e[0] == before_that]
        # A paragraph that names no one (its subject dropped, as a feature runs on about the
        # one it profiles) passes on who spoke or was the subject in the one before it.
        for _ in range(2 if dropped else 0):
            if earlier or prev_number is None or self._names_someone(prev_number):
                break
            prev_number = self._previous_passage(prev_number)
            earlier = [e for e in events if e[0] == prev_number]
        # Across a paragraph break the last one who spoke carries on, else the last topic (not a
        # crowd counted, 約800人が列をつくった: many people are no one voice).
        spoke = [e for e in earlier if e[3]]
        topics = [e for e in earlier if not _CROWD.search(e[2].name)]
        last = (spoke or topics)[-1:]
        return last[0][2] if last else None

    def _names_someone(self, paragraph: int) -> bool:
        """Whether the paragraph names a person: a name or a title, by the tagger's entities
        (Person, Position_Vocation), the dictionary's name tags, or a title word (選手, 監督, 氏)."""
        numbers = [b.number for b in self.passages]
        doc = self.docs[numbers.index(paragraph)]
        return any(
            t.ent_type_ in ("Person", "Position_Vocation", "Title_Other")
            or "人名" in t.tag_
            or is_title_token(t)
            for t in doc
        )

    def _introduces(self, paragraph: int) -> bool:
        """True when the paragraph's last sentence announces the words that follow (こう答えた。):
        a cataphoric adverb in it, read on the parse (not そう of ありそうだ)."""
        numbers = [b.number for b in self.passages]
        doc = self.docs[numbers.index(paragraph)]
        if has_quote_mark(doc.text) or not doc.has_annotation("DEP"):
            return False
        last = list(doc.sents)[-1]
        return any(t.text in JA_CATAPHORA and t.pos_ == "ADV" for t in last)

    def _previous_passage(self, paragraph: int) -> int | None:
        numbers = [b.number for b in self.passages]
        i = numbers.index(paragraph)
        if i == 0:
            return None
        prev = numbers[i - 1]
        # A heading between them starts a new part: nothing carries over it.
        if any(self.article.block(n).kind == "heading" for n in range(prev + 1, paragraph)):
            return None
        return prev
