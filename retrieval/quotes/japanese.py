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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from retrieval.lexicon import (
    JA_CATAPHORA,
    JA_NAME_NOUNS,
    JA_NAMING_VERBS,
    JA_NATION_PREFIXES,
    JA_ORG_SUFFIXES,
    JA_PERSON_NOUNS,
    JA_QUOTATIVE_HEADS,
    JA_TITLES,
)
from retrieval.models import Article, Block, Quote
from retrieval.parser import JapaneseParser
from retrieval.quotes.spans import has_quote_mark, is_verbatim, quote_spans

Token = Any  # a spaCy Token
Doc = Any  # a spaCy Doc

# GiNZA's entity labels for bodies that speak: ministries, companies, courts, teams, parties.
ORG_LABELS = frozenset(
    """Company Company_Group Corporation_Other Government International_Organization Military
    Organization_Other Political_Organization_Other Political_Party Public_Institution
    Pro_Sports_Organization Research_Institute School Show_Organization Sports_Organization_Other
    Cabinet""".split()
)
# Entity labels of things with names that are not words spoken: 「はやぶさ2」, 「PSプラス」.
NAME_LABELS = frozenset(
    """Product_Other Book Movie Show Broadcast_Program Music Game Magazine Newspaper Spaceship
    Aircraft Car Train Ship Law Plan Event_Other Art_Other Award Conference Character Rule_Other
    Treaty Name_Other Printing_Other Doctrine_Method_Other Theory N_Product""".split()
)
_PLACE_LABELS = frozenset(
    {"Country", "City", "Province", "GPE_Other", "Continental_Region", "Domestic_Region", "County"}
)
_COMPANY_LABELS = frozenset({"Company", "Company_Group", "Corporation_Other"})
_PREDICATES = frozenset({"VERB", "ADJ", "AUX"})
_KATAKANA_NAME = re.compile(r"[ァ-ヴー]+(?:[・=＝][ァ-ヴー]+)*")
_KANJI = re.compile(r"[一-龥々]+")
_DIGITS = re.compile(r"[\d０-９.,，．%％]+")
_SENTENCE_END = ("。", "！", "？", "!", "?")


@dataclass(eq=False)
class Person:
    """Someone (or some body) the article names: every later mention maps to this one."""

    name: str
    kind: str  # "person", "org" or "description"
    role: str | None = None
    title: str | None = None
    forms: set[str] = field(default_factory=set)
    label: str | None = None  # the parser's entity label, for a body


class People:
    """Everyone the article names, in text order, so short forms and 同氏 find one person."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.timeline: list[tuple[tuple[int, int], Person]] = []

    def find(self, name: str, kind: str) -> Person | None:
        """The person (or body) already named `name`, by full name, surname or last part."""
        for p in self.people:
            if p.kind != kind:
                continue
            if name == p.name or name in p.forms:
                return p
            if (
                kind == "org"
                and p.name.endswith(name)
                and p.name[: -len(name)] in JA_NATION_PREFIXES
            ):
                return p  # 国務省 after 米国務省
            if (  # a surname for the full name: 工藤 -> 工藤公康
                kind == "person"
                and len(name) >= 2
                and _KANJI.fullmatch(name)
                and p.name.startswith(name)
                and _KANJI.fullmatch(p.name)
            ):
                return p
        return None

    def add(
        self,
        name: str,
        kind: str,
        at: tuple[int, int],
        role: str | None = None,
        title: str | None = None,
        forms: Iterable[str] = (),
        label: str | None = None,
    ) -> Person:
        """Record a mention at (paragraph, offset); a fuller name upgrades the earlier one."""
        person = self.find(name, kind)
        if person is None:
            for p in self.people:  # 工藤 first, 工藤公康 later: one person, the longer name
                if (
                    p.kind == kind == "person"
                    and len(p.name) >= 2
                    and (
                        (name.startswith(p.name) and _KANJI.fullmatch(name))
                        or name.endswith("・" + p.name)
                    )
                ):
                    p.forms.add(p.name)
                    p.name = name
                    person = p
                    break
        if person is None:
            person = Person(name, kind)
            self.people.append(person)
        person.forms.update(f for f in forms if f)
        if role and (person.role is None or (len(role) > len(person.role) and title != "氏")):
            person.role = role
        if title and person.title is None:
            person.title = title
        if label and person.label is None:
            person.label = label
        self.timeline.append((at, person))
        return person

    def expand(self, phrase: str, at: tuple[int, int]) -> str:
        """同省 / 同党北海道連 with the body named last put in: 米国務省, 自民党北海道連."""
        if len(phrase) >= 2 and phrase[0] == "同" and phrase[1] in JA_ORG_SUFFIXES:
            body = self.last_before(at, phrase[1])
            if body is not None:
                return body.name + phrase[2:]
        return phrase

    def last_before(self, at: tuple[int, int], suffix: str | None) -> Person | None:
        """The last person before `at` (for 同氏/同X), or body whose name ends in `suffix`."""
        org = suffix is not None and (suffix in JA_ORG_SUFFIXES or suffix[-1:] in JA_ORG_SUFFIXES)
        for pos, p in reversed(self.timeline):
            if pos >= at:
                continue
            if org:
                company = suffix == "社" and (p.label is None or p.label in _COMPANY_LABELS)
                if p.kind == "org" and (company or p.name.endswith(suffix or "")):
                    return p
                continue
            if p.kind != "person":
                continue
            if (
                suffix in (None, "氏", "さん")
                or (p.title or "").endswith(suffix or "")
                or (p.role or "").endswith(suffix or "")
            ):
                return p
        return None


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
        _register_mentions(people, block.number, doc, parsed=doc.has_annotation("DEP"))
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


# --- names and titles ---------------------------------------------------------------------------


def _is_name_token(t: Token) -> bool:
    if t.text in JA_TITLES or t.ent_type_ in ("Position_Vocation", "Title_Other"):
        return False  # トランプ大統領 is one Person entity; its title is no part of the name
    if "人名" in t.tag_:
        return True
    # The entity tagger also marks common nouns near a name (選対委員長): only proper nouns and
    # katakana words it marks as Person are names.
    return t.ent_type_ == "Person" and (
        "固有名詞" in t.tag_ or bool(_KATAKANA_NAME.fullmatch(t.text))
    )


def _is_title_token(t: Token) -> bool:
    if t.text in JA_TITLES:
        return True
    return t.ent_type_ in ("Position_Vocation", "Title_Other") and not _is_name_token(t)


def _reading(t: Token) -> str:
    reading = t.morph.get("Reading")
    return reading[0] if reading else ""


def _name_run(doc: Doc, i: int) -> tuple[int, int] | None:
    """The token range [i, j) of a person's name starting at token i, if one starts there."""
    t = doc[i]
    katakana = bool(_KATAKANA_NAME.fullmatch(t.text))
    if not _is_name_token(t) and not katakana:
        return None  # (a katakana word the dictionary does not know may still be a name)
    j = i + 1
    while j < len(doc):
        u = doc[j]
        if (
            _is_name_token(u)
            or (
                u.text in "・=＝" and j + 1 < len(doc) and _KATAKANA_NAME.fullmatch(doc[j + 1].text)
            )
            or (doc[j - 1].text in "・=＝" and _KATAKANA_NAME.fullmatch(u.text))
        ):
            j += 1
        else:
            break
    if not _is_name_token(t) and not any(_is_name_token(doc[k]) for k in range(i, j)):
        # Katakana that is no dictionary name counts only when a person's title follows.
        if not (j < len(doc) and _is_title_token(doc[j]) and doc[j].text not in JA_PERSON_NOUNS):
            return None
        if (
            "地名" in t.tag_
            or t.ent_type_ in ORG_LABELS
            or t.ent_type_
            in (
                "Country",
                "City",
                "Province",
                "GPE_Other",
            )
        ):
            return None
    # A surname the dictionary splits into common words before a given name: 十時 + 裕樹.
    if "名" in t.tag_.split("-")[-1:] and i >= 1:
        k = i
        while (
            k >= 1
            and i - k < 2
            and _KANJI.fullmatch(doc[k - 1].text)
            and doc[k - 1].pos_
            in (
                "NOUN",
                "NUM",
                "PROPN",
            )
        ):
            k -= 1
        if k < i and (k == 0 or not _KANJI.fullmatch(doc[k - 1].text)):
            return (k, j)
    return (i, j)


def _title_after(doc: Doc, j: int) -> tuple[str, int]:
    """The title right after a name ending at token j (米大統領, 副社長, 氏), and where it ends."""
    k = j
    parts: list[str] = []
    while k < len(doc):
        t = doc[k]
        if (
            (t.text in JA_NATION_PREFIXES and k + 1 < len(doc) and _is_title_token(doc[k + 1]))
            or _is_title_token(t)
            or (
                parts == []
                and k + 1 < len(doc)
                and _is_title_token(doc[k + 1])
                and t.pos_ == "NOUN"
                and len(t.text) <= 3  # a word opening a compound title: 選対 + 委員長, 国務 + 長官
                and not _is_name_token(t)
            )
        ):
            parts.append(t.text)
        else:
            break
        k += 1
    return "".join(parts), k


def _owner_before(doc: Doc, i: int) -> str:
    """The organisation in 「Xの」 right before token i (ソニーグループの, 米国務省の), or ""."""
    if i < 2 or doc[i - 1].text != "の":
        return ""
    k = i - 1
    start = k
    while start >= 1:
        t = doc[start - 1]
        if t.pos_ in ("ADP", "SCONJ", "AUX", "VERB") or t.text in "、。「」『』 ":
            break
        start -= 1
    if start >= k:
        return ""
    return doc.text[doc[start].idx : doc[k].idx]


def _forms(doc: Doc, lo: int, hi: int) -> set[str]:
    """Surname, given name and readings of the name at tokens [lo, hi)."""
    forms: set[str] = set()
    tokens = [doc[k] for k in range(lo, hi) if doc[k].text not in "・=＝"]
    for t in tokens:
        forms.add(t.text)
        if _KANJI.search(t.text):
            r = _reading(t)
            if r:
                forms.add(r)
    if len(tokens) >= 2 and all(_KANJI.search(t.text) for t in tokens):
        forms.add("".join(_reading(t) for t in tokens))
    return forms


def _register_mentions(people: People, paragraph: int, doc: Doc, parsed: bool) -> None:
    """Every person and organisation `doc` names, into `people` in text order."""
    i = 0
    while i < len(doc):
        run = _name_run(doc, i)
        if run is None:
            t = doc[i]
            if parsed and t.ent_type_ in ORG_LABELS and t.ent_iob_ == "B":
                ent = next((e for e in doc.ents if e.start == i), None)
                if ent is not None and not ent.text.startswith("同"):  # 同省 points back
                    lo = ent.start - 1 if i and doc[i - 1].text in JA_NATION_PREFIXES else ent.start
                    name = doc.text[doc[lo].idx : ent.end_char]
                    people.add(name, "org", (paragraph, doc[lo].idx), label=ent.label_)
                    i = ent.end
                    continue
            i += 1
            continue
        lo, hi = run
        name = doc.text[doc[lo].idx : doc[hi - 1].idx + len(doc[hi - 1].text)]
        title, end = _title_after(doc, hi)
        if not title and hi < len(doc) and doc[hi].pos_ in ("NOUN", "PROPN"):
            i = hi  # 青葉化学: a name-like word inside a longer name is no person
            continue
        owner = people.expand(_owner_before(doc, lo), (paragraph, doc[lo].idx))
        role = (owner + title) if title and title not in ("氏", "さん") else None
        people.add(
            name, "person", (paragraph, doc[lo].idx), role, title or None, _forms(doc, lo, hi)
        )
        i = max(end, hi)


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
            if t.dep_ != "nsubj" or _inside(t.idx, spans):
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
        anchor = _anchor(doc, inner, inner_ids, end)
        predicative = _predicative(anchor, inner, content)
        governor = (
            anchor.head if anchor.head.i not in inner_ids and anchor.head.i != anchor.i else None
        )
        sentence_start = _sentence_start(text, start)

        # 「…」という番組: a name; 「…」という (with nobody named): hearsay.
        if after.startswith(("という", "といった", "などという", "なんて")):
            if not predicative:
                return result(False, False, None, "term")
            return result(True, False, self._source(doc, anchor, block.number, spans), "hearsay")
        # 「…」との見方を示した: the view is the speaker's; 「…」との声が上がった: nobody's.
        if after.startswith(("との", "などとの")):
            noun = governor
            if noun is None or noun.dep_ in ("nsubj", "csubj") or not _is_predicate(noun.head):
                return result(True, not predicative, None, "opinion")
            speaker = self._speaker_of(doc, noun.head, block.number, spans, start, inner_ids)
            return result(True, not predicative, speaker, "opinion")
        if after.startswith("として") and not predicative:
            return result(False, False, None, "term")  # 「X」として: "as X"

        quotative = after.startswith(JA_QUOTATIVE_HEADS)
        if quotative and governor is not None and _is_predicate(governor):
            if _names(governor) or (not predicative and _named_by(governor)):
                return result(False, False, None, "naming")
            if not predicative:
                # 「X」と呼ぶ生産ライン: a name for a thing; 「悪党」と呼んだ長官: words about someone.
                target = _modified_noun(doc, governor)
                if target is not None and self._who(doc, target, block.number, spans) is None:
                    return result(False, False, None, "naming")
            speaker = self._speaker_of(doc, governor, block.number, spans, start, inner_ids)
            if speaker is None:
                speaker = self._look_back(block.number, sentence_start)
            return result(True, not predicative, speaker, "quotative")

        if _stands_alone(text, start, end):
            speaker = self._cataphora(doc, block, spans, end) or self._look_back(
                block.number, sentence_start
            )
            return result(True, False, speaker, "alone")

        if not predicative:
            return result(False, False, None, "term")
        # A predicate quoted inside reported speech: …は「明確」で…と述べた.
        speech = _reporting_predicate(anchor, inner_ids)
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
        sentence_open = _sentence_start(doc.text, start)
        misattached = [
            t
            for t in doc
            if (t.dep_ in ("nsubj", "dislocated") or _is_topic(t))
            and t.head.i in inner_ids
            and sentence_open <= t.idx < start
            and not _inside(t.idx, spans)
        ]
        node = predicate
        for step in range(6):
            subjects = [
                c
                for c in node.children
                if c.dep_ in ("nsubj", "csubj", "dislocated")
                and not _inside(c.idx, spans)
                and not (embedded and _topic_of_quote(doc, c))
            ]
            if step == 0:
                subjects += misattached
            for subject in subjects:
                who = self._who(doc, subject, paragraph, spans)
                if who is not None:
                    return who
            target = _modified_noun(doc, node)
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
            and _is_topic(t)
            and not _inside(t.idx, spans)
            and not (embedded and _topic_of_quote(doc, t))
        ]
        for topic in reversed(topics):
            who = self._who(doc, topic, paragraph, spans)
            if who is not None:
                return who
        return None

    def _who(
        self, doc: Doc, head: Token, paragraph: int, spans: list[tuple[int, int]]
    ) -> Person | None:
        """The person or body the noun phrase headed by `head` names."""
        lo = head.i
        while lo > 0:
            prev = doc[lo - 1]
            if (
                prev.text in "、。「」“”"
                or _inside(prev.idx, spans)
                or prev.pos_ in ("VERB", "AUX", "SCONJ")
            ):
                break
            if prev.pos_ == "ADP" and prev.text != "の":
                break
            if prev.i < head.left_edge.i:
                break
            lo -= 1
        tokens = [doc[k] for k in range(lo, head.i + 1)]
        phrase = doc.text[tokens[0].idx : head.idx + len(head.text)]
        at = (paragraph, tokens[0].idx)
        # The name inside the phrase, if any: ソニーグループの[十時裕樹]副社長. Only after the last
        # の (山下被告の弁護人 is the lawyer, not 山下), and only a name that titles alone follow
        # up to the head (青葉化学の岡田社長: 青葉 is part of the company's name).
        seg = max([k + 1 for k in range(lo, head.i) if doc[k].text == "の"], default=lo)
        for k in range(seg, head.i + 1):
            run = _name_run(doc, k)
            if (
                run is not None
                and run[1] <= head.i + 1
                and (_title_after(doc, run[1])[1] > head.i or run[1] == head.i)
            ):
                name = doc.text[doc[run[0]].idx : doc[run[1] - 1].idx + len(doc[run[1] - 1].text)]
                title, _ = _title_after(doc, run[1])
                owner = self.people.expand(_owner_before(doc, run[0]), at)
                role = (owner + title) if title and title not in ("氏", "さん") else None
                return self.people.add(name, "person", at, role, title or None, _forms(doc, *run))
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
            head.pos_ in ("PROPN", "NOUN") and _is_org_word(phrase) and "の" not in phrase
        ):
            name = phrase
            ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
            if ent is not None and ent.label_ in ORG_LABELS:
                name = ent.text
            return self.people.add(name, "org", at, label=ent.label_ if ent is not None else None)
        if head.text in JA_TITLES and lo == head.i:
            # 監督は「…」: the last person with that title.
            return self.people.last_before(at, head.text)
        if (
            head.text in JA_PERSON_NOUNS
            or head.text in JA_TITLES
            or head.ent_type_ == "Position_Vocation"
        ):
            return self.people.add(phrase, "description", at)
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
        if not (head.pos_ == "PROPN" or _KATAKANA_NAME.fullmatch(head.text)):
            return None
        if head.ent_type_ in _PLACE_LABELS or "地名" in head.tag_:
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
            if _inside(t.idx, spans):
                break
            if t.sent.start_char > end + 2 and any(
                c in block.text[end + 1 : t.sent.start_char] for c in "「“"
            ):
                break
            return self._speaker_of(doc, t.head, block.number, spans, t.idx)
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


# --- parse helpers ------------------------------------------------------------------------------


def _topic_of_quote(doc: Doc, subject: Token) -> bool:
    """Xは「…」で / Xが「…」: X is what the quoted words are about, right before them."""
    k = subject.i + 1
    return k + 1 < len(doc) and doc[k].text in ("は", "が") and doc[k + 1].text in ("「", "“")


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s - 1 <= pos <= e for s, e in spans)


def _anchor(doc: Doc, inner: list[Token], inner_ids: set[int], end: int) -> Token:
    """The token inside the quote that the rest of the sentence attaches to."""
    close = next((t for t in doc if t.idx == end), None)
    anchor = close.head if close is not None and close.head.i in inner_ids else inner[-1]
    if anchor.pos_ == "PUNCT":
        anchor = next((t for t in reversed(inner) if t.pos_ != "PUNCT"), inner[-1])
    for _ in range(len(inner)):
        if anchor.head.i in inner_ids and anchor.head.i != anchor.i:
            anchor = anchor.head
        else:
            break
    return anchor


def _predicative(anchor: Token, inner: list[Token], content: str) -> bool:
    """Whether the quoted words say something (a predicate) rather than name something."""
    if content.rstrip().endswith(_SENTENCE_END) or any(t.text in "。！？" for t in inner[:-1]):
        return True
    if anchor.pos_ in _PREDICATES:
        return True
    return any(c.dep_ in ("cop", "aux") and c.i in {t.i for t in inner} for c in anchor.children)


def _is_predicate(t: Token) -> bool:
    return t.pos_ in _PREDICATES or any(c.dep_ in ("aux", "cop") for c in t.children)


def _names(governor: Token) -> bool:
    """「X」と名付けた, 「X」と呼ばれる: a naming verb, or 呼ぶ in the passive."""
    if governor.lemma_ in JA_NAMING_VERBS or governor.text in JA_NAMING_VERBS:
        return True
    passive = any(c.lemma_ in ("れる", "られる") for c in governor.children)
    return governor.lemma_ in ("呼ぶ", "いう", "言う") and passive


def _named_by(governor: Token) -> bool:
    """名称は「X」とした: the predicate's subject or topic is a word for a name."""
    return any(
        c.text in JA_NAME_NOUNS and c.dep_ in ("nsubj", "obl", "dislocated")
        for c in governor.children
    )


def _is_topic(t: Token) -> bool:
    """Xは: a word marked as what its sentence is about."""
    return any(c.text == "は" and c.dep_ == "case" for c in t.children)


def _modified_noun(doc: Doc, predicate: Token) -> Token | None:
    """The noun a predicate modifies as a relative clause (呼んだ + ルビオ国務長官), if any."""
    k = predicate.i + 1
    while k < len(doc) and doc[k].pos_ == "AUX" and doc[k].head.i == predicate.i:
        k += 1
    if k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    head = doc[k]
    # Through the words of one noun phrase (ルビオ + 国務 + 長官, ホワイトハウス + の + 報道官),
    # not on to what the phrase itself modifies (長官による評価).
    while head.head.i > head.i and (
        head.dep_ in ("compound", "flat")
        or (head.dep_ == "nmod" and head.i + 1 < len(doc) and doc[head.i + 1].text == "の")
    ):
        head = head.head
    return head


def _reporting_predicate(anchor: Token, inner_ids: set[int]) -> Token | None:
    """The predicate whose と-clause holds a quoted predicate (…「明確」で…と述べた)."""
    node = anchor
    for _ in range(12):
        head = node.head
        if head.i == node.i:
            return None
        if (
            head.i not in inner_ids
            and any(c.text in ("と", "って") and c.dep_ in ("case", "mark") for c in node.children)
            and node.i not in inner_ids
        ):
            return head if _is_predicate(head) else None
        node = head
    return None


def _is_org_word(phrase: str) -> bool:
    return any(phrase.endswith(s) for s in JA_ORG_SUFFIXES) and len(phrase) >= 2


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (after the last 。 outside quotes before it)."""
    depth = 0
    for k in range(pos - 1, -1, -1):
        ch = text[k]
        if ch in "」”":
            depth += 1
        elif ch in "「“":
            depth = max(0, depth - 1)
        elif ch in "。！？" and depth == 0:
            return k + 1
    return 0


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A quote that is a whole sentence: nothing before it in its sentence, 。 or the end after."""
    before = text[_sentence_start(text, start) : start - 1].strip()
    after = text[end + 1 :].lstrip()
    return before in ("", "、") and (after == "" or after.startswith(_SENTENCE_END))
