"""English quotes and speakers by rule ("…," Smith said; said: "…"; "…," she added; according to
a statement; quoted as saying; "…," the company said; called it "…"; Doe was blunt in a note to
clients: "…"; continued quotes), titles, scare quotes, terms and numbers left out. An unnamed
speaker ("…," a spokesperson for the ministry said) is None with the description as role. No
English parser ships with its model on the package registry, so these are patterns over
lexicon.py's word lists; who the article names is `english_names`. Unsure of a speaker: None."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from retrieval import lexicon as lx
from retrieval.models import Article, Block, Quote
from retrieval.quotes.english_names import (
    BODY_NOUNS,
    CAP,
    CONNECTORS,
    DIGIT_COMMA,
    GROUP_NAMED_BEFORE_RE,
    IN_PLACE_RE,
    LIST_MARK,
    OF_PLACE_RE,
    ONE_NAME_RE,
    ORDERED_TO,
    PARTICLES,
    PERSON_BY_SUFFIX,
    PRONOUN_SEX,
    ROLE,
    SAY,
    THEY,
    Cast,
    Entity,
    Mention,
    alternation,
    body_described_before,
    build_cast,
    named_in_full,
    nickname_spans,
)
from retrieval.quotes.spans import blanked, has_quote_mark, is_verbatim, quote_spans
from retrieval.quotes.transcripts import transcript_quotes
from retrieval.sentences import Sentence, split_sentences

_CHARACTERISE = alternation(lx.EN_CHARACTERISING_VERBS)
_SAY_RE = re.compile(rf"\b(?:{SAY})\b")
_INTRODUCED_RE = re.compile(rf"\b(?:{SAY})(?:\s+(?:just|\w+ly))?\s*[,:]\s*$")  # (said simply:)
# The verb of saying that ends an unnamed speaker's description: "a source close to the talks said
# the buyers had argued …", not a relative clause's ("a nurse who asked not to be named").
_DESCRIPTION_SAID_RE = re.compile(rf"(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)\b(?:{SAY})\b")
_SAY_OR_CALL = alternation((*lx.EN_SPEECH_VERBS, *lx.EN_CHARACTERISING_VERBS))
_GENERIC = alternation(lx.EN_COMPANY_NOUNS | lx.EN_PUBLIC_BODY_NOUNS)
_VOICE = alternation(lx.EN_VOICE_NOUNS)
_MEDIUM = alternation(lx.EN_MEDIUM_NOUNS)
_PERSON = alternation(lx.EN_ROLE_NOUNS | lx.EN_PERSON_NOUNS)
_KIN_NOUNS = alternation(lx.EN_KIN_NOUNS)
_CONJUNCTION = alternation(lx.EN_CLAUSE_CONJUNCTIONS)
# Words before a body's name in "a statement from the Thai foreign ministry": not its name.
_LEAD_WORDS = frozenset("a an the its this statement from by".split())
_SMALL_WORDS = frozenset("a an the of and or in on at to for by with from".split())
# Words a Title Case name keeps in lower case: those, and name particles (Flor de la Vega).
_TITLE_SMALL_WORDS = _SMALL_WORDS | CONNECTORS

# What a subject after a closing mark may start with besides a capital: "…," one official said;
# a bare role before a name: "…," director Jane Doe said; "…," union president Jane Doe said
# (not "…," while a lawyer for X said: a new clause).
_CAPITAL_TITLE = alternation(
    {*lx.EN_TITLES, *(w.capitalize() for w in lx.EN_ROLE_NOUNS if w.isalpha())}
)
_NP_START = (
    rf"he|she|it|they|we|the|a|an|one|its|his|her|their|this|another|two|three|several|some"
    rf"|(?!(?:{_CONJUNCTION})\b)(?:[a-z][\w-]*\s+){{0,2}}(?:{ROLE})"
    # (a lowercase word before a title that heads a name: "…," agency Director Jane Doe said)
    # ("…," county Emergency Management Coordinator Jane Doe said)
    rf"|(?!(?:{_CONJUNCTION})\b)(?:[a-z][\w-]*\s+){{1,2}}"
    rf"(?=(?:{CAP}[\w-]*\s+){{0,3}}?(?:{_CAPITAL_TITLE})\s+{CAP})"
    rf"|(?:{alternation(PARTICLES)})\s+(?:(?:{alternation(PARTICLES)})\s+)?(?={CAP})"  # van der Berk
)
_NP = r"(?:[^,.;:“”\"]|\.(?=\S))"  # a period inside U.S. does not end the phrase
# After a closing mark: "…," said Jane Doe(, role) / "…," Smith(, 45,) said / "…" he added /
# "…," according to X.
_SAY_FINITE = alternation(
    [*(v for v in lx.EN_SPEECH_VERBS if not v.endswith("ing")), *lx.EN_AFTER_QUOTE_VERBS]
)
_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?:(?:{_SAY_FINITE})\s+(?P<np1>{_NP}{{1,80}}?(?:,\s+(?:the\s+)?[A-Z][\w’'-]*"
    rf"(?:\s+[A-Z][\w’'-]*){{0,3}})?)(?=\s*[,.;:!?]|\s+(?:in|at|on|after|before|during|from|to|"
    rf"who|while|when|as)\b|\s*$)"
    rf"|(?P<np2>(?={CAP}|(?:{_NP_START})\b)[^,;:“”\"]{{1,100}}?(?:,[^,;:“”\"]{{1,80}}?,)?)"
    # (not a relative's verb: "a nurse who asked not to be named told Reuters")
    r"(?<!\bwho)(?<!\bthat)"
    rf"\s+(?:(?:also|later|then|further|earlier|once)\s+)?"
    rf"(?:{_SAY_FINITE}|(?:was|is|has\s+been)\s+quoted\s+as\s+saying"
    # (on a recording: "“…,” the official, Ann Doe, can be heard saying")
    rf"|(?:(?:can|could)\s+be|is|was|were)\s+heard\s+(?:saying|telling))\b"
    rf"|[Aa]ccording\s+to\s+(?P<acc>[^,;:“”\"]{{1,100}}))"
)
_ACCORDING_RE = re.compile(r"\b[Aa]ccording\s+to\s+(?P<acc>[^,;:“”\"]{1,100}?)\s*,?\s*$")
# "According to analyst Jane Doe, the plan “cannot work”": the sentence's source, when no verb
# of saying in it says otherwise.
_LEAD_ACCORDING_RE = re.compile(r"\s*[Aa]ccording\s+to\s+(?P<acc>[^,;:“”\"]{1,100}?),")
# Words of someone's right before a quote: "Doe's promise last month of", "Roe's warning that".
_OWNED_WORDS_RE = re.compile(
    rf"(?<![\w’'-])([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)[’']s\s+(?:[a-z][\w-]*\s+)?"
    rf"(?:{alternation(lx.EN_UTTERANCE_NOUNS)})(?:\s+[\w-]+){{0,3}}\s+(?:of|that)\s*$"
)
# An order and whom it was given to, right before the words: "ordered the guards to “…”".
_ORDER_RE = re.compile(rf"\b{ORDERED_TO}\s*$")
# A full sentence, then a colon: Doe was blunt in a note to clients: “…” (the medium is the
# subject's own: "in a" or "in her", not "in the ruling").
_COLON_RE = re.compile(
    rf"\b(?:in|on|during|via|through)\s+(?:an?|his|her|their|its)\s+(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:{_MEDIUM})s?\b[^“”\"]*:\s*$"
)
# "He's said", "it's called": a pronoun's contracted "has" or "is", no possessive.
_CONTRACTED = "|".join(
    rf"(?<=\b{p[0].upper()}{p[1:]}[’']s\s)|(?<=\b{p}[’']s\s)"
    for p in ("he", "she", "it", "that", "who")
)
# The verb a fragment hangs on. "X was quoted (by Y) as saying" and "Y quoted X as saying" come
# first, since there "saying" tells whose words they are.
_VERB_RE = re.compile(
    r"(?P<passive>\b(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\b[^“”\"]{0,120}?\bas\s+"
    r"saying\b)|(?P<active>\bquoted\s+(?P<obj>[^“”\"]{1,80}?)\s+as\s+saying\b)"
    # (Not a noun after a determiner or a possessive: "said on a call with analysts: …", "in
    # her comments", "the airline's terms"; nor part of a compound, "so-called"; nor
    # a passive, "the ministry had been warned", nor a verb after a conjunction with no subject
    # of its own, "the allegations, if confirmed, would …": neither says who speaks.)
    rf"|(?P<verb>(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)"
    rf"(?<!\btheir\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bif\s)(?<!\bunless\s)(?<!\bonce\s)"
    rf"(?<!\bwhen\s)(?<!s[’']\s)(?:{_CONTRACTED}|(?<![’']s\s))(?<!-)\b(?:{_SAY_OR_CALL})\b"
    # (Nor "added a “sunset” provision": "add" with an object is adding a thing, not saying.)
    r"(?!(?:(?<=\badded)|(?<=\badds)|(?<=\badd))\s+an?\s)"
    # (Nor a noun in -ing that is a clause's subject: "the currency warning had been …".)
    r"(?!(?<=ing)\s+(?:had|has|have|was|were|is|are|would|will|could|did)\b)"
    # (Nor "said in a notice posted Tuesday": a document posted, not anyone posting.)
    + "".join(rf"(?<!{noun}\sposted)" for noun in ("notice", "statement", "message", "video"))
    + r")"
)
# Between a subject and its verb: appositives (Doe, 71, who lives nearby,), auxiliaries,
# adverbs, "on Tuesday".
_ADVERBS = r"(?:(?:also|later|then|has|had|have|was|is|once|again|on\s+[A-Z]\w+|\w+ly)\s+)*"
# A lone comma closes a name that is itself the appositive: "Her husband, Ivo Doe, said".
# A relative pronoun too: "funded by the Welsh government, which said in a statement …".
# "Doe, an analyst at X, who warned of …": the relative after an appositive is Doe's.
_GAP_RE = re.compile(
    rf"(?:\s*(?:,[^,“”\"]*){{1,3}},(?:\s*(?:which|who)\s)?|\s*,(?:\s*(?:which|who)\s)?)?"
    rf"\s*{_ADVERBS}"
)
_APPOSITIVE_GAP_RE = re.compile(rf",\s+(?:(?:of|at|from)\s+)?(?:the|an?)\s+[^,“”\"]+,\s*{_ADVERBS}")
# The same with a name in apposition inside it: ", a solicitor representing one of them, Lewis Roe,".
_NAMED_APPOSITIVE_GAP_RE = re.compile(rf",\s+(?:the|an?)\s+[^,“”\"]+,\s+[^,“”\"]+,\s*{_ADVERBS}")
# "the company", "the Kyoto-based company's statement", "a statement from the ministry".
_GENERIC_RE = re.compile(
    rf"(?:(?:an?\s+)?statement\s+(?:\w+\s+)?(?:from|by)\s+)?(?:[Tt]he|[Ii]ts|[Tt]his)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?P<noun>{_GENERIC})(?:[’']s\s+(?:{_VOICE}))?"
)
# A body named by its common noun: "the company", "its Tokyo-based lender".
_BODY_NP = rf"\s*(?P<np>(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){{0,2}}?(?:{_GENERIC}))"
# A sentence whose subject is a body named by its common noun, "The ministry set the bill …":
# the word after it is its verb (not a preposition, a conjunction, nor "The ministry official").
_BODY_SUBJECT_RE = re.compile(
    rf"{_BODY_NP}\s+(?!(?:{alternation(lx.EN_PREPOSITIONS)}|and|or|but|that|which|who)\b)"
    rf"(?!(?:{_PERSON}|{_VOICE})s?\b)[a-z]+\b"
)
# A body by its common noun saying the words before it: "“…,” the company said".
_BODY_SAID_RE = re.compile(rf"[”\"]\s*{_BODY_NP}\s+(?:said|says)\b")
# The subject opening the clause after "According to a statement," with the quote later on.
_STATEMENT_OPENER_RE = re.compile(rf"{_BODY_NP}\s+(?:has|had|have|is|was|will|would|said|says)\b")
# The subject right after "According to a statement," whose words the quote then gives.
_STATEMENT_SUBJECT_RE = re.compile(rf"{_BODY_NP}\s*$")
# "according to a company statement", "the ministry's release": the body's. (A bare "the
# statement" is left unresolved: the last body named is often not the one that issued it.)
_STATEMENT_RE = re.compile(
    rf"(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:(?P<noun>{_GENERIC})(?:[’']s)?\s+)?(?:press\s+|news\s+)?"
    rf"(?:{_VOICE})"  # (a company statement, a company spokeswoman)
)
# What a body puts out in its own name, with where it was put: "a statement", "its release", "a
# notice posted on its website" (not "a report", which may be anyone's about the body).
_OWN_DOCUMENT_RE = re.compile(
    rf"(?:an?|the|its)\s+(?:(?:{_GENERIC})(?:[’']s)?\s+)?(?:press\s+|news\s+|written\s+)?"
    rf"(?:statement|release|notice|filing|letter|note|message|post)"
    rf"(?:\s+(?:posted|published|issued|released|sent|filed|emailed|put\s+out)\b[^,;:“”\"]*)?"
)
# Documents whose words are those of whoever put them out (a body, a court, a union, a person).
_DOCUMENT = alternation(lx.EN_ISSUED_DOCUMENTS)
# "said in a statement", "In an unsigned opinion, the court said": where the words were put out.
_IN_A_STATEMENT_RE = re.compile(
    rf"\b[Ii]n\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT})\b"
)
# "a report released Monday by the state Department of Health", "The complaint, filed by the
# union in …", "A report by the X Authority": who put the document out, named right after "by"
# (not one who only read it out: "a statement read by his lawyer").
_ISSUED_BY_RE = re.compile(
    rf"\b(?:{_DOCUMENT})(?:,?\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:released|issued|filed|published|sent|written|signed|posted|submitted|brought)\s+"
    # (and to whom and when: "a letter sent to the mayor on Friday by")
    r"(?:[\w’'-]+\s+){0,6}?|\s+)by\s+(?:the\s+)?"
)
# "read a statement on behalf of her research partner, Jo Doe" (or "from" her): the document
# is Doe's, whoever reads it out (a spokesman, a lawyer, a relative).
_ON_BEHALF_RE = re.compile(rf"\b(?:{_DOCUMENT})\b[^.“”\"]{{0,120}}?\b(?:on\s+behalf\s+of|from)\s+")
_DESCRIPTION_GAP_RE = re.compile(r"(?:(?:the|his|her|their|its)\s+)?(?:[a-z][\w’'-]*,?\s+){0,5}")
# “…,” the statement said / said the statement: the statement named before.
_STATEMENT_SAID_RE = re.compile(
    rf"[\s,”\"]*(?:the\s+(?:[\w-]+\s+)?(?:{_DOCUMENT})\s+(?:said|says|added|adds|read|reads|stated)"
    rf"|(?:said|says|added|read|reads)\s+the\s+(?:{_DOCUMENT}))\b"
)
# "According to the statement, …“…”": the sentence cites a document named before.
_THE_STATEMENT_RE = re.compile(
    rf"\s*(?:[Aa]ccording\s+to\s+the\s+(?:[\w-]+\s+)?(?:{_DOCUMENT}),"
    # or has it as its subject: "The filing described the inquiry as “preliminary”"
    rf"|[Tt]he\s+(?:{_DOCUMENT})\s+(?:also\s+)?(?:said|[a-z]+(?:ed|s))\b)"
)
# The document word a match names ("statement" in "said in a statement").
_DOCUMENT_WORD_RE = re.compile(rf"\b(?:{_DOCUMENT})\b", re.IGNORECASE)
# "It called oversight “minimal”" right after a sentence whose subject is the document.
_IT_RE = re.compile(r"\s*It\s+(?:also\s+)?(?:said|[a-z]+(?:ed|s))\b")
# A statement's owner inside a longer phrase: "a statement posted on the ministry's website".
_OWNER_RE = re.compile(
    rf"^(?:an?|the)\s+(?:statement|release)\b.*\b(?:the|its)\s+(?P<noun>{_GENERIC})[’']s\b"
)
# A role held at a body named by a common noun, right before a verb: "the carrier's president".
_HELD_ROLE_RE = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){{0,2}}?(?:{_GENERIC})[’']s\s+"
    rf"(?P<role>(?:[\w-]+\s+){{0,2}}?(?i:{ROLE}))\s+{_ADVERBS}$"
)
# The reporting clause after the words it reports: "… ready to “share the burden” of propping
# up prices, Energy Minister Daniyar Seitkali said on Tuesday."
_TAIL_RE = re.compile(rf",\s+(?P<np>{CAP}[^,;:“”\"]{{1,80}}?)\s+(?:{SAY})\b")
# Between a person's name and the verb of their "who" clause: an optional appositive, ", who".
_WHO_CLAUSE_RE = re.compile(rf"(?:,\s+[^,;“”\"]{{1,120}})?,\s+who\s+{_ADVERBS}")
# A "who" clause set off by commas between a person and their verb, whatever it names: "Sen.
# Dale Doe, who sits with her on the Legislature's transportation committee, said".
# (A comma grouping a number's digits is inside the clause: "who lost 3,400 of his hives". An
# age and an appositive may come first: "John Doe, 58, a beekeeper from Chico, California, who
# lost …, told".)
_ASIDE = r"\s(?:[^,;“”\"]|,(?=\d{3})){1,160},\s*"  # the rest of a who or which clause
_WHO_ASIDE_RE = re.compile(
    r"(?:,\s+\d{1,3})?"
    r"(?:,\s+(?:an?|the)\s[^,;“”\"]{1,80}(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?)?"
    rf",\s+who{_ASIDE}{_ADVERBS}"
)
# Who acts for the body named next: "a lawyer for", "attorneys representing the".
_COUNSEL_FOR = rf"\b(?:{alternation(lx.EN_COUNSEL_NOUNS)})s?\s+(?:for|representing)\s+(?:the\s+)?$"
# The same for a body: "Old Mill Distilling, which opened its Nelson County site in 2019 and
# ages 180,000 barrels there, said" (whatever the clause names, the body before it speaks).
_WHICH_ASIDE_RE = re.compile(rf",\s+which{_ASIDE}{_ADVERBS}")
# "which" right after a name, which it never points back at when the name is a person's.
_WHICH_AFTER_RE = re.compile(r",\s+which\s")
# "Sheila Doe, a lawyer for the association, whose president, retired teacher Frank Roe, has
# led the campaign, said": a name after a "whose" noun is that noun's appositive, and the clause
# goes on to its own verb; the subject is the person named before "whose" (from that person's
# name to the verb), and nobody when a body or a common noun is ("The union, whose leader, Joe
# Roe, resigned, said": from "whose" to the name, and from the name to the verb).
_WHOSE_SAID_RE = re.compile(
    r"(?:,\s+[^,;“”\"]{1,120})?,\s+whose\s+[^,;“”\"]{1,60}(?:,\s+[^,;“”\"]{1,80},)?"
    rf"\s+[^,;“”\"]{{1,120}},\s*{_ADVERBS}"
)
_WHOSE_BEFORE_RE = re.compile(r",\s+whose\s+[^,;“”\"]{1,60},\s+(?:[a-z][\w’'-]*\s+){0,3}$")
_WHOSE_CLAUSE_END_RE = re.compile(rf",\s+[^,;“”\"]{{1,120}},\s*{_ADVERBS}")
_PREPOSITION_RE = re.compile(r"\b(?:for|of|at|to|with|from|by|about|against|on)(?:\s+the)?$")
# A participle whose object a name is: "a solicitor representing Kilbride", "a firm advising the".
_PARTICIPLE_RE = re.compile(r"\b[a-z]{3,}ing(?:\s+the)?\s*$")
# Who an unnamed source is one or some of: "a resident", "two people familiar with the matter".
_ONE = r"(?:[Aa]n?|[Oo]ne|[Aa]nother)"
_SEVERAL = rf"(?:[Ss]everal|(?i:{alternation(list(lx.EN_NUMBER_WORDS)[2:])}))"
_SOME = rf"(?:{_ONE}|{_SEVERAL})"
_WORDS_BEFORE = r"(?:[\w’'-]+\s+){0,4}?"
_REST = r"\b[^,;:“”\"]*"
# Someone described, not named: "a spokesperson for the land ministry", "an agency official".
_DESCRIBED_RE = re.compile(
    rf"{_ONE}\s+(?P<d>{_WORDS_BEFORE}(?:(?i:{_PERSON})|{PERSON_BY_SUFFIX}){_REST})"
    rf"|{_SEVERAL}\s+(?P<ds>{_WORDS_BEFORE}"
    rf"(?:(?i:{_PERSON})s|people|{PERSON_BY_SUFFIX}s|[a-z][a-z-]{{2,}}men){_REST})"
)  # (a noun that ends as people's nouns do is one too: a locksmith, a ferryman)
# A characterising verb with no object before the quote is a participle: habitats described as
# “…”, reefs often called “…”, a plan that was labelled “…” (an active verb has its object
# first: described the plan as “…”, called it “…”).
_OFTEN = r"(?:(?:\w+ly|often|sometimes|also)\s+)?"
_PASSIVE_RE = re.compile(
    rf"(?:\b(?:is|are|was|were|be|been|being)\s+{_OFTEN}(?:{_CHARACTERISE})"
    rf"|\s(?!(?:he|she|it|they|we|i|who|{_GENERIC})\s)[a-z]+\s+{_OFTEN}(?:{_CHARACTERISE}))"
    rf"(?:\s+(?:only|simply|just|merely))?(?:\s+as)?\s*$"  # (described only as “…”)
    # (with an article after an adverb: a condition often called the “silent killer”)
    rf"|\b(?:often|sometimes|widely|commonly)\s+(?:{_CHARACTERISE})\s+(?:the|an?)\s*$"
)
# "what economists call an “…”", "what locals call the “…”", "a practice critics call “…”", "the
# shift that dispatchers call “…”" (a relative with no object after the verb), "a
# fund it calls the “…”", "opponents have taken to calling the cameras “…”", "a design its
# engineers call the “…”": a name a class of people (or a body, in the present) give a thing, not
# anyone's words ("what it called “…”" is the body's: a quote).
_WHAT_THEY_CALL_RE = re.compile(
    r"(?:\b(?:what|that|which|an?\s+[a-z-]+|the\s+[a-z-]+)\s+(?:some\s+|many\s+|most\s+)?"
    r"(?:(?:its|their|our)\s+)?"
    r"(?:[a-z]+s\s+(?:often\s+)?call|(?:it|they)\s+(?:often\s+)?calls?)"
    r"|\b(?:take|takes|taken|took|come|came)\s+to\s+call(?:ing)?(?:\s+[\w’'-]+){0,6})"
    r"\s+(?:an?\s+|the\s+)?$"
)
# A term someone coined, then defined after a colon: what the study termed “…”: areas where ….
# (Not with anything else after it: "what he called “a betrayal” of voters" are his words.)
_WHAT_IT_CALLED_RE = re.compile(
    r"\bwhat\s+(?:it|they|he|she|[A-Z][\w’'-]*|the\s+[a-z]+)\s+"
    r"(?:called|calls|termed|terms|dubbed|dubs)\s*$"
)
# "Researchers call such places pharmacy “deserts”", "Locals call the bridge “the Comb”", "Some
# riders call the line “the snail”": a class of people naming a thing, in the present, at the
# head of the sentence.
_CLASS_CALLS_RE = re.compile(
    r"^\s*(?:(?:Many|Some|Most|Local|Older|Younger)\s+(?:[a-z]+s|people)|[A-Z][a-z]+s)\s+"
    r"(?:often\s+|sometimes\s+|now\s+)?"
    r"call\s+(?:[\w’'-]+\s+){1,4}$"
)
# Or at the head of a clause joined to the sentence: "…, and locals call its red cabins “…”".
_CLAUSE_CALLS_RE = re.compile(
    r"[,;]\s+(?:and|but)\s+(?:(?:many|some|most)\s+)?[a-z]+s\s+(?:often\s+|sometimes\s+|now\s+)?"
    r"call\s+(?:[\w’'-]+\s+){1,4}$"
)
# Or have long done so: "Crew members have long called the oldest of them “the trapdoor”" (a
# name, unless the marks hold a sentence's punctuation: then it may be the words of whoever
# reports it).
_CLASS_HAS_CALLED_RE = re.compile(
    r"^\s*(?:[A-Z][a-z]+\s+)?[A-Za-z][a-z]+s\s+(?:have|had)\s+(?:long|always|often)\s+called\s+"
    r"(?:[\w’'-]+\s+){1,5}$"
)
# A span the writer mentions as words: the word "fault", the term "…"; a "drug loss" problem,
# the term used in Japan for ….
_MENTION = alternation(lx.EN_MENTION_NOUNS)
_CLASS = alternation(lx.EN_CLASS_NOUNS)
_DETERMINERS = frozenset(("a", "an", "the", "its", "their", "his", "her", "our"))
# Words after quoted words that show they end a phrase rather than modify a noun: function
# words, auxiliaries, conjunctions, prepositions, verbs of saying.
_NOT_NOUNS = (
    lx.EN_FUNCTION_WORDS
    | lx.EN_AUXILIARIES
    | lx.EN_CLAUSE_CONJUNCTIONS
    | lx.EN_PREPOSITIONS
    | frozenset(w for v in lx.EN_SPEECH_VERBS for w in v.split())
)
# (or a word of a language, set off by a comma: one Welsh word, “…,” meaning …)
_MENTION_BEFORE_RE = re.compile(
    rf"\b(?:[Tt]he\s+(?:{_MENTION})|(?:[Oo]ne|[Aa]n?|[Tt]he)\s+(?:[A-Za-z-]+\s+){{0,2}}?"
    rf"(?:{_MENTION}),)\s*$"
)
_MENTION_AFTER_RE = re.compile(rf"[^,;:.“”\"]{{0,30}},\s+(?:the|a)\s+(?:{_MENTION})\b")
# An appositive after a short span that says what it names: replacing overtime pay with
# “flexible hours credits”, a scheme nurses say …; what the records called “prize of war,” a
# phrase the museum … (not "“…,” a campaign aide said": the noun there is the aide's).
_THING = alternation(w for w in lx.EN_WORK_NOUNS | lx.EN_MENTION_NOUNS if not w.endswith("ed"))
_THING_AFTER_RE = re.compile(
    rf"\s+(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_THING})\b"
    rf"(?!\s+(?:{_PERSON}|{SAY})\b)"
)
# A gloss right after a term in lower case, saying what it is: “black ice”, a thin coat of
# frozen rain on the road; “pink tax”, the higher price of … (not “…”, the company said).
_GLOSS_AFTER_RE = re.compile(rf",\s+(?!(?:[\w’'-]+\s+){{1,4}}(?:{SAY})\b)(?:a|an|the)\s+[a-z]")
# What a word just quoted names, after it: ", as pickers are called in the valley".
_KNOWN_AS_AFTER_RE = re.compile(
    r"\s*,?\s*as\s+(?:[\w’'-]+\s+){1,5}(?:is|are|was|were)\s+(?:known|called)\b"
)
# Whom someone told, right before the name: "told broadcaster ", "told the ".
_TOLD_RE = re.compile(r"\b(?:told|tells|telling)\s+(?:[a-z][\w-]*\s+){0,2}$")
# A participle that puts a thing in a class, no one's words: "treated internally as “…”",
# "widely seen as “…”".
_CLASSED_RE = re.compile(rf"\b(?:{alternation(lx.EN_CLASSING_PARTICIPLES)})\s+{_OFTEN}as\s*$")
# A verb joined to an earlier one of the same subject: "She said …, but warned that …".
_COORDINATED_RE = re.compile(r"(?:,\s*)?\b(?:but|and|yet)\s+(?:also\s+|later\s+)?$")
# A sentence opening on someone unnamed: "A longshoreman who asked not to be named said …",
# "At a bookstore in Tokyo, a teacher browsing the shelves said …".
_DESCRIBED_OPENER_RE = re.compile(
    # (past where or when, opening the sentence: "Back at the gate, an elderly fan …")
    rf"(?:^|(?<=[.!?”\"]\s))(?:(?:At|In|On|Outside|Inside|Near|Among|Across|Along|Back|Down|Up"
    rf"|Over|Out|Later|Earlier|Nearby|Elsewhere|Meanwhile|After|Before|During|By)\b"
    rf"[^,.“”\"]{{0,60}},\s+)?"
    rf"(?i:an?|one|another)\s+(?P<d>(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:(?i:{_PERSON})|{PERSON_BY_SUFFIX}\b|[a-z]+person\b|[a-z]+(?=,?\s+who\s)))"
)  # (or any noun a "who" clause follows: "A Bellevue travel agent who specializes …", "A
# senior steward, who asked not to be named, said")
# The subject before a verb, when it is someone described: "A regional official said: …".
# (An appositive or an aside may stand between: "A spokesperson for Roadwise, the navigation
# app, said", "A ministry official, speaking on condition of anonymity, said".)
_INDEFINITE_RE = re.compile(
    rf"(?:^|(?<=\s))(?P<np>{_SOME}\s+[^,;:“”\"]{{1,80}}?)"
    rf"(?:,\s+(?:the|an?|speaking|who)\s+[^,;:“”\"]{{1,100}},)?\s+{_ADVERBS}$"
)


# A line of a list of quotes, before its words: who, then a colon ("Kestrel manager Ines
# Doe:", "• Sen. Jo Roe, a Republican:", "Varga, on his winner:"), or only what the words are
# about ("3. On inflation:"), the speaker named where the list opens ("Five things Roe said:").
_CREDIT_LINE_RE = re.compile(rf"\s*(?:{LIST_MARK}\s*)?(?P<credit>[^“”\"\n:;]{{2,120}}?)\s*:\s*")
_LIST_ITEM_RE = re.compile(rf"\s*{LIST_MARK}\s")
_ON_TOPIC_RE = re.compile(r"(?:[Oo]n|[Aa]bout|[Aa]sked\s+about)\s")
# A clause that says how someone was, then a colon: "was more cautious:", "sounded upbeat:".
_STANCE_COLON_RE = re.compile(
    r"\b(?:was|were|is|are|sounded|seemed|remained)\s+(?:[\w-]+\s+){0,3}?[\w-]+"
    # ("was blunt when asked about the delays:")
    r"(?:\s+(?:when|after|as)\s+(?:asked|pressed|questioned)\s+[^:;“”\"]{1,80})?\s*:\s*$"
)
# A body's voice right after its name: "Northline spokesperson", "Acme's statement".
# A participle's clause of a question put to the sentence's subject, opening it: "Asked what
# she would do next, ".
_ASKED_CLAUSE = r"(?:Asked|Pressed|Questioned)\s[^,.“”\"]{1,80},\s+"
_DESCRIBED_SUBJECT_RE = re.compile(
    # (after a participle's clause: "Asked what she would do next, the chief laughed.")
    rf"\s*(?:{_ASKED_CLAUSE})?"
    # (the whole role, "The other dissenting deputy governor", not its first noun: a role in
    # apposition to a name, ", Piotr Doe, told …", is that name's, no description)
    rf"(?P<np>(?:[Tt]he|[Oo]ne|[Aa]nother|[Aa]n?)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?i:{_PERSON})"
    rf"(?!\s+(?i:{_PERSON})\b)"
    rf"|(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:{_KIN_NOUNS})"
    rf"(?:\s+and\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:(?i:{_PERSON})|{_KIN_NOUNS})\b|\s+and\s+[a-z][\w-]*)?+)"
    rf"(?:,\s+[a-z][^,“”\"]{{0,40}},)?\s+(?!(?:of|at|for|from)\b)[a-z]"
)  # (or a relative: "Her nephew, speaking afterward, looked out …"; not one named after it,
# "His wife and manager, Tina Doe, said")
# "A company spokeswoman", "a ministry official": the voice of the body the common noun names.
_GENERIC_VOICE = rf"(?:[Aa]n?|[Tt]he)\s+(?:{_GENERIC})\s+(?:{_VOICE})"
_VOICE_AFTER_RE = re.compile(rf"(?:[’']s)?\s+(?:{_VOICE})\b")


# A body's voice or organ after its possessive, right before the verb: "The UCI's licence
# commission said", "Acme's spokeswoman told …".
def _owned_before_verb(nouns: str) -> re.Pattern[str]:
    """One of `nouns` after a possessive, up to two words between, right before a verb."""
    return re.compile(rf"(?<=[’']s)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{nouns})\s+{_ADVERBS}")


_OWNED_VOICE_RE = _owned_before_verb(f"{_VOICE}|{alternation(lx.EN_ORGAN_NOUNS)}")
# The same after a body's common noun: "The league's disciplinary commission said" is the league.
_GENERIC_OWNER_RE = re.compile(rf"\b(?P<np>[Tt]he\s+(?:{_GENERIC}))[’']s(?=\s)")
# A document after a person's possessive, right before the verb: "Bricker's report described
# …", "Judge Park's ruling said": the words are that person's.
_OWNED_DOCUMENT_RE = _owned_before_verb(alternation(lx.EN_ISSUED_DOCUMENTS))
# A role of someone named, with no name: "Kestrel's chief executive", "Rourke's barrister" (as
# the subject right before a verb, or as the whole phrase after a quote).
_OWNED_ROLE = r"(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)[’']s\s+(?:[\w-]+\s+){0,2}(?P<noun>[a-z]+)"
_OWNED_ROLE_RE = re.compile(rf"(?<![\w’'-]){_OWNED_ROLE}\s+{_ADVERBS}$")
_OWNED_ROLE_PHRASE_RE = re.compile(rf"(?:[Tt]he\s+)?{_OWNED_ROLE}")
# A relative named before the name it is in apposition with: "Her grandson, Diego Doe".
# What kind of body opens a sentence before its name: "Electronics maker", "The regulator".
_KIND_LEAD_RE = re.compile(rf"(?:[A-Za-z][\w-]*\s+){{0,2}}(?:{_GENERIC})")
_RELATIVE_LEAD_RE = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z]+(?:-[a-z]+)?"
    # (and the relative's own role before the name: "His neighbor, retired nurse Joan Doe")
    r"(?:,(?:\s+[a-z][\w-]*){0,3})?"
    # or a role held somewhere: "The head of the Baltic Ports Authority, Lars Doe, …"
    r"|(?:[Tt]he|[Aa]n?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:of|at|for)\s+[^,;:“”\"]{1,80},"
)


@dataclass
class _Found:
    """A quote at text[start:end] and who said it, while its paragraph is read."""

    start: int
    end: int
    who: Entity | None
    described: str | None  # an unnamed speaker's description: "spokesperson for the ministry"
    attributed: bool  # the text says who spoke, even if only "an official"
    partial: bool


# What stands for a quoted name or term in the narrative once it is known to be no one's words:
# a letter, so that a clause or a noun phrase reads on across it.
_TERM_FILL = "x"


def attribute_english(article: Article) -> list[Quote]:
    """Every quote of an English `article` in order, verbatim, with speaker and role when said."""
    cast = build_cast(article)
    quotes: list[Quote] = []
    left_open: _Found | None = None  # the quote the last paragraph left open
    reporter: Entity | None = None  # whose speech the last paragraph ended on reporting
    issuers: dict[str, Entity] = {}  # who last put out each kind of document ("a statement")
    closing: _Found | None = None  # the quote the last paragraph ended on, when someone's
    unsaid: list[int] = []  # quotes left open, with no one named yet, that run on to here
    asked: _Found | None = None  # the last question someone is named for
    closing_text = ""  # the words of `closing`
    for block in article.blocks:
        text = block.text
        found: list[_Found] = []
        sentences = split_sentences(text) if block.is_passage else []
        spans = quote_spans(text) if block.is_passage else []
        blank = blanked(text, spans)  # (a "said" inside the quotes attributes nothing)
        nicknames = set(nickname_spans(text))
        # the same, with the names and terms found so far read as words (a nickname inside a
        # name as blank: Ann “Nan” Doe is the name Ann Doe)
        narrative = blanked(blank, sorted(nicknames), " ")
        dropped_end = -1  # where the last quote left out as no one's words closes
        for start, end in spans:
            if (start - 1, end + 1) in nicknames:
                continue  # Keith “The Hammer” Rowley: part of a name, no one's words
            sentence = next((s for s in sentences if s.start <= start < s.end), None)
            sentence = sentence or Sentence(0, len(text), text)
            masked = blank[:start] + text[start:end] + blank[end:]
            if _not_speech(masked, start, end, sentence) or (
                # calls “out” and “fault”: a word joined to a term before it is a term too
                _PAIRED_RE.fullmatch(text, dropped_end, start)
                and sentence.start <= dropped_end
                and len(text[start:end].split()) <= 3
            ):
                dropped_end = end
                # A name or a term is part of the narrative around the quotes after it, marks
                # and all: "X, who hosted the show “Y”, said he was “…”" reads past it.
                # (its comma inside the marks still closes a clause: "X, who posts under the
                # name “…,” said")
                kept = text[end - 1] if text[end - 1] in ",;" else ""
                fill = _TERM_FILL * (end - start + 2 - len(kept)) + kept
                narrative = narrative[: start - 1] + fill + narrative[end + 1 :]
            else:
                told = narrative[:start] + text[start:end] + narrative[end:]
                said = _attribute(cast, replace(block, text=told), sentence, start, end)
                found.append(_Found(start, end, *said))
        _lead_in(found, cast, block.number, blank, sentences, spans)
        _credited_next(found, cast, block.number, text, sentences)
        for f in found:
            # "According to the statement, “…”", “…,” the statement said, "The report said
            # …“…”": the document the copy last named, whoever issued it ("the Tokyo-based
            # company said in a statement Thursday"; a statement named earlier in this
            # paragraph first).
            if f.who is not None or f.described:
                continue
            k = next((k for k, s in enumerate(sentences) if s.start <= f.start < s.end), None)
            if k is None:
                continue
            home = sentences[k]
            cited = _STATEMENT_SAID_RE.match(text, f.end + 1) or _THE_STATEMENT_RE.match(
                text, home.start, f.start
            )
            if not cited and k and _IT_RE.match(text, home.start, f.start):
                cited = _THE_STATEMENT_RE.match(text, sentences[k - 1].start)
            if cited:
                # (the same kind of document only: "the report said" is not the statement's)
                document = _document(cited.group())
                earlier = _issued(cast, block.number, blank, sentences[:k], text)
                here = earlier.get(document) or issuers.get(document)
                if here is not None:
                    f.who, f.attributed = here, True
        # A paragraph opening with a quote nobody is named for continues the last paragraph's
        # quote when that one was left open (wire style: no closing mark, next paragraph opens).
        if found and left_open and found[0].start == 1 and not found[0].attributed:
            found[0].who, found[0].described = left_open.who, left_open.described
            found[0].attributed = True
        # A paragraph that opens on a whole quote nobody is named for, after a paragraph that
        # ended reporting someone's speech ("Doe said in an interview that …"), is theirs.
        opening = found[0] if found and found[0].start == 1 else None
        if opening and reporter and not (opening.attributed or opening.partial):
            opening.who, opening.attributed = reporter, True
        # A paragraph that opens on a whole quote nobody is named for, after a paragraph that
        # ended on someone's quote (“…,” Kessler told reporters.), goes on quoting them: wire
        # copy names a new speaker.
        if opening and closing and not (opening.attributed or opening.partial):
            # (in an exchange, a question alone after an answer is the one asking again:
            # "“…?” Doe asked. ¶ “…,” Roe replied. ¶ “…?”")
            again = (
                asked is not None
                and asked.who is not closing.who
                and text[opening.start : opening.end].rstrip().endswith("?")
                and not closing_text.rstrip().endswith("?")
            )
            source = asked if again and asked is not None else closing
            opening.who, opening.described = source.who, source.described
            opening.attributed = True
        # (Before `closing` is taken: “…,” she said. “…” ends the paragraph on her words.)
        _carry(found, cast, block.number, text)
        if block.is_passage:
            last = sentences[-1] if sentences else None
            reporter = _reporter(cast, block.number, blank, last, spans) if last else None
            spoken = [f for f in found if f.who or f.described]
            ends_on = bool(spoken) and last is not None and spoken[-1].start >= last.start
            # (or on a sentence of background after it that names no one new: "“…,” Chief
            # Executive X said in an interview. Acme has closed its order book." ¶ “…”)
            ends_on = ends_on or (
                bool(spoken) and _background_after(cast, block.number, sentences, spoken[-1])
            )
            closing = spoken[-1] if ends_on and spoken[-1] is found[-1] else None
            closing_text = text[closing.start : closing.end] if closing else ""
            questions = [f for f in spoken if text[f.start : f.end].rstrip().endswith("?")]
            asked = questions[-1] if questions else asked
            issuers.update(_issued(cast, block.number, blank, sentences, text))
        else:
            closing, asked = None, None  # a subhead between: a new part of the story
        found = [f for f in found if not _unowned_term(f, text, sentences)]
        closed = not found or found[-1].end < len(text.rstrip()) or text[found[-1].end :].strip()
        left_open = None if closed or not (found[-1].who or found[-1].described) else found[-1]
        for f in found:
            forms = tuple(dict.fromkeys([f.who.name, *f.who.forms])) if f.who else ()
            quote = text[f.start : f.end]
            verified = is_verbatim(article, block.number, quote)
            speaker, role = (f.who.name, f.who.role) if f.who else (None, f.described)
            args = (article.article_id, block.number, quote, speaker, role, f.partial, verified)
            quotes.append(Quote(*args, start=f.start, end=f.end, speaker_forms=forms))
        # A quote left open with no one named is the words of whoever the paragraph it runs on
        # into names for them: "“… ¶ “…,” she said."
        opens = bool(found) and found[0].start == 1 and block.is_passage
        continued = quotes[-len(found)] if opens else None
        if continued is not None and (continued.speaker or continued.speaker_role):
            for k in unsaid:
                quotes[k] = replace(
                    quotes[k],
                    speaker=continued.speaker,
                    speaker_role=continued.speaker_role,
                    speaker_forms=continued.speaker_forms,
                )
        carried = unsaid if opens and len(found) == 1 else []
        runs_on = bool(found) and not closed and not (found[-1].who or found[-1].described)
        unsaid = [*carried, len(quotes) - 1] if runs_on else []
    quotes = _answers(article, cast, _introduced_next(article, cast, quotes))
    lines = transcript_quotes(article, cast)  # ("MORALES: The echo. …", no quote marks)
    return sorted([*quotes, *lines], key=lambda q: (q.paragraph, q.start)) if lines else quotes


def _background_after(cast: Cast, paragraph: int, sentences: list[Sentence], quote: _Found) -> bool:
    """Whether the one sentence after the one holding `quote`, whole words someone said, ends
    the paragraph naming no person and no body the paragraph had not named before it."""
    k = next((k for k, s in enumerate(sentences) if s.start <= quote.start < s.end), None)
    if quote.partial or k is None or k != len(sentences) - 2:
        return False
    tail = sentences[-1]
    here = [m for m in cast.mentions if m.paragraph == paragraph]
    named = {id(m.entity) for m in here if m.start < tail.start}
    return all(
        m.entity.kind != "person" and id(m.entity) in named for m in here if m.start >= tail.start
    )


# A transcript's answer: "A: “…”" (or "A. “…”"), after the question marked "Q:".
_ANSWER_RE = re.compile(r"(?:^|\s)A[:.]\s*[“\"]$")
_QUESTION_MARK_RE = re.compile(r"(?:^|\s)Q[:.]\s")


def _answers(article: Article, cast: Cast, quotes: list[Quote]) -> list[Quote]:
    """`quotes` with each answer of a Q-and-A transcript that no one is named for credited to
    the one person the article names before its first question: the one interviewed."""
    passages = [b for b in article.blocks if b.is_passage]
    first = next((b.number for b in passages if _QUESTION_MARK_RE.search(b.text)), None)
    if first is None:
        return quotes
    named = {
        m.entity.name: m.entity
        for m in cast.mentions
        if m.paragraph <= first and m.entity.kind == "person" and not m.minor
    }
    if len(named) != 1:
        return quotes
    [who] = named.values()
    forms = tuple(dict.fromkeys([who.name, *who.forms]))
    return [
        replace(q, speaker=who.name, speaker_role=who.role, speaker_forms=forms)
        if q.speaker is None
        and not q.speaker_role
        and q.paragraph >= first
        and _ANSWER_RE.search(article.block(q.paragraph).text, 0, q.start)
        else q
        for q in quotes
    ]


# The sentence after a paragraph of quotes alone that says whose they were: "That was the
# warning from X", "That is how X described …", "The speaker, X, …".
# Nouns for what someone said, as copy points back at it: "That line", "with those words".
_UTTERANCE_WORDS = r"line|lines|remark|remarks|words|quip|comment|comments|warning|plea"
_INTRODUCED_NEXT_RE = re.compile(
    r"(?:(?:That|This|Those|These|Such)\s+(?:was|is|were|are|came)\s+"
    r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:from|of|by)|how)"
    # ("That warning came from X", "So says X")
    r"|(?:That|This|The)\s+(?:[a-z][\w-]*\s+){1,2}(?:came|comes)\s+from"
    r"|So\s+(?:says|said)"
    # ("That message, from the office of X, …": the medium and whose it is)
    rf"|(?:That|This)\s+(?:{_MEDIUM}),\s+(?:[\w’'-]+\s+){{0,5}}?(?:of|by|from)"
    r"|The\s+(?:speaker|words\s+(?:were|came\s+from))\s*,?"
    # ("That remark, from retired nurse X, …", "With that, council member X opened …")
    rf"|(?:That|This|Those|These)\s+(?:{_UTTERANCE_WORDS}),\s+(?:from|by)"
    r"|With\s+(?:that|those\s+words|these\s+words)\s*,"
    # ("With those words, council member X closed …")
    rf"|With\s+(?:that|this|those|these)\s+(?:{_UTTERANCE_WORDS})\s*,"
    # ("That was Jo Doe, 49, a plow driver, …": the words were hers; a person must follow)
    r"|(?:That|This)\s+(?:was|is))\s+"
)
# A name, then that it made the remark before it: "Doe made those remarks in a speech …".
_MADE_REMARK_RE = re.compile(
    rf"\s+(?:made|delivered|gave|offered)\s+(?:that|this|those|these|the)\s+(?:{_UTTERANCE_WORDS})\b"
)
# The words that open a lead's paragraph pointing back at them: "with those words".
_WITH_THOSE_WORDS_RE = re.compile(rf"\bwith\s+(?:those|these|that|the)\s+(?:{_UTTERANCE_WORDS})\b")
# A paragraph's opening up to a name that is its subject: nothing, or a title in capitals.
_TITLE_OPENING_RE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}")


def _introduced_next(article: Article, cast: Cast, quotes: list[Quote]) -> list[Quote]:
    """`quotes` with a paragraph of quotes alone, no one named for them, credited to the one
    person the next paragraph opens by saying they were theirs ("“…” ¶ That was the warning
    from Lorraine Doe, head teacher of …"), or, for a lead of quotes alone, to the one it opens
    on as its subject when the article quotes them later ("“…” ¶ Dana Doe, 54, runs …")."""
    passages = [b for b in article.blocks if b.is_passage]
    # Where each passage follows: a lead or the first of a part follows no passage.
    follows = {b.number: a.is_passage for a, b in itertools.pairwise(article.blocks)}
    credited = {q.speaker for q in quotes if q.speaker}
    for block, after in itertools.pairwise(passages):
        if re.sub(r"[“\"][^“”\"]*[”\"]", "", block.text).strip():
            continue  # (narrative of its own: the quotes are read with it)
        starts = cast.sentence_starts.get(after.number, [])
        first_end = starts[0] if starts else len(after.text)
        named = _people_in(cast, after.number, 0, first_end)
        # A lead of quotes alone, then a paragraph whose subject is someone quoted later:
        # "“…” ¶ Dana Doe, 54, runs the …": the story's opening voice is the one it introduces.
        subject = bool(
            named
            and not follows.get(block.number, False)
            and named[0].entity.name in credited
            and _TITLE_OPENING_RE.fullmatch(after.text, 0, named[0].start)
            and re.match(r",|\s+(?!and\b|or\b)[a-z]", after.text[named[0].end :])
        )
        # (or the sentence's subject did something "with those words": "Union leader Ana Doe
        # opened the rally with those words")
        with_words = _WITH_THOSE_WORDS_RE.search(after.text, 0, first_end)
        subject = subject or bool(
            named
            and with_words
            and named[0].start < with_words.start()
            and not re.search(r"[,;]", after.text[: named[0].start])
        )
        explicit = _whose_words(after.text, 0, named)
        if not (subject or explicit):
            continue
        who = named[0].entity
        forms = tuple(dict.fromkeys([who.name, *who.forms]))
        # (the copy saying whose they were outweighs the speaker carried over from the
        # paragraph before: "…, the museum said. ¶ “…” ¶ That statement came from its
        # director, Jo Doe")
        quotes = [
            replace(q, speaker=who.name, speaker_role=who.role, speaker_forms=forms)
            if q.paragraph == block.number
            and ((q.speaker is None and not q.speaker_role) or explicit is not None)
            else q
            for q in quotes
        ]
    return quotes


def _credited_next(
    found: list[_Found], cast: Cast, paragraph: int, text: str, sentences: list[Sentence]
) -> None:
    """A whole quote that is a sentence of its own, no one named for it, followed in its
    paragraph by a sentence saying whose it was ("“…” Those were the words of Ann Doe, who …"),
    is that person's: the same as a paragraph of quotes alone (_introduced_next), within one."""
    for f in found:
        if f.who or f.described or f.partial or f.attributed:
            continue
        k = next((k for k, s in enumerate(sentences) if s.start <= f.start < s.end), None)
        if k is None or k + 1 >= len(sentences):
            continue
        home, after = sentences[k], sentences[k + 1]
        alone = not text[home.start : f.start - 1].strip()
        if not alone or text[f.end + 1 : home.end].strip():
            continue
        who = _whose_words(text, after.start, _people_in(cast, paragraph, after.start, after.end))
        if who is not None:
            f.who, f.attributed = who, True


# Someone recalled as telling the subject the words that follow: "recalled his coach, Al Doe,
# telling him before a race,", "remembers her teacher saying to her:".
_RECALLED_TELLING_RE = re.compile(
    r"\b(?:recalled|recalls|remembered|remembers|recalling|remembering)\s+(?P<np>[^“”\".;!?]{3,120}?)"
    r",?\s+(?:telling|saying\s+to|asking|warning|urging)\s+(?:him|her|them|me|us)\b"
    r"[^“”\".;!?]{0,60}[:,]\s*$"
)


def _people_in(cast: Cast, paragraph: int, lo: int, hi: int) -> list[Mention]:
    """The people named, not in passing, in a paragraph between offsets lo and hi, in order."""
    return [
        m
        for m in cast.mentions
        if m.paragraph == paragraph
        and m.entity.kind == "person"
        and not m.minor
        and lo <= m.start < hi
    ]


def _whose_words(text: str, lo: int, named: list[Mention]) -> Entity | None:
    """The person the sentence opening at `lo` says the words before it were ("That was the
    warning from X", "Those were the words of X"): the first of `named` (its people), right after
    that opening, past a title at most ("The speaker, Chief X"); or the one it opens on who
    "made that remark"."""
    opening = _INTRODUCED_NEXT_RE.match(text, lo)
    if opening and named and named[0].start - opening.end() <= 40:
        # (after a bare "That was", the person right away, past a role: not "That was Monday,
        # and Doe …")
        bare = re.fullmatch(r"(?:That|This)\s+(?:was|is)\s+", opening.group())
        if not bare or re.fullmatch(
            r"(?:[A-Za-z][\w.’'-]*\s+){0,4}", text[opening.end() : named[0].start]
        ):
            return named[0].entity
    if (
        named
        and _TITLE_OPENING_RE.fullmatch(text, lo, named[0].start)
        and _MADE_REMARK_RE.match(text, named[0].end)
    ):
        return named[0].entity  # "Doe made those remarks in a speech": the words were Doe's
    return None


def _lead_in(
    found: list[_Found],
    cast: Cast,
    paragraph: int,
    blank: str,
    sentences: list[Sentence],
    spans: list[tuple[int, int]],
) -> None:
    """A whole quote that no words of its own sentence attribute, right after a sentence of
    reported speech by someone ("Wren said the people had no way to object. “The person …”"),
    is that someone's: the sentence before says who is talking. `blank` is the paragraph with
    every quote's words blanked; `spans` are its quoted spans."""
    for f in found:
        if f.who or f.described or f.partial or f.attributed:
            continue
        here = next((k for k, s in enumerate(sentences) if s.start <= f.start < s.end), None)
        if not here:
            continue
        home = sentences[here]
        if any(
            m.paragraph == paragraph and home.start <= m.start < f.start and not m.minor
            for m in cast.mentions
        ):
            continue  # "His neighbor, Joan Doe, was blunter: “…”": its sentence names someone
        before = sentences[here - 1]
        asked = sentences[here - 2] if here >= 2 else None
        if asked and any(
            start - asked.start <= 1 and 0 <= before.start - end <= 3 for start, end in spans
        ):
            continue  # (“By whom?” ¶ Roe asked. ¶ “…”: the attribution of a quote alone)
        who = _reporter(cast, paragraph, blank, before, spans)
        if who is not None:
            f.who, f.attributed = who, True


def _document(words: str) -> str:
    """The kind of document `words` name ("statement" in "said in a statement")."""
    found = _DOCUMENT_WORD_RE.search(words)
    return found.group().lower() if found else ""


def _issued(
    cast: Cast, paragraph: int, blank: str, sentences: list[Sentence], text: str
) -> dict[str, Entity]:
    """Who `sentences` say put out each kind of document, the last one named for each: the
    subject reporting words put out "in a statement" (or an opinion, a filing: "the Tokyo-based
    company said in a statement Thursday"), or whoever a document was released or filed by ("a
    report released Monday by the Department of Health")."""
    issued: list[tuple[int, str, Entity | None]] = []
    for s in sentences:
        if put := _IN_A_STATEMENT_RE.search(blank, s.start, s.end):
            issued.append(
                (s.start, _document(put.group()), _reporter(cast, paragraph, blank, s, []))
            )
        for by in _ISSUED_BY_RE.finditer(text, s.start, s.end):
            named = [
                m
                for m in cast.mentions
                if m.paragraph == paragraph and by.end() <= m.start <= by.end() + 12
            ]
            if named:
                issued.append((by.start(), _document(by.group()), named[0].entity))
        for behalf in _ON_BEHALF_RE.finditer(text, s.start, s.end):
            named = [
                m
                for m in cast.mentions
                if m.paragraph == paragraph
                and behalf.end() <= m.start
                and _DESCRIPTION_GAP_RE.fullmatch(text, behalf.end(), m.start)
            ]
            if named:  # (later than whoever read it out)
                issued.append((behalf.end(), _document(behalf.group()), named[0].entity))
    issued.sort(key=lambda item: item[0])
    return {document: e for _, document, e in issued if e is not None}


def _named_subject(cast: Cast, paragraph: int, text: str, a: int, b: int) -> Entity | None:
    """The body text[a:b] names and nothing more ("the FDA", "Halden"), if it does."""
    for m in cast.mentions:
        if m.paragraph == paragraph and a <= m.start and m.entity.kind != "person":
            rest = text[a:b].replace(text[m.start : m.end], "", 1)
            if re.fullmatch(r"\s*(?:the\s*)?", rest, re.IGNORECASE):
                return m.entity
    return None


def _runs_on(quote: str, before: str) -> bool:
    """A quote in lower case after a comma that closes the writer's own clause, not an
    attribution: "… would cost 330 million euros a year, “a sum the budget cannot absorb.”" is a
    fragment of the writer's sentence (after "According to X," or "he said," it is whole)."""
    if not quote[:1].islower():
        return False
    # ("he said on Tuesday, “…”" is attributed; "He said the company had received requests
    # totaling 15 gigawatts, “more than twice …”" ends a reported clause: a fragment.)
    attributed = _LEAD_ACCORDING_RE.match(before) or re.search(
        rf"\b(?:{SAY})\b(?:\s+[^\s,“”\"]+){{0,3}},\s*$", before
    )
    return attributed is None


def _unowned_term(f: _Found, text: str, sentences: list[Sentence]) -> bool:
    """A fragment no one, named or described, is found saying, that nothing attributes
    (Thailand has marketed itself as “the Detroit of Asia”) or that follows its article outside
    the marks with no verb of saying before it (doctors describe the eye as a “window”;
    exporters call it the “emergency brake”): the writer's term at arm's length, not a quote.
    (In reported speech, "Ito said the bank was not on a “pre-set course”", it stays a quote.)"""
    if f.who or f.described or not f.partial:
        return False
    if not f.attributed:
        return True
    opening = max((s.start for s in sentences if s.start <= f.start), default=0)
    if _SAY_RE.search(text, opening, f.start):
        return False
    return re.search(r"\b(?:a|an|the)\s*[“\"]?$", text[max(0, f.start - 8) : f.start]) is not None


# Reading out a text or addressing a room: what follows on its own is the words spoken.
_SPOKE_TO_RE = re.compile(
    # (their own: "read aloud a letter Doe had written" gives Doe's words, not the reader's)
    r"\b(?:read|reads)\s+(?:out\s+|aloud\s+)?(?:a|his|her|their)\s+(?:[\w-]+\s+)?"
    r"statement\b(?!\s+(?:from|by|on\s+behalf|written|prepared\s+by))"
    r"|\b(?:addressed|addresses)\s+the\s+(?:court|jury|crowd|room|hearing|meeting|rally|reporters)\b"
)
# A sentence's opening phrase up to its comma: "On a call with analysts, ".
_PREPOSITIONAL_OPENING_RE = re.compile(r"\s*([A-Z][a-z]+)\b[^,;“”\"]{0,80},")


def _reporter(
    cast: Cast, paragraph: int, blank: str, sentence: Sentence, spans: list[tuple[int, int]]
) -> Entity | None:
    """Whose speech `sentence` reports without quoting it ("Wren said the people had no way to
    object."), or introduces with a colon after saying how they were ("Wren was blunt:"): the
    subject of its verb of saying. None when the sentence quotes anyone."""
    if any(sentence.start <= a < sentence.end for a, _ in spans):
        return None  # a sentence with a quote of its own: its speaker is that quote's
    # (not a noun in an opening phrase: "On a conference call with analysts, Doe said …")
    opening = _PREPOSITIONAL_OPENING_RE.match(blank, sentence.start, sentence.end)
    lo = opening.end() if opening and opening[1].lower() in lx.EN_PREPOSITIONS else sentence.start
    if stance := _STANCE_COLON_RE.search(blank, lo, sentence.end):
        # "X, who started the company, was blunt when asked whether …:" ¶ “…”: the one the
        # sentence opens on, whose words the colon introduces.
        return _opener(cast, paragraph, blank, lo, stance.start(), person_only=True)
    # (a question put to the subject first: "Asked about the delay, he shrugged.")
    asked = _ASKED_OPENING_RE.match(blank, lo, sentence.end)
    lo = asked.end() if asked else lo
    verb = next(
        (
            v
            for v in _VERB_RE.finditer(blank, lo, sentence.end)
            if v["verb"] and not _noun_use(blank, v)
        ),
        None,
    )
    # (or read out a text, or spoke to a room: "Ann Doe read a statement to the court.")
    verb = verb or _SPOKE_TO_RE.search(blank, lo, sentence.end)
    if verb is None and asked:
        # "Asked what he would tell the jury, he paused." ¶ “…”: the one put the question, who
        # answers next, whatever the sentence says they did first
        pronoun = re.match(r"(?i:he|she)\b", blank[asked.end() : sentence.end])
        if pronoun:
            return _resolve(cast, paragraph, blank, asked.end(), asked.end() + pronoun.end())
        return _opener(cast, paragraph, blank, asked.end(), sentence.end, person_only=True)
    return None if verb is None else _subject(cast, paragraph, blank, sentence.start, verb.start())


# A sentence opening on a question put to its subject: "Asked whether she would run again, ".
_ASKED_OPENING_RE = re.compile(rf"\s*{_ASKED_CLAUSE}")


# What joins a clause to a quote before it in one sentence: "…”, while his teammate, …".
_CLAUSE_AFTER_QUOTE_RE = re.compile(rf"\s*[,;]?\s*(?:{alternation(lx.EN_CLAUSE_CONJUNCTIONS)})\s+")


# Between the two parts of a split quote: “…,” said X(, role), “…” / “…,” X said, “…”.
_SPLIT_RE = re.compile(rf"[”\"]\s*(?=[^“”\"]*\b(?:{SAY})\b)[^“”\".!?]{{1,160}},\s*[“\"]")


def _carry(found: list[_Found], cast: Cast, paragraph: int, text: str) -> None:
    """A whole quote with no attribution shares its paragraph neighbour's speaker (“We are open,”
    Rubio said. “But the time has come.”) unless someone else is named between the two (not in
    passing: "said through interpreter Ken Ito" names no new speaker)."""
    for i, f in enumerate(found):
        prev = found[i - 1] if i else None
        asked = found[i - 2 : i]
        if (
            not (f.who or f.described or f.partial or f.attributed)
            and len(asked) == 2
            and all(o.who or o.described for o in asked)
            and (asked[0].who, asked[0].described) != (asked[1].who, asked[1].described)
            and text[asked[1].start : asked[1].end].rstrip(" ,").endswith("?")
            # (not a question answered with one: “Why not in writing?” Roe asked. “To whom?” Doe
            # replied. “He was the manager.” goes on with Doe)
            and not text[asked[0].start : asked[0].end].rstrip(" ,").endswith("?")
        ):
            # An exchange: “We were told it was sound,” Doe said. “By whom?” Roe
            # asked. “By your client.”: the answer is the one the question was put to.
            f.who, f.described = asked[0].who, asked[0].described
            continue
        if (
            prev is not None
            and not (f.who or f.described)
            and (prev.who or prev.described)
            and _SPLIT_RE.fullmatch(text, prev.end, f.start)
        ):
            # “Nobody wanted this,” said Rebecca Doe, “but we have been bargaining …”: the
            # second part of one quote split around its attribution, as whole as the first.
            f.who, f.described, f.partial = prev.who, prev.described, prev.partial
            continue
        if f.who or f.described or f.partial or f.attributed:
            continue
        said = [o for o in [*found[:i][::-1], *found[i + 1 :]] if o.who or o.described]
        if not said:
            continue
        other = said[0]
        lo, hi = sorted((other.end, f.start))
        mentions = [m for m in cast.mentions if m.paragraph == paragraph and not m.minor]
        between = {
            m.entity.name
            for m in mentions
            if lo <= m.start < hi
            and not m.oblique
            and text[m.start - 1 : m.start] != "("
            and not _TOLD_RE.search(text, max(0, m.start - 40), m.start)
            and not (
                _RELATIVE_CLAUSE_RE.search(text, lo, m.start)
                and _CLAUSE_ENDS_RE.fullmatch(text, m.end, hi)
            )
        }  # (an acronym repeated in brackets, "(IFCU)", names no one new; nor does whom the
        # speaker told, "Doe told broadcaster Radio Nord.", nor the clause that says who the
        # speaker is, right before the words go on: "said Jo Doe, who runs it with her
        # brother, Dale. “…”")
        if between <= ({other.who.name} if other.who else set()):  # no one else named between
            f.who, f.described = other.who, other.described


# A relative clause after whom an attribution names, running on to where a mention is: "said Jo
# Doe, 64, who runs the shop with her brother, " (no sentence ends, no quote opens, in it).
_RELATIVE_CLAUSE_RE = re.compile(r",\s+who\s[^.!?“”\"]*$")
# The rest of that sentence, up to the next quote: nothing else said ("His son was blunter:"
# would be someone else speaking).
_CLAUSE_ENDS_RE = re.compile(r"[^.!?:“”\"]*[.!?]?\s*[“\"]?")


# --- Who said it ----------------------------------------------------------------------------------


def _attribute(
    cast: Cast, block: Block, sentence: Sentence, start: int, end: int
) -> tuple[Entity | None, str | None, bool, bool]:
    """(speaker, description of an unnamed one, whether the text attributes the quote at all,
    partial) for text[start:end]."""
    text, number = block.text, block.number
    quote = text[start:end].rstrip()
    before = text[sentence.start : max(sentence.start, start - 1)]
    # A whole sentence (or more) stands alone or after "said:"; anything else is a fragment.
    whole = quote[-1:] in tuple(",.?!—–…") and (
        before.rstrip()[-1:] in ("", ":")
        or (before.rstrip()[-1:] == "," and not _runs_on(quote, before))
        or (quote[:1].isupper() and quote[-1:] in tuple(".?!") and quote.count(" ") >= 3)
    )  # … was quoted as saying "The cab was crushed …." is a sentence, however introduced
    at, lo = min(end + 1, sentence.end), sentence.start
    stop = sentence.end
    if quote[-1:] in "?!" and not text[at:stop].strip():
        # “Why now?” Senator Ruth Ames asked.: the splitter ends the sentence at the mark.
        clause = re.match(r"\s*[^.!?“”\"]{1,100}[.!?]", text[at:])
        stop = at + clause.end() if clause else stop
    after = _AFTER_RE.match(text[at:stop])
    # "…," said Doe / “…”, said Doe; a fragment running on into the sentence ("dismissed as
    # “nonsense” claims that …") is not followed by its attribution.
    ends = quote[-1:] in tuple(",.?!—–…") or text[at : at + 2].lstrip()[:1] == ","
    after = after if ends or (after and not after["np1"]) else None
    # (Not when a verb of saying right before introduces the quote: "When a reporter asked,
    # “Will you resign?” she replied, “No,”": "she replied" is the next quote's.)
    after = None if _INTRODUCED_RE.search(before) else after
    according = _ACCORDING_RE.search(before)
    lead = _LEAD_ACCORDING_RE.match(before)
    # A verb inside "According to a notice posted on its website," governs nothing after it.
    # ("Doe once told him, “…”": "once" after its subject is an adverb, and the verb after it
    # is one; _VERB_RE reads "once" as a conjunction, "once confirmed", unless capitalised.)
    scanned = _ADVERB_ONCE_RE.sub(r"\1Once", before)
    verbs = [
        v for v in _VERB_RE.finditer(scanned, lead.end() if lead else 0) if not _noun_use(before, v)
    ]
    colon = _COLON_RE.search(before) if whole else None
    # "Her grandson, Diego Doe, 19, was more cautious: “…”": a whole quote after a colon that
    # ends a clause saying how one person named at its start was (not what they did: "Judge
    # Hart quoted a passage in the contract: “…”" gives the contract's words) is theirs.
    plain_colon = whole and colon is None and _STANCE_COLON_RE.search(before) is not None
    # "X said the jury had “…”, while his teammate, Y, was more philosophical: “…”": a stance
    # clause after another quote of the sentence opens on its own subject, and the verb before
    # that quote is that quote's; the clause is read from its conjunction on.
    stance_lo = lo
    after_quote = max(before.rfind("”"), before.rfind('"')) + 1  # (0: no quote before)
    if plain_colon and after_quote and (stance := _STANCE_COLON_RE.search(before, after_quote)):
        joined = _CLAUSE_AFTER_QUOTE_RE.match(before, after_quote, stance.start())
        if joined is not None:
            stance_lo = lo + joined.end()
            verbs = [v for v in verbs if v.start() > after_quote]
    order: re.Match[str] | None = None
    tail: re.Match[str] | None = None  # ", Minister X said" after a fragment, when nothing else
    credit: re.Match[str] | None = None  # "Kestrel manager Ines Doe: “…”", a list of quotes
    credited: Entity | None = None
    who, phrase = None, (0, 0)  # the speaker, and the words that name or describe them
    kin_words = None  # an unnamed relative who told the words: "his father"
    owner = _OWNED_WORDS_RE.search(before)
    owned_words = owner and next(  # (the owner's mention is a passing one: a possessive)
        (
            m.entity
            for m in cast.mentions
            if (m.paragraph, m.start) == (number, lo + owner.start(1))
        ),
        None,
    )
    if (
        whole
        and not text[end:].strip(' ”"')
        and (credit := _CREDIT_LINE_RE.fullmatch(text, 0, max(0, start - 1)))
        and (credited := _credited(cast, number, text, *credit.span("credit"))) is not None
    ):
        # "Kestrel manager Ines Doe: “…”", a line of a list of quotes: whom it credits
        who = credited
    elif after:
        group = next(g for g in ("np1", "np2", "acc") if after.group(g))
        phrase = (at + after.start(group), at + after.end(group))
        if group == "np1":  # "…," said a woman in her 40s who fled with her sons.
            clause = re.match(r"(?:[^,;:“”\"]|\.(?=\S))*", text[phrase[1] : sentence.end])
            phrase = (phrase[0], phrase[1] + (clause.end() if clause else 0))
        who = _resolve(cast, number, text, at + after.start(group), at + after.end(group))
        if who is None and group == "np1":
            # "…," said a man at the centre, who gave only his first name, Tomas.
            who = _one_named(cast, number, text, phrase[0], sentence.end)
    elif according:
        who = _resolve(cast, number, text, lo + according.start("acc"), lo + according.end("acc"))
        phrase = (lo + according.start("acc"), lo + according.end("acc"))
    elif owned_words:  # Lyle said Doe's promise last month of “…” had not been kept: Doe's
        who = owned_words
    elif order := _ORDER_RE.search(before):  # ordered the guards to “…”: the one ordering
        who = _subject(cast, number, text, lo, lo + order.start())
    elif (recalled := _RECALLED_TELLING_RE.search(before)) and len(
        told_by := _people_in(cast, number, lo + recalled.start("np"), lo + recalled.end("np"))
    ) == 1:
        # "Doe recalled the club's founder, the late Father Al Roe, telling him, “…”":
        # the words of the one recalled
        who = told_by[0].entity
    elif verbs and (kin := _KIN_TOLD_RE.search(before)):
        # "Doe said her mother would tell her, “…”": the relative's words, told to the
        # subject (the relative named in apposition, "her mother, Rita Lee, …", else unknown and
        # described as the copy describes them)
        named = _people_in(cast, number, lo + kin.start(), lo + kin.end())
        who = named[0].entity if len(named) == 1 else None
        kin_words = None if named else kin["kin"]
    elif verbs and verbs[-1]["active"]:  # the verb nearest the quote governs it
        who = _resolve(cast, number, text, lo + verbs[-1].start("obj"), lo + verbs[-1].end("obj"))
    elif verbs:
        k = len(verbs) - 1
        reported = _reported_subject(cast, number, text, lo, verbs)
        while (
            not reported
            and k
            and (
                _COORDINATED_RE.search(text, lo, lo + verbs[k].start())
                or _participle(text, lo, verbs[k])
            )
        ):
            k -= 1  # "She said …, but warned that …", "Reyes said, adding: …": the first verb's
        if k and verbs[k]["verb"] in ("call", "calls") and not before[verbs[k].end() :].strip():
            # "said in a statement that its staff would treat Brennan County calls “…”": a
            # "calls" with no object before the words is a noun (a verb would call something
            # “…”); the verb of saying before it governs.
            k -= 1
        verb_at = lo + verbs[k].start()
        who = reported or _subject(cast, number, text, lo, verb_at)
        if (
            who is None
            and k
            and _REPORTED_PLURAL_RE.fullmatch(text, lo + verbs[k - 1].end(), verb_at)
        ):
            # "Gene Doe said they were urging guests to “…”": a "they" or "we" clause the verb
            # before it reports is that speaker's account ("they" and "we" resolve to no one).
            who = _subject(cast, number, text, lo, lo + verbs[k - 1].start())
        if who is None and _COORDINATED_RE.search(text, lo, verb_at):
            # "Harlan chief executive Dominic Frayne declined to comment, but told investors
            # that …": a verb joined to an earlier one has the sentence's subject.
            who = _opener(cast, number, text, lo, verb_at)
        reports = [v for v in verbs[:k] if _participle(text, lo, v)]
        if who is None and reports and _NO_ONE_RE.fullmatch(text, lo + reports[-1].end(), verb_at):
            # "X wrote to staff, saying the claims, if true, described conduct that was
            # “…”": a verb whose subject is no one, inside what a participle reports, gives
            # the words of the participle's subject.
            who = _opener(cast, number, text, lo, lo + reports[-1].start())
        if who is None and (_participle(text, lo, verbs[k]) or _participle(text, lo, verbs[-1])):
            # "Kerrigan defended the plan, telling parliament …", "Whitfield said …, describing
            # the payments as “…”", "She declined to say how much, saying only that …": a
            # participle's subject opens the sentence.
            who = _opener(cast, number, text, lo, verb_at)
            # "… after audio showed he had brushed aside the advice, telling colleagues he did not
            # want “…”": else the nearest clause's "he" or "she" before the participle.
            pronouns = [] if who else list(_PRONOUN_SUBJECT_RE.finditer(text, lo, verb_at))
            if pronouns:
                who = _resolve(cast, number, text, pronouns[-1].start(1), pronouns[-1].end(1))
            if who is None and (opened := _QUOTE_OPENING_RE.match(text, lo, verb_at)):
                # "“…,” said Raj Doe, adding that the target was “…”": the verb's subject
                # follows it, after the quote that opens the sentence.
                inverted = _AFTER_RE.match(text[opened.end() : sentence.end])
                if inverted and inverted["np1"]:
                    at_np = opened.end() + inverted.start("np1")
                    who = _resolve(cast, number, text, at_np, opened.end() + inverted.end("np1"))
        if indefinite := _INDEFINITE_RE.search(text, lo, verb_at):
            phrase = indefinite.span("np")
        elif pronoun := re.search(rf"\b(?:[Hh]e|[Ss]he)\s+{_ADVERBS}$", text[lo:verb_at]):
            phrase = (lo + pronoun.start(), lo + pronoun.end())
    elif lead:
        who = _resolve(cast, number, text, lo + lead.start("acc"), lo + lead.end("acc"))
        # (an unnamed source is described: "According to a person familiar with the matter")
        phrase = (lo + lead.start("acc"), lo + lead.end("acc"))
        body = _STATEMENT_SUBJECT_RE.match(text, lo + lead.end(), max(lo + lead.end(), start - 1))
        if who is None and _OWN_DOCUMENT_RE.fullmatch(lead["acc"].strip()):
            # "According to a statement, the company “has found no evidence …”", "According to
            # a notice posted on its website, the company “…”", "…, the FDA “…”": the
            # statement's subject says it.
            opener = _STATEMENT_OPENER_RE.match(text, lo + lead.end(), start)
            if body:
                who = _resolve(cast, number, text, body.start("np"), body.end("np"))
            elif opener:  # "According to a statement, the airline has …, and customers “…”"
                who = _resolve(cast, number, text, opener.start("np"), opener.end("np"))
            else:
                who = _named_subject(cast, number, text, lo + lead.end(), start - 1)
    elif colon:
        who = _opener(cast, number, text, lo, lo + colon.start())
    elif plain_colon:
        who = _opener(
            cast, number, text, stance_lo, lo + len(before.rstrip()) - 1, person_only=True
        )
    elif tail := _TAIL_RE.search(text, end, sentence.end):
        who = _resolve(cast, number, text, tail.start("np"), tail.end("np"))
    described = kin_words
    if who is None and (d := _DESCRIBED_RE.fullmatch(text[phrase[0] : phrase[1]].strip())):
        group = "d" if d["d"] else "ds"  # (one person, or several: two people familiar …)
        words = d[group]
        if said := _DESCRIPTION_SAID_RE.search(words):
            words = words[: said.start()]  # (it ends at its verb of saying, not a relative's)
        described = re.sub(rf"\s+{_ADVERBS}$", "", words.strip()).rstrip(".")
        if group == "ds":  # (with how many: two people familiar with the matter)
            described = f"{d[0][: d.start(group)].strip().lower()} {described}"
    named_by = text[phrase[0] : phrase[1]].strip()
    # "A longshoreman … said …. “…,” he said." / "A council member who asked not to be named
    # said …. “…,” the member said.": the one described, not someone named before with that role.
    noun = re.fullmatch(r"[Tt]he\s+([a-z]+)", named_by)
    if named_by.lower() in PRONOUN_SEX or noun:
        earlier = _described_subject(cast, number, text, phrase[0], noun[1] if noun else None)
        if earlier and (not noun or noun[1] in earlier.lower().split()):
            who, described = None, earlier
    attributed = bool(after or according or owned_words or order or verbs or lead or colon or tail)
    attributed = attributed or (credited is not None and who is credited)
    attributed = attributed or (plain_colon and who is not None)
    return who, described, attributed, not whole


# A relative who told the subject the words that follow: "said her mother would tell her,",
# "said her late mother, a nurse, gave her one piece of advice:" (a relative left unnamed).
_KIN_TOLD_RE = re.compile(
    rf"\b(?P<kin>(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:{alternation(lx.EN_KIN_MODIFIERS)})"
    rf"\s+)?(?:{alternation(lx.EN_KIN_NOUNS)}))(?:,[^,“”\"]{{1,60}},)?"
    rf"\s+(?:(?:used\s+to|would|had|once|always|often|[a-z]+ly)\s+)*"
    rf"(?:told|tell|tells|telling|gave|give|gives|wrote|write|writes)\s+(?:him|her|them|me|us)\b"
    r"[^“”\".;!?]{0,80}[:,]\s*$"
)


# "once" right after a name or a pronoun, an adverb ("Doe once told him"), not the conjunction
# of "once confirmed".
_ADVERB_ONCE_RE = re.compile(r"\b((?:[A-Z][\w’'-]*[a-z]|[Hh]e|[Ss]he)\s)once\b")
# A word right before a past participle that makes it an adjective, not a verb of saying with a
# subject: "removal of confirmed cases as “…”", "near reported sightings", "two announced cuts".
_ADJECTIVAL_RE = re.compile(
    r"\b(?:of|near|around|for|with|in|on|by|from|about|among|against|all|more|fewer|newly)\s+$"
)
# A determiner and one word right before "warning", the participle of saying that is also an
# everyday noun: a compound's head, "a flood warning for the coast that “…”"; not when the word
# is someone or a body, "with the minister warning that …", "the ministry warning that …".
_NOUN_BEFORE_WARNING_RE = re.compile(
    rf"\b(?:an?|the|its|their|his|her|this|that|every|any|no)\s+(?!(?:{_PERSON}|{_GENERIC})s?\s)"
    r"(?![a-z]+ly\s)[a-z][\w-]*\s+$"
)


_CLAUSE_SUBJECT_LEAD_RE = re.compile(
    r"(?:(?:the|his|her|their|its|an?)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+"
    r"|(?:[A-Z][\w’'-]*\s+){1,3}[a-z]+\s+)?"
)


def _reported_subject(
    cast: Cast, paragraph: int, text: str, lo: int, verbs: list[re.Match[str]]
) -> Entity | None:
    """The subject of a that-clause the last verb is joined into: "Doe told the jury that the
    owner, Sam Roe, approached him and said, “…”" gives Roe's words, not Doe's."""
    if len(verbs) < 2:
        return None
    first_end, last_at = lo + verbs[-2].end(), lo + verbs[-1].start()
    that = re.search(r"\bthat\s", text[first_end:last_at])
    if that is None or not _COORDINATED_RE.search(text, lo, last_at):
        return None
    after = first_end + that.end()
    named = [
        m
        for m in cast.mentions
        if m.paragraph == paragraph and after <= m.start < last_at and not m.oblique
    ]
    people = [m for m in named if m.entity.kind == "person"]
    if len(people) != 1 or any(m.start > people[0].start for m in named if m not in people):
        return None  # (one person, and no one else named between them and the verb)
    # (the clause opens on its subject: "that Roe …", "that the owner, Sam Roe, …", "that
    # Acme owner Sam Roe …"; not "that he met Roe")
    if not _CLAUSE_SUBJECT_LEAD_RE.fullmatch(text, after, people[0].start):
        return None
    rest = text[people[0].end : last_at]
    return people[0].entity if re.fullmatch(r",?[^,;:“”\".!?]*(?:,\s+)?\band\s+", rest) else None


def _noun_use(text: str, verb: re.Match[str]) -> bool:
    """Whether the match of _VERB_RE in text is a noun by the words right before it: a participle
    that modifies ("the newly announced") or the head of a compound ("a flood warning")."""
    word = verb["verb"] or ""
    if word.endswith("ed"):
        return _ADJECTIVAL_RE.search(text, 0, verb.start()) is not None
    return word == "warning" and _NOUN_BEFORE_WARNING_RE.search(text, 0, verb.start()) is not None


# A sentence that opens with a quote, up to its closing mark ("“…,” said X, adding …"; the
# text it is matched in has the quotes' words blanked out).
_QUOTE_OPENING_RE = re.compile(r"\s*[“\"][^“”\"]+[”\"]")
# A "they" or "we" clause after a verb of saying (and its object): "said they were", "told
# reporters that we would".
_REPORTED_PLURAL_RE = re.compile(r"(?:\s+[a-z]+)?\s+(?:that\s+)?(?:they|we)\s+(?:[a-z]+\s+){0,2}")
# A pronoun opening a clause, with its verb: "he had", "she was", "he refused".
_PRONOUN_SUBJECT_RE = re.compile(
    r"\b([Hh]e|[Ss]he)\s+(?:had|has|was|is|would|will|could|did|[a-z]{3,}ed)\b"
)


# What a reported clause's subject may be when it names no one: "the claims, if true,"
# (no capital, no pronoun for a person, no word for someone).
_NO_ONE_RE = re.compile(
    rf"(?:(?!\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|(?i:{_PERSON})s?)\b)[^A-Z“”\"])*"
)


def _participle(text: str, lo: int, verb: re.Match[str]) -> bool:
    """Whether `verb` is a participle after a comma (", telling parliament", ", adding:")."""
    return verb[0].endswith("ing") and text[lo : lo + verb.start()].rstrip().endswith(",")


def _described_subject(
    cast: Cast, paragraph: int, text: str, pos: int, noun: str | None = None
) -> str | None:
    """The unnamed person a sentence of this paragraph opened with ("A longshoreman who asked not
    to be named said …"), when no one has been named since: who "he" or "she" at `pos` is. With
    none in this paragraph before `pos`, and no one named there, the last one the paragraph
    before opened with ("A beekeeper from Chico said …." ¶ "“…,” the beekeeper said."). Called
    by the description's own noun ("the reporter" after "One reporter asked …"), whoever was
    named since in this paragraph."""

    def named_after(number: int, lo: int, hi: int) -> bool:
        # (the noun says which one, whoever else was named, unless one named is that noun: "A
        # witness, Dara Doe, told …. “…,” the witness said" is Doe)
        by_noun = noun is not None and number == paragraph and noun in last_words
        return any(
            m.paragraph == number
            and lo < m.start < hi
            and m.entity.kind == "person"
            and not m.minor
            and (not by_noun or noun in m.entity.nouns)
            for m in cast.mentions
        )

    last = ([None, *_DESCRIBED_OPENER_RE.finditer(text, 0, pos)])[-1]
    last_words = last["d"].lower().split() if last is not None else []
    if last is not None:
        return None if named_after(paragraph, last.start(), pos) else last["d"]
    earlier = [n for n in cast.narrative if n < paragraph]
    if not earlier or named_after(paragraph, -1, pos):
        return None
    before = cast.narrative[max(earlier)]
    last = ([None, *_DESCRIBED_OPENER_RE.finditer(before)])[-1]
    if last is None or named_after(max(earlier), last.start(), len(before)):
        return None
    return last["d"]


def _sole_subject(cast: Cast, paragraph: int, text: str, pos: int, sex: str) -> Entity | None:
    """Who "he" or "she" at `pos` is when several people of the paragraph might be: the subject
    of the last sentence without quote marks before it, when no one else is named from there
    on ("Her neighbour, Joaquim Teles, 73, said he had voted in favour. “…,” he said."; not
    "Reyes said Vaz had voted against. “…,” he said."). The sentence may report the speech
    with a fragment quoted (His attorney, Lena Doe, said he was “relieved.”), not open on a
    quote."""
    plain = [
        s
        for s in split_sentences(text)
        if s.end <= pos and not has_quote_mark(text[s.start : s.start + 1])
    ]
    if not plain:
        return None
    people = [
        m
        for m in cast.mentions
        if m.paragraph == paragraph
        and plain[-1].start <= m.start < pos
        and m.entity.kind == "person"
        and not m.minor
    ]
    if not people or not people[0].acts or any(m.entity is not people[0].entity for m in people):
        return None
    return people[0].entity if people[0].entity.sex in (None, sex) else None


def _credited(cast: Cast, paragraph: int, text: str, lo: int, hi: int) -> Entity | None:
    """Who a line of a list of quotes credits in text[lo:hi]: the one person or body named
    there, or, for a line that names only what the words are about ("On inflation"), the one
    person named in the paragraph that opens the list with a colon ("Five things Roe said:")."""
    first = text[lo:hi].split(",")[0]  # who, before what else they are
    head = first.split()
    if not head or (_ON_TOPIC_RE.match(text, lo) is None and not head[-1][:1].isupper()):
        return None  # (a clause, not a name: "Judge X quoted a passage in the contract:")
    if re.search(rf"\b(?:{SAY})\b", text[lo:hi]):
        return None  # (a sentence with its verb: "…last season. Acme FC said:")
    named = {
        m.entity.name: m.entity
        for m in cast.mentions
        if m.paragraph == paragraph and lo <= m.start < hi and not m.oblique
    }
    if named:
        # (a person before the body they are with: "Dealer Jo Roe, of Kell & Main")
        people = [e for e in named.values() if e.kind == "person"]
        found = people or list(named.values())
        return found[0] if len(found) == 1 else None
    if surname := re.fullmatch(r"[A-Z][\w’'-]+", first.strip()):
        # ("Ruiz-Vidal:" after "Ana Ruiz-Vidal hit …": the one full name the article gave
        # with that last word, however the name was read)
        earlier = (t for p, t in cast.narrative.items() if p < paragraph)
        return named_in_full(cast, surname[0], earlier)
    if not _ON_TOPIC_RE.match(text, lo) or "," in text[lo:hi]:
        return None
    for opening in sorted((p for p in cast.narrative if p < paragraph), reverse=True):
        intro = cast.narrative[opening].rstrip()
        if intro.endswith(":"):
            listed = {
                m.entity.name: m.entity
                for m in cast.mentions
                if m.paragraph == opening and m.entity.kind == "person"
            }
            return next(iter(listed.values())) if len(listed) == 1 else None
        if not _LIST_ITEM_RE.match(intro):
            return None  # (the list's earlier lines only may stand between)
    return None


def _opener(
    cast: Cast, paragraph: int, text: str, lo: int, hi: int, person_only: bool = False
) -> Entity | None:
    """The subject that opens text[lo:hi] ("She …", "Analyst Jane Doe …", "Her grandson, Diego
    Doe, …"), when no one else is named in it; with `person_only`, a person or nobody."""
    if pronoun := re.match(r"\s*(He|She)\b", text[lo:hi]):
        return _resolve(cast, paragraph, text, lo + pronoun.start(1), lo + pronoun.end(1))
    named = [m for m in cast.mentions if m.paragraph == paragraph and lo <= m.start < hi]
    subject = next((m for m in named if not m.minor and not m.oblique), None)
    lead = text[lo : subject.start].strip() if subject else ""
    if subject is not None and subject.entity.kind != "person" and lead in ("The", "the"):
        lead = ""  # "The Energy Standards Authority has fined …, saying …"
    if subject is not None and subject.entity.kind != "person" and _KIND_LEAD_RE.fullmatch(lead):
        lead = ""  # "Electronics maker Acme unveiled …, promising …": what kind of body it is
    # (Where someone is from may come first: "Britain's Hannah Doe, …, finished ninth and …")
    owned = re.fullmatch(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s", lead)
    # (after a relative too: "His teammate, Spain's Ana Doe, …")
    lead = re.sub(r",\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s$", ",", lead)
    if subject is None or (lead and not _RELATIVE_LEAD_RE.fullmatch(lead) and not owned):
        return None
    if person_only and subject.entity.kind != "person":
        return None
    others = {m.entity.name for m in named if m.entity.kind == "person"} - {subject.entity.name}
    return None if others else subject.entity


def _resolve(cast: Cast, paragraph: int, text: str, a: int, b: int) -> Entity | None:
    """Who the phrase text[a:b] names: a pronoun, "the company", or someone named in it."""
    phrase = text[a:b].strip()
    if phrase.lower() in PRONOUN_SEX:
        sex = PRONOUN_SEX[phrase.lower()]
        if opener := _described_opener(text, a):
            # "The teenager was more cautious. “…,” she said.": the one described, if the text
            # says who that is (or names them by the one name they gave: "A man at the gate, who
            # gave only his first name, Ivo, said …"); never someone named before.
            described = _resolve(cast, paragraph, text, *opener)
            return described or _one_named(cast, paragraph, text, opener[1], a)
        before = cast.before(paragraph, a, frozenset({"person"}), sex)
        found = before or _sole_subject(cast, paragraph, text, a, sex)
        if found is not None and found.sex is None:
            found.sex = sex  # (“…,” she asked. “No,” he said: he is someone else)
        return found
    if phrase.lower() == "they":
        # (one person the copy says goes by "they", when they are the last person named, in
        # this paragraph: "they" is a group's as often)
        last = cast.before(paragraph, a, frozenset({"person"}), None)
        named_here = any(m.paragraph == paragraph and m.entity is last for m in cast.mentions)
        return last if last is not None and last.sex == THEY and named_here else None
    if phrase.lower() == "it":
        # (After "The report said …", "It called …" is the report: its issuer decides.)
        previous = [s for s in split_sentences(text) if s.end <= a]
        if previous and _THE_STATEMENT_RE.match(text, previous[-1].start):
            return None
        # "it" is the body that was the subject in this paragraph, not one named since as an
        # object or an appositive ("X said it found … by the developer, Y. “…,” it said").
        here = [
            m
            for m in cast.mentions
            if m.paragraph == paragraph
            and m.entity.kind in ("company", "public")
            and m.start < a
            and not m.oblique
        ]
        subjects = [m for m in here if m.acts]
        if subjects and not here[-1].acts:
            return subjects[-1].entity
        # "The ministry set the bill at …. “…,” it said": the body the sentence before opened
        # on by its common noun, when no body was named in the paragraph after it.
        opening = _BODY_SUBJECT_RE.match(text, previous[-1].start) if previous else None
        since = opening is not None and any(m.start > opening.start() for m in here)
        body = _resolve(cast, paragraph, text, *opening.span("np")) if opening else None
        if body is not None and not since:
            return body
        # (“…,” the club said. It said …: the body that spoke last, by its common noun; when the
        # copy never says which that is, no one, never a body named before it.)
        said_by = _BODY_SAID_RE.search(text, previous[-1].start, a) if previous else None
        if said_by and not any(m.start > said_by.start() for m in here):
            return _resolve(cast, paragraph, text, *said_by.span("np"))
        return cast.before(paragraph, a, frozenset({"company", "public"}))
    named = [m for m in cast.mentions if m.paragraph == paragraph and m.start < b and m.end > a]
    named.sort(key=lambda m: m.start)
    leads = [text[a : max(a, m.start)].strip().lower() for m in named]
    # A body at the head of the phrase is the speaker, whoever its long name goes on to name:
    # "the Office of X for the Department of Y and Z said".
    head = next((m for m in named if not m.minor), None)
    if head and head.entity.kind != "person" and leads[named.index(head)] in ("", "the"):
        return head.entity
    # Not "a spokesman for Tom Baxter", "a solicitor representing Kilbride", nor "Smith's" in
    # "Smith's attorney".
    people = {
        m.entity.name: m.entity
        for m, lead in zip(named, leads, strict=True)
        if m.entity.kind == "person"
        and not m.minor
        and not (_PREPOSITION_RE.search(lead) or _PARTICIPLE_RE.search(lead))
    }
    if people:  # "Smith and Jones said": not one speaker
        return next(iter(people.values())) if len(people) == 1 else None
    for m, lead in zip(named, leads, strict=True):
        # The body itself ("Vellum", "the Health Ministry"), or its voice ("a spokesperson
        # for the Health Ministry", "a statement from Acme", "a Northline spokesperson").
        # (or named in apposition to what it is: "the regulator, Ofgem,")
        itself = (lead in ("", "the") or body_described_before(text[: m.start])) and not m.minor
        rest = text[m.end : b]
        after = _voice_after(rest, lead)
        voiced = re.search(rf"\b(?:{_VOICE})\b", lead) or (after and not rest[after:].strip())
        if m.entity.kind != "person" and (itself or voiced):
            return m.entity
    if owned := _OWNED_ROLE_PHRASE_RE.fullmatch(phrase):
        # "Rourke's barrister told reporters", "Kestrel's chief executive said": the one person
        # the copy gave that role for that owner ("who represented Rourke at the hearing",
        # "chief executive of Kestrel"), or no one.
        return _role_holder(cast, paragraph, a, owned["owner"], owned["noun"])
    if named:
        return None  # someone the text does not name
    if local := _LOCAL_GOVERNMENT_RE.fullmatch(phrase):  # "the city said"
        return _local_government(cast, paragraph, a, local["noun"].lower())
    if owner := _OWNER_RE.search(phrase):  # a statement posted on the ministry's website
        return cast.before(paragraph, a, _kinds(owner["noun"]))
    if generic := _GENERIC_RE.fullmatch(phrase):
        kinds = _kinds(generic["noun"])
        # "the Welsh government", "the Thai foreign ministry": a public body its nation names
        # (not "the Japanese company", which points back at a company named before).
        noun_at = generic.start("noun") - generic.start()
        pre = [w for w in re.findall(r"[\w-]+", phrase[:noun_at]) if w.lower() not in _LEAD_WORDS]
        if kinds == {"public"} and pre and pre[0][0].isupper() and "-" not in pre[0]:
            body_name = " ".join([*pre, *phrase[noun_at:].split()])
            return cast.body(body_name, "public")
        if kinds == {"public"} and pre:
            # "the transport ministry", "the town administration": the body named before whose
            # name has those words; none such, the body as the text names it (never simply the
            # last body named: that may be another one).
            words = [w.lower() for w in (*pre, generic["noun"])]
            named_before = (
                e
                for e in reversed(cast.entities_before(paragraph, a, kinds))
                if all(w in e.name.lower() for w in words)
            )
            return next(named_before, None) or cast.body(" ".join(words), "public")
        # "the institute", "the bank": the one body named before with that word in its name
        # (the Dhaka Institute of Population Health), or that the copy called so ("Acme SA,
        # a gold refiner", for "the refiner"), whatever else was named since.
        noun = generic["noun"].lower()
        bearers = [
            e
            for e in cast.entities_before(paragraph, a, kinds)
            if noun in e.name.lower().split() or noun in e.nouns
        ]
        if noun in lx.EN_MEMBER_BODY_NOUNS and not bearers:
            # "The union called that plan …": the one body named before that may be a union
            # (the Harbour Nurses Alliance), never the hospital named last.
            bearers = [
                e for e in cast.entities_before(paragraph, a, kinds) if not _headed_otherwise(e)
            ]
            return _only(_not_in_passing(cast, bearers, paragraph, a))
        return _only(_not_in_passing(cast, bearers, paragraph, a)) or cast.salient(
            paragraph, a, kinds
        )
    statement = _STATEMENT_RE.fullmatch(phrase)
    if statement and statement["noun"]:  # a company statement: the company last named
        # ("a statement from the bank": the one body named before that is a bank, if one is)
        noun, kinds = statement["noun"].lower(), _kinds(statement["noun"])
        bearers = [e for e in cast.entities_before(paragraph, a, kinds) if noun in e.name.lower()]
        found = _only(_not_in_passing(cast, bearers, paragraph, a))
        if found is None and noun in lx.EN_MEMBER_BODY_NOUNS:
            # "a club spokesperson": a body named before that may be a club, never a trust or
            # a council named last
            others = [
                e for e in cast.entities_before(paragraph, a, kinds) if not _headed_otherwise(e)
            ]
            return _only(_not_in_passing(cast, others, paragraph, a))
        if found is None and (last := cast.before(paragraph, a, kinds)) is not None:
            # (not a body its name says is another kind: "a council spokesman" is never the
            # primary school named last)
            found = None if _other_kind(last, noun) else last
        return found
    if nation := re.fullmatch(r"[Tt]he\s+([A-Z][a-z]+)", phrase):
        # "the Dane", "the Briton": the one person named before whom the words before their name
        # call so (Danish striker X, Britain's Y, American Z); never merely the last one named.
        word = nation[1].lower()
        known = cast.entities_before(paragraph, a, frozenset({"person"}))
        if not any(word in e.name.lower().split() for e in cast.entities):
            return _only([e for e in known if any(_same_nation(w, word) for w in e.lead)])
    # "Her nephew": the one person named before as someone's nephew.
    if kin := re.fullmatch(rf"(?:[Hh]is|[Hh]er|[Tt]heir)\s+({_KIN_NOUNS})", phrase):
        known = cast.entities_before(paragraph, a, frozenset({"person"}))
        return _only([e for e in known if kin[1] in e.nouns])
    # "the 34-year-old said": the one person named before with that age; "the 27-year-old Dane"
    # with no age given before, the one the nationality word calls so.
    if aged := re.fullmatch(r"[Tt]he\s+(\d{1,3})-year-old(?:\s+(?:[a-z]+|([A-Z][a-z]+)))?", phrase):
        known = cast.entities_before(paragraph, a, frozenset({"person"}))
        found = _only([e for e in known if e.age == int(aged[1])])
        if found is None and aged[2] in lx.EN_DEMONYMS:
            word = aged[2].lower()
            found = _only(
                [e for e in known if e.age is None and any(_same_nation(w, word) for w in e.lead)]
            )
        return found
    # "the judge wrote", "the bank's governor said": the one person named before whom the text
    # calls a judge, a governor.
    role = re.fullmatch(
        rf"[Tt]he\s+(?:[\w’'-]+\s+){{0,2}}?((?i:{_PERSON})|{PERSON_BY_SUFFIX})", phrase
    )
    earlier = [m.entity for m in cast.mentions if (m.paragraph, m.start) < (paragraph, a)]
    held = {id(e): e for e in earlier if role and role[1].lower() in e.nouns}
    if lead_role := _LEAD_ROLE_RE.fullmatch(phrase + " "):
        # “…,” the mayor of Bellgrave said: in the lead, before anyone is named, the one the
        # next paragraph opens on with that role.
        ahead = _named_next(cast, paragraph, lead_role["noun"].lower(), a)
        if ahead is not None and not held:
            return ahead
    if role and len(held) > 1:
        # "the finance minister" after a health minister and a finance minister: the one whose
        # role has the phrase's other words too.
        asked = {w.lower() for w in phrase.split()[1:]}
        held = {k: e for k, e in held.items() if asked <= set((e.role or "").lower().split())}
    return _only(list(held.values()))


def _one_named(cast: Cast, paragraph: int, text: str, lo: int, hi: int) -> Entity | None:
    """The first person named in text[lo:hi] by the one name they gave ("who gave only his
    first name, Tomas"), if any."""
    return next(
        (
            m.entity
            for m in cast.mentions
            if m.paragraph == paragraph
            and lo <= m.start < hi
            and m.entity.kind == "person"
            and ONE_NAME_RE.search(text, lo, m.start)
        ),
        None,
    )


def _same_nation(lead: str, word: str) -> bool:
    """Whether a word before a person's name (Denmark's, Italian) and a nationality word used
    for them later (the Dane, the Italian) name one country."""
    lead = lx.EN_DEMONYM_COUNTRIES.get(lead.removesuffix("’s").removesuffix("'s"), lead)
    word = lx.EN_DEMONYM_COUNTRIES.get(word, word)
    return lead[:4] == word[:4]


_LOCAL_GOVERNMENT = alternation(lx.EN_LOCAL_GOVERNMENTS)
_LOCAL_GOVERNMENT_RE = re.compile(rf"[Tt]he\s+(?P<noun>{_LOCAL_GOVERNMENT})")
_LOCAL_BODY_WORDS = alternation(lx.EN_LOCAL_BODY_WORDS)


def _local_government(cast: Cast, paragraph: int, pos: int, noun: str) -> Entity | None:
    """The city (town, village, county) "the city" at ¶paragraph:pos means, speaking for itself:
    the one place whose council or administration the article named before (the Harlan Falls
    City Council: the City of Harlan Falls, as the body of that name); None when it named none or
    several."""
    word = noun.capitalize()
    places = set()
    for e in cast.entities_before(paragraph, pos, frozenset({"public", "company"})):
        held = re.fullmatch(
            rf"(?P<place>(?:[A-Z][\w’'.-]*\s+){{1,3}}?){word}\s+(?:{_LOCAL_BODY_WORDS})", e.name
        ) or re.fullmatch(
            rf"{word}\s+of\s+(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,2}})", e.name
        )
        if held:
            places.add(held["place"].strip())
    if len(places) != 1:
        return None
    place = places.pop()
    return cast.body(f"{place} County" if noun == "county" else f"{word} of {place}", "public")


def _described_opener(text: str, pos: int) -> tuple[int, int] | None:
    """Where "The <person noun>" opens the last sentence before `pos` without quote marks, as its
    subject: the one a pronoun after it points at."""
    # (A quote blanked out for attribution hides its full stop: a sentence also starts after a
    # closing mark and a capital, "… “________.” Asked what she would do next, the chief …")
    starts = {s.start for s in split_sentences(text)}
    starts |= {m.end() for m in re.finditer(r"[”\"]\s+(?=[A-Z])", text)}
    bounds = sorted(starts | {len(text)})
    plain = [a for a, b in itertools.pairwise(bounds) if b <= pos and not has_quote_mark(text[a:b])]
    if not plain:
        return None
    opener = _DESCRIBED_SUBJECT_RE.match(text, plain[-1])
    return opener.span("np") if opener else None


def _voice_after(rest: str, lead: str) -> int | None:
    """How much of `rest`, the text after a body's name, is its voice ("a Northline
    spokesperson", "the Acme statement", "Acme's spokeswoman"), when `lead`, the word before
    the name, is none or an article; None when it is not."""
    voice = _VOICE_AFTER_RE.match(rest)
    return voice.end() if voice and lead.lower() in ("", "a", "an", "the") else None


def _not_in_passing(cast: Cast, bodies: list[Entity], paragraph: int, pos: int) -> list[Entity]:
    """Those of `bodies` named before ¶paragraph:pos other than after a preposition ("in talks
    with the Finance Ministry") or implied by a minister's title, when any is: "the ministry"
    is the one the story is about."""
    named = {
        id(m.entity)
        for m in cast.mentions
        if (m.paragraph, m.start) < (paragraph, pos) and (not m.oblique or m.entity.implied)
    }
    return [e for e in bodies if id(e) in named] or bodies


def _role_holder(cast: Cast, paragraph: int, pos: int, owner: str, noun: str) -> Entity | None:
    """The one person named before ¶paragraph:pos whose role names `owner` and says `noun` (a
    lawyer's by saying whom they represent)."""
    key = owner.split()[-1]
    holders = []
    for person in cast.entities_before(paragraph, pos, frozenset({"person"})):
        role = person.role or ""
        if key in person.name.split() or not re.search(rf"\b{re.escape(key)}\b", role):
            continue
        counsel = noun in lx.EN_COUNSEL_NOUNS and re.search(r"\brepresent", role) is not None
        if noun in person.nouns or noun in role.lower().split() or counsel:
            holders.append(person)
    return _only(holders)


def _only(entities: list[Entity]) -> Entity | None:
    """The one entity of `entities`; None when there are none or several (no guessing)."""
    return entities[0] if len(entities) == 1 else None


# The words that end a body's name and say what it is, other than a body people belong to.
# Capitalised words that say what kind of body a name is (Council, School, Corp.).
_NAMED_KIND_WORDS = lx.EN_PUBLIC_BODY_WORDS | lx.EN_COMPANY_WORDS
_OTHER_BODY_HEADS = frozenset(
    w for w in _NAMED_KIND_WORDS if w.lower() not in lx.EN_MEMBER_BODY_NOUNS
)


def _headed_otherwise(body: Entity) -> bool:
    """Whether a body's name says it is something other than a body people belong to: a
    hospital, a council, a company (Westfield General Hospital, Acme Corp.)."""
    return any(w in _OTHER_BODY_HEADS for w in body.name.split())


def _other_kind(body: Entity, noun: str) -> bool:
    """Whether a body's name has a body's word other than `noun` and not `noun` itself: the
    Saltmarsh Primary School for "the council" (where "Acme" names no kind at all)."""
    if noun in lx.EN_COMPANY_NOUNS and body.kind == "company":
        return False  # ("a company statement" is Acme Pharmaceutical Co.'s)
    words = body.name.split()
    lowered = [w.lower() for w in words]
    named = any(w in BODY_NOUNS for w in lowered) or any(w in _NAMED_KIND_WORDS for w in words)
    return noun not in lowered and named


def _kinds(noun: str) -> frozenset[str]:
    """The kinds of body a common noun may point back at: "the company", "the ministry"."""
    nouns = {"company": lx.EN_COMPANY_NOUNS, "public": lx.EN_PUBLIC_BODY_NOUNS}
    return frozenset(kind for kind, words in nouns.items() if noun in words)


# Where a person works, between their name and the verb, however little the article says of the
# body: " of Dublin-based advisory Corvine ", " at the consultancy Fieldline ".
_WORKPLACE_GAP_RE = re.compile(
    r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+|[A-Z][\w’'-]*-based\s+){0,3}"
    r"(?:[A-Z][\w’'&.-]*\s+){1,4}"
    # (and the group's noun after its name: "Jo Doe of the Valdara cycling team said")
    rf"(?:(?:[a-z][\w-]*\s+)?(?:{alternation(lx.EN_GROUP_NOUNS)})\s+)?"
)


# Someone a wire lead describes before naming them: "the region's fire chief", "the governor
# of Sarova province", right before the verb.
_LEAD_ROLE_RE = re.compile(
    rf"\b[Tt]he\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>(?i:{_PERSON}))"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z]+\s+)?)?\s*"
    rf"{_ADVERBS}$"
)


def _named_next(cast: Cast, paragraph: int, noun: str, pos: int) -> Entity | None:
    """Who a description ending in `noun` (chief, governor) is when the copy names no one before
    it: the person the next paragraph opens on, if the text gives them that role (Chief Fire
    Officer X, Governor X, Dr. X, the chief medical officer)."""
    if any(
        (m.paragraph, m.start) < (paragraph, pos) and m.entity.kind == "person"
        for m in cast.mentions
    ):
        return None
    starts = cast.sentence_starts.get(paragraph + 1, [])
    first_end = starts[0] if starts else 10**9
    opening = [
        m
        for m in cast.mentions
        if m.paragraph == paragraph + 1 and m.entity.kind == "person" and m.start < first_end
    ]
    # (the one it gives that role, after someone named in passing: "Sentencing X, 58, Judge Y
    # said")
    titled = {id(m.entity): m.entity for m in opening if not m.minor and noun in m.entity.nouns}
    return next(iter(titled.values())) if len(titled) == 1 else None


def _subject(cast: Cast, paragraph: int, text: str, lo: int, verb_at: int) -> Entity | None:
    """The subject of the verb at `verb_at`: the pronoun, body or person right before it."""
    owned = _OWNED_ROLE_RE.search(text, lo, verb_at)
    if owned and (holder := _role_holder(cast, paragraph, lo, owned["owner"], owned["noun"])):
        return holder  # "Kestrel's chief executive said …": the one the copy gave that role
    if held := _HELD_ROLE_RE.search(text, lo, verb_at):
        # "the carrier's president called it …": the one person the article gives that role.
        noun = held["role"].split()[-1].lower()
        return _only([e for e in cast.entities if e.kind == "person" and noun in e.nouns])
    if (lead_role := _LEAD_ROLE_RE.search(text, lo, verb_at)) and (
        introduced := _named_next(cast, paragraph, lead_role["noun"].lower(), lead_role.start())
    ):
        return introduced  # “…,” the region's fire chief said … / ¶ Chief Fire Officer X told …
    np = re.search(
        rf"(?P<np>\b[Hh]e|\b[Ss]he|\b[Ii]t|\b{_GENERIC_RE.pattern}|\b{_GENERIC_VOICE}"
        rf"|\b[Tt]he\s+(?:{_LOCAL_GOVERNMENT})"
        rf"|\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}?(?i:{_PERSON})|\b[Tt]he\s+[A-Z][a-z]+)"
        rf"(?:[’'](?:s|d)(?=\s))?"
        rf"(?:,\s+which(?:\s(?:[^,“”\"]|{DIGIT_COMMA}){{1,80}},)?)?"
        # ("The company, in turn, called that claim …")
        r"(?:,\s+(?:in\s+turn|for\s+its\s+part|for\s+(?:his|her|their)\s+part|meanwhile|"
        r"however|though|too)\s*,)?"
        rf"\s+{_ADVERBS}$",
        text[lo:verb_at],
    )
    # (Not a body its lawyer acts for: "an attorney for the company warned" is the attorney,
    # described, where "a spokesperson for the company" is its voice.)
    counsel = np and re.search(
        r"\b(?P<head>[a-z]+)\s+(?:for|of|representing)\s+$", text[lo : lo + np.start("np")]
    )
    if np and not (counsel and counsel["head"] in lx.EN_COUNSEL_NOUNS):
        # "He described …", "The company, which runs 212 stores, said …"
        return _resolve(cast, paragraph, text, lo + np.start("np"), lo + np.end("np"))
    owners = list(_GENERIC_OWNER_RE.finditer(text, lo, verb_at))
    if (
        owners
        and _OWNED_VOICE_RE.fullmatch(text, owners[-1].end(), verb_at)
        # (heading the subject: "A person close to the fund's board said" is not the fund)
        and (
            not text[lo : owners[-1].start()].strip()
            or text[lo : owners[-1].start()].rstrip()[-1] == ","
        )
    ):
        return _resolve(cast, paragraph, text, *owners[-1].span("np"))
    here = [m for m in cast.mentions if m.paragraph == paragraph and lo <= m.start < verb_at]
    owner = here[-1] if here else None
    if (
        owner is not None
        and owner.entity.kind != "person"
        and _OWNED_VOICE_RE.fullmatch(text, owner.end, verb_at)
        # (after an opening phrase and its comma too: "In a filing, Acme's board said")
        and (
            text[lo : owner.start].split()[-1:] in ([], ["The"], ["the"])
            or text[lo : owner.start].rstrip().endswith(",")
        )
    ):
        return owner.entity
    if (
        owner is not None
        and owner.entity.kind == "person"
        and _OWNED_DOCUMENT_RE.fullmatch(text, owner.end, verb_at)
        and not text[lo : owner.start].strip()
    ):
        return owner.entity
    named = [m for m in here if not m.minor]
    if not named:
        return None
    # "said Eun-ji Park, an analyst at X in Seoul, who warned of “…”": a "who" clause's verb is
    # the person's before it, past the appositive that describes them.
    for person in reversed([n for n in named if n.entity.kind == "person"]):
        if _WHO_CLAUSE_RE.fullmatch(text, person.end, verb_at):
            return person.entity
    for person in reversed([n for n in named if n.entity.kind == "person" and not n.minor]):
        if _WHOSE_SAID_RE.fullmatch(text, person.end, verb_at) or _WHO_ASIDE_RE.fullmatch(
            text, _past_place(person, text, person.end), verb_at
        ):
            return person.entity
    for body in reversed([n for n in named[:-1] if n.entity.kind != "person" and not n.oblique]):
        if _WHICH_ASIDE_RE.fullmatch(text, body.end, verb_at):
            return body.entity
    m = named[-1]
    if m.entity.kind == "person" and _WHICH_AFTER_RE.match(text, m.end, verb_at):
        return None  # ("under its leader, Ann Doe, which had noted …": "which" is no person)
    if _WHOSE_CLAUSE_END_RE.fullmatch(text, m.end, verb_at) and _WHOSE_BEFORE_RE.search(
        text, lo, m.start
    ):
        return None  # ("The union, whose leader, Joe Roe, resigned, said": not Roe)
    if _PARTICIPLE_RE.search(text, lo, m.start):
        return None  # "a solicitor representing Kilbride said": a participle's object is no subject
    # "The Transport Accident Investigation Commission (TAIC) said": the body, its acronym
    # repeated in brackets.
    bracketed = text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")"
    same = len(named) > 1 and named[-2].entity is m.entity
    # ("The Maritime Rescue Coordination Centre (MRCC) in Cape Town said": where it sits, too.)
    if bracketed and same and _GAP_RE.fullmatch(text[_past_place(m, text, m.end + 1) : verb_at]):
        return m.entity
    # "A Northline spokesperson said": the body speaks through its spokesperson.
    lead = text[lo : m.start].split()
    voice = _voice_after(text[m.end : verb_at], lead[-1] if lead else "")
    if voice and m.entity.kind != "person" and _GAP_RE.fullmatch(text[m.end + voice : verb_at]):
        return m.entity
    if (
        m.oblique
        and m.entity.kind == "person"
        and text[verb_at:].split(maxsplit=1)[0].endswith("ing")
        and re.search(r"\bwith\s+(?:[a-z][\w-]*\s+){0,3}$", text[lo : m.start])
        and _GAP_RE.fullmatch(text[m.end : verb_at])
    ):
        return m.entity  # "…, with presenter Gwen Doe calling the decision “…”"
    if m.entity.kind == "person":
        # "Helen Doe, a solicitor representing one of them, Lewis Roe, said", "Ann Doe, a lawyer
        # for the former director, Sam Roe, said": the one the appositive holding the other
        # name describes.
        for earlier in reversed(named[:-1]):
            # (the other name not oblique, opening the clause: not "In a statement read by the
            # club's lawyer, Ann Doe, the player's sister, Eve Roe, said", Roe's words)
            opens = not earlier.oblique and not text[lo : earlier.start].strip()
            if (
                earlier.entity.kind == "person"
                and (m.oblique or opens)
                and _NAMED_APPOSITIVE_GAP_RE.fullmatch(text, earlier.end, verb_at)
            ):
                return earlier.entity
    if m.oblique and m.entity.kind == "person":
        return None  # "A senior adviser to Ibarra, speaking on condition of anonymity, said"
    if m.oblique and m.entity.kind != "person" and len(named) > 1:
        # "Professor Jun Ito of Kyoto University said": the person, not where they work.
        p = named[-2]
        held = re.fullmatch(  # (of law firm X, of Sydney-based X, of London-based consultancy X)
            r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}"
            r"(?:[A-Z][\w’'-]*-based\s+(?:[a-z][\w-]*\s+){0,2})?",
            text[p.end : m.start],
        )
        if p.entity.kind == "person" and held and _GAP_RE.fullmatch(text[m.end : verb_at]):
            return p.entity
    if m.entity.kind == "person" and _WORKPLACE_GAP_RE.fullmatch(text, m.end, verb_at):
        return m.entity  # "Analyst Omar Doe of Dublin-based advisory Corvine said"
    # "Hoshizora, the venture arm of Hoshizora Holdings, said": the appositive describes the
    # subject named before it, whoever it names.
    for earlier in reversed(named[:-1]):
        if _APPOSITIVE_GAP_RE.fullmatch(text[earlier.end : verb_at]):
            return earlier.entity
    # "Smith and Jones said" is no one speaker; "Fisheries and Ocean Resources Minister Ibrahim
    # Shareef said" is one (the words before "and" name no one).
    joint = re.search(r"\s+(?:and|or|&)\s+$", text[lo : m.start])
    shared = joint and any(n.end == lo + joint.start() for n in named[:-1])
    # ("Tara Quill and Ben Moss called": a full name before "and", however little else the
    # article says of it, makes two people.)
    two_names = r"\b[A-Z][a-z’'-]+\s+[A-Z][\w’'-]+$"
    shared = shared or bool(
        joint and m.entity.kind == "person" and re.search(two_names, text[lo : lo + joint.start()])
    )
    if m.oblique and re.search(_COUNSEL_FOR, text[lo : m.start]):
        return None  # "A lawyer for Harrow Ridge said": the lawyer, whom the text does not name
    gap = text[_past_place(m, text, m.end) : verb_at]
    return m.entity if _GAP_RE.fullmatch(gap) and not shared else None


def _past_place(m: Mention, text: str, at: int) -> int:
    """Where the gap to the verb starts after mention `m` (its text read up to `at`): past where
    a person is from or where a body sits, "Elena Moraru of Romania said", "the ministry in
    Tokyo said"."""
    where = OF_PLACE_RE if m.entity.kind == "person" else IN_PLACE_RE
    place = where.match(text, at)
    return place.end() if place else at


# --- What is not a quote --------------------------------------------------------------------------


# Between two quoted words joined: “out” and “fault”, “yes” or “no”, “A”, “B”.
_PAIRED_RE = re.compile(r"[”\"](?:\s+(?:and|or|instead\s+of|rather\s+than)|,)\s*[“\"]")


# "known in the industry as the “…”", "whom supporters call “…”": a name given, however far the
# naming verb stands from the marks.
_NAMED_AS_RE = re.compile(
    r"(?:\bknown\s+(?:in|to|among|by|around|across)\s+(?:[\w’'-]+\s+){1,3}as"
    r"|\bwhom\s+(?:[\w’'-]+\s+){1,3}(?:call|calls|called|dub|dubs|dubbed|nickname|nicknamed))"
    r"(?:\s+(?:the|an?))?$",
    re.IGNORECASE,
)


# A thing sold under a label: advertised its cameras as “…”, billed the show as “…”.
_MARKETED_AS_RE = re.compile(
    r"\b(?:advertis|market|promot|bill|brand)(?:ed|es|ing|s)?\s+(?:[\w’'-]+\s+){1,4}as\s*$"
)


# A participle set off by a comma that names the noun before it: "Pellets, sometimes called
# “…” by beach cleaners, …", "The reform, already called the “…” in the press": the name some
# people use for the thing, even with those people after it.
_CALLED_APPOSITIVE_RE = re.compile(
    rf",\s+(?:already\s+|now\s+)?{_OFTEN}(?:called|known\s+as)(?:\s+(?:the|an?))?\s*$"
)


# A label changed to another: from “neutral” to “sell”, from “amber” to “red”.
_TO_LABEL_RE = re.compile(r"\s*to\s+[“\"][^“”\"]{1,40}[”\"]")
_FROM_LABEL_RE = re.compile(r"\bfrom\s+[“\"][^“”\"]{1,40}[”\"]\s+to\s*$")


# A gloss right after another quoted span: “Gewoon eerlijk”, or “simply honest”; “…” (“…”).
_GLOSS_OF_RE = re.compile(
    r"[“\"](?P<original>[^“”\"]+)[”\"]\s*(?:,\s*(?:or|meaning|roughly|literally|translated\s+as)"
    r"|\((?:\s*(?:or|meaning|roughly|literally))?)\s*$"
)


def modifies_noun(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], quoted in `text` (a headline), modifies the noun after it, as
    in running copy: its “quiet sky” status."""
    return _modifies_noun(text[start:end].strip(), text[: max(0, start - 1)], text[end + 1 :])


def _modifies_noun(span: str, before: str, after: str) -> bool:
    """Whether quoted `span`, between `before` and `after`, is a few words in lower case after a
    determiner or an owner that modify the noun after them: its “pick-and-pack” robot, the “buy
    now” button name a kind of it. (Coordinated ones judge it, someone's words: a “modest but
    real” surplus; so do words after a verb that characterises: called it a “cheap” fix.)"""
    words_before = re.findall(r"[\w-]+", before[-40:])
    word_before = words_before[-1].lower() if words_before else ""
    noun = re.match(r" ([a-z][\w-]*)\b", after)
    return (
        0 < len(span.split()) <= 3
        and span[0].islower()
        and re.search(r"\s(?:and|but|or|yet)\s", span) is None
        # (or a demonstrative: such “last-hop” services)
        and (
            word_before in _DETERMINERS | {"such", "this", "these", "those"}
            or re.search(r"[’']s\s*$", before) is not None
        )
        and noun is not None
        and noun[1] not in _NOT_NOUNS
        and not noun[1].endswith("ly")
        # (near: "call" as a noun further back is none, call staff must use a “…” check)
        and not re.search(rf"\b(?:{_CHARACTERISE})\s+(?:[\w’'-]+\s+){{0,4}}$", before)
    )


# Written pieces whose heading may be quoted: a post headed "…", a letter headed "…" (a title).
_HEADED_PIECES = lx.EN_MEDIUM_NOUNS | lx.EN_ISSUED_DOCUMENTS


def _not_speech(text: str, start: int, end: int, sentence: Sentence) -> bool:
    """Titles ("The Quiet Shore"), product names, scare quotes and numbers in quote marks."""
    span = text[start:end].strip()
    if not re.search(r"[^\W\d_]", span):
        return True  # "2.5%"
    if re.fullmatch(r"#\S+", span):
        return True  # "#SaveTheDocks": a tag posts carry, not words anyone said
    letters = re.sub(r"[^\w]|[\d_]", "", span)
    if len(span.split()) >= 2 and len(letters) >= 6 and letters.isupper():
        return True  # “LINK LOST.”: text on a screen or a sign; copy never sets speech so
    before = text[sentence.start : max(sentence.start, start - 1)]
    after = text[min(end + 1, len(text)) : sentence.end]
    words_before = [w.lower() for w in re.findall(r"[\w-]+", before[-40:])] or [""]
    word_before = words_before[-1]
    word_after = (re.findall(r"[\w-]+", after[:40]) or [""])[0].lower()
    # (past an article: what residents have dubbed the “…”; "named" only so, as alone it may
    # mean appointed: a director would be named “within days”)
    naming = words_before[-2] if word_before in ("the", "a", "an") and len(words_before) > 1 else ""
    if (
        word_before in lx.EN_NAMING_WORDS
        or naming in lx.EN_NAMING_WORDS
        or naming == "named"
        or (
            word_before == "headed" and len(words_before) > 1 and words_before[-2] in _HEADED_PIECES
        )
        or before.rstrip().lower().endswith(lx.EN_NAMING_PHRASES)
        or _NAMED_AS_RE.search(before.rstrip()) is not None
        or (len(span.split()) <= 5 and _MARKETED_AS_RE.search(before) is not None)
        or (len(span.split()) <= 5 and _CALLED_APPOSITIVE_RE.search(before) is not None)
    ):
        return True  # a report titled "…", the so-called "…", what residents dubbed the "…"
    if len(span.split()) <= 3 and (
        (re.search(r"\bfrom\s*$", before) and _TO_LABEL_RE.match(after))
        or _FROM_LABEL_RE.search(before)
    ):
        return True  # moved its rating from “neutral” to “sell”: a label changed, no one's words
    gloss = _GLOSS_OF_RE.search(before)
    if (
        gloss
        and len(span.split()) <= 6
        and _not_speech(
            text, sentence.start + gloss.start(1), sentence.start + gloss.end(1), sentence
        )
    ):
        return True  # its slogan, “…”, or “simply honest”: a gloss stands as its original does
    if word_before in lx.EN_LABEL_NOUNS or _WHAT_THEY_CALL_RE.search(before):
        return True  # her campaign slogan, "…"; what economists call an "…"
    if (
        len(span.split()) <= 4
        and span[0].islower()
        and span[-1] not in ",.?!;:"
        and _WHAT_IT_CALLED_RE.search(before)
        and re.match(r":\s+[a-z]", after)
    ):
        return True  # what the survey termed “transit gaps”: areas where …: a term defined
    if (
        len(span.split()) <= 8
        and span[0].isupper()
        and GROUP_NAMED_BEFORE_RE.search(before)
        and (
            not before.rstrip().endswith(",")
            or re.match(r"[,\s]*(?:which|that|who|whose)\b", after) is not None
        )
    ):
        return True  # a tenants' group, “Keep It Lit!”, which …: the group's name
    if _LABEL_READS_RE.search(before):
        return True  # a sign, painted by …, that reads “…”; the company's motto was “…”
    if _READ_AFTER_RE.match(after):
        return True  # “…,” read a banner held by protesters
    if (
        _CLASS_CALLS_RE.match(before)
        or _CLAUSE_CALLS_RE.search(before)
        or (span[-1] not in ",.?!;:" and _CLASS_HAS_CALLED_RE.match(before))
    ):
        return True  # Researchers call such places pharmacy "deserts"
    mentioned = span[-1] not in ",.?!;:" and _MENTION_AFTER_RE.match(after)
    if _MENTION_BEFORE_RE.search(before) or mentioned:
        return True  # the word "fault"; a "drug loss" problem, the term used for …
    if len(span.split()) <= 5 and (
        (span[-1] == "," and _THING_AFTER_RE.match(after))
        or (span[-1] not in ",.?!;:" and re.match(r",", after) and _THING_AFTER_RE.match(after, 1))
    ):
        return True  # “flexible hours credits”, a scheme …; “prize of war,” a phrase …
    if (
        len(span.split()) <= 4
        and span[0].islower()
        and (
            (span[-1] not in ",.?!;:" and _GLOSS_AFTER_RE.match(after))
            or (span[-1] == "," and _GLOSS_AFTER_RE.match("," + after))
        )
    ):
        # “black ice”, a thin coat of frozen rain: a term and what it means (the comma inside
        # the marks, as US style puts it: follow “sisu,” a stubborn kind of …)
        return True
    if len(span.split()) <= 4 and _KNOWN_AS_AFTER_RE.match(after):
        return True  # the “braccianti,” as farmhands are known there: a word and what it names
    # A Title Case span next to a work noun is a name even with a period inside the marks, as
    # US style puts it: an app called "Pocketful."
    title = _title_case(span.rstrip(",.;:"))
    if title and (word_before in lx.EN_WORK_NOUNS or word_after in lx.EN_WORK_NOUNS):
        return True
    if _names_a_work(before, span, after):
        return True  # a report the group published, "Ink Runs Dry," estimated …
    if title and _NAMES_IT_RE.search(before):
        return True  # a new tier it is calling “Velto Flex.”: the name a clause gives a thing
    if title and word_before == "the" and len(span.rstrip(",.;:").split()) <= 4:
        return True  # the backup ferry, the “Islander II,” would …: a name after its article
    if (
        title
        and len(span.split()) >= 2
        and re.search(r"\bas\s*$", before)
        and not re.search(rf"\b(?:{SAY}|{_CHARACTERISE})\b", before)
    ):
        return True  # released in Britain as “The Glass Orchard.”: the title it goes under
    if _named_by_calling(before, span):
        return True  # which volunteers call “the Count,”: a nickname, not anyone's words
    if title and span[-1] == "," and _APPOSED_NAME_RE.search(before) and not _AFTER_RE.match(after):
        return True  # a companion lander, “Pathmaker,” the orbiter …: a thing's name in apposition
    if _display_text(span, before):
        return True  # rated “Category C – Monitor.”, a poster reading “Have You Seen This Dog?”
    if len(span.split()) <= 3 and span[0].islower() and _DESIGNATED_RE.search(before):
        # declared the venue a “restricted zone”, listed on its website as “severely limited.”:
        # the name of a status, its period or not
        return True
    if _LABELLED_RE.search(before):
        return True  # bottles labelled “…”: what the label says
    if _title_case(span.split()[0]) and len(span.split()) <= 6 and _MARKED_RE.search(before):
        return True  # jars marked “Keep Frozen,”: the text a thing bears, not anyone's words
    if span[-1] in ",.?!;:—–…":
        return False  # sentence punctuation: someone's words
    short = len(span.split()) <= 3
    if re.search(r"(?<![\w.,])[$€£¥]?\d[\d,.]*(?:-[a-z]+)?\s*$", before):
        # a label a number qualifies: the $200 “swap-out” credit, its 2019 “… Plan”, a
        # 40-space “safe parking” lot
        return True
    if len(span.split()) == 1 and word_before in lx.EN_DEGREE_WORDS:
        return True  # too "safe": the writer's word at arm's length, whoever else speaks
    if short and word_before in ("a", "an", "its", "their") and not _VERB_RE.search(before):
        # brushed off talk of an “AI bubble”, drained one of its “hot wallets”: with no one
        # reported as saying anything before it, a term the writer names. (In reported speech,
        # "said it was not on a “pre-set course”", it may be the speaker's word: kept.)
        return True
    determiners = ("a", "an", "the", "its", "their")
    determined = word_before in determiners or (
        len(words_before) > 1
        and words_before[-2] in determiners
        and re.search(r"\s[a-z][a-z-]*\s*$", before) is not None
    )  # (an adjective may come between: a one-off “…” of 100 euros)
    if (
        short
        and determined
        and re.match(r"\s+(?:of|that|which|by|for|with|where)\b", after)
        and not re.search(rf"\b(?:{_CHARACTERISE})\b", before)
    ):
        # A noun phrase the marks cut out of a longer one, even in reported speech: offered a
        # “loyalty top-up” of 10 hours, protected by a “safety reserve” that never held much.
        # (Not after a verb that characterises: called the plan a “poison pill” for the city.)
        return True
    if (
        short
        and span[0].islower()
        and word_before in _DETERMINERS
        and (
            re.match(rf" (?:{_CLASS})\b", after) is not None
            or span.split()[-1] in lx.EN_CLASS_NOUNS
        )
        and not re.search(rf"\b(?:{_CHARACTERISE})\b", before)
    ):
        # placed in the “amber” category, under its “error trade” policy, added to its “red
        # list”: a class, named with its noun outside the marks or in them
        return True
    if short and _label_change(before, after):
        return True  # raised its rating to “hold” from “sell”: two labels, nobody's words
    if _modifies_noun(span, before, after):
        return True
    # A term after a participle, with no one to say it (unless “…” by someone): habitats
    # described as “…”, databases often treated internally as “marketing data”.
    passive = _PASSIVE_RE.search(before) or _CLASSED_RE.search(before)
    if short and passive and not re.match(r"\s*by\s", after):
        return True
    if title:  # a name, unless a verb of saying governs it: he replied "Never"
        # (An attribution after it is the sentence's when the words stand inside it: alerted
        # through the EU's "Agri-Food Fraud Network", the person said.)
        opens = not before.strip() or before.rstrip().endswith(":")
        said_after = opens and _AFTER_RE.match(after) is not None
        return not (re.search(rf"\b(?:{SAY})\s*[:,]?\s*$", before) or said_after)
    # "According to the statement, funds were “safe and unaffected”": what a source is cited
    # as saying the thing is (after a copula) is its words.
    if _LEAD_ACCORDING_RE.match(before) and re.search(
        r"\b(?:is|are|was|were|be|remain(?:s|ed)?)\s*$", before
    ):
        return False
    # A short fragment with no verb of saying or calling in its sentence is a scare quote.
    return short and not _VERB_RE.search(before + " " + after)


# A change from one label to another, the labels in quote marks: "raised to “buy” from “hold”",
# "cut its outlook from “stable” to “negative”".
_CHANGE_OPEN_RE = re.compile(r"\b(?:to|from)\s*$")
_CHANGE_NEXT_RE = re.compile(r"[”\"]?\s+(?:to|from)\s+[“\"]")
_CHANGE_PAST_RE = re.compile(r"\b(?:to|from)\s+[“\"][^“”\"]{1,40}[”\"]\s+(?:to|from)\s*$")


def _label_change(before: str, after: str) -> bool:
    """Whether the quoted words between `before` and `after` are one of the two labels in a
    change of a class from one to the other: "its rating to “hold” from “sell”". (Only a class
    noun before them makes them labels: "talks had gone from “tense” to “cordial”" is left to
    the other rules.)"""
    clause = before.rstrip('“" ')
    if not _CHANGE_OPEN_RE.search(clause):
        return False
    if not _CHANGE_NEXT_RE.match(after) and not _CHANGE_PAST_RE.search(clause + " "):
        return False
    words = re.findall(r"[a-z]+", clause[-120:].split(".")[-1])
    return any(w in lx.EN_CLASS_NOUNS for w in words)


# A thing said to carry a label, in the passive: "bottles were labelled “…”".
_LABELLED_RE = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+label(?:l?ed)\s*$")
# A participle of marking on the thing before it: "jars marked", "a folder, labelled" (not after
# a subject that marks or labels: "he labelled", "which the court labelled").
_MARKED_RE = re.compile(
    r"(?<![A-Z])\b(?!(?:he|she|it|they|we|i|you|who|which|that|[a-z]+ly)\b)[a-z][a-z-]+,?\s+"
    r"(?:marked|labelled|labeled|stamped|tagged)\s*$"
)


def _display_text(span: str, before: str) -> bool:
    """Whether `span` is set as text on display rather than speech: Title Case parts joined by a
    spaced dash or after a colon (“Gate 4 – Boarding.”, “Contains: Nuts and Soy,”), or four
    words or more each capitalised, the small ones too (“Back In Ten Minutes.”), unless a
    verb of saying governs it (he shouted “Get Out Of My Shop!”)."""
    words = re.findall(r"[^\W_][\w’'-]*", span)
    if len(words) < 2 or re.search(rf"\b(?:{SAY})\s*[:,]?\s*$", before):
        return False
    body = span.rstrip(",.;:!?")
    label = re.fullmatch(r"([^\W\d_][\w’'-]*):\s+(.+)", body)
    parts = [label[1], label[2]] if label else re.split(r"\s[–—-]\s", body)
    if len(parts) > 1 and all(p.strip() and _title_case(p) for p in parts):
        return True
    # (one line of four words or more, a small word capitalised too; not several sentences,
    # "Worried? No. Aware? Yes," nor a name or a letter's greeting, "Dear Linden Grove,")
    small = any(w.lower() in _TITLE_SMALL_WORDS or len(w) <= 4 for w in words[1:])
    return (
        len(words) >= 4
        and small
        and not re.search(r"[.?!]\s", body)
        and all(w[0].isupper() or w[0].isdigit() for w in words)
    )


# A label or a carrier of text, then what it is or says: "a sign, painted by a neighbour, that
# reads", "The company's motto, painted above every door, was", "have given it a name:".
_LABEL_READS_RE = re.compile(
    rf"\b(?:(?i:{alternation(lx.EN_TEXT_CARRIERS)})\b[^.“”\"]{{0,80}}"
    rf"\b(?:{alternation(lx.EN_CARRIER_VERBS)})(?:\s+that)?"  # (brochures promised that “…”)
    rf"|(?:{alternation(lx.EN_POSTED_TEXTS)})\b[^.“”\"]{{0,80}}\b(?:reads|read)"
    rf"|(?:{alternation(lx.EN_LABEL_NOUNS)})\b[^.“”\"]{{0,80}}\b(?:is|was|reads|read)"
    r"|\b(?:a|the|its|their|his|her)\s+(?:new\s+)?(?:name|nickname)"
    r"|\b(?:should|would|was\s+meant\s+to)\s+have\s+read)\s*:?\s*$"
)
# The same after the words: “…,” read a banner held by protesters; “…,” one placard said.
_READ_AFTER_RE = re.compile(
    rf"[\s,”\"]*(?:(?:read|reads|said|says)\s+(?:an?|the|one|another)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{alternation(lx.EN_TEXT_CARRIERS)})"
    rf"|(?:an?|the|one|another)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(lx.EN_TEXT_CARRIERS)})"
    rf"\s+(?:read|reads|said|says))\b"
)
# A clause naming the noun before it, its "that" left out: a new tier it is calling, a device
# the company calls (not "called it", where the words characterise what "it" is).
_NAMES_IT_RE = re.compile(
    r"\b[a-z][\w-]*\s+(?:it|they|we|the\s+[a-z]+)\s+(?:(?:is|are|was|were|has|have)\s+)?"
    r"(?:calling|calls|called|call|naming|names|named)\s*$"
)
# An official act giving its object a status: declared the venue a “…”, designated three
# districts as “…”, an area it has classified as a “…”, declared a “…”.
_DESIGNATED_RE = re.compile(
    rf"\b(?:{alternation(lx.EN_DESIGNATING_VERBS)})\s+(?:[\w’'-]+\s+){{0,4}}?"
    r"(?:an?|as(?:\s+an?)?)\s*$"
)
_WORK_SUBJECT_RE = re.compile(
    rf"\s*(?:(?i:an?|the|its|his|her|their|this|that)\s+(?:[\w’'-]+\s+){{0,3}}?"
    # (or its owner's: "The Eurasian Grain Council's quarterly outlook")
    rf"|(?:(?i:the)\s+)?(?:{CAP}[\w’'-]*\s+){{0,4}}{CAP}[\w’'-]*(?:[’']s|s[’'])\s+"
    r"(?:[a-z][\w-]*\s+){0,2})"
    rf"(?i:{alternation(lx.EN_WORK_NOUNS)})\b"
)


def _names_a_work(before: str, span: str, after: str) -> bool:
    """Whether `span`, capitalised and set off by commas, names the work the clause before it
    is about: "A report the association published last year, “Ink Runs Dry,” estimated …",
    "a federal report, “Brücken im Fokus”, estimated …"."""
    before = before.rstrip()
    words = span.split()
    if not (before.endswith(",") and (span.endswith(",") or after.startswith(","))):
        return False
    if not (words and words[0][0].isupper()):
        return False
    # (The clause is about the work: "A report the association published", not "In his
    # column", where what follows may be the columnist's words.)
    clause = re.split(r"[,;:]", before[:-1])[-1]
    if len(words) <= 8 and _WORK_SUBJECT_RE.match(clause) is not None:
        return True
    # A Title Case one, a subtitle too, may follow a work the clause names further on: "Doe
    # pointed to a 2023 report by the city's historical society, “Bullets at the Bridge: The
    # 1894 Strike,” which …".
    title = _title_case(span.rstrip(",.;:")) and len(words) <= 12
    return title and _WORK_SUBJECT_RE.search(clause) is not None


# A noun phrase set off by a comma right before the marks, naming no one's words: "a companion
# lander, “…,”" (not "His answer, “…,”", words someone gave).
_APPOSED_NAME_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+){{0,2}}"
    rf"(?!(?:{alternation(lx.EN_UTTERANCE_NOUNS | lx.EN_VOICE_NOUNS | lx.EN_MEDIUM_NOUNS)})s?\b)"
    r"[a-z][\w-]*,\s*$"
)
# Calling something by a name: "Local people call Teloc (the volcano) “the Old Man,”", "which
# volunteers still call “the Count,”".
_CALLS_IT_RE = re.compile(
    r"\b(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|nickname|nicknamed)\s+"
    r"(?:[A-Z][\w’'-]*\s+|(?P<pronoun>it|him|her|them)\s+"
    r"|(?:the|their|its|his|her|our|such)\s+(?:[a-z][\w-]*\s+){1,2})?$"
)


def _named_by_calling(before: str, span: str) -> bool:
    """Whether `span`, "the" and capitalised words (the Count, The Old Man), or one capitalised
    word given to a person (calling him “Kit”), is the name a verb of calling gives right before
    it."""
    words = span.rstrip(",.;:").split()
    calling = _CALLS_IT_RE.search(before)
    if calling and calling["pronoun"] and len(words) == 1 and _title_case(words[0]):
        return True  # calling him “Kit,”: a nickname
    if not (2 <= len(words) <= 4 and words[0].lower() == "the"):
        return False
    return _title_case(" ".join(words[1:])) and calling is not None


def _title_case(span: str) -> bool:
    words = re.findall(r"[^\W_][\w’'-]*", span)
    return bool(words) and all(
        w[0].isupper() or w[0].isdigit() or (i and w in _TITLE_SMALL_WORDS)
        for i, w in enumerate(words)
    )
