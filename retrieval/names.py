"""Matching names across scripts: "Rubio" in an English question is ルビオ in a Japanese article.

Japanese news writes foreign names in katakana. Both spellings are reduced to a consonant
skeleton (katakana through a small romanisation table; l/r, b/v/f and m/n folded together,
vowels and doubled letters dropped) and compared; no dictionary of names is needed.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from difflib import SequenceMatcher

from retrieval.glossary import GLOSSARY
from retrieval.lexicon import (
    EN_COURTESY,
    EN_FUNCTION_WORDS,
    EN_NOT_NAMES,
    EN_TITLES,
    JA_NAME_TAILS,
    JA_PREFECTURE_ENDINGS,
)

_DIGRAPHS = {
    "ウィ": "wi", "ウェ": "we", "ウォ": "wo", "ヴァ": "ba", "ヴィ": "bi", "ヴェ": "be", "ヴォ": "bo",
    "ティ": "ti", "ディ": "di", "トゥ": "tu", "ドゥ": "du", "ファ": "fa", "フィ": "fi", "フェ": "fe",
    "フォ": "fo", "シェ": "she", "ジェ": "je", "チェ": "che", "キャ": "kya", "キュ": "kyu",
    "キョ": "kyo", "シャ": "sha", "シュ": "shu", "ショ": "sho", "チャ": "cha", "チュ": "chu",
    "チョ": "cho", "ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo", "ヒャ": "hya", "ヒュ": "hyu",
    "ミャ": "mya", "ミュ": "myu", "リャ": "rya", "リュ": "ryu", "リョ": "ryo", "ギャ": "gya",
    "ギュ": "gyu", "ギョ": "gyo", "ジャ": "ja", "ジュ": "ju", "ジョ": "jo", "ビャ": "bya",
    "ビュ": "byu", "ピャ": "pya", "ピュ": "pyu", "デュ": "dyu", "テュ": "tyu",
}  # fmt: skip
_ROWS = {
    "": "アイウエオ", "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ", "z": "ザジズゼゾ",
    "t": "タチツテト", "d": "ダヂヅデド", "n": "ナニヌネノ", "h": "ハヒフヘホ", "b": "バビブベボ",
    "p": "パピプペポ", "m": "マミムメモ", "y": "ヤ-ユ-ヨ", "r": "ラリルレロ", "w": "ワ---ヲ",
}  # fmt: skip
_MONO: dict[str, str] = {}
for consonant, row in _ROWS.items():
    for vowel, kana in zip("aiueo", row, strict=True):
        if kana != "-":
            _MONO[kana] = consonant + vowel
_MONO.update({"シ": "shi", "チ": "chi", "ツ": "tsu", "フ": "fu", "ジ": "ji", "ン": "n", "ヴ": "bu"})
_SMALL = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o", "ャ": "ya", "ュ": "yu", "ョ": "yo"}
_KATAKANA_NAME = re.compile(r"[ァ-ヴー]{2,}(?:・[ァ-ヴー]{2,})*")
_LATIN_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*\b")
MATCH = 0.75  # skeleton similarity from which two spellings name the same person or place


def romanize(katakana: str) -> str:
    """A rough Hepburn reading of katakana (ー and ッ dropped: the skeleton ignores them)."""
    out: list[str] = []
    i = 0
    while i < len(katakana):
        pair = katakana[i : i + 2]
        if pair in _DIGRAPHS:
            out.append(_DIGRAPHS[pair])
            i += 2
            continue
        ch = katakana[i]
        out.append(_MONO.get(ch) or _SMALL.get(ch) or ("" if ch in "ーッ・" else ch))
        i += 1
    return "".join(out)


def skeleton(latin: str) -> str:
    """Consonants of a Latin-script spelling, with the sounds katakana merges folded together."""
    text = unicodedata.normalize("NFKD", latin.lower())
    # チ is how katakana writes English "t(i)" (プーチン, Putin): ch and t are one sound here.
    text = text.replace("ch", "t").replace("sh", "s").replace("ts", "s").replace("ck", "k")
    # x is written クス (Helix -> ヘリックス), and dge / dgi as ジ (Ledger -> レジャー).
    text = re.sub(r"x+", "ks", text)
    text = re.sub(r"dg(?=[eiy])", "j", text)
    # c is s before e, i and y (Cecil, Nancy) and k elsewhere (Claire, Marco).
    text = re.sub(r"c(?=[eiy])", "s", text)
    # Katakana voices an English s between vowels (Theresa -> テリーザ): z and s are one.
    text = text.translate(str.maketrans("lvfmqxjcz", "rbbnkksks"))
    first = text[:1]
    body = re.sub(r"[^a-z]", "", text)
    body = re.sub(r"[aeiouhy]", "", body[1:])
    body = re.sub(r"(.)\1+", r"\1", body)
    return (first + body) if first else ""


def name_similarity(english: str, katakana: str) -> float:
    """How alike an English-spelled name and a katakana one are (0..1, by consonant skeleton)."""
    a = skeleton(english)
    b = skeleton(romanize(katakana))
    if len(a) < 2 or len(b) < 2:
        return 0.0
    if not (a[0] == b[0] or {a[0], b[0]} <= set("aeiouw")):
        return 0.0
    if min(len(a), len(b)) <= 2 and not (a.startswith(b) or b.startswith(a)):
        return 0.0  # two consonants leave too little to be fuzzy about
    return SequenceMatcher(None, a, b).ratio()


def same_name(english: str, katakana: str) -> bool:
    """Whether an English-spelled name and a katakana one are plausibly the same name."""
    return name_similarity(english, katakana) >= MATCH


def same_reading(english: str, katakana: str) -> bool:
    """Whether an English spelling is the Hepburn romanisation of a Japanese name's reading,
    long vowels written or not (Ito, Itoh: イトウ; Ono, Ohno: オオノ; Shimbun: シンブン). Stricter
    than `same_name`, whose consonant skeleton cannot tell Kazuo from Koji or Sato from Saito:
    for the reading of a name written in kanji, which Hepburn spells exactly."""
    return _folded(english) == _folded(romanize(katakana))


def _folded(latin: str) -> str:
    text = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", latin.lower()))
    text = re.sub(r"m(?=[bp])", "n", text)  # Shimbun, Namba
    text = re.sub(r"oh(?![aeiou])", "o", text)  # Ohno, Satoh
    return text.replace("ou", "o").replace("oo", "o").replace("uu", "u")


def katakana_names(text: str) -> set[str]:
    """Katakana words of two or more characters (names of people, places, companies)."""
    return set(_KATAKANA_NAME.findall(text))


def latin_names(text: str) -> list[str]:
    """Capitalised Latin-script words (candidate names) in order."""
    return _LATIN_NAME.findall(text)


def match_names(english_text: str, katakana: Iterable[str]) -> list[str]:
    """The katakana names that the capitalised words of `english_text` spell, in question order.

    A word the glossary knows (Russia, China) is not guessed at: it matches only its own
    Japanese (ロシア), so "China" cannot come out as a name that merely sounds alike (チーム).
    """
    pool = sorted(set(katakana))
    found: list[str] = []
    for word in latin_names(english_text):
        if word.lower() in EN_FUNCTION_WORDS:
            continue
        known = GLOSSARY.get(word.lower())
        if known is not None:
            found.extend(n for n in known if n in pool and n not in found)
            continue
        scored = [(max(name_similarity(word, p) for p in name.split("・")), name) for name in pool]
        best, name = max(scored, default=(0.0, ""))
        if best >= MATCH and name not in found:
            found.append(name)
    return found


# --- names as keys an article can be found by, in either script ------------------------------

MIN_NAME_KEY = 3  # shorter romanisations (Li, Ota) match too much to find an article by


def romaji_key(text: str) -> str:
    """A name folded for comparison across scripts: lower-case Latin letters with long vowels
    and doubled consonants written once (Kudo, Kudou and クドウ all give kudo; Ōno and Ohno give
    ono; Tottori and トットリ, whose ッ the romanisation drops, give totori; Hatchobori, hachobori)."""
    latin = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    latin = re.sub(r"[^a-z]", "", latin)
    latin = re.sub(r"ou|oo|oh(?![aeiou])", "o", latin)
    latin = re.sub(r"tch", "ch", latin)
    latin = re.sub(r"([b-df-hj-np-tv-z])\1", r"\1", latin)
    return re.sub(r"([aiue])\1", r"\1", latin)


def name_keys_of_katakana(word: str) -> set[str]:
    """Keys for a katakana name: its romanisation and (for foreign names spelled with extra
    vowels, デルガド = Delgado) its consonant skeleton, marked with ~."""
    keys = set()
    for part in word.split("・"):
        roman = romaji_key(romanize(part))
        if len(roman) >= MIN_NAME_KEY:
            keys.add(roman)
        bones = skeleton(romanize(part))
        if len(bones) >= MIN_NAME_KEY:
            keys.add("~" + bones)
    return keys


def name_keys_of_latin(word: str) -> set[str]:
    """Keys for a Latin-script name word: its folded spelling and its consonant skeleton."""
    keys = set()
    roman = romaji_key(word)
    if len(roman) >= MIN_NAME_KEY:
        keys.add(roman)
    bones = skeleton(word)
    if len(bones) >= MIN_NAME_KEY:
        keys.add("~" + bones)
        # A final d, t or s after a consonant is often silent in the katakana (Bertrand ->
        # ベルトラン, Dupont -> デュポン): the skeleton without it is a key too.
        if len(bones) > MIN_NAME_KEY and bones[-1] in "dts" and bones[-2] not in "dts":
            keys.add("~" + bones[:-1])
    # An r after a vowel and before a consonant is a long vowel in katakana (Marcus ->
    # マーカス, Parker -> パーカー): the skeleton without it is a key too; and katakana writes
    # English th as s (Northstar -> ノーススター, Smith -> スミス).
    spellings = {word, re.sub(r"th", "s", word, flags=re.IGNORECASE)}
    for spelling in spellings:
        soft = skeleton(re.sub(r"(?<=[aeiouAEIOU])r(?![aeiouy])", "", spelling))
        if len(soft) >= MIN_NAME_KEY:
            keys.add("~" + soft)
    return keys


# Words of English titles (Mayor, Prime Minister, Chief Executive): capitalised before a name,
# but no part of it; questions name them as news terms (glossary), not as names.
_TITLE_WORDS = frozenset(w for title in EN_TITLES for w in title.split())


def _latin_words(text: str) -> list[str]:
    return [w for run in _latin_runs(text) for w in run]


def _latin_runs(text: str) -> list[list[str]]:
    """Name words of `text` (capitalised, no possessive 's), grouped into runs of adjacent
    ones: "Keiko Okada's office" -> [["Keiko", "Okada"]]."""
    runs: list[list[str]] = []
    end = -1
    # (Bounded by letters, not \b: "Aobaの株価" has a name before a Japanese particle.)
    for m in re.finditer(r"(?<![A-Za-z])[A-Z][A-Za-z'’-]+(?![A-Za-z])", text):
        w = re.sub(r"[’']s$", "", m.group())
        if (
            w.lower() in EN_FUNCTION_WORDS
            or w in EN_NOT_NAMES
            or w in _TITLE_WORDS
            or w + "." in EN_COURTESY  # Mr, Dr written without the full stop
        ):
            continue
        if runs and text[end : m.start()].strip() == "" and end >= 0:
            runs[-1].append(w)
        else:
            runs.append([w])
        end = m.end() if w == m.group() else -1  # a possessive ends the run
    return runs


# Full names: the romanised parts of a name run joined, marked with =, so an article that
# names 中川正彦 outranks one that has a Nakagawa and a Masahiko apart.
def full_name_keys(parts: list[str]) -> set[str]:
    """Keys of a full name from its parts (romaji or Latin), in the given order and reversed
    (Masahiko Nakagawa = 中川正彦)."""
    folded = [romaji_key(p) for p in parts]
    if len(folded) < 2 or any(len(f) < 2 for f in folded):
        return set()
    return {"=" + "".join(folded), "=" + "".join(reversed(folded))}


def _skeletons(word: str) -> set[str]:
    """A Latin name word's consonant skeletons (name_keys_of_latin's ~ keys, unmarked), short
    ones too: in a full name each part need not be distinctive alone."""
    keys = {k[1:] for k in name_keys_of_latin(word) if k.startswith("~")}
    bones = skeleton(word)
    return keys | ({bones} if len(bones) >= 2 else set())


# A full name whose parts all sound alike in order (Claire Bertrand, クレール・ベルトラン: kr + brtrn)
# is as good as spelled the same: a coincidence of two skeletons in order is rare. Keys are
# marked with ≈ (and count as spelled in NameIndex.match).
FULL_SKELETON_MIN = 5  # the least consonants a full-name skeleton key has


def full_skeleton_keys(parts: list[set[str]]) -> set[str]:
    """≈ keys of a full name from each part's skeletons, in order."""
    if len(parts) < 2 or not all(parts):
        return set()
    keys = {"≈" + "".join(combo) for combo in itertools.islice(itertools.product(*parts), 16)}
    return {k for k in keys if len(k) - 1 >= FULL_SKELETON_MIN}


def _katakana_full_skeletons(word: str) -> set[str]:
    parts = [p for p in word.split("・") if p]
    bones = [skeleton(romanize(p)) for p in parts]
    return full_skeleton_keys([{b} for b in bones if len(b) >= 2]) if len(bones) >= 2 else set()


def article_name_keys(text: str, language: str) -> list[str]:
    """Keys of the names an article uses (people, places, bodies), in both scripts' terms:
    a Japanese article's proper nouns by their dictionary reading (田島 -> tajima) and its
    katakana words, an English article's capitalised words."""
    from retrieval.lexical import (
        proper_name_runs,
        proper_names,  # the dictionary loads on first use
    )

    keys: set[str] = set()
    if language == "ja":
        name_runs = proper_name_runs(text)
        readings = _readings([p for name_run in name_runs for p in name_run])
        for _, reading in proper_names(text):
            keys |= name_keys_of_katakana(reading)
        # A name's other readings count in full names only: a part read every possible way
        # (大崎: osaki, ozaki, daiki, …) would match names an article does not use.
        for name_run in name_runs:
            keys |= _run_keys(name_run, readings)
        # Katakana written as a full foreign name (ジェーン・ドウ); a lone katakana word is as
        # often a loanword (アース, コート) that an English common noun would match.
        for word in katakana_names(text):
            if "・" in word:
                keys |= name_keys_of_katakana(word) | _katakana_full_skeletons(word)
        keys |= _japanese_coinage_keys(text)
    for run in _latin_runs(text):
        for word in run:
            keys |= name_keys_of_latin(word)
        if len(run) in (2, 3):
            keys |= full_name_keys(run) | full_skeleton_keys([_skeletons(w) for w in run])
    return sorted(keys)


# The least consonants a coined name's skeleton key has: long enough that an unrelated name of
# the other language rarely has the same ones in the same order.
COINAGE_SKELETON_MIN = 6
# A short name in brackets: a brand, a team's or a programme's name (「瀬戸の白雪」).
_BRACKETED_NAME = re.compile(r"「([^「」。、\s]{2,12})」")
_KANJI = re.compile(r"[\u4e00-\u9fff]")


def _japanese_coinage_keys(text: str) -> set[str]:
    """Keys of the names a Japanese article coins from common words, which the dictionary has
    no proper noun for: a kanji noun run the article repeats (a school, a wrestler, a team:
    白鷺台 -> shirasagidai) and a short name in brackets (「瀬戸の白雪」 -> setonoshirayuki),
    by reading, as an English question romanises them."""
    from retrieval.lexical import noun_runs, proper_names, reading

    runs = dict.fromkeys(noun_runs(text))
    readings = [
        kana
        for surface, kana in runs
        if len(surface) >= 3 and _KANJI.search(surface) and text.count(surface) >= 2
    ]
    readings += [reading(m.group(1)) for m in _BRACKETED_NAME.finditer(text)]
    # The name inside a place's or a body's run (岡山県 + 潮見浜 + 市, 潮見浜 + 漁協), when the
    # article uses it more than once: an English question gives it alone (Shiomihama).
    stems = {
        stem
        for surface, _ in runs
        if (stem := _NAME_TAIL.sub("", _PREFECTURE_HEAD.sub("", surface))) != surface
        and _KANJI_NAME.fullmatch(stem)
        and text.count(stem) >= 2
    }
    readings += [reading(stem) for stem in sorted(stems)]
    # A kanji name the dictionary has no reading for may be romanised by its characters' other
    # readings (旭峰: アサヒミネ to the tokenizer, Kyokuho to the writer).
    # (a short run that opens on a proper noun and goes on: 旭 + 峰, not 政府 or 会見)
    heads = {surface for surface, _ in proper_names(text) if _KANJI.match(surface)}
    short = {
        surface
        for surface, _ in runs
        if _KANJI_NAME.fullmatch(surface)
        and len(surface) <= 3
        and text.count(surface) >= 2
        and any(surface.startswith(h) and len(surface) > len(h) for h in heads)
    }
    readings += [r for name in sorted(short) for r in _character_readings(name)]
    romaji = [romanize(kana) for kana in readings if _is_katakana(kana)]
    keys = {romaji_key(r) for r in romaji}
    # An English spelling of a coined name that keeps its sound but not its romaji (日進セラテック
    # as Nisshin Ceratec) matches the consonants in order, as full names do.
    bones = {"≈" + skeleton(r) for r in romaji}
    return {key for key in keys if len(key) >= 6} | {
        b for b in bones if len(b) - 1 >= COINAGE_SKELETON_MIN
    }


# A prefecture before a place's name in one run (岡山県 + 潮見浜市), and the word that ends a
# place's or a body's name (市, 町, 漁協, 高校): what is between is the name itself.
_PREFECTURE_HEAD = re.compile(
    rf"^[\u4e00-\u9fff]{{1,3}}?(?:{'|'.join(JA_PREFECTURE_ENDINGS)})(?=[\u4e00-\u9fff]{{2}})"
)
_NAME_TAIL = re.compile(rf"(?:{'|'.join(sorted(JA_NAME_TAILS, key=len, reverse=True))})$")
_KANJI_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _character_readings(name: str) -> list[str]:
    """Readings of a kanji name from its characters' readings in JMnedict: combinations of them,
    up to FULL_NAME_READINGS, in JMnedict's order; none when a character has no reading."""
    from retrieval.bilingual import name_readings

    found = name_readings(list(name))
    parts = [found.get(ch, ()) for ch in name]
    if not all(parts):
        return []
    combos = itertools.islice(itertools.product(*parts), FULL_NAME_READINGS)
    return ["".join(combo) for combo in combos]


# A romanised Japanese name written with its particle: "Seto no Shirayuki", "Ama-no-hashi".
_ROMAJI_PHRASE = re.compile(r"\b[A-Z][a-z]+(?:[ -]no[ -][A-Za-z][a-z]+)+\b")


def question_name_keys(question: str) -> list[set[str]]:
    """For each name word of a question, the keys it may be found by in an article of either
    language (Tajima -> tajima; ソノダ -> sonoda; デルガド -> ~drgd)."""
    from retrieval.lexical import proper_name_runs, proper_names

    runs = _latin_runs(question)
    # (A name written as one word may be a run of two in the article, 白 + 鷹山 for Hakuyozan,
    # and a name written as two words one coined noun, 北辰化成 for Hokushin Kasei: the joined
    # spelling is the same key either way.)
    out = [_joined_too(name_keys_of_latin(w)) for run in runs for w in run]
    out += [{romaji_key(m.group())} for m in _ROMAJI_PHRASE.finditer(question)]
    # A full name is one more word to match: an article that has it whole matches more.
    out += [
        _joined_too(full_name_keys(run)) | full_skeleton_keys([_skeletons(w) for w in run])
        for run in runs
        if len(run) in (2, 3)
    ]
    if any(0x3040 <= ord(ch) <= 0x30FF or 0x4E00 <= ord(ch) <= 0x9FFF for ch in question):
        names = [(s, r) for s, r in proper_names(question) if not _is_katakana(s)]
        name_runs = proper_name_runs(question)
        readings = _readings([p for name_run in name_runs for p in name_run])
        out += [name_keys_of_katakana(w) for w in katakana_names(question)]
        out += [_katakana_full_skeletons(w) for w in katakana_names(question) if "・" in w]
        out += [name_keys_of_katakana(r) for s, r in names]
        out += [_run_keys(name_run, readings) for name_run in name_runs]
    return [keys for keys in out if keys]


JOINED_MIN = 6  # the least letters a name's joined spelling has to be looked for either way


def _joined_too(keys: set[str]) -> set[str]:
    """`keys` with each long spelling also as a full name's joined key and back (hakuyozan and
    =hakuyozan): one word in one language may be two in the other."""
    spelled = [k for k in keys if k[:1] not in "~≈"]
    joined = {"=" + k for k in spelled if not k.startswith("=") and len(k) >= JOINED_MIN}
    return keys | joined | {k[1:] for k in spelled if k.startswith("=") and len(k) > JOINED_MIN}


FULL_NAME_READINGS = 16  # full-name keys kept per run: the product of its parts' readings


def _readings(names: list[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    """Each kanji name's readings: the tokenizer's, then JMnedict's others (bilingual.py)."""
    from retrieval.bilingual import name_readings

    extra = name_readings(s for s, r in names if not _is_katakana(s))
    out: dict[str, tuple[str, ...]] = {}
    for surface, reading in names:
        out[surface] = tuple(dict.fromkeys([reading, *extra.get(surface, ())]))
    return out


def _run_keys(run: list[tuple[str, str]], readings: dict[str, tuple[str, ...]]) -> set[str]:
    """Full-name keys of a run of proper nouns, for every combination of its parts' readings
    (大崎 + 敏郎: osakitoshio, osakitoshiro, …), the tokenizer's combination first."""
    parts = [readings.get(s, (r,)) for s, r in run]
    if not all(_is_katakana(r) for part in parts for r in part):
        return set()
    keys: set[str] = set()
    for combo in itertools.islice(itertools.product(*parts), FULL_NAME_READINGS):
        keys |= full_name_keys([romanize(r) for r in combo])
    return keys


def _is_katakana(text: str) -> bool:
    return bool(re.fullmatch(r"[ァ-ヴー・]+", text))
