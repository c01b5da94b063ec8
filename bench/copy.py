"""Real copy in, clean blocks out: headlines, bylines, credits, datelines and subheads.

On the news sets of `bench/data/news/` (gold block kinds written with each article): the
headline read as the title (and not left as a paragraph), bylines, datelines and credits read as
metadata, subheads as headings, every body paragraph kept as a passage (a paragraph read as
metadata is lost to search: the worst miss), and the article's date when it gives one.

    python -m bench.copy
"""

from __future__ import annotations

from typing import Any

from bench.common import write_results
from bench.quotes import NEWS, SEALED, load_set
from retrieval.models import Article

# Gold kinds -> what the article model should make of them.
_META = {"byline", "dateline", "credit", "headline"}
_BODY = {"paragraph", "caption"}


def evaluate(items: list[tuple[Article, dict[str, Any]]]) -> dict[str, Any]:
    """The figures of one set, with its misses."""
    titles = title_total = meta = meta_total = headings = heading_total = 0
    body_kept = body_total = dated = dated_total = 0
    misses: list[str] = []
    for article, gold in items:
        kinds = {b["n"]: b["kind"] for b in gold["blocks"]}
        if gold.get("headline"):
            title_total += 1
            if article.title == gold["headline"]:
                titles += 1
            else:
                misses.append(f"{gold['id']} title {article.title!r} (gold {gold['headline']!r})")
        for block in article.blocks:
            want = kinds.get(block.number)
            if want in _META:
                meta_total += 1
                if block.kind == "meta":
                    meta += 1
                else:
                    misses.append(
                        f"{gold['id']} ¶{block.number} {want} read as {block.kind}: {block.text[:40]!r}"
                    )
            elif want == "heading":
                heading_total += 1
                if block.kind == "heading":
                    headings += 1
                else:
                    misses.append(
                        f"{gold['id']} ¶{block.number} heading read as {block.kind}: {block.text[:40]!r}"
                    )
            elif want in _BODY:
                body_total += 1
                if block.is_passage:
                    body_kept += 1
                else:
                    misses.append(
                        f"{gold['id']} ¶{block.number} BODY LOST as {block.kind}: {block.text[:40]!r}"
                    )
        if gold.get("published"):
            dated_total += 1
            if article.published == gold["published"]:
                dated += 1
            else:
                misses.append(
                    f"{gold['id']} date {article.published!r} (gold {gold['published']!r})"
                )
    return {
        "articles": len(items),
        "headline_as_title": _rate(titles, title_total),
        "metadata_as_meta": _rate(meta, meta_total),
        "subheads_as_headings": _rate(headings, heading_total),
        "body_kept": _rate(body_kept, body_total),
        "date_found": _rate(dated, dated_total),
        "misses": misses,
    }


def _rate(k: int, n: int) -> dict[str, Any]:
    return {"k": k, "n": n, "rate": round(k / n, 3) if n else None}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Evaluate the dev and sealed sets, print the figures (dev misses too), write copy.json."""
    results: dict[str, Any] = {}
    for name in ("dev", *SEALED):
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
    write_results("copy", results)
    return results


if __name__ == "__main__":
    main()
