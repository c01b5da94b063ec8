"""👍/👎 votes on answers, kept in SQLite under the data directory and exported as JSON."""

from __future__ import annotations

import json
import sqlite3
import time
from contextlib import closing
from dataclasses import asdict
from pathlib import Path
from typing import Literal

from retrieval.models import Answer

FILENAME = "feedback.sqlite3"
Vote = Literal["up", "down"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS votes (
    message_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    answerable INTEGER NOT NULL,
    mode TEXT NOT NULL,
    citations TEXT NOT NULL,
    guild_id INTEGER,
    channel_id INTEGER,
    created_at REAL NOT NULL,
    PRIMARY KEY (message_id, user_id)
);
"""


class FeedbackStore:
    """Votes keyed by (message, user): voting again replaces that user's earlier vote."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILENAME

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=10)
        conn.execute(SCHEMA)
        return conn

    def record(
        self,
        *,
        vote: Vote,
        answer: Answer,
        message_id: int,
        user_id: int,
        guild_id: int | None,
        channel_id: int | None,
        at: float | None = None,
    ) -> None:
        """Store (or replace) one user's vote on one answer message."""
        citations = json.dumps([asdict(c) for c in answer.citations], ensure_ascii=False)
        with closing(self._connect()) as conn, conn:
            conn.execute(
                "INSERT OR REPLACE INTO votes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    message_id,
                    user_id,
                    vote,
                    answer.question,
                    answer.text,
                    int(answer.answerable),
                    answer.mode,
                    citations,
                    guild_id,
                    channel_id,
                    time.time() if at is None else at,
                ),
            )

    def export(self) -> list[dict[str, object]]:
        """Every vote, oldest first, as JSON-ready dicts."""
        if not self.path.exists():
            return []
        with closing(self._connect()) as conn:
            conn.row_factory = sqlite3.Row
            rows = conn.execute("SELECT * FROM votes ORDER BY created_at, message_id").fetchall()
        return [
            {
                "vote": r["vote"],
                "question": r["question"],
                "answer": r["answer"],
                "answerable": bool(r["answerable"]),
                "mode": r["mode"],
                "citations": json.loads(r["citations"]),
                "guild_id": r["guild_id"],
                "channel_id": r["channel_id"],
                "message_id": r["message_id"],
                "user_id": r["user_id"],
                "created_at": r["created_at"],
            }
            for r in rows
        ]


def export_feedback(data_dir: Path) -> list[dict[str, object]]:
    """All stored votes under `data_dir` (for `newsroom feedback --json`)."""
    return FeedbackStore(data_dir).export()
