"""Questions in either language across a mixed-language archive: is the right article first?

The archive: the JSQuAD corpus (2,304 Japanese paragraphs), the seed article and every article
of `bench/data/news/` (Japanese and English), in one engine with the real e5 model. Each news
article's gold questions (two in its own language, two in the other) are asked without naming
an article; the figure is right-article@1 (the first passage's article is the question's) per
language pair, question -> article, on the dev and the sealed sets separately (and per pair for
the questions that name something and those that name nothing), with the misses of the dev
set. JSQuAD's own questions (Japanese over Japanese) are sampled as a control.

    python -m bench.archive [--jsquad 300]
"""

from __future__ import annotations

import argparse
import shutil
import time
from collections import defaultdict
from typing import Any

from bench.common import (
    CACHE,
    ROOT,
    engine_settings,
    jsquad_engine,
    jsquad_questions,
    write_results,
)
from bench.quotes import NEWS, SEALED, load_set
from retrieval.models import detect_language
from retrieval.names import question_name_keys

ARCHIVE = CACHE / "archive-data"


def archive_engine() -> Any:
    """The JSQuAD engine's data copied once, with the seed and the news articles ingested."""
    from retrieval.engine import Engine

    if not ARCHIVE.exists():
        jsquad_engine().close()
        shutil.copytree(CACHE / "jsquad-data", ARCHIVE)
    engine = Engine(engine_settings(ARCHIVE))
    folders = [NEWS / "dev", *(NEWS / name for name in SEALED if (NEWS / name).exists())]
    engine.ingest([ROOT / "articles", *folders])
    return engine


def right_article(engine: Any, items: list[dict[str, Any]], show: bool) -> dict[str, Any]:
    """right-article@1 per language pair over `items` ({question, article_id, article_lang}),
    and per pair again for the questions that name something (a person, place, body or product,
    as `question_name_keys` reads names) and for those that do not. A question written for one
    article and naming nothing ("What was the score in the final?") may be answered by several
    articles of an archive; the split shows how much of a pair's misses are of that kind."""
    hits: dict[str, list[bool]] = defaultdict(list)
    by_kind: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    misses: list[str] = []
    times: list[float] = []
    for item in items:
        started = time.perf_counter()
        found = engine.search(item["question"], k=1)
        times.append(time.perf_counter() - started)
        got = found[0].article_id if found else None
        pair = f"{detect_language(item['question'])}->{item['article_lang']}"
        kind = "named" if question_name_keys(item["question"]) else "unnamed"
        hits[pair].append(got == item["article_id"])
        by_kind[pair][kind].append(got == item["article_id"])
        if got != item["article_id"] and show:
            misses.append(
                f"{pair} {item['article_id']}: {item['question'][:70]} -> {got}"
                + ("" if kind == "named" else "  (names nothing)")
            )
    out: dict[str, Any] = {
        pair: {
            "k": sum(v),
            "n": len(v),
            "rate": round(sum(v) / len(v), 3),
            **{f"{kind}_k_n": [sum(w), len(w)] for kind, w in sorted(by_kind[pair].items())},
        }
        for pair, v in sorted(hits.items())
    }
    out["search_ms_p50"] = round(1000 * sorted(times)[len(times) // 2], 1) if times else None
    if show:
        out["misses"] = misses
    return out


def answers_with_article(engine: Any, folder_name: str, show: bool) -> dict[str, Any]:
    """Every gold question of a news set asked of its own article: for answerable ones, how
    often the answer is given with confidence "answer" and cites a gold paragraph; for the
    unanswerable ones, how often each confidence level is given."""
    levels: dict[str, dict[str, int]] = {"answerable": {}, "unanswerable": {}}
    cited = total = 0
    misses: list[str] = []
    for article, gold in load_set(NEWS / folder_name):
        for q in gold["questions"]:
            answer = engine.ask(q["question"], article=article.article_id)
            kind = "answerable" if q["answerable"] else "unanswerable"
            level = str(answer.confidence)
            levels[kind][level] = levels[kind].get(level, 0) + 1
            if q["answerable"]:
                total += 1
                shown = answer.citations or answer.related
                hit = bool(set(q["paragraphs"]) & {c.paragraph for c in shown})
                cited += hit
                if show and not hit:
                    misses.append(f"{article.article_id}: {q['question'][:60]} -> {level}")
            elif show and level == "answer":
                misses.append(f"{article.article_id}: ANSWERED unanswerable {q['question'][:60]}")
    out: dict[str, Any] = {
        kind: {
            lvl: {"k": k, "n": sum(c.values()), "rate": round(k / sum(c.values()), 3)}
            for lvl, k in sorted(c.items())
        }
        for kind, c in levels.items()
    }
    out["gold_paragraph_shown"] = {"k": cited, "n": total, "rate": round(cited / max(total, 1), 3)}
    if show:
        out["misses"] = misses
    return out


def news_questions(folder_name: str) -> list[dict[str, Any]]:
    """The answerable gold questions of a news set."""
    items = []
    for article, gold in load_set(NEWS / folder_name):
        for q in gold["questions"]:
            if q["answerable"]:
                items.append(
                    {
                        "question": q["question"],
                        "article_id": article.article_id,
                        "article_lang": gold["language"],
                    }
                )
    return items


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Build the archive, ask every set's questions, print and write bench/results/archive.json."""
    p = argparse.ArgumentParser(prog="python -m bench.archive")
    p.add_argument("--jsquad", type=int, default=300, help="JSQuAD questions to sample (control)")
    p.add_argument("--show-sealed", action="store_true", help="print the sealed sets' misses too")
    p.add_argument(
        "--dev-only",
        action="store_true",
        help="the dev set (right article, and its questions asked of their own article) and the "
        "JSQuAD control only (no sealed set, no results file): for trying a change without "
        "measuring the sealed set",
    )
    args = p.parse_args(argv)
    engine = archive_engine()
    results: dict[str, Any] = {"articles": len(engine.articles())}
    sets = ("dev",) if args.dev_only else tuple(n for n in ("dev", *SEALED) if (NEWS / n).exists())
    for name in sets:
        show = name == "dev" or args.show_sealed
        results[name] = right_article(engine, news_questions(name), show=show)
    for name in sets:
        show = name == "dev" or args.show_sealed
        results[f"{name}_answers"] = answers_with_article(engine, name, show=show)
    sample = jsquad_questions()[:: max(1, 1500 // max(args.jsquad, 1))][: args.jsquad]
    results["jsquad"] = right_article(
        engine,
        [
            {"question": q["question"], "article_id": q["article_id"], "article_lang": "ja"}
            for q in sample
        ],
        show=False,
    )
    engine.close()
    for name, r in results.items():
        if not isinstance(r, dict):
            continue
        if name.endswith("_answers"):
            print(f"{name:14} gold paragraph shown {r['gold_paragraph_shown']}")
            for kind in ("answerable", "unanswerable"):
                print(
                    f"    {kind}: "
                    + ", ".join(f"{lvl} {v['k']}/{v['n']}" for lvl, v in r[kind].items())
                )
            for line in r.get("misses", []):
                print("   ", line)
            continue
        pairs = "  ".join(
            f"{pair} {v['k']}/{v['n']} ({v['rate']:.2f})"
            for pair, v in r.items()
            if isinstance(v, dict)
        )
        print(f"{name:8} {pairs}  search p50 {r['search_ms_p50']} ms")
        kinds = "  ".join(
            f"{pair} named {v['named_k_n'][0]}/{v['named_k_n'][1]}"
            f" unnamed {v['unnamed_k_n'][0]}/{v['unnamed_k_n'][1]}"
            for pair, v in r.items()
            if isinstance(v, dict) and "named_k_n" in v and "unnamed_k_n" in v
        )
        if kinds:
            print(f"{'':8} {kinds}")
        for line in r.get("misses", []):
            print("   ", line)
    if not args.dev_only:
        write_results("archive", results)
    return results


if __name__ == "__main__":
    main()
