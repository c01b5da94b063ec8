"""English transcripts: lines that open on who speaks ("Q:", "A:", "MORALES:"), no quote marks.

Interviews, news conferences, hearings and debates are printed as transcripts: each paragraph
opens on a label in capitals and a colon, and the rest of it is that speaker's words as said.
A label is read as the interviewer's question (Q), the interviewee's answer (A: the one person
the copy names before the transcript starts), or a name the article gives in full elsewhere
(MORALES, MS. PATRICE DOE, REPUBLICAN CANDIDATE DALE ROE). A line whose label names no one the
article does (THE COURT, CALLER, EDITOR'S NOTE) is left out: a guessed speaker is worse than
none.
"""

from __future__ import annotations

import re

from retrieval import bilingual
from retrieval.lexicon import EN_COURTESY
from retrieval.models import Article, Quote
from retrieval.quotes.english_names import Cast, Entity, named_in_full
from retrieval.quotes.spans import has_quote_mark, is_verbatim

# A label in capitals (with a gloss in brackets: "MR. ROE (Harbour North)") or Q / A, then a
# colon (Q and A may take a full stop: "Q. How did you …?"), then the words.
_LINE_RE = re.compile(
    r"(?P<label>(?P<qa>[QA])|[A-Z][A-Z.’'\- ]{1,60}?(?:\s*\((?P<gloss>[^()]{1,60})\))?)"
    r"(?(qa)[:.]|:)[ \t]+(?P<words>\S.*?)\s*$",
    re.S,
)
_SECOND_LABEL_RE = re.compile(r"\s[QA][:.]\s")
_COURTESY = {t.upper().rstrip(".") for t in EN_COURTESY} | {"SEN", "REP", "GOV", "GEN"}


def transcript_quotes(article: Article, cast: Cast) -> list[Quote]:
    """The lines of `article`'s transcripts whose speaker the article names, and its
    interviewer's questions (speaker unknown, role "interviewer")."""
    lines = []
    for block in article.passages:
        line = _LINE_RE.fullmatch(block.text)
        # (not a question and its answer run into one paragraph, "Q: …? A: …": whose words
        # end where is the copy's to mark, and it has not)
        if line and not has_quote_mark(block.text) and not _SECOND_LABEL_RE.search(line["words"]):
            lines.append((block, line))
    if not lines:
        return []
    first = lines[0][0].number
    before = {m.entity.name: m.entity for m in cast.mentions if m.paragraph < first}
    people = [e for e in before.values() if e.kind == "person"]
    interviewee = people[0] if len(people) == 1 else None
    numbers = {block.number for block, _ in lines}
    prose = "\n".join(b.text for b in article.passages if b.number not in numbers)
    quotes = []
    for block, line in lines:
        label = line["label"]
        who: Entity | None
        if label == "Q":
            who, role = None, "interviewer"
        elif label == "A":
            who, role = interviewee, None
        else:
            who, role = _labelled(cast, label, line["gloss"], prose), None
        if who is None and role is None:
            continue
        start, end = line.start("words"), line.end("words")
        words = block.text[start:end]
        quotes.append(
            Quote(
                article.article_id,
                block.number,
                words,
                who.name if who else None,
                who.role if who else role,
                False,
                is_verbatim(article, block.number, words),
                start=start,
                end=end,
                speaker_forms=tuple(dict.fromkeys([who.name, *who.forms])) if who else (),
            )
        )
    return quotes


def _labelled(cast: Cast, label: str, gloss: str | None, prose: str) -> Entity | None:
    """The one person the article names whose name ends as the label's last word does (a name
    in the gloss first: MINISTER OF X (MS. JO DOE)); else the one full name with that last word
    the article's prose outside the transcript writes (ROE for "Dale Roe", however
    the name was read)."""
    named_gloss = gloss if gloss and not re.search(r"[a-z]", gloss) else ""  # (not a place)
    for text in (named_gloss, re.sub(r"\([^()]*\)", " ", label)):
        words = [w.rstrip(".") for w in re.findall(r"[A-Z][A-Z.’'-]*", text)]
        words = [w for w in words if w not in _COURTESY]
        if not words:
            continue
        surname = words[-1].lower()
        found = {
            e.name: e
            for e in cast.entities
            if e.kind == "person" and e.name.lower().split()[-1] == surname
        }
        if len(found) == 1:
            return next(iter(found.values()))
        written = "-".join(part.capitalize() for part in words[-1].split("-"))
        if not found and (person := named_in_full(cast, written, [prose])) is not None:
            return person
        if not found and len(words) >= 2 and not _english_word(words[-1]):
            # REPUBLICAN CANDIDATE DALE ROE: a full name closes the label (a word of the
            # language closes a role's: MADAM SPEAKER, THE DEFENDANT)
            name = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in words[-2:])
            return cast.named(name.split()) or cast.add(name, "person")
    return None


def _english_word(word: str) -> bool:
    """Whether JMdict's English glosses use `word` (any inflection): a word, not a surname."""
    lexicon = bilingual.lexicon()
    return lexicon is not None and any(
        lemma in lexicon.japanese_of for lemma in bilingual.lemmas(word.lower())
    )
