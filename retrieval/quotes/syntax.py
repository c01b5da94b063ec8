"""What GiNZA's parse says of a quoted span: where it attaches, whether it says something or
names something, and which predicate reports it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from retrieval.lexicon import (
    JA_CHANT_VERBS,
    JA_CHORUS_VERBS,
    JA_DISPLAY_DEVICE_ENDINGS,
    JA_DISPLAY_VERBS,
    JA_LABELLING_VERBS,
    JA_NAME_NOUNS,
    JA_NAMING_VERBS,
    JA_REGARDING_VERBS,
    JA_SHOUT_VERBS,
)

Token = Any  # a spaCy Token
Doc = Any  # a spaCy Doc

PREDICATES = frozenset({"VERB", "ADJ", "AUX"})
SENTENCE_END = ("。", "！", "？", "!", "?")


def topic_of_quote(doc: Doc, subject: Token) -> bool:
    """Xは「…」で / Xが「…」: X is what the quoted words are about, right before them."""
    k = subject.i + 1
    return k + 1 < len(doc) and doc[k].text in ("は", "が") and doc[k + 1].text in ("「", "“")


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s - 1 <= pos <= e for s, e in spans)


def find_anchor(doc: Doc, inner: list[Token], inner_ids: set[int], end: int) -> Token:
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


def says_something(anchor: Token, inner: list[Token], content: str) -> bool:
    """Whether the quoted words say something (a predicate) rather than name something."""
    if content.rstrip().endswith(SENTENCE_END) or any(t.text in "。！？" for t in inner[:-1]):
        return True
    inner_ids = {t.i for t in inner}
    tail = next((t for t in reversed(inner) if t.pos_ != "PUNCT"), None)
    if (
        tail is not None
        and (tail.pos_, tail.dep_) == ("VERB", "compound")
        and tail.head.i == anchor.i < tail.i
    ):
        return True  # 「…を義務付ける」: 義務 + 付ける, a closing verb the parser made a compound
    if tail is not None and tail.pos_ in ("VERB", "AUX") and tail.dep_ == "fixed":
        return True  # 「…要員にすぎない」: a fixed phrase of verbs closing the words predicates
    nominal = any(
        (c.dep_ in ("nmod", "det") or (c.tag_ == "接頭辞" and anchor.tag_.startswith("名詞")))
        and c.i in inner_ids
        for c in anchor.children
    )
    # (a plain noun the dictionary holds as one, 「…イベント」, is none, whatever the parse)
    noun = anchor.tag_.startswith(("名詞-普通名詞-一般", "名詞-固有名詞"))
    if anchor.pos_ in PREDICATES and not anchor.text.isascii() and not nominal and not noun:
        # (a Latin word, 5mg or PS5, is never a Japanese predicate, however tagged; nor is a
        # verb's stem used as a noun, 「24時間の見守り」, 「最後までお見送り」: what modifies it
        # is a noun's modifier or an honorific prefix)
        return True
    return any(
        c.dep_ in ("cop", "aux") and c.i in inner_ids and not c.text.isascii()
        for c in anchor.children
    )


def is_predicate(t: Token) -> bool:
    """A verb, adjective or copula, or a verbal noun ending its clause (…と説明。, …と強調、)."""
    if any(c.dep_ in ("aux", "cop") for c in t.children):
        return True
    if t.pos_ in PREDICATES:
        # (never a proper noun the tagger called an adjective: と東洋電機の北村社長。)
        return "固有名詞" not in t.tag_
    if t.tag_.startswith(("動詞-一般", "形容詞-一般")):
        return True  # a verb the parser made a noun, read as the dictionary has it (と憤る。)
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return "サ変" in t.tag_ and (nxt is None or nxt.text in ("。", "、"))


def verbless_attribution(doc: Doc, end: int) -> Token | None:
    """「…」と山田社長。: a noun phrase after the と and then the sentence's end, with no verb;
    its head noun (the speaker). The phrase may say whose (と師匠の山田親方。) and may gloss the
    name in brackets (と山田社長（元専務）。), which is not the speaker's name."""
    after = [t for t in doc if t.idx > end]
    if len(after) < 3 or after[0].text not in ("と", "って"):
        return None
    head, depth = None, 0
    for t in after[1:]:
        if t.text in SENTENCE_END:
            return head
        if t.text in ("（", "("):
            depth += 1
        elif t.text in ("）", ")"):
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif t.pos_ in ("NOUN", "PROPN", "NUM") or t.tag_.startswith("名詞"):
            head = t  # (a company's name may be tagged ADJ: 東洋電機の北村社長)
        elif t.text == "の" and head is not None:
            head = None  # (a noun must follow: 師匠の山田親方)
        elif t.pos_ not in ("PUNCT", "SYM"):
            return None
    return None


def cleft_speaker(doc: Doc, governor: Token) -> Token | None:
    """「…」と話すのは山田社長だ: the noun the cleft sentence ends on."""
    k = governor.i + 1
    while k < len(doc) and doc[k].pos_ == "AUX" and doc[k].head.i == governor.i:
        k += 1
    if k + 1 < len(doc) and doc[k].text == "の" and doc[k + 1].text == "は":
        for t in doc[k + 2 :]:
            if t.text in SENTENCE_END:
                return None
            if t.pos_ in ("NOUN", "PROPN") and (
                t.dep_ == "ROOT" or any(c.dep_ == "cop" for c in t.children)
            ):
                return t
    return None


def is_naming(governor: Token) -> bool:
    """「X」と名付けた, 「X」と呼ばれる: a naming verb, or 呼ぶ in the passive."""
    if governor.lemma_ in JA_NAMING_VERBS or governor.text in JA_NAMING_VERBS:
        return True
    return governor.lemma_ in ("呼ぶ", "いう", "言う") and is_passive(governor)


def regarded_as(governor: Token) -> bool:
    """「港町のおやじさん」と慕われる, 「鉄人」と恐れられた: what others hold someone to be."""
    return is_passive(governor) and (
        governor.lemma_ in JA_REGARDING_VERBS or governor.text in JA_REGARDING_VERBS
    )


def is_passive(predicate: Token) -> bool:
    """Whether a passive auxiliary (れる, られる) hangs on `predicate`: 書かれた, 言われた."""
    return any(c.lemma_ in ("れる", "られる") for c in predicate.children)


def labels(governor: Token) -> bool:
    """「高」と判定した, 「要注意」とされた: a verb that grades or sorts, or する in the passive
    (put in a class by no one the words say), so a quoted noun it takes is a label."""
    if governor.lemma_ == "する" and governor.pos_ == "VERB" and is_passive(governor):
        return True
    return governor.lemma_ in JA_LABELLING_VERBS or governor.text in JA_LABELLING_VERBS


def shows(governor: Token, inner: Sequence[Token] = ()) -> bool:
    """「…」と表示された, 画面には「…」と出た: the words are text on show, whatever their form: the
    verb puts text on display, or its place is a device that shows text (に or には, not で: 画面
    で「…」と語った is someone speaking on it), hung on the verb or, before them, on the quoted
    words `inner` (the parser may do either)."""
    if governor.lemma_ in JA_DISPLAY_VERBS or governor.text in JA_DISPLAY_VERBS:
        return True
    first = min((t.i for t in inner), default=governor.i)
    return any(
        c.dep_ == "obl"
        and (head is governor or c.i < first)
        and c.text.endswith(JA_DISPLAY_DEVICE_ENDINGS)
        and [k.text for k in c.children if k.dep_ == "case"][:1] == ["に"]
        for head in (governor, *inner)
        for c in head.children
    )


CROWD = 10  # the fewest people a head count (約600人が) makes a crowd whose shout is a chant


def chanted(governor: Token) -> bool:
    """「…」と唱和した, 「…」と声を合わせた, 約200人が「…」と叫んだ: a crowd's slogan, whatever its
    form: a verb of chanting, 声 made one, or a shout whose subject in the sentence is a head
    count of a crowd."""
    if governor.lemma_ in JA_CHANT_VERBS or governor.text in JA_CHANT_VERBS:
        return True
    if governor.lemma_ in JA_CHORUS_VERBS and any(
        c.dep_ == "obj" and c.text == "声" for c in governor.children
    ):
        return True
    if governor.lemma_ not in JA_SHOUT_VERBS:
        return False
    return any(
        t.i < governor.i
        and t.dep_ == "nsubj"
        and t.text == "人"
        and any(
            c.dep_ == "nummod" and c.text.isdigit() and int(c.text) >= CROWD for c in t.children
        )
        for t in governor.sent
    )


def named_by(governor: Token, inner: Sequence[Token] = ()) -> bool:
    """名称は「X」とした, 愛称を「X」とし: the predicate's subject, topic or object is a word for
    a name, or one the parser hung on the quoted words `inner` before them (社名は「X」とする)."""
    first = min((t.i for t in inner), default=governor.i)
    ids = {t.i for t in inner}
    return any(
        c.text in JA_NAME_NOUNS
        and c.dep_ in ("nsubj", "obl", "dislocated", "obj")
        and (head is governor or (c.i < first and c.i not in ids))
        for head in (governor, *inner)
        for c in head.children
    )


def is_topic(t: Token) -> bool:
    """Xは: a word marked as what its sentence is about (not Xについては, Xに対しては,
    Xをめぐっては: what is spoken about or to, never who speaks)."""
    cases = [c for c in t.children if c.dep_ == "case"]
    return any(c.text == "は" for c in cases) and not any(map(_about, cases))


def is_also(t: Token) -> bool:
    """Xも: a noun marked as someone else who also does what the sentence says (同じクラスの
    男子生徒（16）も「…」と話した); before a quote, its speaker, however the parser hangs it."""
    return t.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "case" and c.text == "も" for c in t.children
    )


def _about(case: Token) -> bool:
    """The particle of について, に関して, に対して or をめぐって (its verb hung on it as fixed)."""
    fixed = "".join(c.text for c in case.children if c.dep_ == "fixed")
    return (case.text == "に" and fixed.startswith(("つい", "関し", "対し"))) or (
        case.text == "を" and fixed.startswith("めぐっ")
    )


def plain_topic(t: Token) -> bool:
    """Xは alone, not では or には: a topic that can be who the sentence is about, not a place
    or a time."""
    return [c.text for c in t.children if c.dep_ == "case"] == ["は"]


def modified_noun(doc: Doc, predicate: Token) -> Token | None:
    """The noun a predicate modifies as a relative clause (呼んだ + ルビオ国務長官), if any."""
    k = predicate.i + 1
    while k < len(doc) and doc[k].pos_ == "AUX" and doc[k].head.i == predicate.i:
        k += 1
    if k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    head = doc[k]
    # Through the words of one noun phrase (ルビオ + 国務 + 長官, ホワイトハウス + の + 報道官),
    # not on to what the phrase itself modifies (長官による評価), nor to a noun of place or time
    # after の (「…」と書かれた横断幕の前で: the clause describes the banner, not the spot).
    while head.head.i > head.i and (
        head.dep_ in ("compound", "flat")
        or (
            head.dep_ == "nmod"
            and head.i + 1 < len(doc)
            and doc[head.i + 1].text == "の"
            and "副詞可能" not in head.head.tag_
        )
    ):
        head = head.head
    return head


def reporting_predicate(anchor: Token, inner_ids: set[int]) -> Token | None:
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
            return head if is_predicate(head) else None
        node = head
    return None


def sentence_opening(text: str, pos: int) -> int:
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


def stands_alone(text: str, start: int, end: int) -> bool:
    """A quote that is a whole sentence: nothing before it in its sentence, 。 or the end after."""
    before = text[sentence_opening(text, start) : start - 1].strip()
    after = text[end + 1 :].lstrip()
    return before in ("", "、") and (after == "" or after.startswith(SENTENCE_END))


def next_predicate(doc: Doc, end: int) -> Token | None:
    """The predicate a 「…」と complements when the parser hung the quote on a noun: the first
    verb or adjective after it in the sentence that does not modify a noun (「…」と慎重な見方を
    示した -> 示した). None when another quote follows the と (「A」と「B」: two names)."""
    after = [t for t in doc if t.idx > end]
    if len(after) >= 2 and after[1].text in ("「", "“"):
        return None
    for t in after[1:]:
        if t.text in SENTENCE_END:
            return None
        if t.pos_ in ("VERB", "ADJ") and t.dep_ not in ("acl", "amod", "fixed"):
            return t
        if t.pos_ == "VERB" and t.dep_ == "acl" and t.head.dep_ == "ROOT" and has_copula(t.head):
            return t  # 「…」と驚いた様子だった: the verb of a sentence ending in noun + copula
    return None


def has_copula(t: Token) -> bool:
    """Whether a copula completes `t` as a predicate (様子だった, 選手だ)."""
    return any(c.dep_ == "cop" for c in t.children)
