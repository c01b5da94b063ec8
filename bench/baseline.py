"""The tutorial RAG baseline, judged by our metrics on the JSQuAD subset.

What a LangChain tutorial builds: each article's text cut by RecursiveCharacterTextSplitter
(chunk_size 500, overlap 50), the chunks in Chroma (through langchain-chroma, with the same
bundled e5 model as ours so only the pipeline differs), and `similarity_search(k=4)`.
Judged by the same yardsticks as ours: is the gold paragraph in the first chunk (R@1) or among
the four (R@4), and does a gold answer string appear in the retrieved text (what such a
pipeline hands a model as its "sources").

    python -m bench.baseline      # writes bench/results/baseline.json
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from bench.common import (
    CACHE,
    jsquad_articles_file,
    jsquad_questions,
    print_table,
    read_jsonl,
    write_results,
)

CHUNK_SIZE = 500
CHUNK_OVERLAP = 50
K = 4


def build_store() -> tuple[Any, dict[str, list[tuple[int, int]]]]:
    """The baseline's Chroma collection (built once, cached) and each article's paragraph spans."""
    import chromadb
    from chromadb.config import Settings
    from langchain_chroma import Chroma
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from retrieval.embeddings import E5Embeddings

    spans: dict[str, list[tuple[int, int]]] = {}
    texts: list[str] = []
    metadatas: list[dict[str, Any]] = []
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP, add_start_index=True
    )
    for row in read_jsonl(jsquad_articles_file()):
        text = ""
        spans[row["id"]] = []
        for paragraph in row["paragraphs"]:
            if text:
                text += "\n\n"
            spans[row["id"]].append((len(text), len(text) + len(paragraph)))
            text += paragraph
        for doc in splitter.create_documents([text], metadatas=[{"article_id": row["id"]}]):
            texts.append(doc.page_content)
            metadatas.append(doc.metadata)
    client = chromadb.PersistentClient(
        path=str(CACHE / "baseline-chroma"), settings=Settings(anonymized_telemetry=False)
    )
    store = Chroma(
        collection_name="tutorial",
        embedding_function=E5Embeddings(),
        client=client,
        collection_configuration={"hnsw": {"space": "cosine"}},
    )
    if store._collection.count() != len(texts):
        store.reset_collection()
        ids = [f"c{i}" for i in range(len(texts))]
        for i in range(0, len(texts), 256):
            store.add_texts(
                texts[i : i + 256], metadatas=metadatas[i : i + 256], ids=ids[i : i + 256]
            )
    return store, spans


def covers(
    doc: Any, spans: dict[str, list[tuple[int, int]]], article_id: str, paragraph: int
) -> bool:
    """Whether a chunk overlaps the gold paragraph (¶N, 1-based) of the gold article."""
    if doc.metadata["article_id"] != article_id:
        return False
    start = int(doc.metadata["start_index"])
    end = start + len(doc.page_content)
    p_start, p_end = spans[article_id][paragraph - 1]
    return start < p_end and p_start < end


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Run the baseline, print its row and write bench/results/baseline.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    store, spans = build_store()
    built = time.perf_counter() - started
    questions = jsquad_questions()[: args.limit]
    r1 = r4 = in_text = 0
    latencies = []
    for q in questions:
        t = time.perf_counter()
        docs = store.similarity_search(q["question"], k=K)
        latencies.append((time.perf_counter() - t) * 1000)
        hits = [covers(d, spans, q["article_id"], q["paragraph"]) for d in docs]
        r1 += bool(hits and hits[0])
        r4 += any(hits)
        in_text += any(a in d.page_content for d in docs for a in q["answers"])
    n = len(questions)
    latencies.sort()
    row = {
        "pipeline": f"RecursiveCharacterTextSplitter({CHUNK_SIZE}/{CHUNK_OVERLAP}) + Chroma + e5, k={K}",
        "questions": n,
        "chunks": store._collection.count(),
        "r@1": round(r1 / n, 4),
        "r@4": round(r4 / n, 4),
        "gold_answer_in_retrieved_text": round(in_text / n, 4),
        "search_p50_ms": round(latencies[n // 2], 1),
        "search_p95_ms": round(latencies[min(n - 1, int(n * 0.95))], 1),
        "build_s": round(built, 1),
    }
    print("Tutorial LangChain RAG baseline on the JSQuAD subset")
    print_table([row], list(row))
    path = write_results("baseline", row)
    print(f"wrote {path}")
    return row


if __name__ == "__main__":
    main()
