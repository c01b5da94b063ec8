"""English quotes and speakers by rule ("…," Smith said; said: "…"; "…," she added; according to
a statement; quoted as saying; "…," the company said; called it "…"; continued quotes), titles,
scare quotes and numbers left out. No English parser ships with its model on the package
registry, so these are patterns over lexicon.py's word lists. Unsure of a speaker: None."""

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
_SAID_BEFORE_RE = re.compile(rf"\b(?:{_SAY})\s+$")
_SAID_AFTER_RE = re.compile(rf"\s+(?:(?:also|later|then)\s+)?(?:{_SAY})\b")
_PRONOUNS = frozenset({"he", "she"})  # "they" and "we" may be anyone: never resolved
_SKIP = lx.EN_NOT_NAMES | _CONNECTORS  # never the first or last word of a name
_SMALL_WORDS = frozenset("a an the of and or in on at to for by with from".split())

# One capitalised word of a name: U.S., Co.'s, Ruiz-Vega, O'Brien, a middle initial.
_ABBREVIATED = {*lx.EN_COURTESY, *lx.EN_TITLES, *lx.EN_COMPANY_WORDS}
_DOTTED = _alternation(w for w in _ABBREVIATED if "." in w)
_TOK = rf"(?:(?:[A-Z]\.){{2,}}|{_DOTTED}|[A-Z]\.(?=\s+[A-Z])|[A-Z]\w*(?:[-’']\w+)*)(?:[’']s)?"
_JOIN = rf"\s+(?:(?:{_alternation(_CONNECTORS)})\s+)*"
_RUN_RE = re.compile(rf"(?<![\w.’'-]){_TOK}(?:{_JOIN}{_TOK})*")
# A role phrase right before a name: "Bank of Korea board member", "Acme's chief executive,".
# A bare "analyst" is a description, not a role worth storing: a role says where it is held.
_PRE_ROLE_RE = re.compile(
    rf"(?:(?<![\w.’'-]){_TOK}(?:{_JOIN}{_TOK})*\s+(?:[a-z][\w-]*\s+){{0,2}})?"
    rf"\b(?i:{_ROLE}),?\s+$"
)
# ", a deputy press secretary at Brazil's Foreign Ministry," after a name.
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
_PREPOSITION_RE = re.compile(r"\b(?:for|of|at|to|with|from|by|about|against|on)(?:\s+the)?$")


@dataclass(eq=False)
class _Entity:
    """A person or an organisation the article names; `kind` is person, company or public."""

    name: str
    kind: str
    role: str | None = None
    forms: list[str] = field(default_factory=list)

    def add_form(self, form: str) -> None:
        """Record another form of the name a user may type."""
        if form not in self.forms and form != self.name:
            self.forms.append(form)


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
        by_surname = [p for p in people if token in (p.name, p.name.split()[-1])]
        parts = by_surname or [p for p in people if token in p.name.split()]
        return parts[0] if by_surname or len(parts) == 1 else None

    def organisation(self, words: list[str], full: bool) -> _Entity | None:
        """The known organisation `words` name: in full, or shortened (a company goes by its first
        word, Vellum for Vellum Pictures; a public body does not), or lengthened when `full`
        (Acme Games Co. after Acme Games becomes the name)."""
        for e in self.entities:
            known = e.name.split()
            if e.kind == "person" or (len(words) == 1 and e.kind != "company" and known != words):
                continue
            if known[: len(words)] == words:
                return e
            if full and words[: len(known)] == known:
                e.add_form(e.name)
                e.name = " ".join(words)
                return e
        return None

    def named(self, name: list[str]) -> _Entity | None:
        """The known person a full name names; a full name seen after a bare surname replaces it."""
        for e in self.entities:
            if e.kind == "person" and e.name == " ".join(name):
                return e
        known = self.person(name[-1])
        if known is not None and " " not in known.name:
            known.add_form(known.name)
            known.name = " ".join(name)
            return known
        return None

    def add(self, name: str, kind: str) -> _Entity:
        """A new entity; its forms a user may type: the surname, or the company without Co."""
        entity = _Entity(name, kind)
        entity.add_form(name.split()[-1] if kind == "person" else re.sub(r" \S+\.$", "", name))
        self.entities.append(entity)
        return entity

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
        spans, blank = quote_spans(text) if block.is_passage else [], text
        for a, b in spans:  # the quotes' words blanked: a "said" inside them attributes nothing
            blank = blank[:a] + "_" * (b - a) + blank[b:]
        for start, end in spans:
            sentence = next((s for s in sentences if s.start <= start < s.end), None)
            sentence = sentence or Sentence(0, len(text), text)
            masked = blank[:start] + text[start:end] + blank[end:]
            if not _not_speech(masked, start, end, sentence):
                said = _attribute(cast, replace(block, text=masked), sentence, start, end)
                found.append(_Found(start, end, *said))
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
    """A whole quote with no attribution shares its paragraph neighbour's speaker (“We are open,”
    Rubio said. “But the time has come.”) unless someone else is named between the two."""
    for i, f in enumerate(found):
        if f.who or f.partial or f.attributed:
            continue
        other = next((o for o in [*found[:i][::-1], *found[i + 1 :]] if o.who), None)
        lo, hi = sorted((other.end, f.start)) if other else (0, 0)
        mentions = [m for m in cast.mentions if m.paragraph == paragraph and not m.minor]
        between = {m.entity.name for m in mentions if lo <= m.start < hi}
        if other and other.who and between <= {other.who.name}:  # no one else named between
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
            if (found := _entity(cast, block.number, text, run_start, run_end)) is None:
                continue
            entity, start, appositive = found
            minor = any(a <= start < b for a, b in minor_zones)
            minor_zones += [appositive] if appositive else []
            # A role before the name may name a body (Halden Capital partner Ana Ruiz):
            # that body was named in passing.
            cast.mentions = [
                replace(m, minor=True) if m.paragraph == block.number and m.start >= start else m
                for m in cast.mentions
            ]
            minor = minor or text[:run_end].endswith(("’s", "'s"))  # "Smith's attorney"
            cast.mentions.append(_Mention(block.number, start, run_end, entity, minor))
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
    while words and (words[0] in _SKIP or words[-1] in _SKIP):  # The, According to, Tuesday
        words.pop(0 if words[0] in _SKIP else -1)
    if not words:
        return None
    start = text.index(words[0], run_start)
    words[-1] = re.sub(r"[’']s$", "", words[-1])
    appositive = _APPOSITIVE_RE.match(text, run_end)
    role_after = _role_of(appositive.group("role")) if appositive else None
    span = (run_end, appositive.end()) if appositive and role_after else None
    # Title + name: Secretary of State Marco Rubio, U.S. District Judge Ann Park, Mr. Lee.
    for n in (2, 3, 1):
        name, prefix = words[-n:], words[:-n]
        if prefix and len(name) == n and all(map(_namelike, name)) and _ends_in_title(prefix):
            person = cast.person(name[0]) if n == 1 else cast.named(name)
            if person is None and n == 1:
                return None  # a bare "Mr. Lee" first: who he is comes later
            person = person or cast.add(" ".join(name), "person")
            if _org_kind(prefix):  # Northwind Corp. Chief Financial Officer Laura Smith
                _organisation(cast, prefix, (paragraph, start))
            role = " ".join(prefix) if prefix[-1] not in lx.EN_COURTESY else None
            person.role = person.role or role or role_after
            return person, start, span
    if len(words) == 1 and (person := cast.person(words[0])):
        person.role = person.role or role_after
        person.add_form(words[0])
        return person, start, span
    org = _organisation(cast, words, None)
    if org is not None:
        return org, start, None
    if not (2 <= len(words) <= 3 and all(map(_namelike, words))) or words[0] in lx.EN_PLACE_WORDS:
        return None
    window = max(0, start - 120)
    pre = _PRE_ROLE_RE.search(text, window, start)
    said = _SAID_BEFORE_RE.search(text, window, start) or _SAID_AFTER_RE.match(text, run_end)
    person = cast.named(words)
    if not (pre or role_after or said or person):
        return None  # two capitalised words are a person only when the text says so
    person = person or cast.add(" ".join(words), "person")
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
        # A body's name ends at its head words (Acme Games Co.) or their "of ..." (Bank of
        # Korea): not "Acme Games Profit Jumps" (a headline), nor "Acme Corp. Chief Financial Officer".
        end = next(i for i, w in enumerate(words) if _org_kind([w])) + 1
        while end < len(words) and _org_kind([words[end]]):
            end += 1
        if end < len(words) and words[end] in _CONNECTORS:  # up to a title: Governor X
            titles = (i for i in range(end, len(words)) if _ends_in_title([words[i]]))
            end = next(titles, len(words))
        words = words[:end]
        while len(words) > 1 and re.search(r"-[a-z]", words[0]):
            words = words[1:]  # "Oslo-based Halden Capital"
        words[-1] = re.sub(r"[’']s$", "", words[-1])
    org = cast.organisation(words, full=bool(kind))
    if org is not None:
        org.add_form(" ".join(words))
    elif kind:
        org = cast.add(" ".join(words), kind)
    if org is not None and mention_at is not None:
        cast.mentions.append(_Mention(mention_at[0], mention_at[1], mention_at[1], org, True))
    return org


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
    role = prefix[-1].lower() in lx.EN_ROLE_NOUNS
    return role or any(tuple(prefix[-len(t) :]) == t for t in _TITLE_SEQS)


def _role_of(phrase: str) -> str | None:
    """The role an appositive gives, if it names one: "policy director at the X Institute"."""
    if not re.search(rf"\b(?:{_ROLE})\b", phrase, re.IGNORECASE):
        return None
    # Where the role is held is not part of it: "analyst at X in Singapore".
    return re.sub(r"\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*$", "", phrase.strip())


def _org_kind(words: list[str]) -> str | None:
    bare = {re.sub(r"[’']s$", "", w) for w in words}
    public, company = bare & lx.EN_PUBLIC_BODY_WORDS, bare & lx.EN_COMPANY_WORDS
    return "public" if public else "company" if company else None


# --- Who said it ----------------------------------------------------------------------------------


def _attribute(
    cast: _Cast, block: Block, sentence: Sentence, start: int, end: int
) -> tuple[_Entity | None, bool, bool]:
    """(speaker, whether the text attributes the quote at all, partial) for text[start:end]."""
    text, number = block.text, block.number
    quote = text[start:end].rstrip()
    before = text[sentence.start : max(sentence.start, start - 1)]
    # A whole sentence (or more) stands alone or after "said:"; anything else is a fragment.
    whole = quote[-1:] in tuple(",.?!—–…") and before.rstrip()[-1:] in ("", ":", ",")
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
    leads = [text[a : max(a, m.start)].strip().lower() for m in named]
    # Not "a spokesman for Tom Baxter", nor "Smith's" in "Smith's attorney".
    people = {
        m.entity.name: m.entity
        for m, lead in zip(named, leads, strict=True)
        if m.entity.kind == "person" and not m.minor and not _PREPOSITION_RE.search(lead)
    }
    if people:  # "Smith and Jones said": not one speaker
        return next(iter(people.values())) if len(people) == 1 else None
    for m, lead in zip(named, leads, strict=True):
        # The body itself ("Vellum", "the Health Ministry"), or its voice ("a spokesperson
        # for the Health Ministry", "a statement from Acme").
        itself = lead in ("", "the") and not m.minor
        if m.entity.kind != "person" and (itself or re.search(rf"\b(?:{_VOICE})\b", lead)):
            return m.entity
    if named:
        return None  # "Kestrel's chief executive": someone the text does not name
    if generic := _GENERIC_RE.fullmatch(phrase):
        return cast.before(paragraph, a, _kinds(generic["noun"]))
    # "the judge wrote": the last person named whose role is one.
    role = re.fullmatch(rf"[Tt]he\s+(?:[\w-]+\s+){{0,2}}?((?i:{_ROLE}))", phrase)
    earlier = [m.entity for m in cast.mentions if (m.paragraph, m.start) < (paragraph, a)]
    held = [e for e in earlier if role and e.role and role[1].lower() in e.role.lower().split()]
    return held[-1] if held else None


def _kinds(noun: str) -> frozenset[str]:
    """The kinds of body a common noun may point back at: "the company", "the ministry"."""
    nouns = {"company": lx.EN_COMPANY_NOUNS, "public": lx.EN_PUBLIC_BODY_NOUNS}
    return frozenset(kind for kind, words in nouns.items() if noun in words)


def _subject(cast: _Cast, paragraph: int, text: str, lo: int, verb_at: int) -> _Entity | None:
    """The subject of the verb at `verb_at`: the pronoun, body or person right before it."""
    np = re.search(
        rf"(?P<np>\b[Hh]e|\b[Ss]he|\b{_GENERIC_RE.pattern})\s+{_ADVERBS}$", text[lo:verb_at]
    )
    if np:  # "He described …", "The company called …"
        return _resolve(cast, paragraph, text, lo + np.start("np"), lo + np.end("np"))
    for m in reversed(cast.mentions):
        if m.paragraph == paragraph and lo <= m.start < verb_at and not m.minor:
            joint = re.search(r"\b(?:and|or|&)\s+$", text[lo : m.start])  # Smith and Jones
            return m.entity if _GAP_RE.fullmatch(text[m.end : verb_at]) and not joint else None
    return None


# --- What is not a quote --------------------------------------------------------------------------


def _not_speech(text: str, start: int, end: int, sentence: Sentence) -> bool:
    """Titles ("The Quiet Shore"), product names, scare quotes and numbers in quote marks."""
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
    # US style puts it: an app called "Pocketful."
    title = _title_case(span.rstrip(",.;:"))
    if title and (word_before in lx.EN_WORK_NOUNS or word_after in lx.EN_WORK_NOUNS):
        return True
    if span[-1] in ",.?!;:—–…":
        return False  # sentence punctuation: someone's words
    if title:  # a name, unless a verb of saying governs it: he replied "Never"
        return not (re.search(rf"\b(?:{_SAY})\s*[:,]?\s*$", before) or _AFTER_RE.match(after))
    # A short fragment with no verb of saying or calling in its sentence is a scare quote.
    return len(span.split()) <= 3 and not _VERB_RE.search(before + " " + after)


def _title_case(span: str) -> bool:
    words = re.findall(r"[^\W_][\w’'-]*", span)
    return bool(words) and all(
        w[0].isupper() or w[0].isdigit() or (i and w in _SMALL_WORDS) for i, w in enumerate(words)
    )
