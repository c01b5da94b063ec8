"""The `newsroom` command through subprocesses: JSON shapes, bad input, and the terminal chat."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED, SEED_ID, SEED_TITLE

pytestmark = pytest.mark.model

NEWSROOM = ROOT / ".venv" / "bin" / "newsroom"


@pytest.fixture(scope="module")
def cli_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An environment whose data dir is fresh and whose articles folder holds the seed."""
    base = tmp_path_factory.mktemp("cli")
    articles = base / "articles"
    articles.mkdir()
    shutil.copy(SEED, articles / SEED.name)
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("NEWSROOM_", "LLM_", "DISCORD"))
    }
    env.update(
        NEWSROOM_DATA_DIR=str(base / "data"),
        ARTICLES_DIR=str(articles),
        LLM_PROVIDER="none",
        NO_COLOR="1",
    )
    return env


def run(
    env: dict[str, str], *args: str, stdin: str = "", cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(NEWSROOM), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or Path(env["ARTICLES_DIR"]).parent,
        timeout=600,
    )


@pytest.fixture(scope="module")
def ingested(cli_env: dict[str, str]) -> dict[str, object]:
    done = run(cli_env, "ingest", cli_env["ARTICLES_DIR"], "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_ingest_and_articles_json(cli_env: dict[str, str], ingested: dict[str, object]) -> None:
    (result,) = ingested["articles"]  # type: ignore[misc]
    assert result["article_id"] == SEED_ID
    assert result["status"] == "added"
    assert result["passages"] > 20
    listed = json.loads(run(cli_env, "articles", "--json").stdout)
    (info,) = listed["articles"]
    assert info["article_id"] == SEED_ID
    assert info["original_title"].startswith("Rubio")
    assert set(info) == {"article_id", "title", "original_title", "blocks", "passages"}


def test_search_and_ask_batches_answer_one_line_per_input_in_order(
    cli_env: dict[str, str], ingested: dict[str, object]
) -> None:
    found = run(cli_env, "search", "--batch", "-", "--json", stdin="ロスネフチ\n制裁\n")
    assert found.returncode == 0, found.stderr
    lines = [json.loads(line) for line in found.stdout.splitlines()]
    assert [o["query"] for o in lines] == ["ロスネフチ", "制裁"]
    assert set(lines[0]["results"][0]) == {
        "article_id",
        "paragraph",
        "kind",
        "section",
        "text",
        "score",
    }

    questions = [
        "制裁の対象となった企業はどこか",
        "ルビオ氏の年齢は何歳か",
        "Which oil companies were sanctioned?",
    ]
    asked = run(cli_env, "ask", "--batch", "-", stdin="\n".join(questions) + "\n")
    assert asked.returncode == 0, asked.stderr
    answers = [json.loads(line) for line in asked.stdout.splitlines()]
    assert [a["question"] for a in answers] == questions
    yes, no, english = answers
    assert yes["answerable"] and yes["mode"] == "extractive" and yes["language"] == "ja"
    assert yes["confidence"] == "answer" and no["confidence"] in ("closest", "none")
    assert set(yes["citations"][0]) == {"article_id", "paragraph", "text", "score", "translation"}
    assert yes["citations"][0]["translation"] is None  # no chat model: nothing translated
    assert not no["answerable"] and no["citations"] == [] and no["related"]
    assert english["language"] == "en" and english["answerable"]


def test_summary_quotes_and_source_json(
    cli_env: dict[str, str], ingested: dict[str, object]
) -> None:
    summary = json.loads(run(cli_env, "summary", "--json").stdout)
    assert summary["article_id"] == SEED_ID and summary["sentences"]
    assert set(summary["sentences"][0]) == {"text", "paragraph", "paragraphs"}
    assert summary["mode"] == "extractive" and summary["unsupported"] == []
    quotes = json.loads(run(cli_env, "quotes", "--speaker", "ルビオ", "--json").stdout)["quotes"]
    assert {q["paragraph"] for q in quotes} == {3, 28}
    assert all(q["speaker"] == "ルビオ" and q["verified"] for q in quotes)
    assert all(q["translation"] is None for q in quotes)  # no chat model: nothing translated
    source = json.loads(run(cli_env, "source", SEED_ID, "3", "--json").stdout)
    assert source["paragraph"] == 3 and source["kind"] == "paragraph"
    assert "悪党" in source["text"]


@pytest.mark.parametrize(
    ("make", "args"),
    [
        ("missing", ("ingest", "{tmp}/no-such-file.txt")),
        ("empty", ("ingest", "{tmp}/empty.txt")),
        ("binary", ("ingest", "{tmp}/binary.txt")),
        ("unknown", ("source", "no-such-article", "1")),
    ],
)
def test_bad_input_exits_non_zero_with_one_line(
    cli_env: dict[str, str], tmp_path: Path, make: str, args: tuple[str, ...]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    done = run(cli_env, *(a.format(tmp=tmp_path) for a in args))
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("newsroom:")
    assert "Traceback" not in done.stderr


def test_terminal_chat_reads_questions_and_commands_from_stdin(
    cli_env: dict[str, str], ingested: dict[str, object]
) -> None:
    script = "\n".join(
        [
            "ルビオ氏がロシア外相と直接会うのをやめた理由は",
            "/summary",
            "/quote ルビオ",
            "/source 3",
            "彼は何と言った?",
            "/quit",
            "this line is never read",
        ]
    )
    done = run(cli_env, "chat", stdin=script + "\n")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "\x1b[" not in out
    assert "引き延ばし" in out and "Sources:" in out  # the first answer, with its sources
    assert "[¶" in out  # the summary's markers
    assert f"— ルビオ, 国務長官 [{SEED_TITLE} ¶3]" in out  # /quote ルビオ, under the title
    assert f"[{SEED_ID} ¶" not in out  # never the article's id where a person reads
    assert "¶3 (paragraph)" in out and "悪党" in out  # /source 3
    assert "平和を実現する機会があるのなら" in out  # the follow-up, resolved to ルビオ
    assert "this line is never read" not in out


def test_bench_rejects_an_unknown_part_before_running_anything(cli_env: dict[str, str]) -> None:
    results = ROOT / "bench" / "results.json"
    before = results.read_bytes() if results.exists() else None
    done = run(cli_env, "bench", "--only", "answers,nope", cwd=ROOT)
    assert done.returncode == 2
    assert "unknown part(s): nope" in done.stderr
    assert (results.read_bytes() if results.exists() else None) == before


def test_an_out_of_range_setting_is_named_in_one_line(cli_env: dict[str, str]) -> None:
    done = run({**cli_env, "ANSWER_STRICTNESS": "0.5"}, "articles")
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "ANSWER_STRICTNESS" in lines[0], done.stderr
