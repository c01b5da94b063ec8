"""English attribution by rule over wire copy: "…," Smith said; Smith said: "…"; "…," said Jane
Doe, chief executive of X; "…," she added; according to a statement; X was quoted as saying; "…,"
the company said; fragments (called it "…"); quotes continued across paragraphs. Titles, scare
quotes and numbers in quote marks are left out. No English parser ships with its model on the
package registry, so these are patterns, with the words they rely on in lexicon.py. When the
text does not say who spoke, the speaker is None: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from retrieval import lexicon as lx
from retrieval.models import Article, Block, Quote
from retrieval.quotes.spans import is_verbatim, quote_spans
from retrieval.sentences import Sentence, split_sentences


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_SAY = _alternation(lx.EN_SPEECH_VERBS)
_SAY_OR_CALL = _alternation((*lx.EN_SPEECH_VERBS, *lx.EN_CHARACTERISING_VERBS))
_ROLE = _alternation(lx.EN_ROLE_NOUNS)
_GENERIC = _alternation(lx.EN_COMPANY_NOUNS | lx.EN_PUBLIC_BODY_NOUNS)
_VOICE = _alternation(lx.EN_VOICE_NOUNS)
_TITLE_SEQS = [tuple(t.split()) for t in lx.EN_TITLES]
_CONNECTORS = frozenset("of the de van von al bin da del la le du &".split())
_PRONOUNS = frozenset({"he", "she"})  # "they" and "we" may be anyone: never resolved
_SMALL_WORDS = frozenset("a an the of and or in on at to for by with from".split())

# One capitalised word of a name: U.S., Co.'s, Reyes-Lacson, O'Brien, a middle initial.
_ABBREVIATED = {*lx.EN_COURTESY, *lx.EN_TITLES, *lx.EN_COMPANY_WORDS}
_DOTTED = _alternation(w for w in _ABBREVIATED if "." in w)
_TOK = rf"(?:(?:[A-Z]\.){{2,}}|{_DOTTED}|[A-Z]\.(?=\s+[A-Z])|[A-Z]\w*(?:[-’']\w+)*)(?:[’']s)?"
_JOIN = rf"\s+(?:(?:{_alternation(_CONNECTORS)})\s+)*"
_RUN_RE = re.compile(rf"(?<![\w.’'-]){_TOK}(?:{_JOIN}{_TOK})*")
# A role phrase right before a name: "Bank of Japan board member", "Acme's chief executive,".
# A bare "analyst" is a description, not a role worth storing: a role says where it is held.
_PRE_ROLE_RE = re.compile(
    rf"(?:(?<![\w.’'-]){_TOK}(?:{_JOIN}{_TOK})*\s+(?:[a-z][\w-]*\s+){{0,2}})?"
    rf"\b(?i:{_ROLE}),?\s+$"
)
# ", a deputy press secretary at Japan's Foreign Ministry," after a name.
_APPOSITIVE_RE = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?P<role>[^,;“”\"()]{2,120}?)"
    r"(?=\s*,|\s*;|\.(?:\s|$)|\s+(?:who|which|whose|said|says)\b|$)"
)
# What a subject after a closing mark may start with besides a capital: "…," one official said.
_NP_START = "he|she|it|they|we|the|a|an|one|its|this|another|two|three|several|some"
_NP = r"(?:[^,.;:“”\"]|\.(?=\S))"  # a period inside U.S. does not end the phrase
# After a closing mark: "…," said Jane Doe(, role) / "…," Smith(, 45,) said / "…" he added /
# "…," according to X.
_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?:(?:{_SAY})\s+(?P<np1>{_NP}{{1,80}}?(?:,\s+(?:the\s+)?[A-Z][\w’'-]*"
    rf"(?:\s+[A-Z][\w’'-]*){{0,3}})?)(?=\s*[,.;:!?]|\s+(?:in|at|on|after|before|during|from|to|"
    rf"who|while|when|as)\b|\s*$)"
    rf"|(?P<np2>(?=[A-Z]|(?:{_NP_START})\b)[^,;:“”\"]{{1,60}}?(?:,[^,;:“”\"]{{1,80}}?,)?)"
    rf"\s+(?:(?:also|later|then|further|earlier|once)\s+)?(?:{_SAY})\b"
    rf"|[Aa]ccording\s+to\s+(?P<acc>[^,;:“”\"]{{1,100}}))"
)
_ACCORDING_RE = re.compile(r"\b[Aa]ccording\s+to\s+(?P<acc>[^,;:“”\"]{1,100}?)\s*,?\s*$")
# The verb a fragment hangs on. "X was quoted (by Y) as saying" and "Y quoted X as saying" come
# first, since there "saying" tells whose words they are.
_VERB_RE = re.compile(
    r"(?P<passive>\b(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\b[^“”\"]{0,120}?\bas\s+"
    r"saying\b)|(?P<active>\bquoted\s+(?P<obj>[^“”\"]{1,80}?)\s+as\s+saying\b)"
    rf"|(?P<verb>\b(?:{_SAY_OR_CALL})\b)"
)
# Between a subject and its verb: an appositive, auxiliaries, adverbs, "on Tuesday".
_ADVERBS = r"(?:(?:also|later|then|has|had|have|was|is|once|again|on\s+[A-Z]\w+|\w+ly)\s+)*"
_GAP_RE = re.compile(rf"(?:\s*,[^,“”\"]*,)?\s*{_ADVERBS}")
# "the company", "the Kyoto-based company's statement", "a statement from the ministry".
_GENERIC_RE = re.compile(
    rf"(?:(?:an?\s+)?statement\s+(?:\w+\s+)?(?:from|by)\s+)?(?:[Tt]he|[Ii]ts|[Tt]his)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<noun>{_GENERIC})(?:[’']s\s+(?:{_VOICE}))?"
)
_PREPOSITION_RE = re.compile(r"\b(?:for|of|at|to|with|from|by|about|against|on)\s+(?:the\s+)?$")


@dataclass(eq=False)
class _Entity:
    """A person or an organisation the article names; `kind` is person, company or public."""

    name: str
    kind: str
    role: str | None = None
    forms: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Mention:
    """`entity` named at ¶paragraph[start:end]; a minor (passing) mention is never a subject."""

    paragraph: int
    start: int
    end: int
    entity: _Entity
    minor: bool


@dataclass
class _Cast:
    """Everyone the article names, and where, in article order."""

    entities: list[_Entity] = field(default_factory=list)
    mentions: list[_Mention] = field(default_factory=list)

    def person(self, token: str) -> _Entity | None:
        """The known person one word names: by surname first, else by any part if unique."""
        people = [e for e in reversed(self.entities) if e.kind == "person"]
        for p in people:
            if token in (p.name, p.name.split()[-1]):
                return p
        parts = [p for p in people if token in p.name.split()]
        return parts[0] if len(parts) == 1 else None

    def organisation(self, words: list[str], full: bool) -> _Entity | None:
        """The known organisation `words` name: in full, or shortened (a company goes by its first
        word, Crestline; a public body does not), or lengthened when `full` (Hoshino Games Co.
        after Hoshino Games becomes the name)."""
        for e in self.entities:
            known = e.name.split()
            if e.kind == "person" or (len(words) == 1 and e.kind != "company" and known != words):
                continue
            if known[: len(words)] == words:
                return e
            if full and words[: len(known)] == known:
                _add_form(e, e.name)
                e.name = " ".join(words)
                return e
        return None

    def before(self, paragraph: int, pos: int, kinds: frozenset[str]) -> _Entity | None:
        """The last entity of `kinds` named before ¶paragraph:pos (a person: not in passing)."""
        for m in reversed(self.mentions):
            passing = m.minor and m.entity.kind == "person"
            if (m.paragraph, m.start) < (paragraph, pos) and m.entity.kind in kinds and not passing:
                return m.entity
        return None


def attribute_english(article: Article) -> list[Quote]:
    """Every quote of an English `article` in order, verbatim, with speaker and role when said."""
    cast = _cast(article)
    quotes: list[Quote] = []
    left_open: _Entity | None = None  # who spoke the quote the last paragraph left open
    for block in article.blocks:
        text = block.text
        found: list[_Found] = []
        sentences = split_sentences(text) if block.is_passage else []
        for start, end in quote_spans(text) if block.is_passage else []:
            sentence = next((s for s in sentences if s.start <= start < s.end), None)
            sentence = sentence or Sentence(0, len(text), text)
            if not _not_speech(text, start, end, sentence):
                found.append(_Found(start, end, *_attribute(cast, block, sentence, start, end)))
        # A paragraph opening with a quote nobody is named for continues the last paragraph's
        # quote when that one was left open (wire style: no closing mark, next paragraph opens).
        if found and left_open and found[0].start == 1 and not found[0].attributed:
            found[0].who, found[0].attributed = left_open, True
        _carry(found, cast, block.number)
        closed = not found or found[-1].end < len(text.rstrip()) or text[found[-1].end :].strip()
        left_open = None if closed else found[-1].who
        for f in found:
            forms = tuple(dict.fromkeys([f.who.name, *f.who.forms])) if f.who else ()
            quote = text[f.start : f.end]
            verified = is_verbatim(article, block.number, quote)
            speaker, role = (f.who.name, f.who.role) if f.who else (None, None)
            args = (article.article_id, block.number, quote, speaker, role, f.partial, verified)
            quotes.append(Quote(*args, start=f.start, end=f.end, speaker_forms=forms))
    return quotes


@dataclass
class _Found:
    """A quote at text[start:end] and who said it, while its paragraph is read."""

    start: int
    end: int
    who: _Entity | None
    attributed: bool  # the text says who spoke, even if only "an official"
    partial: bool


def _carry(found: list[_Found], cast: _Cast, paragraph: int) -> None:
    """A whole quote with no attribution of its own shares its paragraph's neighbour's speaker.

    “We are open,” Rubio said. “But the time has come.” - both are Rubio's; not when someone
    else is named between them, nor when the text said the speaker is unnamed.
    """
    for f in found:
        if f.who or f.partial or f.attributed:
            continue
        others = [o for o in found[::-1] if o.end <= f.start] + [
            o for o in found if o.start > f.end
        ]
        other = next((o for o in others if o.who), None)
        if other is None:
            continue
        lo, hi = sorted((other.end, f.start))
        between = {
            m.entity.name
            for m in cast.mentions
            if m.paragraph == paragraph and lo <= m.start < hi and not m.minor
        }
        if other.who and between <= {other.who.name}:  # no one else named in between
            f.who = other.who


# --- Who the article names ----------------------------------------------------------------------


def _cast(article: Article) -> _Cast:
    """People and organisations the passages name outside quote marks, in order."""
    cast = _Cast()
    for block in article.passages:
        text = block.text
        inside = quote_spans(text)
        minor_zones: list[tuple[int, int]] = []
        for run_start, run_end in _runs(text):
            if any(a - 1 <= run_start < b + 1 for a, b in inside):
                continue  # the speaker's own words, or a title
            found = _entity(cast, block.number, text, run_start, run_end)
            if found is None:
                continue
            entity, start, appositive = found
            minor = any(a <= start < b for a, b in minor_zones)
            if appositive is not None:
                minor_zones.append(appositive)
            # A role before the name may name a body (Sorano Capital partner Kenta Morishige):
            # that body was named in passing.
            cast.mentions = [
                replace(m, minor=True) if m.paragraph == block.number and m.start >= start else m
                for m in cast.mentions
            ]
            possessive = text[:run_end].endswith(("’s", "'s"))
            cast.mentions.append(
                _Mention(block.number, start, run_end, entity, minor or possessive)
            )
    return cast


def _runs(text: str) -> list[tuple[int, int]]:
    """Runs of capitalised words; "Mark Lin of Delta Bank" is two (a person of a body)."""
    out = []
    for run in _RUN_RE.finditer(text):
        of = re.search(r"\s+of\s+", run.group())
        left = run.group()[: of.start()].split() if of else []
        if of and not _org_kind(left) and _org_kind(run.group()[of.end() :].split()):
            out += [(run.start(), run.start() + of.start()), (run.start() + of.end(), run.end())]
        else:
            out.append(run.span())
    return out


def _entity(
    cast: _Cast, paragraph: int, text: str, run_start: int, run_end: int
) -> tuple[_Entity, int, tuple[int, int] | None] | None:
    """The entity a capitalised run names, where its mention starts, and its appositive span."""
    words = text[run_start:run_end].split()
    while words and (words[0] in lx.EN_NOT_NAMES or words[0] in _CONNECTORS):
        words.pop(0)  # "The", "According to", "Shares of"
    while words and (words[-1] in lx.EN_NOT_NAMES or words[-1] in _CONNECTORS):
        words.pop()
    if not words:
        return None
    start = text.index(words[0], run_start)
    words[-1] = re.sub(r"[’']s$", "", words[-1])
    appositive = _APPOSITIVE_RE.match(text, run_end)
    role_after = _role_of(appositive.group("role")) if appositive else None
    span = (run_end, appositive.end()) if appositive and role_after else None
    # Title + name: Secretary of State Marco Rubio, U.S. District Judge Helen Marquez, Mr. Kim.
    for n in (2, 3, 1):
        name, prefix = words[-n:], words[:-n]
        if prefix and len(name) == n and all(map(_namelike, name)) and _ends_in_title(prefix):
            person = cast.person(name[0]) if n == 1 else _named(cast, name)
            if person is None and n == 1:
                return None  # a bare "Mr. Sonoda" first: who he is comes later
            person = person or _add(cast, " ".join(name), "person")
            if _org_kind(prefix):  # Northwind Corp. Chief Financial Officer Laura Smith
                _organisation(cast, prefix, (paragraph, start))
            role = " ".join(prefix) if prefix[-1] not in lx.EN_COURTESY else None
            person.role = person.role or role or role_after
            return person, start, span
    if len(words) == 1 and (person := cast.person(words[0])):
        person.role = person.role or role_after
        _add_form(person, words[0])
        return person, start, span
    org = _organisation(cast, words, None)
    if org is not None:
        return org, start, None
    if not (2 <= len(words) <= 3 and all(map(_namelike, words))) or words[0] in lx.EN_PLACE_WORDS:
        return None
    window = max(0, start - 120)
    pre = _PRE_ROLE_RE.search(text, window, start)
    said = re.search(rf"\b(?:{_SAY})\s+$", text[window:start]) or re.match(
        rf"\s+(?:(?:also|later|then)\s+)?(?:{_SAY})\b", text[run_end:]
    )
    person = _named(cast, words)
    if not (pre or role_after or said or person):
        return None  # two capitalised words are a person only when the text says so
    person = person or _add(cast, " ".join(words), "person")
    role_words = pre.group().rstrip().rstrip(",").split() if pre else []
    while role_words and (role_words[0] in lx.EN_NOT_NAMES or not role_words[0][0].isupper()):
        role_words.pop(0)  # "According to analyst": no body, so no role
    if pre and len(role_words) > 1:
        person.role = person.role or " ".join(role_words)
        start = pre.start() + pre.group().index(role_words[0])
    person.role = person.role or role_after
    return person, start, span


def _organisation(
    cast: _Cast, words: list[str], mention_at: tuple[int, int] | None
) -> _Entity | None:
    """The organisation `words` name, known or new, if any; `mention_at` records a passing
    mention (a body inside a person's title)."""
    kind = _org_kind(words)
    if kind:
        # A body's name ends at its head words (Hoshino Games Co.) or their "of ..." (Bank of
        # Japan): not "Hoshino Games Profit Jumps", nor "Acme Corp. Chief Financial Officer".
        end = next(i for i, w in enumerate(words) if _org_kind([w])) + 1
        while end < len(words) and _org_kind([words[end]]):
            end += 1
        if end < len(words) and words[end] in _CONNECTORS:  # up to a title: Governor X
            titles = (i for i in range(end, len(words)) if _ends_in_title([words[i]]))
            end = next(titles, len(words))
        words = words[:end]
        while len(words) > 1 and re.search(r"-[a-z]", words[0]):
            words = words[1:]  # "Tokyo-based Sorano Capital"
        words[-1] = re.sub(r"[’']s$", "", words[-1])
    org = cast.organisation(words, full=bool(kind))
    if org is not None:
        _add_form(org, " ".join(words))
    elif kind:
        org = _add(cast, " ".join(words), kind)
    if org is not None and mention_at is not None:
        cast.mentions.append(_Mention(mention_at[0], mention_at[1], mention_at[1], org, True))
    return org


def _named(cast: _Cast, name: list[str]) -> _Entity | None:
    """The known person a full name names; a full name seen after the bare surname replaces it."""
    for e in cast.entities:
        if e.kind == "person" and e.name == " ".join(name):
            return e
    known = cast.person(name[-1])
    if known is not None and " " not in known.name:
        known.name = " ".join(name)
        return known
    return None


def _add(cast: _Cast, name: str, kind: str) -> _Entity:
    entity = _Entity(name, kind)
    # Forms a user may type: the surname, or the company without Co./Inc.
    if kind == "person":
        _add_form(entity, name.split()[-1])
    elif name.endswith(".") and " " in name:
        _add_form(entity, name.rsplit(" ", 1)[0])
    cast.entities.append(entity)
    return entity


def _add_form(entity: _Entity, form: str) -> None:
    if form not in entity.forms and form != entity.name:
        entity.forms.append(form)


def _namelike(word: str) -> bool:
    """A word that can be part of a person's name: Capitalised, not a title, body or weekday."""
    return (
        bool(re.fullmatch(r"[A-Z](?:[a-z]|[’'][A-Z])\w*(?:-[A-Z]?[a-z]\w*)*", word))
        and word not in lx.EN_NOT_NAMES
        and word.lower() not in lx.EN_ROLE_NOUNS
        and not _org_kind([word])
        and not any(word in t for t in _TITLE_SEQS)
    )


def _ends_in_title(prefix: list[str]) -> bool:
    if prefix[-1].lower() in lx.EN_ROLE_NOUNS:
        return True
    return any(tuple(prefix[-len(t) :]) == t for t in _TITLE_SEQS)


def _role_of(phrase: str) -> str | None:
    """The role an appositive gives, if it names one: "policy director at the X Coalition"."""
    if not re.search(rf"\b(?:{_ROLE})\b", phrase, re.IGNORECASE):
        return None
    # Where the role is held is not part of it: "analyst at X in Singapore".
    return re.sub(r"\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*$", "", phrase.strip())


def _org_kind(words: list[str]) -> str | None:
    bare = [re.sub(r"[’']s$", "", w) for w in words]
    if any(w in lx.EN_PUBLIC_BODY_WORDS for w in bare):
        return "public"
    return "company" if any(w in lx.EN_COMPANY_WORDS for w in bare) else None


# --- Who said it ----------------------------------------------------------------------------------


def _attribute(
    cast: _Cast, block: Block, sentence: Sentence, start: int, end: int
) -> tuple[_Entity | None, bool, bool]:
    """(speaker, whether the text attributes the quote at all, partial) for text[start:end]."""
    text, number = block.text, block.number
    quote = text[start:end].rstrip()
    before = text[sentence.start : max(sentence.start, start - 1)]
    # A whole sentence (or more) stands alone or after "said:"; anything else is a fragment.
    whole = quote[-1:] in tuple(",.?!—–…") and (
        not before.strip() or before.rstrip().endswith((":", ","))
    )
    at, lo = min(end + 1, sentence.end), sentence.start
    after = _AFTER_RE.match(text[at : sentence.end])
    according = _ACCORDING_RE.search(before)
    verbs = list(_VERB_RE.finditer(before))
    who = None
    if after:
        group = next(g for g in ("np1", "np2", "acc") if after.group(g))
        who = _resolve(cast, number, text, at + after.start(group), at + after.end(group))
    elif according:
        who = _resolve(cast, number, text, lo + according.start("acc"), lo + according.end("acc"))
    elif verbs and verbs[-1]["active"]:  # the verb nearest the quote governs it
        who = _resolve(cast, number, text, lo + verbs[-1].start("obj"), lo + verbs[-1].end("obj"))
    elif verbs:
        who = _subject(cast, number, text, lo, lo + verbs[-1].start())
    return who, bool(after or according or verbs), not whole


def _resolve(cast: _Cast, paragraph: int, text: str, a: int, b: int) -> _Entity | None:
    """Who the phrase text[a:b] names: a pronoun, "the company", or someone named in it."""
    phrase = text[a:b].strip()
    if phrase.lower() in _PRONOUNS:
        return cast.before(paragraph, a, frozenset({"person"}))
    if phrase.lower() == "it":
        return cast.before(paragraph, a, frozenset({"company", "public"}))
    named = [m for m in cast.mentions if m.paragraph == paragraph and m.start < b and m.end > a]
    for m in named:
        # Not "a spokesman for Tom Baxter", nor "Delgado's" in "Delgado's attorney".
        lead = text[a : max(a, m.start)]
        if m.entity.kind == "person" and not m.minor and not _PREPOSITION_RE.search(lead):
            return m.entity
    for m in named:
        lead = text[a : max(a, m.start)].strip().lower()
        # The body itself ("Crestline", "the Health Ministry"), or its voice ("a spokesperson
        # for the Health Ministry", "a statement from Acme").
        if m.entity.kind != "person" and (
            (lead in ("", "the") and not m.minor) or re.search(rf"\b(?:{_VOICE})\b", lead)
        ):
            return m.entity
    if named:
        return None  # "Kestrel's chief executive": someone the text does not name
    generic = _GENERIC_RE.fullmatch(phrase)
    return cast.before(paragraph, a, _kinds(generic["noun"])) if generic else None


def _kinds(noun: str) -> frozenset[str]:
    """The kinds of body a common noun may point back at: "the company", "the ministry"."""
    kinds = {"company"} if noun in lx.EN_COMPANY_NOUNS else set()
    return frozenset(kinds | ({"public"} if noun in lx.EN_PUBLIC_BODY_NOUNS else set()))


def _subject(cast: _Cast, paragraph: int, text: str, lo: int, verb_at: int) -> _Entity | None:
    """The subject of the verb at `verb_at`: the pronoun, body or person right before it."""
    seg = text[lo:verb_at]
    pronoun = re.search(rf"\b(?:[Hh]e|[Ss]he)\s+{_ADVERBS}$", seg)
    if pronoun:
        return cast.before(paragraph, lo + pronoun.start(), frozenset({"person"}))
    generic = re.search(rf"\b{_GENERIC_RE.pattern}\s+{_ADVERBS}$", seg)
    if generic:
        return cast.before(paragraph, lo + generic.start(), _kinds(generic["noun"]))
    for m in reversed(cast.mentions):
        if m.paragraph == paragraph and lo <= m.start < verb_at and not m.minor:
            return m.entity if _GAP_RE.fullmatch(text[m.end : verb_at]) else None
    return None


# --- What is not a quote --------------------------------------------------------------------------


def _not_speech(text: str, start: int, end: int, sentence: Sentence) -> bool:
    """Titles ("Midnight Harbor"), product names, scare quotes and numbers in quote marks."""
    span = text[start:end].strip()
    if not re.search(r"[^\W\d_]", span):
        return True  # "2.5%"
    before = text[sentence.start : max(sentence.start, start - 1)]
    after = text[min(end + 1, len(text)) : sentence.end]
    word_before = (re.findall(r"[\w-]+", before[-40:]) or [""])[-1].lower()
    word_after = (re.findall(r"[\w-]+", after[:40]) or [""])[0].lower()
    if word_before in lx.EN_NAMING_WORDS:
        return True  # a report titled "…", the so-called "…"
    # A Title Case span next to a work noun is a name even with a period inside the marks, as
    # US style puts it: a robot called "Juniper."
    title = _title_case(span.rstrip(",.;:"))
    if title and (word_before in lx.EN_WORK_NOUNS or word_after in lx.EN_WORK_NOUNS):
        return True
    if span[-1] in ",.?!;:—–…":
        return False  # sentence punctuation: someone's words
    if title:  # a name, unless a verb of saying governs it: he replied "Never"
        return not (re.search(rf"\b(?:{_SAY})\s*[:,]?\s*$", before) or _AFTER_RE.match(after))
    # A short fragment with no verb of saying or calling in its sentence is a scare quote.
    rest = before + " " + after
    return len(span.split()) <= 3 and not _VERB_RE.search(rest)


def _title_case(span: str) -> bool:
    words = re.findall(r"[^\W_][\w’'-]*", span)
    return bool(words) and all(
        w[0].isupper() or w[0].isdigit() or (i and w in _SMALL_WORDS) for i, w in enumerate(words)
    )
