"""`newsroom bench`: run every benchmark, merge them into bench/results.json, print a summary.

Parts: retrieval (bench/retrieval.py), answers (bench/answers.py), quotes (bench/quotes.py), check (bench/check.py), copy (bench/copy.py), archive (bench/archive.py), speed,
scale and load. A part that fails is recorded with its error and the others still run.

    newsroom bench [--quick] [--only speed,scale]
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import platform
import sys
import time
import traceback
from typing import Any

from bench.common import RESULTS, ROOT, print_table

PARTS = (
    "retrieval", "answers", "quotes", "check", "copy", "archive", "baseline", "speed", "scale", "load"
)
MERGED = ROOT / "bench" / "results.json"


def _run_part(name: str, quick: bool) -> dict[str, Any]:
    """Run bench.<name>.main and return what it wrote (or returned)."""
    try:
        module = importlib.import_module(f"bench.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"bench.{name}":
            return {"status": "absent"}
        raise
    main = getattr(module, "main", None)
    if main is None:
        return {"status": "absent"}
    argv = ["--quick"] if quick and name == "scale" else []
    started = time.perf_counter()
    saved = sys.argv
    # Some parts' main() takes no arguments and parses sys.argv itself: give them a clean one.
    sys.argv = [f"bench.{name}", *argv]
    try:
        returned = main(argv) if inspect.signature(main).parameters else main()
    finally:
        sys.argv = saved
    seconds = round(time.perf_counter() - started, 1)
    written = RESULTS / f"{name}.json"
    data = json.loads(written.read_text()) if written.exists() else returned
    return {"status": "ok", "seconds": seconds, "results": data}


def summary_rows(merged: dict[str, Any]) -> list[dict[str, Any]]:
    """One line per headline figure, for the table on stdout."""
    rows: list[dict[str, Any]] = []
    speed = merged["parts"].get("speed", {}).get("results") or {}
    for corpus in ("seed", "large"):
        for op in ("search", "ask", "summary", "quotes"):
            lat = (speed.get(corpus) or {}).get(op)
            if lat:
                where = "seed article" if corpus == "seed" else "synthetic 20k"
                rows.append(
                    {
                        "figure": f"{op} ({where})",
                        "p50": lat["p50_ms"],
                        "p95": lat["p95_ms"],
                        "unit": "ms",
                    }
                )
    if speed.get("ingestion"):
        rows.append(
            {
                "figure": "ingestion, real e5",
                "p50": speed["ingestion"]["passages_per_s"],
                "unit": "passages/s",
            }
        )
    if speed.get("cold_start"):
        rows.append(
            {
                "figure": "cold start to first answer",
                "p50": speed["cold_start"]["wall_s"],
                "unit": "s",
            }
        )
        rows.append(
            {
                "figure": "peak RSS (cold start)",
                "p50": speed["cold_start"]["peak_rss_mb"],
                "unit": "MB",
            }
        )
    scale = merged["parts"].get("scale", {}).get("results") or {}
    for r in scale.get("runs", []):
        for op in ("search", "ask"):
            rows.append(
                {
                    "figure": f"{op} @ {r['size']} passages ({r['mode']})",
                    "p50": r[op]["p50_ms"],
                    "p95": r[op]["p95_ms"],
                    "unit": "ms",
                }
            )
        if r.get("update"):
            u = r["update"]
            rows.append(
                {
                    "figure": f"add 1 article + first search @ {r['size']} passages",
                    "p50": round(u["add_article_s"] + u["first_search_after_add_s"], 2),
                    "unit": "s",
                }
            )
    for m in scale.get("marginal_memory", []):
        rows.append(
            {
                "figure": f"memory, {m['from']} -> {m['to']} passages ({m['mode']})",
                "p50": m["MB/10k"],
                "unit": "MB per 10k more passages",
            }
        )
    load = merged["parts"].get("load", {}).get("results") or {}
    if load.get("engine_pool"):
        p = load["engine_pool"]
        rows.append(
            {
                "figure": f"engine pool: {p['answered']}/{p['questions']} answered, {p['errors']} errors",
                "p50": p["p50_ms"],
                "p95": p["p95_ms"],
                "unit": "ms",
            }
        )
    for d in load.get("discord", []):
        rows.append(
            {
                "figure": (
                    f"discord x{d['questions']} (slots {d['max_concurrency']}): {d['answered']} answered, "
                    f"{d['rate_limited']} rate-limited, {d['busy']} busy, {d['lost']} lost, "
                    f"{d['error'] + d['other']} errors"
                ),
                "p50": d["wall_s"],
                "unit": "s wall",
            }
        )
    quotes = merged["parts"].get("quotes", {}).get("results") or {}
    for corpus, by_lang in quotes.items():
        r = by_lang.get("all") or {}
        if r:
            rows.append(
                {
                    "figure": (
                        f"quotes, {corpus} ({r['articles']} articles): found {r['found']['rate']}, "
                        f"speaker right {r['speaker_right']['rate']}, wrong {r['speaker_wrong']['rate']}, "
                        f"false quotes/10 articles {r['false_quotes_per_10_articles']}"
                    ),
                    "p50": r["extract_s_per_article"],
                    "unit": "s per article (parse)",
                }
            )
    check = merged["parts"].get("check", {}).get("results") or {}
    for split, r in check.items():
        rows.append(
            {
                "figure": (
                    f"draft check, {split} ({r['drafts']} drafts): altered quotes "
                    f"{r['altered_quotes_caught']['rate']}, wrong speakers "
                    f"{r['wrong_speakers_caught']['rate']}, figures {r['altered_figures_caught']['rate']}, "
                    f"false alarms {r['false_alarms_on_correct_items']['rate']}"
                ),
                "p50": r.get("check_s_median_warm"),
                "unit": "s per 2,000-char draft (warm)",
            }
        )
    copy = merged["parts"].get("copy", {}).get("results") or {}
    for corpus, r in copy.items():
        rows.append(
            {
                "figure": (
                    f"real copy, {corpus}: headline as title {r['headline_as_title']['rate']}, "
                    f"credits as metadata {r['metadata_as_meta']['rate']}, body kept "
                    f"{r['body_kept']['rate']}, date {r['date_found']['rate']}"
                ),
                "unit": "share",
            }
        )
    archive = merged["parts"].get("archive", {}).get("results") or {}
    for corpus, r in archive.items():
        if isinstance(r, dict) and not corpus.endswith("_answers"):
            pairs = ", ".join(
                f"{pair} {v['rate']}"
                for pair, v in r.items()
                if isinstance(v, dict) and "rate" in v
            )
            rows.append({"figure": f"right article first, {corpus}: {pairs}", "unit": "share"})
    for name in ("retrieval", "answers", "baseline"):
        part = merged["parts"].get(name, {})
        rows.append(
            {"figure": f"{name}: see bench/results/{name}.json", "unit": part.get("status", "")}
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the parts, write bench/results.json, print the summary; 1 if any part failed."""
    p = argparse.ArgumentParser(prog="newsroom bench")
    p.add_argument("--quick", action="store_true", help="a fast subset: scale at 2k and 20k only")
    p.add_argument("--only", help=f"comma-separated parts of: {', '.join(PARTS)}")
    p.add_argument(
        "--collect", action="store_true", help="merge the parts' existing results without running"
    )
    args = p.parse_args(argv)
    parts = tuple(args.only.split(",")) if args.only else PARTS
    unknown = [name for name in parts if name not in PARTS]
    if unknown:
        p.error(f"unknown part(s): {', '.join(unknown)}; the parts are {', '.join(PARTS)}")
    merged: dict[str, Any] = {
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "quick": args.quick,
        "machine": {
            "cpus": _cpus(),
            "python": platform.python_version(),
            "note": "shared machine: other jobs ran at the same time; figures are noisy",
        },
        "parts": {},
    }
    if MERGED.exists() and args.only:  # a partial run updates the earlier full one
        merged["parts"] = json.loads(MERGED.read_text()).get("parts", {})
    failed = False
    for name in parts:
        print(f"\n=== bench: {name} ===", flush=True)
        try:
            if args.collect:
                written = RESULTS / f"{name}.json"
                merged["parts"][name] = (
                    {"status": "collected", "results": json.loads(written.read_text())}
                    if written.exists()
                    else {"status": "absent"}
                )
                continue
            merged["parts"][name] = _run_part(name, args.quick)
        except Exception as exc:
            failed = True
            traceback.print_exc()
            merged["parts"][name] = {"status": "failed", "error": f"{type(exc).__name__}: {exc}"}
    MERGED.write_text(json.dumps(merged, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("\n=== bench: summary ===")
    print_table(summary_rows(merged), ["figure", "p50", "p95", "unit"])
    print(f"\nwrote {MERGED.relative_to(ROOT)}")
    return 1 if failed else 0


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 0


if __name__ == "__main__":
    raise SystemExit(main())
