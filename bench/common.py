"""Shared by the benchmarks: the JSQuAD subset as a JSONL article file and engines over it.

Benchmarks read ../shared/eval (they say so); the product never does.
"""

from __future__ import annotations

import json
import os
import resource
import socket
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = Path(os.environ.get("NEWSROOM_EVAL_DIR", ROOT.parent / "shared" / "eval"))
CACHE = ROOT / "bench" / "cache"
RESULTS = ROOT / "bench" / "results"
SEED_QUESTIONS = ROOT / "bench" / "data" / "seed_questions.jsonl"
SEED_UNANSWERABLE = ROOT / "bench" / "data" / "seed_unanswerable.jsonl"
# Unanswerable questions written after the abstention rules and thresholds were set: an honest
# estimate of abstention on new questions (never used for tuning).
SEED_UNANSWERABLE_HELDOUT = ROOT / "bench" / "data" / "seed_unanswerable_heldout.jsonl"
# Written at the start of session 2, before that session's abstention work (never tuned on).
SEED_QUESTIONS_HELDOUT = ROOT / "bench" / "data" / "seed_questions_heldout.jsonl"
SEED_UNANSWERABLE_HELDOUT2 = ROOT / "bench" / "data" / "seed_unanswerable_heldout2.jsonl"
# Written late in session 2, after its last rule change (never tuned on).
SEED_QUESTIONS_HELDOUT3 = ROOT / "bench" / "data" / "seed_questions_heldout3.jsonl"
SEED_UNANSWERABLE_HELDOUT3 = ROOT / "bench" / "data" / "seed_unanswerable_heldout3.jsonl"
SEED_QUESTIONS_HELDOUT4 = ROOT / "bench" / "data" / "seed_questions_heldout4.jsonl"
SEED_UNANSWERABLE_HELDOUT4 = ROOT / "bench" / "data" / "seed_unanswerable_heldout4.jsonl"
# Written by a separate agent that saw only the article; the engineers never read it.
SEED_QUESTIONS_HELDOUT5 = ROOT / "bench" / "data" / "seed_questions_heldout5.jsonl"
SEED_UNANSWERABLE_HELDOUT5 = ROOT / "bench" / "data" / "seed_unanswerable_heldout5.jsonl"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Every JSON object of a JSON Lines file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def jsquad_articles_file() -> Path:
    """The JSQuAD corpus converted to our JSONL bulk format (one article per JSQuAD doc).

    Paragraph para_id becomes ¶(para_id + 1), so gold paragraphs map one to one.
    """
    out = CACHE / "jsquad_articles.jsonl"
    if out.exists():
        return out
    docs: dict[str, dict[str, Any]] = {}
    paragraphs: dict[str, dict[int, str]] = defaultdict(dict)
    for row in read_jsonl(SHARED_EVAL / "jsquad_corpus.jsonl"):
        docs.setdefault(row["doc_id"], {"id": row["doc_id"], "title": row["title"]})
        paragraphs[row["doc_id"]][row["para_id"]] = row["text"]
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for doc_id, doc in docs.items():
            paras = paragraphs[doc_id]
            assert sorted(paras) == list(range(len(paras))), doc_id
            doc["paragraphs"] = [paras[i] for i in range(len(paras))]
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    tmp.replace(out)
    return out


def jsquad_questions() -> list[dict[str, Any]]:
    """The 1,500 JSQuAD questions with their gold (doc_id, paragraph number) and answers."""
    return [
        {**q, "article_id": q["doc_id"], "paragraph": q["para_id"] + 1}
        for q in read_jsonl(SHARED_EVAL / "jsquad_questions.jsonl")
    ]


def engine_settings(data_dir: Path, **overrides: Any) -> Any:
    """Engine settings for a benchmark data dir (no .env, no chat model)."""
    from retrieval.config import EngineSettings

    values: dict[str, Any] = {
        "newsroom_data_dir": data_dir,
        "articles_dir": ROOT / "articles",
        "chroma_host": None,
        "llm_provider": "none",
    }
    values.update(overrides)
    return EngineSettings(_env_file=None, **values)


def jsquad_engine(progress: Callable[[int], None] | None = None) -> Any:
    """The real engine with the JSQuAD corpus ingested (vectors cached in bench/cache)."""
    from retrieval.engine import Engine

    engine = Engine(engine_settings(CACHE / "jsquad-data"))
    engine.ingest([jsquad_articles_file()], progress=progress)
    return engine


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0-100) of values, nearest-rank."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def peak_rss_mb() -> float:
    """Peak resident set size of this process, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def timed() -> Iterator[Callable[[], float]]:
    """Elapsed seconds inside the block: `with timed() as t: ...; t()`."""
    start = time.perf_counter()
    end: list[float] = []
    yield lambda: (end[0] if end else time.perf_counter()) - start
    end.append(time.perf_counter())


def write_results(name: str, data: dict[str, Any]) -> Path:
    """Write bench/results/NAME.json (pretty, UTF-8) and return its path."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def print_table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    """A plain aligned table on stdout."""
    cells = [[str(c) for c in columns]] + [[_fmt(r.get(c, "")) for c in columns] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    for j, row in enumerate(cells):
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)))
        if j == 0:
            print("  ".join("-" * w for w in widths))


def _fmt(v: Any) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ChromaServer:
    """A real `chroma run` server on 127.0.0.1 (tests stop and start it again on the same port)."""

    def __init__(self, path: Path, *, timeout_s: float = 60) -> None:
        self.path = path
        self.port = free_port()
        self.timeout_s = timeout_s
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the server and wait until its heartbeat answers."""
        import httpx

        exe = Path(sys.executable).with_name("chroma")
        cmd = [str(exe), "run", "--path", str(self.path), "--host", "127.0.0.1"]
        self.proc = subprocess.Popen(
            [*cmd, "--port", str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + self.timeout_s
        while time.monotonic() < deadline:
            try:
                url = f"http://127.0.0.1:{self.port}/api/v2/heartbeat"
                if httpx.get(url, timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"chroma run did not start within {self.timeout_s:.0f} s")

    def stop(self) -> None:
        """Stop the server."""
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None

    def __enter__(self) -> ChromaServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
