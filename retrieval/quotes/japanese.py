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
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from retrieval.lexicon import (
    JA_CATAPHORA,
    JA_PERSON_NOUNS,
    JA_QUOTATIVE_HEADS,
    JA_TITLES,
)
from retrieval.models import Article, Block, Quote
from retrieval.parser import JapaneseParser
from retrieval.quotes.people import (
    KATAKANA_NAME,
    ORG_LABELS,
    PLACE_LABELS,
    People,
    Person,
    is_org_word,
    name_forms,
    name_run,
    owner_before,
    register_mentions,
    title_after,
)
from retrieval.quotes.spans import has_quote_mark, is_verbatim, quote_spans
from retrieval.quotes.syntax import (
    cleft_speaker,
    find_anchor,
    inside,
    is_naming,
    is_predicate,
    is_topic,
    modified_noun,
    named_by,
    next_predicate,
    reporting_predicate,
    says_something,
    sentence_opening,
    stands_alone,
    topic_of_quote,
    verbless_attribution,
)

Token = Any  # a spaCy Token
Doc = Any  # a spaCy Doc

_DIGITS = re.compile(r"[\d０-９.,，．%％]+")
# Entity labels of times and dates: a subject so labelled (式典後, 今月) is no speaker.
_TIME_LABELS = ("Date", "Time", "Period", "Era", "Timex", "Day_Of_Week")
# The longest sentence after a quote standing alone that is read as only saying who spoke it.
NEXT_TOPIC_CHARS = 30


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


def attribute_japanese(article: Article, parser: JapaneseParser) -> list[Quote]:
    """Every quote of a Japanese `article`, verbatim, with its speaker and role when the parse
    says who; spans that name a thing rather than report words are left out."""
    passages = list(article.passages)
    if not any(has_quote_mark(b.text) for b in passages):
        return []
    # Parse what attribution reads (paragraphs with quotes and the paragraph before each);
    # tokenize the rest for the names it mentions. Parsing costs ~100x tokenizing.
    wanted: set[int] = set()
    for i, b in enumerate(passages):
        if has_quote_mark(b.text):
            wanted.update({i, i - 1} if i else {i})
    parsed = dict(
        zip(sorted(wanted), parser.parse([passages[i].text for i in sorted(wanted)]), strict=True)
    )
    rest = [i for i in range(len(passages)) if i not in wanted]
    docs: list[Doc] = [None] * len(passages)
    for i, doc in parsed.items():
        docs[i] = doc
    for i, doc in zip(rest, parser.tokenize([passages[i].text for i in rest]), strict=True):
        docs[i] = doc
    people = People()
    for block, doc in zip(passages, docs, strict=True):
        register_mentions(people, block.number, doc, parsed=doc.has_annotation("DEP"))
    reader = _Reader(article, passages, docs, people)
    found = reader.read()
    return [
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

    def read(self) -> list[_Found]:
        found: list[_Found] = []
        for index, (block, doc) in enumerate(zip(self.passages, self.docs, strict=True)):
            spans = quote_spans(block.text)
            parsed = doc.has_annotation("DEP")
            if parsed:
                self._note_subjects(block, doc, spans)
            if not spans:
                continue
            for start, end in spans:
                if not parsed:
                    continue
                f = self._one(index, block, doc, spans, start, end)
                found.append(f)
                if f.is_quote and f.speaker is not None:
                    self.events.append((block.number, start, f.speaker, True))
        return found

    # The topic of a sentence (Xは, or the subject of its main predicate) that is a person or
    # body is who a later subjectless quote belongs to; a relative clause's subject is not.
    def _note_subjects(self, block: Block, doc: Doc, spans: list[tuple[int, int]]) -> None:
        for t in doc:
            if t.dep_ != "nsubj" or inside(t.idx, spans):
                continue
            topic = any(c.text == "は" and c.dep_ == "case" for c in t.children)
            if not (topic or t.head.dep_ == "ROOT"):
                continue
            person = self._who(doc, t, block.number, spans) or self._body(doc, t, block.number)
            if person is not None:
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
        anchor = find_anchor(doc, inner, inner_ids, end)
        predicative = says_something(anchor, inner, content)
        governor = (
            anchor.head if anchor.head.i not in inner_ids and anchor.head.i != anchor.i else None
        )
        sentence_start = sentence_opening(text, start)

        # 「…」という番組: a name; 「…」という (with nobody named): hearsay.
        if after.startswith(("という", "といった", "などという", "なんて")):
            if not predicative:
                return result(False, False, None, "term")
            return result(True, False, self._source(doc, anchor, block.number, spans), "hearsay")
        # 「…」との見方を示した: the view is the speaker's; 「…」との声が上がった: nobody's.
        if after.startswith(("との", "などとの")):
            noun = governor
            if noun is None or noun.dep_ in ("nsubj", "csubj") or not is_predicate(noun.head):
                return result(True, not predicative, None, "opinion")
            speaker = self._speaker_of(doc, noun.head, block.number, spans, start, inner_ids)
            return result(True, not predicative, speaker, "opinion")
        if after.startswith("として") and not predicative:
            return result(False, False, None, "term")  # 「X」として: "as X"

        quotative = after.startswith(JA_QUOTATIVE_HEADS)
        if quotative and (governor is None or not is_predicate(governor)):
            governor = next_predicate(doc, end) or governor
        if quotative and governor is not None and is_predicate(governor):
            if is_naming(governor) or (not predicative and named_by(governor)):
                return result(False, False, None, "naming")
            if not predicative:
                # 「X」と呼ぶ生産ライン: a name for a thing; 「悪党」と呼んだ長官: words about someone.
                target = modified_noun(doc, governor)
                if target is not None and self._who(doc, target, block.number, spans) is None:
                    return result(False, False, None, "naming")
            speaker = self._speaker_of(doc, governor, block.number, spans, start, inner_ids)
            cleft = cleft_speaker(doc, governor) if speaker is None else None
            if cleft is not None:  # 「…」と話すのは山田社長だ
                speaker = self._who(doc, cleft, block.number, spans)
            if speaker is None:
                speaker = self._look_back(block.number, sentence_start)
            return result(True, not predicative, speaker, "quotative")
        bare = verbless_attribution(doc, end) if quotative else None
        if bare is not None:  # 「…」と山田社長。
            return result(True, not predicative, self._who(doc, bare, block.number, spans), "bare")

        if stands_alone(text, start, end):
            speaker = self._cataphora(doc, block, spans, end) or self._look_back(
                block.number, sentence_start
            )
            return result(True, False, speaker, "alone")

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
        misattached = [
            t
            for t in doc
            if (t.dep_ in ("nsubj", "dislocated") or is_topic(t))
            and t.head.i in inner_ids
            and sentence_open <= t.idx < start
            and not inside(t.idx, spans)
        ]
        node = predicate
        unresolved: Token | None = None  # a subject the sentence names but no person reads in
        for step in range(6):
            subjects = [
                c
                for c in node.children
                if c.dep_ in ("nsubj", "csubj", "dislocated")
                and not inside(c.idx, spans)
                and not (embedded and topic_of_quote(doc, c))
            ]
            if step == 0:
                subjects += misattached
            for subject in subjects:
                who = self._who(doc, subject, paragraph, spans)
                if who is not None:
                    return who
                if subject.dep_ == "nsubj" and not subject.ent_type_.startswith(_TIME_LABELS):
                    unresolved = unresolved or subject
            target = modified_noun(doc, node)
            if target is not None:
                who = self._who(doc, target, paragraph, spans)
                if who is not None and who.kind != "description":
                    return who
            if node.dep_ in ("advcl", "conj", "ccomp", "xcomp", "acl") and node.head.i != node.i:
                if node.head.idx < start and node.dep_ != "acl":
                    break  # a predicate before the quote is another clause's
                node = node.head
                continue
            break
        # The sentence's topic before the quote (森本監督は試合後、「…」と振り返った), which the
        # parser may hang on another word of the sentence.
        topics = [
            t
            for t in doc
            if sentence_open <= t.idx < start
            and t.dep_ in ("nsubj", "dislocated", "obl", "nmod")
            and is_topic(t)
            and not inside(t.idx, spans)
            and not (embedded and topic_of_quote(doc, t))
        ]
        for topic in reversed(topics):
            who = self._who(doc, topic, paragraph, spans)
            if who is not None:
                return who
        if unresolved is not None and unresolved.pos_ in ("NOUN", "PROPN"):
            # The sentence says who (選考委員の一人は, 師匠の親方は) in words naming no one we know:
            # that description, never someone from an earlier sentence.
            return self._described(doc, unresolved, paragraph, spans)
        return None

    def _described(
        self, doc: Doc, head: Token, paragraph: int, spans: list[tuple[int, int]]
    ) -> Person | None:
        """The noun phrase headed by `head` as a description of whoever it is."""
        lo = head.i
        while (
            lo > 0
            and not (doc[lo - 1].text in "、。「」“”（）()" or inside(doc[lo - 1].idx, spans))
            and (
                doc[lo - 1].pos_ not in ("VERB", "AUX", "SCONJ", "ADP") or doc[lo - 1].text == "の"
            )
        ):
            lo -= 1
        phrase = doc.text[doc[lo].idx : head.idx + len(head.text)]
        if len(phrase) < 2:
            return None
        return self.people.add(phrase, "description", (paragraph, doc[lo].idx))

    def _who(
        self, doc: Doc, head: Token, paragraph: int, spans: list[tuple[int, int]]
    ) -> Person | None:
        """The person or body the noun phrase headed by `head` names."""
        lo = head.i
        while lo > 0:
            prev = doc[lo - 1]
            if (
                prev.text in "、。「」“”"
                or inside(prev.idx, spans)
                or prev.pos_ in ("VERB", "AUX", "SCONJ")
            ):
                break
            if prev.pos_ == "ADP" and prev.text != "の":
                break
            if prev.text in "=＝":
                break
            lo -= 1
        if lo >= 2 and doc[lo - 1].text in "=＝":
            # 森川玲奈(29)=東洋レディース=は: the affiliation between = marks stands beside a
            # person, who is the one the sentence is about.
            person = self._appositive(doc, lo - 1, paragraph, spans)
            if person is not None:
                return person
        tokens = [doc[k] for k in range(lo, head.i + 1)]
        phrase = doc.text[tokens[0].idx : head.idx + len(head.text)]
        at = (paragraph, tokens[0].idx)
        # The name inside the phrase, if any: ソニーグループの[十時裕樹]副社長. Only after the last
        # の (山下被告の弁護人 is the lawyer, not 山下), and only a name that titles alone follow
        # up to the head (青葉化学の岡田社長: 青葉 is part of the company's name).
        seg = max([k + 1 for k in range(lo, head.i) if doc[k].text == "の"], default=lo)
        for k in range(seg, head.i + 1):
            run = name_run(doc, k)
            if (
                run is not None
                and run[1] <= head.i + 1
                and (title_after(doc, run[1])[1] > head.i or run[1] == head.i)
            ):
                name = doc.text[doc[run[0]].idx : doc[run[1] - 1].idx + len(doc[run[1] - 1].text)]
                title, _ = title_after(doc, run[1])
                owner = self.people.expand(owner_before(doc, run[0]), at)
                role = (owner + title) if title and title not in ("氏", "さん") else None
                return self.people.add(
                    name, "person", at, role, title or None, name_forms(doc, *run)
                )
        # 同氏, 同社, 同省, 同監督: the last one of that kind.
        if (
            phrase.startswith("同")
            and "の" not in phrase
            and (len(phrase) == 2 or phrase[1:] in JA_TITLES)
        ):
            return self.people.last_before(at, phrase[1:])
        expanded = self.people.expand(phrase, at)  # 同党北海道連 -> 自民党北海道連
        if expanded != phrase:
            return self.people.add(expanded, "description" if "の" in expanded else "org", at)
        if head.ent_type_ in ORG_LABELS or (
            head.pos_ in ("PROPN", "NOUN") and is_org_word(phrase) and "の" not in phrase
        ):
            name = phrase
            ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
            if ent is not None and ent.label_ in ORG_LABELS:
                name = ent.text
            return self.people.add(name, "org", at, label=ent.label_ if ent is not None else None)
        if head.text in JA_TITLES and lo == head.i:
            # 監督は「…」: the last person with that title; 首相は「…」 with none named: the office.
            found = self.people.last_before(at, head.text)
            return found or self.people.add(phrase, "description", at)
        if (
            head.text in JA_PERSON_NOUNS
            or head.text in JA_TITLES
            or head.ent_type_ == "Position_Vocation"
        ):
            return self.people.add(phrase, "description", at)
        return self._body(doc, head, paragraph)

    def _appositive(
        self, doc: Doc, mark: int, paragraph: int, spans: list[tuple[int, int]]
    ) -> Person | None:
        """The person named right before the = mark at token `mark` (an age in brackets
        between them is skipped): 森川玲奈(29)=東洋レディース=."""
        k = mark - 1
        if k >= 2 and doc[k].text in ")）":
            while k > 0 and doc[k].text not in "(（":
                k -= 1
            k -= 1
        for lo in range(max(0, k - 3), k + 1):
            run = name_run(doc, lo)
            if run is not None and run[1] == k + 1:
                name = doc.text[doc[run[0]].idx : doc[k].idx + len(doc[k].text)]
                return self.people.add(
                    name, "person", (paragraph, doc[run[0]].idx), forms=name_forms(doc, *run)
                )
        return None

    def _body(self, doc: Doc, head: Token, paragraph: int) -> Person | None:
        """A sentence topic that names no person but is a proper name (ムーンライズ・ピクチャーズは
        …と発表した): a body, so that a later 同社 can point at it. Places are not bodies."""
        lo = head.i
        while lo > 0 and (doc[lo - 1].dep_ == "compound" or doc[lo - 1].text == "・"):
            lo -= 1
        tokens = [doc[k] for k in range(lo, head.i + 1)]
        if not tokens or any(
            t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") and t.text not in "・" for t in tokens
        ):
            return None
        # Every word a proper noun, katakana or Latin (東雲フィルム, ムーンライズ・ピクチャーズ);
        # kanji common nouns (犯行, 自動化生産ライン, ゴール後) are no body's name.
        if not all(
            t.pos_ == "PROPN" or KATAKANA_NAME.fullmatch(t.text) or t.text.isascii()
            for t in tokens
            if t.text != "・"
        ) or not (
            KATAKANA_NAME.fullmatch(head.text) or head.text.isascii() or head.pos_ == "PROPN"
        ):
            return None
        if head.ent_type_ in PLACE_LABELS or "地名" in head.tag_:
            return None
        name = doc.text[tokens[0].idx : head.idx + len(head.text)]
        return self.people.add(name, "org", (paragraph, tokens[0].idx))

    def _source(
        self, doc: Doc, anchor: Token, paragraph: int, spans: list[tuple[int, int]]
    ) -> Person | None:
        """Xによると「…」という: X."""
        sent = anchor.sent
        for t in sent:
            if t.text == "よる" or t.text == "よれ":
                prev = doc[t.i - 2] if t.i >= 2 and doc[t.i - 1].text == "に" else None
                if prev is not None:
                    return self._who(doc, prev, paragraph, spans)
        return None

    def _cataphora(
        self, doc: Doc, block: Block, spans: list[tuple[int, int]], end: int
    ) -> Person | None:
        """「…」。田中氏はこう語った: the subject of the next sentence's こう-predicate."""
        for t in doc:
            if t.idx <= end or t.text not in JA_CATAPHORA:
                continue
            if inside(t.idx, spans):
                break
            if t.sent.start_char > end + 2 and any(
                c in block.text[end + 1 : t.sent.start_char] for c in "「“"
            ):
                break
            return self._speaker_of(doc, t.head, block.number, spans, t.idx)
        return self._next_topic(doc, block, spans, end)

    def _next_topic(
        self, doc: Doc, block: Block, spans: list[tuple[int, int]], end: int
    ) -> Person | None:
        """「…」。山田社長は力を込めた。: a short sentence right after a quote standing alone,
        with no quote of its own, whose topic is a person: that person spoke."""
        rest = block.text[end + 1 :].lstrip("。 ")
        stop = rest.find("。")
        sentence = rest[: stop if stop != -1 else len(rest)]
        if not sentence or len(sentence) > NEXT_TOPIC_CHARS or any(c in sentence for c in "「“"):
            return None
        lo = block.text.index(sentence, end)
        for t in doc:
            if lo <= t.idx < lo + len(sentence) and t.dep_ == "nsubj" and is_topic(t):
                who = self._who(doc, t, block.number, spans)
                return who if who is not None and who.kind != "org" else None
        return None

    def _look_back(self, paragraph: int, before: int) -> Person | None:
        """Who spoke or was the subject last: earlier in this paragraph, else the paragraph
        before it (only when nothing but a paragraph separates them)."""
        events = sorted(self.events, key=lambda e: (e[0], e[1]))
        for p, pos, person, _ in reversed(events):
            if p == paragraph and pos < before:
                return person
        prev_number = self._previous_passage(paragraph)
        earlier = [e for e in events if e[0] == prev_number]
        # Across a paragraph break the last one who spoke carries on, else the last topic.
        spoke = [e for e in earlier if e[3]]
        last = (spoke or earlier)[-1:] if earlier else []
        return last[0][2] if last else None

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
