"""Proper names in a claim that its sources do not name, in either language.

A claim's names are its capitalised Latin words (not sentence openers, titles, months or the
words that end a body's name: `lexicon`), the proper nouns SudachiPy finds in its Japanese
(people, places, bodies) and its katakana names written with ・. A name is found in a source
by its spelling (NFKC, case-folded), by its reading across scripts (田島 and Tajima share the
key "tajima", ルビオ and Rubio a consonant skeleton: `retrieval.names`), or, for a word the
glossary knows (Russia, sanctions), by the glossary's Japanese for it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from retrieval.glossary import GLOSSARY
from retrieval.lexicon import (
    EN_COMPANY_WORDS,
    EN_COURTESY,
    EN_FUNCTION_WORDS,
    EN_MONTHS,
    EN_NOT_NAMES,
    EN_PUBLIC_BODY_WORDS,
    EN_ROLE_NOUNS,
    EN_SPEECH_VERBS,
    EN_TITLES,
    JA_TITLES,
)
from retrieval.names import (
    article_name_keys,
    katakana_names,
    name_keys_of_katakana,
    name_keys_of_latin,
)

# Acronyms (PM, GDP, NHK) are left out: as often a title or a common term as a name.
_LATIN_WORD = re.compile(r"\b[A-Z][a-z][A-Za-z'’-]*[A-Za-z]\b")
_KATAKANA = re.compile(r"^[ァ-ヴー・]+$")
# Capitalised words that are not names by themselves: titles, roles, the words that end a
# company's or a body's name (Foreign Ministry = 外務省 would otherwise need its own entry).
_NOT_NAME_WORDS = frozenset(
    w.casefold()
    for w in (
        *EN_NOT_NAMES,
        *EN_COURTESY,
        *EN_COMPANY_WORDS,
        *EN_PUBLIC_BODY_WORDS,
        *EN_ROLE_NOUNS,
        *(word for title in EN_TITLES for word in title.split()),
        *EN_MONTHS,
        *EN_FUNCTION_WORDS,
    )
)
_SPEECH_VERBS = frozenset(EN_SPEECH_VERBS)
# The glossary read backwards: 米国 -> u.s., united states, america.
_ENGLISH_OF: dict[str, set[str]] = {}
for _term, _japanese in GLOSSARY.items():
    for _ja in _japanese:
        _ENGLISH_OF.setdefault(_ja, set()).add(_term)
_GLOSSARY_RE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(t) for t in sorted(GLOSSARY, key=len, reverse=True))
    + r")(?![\w.])",
    re.IGNORECASE,
)


def missing_names(claim: str, sources: Sequence[str]) -> list[str]:
    """The names of `claim`, as written, that none of `sources` names in any script."""
    text = unicodedata.normalize("NFKC", "\n".join(sources))
    folded = text.casefold()
    claim = unicodedata.normalize("NFKC", claim)
    keys: set[str] | None = None  # the sources' name keys, computed on the first need
    missing: list[str] = []
    for name, name_keys in _names(claim):
        if name.casefold() in folded or name in missing:
            continue
        if keys is None:
            keys = _source_keys(text)
        if name_keys & keys:
            continue
        missing.append(name)
    return missing


def _names(claim: str) -> Iterable[tuple[str, set[str]]]:
    """(surface, cross-script keys) of each name the claim uses."""
    for m in _GLOSSARY_RE.finditer(claim):
        term = m.group(0)
        words = term.split()
        if not term[0].isupper() or all(w.casefold() in _NOT_NAME_WORDS for w in words):
            continue
        if len(words) == 1 and _opens_sentence(claim, m.start()):
            continue  # "Prices rose": a common noun opening a sentence
        yield term, {"glossary:" + term.casefold()}
    # Glossary terms are checked whole, above (Prime Minister -> 首相), not word by word.
    english = _GLOSSARY_RE.sub(lambda m: " " * len(m.group(0)), claim)
    for m in _LATIN_WORD.finditer(english):
        word = m.group(0)
        possessive = word.endswith(("'s", "’s"))
        word = word[:-2] if possessive else word
        if word.casefold() in _NOT_NAME_WORDS:
            continue
        opener = _opens_sentence(claim, m.start())
        if opener and not possessive and not _names_follow(claim, m.end()):
            continue  # a sentence opener ("Prices rose") is not taken for a name on its own
        yield word, name_keys_of_latin(word)
    if not re.search(r"[ぁ-んァ-ヴ一-龯]", claim):
        return
    from retrieval.lexical import proper_names  # the dictionary loads on first use

    for surface, reading in proper_names(claim):
        if surface in JA_TITLES or (len(surface) < 2 and not _KATAKANA.match(surface)):
            continue
        glossed = {"glossary:" + term for term in _ENGLISH_OF.get(surface, ())}
        yield surface, name_keys_of_katakana(reading) | glossed
    for word in katakana_names(claim):
        if "・" in word:
            yield word, name_keys_of_katakana(word)


def _source_keys(text: str) -> set[str]:
    """Every key the sources' names (and glossary terms) are found by."""
    keys = set(article_name_keys(text, "ja")) | set(article_name_keys(text, "en"))
    for word in katakana_names(text):
        keys |= name_keys_of_katakana(word)
    for term, japanese in GLOSSARY.items():
        if any(j in text for j in japanese):
            keys.add("glossary:" + term)
    keys |= {"glossary:" + m.group(0).casefold() for m in _GLOSSARY_RE.finditer(text)}
    return keys


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:;\n。！？-•*"


def _names_follow(text: str, pos: int) -> bool:
    """After a sentence's first word: another capitalised word (Marco Rubio) or a verb of
    saying (Lavrov said) make it a name."""
    m = re.match(r"\s+([A-Z]|\w+)", text[pos:])
    return m is not None and (m.group(1).isupper() or m.group(1) in _SPEECH_VERBS)
