"""Scale: search and ask latency, build cost and memory at ~2k, 20k and 200k passages.

The corpora are synthetic Japanese-like articles (deterministic, generated here) whose
*documents* are embedded with a cheap hashed 384-d embedding so that 200k passages build in
minutes; the *queries* go through the real path: `Engine.search` / `Engine.ask` with the real
e5 query embedding. Each corpus is built once through `Engine.ingest_articles` and cached under
bench/cache/scale-N/; each measurement runs in a fresh subprocess (so RSS is its own), once on
embedded Chroma and once against a `chroma run` server started on a free 127.0.0.1 port over
the same files.

    python -m bench.scale [--quick] [--sizes 2000,20000]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from bench.common import (
    CACHE,
    RESULTS,
    ChromaServer,
    engine_settings,
    percentile,
    print_table,
    write_results,
)

SIZES = (2_000, 20_000, 200_000)
QUICK_SIZES = (2_000, 20_000)
PASSAGES_PER_ARTICLE = 10
INGEST_BATCH = 200  # articles per Engine.ingest_articles call
SEARCH_RUNS = 60
ASK_RUNS = 40
DIM = 384
CORPUS_VERSION = 1  # bump when the generator changes, so cached corpora are rebuilt


# --- the synthetic corpus ----------------------------------------------------------------------

_KANJI = (
    "政府経済市場企業社会国際日本東京大阪米国中国首相大臣議会選挙法案予算税金銀行金利物価"
    "株価円安輸出輸入工場技術開発研究大学病院医療患者教育学校地域住民災害地震台風気候環境"
    "電力原発燃料資源交通鉄道空港港湾観光文化芸術映画音楽野球試合選手監督記者会見発表調査"
    "結果報告計画方針対策支援制度改革問題課題影響懸念批判反対賛成協議交渉合意署名条約首脳"
    "会談訪問外交防衛安全保障警察事件事故裁判判決容疑逮捕捜査被害情報通信半導体自動車"
)
_KATAKANA = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
)
_PARTICLES = ("は", "が", "を", "に", "で", "と", "の", "へ", "から", "より")
_VERBS = (
    "発表した",
    "明らかにした",
    "検討している",
    "決定した",
    "求めた",
    "示した",
    "強調した",
    "指摘した",
    "開始する",
    "見直す方針だ",
)
_SPEAKERS = ("山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村")


class _Vocabulary:
    """Zipf-distributed pseudo-words, so BM25 sees realistic document frequencies."""

    def __init__(self, rng: random.Random, size: int = 4000) -> None:
        words: set[str] = set()
        while len(words) < size:
            if rng.random() < 0.8:
                words.add("".join(rng.choice(_KANJI) for _ in range(rng.choice((2, 2, 3, 4)))))
            else:
                words.add("".join(rng.choice(_KATAKANA) for _ in range(rng.randint(3, 6))))
        self.words = sorted(words)
        rng.shuffle(self.words)
        weights = 1.0 / np.arange(1, size + 1) ** 0.9
        self.cum = np.cumsum(weights / weights.sum())

    def sample(self, rng: random.Random, k: int) -> list[str]:
        idx = np.searchsorted(self.cum, [rng.random() for _ in range(k)])
        return [self.words[min(int(i), len(self.words) - 1)] for i in idx]


def _sentence(rng: random.Random, vocab: _Vocabulary) -> str:
    words = vocab.sample(rng, rng.randint(4, 7))
    body = "".join(w + rng.choice(_PARTICLES) for w in words[:-1]) + words[-1]
    if rng.random() < 0.12:
        return f"{rng.choice(_SPEAKERS)}氏は「{body}だ」と述べた。"
    return f"{body}{rng.choice(_PARTICLES[:4])}{rng.choice(_VERBS)}。"


def synthetic_records(n_articles: int, start: int = 0) -> Iterator[dict[str, Any]]:
    """Article i (deterministic in i): a title and PASSAGES_PER_ARTICLE paragraphs of 1-3 sentences."""
    vocab = _Vocabulary(random.Random(20240601))
    for i in range(start, start + n_articles):
        rng = random.Random(i * 7919 + CORPUS_VERSION)
        title = "".join(vocab.sample(rng, 3)) + "について"
        paragraphs = [
            "".join(_sentence(rng, vocab) for _ in range(rng.choices((1, 2, 3), (4, 4, 2))[0]))
            for _ in range(PASSAGES_PER_ARTICLE)
        ]
        yield {"id": f"syn{i:06d}", "title": title, "paragraphs": paragraphs}


def synthetic_articles(n_articles: int, start: int = 0) -> list[Any]:
    """Parsed articles, through the product's own JSON Lines parser."""
    from retrieval.articles import parse_bytes

    lines = "\n".join(
        json.dumps(r, ensure_ascii=False) for r in synthetic_records(n_articles, start)
    )
    return parse_bytes(lines.encode("utf-8"), "synthetic.jsonl")


def bench_questions(n: int, n_articles: int, seed: int = 1) -> list[str]:
    """Questions built from words of random paragraphs of the corpus (so BM25 finds work)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        i = rng.randrange(n_articles)
        record = next(synthetic_records(1, i))
        para = rng.choice(record["paragraphs"])
        words = [w for w in para.replace("。", "は").split("は") if w][:1] or [para[:8]]
        out.append(f"{words[0][:12]}について{rng.choice(_SPEAKERS)}氏は何を{rng.choice(_VERBS)}？")
    return out


class HashedEmbeddings(Embeddings):
    """Cheap deterministic 384-d unit vectors from hashed character bigrams (documents).

    With `real_queries`, questions are embedded by the real e5 model instead, so timings carry
    the real query-embedding cost; the vector *values* then do not match the documents' space,
    which changes nothing for HNSW timing but means these runs say nothing about quality.
    """

    name = "bench-hashed-384"

    def __init__(self, *, real_queries: bool = False) -> None:
        self._e5: Any = None
        if real_queries:
            from retrieval.embeddings import E5Embeddings

            self._e5 = E5Embeddings()

    @staticmethod
    def _one(text: str) -> np.ndarray:
        cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        if len(cps) < 2:
            cps = np.concatenate([cps, np.array([0, 1], dtype=np.int64)])
        h = cps[:-1] * 2654435761 + cps[1:] * 40503
        sign = np.where((h >> 13) & 1, 1.0, -1.0)
        v = np.bincount(h % DIM, weights=sign, minlength=DIM).astype(np.float32)
        n = float(np.linalg.norm(v)) or 1.0
        return v / n

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Hashed vectors for passages."""
        return [self._one(t).tolist() for t in texts]

    def embed_query(self, text: str) -> list[float]:
        """The real e5 query vector when asked for, else a hashed one."""
        if self._e5 is not None:
            return list(self._e5.embed_query_array(text).tolist())
        return self._one(text).tolist()


# --- building (cached) ---------------------------------------------------------------------------


def corpus_dir(size: int) -> Path:
    """Where the corpus of `size` passages is cached."""
    return CACHE / f"scale-{size}"


def build_corpus(size: int, log: Any = print) -> dict[str, Any]:
    """Build (or reuse) the corpus of `size` passages; returns its build record."""
    from retrieval.engine import Engine

    root = corpus_dir(size)
    marker = root / "built.json"
    if marker.exists():
        record = json.loads(marker.read_text())
        if record.get("version") == CORPUS_VERSION:
            return dict(record)
    n_articles = size // PASSAGES_PER_ARTICLE
    # Start from the largest smaller corpus: article i is the same in every corpus.
    start, seeded_from = 0, None
    for smaller in sorted((s for s in SIZES if s < size), reverse=True):
        m = corpus_dir(smaller) / "built.json"
        if m.exists() and json.loads(m.read_text()).get("version") == CORPUS_VERSION:
            shutil.rmtree(root, ignore_errors=True)
            shutil.copytree(corpus_dir(smaller), root)
            (root / "built.json").unlink()
            start, seeded_from = smaller // PASSAGES_PER_ARTICLE, smaller
            break
    else:
        shutil.rmtree(root, ignore_errors=True)
    engine = Engine(engine_settings(root / "data"), embeddings=HashedEmbeddings())
    curve: list[dict[str, float]] = []
    gen_s = ingest_s = 0.0
    t_all = time.perf_counter()
    try:
        for first in range(start, n_articles, INGEST_BATCH):
            count = min(INGEST_BATCH, n_articles - first)
            t0 = time.perf_counter()
            articles = synthetic_articles(count, first)
            t1 = time.perf_counter()
            engine.ingest_articles(articles)  # the product's own path, batched upserts
            t2 = time.perf_counter()
            gen_s += t1 - t0
            ingest_s += t2 - t1
            done = (first + count) * PASSAGES_PER_ARTICLE
            curve.append(
                {"passages": done, "passages_per_s": count * PASSAGES_PER_ARTICLE / (t2 - t1)}
            )
            if len(curve) % 10 == 0 or first + count >= n_articles:
                log(f"  scale-{size}: {done} passages, {curve[-1]['passages_per_s']:.0f}/s now")
        t3 = time.perf_counter()
        engine.searcher.lexical()  # build and persist the BM25 index once, here
        lexical_s = time.perf_counter() - t3
        vectors = engine.vectors.count()
    finally:
        engine.close()
    added = (n_articles - start) * PASSAGES_PER_ARTICLE
    record = {
        "version": CORPUS_VERSION,
        "passages": size,
        "articles": n_articles,
        "vectors": vectors,
        "seeded_from": seeded_from,
        "added_passages": added,
        "generate_s": round(gen_s, 1),
        "ingest_s": round(ingest_s, 1),
        "lexical_build_s": round(lexical_s, 1),
        "total_s": round(time.perf_counter() - t_all, 1),
        "ingest_passages_per_s": round(added / ingest_s, 1) if ingest_s else None,
        "rate_curve": curve[:: max(1, len(curve) // 20)],
        "disk_mb": round(_du(root) / 2**20, 1),
    }
    marker.write_text(json.dumps(record, indent=2) + "\n")
    return record


def _du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


# --- a chroma server over a corpus ------------------------------------------------------------


def _server_rss(server: ChromaServer) -> float:
    """The Chroma server's resident memory now."""
    assert server.proc is not None
    return rss_mb(server.proc.pid)


def rss_mb(pid: int | str = "self") -> float:
    """Current resident set size of a process (Linux /proc), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# --- measuring (in a fresh process) -------------------------------------------------------------


def _timings(values: list[float]) -> dict[str, float]:
    ms = [v * 1000 for v in values]
    return {
        "p50_ms": round(percentile(ms, 50), 1),
        "p95_ms": round(percentile(ms, 95), 1),
        "mean_ms": round(sum(ms) / len(ms), 1),
    }


def measure(size: int, mode: str, port: int | None) -> dict[str, Any]:
    """Latency and memory of the real query path over a built corpus (run in a child process)."""
    from bench.common import peak_rss_mb
    from retrieval.embeddings import query_array
    from retrieval.engine import Engine
    from retrieval.models import GLOBAL_SCOPE
    from retrieval.search import DENSE_CANDIDATES

    embeddings = HashedEmbeddings(real_queries=True)
    embeddings.embed_query("ウォームアップ")  # load the e5 model before the baseline
    n_articles = size // PASSAGES_PER_ARTICLE
    questions = bench_questions(SEARCH_RUNS + ASK_RUNS + 5, n_articles)
    baseline = rss_mb()
    overrides: dict[str, Any] = {}
    if mode == "server":
        overrides = {"chroma_host": "127.0.0.1", "chroma_port": port}
    t0 = time.perf_counter()
    engine = Engine(engine_settings(corpus_dir(size) / "data", **overrides), embeddings=embeddings)
    open_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    engine.search(questions[0])  # loads the HNSW index and the lexical index
    first_s = time.perf_counter() - t0
    for q in questions[1:5]:
        engine.search(q)
    loaded = rss_mb()

    search, ask = [], []
    embed, dense, lexical = [], [], []
    scopes = (GLOBAL_SCOPE,)
    for q in questions[5 : 5 + SEARCH_RUNS]:
        t = time.perf_counter()
        engine.search(q)
        search.append(time.perf_counter() - t)
        # Two parts of the same work timed alone; the rest (BM25, features, fusion, phrase
        # matching, loading passages) is the difference.
        t = time.perf_counter()
        v = query_array(embeddings, q)
        t1 = time.perf_counter()
        engine.vectors.query_vector(v, scopes=scopes, n=DENSE_CANDIDATES)
        t2 = time.perf_counter()
        embed.append(t1 - t)
        dense.append(t2 - t1)
        lexical.append(max(search[-1] - (t2 - t), 0.0))
    for q in questions[5 + SEARCH_RUNS :]:
        t = time.perf_counter()
        engine.ask(q)
        ask.append(time.perf_counter() - t)
    scoped = []
    for q in questions[5:25]:  # a guild's view: the where filter becomes $in [global, guild]
        t = time.perf_counter()
        engine.search(q, scope="guild:1")
        scoped.append(time.perf_counter() - t)
    article = "syn000000"
    t = time.perf_counter()
    engine.summarize(article)
    summary_s = time.perf_counter() - t
    quotes_all_s = None
    if size <= 20_000:  # every article is parsed for quotes: linear in the corpus, see README
        t = time.perf_counter()
        engine.quotes(speaker="山田")
        quotes_all_s = time.perf_counter() - t
    after = rss_mb()
    update: dict[str, float] = {}
    if mode == "embedded":  # one article in and out again: the corpus is unchanged afterwards
        extra = synthetic_articles(1, n_articles)
        t = time.perf_counter()
        engine.ingest_articles(extra)
        update["add_article_s"] = time.perf_counter() - t
        t = time.perf_counter()
        engine.search(questions[1])  # updates the lexical index: tokenizes only that article
        update["first_search_after_add_s"] = time.perf_counter() - t
        t = time.perf_counter()
        engine.remove(extra[0].article_id, scope=GLOBAL_SCOPE)
        update["remove_article_s"] = time.perf_counter() - t
        t = time.perf_counter()
        engine.search(questions[2])
        update["first_search_after_remove_s"] = time.perf_counter() - t
    result = {
        "size": size,
        "mode": mode,
        "vectors": engine.vectors.count(),
        "open_s": round(open_s, 2),
        "first_search_s": round(first_s, 2),
        "search": _timings(search),
        "ask": _timings(ask),
        "search_guild_scope": _timings(scoped),
        "components": {
            "e5_query_embed": _timings(embed),
            "chroma_query": _timings(dense),
            "rest_of_search": _timings(lexical),
        },
        "summary_s": round(summary_s, 3),
        "quotes_all_articles_s": round(quotes_all_s, 2) if quotes_all_s is not None else None,
        "update": {k: round(v, 2) for k, v in update.items()},
        "rss_baseline_mb": round(baseline, 1),
        "rss_loaded_mb": round(loaded, 1),
        "rss_after_mb": round(after, 1),
        "rss_growth_mb": round(after - baseline, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    engine.close()
    return result


def _child(size: int, mode: str, port: int | None) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.scale", "--measure", str(size), "--mode", mode]
    if port is not None:
        cmd += ["--port", str(port)]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"measure {size} {mode} failed:\n{out.stderr[-3000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def run(sizes: tuple[int, ...], modes: tuple[str, ...] = ("embedded", "server")) -> dict[str, Any]:
    """Build every size, measure each in each mode, print the table, write scale.json."""
    builds = {}
    for size in sizes:
        print(f"scale: building {size} passages (cached in {corpus_dir(size)})", flush=True)
        builds[size] = build_corpus(size)
    rows: list[dict[str, Any]] = []
    for size in sizes:
        for mode in modes:
            print(f"scale: measuring {size} passages, {mode}", flush=True)
            if mode == "server":
                with ChromaServer(corpus_dir(size) / "data" / "chroma") as server:
                    idle = _server_rss(server)
                    r = _child(size, mode, server.port)
                    r["server_rss_idle_mb"] = round(idle, 1)
                    r["server_rss_loaded_mb"] = round(_server_rss(server), 1)
                    r["server_rss_growth_mb"] = round(
                        r["server_rss_loaded_mb"] - r["server_rss_idle_mb"], 1
                    )
            else:
                r = _child(size, mode, None)
            rows.append(r)
    table = [_row(r, builds[r["size"]]) for r in rows]
    print()
    print_table(
        table,
        [
            "passages",
            "vectors",
            "mode",
            "search p50",
            "search p95",
            "ask p50",
            "ask p95",
            "e5 q",
            "chroma q",
            "rest",
            "open s",
            "+1 art s",
            "RSS +MB",
            "srv +MB",
            "MB/10k",
        ],
    )
    print()
    print_table(
        [
            {
                "passages": b["passages"],
                "vectors": b["vectors"],
                "built from": b["seeded_from"] or 0,
                "ingest s": b["ingest_s"],
                "passages/s": b["ingest_passages_per_s"],
                "lexical s": b["lexical_build_s"],
                "disk MB": b["disk_mb"],
            }
            for b in builds.values()
        ],
        ["passages", "vectors", "built from", "ingest s", "passages/s", "lexical s", "disk MB"],
    )
    growth = marginal_memory(rows)
    print("\nmemory per 10k more passages (MB, benchmark process + Chroma server):")
    print_table(growth, ["mode", "from", "to", "MB/10k"])
    data = {
        "note": (
            "Synthetic Japanese-like articles; documents embedded with a hashed 384-d embedding, "
            "queries with the real e5 model; shared 2-core machine, figures are noisy."
        ),
        "builds": {str(k): v for k, v in builds.items()},
        "runs": rows,
        "marginal_memory": growth,
    }
    write_results("scale", data)
    plot(rows)
    return data


def marginal_memory(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """RSS growth (client plus server) between consecutive sizes, per 10k passages: the cost of
    more passages without the fixed part (the e5 model, Python, Chroma's own start-up)."""
    out = []
    for mode in ("embedded", "server"):
        runs = sorted((r for r in rows if r["mode"] == mode), key=lambda r: r["size"])
        for a, b in itertools.pairwise(runs):
            total_a = a["rss_after_mb"] + a.get("server_rss_loaded_mb", 0.0)
            total_b = b["rss_after_mb"] + b.get("server_rss_loaded_mb", 0.0)
            per = (total_b - total_a) / ((b["size"] - a["size"]) / 10_000)
            out.append({"mode": mode, "from": a["size"], "to": b["size"], "MB/10k": round(per, 1)})
    return out


def _row(r: dict[str, Any], build: dict[str, Any]) -> dict[str, Any]:
    growth = r["rss_growth_mb"] + r.get("server_rss_growth_mb", 0.0)
    return {
        "passages": r["size"],
        "vectors": r["vectors"],
        "mode": r["mode"],
        "search p50": r["search"]["p50_ms"],
        "search p95": r["search"]["p95_ms"],
        "ask p50": r["ask"]["p50_ms"],
        "ask p95": r["ask"]["p95_ms"],
        "e5 q": r["components"]["e5_query_embed"]["p50_ms"],
        "chroma q": r["components"]["chroma_query"]["p50_ms"],
        "rest": r["components"]["rest_of_search"]["p50_ms"],
        "open s": r["open_s"] + r["first_search_s"],
        # adding one article, then the first search (which updates the lexical index)
        "+1 art s": round(r["update"]["add_article_s"] + r["update"]["first_search_after_add_s"], 2)
        if r.get("update")
        else "",
        "RSS +MB": r["rss_growth_mb"],
        "srv +MB": r.get("server_rss_growth_mb", ""),
        "MB/10k": round(growth / (r["size"] / 10_000), 1),
    }


def plot(rows: list[dict[str, Any]]) -> Path:
    """bench/results/latency_vs_size.png: p50/p95 of search and ask against corpus size."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.5))
    for mode, style in (("embedded", "-"), ("server", "--")):
        for op, colour in (("search", "tab:blue"), ("ask", "tab:orange")):
            pts = sorted((r["size"], r[op]) for r in rows if r["mode"] == mode)
            if not pts:
                continue
            xs = [p[0] for p in pts]
            ax.plot(
                xs,
                [p[1]["p50_ms"] for p in pts],
                style,
                color=colour,
                marker="o",
                label=f"{op} p50 ({mode})",
            )
            ax.plot(
                xs,
                [p[1]["p95_ms"] for p in pts],
                style,
                color=colour,
                marker="^",
                alpha=0.5,
                label=f"{op} p95 ({mode})",
            )
    ax.axhline(150, color="grey", linewidth=0.8, linestyle=":", label="search p95 target")
    ax.set_xscale("log")
    ax.set_xlabel("passages in the index (log scale)")
    ax.set_ylabel("latency (ms)")
    ax.set_title("newsroom: latency against corpus size (shared 2-core machine)")
    ax.legend(fontsize=7)
    ax.grid(True, alpha=0.3)
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / "latency_vs_size.png"
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Command line: build and measure, or (internally) measure one size in this process."""
    p = argparse.ArgumentParser(prog="bench.scale")
    p.add_argument("--quick", action="store_true", help="2k and 20k passages only")
    p.add_argument("--sizes", help="comma-separated passage counts")
    p.add_argument("--modes", default="embedded,server")
    p.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    p.add_argument("--mode", default="embedded", help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.measure:
        result = measure(args.measure, args.mode, args.port)
        print(json.dumps(result, ensure_ascii=False))
        return result
    sizes = (
        tuple(int(s) for s in args.sizes.split(","))
        if args.sizes
        else QUICK_SIZES
        if args.quick
        else SIZES
    )
    return run(sizes, tuple(args.modes.split(",")))


if __name__ == "__main__":
    main()
