"""English transcripts: lines that open on who speaks ("Q:", "A:", "MORALES:"), no quote marks.

Interviews, news conferences, hearings and debates are printed as transcripts: each paragraph
opens on a label in capitals and a colon, and the rest of it is that speaker's words as said.
A label is read as the interviewer's question (Q, Question), the interviewee's answer (A,
Answer), a moderator's words (MODERATOR), the judge's in a hearing (THE COURT: the one judge
the copy names), or a name the article gives in full elsewhere (MORALES, MS. PATRICE DOE,
REPUBLICAN CANDIDATE DALE ROE, or a surname as written, "Akana:"). A question or an answer
may quote someone inside it; it is still its speaker's whole. The interviewee is the one
person the copy before the transcript says gave it ("Doe spoke with reporters", "Excerpts
from Doe's news conference"), else the one person it names, when it has them do something
(not "She replaces Jo Roe, who retired"); the interviewer is whom it credits ("Interview by
Jo Roe"). An unlabelled paragraph right
after a question, or between an answer and the next question, answers it. A line whose label
names no one the article does (CALLER, EDITOR'S NOTE; THE COURT with no judge or two named) is
left out: a guessed speaker is worse than none.
"""

from __future__ import annotations

import re

from retrieval import bilingual
from retrieval.lexicon import EN_COURTESY, EN_JUDGE_NOUNS, EN_TITLES
from retrieval.models import Article, Block, Quote
from retrieval.quotes.english_names import (
    Cast,
    Entity,
    Mention,
    full_name_ending,
    named_in_full,
)
from retrieval.quotes.spans import has_quote_mark, is_verbatim

# A label in capitals (with a gloss in brackets: "MR. ROE (Harbour North)"), a surname as
# written ("Akana:"), or Q / A, then a colon (Q and A may take a full stop: "Q. How did you
# …?"), then the words.
_LINE_RE = re.compile(
    r"(?P<label>(?P<qa>Question|Answer|[QA])|[A-Z][A-Z.’'\- ]{1,60}?"
    r"(?:\s*\((?P<gloss>[^()]{1,60})\))?|[A-Z][a-z][\w’'-]{1,30})"
    r"(?(qa)[:.]|:)[ \t]+(?P<words>\S.*?)\s*$",
    re.S,
)
_ASKED = ("Q", "Question", "QUESTION", "REPORTER", "REPORTERS")
# The bench in a hearing's transcript: the one judge the copy names (Circuit Judge Jo Doe),
# else no one.
_BENCH = ("THE COURT",)
# A forum's or a debate's chair, by what they do: the words are theirs, credited to whom the
# intro says moderated ("Jo Roe moderated", "moderated by Jo Roe"), else to no one by name.
_MODERATING = ("MODERATOR", "Moderator")
_MODERATED_RE = re.compile(
    r"\b(?:[Mm]oderated\s+by\s+(?:[a-z]+\s+){0,3}(?P<by>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
    r"|(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?:\s+of\s+[^.;:,]{1,60}?|,[^.;:]{1,80},)?"
    r"\s+moderated\b)"
)
# The most unlabelled paragraphs read as one answer: more, and the story has gone on.
MAX_ANSWER_PARAGRAPHS = 2
_ANSWERED = ("A", "Answer")
# Who put the questions, as the copy credits them: "Interview by Jo Roe", "spoke with staff
# writer Jo Roe", "spoke to Jo Roe, business editor of …" (the words before the name in a
# credit are a trade, in lower case; "spoke with the Harbour Post" names a paper).
_ASKER_RE = re.compile(
    r"\b(?:[Ii]nterview(?:ed)?\s+by|(?:spoke|talked)\s+(?:with|to)\s+(?:(?!the\b|an?\b|its\b|our\b)[a-z]+\s+){0,3})\s*"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\b"
)
# A sentence that says the one named before it gave the interview: "Doe spoke with
# reporters", "Doe, who took the job in May, talked with the Ledger", "Doe sat down with".
_GAVE_RE = re.compile(
    r"(?:,\s[^.;:“”\"]{1,120},)?\s+(?:also\s+)?(?:spoke|talked|sat\s+down|was\s+interviewed)\b"
)
# "Excerpts from Doe's news conference:", "Doe's answers have been edited".
_POSSESSIVE_RE = re.compile(
    r"(?:[’']s?)?\s+(?:news\s+conference|press\s+conference|remarks|answers)\b"
)
# Or a pronoun that does, after the sentence that named them: "Jo Doe retired on Monday. She
# spoke to the Herald about …".
_PRONOUN_GAVE_RE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:He|She)\s+(?:also\s+)?(?:spoke|talked|sat\s+down)\b"
)
_SURNAME_GAVE_RE = re.compile(rf"(?:^|(?<=[.!?]\s))(?P<w>[A-Z][\w’'-]+)(?={_GAVE_RE.pattern})")
_SECOND_LABEL_RE = re.compile(r"\s[QA][:.]\s")
_TITLE_WORDS = {w for t in EN_TITLES for w in t.split()} | EN_COURTESY
_COURTESY = {t.upper().rstrip(".") for t in EN_COURTESY} | {"SEN", "REP", "GOV", "GEN"}


def transcript_quotes(article: Article, cast: Cast) -> list[Quote]:
    """The lines of `article`'s transcripts whose speaker the article names, and its
    interviewer's questions (speaker unknown, role "interviewer")."""
    lines = []
    for block in article.passages:
        line = _LINE_RE.fullmatch(block.text)
        # (not a question and its answer run into one paragraph, "Q: …? A: …": whose words
        # end where is the copy's to mark, and it has not)
        if line is None or _SECOND_LABEL_RE.search(line["words"]):
            continue
        # (A question or an answer may quote someone inside it: "Q: Doe called you “…”. Is
        # that fair?" is the question whole; the words in marks are read as any quote is.)
        if not has_quote_mark(block.text) or (
            line["qa"] is not None and not has_quote_mark(line["words"][:1])
        ):
            lines.append((block, line))
    if not lines:
        return []
    first = lines[0][0].number
    intro = [b for b in article.passages if b.number < first]
    asker = _asker(cast, intro)
    before = {m.entity.name: m.entity for m in cast.mentions if m.paragraph < first}
    people = [e for e in before.values() if e.kind == "person" and e is not asker]
    texts = {b.number: b.text for b in intro}
    interviewee = _gave_interview(cast, intro) or (
        people[0] if len(people) == 1 and _acts_before(cast, people[0], first, texts) else None
    )
    numbers = {block.number for block, _ in lines}
    prose = "\n".join(b.text for b in article.passages if b.number not in numbers)
    # (Labels as written, "Akana:", are read as names only in an exchange between people: one
    # that asks or moderates, names someone the article does, or speaks more than once; not
    # notes by team, "Astros: INF Jo Doe began …", "Mariners: …".)
    labels = [line["label"] for _, line in lines]
    exchange = any(
        label in (*_ASKED, *_ANSWERED, *_MODERATING)
        or labels.count(label) > 1
        or any(len(_bearers(cast, words[-1])) == 1 for words in _label_names(label.upper(), None))
        for label in labels
    )
    quotes = []
    for block, line, label in _with_answers(article, lines):
        who: Entity | None
        if label in _ASKED:
            who, role = asker, "interviewer"
        elif label in _MODERATING:
            who, role = _moderator(cast, intro), "moderator"
        elif label in _BENCH:
            who, role = _judge(cast, intro), None
        elif label in _ANSWERED:
            who, role = interviewee, None
        elif label[1:2].islower() and not exchange:
            continue  # ("Astros: INF Jo Doe began a rehab stint": notes by team, no one's words)
        else:
            written = label[1:2].islower()  # ("Akana:", not "MORALES:")
            who, role = _labelled(cast, label.upper(), line["gloss"], prose, not written), None
        if who is None and role is None:
            continue
        start, end = line.span("words")
        words = block.text[start:end]
        quotes.append(
            Quote(
                article.article_id,
                block.number,
                words,
                who.name if who else None,
                role if label in _ASKED or label in _MODERATING else (who.role if who else role),
                False,
                is_verbatim(article, block.number, words),
                start=start,
                end=end,
                speaker_forms=tuple(dict.fromkeys([who.name, *who.forms])) if who else (),
            )
        )
    return quotes


_WHOLE_RE = re.compile(r"(?P<words>\S.*?)\s*$", re.S)


def _with_answers(
    article: Article, lines: list[tuple[Block, re.Match[str]]]
) -> list[tuple[Block, re.Match[str], str]]:
    """Each line with its label, and the unlabelled paragraphs that answer a question: those
    right after a question line or after its answer line, up to the next question (at most
    `MAX_ANSWER_PARAGRAPHS`); after the last question, only the paragraph right after it, as
    the story goes on unmarked there."""
    out = [(block, line, line["label"]) for block, line in lines]
    labelled = {block.number: line["label"] for block, line in lines}
    asked = [n for n, label in labelled.items() if label in _ASKED]
    if not asked:
        return out
    passages = {b.number: b for b in article.passages}
    for n in asked:
        later = [q for q in asked if q > n]
        stop = later[0] if later else n + 2
        for k in range(n + 1, stop):
            block = passages.get(k)
            if block is None or k in labelled or has_quote_mark(block.text):
                if k in labelled and labelled[k] in _ANSWERED:
                    continue  # (an answer line, then the answer runs on)
                break
            if k > n + (MAX_ANSWER_PARAGRAPHS if later else 1):
                break
            whole = _WHOLE_RE.match(block.text)
            if whole is not None:
                out.append((block, whole, "A"))
    return sorted(out, key=lambda item: item[0].number)


def _asker(cast: Cast, intro: list[Block]) -> Entity | None:
    """The one person the intro credits with the questions ("Interview by Jo Roe")."""
    return _one_named(cast, {m["name"] for b in intro for m in _ASKER_RE.finditer(b.text)})


def _judge(cast: Cast, intro: list[Block]) -> Entity | None:
    """The one person the copy before the transcript names with a judge's title (Circuit
    Judge Jo Doe, Justice Jo Doe), else None. (Not one a line calls "Judge": counsel address
    the bench so.)"""
    texts = {b.number: b.text for b in intro}
    judges = {
        m.entity.name: m.entity
        for m in cast.mentions
        if m.paragraph in texts
        and m.entity.kind == "person"
        and EN_JUDGE_NOUNS & set(texts[m.paragraph][m.start : m.end].lower().split())
    }
    return next(iter(judges.values())) if len(judges) == 1 else None


def _moderator(cast: Cast, intro: list[Block]) -> Entity | None:
    """The one person the intro says moderated ("Jo Roe of the League moderated")."""
    return _one_named(
        cast, {m["by"] or m["who"] for b in intro for m in _MODERATED_RE.finditer(b.text)}
    )


def _one_named(cast: Cast, names: set[str]) -> Entity | None:
    """The person `names` holds, when it holds one name only (taken from the cast, or added)."""
    if len(names) != 1:
        return None
    [name] = names
    return cast.person_named(name)


def _gave_interview(cast: Cast, intro: list[Block]) -> Entity | None:
    """The one person the intro says spoke or answered ("Doe spoke with reporters",
    "Excerpts from Doe's news conference", "Jo Doe retired. She spoke to …")."""
    found = {
        m.entity.name: m.entity
        for m in cast.mentions
        for b in intro
        if m.paragraph == b.number
        and m.entity.kind == "person"
        and (
            (_GAVE_RE.match(b.text, m.end) and _first_named_in_sentence(cast, m))
            or _POSSESSIVE_RE.match(b.text, m.end)
        )
    }
    texts = [b.text for b in intro]
    for b in intro:
        # (a surname alone, the full name written before but not read as a person's: "Jo Doe
        # took over on Monday. Doe spoke with reporters")
        for gave in _SURNAME_GAVE_RE.finditer(b.text):
            if not cast.people(gave["w"]) and (person := named_in_full(cast, gave["w"], texts)):
                found[person.name] = person
        for said in _PRONOUN_GAVE_RE.finditer(b.text):
            heading = [
                m
                for m in cast.mentions
                if m.paragraph == b.number
                and m.start < said.start()
                and m.entity.kind == "person"
                and _heads_sentence(cast, m, b.text)
            ]
            if heading:
                found[heading[-1].entity.name] = heading[-1].entity
    return next(iter(found.values())) if len(found) == 1 else None


def _acts_before(cast: Cast, person: Entity, first: int, blocks: dict[int, str]) -> bool:
    """Whether the copy before the transcript has `person` do something (a subject: "Novelist
    Jo Doe has spent …"), not only name them in passing ("She replaces Jo Doe, who …": the
    one interviewed may be someone it never named as a subject)."""
    return any(
        m.entity is person and m.paragraph < first and (m.acts or _heads_sentence(cast, m, text))
        for m in cast.mentions
        for text in [blocks.get(m.paragraph, "")]
    )


def _heads_sentence(cast: Cast, m: Mention, text: str) -> bool:
    """Whether `m` opens its sentence, past a title ("Novelist Jo Doe has …")."""
    start = max([0, *(s for s in cast.sentence_starts.get(m.paragraph, []) if s <= m.start)])
    return bool(re.fullmatch(r"\s*(?:[A-Z][\w.’'-]*\s+){0,3}", text[start : m.start]))


def _first_named_in_sentence(cast: Cast, m: Mention) -> bool:
    """Whether `m` is the first one its sentence names: its subject ("Doe, who succeeded
    Jo Roe, talked with …" is Doe's, not Roe's)."""
    sentence = cast.sentence_of(m)
    return not any(
        o.start < m.start and cast.sentence_of(o) == sentence
        for o in cast.mentions
        if o.paragraph == m.paragraph
    )


def _labelled(
    cast: Cast, label: str, gloss: str | None, prose: str, discover: bool = True
) -> Entity | None:
    """The one person the article names whose name ends as the label's last word does (a name
    in the gloss first: MINISTER OF X (MS. JO DOE)); else, when `discover`, the one full name
    with that last word the article's prose outside the transcript writes (ROE for "Dale Roe",
    however the name was read). (A label as written, "Akana:", may be a given name, "Mara:":
    it is taken as a surname the article reads as one's, or as the last word of a full name
    the prose writes whole, not one a common word opening a sentence runs into.)"""
    for words in _label_names(label, gloss):
        found = _bearers(cast, words[-1])
        if len(found) == 1:
            return next(iter(found.values()))
        written = "-".join(part.capitalize() for part in words[-1].split("-"))
        # (A surname as written, "Akana:", only when the full name is one as a whole: not
        # "Sisters Mara" from "Sisters Mara and June Doe …", where the label is a given name.)
        name = None if found else full_name_ending(written, [prose])
        if name is not None and (discover or _named_mid_sentence(name, prose)):
            return cast.person_named(name)
        if not discover:
            return None
        if not found and len(words) >= 2 and not _english_word(words[-1]):
            # REPUBLICAN CANDIDATE DALE ROE: a full name closes the label (a word of the
            # language closes a role's: MADAM SPEAKER, THE DEFENDANT)
            name = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in words[-2:])
            return cast.person_named(name)
    return None


def _label_names(label: str, gloss: str | None) -> list[list[str]]:
    """The words that may name someone in a label, in capitals: its gloss's first (MINISTER OF
    X (MS. JO DOE)), then its own; courtesy titles left out."""
    named_gloss = gloss if gloss and not re.search(r"[a-z]", gloss) else ""  # (not a place)
    out = []
    for text in (named_gloss, re.sub(r"\([^()]*\)", " ", label)):
        words = [w.rstrip(".") for w in re.findall(r"[A-Z][A-Z.’'-]*", text)]
        words = [w for w in words if w not in _COURTESY]
        if words:
            out.append(words)
    return out


def _bearers(cast: Cast, surname: str) -> dict[str, Entity]:
    """The people the cast has whose name ends in `surname` (in any case)."""
    return {
        e.name: e
        for e in cast.entities
        if e.kind == "person" and e.name.lower().split()[-1] == surname.lower()
    }


def _named_mid_sentence(name: str, prose: str) -> bool:
    """Whether `name` is a name as a whole: no title opens it and no capitalised word runs on
    after it (not "Mayor Jo" from "Mayor Jo Doe"), and it is no common word opening a sentence
    before one ("Sisters Mara and June Doe …" names no Sisters Mara): its first word is no
    English word, or the prose writes it after another word of its sentence."""
    first = name.split()[0]
    found = list(re.finditer(rf"\b{re.escape(name)}\b", prose))
    if first in _TITLE_WORDS or any(re.match(r"\s+[A-Z]", prose[m.end() :]) for m in found):
        return False
    return not _english_word(first) or any(
        not re.search(r"(?:^|[.!?:”\"]\s*)$", prose[: m.start()]) for m in found
    )


def _english_word(word: str) -> bool:
    """Whether JMdict's English glosses use `word` (any inflection): a word, not a surname."""
    lexicon = bilingual.lexicon()
    return lexicon is not None and any(
        lemma in lexicon.japanese_of for lemma in bilingual.lemmas(word.lower())
    )
