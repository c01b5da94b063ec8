"""Engine: the one object every surface (CLI, terminal chat, Discord) calls."""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from retrieval import articles as parsing
from retrieval.answer import ExtractiveAnswerer
from retrieval.config import EngineSettings
from retrieval.embeddings import build_embeddings, query_array
from retrieval.index import VectorIndex, passage_context
from retrieval.llm import LLMAnswerer, build_chat_model
from retrieval.models import (
    GLOBAL_SCOPE,
    Answer,
    Article,
    ArticleInfo,
    Block,
    IngestResult,
    Passage,
    Quote,
    Summary,
    Turn,
    UserFacingError,
    detect_language,
)
from retrieval.names import katakana_names, latin_names, match_names
from retrieval.quotes import ANNOTATOR_VERSION, extract_quotes, find_quotes, speaker_matches
from retrieval.search import HybridSearcher, names_of, to_passage
from retrieval.sentences import split_sentences
from retrieval.store import ArticleStore
from retrieval.summarize import summarize as summarize_article

log = logging.getLogger(__name__)

Progress = Callable[[int], None]
NAME_SOURCE_PASSAGES = 5  # first-pass results whose articles supply katakana names
LLM_PASSAGES = 6  # passages given to a chat model: enough context, short prompts
# Articles are embedded and written together up to about this many passages (a few upserts
# instead of one per article; small enough that progress still moves and a crash loses little).
INGEST_GROUP_PASSAGES = 200


class Engine:
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

    # --- ingestion -----------------------------------------------------------------------------

    def repair(self) -> None:
        """Make the vectors match the store after a crash, a lost vector store or a new model."""
        entries = self.store.entries()
        if entries and self.vectors.count() == 0:
            log.warning(
                "The vector index is empty but %d articles are stored (new embedding model, or "
                "the Chroma data was lost): re-embedding them from the store",
                len(entries),
            )
            for entry in entries:
                self.store.begin(entry.scope, entry.article_id, entry.generation)
            for scope in sorted({e.scope for e in entries}):
                stored = {e.article_id: e.generation for e in entries if e.scope == scope}
                articles = [self.store.article(scope, a) for a in stored]
                for group in _groups(articles, INGEST_GROUP_PASSAGES):
                    self.vectors.add_many(scope, [(a, stored[a.article_id]) for a in group])
        for scope, article_id, _ in self.store.pending():
            self.vectors.delete_stale(
                scope, article_id, keep=self.store.generation(scope, article_id)
            )
            self.store.done(scope, article_id)
            log.info("Repaired the index of %s/%s after an interrupted run", scope, article_id)

    def parse(self, paths: Sequence[Path]) -> list[Article]:
        """Parse every article under `paths`; any bad file stops it before anything is indexed."""
        found: list[Article] = []
        for path in parsing.iter_article_files(paths):
            found.extend(parsing.parse_file(path))
        return _unique(found)

    def ingest(
        self,
        paths: Sequence[Path],
        *,
        scope: str = GLOBAL_SCOPE,
        progress: Progress | None = None,
    ) -> list[IngestResult]:
        """Ingest files and folders: unchanged articles are skipped, changed ones replaced."""
        return self.ingest_articles(self.parse(paths), scope=scope, progress=progress)

    def ingest_bytes(self, filename: str, data: bytes, *, scope: str) -> list[IngestResult]:
        """Ingest an uploaded file into `scope`."""
        return self.ingest_articles(_unique(parsing.parse_bytes(data, filename)), scope=scope)

    def sync_articles(self, progress: Progress | None = None) -> list[IngestResult]:
        """Ingest the articles folder (bundled, visible everywhere) if anything in it changed."""
        folder = self.settings.articles_dir
        if not folder.exists():
            log.warning("Articles folder %s does not exist; nothing to ingest", folder)
            return []
        return self.ingest([folder], progress=progress)

    def ingest_articles(
        self,
        articles: Sequence[Article],
        *,
        scope: str = GLOBAL_SCOPE,
        progress: Progress | None = None,
    ) -> list[IngestResult]:
        """Index parsed articles, each atomically: its old version stays live until the new is whole."""
        if scope != GLOBAL_SCOPE:
            for a in articles:
                if self.store.entry(GLOBAL_SCOPE, a.article_id):
                    raise UserFacingError(
                        f"{a.article_id} is the id of a shared article; rename the file and upload again."
                    )
        results: list[IngestResult] = []
        with self._write_lock:
            if self.store.pending():  # cleanup an earlier outage cut short, in this process too
                self.repair()
            for group in _groups(articles, INGEST_GROUP_PASSAGES):
                results.extend(self._ingest_group(scope, group, progress))
        return results

    def _ingest_group(
        self, scope: str, group: Sequence[Article], progress: Progress | None
    ) -> list[IngestResult]:
        """Index a few articles together: one embedding pass and shared upserts, then each
        article is published on its own (its old version stays live until then)."""
        plan: list[tuple[Article, str, str]] = []  # article, generation, status
        for article in group:
            generation = _generation(article)
            current = self.store.generation(scope, article.article_id)
            status = "unchanged" if current == generation else "updated" if current else "added"
            plan.append((article, generation, status))
            if status != "unchanged":
                self.store.begin(scope, article.article_id, generation)
        changed = [(a, g) for a, g, status in plan if status != "unchanged"]
        for article, generation in changed:  # parsed once per version, before it goes live
            self._annotate(article, generation)
        if changed:
            self.vectors.add_many(scope, changed)
        results = []
        for article, generation, status in plan:
            if status != "unchanged":
                self.store.publish(scope, article, generation)
                if status == "updated":  # a new article has no older vectors to drop
                    self.vectors.delete_stale(scope, article.article_id, keep=generation)
                self.store.done(scope, article.article_id)
            if progress:
                progress(len(article.passages))
            log.info(
                "%s %s/%s (%d passages)", status, scope, article.article_id, len(article.passages)
            )
            results.append(
                IngestResult(
                    article_id=article.article_id,
                    title=article.title,
                    blocks=len(article.blocks),
                    passages=len(article.passages),
                    status=status,  # type: ignore[arg-type]
                )
            )
        return results

    def remove(self, article_id: str, *, scope: str) -> None:
        """Remove an article of `scope` (never another scope's) from the store and the index."""
        with self._write_lock:
            if self.store.unpublish(scope, article_id) is None:
                raise UserFacingError(f"Unknown article: {article_id}")
            self.vectors.delete_stale(scope, article_id, keep=None)
            self.store.done(scope, article_id)

    def reindex(self, progress: Progress | None = None) -> list[IngestResult]:
        """Rebuild the index from the articles folder, dropping everything else."""
        with self._write_lock:
            self.vectors.reset()
            for entry in self.store.entries():
                self.store.unpublish(entry.scope, entry.article_id)
                self.store.done(entry.scope, entry.article_id)
        return self.sync_articles(progress)

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
        query = self._spell_names(query, scopes, article)
        hits = self.searcher.search(query, scopes=scopes, article_id=article, k=k)
        return [to_passage(self.store, h) for h in hits]

    def _spell_names(self, query: str, scopes: tuple[str, ...], article: str | None) -> str:
        """An English question with the katakana spellings of the names it uses appended.

        "What did Rubio say?" over a Japanese article becomes "… (ルビオ)": the names come from
        the articles the question is about (the given one, else the best first-pass matches).
        """
        if detect_language(query) != "en" or not latin_names(query):
            return query
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
        matched = match_names(query, names)
        return f"{query} ({' '.join(matched)})" if matched else query

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

    def _annotate(self, article: Article, generation: str | None) -> list[Quote]:
        """Find an article version's quotes (the Japanese parse runs here) and the names it can
        be found by from another language, and store them."""
        quotes = extract_quotes(article)
        if generation:
            self.store.save_quotes(generation, ANNOTATOR_VERSION, quotes)
            self.store.save_name_keys(generation, names_of(article))
        return quotes

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
        question = _clean_question(question)
        if article is not None:
            self.article(article, scope=scope)
        language = detect_language(question)
        standalone, article = self.answerer.resolve_follow_up(question, history, article)
        standalone = self._spell_names(standalone, self._scopes(scope), article)
        located = self._focus(article, scope)
        focus = located[1] if located else None
        quotes = self._quotes_in(located[0], located[1].article_id) if located else ()
        direct = self.answerer.from_metadata(standalone, focus) or self.answerer.from_quotes(
            question, standalone, focus, quotes, history, self._about_scores
        )
        if direct is not None:
            yield direct
            return
        if self.llm is not None and history:
            standalone = self.llm.condense(question, history, language)
        vector = query_array(self.embeddings, standalone)
        hits = self.searcher.search(
            standalone, scopes=self._scopes(scope), article_id=article, k=8, query_vector=vector
        )
        passages = [to_passage(self.store, h) for h in hits]
        extractive = self.answerer.answer(
            question, standalone, hits, passages, vector, article, _article_text(focus)
        )
        if self.llm is None:
            yield extractive
            return

        def fallback(note: str) -> Answer:
            return replace(extractive, notes=(*extractive.notes, note))

        yield from self.llm.stream(
            question, passages[:LLM_PASSAGES], language=language, history=history, fallback=fallback
        )

    def summarize(
        self,
        article: str | None = None,
        *,
        length: str = "short",
        style: str = "paragraph",
        section: str | None = None,
        scope: str | None = None,
    ) -> Summary:
        """An extractive summary whose every sentence is verbatim and cited."""
        found = self._default_article(article, scope)
        return summarize_article(
            found, length=length, style=style, section=section, embed=self._sentence_embedder(found)
        )

    def quotes(
        self,
        article: str | None = None,
        *,
        speaker: str | None = None,
        about: str | None = None,
        scope: str | None = None,
    ) -> list[Quote]:
        """Direct quotes, verbatim, with their speakers; filtered by speaker and topic."""
        if article is not None:
            located = [self._locate(article, scope)]
        else:
            located = [
                (e.scope, self.store.article(e.scope, e.article_id))
                for e in self.store.entries(self._scopes(scope))
            ]
        scope_of = {a.article_id: s for s, a in located}  # ids are unique among visible articles
        return find_quotes(
            [a for _, a in located],
            speaker=speaker,
            about=about,
            about_scorer=self._about_scores,
            quotes_of=lambda a: self._quotes_in(scope_of[a.article_id], a.article_id),
        )

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
            context = passage_context(article.title, block.section, block.kind)
            for s in split_sentences(block.text):
                indexed.setdefault(s.text, f"{context}: {s.text}")
        return lambda texts: self.vectors.embed_cached([indexed.get(t, t) for t in texts])

    def _about_scores(self, about: str, texts: list[str]) -> list[float]:
        q = query_array(self.embeddings, about)
        return [float(x) for x in self._embed_passages(texts) @ q]


def _article_text(article: Article | None) -> str:
    return "\n".join(b.text for b in article.blocks) if article else ""


def _generation(article: Article) -> str:
    return article.content_hash[:16]


def _groups(articles: Sequence[Article], passages: int) -> Iterator[list[Article]]:
    """Consecutive runs of articles holding about `passages` passages (at least one article)."""
    group: list[Article] = []
    size = 0
    for article in articles:
        if group and size + len(article.passages) > passages:
            yield group
            group, size = [], 0
        group.append(article)
        size += len(article.passages)
    if group:
        yield group


def _unique(articles: list[Article]) -> list[Article]:
    seen: dict[str, Article] = {}
    for a in articles:
        if a.article_id in seen:
            raise UserFacingError(
                f"Two articles share the id {a.article_id!r} ({seen[a.article_id].source} and {a.source})."
            )
        seen[a.article_id] = a
    return list(seen.values())


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
