"""Who an English article names: people (with role, age and sex when the text gives them) and
organisations, in article order, for `english` to attribute quotes to. By rule over lexicon.py's
word lists: two capitalised words are a person only when the text says so (a title or role, an
age, a verb of saying, a surname given an age or a title elsewhere)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from retrieval import bilingual
from retrieval import lexicon as lx
from retrieval.models import Article
from retrieval.quotes.spans import blanked, quote_spans
from retrieval.sentences import split_sentences


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


SAY = alternation(lx.EN_SPEECH_VERBS)
ROLE = alternation(lx.EN_ROLE_NOUNS)
_KIN = alternation(w for w in lx.EN_FEMALE_WORDS | lx.EN_MALE_WORDS if w.islower())
_COURTESY = alternation(lx.EN_COURTESY)
_TITLE_SEQS = [tuple(t.split()) for t in lx.EN_TITLES]
# Small words inside a name: the Bank of Korea, Ludwig van Beethoven, Instituto do Mar, Amazon
# dos Reis.
CONNECTORS = frozenset(
    "of the de van von al bin da do dos das del la le du di der den ter ten &".split()
)
# Of those, the particles inside a person's name (Niels van der Berk, Mohammed bin Salman).
PARTICLES = CONNECTORS - {"of", "the", "&"}
# "said Jane Doe", "said auctioneer Jane Doe": a verb of saying right before a name, or one or
# two lower-case words (a role) between them; or someone's role and a comma ("said Amato's
# chief of staff, Kevin Doyle").
_SAID_BEFORE_RE = re.compile(
    rf"\b(?:{SAY})\s+(?:(?:(?!(?:in|on|at|to|for|of|by|with|from|that|the|an?|and|but)\b)"
    rf"[a-z][\w-]*\s+){{0,2}}|(?:the\s+)?[\w’'-]+[’']s\s+(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*,\s+"
    # (or where the person is from, right before the name: said Spain's Carlos Doe)
    rf"|[A-Z][\w-]*[’']s\s+"
    # (or what they are, then the name in apposition: said the first caller, Ann Doe)
    rf"|(?:the|an?)\s+(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*,\s+)$"
)
# The sex each resolved pronoun tells ("they" and "we" may be anyone: never resolved).
PRONOUN_SEX = {"he": "m", "she": "f"}
# A person the copy says goes by "they" (uses they/them pronouns, is nonbinary): the one "they
# said" may mean, as no other person.
THEY = "n"
_THEY_PRONOUNS_RE = re.compile(r"\b(?:they/them|they/their|non-?binary)\b", re.IGNORECASE)
# A sentence whose subject is "he" or "she" saying something: "He said Ann Roe had phoned him."
_PRONOUN_SAID_RE = re.compile(
    rf"\s*(?P<pronoun>[Hh]e|[Ss]he)\s+(?:also\s+|then\s+)?(?:(?:{SAY})\b|[a-z]{{3,}}ed\b)"
)
# "he" or "she" as the object of a verb right after the one named ("Doe pressed her on …",
# "Doe asked her whether", "Doe thanked him.", "the director, Jo Doe, had told her that …"):
# whoever that is, it is not the one named (a "her" before a noun is a possessive: "Doe raised
# her voice").
_BEFORE_OBJECT = (
    r",?\s+(?:had\s+|has\s+|have\s+|would\s+)?(?:[a-z]+ly\s+|then\s+|also\s+)?"
    r"(?:[a-z]+ed|told|gave|sent|showed|taught|paid)\s+"
)
_OBJECT_PRONOUN_RE = {
    "f": re.compile(
        rf"{_BEFORE_OBJECT}her"
        r"(?=\s+(?:on|about|over|whether|if|why|how|what|when|to|for|with|again|that)\b"
        r"|\s*[,.;:?])"
    ),
    "m": re.compile(rf"{_BEFORE_OBJECT}him\b"),
}
_SAID_AFTER_RE = re.compile(
    rf"(?:,\s*(?:however|though|meanwhile|too|in turn),)?"  # "Jan Holt, however, said"
    rf"(?:,\s*(?:who|whom)\s[^,“”\"]{{1,140}},)?"  # "Ann Doe, whom Roe was quoting, said"
    rf"(?:,\s*an?\s[^,;:“”\"]{{1,60}},)?"  # "Ann Doe, a dealer in Leeds, said"
    rf"(?:,\s*(?:prosecuting|defending|mitigating|representing\s+[^,]{{1,40}}),)?"  # (in court)
    rf",?\s+(?:(?:also|later|then)\s+)?(?:(?:{SAY})\b|(?:was|were)\s+quoted\b)"
)
# An order and whom it was given to: "ordered the guards to" (then the words ordered).
ORDERED_TO = rf"(?:{alternation(lx.EN_ORDERING_VERBS)})\s+(?:[\w’'-]+\s+){{1,5}}?to"
# "Hugh Doe, a trustee who resigned last year, called the return “…”": a name that calls
# something a quoted word (past an appositive) speaks, as one that says it does; so does one
# that orders someone to do the quoted words ("Josiah Doe ordered the guards to “…”").
_CALLS_RE = re.compile(
    rf"(?:\s*,[^,“”\"]{{1,120}},)?\s+(?:(?:also|later|then|\w+ly)\s+)?"
    rf"(?:(?:{alternation(lx.EN_CHARACTERISING_VERBS)})\b[^.;“”\"]{{0,80}}[“\"]"
    rf"|{ORDERED_TO}\s+[“\"])"
)
# A capital letter opening a name, in any Latin script: Édouard, Øystein, Łukasz, Şahin.
CAP = "[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ]"
_SKIP = lx.EN_NOT_NAMES | CONNECTORS  # never the first or last word of a name
_SMALL = "a an the and or of in on at to for by with from through via about against as".split()

# A comma grouping a number's digits (1,200 farmers, €18,000), which no phrase ends at.
DIGIT_COMMA = r"(?<=\d),(?=\d{3})"

# One capitalised word of a name: U.S., Co.'s, Ruiz-Vega, O'Brien, a middle initial, St.
_ABBREVIATED = {*lx.EN_COURTESY, *lx.EN_TITLES, *lx.EN_COMPANY_WORDS, *lx.EN_PLACE_WORDS}
_DOTTED = alternation(w for w in _ABBREVIATED if "." in w)
# A plural possessive inside a body's name: the National Parents' Council, a Workers' Union
# (not "the University of Texas’ Lena Dorn").
_BODY_WORD = alternation(lx.EN_PUBLIC_BODY_WORDS | lx.EN_COMPANY_WORDS)
TOK = (
    rf"(?:(?:[A-Z]\.){{2,}}|{_DOTTED}|[A-Z]\.(?=\s+[A-Z])|{CAP}\w*(?:[-’']\w+)*)"
    rf"(?:[’']s|(?<=s)[’'](?=\s+(?:[A-Z]\w+\s+)?(?:{_BODY_WORD})\b))?"
)
_JOIN = rf"\s+(?:(?:{alternation(CONNECTORS)})\s+)*"
# (with a legal form written in lower case closing it: "Halloran Holdings plc")
_LOWER_FORMS = alternation(w for w in lx.EN_COMPANY_WORDS if w.islower())
_RUN_RE = re.compile(rf"(?<![\w.’'-]){TOK}(?:{_JOIN}{TOK})*(?:\s+(?:{_LOWER_FORMS})\b)?")
# A role phrase right before a name: "Bank of Korea board member", "Acme's chief executive,".
# A bare "analyst" is a description, not a role worth storing: a role says where it is held.
# The words between the body and the role describe the role, never a verb or a preposition:
# not "Doe said through interpreter Ken Ito".
_NOT_ROLE_WORDS = alternation([*lx.EN_SPEECH_VERBS, *_SMALL])
_FUNCTION_WORDS = alternation(lx.EN_FUNCTION_WORDS)
_PRE_ROLE_RE = re.compile(
    # (a body named for two things, with its initials in brackets after it: "International Ski
    # and Snowboard Federation (FIS) race director X")
    rf"(?:(?<![\w.’'-]){TOK}(?:(?:{_JOIN}|\s+and\s+){TOK})*(?:\s+\([A-Z][\w&.-]{{1,12}}\))?\s+)?"
    # (or words in lower case alone: "league commissioner X", "shadow transport secretary X")
    rf"(?:(?<![\w’'-])(?!(?:{_NOT_ROLE_WORDS}|{_FUNCTION_WORDS})\b)[a-z][\w-]*\s+){{0,2}}"
    rf"\b(?i:{ROLE}),?\s+$"
)
# A relative before a name: "His wife, Keiko Doe", "Doe’s father, Ken Doe", "his daughter Nina".
_KIN_RE = re.compile(
    rf"(?:(?<![\w.’'-])(?P<owner>{TOK}[’']s)|\b[Hh](?:is|er)|\b[Tt]heir"
    rf"|\b[Tt]he\s+[a-z][\w-]*[’']s)\s+(?:(?:{alternation(lx.EN_KIN_MODIFIERS)})\s+)?"
    rf"(?P<kin>{_KIN})"  # (the clerk's sister, X; her late husband, X)
    rf"(?P<also>\s+and\s+[a-z][\w-]*)?,?\s+$"  # (and what else: "His wife and manager, X")
)
# ", a deputy press secretary at Brazil's Foreign Ministry," after a name.
_APPOSITIVE_RE = re.compile(
    r",\s+(?!(?:and|or|but|while|as)\s)(?:(?:now|formerly|once|also)\s+(?=(?:a|an|the)\s))?"
    # (a body's initials in brackets may close it: "president of the Irish Flight Crew Union
    # (IFCU)")
    # (a comma grouping a number's digits is inside it: "an engineer with €18,000 on the site")
    r"(?:(?P<det>a|an|the)\s+)?"
    rf"(?P<role>(?:[^,;“”\"()]|{DIGIT_COMMA}){{2,120}}?(?:\s+\([A-Z][\w&.-]{{1,12}}\))?)"
    r"(?=\s*,(?!(?<=\d,)\d{3})|\s*;|\.(?:\s|$)|\s+(?:who|which|whose|said|says)\b|$)"
)
# After an article, a noun that ends as people's nouns do (-ist, -ian, -eer, and compounds of
# -keeper, -smith, -wright, -grapher, -monger, -man: "the band's guitarist", "a local
# historian", "the team's auctioneer", "a beekeeper", "a locksmith", "a ferryman") is a role,
# whether or not a list of role nouns has it.
PERSON_BY_SUFFIX = r"[a-z][a-z-]{2,}(?:ist|ian|eer|keeper|smith|wright|grapher|monger|man|woman)"
_PERSON_SUFFIX_RE = re.compile(rf"\b(?:{PERSON_BY_SUFFIX}s?|[a-z][a-z-]{{2,}}men)\b")
# Without a role noun, "a hydrologist at the University of X" is a role too: what someone does
# (a person's noun: -ist, -ian, -eer, -ee, -man, or a resident, a student) and where; not "a city
# in California".
_PERSONISH = alternation(lx.EN_PERSON_NOUNS)
_HELD_AT_RE = re.compile(
    rf"(?:[a-z][\w’'-]*\s+){{0,3}}(?:[a-z][\w’'-]*(?:ist|ian|eer|ee|man|woman|person)|{_PERSONISH})"
    r"\s+(?:based\s+)?(?:at|of|for|from|with|in|on)\s+(?:the\s+)?[A-Z]"
)
# ", who heads the Tenants Union," after a name: what the person does is the role.
_WHO_ROLE_RE = re.compile(
    rf",\s+who\s+(?P<role>(?:{alternation(lx.EN_ROLE_VERBS)})\s+"
    rf"(?:[^,;“”\"()]|{DIGIT_COMMA}){{2,120}}?)"  # (a digit group's comma: 1,200 farmers)
    # (ending where a second verb joins: "who owns the inn and said she had …")
    rf"(?=\s*,(?!\d{{3}})|\s*;|\.(?:\s|$)|$|\s+(?:and|but)\s+(?:{SAY})\b)"
)
_PAREN_RE = re.compile(r"\s*\([^()]{1,30}\)")  # Doe (3-1), Sen. Doe (D-Ohio)
_ACRONYM_RE = re.compile(r"[A-Z](?:[A-Za-z]{0,4}[A-Z])")  # NCT, FIDE, AdC: a body's initials
# Where a person is from, after the name: "Ann Lee of Leeds", "Marcus Doe of Portland, Oregon,"
# (or ending the sentence: "… by Marcus Doe of Portland, Oregon.").
_PLACE_NAME = rf"{CAP}[\w’'-]+(?:\s+{CAP}[\w’'-]+)?"
OF_PLACE_RE = re.compile(
    rf"\s+of\s+{_PLACE_NAME}(?:,\s+{_PLACE_NAME}(?=,|[.;:](?:\s|$)|$))?(?=[\s,.;:]|$)"
)
# Where a body sits, after its name: "the Maritime Rescue Coordination Centre in Cape Town".
IN_PLACE_RE = re.compile(rf"\s+in\s+{_PLACE_NAME}(?=[\s,.;:]|$)")
# A few quoted words inside a clause, a show's or a book's name as often as not ("who won
# the contest “Stage Lights” in 2019"): the clause reads on across them.
_SHORT_QUOTED = r"[“\"][^“”\",;]{1,60}[”\"]"
# A name, then a "who" clause (or "whose" and a relative: "whose son died in the crash"), then
# a verb of saying: "X Y, who studies …, said". ("Acme, whose shares fell, said" is no person.)
_WHO_SAID_RE = re.compile(
    rf",\s+(?:who|whose\s+(?:[\w-]+\s+){{0,2}}(?:{_KIN}|child|children|parents))\s+"
    # (1,200 farmers)
    rf"(?:[^,;“”\"]|{DIGIT_COMMA}|{_SHORT_QUOTED}){{2,160}},\s+(?:also\s+)?(?:{SAY})\b"
)
# "according to Maria Doe, who said …": a name someone's "who" says something of is a person's.
_WHO_SPOKE_RE = re.compile(rf",\s+who\s+(?:also\s+|later\s+)?(?:{SAY})\b")
# A preposition right before a name: "a doctor living in County Kildare, who asked …" (the
# "who" is the doctor's), but not "according to X, who said" (the source is who speaks).
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:in|at|of|from|(?<![Aa]ccording\s)to|for|with|by|near|outside|inside)\s+(?:the\s+)?$"
)
# "Hannah Doe, who had led out of the water in four of her five races, finished ninth": a "who"
# clause set off by commas, then the verb it was between the name and (a lower-case word that
# is no conjunction, article or preposition).
_WHO_ACTS_RE = re.compile(
    rf",\s+who\s+(?:[^,;“”\"]|{DIGIT_COMMA}){{2,160}},\s+"
    r"(?!(?:and|but|or|nor|so|yet|then|the|an?|in|on|at|of|for|to|with|by|from|as|who|which)\b)"
    r"[a-z]+\b"
)
# "Nicola Doe, whose father …": what has a father or a child is a person, whatever it does.
_WHOSE_KIN_RE = re.compile(rf",\s+whose\s+(?:[\w-]+\s+){{0,2}}(?:{_KIN}|child|children|parents)\b")
# One capitalised word opening a sentence so: "Chepkoech, who led …, said".
_WHO_WORD_RE = re.compile(rf"(?:^|(?<=[.!?”\"]\s))({CAP}[\w’'-]+)(?={_WHO_SAID_RE.pattern})")
# A first name and a surname, then a "who" clause, on the name or on what it is: "in memory of
# Ivo Lind, who died …", "Ivo Lind, the three-time winner of the Rally of Osk who died …".
_NAME_WHO_RE = re.compile(
    rf"(?<![\w’'-]){CAP}[a-z][\w’'-]*\s+({CAP}[\w’'-]+),\s+"
    r"(?:(?:the|a|an)\s+[^,.;“”\"]{1,60}?\s+)?who\s+[a-z]"
)
# A noun, "named", then a first name and a surname: "a welder named Ines Kaur".
_NOUN_NAMED_RE = re.compile(
    rf"\b(?P<noun>[a-z][\w-]*)\s+(?:named|called)\s+{CAP}[a-z][\w’'-]*\s+(?P<w>{CAP}[\w’'-]+)"
)
# A person identified by name, police copy's way: "The man, identified by police as Ivo Jan
# Lind,", "the victim was named as Ana Ruiz" (the last word of the name; the noun a person's).
_IDENTIFIED_AS_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][\w-]*),?\s+"
    r"(?:who\s+)?(?:(?:was|has\s+been|had\s+been)\s+)?(?:identified|named)\s+"
    r"(?:by\s+[^,.;“”\"]{1,60}?\s+)?as\s+"
    rf"{CAP}[a-z][\w’'-]*\s+(?:{CAP}[a-z][\w’'-]*\s+)?(?P<w>{CAP}[\w’'-]+)(?![\w’'-]|\s+{CAP})"
)
# An age after a name: "Doe, 64," / "Doe, a 26-year-old …".
_AGE_RE = re.compile(r",\s+(?:(?:an?|the)\s+)?(?P<age>\d{1,3})(?:,|-year-old\b)")
# A single word given an age or a courtesy title anywhere in the article ("Mori (3-1), a
# 26-year-old", "Quinn, 64,", "Mr Hale"): a full name ending in it is a person wherever it
# stands. (Not "Reuters said": a body speaks too.)
_PERSON_WORD_RE = re.compile(
    rf"(?<![\w’'-])(?:(?:{_COURTESY})\s+(?P<w1>{CAP}[\w’'-]+)|(?P<w2>{CAP}[\w’'-]+)"
    rf"(?=(?:{_PAREN_RE.pattern})?{_AGE_RE.pattern}))"
)
# A name at a sentence's start, then what it belongs to, then a verb of saying: "Jo Doe, of
# the dockers' union, said" (a lower-case "the …": someone of a group, not a body of
# a place, "Acme, of Detroit, said").
_OF_GROUP_WORD_RE = re.compile(
    rf"(?:^|(?<=[.!?”\"]\s))(?:{CAP}[\w’'-]+\s+)?({CAP}[\w’'-]+),\s+of\s+the\s+[a-z]"
    rf"(?:[^,;“”\"]|{_SHORT_QUOTED}){{2,80}},\s+(?:also\s+)?(?:{SAY})\b"
)
# What gives a name as the only one someone gave: "who gave only his first name,", "who gave
# her name only as", "identified only by his first name,".
ONE_NAME_RE = re.compile(
    r"\b(?:gave|giving|identified|identifying)\b[^.,;“”\"]{0,40}?\bname,?\s+(?:only\s+)?"
    r"(?:as\s+)?$"
)
# An age before a name of two words: "18-year-old Ana Ruiz", "Eighteen-year-old Ana Ruiz": the
# second word is a person's (not "a 45-year-old Leeds man": one word, then a common noun).
_AGED_NAME_RE = re.compile(
    rf"\b(?:\d{{1,3}}|[A-Za-z]+(?:-[a-z]+)?)-year-old\s+{CAP}[\w’'-]+\s+(?P<w>{CAP}[\w’'-]+)"
    rf"(?![\w’'-]|\s+{CAP})"
)
# A single word that speaks right after a quote ("“…,” Okonkwo said"): a full name ending in it
# (Chidi Okonkwo) is a person. (A body quoted so, "“…,” Toyota said", is one word, not the end
# of a longer name.)
_QUOTED_WORD_RE = re.compile(
    rf"[”\"],?\s+(?:(?P<w>{CAP}[\w’'-]+)\s+(?:{SAY})\b"
    # (or after the verb, alone: "“…,” said Doe, a retired welder")
    rf"|(?:{SAY})\s+(?P<w2>{CAP}[\w’'-]+)(?=[,.]))"
)
# The same word opening a sentence that says something: "Beridze said the team had …". (A body
# so named is its first word, "Northstar said", not the last word of a longer name.)
# (past an aside asking or reaching them: "Doe, asked about the pitch, said", "Doe, reached
# by phone, said")
_ASKED_ASIDE = (
    r"(?:,\s+(?:asked|pressed|questioned|reached|contacted|interviewed)\s[^,;“”\"]{1,80},)?"
)
_OPENS_SAYING_RE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))(?P<w>{CAP}[\w’'-]+){_ASKED_ASIDE}"
    rf"\s+(?:also\s+)?(?:{SAY})\b"
)
# A name after a preposition is not a subject: "Responding to Doe", "through interpreter Ken Ito".
# A passive's agent right before a name: "was founded in 1998 by retired teacher", "written by".
# (an irregular participle too, and a particle after it: "was led by", "was pulled up by")
_AGENT_RE = re.compile(
    r"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?"
    rf"(?:[a-z]{{3,}}(?:ed|en)|{alternation(lx.EN_IRREGULAR_FORMS)})"
    r"(?:\s+(?:up|out|off|down|over|back|away|in|on)\b)?"
    r"(?:\s+(?:in|on|from|at|near|outside)\s+[\w ]{1,40}?)?\s+by\s+(?:[a-z][\w-]*\s+){0,2}$"
)
_OBLIQUE_RE = re.compile(  # (not "according to X": X is the source, the sentence's voice)
    r"\b(?:(?<![Aa]ccording\s)to|with|from|by|for|of|at|about|against|on|than|like|through|via"
    # (the object of whom a speaker works for: "a lawyer representing Kallisto Maritime")
    r"|representing|represents|advising|advises|defending)\s+"
    # (A copula ends the phrase: "among those left out of pocket is Raymond Doe"; a place the
    # body is based in does not: "of Sydney-based Linden Hale Lawyers", "of London-based
    # consultancy Fieldline"; "that" opens a clause of its own: "records to show that Josiah
    # Doe ordered" is his act.)
    r"(?:(?!(?:is|are|was|were|that)\b)[a-z][\w-]*\s+){0,2}"
    r"(?:[A-Z][\w’'-]*-based\s+(?:[a-z][\w-]*\s+){0,2})?$"
    # (and a name in apposition to that object: "a solicitor representing one of them, Lewis Doe")
    r"|\b(?:representing|represents|advising|advises|defending)\s+(?:[a-z][\w-]*\s+){0,3}"
    r"[a-z][\w-]*,\s+$"
)
# A role and what it is of, in the plural or a mass noun, right before a name: "Chair of
# judges", "head of research" (not a single person: "lawyer for defendant").
_ROLE_OF_GROUP_RE = re.compile(
    rf"(?:^|[.!?]\s+|\b(?:the|a|an)\s+)(?i:{ROLE})\s+(?:of|for)\s+"
    rf"(?!(?:{_PERSONISH}|{ROLE})\s)(?:[a-z][\w-]*\s+){{1,2}}(?:{CAP}[\w.-]*\s+)?$"
)
_WHICH_RE = re.compile(r",\s+which\s")
_ROLE_OF_BODY_BEFORE_RE = re.compile(
    rf"(?:^|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
    # (or a body's: "Acme's director of sales, Jo Doe,")
    rf"|\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}(?:[’']s|(?<=s)[’'])\s+)(?:[a-z][\w-]*\s+){{0,2}}"
    rf"(?i:{ROLE})\s+(?:of|at|for)\s+[^,;:“”\"]{{1,80}},\s+$"
)
_OF_BODY_RE = re.compile(
    r",?\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*-based\s+)?(?P<kind>(?:[a-z][\w’'-]*\s+){0,2})"
    r"(?P<body>(?:[A-Z][\w&’'.-]*\s+){0,4}[A-Z][\w’'.-]*)"
)
# What opens a line of a list: a bullet, or a number and its stop ("•", "2.").
LIST_MARK = r"(?:[•·▪◦*–—-]|\d{1,2}[.)])"
# A group's noun after its name: "of the Valdara team".
_GROUP_AFTER_RE = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{alternation(lx.EN_GROUP_NOUNS)})\b")
# Where a role is held: "Graham Doe, managing director of Severnside Buses" names a body.
_HELD_BY_RE = re.compile(rf"\b(?i:{ROLE})\s+(?:of|at)\s+(?:the\s+)?$")
# An appositive that says what a name is: "FrutaSur, an association of fruit exporters",
# "Agrimax, one of the largest insurers in the region".
BODY_NOUNS = lx.EN_COMPANY_NOUNS | lx.EN_PUBLIC_BODY_NOUNS
_BODY_NOUN = alternation(BODY_NOUNS)
_HELD_AT_WORDS = frozenset({"at", "of", "for", "with", "from"})
_BODY_APPOSITIVE_RE = re.compile(
    # (not past a role: "Kwame Doe, an adviser to the culture ministry" is a person)
    rf",\s+(?:an?|the|one\s+of\s+the)\s+(?:(?!of\b|(?:{ROLE})\s)[\w’'-]+\s+){{0,4}}?"
    rf"(?P<noun>{_BODY_NOUN})s?"
    # (or "and" another thing it is: "a Lyon-based maker and one of two …")
    r"(?=\s*(?:[,.;]|$)|\s+(?:of|in|that|which|representing|based|for|with|and)\b)"
)
# A nation's body named in common nouns: "Iceland's central bank", "Brazil's foreign ministry".
# (The words between describe the body, never a preposition: "Acme's head of trust and safety"
# is a role.)
_BODY_MODIFIER = r"(?!(?:of|for|and|in|on|at|to)\s)[a-z][\w-]*\s+"
_NATION_BODY_RE = re.compile(
    rf"(?P<place>[A-Z][a-z]+)[’']s\s+(?:{_BODY_MODIFIER}){{0,2}}?(?P<noun>{_BODY_NOUN})\b(?![’'-])"
)
# After initials, a possessive and a body noun: "The UCI's licence commission" (a body's).
_OWNS_BODY_RE = re.compile(rf"[’']s\s+(?:{_BODY_MODIFIER}){{0,2}}(?P<noun>{_BODY_NOUN})\b")
# What someone is, or someone's someone, right before a name: "Taxi driver X", "His rival X".
_PERSON_NOUN_BEFORE_RE = re.compile(
    rf"(?:\b(?i:{_PERSONISH})|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?!(?:{_BODY_NOUN})\b)[a-z][\w-]*),?\s+$"
)
# The rest of a sentence whose attribution calls its subject a body: "…, the company said".
_REPORTED_BY_KIND_RE = re.compile(
    rf"(?:[^.;!?]|\.(?=\S))*?,\s+the\s+(?P<noun>{_BODY_NOUN})\s+(?:{SAY})\b"
)
# A body noun right before a name, naming it: "homeware retailer Brantwood Living"; or set
# off before it after a possessive: "its operator, Acme Holding".
_KIND_NOUN_BEFORE_RE = re.compile(
    rf"(?P<its>\b(?:[Ii]ts|[Tt]heir)\s+)?(?<![\w’'-])(?P<noun>{_BODY_NOUN})(?(its),\s+|\s+)$"
)
# A place, then a body it names in lower case, then a verb of saying: "Bergen police said".
_PLACE_BODY_SAID_RE = re.compile(
    rf"(?<![\w’'-])(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
    rf"(?P<noun>{alternation(lx.EN_PLACE_NAMED_BODIES)})\s+(?:(?:also|later|\w+ly)\s+)?(?:{SAY})\b"
)
# A place's government named in lower case after its name: "the Tavel regional government",
# "the Ostrava city administration" (which "the regional government" later points back at).
_PLACE_GOVERNMENT_RE = re.compile(
    r"\b[Tt]he\s+(?P<place>[A-Z][a-z]+)\s+(?:(?:regional|provincial|state|city|county|"
    r"municipal|metropolitan|local|federal|national|district)\s+)?(?:government|administration)\b"
)
# A verb right after a name (past a bracket and an appositive): the name is its subject.
# "Acme said", "Ostmark & Lund, the Danish chain, was hacked"; not "hired Acme to investigate".
# Not inside a word nor after a preposition ("a spokesperson for the …", "a lawyer for the …"):
# where a subject "the …" can start.
_SUBJECT_START = (
    r"(?<![\w’'-])(?<!\bfor\s)(?<!\bof\s)(?<!\bat\s)(?<!\bto\s)(?<!\bby\s)(?<!\bfrom\s)"
)
_PLAIN_BODY_SAID_RE = re.compile(
    rf"{_SUBJECT_START}[Tt]he\s+(?P<words>(?:(?!(?:same|other)\b)[a-z][a-z-]*\s+){{1,2}})"
    rf"(?P<noun>{alternation(lx.EN_PUBLIC_BODY_NOUNS)})"
    # (a "which" clause may come between: "The county council, which runs the school, said")
    rf"(?:,\s+which\s(?:[^,;“”\"]|{DIGIT_COMMA}){{1,120}},)?"
    rf"\s+(?:(?:also|later|\w+ly)\s+)?(?:{SAY})\b"
)
# An office named by its holder, as the subject of a verb of saying: "the president's office
# said", "the prime minister's office said", "Finance Minister Ada Roe's office said" (a body
# that speaks, named as the copy names it; not "a lawyer for the mayor's office said", where
# the lawyer speaks).
_ROLE_OFFICE_SAID_RE = re.compile(
    rf"{_SUBJECT_START}(?:[Tt]he\s+(?P<office>(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*[’']s\s+office)"
    rf"|(?<![A-Za-z]\s)(?P<holder>(?:[A-Z][\w.-]*\s+){{0,5}}[A-Z][\w-]*[’']s\s+office))\s+"
    rf"(?:(?:also|later|\w+ly)\s+)?(?:{SAY})\b"
)
# A verb's irregular past ("His granddaughter, Ann Doe, 19, ran alongside"), not a word that is
# as often a noun or an adjective (ground, wound, bound, born).
_IRREGULAR_PAST = alternation(
    set(lx.EN_IRREGULAR_FORMS) - {"ground", "wound", "bound", "born", "borne", "lay", "lain"}
)
# A verb in the past opening what follows a name and its comma: what the name did ("a friend,
# Jo Doe, spotted the car"), not what it is.
_PAST_FIRST_RE = re.compile(rf"(?:{_IRREGULAR_PAST}|[a-z]+ed)\s")
# What a name that speaks says its own body did ("Acme said its board …"): a body's words.
_SAID_ITS_RE = re.compile(r"\s+(?:said|says)\s+its\s")
# A clause's verb opening what looks like an appositive ("shook her head", "waved it off").
_VERB_FIRST_RE = re.compile(
    rf"(?:{_IRREGULAR_PAST}|[a-z]+ed)\s+(?:her|his|their|its|it|him|them|off|up|away|back)\b"
    # (or a clause on a copula or an auxiliary: "Her niece, Ann Doe, is now a nurse at …")
    r"|(?:is|was|are|were|has|had|have|will|would|can|could)\s"
    # (or a verb of saying: "Kevin Doe, 47, told the jury that the owner, …": what he said)
    rf"|(?:{SAY})\s"
)
_ACTS_RE = re.compile(
    # (or a name in apposition, its comma closing before the verb: "His attorney, X, said"; two
    # appositives at most: "Jonah Doe, 27, a barista from Elmsford, said")
    rf"(?:\s*\([^)]*\))?(?:\s*,(?:[^,“”\"]{{1,120}},){{1,2}}|\s*,(?=\s+(?:{SAY})\b))?\s+"
    rf"(?:(?:also|later|then|\w+ly)\s+)?"
    rf"(?:{SAY}|is|was|were|are|has|had|have|will|would|could|can|did|does|{_IRREGULAR_PAST}|"
    rf"(?!(?:as|has|is|was|this|its|his|hers|ours|yours|always|perhaps)\b)[a-z]+(?:ed|s))\b"
)
# An attribution of the writer's sentence inverted before the name it ends on: "…, said its
# lawyer, ", "…, said ": the name is the sentence's subject. (After a quote's closing mark the
# quote's own attribution reads it, with _SAID_BEFORE_RE.)
_SAID_INVERTED_RE = re.compile(
    rf"[^”\"],\s*(?:{SAY})\s+(?:[a-z][\w’'-]*\s+){{0,4}}?(?:[a-z][\w’'-]*,\s+)?$"
)
_COORDINATED_ROLE_RE = re.compile(
    rf"\band\s+(?:its|his|her|their)\s+(?:[a-z-]+\s+)?(?i:{ROLE}),\s+$"
)
# "Singapore-based", "London-listed": what is based or listed somewhere is a body; before a
# name with up to two words between ("Stockholm-based rival "), it is no place either.
_BASED = r"[A-Z][\w.]*-(?:based|listed|headquartered|registered)"
_BASED_BEFORE_RE = re.compile(rf"\b{_BASED}\s+(?:[a-z][\w-]*\s+){{0,2}}$")
_ELDER_RE = re.compile(r"\bthe\s+(?P<which>elder|older|younger)\s+$")


@dataclass(eq=False)
class Entity:
    """A person or an organisation the article names; `kind` is person, company or public.
    A person's `nouns` are the role nouns the text describes them with (director, judge)."""

    name: str
    kind: str
    role: str | None = None
    forms: list[str] = field(default_factory=list)
    nouns: set[str] = field(default_factory=set)
    age: int | None = None
    # Words the text puts before the name (Athletic's Danish striker): what "the Dane" may mean.
    lead: set[str] = field(default_factory=set)
    sex: str | None = None  # "f" or "m" when a title, a kinship noun or a role says
    # Nicknames the name is written with: Ann “Nan” Doe is also "Nan".
    nicknames: set[str] = field(default_factory=set)
    # A body only a title implies (the Communications Ministry of "Communications Minister X"):
    # "the ministry" may be it, but no other name is ("the Sri Lankan foreign ministry").
    implied: bool = False

    def add_form(self, form: str) -> None:
        """Record another form of the name a user may type."""
        if form not in self.forms and form != self.name:
            self.forms.append(form)

    def describe(
        self, words: str | None, role: str | None = None, age: str | None = None, sex: str = ""
    ) -> None:
        """Learn what the text says of the person: the role nouns in `words` (and the sex one
        tells: spokeswoman), a role, an age, and the sex a title or kinship noun (`sex`: Ms, wife)
        tells."""
        self.role = self.role or role
        self.age = self.age or (int(age) if age else None)
        tokens = re.findall(r"[\w-]+", words or "")
        found = set(tokens)
        # (A role held once is not the one "the mayor" means now: "Former mayor X", "ex-coach".)
        past = next((i for i, w in enumerate(tokens) if _PAST_ROLE_RE.fullmatch(w)), len(tokens))
        # (Nor is a deputy's: Deputy Chief X is not "the chief".)
        held = {
            w.lower()
            for i, w in enumerate(tokens[:past])
            if not (i and tokens[i - 1].lower() in lx.EN_SUBORDINATE_RANKS)
        }
        # (the witness; the beekeeper, a noun that ends as people's nouns do)
        self.nouns |= {w for w in held if _person_noun(w)}
        sexes = {w for w in found if w.islower()} & (lx.EN_FEMALE_WORDS | lx.EN_MALE_WORDS)
        sexes -= lx.EN_KIN_NOUNS  # "travelling with her husband": his sex, not hers
        sex = sex or (sexes.pop() if len(sexes) == 1 else "")
        female, male = sex in lx.EN_FEMALE_WORDS, sex in lx.EN_MALE_WORDS
        self.sex = self.sex or ("f" if female else "m" if male else None)


_PAST_ROLE_RE = re.compile(r"(?i:former|onetime|one-time|retired|ex-[\w-]+)")


@dataclass(frozen=True)
class Mention:
    """`entity` named at ¶paragraph[start:end]; a minor (passing) mention is never a subject,
    an oblique one (after a preposition: "Responding to Doe, …") is seldom one."""

    paragraph: int
    start: int
    end: int
    entity: Entity
    minor: bool
    oblique: bool = False
    acts: bool = False  # the subject of a verb right after it ("Acme, the chain, said")


@dataclass
class Cast:
    """Everyone the article names, and where, in article order."""

    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # Every full name read so far by its last word, person or not: "Paul Grant and his brother,
    # Luke Grant" leave a bare "Grant" unresolved even if only Luke is known to be a person.
    full_names: dict[str, set[str]] = field(default_factory=dict)
    # Single words that speak right after a quote: a full name ending in one is a person unless
    # an appositive says what else it is ("Glen Arden, a valley in the north, …").
    speaking: set[str] = field(default_factory=set)
    # Capitalised words the article uses after "the" alone (the American, the Dane): a word that
    # opens a three-word name is then what the person is, not part of the name.
    referred: set[str] = field(default_factory=set)
    # Capitalised words the narrative uses alone (Ann, Doe): a name's given name or surname.
    alone: set[str] = field(default_factory=set)
    # Where each paragraph's sentences start, to tell whether two mentions share a sentence.
    sentence_starts: dict[int, list[int]] = field(default_factory=dict)
    # Each passage's text with its quotes' words blanked, by paragraph: what the narrative says.
    narrative: dict[int, str] = field(default_factory=dict)
    # Words the article writes in lower case somewhere: common words, whatever opens a sentence.
    lowered: set[str] = field(default_factory=set)

    def sentence_of(self, m: Mention) -> tuple[int, int]:
        """(paragraph, sentence) of mention `m`."""
        return m.paragraph, bisect.bisect_right(self.sentence_starts.get(m.paragraph, []), m.start)

    def read(self, words: list[str]) -> None:
        """Note the full name a run of capitalised words ends in, if it is one."""
        tail: list[str] = []
        generation = words[-1:] if words[-1:] and words[-1] in lx.EN_GENERATIONS else []
        words = words[: len(words) - len(generation)]
        for i, w in enumerate(reversed(words)):
            # (A possessive before the name is whose it is: "Uzbekistan's Timur Rakhimov".)
            if i and re.search(r"[’']s$", w):
                break
            w = re.sub(r"[’']s$", "", w)
            if not namelike(w):
                break
            tail.insert(0, w)
        if 2 <= len(tail) <= 3:
            self.full_names.setdefault(tail[-1], set()).add(" ".join(tail + generation))

    def people(self, token: str) -> list[Entity]:
        """The known people one word names: by surname first, else by any part."""
        people = [e for e in reversed(self.entities) if e.kind == "person"]
        by_surname = [p for p in people if token in (p.name, surname(p.name))]
        # (or by a nickname the name was written with: Nan, of Ann “Nan” Doe)
        return by_surname or [p for p in people if token in p.name.split() or token in p.nicknames]

    def person(self, token: str, paragraph: int | None = None) -> Entity | None:
        """The one known person a word names; two people who share a surname: nobody, unless
        all but one were introduced as another's relative and last named two paragraphs or
        more before `paragraph` ("her son, Erik Solberg" in passing: a bare "Solberg" later is
        still the one the story is about; right after, it may be either), or only one of them
        is named in `paragraph` so far other than in passing."""
        people = self.people(token)
        named_in_full = len(self.full_names.get(token, ()))
        shared = named_in_full > 1
        if paragraph is not None and len(people) > 1:
            # ("Doe said" before her husband, Al Doe, is named: the one named so far)
            first: dict[int, int] = {}
            for m in self.mentions:
                first.setdefault(id(m.entity), m.paragraph)
            so_far = [p for p in people if first.get(id(p), paragraph + 1) <= paragraph]
            if len(so_far) == 1:
                return so_far[0]
        if paragraph is not None and 1 < len(people) == named_in_full:
            last = {id(m.entity): m.paragraph for m in self.mentions}
            kin = [
                p
                for p in people
                if any(_relative_of(p, q) for q in people if q is not p)
                and last.get(id(p), paragraph) < paragraph - 1
            ]
            if kin:
                people = [p for p in people if p not in kin]
                shared = False
        if paragraph is not None and len(people) > 1:
            # "Ann's mother, Jo Doe, said …. “…,” Doe said.": of the two, the one
            # this paragraph has named so far other than in passing (a possessive).
            here = {
                id(m.entity): m.entity
                for m in self.mentions
                if m.paragraph == paragraph and not m.minor and any(m.entity is p for p in people)
            }
            if len(here) == 1:
                return next(iter(here.values()))
        return people[0] if len(people) == 1 and not shared else None

    def organisation(self, words: list[str], full: bool) -> Entity | None:
        """The known organisation `words` name: in full, or shortened (a company goes by its first
        word, Vellum for Vellum Pictures; a public body only when that word speaks on its own,
        "Helix said" for the Helix Esports League: "National" is no short name), or lengthened
        when `full` (Acme Games Co. after Acme Games becomes the name)."""
        for e in self.entities:
            known = e.name.split()
            short = len(words) == 1 and known != words
            if e.kind == "person" or (
                short and e.kind != "company" and words[0] not in self.speaking
            ):
                continue
            if e.implied and known != words:
                continue
            if known[: len(words)] == words:
                return e
            if full and words[: len(known)] == known:
                e.add_form(e.name)
                e.name = " ".join(words)
                return e
        return None

    def named(self, name: list[str]) -> Entity | None:
        """The known person a full name names; a full name seen after a bare surname replaces it."""
        for e in self.entities:
            if e.kind == "person" and e.name == " ".join(name):
                return e
        if name[-1] in lx.EN_GENERATIONS:
            # Doe Sr. after Ken Doe Sr. (and Ken Doe Jr.): the one of that generation
            known_as = [e for e in self.entities if _ends_as(e, name)]
            return known_as[0] if len(known_as) == 1 else None
        known = self.person(name[-1])
        if known is not None and " " not in known.name:
            known.add_form(known.name)
            known.name = " ".join(name)
            return known
        return None

    def person_named(self, name: str) -> Entity:
        """The known person the full name `name` names, or a new one."""
        return self.named(name.split()) or self.add(name, "person")

    def body(self, name: str, kind: str) -> Entity:
        """The known organisation `name` names, or a new one of `kind`."""
        return self.organisation(name.split(), full=False) or self.add(name, kind)

    def add(self, name: str, kind: str) -> Entity:
        """A new entity; its forms a user may type: the surname, or the company without Co."""
        entity = Entity(name, kind)
        entity.add_form(surname(name) if kind == "person" else re.sub(r" \S+\.$", "", name))
        self.entities.append(entity)
        return entity

    def entities_before(self, paragraph: int, pos: int, kinds: frozenset[str]) -> list[Entity]:
        """The entities of `kinds` named before ¶paragraph:pos, each once, the one named last
        at the end."""
        last: dict[int, Entity] = {}
        for m in self.mentions:
            if (m.paragraph, m.start) < (paragraph, pos) and m.entity.kind in kinds:
                last.pop(id(m.entity), None)
                last[id(m.entity)] = m.entity  # ordered by each one's last mention
        return list(last.values())

    def before(
        self, paragraph: int, pos: int, kinds: frozenset[str], sex: str | None = None
    ) -> Entity | None:
        """The last entity of `kinds` named before ¶paragraph:pos (a person: not in passing).
        For a pronoun (`sex` given), when that person is known to be of the other sex or someone
        else who may be "he" or "she" was named since that paragraph began: the one subject of
        the sentence that named the last one who may be, else nobody."""
        earlier = [
            m
            for m in self.mentions
            if (m.paragraph, m.start) < (paragraph, pos)
            and m.entity.kind in kinds
            # A person named in passing (an appositive) or after a preposition ("founded it
            # with Joel Doe") is never who "he" points back at; nor is a body named after a
            # preposition ("an analyst at Sora Securities", "Lisa Park of Beta Capital") who
            # "the company" is.
            and not (m.minor and m.entity.kind == "person")
            and not (m.oblique and (m.entity.kind != "person" or sex))
        ]
        if not earlier and not sex:
            # A body named only after prepositions ("drivers at Severnside Buses") is who "the
            # company" is when it is the one body of its kind named so far.
            obliques = {
                id(m.entity): m
                for m in self.mentions
                if (m.paragraph, m.start) < (paragraph, pos)
                and m.entity.kind in kinds
                and m.entity.kind != "person"
            }
            earlier = list(obliques.values()) if len(obliques) == 1 else []
        if not earlier:
            return None
        object_pronoun = _OBJECT_PRONOUN_RE.get(sex or "")
        narrative = self.narrative.get(earlier[-1].paragraph, "")
        if object_pronoun and object_pronoun.match(narrative, earlier[-1].end):
            # "Doe pressed her on …. “…,” she said": "she" is not Doe but the one
            # named before that sentence.
            return self.before(earlier[-1].paragraph, earlier[-1].start, kinds, sex)
        last = earlier[-1].entity
        since = [m for m in earlier if m.paragraph >= earlier[-1].paragraph and not m.oblique]
        rivals = {m.entity.name for m in since if m.entity.sex in (None, sex)} - {last.name}
        if sex and ((last.sex and last.sex != sex) or rivals):
            # "Ruth Doe accused Minister Dan Roe of …. “…,” she said" (the last one named was the
            # object), "Ann Doe said the group would hold Roe to his promise. ¶ “…,” she said"
            # (the last one is a man): the one subject of the sentence that named the last one
            # who may be "she", else nobody.
            sentence = self.sentence_of(earlier[-1])
            if (said := self._pronoun_said(sentence, sex)) is not None:
                # "Sen. Al Doe said …. He said Ann Roe had phoned him. “…,” he said": the last
                # one named is inside what "he" said; "he" is whoever that "He" was.
                return self.before(sentence[0], said, kinds, sex)
            acting = [
                m
                for m in since
                if m.acts and m.entity.sex in (None, sex) and self.sentence_of(m) == sentence
            ]
            subjects = {m.entity.name: m.entity for m in acting}
            if len(subjects) > 1:
                # ("Haskett said he and Price had agreed …", "Kowal told jurors that Doe had
                # …": the first, when its verb is saying; the others are subjects inside what
                # was said)
                first = min(acting, key=lambda m: m.start)
                narrative = self.narrative.get(first.paragraph, "")
                if _SAID_AFTER_RE.match(narrative, first.end) is not None:
                    return first.entity
                # ("Ann Doe and Al Roe have spent months on it, Doe said": the one saying, when
                # the first is not; the others are subjects inside what was said)
                saying = {
                    id(m.entity): m.entity
                    for m in acting
                    if _SAID_AFTER_RE.match(self.narrative.get(m.paragraph, ""), m.end)
                }
                if len(saying) == 1:
                    return next(iter(saying.values()))
            opens = (
                pos
                < (self.sentence_starts.get(paragraph) or [len(self.narrative.get(paragraph, ""))])[
                    0
                ]
            )
            if not subjects and last.sex and last.sex != sex and opens:
                # "Dr. Ann Doe said …. ¶ Rep. Al Roe said he would …. ¶ “…,” she said": in a
                # paragraph's first sentence, past someone known to be of the other sex, the last
                # subject of this one's in the two paragraphs before, when everyone named since
                # is of the other sex (not after a sentence of its own, which may be about
                # someone the copy names in passing)
                same = [
                    k
                    for k, m in enumerate(earlier)
                    if m.acts and m.entity.sex == sex and m.paragraph >= paragraph - 2
                ]
                later = earlier[same[-1] + 1 :] if same else []
                if same and all(m.entity.sex not in (None, sex) for m in later):
                    return earlier[same[-1]].entity
            return next(iter(subjects.values())) if len(subjects) == 1 else None
        return last

    def _pronoun_said(self, sentence: tuple[int, int], sex: str) -> int | None:
        """Where the sentence (paragraph, index) opens with "he" or "she" (of `sex`) saying or
        doing something ("He said …", "He credited X with …": those it names are inside what that
        "he" said or did), else None."""
        paragraph, k = sentence
        start = ([0, *self.sentence_starts.get(paragraph, [])])[k]
        said = _PRONOUN_SAID_RE.match(self.narrative.get(paragraph, ""), start)
        if said is None or PRONOUN_SEX[said["pronoun"].lower()] != sex:
            return None
        return said.start("pronoun")

    def salient(self, paragraph: int, pos: int, kinds: frozenset[str]) -> Entity | None:
        """Who "the company" is at ¶paragraph:pos: the body of `kinds` named last in the same
        paragraph ("The NTSB said …, the agency said"); else the last one named as the subject
        of a verb: copy calls the company it is about "the company", not a firm it hired in
        passing ("… hired cybersecurity firm Halden Labs to investigate")."""
        earlier = [
            m
            for m in self.mentions
            if (m.paragraph, m.start) < (paragraph, pos)
            and m.entity.kind in kinds
            and m.entity.kind != "person"
            and not m.oblique
        ]
        # (in the same paragraph, even after a preposition: "Workers at Calder Glassworks'
        # plant voted to strike. The company, in turn, called …")
        here = [
            m
            for m in self.mentions
            if m.paragraph == paragraph
            and m.start < pos
            and m.entity.kind in kinds
            and m.entity.kind != "person"
        ]
        acting = [m for m in earlier if m.acts]
        if here:
            return here[-1].entity
        if acting:
            return acting[-1].entity
        return self.before(paragraph, pos, kinds)


def nickname_spans(text: str) -> list[tuple[int, int]]:
    """The quoted nicknames inside names, marks included: Keith “The Hammer” Rowley (one to
    three capitalised words between two name words)."""
    found = []
    for a, b in quote_spans(text):
        words = text[a:b].split()
        before = re.search(rf"(?:^|\s)({CAP}[\w’'-]+)\s$", text[max(0, a - 40) : a - 1])
        after = re.match(rf"\s({CAP}[\w’'-]+)", text[b + 1 :])
        if (
            1 <= len(words) <= 3
            and all(w[:1].isupper() for w in words)
            and not re.search(r"[,.;:!?]$", text[a:b])
            and before is not None
            and after is not None
            and namelike(before[1])
            and namelike(after[1])
        ):
            found.append((a - 1, b + 1))
    return found


def build_cast(article: Article) -> Cast:
    """People and organisations the passages name outside quote marks, in order (a nickname
    inside a name read as blank: Keith “The Hammer” Rowley is Keith Rowley)."""
    cast = Cast()
    persons = _person_words(article)
    lowered = {w for b in article.passages for w in re.findall(r"\b[a-z]+\b", b.text)}
    cast.lowered = lowered
    cast.alone = _alone_words(article)
    cast.speaking = _speaking_words(article)
    cast.referred = {
        m[1].lower()
        for block in article.passages
        for m in re.finditer(r"\b[Tt]he\s+([A-Z][a-z]+)\b(?![\w’'-]*\s+[A-Z])", block.text)
    }
    for block in article.passages:
        text = block.text
        cast.sentence_starts[block.number] = [s.start for s in split_sentences(text)][1:]
        nicknames = nickname_spans(text)
        text = blanked(text, nicknames, " ")
        inside = quote_spans(text)
        cast.narrative[block.number] = blanked(text, inside)
        minor_zones: list[tuple[int, int]] = []
        for run_start, run_end in _runs(text):
            if any(a - 1 <= run_start < b + 1 for a, b in inside):
                continue  # the speaker's own words, or a title
            cast.read(text[run_start:run_end].split())
            if nation := _nation_body(cast, text, run_start):  # ends after its common nouns
                found: tuple[Entity, int, tuple[int, int] | None] | None = (
                    nation[0],
                    run_start,
                    None,
                )
                run_end = nation[1]
            else:
                found = _entity(cast, block.number, text, run_start, run_end, persons)
            if found is None:
                continue
            entity, start, appositive = found
            if entity.kind != "person":
                # What the copy calls the body: "Acme SA, a gold refiner in …", "campaign group
                # Acme Watch" (whom "the refiner" or "the group" later means).
                said_to_be = _BODY_APPOSITIVE_RE.match(
                    text, run_end
                ) or _KIND_NOUN_BEFORE_RE.search(text, max(0, start - 40), start)
                if said_to_be:
                    entity.nouns.add(said_to_be["noun"].lower())
            minor = any(a <= start < b for a, b in minor_zones)
            # "a lawyer representing the union and its chairman, Gordon Pike, said": a name
            # in apposition to a role inside someone else's appositive
            minor = minor or bool(_COORDINATED_ROLE_RE.search(text, max(0, start - 60), start))
            minor_zones += [appositive] if appositive else []
            # A role before the name may name a body (Halden Capital partner Ana Ruiz):
            # that body was named in passing.
            cast.mentions = [
                replace(m, minor=True) if m.paragraph == block.number and m.start >= start else m
                for m in cast.mentions
            ]
            # "Smith's attorney", "the University of Leeds’ Jane Doe"
            possessive = text[:run_end].endswith(("’s", "'s")) or re.match(
                r"[’'](?=\s)", text[run_end:]
            )
            minor = minor or bool(possessive)
            oblique = bool(_OBLIQUE_RE.search(text, max(0, start - 40), start))
            # (Not a role's own "of" phrase: "Chair of judges Professor X", "head of research
            # Jane Doe" are X's title; "a lawyer for defendant Ann Lee" is someone else's.)
            titled = _ROLE_OF_GROUP_RE.search(text, max(0, start - 60), start)
            # (Nor a passive's agent: "founded in 1998 by retired teacher X" did the founding,
            # and a "he" after may be X.)
            agent = _AGENT_RE.search(text, max(0, start - 60), start)
            oblique = oblique and not titled and not agent
            # (or the verb before it, inverted: "…, said its lawyer, Ann Doe.")
            inverted = entity.kind == "person" and _SAID_INVERTED_RE.search(text, 0, start)
            acts = bool(_ACTS_RE.match(text, run_end) or inverted)
            partner = _partner(cast, text, start) if entity.kind == "person" else None
            if partner and len(entity.name.split()) == 2:
                # "Ann and Tom Doe": two people, both the subject ("the couple")
                first, at = partner
                cast.mentions.append(
                    Mention(
                        block.number,
                        at,
                        at + len(first),
                        cast.person_named(f"{first} {surname(entity.name)}"),
                        minor,
                        oblique,
                        acts,
                    )
                )
            cast.mentions.append(
                Mention(block.number, start, run_end, entity, minor, oblique, acts)
            )
            if entity.kind == "person":
                entity.nicknames |= {
                    block.text[a + 1 : b - 1] for a, b in nicknames if start < a and b <= run_end
                }
        for said in _PLAIN_BODY_SAID_RE.finditer(text):
            # "the agriculture ministry said": a body named in lower case that speaks, which a
            # later "the ministry" points back at (not "a spokesperson for the port authority
            # said": there the spokesperson speaks).
            if not any(a <= said.start() < b for a, b in inside):
                name = f"{said['words']}{said['noun']}"
                start, end = said.start("words"), said.end("noun")
                words = name.lower().split()
                named = [
                    e
                    for e in cast.entities
                    if e.kind != "person" and all(w in e.name.lower() for w in words)
                ]  # (the Ministry of Agriculture named before is "the agriculture ministry")
                entity = named[-1] if named else cast.body(name, "public")
                cast.mentions.append(Mention(block.number, start, end, entity, False, acts=True))
        for said in _ROLE_OFFICE_SAID_RE.finditer(text):
            if not any(a <= said.start() < b for a, b in inside):
                part = "office" if said["office"] else "holder"
                start, end = said.start(part), said.end(part)
                office = cast.body(text[start:end].replace("’", "'"), "public")
                cast.mentions.append(Mention(block.number, start, end, office, False, acts=True))
        for said in _PLACE_BODY_SAID_RE.finditer(text):
            # "Bergen police said": the place's body speaks (not "Local police said", a common
            # word capitalised at a sentence's start: the article writes it in lower case too).
            first = said["place"].split()[0]
            if any(a <= said.start() < b for a, b in inside) or first.lower() in lowered:
                continue
            start, end = said.start("place"), said.end("noun")
            entity = cast.body(text[start:end], "public")
            cast.mentions.append(Mention(block.number, start, end, entity, False, acts=True))
        for governed in _PLACE_GOVERNMENT_RE.finditer(text):
            start, end = governed.start("place"), governed.end()
            if any(a <= start < b for a, b in inside) or governed["place"].lower() in lowered:
                continue  # (not "The Regional government …", a sentence's capital)
            if not any(m.paragraph == block.number and m.start == start for m in cast.mentions):
                entity = cast.body(text[start:end], "public")
                cast.mentions.append(Mention(block.number, start, end, entity, False))
        for called in _GROUP_CALLED_RE.finditer(block.text):
            # A residents' group called “Keep Ashgrove Moving”: the name in quote marks is that
            # group's (no one's words), which "the group" later points back at.
            group = cast.body(called["name"], "public")
            cast.mentions.append(
                Mention(block.number, called.start("name"), called.end("name"), group, False)
            )
    cast.mentions.sort(key=lambda m: (m.paragraph, m.start))
    for block in article.passages:
        for said in _THEY_PRONOUNS_RE.finditer(cast.narrative.get(block.number, "")):
            # "Sam Doe, who uses they/them pronouns": the person named last before it, in its
            # sentence, is "they" (THEY); a "they" names no one else.
            goes_by = [
                m
                for m in cast.mentions
                if m.paragraph == block.number
                and m.end <= said.start()
                and m.entity.kind == "person"
                and not re.search(r"[.!?]\s", cast.narrative[block.number][m.end : said.start()])
            ]
            if goes_by:
                goes_by[-1].entity.sex = THEY
    return cast


# A group, campaign or body named in quote marks right after what it is: "a group called “…”",
# "a coalition known as “…”", "the campaign, “…”,".
_GROUP_NOUNS = (
    r"(?:group|campaign|coalition|alliance|association|network|committee|movement|"
    r"organi[sz]ation|union|society)"
)
_GROUP_CALLED_RE = re.compile(
    rf"\b{_GROUP_NOUNS}(?:\s+(?:called|named|known\s+as)|,)\s+[“\"]"
    r"(?P<name>[A-Z][^“”\"]{1,60}?)[,.]?[”\"]"
)
# The words before such a name, for the span itself: "a group called", "a residents' group,".
GROUP_NAMED_BEFORE_RE = re.compile(rf"\b{_GROUP_NOUNS}(?:\s+(?:called|named|known\s+as)|,)\s*$")


# A given name and "and" right before a full name: "Ann and Tom Doe".
_GIVEN_AND_RE = re.compile(rf"(?<![\w’'.-])(?P<first>{CAP}[a-z][\w-]*)\s+and\s+$")
# Capitalised words no one is named by alone: titles, bodies, places, kinds of thing.
_NOT_GIVEN = frozenset(
    {
        *lx.EN_NOT_NAMES,
        *lx.EN_TITLES,
        *lx.EN_PUBLIC_BODY_WORDS,
        *lx.EN_COMPANY_WORDS,
        *lx.EN_PLACE_WORDS,
    }
)


def _partner(cast: Cast, text: str, start: int) -> tuple[str, int] | None:
    """The given name, and where it stands, of someone named just before a two-word full name
    at `start` with "and", who shares its surname ("Ann and Tom Doe", "Ivo and Mia
    Roe": a couple, siblings), when the article uses that word alone elsewhere as it would a
    person's given name ("Ann was less sure") and it names no one known already."""
    given = _GIVEN_AND_RE.search(text, max(0, start - 30), start)
    if given is None:
        return None
    first = given["first"]
    before = re.search(rf"({CAP}[\w’'.-]*)\s+$", text[: given.start()])
    if before and before[1].lower() not in lx.EN_KIN_PLURALS:
        return None  # the end of a name: "Ann Doe and Li Roe"
    if first in _NOT_GIVEN or first.lower() in cast.lowered or cast.people(first):
        return None
    return (first, given.start("first")) if first in cast.alone else None


# "and" and a capitalised word after a word: the first of two names joined ("Ann and Tom Doe").
_PAIRED_NEXT_RE = re.compile(rf"\s+and\s+{CAP}")


def _alone_words(article: Article) -> set[str]:
    """Capitalised words the passages' narrative uses alone, as a given name or a surname is
    used after the full name (not the first of "Ann and Tom Doe")."""
    words = set()
    for block in article.passages:
        text = blanked(block.text, quote_spans(block.text))
        for run in _RUN_RE.finditer(text):
            if " " not in run.group() and not _PAIRED_NEXT_RE.match(text, run.end()):
                words.add(run.group())
    return words


def _relative_of(p: Entity, q: Entity) -> bool:
    """Whether `p` was introduced as `q`'s relative: "Doe’s wife", "Ann Doe's son"."""
    owner = re.match(r"(.+?)[’']s\s", p.role or "")
    return owner is not None and owner[1] in (q.name, *q.forms) and bool(p.nouns & lx.EN_KIN_NOUNS)


def _person_noun(word: str) -> bool:
    """Whether a lower-case noun is a role or a kind of person (nurse, welder, beekeeper)."""
    return (
        word in lx.EN_ROLE_NOUNS
        or word in lx.EN_PERSON_NOUNS
        or _PERSON_SUFFIX_RE.fullmatch(word) is not None
    )


def _person_words(article: Article) -> set[str]:
    """Single capitalised words the article gives an age or addresses as Mr or Ms."""
    words = set()
    for block in article.passages:
        text = blanked(block.text, quote_spans(block.text))
        words |= {m["w1"] or m["w2"] for m in _PERSON_WORD_RE.finditer(text)}
        # "Chepkoech, who led for much of the race, said": "who" is for people.
        words |= {m[1] for m in _WHO_WORD_RE.finditer(text)}
        # (and a full name anywhere: "in memory of Ivo Lind, who died last week")
        # (not a place's name: "a doctor living in County Kildare, who asked …" is the doctor)
        words |= {
            m[1]
            for m in _NAME_WHO_RE.finditer(text)
            if not {m[0].split()[0], m[1]} & (lx.EN_PLACE_WORDS | lx.EN_PLACE_HEADS)
            and not re.search(r"\b(?:in|at|near|from|outside|across)\s+$", text[: m.start()])
        }
        # ("a 30-year-old welder named Ines Kaur", "a nurse named Ana Ruiz")
        for named in _NOUN_NAMED_RE.finditer(text):
            aged = re.search(r"-year-old\s+$", text[: named.start("noun")]) is not None
            if aged or _person_noun(named["noun"]):
                words.add(named["w"])
        words |= {m["w"] for m in _AGED_NAME_RE.finditer(text)}
        words |= {m[1] for m in _OF_GROUP_WORD_RE.finditer(text)}
        words |= {m["w"] for m in _IDENTIFIED_AS_RE.finditer(text) if _person_noun(m["noun"])}
    return {w for w in words if namelike(w)}


def _speaking_words(article: Article) -> set[str]:
    """Single capitalised words that speak right after a quote ("“…,” Okonkwo said") or open a
    sentence saying something ("Beridze said the team …")."""
    found = {
        str(m["w"] or m.groupdict().get("w2"))
        for b in article.passages
        for pattern in (_QUOTED_WORD_RE, _OPENS_SAYING_RE)
        for m in pattern.finditer(b.text)
    }
    return {w for w in found if namelike(w)}


def _runs(text: str) -> list[tuple[int, int]]:
    """Runs of capitalised words; "Mark Lin of Delta Bank" is two (a person of a body)."""
    out = []
    for run in _RUN_RE.finditer(text):
        of = re.search(r"\s+of\s+", run.group())
        left = run.group()[: of.start()].split() if of else []
        titled = len(left) >= 3 and _ends_in_title(left[:-2]) and all(map(namelike, left[-2:]))
        # A person's name before "of" has two words or more: "The Port of Rotterdam Authority"
        # is one body.
        named = len([w for w in left if w not in _SKIP]) >= 2
        right = run.group()[of.end() :].split() if of else []
        # (A body after "of" need not say it is one: "auctioneer Chris Doe of Harbourline
        # Property".)
        body_after = org_kind(right) or (
            len(right) >= 2 and all(namelike(w) or w in CONNECTORS for w in right)
        )
        # A person's name, then one word after "of": where the person is from ("Elena Moraru
        # of Romania", "Ann Lee of Leeds"), read apart like a body after "of".
        from_place = len(right) == 1 and namelike(right[0]) and all(map(namelike, left))
        if of and len(left) == 1 and left[0].lower() in lx.EN_MEMBERSHIP_NOUNS:
            # "Members of the Grain Growers' Council": the body, not its members' noun
            after_of = run.start() + of.end()
            the = re.match(r"[Tt]he\s+", text[after_of : run.end()])
            out.append((after_of + (the.end() if the else 0), run.end()))
        elif of and (titled or (named and not org_kind(left) and (body_after or from_place))):
            # "Mark Lin of Delta Bank", "President Ana Ruiz of Coastline Ferries"
            out += [(run.start(), run.start() + of.start()), (run.start() + of.end(), run.end())]
        else:
            out.append(run.span())
    return _bodies_for(text, out)


# Between a public body's word and the rest of its name: "Agency for Medical Research and
# Development", "Centers for Disease Control and Prevention", "Office for Students".
_FOR_GAP_RE = re.compile(r"\s+for\s+(?:the\s+)?")
_AND_GAP_RE = re.compile(r"\s+(?:and|of)\s+(?:the\s+)?")  # … and Prevention; … of New York


_NATION_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")  # U.S., U.K., EU, UAE


def _bodies_for(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`runs` with a public body's name joined to the "for …" (then "… and …", "… of …") that
    completes it, when the words after it are capitalised and name no person: one body, not
    "Japan Agency" and a stray "Medical Research"."""
    out: list[tuple[int, int]] = []
    joined_for = False  # the last run took a "for …" part
    for start, end in runs:
        if out:
            a, b = out[-1]
            gap = text[b:start]
            words = text[start:end].split()
            plain = all(not _ends_in_title([w]) for w in words) and len(words) <= 4
            first = text[a:b].split()
            # (not a name after its own role: "defense attorney Jo Doe and Assistant State's
            # Attorney Al Roe" are two people)
            roled = re.search(rf"\b(?:{ROLE})\s+$", text[max(0, a - 40) : a]) is not None
            if (
                gap == " and "
                and len(first) <= 2
                and not roled
                and _portfolio_title_name(first, words)
            ):
                # "Energy and Mines Minister Raul Quispe": the portfolio is both words, and
                # "Energy" is no body of its own.
                out[-1], joined_for = (a, end), False
                continue
            if gap == ", " and len(first) == 1 and "&" in words[1:-1] and namelike(first[0]):
                # "Halloran, Pike & Mercer Holdings plc", "Morrow, Fitch & Daly": the partners
                # a firm is named for, listed up to the ampersand
                out[-1], joined_for = (a, end), False
                continue
            # (past "The" and a nation's initials or adjective: "The U.S. Food and Drug
            # Administration", "the Australian Competition and Consumer Commission")
            core = first[1:] if first[:1] == ["The"] else first
            national = core[:1] and (
                _NATION_INITIALS_RE.fullmatch(core[0]) or core[0] in lx.EN_DEMONYMS
            )
            core = core[1:] if len(core) > 1 and national else core
            # (or the word after one saying how far it reaches: "International Ski and
            # Snowboard Federation")
            core = core[1:] if len(core) == 2 and core[0] in lx.EN_SCOPE_WORDS else core
            if (
                gap == " and "
                and (len(core) == 1 or _named_for_things(core, words))
                and not re.search(r"[’']s?$", core[-1])
                and core[0] not in lx.EN_NOT_NAMES
                and _body_after_and(words)
                and not any(_ends_in_title([w]) for w in (*core, *words))
            ):
                # "the Finance and Audit Committee", "the Licensing and Public Safety Committee":
                # a body named for two things (not "Acme and the Competition Bureau": a body of
                # its own before "and"); "Southmere Water and Sewerage Company Ltd", "Meridian
                # Space and Research Agency": the things' words are the language's own.
                out[-1], joined_for = (a, end), False
                continue
            if (
                _FOR_GAP_RE.fullmatch(gap)
                and _ends_in_title(first)
                and len(words) >= 3
                and all(map(namelike, words[-2:]))
                and not any(_ends_in_title([w]) for w in words)
                and org_kind(words) is None
            ):
                # "State Secretary for Sport Ana Novak", "Minister for Foreign Affairs Ana
                # Novak": one title with its portfolio, then the name (_portfolio_title).
                out[-1], joined_for = (a, end), False
                continue
            # (its last word the body's: "Japan Agency for …", not "Office of Fair Trading for
            # the Counties of …", whose name is complete before "for")
            body = org_kind(text[a:b].split()[-1:]) == "public"
            if body and plain and _FOR_GAP_RE.fullmatch(gap):
                out[-1], joined_for = (a, end), True
                continue
            if joined_for and plain and _AND_GAP_RE.fullmatch(gap):
                out[-1] = (a, end)
                continue
            # "Department of Agriculture and Land Stewardship", "Department for Environment, Food
            # and Rural Affairs": a public body's "of"/"for" name goes on through "and" (and
            # the commas of a list that "and" ends).
            named_of = re.search(r"\s(?:of|for)\s", text[a:b]) is not None and any(
                org_kind([w]) == "public" for w in text[a:b].split()
            )
            listed = gap == ", " and re.match(rf"\s+and\s+{CAP}", text[end:]) is not None
            # (Not a person given a role or an age after the name: "officials from the Ministry
            # of Health and Dana Cole, a nurse, said".)
            described = re.match(r",\s+(?:an?|the|\d)", text[end:]) is not None
            if (
                named_of
                and plain
                and not described
                and len(words) <= 3
                and (gap == " and " or listed)
            ):
                out[-1] = (a, end)
                joined_for = gap == ", "
                continue
        out.append((start, end))
        joined_for = False
    return out


def _body_after_and(words: list[str]) -> bool:
    """Whether `words`, after "and", end a body's name: two to four words closed by a body's
    word (Audit Committee, Land Ltd), or by one and what it is of (Products Safety Agency of
    Brenland)."""
    heads = [i for i, w in enumerate(words) if org_kind([w])]
    if not heads or heads[-1] + 1 > 4:
        return False
    rest = words[heads[-1] + 1 :]
    if rest and not (rest[0] in ("of", "for") and 2 <= len(rest) <= 3):
        return False
    return len(words) >= 2 or org_kind(words) == "public"


def _named_for_things(before: list[str], after: list[str]) -> bool:
    """Whether a body's name of two or three words before "and" and the words after it name
    things, not people or another body's own name: the first word after "and" and one before it
    are common words of the language (Water, Sewerage; Space, Research), which a person's name
    or a brand name is not."""
    if not 2 <= len(before) <= 3 or not after:
        return False
    return _common_word(after[0]) and any(map(_common_word, before))


def _common_word(word: str) -> bool:
    """Whether capitalised `word` is a common word of English (the dictionary's entries, its
    singular too): Water, Homes, Research; not Southmere, Tom."""
    words = bilingual.lexicon()
    if words is None:
        return False
    lower = word.lower()
    forms = (lower, lower.removesuffix("s"), lower.removesuffix("es"))
    return any(w in words.japanese_of for w in forms)


def _portfolio_title_name(before: list[str], words: list[str]) -> bool:
    """Whether `words` are a portfolio's last word, a title and a name ("Mines Minister Raul
    Quispe", "Industry Secretary Ann Lee") that `before` ("Energy", "Trade") shares the title
    with: capitalised words, none a title or a name the text could mean alone."""
    if not before or any(_ends_in_title([w]) or not w[:1].isupper() for w in before):
        return False
    for n in (2, 3):
        prefix, name = words[:-n], words[-n:]
        if len(prefix) >= 2 and _ends_in_title(prefix) and not _ends_in_title(prefix[:1]):
            return all(map(namelike, name))
    return False


def _entity(
    cast: Cast, paragraph: int, text: str, run_start: int, run_end: int, persons: set[str]
) -> tuple[Entity, int, tuple[int, int] | None] | None:
    """The entity a capitalised run names, where its mention starts, and its appositive span."""
    words = text[run_start:run_end].split()
    while words and (words[0] in _SKIP or words[-1] in _SKIP | lx.EN_POSTNOMINALS):
        if words[0] not in _SKIP and _generation_of(cast, words):
            break  # Ken Doe Jr., or Doe Sr. when a Ken Doe Sr. is known: which of the two
        words.pop(0 if words[0] in _SKIP else -1)  # The, According to, Tuesday, KC
    if len(words) >= 2 and words[0].lower() in lx.EN_KIN_PLURALS:
        words.pop(0)  # "Twins Ada and Lou Doe": what they are, before the names
    elif (
        len(words) == 3
        and words[0].lower() in cast.lowered
        and _person_noun(words[0].lower())
        and person_name(words[1:])
    ):
        words.pop(0)  # "Librarian Jo Doe said", opening a sentence: what she is, then her name
    if words and words[-1] in ("Jr", "Sr") and text[run_end : run_end + 1] == ".":
        words[-1] += "."  # (as the copy writes it: Ken Doe Jr.)
    while (
        len(words) > 2
        and re.search(r"-[a-z]", words[0])
        and not re.fullmatch(_BASED, words[0])  # (Sydney-based Linden Hale Lawyers)
        and person_name(words[1:])
        and org_kind(words[1:]) is None
    ):
        # "Twelve-year-old Anjali Desai", "Runner-up Imogen Tully": a word whose part after a
        # hyphen is in lower case describes the person (a name's parts are capitalised)
        words.pop(0)
    from_where = None  # where someone is from, before their name: "Kenya's"
    if len(words) >= 3 and re.search(r"[’']s$", words[0]) and all(map(namelike, words[1:])):
        from_where, words = words[0], words[1:]  # "Kenya's Faith Chepkoech": then the name
    owner = next(
        (
            k
            for k in range(1, len(words) - 2)
            if re.search(r"[’']s$", words[k]) and org_kind([re.sub(r"[’']s$", "", words[k])])
        ),
        None,
    )
    if owner is not None and person_name(words[owner + 1 :]):
        # "Bergstrom Capital's Lena Holt said": the body someone works for, named in passing,
        # then the person
        employer = [*words[:owner], re.sub(r"[’']s$", "", words[owner])]
        _organisation(cast, employer, (paragraph, text.index(words[0], run_start)))
        words = words[owner + 1 :]
    described_as = None
    if (
        len(words) == 3
        and words[0].lower() in cast.referred
        and not _ends_in_title(words[:1])  # (a title stays one: Treasurer X, "the treasurer")
        and all(map(namelike, words[1:]))
    ):
        # "American Cody Doe …. “…,” the American said": what the person is, then the name
        described_as, words = words[0].lower(), words[1:]
    elif (
        len(words) >= 3
        and (words[0] in lx.EN_DEMONYMS or words[0] in lx.EN_PARTY_MEMBERS)
        and all(map(namelike, words[1:]))
    ):
        # "Italian Matteo Ferrante": the nationality, then the name (not "Italian Football
        # Federation": a body's word is no name's)
        words = words[1:]
    if not words:
        return None
    start = text.index(words[0], run_start)
    words[-1] = re.sub(r"[’']s$", "", words[-1])
    if len(words) == 2 and words[-1] in lx.EN_GENERATIONS:
        # "Doe Sr. said": the one named before in full with that generation
        generation = cast.named(words)
        return (generation, start, None) if generation is not None else None
    # After the name: where the person is from (" of Romania"), (3-1), an age (", 64," /
    # ", a 26-year-old"), an appositive role.
    place = OF_PLACE_RE.match(text, run_end) if len(words) <= 3 else None
    after = place.end() if place else run_end
    paren = _PAREN_RE.match(text, after)
    at = paren.end() if paren else after
    age = _AGE_RE.match(text, at)
    years = age["age"] if age else None
    appositive = _APPOSITIVE_RE.match(text, age.end() - 1 if age and age[0][-1] == "," else at)
    role_after = _role_of(appositive["role"], appositive["det"]) if appositive else None
    if (
        role_after
        and appositive
        and re.match(rf"\s+(?:{SAY})\b", text[appositive.end() :])
        and re.search(
            r"\b(?:in|at|near|from|of|to|for)\s+(?:the\s+)?$",
            text[max(0, run_start - 20) : run_start],
        )
    ):
        # "… farmers in the Rift Valley, a senior official at the regulator said": a phrase
        # after a place, with no comma before "said", is that verb's subject, not a role.
        appositive = role_after = None
    if role_after and _role_then_name(role_after):
        # "in Orange City, store manager Beth Kooiman said": the role is the name's after it.
        role_after = None
    if (
        role_after
        and appositive
        and not appositive["det"]
        and _VERB_FIRST_RE.match(appositive["role"])
    ):
        # "His opponent, Beth Doe, shook her head.": what she did, not what she is
        appositive = role_after = None
    if not role_after and (
        who := _WHO_ROLE_RE.match(text, appositive.start() if appositive else at)
    ):
        appositive, role_after = who, who["role"]
    span = (run_end, appositive.end()) if appositive and role_after else None
    # Title + name: Secretary of State Marco Rubio, U.S. District Judge Ann Park, Mr. Lee,
    # Mayor Anna van Dijk (particles inside the name: person_name).
    for n in (2, 3, 1, 4):
        name, prefix = words[-n:], words[:-n]
        # (A sentence's capitalised first word may be what someone is, when an age says the
        # rest is a person: "Reader Hal Doe, 80,"; not a body's name: Student Loan Services.)
        # (Or a "who" clause or a body the person is of, when it opens a sentence: "Commuter
        # Jack Doe, who travels …", "Agronomist Keith Doe of the extension service".)
        opening = re.search(r"(?:^|[.!?][”\"]?\s+)$", text[:start]) is not None
        of_whom = re.match(r"(?:,\s+who|\s+of\s+the)\s", text[run_end:]) is not None
        # (or saying something, when what follows makes the name a person's: "Resident Ana
        # Doe said she …", "… Doe said. Doe …"; not "Student Loan Services said it …")
        speaks = re.match(r"\s+(?:said|says|told)\b", text[run_end:]) is not None
        later = re.search(rf"\b(?:he|she|{re.escape(name[-1])})\b", text[run_end : run_end + 200])
        speaks = speaks and later is not None and not org_kind(name)
        noun = words[0].lower()
        described = (
            prefix == words[:1]
            and (noun in lx.EN_PERSON_NOUNS or _PERSON_SUFFIX_RE.fullmatch(noun) is not None)
            # (or an appositive saying what else they are: "Resident Sam Doe, a retired nurse,")
            and (age is not None or (opening and n == 2 and (of_whom or speaks or role_after)))
        )
        titled = bool(prefix) and (_ends_in_title(prefix) or described or _portfolio_title(prefix))
        whole = all(map(namelike, name)) or (n >= 3 and person_name(name))
        if titled and len(name) == n and whole:
            person = cast.person(name[0]) if n == 1 else cast.named(name)
            if person is None and n == 1:
                return None  # a bare "Mr. Lee" first: who he is comes later
            person = person or cast.add(" ".join(name), "person")
            if ministry := _ministry_of(prefix):  # Communications Minister Ratna Doe
                headed = cast.organisation(ministry.split(), full=False)
                if headed is None:
                    headed = cast.add(ministry, "public")
                    headed.implied = True
                cast.mentions.append(Mention(paragraph, start, start, headed, True, oblique=True))
            elif org_kind(prefix):  # Northwind Corp. Chief Financial Officer Laura Smith
                _organisation(cast, prefix, (paragraph, start))
            role = " ".join(prefix) if prefix[-1] not in lx.EN_COURTESY else None
            role = role.lower() if role and described else role  # (Commuter: a commuter)
            person.describe(" ".join(prefix), role or role_after, years, prefix[-1])
            person.describe(role_after)  # (Dr. X, the chief medical officer: "the officer")
            return person, start, span
    if len(words) == 1 and (person := _one_word(cast, words[0], text[:start], paragraph)):
        person.describe(role_after, role_after, years)
        person.add_form(words[0])
        return person, start, span
    # A name with its initials after it, "Noordzee Container Terminals (NCT)", is a body's (people
    # get no acronyms); the acronym alone, "NCT said", is that body.
    acronym = re.match(rf"\s*\((?P<a>{_ACRONYM_RE.pattern})\)", text[run_end:])
    if (
        re.fullmatch(_BASED, words[0])
        and 2 <= len(words) <= 6
        and all(namelike(w) or org_kind([w]) for w in words[1:] if w not in CONNECTORS)
    ):
        # "Singapore-based Tembusu Line", "London-listed X Minerals": what is based or listed
        # somewhere is a body, not a person (with its initials, if they follow).
        name = words[1:]
        based = cast.body(" ".join(name), org_kind(name) or "company")
        if acronym:
            based.add_form(acronym["a"])
        return based, text.index(name[0], start), None
    # (A body's words may be a translation of the name its initials spell: "the Federation of
    # Portuguese Teachers (FPP)".)
    if (
        acronym
        and len(words) >= 2
        and (_initials(words) == re.sub("[a-z]", "", acronym["a"]) or org_kind(words))
    ):
        initialled = cast.body(" ".join(words), org_kind(words) or "company")
        initialled.add_form(acronym["a"])
        return initialled, start, None
    if len(words) == 1 and _ACRONYM_RE.fullmatch(words[0]):
        bodies = [e for e in cast.entities if e.kind != "person" and words[0] in e.forms]
        # (or the one body named before whose words' initials it is: the FDA after the U.S. Food
        # and Drug Administration)
        bodies = bodies or [
            e
            for e in cast.entities
            if e.kind != "person" and words[0] in _initials_of_name(e.name.split())
        ]
        if len(bodies) == 1 or (bodies and words[0] in bodies[0].forms):
            bodies[0].add_form(words[0])
            return bodies[0], start, None
        if owned := _OWNS_BODY_RE.match(text, start + len(words[0])):
            # "The UCI's licence commission said": initials owning a body are a body's.
            kind = "company" if owned["noun"] in lx.EN_COMPANY_NOUNS else "public"
            return cast.body(words[0], kind), start, None
    if (
        len(words) == 1
        and org_kind(words) == "company"
        and re.search(r"(?:^|[.!?”\"]\s+)$", text[:start])
        and re.match(r"\s+[a-z]", text[run_end:])
    ):
        return None  # "Electronics maker Acme said": the kind of business, capitalised to open
    if (
        re.search(r"\b[Ss]hares\s+(?:in|of)\s+$", text[max(0, start - 12) : start])
        and all(namelike(w) or org_kind([w]) for w in words if w not in CONNECTORS)
        and not cast.named(words)
    ):
        return cast.body(" ".join(words), "company"), start, None  # "Shares in Acme Dairy fell"
    org = _organisation(cast, words, None)
    if org is not None:
        return org, start, None
    if (
        # (Harwell & Finch; an acronym alone: "FIDE, the sport's governing body, said")
        all(namelike(w) for w in words if w not in CONNECTORS)
        or (len(words) == 1 and _ACRONYM_RE.fullmatch(words[0]) is not None)
    ) and (
        words[0] not in lx.EN_PLACE_WORDS and words[-1] not in persons and not cast.named(words)
    ):
        # What an appositive calls a body ("FrutaSur, an association of …") or where someone's
        # role is held ("managing director of Severnside Buses") is no person.
        body = _BODY_APPOSITIVE_RE.match(text, run_end)
        held = len(words) >= 2 and _HELD_BY_RE.search(text, max(0, start - 60), start)
        if body or held:
            kind = "public" if body and body["noun"] not in lx.EN_COMPANY_NOUNS else "company"
            org = cast.body(" ".join(words), kind)
            return org, start, None
    reported = _REPORTED_BY_KIND_RE.match(text, run_end)
    if (
        reported
        and re.search(r"(?:^|[.!?”\"]\s+)$", text[:start])
        and 1 <= len(words) <= 4
        and all(namelike(w) or org_kind([w]) for w in words)
        and words[0] not in lx.EN_PLACE_WORDS
        and not cast.named(words)
        and not _ROLE_THEN_NAME_AFTER_RE.match(text, run_end)
    ):
        # "Velto Mobile will stop selling …, the company said": the sentence's subject is the
        # body its attribution calls the company.
        kind = "company" if reported["noun"] in lx.EN_COMPANY_NOUNS else "public"
        return cast.body(" ".join(words), kind), start, None
    kind_noun = _KIND_NOUN_BEFORE_RE.search(text, max(0, start - 40), start)
    if (
        kind_noun
        and 1 <= len(words) <= 4
        and all(namelike(w) for w in words if w != "&")
        and words[0] not in lx.EN_PLACE_WORDS
        and not cast.named(words)
        and age is None  # "retired miner Joaquim Teles, 73": a body has no age
    ):
        # "homeware retailer Brantwood Living", "the regulator Ofcom": what a body noun names.
        kind = "company" if kind_noun["noun"] in lx.EN_COMPANY_NOUNS else "public"
        return cast.body(" ".join(words), kind), start, None
    if (
        _WHICH_RE.match(text, run_end)
        and (2 <= len(words) <= 3 or _BASED_BEFORE_RE.search(text, max(0, start - 60), start))
        and all(map(namelike, words))
        and words[0] not in lx.EN_PLACE_WORDS
        and not cast.named(words)
    ):
        # "a statement from Kyranis Line, which said …": what "which" follows is no person.
        # (A single word before ", which" is as often a place, "Thailand, which …", unless it is
        # based somewhere: "Stockholm-based rival Rydr, which …".)
        return cast.add(" ".join(words), "company"), start, None
    last = cast.mentions[-1] if cast.mentions else None
    if (
        last is not None
        and (last.paragraph, last.entity.kind) == (paragraph, "person")
        and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[last.end : start])
        and len(words) >= 2
    ):
        # "Sara Lemos of Mondego Research said": where the person works, however it is named.
        return cast.body(" ".join(words), org_kind(words) or "company"), start, None
    if len(words) == 1 and namelike(words[0]) and ONE_NAME_RE.search(text, 0, start):
        # "a man at the centre, who gave only his first name, Tomas": someone named by one name
        return cast.person(words[0]) or cast.add(words[0], "person"), start, None
    kin = _KIN_RE.search(text, max(0, start - 120), start)
    if len(words) == 1 and kin and namelike(words[0]) and not cast.people(words[0]):
        # "His daughter Nina, 19, said": a relative named by a given name alone.
        kinsman = cast.add(words[0], "person")
        kinsman.describe(None, _kin_role(cast, paragraph, start, kin), years, sex=kin["kin"])
        kinsman.nouns.add(kin["kin"])
        return kinsman, start, span
    # ("Germany's BASF said": where the body is from, then its one word)
    lone = len(words) == 1 or (len(words) == 2 and re.search(r"[’']s$", words[0]) is not None)
    if lone and _lone_body(cast, words[-1], text, start, after):
        # ("Hadley told commissioners he believed …": someone the copy named in a way not read
        # as a name, whom "he" or "she" then follows)
        rest = re.split(r"[.!?](?:\s|$)", text[after:], maxsplit=1)[0]
        if re.match(r",\s+(?:\d{1,3},|who\s)", rest) or re.search(r"\b(?:he|she|his|her)\b", rest):
            return cast.add(words[-1], "person"), start, None
        return cast.body(words[-1], "company"), start, None
    if not person_name(words) or words[0] in lx.EN_PLACE_WORDS or words[-1] in lx.EN_PLACE_HEADS:
        return None
    window = max(0, start - 120)
    pre = _PRE_ROLE_RE.search(text, window, start)
    # (Not a place closing a clause before the verb: "who farms near Soubré in Ivory Coast, said".)
    placed = re.search(r"\b(?:in|at|near|from|outside|inside)\s+(?:the\s+)?$", text[window:start])
    said = _SAID_BEFORE_RE.search(text, window, start) or (
        not placed and (_SAID_AFTER_RE.match(text, after) or _CALLS_RE.match(text, after))
    )
    person = cast.named(words)
    if (
        person is None
        and len(words) >= 2
        and re.search(r"\b[Tt]he\s+$", text[max(0, start - 4) : start])
        and re.match(rf"\s*(?:[,.;:]|$)|\s+(?:{SAY})\b", text[run_end:])
        and not (pre or kin or age is not None)
    ):
        # "the Bundespolizei said": a name right after an article, as the whole phrase, is a
        # body's (a person's takes a role between, "the actor Jo Doe"; "the Money Talk
        # podcast" names a podcast, whatever it is)
        return cast.body(" ".join(words), org_kind(words) or "public"), start, None
    # (An appositive that is no role may say what else the name is; a "who" or "whose" clause
    # does not.)
    # (Nor a predicate: "Germany, anchored by Jo Doe, were promoted" ends the clause the name
    # was in.)
    unlike = (
        appositive
        and not role_after
        and not appositive["role"].startswith(("who ", "whose "))
        and appositive["role"].split()[0] not in lx.EN_AUXILIARIES
        # (nor what the name did: "a friend, Jo Doe, spotted the car")
        and not _PAST_FIRST_RE.match(appositive["role"])
    )
    # (by the given name too, as profiles call people: "Ella Doe …. “…,” says Ella"; not a
    # thing after an article, nor a body's first word: "a Kestrel Heavy rocket", "Kestrel said")
    given_speaks = (
        words[0] in cast.speaking
        and cast.organisation(words[:1], full=False) is None
        and re.search(r"\b(?:[Aa]n?|[Tt]he)\s+$", text[max(0, start - 5) : start]) is None
    )
    family = surname(" ".join(words))  # (Doe of Ken Doe Jr.)
    speaks = (family in cast.speaking or given_speaks) and not unlike
    # "Rina Sakamoto, who studies research ethics at Keiyo University, said": "who" is for people.
    # (Not after a preposition: "a doctor living in County Kildare, who asked …, said".)
    relative = (
        _WHO_SAID_RE.match(text, after) is not None
        or _WHO_SPOKE_RE.match(text, after) is not None
        or _WHOSE_KIN_RE.match(text, after) is not None
        or (len(words) >= 2 and _WHO_ACTS_RE.match(text, after) is not None)
    ) and not _PREPOSITION_BEFORE_RE.search(text[max(0, start - 20) : start])
    # "Priya Raman of Coral Bay Securities was …": a name said to be of a company or a body is
    # someone who works there.
    of_body = _OF_BODY_RE.match(text, run_end)
    kind_words: list[str] = of_body["kind"].split()[-1:] if of_body else []
    works = of_body is not None and (
        bool(org_kind(of_body["body"].split()))
        or any(k in BODY_NOUNS | lx.EN_GROUP_NOUNS for k in kind_words)
        or (not kind_words and _GROUP_AFTER_RE.match(text, of_body.end()) is not None)
    )  # ("Priya Desai of law firm Moorcroft Lane", "Jo Doe of the Valdara team")
    # "The head of the Baltic Ports Authority, Lars Doe, …": a name in apposition to a role.
    held_role = _ROLE_OF_BODY_BEFORE_RE.search(text, window, start)
    # "Taxi driver Raymond Doe", "His long-time rival Stuart Doe": what someone is, or someone's
    # something, right before the name.
    # (before where they are from: "His teammate, Spain's Ana Doe")
    noun_before = _PERSON_NOUN_BEFORE_RE.search(
        text, window, text.rindex(from_where, run_start, start) if from_where else start
    )
    what = noun_before is not None or (
        # ", a second-year engineering student,": an appositive saying what someone is
        appositive is not None
        and appositive.groupdict().get("det") is not None
        # (its head noun may take a phrase: "the reigning world champion in the 10,000 meters")
        and re.search(
            rf"\b(?:{_PERSONISH}|{_KIN})"
            rf"(?:\s+(?:in|of|at|for|from|on)\s(?:[^,]|{DIGIT_COMMA})*)?$",
            appositive["role"],
        )
        is not None
    )
    # "• Currency dealer Pavel Doe: “…”", a line of a list of quotes: a full name opening it
    # (after what the person is) and credited with the words after its colon.
    listed = (
        len(words) == 2
        and re.match(r"(?:,[^:;“”\"]{1,80})?:\s*[“\"]", text[run_end:]) is not None
        and re.fullmatch(rf"\s*(?:{LIST_MARK}\s*)?(?:[\w-]+\s+){{0,3}}", text[:start]) is not None
    )
    # "Ella Doe and her sister, Jess Doe": one whose relative follows is a person too.
    kin_after = re.match(rf"\s+and\s+(?:his|her)\s+(?:{_KIN})\b", text[run_end:]) is not None
    if (
        person is None
        and _SAID_ITS_RE.match(text, run_end)
        and not any((held_role, what, described_as, kin_after, pre, kin, role_after, age))
        and not (relative or works or family in persons or words[0] in persons)
    ):
        # "Nordic Rowing said its ethics panel had found …": a name that says what "its"
        # own body did is a body's, when nothing else says it is a person's.
        return cast.body(" ".join(words), org_kind(words) or "public"), start, None
    evidence = (
        held_role, what, described_as, kin_after, listed,
        pre, kin, role_after, said, person, age, family in persons, speaks, relative, works,
        # (a first name the article gives an age elsewhere: "Elena, 27, said" makes Elena Marsh)
        len(words) == 2 and words[0] in persons,
        # (a couple or siblings: "Ivo and Mia Roe")
        len(words) == 2 and _partner(cast, text, start) is not None,
        # (a generation is a person's: Ken Doe Jr.)
        len(words) > 2 and words[-1] in lx.EN_GENERATIONS,
    )  # fmt: skip
    if not any(evidence):
        return None  # two capitalised words are a person only when the text says so
    kin_role = _kin_role(cast, paragraph, start, kin) if kin else None
    person = person or cast.add(" ".join(words), "person")
    role_words = pre.group().rstrip().rstrip(",").split() if pre else []
    person.describe(" ".join(role_words), age=years)
    while role_words and role_words[0] in lx.EN_NOT_NAMES:
        role_words.pop(0)
    # (A verb after a noun is a clause, not the role: "The association suspended referee X" is a
    # referee; "retired teacher X", its participle first, a retired teacher.)
    verb = next((i for i, w in enumerate(role_words[1:], 1) if re.fullmatch(r"[a-z]+ed", w)), 0)
    role_words = role_words[verb + 1 :] if verb else role_words
    # (A relative's words are the role when they hold one: "His wife and manager, X".)
    if pre and role_words and not kin:  # "league commissioner X", "Acme chief executive X"
        person.role = person.role or " ".join(role_words)
        if role_words[0][0].isupper():  # (a body's name before the role is part of the mention)
            start = pre.start() + pre.group().index(role_words[0])
    if kin:
        person.describe(None, kin_role, sex=kin["kin"])
        person.nouns.add(kin["kin"])  # (whom "her nephew" means later)
    if noun_before:
        person.describe(noun_before.group())  # "A witness, Sean Doe": the witness
    person.describe(role_after, role_after)
    if (
        not role_after
        and appositive
        and appositive["det"] in ("a", "an")
        and re.match(rf",\s+(?:{SAY})\b", text[appositive.end() :])
    ):
        # "Ann Doe, a dealer in Leeds, said": what someone who then speaks is, when no list of
        # roles has it.
        person.describe(appositive["role"], appositive["role"].strip())
    if held_role:
        # "The mayor of Lisbon, Carlos Moedas, said": the role the name is in apposition to.
        apposed = re.sub(r"^(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+", "", held_role[0])
        person.describe(apposed, apposed.rstrip().rstrip(","))
    # (the words before the name, lower-cased: "Athletic's Danish striker" for "the Dane")
    lead_words = re.findall(r"[A-Za-z][\w-]*", text[max(0, start - 40) : start])[-3:]
    person.lead |= {w.lower() for w in lead_words} | ({described_as} if described_as else set())
    return person, start, span


def _nation_body(cast: Cast, text: str, run_start: int) -> tuple[Entity, int] | None:
    """A public body a nation's name and common nouns name ("Iceland's central bank"), when the
    run at `run_start` opens one and is no one and nothing else the article names; with where
    the name ends."""
    found = _NATION_BODY_RE.match(text, run_start)
    if found is None or found["noun"] not in lx.EN_PUBLIC_BODY_NOUNS:
        return None
    place = found["place"]
    if place in lx.EN_NOT_NAMES or cast.people(place) or cast.organisation([place], full=False):
        return None
    name = found.group()
    return cast.body(name, "public"), found.end()


def _kin_role(cast: Cast, paragraph: int, start: int, kin: re.Match[str]) -> str | None:
    """The role a relative before a name gives: "Mori’s father" or "His wife" (the wife of the
    last man named) with the relative's full name when it is known."""
    owner = kin["owner"]
    pronoun = {"his": "m", "her": "f"}.get(kin[0].split()[0].lower(), "")
    if owner:
        named = cast.person(re.sub(r"[’']s$", "", owner))
    else:
        named = cast.before(paragraph, start, frozenset({"person"}), pronoun) if pronoun else None
        if named is not None and named.sex is None:
            named.sex = pronoun  # "His mother": the one he is is a man
    who = f"{named.name}’s" if named else owner
    return f"{who} {kin['kin']}{kin['also'] or ''}" if who else None


def _ministry_of(title: list[str]) -> str | None:
    """The ministry a minister's title names: "Communications Minister" heads the
    Communications Ministry, which "the ministry" may later be; a Prime Minister heads none."""
    if title[-1] != "Minister":
        return None
    portfolio: list[str] = []
    for i, word in reversed(list(enumerate(title[:-1]))):
        joins = word == "and" and i > 0 and bool(portfolio)  # Energy and Mines Minister
        if not (word[:1].isupper() or joins) or word in lx.EN_MINISTER_RANKS:
            break
        if re.search(r"[’']s$", word):
            break
        portfolio.insert(0, word)
    if portfolio[:1] == ["and"]:
        portfolio.pop(0)  # "Deputy and Mines Minister": the portfolio is Mines
    return " ".join([*portfolio, "Ministry"]) if portfolio else None


def _initials(words: list[str]) -> str:
    """The initials of a name's words, connectors left out: Noordzee Container Terminals -> NCT."""
    return "".join(w[0] for w in words if w not in CONNECTORS).upper()


def _initials_of_name(words: list[str]) -> set[str]:
    """The initials a body's name may go by, "and" left out, with its nation's initials and
    without them: U.S. Food and Drug Administration -> USFDA, FDA."""
    words = [w for w in words if w != "and"]
    found = {_initials(words)}
    if len(words) > 2 and _NATION_INITIALS_RE.fullmatch(words[0]):
        found.add(_initials(words[1:]))
    return {i for i in found if len(i) >= 2}


def _one_word(cast: Cast, word: str, before: str, paragraph: int) -> Entity | None:
    """The known person a bare surname names; of two who share it, "the elder Mori" is the older
    when both ages are known."""
    people = cast.people(word)
    elder = _ELDER_RE.search(before)
    if not elder:
        return cast.person(word, paragraph)
    generations = {p.name.split()[-1].rstrip("."): p for p in people}
    if len(people) == 2 and set(generations) == {"Jr", "Sr"}:
        # "the younger Doe" of Ken Doe Jr. and Ken Doe Sr.: the son, whatever their ages
        return generations["Jr" if elder["which"] == "younger" else "Sr"]
    known = len(cast.full_names.get(word, ()))
    if len(people) < max(2, known) or any(p.age is None for p in people):
        return None  # someone of that name whose age is unknown
    ranked = sorted(people, key=lambda p: p.age or 0)
    ages = [p.age for p in ranked]
    if len(set(ages)) < len(ages):
        return None
    return ranked[0] if elder["which"] == "younger" else ranked[-1]


# After a body's name, a role and a name: "Former Kelso Rangers captain Tam Reid" is the
# captain, and the body only where the role is held.
_ROLE_THEN_NAME_AFTER_RE = re.compile(
    rf"\s+(?:{alternation(lx.EN_ROLE_NOUNS | lx.EN_PERSON_NOUNS)})\s+{CAP}[a-z]"
)


def _organisation(
    cast: Cast, words: list[str], mention_at: tuple[int, int] | None
) -> Entity | None:
    """The organisation `words` name, known or new, if any; `mention_at` records a passing
    mention (a body inside a person's title)."""
    kind = org_kind(words)
    if kind:
        # A body's name ends at its head words (Acme Games Co.) or their "of ..." (Bank of
        # Korea): not "Acme Games Profit Jumps" (a headline), nor "Acme Corp. Chief Financial Officer".
        # (A firm named by its partners, Marks & Spencer, has no head word: its whole run.)
        end = next((i for i, w in enumerate(words) if org_kind([w])), len(words) - 1) + 1
        while end < len(words) and org_kind([words[end]]):
            end += 1
        # A head word inside the name is not its end: the Financial Conduct Authority (up to a
        # later head word past plain name words, never past a title: "Acme Corp. Chief
        # Financial Officer").
        later = next((i for i in range(end, len(words)) if org_kind([words[i]])), None)
        if (
            later is not None
            # ("and" too: the Securities and Exchange Commission; a plural possessive too: the
            # Mining Exporters' Council)
            and all(
                namelike(re.sub(r"(?<=s)[’']$", "", w)) or w in CONNECTORS or w == "and"
                for w in words[end:later]
            )
            and not any(_ends_in_title([w]) for w in words[end : later + 1])
        ):
            end = later + 1
            while end < len(words) and org_kind([words[end]]):
                end += 1
            if "of" in words[1:later] and all(
                namelike(w) and not _ends_in_title([w]) for w in words[end:]
            ):
                # (what a public body is "of" may hold a company's word and go on past it:
                # "the Office of Rail Standards", "the Office of Water Protection")
                end = len(words)
        if end == len(words) - 1 and words[end] in lx.EN_COMPASS_WORDS:
            end += 1  # a region closing the name: Kidney Alliance North
        if end < len(words) and (words[end] in CONNECTORS or words[end] == "for"):
            # up to a title: Governor X ("for": the Office for Students, one name)
            # (A title that ends the run names no one after it: "the Office of the Privacy
            # Commissioner" is the body's whole name.)
            # (Nor do title words that end it: "the Office of the Inspector General".)
            titles = (
                i
                for i in range(end, len(words) - 1)
                if _ends_in_title([words[i]]) and not all(_ends_in_title([w]) for w in words[i:])
            )
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
        cast.mentions.append(Mention(mention_at[0], mention_at[1], mention_at[1], org, True))
    return org


# A capital, then a small letter (any script's: Ríos, Cantú) or an apostrophe and a capital
# (O'Brien), and one more part after an apostrophe (Dell'Orto); hyphenated parts likewise
# (Ruiz-Vega, al-Sayed).
_LOWER = rf"(?!{CAP})[^\W\d_]"
_NAME_SHAPE = re.compile(rf"{CAP}(?:{_LOWER}|[’'][A-Z])\w*(?:[’'][A-Z]\w*)?(?:-{CAP}?{_LOWER}\w*)*")


def namelike(word: str) -> bool:
    """A word that can be part of a person's name: Capitalised, not a title, body or weekday."""
    return (
        _NAME_SHAPE.fullmatch(word) is not None
        and word not in lx.EN_NOT_NAMES
        and word.lower() not in lx.EN_ROLE_NOUNS
        and not org_kind([word])
        and not any(word in t for t in _TITLE_SEQS)
    )


# A plural of an agent noun: rescuers, regulators, residents, activists.
_AGENT_PLURAL_RE = re.compile(r"[a-z-]+(?:er|or|ant|ent|ist|ian|ee)s")


def _lone_body(cast: Cast, word: str, text: str, start: int, after: int) -> bool:
    """Whether one capitalised word (or a body's initials) no one has been named by, opening a
    sentence or right after a quote, that speaks ("Airbus said in a statement", "“…,” Toyota
    said", "BHP on Tuesday said", "Swiss-Ski, the national federation, said") is a speaker's
    name: wire copy gives a person's full name first, so a lone word that speaks names a
    company or an organisation (a person when an age or "he" or "she" follows). Not a common
    word: one the article writes in lower case too, an English word of the Japanese-English
    dictionary's common entries, a plural of people ("Officials said", "Rescuers said") or a
    pronoun ("Both said"). A company named by a common word ("Apple said") stays unnamed:
    saying no one is better than a wrong name."""
    lower = word.lower()
    singular = re.sub(r"(?:e?s)$", "", lower)
    words = bilingual.lexicon()
    if words is None:
        return False  # (no dictionary to tell a common word from a name: say nothing)
    initials = _ACRONYM_RE.fullmatch(word) is not None and word.isupper()
    common = (
        bool({lower, singular} & words.japanese_of.keys())  # "Police", "Staff", "Officials"
        or _AGENT_PLURAL_RE.fullmatch(lower) is not None  # "Rescuers", "Regulators"
        or lower in cast.lowered
        or lower in lx.EN_INDEFINITE_PRONOUNS
        or bool({lower, singular} & (lx.EN_PERSON_NOUNS | lx.EN_ROLE_NOUNS))
        or _PERSON_SUFFIX_RE.fullmatch(lower) is not None
        or word in lx.EN_DEMONYMS
    )
    return (
        (initials or (namelike(word) and not common))
        and not cast.people(word)
        and word not in cast.full_names  # (the end of a name read before: "Glen Arden, a valley")
        and (
            (
                _LONE_OPENING_RE.search(text[:start]) is not None
                and _LONE_SAID_RE.match(text, after) is not None
            )
            # ("“…,” said Morrow, adding …": the verb first, right after a quote)
            or (
                _SAID_FIRST_RE.search(text[:start]) is not None
                and re.match(r"\s*(?:[,.;:]|$)", text[after:]) is not None
            )
            # ("Shares in Acme's state oil company, Qasoil, fell": the same, however the
            # sentence goes on)
            or (
                _APPOSED_BODY_RE.search(text[:start]) is not None and text[after : after + 1] == ","
            )
            # ("The regulator, Ofgem, said": a body's name in apposition to what it is)
            or (
                body_described_before(text[:start])
                and _LONE_SAID_RE.match(
                    text, after + 1 if text[after : after + 1] == "," else after
                )
                is not None
            )
        )
    )


# A body's common noun closing a description, then a comma: "Acme's state oil company, ",
# "its parent company, " (what a lone word set off after it names).
_APPOSED_BODY_RE = re.compile(
    rf"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)|[’']s)\s+(?:[a-z][\w-]*\s+){{0,3}}"
    rf"(?:{_BODY_NOUN}),\s+$"
)
# Where a sentence starts, or the words after a quote: "… said. X", "“…,” X".
_CLAUSE_START = r"(?:^|[.!?][”\"]?\s+|[,!?][”\"]\s+)"
# A description opening a sentence, then the name in apposition to it: "A union representing
# the workers, Unite, said".
_DESCRIPTION_BEFORE_RE = re.compile(
    rf"{_CLAUSE_START}(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+"
    r"(?P<description>[^,;:.“”\"]{1,80}),\s+$"
)
# Where a description's head noun ends: before what it takes (a preposition, a participle, a
# relative): "union representing the workers", "operator of the dam".
_HEAD_END_RE = re.compile(r"\s(?:of|for|at|in|on|with|from|to|by|that|which|who|[a-z]+ing)\b")


def body_described_before(before: str) -> bool:
    """Whether `before` ends in a description whose head noun is a body's ("The regulator, ",
    "The airline's parent company, "), not a person's ("The company's chief executive, ")."""
    m = _DESCRIPTION_BEFORE_RE.search(before)
    if m is None:
        return False
    head = _HEAD_END_RE.split(" " + m["description"], maxsplit=1)[0].split()[-1:]
    noun = re.sub(r"[’']s$", "", head[0]) if head else ""
    return noun in lx.EN_COMPANY_NOUNS | lx.EN_PUBLIC_BODY_NOUNS and noun not in lx.EN_ROLE_NOUNS


# Where a lone speaking word stands: opening a sentence (after an opening phrase and its comma:
# "In a statement, Toyota said"), or right after a quote ("“…,” Toyota said").
_LONE_OPENING_RE = re.compile(
    rf"{_CLAUSE_START}(?:(?:{'|'.join(lx.EN_OPENING_WORDS)})\b[^.;:“”\"]{{0,80}},\s+)?$"
)
_SAID_FIRST_RE = re.compile(rf"[,!?][”\"]\s+(?:{SAY})\s+$")
# What follows it: a verb of saying, after its age, a time ("on Tuesday"), an appositive or a
# "who" clause.
_LONE_SAID_RE = re.compile(
    rf"(?:,\s+\d{{1,3}},|,\s+(?:the|an?)\s+[^,;“”\"]{{1,80}},|,\s+who\s[^;“”\"]{{1,120}}?,"
    rf"|{_ASKED_ASIDE}"
    rf"|\s+(?:on\s+)?(?:{'|'.join(lx.EN_WEEKDAYS)}|yesterday|today))?"
    rf"\s+(?:(?:also|later|then)\s+)?(?:{SAY})\b"
)


def surname(name: str) -> str:
    """The last word of a person's name, a generation after it aside (Doe in Ken Doe Jr.)."""
    words = name.split()
    return words[-2] if len(words) > 1 and words[-1] in lx.EN_GENERATIONS else words[-1]


def _generation_of(cast: Cast, words: list[str]) -> bool:
    """Whether `words` end in a generation that is part of the name: after a full name (Ken Doe
    Jr.), or after a surname that a known person of that generation has (Doe Sr.)."""
    if words[-1] not in lx.EN_GENERATIONS or len(words) < 2:
        return False
    if person_name(words):
        return True
    return len(words) == 2 and any(_ends_as(e, words) for e in cast.entities)


def _ends_as(e: Entity, words: list[str]) -> bool:
    """Whether `e` is a person whose name ends in `words`, a generation's full stop aside (Ken
    Doe Jr. for Doe Jr)."""
    return e.kind == "person" and e.name.rstrip(".").endswith(" " + " ".join(words).rstrip("."))


def named_in_full(cast: Cast, last: str, texts: Iterable[str]) -> Entity | None:
    """The person whose full name ends in `last` (a surname as written: Ruiz-Vidal), when
    `texts` write one such name only (with a middle name or initial or none), taken from the
    cast or added to it when the name had not been read as one."""
    name = full_name_ending(last, texts)
    return None if name is None else cast.person_named(name)


def full_name_ending(last: str, texts: Iterable[str]) -> str | None:
    """The one full name ending in `last` that `texts` write, if they write one only."""
    full = re.compile(rf"\b[A-Z][\w’'-]+(?:\s+[A-Z]\.|\s+[A-Z][\w’'-]+)?\s+{re.escape(last)}\b")
    # (not whose the person is, a possessive opening the run: "the Examiner's Jo Roe")
    names = {
        re.sub(r"^[A-Z][\w-]*[’']s\s+", "", m[0]) for text in texts for m in full.finditer(text)
    }
    return next(iter(names)) if len(names) == 1 else None


def person_name(words: list[str]) -> bool:
    """Whether words can be a person's full name: two or three name words, with particles only
    between them (Niels van der Berk; not "van Berk" alone), and a generation after them (Ken
    Doe Jr.)."""
    if len(words) > 2 and words[-1] in lx.EN_GENERATIONS:
        words = words[:-1]
    core = [w for w in words if w not in PARTICLES]
    return (
        2 <= len(core) <= 3
        and words[0] not in PARTICLES
        and words[-1] not in PARTICLES
        and all(map(namelike, core))
    )


def _role_then_name(phrase: str) -> bool:
    """Whether a role phrase ends in a person's name of two words after a noun, not after a
    preposition or a possessive: "store manager Beth Kooiman" (not "spokesperson for Bright
    Path", "a spokesperson for China's Foreign Ministry")."""
    words = phrase.split()
    # (Not a body's name after a preposition: "a campaigner at the Jakarta-based group Hutan
    # Kita" says where the role is held.)
    held = bool(words[-3:-2] and words[-3] in BODY_NOUNS and set(words[:-3]) & _HELD_AT_WORDS)
    # (Nor any noun right after one that says what is not a person: "head of integrity at
    # bookmaker Northgate Bet"; "a lawyer for defendant Ann Lee" still ends in a person.)
    held = held or (
        len(words) >= 4
        and words[-4] in _HELD_AT_WORDS
        and words[-3] not in lx.EN_PERSON_NOUNS | lx.EN_ROLE_NOUNS
    )
    # (Nor a name after a possessive or where a body is based, inside such a phrase: "chief
    # operating officer of the ship's owner Kelvos Line", "of the Athens-based owner Kelvos
    # Line" says whose officer the appositive's name is.)
    lead = words[:-3]
    held = held or any(
        w in _HELD_AT_WORDS
        and any(re.search(r"[’']s$", v) or re.fullmatch(_BASED, v) for v in lead[i + 1 :])
        for i, w in enumerate(lead)
    )
    return (
        not held
        and len(words) >= 3
        and re.fullmatch(r"[a-z][\w-]*", words[-3]) is not None
        and words[-3] not in _SMALL
        and all(map(namelike, words[-2:]))
    )


def _portfolio_title(prefix: list[str]) -> bool:
    """Whether `prefix` is a title, "for" and the portfolio it holds, in capitals and no title
    itself: "State Secretary for Sport", "Minister for Foreign Affairs"."""
    k = prefix.index("for") if "for" in prefix else 0
    portfolio = prefix[k + 1 :]
    return (
        k > 0
        and _ends_in_title(prefix[:k])
        and bool(portfolio)
        and all(w[:1].isupper() and not _ends_in_title([w]) for w in portfolio)
    )


def _ends_in_title(prefix: list[str]) -> bool:
    # (a hyphenated title ends in its role: Vice-Chancellor, Lieutenant-Governor)
    role = prefix[-1].lower().rsplit("-", 1)[-1] in lx.EN_ROLE_NOUNS
    return role or any(tuple(prefix[-len(t) :]) == t for t in _TITLE_SEQS)


def _role_of(phrase: str, det: str | None) -> str | None:
    """The role an appositive gives, if it names one: "policy director at the X Institute", or
    after an article, what someone does and where: "a marine biologist at the University of X"."""
    if not (
        re.search(rf"\b(?:{ROLE})\b", phrase, re.IGNORECASE)
        or (det and (_HELD_AT_RE.match(phrase) or _PERSON_SUFFIX_RE.search(phrase)))
    ):
        return None
    # Where the role is held is not part of it: "analyst at X in Singapore".
    phrase = re.sub(r"^\d{1,3}-year-old\s+", "", phrase.strip())  # the age is not the role
    return re.sub(r"\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*$", "", phrase)


def org_kind(words: list[str]) -> str | None:
    """The kind of body `words` name, public or company, when one of them ends a body's name."""
    bare = {re.sub(r"[’']s$", "", w) for w in words}
    public = bare & lx.EN_PUBLIC_BODY_WORDS
    # (An ampersand between names joins partners in a firm's name, never two people: "Marks &
    # Spencer", "Procter & Gamble".)
    company = bool(bare & lx.EN_COMPANY_WORDS) or "&" in words[1:-1]
    return "public" if public else "company" if company else None
