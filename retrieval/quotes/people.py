"""The people and bodies an article names, read off the Japanese parse.

Names come from the dictionary's person-name tags and the parser's entities, titles from the
words after a name (lexicon.JA_TITLES, or the parser's Position_Vocation), the organisation
from 「Xの」 before it: ソニーグループの十時裕樹副社長 -> name 十時裕樹, role ソニーグループ副社長. A
later 工藤 is the 工藤公康 named before; 同氏 / 同社 / 同省 point back at the last of their kind.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from retrieval.lexicon import (
    JA_AFTER_NAME_SUFFIXES,
    JA_BODY_ABBREVIATIONS,
    JA_BODY_ENDINGS,
    JA_BRACKETED_BODY_KINDS,
    JA_BROADCASTER_ENDINGS,
    JA_COMPANY_ENDINGS,
    JA_COMPANY_FORMS,
    JA_COMPANY_KIND_ENDINGS,
    JA_COURT_ENDINGS,
    JA_DOCUMENT_ENDINGS,
    JA_EPITHETS,
    JA_FORMING_PHRASES,
    JA_KIN_NOUNS,
    JA_LEGAL_FORMS,
    JA_LINE_MARKS,
    JA_LOCAL_PREFIXES,
    JA_MUNICIPAL_WORDS,
    JA_NAME_LINKS,
    JA_NATION_PREFIXES,
    JA_NON_COMPANY_ENDINGS,
    JA_ORG_SUFFIXES,
    JA_OTHER_RANK_PREFIXES,
    JA_PERSON_NOUNS,
    JA_PLAYER,
    JA_PREFECTURE_ENDINGS,
    JA_PREFECTURE_MARKS,
    JA_SECTION_ENDINGS,
    JA_STAFF_TITLES,
    JA_TITLE_OFFICE_WORDS,
    JA_TITLE_PREFIXES,
    JA_TITLES,
    JA_UNION_ENDINGS,
)

Token = Any  # a spaCy Token
Doc = Any  # a spaCy Doc

# GiNZA's entity labels for bodies that speak: ministries, companies, courts, teams, parties.
ORG_LABELS = frozenset(
    """Company Company_Group Corporation_Other Government International_Organization Military
    Organization_Other Political_Organization_Other Political_Party Public_Institution
    Pro_Sports_Organization Research_Institute School Show_Organization Sports_Organization_Other
    Cabinet""".split()
)
# Entity labels of places: a place is not a speaker, and not a body 同社 can point back at.
PLACE_LABELS = frozenset(
    {"Country", "City", "Province", "GPE_Other", "Continental_Region", "Domestic_Region", "County"}
)
COMPANY_LABELS = frozenset({"Company", "Company_Group", "Corporation_Other"})
_PUBLIC_LABELS = frozenset(
    {"Government", "Political_Party", "Political_Organization_Other", "Cabinet", "Military"}
)
KATAKANA_NAME = re.compile(r"[ァ-ヴー]+(?:[・=＝][ァ-ヴー]+)*")
KANJI = re.compile(r"[一-龥々]+")
# One word of a Japanese given name: kanji, hiragana or katakana (大河, ひなた, エリカ).
NAME_WORD = re.compile(r"[一-龥々ぁ-ゖァ-ヴー]{1,4}")


@dataclass(eq=False)
class Person:
    """Someone (or some body) the article names: every later mention maps to this one."""

    name: str
    kind: str  # "person", "org", "description" or "unknown" (UNKNOWN only)
    role: str | None = None
    title: str | None = None
    forms: set[str] = field(default_factory=set)
    label: str | None = None  # the parser's entity label, for a body


# A subject the sentence gives that points back at no one (同社 with no company before it): the
# speaker is unknown, and not whoever spoke before.
UNKNOWN = Person("", "unknown")


# A block's line break, in copy wrapped by hand: no part of a name or a role.
# A reading in brackets right after a name's kanji: 陽葵（ひまり）, 葵（あおい）.
_NAME_READING = re.compile(r"（([ぁ-ゖァ-ヺー]{1,12})）")
_LINE_BREAK = re.compile(r"\s*\n\s*")


class People:
    """Everyone the article names, in text order, so short forms and 同氏 find one person."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.timeline: list[tuple[tuple[int, int], Person]] = []
        # Where a body is named only as someone's affiliation (関西学術大の大森加奈子教授): not
        # what a later 同大 or 同社 points back at.
        self.affiliations: set[tuple[int, int]] = set()
        # Where a body is the topic or subject of its sentence (北浜食品（函館市）は) or cited as a
        # source (版元の潮見書房によると): what a later 同社 points back at before a body named in
        # passing since (…産の冷凍イカを仕入れ).
        self.acting: set[tuple[int, int]] = set()
        # Where a person is named inside someone's words (「…白石は…」): not whom a later 同氏
        # points back at.
        self.quoted: set[tuple[int, int]] = set()
        # People introduced as someone's relative (長女の北村理沙さん): of two who share a
        # surname, not whom the bare surname means (北村さんは: the one the story is about,
        # as copy calls relatives by their given names).
        self.kin: set[str] = set()
        # The people the article calls X氏 somewhere: whom 同氏 points back at before someone
        # the copy only ever gives a post (キャスター, 社長), who is 同キャスター, 同社長.
        self.honoured: set[int] = set()
        # The places the article names, by their last character (県: {岡山県}), for 県教育委員会.
        self.places: dict[str, set[str]] = {}
        # The paragraph each place is first named in: a bare 県 means the one prefecture named
        # before it, whichever the story names later (国内では岐阜県で…).
        self.place_first: dict[str, int] = {}

    def note_places(self, doc: Doc, paragraph: int) -> None:
        """Record the prefectures, cities and towns `doc` (paragraph `paragraph`) names (the
        tokenizer's place names)."""
        read_to = -1  # the last token a place name read so far took in
        for t in doc:
            if t.i <= read_to:
                continue
            if (named := _municipality_before_office(doc, t.i)) is not None:
                # 茨城県 + 西浜 + 市議会, 千葉県東浜 + 市議会, 南浜 + 市役所: the tokenizer kept
                # the municipality's kind with its office's word
                prefecture, name = named
                if prefecture:
                    self._add_place(prefecture[-1], prefecture, paragraph)
                self._add_place(name[-1], name, paragraph)
                continue
            if (
                "地名" not in t.tag_
                and "固有名詞" in t.tag_
                and t.i + 1 < len(doc)
                and doc[t.i + 1].text in JA_LOCAL_PREFIXES
                and not any(doc[j].text == "本社" for j in range(max(0, t.i - 2), t.i))
            ):
                # 北浜 + 市, 青浜 + 町: a proper noun the tokenizer read as a surname, then a
                # city's or a town's word on its own (not 市長: that is 田辺市長's title)
                kind = doc[t.i + 1].text
                self._add_place(kind, t.text + kind, paragraph)
                read_to = t.i + 1
                continue
            if "地名" not in t.tag_:
                continue
            if any(doc[j].text == "本社" for j in range(max(0, t.i - 2), t.i)):
                continue  # （本社・金沢市）: where a company is based, not a place in the story
            cut = next(
                (k for k in range(2, len(t.text) - 1) if t.text[k] in JA_PREFECTURE_ENDINGS), None
            )
            if cut is not None and (end := _place_end(doc, t.i + 1, stuck=True)):
                # 岐阜県奥 + 瀬町: the tokenizer took the first part of a town it does not hold
                # into the prefecture's word
                self._add_place(t.text[cut], t.text[: cut + 1], paragraph)
                name = t.text[cut + 1 :] + doc.text[doc[t.i + 1].idx : doc[end].idx + len(doc[end])]
                self._add_place(name[-1], name, paragraph)
                read_to = end
            elif len(t.text) > 1 and t.text[-1] in JA_LOCAL_PREFIXES:
                prev = doc[t.i - 1] if t.i else None
                glued = (
                    prev is not None
                    and prev.idx + len(prev.text) == t.idx
                    and prev.pos_ in ("NOUN", "PROPN")
                    and KANJI.fullmatch(prev.text) is not None
                    and prev.text[-1] not in JA_LOCAL_PREFIXES
                )
                # (狭間 + 野市: the tokenizer found a shorter city inside a name it does not hold)
                name = prev.text + t.text if prev is not None and glued else t.text
                self._add_place(t.text[-1], name, paragraph)
                if cut is not None and len(t.text) - cut > 2:
                    # 兵庫県丹波市, one token: the prefecture it names, which a later 県 means
                    self._add_place(t.text[cut], t.text[: cut + 1], paragraph)
                if t.text[-1] in JA_PREFECTURE_ENDINGS and (end := _place_end(doc, t.i + 1)):
                    # 岐阜県 + 美濃浦 + 市: after its prefecture, whatever the tokenizer took
                    # the city's name for
                    name = doc.text[doc[t.i + 1].idx : doc[end].idx + 1]
                    self._add_place(doc[end].text, name, paragraph)
            elif t.i + 1 < len(doc) and doc[t.i + 1].text[:1] in JA_PREFECTURE_MARKS:
                # 岡山 + 県議会: the tokenizer splits a prefecture before its body's word
                kind = doc[t.i + 1].text[0]
                self._add_place(kind, t.text + kind, paragraph)
            elif not (t.i and "地名" in doc[t.i - 1].tag_) and (end := _place_end(doc, t.i)):
                # 三河 + 浦 + 市: a place name the dictionary does not hold, read in pieces
                # and closed by its kind
                name = doc.text[t.idx : doc[end].idx + 1]
                self._add_place(doc[end].text, name, paragraph)

    def _add_place(self, kind: str, name: str, paragraph: int) -> None:
        """Record place `name` of `kind` (市, 県 …), once: 小松市 and 石川県小松市 are one city,
        known by its longer name."""
        if kind == "区" and (city := re.match(r"(?:.{1,4}[都道府県])?(.{2,5}?市).+区$", name)):
            self._add_place("市", city[1], paragraph)  # 広島市西区 names 広島市 too
        known = self.places.setdefault(kind, set())
        if any(k.endswith(name) and prefecture_before(k, name) for k in known):
            return
        shorter = {k for k in known if name.endswith(k) and prefecture_before(name, k)}
        first = min((self.place_first[k] for k in shorter), default=paragraph)
        known -= shorter
        known.add(name)
        self.place_first[name] = min(first, self.place_first.get(name, first))

    def places_before(self, kind: str, paragraph: int) -> set[str]:
        """The places of `kind` (県, 市 …) the article names in or before `paragraph`."""
        return {p for p in self.places.get(kind, set()) if self.place_first[p] <= paragraph}

    def localize(self, name: str) -> str:
        """県教育委員会 -> 岡山県教育委員会 when the article names one prefecture and no other;
        the short form unchanged when it names none or several, or when it is a whole name
        (市立霧ヶ丘病院)."""
        places = self.places.get(name[:1], set())
        if name[1:2] == "立":
            return name  # 市立霧ヶ丘病院: an institution's whole name, whichever city runs it
        if len(name) > 1 and name[0] in JA_LOCAL_PREFIXES and len(places) == 1:
            return next(iter(places)) + name[1:]
        return name

    def find(self, name: str, kind: str, title: str | None = None) -> Person | None:
        """The person (or body) already named `name`, by full name, surname or last part. Of
        two who share a surname, the one named with the same honorific or title: 山口さん is
        山口健太さん, not his son 山口蓮君."""
        found = [p for p in self.people if p.kind == kind and self._names(p, name)]
        if title is not None and len(found) > 1:
            titled = [p for p in found if p.title == title]
            found = titled or found
        if len(found) > 1 and name not in (p.name for p in found):
            found = [p for p in found if p.name not in self.kin] or found
        return found[0] if found else None

    def by_given_name(self, phrase: str) -> Person | None:
        """The one person named before in full whose given name `phrase` is, alone or with an
        honorific or a title after it (誠九段, さくらさん after 北条誠, 北条さくら): copy tells
        two of one family apart so. None when no one, or more than one, has that given name."""
        found = {
            id(p): p
            for p in self.people
            for given in p.forms
            if p.kind == "person"
            and len(p.name) > len(given)
            and p.name.endswith(given)
            and phrase.startswith(given)
            and (phrase == given or phrase[len(given) :] in JA_TITLES)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def _names(p: Person, name: str) -> bool:
        """Whether `name` is p's name, one of its forms, or a shorter form of it."""
        if name == p.name or name in p.forms:
            return True
        if p.kind == "org":
            return p.name.endswith(name) and p.name[: -len(name)] in JA_NATION_PREFIXES
        # (a surname for the full name: 工藤 -> 工藤公康)
        return (
            len(name) >= 2
            and KANJI.fullmatch(name) is not None
            and p.name.startswith(name)
            and KANJI.fullmatch(p.name) is not None
        )

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
        name, role = _LINE_BREAK.sub("", name), role and _LINE_BREAK.sub("", role)
        # (the mark a line of comments or a list opens on is no part of who: ▽女性の長男; nor
        # an interview question's dash: ――最大会派は)
        name = name.lstrip(f"{JA_LINE_MARKS}・　 ―—─") or name
        if kind == "person" and (reading := _NAME_READING.search(name)):
            # 山田陽葵（ひまり）: a name's reading in brackets is a form of it, not part of it
            # (nor of its other forms: 陽葵, not 陽葵（ひまり）)
            forms = (*(_NAME_READING.sub("", f) for f in forms), reading[1])
            name = name[: reading.start()] + name[reading.end() :]
        legal = next((f for f in JA_LEGAL_FORMS if name.startswith(f)), "") if kind == "org" else ""
        if legal and len(name) > len(legal) + 1:
            # 社会福祉法人東浜やすらぎ会: the body goes by its name, the legal form a form of it
            forms = (*forms, name)
            name = name[len(legal) :]
        person = self.find(name, kind, title)
        if person is None:
            for p in self.people:  # 工藤 first, 工藤公康 later: one person, the longer name
                if (
                    p.kind == kind == "person"
                    and len(p.name) >= 2
                    and (
                        (name.startswith(p.name) and KANJI.fullmatch(name))
                        or name.endswith("・" + p.name)
                    )
                ):
                    p.forms.add(p.name)
                    p.name = name
                    person = p
                    break
        if person is None and kind == "org":
            # 市教委 after 葛城原市教育委員会: a body's usual short ending, under its city.
            full = _expanded(name)
            for p in self.people:
                local = p.name == full or full[0] in JA_LOCAL_PREFIXES
                if p.kind == "org" and full != name and p.name.endswith(full) and local:
                    p.forms.add(name)
                    person = p
                    break
        if person is None and kind == "org":
            # 厚生労働省 then 厚労省 (or the other way round): one body, the longer name.
            for p in self.people:
                if p.kind == "org" and (_abbreviates(name, p.name) or _abbreviates(p.name, name)):
                    p.forms.update({p.name, name})
                    p.name = max(p.name, name, key=len)
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
        if title == "氏":
            self.honoured.add(id(person))
        if label and person.label is None:
            person.label = label
        # In text order, whichever pass adds the mention: a second pass over an earlier paragraph
        # must not make its people the last named before a later one (同氏).
        bisect.insort(self.timeline, (at, person), key=_position)
        return person

    def expand(self, phrase: str, at: tuple[int, int]) -> str:
        """同省 / 同党北海道連 with the body named last put in: 米国務省, 自民党北海道連."""
        words = [w for w in (*JA_BODY_ENDINGS, *JA_ORG_SUFFIXES) if phrase[1:].startswith(w)]
        if len(phrase) >= 2 and phrase[0] == "同" and words:
            # The longest body word after 同: 同協議会 is the last 協議会, not the last 協…;
            # 同本部の担当者, 同気象台の担当者.
            suffix = max(words, key=len)
            body = self.last_before(at, suffix)
            if body is not None:
                return body.name + phrase[1 + len(suffix) :]
        return phrase

    def side(self, side: str, at: tuple[int, int]) -> Person | None:
        """Who 会社側, 病院側, 市側 is: the one body of that kind named before `at` (a company, not
        its union; a body whose name ends in 病院; the one city the article names), or None when
        there are none or several."""
        if side in JA_LOCAL_PREFIXES:
            places = self.places.get(side, set())
            if len(places) == 1:
                return self.add(next(iter(places)), "org", at)
        bodies = {
            id(p): p
            for pos, p in self.timeline
            if pos < at
            and p.kind == "org"
            and not p.name.endswith(JA_UNION_ENDINGS)
            and (_body_of_kind(p, "社") if side == "会社" else p.name.endswith(side))
        }
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def described_before(self, at: tuple[int, int], noun: str) -> Person | None:
        """The last one described (not named) before `at` by a phrase ending in `noun`: who
        この関係者 is after 大会関係者によると."""
        for pos, p in reversed(self.timeline):
            if pos < at and p.kind == "description" and p.name.endswith(noun):
                return p
        return None

    def last_court_before(self, at: tuple[int, int]) -> Person | None:
        """The last court named before `at` (whose ruling a 判決 is)."""
        for pos, p in reversed(self.timeline):
            if pos < at and p.kind == "org" and p.name.endswith(JA_COURT_ENDINGS):
                return p
        return None

    def _honoured_before(self, at: tuple[int, int]) -> Person | None:
        """The last person before `at`, in its paragraph or the one before, the article calls
        X氏."""
        for pos, p in reversed(self.timeline):
            if pos < at and pos[0] >= at[0] - 1 and p.kind == "person" and id(p) in self.honoured:
                return p
        return None

    def last_before(self, at: tuple[int, int], suffix: str | None) -> Person | None:
        """The last person before `at` (for 同氏/同X), or body whose name ends in `suffix`."""
        org = suffix is not None and (
            suffix in JA_ORG_SUFFIXES or suffix in JA_BODY_ENDINGS or suffix[-1:] in JA_ORG_SUFFIXES
        )  # (同気象台: a body's word whose last character ends no other body)
        in_passing: list[Person] = []  # bodies of that kind named only as an affiliation
        named: list[tuple[int, Person]] = []  # bodies of that kind named otherwise, last first
        nearest = True  # no person met yet, walking back
        for pos, p in reversed(self.timeline):
            if pos >= at:
                continue
            if org:
                if p.kind == "org" and _body_of_kind(p, suffix or ""):
                    if pos in self.acting and (not named or named[0][0] == pos[0]):
                        # (the sentence's topic, before a body named in passing after it in
                        # the same paragraph; never before one named in a later paragraph)
                        return p
                    if pos in self.affiliations:
                        in_passing.append(p)
                    else:
                        named.append((pos[0], p))
                continue
            if p.kind != "person" or pos in self.quoted:
                continue
            if (
                suffix == "氏"
                and nearest
                and p.title not in (None, "氏", "さん")
                and id(p) not in self.honoured
                and (called := self._honoured_before(pos)) is not None
            ):
                # 司会の岡村アナウンサーが…と尋ねると、同氏は: the guest called ソルベルグ氏
                # before, not the presenter the copy calls by her post
                return called
            if (
                suffix in (None, "氏", "さん")
                or _holds(p.title, suffix or "")
                or _holds(p.role, suffix or "")
                # 同選手: any player (外野手, 騎手, 力士, 棋士), or the person named last, in the
                # same paragraph, when sports copy gives them no title at all (敗れた藤井は…。
                # それでも同選手は)
                or (suffix == JA_PLAYER and (p.title or "").endswith(("手", "士")))
                or (
                    suffix == JA_PLAYER
                    and nearest
                    and pos[0] == at[0]
                    and p.title is None
                    and p.role is None
                )
            ):
                return p
            nearest = False
        if named:
            return named[0][1]
        # 光洋水産の大西隆社長 … 同社は: the one body of that kind named, even as someone's
        # affiliation, when no other was.
        return in_passing[0] if len({id(p) for p in in_passing}) == 1 else None


def prefecture_before(long: str, short: str) -> bool:
    """Whether `long` is `short` after its prefecture's name (石川県 + 小松市)."""
    head = long[: len(long) - len(short)]
    return len(head) >= 2 and head[-1] in JA_PREFECTURE_ENDINGS


def _position(mention: tuple[tuple[int, int], Person]) -> tuple[int, int]:
    return mention[0]


def _body_of_kind(p: Person, suffix: str) -> bool:
    """Whether the body `p` is one 同 + `suffix` can point back at: 同社 a company (or a body the
    tagger filed under another label, a care home company as a School; not a ministry, a party
    or a 団体), 同大 a university however its name ends, 同団体 a body the text named by that
    kind (環境保護団体「…」), any other a body whose name ends in `suffix`."""
    company = (
        suffix == "社"
        and not p.name.endswith(JA_NON_COMPANY_ENDINGS)
        and (p.title is None or p.title in JA_COMPANY_KIND_ENDINGS)
        and (
            p.label in COMPANY_LABELS
            or (p.label == SOURCE_LABEL and not p.name.endswith(JA_BODY_ENDINGS))
            or p.name.endswith(("社", *JA_COMPANY_ENDINGS))
            or (p.label not in _PUBLIC_LABELS and bool(re.search(r"[ァ-ヴA-Za-z]", p.name)))
        )
    )
    ends = p.name.endswith(suffix) or (suffix == "大" and p.name.endswith("大学"))
    # 同局 after a broadcaster: a television or radio station is a 局 whatever its name ends in.
    station = suffix == "局" and p.name.endswith(JA_BROADCASTER_ENDINGS)
    return company or ends or station or (p.title or "").endswith(suffix)


def _expanded(name: str) -> str:
    """`name` with a body's usual short ending written out (市教委 -> 市教育委員会)."""
    for short, full in JA_BODY_ABBREVIATIONS.items():
        if name.endswith(short) and len(name) > len(short):
            return name[: -len(short)] + full
    return name


def _abbreviates(short: str, long: str) -> bool:
    """Whether `short` is the usual shortening of a body's name `long`: its first and last
    characters, the rest in order (厚労省 for 厚生労働省, 国交省 for 国土交通省)."""
    if not (3 <= len(short) < len(long)) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long[1:-1])
    return all(ch in rest for ch in short[1:-1])


# --- names and titles ---------------------------------------------------------------------------


def is_name_token(t: Token) -> bool:
    if t.text in JA_TITLES:
        return False
    if "人名-名" in t.tag_ and t.i and "人名-姓" in t.doc[t.i - 1].tag_:
        return True  # 森田 + 正 + 弁護士: a given name after a surname, whatever entity holds it
    if t.ent_type_ in ("Position_Vocation", "Title_Other"):
        return False  # トランプ大統領 is one Person entity; its title is no part of the name
    if "普通名詞" in t.tag_ and t.text.endswith(_LONG_TITLES):
        return False  # 吉川聡 + ヘッドコーチ: a compound title the tagger put in the Person
    if "人名" in t.tag_:
        return True
    if "地名" in t.tag_ and len(t.text) > 1 and t.text[-1] in JA_LOCAL_PREFIXES:
        return False  # 千葉県 + 房野 + 市: a place with its kind, tagged Person with the next word
    # The entity tagger also marks common nouns near a name (選対委員長): only proper nouns and
    # katakana words it marks as Person are names.
    return t.ent_type_ == "Person" and (
        "固有名詞" in t.tag_ or bool(KATAKANA_NAME.fullmatch(t.text))
    )


def is_title_token(t: Token) -> bool:
    if t.text in JA_TITLES:
        return True
    if _title_office(t.text):
        return False  # 大使館: the ambassador's office, which the tagger may file as a post
    return t.ent_type_ in ("Position_Vocation", "Title_Other") and not is_name_token(t)


def _title_office(word: str) -> bool:
    """Whether `word` is a title and a word for its office (大使館, 大統領府, 市長室)."""
    return any(
        word.endswith(office) and word[: -len(office)] in JA_TITLES
        for office in JA_TITLE_OFFICE_WORDS
    )


def reading(t: Token) -> str:
    reading = t.morph.get("Reading")
    return reading[0] if reading else ""


def name_run(doc: Doc, i: int) -> tuple[int, int] | None:
    """The token range [i, j) of a person's name starting at token i, if one starts there."""
    t = doc[i]
    if t.text in JA_EPITHETS:
        return None  # ストライカー, ベテラン: what copy calls someone, never a name
    if t.text.isascii() and t.text.isupper() and len(t.text) <= 3:
        return None  # FWマテウス・ソウザ: a player's position before the name
    katakana = bool(KATAKANA_NAME.fullmatch(t.text))
    if katakana and "普通名詞" in t.tag_ and i + 1 < len(doc) and "姓" in doc[i + 1].tag_:
        return None  # パート + 山本結衣 (police copy's occupation before the name): a word
    if not is_name_token(t) and not katakana:
        # (a katakana word the dictionary does not know may still be a name)
        common = _common_word_name(doc, i)
        return None if common is None else (i, common)
    j = i + 1
    while j < len(doc):
        u = doc[j]
        if (
            is_name_token(u)
            or (u.text in "・=＝" and j + 1 < len(doc) and _katakana_part(doc[j + 1]))
            or (doc[j - 1].text in "・=＝" and _katakana_part(u))
            or _given_name_word(doc, i, j)
        ):
            j += 1
        else:
            break
    if "姓" in t.tag_ and j <= i + 2:
        j = max(j, _given_name_pieces(doc, i + 1))
    if (
        j + 1 < len(doc)
        and "名" in doc[j - 1].tag_.split("-")[-1:]
        and len(doc[j].text) == 1
        and (
            doc[j].text in "一二三四五六七八九十人"
            or (
                len(doc[j - 1].text) == 1
                and KANJI.fullmatch(doc[j].text) is not None
                and (doc[j].tag_.startswith("接尾辞") or "助数詞" in doc[j].tag_)
                and doc[j].text not in JA_AFTER_NAME_SUFFIXES
            )
        )
        and (
            is_title_token(doc[j + 1])
            or titled_word(doc[j + 1])
            or _title_in_two(doc, j + 1)
            or doc[j + 1].text in ("は", "が", "（", "(", "、")
            or (j + 2 < len(doc) and "普通名詞" in doc[j + 1].tag_ and is_title_token(doc[j + 2]))
        )
    ):
        # 長谷部 + 浩 + 二 + 課長, 和田 + 悠 + 人 + シニアアナリスト: a given name's last
        # character the tagger took for a division or a suffix
        j += 1
    if not is_name_token(t) and not any(is_name_token(doc[k]) for k in range(i, j)):
        # Katakana that is no dictionary name counts only when a person's title follows.
        if not (j < len(doc) and is_title_token(doc[j]) and doc[j].text not in JA_PERSON_NOUNS):
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
            and KANJI.fullmatch(doc[k - 1].text)
            and doc[k - 1].pos_
            in (
                "NOUN",
                "NUM",
                "PROPN",
            )
        ):
            k -= 1
        if k < i and (k == 0 or not KANJI.fullmatch(doc[k - 1].text)):
            return (k, j)
    return (i, j)


def _title_in_two(doc: Doc, j: int) -> bool:
    """Whether tokens j and j + 1 are one title the tokenizer cut in two (九 + 段: a rank)."""
    return j + 1 < len(doc) and doc[j].text + doc[j + 1].text in JA_TITLES


def _common_word_name(doc: Doc, i: int) -> int | None:
    """Where a name ends that the dictionary reads as common words (大橋 + 勝利: a big bridge, a
    victory) but the entity tagger marks as one Person, when a person's title follows it at once
    (保存会の大橋勝利会長): two or three kanji nouns of three to five characters in all, opening
    a phrase (after の, a comma or the start), so no compound's tail (選対 + 委員長)."""
    if doc[i].ent_type_ != "Person" or doc[i].ent_iob_ != "B":
        return None
    if i and doc[i - 1].pos_ not in ("ADP", "PUNCT"):
        return None
    j = i + 1
    while j < len(doc) and doc[j].ent_type_ == "Person" and doc[j].ent_iob_ == "I":
        j += 1
    words = doc[i:j]
    if not 2 <= len(words) <= 3 or not 3 <= len(words.text) <= 5:
        return None
    if not all(
        KANJI.fullmatch(u.text) and u.pos_ in ("NOUN", "PROPN") and not is_title_token(u)
        for u in words
    ):
        return None
    return j if j < len(doc) and is_title_token(doc[j]) else None


def _katakana_part(t: Token) -> bool:
    """A katakana word that can be part of a name after a dot (ケビン・マーシャル), not a title
    (ケビン・マーシャル・コーチ: the coach; ・ヘッドコーチ, a compound ending in one)."""
    return (
        bool(KATAKANA_NAME.fullmatch(t.text))
        and t.text not in JA_TITLES
        and not t.text.endswith(_KATAKANA_TITLES)
    )


def _given_name_pieces(doc: Doc, j: int) -> int:
    """Where a given name the tokenizer cut into short pieces ends, after a surname ending at
    token j (谷口 + 颯 + 真 + 投手, 真野 + ゆり + あ + （29）): up to three characters in one or
    two pieces, then a title, an age in brackets or a topic or subject particle; j when not."""
    k, chars = j, 0
    while k < len(doc) and k - j < 2 and chars + len(doc[k].text) <= 3:
        u = doc[k]
        if u.pos_ in ("ADP", "AUX", "VERB", "SCONJ", "PUNCT", "SYM", "NUM") or not _name_piece(u):
            break
        if u.ent_type_ in ORG_LABELS:
            break
        chars += len(u.text)
        k += 1
    if k == j or k >= len(doc):
        return j
    closing = doc[k]
    if is_title_token(closing) or closing.text in ("（", "(", "は", "が", "も", "＝"):
        return k
    return j


def _given_name_word(doc: Doc, i: int, j: int) -> bool:
    """Token j goes on the Person entity a surname at token i opens, as a given name the
    dictionary files as a common word (桜井 + ひなた, 石黒 + 大河)."""
    u = doc[j]
    return (
        j == i + 1
        and doc[i].ent_type_ == "Person"
        and doc[i].ent_iob_ == "B"
        and ("姓" in doc[i].tag_ or "固有名詞" in doc[i].tag_)
        and u.ent_type_ == "Person"
        and u.ent_iob_ == "I"
        and u.pos_ in ("NOUN", "PROPN")
        and u.text not in JA_PERSON_NOUNS
        and _name_piece(u)
    )


def _name_piece(u: Token) -> bool:
    """Whether token `u` can be (part of) a given name after a surname: a short word of kanji or
    kana, not a suffix (鶴見 + 屋 is a shop) or a title's prefix (長尾 + 新 + 天翔: a title just
    won), a title or a company's or body's word (潮見 + 書房, 北浜 + 食品)."""
    return (
        # (its reading in brackets aside: 蒼空（そら）, which the tokenizer keeps on the word)
        bool(NAME_WORD.fullmatch(_NAME_READING.sub("", u.text)))
        and not u.tag_.startswith("接尾辞")
        and "サ変可能" not in u.tag_  # (高山 + 浩 + 強化 + 部長: a verbal noun is no name)
        and not (u.tag_.startswith("接頭辞") and u.text in JA_TITLE_PREFIXES)
        and not is_title_token(u)
        and not u.text.endswith((*JA_COMPANY_ENDINGS, *JA_BODY_ENDINGS))
    )


# Titles of two characters or more, which a compound title right after a name ends with
# (ヘッドコーチ, シニアアナリスト, 強化部長), and the one-character ones that end a title word
# (厚労相, 担当相, 工場長, 書記官).
_LONG_TITLES = tuple(t for t in JA_TITLES if len(t) >= 2)
_KATAKANA_TITLES = tuple(t for t in _LONG_TITLES if KATAKANA_NAME.fullmatch(t))
_TITLE_ENDINGS = ("相", "長", "官")


def _head_suffix(t: Token) -> bool:
    """長 as a suffix (課 + 長, 部 + 長): the head of the division before it."""
    return t.text == "長" and t.tag_.startswith("接尾辞")


def titled_word(t: Token) -> bool:
    """A common noun that is a title by its ending (厚労相, 工場長, ヘッドコーチ), when it
    stands right after a name."""
    return (
        "普通名詞" in t.tag_
        and len(t.text) >= 2
        and not is_name_token(t)
        and (t.text.endswith(_LONG_TITLES) or t.text.endswith(_TITLE_ENDINGS))
    )


# How copy gives the reading of a name it expects readers to stumble on: in hiragana, in brackets
# right after it, the two parts split by a middle dot (きたがわ・おさむ).
_READING = re.compile(r"[ぁ-ゖー]+・?[ぁ-ゖー]*")


def _past_reading(doc: Doc, j: int) -> int:
    """Token j, or the token after a name's reading in brackets that opens at j."""
    if j >= len(doc) or doc[j].text not in ("（", "("):
        return j
    k = j + 1
    while k < len(doc) and doc[k].text not in ("）", ")") and k - j <= 8:
        k += 1
    if k >= len(doc) or doc[k].text not in ("）", ")"):
        return j
    inner = doc.text[doc[j].idx + 1 : doc[k].idx]
    return k + 1 if _READING.fullmatch(inner) else j


def title_after(doc: Doc, j: int) -> tuple[str, int]:
    """The title right after a name ending at token j (米大統領, 副社長, 氏), and where it ends.
    A reading in brackets between them is passed over: 北川修（きたがわ・おさむ）さん."""
    j = _past_reading(doc, j)
    if j + 1 < len(doc) and doc[j].text == "・" and doc[j + 1].text in JA_TITLES:
        j += 1  # ケビン・マーシャル・コーチ
    elif j + 1 < len(doc) and doc[j].text == "・" and not _katakana_part(doc[j + 1]):
        # 中沢美紀・学校給食課長: a post after the dot (not a katakana name's next part)
        title, end = title_after(doc, j + 1)
        if title:
            return title, end
    if j < len(doc) and not is_title_token(doc[j]) and titled_word(doc[j]):
        return doc[j].text, j + 1  # 桑原美奈子 + 厚労相, 大島雄一 + 工場長
    if _title_in_two(doc, j):
        return doc[j].text + doc[j + 1].text, j + 2  # 北条さくら + 三 + 段
    k = j
    parts: list[str] = []
    # Words opening a compound title: 選対 + 委員長, 国務 + 長官, 経済 + 産業 + 相 (the tagger
    # may call a common word next to a name PROPN: 競泳 + 委員長, 生涯学習 + 課長), a division's
    # number too (捜査 + 1 + 課 + 長).
    opening = 0
    while (
        j + opening < len(doc)
        and opening < 3
        and (
            doc[j + opening].pos_ == "NOUN"
            or "普通名詞" in doc[j + opening].tag_
            or (opening and "数詞" in doc[j + opening].tag_)
        )
        and len(doc[j + opening].text) <= 4
        and not is_name_token(doc[j + opening])
        and not is_title_token(doc[j + opening])
    ):
        opening += 1
    if not (
        opening
        and j + opening < len(doc)
        and (is_title_token(doc[j + opening]) or _head_suffix(doc[j + opening]))
    ):
        opening = 0
    if opening and doc[j].text in JA_COMPANY_ENDINGS:
        return "", j  # 北条 + 産業 + 社長: a company named for a family, and its president
    while k < len(doc):
        t = doc[k]
        if (
            (t.text in JA_NATION_PREFIXES and k + 1 < len(doc) and is_title_token(doc[k + 1]))
            or is_title_token(t)
            or k < j + opening
            or (parts and titled_word(t))  # 首席 + 監察官: a title by its ending goes on one
            or (parts and _head_suffix(t))  # 捜査 + 一 + 課 + 長
            or (  # チーフ + 為替 + ストラテジスト: a field between a rank and the title
                parts
                and "普通名詞" in t.tag_
                and len(t.text) <= 4
                and k + 1 < len(doc)
                and doc[k + 1].text in JA_TITLES
            )
        ):
            parts.append(t.text)
        else:
            break
        k += 1
    if parts and k < len(doc) and doc[k].text in JA_TITLE_OFFICE_WORDS:
        return "", j  # ベルニア + 大統領 + 府: the president's office, no one's title
    return "".join(parts), k


def _split_title(doc: Doc, hi: int) -> tuple[int, str, int] | None:
    """A title the tokenizer cut into the name ending at token hi: 北村 + 誠教 + 育 + 長 is 北村誠
    and 教育長. (how many characters of the name's last token belong to the title, the title,
    where it ends) when the last token and the suffixes after it end in a known title that
    starts inside that token."""
    if hi == 0 or hi >= len(doc):
        return None
    last = doc[hi - 1].text
    following = ""
    for k in range(hi, min(len(doc), hi + 2)):
        if not doc[k].tag_.startswith("接尾辞") or len(doc[k].text) > 2:
            return None
        following += doc[k].text
        joined = last + following
        for cut in range(1, len(last)):
            if joined[-(cut + len(following)) :] in JA_TITLES:
                return cut, joined[-(cut + len(following)) :], k + 1
    return None


def name_and_title(doc: Doc, lo: int, hi: int) -> tuple[str, str, int, set[str]]:
    """The name at tokens [lo, hi), the title after it (or ""), where the title ends, and the
    name's forms; a title the tokenizer cut into the name is split off it (北村誠教 + 育長 ->
    北村誠, 教育長)."""
    name = doc.text[doc[lo].idx : doc[hi - 1].idx + len(doc[hi - 1].text)]
    if _noun_cut_into_name(doc, lo) and len(name) >= 4:
        # 会社 + 員田 + 中一郎 (the tokenizer read 員田 as a surname): 会社員 田中一郎
        forms = {name[1:], *(f[1:] for f in name_forms(doc, lo, hi) if f.startswith(name[:2]))}
        return name[1:], *title_after(doc, hi), forms
    title, end = title_after(doc, hi)
    last = doc[hi - 1].text
    # (陳 + 志明 + 董 + 事長: the title found after the name may begin inside its last token.)
    longer = next(
        (k for k in range(len(last), 0, -1) if title and last[-k:] + title in JA_TITLES), 0
    )
    if longer and len(name) - longer >= 2:
        forms = name_forms(doc, lo, hi - 1) | ({last[:-longer]} if last[:-longer] else set())
        return name[:-longer], last[-longer:] + title, end, forms
    cut = _split_title(doc, hi) if not title else None
    # (A surname alone keeps two characters at least: 佐野町 + 議 is 佐野 and 町議.)
    if cut is not None and (hi - lo >= 2 or len(doc[lo].text) - cut[0] >= 2):
        chars, title, end = cut
        return name[:-chars], title, end, name_forms(doc, lo, hi - 1) | {doc[hi - 1].text[:-chars]}
    return name, title, end, name_forms(doc, lo, hi)


def _noun_cut_into_name(doc: Doc, lo: int) -> bool:
    """Whether the first character of the name at token `lo` ends the noun before it, the
    tokenizer having read the two as a surname (会社 + 員田: 会社員, then 田…)."""
    return lo > 0 and doc[lo - 1].text + doc[lo].text[:1] in JA_PERSON_NOUNS


def is_pointer(word: str, bodies: bool = True) -> bool:
    """同社, 同省, 同監督, 同協議会: "the same …", pointing back at someone named before; never a
    name itself (同志社 is one). Without `bodies`, only 同 and a one-character kind or a title
    (同氏, 同社, 同監督: not 同協議会, whose body may be named before in full)."""
    return (
        word.startswith("同")
        and (
            len(word) == 2
            or word[1:] in JA_TITLES
            # (同副町長, 同前社長: a title with a prefix of rank or time)
            or (
                word[1:2] in (*JA_OTHER_RANK_PREFIXES, *JA_TITLE_PREFIXES) and word[2:] in JA_TITLES
            )
            or (bodies and word[1:] in JA_BODY_ENDINGS)
        )
    )


def join_role(owner: str, title: str) -> str:
    """The role of a title under its owner: 小松原市 + 市長 is 小松原市長, 人事部 + 部長 人事部長,
    the place's or the office's kind said once (ソニーグループ + 副社長 as it is); an owner
    that only points back at no one named (同社) is left out."""
    if is_pointer(owner):
        return title
    if owner[-1:] in (*JA_LOCAL_PREFIXES, *_OFFICE_WORDS) and title.startswith(owner[-1:]):
        return owner + title[1:]
    return owner + title


def bracket_back(depth: int, text: str) -> int | None:
    """Walking back through a phrase, the brackets still open after the token `text`: one more
    for a closing bracket, one fewer for an opening one; None for an opening bracket at depth 0
    (the phrase began inside brackets and ends here)."""
    if text in "）)":
        return depth + 1
    if text in "（(":
        return depth - 1 if depth else None
    return depth


def owner_before(doc: Doc, i: int) -> str:
    """The organisation in 「Xの」 right before token i (ソニーグループの, 米国務省の), or ""."""
    if i < 2 or doc[i - 1].text != "の":
        return ""
    k = i - 1
    start = k
    depth = 0  # brackets closed (walking back): 米外交問題評議会(CFR)の
    while start >= 1:
        t = doc[start - 1]
        stepped = bracket_back(depth, t.text)
        if stepped is None:
            break  # the owner is inside brackets: （バス会社の村井健二社長）
        depth = stepped
        if t.pos_ in ("ADP", "SCONJ", "AUX", "VERB") or t.text in "、。「」『』】【 ":
            break
        if t.text in JA_LINE_MARKS:
            break  # ■北都銀行の: the mark opens a line, no part of the body's name
        if t.tag_.startswith("形容詞"):
            break  # 著作権法に詳しい東明大学の: a description of the body, not its name
        start -= 1
    if start >= k or (start >= 1 and doc[start - 1].text == "が"):
        return ""  # (観光学が専門の: a clause's predicate noun, no body)
    if all(is_title_token(doc[n]) for n in range(start, k)):
        return ""  # (師匠の鳴門川親方: what the person is to someone, no body)
    return doc.text[doc[start].idx : doc[k].idx]


def name_forms(doc: Doc, lo: int, hi: int) -> set[str]:
    """Surname, given name and readings of the name at tokens [lo, hi)."""
    forms: set[str] = set()
    tokens = [doc[k] for k in range(lo, hi) if doc[k].text not in "・=＝"]
    if len(tokens) >= 3 and "人名" not in tokens[-1].tag_ and "人名-名" in tokens[-2].tag_:
        # 小西 + 陽 + 向 (name_run took a split-off last character back): the given name is the
        # two together, and neither piece is a form of the name; the pieces' readings are no
        # reading of it either, so only the surname's is kept.
        return name_forms(doc, lo, tokens[-2].i) | {tokens[-2].text + tokens[-1].text}
    for t in tokens:
        forms.add(t.text)
        if KANJI.search(t.text):
            r = reading(t)
            if r:
                forms.add(r)
    if len(tokens) >= 2 and all(KANJI.search(t.text) for t in tokens):
        forms.add("".join(reading(t) for t in tokens))
    return forms


# A body's words of two characters or more: one ends a proper noun that names a body.
_LONG_BODY_ENDINGS = tuple(e for e in JA_BODY_ENDINGS if len(e) >= 2)


def _proper_body(t: Token) -> bool:
    """A single proper noun ending in a body's word of two characters or more (東都大学,
    霧ヶ丘病院, 北浜市医師会), with two characters or more before each such word, not a place's
    name."""
    endings = [e for e in _LONG_BODY_ENDINGS if t.text.endswith(e)]
    return (
        "固有名詞" in t.tag_
        and "地名" not in t.tag_
        and bool(endings)
        and all(len(t.text) - len(e) >= 2 for e in endings)
    )


def register_mentions(people: People, paragraph: int, doc: Doc, parsed: bool) -> None:
    """Every person and organisation `doc` names, into `people` in text order."""
    inside = _inside_brackets(doc)
    i = 0
    while i < len(doc):
        bracketed = bracketed_body(doc, i)
        if bracketed is not None:
            # 水産加工会社「浜田水産」, 環境保護団体「…」: the name in brackets after a body's
            # kind is that body (its kind the word a later 同団体 uses).
            close, kind = bracketed
            name = doc.text[doc[i].idx + 1 : doc[close].idx]
            label = "Company" if kind in JA_COMPANY_KIND_ENDINGS else "Organization_Other"
            people.add(name, "org", (paragraph, doc[i].idx + 1), title=kind, label=label)
            i = close + 1
            continue
        formed = _formed_company(doc, i)
        if formed is not None:
            # 「ハカタステイ合同会社」: a name in brackets with a company's legal form is that
            # company (a later 同社 points back at it), not anyone's words.
            name = doc.text[doc[i].idx + 1 : doc[formed].idx]
            people.add(name, "org", (paragraph, doc[i].idx + 1), label="Company")
            i = formed + 1
            continue
        run = name_run(doc, i)
        if run is None and given_name_of(people, doc, i):
            run = (i, i + 1)
        if run is None and parsed and _cited_body(doc, i) and not is_pointer(doc[i].text):
            # 東日本高速道路によりますと: a proper name cited as a source is a body a later
            # 同社 can point back at, even when the tagger gave it no label.
            people.add(doc[i].text, "org", (paragraph, doc[i].idx), label=SOURCE_LABEL)
            people.acting.add((paragraph, doc[i].idx))  # (a source is what the copy is about)
            i += 1
            continue
        staged = _name_in_use(doc, i) if i not in inside and run is None else None
        if staged is not None:
            # 北浜山（本名・山田一郎、33）: the name the person goes by (a ring, stage or pen
            # name the tagger does not read as a name), which copy then uses; the real name is a
            # form of it. (One it reads, 星野ミナ（本名・…）さん, is read as any name is.)
            end, real_lo, real_hi = staged
            name = doc.text[doc[i].idx : doc[end - 1].idx + len(doc[end - 1].text)]
            real = doc.text[doc[real_lo].idx : doc[real_hi - 1].idx + len(doc[real_hi - 1].text)]
            people.add(name, "person", (paragraph, doc[i].idx), forms=(real,))
            i = real_hi
            continue
        dotted = _title_dot_name(doc, i)
        if dotted is not None:
            # 関脇・霧乃峰は, 横綱白鷹山（31）: a rank or title, a middle dot or an age after, and
            # the name (sports copy), however the tagger read the name's characters.
            first, end = dotted
            name = doc.text[doc[first].idx : doc[end - 1].idx + len(doc[end - 1].text)]
            people.add(name, "person", (paragraph, doc[first].idx), doc[i].text, doc[i].text)
            i = end
            continue
        cited_end = _cited_body_run(doc, i) if run is None else None
        if cited_end is not None:
            # 第1管区海上保安本部（小樽）によると, 高松地方気象台によると: a body's name cited
            # as a source, parsed or not, so that a later 同本部 or 同気象台 points back at it.
            name = doc.text[doc[i].idx : doc[cited_end - 1].idx + len(doc[cited_end - 1].text)]
            people.add(people.localize(name), "org", (paragraph, doc[i].idx), label=SOURCE_LABEL)
            people.acting.add((paragraph, doc[i].idx))
            i = cited_end
            continue
        # (A name the tagger read as a person's has a head office only when the brackets say
        # 本社: アオバネット（本社・仙台市）.)
        office_end = _head_office_run(doc, i)
        if run is not None and (office_end is None or doc[office_end + 1].text != "本社"):
            office_end = None
        if office_end is not None:
            # 東北高速鉄道（本社・仙台市）: what has a head office is a company, so that a
            # later 同社 points back at it (with the name's words the parser joined to it:
            # 森 + 乃 + 製菓（本社・…）).
            lo = i
            while (
                lo > 0
                and doc[lo - 1].pos_ in ("NOUN", "PROPN")
                and doc[lo - 1].dep_ == "compound"
                and lo <= doc[lo - 1].head.i < office_end
                and not doc[lo - 1].text.endswith("会社")
            ):
                lo -= 1
            i = _add_company(people, doc, paragraph, lo, office_end)
            continue
        if run is not None and parsed and _company_after_kind(doc, *run):
            # 格付け会社のウェストン・パートナーズは: a katakana name a company noun and の
            # introduce, no title after it, is that company's, not a foreigner's
            i = _add_company(people, doc, paragraph, *run)
            continue
        kind_named = _kind_named(doc, i) if run is None and parsed else None
        if kind_named is not None:
            # ゲーム開発会社ステラフォージ: the name a company noun introduces is that company,
            # even where the tagger files it as a place.
            i = _add_company(people, doc, paragraph, i, kind_named)
            continue
        if run is None and doc[i].text.endswith(JA_COURT_ENDINGS):
            # 前橋地裁, 東京高等裁判所, 最高裁: a court (whose 判決 speaks for it), named by its
            # place and kind, parsed or not (a place the tagger files as a surname: 三ツ瀬; or as
            # a common noun the model still reads inside the court's name: 北浦 in 北浦地裁).
            lo = i
            while lo > max(0, i - 2) and (
                "固有名詞" in doc[lo - 1].tag_
                or (doc[lo].ent_iob_ == "I" and doc[lo - 1].ent_type_ == doc[lo].ent_type_)
            ):
                lo -= 1
            name = doc.text[doc[lo].idx : doc[i].idx + len(doc[i].text)]
            people.add(name, "org", (paragraph, doc[lo].idx), label=COURT_LABEL)
            i += 1
            continue
        if run is None and _proper_body(doc[i]) and i not in inside:
            # 東都大学の研究チームが: a proper noun ending in a body's word is that body, however
            # the tagger left it unlabelled, so that a later 同大 points back at it.
            people.add(doc[i].text, "org", (paragraph, doc[i].idx))
            i += 1
            continue
        if run is None:
            t = doc[i]
            # (Not a body the tagger finds inside brackets: the speaker's words, or a
            # product's name, 「大隅浜産うなぎ」.)
            if parsed and t.ent_type_ in ORG_LABELS and t.ent_iob_ == "B" and i not in inside:
                ent = next((e for e in doc.ents if e.start == i), None)
                if (
                    ent is not None
                    and not ent.text.startswith("同")  # 同省 points back
                    and not ent.text.endswith(JA_DOCUMENT_ENDINGS)
                ):
                    lo = entity_start(doc, ent)
                    lo = lo - 1 if lo and doc[lo - 1].text in JA_NATION_PREFIXES else lo
                    # (県警 in an article about one prefecture: that prefecture's police)
                    name = people.localize(doc.text[doc[lo].idx : ent.end_char])
                    people.add(name, "org", (paragraph, doc[lo].idx), label=ent.label_)
                    if _acts(doc, ent.end):
                        people.acting.add((paragraph, doc[lo].idx))
                    of = ent.end < len(doc) and doc[ent.end].text == "の"
                    if of and ent.end + 1 < len(doc) and name_run(doc, ent.end + 1) is not None:
                        people.affiliations.add((paragraph, doc[lo].idx))
                    i = ent.end
                    continue
            i += 1
            continue
        lo, hi = run
        name, title, end, forms = name_and_title(doc, lo, hi)
        if title in JA_STAFF_TITLES:
            i = max(end, hi)  # 青葉署員: the station's staff, no one named 青葉
            continue
        if title and people.find(name + title, "org") is not None:
            # ミナト住建 after リフォーム会社ミナト住建: the company, not ミナト with a title
            people.add(name + title, "org", (paragraph, doc[lo].idx))
            i = max(end, hi)
            continue
        if not title and hi < len(doc) and doc[hi].pos_ in ("NOUN", "PROPN"):
            # 青葉化学: a name-like word inside a longer name is no person; with its seat in
            # brackets after, 鶴見屋（小山市城山町）は, the longer name is a company's.
            office_end = _head_office_run(doc, lo)
            i = hi if office_end is None else _add_company(people, doc, paragraph, lo, office_end)
            continue
        owner = people.expand(owner_before(doc, lo), (paragraph, doc[lo].idx))
        company = owner.endswith(JA_COMPANY_ENDINGS)
        if (
            (company or owner.endswith(_OFFICE_ENDINGS))
            and not is_pointer(owner)  # (同社の: pointing back, no body's name)
            and people.find(owner, "org") is None
        ):
            # 光洋水産の大西隆社長, 県自然環境課の小沢美穂課長: a company or an office named only
            # as someone's affiliation, which a later 同社 or 同課 can still point back at when
            # it is the only one.
            at = (paragraph, max(0, doc[lo].idx - len(owner) - 1))
            people.add(people.localize(owner), "org", at, label="Company" if company else None)
            people.affiliations.add(at)
        role = join_role(owner, title) if title and title not in ("氏", "さん") else None
        name = with_kin_surname(people, doc, run, name, (paragraph, doc[lo].idx))
        person = people.add(name, "person", (paragraph, doc[lo].idx), role, title or None, forms)
        if lo >= 2 and doc[lo - 1].text == "の" and doc[lo - 2].text in JA_KIN_NOUNS:
            people.kin.add(person.name)
        if lo in inside:
            people.quoted.add((paragraph, doc[lo].idx))
        i = max(end, hi)


def with_kin_surname(
    people: People, doc: Doc, run: tuple[int, int], name: str, at: tuple[int, int]
) -> str:
    """妻の節子さん after 竹内清さん: a given name alone after a kin noun and の takes the
    surname of the person named before (竹内節子); any other name as it is."""
    lo, hi = run
    given = all("人名-名" in doc[k].tag_ for k in range(lo, hi))
    if not (given and lo >= 2 and doc[lo - 1].text == "の" and doc[lo - 2].text in JA_KIN_NOUNS):
        return name
    if lo >= 3 and doc[lo - 3].text == "の":
        return name  # 男性の妻の節子さん: whose wife the text says, someone unnamed
    # (the person named last in the same paragraph, never one further back)
    earlier = [p for pos, p in people.timeline if pos < at and pos[0] == at[0]]
    relative = earlier[-1] if earlier else None
    if relative is None or relative.kind != "person":
        return name
    surnames = [f for f in relative.forms if relative.name.startswith(f) and f != relative.name]
    return max(surnames, key=len) + name if surnames else name


def given_name_of(people: People, doc: Doc, i: int) -> bool:
    """Whether token i is the given name, then a title, of someone named before in full whom
    the dictionary reads as a common word (浜中誠氏 … 誠社長は: the copy tells two of one family
    apart by their given names)."""
    t = doc[i]
    return (
        t.ent_type_ == "Person"
        and KANJI.fullmatch(t.text) is not None
        and i + 1 < len(doc)
        and is_title_token(doc[i + 1])
        and any(
            p.kind == "person" and p.name.endswith(t.text) and len(p.name) > len(t.text)
            for p in people.people
        )
    )


def entity_start(doc: Doc, ent: Any) -> int:
    """Where the name entity `ent` really starts: nouns right before it that the parser joins to
    it (沖 + ノ + [浜海上保安部]: the tagger's entity lost the first characters), and a run of
    nouns the parser left hanging on each other right before it (はな + まき + [中央農協]: a
    word that is its own root, or hangs on such a word, in the middle of a sentence)."""
    lo = ent.start
    while (
        lo > 0
        and doc[lo - 1].pos_ in ("NOUN", "PROPN")
        and (
            (doc[lo - 1].dep_ == "compound" and lo <= doc[lo - 1].head.i < ent.end)
            or doc[lo - 1].dep_ == "ROOT"
        )
    ):
        lo -= 1
    return lo


def _add_company(people: People, doc: Doc, paragraph: int, lo: int, end: int) -> int:
    """Register the company named by tokens [lo, end) of `doc`; where reading goes on."""
    name = doc.text[doc[lo].idx : doc[end - 1].idx + len(doc[end - 1].text)]
    people.add(name, "org", (paragraph, doc[lo].idx), label="Company")
    if _acts(doc, end):
        people.acting.add((paragraph, doc[lo].idx))
    return end


def _acts(doc: Doc, end: int) -> bool:
    """Whether the noun phrase ending before token `end` is its sentence's topic or subject:
    は, が or も follows it, past where it is based in brackets (北浜食品（函館市）は)."""
    if end < len(doc) and doc[end].text in "（(":
        close = next((k for k in range(end, min(len(doc), end + 12)) if doc[k].text in "）)"), None)
        end = close + 1 if close is not None else end
    return end < len(doc) and doc[end].text in ("は", "が", "も")


# What an office's name ends in (a section, a department, an office, a bureau): before の and a
# person's name (県自然環境課の小沢課長) it is a body, though the words alone end common nouns
# too (日課); its head's title repeats the word (課長, 部長).
_OFFICE_WORDS = ("課", "部", "室", "局")
_OFFICE_ENDINGS = (*_OFFICE_WORDS, *JA_BODY_ENDINGS)

# The label of a body registered because the copy cites it as a source (Xによると).
SOURCE_LABEL = "cited_source"
# The label of a court found by its name's ending (前橋地裁), tagged or not.
COURT_LABEL = "court"


_FOREIGN_WORD = re.compile(r"[ァ-ヴーA-Za-zＡ-Ｚａ-ｚ・&＆]+")


def _inside_brackets(doc: Doc) -> set[int]:
    """The tokens of `doc` inside 「…」."""
    inside, depth = set(), 0
    for t in doc:
        depth -= t.text.count("」")
        if depth > 0:
            inside.add(t.i)
        depth = max(0, depth + t.text.count("「"))
    return inside


def bracketed_body(doc: Doc, i: int) -> tuple[int, str] | None:
    """(the closing bracket's token, the kind) when token i opens 「…」 right after a body's
    kind (会社, 団体, 協会) and the brackets hold a short name, not words; or when the name ends
    in a body's or a company's word and is its sentence's topic or subject (「みなと放送」は)."""
    if not doc[i].text.startswith("「"):
        return None
    before = doc.text[max(0, doc[i].idx - 8) : doc[i].idx]
    kind = next((k for k in JA_BRACKETED_BODY_KINDS if before.endswith(k)), None)
    formed = kind is None and before.endswith(JA_FORMING_PHRASES)
    for j in range(i + 1, min(len(doc), i + 16)):
        if doc[j].text.startswith("」"):
            name = doc.text[doc[i].idx + 1 : doc[j].idx]
            if not 2 <= len(name) <= 24 or re.search(r"[、。「『]", name):
                return None
            if kind is None and not formed:
                # 中継を担った「みなと放送」は: a body's name by its own ending, as the topic or
                # subject of its sentence
                topic = doc.text[doc[j].idx + 1 : doc[j].idx + 2] in ("は", "が")
                ending = next((e for e in JA_COMPANY_ENDINGS if name.endswith(e)), None)
                ending = ending or next((e for e in JA_BODY_ENDINGS if name.endswith(e)), None)
                if not topic and _place_glossed_topic(doc, j):
                    # 「みなと電力」（東京）は: a name glossed with where it is based, the
                    # sentence's topic, is a body's, whatever it ends with
                    return (j, ending if ending and is_org_word(name) else "")
                return (j, ending) if topic and ending and is_org_word(name) else None
            if formed:
                # (a group someone formed: its kind is what its name ends with, 会 at least)
                ending = next((e for e in JA_BODY_ENDINGS if name.endswith(e)), "")
                kind = ending or ("会" if name.endswith("会") else "団体")
            return (j, kind) if kind else None
    return None


def _place_glossed_topic(doc: Doc, close: int) -> bool:
    """Whether the closing bracket at token `close` is followed by a place alone in round
    brackets and then は or が: 「…」（東京）は, 「…」（大阪市北区）が."""
    if close + 3 >= len(doc) or doc[close + 1].text not in ("（", "("):
        return False
    for k in range(close + 2, min(len(doc) - 1, close + 7)):
        if doc[k].text in ("）", ")"):
            return k > close + 2 and doc[k + 1].text in ("は", "が")
        if "地名" not in doc[k].tag_ and doc[k].text not in JA_LOCAL_PREFIXES:
            return False
    return False


def _formed_company(doc: Doc, i: int) -> int | None:
    """The closing bracket's token when token i opens 「…」 holding a short name that starts or
    ends with a company's legal form (株式会社, 合同会社)."""
    if not doc[i].text.startswith("「"):
        return None
    for j in range(i + 1, min(len(doc), i + 12)):
        if doc[j].text.startswith("」"):
            name = doc.text[doc[i].idx + 1 : doc[j].idx]
            short = len(name) <= 30 and not re.search(r"[、。「『\s]", name)
            formed = name.startswith(JA_COMPANY_FORMS) or name.endswith(JA_COMPANY_FORMS)
            return j if short and formed and name not in JA_COMPANY_FORMS else None
    return None


def _kind_named(doc: Doc, i: int) -> int | None:
    """Where the company name starting at token i ends, when a company noun right before it
    says what it is (ゲーム開発会社[ステラフォージ], リフォーム会社[ミナト住建]): a proper noun or a
    katakana or Latin word, then any nouns up to a particle or a bracket."""
    if i >= 2 and doc[i - 1].text == "の" and doc[i - 2].text.endswith(JA_COMPANY_KIND_ENDINGS):
        # 飲料メーカーの[みどり飲料]: after the kind and の, nouns that end in a company's word
        # (not 家電メーカーの製品)
        end = _nouns_end(doc, i)
        named = "".join(t.text for t in doc[i:end])
        return (
            end
            if end > i and named.endswith(JA_COMPANY_ENDINGS) and named not in JA_COMPANY_ENDINGS
            else None
        )
    if i == 0 or not doc[i - 1].text.endswith(JA_COMPANY_KIND_ENDINGS):
        return None
    first = doc[i]
    if first.pos_ != "PROPN" and not (first.pos_ == "NOUN" and _FOREIGN_WORD.fullmatch(first.text)):
        return None
    end = _nouns_end(doc, i + 1, i + 4)
    if "".join(t.text for t in doc[i:end]) in JA_PERSON_NOUNS:
        return None
    return end


def _company_after_kind(doc: Doc, lo: int, hi: int) -> bool:
    """Whether the name at tokens [lo, hi) is a katakana one with a dot right after a company
    noun and の (証券会社のアルト・キャピタル), with no title or honorific after it."""
    return (
        lo >= 2
        and doc[lo - 1].text == "の"
        and doc[lo - 2].text.endswith(JA_COMPANY_KIND_ENDINGS)
        and any(doc[k].text == "・" for k in range(lo, hi))
        and all(doc[k].text == "・" or _katakana_part(doc[k]) for k in range(lo, hi))
        and hi < len(doc)
        and doc[hi].pos_ == "ADP"
        and not title_after(doc, hi)[0]
    )


def _nouns_end(doc: Doc, i: int, limit: int | None = None) -> int:
    """Where a run of nouns from token i ends (four tokens from i at most, or up to `limit`)."""
    end, stop = i, min(len(doc), i + 4 if limit is None else limit)
    while end < stop and doc[end].pos_ in ("PROPN", "NOUN"):
        end += 1
    return end


def _cited_body(doc: Doc, i: int) -> bool:
    """Token i is a proper name (no person, no place) followed by によると / によれば /
    によりますと: the copy cites it as a source."""
    t = doc[i]
    if "固有名詞" not in t.tag_ or "人名" in t.tag_ or "地名" in t.tag_ or len(t.text) < 3:
        return False
    return _cites_at(doc, i + 1)


def _cites_at(doc: Doc, k: int) -> bool:
    """Tokens k, k+1 are によ(る / れ / り): what comes before them is cited as a source."""
    after = [doc[j].text for j in range(k, min(k + 2, len(doc)))]
    return len(after) == 2 and after[0] == "に" and after[1] in ("よる", "よれ", "より")


def _name_in_use(doc: Doc, i: int) -> tuple[int, int, int] | None:
    """For a name the person goes by, then their real name in brackets (北浜山（本名・山田一郎、
    33）): where the name ends and the real name's token range; else None. The name is one to
    four nouns opening a phrase."""
    if i and doc[i - 1].pos_ in ("NOUN", "PROPN") and doc[i - 1].text not in JA_TITLES:
        return None
    end = i
    while end < len(doc) and end - i < 4 and doc[end].text not in ("（", "("):
        t = doc[end]
        if t.text in JA_TITLES or not re.fullmatch(r"[一-龯々ぁ-んァ-ヴー]+", t.text):
            return None
        if not (t.tag_.startswith(("名詞", "接尾辞-名詞的")) or t.text in JA_NAME_LINKS):
            return None
        end += 1
    if end == i or end + 3 >= len(doc) or doc[end].text not in ("（", "("):
        return None
    if doc[end + 1].text != "本名" or doc[end + 2].text not in ("・", "＝", "=", "：", ":"):
        return None
    run = name_run(doc, end + 3)
    name = "".join(doc[k].text for k in range(i, end))
    if run is None or not 2 <= len(name) <= 8:
        return None
    return end, run[0], run[1]


def _title_dot_name(doc: Doc, i: int) -> tuple[int, int] | None:
    """The token range of the name in 関脇・霧乃峰 (a title at token i, a middle dot, then one to
    four nouns of two to six characters before a particle or a mark) or in 横綱白鷹山（31） (no
    dot, but an age in brackets after the name), else None. (Not 元大関・八潮灘 in brackets
    after a name: the title there is the person's former one.)"""
    if doc[i].text not in JA_TITLES or i + 2 >= len(doc):
        return None
    if i and doc[i - 1].text in ("元", "前", "（", "("):
        return None
    dot = doc[i + 1].text == "・"
    first = i + 2 if dot else i + 1
    end = first
    while (
        end < len(doc)
        and end - i - 2 < 4
        and (
            doc[end].tag_.startswith(("名詞", "接尾辞-名詞的"))  # 若乃 + 山
            or doc[end].text in JA_NAME_LINKS  # 霧乃峰, 若ノ海
            # (an adjective's stem in kanji alone, 若 + 嶽山, is a ring name's character: an
            # adjective in use ends in kana)
            or (doc[end].tag_.startswith("形容詞") and KANJI.fullmatch(doc[end].text))
        )
    ):
        if doc[end].text in JA_TITLES or not re.fullmatch(r"[一-龯ぁ-んァ-ヴー]+", doc[end].text):
            break
        end += 1
    name = "".join(doc[k].text for k in range(first, end))
    follows = doc[end].text if end < len(doc) else ""
    ends = follows[:1] in ("は", "が", "も", "を", "に", "と", "の", "、", "。", "（", "(")
    aged = re.match(r"[（(]\d{1,3}[)）]", doc.text[doc[end].idx :] if end < len(doc) else "")
    fits = 2 <= len(name) <= 6 and (ends if dot else aged is not None)
    return (first, end) if fits else None


def _holds(title: str | None, post: str) -> bool:
    """Whether `title` is the post `post` names (代表取締役社長 is a 社長; 副社長 and 准教授 are
    other posts than 社長 and 教授)."""
    if title is None or not title.endswith(post):
        return False
    return not title[: len(title) - len(post)].endswith(JA_OTHER_RANK_PREFIXES)


def _municipality_before_office(doc: Doc, i: int) -> tuple[str, str] | None:
    """(prefecture or "", municipality) when proper noun token i is a place's name whose kind
    the next token holds with one of its offices (西浜 + 市議会, 南浜 + 市役所, 千葉県東浜 +
    市議会, the prefecture stuck to the name); else None. (A surname + 市長 is a mayor's name
    and title, so 市長 counts only after a prefecture; so is a surname + 市議会 + 議長.)"""
    t = doc[i]
    if i + 1 >= len(doc) or "固有名詞" not in t.tag_ or t.text[-1] in JA_LOCAL_PREFIXES:
        return None
    office = doc[i + 1]
    kind, rest = office.text[:1], office.text[1:]
    if t.idx + len(t.text) != office.idx or kind not in JA_MUNICIPAL_WORDS or not rest:
        return None
    cut = next((k for k in range(2, len(t.text) - 2) if t.text[k] in JA_PREFECTURE_ENDINGS), None)
    prefecture = t.text[: cut + 1] if cut is not None else ""
    after_prefecture = bool(prefecture) or (
        i > 0 and doc[i - 1].text.endswith(JA_PREFECTURE_ENDINGS)
    )
    # (its bodies, 市議会, 町役場, and its head, 市長)
    if not (rest.endswith(JA_BODY_ENDINGS) or rest == "長") or (
        rest == "長" and not after_prefecture
    ):
        return None
    titled = i + 2 < len(doc) and doc[i + 2].tag_.startswith("名詞")
    if "人名" in t.tag_ and not after_prefecture and titled:
        return None  # 鈴木 + 市議会 + 議長: a surname and the title after it
    return prefecture, t.text[len(prefecture) :] + kind


def _place_end(doc: Doc, i: int, stuck: bool = False) -> int | None:
    """The token closing a place name that starts at token i (a place, or whatever follows a
    prefecture) and goes on in up to two short nouns to a lone 市, 町 or 村 (三河 + 浦 + 市),
    else None. When the name's first characters stuck to the token before (岐阜県奥, `stuck`),
    token i may itself close it: 瀬町, or a lone 市."""
    if i >= len(doc) or not doc[i].tag_.startswith("名詞"):
        return None
    if stuck and len(doc[i].text) <= 2 and doc[i].text[-1] in JA_MUNICIPAL_WORDS:
        return i  # (静岡県富丘 + 市: the whole name stuck to the prefecture, its kind alone)
    if doc[i].text in JA_MUNICIPAL_WORDS:
        return None
    for k in range(i + 1, min(i + 4, len(doc))):
        word = doc[k].text
        if word in JA_MUNICIPAL_WORDS:
            return k
        if not doc[k].tag_.startswith("名詞") or len(word) > 2 or "地名" in doc[k].tag_:
            return None
    return None


def _head_office_run(doc: Doc, i: int) -> int | None:
    """The end of a run of nouns from token i that a bracket saying where its head office is
    follows (…高速鉄道（本社・仙台市）, 東都窯業（愛知県瀬戸川市）): a company's name, however the
    tagger read its words."""
    if not doc[i].tag_.startswith("名詞") or (i and doc[i - 1].tag_.startswith("名詞")):
        return None
    end = i
    # (A noun suffix inside the run is part of the name, 鶴見 + 屋; a person's title is not.)
    while (
        end < len(doc)
        and doc[end].text not in "（）()"
        and (
            doc[end].tag_.startswith("名詞")
            or (
                end > i
                and doc[end].tag_.startswith("接尾辞-名詞的")
                and doc[end].text not in JA_TITLES
            )
        )
    ):
        end += 1
    if end == i or end + 1 >= len(doc) or doc[end].text not in "（(" or doc[i].text[0] == "同":
        return None
    if doc[end + 1].text == "本社":
        return end
    # 東都窯業（愛知県瀬戸川市）は: a place alone in the brackets, as copy gives a company's seat
    # (a person is given an age there, not a place).
    close = next((k for k in range(end + 2, min(len(doc), end + 6)) if doc[k].text in "）)"), None)
    if close is None:
        return None
    place = doc.text[doc[end + 1].idx : doc[close].idx]
    placed = all(
        "地名" in doc[k].tag_ or doc[k].text in JA_LOCAL_PREFIXES for k in range(end + 1, close)
    )
    # (Not a kind before the name, リフォーム会社ミナト住建（堺市北区）: the name is after it; nor
    # a body's part, 同社の静岡工場（静岡県富士市）.)
    kind = any(doc[k].text.endswith(JA_COMPANY_KIND_ENDINGS) for k in range(i, end - 1))
    part = i > 0 and doc[i - 1].text == "の"
    located = place.endswith(tuple(JA_LOCAL_PREFIXES)) and placed
    return end if located and not kind and not part else None


def _linking_kana(doc: Doc, k: int) -> bool:
    """Whether token k is the ノ, 乃 or ヶ inside a place's or a body's name between two nouns
    (鷹 + ノ + 台市, 森 + 乃 + 製菓), which the tokenizer reads as a particle."""
    return (
        doc[k].text in ("ノ", "乃", "ヶ", "ケ")
        and 0 < k < len(doc) - 1
        and doc[k - 1].tag_.startswith("名詞")
        and doc[k + 1].tag_.startswith("名詞")
    )


def _cited_body_run(doc: Doc, i: int) -> int | None:
    """The end of a run of nouns from token i that names a body by its ending and is cited as a
    source (…気象台によると, …本部（小樽）によれば), else None. Read from the tagger alone, so
    it works on paragraphs that are only tokenized."""

    def nominal(k: int) -> bool:  # (a noun's suffix too: 霧 + 丘 + 河川国道事務所)
        return (
            doc[k].tag_.startswith(("名詞", "接頭辞", "接尾辞-名詞的"))
            and doc[k].text not in "（）()、。"
        ) or _linking_kana(doc, k)

    if not nominal(i) or (i and nominal(i - 1)) or doc[i].text.startswith("同"):
        return None
    end = i
    while end < len(doc) and nominal(end):
        end += 1
    k = end
    if k < len(doc) and doc[k].text in "（(":  # an aside: （小樽）
        while k < len(doc) and doc[k].text not in "）)":
            k += 1
        k += 1
    if not _cites_at(doc, k):
        return None
    phrase = doc.text[doc[i].idx : doc[end - 1].idx + len(doc[end - 1].text)]
    # (県 + 水産 + 課: a section of the prefecture's office, which the tagger may read as a post)
    section = (
        doc[i].text in JA_LOCAL_PREFIXES and end - i >= 2 and phrase.endswith(JA_SECTION_ENDINGS)
    )
    return end if section or (is_org_word(phrase) and phrase.endswith(JA_BODY_ENDINGS)) else None


# A number and one counter (第7局, 3号, 第2部): counts and ordinals, never a body's name, even
# when the counter is also a body's ending (局, 部, 会).
_COUNTED = re.compile(r"第?[0-9０-９一二三四五六七八九十百千]+.")


def is_org_word(phrase: str) -> bool:
    """Whether a noun phrase names a body by its ending: 愛知県警, 国土交通省, 東洋電機."""
    endings = (*JA_BODY_ENDINGS, *JA_COMPANY_ENDINGS)
    return (
        len(phrase) >= 3
        and phrase.endswith(endings)
        and phrase not in endings
        and not _COUNTED.fullmatch(phrase)
    )
