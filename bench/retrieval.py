"""Retrieval benchmark: paragraph recall on the JSQuAD subset and the seed article, and speed.

    python -m bench.retrieval          # the table, and bench/results/retrieval.json
    python -m bench.retrieval --fit    # also refit search.WEIGHTS on half A and print them

Reads ../shared/eval (see bench/common.py). Ours is ranked beside BM25-only (character
bigrams, title + text) and dense-only (nearest passage or sentence vector) in the same run.
Metrics are reported for all questions and for the two halves of a fixed split (seed 0):
WEIGHTS in retrieval/search.py were fitted on half A, so half B is held out.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

from bench.common import (
    ROOT,
    SEED_QUESTIONS,
    engine_settings,
    jsquad_articles_file,
    jsquad_engine,
    jsquad_questions,
    peak_rss_mb,
    percentile,
    print_table,
    read_jsonl,
    timed,
    write_results,
)
from retrieval import search as search_module
from retrieval.embeddings import query_array
from retrieval.engine import Engine
from retrieval.models import GLOBAL_SCOPE
from retrieval.search import FEATURES

log = logging.getLogger(__name__)

SPLIT_SEED = 0
MISS = 10_000  # the rank given when a method does not return the gold paragraph at all
DEPTH = 20  # results asked of each method
INGEST_SAMPLE = 4  # articles ingested into a fresh data dir to measure embedding throughput
TARGETS = {"r@1": 0.93, "r@5": 0.985, "mrr": 0.955}


def halves(n: int) -> dict[str, np.ndarray]:
    """Indices of all questions and of halves A (fitting) and B (held out)."""
    perm = np.random.default_rng(SPLIT_SEED).permutation(n)
    return {"all": np.arange(n), "A": np.sort(perm[: n // 2]), "B": np.sort(perm[n // 2 :])}


def recall(ranks: np.ndarray) -> dict[str, float]:
    """R@1, R@5, R@10 and MRR of 0-based gold ranks."""
    return {
        "r@1": float(np.mean(ranks < 1)),
        "r@5": float(np.mean(ranks < 5)),
        "r@10": float(np.mean(ranks < 10)),
        "mrr": float(np.mean(1.0 / (ranks + 1))),
    }


def rank_of(gold: tuple[str, int], ranked: list[tuple[str, int]]) -> int:
    """0-based position of the gold (article, paragraph) in a ranking, MISS when absent."""
    return ranked.index(gold) if gold in ranked else MISS


def jsquad(engine: Engine, fit: bool) -> dict[str, Any]:
    """Rank every JSQuAD question with ours, BM25-only and dense-only."""
    questions = jsquad_questions()
    searcher = engine.searcher
    catalogue = searcher.lexical()
    bigram = catalogue.indexes["bigram"]
    keys = list(zip(catalogue.articles, catalogue.paragraphs.tolist(), strict=True))
    scopes = (GLOBAL_SCOPE,)
    ranks: dict[str, list[int]] = {"ours": [], "bm25": [], "dense": []}
    latencies: list[float] = []
    collected: list[tuple[np.ndarray, int]] = []
    engine.search("ウォームアップ", k=5)
    for q in questions:
        gold = (q["article_id"], q["paragraph"])
        with timed() as t:
            hits = engine.search(q["question"], k=DEPTH)
        latencies.append(t() * 1000)
        ranks["ours"].append(rank_of(gold, [(h.article_id, h.paragraph) for h in hits]))
        scores = bigram.scores(q["question"])
        order = np.argsort(-scores, kind="stable")[:DEPTH]
        ranks["bm25"].append(rank_of(gold, [keys[i] for i in order if scores[i] > 0]))
        vector = query_array(engine.embeddings, q["question"])
        dense: list[tuple[str, int]] = []
        for h in engine.vectors.query_vector(vector, scopes=scopes, n=4 * DEPTH):
            if (h.article_id, h.paragraph) not in dense:
                dense.append((h.article_id, h.paragraph))
        ranks["dense"].append(rank_of(gold, dense[:DEPTH]))
        if fit:
            found = searcher.candidates(q["question"], scopes=scopes, query_vector=vector)
            where = [i for i, c in enumerate(found.keys) if (c[1], c[2]) == gold]
            collected.append((found.features, where[0] if where else -1))
    parts = halves(len(questions))
    out: dict[str, Any] = {
        "questions": len(questions),
        "passages": len(catalogue),
        "methods": {
            name: {part: recall(np.asarray(r)[idx]) for part, idx in parts.items()}
            for name, r in ranks.items()
        },
        "search_ms": {
            "p50": percentile(latencies, 50),
            "p95": percentile(latencies, 95),
            "max": max(latencies),
        },
    }
    if fit:
        out["fit"] = fit_weights(collected, parts)
    return out


def fit_weights(
    collected: list[tuple[np.ndarray, int]], parts: dict[str, np.ndarray]
) -> dict[str, Any]:
    """Softmax over each question's candidates, fitted on half A; evaluated on both halves."""
    train = [collected[i] for i in parts["A"] if collected[i][1] >= 0]
    temperature, l2 = 40.0, 1e-2

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.0, np.zeros_like(w)
        for x, gold in train:
            s = x @ w * temperature
            p = np.exp(s - s.max())
            p /= p.sum()
            total -= float(np.log(p[gold] + 1e-12))
            grad += temperature * (p @ x - x[gold])
        return total / len(train) + l2 * float(w @ w), grad / len(train) + 2 * l2 * w

    w0 = np.zeros(len(FEATURES))
    w0[0] = 1.0
    w = minimize(loss, w0, jac=True, method="L-BFGS-B").x
    w = w / w[0]

    def ranks(idx: np.ndarray) -> np.ndarray:
        out = []
        for i in idx:
            x, gold = collected[i]
            out.append(MISS if gold < 0 else int(((x @ w) > (x @ w)[gold]).sum()))
        return np.asarray(out)

    return {
        "weights": dict(zip(FEATURES, np.round(w, 4).tolist(), strict=True)),
        "candidate_recall": float(np.mean([g >= 0 for _, g in collected])),
        **{part: recall(ranks(idx)) for part, idx in parts.items()},
    }


def seed(tmp: Path) -> dict[str, Any]:
    """Recall@1/@3 per language on the seed article's question set."""
    engine = Engine(engine_settings(tmp / "seed"))
    engine.sync_articles()
    out: dict[str, Any] = {}
    misses = []
    for lang in ("ja", "en"):
        r1 = r3 = n = 0
        for q in read_jsonl(SEED_QUESTIONS):
            if q["lang"] != lang:
                continue
            got = [h.paragraph for h in engine.search(q["q"], k=3)]
            n += 1
            r1 += got[0] in q["para"]
            r3 += any(p in q["para"] for p in got)
            if got[0] not in q["para"]:
                misses.append({"q": q["q"], "gold": q["para"], "got": got})
        out[lang] = {"questions": n, "r@1": r1 / n, "r@3": r3 / n}
    out["misses"] = misses
    engine.close()
    return out


def ingestion(tmp: Path) -> dict[str, Any]:
    """Passages/s for a fresh ingest of a few JSQuAD articles (cold embedding cache)."""
    sample = tmp / "sample.jsonl"
    lines = jsquad_articles_file().read_text(encoding="utf-8").splitlines()[:INGEST_SAMPLE]
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    passages = sum(len(json.loads(line)["paragraphs"]) for line in lines)
    engine = Engine(engine_settings(tmp / "ingest"))
    with timed() as t:
        engine.ingest([sample])
    engine.close()
    return {"articles": len(lines), "passages": passages, "passages_per_s": passages / t()}


def main() -> None:
    """Run the benchmark, print the table and write bench/results/retrieval.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", action="store_true", help="refit the fusion weights on half A")
    parser.add_argument("--skip-ingest", action="store_true", help="skip the throughput sample")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    started = time.perf_counter()
    with timed() as t:
        engine = jsquad_engine()
    first_open = t()
    with timed() as t:
        statuses = {r.status for r in engine.ingest([jsquad_articles_file()])}
    reingest = t()
    with timed() as t:
        engine.searcher.lexical()
    lexical_load = t()
    results: dict[str, Any] = {"jsquad": jsquad(engine, args.fit)}
    engine.close()
    with tempfile.TemporaryDirectory() as tmp:
        results["seed"] = seed(Path(tmp))
        if not args.skip_ingest:
            results["ingestion"] = ingestion(Path(tmp))
        shutil.rmtree(tmp, ignore_errors=True)
    results["speed"] = {
        "search_ms": results["jsquad"].pop("search_ms"),
        "open_and_sync_s": first_open,
        "reingest_unchanged_s": reingest,
        "reingest_statuses": sorted(statuses),
        "lexical_index_load_s": lexical_load,
        "peak_rss_mb": peak_rss_mb(),
        "benchmark_s": time.perf_counter() - started,
    }
    results["weights"] = dict(zip(FEATURES, search_module.WEIGHTS.tolist(), strict=True))
    report(results)
    print(f"\nwrote {write_results('retrieval', results).relative_to(ROOT)}")


def report(results: dict[str, Any]) -> None:
    """Print the results as tables."""
    js = results["jsquad"]
    print(f"JSQuAD subset: {js['questions']} questions over {js['passages']} passages")
    rows = []
    for name, parts in js["methods"].items():
        for part, m in parts.items():
            rows.append({"method": name, "questions": part, **m})
    if "fit" in js:
        for part in ("all", "A", "B"):
            rows.append({"method": "refit", "questions": part, **js["fit"][part]})
    print_table(rows, ["method", "questions", "r@1", "r@5", "r@10", "mrr"])
    ours = js["methods"]["ours"]["all"]
    verdict = ", ".join(
        f"{k} {ours[k]:.3f} {'ok' if ours[k] >= v else 'BELOW'} (target {v})"
        for k, v in TARGETS.items()
    )
    print(f"targets: {verdict}")
    if "fit" in js:
        print(f"refit weights (half A): {js['fit']['weights']}")
    print("\nSeed article")
    sd = results["seed"]
    print_table(
        [{"language": lang, **sd[lang]} for lang in ("ja", "en")],
        ["language", "questions", "r@1", "r@3"],
    )
    print("\nSpeed (warm, in process)")
    sp = results["speed"]
    rows = [
        {"measure": "search p50 ms", "value": sp["search_ms"]["p50"]},
        {"measure": "search p95 ms (target 40)", "value": sp["search_ms"]["p95"]},
        {"measure": "re-ingest unchanged corpus s (target 2)", "value": sp["reingest_unchanged_s"]},
        {"measure": "lexical index load s", "value": sp["lexical_index_load_s"]},
        {"measure": "peak RSS MiB", "value": sp["peak_rss_mb"]},
    ]
    if "ingestion" in results:
        ing = results["ingestion"]
        rows.append(
            {
                "measure": f"ingestion passages/s ({ing['passages']} fresh passages)",
                "value": ing["passages_per_s"],
            }
        )
    print_table(rows, ["measure", "value"])


if __name__ == "__main__":
    main()
