"""A damaged or missing data directory: a clear error naming it, and `newsroom reindex` fixes it."""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from bot import cli
from retrieval.config import EngineSettings
from retrieval.engine import Engine
from retrieval.models import IndexUnavailableError, UserFacingError
from tests.conftest import HashEmbeddings, make_settings

from .conftest import vector_ids, write_articles

QUESTION = "How much did the Sapporo council approve for the harbour?"


@pytest.fixture
def settings(tmp_path: Path) -> EngineSettings:
    """Settings whose data dir holds a clean ingestion of a few generated articles."""
    settings = make_settings(
        tmp_path / "data", articles_dir=write_articles(tmp_path / "articles", 5)
    )
    engine = Engine(settings, embeddings=HashEmbeddings())
    engine.sync_articles()
    engine.search(QUESTION)  # writes lexical.npz
    engine.close()
    return settings


def fingerprint(engine: Engine) -> tuple[object, ...]:
    """What a user would see: the article list and the ranked passages for a question."""
    return (
        [(i.article_id, i.title, i.passages) for i in engine.articles()],
        [(p.article_id, p.paragraph, round(p.score, 4)) for p in engine.search(QUESTION, k=5)],
    )


def open_engine(settings: EngineSettings) -> Engine:
    return Engine(settings, embeddings=HashEmbeddings())


def rebuilt(settings: EngineSettings, monkeypatch: pytest.MonkeyPatch) -> Engine:
    """What `newsroom reindex` does (Engine.rebuild then reindex), with the fake embeddings."""
    monkeypatch.setattr("retrieval.engine.build_embeddings", lambda _settings: HashEmbeddings())
    engine = Engine.rebuild(settings)
    engine.reindex()
    return engine


def random_bytes(path: Path, *, keep: int = 0, seed: int = 1) -> None:
    """Overwrite `path` after its first `keep` bytes with seeded random bytes."""
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    data[keep:] = bytes(rng.randrange(256) for _ in range(len(data) - keep))
    path.write_bytes(bytes(data))


def clean_view(settings: EngineSettings) -> tuple[object, ...]:
    engine = open_engine(settings)
    try:
        return fingerprint(engine)
    finally:
        engine.close()


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: random_bytes(p), id="all-random"),
        pytest.param(lambda p: random_bytes(p, keep=100), id="header-kept"),
        pytest.param(lambda p: random_bytes(p, keep=4096), id="first-page-kept"),
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[:5000]), id="truncated"),
    ],
)
def test_a_corrupt_store_names_itself_and_suggests_reindex_which_fixes_it(
    settings: EngineSettings, damage: Callable[[Path], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = clean_view(settings)
    store = settings.data_dir / "store.sqlite3"
    # Fold the WAL in first so the damage hits the real database file.
    for side in ("store.sqlite3-wal", "store.sqlite3-shm"):
        (settings.data_dir / side).unlink(missing_ok=True)
    damage(store)
    with pytest.raises(UserFacingError) as caught:
        open_engine(settings)
    message = str(caught.value)
    assert not isinstance(caught.value, IndexUnavailableError)  # retrying would not help
    assert str(store) in message and "newsroom reindex" in message and "\n" not in message
    engine = rebuilt(settings, monkeypatch)
    try:
        assert fingerprint(engine) == before
    finally:
        engine.close()


def test_a_deleted_chroma_dir_is_rebuilt_from_the_store(settings: EngineSettings) -> None:
    before = clean_view(settings)
    ids_engine = open_engine(settings)
    ids_before = vector_ids(ids_engine)
    ids_engine.close()
    shutil.rmtree(settings.data_dir / "chroma")
    engine = open_engine(settings)
    try:
        assert fingerprint(engine) == before
        assert vector_ids(engine) == ids_before
    finally:
        engine.close()


def test_a_corrupt_chroma_database_names_itself_and_reindex_fixes_it(
    settings: EngineSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = clean_view(settings)
    chroma = settings.data_dir / "chroma"
    random_bytes(chroma / "chroma.sqlite3")
    with pytest.raises(UserFacingError) as caught:
        open_engine(settings)
    assert not isinstance(caught.value, IndexUnavailableError)  # not "try again in a minute"
    assert str(chroma) in str(caught.value) and "newsroom reindex" in str(caught.value)
    engine = rebuilt(settings, monkeypatch)
    try:
        assert fingerprint(engine) == before
    finally:
        engine.close()


def test_a_deleted_data_dir_starts_empty_and_reindex_restores_it(
    settings: EngineSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = clean_view(settings)
    shutil.rmtree(settings.data_dir)
    engine = open_engine(settings)
    try:
        assert engine.articles() == []
        assert engine.search(QUESTION) == []
        with pytest.raises(UserFacingError, match="no articles"):
            engine.summarize()
    finally:
        engine.close()
    engine = rebuilt(settings, monkeypatch)
    try:
        assert fingerprint(engine) == before
    finally:
        engine.close()


@pytest.mark.parametrize("keep", [0, 10, 200, -20])
def test_a_truncated_lexical_index_is_rebuilt_not_trusted(
    settings: EngineSettings, keep: int
) -> None:
    before = clean_view(settings)
    lexical = settings.data_dir / "lexical.npz"
    data = lexical.read_bytes()
    lexical.write_bytes(data[:keep])  # negative: the last bytes cut off
    engine = open_engine(settings)
    try:
        assert fingerprint(engine) == before
    finally:
        engine.close()
    with np.load(lexical, allow_pickle=True) as rewritten:  # rewritten whole, for this version
        assert int(rewritten["version"][0]) == store_version(settings)


def store_version(settings: EngineSettings) -> int:
    engine = open_engine(settings)
    try:
        return engine.store.version
    finally:
        engine.close()


def test_the_cli_reports_a_corrupt_store_and_reindex_repairs_it(
    settings: EngineSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = clean_view(settings)
    monkeypatch.chdir(tmp_path)  # no developer .env
    monkeypatch.setenv("NEWSROOM_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("ARTICLES_DIR", str(settings.articles_dir))
    monkeypatch.setenv("LLM_PROVIDER", "none")
    monkeypatch.delenv("CHROMA_HOST", raising=False)
    monkeypatch.setattr("retrieval.engine.build_embeddings", lambda _settings: HashEmbeddings())
    for side in ("store.sqlite3-wal", "store.sqlite3-shm"):
        (settings.data_dir / side).unlink(missing_ok=True)
    random_bytes(settings.data_dir / "store.sqlite3")
    assert cli.main(["ask", QUESTION]) == cli.EXIT_USER
    err = capsys.readouterr().err
    assert "newsroom reindex" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert cli.main(["reindex"]) == 0
    assert "reindexed 5 articles" in capsys.readouterr().err
    assert clean_view(settings) == before
