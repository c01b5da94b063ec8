"""Who a noun phrase names: a person (with title and role), a body, 同氏/同社 pointing back,
or a description of someone unnamed (会社員の男性). Used on the subjects the parse gives."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from retrieval.lexicon import (
    JA_BODY_ENDINGS,
    JA_BRACKETED_BODY_KINDS,
    JA_COMPANY_ENDINGS,
    JA_COURT_ENDINGS,
    JA_EPITHETS,
    JA_KIN_NOUNS,
    JA_LOCAL_PREFIXES,
    JA_MEMBER_SUFFIX,
    JA_MESSAGE_NOUNS,
    JA_ORG_SUFFIXES,
    JA_PERSON_NOUNS,
    JA_PERSON_SUFFIX,
    JA_RULING_NOUNS,
    JA_SELF_NOUNS,
    JA_STAFF_TITLES,
    JA_TITLE_PREFIXES,
    JA_TITLES,
)
from retrieval.quotes.people import (
    KANJI,
    KATAKANA_NAME,
    ORG_LABELS,
    PLACE_LABELS,
    UNKNOWN,
    People,
    Person,
    bracket_back,
    bracketed_body,
    entity_start,
    given_name_of,
    is_org_word,
    is_pointer,
    is_title_token,
    join_role,
    name_and_title,
    name_forms,
    name_run,
    owner_before,
    titled_word,
    with_kin_surname,
)
from retrieval.quotes.syntax import inside

Token = Any  # a spaCy Token
Doc = Any  # a spaCy Doc


def can_speak(doc: Doc, head: Token) -> bool:
    """Whether the noun phrase headed by `head` can name someone who says things: not when all
    its words are common nouns the tagger knows nothing more of, and its head is no person or
    body word (凍結期間は「少なくとも2年」とした: a period is set, by someone unnamed there)."""
    words = [t for t in doc[max(0, head.i - 4) : head.i] if t.dep_ == "compound"] + [head]
    if person_kind(head.text):
        return True
    if head.tag_.startswith("接尾辞") and "副詞可能" in head.tag_:
        return False  # 公演後も, 会期中は: a time after or during something, no one
    if head.text.endswith(
        (JA_PERSON_SUFFIX, *JA_ORG_SUFFIXES, *JA_BODY_ENDINGS)
    ) or head.text.endswith(JA_BRACKETED_BODY_KINDS):
        return True
    return not all(
        t.tag_.startswith("名詞-普通名詞")
        and t.ent_type_ not in _WHO_LABELS
        and _NATIVE_WORD.fullmatch(t.text)
        for t in words
    )  # (逮捕容疑: an Offense entity, no one; やりきれない思いがつづられていた: a feeling)


# A word in kanji and hiragana only (思い, 期間): a common noun the tagger knows, no one's name
# (katakana or Latin ones may be names it does not know).
_NATIVE_WORD = re.compile(r"[一-龥々ぁ-ゖ]+")


def person_kind(word: str) -> bool:
    """Whether the word names a kind of person: a person noun or a title (職員, 市長), or one
    word the tagger made of a place or a 元 and a person noun (市職員, 元社員), or a member of a
    staff (学芸員)."""
    if word in JA_PERSON_NOUNS or word in JA_TITLES:
        return True
    return len(word) >= 3 and word.endswith(_PERSON_ENDINGS)


# (a one-character person noun, 母 or 男, ends too many other words)
_PERSON_ENDINGS = (JA_MEMBER_SUFFIX, *(n for n in JA_PERSON_NOUNS if len(n) >= 2))


# Entity labels of someone who may speak: a person, what they are, or a body.
_WHO_LABELS = frozenset(
    {"Person", "Position_Vocation", "N_Person", "Title_Other", "Name_Other", *ORG_LABELS}
)


def described(
    people: People, doc: Doc, head: Token, paragraph: int, spans: list[tuple[int, int]]
) -> Person | None:
    """The noun phrase headed by `head` as a description of whoever it is."""
    lo = head.i
    while (
        lo > 0
        and not (doc[lo - 1].text in "、。「」“”（）()" or inside(doc[lo - 1].idx, spans))
        and (doc[lo - 1].pos_ not in ("VERB", "AUX", "SCONJ", "ADP") or doc[lo - 1].text == "の")
    ):
        lo -= 1
    lo = _past_hedge(doc, lo, head)
    phrase = doc.text[doc[lo].idx : head.idx + len(head.text)]
    if len(phrase) < 2:
        return None
    if _points_back(phrase) or _body_pointed_back(phrase):
        return UNKNOWN  # 同社 with no company before it describes no one: unknown
    if phrase.startswith("同") and person_kind(phrase[1:]):
        return UNKNOWN  # 同関係者 with no one described so before, the same
    if phrase in JA_MESSAGE_NOUNS:
        return UNKNOWN  # コメントは「…」 with no one's comment named: words, not someone
    return people.add(_full_owner(people, phrase), "description", (paragraph, doc[lo].idx))


# A noun the copy believes someone to be, then the hedge, right before a person noun: 元社員
# とみられる, 関係者とされる, 記者を名乗る (an unnamed person's description runs on through it).
_HEDGED_RE = re.compile(
    r"(?<![一-龥々ァ-ヴー])[一-龥々ァ-ヴー]{2,8}(?:とみられる|と見られる|とされる|を名乗る)$"
)


def _past_hedge(doc: Doc, lo: int, head: Token) -> int:
    """Where a person noun's description starts when the copy says what it believes the one
    described to be (元社員とみられる男性: from 元社員), else `lo`."""
    hedged = _HEDGED_RE.search(doc.text[: doc[lo].idx]) if lo == head.i else None
    return next(t.i for t in doc if t.idx >= hedged.start()) if hedged else lo


def _full_owner(people: People, phrase: str) -> str:
    """高橋さんの妻 after 高橋颯太さん is 高橋颯太さんの妻: whose relative (or colleague) a
    description names, by the full name the article gave (the city's, 市の担当者, when the
    article names one city)."""
    if phrase[:1] in JA_LOCAL_PREFIXES and phrase[1:2] == "の":
        # 市の担当者 in an article about one city: 北浜市の担当者
        places = people.places.get(phrase[0], set())
        return next(iter(places)) + phrase[1:] if len(places) == 1 else phrase
    if phrase[:1] in JA_LOCAL_PREFIXES and phrase[1:].endswith(JA_BODY_ENDINGS):
        return people.localize(phrase)  # 県警 in an article about one prefecture: 埼玉県警
    owner = re.match(r"([^\W\d_ぁ-んァ-ヶ]{1,4})(?:さん|氏)の", phrase)
    known = people.find(owner[1], "person") if owner else None
    if owner is None or known is None or not known.name.startswith(owner[1]):
        return phrase
    return known.name + phrase[len(owner[1]) :]


def _body_pointed_back(phrase: str) -> bool:
    """同社広報部, 同省幹部: a body's office or people, the body only pointed back at."""
    return phrase.startswith("同") and phrase[1:2] in JA_ORG_SUFFIXES


# The longest 同 phrase read as pointing back at a body named before (同保安部, 同県警); a longer
# one names a part of it (同社日本支社).
_POINTER_MAX = 5


def _points_back(phrase: str) -> bool:
    """同氏, 同社, 同省, 同監督: a phrase that only points back at someone named before."""
    return "の" not in phrase and is_pointer(phrase, bodies=False)


def _bracket_opening(doc: Doc, i: int) -> int | None:
    """The token opening the round brackets token i is inside (a few tokens back), else None."""
    for k in range(i - 1, max(-1, i - 12), -1):
        if doc[k].text in ("）", ")"):
            return None
        if doc[k].text in ("（", "("):
            return k
    return None


def who_is(
    people: People, doc: Doc, head: Token, paragraph: int, spans: list[tuple[int, int]]
) -> Person | None:
    """The person or body the noun phrase headed by `head` names."""
    if head.text in JA_SELF_NOUNS and head.i and doc[head.i - 1].head.i == head.i:
        head = doc[head.i - 1]  # 平田教授自身も: 平田教授 (herself)
    if head.pos_ == "NUM" and (opening := _bracket_opening(doc, head.i)) is not None and opening:
        head = doc[opening - 1]  # 嵐ケ峰（本名・…、33）が: the parser heads the phrase on the age
    lo = head.i
    depth = 0  # brackets closed (walking back) and not yet opened: 大阪市（大阪府）の職員
    while lo > 0:
        prev = doc[lo - 1]
        stepped = bracket_back(depth, prev.text)
        if stepped is None:
            break  # the phrase is inside brackets: （バス会社の村井健二社長）
        depth = stepped
        # (A common noun the parser took for a verb is still part of the name: まるみ + 亭; a
        # verbal noun, 製造, may close a clause.)
        nominal = prev.tag_.startswith("名詞-普通名詞") and "サ変" not in prev.tag_
        if (
            prev.text in "、。「」“”"
            or inside(prev.idx, spans)
            or (prev.pos_ in ("VERB", "AUX", "SCONJ") and not nominal)
        ):
            break
        if (
            prev.pos_ == "ADP"
            and prev.text != "の"
            and not prev.tag_.startswith(("接尾辞", "名詞"))
        ):
            # (a suffix or a noun the parser calls ADP is part of the phrase: 誠教 + 育 + 長,
            # 佐野町 + 議)
            break
        if prev.text in "=＝":
            break
        lo -= 1
    if lo >= 2 and doc[lo - 1].text in "=＝":
        # 森川玲奈(29)=東洋レディース=は: the affiliation between = marks stands beside a
        # person, who is the one the sentence is about.
        person = appositive(people, doc, lo - 1, paragraph, spans)
        if person is not None:
            return person
    if head.text in JA_LOCAL_PREFIXES and all(
        doc[k].tag_.startswith("名詞-普通名詞") and doc[k].pos_ != "PROPN" and not doc[k].ent_type_
        for k in range(lo, head.i)
    ):
        # 費用は全額県が負担: 全額 says how much it pays; the body is the 県 alone (not a place's
        # name the dictionary files as a common noun, 東雲 + 市)
        lo = head.i
    tokens = [doc[k] for k in range(lo, head.i + 1)]
    phrase = doc.text[tokens[0].idx : head.idx + len(head.text)]
    at = (paragraph, tokens[0].idx)
    if (before_gloss := _body_before_gloss(doc, lo, head.i)) is not None:
        # 画廊「銀松堂」（東京都中央区）の代理人弁護士: the walk back stopped at the name's
        # bracket; the phrase is the named body's, without where it is.
        phrase = before_gloss
    titled = phrase[1:] + doc[head.i + 1].text if head.i + 1 < len(doc) else ""
    if phrase.startswith("同") and titled in JA_TITLES:
        # 同課 + 長 (the parser may make 課 the subject): the last person with that title
        return people.last_before(at, titled)
    if head.i + 1 < len(doc) and (named := bracketed_body(doc, head.i + 1)) is not None:
        # 運送会社「北斗ロジテック」が: the body the brackets name, not any company
        name = doc.text[doc[head.i + 1].idx + 1 : doc[named[0]].idx]
        return people.add(name, "org", at, title=named[1])
    if (glossed := _place_gloss(doc, head)) is not None:
        # 運営会社「四国スカイロジ」（高松市）は: the parser heads the phrase on the place in
        # brackets; it says where the body named before it is.
        opening, close, kind = glossed
        name = doc.text[doc[opening].idx + 1 : doc[close].idx]
        return people.add(name, "org", (paragraph, doc[opening].idx + 1), title=kind)
    bracketed = bracketed_name(doc, head)
    if bracketed is not None:
        # 有識者会議「あり方検討会」は: the parser heads the phrase inside the brackets; the body
        # is the name they hold, of the kind before them.
        opening, kind = bracketed
        name = doc.text[doc[opening].idx + 1 : doc.text.index("」", doc[opening].idx)]
        return people.add(name, "org", (paragraph, doc[opening].idx + 1), title=kind)
    if "の" not in phrase and (known := people.find(phrase, "person")) is not None:
        return known  # 霧乃峰は: a name the article gave with a title before (関脇・霧乃峰)
    if "の" not in phrase and (known := people.by_given_name(phrase)) is not None:
        return people.add(known.name, "person", at)  # 誠九段 after 北条誠九段: that one
    rank = tokens[0].text
    if rank in JA_TITLES and "の" not in phrase and len(tokens) > 1:
        # 関脇若嶽山（24）が: the name after a rank or title, as the article gave it
        known = people.find(phrase[len(rank) :], "person")
        if known is not None:
            return people.add(known.name, "person", at)
    if (mayor := _surname_place_title(people, doc, lo, head, at)) is not None:
        return mayor
    # The name inside the phrase, if any: ソニーグループの[十時裕樹]副社長. Only after the last
    # の (山下被告の弁護人 is the lawyer, not 山下), and only a name that titles alone follow
    # up to the head (青葉化学の岡田社長: 青葉 is part of the company's name).
    seg = max([k + 1 for k in range(lo, head.i) if doc[k].text == "の"], default=lo)
    if seg > lo:
        # 2位の高峰, 前年女王の高峰: after the last の, a person the article has named.
        named = doc.text[doc[seg].idx : head.idx + len(head.text)]
        if len(named) >= 2 and (known := people.find(named, "person")) is not None:
            return people.add(known.name, "person", at)
    # 長尾 + 新 + 天翔, 吉田新 + 王座: a known person's surname, then a title's prefix and the
    # title (新横綱, 元首相; however the tokenizer cut them), not a given name (田中新さん).
    named = doc.text[doc[seg].idx : head.idx + len(head.text)]
    for k in range(2, len(named) - 2):
        if named[k] in JA_TITLE_PREFIXES and named[k + 1 :] not in ("さん", "氏"):
            known = people.find(named[:k], "person")
            if known is not None:
                return people.add(known.name, "person", at)
    # 大島 + 工場長 (the tokenizer read the surname as a place): a person named before in full,
    # by surname and title, as copy calls someone again.
    surname = named[: -len(head.text)]
    if (
        (is_title_token(head) or titled_word(head))
        and len(surname) >= 2
        and KANJI.fullmatch(surname)
    ):
        known = people.find(surname, "person", head.text)  # (山口さん: the one named with さん)
        if known is not None and known.name != surname:
            return people.add(known.name, "person", at)
    dotted = _name_dot_role(doc, seg, head)
    if dotted is not None:  # 岩佐亮・みなと証券シニアアナリスト
        a, k = dotted
        name = doc.text[doc[a].idx : doc[k - 1].idx + len(doc[k - 1].text)]
        role = doc.text[doc[k + 1].idx : head.idx + len(head.text)]
        title = head.text if head.text in JA_TITLES else None
        return people.add(name, "person", at, role, title, name_forms(doc, a, k))
    # 版元の[潮見書房], 中堅製薬会社の[丸泉製薬]: a proper name ending in a company's or body's
    # word names the body, however the tagger filed the name (as a person, or as a common noun
    # inside a Company entity).
    tail = [doc[k] for k in range(seg, head.i)]
    if (
        head.text.endswith((*JA_BODY_ENDINGS, *JA_COMPANY_ENDINGS))
        and tail
        and all(t.pos_ in ("PROPN", "NOUN") for t in tail)
        and any(
            t.pos_ == "PROPN" or "固有名詞" in t.tag_ or t.ent_type_ in (*ORG_LABELS, "Person")
            for t in (*tail, head)
        )  # (東浜 + 鉄道: a proper noun the tagger calls a surname; 大河 + ピクチャーズ, a name)
    ):
        name = doc.text[tail[0].idx : head.idx + len(head.text)]
        # (not 同県 + 警: it points back at the 県警 named before, read with 同社 below)
        if not (name.startswith("同") and len(name) <= _POINTER_MAX):
            # (県 + 漁連 is the prefecture's, named in full; 道東 + 乳業 is a name of its own)
            local = people.localize(name) if tail[0].text in JA_LOCAL_PREFIXES else name
            return people.add(local, "org", (paragraph, tail[0].idx))
    titled = head.text in JA_TITLES or titled_word(head)
    if seg == lo and not titled and people.find(phrase, "org") is not None:  # ミナト住建
        return people.add(phrase, "org", at)
    for k in range(seg, head.i + 1):
        run = name_run(doc, k) or ((k, k + 1) if given_name_of(people, doc, k) else None)
        if run is None or run[1] > head.i + 1:
            continue
        name, title, title_end, forms = name_and_title(doc, *run)
        if title in JA_STAFF_TITLES:
            break  # 青葉署員: the station's staff, described, no one named 青葉
        if title_end > head.i or run[1] == head.i:
            owner = people.expand(owner_before(doc, run[0]), at)
            role = join_role(owner, title) if title and title not in ("氏", "さん") else None
            name = with_kin_surname(people, doc, run, name, at)
            return people.add(name, "person", at, role, title or None, forms)
    split = _name_then_title(doc, seg, head)
    if split is not None:  # 審判部の[錦浦]部長: a name the tagger took for part of the title
        end, title = split
        name = doc.text[doc[seg].idx : doc[end - 1].idx + len(doc[end - 1].text)]
        owner = people.expand(owner_before(doc, seg), at)
        role = join_role(owner, title)
        return people.add(name, "person", at, role, title, name_forms(doc, seg, end))
    if head.text in JA_RULING_NOUNS:  # 前橋地裁の判決 / 判決は: the court's words
        owner = phrase[: -len(head.text)].rstrip("の")
        if owner.endswith(JA_COURT_ENDINGS):
            return people.add(people.expand(owner, at), "org", at)
        return people.last_court_before(at) if not owner else None
    # 同氏, 同社, 同省, 同監督: the last one of that kind; 同社側 (its side in a case) is it too.
    sided = phrase.removesuffix("側")
    if _points_back(sided):
        return people.last_before(at, sided[1:])
    if sided.startswith("同") and "の" not in sided and len(sided) <= _POINTER_MAX:
        # 同保安部: a body named before whose name ends so (沖ノ浜海上保安部)
        found = people.last_before(at, sided[1:])
        if found is not None and found.kind == "org":
            return found
    if (
        phrase.endswith("側")
        and (phrase[:-1] in JA_BODY_ENDINGS or phrase[:-1] in JA_LOCAL_PREFIXES)
        and (found := people.side(phrase[:-1], at)) is not None
    ):
        return found  # 会社側は「…」と反論した: the one company the article names
    if phrase in JA_LOCAL_PREFIXES or phrase in JA_BODY_ENDINGS:
        # 県は「…」としている, 病院は「…」として: the last body of that kind named before, or the
        # one prefecture (city, town) the article names before it; a bare 県 naming neither
        # is unknown, never someone before. (A body word that is a name itself, 連合, goes on
        # below.)
        found = people.last_before(at, phrase)
        # (none named before it: the one the article names, 富山県 in a later paragraph)
        places = people.places_before(phrase, paragraph) or people.places.get(phrase, set())
        if found is None and phrase in JA_LOCAL_PREFIXES:
            return people.add(next(iter(places)), "org", at) if len(places) == 1 else UNKNOWN
        if found is not None:
            return found
    # この関係者, その男性: the one described so before (大会関係者によると, …), if any.
    # (同関係者 too: the same one again)
    shown = re.fullmatch(r"(?:この|その|同)(?P<noun>[^の]+)", phrase)
    if shown and person_kind(shown["noun"]):
        found = people.described_before(at, shown["noun"])
        if found is not None:
            return found
        if phrase.startswith("同"):
            return None  # 同関係者 with no one described so before: unknown, not 「同関係者」
    expanded = people.expand(phrase, at)  # 同党北海道連 -> 自民党北海道連
    if expanded != phrase:
        return people.add(expanded, "description" if "の" in expanded else "org", at)
    if _body_pointed_back(phrase):
        return None  # 同社広報部 with no company before it: unknown, not 「同社広報部」
    # (a title alone is its holder's, however tagged: 教育長は, 厚労相は filed as a body)
    if not (lo == head.i and titled) and (
        head.ent_type_ in ORG_LABELS
        or (head.pos_ in ("PROPN", "NOUN") and is_org_word(phrase) and "の" not in phrase)
    ):
        name = phrase
        ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
        if ent is not None and ent.label_ in ORG_LABELS:
            name = doc.text[doc[entity_start(doc, ent)].idx : ent.end_char]
        if tokens[0].text in JA_LOCAL_PREFIXES and len(tokens) > 1 and phrase.endswith(name):
            name = phrase  # 県 + 教育委員会: the prefecture's board, not any board
        place = phrase[: len(phrase) - len(name)]
        if place and "の" not in place and place[-1] in JA_LOCAL_PREFIXES and len(place) >= 2:
            name = phrase  # 北浜町 + 観光振興課: that town's office, as the copy names it
        # 北陸電力の広報部: that company's press office, not any press office.
        owner = phrase[: len(phrase) - len(name)].removesuffix("の")
        if phrase.endswith("の" + name) and (
            is_org_word(owner) or any(e.end == seg - 1 and e.label_ in ORG_LABELS for e in doc.ents)
        ):
            name = phrase
        local = people.localize(name)
        forms = {name} if local != name else set()
        return people.add(local, "org", at, forms=forms, label=ent.label_ if ent else None)
    if (head.text in JA_TITLES or titled_word(head)) and lo == head.i:
        # 監督は「…」: the last person with that title; 首相は「…」 with none named: the office.
        # (農相は, 工場長は: a title by its ending too)
        found = people.last_before(at, head.text)
        return found or people.add(phrase, "description", at)
    aged = re.fullmatch(r"[0-9０-９]{1,3}歳の", phrase[: len(phrase) - len(head.text)])
    # (24歳のストライカーは; 直球が武器の右腕は: what the one written about is, described)
    described_as = phrase[: len(phrase) - len(head.text)].endswith("の")
    if head.text in JA_EPITHETS and (lo == head.i or aged or described_as):
        # 試合後、ベテランは「…」: the one the story is about, named before (森田大樹), as sports
        # copy calls its subject again; nobody named, the description.
        found = people.last_before(at, None)
        return found or people.add(phrase, "description", at)
    if phrase in JA_KIN_NOUNS:
        # 森川直子さん（45）は「…」。夫（47）も「…」: a relative named by kin alone is the
        # relative of the person named right before (this paragraph or the last), unless a
        # clause before the noun says whose relative they are: 運動会で息子を見守った母親（30）,
        # 大工だった祖父 (not 後ろにいた夫, which says nothing of it).
        kin_of_last = _kin_of_last(people, phrase, at)
        clause = next((c for c in head.children if c.dep_ == "acl" and c.i < head.i), None)
        if kin_of_last != phrase and clause is not None and not inside(clause.idx, spans):
            words = list(clause.subtree)
            if any(person_kind(t.text) for t in words):
                start = words[0].idx
                return people.add(doc.text[start : head.idx + len(head.text)], "description", at)
        return people.add(kin_of_last, "description", at)
    if (
        head.text in JA_PERSON_NOUNS
        or head.text in JA_TITLES
        or head.ent_type_ in ("Position_Vocation", "N_Person")  # 陣営幹部の一人, 2人
        or (len(head.text) >= 3 and head.text.endswith(JA_PERSON_SUFFIX))  # 参拝者, 利用者
    ):
        if (hedge := _past_hedge(doc, lo, head)) != lo:
            phrase = doc.text[doc[hedge].idx : head.idx + len(head.text)]
        return people.add(_full_owner(people, phrase), "description", at)
    return body(people, doc, head, paragraph)


def _kin_of_last(people: People, noun: str, at: tuple[int, int]) -> str:
    """夫 right after 森川直子さん is 森川直子さんの夫: whose relative a kin noun alone names, when
    the last one named before it (in its paragraph or the one before) is a person; else the
    noun alone."""
    before = [(pos, p) for pos, p in people.timeline if pos < at]
    if not before:
        return noun
    pos, last = before[-1]
    if last.kind != "person" or pos[0] < at[0] - 1:
        return noun
    return f"{last.name}{last.title or ''}の{noun}"


def appositive(
    people: People, doc: Doc, mark: int, paragraph: int, spans: list[tuple[int, int]]
) -> Person | None:
    """The person named right before the = mark at token `mark` (an age in brackets
    between them is skipped): 森川玲奈(29)=東洋レディース=."""
    k = mark - 1
    if k >= 2 and doc[k].text in ")）":
        while k > 0 and doc[k].text not in "(（":
            k -= 1
        k -= 1
    title_end = k
    while k > 0 and is_title_token(doc[k]):  # 田中健太郎投手（22）＝桜丘高＝
        k -= 1
    title = doc.text[doc[k + 1].idx : doc[title_end].idx + len(doc[title_end].text)]
    end = doc[k].idx + len(doc[k].text)
    for lo in range(max(0, k - 3), k + 1):
        # (関脇若嶽山（24）＝鳴門川部屋＝: a name registered whole that the tokenizer cut into
        # words that are no name, 若 + 嶽山)
        known = people.find(doc.text[doc[lo].idx : end], "person")
        if known is not None:
            return people.add(known.name, "person", (paragraph, doc[lo].idx))
    for lo in range(max(0, k - 3), k + 1):
        run = name_run(doc, lo)
        if run is not None and run[1] == k + 1:
            name = doc.text[doc[run[0]].idx : doc[k].idx + len(doc[k].text)]
            at = (paragraph, doc[run[0]].idx)
            forms = name_forms(doc, *run)
            return people.add(name, "person", at, title or None, title or None, forms)
    return None


def body(people: People, doc: Doc, head: Token, paragraph: int) -> Person | None:
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
    ) or not (KATAKANA_NAME.fullmatch(head.text) or head.text.isascii() or head.pos_ == "PROPN"):
        return None
    if head.ent_type_ in PLACE_LABELS or "地名" in head.tag_:
        return None
    if (
        len(tokens) == 1
        and "普通名詞" in head.tag_
        and head.ent_type_ not in ORG_LABELS
        and not head.is_oov
    ):
        # スタンドは総立ち, 試合後のコートでは: a word the model knows (it has a vector), no
        # body's name; an unknown one may be (ステラフォージ, or a person: ウォンサワット).
        return None
    if "助数詞" in head.tag_ or (lo > 0 and doc[lo - 1].pos_ == "NUM"):
        return None  # 199トン, 40キロ: a unit after a number, no body
    name = doc.text[tokens[0].idx : head.idx + len(head.text)]
    return people.add(name, "org", (paragraph, tokens[0].idx))


def bracketed_name(doc: Doc, head: Token) -> tuple[int, str] | None:
    """(the opening bracket's token, the body's kind) when `head` ends the name a body's kind
    introduces in brackets (有識者会議「あり方検討会」, 運送会社「北斗ロジテック」): the subject of
    what the sentence says, though it stands inside brackets."""
    # (the head may stand inside the name, the parser heading 「野の声」 on its first word)
    ends = (k for k in range(head.i + 1, min(len(doc), head.i + 12)) if doc[k].text[:1] in "「」")
    close = next(ends, None)
    if close is None or not doc[close].text.startswith("」"):
        return None
    for k in range(head.i, max(-1, head.i - 12), -1):
        if doc[k].text.startswith("「"):
            named = bracketed_body(doc, k)
            return (k, named[1]) if named is not None and named[0] == close else None
    return None


def _body_before_gloss(doc: Doc, lo: int, head: int) -> str | None:
    """画廊「銀松堂」の代理人弁護士 when the phrase from token `lo` to `head` opens with a gloss in
    round brackets (（東京都中央区）の代理人弁護士) right after a name a body's kind introduces in
    brackets: the kind and the name, then the phrase after the gloss."""
    if lo < 2 or doc[lo].text not in ("（", "(") or not doc[lo - 1].text.startswith("」"):
        return None
    named = bracketed_name(doc, doc[lo - 2])
    close = next((k for k in range(lo, head) if doc[k].text in ("）", ")")), None)
    if named is None or close is None:
        return None
    opening, kind = named
    if not doc.text[: doc[opening].idx].endswith(kind):
        return None
    start = doc[opening].idx - len(kind)
    end = doc[head].idx + len(doc[head].text)
    return doc.text[start : doc[lo].idx] + doc.text[doc[close].idx + 1 : end]


def _place_gloss(doc: Doc, head: Token) -> tuple[int, int, str] | None:
    """(the opening and closing bracket's tokens, the body's kind) when `head` is a place alone
    in round brackets right after a name a body's kind introduces: 物流会社「X」（高松市）."""
    i = head.i
    if (
        i < 3
        or i + 1 >= len(doc)
        or "地名" not in head.tag_
        or doc[i - 1].text not in ("（", "(")
        or doc[i + 1].text not in ("）", ")")
        or not doc[i - 2].text.startswith("」")
    ):
        return None
    named = bracketed_name(doc, doc[i - 3])  # the name's last word, before 」
    return (named[0], i - 2, named[1]) if named is not None else None


def _surname_place_title(
    people: People, doc: Doc, lo: int, head: Token, at: tuple[int, int]
) -> Person | None:
    """田辺市長 read as the place 田辺市 and the suffix 長: the tokenizer prefers a place name, but
    news gives a mayor (町長, 区長) by surname and title after the full name. The person named
    before whose name starts with the place's stem; else the office (a description)."""
    if head.i != lo + 1 or "接尾辞" not in head.tag_:
        return None
    place = doc[lo]
    title = place.text[-1:] + head.text
    if (
        "地名" not in place.tag_
        or place.text[-1] not in JA_LOCAL_PREFIXES
        or title not in JA_TITLES
    ):
        return None
    stem = place.text[:-1]
    known = people.find(stem, "person") if KANJI.fullmatch(stem) else None
    if known is not None:
        return known
    return people.add(place.text + head.text, "description", at)


def _name_dot_role(doc: Doc, seg: int, head: Token) -> tuple[int, int] | None:
    """Newspapers join a name to its affiliation and title with a dot: 北沢理恵・東都大教授,
    岩佐亮・みなと証券シニアアナリスト. The name's tokens [a, k) when the phrase [seg, head]
    is a name, ・ at k, then words ending in a title (a katakana name's own dot, as in
    ジョン・スミス, is part of the name and never matches)."""
    if not (head.text in JA_TITLES or head.ent_type_ == "Position_Vocation"):
        return None
    for k in range(seg + 1, head.i):
        if doc[k].text not in "・･" or any(doc[x].text in "（）()" for x in range(k, head.i)):
            continue  # (きたがわ・おさむ）さん: a reading's dot, the bracket closing after it)
        # (北浜工・西田航監督: a team's or a body's name, then the person's, surname and given
        # name, unless what comes before the dot is one too: 川村哲也・東浜工監督)
        before, after = doc[seg:k], doc[k + 1 : head.i]
        if _full_name(after) and not _full_name([t for t in before if "補助記号" not in t.tag_]):
            return None
        for a in range(seg, k):
            if name_run(doc, a) == (a, k):
                return a, k
    return None


def _full_name(tokens: Sequence[Token]) -> bool:
    """Whether `tokens` are a surname and a given name as the dictionary reads them."""
    return (
        len(tokens) >= 2
        and tokens[0].tag_.endswith("人名-姓")
        and tokens[-1].tag_.endswith("人名-名")
    )


def _name_word(t: Token) -> bool:
    """A word of a name before a title: a proper noun or a word the model reads as a person's
    name, or one kanji the dictionary files as a common word (鳴門 + 川: a ring name's 川, 山 or
    海), never a place's or a body's kind."""
    if t.ent_type_ in ORG_LABELS:
        return False
    if "固有名詞" in t.tag_ or t.ent_type_ == "Person":
        return True
    return (
        "普通名詞" in t.tag_
        and len(t.text) == 1
        and KANJI.fullmatch(t.text) is not None
        and t.text not in JA_LOCAL_PREFIXES
        and not t.text.endswith((*JA_BODY_ENDINGS, *JA_COMPANY_ENDINGS))
        and t.text not in JA_TITLES
    )


def _name_then_title(doc: Doc, seg: int, head: Token) -> tuple[int, str] | None:
    """Proper nouns followed by a title, as the phrase [seg, head] (and any suffix right after
    it: 部 + 長) ends: where the name ends and the title, when the tagger marked neither as a
    name (錦浦部長 read as one job title). Bodies (審判部) and numbers are no names."""
    last = head.i
    while last + 1 < len(doc) and doc[last + 1].tag_.startswith("接尾辞-名詞的"):
        last += 1
    for end in range(seg + 1, last + 1):
        title = "".join(doc[k].text for k in range(end, last + 1))
        names = [doc[k] for k in range(seg, end)]
        if (
            title in JA_TITLES
            and title not in ("氏", "さん")
            # (or a word the model reads as a person's name: 師匠の青嵐親方, a stable's name)
            and ("固有名詞" in names[0].tag_ or names[0].ent_type_ == "Person")
            and all(_name_word(t) for t in names)
            and 2 <= sum(len(t.text) for t in names) <= 5
        ):
            return end, title
    return None
