"""Shared fixtures: settings in a temp dir, engines (fake or real embeddings), a Chroma server."""

from __future__ import annotations

import itertools
import shutil
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from bench.common import ChromaServer
from retrieval.config import EngineSettings
from retrieval.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "articles" / "000_1f22f8d10cad0239.txt"
SEED_ID = "000_1f22f8d10cad0239"
SEED_TITLE = "Rubio’s Sizing Up of Russian Spin Spurred US Shift On Putin"  # its headline


class HashEmbeddings(Embeddings):
    """Deterministic bag-of-character-bigram vectors: similar texts get similar vectors."""

    name = "test-hash-embeddings"
    dim = 64

    def _one(self, text: str) -> list[float]:
        v = np.zeros(self.dim, dtype=np.float32)
        for a, b in itertools.pairwise(text):
            v[zlib.crc32((a + b).encode()) % self.dim] += 1.0
        n = float(np.linalg.norm(v)) or 1.0
        return (v / n).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages."""
        return [self._one(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        """Embed a query."""
        return self._one(text)


def article_folder(tmp_path: Path, **articles: str) -> Path:
    """A folder under `tmp_path` holding one `<name>.txt` per keyword argument."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def make_settings(data_dir: Path, **overrides: object) -> EngineSettings:
    """Settings that ignore the developer's .env and environment."""
    values: dict[str, object] = {
        "newsroom_data_dir": data_dir,
        "articles_dir": ROOT / "articles",
        "chroma_host": None,
        "llm_provider": "none",
    }
    values.update(overrides)
    return EngineSettings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def fake_engine(tmp_path: Path) -> Iterator[Engine]:
    """An engine over an empty embedded Chroma in tmp_path, with fast fake embeddings."""
    engine = Engine(make_settings(tmp_path / "data"), embeddings=HashEmbeddings())
    yield engine
    engine.close()


@pytest.fixture(scope="session")
def seed_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The real engine (bundled e5 model, embedded Chroma) with the seed article ingested."""
    engine = Engine(make_settings(tmp_path_factory.mktemp("seed") / "data"))
    engine.sync_articles()
    yield engine
    engine.close()


@pytest.fixture
def engine_factory(tmp_path: Path) -> Iterator[Callable[..., Engine]]:
    """Build engines on tmp_path data dirs (real model unless embeddings are given)."""
    made: list[Engine] = []

    def build(
        name: str = "data", embeddings: Embeddings | None = None, **overrides: object
    ) -> Engine:
        engine = Engine(make_settings(tmp_path / name, **overrides), embeddings=embeddings)
        made.append(engine)
        return engine

    yield build
    for engine in made:
        engine.close()


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[ChromaServer]:
    """A fresh `chroma run` server for one test, stopped afterwards."""
    if shutil.which("chroma", path=str(Path(sys.executable).parent)) is None:
        pytest.fail("the chroma CLI is missing from the virtualenv")
    server = ChromaServer(tmp_path / "chroma-server", timeout_s=30)
    server.start()
    yield server
    server.stop()
