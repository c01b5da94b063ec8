"""`newsroom check` through a subprocess: the JSON contract, exit codes and bad input."""

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
DRAFT = "トランプ氏は「その時が来た」と述べた。トランプ政権は23日、ロスネフチとルクオイルに制裁を科すと発表した。\n"


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A fresh data dir with the seed ingested."""
    base = tmp_path_factory.mktemp("check-cli")
    articles = base / "articles"
    articles.mkdir()
    shutil.copy(SEED, articles / SEED.name)
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("NEWSROOM_", "LLM_", "DISCORD"))
    }
    env.update(
        NEWSROOM_DATA_DIR=str(base / "data"), ARTICLES_DIR=str(articles), LLM_PROVIDER="none"
    )
    done = run(env, "ingest", str(articles))
    assert done.returncode == 0, done.stderr
    return env


def run(env: dict[str, str], *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(NEWSROOM), *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=600,
        cwd=Path(env["ARTICLES_DIR"]).parent,
    )


def test_check_json_lists_items_in_draft_order_and_exits_1_on_problems(env: dict[str, str]) -> None:
    done = run(env, "check", "-", "--json", "--article", SEED_ID, stdin=DRAFT.encode())
    assert done.returncode == 1, done.stderr  # a problem was found
    out = json.loads(done.stdout)
    assert set(out) == {"items", "summary"}
    quote, figure = out["items"]
    assert set(quote) == {
        "kind",
        "draft",
        "status",
        "article_id",
        "paragraph",
        "source",
        "diff",
        "draft_speaker",
        "source_speaker",
    }
    assert (quote["kind"], quote["status"], quote["paragraph"]) == ("quote", "exact", 2)
    assert (figure["kind"], figure["draft"], figure["source"]) == ("figure", "23日", "22日")
    assert out["summary"]["problems"] == 1 and out["summary"]["checked"] >= 2


def test_check_text_output_for_a_clean_draft_exits_0(env: dict[str, str], tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("トランプ氏は「その時が来た」と述べた。\n", encoding="utf-8")
    done = run(env, "check", str(draft))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode().splitlines()
    assert lines[0].startswith("ok") and f"[{SEED_TITLE} ¶2]" in lines[0]  # the title, not the id
    assert lines[-1] == "checked 2, problems 0"


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (b"", "newsroom: stdin: the draft is empty: give the text to check.\n"),
        (b"\x00\x01\x02\xff", "newsroom: stdin: not a text file (UTF-8 or Shift_JIS)\n"),
        (
            "あ".encode() * 50_001,
            "newsroom: That draft is too long (50,001 characters; the limit is 50,000).\n",
        ),
    ],
)
def test_bad_drafts_get_one_line_and_exit_2(
    env: dict[str, str], stdin: bytes, message: str
) -> None:
    before = run(env, "articles", "--json").stdout
    done = run(env, "check", "-", stdin=stdin)
    assert done.returncode == 2 and done.stdout == b""
    assert done.stderr.decode() == message
    assert run(env, "articles", "--json").stdout == before  # nothing changed
