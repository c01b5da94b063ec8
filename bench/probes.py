"""Attribution probes: short passages written to exercise one construction each.

Each round in `bench/data/probes/` is 80 invented passages (40 English, 40 Japanese) that a
separate helper wrote for the purpose, with every quote, its speaker (null when unnamed; the
description, when a round gives one, in `role`) and the quoted spans that are no one's words. A round is measured once before any change is made
from it; after that its figures are tuned on, like dev's. Scored as `bench.quotes` scores the
news sets (`speaker_verdict`), so a title left in a name or a body for an unnamed speaker counts
wrong.

    python -m bench.probes
"""

from __future__ import annotations

import json
from typing import Any

from bench.common import ROOT, write_results
from bench.quotes import speaker_verdict
from retrieval.models import Article, Block, Quote
from retrieval.quotes import extract_quotes

PROBES = ROOT / "bench" / "data" / "probes"


def _found(quotes: dict[tuple[int, str], Quote], paragraph: int, text: str) -> Quote | None:
    """The engine's quote for a gold one; a comma or full stop inside the marks may differ."""
    exact = quotes.get((paragraph, text))
    if exact is not None:
        return exact
    loose = [
        q for (p, t), q in quotes.items() if p == paragraph and t.rstrip(",.") == text.rstrip(",.")
    ]
    return loose[0] if loose else None


def evaluate(probes: list[dict[str, Any]]) -> dict[str, Any]:
    """Per language: quotes found, speakers right / wrong / none, false quotes, and the misses."""
    figures: dict[str, dict[str, int]] = {}
    misses: list[str] = []
    for probe in probes:
        counts = figures.setdefault(
            probe["lang"], dict(quotes=0, found=0, right=0, wrong=0, none=0, false=0)
        )
        blocks = tuple(Block(i + 1, "paragraph", t) for i, t in enumerate(probe["paragraphs"]))
        quotes = {
            (q.paragraph, q.quote.strip()): q
            for q in extract_quotes(Article(probe["id"], "Probe", blocks))
        }
        named = frozenset(g["speaker"] for g in probe["quotes"] if g["speaker"])
        matched: set[int] = set()
        for gold in probe["quotes"]:
            counts["quotes"] += 1
            quote = _found(quotes, gold["paragraph"], gold["quote"].strip())
            if quote is None:
                misses.append(
                    f"{probe['id']} ¶{gold['paragraph']} NOT FOUND 「{gold['quote'][:40]}」"
                )
                continue
            matched.add(id(quote))
            counts["found"] += 1
            verdict = speaker_verdict(
                {"speaker": gold["speaker"], "role": gold.get("role")}, quote, named
            )
            counts[verdict] += 1
            if verdict != "right":
                misses.append(
                    f"{probe['id']} ¶{gold['paragraph']} speaker {verdict}: {quote.speaker!r} "
                    f"(gold {gold['speaker'] or gold.get('role')!r}) 「{gold['quote'][:40]}」"
                )
        for quote in quotes.values():
            if id(quote) not in matched:
                counts["false"] += 1
                misses.append(
                    f"{probe['id']} ¶{quote.paragraph} FALSE QUOTE 「{quote.quote[:40]}」"
                )
    return {"by_language": figures, "misses": misses}


def main() -> dict[str, Any]:
    results: dict[str, Any] = {}
    for path in sorted(PROBES.glob("*.json")):
        figures = evaluate(json.loads(path.read_text(encoding="utf-8")))
        results[path.stem] = figures
        for language, c in sorted(figures["by_language"].items()):
            print(
                f"{path.stem:8} {language}  found {c['found']}/{c['quotes']}  speaker right "
                f"{c['right']}/{c['found']} wrong {c['wrong']} none {c['none']}  false {c['false']}"
            )
        for miss in figures["misses"]:
            print("    " + miss)
    write_results("probes", results)
    return results


if __name__ == "__main__":
    main()
