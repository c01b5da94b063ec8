"""Which articles use which names, for questions in the other language.

Keys come from names.article_name_keys (names in both scripts' terms); they are computed once
per article version at ingestion and stored in SQLite.
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Iterable, Sequence

from retrieval.models import Article
from retrieval.names import article_name_keys
from retrieval.store import ArticleStore

log = logging.getLogger(__name__)

# Bump when the keys `names_of` makes change: every article's keys are then made again once.
NAME_KEYS_VERSION = 17


# The credit a name word gets in an article that only has a sound-alike of it (its consonant
# skeleton, "~" keys), against a spelling of it. Chosen on the dev news set (bench.archive
# --dev-only, 108 articles + JSQuAD; en->en, en->ja, ja->en, ja->ja of 86/135/102/109): at 1
# (as before) 68, 79, 56, 99; 0.75: 70, 79, 57, 99; 0.5: 71, 80, 56, 99; 0.25: 72, 80, 57, 99;
# 0: 72, 80, 53, 99 (English questions named people whose surnames sound like katakana in
# unrelated Japanese pages: "Who is Naomi Clarke?" -> a page with クラーク). Runs of the same
# code differ by up to 3 English questions.
SOUND_ALIKE = 0.25
# A sound-alike this long (the skeleton's letters: Estrada and エストラーダ, estrd) is the name
# as surely as a spelling: unrelated names rarely share five consonants in order.
SURE_SKELETON = 5
# A sound-alike no more articles than this have counts as the name too.
RARE = 2


def stored_as(generation: str) -> str:
    """The key an article version's name keys are stored under (with the keys' version)."""
    return f"{generation}:v{NAME_KEYS_VERSION}"


def names_of(article: Article) -> list[str]:
    """The keys an article can be found by from a question in another language: the names it
    uses, in both scripts' terms (names.article_name_keys over its title and passages)."""
    text = "\n".join([article.title, *(b.text for b in article.passages)])
    return sorted(set(article_name_keys(text, article.language)))


class NameIndex:
    """Which live articles use which names (keys from `names_of`, stored at ingestion)."""

    def __init__(self, store: ArticleStore) -> None:
        entries = store.entries()
        stored = store.name_keys()
        self.articles: dict[str, set[tuple[str, str]]] = {}
        self.language: dict[tuple[str, str], str] = {}
        missing = [e for e in entries if stored_as(e.generation) not in stored]
        if missing:
            log.info("Finding the names of %d articles stored before name keys", len(missing))
        for e in entries:
            keys = stored.get(stored_as(e.generation))
            if keys is None:
                keys = names_of(store.article(e.scope, e.article_id))
                store.save_name_keys(stored_as(e.generation), keys)
            for key in keys:
                self.articles.setdefault(key, set()).add((e.scope, e.article_id))
            self.language[(e.scope, e.article_id)] = e.language
        self.sizes = Counter(e.scope for e in entries)

    def match(
        self,
        words: list[set[str]],
        scopes: Sequence[str],
        language: str | None = None,
        asked_in: str | None = None,
    ) -> dict[tuple[str, str], float]:
        """Articles in `scopes` (written in another language than `language`, when given), with
        the IDF-weighted share of the name `words` (of a question asked in `asked_in`) each
        uses (0..1)."""
        visible = set(scopes)
        size = sum(self.sizes[scope] for scope in visible)  # IDF over what the asker can see
        score: dict[tuple[str, str], float] = {}
        total = 0.0

        def having(keys: Iterable[str]) -> set[tuple[str, str]]:
            return {
                a
                for key in keys
                for a in self.articles.get(key, ())
                if a[0] in visible and (language is None or self.language[a] != language)
            }

        for keys in words:
            # (A katakana sound-alike only one or two English articles have is as sure as a
            # spelling: a coined name, スカイベーン ~ Skyvane. Not the other way: an English
            # name finds クラーク in unrelated Japanese pages too often.)
            sure = [
                k
                for k in keys
                if not k.startswith("~")
                or len(k) > SURE_SKELETON
                or (asked_in == "ja" and len(having([k])) <= RARE)
            ]
            spelled = having(sure)
            found = spelled | having([k for k in keys if k.startswith("~")])
            idf = math.log((size + 1) / (len(found) + 0.5))
            total += idf
            for a in found:
                # A name spelled the same (Clarke, or Tajima for 田島's reading) is the name; one
                # that only sounds alike (Clarke ~ クラーク in an unrelated article) less surely.
                weight = idf if a in spelled else SOUND_ALIKE * idf
                score[a] = score.get(a, 0.0) + weight
        return {a: v / total for a, v in score.items()} if total > 0 else {}
