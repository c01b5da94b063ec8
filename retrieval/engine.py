"""Engine: the one object every surface (CLI, terminal chat, Discord) calls."""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

import numpy as np
from langchain_core.embeddings import Embeddings

from retrieval.answers import ExtractiveAnswerer, answer_without_search
from retrieval.answers.metadata import with_full_dates
from retrieval.answers.said import speaker_in
from retrieval.check import (
    ALL_SOURCES_UP_TO,
    SEARCH_HITS,
    SOURCES,
    CheckReport,
    check_draft,
    clean_draft,
    prepare,
    source_queries,
)
from retrieval.config import EngineSettings
from retrieval.embedded import embedded_text
from retrieval.embeddings import build_embeddings, query_array
from retrieval.index import VectorIndex
from retrieval.ingestion import Ingestion
from retrieval.llm import LLMAnswerer, build_chat_model
from retrieval.models import (
    GLOBAL_SCOPE,
    Answer,
    Article,
    ArticleInfo,
    Block,
    Passage,
    Quote,
    Summary,
    Turn,
    UserFacingError,
    detect_language,
)
from retrieval.names import katakana_names, latin_names, match_names
from retrieval.question import Question, understand, with_names
from retrieval.quotes import ANNOTATOR_VERSION, find_quotes, speaker_matches
from retrieval.search import HybridSearcher, to_passage
from retrieval.sentences import split_sentences
from retrieval.store import ArticleStore
from retrieval.summarize import summarize as summarize_article

log = logging.getLogger(__name__)

NAME_SOURCE_PASSAGES = 5  # first-pass results whose articles supply katakana names
# "What did X say" with no article named and several articles quoting X: the best of them
# among this many search results.
QUOTING_HITS = 20
LLM_PASSAGES = 6  # passages given to a chat model: enough context, short prompts


class Engine(Ingestion):
    """Articles, their index, and every question answered over them."""

    def __init__(self, settings: EngineSettings, embeddings: Embeddings | None = None) -> None:
        self.settings = settings
        data_dir = settings.data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        self.store = ArticleStore(data_dir / "store.sqlite3")
        self.embeddings = embeddings or build_embeddings(settings)
        self.vectors = VectorIndex(settings, self.embeddings, self.store)
        self.searcher = HybridSearcher(self.store, self.vectors, data_dir / "lexical.npz")
        self.answerer = ExtractiveAnswerer(self._embed_passages, settings.answer_strictness)
        model = build_chat_model(settings)
        self.llm = LLMAnswerer(model, timeout_s=settings.llm_timeout_s) if model else None
        self._write_lock = threading.Lock()
        # Facts derived from one version of an article, computed once: keyed by generation.
        self._quotes_cache = lru_cache(maxsize=1024)(self._extract_quotes)
        self._names_cache = lru_cache(maxsize=1024)(self._extract_names)
        self._stored: dict[str, tuple[Quote, ...]] = {}  # generation -> its stored quotes
        self.repair()

    @classmethod
    def from_settings(cls, settings: EngineSettings) -> Engine:
        """An engine over the settings' data directory and Chroma."""
        return cls(settings)

    @classmethod
    def rebuild(cls, settings: EngineSettings) -> Engine:
        """An engine over a fresh store and an emptied index, whatever state they were in."""
        data_dir = settings.data_dir
        for name in ("store.sqlite3", "store.sqlite3-wal", "store.sqlite3-shm", "lexical.npz"):
            (data_dir / name).unlink(missing_ok=True)
        if settings.chroma_host is None:
            shutil.rmtree(data_dir / "chroma", ignore_errors=True)
        engine = cls(settings)
        engine.vectors.reset()
        return engine

    def close(self) -> None:
        """Release the store and the Chroma client."""
        self.searcher.close()
        self.store.close()
        self.vectors.close()

    # --- reading ---------------------------------------------------------------------------------

    def _scopes(self, scope: str | None) -> tuple[str, ...]:
        return (GLOBAL_SCOPE,) if scope in (None, GLOBAL_SCOPE) else (GLOBAL_SCOPE, str(scope))

    def articles(self, *, scope: str | None = None) -> list[ArticleInfo]:
        """Articles visible from `scope`: the shared ones and that scope's own."""
        return [e.info() for e in self.store.entries(self._scopes(scope))]

    def _locate(self, article_id: str, scope: str | None) -> tuple[str, Article]:
        for s in reversed(self._scopes(scope)):
            if self.store.entry(s, article_id):
                return s, self.store.article(s, article_id)
        known = ", ".join(e.article_id for e in self.store.entries(self._scopes(scope))[:10])
        raise UserFacingError(f"Unknown article: {article_id!r}. Known: {known or 'none yet'}.")

    def article(self, article_id: str, *, scope: str | None = None) -> Article:
        """A visible article by id."""
        return self._locate(article_id, scope)[1]

    def _default_article(self, article_id: str | None, scope: str | None) -> Article:
        located = self._focus(article_id, scope)
        if located is not None:
            return located[1]
        visible = self.store.entries(self._scopes(scope))
        if not visible:
            raise UserFacingError("There are no articles yet; ingest one first.")
        ids = ", ".join(e.article_id for e in visible[:10])
        raise UserFacingError(f"Which article? Give one of: {ids}")

    def _focus(self, article_id: str | None, scope: str | None) -> tuple[str, Article] | None:
        """The article a question is about (with its scope): the one named, else the only one."""
        if article_id:
            return self._locate(article_id, scope)
        only = self.store.sole_entry(self._scopes(scope))
        return (only.scope, self.store.article(only.scope, only.article_id)) if only else None

    def _quoting_article(
        self, question: Question, scopes: tuple[str, ...]
    ) -> tuple[str, Article] | None:
        """For "what did X say" / "who is X" across the archive: the article that quotes X
        (the best search match among them when several do), or None."""
        if question.intent not in ("said", "who"):
            return None
        quoting = [
            (e.scope, e.article_id)
            for e in self.store.entries(scopes)
            if speaker_in(question, self._stored_quotes(e.generation)) is not None
        ]
        if len(quoting) > 1:
            hits = self.searcher.search(
                question.search_text,
                scopes=scopes,
                k=QUOTING_HITS,
                language=question.search_language,
                about_person=question.intent == "who",
            )
            ranked = [(h.scope, h.article_id) for h in hits if (h.scope, h.article_id) in quoting]
            quoting = ranked[:1]
        if not quoting:
            return None
        scope, article_id = quoting[0]
        return scope, self.store.article(scope, article_id)

    def _stored_quotes(self, generation: str) -> tuple[Quote, ...]:
        """An article version's stored quotes, or none when they are not stored for this
        attribution version: a question over the whole archive never parses every article."""
        if generation not in self._stored:
            stored = self.store.quotes(generation, ANNOTATOR_VERSION)
            if stored is None:
                return ()
            self._stored[generation] = tuple(stored)
        return self._stored[generation]

    def source(
        self, article: str, paragraph: int, *, scope: str | None = None
    ) -> tuple[Article, Block]:
        """The full, verbatim block ¶`paragraph` of an article."""
        found = self.article(article, scope=scope)
        return found, found.block(paragraph)

    def search(
        self, query: str, *, k: int = 5, article: str | None = None, scope: str | None = None
    ) -> list[Passage]:
        """The `k` best passages for `query` among the visible articles."""
        query = _clean_question(query)
        if article is not None:
            self.article(article, scope=scope)
        scopes = self._scopes(scope)
        question = self._with_names(understand(query, article=article), scopes)
        hits = self.searcher.search(
            question.search_text,
            scopes=scopes,
            article_id=article,
            k=k,
            language=question.search_language,
            about_person=question.intent == "who",
        )
        return [to_passage(self.store, h) for h in hits]

    def _with_names(self, question: Question, scopes: tuple[str, ...]) -> Question:
        """An English question with the katakana spellings of the names it uses, for search.

        "What did Rubio say?" over a Japanese article searches for ルビオ too: the names come
        from the articles the question is about (the given one, else the best first-pass
        matches).
        """
        query, article = question.standalone, question.article_id
        if detect_language(query) != "en" or not latin_names(query):
            return question
        only = self.store.sole_entry(scopes) if article is None else None
        if article is not None:
            pool = [(self._locate(article, scopes[-1])[0], article)]
        elif only is not None:  # one article: no first pass needed to know whose names
            pool = [(only.scope, only.article_id)]
        else:
            first = self.searcher.search(query, scopes=scopes, k=NAME_SOURCE_PASSAGES)
            pool = list(dict.fromkeys((h.scope, h.article_id) for h in first))
        names: set[str] = set()
        for s, a in pool:
            names |= self._katakana_names(s, a)
        return with_names(question, match_names(query, names))

    def _katakana_names(self, scope: str, article_id: str) -> frozenset[str]:
        return self._names_cache(scope, article_id, self.store.generation(scope, article_id))

    def _extract_names(self, scope: str, article_id: str, generation: str | None) -> frozenset[str]:
        article = self.store.article(scope, article_id)
        return frozenset(katakana_names(" ".join(b.text for b in article.passages)))

    def _quotes_in(self, scope: str, article_id: str) -> tuple[Quote, ...]:
        """Every quote of a live article, extracted once per version of it."""
        return self._quotes_cache(scope, article_id, self.store.generation(scope, article_id))

    def _extract_quotes(
        self, scope: str, article_id: str, generation: str | None
    ) -> tuple[Quote, ...]:
        article = self.store.article(scope, article_id)
        stored = self.store.quotes(generation, ANNOTATOR_VERSION) if generation else None
        if stored is None:  # stored before this attribution version: found once, then kept
            log.info("Finding the quotes of %s/%s (not stored for this version)", scope, article_id)
            return tuple(self._annotate(article, generation))
        return tuple(stored)

    def ask(
        self,
        question: str,
        *,
        article: str | None = None,
        history: Sequence[Turn] = (),
        scope: str | None = None,
    ) -> Answer:
        """Answer a question with citations (extractive unless a chat model is configured)."""
        final: Answer | None = None
        for event in self.ask_stream(question, article=article, history=history, scope=scope):
            if isinstance(event, Answer):
                final = event
        assert final is not None
        return final

    def ask_stream(
        self,
        question: str,
        *,
        article: str | None = None,
        history: Sequence[Turn] = (),
        scope: str | None = None,
    ) -> Iterator[str | Answer]:
        """Text chunks as a chat model writes them (if one is configured), then the final Answer."""
        text = _clean_question(question)
        if article is not None:
            self.article(article, scope=scope)
        scopes = self._scopes(scope)
        asked = self._with_names(understand(text, history=history, article=article), scopes)
        located = self._focus(asked.article_id, scope) or self._quoting_article(asked, scopes)
        focus = located[1] if located else None
        quotes = self._quotes_in(located[0], located[1].article_id) if located else ()
        direct = answer_without_search(asked, focus, quotes, history, self._about_scores)
        if direct is not None:  # with a chat model, quotes in another language get translations
            yield self.llm.translate_citations(direct) if self.llm is not None else direct
            return
        if self.llm is not None and history:
            asked = asked.restated(self.llm.condense(text, history, asked.language))
        vector = query_array(self.embeddings, asked.search_text)
        hits = self.searcher.search(
            asked.search_text,
            scopes=scopes,
            article_id=asked.article_id,
            k=8,
            query_vector=vector,
            language=asked.search_language,
            about_person=asked.intent == "who",
        )
        passages = [to_passage(self.store, h) for h in hits]
        extractive = self.answerer.answer(asked, hits, passages, vector, _article_text(focus))

        def article_of(article_id: str) -> Article | None:
            try:
                return self._locate(article_id, scope)[1]
            except UserFacingError:
                return None

        if self.llm is None:
            yield with_full_dates(extractive, asked, article_of)
            return

        def fallback(note: str) -> Answer:
            return replace(extractive, notes=(*extractive.notes, note))

        for event in self.llm.stream(
            text,
            passages[:LLM_PASSAGES],
            language=asked.language,
            history=history,
            fallback=fallback,
        ):
            yield with_full_dates(event, asked, article_of) if isinstance(event, Answer) else event

    def summarize(
        self,
        article: str | None = None,
        *,
        length: str = "short",
        style: str = "paragraph",
        section: str | None = None,
        language: str | None = None,
        scope: str | None = None,
    ) -> Summary:
        """A cited summary: the chat model's, checked (if one is configured), else extractive."""
        final = None
        for event in self.summarize_stream(
            article, length=length, style=style, section=section, language=language, scope=scope
        ):
            final = event if isinstance(event, Summary) else final
        assert final is not None
        return final

    def summarize_stream(
        self,
        article: str | None = None,
        *,
        length: str = "short",
        style: str = "paragraph",
        section: str | None = None,
        language: str | None = None,
        scope: str | None = None,
    ) -> Iterator[str | Summary]:
        """Text chunks as a chat model writes the summary (in `language`, else the article's),
        then the checked Summary; the extractive summary without a model or when it fails."""
        found = self._default_article(article, scope)
        extractive = summarize_article(
            found, length=length, style=style, section=section, embed=self._sentence_embedder(found)
        )
        if self.llm is None:
            yield extractive
            return
        yield from self.llm.summary_stream(
            found,
            language=language or found.language,
            length=length,
            style=style,
            section=section,
            fallback=lambda note: replace(extractive, notes=(*extractive.notes, note)),
        )

    def quotes(
        self,
        article: str | None = None,
        *,
        speaker: str | None = None,
        about: str | None = None,
        language: str | None = None,
        scope: str | None = None,
    ) -> list[Quote]:
        """Direct quotes, verbatim, with their speakers; filtered by speaker and topic. With a
        chat model and `language`, a quote in another language carries a translation."""
        if article is not None:
            located = [self._locate(article, scope)]
        else:
            located = [
                (e.scope, self.store.article(e.scope, e.article_id))
                for e in self.store.entries(self._scopes(scope))
            ]
        scope_of = {a.article_id: s for s, a in located}  # ids are unique among visible articles
        found = find_quotes(
            [a for _, a in located],
            speaker=speaker,
            about=about,
            about_scorer=self._about_scores,
            quotes_of=lambda a: self._quotes_in(scope_of[a.article_id], a.article_id),
        )
        if self.llm is None or language is None:
            return found
        return self.llm.translate_quotes(found, language)

    def speakers(
        self, query: str = "", *, article: str | None = None, scope: str | None = None
    ) -> list[tuple[str, str | None]]:
        """Who the visible articles quote, as (speaker, role), most quoted first; with `query`,
        only those it names in some form (工藤, Kudo, 工藤監督) or whose name contains it."""
        counts: dict[str, int] = {}
        roles: dict[str, str | None] = {}
        for q in self.quotes(article, scope=scope):
            if not q.speaker:
                continue
            if query.strip() and not (
                speaker_matches(query, q.speaker, q.speaker_forms)
                or query.strip().casefold() in q.speaker.casefold()
            ):
                continue
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
            roles.setdefault(q.speaker, q.speaker_role)
        ranked = sorted(counts, key=lambda name: (-counts[name], name))
        return [(name, roles[name]) for name in ranked]

    # --- model helpers ---------------------------------------------------------------------------

    def _embed_passages(self, texts: list[str]) -> np.ndarray:
        return self.vectors.embed_cached(texts)

    def _sentence_embedder(self, article: Article) -> Callable[[list[str]], np.ndarray]:
        """Embeds an article's sentences as the index did, so ingestion's vectors are reused."""
        indexed: dict[str, str] = {}
        for block in article.passages:
            for s in split_sentences(block.text):
                indexed.setdefault(
                    s.text, embedded_text(article.title, block.section, block.kind, s.text)
                )
        return lambda texts: self.vectors.embed_cached([indexed.get(t, t) for t in texts])

    def _about_scores(self, about: str, texts: list[str]) -> list[float]:
        q = query_array(self.embeddings, about)
        return [float(x) for x in self._embed_passages(texts) @ q]

    def flush(self) -> None:
        """Bring the saved lexical index up to date (a clean stop: the next start reads it)."""
        self.searcher.lexical()

    def check(
        self, draft: str, *, articles: Sequence[str] | None = None, scope: str | None = None
    ) -> CheckReport:
        """Every quote (with its speaker), figure and name of a draft checked against the visible
        articles, or only `articles` (retrieval/check)."""
        text = clean_draft(draft)
        if articles:
            wanted = [(self._locate(a, scope)[0], a) for a in dict.fromkeys(articles)]
        else:
            wanted = [(e.scope, e.article_id) for e in self.store.entries(self._scopes(scope))]
        if not wanted:
            raise UserFacingError("There are no articles to check against yet; ingest one first.")
        if not articles and len(wanted) > ALL_SOURCES_UP_TO:  # an archive: search it
            found = {
                p.article_id
                for q in source_queries(text)
                for p in self.search(q, k=SEARCH_HITS, scope=scope)
            }
            wanted = [(s, a) for s, a in wanted if a in found]
        sources = [
            SOURCES.get(
                (s, a, self.store.generation(s, a) or ""),
                lambda s=s, a=a: prepare(self.store.article(s, a), self._quotes_in(s, a)),  # type: ignore[misc]
            )
            for s, a in wanted
        ]
        return check_draft(text, sources)


def _article_text(article: Article | None) -> str:
    return "\n".join(b.text for b in article.blocks) if article else ""


MAX_QUESTION = 2000


def _clean_question(text: str) -> str:
    cleaned = " ".join("".join(ch for ch in text if ch.isprintable() or ch.isspace()).split())
    if not cleaned:
        raise UserFacingError("Please ask a question (it was empty).")
    if len(cleaned) > MAX_QUESTION:
        raise UserFacingError(
            f"That question is too long ({len(cleaned)} characters; the limit is {MAX_QUESTION})."
        )
    return cleaned
