"""Speed: search / ask / summary / quotes latency, ingestion rate, cold start and peak RSS.

On the seed article everything is real (e5 model, embedded Chroma). On the larger corpus
(bench.scale's synthetic 20k-passage corpus) documents carry hashed vectors and questions the
real e5 query embedding. Ingestion is timed with the real e5 model on a small real sample
(the seed article and JSQuAD articles), from an empty data dir, so nothing is cached.

    python -m bench.speed
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import (
    CACHE,
    ROOT,
    SEED_QUESTIONS,
    engine_settings,
    peak_rss_mb,
    percentile,
    print_table,
    read_jsonl,
    write_results,
)

SEED_ID = "000_1f22f8d10cad0239"
INGEST_SAMPLE_ARTICLES = 2  # JSQuAD articles added to the seed for the ingestion timing
COLD_RUNS = 3
LARGE_SIZE = 20_000


def _lat(fn: Callable[[Any], Any], items: list[Any]) -> dict[str, float]:
    times = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        times.append((time.perf_counter() - t) * 1000)
    return {
        "n": len(times),
        "p50_ms": round(percentile(times, 50), 1),
        "p95_ms": round(percentile(times, 95), 1),
    }


def seed_engine() -> Any:
    """The real engine over the articles folder (the seed), cached in bench/cache/speed-seed."""
    from retrieval.engine import Engine

    engine = Engine(engine_settings(CACHE / "speed-seed"))
    engine.sync_articles()
    return engine


def operations(engine: Any, questions: list[str], article: str, speaker: str) -> dict[str, Any]:
    """p50/p95 of the four user-facing operations on one engine."""
    engine.search(questions[0])  # warm: model, HNSW and lexical index loaded
    engine.ask(questions[0])
    return {
        "search": _lat(engine.search, questions),
        "ask": _lat(engine.ask, questions),
        "summary": _lat(
            lambda length: engine.summarize(article, length=length),
            ["short", "medium", "long"] * 5,
        ),
        "quotes": _lat(
            lambda about: engine.quotes(article, speaker=None if about else speaker, about=about),
            [None, "制裁", "外交", None, "経済"] * 3,
        ),
    }


def ingestion_rate() -> dict[str, Any]:
    """Passages per second with the real e5 model, from an empty data dir (no cached vectors)."""
    from bench.common import jsquad_articles_file
    from retrieval.articles import parse_file
    from retrieval.engine import Engine
    from retrieval.index import units_for

    sample = parse_file(ROOT / "articles" / f"{SEED_ID}.txt")
    with contextlib.suppress(FileNotFoundError):  # no JSQuAD data here: the seed alone
        sample += parse_file(jsquad_articles_file())[:INGEST_SAMPLE_ARTICLES]
    tmp = Path(tempfile.mkdtemp(prefix="newsroom-ingest-"))
    try:
        engine = Engine(engine_settings(tmp / "data"))
        engine.embeddings.embed_query("warm up")  # model load is cold start, not ingestion
        t = time.perf_counter()
        engine.ingest_articles(sample)
        seconds = time.perf_counter() - t
        engine.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    passages = sum(len(a.passages) for a in sample)
    vectors = sum(len(units_for("global", a, "g")) for a in sample)
    return {
        "articles": len(sample),
        "passages": passages,
        "vectors": vectors,
        "seconds": round(seconds, 2),
        "passages_per_s": round(passages / seconds, 1),
        "vectors_per_s": round(vectors / seconds, 1),
    }


COLD_SCRIPT = """
import json, resource, sys, time
t0 = time.perf_counter()
from bench.common import CACHE, engine_settings
from retrieval.engine import Engine
t1 = time.perf_counter()
engine = Engine(engine_settings(CACHE / "speed-seed"))
t2 = time.perf_counter()
answer = engine.ask(sys.argv[1])
t3 = time.perf_counter()
# ru_maxrss survives fork+exec (it would report the benchmark's own size when that is larger);
# VmHWM belongs to this process's memory map, which exec made new.
try:
    with open("/proc/self/status") as f:
        peak = next(int(l.split()[1]) for l in f if l.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"import_s": t1 - t0, "open_s": t2 - t1, "first_ask_s": t3 - t2,
                  "peak_rss_mb": peak, "answerable": answer.answerable}))
"""


def cold_start(question: str) -> dict[str, Any]:
    """A fresh process: interpreter + imports + engine open + first answer (median of runs)."""
    runs = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(COLD_RUNS):
        t = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", COLD_SCRIPT, question],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
        )
        wall = time.perf_counter() - t
        runs.append({**json.loads(out.stdout.strip().splitlines()[-1]), "wall_s": wall})
    return {
        key: round(statistics.median(r[key] for r in runs), 2)
        for key in ("wall_s", "import_s", "open_s", "first_ask_s", "peak_rss_mb")
    } | {"runs": COLD_RUNS}


def large_corpus() -> dict[str, Any] | None:
    """The four operations over the synthetic 20k corpus (hashed documents, real e5 queries)."""
    from bench.scale import HashedEmbeddings, bench_questions, build_corpus, corpus_dir
    from retrieval.engine import Engine

    build_corpus(LARGE_SIZE)
    engine = Engine(
        engine_settings(corpus_dir(LARGE_SIZE) / "data"),
        embeddings=HashedEmbeddings(real_queries=True),
    )
    try:
        return operations(
            engine, bench_questions(40, LARGE_SIZE // 10, seed=7), "syn000001", "山田"
        )
    finally:
        engine.close()


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Run every speed measurement, print the table and write bench/results/speed.json."""
    questions = [q["q"] for q in read_jsonl(SEED_QUESTIONS)]
    print("speed: seed article (real e5, embedded Chroma)", flush=True)
    engine = seed_engine()
    try:
        seed = operations(engine, questions, SEED_ID, "ケリー")
    finally:
        engine.close()
    print(f"speed: synthetic {LARGE_SIZE} passages (hashed documents, real e5 queries)", flush=True)
    large = large_corpus()
    print("speed: ingestion (real e5) and cold start", flush=True)
    ingest = ingestion_rate()
    cold = cold_start(questions[0])
    rows = []
    for corpus, ops in (("seed (1 article)", seed), (f"synthetic {LARGE_SIZE}", large)):
        if ops is None:
            continue
        for op, lat in ops.items():
            rows.append({"corpus": corpus, "operation": op, **lat})
    print()
    print_table(rows, ["corpus", "operation", "n", "p50_ms", "p95_ms"])
    print()
    print(
        f"ingestion (real e5, {ingest['articles']} articles, {ingest['passages']} passages, "
        f"{ingest['vectors']} vectors): {ingest['passages_per_s']} passages/s "
        f"({ingest['vectors_per_s']} vectors/s)"
    )
    print(
        f"cold start to first answer: {cold['wall_s']} s wall (imports {cold['import_s']} s, "
        f"engine open {cold['open_s']} s, first ask {cold['first_ask_s']} s), "
        f"peak RSS {cold['peak_rss_mb']} MB"
    )
    data = {
        "note": "Shared 2-core machine: figures are noisy. The 20k corpus has hashed document "
        "vectors and real e5 query vectors.",
        "seed": seed,
        "large": {"passages": LARGE_SIZE, **(large or {})},
        "ingestion": ingest,
        "cold_start": cold,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    write_results("speed", data)
    return data


if __name__ == "__main__":
    main()
