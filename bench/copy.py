"""Real copy in, clean blocks out: headlines, bylines, credits, datelines and subheads.

On the news sets of `bench/data/news/` (gold block kinds written with each article): the
headline read as the title (and not left as a paragraph), bylines, datelines and credits read as
metadata, subheads as headings, every body paragraph kept as a passage (a paragraph read as
metadata is lost to search: the worst miss), and the article's date when it gives one.

    python -m bench.copy [--dev-only]
"""

from __future__ import annotations

import argparse
from typing import Any

from bench.common import write_results
from bench.quotes import NEWS, SEALED, load_set
from retrieval.models import Article

# Gold kinds -> what the article model should make of them.
_META = {"byline", "dateline", "credit", "headline"}
_BODY = {"paragraph", "caption"}


def evaluate(items: list[tuple[Article, dict[str, Any]]]) -> dict[str, Any]:
    """The figures of one set, with its misses."""
    # figure -> [right, total]
    counts = {name: [0, 0] for name in ("title", "meta", "heading", "body", "date")}
    misses: list[str] = []

    def check(name: str, right: bool, miss: str) -> None:
        counts[name][0] += right
        counts[name][1] += 1
        if not right:
            misses.append(miss)

    for article, gold in items:
        kinds = {b["n"]: b["kind"] for b in gold["blocks"]}
        if gold.get("headline"):
            check(
                "title",
                article.title == gold["headline"],
                f"{gold['id']} title {article.title!r} (gold {gold['headline']!r})",
            )
        for block in article.blocks:
            want = kinds.get(block.number)
            where = f"{gold['id']} ¶{block.number}"
            seen = f"{block.kind}: {block.text[:40]!r}"
            if want in _META:
                check("meta", block.kind == "meta", f"{where} {want} read as {seen}")
            elif want == "heading":
                check("heading", block.kind == "heading", f"{where} heading read as {seen}")
            elif want in _BODY:
                check("body", block.is_passage, f"{where} BODY LOST as {seen}")
        if gold.get("published"):
            check(
                "date",
                article.published == gold["published"],
                f"{gold['id']} date {article.published!r} (gold {gold['published']!r})",
            )
    return {
        "articles": len(items),
        "headline_as_title": _rate(*counts["title"]),
        "metadata_as_meta": _rate(*counts["meta"]),
        "subheads_as_headings": _rate(*counts["heading"]),
        "body_kept": _rate(*counts["body"]),
        "date_found": _rate(*counts["date"]),
        "misses": misses,
    }


def _rate(k: int, n: int) -> dict[str, Any]:
    return {"k": k, "n": n, "rate": round(k / n, 3) if n else None}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Evaluate the dev and sealed sets, print the figures (dev misses too), write copy.json;
    with --dev-only, dev alone and nothing written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev-only", action="store_true", help="dev set only; write nothing")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {}
    for name in ("dev",) if args.dev_only else ("dev", *SEALED):
        folder = NEWS / name
        if not folder.exists():
            continue
        r = evaluate(load_set(folder))
        if name != "dev":
            r.pop("misses")
        results[name] = r
        figures = "  ".join(
            f"{key} {v['k']}/{v['n']}" for key, v in r.items() if isinstance(v, dict)
        )
        print(f"{name:7} {r['articles']} articles  {figures}")
        for line in r.get("misses", []):
            print("   ", line)
    if not args.dev_only:
        write_results("copy", results)
    return results


if __name__ == "__main__":
    main()
