"""What the bot remembers across restarts: its answers and the conversations they belong to.

One SQLite file of the bot layer (`bot.sqlite3` in the data dir), apart from the article store.
An answer is kept whole (its citations hold the cited passages verbatim, so a button on an old
answer can still show the version that was cited); a conversation (a thread, or a chain of
replies to the bot's answer messages) is a list of answer keys. Both are bounded: the newest
MAX_TURNS per conversation, answers for ANSWER_DAYS and at most MAX_ANSWERS of them, and
conversation links for TURN_DAYS. Every write is one transaction.
"""

from __future__ import annotations

import json
import logging
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from retrieval.models import Answer, Citation, Passage, QuoteCheck, Turn
from retrieval.store import immediate_transaction

log = logging.getLogger(__name__)

FILENAME = "bot.sqlite3"
MAX_TURNS = 6  # earlier turns a follow-up sees
TURN_DAYS = 30.0  # a conversation idle this long is forgotten
ANSWER_DAYS = 90.0  # buttons on older answers say the answer is too old
MAX_ANSWERS = 20_000
PRUNE_EVERY = 200  # writes between two prunings
DAY_S = 86_400.0

SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    key TEXT PRIMARY KEY,
    payload TEXT NOT NULL,
    versions TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS answers_created ON answers (created_at);
CREATE TABLE IF NOT EXISTS turns (
    conversation INTEGER NOT NULL,
    answer TEXT NOT NULL,
    at REAL NOT NULL,
    PRIMARY KEY (conversation, answer)
);
CREATE INDEX IF NOT EXISTS turns_at ON turns (at);
"""


@dataclass(frozen=True)
class StoredAnswer:
    """An answer as it was given, and the version (content hash prefix) of each article it cites."""

    key: str
    answer: Answer
    versions: dict[str, str]
    created_at: float


def answer_to_json(answer: Answer) -> str:
    """An Answer as JSON (every nested dataclass as an object)."""
    return json.dumps(asdict(answer), ensure_ascii=False)


def answer_from_json(payload: str) -> Answer:
    """The Answer `answer_to_json` wrote; raises ValueError/TypeError/KeyError if it cannot."""
    raw: dict[str, Any] = json.loads(payload)
    raw["citations"] = tuple(Citation(**c) for c in raw.get("citations", ()))
    raw["related"] = tuple(Passage(**p) for p in raw.get("related", ()))
    raw["quotes_checked"] = tuple(QuoteCheck(**q) for q in raw.get("quotes_checked", ()))
    raw["unsupported"] = tuple(raw.get("unsupported", ()))
    raw["notes"] = tuple(raw.get("notes", ()))
    return Answer(**raw)


class BotState:
    """Answers and conversations in SQLite, safe to use from the event loop and worker threads."""

    def __init__(self, data_dir: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(data_dir) / FILENAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._clock = clock
        self._lock = threading.Lock()
        self._writes = 0
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as exc:
            # Only context and vote subjects live here: start afresh rather than not start.
            aside = self.path.with_name(self.path.name + ".unreadable")
            log.error("Bot state %s is unreadable (%s); moved to %s", self.path, exc, aside.name)
            self.path.replace(aside)
            self._db = self._open()
        self.prune()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=10)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(SCHEMA)
            db.execute("SELECT count(*) FROM answers").fetchone()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def close(self) -> None:
        """Close the database (everything written is already committed)."""
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with immediate_transaction(self._db, self._lock) as db:
            yield db
            self._writes += 1
            due = self._writes % PRUNE_EVERY == 0
        if due:
            self.prune()

    # --- answers ---------------------------------------------------------------------------------

    def remember(self, answer: Answer, versions: dict[str, str]) -> str:
        """Store an answer about to be sent; returns its key (12 hex digits, for custom ids)."""
        key = secrets.token_hex(6)
        with self._transaction() as db:
            db.execute(
                "INSERT INTO answers VALUES (?, ?, ?, ?)",
                (key, answer_to_json(answer), json.dumps(versions), self._clock()),
            )
        return key

    def answer(self, key: str) -> StoredAnswer | None:
        """The answer stored under `key`, or None if it was never stored or is too old."""
        with self._lock:
            row = self._db.execute(
                "SELECT payload, versions, created_at FROM answers WHERE key=? AND created_at>=?",
                (key, self._clock() - ANSWER_DAYS * DAY_S),
            ).fetchone()
        if row is None:
            return None
        try:
            return StoredAnswer(key, answer_from_json(row[0]), json.loads(row[1]), row[2])
        except (ValueError, TypeError, KeyError):  # written by an older version of the models
            log.warning("Stored answer %s could not be read; treating it as gone", key)
            return None

    # --- conversations ---------------------------------------------------------------------------

    def link(
        self, conversations: Sequence[int], answer_key: str, *, after: int | None = None
    ) -> None:
        """Make each of `conversations` continue the one under `after` (if any) with this answer."""
        now = self._clock()
        with self._transaction() as db:
            for conversation in dict.fromkeys(conversations):
                if after is not None and after != conversation:
                    db.execute(
                        "INSERT OR IGNORE INTO turns SELECT ?, answer, ? FROM turns "
                        "WHERE conversation=?",
                        (conversation, now, after),
                    )
                db.execute(
                    "INSERT OR REPLACE INTO turns VALUES (?, ?, ?)", (conversation, answer_key, now)
                )
                # Activity keeps the whole conversation alive; only its newest turns are kept.
                db.execute("UPDATE turns SET at=? WHERE conversation=?", (now, conversation))
                db.execute(
                    "DELETE FROM turns WHERE conversation=? AND answer NOT IN ("
                    " SELECT t.answer FROM turns t JOIN answers a ON a.key = t.answer"
                    " WHERE t.conversation=? ORDER BY a.created_at DESC, a.rowid DESC LIMIT ?)",
                    (conversation, conversation, MAX_TURNS),
                )

    def history(self, conversation: int | None) -> tuple[Turn, ...]:
        """The turns of a conversation, oldest first (empty if unknown or forgotten)."""
        if conversation is None:
            return ()
        now = self._clock()
        with self._lock:
            rows = self._db.execute(
                "SELECT a.key, a.payload FROM turns t JOIN answers a ON a.key = t.answer "
                "WHERE t.conversation=? AND t.at>=? AND a.created_at>=? "
                "ORDER BY a.created_at DESC, a.rowid DESC LIMIT ?",
                (conversation, now - TURN_DAYS * DAY_S, now - ANSWER_DAYS * DAY_S, MAX_TURNS),
            ).fetchall()
        turns = []
        for key, payload in reversed(rows):
            try:
                answer = answer_from_json(payload)
            except (ValueError, TypeError, KeyError):
                log.warning("Stored answer %s could not be read; left out of the history", key)
                continue
            turns.append(Turn(answer.question, answer))
        return tuple(turns)

    # --- bounds ----------------------------------------------------------------------------------

    def prune(self) -> None:
        """Drop what is past its age and answers beyond MAX_ANSWERS (oldest first)."""
        now = self._clock()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute("DELETE FROM turns WHERE at<?", (now - TURN_DAYS * DAY_S,))
                self._db.execute(
                    "DELETE FROM answers WHERE created_at<?", (now - ANSWER_DAYS * DAY_S,)
                )
                self._db.execute(
                    "DELETE FROM answers WHERE key NOT IN ("
                    " SELECT key FROM answers ORDER BY created_at DESC, rowid DESC LIMIT ?)",
                    (MAX_ANSWERS,),
                )
                self._db.execute("DELETE FROM turns WHERE answer NOT IN (SELECT key FROM answers)")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def counts(self) -> tuple[int, int]:
        """(answers, conversation links) stored now."""
        with self._lock:
            answers = self._db.execute("SELECT count(*) FROM answers").fetchone()[0]
            turns = self._db.execute("SELECT count(*) FROM turns").fetchone()[0]
        return int(answers), int(turns)
