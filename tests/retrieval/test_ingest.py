"""Ingestion: idempotent, atomic per article, repaired after a crash, scoped per server."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from retrieval.engine import Engine
from retrieval.models import GLOBAL_SCOPE, Article, Quote, UserFacingError
from tests.conftest import SEED, SEED_ID, HashEmbeddings, make_settings


def write_article(folder: Path, name: str, paragraphs: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def vector_paragraphs(engine: Engine, scope: str, article_id: str) -> list[str]:
    return sorted(engine.vectors.ids_for(scope, article_id))


def test_ingest_then_reingest_unchanged_is_skipped(fake_engine: Engine) -> None:
    first = fake_engine.ingest([SEED])
    again = fake_engine.ingest([SEED])
    assert [r.status for r in first] == ["added"]
    assert [r.status for r in again] == ["unchanged"]
    assert first[0].blocks == 31 and first[0].passages == 26


def test_changed_article_replaces_old_passages_without_duplicates(
    fake_engine: Engine, tmp_path: Path
) -> None:
    path = write_article(
        tmp_path / "in", "story.txt", ["東京で大雨が降った。", "気象庁は警報を出した。"]
    )
    fake_engine.ingest([path])
    before = vector_paragraphs(fake_engine, GLOBAL_SCOPE, "story")
    write_article(
        tmp_path / "in",
        "story.txt",
        ["大阪で大雪が降った。", "鉄道は運休した。", "市は対策本部を設けた。"],
    )
    result = fake_engine.ingest([path])
    after = vector_paragraphs(fake_engine, GLOBAL_SCOPE, "story")
    assert result[0].status == "updated"
    assert not set(before) & set(after)
    generation = fake_engine.store.generation(GLOBAL_SCOPE, "story")
    assert all(f"|{generation}|" in vid for vid in after)
    texts = [p.text for p in fake_engine.search("大雪", k=10, article="story")]
    assert "東京で大雨が降った。" not in texts
    assert sorted(texts) == sorted(
        ["大阪で大雪が降った。", "鉄道は運休した。", "市は対策本部を設けた。"]
    )


def test_crash_between_vectors_and_publish_keeps_old_version_live_and_is_repaired(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(tmp_path / "data")
    path = write_article(tmp_path / "in", "story.txt", ["古い本文です。", "古い二段落目です。"])
    engine = Engine(settings, embeddings=HashEmbeddings())
    engine.ingest([path])
    old_ids = vector_paragraphs(engine, GLOBAL_SCOPE, "story")
    write_article(tmp_path / "in", "story.txt", ["新しい本文です。", "新しい二段落目です。"])

    def crash(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr(engine.store, "publish", crash)
    with pytest.raises(KeyboardInterrupt):
        engine.ingest([path])
    # The new vectors are written but not live: searches still see only the old text.
    assert len(vector_paragraphs(engine, GLOBAL_SCOPE, "story")) > len(old_ids)
    assert {p.text for p in engine.search("本文", k=5)} == {"古い本文です。", "古い二段落目です。"}
    engine.close()

    reopened = Engine(settings, embeddings=HashEmbeddings())  # opening repairs
    assert vector_paragraphs(reopened, GLOBAL_SCOPE, "story") == old_ids
    assert reopened.ingest([path])[0].status == "updated"
    assert {p.text for p in reopened.search("本文", k=5)} == {
        "新しい本文です。",
        "新しい二段落目です。",
    }
    reopened.close()


def test_crash_after_publish_before_cleanup_is_repaired(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(tmp_path / "data")
    path = write_article(tmp_path / "in", "story.txt", ["古い本文です。"])
    engine = Engine(settings, embeddings=HashEmbeddings())
    engine.ingest([path])
    write_article(tmp_path / "in", "story.txt", ["新しい本文です。"])

    def crash(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr(engine.vectors, "delete_stale", crash)
    with pytest.raises(KeyboardInterrupt):
        engine.ingest([path])
    assert [p.text for p in engine.search("本文", k=5)] == ["新しい本文です。"]
    engine.close()
    reopened = Engine(settings, embeddings=HashEmbeddings())
    generation = reopened.store.generation(GLOBAL_SCOPE, "story")
    ids = vector_paragraphs(reopened, GLOBAL_SCOPE, "story")
    assert ids and all(f"|{generation}|" in i for i in ids)
    assert reopened.store.pending() == []
    reopened.close()


def test_many_articles_share_upserts_and_a_crash_mid_batch_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(tmp_path / "data")
    folder = tmp_path / "in"
    for i in range(120):
        write_article(folder, f"a{i:03d}.txt", [f"記事{i}の本文です。", f"記事{i}の続きです。"])
    engine = Engine(settings, embeddings=HashEmbeddings())
    collection = engine.vectors._collection
    upserts = 0
    real_upsert = collection.upsert

    def counting(*args: object, **kwargs: object) -> None:
        nonlocal upserts
        upserts += 1
        real_upsert(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(collection, "upsert", counting)
    first = engine.ingest([folder / f"a{i:03d}.txt" for i in range(60)])
    assert [r.status for r in first] == ["added"] * 60
    assert upserts < 10  # 60 articles, 180 vectors: a handful of writes, not one per article
    monkeypatch.undo()

    calls = 0
    real_add = engine.vectors.add_many

    def crash_on_second(*args: object, **kwargs: object) -> int:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt("killed")
        return real_add(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine.vectors, "add_many", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        engine.ingest([folder])  # 60 unchanged, then new ones in groups
    monkeypatch.undo()
    live = {e.article_id for e in engine.store.entries()}
    assert {f"a{i:03d}" for i in range(60)} < live < {f"a{i:03d}" for i in range(120)}
    engine.close()

    reopened = Engine(settings, embeddings=HashEmbeddings())
    results = reopened.ingest([folder])
    assert sum(r.status == "added" for r in results) == 120 - len(live)
    for i in range(120):
        generation = reopened.store.generation(GLOBAL_SCOPE, f"a{i:03d}")
        ids = vector_paragraphs(reopened, GLOBAL_SCOPE, f"a{i:03d}")
        assert len(ids) == 2 and all(f"|{generation}|" in v for v in ids)
    assert reopened.vectors.count() == 240
    assert reopened.store.pending() == []
    reopened.close()


def test_bad_file_among_good_ones_changes_nothing(fake_engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_article(folder, "good.txt", ["良い記事です。"])
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(UserFacingError, match=r"bad\.txt"):
        fake_engine.ingest([folder])
    assert fake_engine.articles() == []
    assert fake_engine.vectors.count() == 0


def test_missing_path_is_a_user_error(fake_engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="no such file"):
        fake_engine.ingest([tmp_path / "nope.txt"])


def test_jsonl_bulk_ingest_uses_ids_and_titles(fake_engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "bulk.jsonl"
    rows = [
        {
            "id": "a1",
            "title": "梅雨",
            "paragraphs": ["梅雨は雨の多い期間のこと。", "入梅は暦の上の日付。"],
        },
        {
            "id": "a2",
            "title": "Tokyo",
            "paragraphs": ["Tokyo is the capital of Japan."],
            "url": "https://example.org",
        },
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    results = fake_engine.ingest([path])
    assert [(r.article_id, r.title, r.passages) for r in results] == [
        ("a1", "梅雨", 2),
        ("a2", "Tokyo", 1),
    ]
    assert fake_engine.article("a2").url == "https://example.org"


def test_guild_articles_are_invisible_to_other_guilds(fake_engine: Engine) -> None:
    fake_engine.ingest([SEED])
    fake_engine.ingest_bytes("memo.txt", "社内メモ：取材先は山田氏です。".encode(), scope="guild:1")
    assert {a.article_id for a in fake_engine.articles(scope="guild:1")} == {SEED_ID, "memo"}
    assert {a.article_id for a in fake_engine.articles(scope="guild:2")} == {SEED_ID}
    assert {a.article_id for a in fake_engine.articles()} == {SEED_ID}
    with pytest.raises(UserFacingError):
        fake_engine.article("memo", scope="guild:2")
    with pytest.raises(UserFacingError):
        fake_engine.source("memo", 1, scope="guild:2")
    hits = fake_engine.search("取材先は山田氏", k=30, scope="guild:2")
    assert all(h.article_id == SEED_ID for h in hits)
    assert any(
        h.article_id == "memo" for h in fake_engine.search("取材先は山田氏", k=5, scope="guild:1")
    )
    with pytest.raises(UserFacingError):
        fake_engine.remove("memo", scope="guild:2")
    with pytest.raises(UserFacingError):
        fake_engine.remove(SEED_ID, scope="guild:1")


def test_the_only_visible_article_is_the_default_one_per_scope(fake_engine: Engine) -> None:
    store = fake_engine.store
    assert store.sole_entry((GLOBAL_SCOPE,)) is None
    fake_engine.ingest([SEED])
    fake_engine.ingest_bytes("memo.txt", "社内メモ：取材先は山田氏です。".encode(), scope="guild:1")
    only = store.sole_entry((GLOBAL_SCOPE, "guild:2"))
    assert only is not None and only.article_id == SEED_ID
    assert store.sole_entry((GLOBAL_SCOPE, "guild:1")) is None  # the seed and the memo
    assert fake_engine.summarize(scope="guild:2").article_id == SEED_ID
    with pytest.raises(UserFacingError, match="Which article"):
        fake_engine.summarize(scope="guild:1")


def test_guild_upload_cannot_shadow_a_shared_article(fake_engine: Engine) -> None:
    fake_engine.ingest([SEED])
    with pytest.raises(UserFacingError, match="shared article"):
        fake_engine.ingest_bytes(SEED.name, SEED.read_bytes(), scope="guild:1")


def test_remove_deletes_vectors_and_store_entry(fake_engine: Engine) -> None:
    fake_engine.ingest([SEED])
    fake_engine.remove(SEED_ID, scope=GLOBAL_SCOPE)
    assert fake_engine.articles() == []
    assert fake_engine.vectors.count() == 0


def test_meta_blocks_are_never_indexed(fake_engine: Engine) -> None:
    fake_engine.ingest([SEED])
    hits = fake_engine.search("原題 Rubio Bloomberg もっと読むにはこちら ©2025", k=26)
    assert {h.paragraph for h in hits}.isdisjoint({8, 19, 29, 30, 31})


def test_lost_vector_store_is_rebuilt_from_the_article_store(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data")
    engine = Engine(settings, embeddings=HashEmbeddings())
    engine.ingest([SEED])
    engine.ingest_bytes("memo.txt", "社内メモ：取材先は山田氏です。".encode(), scope="guild:1")
    before = engine.vectors.count()
    engine.close()
    shutil.rmtree(tmp_path / "data" / "chroma")

    reopened = Engine(settings, embeddings=HashEmbeddings())
    assert reopened.vectors.count() == before
    assert reopened.search("取材先", k=1, scope="guild:1")[0].article_id == "memo"
    reopened.close()


def test_each_embedding_model_gets_its_own_collection(tmp_path: Path) -> None:
    class OtherEmbeddings(HashEmbeddings):
        name = "another-model"

    settings = make_settings(tmp_path / "data")
    first = Engine(settings, embeddings=HashEmbeddings())
    first.ingest([SEED])
    first.close()
    second = Engine(settings, embeddings=OtherEmbeddings())
    assert second.vectors.count() > 0  # re-embedded into the new model's collection
    assert second.search("ルビオ", k=1)[0].article_id == SEED_ID
    second.close()


def test_another_scope_crowding_the_nearest_vectors_does_not_hide_visible_ones(
    fake_engine: Engine,
) -> None:
    fake_engine.ingest([SEED])
    crowd = {
        "id": "crowd",
        "title": "ルビオ",
        "paragraphs": [f"ルビオ氏ルビオ氏 {i}" for i in range(200)],
    }
    fake_engine.ingest_bytes(
        "crowd.jsonl", json.dumps(crowd, ensure_ascii=False).encode(), scope="guild:1"
    )
    hits = fake_engine.search("ルビオ氏", k=5, scope="guild:2")
    assert len(hits) == 5
    assert {h.article_id for h in hits} == {SEED_ID}
    assert {h.article_id for h in fake_engine.search("ルビオ氏", k=5, scope="guild:1")} == {"crowd"}


def test_after_a_change_only_that_article_is_tokenized_and_bm25_matches_a_full_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from retrieval import catalogue
    from retrieval.catalogue import LexicalCatalogue

    settings = make_settings(tmp_path / "data")
    folder = tmp_path / "in"
    for name, paragraphs in {
        "a.txt": ["東京で大雨が降った。", "気象庁は警報を出した。"],
        "b.txt": ["大阪で大雪が降った。"],
        "c.txt": ["名古屋は晴れた。", "東京も晴れた。"],
    }.items():
        write_article(folder, name, paragraphs)
    engine = Engine(settings, embeddings=HashEmbeddings())
    engine.ingest([folder])
    engine.search("大雨")  # builds and saves the lexical index
    engine.close()

    tokenized: list[str] = []
    real = catalogue.tokenize_article

    def counting(store: object, scope: str, article_id: str) -> object:
        tokenized.append(article_id)
        return real(store, scope, article_id)  # type: ignore[arg-type]

    monkeypatch.setattr(catalogue, "tokenize_article", counting)
    reopened = Engine(settings, embeddings=HashEmbeddings())  # a new process: nothing in memory
    write_article(folder, "b.txt", ["大阪で大雪が降り、鉄道が止まった。"])
    write_article(folder, "d.txt", ["札幌は吹雪だった。"])
    reopened.ingest([folder])
    reopened.remove("c", scope=GLOBAL_SCOPE)
    hits = reopened.search("大雪で鉄道", k=3)
    assert sorted(tokenized) == ["b", "d"]
    assert hits[0].article_id == "b"

    updated = reopened.searcher.lexical()
    fresh = LexicalCatalogue.build(reopened.store)
    for name, index in fresh.indexes.items():
        mine = updated.indexes[name]
        assert sorted(mine.keys) == sorted(index.keys)
        order = [mine.keys.index(k) for k in index.keys]
        for query in (["大雪", "鉄道"], ["東京", "大雨"], ["晴れ"], ["吹雪"]):
            np.testing.assert_allclose(
                mine.match(query)[0][order], index.match(query)[0], rtol=1e-6
            )
    reopened.close()


def test_quotes_are_found_at_ingestion_and_read_from_the_store_after(
    engine_factory: Callable[..., Engine], monkeypatch: pytest.MonkeyPatch
) -> None:
    import retrieval.ingestion as engine_module

    calls: list[str] = []
    real = engine_module.extract_quotes

    def counting(article: Article) -> list[Quote]:
        calls.append(article.article_id)
        return real(article)

    monkeypatch.setattr(engine_module, "extract_quotes", counting)
    engine = engine_factory(embeddings=HashEmbeddings())
    engine.ingest([SEED])
    assert calls == [SEED_ID]  # the parse ran once, at ingestion
    engine.close()
    reopened = engine_factory(embeddings=HashEmbeddings())  # a new process, the same data dir
    quotes = reopened.quotes(SEED_ID, speaker="ピゴット")
    reopened.quotes(SEED_ID)
    reopened.ask("ピゴット報道官は何と述べたか", article=SEED_ID)
    assert calls == [SEED_ID]  # questions never parse: the stored quotes are read
    assert [q.paragraph for q in quotes] == [14, 15]
    assert all(q.speaker_role == "米国務省報道官" for q in quotes)


def test_quotes_stored_by_an_older_attribution_are_found_again_at_start_up_not_by_a_question(
    engine_factory: Callable[..., Engine], monkeypatch: pytest.MonkeyPatch
) -> None:
    import retrieval.engine as engine_module
    import retrieval.ingestion as ingestion_module

    engine = engine_factory(embeddings=HashEmbeddings())
    engine.ingest([SEED])
    engine.close()
    for module in (engine_module, ingestion_module):  # an upgrade of the attribution
        monkeypatch.setattr(module, "ANNOTATOR_VERSION", "next-version")
    reopened = engine_factory(embeddings=HashEmbeddings())
    generation = reopened.store.generation(GLOBAL_SCOPE, SEED_ID)
    assert generation is not None
    assert reopened.store.quotes(generation, "next-version") is None
    assert reopened.refresh_annotations() == 1
    assert reopened.store.quotes(generation, "next-version")  # stored under the new version
    assert reopened.refresh_annotations() == 0  # once
