"""Whether the draft credits a quote to the person the source credits it to.

Names match in any form the quote engine knows (surname, full name, with or without a title,
the English spelling of a Japanese name: quotes.speakers.speaker_matches). An unnamed speaker
in the draft (関係者, 会社員の男性, "a spokesperson") cannot be compared with a name, so the
answer is "cannot tell" (None). A draft that names a person for words the source gives only to
a description or a body (会社員の男性, 検察側, the company) credits someone the source does not:
a mismatch. A name one character off is the same person misspelt (names.py reports that).
"""

from __future__ import annotations

from retrieval.check.match import one_edit
from retrieval.lexicon import JA_PERSON_NOUNS, JA_TITLES
from retrieval.models import Quote
from retrieval.quotes.people import is_org_word
from retrieval.quotes.speakers import name_key, speaker_matches, strip_titles


def is_description(speaker: str) -> bool:
    """True for a speaker that describes rather than names: 当局者, 会社員の男性, an official."""
    s = speaker.strip()
    if not s:
        return True
    if s[0].isascii():
        return s[0].islower() or s.split()[0].casefold() in ("a", "an", "the", "one")
    return "の" in s or s.endswith(tuple(JA_PERSON_NOUNS)) or s in JA_TITLES or is_org_word(s)


def same_speaker(draft: Quote, source: Quote) -> bool | None:
    """True when both name the same person, False when they name different people, None when
    either says nobody or only describes the speaker."""
    a, b = draft.speaker, source.speaker
    if not a or not b:
        return None
    if name_key(a) == name_key(b):
        return True
    if speaker_matches(a, b, source.speaker_forms) or speaker_matches(b, a, draft.speaker_forms):
        return True
    ka, kb = name_key(strip_titles(a)), name_key(strip_titles(b))
    if len(ka) >= 2 and len(kb) >= 2 and (ka in kb or kb in ka or one_edit(ka, kb)):
        return True
    # A Japanese name with a title the lexicon does not list (浅見審議委員 for 浅見恭平): the
    # draft's speaker opens with one of the source speaker's names.
    forms = {name_key(f) for f in (b, *source.speaker_forms) if len(f) >= 2}
    if not a[:1].isascii() and any(name_key(a).startswith(f) for f in forms):
        return True
    if is_description(a):
        return None
    return False
