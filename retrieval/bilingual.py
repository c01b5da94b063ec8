"""Japanese and English words for each other, from JMdict, for questions in the other language.

BM25 cannot match "blood" against 血液, and the bundled e5 model ranks an article in the other
language far below its own language's (bench.archive). JMdict, the Japanese-English dictionary
of the EDRDG (CC BY-SA 4.0; read from the SQLite file the `jamdict-data` package installs),
gives each Japanese word its English senses. Only the entries JMdict marks as common are read
(frequent in newspapers, in everyday use, or common loanwords: ~30,000 words), so a rare sense
does not pull in unrelated articles. Read once per process (~1.1 s, ~64 MiB; search starts it
in the background), before the first question over the other language; when the package is
missing the bridge is empty and search goes on without it.

`english_groups` turns a Japanese question into the English words each of its words may mean
(with their regular inflections: die -> dies, died, dying), `japanese_groups` an English
question into the Japanese words written for each of its words and two-word phrases. Search
uses them as query expansions for BM25 over the other language's passages, and counts how many
of the question's words an article has in any translation: a wrong sense only adds a word few
passages share. JMdict is written from Japanese to English, so that direction is the reliable
one: `passage_glosses` reads each Japanese passage in English at ingestion, and an English
question's own words (`english_words`) are matched against that. `name_readings` gives
JMnedict's readings of a name written in kanji.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from retrieval.lexical import query_words
from retrieval.lexicon import (
    EN_FUNCTION_WORDS,
    EN_IRREGULAR_FORMS,
    EN_QUESTION_WORDS,
    JA_EMPTY_WORDS,
)

log = logging.getLogger(__name__)

# JMdict priority tags of common words: news1/2 (newspaper frequency lists), ichi1/2 and spec1/2
# (everyday words), gai1/2 (common loanwords).
COMMON = ("news1", "news2", "ichi1", "ichi2", "spec1", "spec2", "gai1", "gai2")
SENSES = 2  # senses read per word: later ones are rarer meanings
GLOSSES = 4  # glosses read per sense
HEADWORDS = 2  # Japanese words kept per English word, most common first
# English words a gloss uses for its grammar, not its meaning: "to die", "something done".
_GLOSS_FILLER = frozenset("one one's someone something oneself etc esp e.g. i.e. not no".split())
_PAREN = re.compile(r"\([^)]*\)")
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
_HIRAGANA = re.compile(r"[ぁ-ゖー]+")
_KATAKANA = re.compile(r"[ァ-ヴー]{2,}")


@dataclass(frozen=True)
class Lexicon:
    """JMdict's common words: Japanese word -> English words, English gloss -> Japanese words."""

    english_of: dict[str, tuple[str, ...]]
    japanese_of: dict[str, tuple[str, ...]]
    # English words some gloss gives as a verb ("to react"): what a question does, not the
    # thing it asks about.
    english_verbs: frozenset[str] = frozenset()


def _gloss_words(gloss: str) -> list[str]:
    """The content words of one English gloss: "to die (of illness)" -> ["die"]."""
    words = _WORD.findall(_PAREN.sub(" ", gloss.lower()))
    return [w for w in words if w not in EN_FUNCTION_WORDS and w not in _GLOSS_FILLER]


def _gloss_key(gloss: str) -> str:
    """A gloss as an English phrase to look up: "to require" -> "require"."""
    words = _PAREN.sub(" ", gloss.lower()).split()
    if words[:1] == ["to"]:
        words = words[1:]
    return " ".join(words)


def _searchable(word: str) -> bool:
    """A Japanese word worth searching for: not hiragana only (kana words such as いくら or
    とても are grammar more than topic, and in too many passages)."""
    return not _HIRAGANA.fullmatch(word)


@dataclass
class _Sense:
    pos: list[str]  # JMdict's parts of speech ("noun (common) (futsuumeishi)", "prefix")
    glosses: list[str]


# Parts of speech of words bound to others (新-, -側, 3-株) or of grammar: no English word
# is written with them alone.
_BOUND_POS = ("prefix", "suffix", "counter", "particle", "auxiliary", "conjunction")


def database_path() -> str:
    """Where jamdict-data installed the JMdict database (ImportError when it did not)."""
    from jamdict_data import JAMDICT_DB_PATH  # type: ignore[import-untyped]

    return str(JAMDICT_DB_PATH)


def open_database(path: str) -> sqlite3.Connection:
    """A read-only connection to the database at `path`, usable from any thread (callers hold
    their own lock)."""
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def load_lexicon(path: str) -> Lexicon:
    """Read the common entries of the JMdict SQLite database at `path`."""
    tags = ",".join("?" * len(COMMON))
    db = open_database(path)
    try:
        kanji = db.execute(
            f"""SELECT k.idseq, k.text, MIN(p.text) FROM Kanji k JOIN KJP p ON p.kid = k.ID
                WHERE p.text IN ({tags}) GROUP BY k.idseq, k.text""",
            COMMON,
        ).fetchall()
        kana = db.execute(
            f"""SELECT k.idseq, k.text, MIN(p.text) FROM Kana k JOIN KNP p ON p.kid = k.ID
                WHERE p.text IN ({tags}) GROUP BY k.idseq, k.text""",
            COMMON,
        ).fetchall()
        # A word written in kanji is looked up by its kanji; its kana reading (けつえき) is
        # not how text writes it. Kana-only words (ボランティア, いくら) keep their kana.
        written = {idseq for idseq, _, _ in kanji}
        heads = kanji + [row for row in kana if row[0] not in written]
        # A word JMdict says is usually written in kana alone (鰻, 鮎: うなぎ, あゆ) is written
        # in news in its katakana form when it has one (ウナギ, アユ: animals and plants).
        katakana: dict[int, str] = {}
        for idseq, text in db.execute(
            """SELECT k.idseq, k.text FROM Kana k WHERE k.idseq IN (
                   SELECT s.idseq FROM misc m JOIN Sense s ON s.ID = m.sid
                   WHERE m.text = 'word usually written using kana alone')
               ORDER BY k.ID"""
        ):
            if _KATAKANA.fullmatch(text):
                katakana.setdefault(idseq, text)
        heads += [(i, katakana[i], tag) for i, _, tag in kanji if i in katakana]
        rows = db.execute(
            f"""SELECT s.idseq, s.ID, g.text FROM Sense s JOIN SenseGloss g ON g.sid = s.ID
                WHERE g.lang = 'eng' AND s.idseq IN (
                    SELECT k.idseq FROM Kanji k JOIN KJP p ON p.kid = k.ID WHERE p.text IN ({tags})
                    UNION
                    SELECT k.idseq FROM Kana k JOIN KNP p ON p.kid = k.ID WHERE p.text IN ({tags}))
                ORDER BY s.idseq, s.ID""",
            COMMON + COMMON,
        ).fetchall()
        pos: dict[int, list[str]] = {}
        for sense, text in db.execute(
            f"""SELECT p.sid, p.text FROM pos p JOIN Sense s ON s.ID = p.sid
                WHERE s.idseq IN (
                    SELECT k.idseq FROM Kanji k JOIN KJP p ON p.kid = k.ID WHERE p.text IN ({tags})
                    UNION
                    SELECT k.idseq FROM Kana k JOIN KNP p ON p.kid = k.ID WHERE p.text IN ({tags}))""",
            COMMON + COMMON,
        ):
            pos.setdefault(sense, []).append(text)
        glosses: dict[int, list[_Sense]] = {}
        last_sense: dict[int, int] = {}
        for idseq, sense, text in rows:
            senses = glosses.setdefault(idseq, [])
            if last_sense.get(idseq) != sense:
                last_sense[idseq] = sense
                # A sense's parts of speech hold for the senses after it that list none.
                kinds = pos.get(sense) or (senses[-1].pos if senses else [])
                senses.append(_Sense(kinds, []))
            senses[-1].glosses.append(text)
    finally:
        db.close()
    rank = {tag: i for i, tag in enumerate(sorted(COMMON, key=lambda t: t[-1]))}  # *1 before *2
    english: dict[str, list[str]] = {}
    japanese: dict[str, list[tuple[int, int, str]]] = {}
    verbs: set[str] = set()
    for idseq, word, tag in heads:
        # A one-character word (月, 員) has many senses; only its first is read.
        senses = glosses.get(idseq, [])[: 1 if len(word) == 1 else SENSES]
        for s, sense in enumerate(senses):
            # 新 as a prefix ("new-") is not how text writes "new"; 港 as a noun is "port".
            bound = any(k in p for p in sense.pos for k in _BOUND_POS)
            for gloss in sense.glosses[:GLOSSES]:
                if gloss.startswith("-") or "..." in gloss:
                    continue  # a suffix's gloss (-ian) or a pattern (... or more)
                verb = gloss.startswith("to ")
                if verb and (head := gloss[3:].split(" ")[0]).isalpha():
                    verbs.add(head.lower())
                english.setdefault(word, []).extend(
                    form for w in _gloss_words(gloss) for form in inflections(w, verb)
                )
                key = _gloss_key(gloss)
                if key and len(key.split()) <= 3 and _searchable(word) and not bound:
                    japanese.setdefault(key, []).append((s, rank[tag], word))
    return Lexicon(
        english_of={w: tuple(dict.fromkeys(ws)) for w, ws in english.items()},
        japanese_of={
            k: tuple(dict.fromkeys(w for _, _, w in sorted(v)))[:HEADWORDS]
            for k, v in japanese.items()
        },
        english_verbs=frozenset(verbs),
    )


_lock = threading.Lock()
_lexicon: Lexicon | None = None
_loaded = False


def lexicon() -> Lexicon | None:
    """The process's lexicon, read on first use; None when jamdict-data is not installed."""
    global _lexicon, _loaded
    with _lock:
        if not _loaded:
            _loaded = True
            try:
                _lexicon = load_lexicon(database_path())
            except (ImportError, sqlite3.Error) as exc:
                log.warning("No Japanese-English word list (%s): cross-language terms off", exc)
        return _lexicon


def inflections(word: str, verb: bool) -> list[str]:
    """`word` with its regular English inflections (plural; a verb's -s, past and -ing), for
    matching running text."""
    forms = [word]
    if len(word) < 3:
        return forms
    if not verb:
        if word.endswith("y") and word[-2] not in "aeiou":
            return [*forms, word[:-1] + "ies"]
        return [*forms, word + ("es" if word.endswith(("s", "x", "z", "ch", "sh")) else "s")]
    if word.endswith("ie"):
        forms += [word + "s", word + "d", word[:-2] + "ying"]  # die -> dying
    elif word.endswith("e"):
        forms += [word + "s", word + "d", word[:-1] + "ing"]
    elif word.endswith("y") and word[-2] not in "aeiou":
        forms += [word[:-1] + "ies", word[:-1] + "ied", word + "ing"]
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        forms += [word + "es", word + "ed", word + "ing"]
    else:
        forms += [word + "s", word + "ed", word + "ing"]
    return forms


def lemmas(word: str) -> list[str]:
    """Candidate dictionary forms of an inflected English word: members -> member, frozen ->
    freeze."""
    out = [word]
    if word in EN_IRREGULAR_FORMS:
        out.append(EN_IRREGULAR_FORMS[word])
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("d", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            out.append(stem + repl)
            if not repl and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                out.append(stem[:-1])  # winning -> win, planned -> plan
    return list(dict.fromkeys(out))


def english_terms(question: str) -> list[str]:
    """English words (with inflections) for the words of a Japanese question, each once."""
    return list(dict.fromkeys(w for group in english_groups(question) for w in group))


def english_groups(question: str) -> list[tuple[str, ...]]:
    """For each word of a Japanese question JMdict knows, the English words it may be."""
    lex = lexicon()
    if lex is None:
        return []
    groups = (lex.english_of.get(word, ()) for word in dict.fromkeys(query_words(question)))
    return [g for g in groups if g]


def passage_glosses(japanese_words: Iterable[str]) -> Counter[str]:
    """The English words (with their inflections) JMdict gives for the words of a Japanese
    passage: what search matches an English question's own words against, in the dictionary's
    reliable direction (山車 -> float, parade, festival; an English "float" looked up the other
    way finds 浮く)."""
    lex = lexicon()
    out: Counter[str] = Counter()
    if lex is None:
        return out
    for word in japanese_words:
        if word not in JA_EMPTY_WORDS:
            out.update(lex.english_of.get(word, ()))
    return out


def _lower_words(question: str) -> list[str]:
    """An English question's words, lower-cased, a possessive's 's dropped; a hyphenated word
    is followed by its parts ("paddy-owner", "paddy", "owner"), which the dictionary may know
    when it does not know the whole."""
    words = [re.sub(r"'s$", "", w) for w in _WORD.findall(question.lower().replace("’", "'"))]
    return [part for w in words for part in [w, *(w.split("-") if "-" in w else [])] if part]


def english_words(question: str) -> list[str]:
    """The content words of an English question, lower-cased, as passage_glosses writes them."""
    words = _lower_words(question)
    return [w for w in words if w not in EN_FUNCTION_WORDS and w not in EN_QUESTION_WORDS]


def japanese_terms(question: str) -> list[str]:
    """Japanese words written for the words and two-word phrases of an English question."""
    return list(dict.fromkeys(w for group in japanese_groups(question) for w in group))


def japanese_groups(question: str) -> list[tuple[str, ...]]:
    """For each word and two-word phrase of an English question JMdict knows, the Japanese
    words written for it."""
    lex = lexicon()
    if lex is None:
        return []
    # ("the company's president" is the phrase "company president": 社長)
    words = _lower_words(question)
    out: list[tuple[str, ...]] = []
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            if any(w in EN_FUNCTION_WORDS or w in EN_QUESTION_WORDS for w in gram):
                continue
            for lemma in lemmas(gram[0]) if n == 1 else [" ".join(gram)]:
                found = lex.japanese_of.get(lemma)
                if found:
                    out.append(found)
                    break
    return list(dict.fromkeys(out))


# --- readings of names ------------------------------------------------------------------------

READINGS = 8  # readings kept per name: JMnedict lists rare ones too (大崎: おおさき … うふさき)
_db_lock = threading.Lock()
_db: sqlite3.Connection | None = None
_db_tried = False


def _names_db() -> sqlite3.Connection | None:
    """A read-only connection to the JMdict database (JMnedict's names are in it too)."""
    global _db, _db_tried
    if not _db_tried:
        _db_tried = True
        try:
            _db = open_database(database_path())
        except (ImportError, sqlite3.Error) as exc:
            log.warning("No name readings (%s): names are read by the tokenizer alone", exc)
    return _db


def name_readings(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Every reading JMnedict gives each name written in kanji, in katakana: a given name has
    several (敏郎: トシオ, トシロウ; 玲奈: レイナ, レナ, …) and the tokenizer picks one."""
    wanted = sorted({n for n in names if n and not n.isascii()})
    out: dict[str, list[str]] = {}
    with _db_lock:
        db = _names_db()
        if db is None or not wanted:
            return {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = db.execute(
                f"""SELECT k.text, n.text FROM NEKanji k JOIN NEKana n ON n.idseq = k.idseq
                    WHERE k.text IN ({",".join("?" * len(chunk))})""",
                chunk,
            ).fetchall()
            for name, reading in rows:
                katakana = _to_katakana(reading)
                if katakana not in out.setdefault(name, []):
                    out[name].append(katakana)
    return {name: tuple(readings[:READINGS]) for name, readings in out.items()}


def _to_katakana(kana: str) -> str:
    return "".join(chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in kana)
