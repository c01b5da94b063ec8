"""The Japanese parser: GiNZA (spaCy 3.8 with a Universal Dependencies model), loaded once.

GiNZA's model ships inside the `ja-ginza` wheel, so nothing is downloaded. Loading takes
about a second and ~450 MB, and a sentence about 35 ms on two cores, so it runs at ingestion
only (quotes.annotate) and its findings are stored with the article version; questions never
parse. Tokenizing alone (SudachiPy, no parse) is a hundred times cheaper and gives the
part-of-speech tags and readings the rest of an article needs.

Before the parse, names the tokenizer cut across a word boundary are cut again the way its
own dictionary reads them alone (`mend_names`), so the parser and the entity tagger see the
name whole: 村岡 + 健 + 一部 + 長 is 村岡 + 健一 + 部長, 今 + 井恵 is 今井 + 恵.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence
from typing import Any

from retrieval.lexicon import JA_TITLES

log = logging.getLogger(__name__)

MODEL = "ja_ginza"


class JapaneseParser:
    """A thread-safe, lazily loaded GiNZA pipeline."""

    def __init__(self) -> None:
        self._nlp: Any = None
        self._lock = threading.Lock()

    def _pipeline(self) -> Any:
        if self._nlp is None:
            import spacy

            log.info("Loading the Japanese parser (%s)", MODEL)
            self._nlp = spacy.load(MODEL)
        return self._nlp

    def parse(self, texts: Sequence[str]) -> list[Any]:
        """A parsed spaCy `Doc` (dependencies, entities, tags) for each text."""
        with self._lock:
            nlp = self._pipeline()
            return list(nlp.pipe(mend_names(nlp, nlp.make_doc(t)) for t in texts))

    def tokenize(self, texts: Sequence[str]) -> list[Any]:
        """A `Doc` with SudachiPy tokens, tags and readings but no parse, for each text."""
        with self._lock:
            nlp = self._pipeline()
            return [mend_names(nlp, nlp.make_doc(t)) for t in texts]


_KANJI = re.compile(r"[一-龥々]")
_SURNAME, _GIVEN = "名詞-固有名詞-人名-姓", "名詞-固有名詞-人名-名"


def mend_names(nlp: Any, doc: Any) -> Any:
    """`doc` with the names its tokenizer cut across a word boundary cut as the tokenizer's own
    dictionary reads them alone, tags and readings included (the same `doc` when none was):
    - a given name's last kanji read into the title after it: 真 + 一部 + 長 when 真一 alone
      is a given name and 部長 a title;
    - a title's first kanji read into the given name before it: 宏会 + 長 when 宏 alone is a
      given name and 会長 a title;
    - a surname's first kanji read as a word before it: 今 + 井恵 (at a phrase's start) when
      今井恵 alone is a surname and a given name;
    - a title read as two pieces after a name: 大西 + 課 + 長 when 課長 alone is a title."""
    edits: list[tuple[int, int, list[Any]]] = []  # (start, end, the tokens that replace them)
    i = 0
    while i + 1 < len(doc):
        t, u = doc[i], doc[i + 1]
        if t.tag_ == _GIVEN and len(u.text) == 2 and i + 2 < len(doc) and not t.whitespace_:
            name = nlp.make_doc(t.text + u.text[0])
            title = nlp.make_doc(u.text[1] + doc[i + 2].text)
            if (
                [x.tag_ for x in name] == [_GIVEN]
                and len(title) == 1
                and title.text in JA_TITLES
                and not u.whitespace_
            ):
                edits.append((i, i + 3, [*name, *title]))
                i += 3
                continue
        if t.tag_ == _GIVEN and len(t.text) >= 2 and not t.whitespace_:
            name = nlp.make_doc(t.text[:-1])
            title = nlp.make_doc(t.text[-1] + u.text)
            if [x.tag_ for x in name] == [_GIVEN] and len(title) == 1 and title.text in JA_TITLES:
                edits.append((i, i + 2, [*name, *title]))
                i += 2
                continue
        if (
            i
            and "固有名詞" in doc[i - 1].tag_
            and len(t.text) == 1
            and u.tag_.startswith("接尾辞")
            and not t.whitespace_
        ):
            title = nlp.make_doc(t.text + u.text)
            if len(title) == 1 and title.text in JA_TITLES:
                edits.append((i, i + 2, list(title)))
                i += 2
                continue
        opening = i == 0 or doc[i - 1].text in ("の", "、", "は", "と")
        if (
            opening
            and len(t.text) == 1
            and _KANJI.match(t.text)
            and "人名" not in t.tag_
            and u.tag_ == _SURNAME
            and not t.whitespace_
        ):
            whole = nlp.make_doc(t.text + u.text)
            if [x.tag_ for x in whole] == [_SURNAME, _GIVEN]:
                edits.append((i, i + 2, list(whole)))
                i += 2
                continue
        i += 1
    return _replaced(nlp, doc, edits) if edits else doc


def _replaced(nlp: Any, doc: Any, edits: list[tuple[int, int, list[Any]]]) -> Any:
    """A new `doc` with each edit's tokens in place of its range, attributes copied."""
    from spacy.tokens import Doc

    subs = doc.user_data.get("sub_tokens") or [[[], []] for _ in doc]
    sources: list[tuple[Any, Any, bool]] = []  # (token, its sub-tokens, a space after it)
    k = 0
    for start, end, tokens in edits:
        sources += [(doc[n], subs[n], bool(doc[n].whitespace_)) for n in range(k, start)]
        trailing = bool(doc[end - 1].whitespace_)  # (a range's space stays after its last token)
        sources += [(x, [[], []], trailing and x is tokens[-1]) for x in tokens]
        k = end
    sources += [(doc[n], subs[n], bool(doc[n].whitespace_)) for n in range(k, len(doc))]
    mended = Doc(nlp.vocab, words=[x.text for x, _, _ in sources], spaces=[s for *_, s in sources])
    for new, (old, _, _) in zip(mended, sources, strict=True):
        new.tag_, new.pos_, new.lemma_, new.norm_ = old.tag_, old.pos_, old.lemma_, old.norm_
        new.morph = old.morph
    mended.user_data["sub_tokens"] = [sub for _, sub, _ in sources]
    return mended


_shared = JapaneseParser()


def shared_parser() -> JapaneseParser:
    """The process-wide parser (one model in memory, whoever asks)."""
    return _shared
