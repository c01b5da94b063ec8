"""Japanese interviews printed as questions and answers (一問一答), no quote marks.

A paper prints an interview, or the exchanges of a news conference, as its own questions, each
opening on a dash (――退任の理由は。), and after each the answer as said, unmarked or in 「」.
The copy names who answers before the first question (…の山田一郎投手が会見した。主なやりとり
は次の通り。), or opens each answer on who gives it (山田頭取　…) when several answer.

An answer is credited only when the copy says whose it is: the label that opens it, naming one
person the lines before the questions name (a label naming no one there is left out); else the
one person those lines say the exchanges are with (山田投手との一問一答, …に聞いた, 記者会見した
…は), or else the one the first of their sentences about a person has for its subject (not
someone there too: 母の…さんも会見を見守った). When they name two people (対談, subjects joined by
と) and the answers carry no label, the answers are left out: a guessed speaker is worse than
none. A question is the paper's; it is credited to the interviewer or moderator the copy names
(（聞き手・山田花子）, （司会・文化部　山田花子）), and is otherwise the asker's, unnamed.

Where an answer ends is the copy's to mark: the paragraphs between two questions (at most
`MAX_ANSWER_PARAGRAPHS`, or as long as each opens on a label), and after the last question the
one paragraph that follows it (the story usually goes on after the exchanges without a mark).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from retrieval.lexicon import JA_LINE_MARKS, JA_QUESTION_DASHES
from retrieval.models import Article, Block, Quote
from retrieval.quotes.people import People, Person
from retrieval.quotes.spans import is_verbatim

# A question line: the dash, then the question (――退任の理由は。).
_QUESTION_RE = re.compile(rf"(?:{JA_QUESTION_DASHES})[ 　]*(?P<words>\S.*?)\s*$", re.S)
# The longest a question line runs: longer, a dash opens a paragraph of narrative.
MAX_QUESTION_CHARS = 120
# The most paragraphs read as one answer between two questions.
MAX_ANSWER_PARAGRAPHS = 2
# An answer that opens on who gives it: a name, or a surname and a title, then a space or a
# colon (山田頭取　…, 桜井：…).
_LABEL_RE = re.compile(r"(?P<label>[一-龥々ぁ-ゖァ-ヴー]{1,10})(?:　+|[：:][ 　]*)(?=\S)")
# An answer printed inside quote marks, whole (「人口減少です。…提案します」).
_WHOLE_QUOTE_RE = re.compile(r"「(?P<words>[^「」]*(?:「[^「」]*」[^「」]*)*)」")
# The interviewer's or the moderator's credit: （聞き手・山田花子）, （聞き手＝山田花子）,
# （司会・文化部　山田花子） (a desk before the name).
_ASKER_RE = re.compile(
    r"[（(](?:聞き手|司会)[・＝=：:\s]*(?:[^（）()、，,・\s　]{1,12}[\s　]+)?"
    r"(?P<who>[^（）()、，,・\s　]{2,12})[）)]"
)
# A sentence that says whom the exchanges are with: 山田選手との一問一答, …に聞いた, the one who
# held the news conference or took the questions (記者会見した山田社長は, 質問に答えた).
_WITH_RE = re.compile(
    r"との(?:主な)?(?:やりとり|やり取り|一問一答)|に、?[^。]{0,30}?聞いた"
    r"|に、?[^。]{0,30}?(?:振り返って|語って|話して)もら|(?:インタビュー|取材)に応じ|質問に答え"
    r"|会見し(?:た|、|て)"
)
ASKER_ROLE = "聞き手"  # (a question's asker when the copy does not name them)


@dataclass(frozen=True)
class Line:
    """One question or answer: where its words are in its paragraph."""

    paragraph: int
    start: int
    end: int
    asked: bool  # (the paper's question)
    label: str | None = None  # (who an answer opens on, as printed)


@dataclass(frozen=True)
class Interview:
    """An article's exchanges, and the paragraphs before the first question."""

    intro: tuple[int, ...]
    lines: tuple[Line, ...]

    @property
    def paragraphs(self) -> frozenset[int]:
        return frozenset(line.paragraph for line in self.lines)


def find_interview(article: Article) -> Interview | None:
    """The questions and answers of `article`, when it prints two or more questions each
    followed by an answer; else None."""
    passages = list(article.passages)
    asked = [i for i, b in enumerate(passages) if _question(b) is not None]
    answered = [i for i in asked if i + 1 < len(passages) and i + 1 not in asked]
    if len(answered) < 2:
        return None
    lines: list[Line] = []
    for k, i in enumerate(asked):
        q = _question(passages[i])
        assert q is not None
        lines.append(Line(passages[i].number, q.start("words"), q.end("words"), True))
        # (after the last question the story goes on unmarked; between two, more paragraphs
        # than an answer runs are the answer and then narrative; lines that each open on who
        # speaks run as long as they do)
        end = asked[k + 1] if k + 1 < len(asked) else len(passages)
        span = end - i - 1 if k + 1 < len(asked) and end - i - 1 <= MAX_ANSWER_PARAGRAPHS else 1
        answers: list[Line] = []
        for j in range(i + 1, end):
            block = passages[j]
            if block.number != passages[j - 1].number + 1 or not _answer_like(block):
                break  # (a subhead between, or a marked line: the exchanges have paused)
            line = _answer(block)
            if len(answers) >= span and not (line.label and all(a.label for a in answers)):
                break
            answers.append(line)
        lines += answers
    intro = tuple(b.number for b in passages[: asked[0]])
    return Interview(intro, tuple(lines))


def _question(block: Block) -> re.Match[str] | None:
    text = block.text
    if len(text.strip()) > MAX_QUESTION_CHARS:
        return None
    return _QUESTION_RE.fullmatch(text)


def _answer_like(block: Block) -> bool:
    text = block.text.strip()
    return block.kind == "paragraph" and bool(text) and text[0] not in JA_LINE_MARKS


def _answer(block: Block, labelled: bool = True) -> Line:
    """An answer's line: its words, past who it opens on when `labelled` (and that reads as a
    label), and inside the marks when they enclose it whole."""
    text = block.text
    end = len(text.rstrip())
    label = _LABEL_RE.match(text) if labelled else None
    start = label.end() if label else 0
    marked = _WHOLE_QUOTE_RE.fullmatch(text, start, end)
    if marked:
        start, end = marked.span("words")  # (「人口減少です。…」: the words inside the marks)
    elif text.startswith("「", start) and text.count("「") == text.count("」") + 1:
        start += 1  # (an answer run on over paragraphs opens each on a mark, closes the last)
    return Line(block.number, start, end, False, label["label"] if label else None)


def interview_quotes(
    article: Article,
    interview: Interview,
    people: People,
    intro_people: Iterable[tuple[int, int, Person]],
) -> list[Quote]:
    """The quotes of `interview`: each question, and each answer whose speaker the copy names.
    `intro_people` are the people the intro's sentences are about or quote, with their
    paragraph and where they are named."""
    # (whom a label may name: those the intro names, not a label the tagger misread as a name)
    persons = list(
        {
            id(p): p
            for (paragraph, _), p in people.timeline
            if paragraph in interview.intro and p.kind == "person"
        }.values()
    )
    credited = {m["who"] for b in article.passages for m in _ASKER_RE.finditer(b.text)}
    asker = _asker(credited, people)
    labelled = sum(1 for line in interview.lines if line.label and _by_label(persons, line.label))
    answering = (
        None if labelled >= 2 else _interviewee(article, interview, people, intro_people, credited)
    )
    quotes = []
    for line in interview.lines:
        who = _by_label(persons, line.label) if line.label else None
        if line.asked:
            who = asker
        elif who is None and labelled >= 2:
            continue  # (an unlabelled line among labelled answers: the story's own)
        elif who is None and line.label:
            continue  # (a label that names no one the intro does: whose words is not said)
        elif who is None:
            who = answering
        if who is None and not line.asked:
            continue
        words = article.block(line.paragraph).text[line.start : line.end]
        quotes.append(
            Quote(
                article.article_id,
                line.paragraph,
                words,
                who.name if who else None,
                who.role if who else ASKER_ROLE,
                False,
                is_verbatim(article, line.paragraph, words),
                start=line.start,
                end=line.end,
                speaker_forms=tuple(sorted(who.forms - {who.name})) if who else (),
            )
        )
    return quotes


def _asker(credited: set[str], people: People) -> Person | None:
    """The one interviewer the copy credits (（聞き手・山田花子）), else None."""
    if len(credited) != 1:
        return None
    [name] = credited
    person = people.find(name, "person")
    if person is not None and person.name == name:
        return Person(person.name, "person", ASKER_ROLE, person.title, set(person.forms))
    return Person(name, "person", ASKER_ROLE)


def _by_label(persons: Sequence[Person], label: str) -> Person | None:
    """The one person whose name or surname opens `label` (山田頭取 -> 山田一郎), the rest of
    it no more than a title."""
    found = {
        p.name: p
        for p in persons
        for form in {p.name, *p.forms}
        if len(form) >= 2 and label.startswith(form) and len(label) - len(form) <= 4
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _interviewee(
    article: Article,
    interview: Interview,
    people: People,
    intro_people: Iterable[tuple[int, int, Person]],
    credited: set[str],
) -> Person | None:
    """The one person the intro says the exchanges are with (…との主なやりとり, …に聞いた,
    記者会見した…は), or else the one its first sentence about a person is about: not whoever
    else the intro has do something (会見を見守った母), nor the interviewer `credited`."""
    about = [
        (n, at, p) for n, at, p in intro_people if p.kind == "person" and p.name not in credited
    ]
    named_with = []
    for number in interview.intro:
        for sentence in re.split(r"(?<=。)", article.block(number).text):
            if not _WITH_RE.search(sentence):
                continue
            here = {
                id(p): p
                for (paragraph, _), p in people.timeline
                if paragraph == number and p.kind == "person" and p.name not in credited
            }.values()
            named_with += [
                p
                for p in here
                if _in_full(p)
                and any(
                    form in _without_others(sentence, p, here) for form in (p.name, *_surnames(p))
                )
            ]
    earlier = [p for _, _, p in about]
    if chosen := _one_person(named_with, earlier):
        return chosen
    # (the first sentence that has a person for its subject: a lead may open on a team or a
    # body, 星ケ丘が初優勝した。就任3年目の山田監督は…)
    for number in interview.intro:
        text, start = article.block(number).text, 0
        for sentence in re.split(r"(?<=。)", text):
            end = start + len(sentence)
            subjects = [p for n, at, p in about if n == number and start <= at < end]
            if subjects:
                return _one_person(subjects, earlier)
            start = end
    return None


def _without_others(sentence: str, p: Person, persons: Iterable[Person]) -> str:
    """`sentence` with the names of everyone but `p` blanked: a surname `p` shares is no
    mention of `p` inside another's name (母の山田花子さん, after 北浜山（本名・山田一郎）)."""
    for other in persons:
        if other is not p:
            for form in sorted({other.name, *other.forms}, key=len, reverse=True):
                if len(form) >= 3:
                    sentence = sentence.replace(form, "〓" * len(form))
    return sentence


def _in_full(p: Person) -> bool:
    """Whether `p` is named in full, a family name and a given one (浜田光一, エミリー・ルソー):
    not a word the tagger took for a name (a place, 西ケ丘町長選 -> 西ケ丘)."""
    return bool(_surnames(p)) and any(p.name.endswith(f) and f != p.name for f in p.forms)


def _surnames(p: Person) -> list[str]:
    return [f for f in p.forms if len(f) >= 2 and p.name.startswith(f) and f != p.name]


def _one_person(candidates: Sequence[Person], earlier: Sequence[Person]) -> Person | None:
    """The one person `candidates` name, a later short mention read as the earlier full name
    with its surname (山田新王者 read as a name -> 山田一郎)."""
    chosen: dict[str, Person] = {}
    for p in candidates:
        full = p
        if p not in earlier:
            # (a name only the sentence about the exchanges gives, as the parser cut it)
            same = {e.name: e for e in earlier if set(_surnames(e)) & set(_surnames(p))}
            full = next(iter(same.values())) if len(same) == 1 else p
        chosen[full.name] = full
    return next(iter(chosen.values())) if len(chosen) == 1 else None
