"""Start-up with a large articles folder: how soon the first answer comes while the folder is
still being ingested in the background (bot/ingestion.py, the thread the bot starts).

A data dir already holds one article (an earlier run); the folder adds 200 new small English
articles. From a cold engine (the bundled e5 model loaded, embedded Chroma opened), the
background ingestion starts and a question about the indexed article is asked at once; then a
few more while ingestion goes on. Ingestion runs for at most INGEST_S seconds and is stopped
(as the bot stops it at shutdown), so the rate is measured without waiting for the whole folder.

    python -m bench.startup
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import engine_settings, percentile, print_table, write_results

ARTICLES = 200
INGEST_S = 60.0
QUESTIONS = 10
KNOWN = (
    "Ferry timetable changes\n\n"
    "The Awaji ferry will sail every forty minutes from the first of May, the operator said.\n\n"
    "Night sailings end at eleven.\n"
)
KNOWN_Q = "How often will the Awaji ferry sail?"
TOPICS = ("budget", "harbour", "railway", "school", "hospital", "bridge", "library", "market")
PLACES = ("Osaka", "Sapporo", "Fukuoka", "Sendai", "Kobe", "Nagoya")


def write_folder(folder: Path, n: int) -> None:
    """`n` small generated articles (4 paragraphs of 2 sentences each)."""
    rng = random.Random(5)
    folder.mkdir(parents=True)
    for i in range(n):
        topic, place = rng.choice(TOPICS), rng.choice(PLACES)
        paragraphs = [f"{place} council debates the {topic} plan number {i}"]
        for j in range(4):
            paragraphs.append(
                f"The {place} council approved {rng.randint(2, 900)} million yen for the {topic} "
                f"in item {i}.{j}. Officials said work would start in spring."
            )
        (folder / f"{i:03d}_{topic}.txt").write_text("\n\n".join(paragraphs) + "\n")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Measure, print the table, write bench/results/startup.json."""
    from bot.ingestion import BackgroundIngest
    from retrieval.engine import Engine

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "articles"
        write_folder(folder, ARTICLES)
        settings = engine_settings(root / "data", articles_dir=folder)
        earlier = Engine(settings)
        known = root / "ferry.txt"
        known.write_text(KNOWN)
        earlier.ingest([known])
        earlier.close()

        t0 = time.perf_counter()
        engine = Engine(settings)
        opened = time.perf_counter() - t0
        ingest = BackgroundIngest(engine)
        ingest.start()
        first = engine.ask(KNOWN_Q)
        first_s = time.perf_counter() - t0
        at_first = ingest.status()
        latencies = []
        for _ in range(QUESTIONS):
            t = time.perf_counter()
            engine.ask(KNOWN_Q)
            latencies.append((time.perf_counter() - t) * 1000)
        during = ingest.status()
        ingest.join(max(0.0, INGEST_S - (time.perf_counter() - t0)))
        ingest.stop()
        ingest.join()
        elapsed = time.perf_counter() - t0
        end = ingest.status()
        engine.close()

    result = {
        "articles_in_folder": ARTICLES,
        "engine_open_s": round(opened, 2),
        "first_answer_s": round(first_s, 2),
        "first_answer_cites_the_article": "forty minutes" in first.text,
        "ingested_at_first_answer": at_first.done,
        "ingestion_running_at_first_answer": at_first.running,
        "ask_during_ingestion_p50_ms": round(percentile(latencies, 50), 1),
        "ask_during_ingestion_p95_ms": round(percentile(latencies, 95), 1),
        "still_running_after_questions": during.running,
        "ingested_after_s": round(elapsed, 1),
        "ingested": end.done,
        "articles_per_s": round(end.done / elapsed, 2) if elapsed else None,
    }
    print_table([result], list(result))
    write_results("startup", result)
    return result


if __name__ == "__main__":
    main()
