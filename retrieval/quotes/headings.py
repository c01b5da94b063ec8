"""Quotes a headline or a subhead repeats from the body: ■院長「痛恨の極み」, 18歳「夢みたい」.

A heading names no verb of saying, so who said its quoted words comes from the body: when they
stand word for word inside quotes of one speaker there, they are that speaker's (an excerpt,
partial, unless the whole of a whole quote). Quoted words a heading uses as a term are left
out: a particle ties them into the heading's own sentence (争点は「詐欺の故意」, 中国産を「国産」と
偽装, 「初回無料」で定期購入), an English headline has them modify the noun after them as
running copy would (its “quiet zone” status), or nobody, or more than one speaker, says them
in the body. An English headline's capitals are its style: its quoted words match the body in
any case.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from retrieval.models import Article, Block, Quote
from retrieval.quotes.english import modifies_noun
from retrieval.quotes.people import prefecture_before
from retrieval.quotes.spans import blanked, heading_quote_spans, quote_spans

# Japanese particles that make quoted words part of a heading's own clause when they touch the
# marks (before: は で を が に と の も へ や; after: the same, か, and the first kana of から,
# まで, より).
_PARTICLES_BEFORE = frozenset("はでをがにとのもへや")
_PARTICLES_AFTER = frozenset("はでをがにとのもへやかまよ")
# Particles before words a heading's clause ends on that leave them someone's words (に, へ:
# said to something; も, で: said even so, said there), and what ends the clause after the
# marks (the heading's end, a space).
_PARTICLES_TOWARD = frozenset("にへもで")
_HEADING_PAUSE = frozenset(("", " ", "　"))


def heading_quotes(article: Article, body: Sequence[Quote]) -> list[Quote]:
    """The quotes in `article`'s headline and subheads that repeat words quoted in `body`."""
    found: list[Quote] = []
    for block in _headings(article):
        for start, end in heading_quote_spans(block.text):
            words = block.text[start:end].strip()
            if not words or _in_clause(block.text, start, end):
                continue
            if _named_in_body(article, body, words):
                continue  # 公式キャラ「ぽんちゃん」: the name the body brackets as a term too
            if _narrative_word(article, words):
                continue  # 投票「やり直し」: a word the body's own sentences use (やり直し投票)
            if modifies_noun(block.text, start, end):
                continue  # put its “quiet sky” status at risk: a kind of status, as in the body
            # (A headline's capitals are its style, not the speaker's: "Mayor Admits “Mistake”"
            # repeats "it was a mistake".)
            # ('Bees Don't Lie,' Lawyer Tells Jury: the comma is the headline's, not the words')
            folded = words.rstrip(",.;:").casefold()
            sources = [q for q in body if q.verified and _repeats(folded, q.quote.casefold())]
            if not sources:
                sources = [q for q in body if q.verified and _condenses(words, q.quote)]
            if not sources:
                # 「電池混入が原因」と富丘市: a headline's words in brief, its speaker named after
                # と, one the body quotes too (the words themselves need not be the body's)
                sources = _named_after(block.text, end, body)
            if not sources:
                # 富丘市「点検怠る」: the speaker named right before the words
                sources = _named_before(block.text, start, body)
            if not sources or len({q.speaker for q in sources}) != 1 or not sources[0].speaker:
                continue
            source = sources[0]
            found.append(
                Quote(
                    article_id=article.article_id,
                    paragraph=block.number,
                    quote=words,
                    speaker=source.speaker,
                    speaker_role=source.speaker_role,
                    # (an excerpt of an excerpt is partial too: a headline's "alarming")
                    partial=all(folded != q.quote.casefold() or q.partial for q in sources),
                    verified=True,
                    start=start,
                    end=end,
                    speaker_forms=source.speaker_forms,
                )
            )
    return found


# Marks the body may put around a name it uses as a term: 「ぽんちゃん」, “Bluebird”.
_TERM_MARKS = (("「", "」"), ("『", "』"), ("“", "”"), ('"', '"'))


def _named_in_body(article: Article, body: Sequence[Quote], words: str) -> bool:
    """Whether the body writes `words` in quotation marks somewhere that is nobody's quote: a
    name or a term it marks (タヌキの「ぽんちゃん」について), which a heading repeats as a name."""
    said = {(q.paragraph, q.start) for q in body if q.verified}
    for block in article.blocks:
        if block.kind != "paragraph":
            continue
        for opening, closing in _TERM_MARKS:
            marked = opening + words + closing
            at = block.text.find(marked)
            while at >= 0:
                if (block.number, at + len(opening)) not in said:
                    return True
                at = block.text.find(marked, at + 1)
    return False


# The longest heading quote (in characters; English: in words) that may be a word of the
# story's own: longer quoted words are someone's phrase, however the narrative retells it.
_TERM_CHARS = 6
_TERM_WORDS = 2


def _narrative_word(article: Article, words: str) -> bool:
    """Whether heading quote `words` is a short word the body uses outside quotation marks: the
    story's own term, which the heading marks for emphasis (図柄投票「やり直し」 over a story
    of a やり直し投票), not an excerpt of the one quote that happens to hold it too."""
    latin = words.isascii()
    if (len(words.split()) > _TERM_WORDS) if latin else (len(words) > _TERM_CHARS):
        return False
    for block in article.blocks:
        if block.kind != "paragraph":
            continue
        narrative = blanked(block.text, quote_spans(block.text))  # (its own words only)
        if _repeats(words.casefold(), narrative.casefold()) if latin else words in narrative:
            return True
    return False


# What may close a heading's 「…」と + speaker: its end, a space or a comma.
_NAME_END = re.compile(r"[\s　、,]|$")


def _named_after(text: str, end: int, body: Sequence[Quote]) -> list[Quote]:
    """The body's quotes of the speaker a Japanese heading names right after its quote and と
    (「…」と富丘市, 「…」と山田社長), by a name or role the body gave them; else none."""
    if text[end + 1 : end + 2] != "と":
        return []
    rest = text[end + 2 :]
    close = _NAME_END.search(rest)
    named = rest[: close.start() if close else len(rest)]
    return _quotes_of(named, body)


# What may open a heading's speaker + 「…」: its start, a space, a comma or a mark.
_NAME_START = re.compile(r"[\s　、,■◆●▽◇]")


def _named_before(text: str, start: int, body: Sequence[Quote]) -> list[Quote]:
    """The body's quotes of the speaker a Japanese heading names right before its quote
    (富丘市「…」, 山田社長「…」); else none."""
    if text[start - 1 : start] != "「":
        return []
    return _quotes_of(_NAME_START.split(text[: start - 1])[-1], body)


def _quotes_of(named: str, body: Sequence[Quote]) -> list[Quote]:
    """The body's verified quotes of the speaker a heading names (two characters at least): by
    their name, role or a form of the name, or a city without its prefecture (富丘市 for
    北山県富丘市)."""
    if len(named) < 2:
        return []
    return [
        q
        for q in body
        if q.verified
        and q.speaker
        and (
            named in (q.speaker, q.speaker_role, *q.speaker_forms)
            or (q.speaker.endswith(named) and prefecture_before(q.speaker, named))
        )
    ]


def _repeats(words: str, quote: str) -> bool:
    """Whether `quote` holds `words`: as whole words where they begin or end with a Latin
    letter ("war" is not in "toward"), anywhere in Japanese, which has no spaces."""
    lo = r"(?<![A-Za-z])" if words[:1].isascii() and words[:1].isalpha() else ""
    hi = r"(?![A-Za-z])" if words[-1:].isascii() and words[-1:].isalpha() else ""
    return re.search(lo + re.escape(words) + hi, quote) is not None


# A Japanese heading's words left out of the quote it condenses: a gap of up to this many
# characters between two of its pieces (生活守って from 生活を守ってほしい; 犯人扱い、一生忘れない
# from 犯人扱いされた40時間は一生忘れない), each piece two characters or more.
_MAX_GAP = 10
_MIN_PIECE = 2


def _condenses(words: str, quote: str) -> bool:
    """Whether Japanese heading `words` are `quote` with words left out (particles, a clause):
    the heading's characters, its commas aside, in order in the quote, in pieces of two
    characters or more with short gaps between them (the last may be a verb's final kana)."""
    chars = re.sub(r"[、，,\s　]", "", words)
    if len(chars) < 4 or chars.isascii():
        return False
    # Every place a piece stands is tried, not only its first: しきたり壊す condenses
    # 昔からのしきたりには… 先人が守ってきたしきたりを壊す.

    @functools.cache
    def found_from(i: int, at: int | None) -> bool:
        """Whether chars[i:] is in the quote in pieces, the first within _MAX_GAP of `at` (where
        the last piece ended; None: anywhere)."""
        if i == len(chars):
            return True
        # (a verb's last kana alone may close it: 計画見直す from …計画を見直している)
        shortest = 1 if i == len(chars) - 1 and "ぁ" <= chars[i] <= "ゖ" else _MIN_PIECE
        if i == len(chars) - 1 and at is not None and _inflected_there(chars[i], quote[at:]):
            return True  # 火が消える from 火が消えれば…: the verb in its plain form
        for j in range(len(chars), i + shortest - 1, -1):  # the longest pieces first
            k = quote.find(chars[i:j], 0 if at is None else at)
            if j == i + 1 and at is not None and _CONTRARY.match(quote, at):
                k = -1  # (not 守る from 守られる, nor 消える from 消えないだろう)
            while k >= 0 and (at is None or k - at <= _MAX_GAP):
                if found_from(j, k + j - i):
                    return True
                k = quote.find(chars[i:j], k + 1)
        return False

    return found_from(0, None)


# The kana a verb's plain form ends in (消える, 壊す, 続く), and what may follow a verb's stem
# to deny it (消えない, 消えず, 消えません, 壊さなかった) or turn it round (守られる, 消えさせる):
# a heading's plain form never stands for those.
_PLAIN_ENDINGS = frozenset("うくぐすつぬぶむる")
_CONTRARY = re.compile(r"[ぁ-ゖ]{0,2}(?:な[いかくけ]|ず|ぬ|ま[せい])|[らさかがたなばまわ][れせ]")


def _inflected_there(ending: str, rest: str) -> bool:
    """Whether a heading's last kana `ending` closes, in its plain form, a verb the quote goes on
    to inflect at `rest` (消え|れば, 壊|せば, 続|いた), not to deny."""
    return (
        ending in _PLAIN_ENDINGS
        and rest[:1] != ending
        and "ぁ" <= rest[:1] <= "ゖ"
        and not _CONTRARY.match(rest)
    )


def _headings(article: Article) -> list[Block]:
    """The headline (the first block, when it is the title) and the subheads."""
    blocks = [b for b in article.blocks if b.kind == "heading"]
    first = article.blocks[0] if article.blocks else None
    if first is not None and first.kind == "meta" and first.text.strip() == article.title:
        blocks.insert(0, first)
    return blocks


def _in_clause(text: str, start: int, end: int) -> bool:
    """Whether a particle touching the marks makes text[start:end] a term of the heading.

    Quotative と after the marks makes them words said (本人は「ミス」と辞職否定), unless を
    before makes them what something is called (中国産を「国産」と偽装) or another quoted
    term follows (「攻め」と「守り」). So do に, へ, も or で before them when the heading's
    clause ends on them (迷惑行為に「毅然と対応」, 冷凍でも「味は自信」): words said to or
    about something, not a term the clause uses.
    """
    before = text[start - 2] if start >= 2 else ""
    after = text[end + 1] if end + 1 < len(text) else ""
    following = text[end + 2] if end + 2 < len(text) else ""
    if after == "と" and before != "を" and following not in ("「", "『"):
        return False
    if before in _PARTICLES_TOWARD and after in _HEADING_PAUSE:
        return False  # 迷惑行為に「毅然と対応」: the words a heading's clause ends on, said to it
    return before in _PARTICLES_BEFORE or after in _PARTICLES_AFTER
