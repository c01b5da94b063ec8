"""Finding a speaker however a user writes the name: 工藤, 工藤公康監督, Kudo, kimiyasu kudo, Mr. Doe.

A quote carries its speaker's forms (full name, surname, given name and, for a Japanese name,
its katakana reading from the dictionary); a query matches when, stripped of titles, it is one
of them, or when its Latin words spell one of the katakana forms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from retrieval.lexicon import EN_TITLES, JA_NATION_PREFIXES, JA_PREFECTURE_ENDINGS, JA_TITLES
from retrieval.names import MATCH, latin_names, name_similarity, same_reading

_JA_TITLE_RE = "|".join(map(re.escape, sorted(JA_TITLES, key=len, reverse=True)))
_JA_NATION_RE = "|".join(map(re.escape, sorted(JA_NATION_PREFIXES, key=len, reverse=True)))
_JA_SUFFIX_RE = re.compile(rf"\s*(?:{_JA_NATION_RE})?(?:{_JA_TITLE_RE})$")
_EN_PREFIX_RE = re.compile(
    rf"^(?:{'|'.join(map(re.escape, EN_TITLES))})\s+(?:of\s+\w+\s+)?", re.IGNORECASE
)
_SEPARATORS = re.compile(r"[・=＝\s]")
_KANJI = re.compile(r"[一-龥々]")


def last_part(name: str) -> str:
    """The last word of a name written with separators (マルコ・ルビオ -> ルビオ, Jane Doe -> Doe)."""
    return _SEPARATORS.split(name.strip())[-1]


def name_key(name: str) -> str:
    """A name folded for comparison: width, case, spaces and separators ignored."""
    return re.sub(r"[\s・=＝.]", "", unicodedata.normalize("NFKC", name)).casefold()


def strip_titles(query: str) -> str:
    """ホワイトハウスのケリー報道官 -> ケリー, Mr. Rubio -> Rubio, トランプ米大統領 -> トランプ."""
    q = unicodedata.normalize("NFKC", query).strip()
    q = q.rsplit("の", 1)[-1] if re.search(r"[ァ-ヴ一-龥]", q) else q
    while True:
        stripped = _JA_SUFFIX_RE.sub("", q).strip()
        stripped = _EN_PREFIX_RE.sub("", stripped).strip()
        if not stripped or stripped == q:
            return q.strip()
        q = stripped


def speaker_matches(query: str, speaker: str | None, forms: Iterable[str] = ()) -> bool:
    """True when `query` names `speaker` in any form: ルビオ, ルビオ氏, 工藤, Kudo, Mr. Doe.

    `forms` are the other forms the article gives the speaker (surname, given name, reading).
    """
    if not speaker:
        return False
    wanted = name_key(strip_titles(query))
    if not wanted:
        return False
    all_forms = {speaker, last_part(speaker), *forms}
    keys = {name_key(f) for f in all_forms}
    if wanted in keys:
        return True
    # 雲南市教育委員会 for 島根県雲南市教育委員会: a body named without its prefecture.
    whole = name_key(speaker)
    prefecture = whole[: -len(wanted)] if whole.endswith(wanted) else ""
    if 2 <= len(prefecture) <= 4 and prefecture.endswith(JA_PREFECTURE_ENDINGS):
        return len(wanted) >= 3 and bool(_KANJI.match(wanted))
    # A two-word English query names a person when one of its words is the family name and the
    # other the given name, in either order ("Kimiyasu Kudo", "Kudo Kimiyasu").
    words = [w for w in latin_names(query.title()) if w.casefold() not in _COURTESY]
    kana = [f for f in all_forms if re.fullmatch(r"[ァ-ヴー・]+", f)]
    if not words:
        return False
    parts = [part for f in kana for part in f.split("・")]
    return all(any(spelling_score(w, speaker, part) >= MATCH for part in parts) for w in words)


def spelling_score(word: str, speaker: str, katakana: str) -> float:
    """How surely a Latin name word spells a katakana form of `speaker` (0..1): the reading of a
    name written in kanji (石川和夫: イシカワ, カズオ) as Hepburn spells it, 1 or 0; a name written
    in katakana (ルビオ) by sound."""
    if _KANJI.search(speaker):
        return float(same_reading(word, katakana))
    return name_similarity(word, katakana)


_COURTESY = frozenset({"mr", "mrs", "ms", "dr", "prof"})
