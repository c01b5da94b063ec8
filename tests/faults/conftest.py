"""Helpers for fault tests: generated articles and snapshots of what an index holds."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

import chromadb
from chromadb.config import Settings as ChromaSettings

from retrieval.engine import Engine

TOPICS = ("budget", "harbour", "railway", "school", "hospital", "bridge", "library", "market")
PLACES = ("Osaka", "Sapporo", "Fukuoka", "Sendai", "Kobe", "Nagoya")


def write_articles(folder: Path, n: int, *, seed: int = 7) -> Path:
    """`n` small English articles (4-6 paragraphs, several sentences each) in `folder`."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        topic, place = rng.choice(TOPICS), rng.choice(PLACES)
        paragraphs = [f"{place} council debates the {topic} plan number {i}"]
        for j in range(rng.randint(4, 6)):
            amount = rng.randint(2, 900)
            paragraphs.append(
                f"The {place} council approved {amount} million yen for the {topic} in item {i}.{j}. "
                f"Officials said the work on the {topic} would start in spring. "
                f'"We waited years for this," said resident number {rng.randint(1, 99)}.'
            )
        (folder / f"{i:03d}_{topic}.txt").write_text("\n\n".join(paragraphs) + "\n")
    return folder


def store_rows(data_dir: Path) -> dict[str, Any]:
    """Everything the store holds that a clean ingestion determines (no timestamps)."""
    db = sqlite3.connect(data_dir / "store.sqlite3")
    try:
        return {
            "articles": sorted(
                db.execute(
                    "SELECT scope, article_id, generation, title, original_title, url, published, "
                    "blocks, n_blocks, n_passages FROM articles"
                ).fetchall()
            ),
            "pending": sorted(db.execute("SELECT * FROM pending").fetchall()),
            "embeddings": sorted(db.execute("SELECT key, vector FROM embeddings").fetchall()),
        }
    finally:
        db.close()


def vector_ids(engine: Engine) -> list[str]:
    """Every vector id in the engine's collection, sorted (duplicates would show twice)."""
    got = engine.vectors._collection.get(include=[])
    return sorted(got["ids"])


def chroma_ids(chroma_dir: Path) -> dict[str, list[str]]:
    """Vector ids of every collection in an embedded Chroma directory, without repairing it."""
    client = chromadb.PersistentClient(
        path=str(chroma_dir), settings=ChromaSettings(anonymized_telemetry=False)
    )
    out = {}
    for collection in client.list_collections():
        out[collection.name] = sorted(client.get_collection(collection.name).get(include=[])["ids"])
    return out
