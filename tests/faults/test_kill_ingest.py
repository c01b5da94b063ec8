"""Ingestion killed with SIGKILL at random points, then run again, equals a clean ingestion."""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

from retrieval.engine import Engine
from retrieval.index import collection_name
from tests.conftest import ROOT, HashEmbeddings, make_settings

from .conftest import chroma_ids, store_rows, vector_ids, write_articles

ARTICLES = 30
KILLS = 4
WAIT_S = 120  # bounds on waiting for the child; never timing assertions

# The child: the real Engine with the fake embeddings, slowed so kills land mid-ingestion.
CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from tests.conftest import HashEmbeddings, make_settings
    from retrieval.engine import Engine

    class SlowHashEmbeddings(HashEmbeddings):
        def embed_documents(self, texts):
            time.sleep(0.03)
            return super().embed_documents(texts)

    data, folder = Path(sys.argv[1]), Path(sys.argv[2])
    engine = Engine(make_settings(data, articles_dir=folder), embeddings=SlowHashEmbeddings())
    print("ready", flush=True)
    engine.ingest([folder], progress=lambda n: print("article", flush=True))
    engine.close()
    print("done", flush=True)
    """
)


class Child:
    """One ingestion subprocess whose stdout lines arrive on a queue."""

    def __init__(self, data: Path, folder: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(data), str(folder)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        try:
            for line in self.proc.stdout:
                self.lines.put(line.strip())
        except ValueError:
            pass  # finish()'s communicate() closed the pipe: nothing more is read from it
        self.lines.put("eof")

    def next_line(self) -> str:
        return self.lines.get(timeout=WAIT_S)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(WAIT_S)

    def finish(self) -> str:
        """Wait for a clean exit; returns stderr."""
        _, err = self.proc.communicate(timeout=WAIT_S)
        assert self.proc.returncode == 0, err
        return err


def toggle(path: Path, original: str) -> None:
    """Switch an article between its original text and an edited version."""
    text = path.read_text()
    path.write_text(original if text != original else text.replace("spring", "autumn"))


def interrupted(data: Path) -> set[str]:
    """Article ids whose index work a killed run left pending."""
    return {article_id for _, article_id, _ in store_rows(data)["pending"]}


def test_sigkill_at_random_points_then_rerun_equals_a_clean_ingestion(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "articles", ARTICLES)
    rng = random.Random(20240611)
    killed_data = tmp_path / "killed"
    originals = {f: f.read_text() for f in sorted(folder.iterdir())}
    Child(killed_data, folder).finish()  # every article live once, so later runs update
    kills_mid_ingestion = 0
    cut_short: set[str] = set()
    for _ in range(KILLS):
        # Edit a few articles, and revert the one a kill cut short: its unpublished new
        # vectors are then of a generation that never goes live, which only repair removes.
        for f in {*rng.sample(sorted(originals), 5), *(folder / f"{a}.txt" for a in cut_short)}:
            toggle(f, originals[f])
        child = Child(killed_data, folder)
        # Kill while opening/repairing, or after a random number of articles plus a random
        # slice of the next changed one (embedding, Chroma writes or the store switch).
        after_articles = rng.choice([None, *range(ARTICLES)])
        line = child.next_line()
        assert line == "ready", line + (child.proc.stderr.read() if child.proc.stderr else "")
        for _ in range(after_articles or 0):
            if child.next_line() != "article":
                break
        time.sleep(rng.uniform(0.0, 0.08))
        if child.proc.poll() is None:
            child.kill()
            kills_mid_ingestion += 1
        else:
            child.finish()
        cut_short = interrupted(killed_data)
    assert kills_mid_ingestion >= KILLS - 1  # the child is slow enough to be caught working

    final = Child(killed_data, folder)
    lines = [final.next_line() for _ in range(ARTICLES + 2)]
    final.finish()
    assert lines == ["ready", *["article"] * ARTICLES, "done"]

    clean = Engine(make_settings(tmp_path / "clean", articles_dir=folder), HashEmbeddings())
    try:
        clean.ingest([folder])
        clean_ids = vector_ids(clean)
    finally:
        clean.close()
    name = collection_name("newsroom", HashEmbeddings.name)
    assert chroma_ids(killed_data / "chroma") == {name: clean_ids}  # no duplicates, none missing
    assert len(clean_ids) == len(set(clean_ids))
    killed_rows, clean_rows = store_rows(killed_data), store_rows(tmp_path / "clean")
    assert killed_rows["pending"] == []
    assert killed_rows["articles"] == clean_rows["articles"]
    # The embedding cache also remembers texts of earlier versions; what clean has must match.
    cached = dict(killed_rows["embeddings"])
    assert all(cached.get(key) == vector for key, vector in clean_rows["embeddings"])
    assert len(killed_rows["articles"]) == ARTICLES
