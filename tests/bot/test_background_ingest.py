"""Start-up with a large articles folder: the bot answers about what is indexed while the rest is
ingested in a background thread, and /articles says what is still waiting."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from bot.discord.client import NewsroomBot
from bot.discord.cogs.articles import ingesting_field
from bot.discord.render import FIELD_VALUE_LIMIT
from bot.ingestion import BackgroundIngest, IngestStatus, changed_articles
from bot.settings import BotSettings
from retrieval.engine import Engine
from retrieval.models import Article
from tests.conftest import HashEmbeddings, make_settings
from tests.faults.conftest import write_articles

ARTICLES = 60
KNOWN = (
    "Ferry timetable changes\n\n"
    "The Awaji ferry will sail every forty minutes from the first of May, the operator said.\n\n"
    "Night sailings end at eleven.\n"
)
KNOWN_Q = "How often will the Awaji ferry sail?"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = write_articles(tmp_path / "articles", ARTICLES)
    (folder / "ferry.txt").write_text(KNOWN)
    return folder


@pytest.fixture
def engine(tmp_path: Path, folder: Path) -> Any:
    engine = Engine(
        make_settings(tmp_path / "data", articles_dir=folder), embeddings=HashEmbeddings()
    )
    engine.ingest([folder / "ferry.txt"])  # indexed by an earlier run
    yield engine
    engine.close()


class Paused:
    """Lets the background ingestion write `groups` groups, then holds it until released."""

    def __init__(self, engine: Engine, groups: int) -> None:
        self.allowed = groups
        self.release = threading.Event()
        self.holding = threading.Event()
        self._real = engine.ingest_articles
        engine.ingest_articles = self  # type: ignore[method-assign]

    def __call__(self, articles: list[Article], **kwargs: Any) -> Any:
        if self.allowed == 0:
            self.holding.set()
            assert self.release.wait(60)
        self.allowed -= 1
        return self._real(articles, **kwargs)


@pytest.fixture
def simcord_bot(engine: Engine, settings: BotSettings, folder: Path) -> NewsroomBot:
    ingest = BackgroundIngest(engine, group_passages=20)
    return NewsroomBot(engine=engine, settings=settings, ingest=ingest)


async def test_a_question_is_answered_while_the_folder_is_still_being_ingested(
    simcord_env: Any, engine: Engine, folder: Path
) -> None:
    bot = simcord_env.bot
    paused = Paused(engine, groups=2)
    bot.ingest.start()
    assert paused.holding.wait(60)
    status = bot.ingest.status()
    assert status.running and 0 < status.done < status.total == ARTICLES
    assert "ferry" not in status.waiting  # unchanged since the earlier run: not re-ingested

    guild = simcord_env.create_guild()
    channel = guild.create_text_channel("desk")
    alice = guild.add_member(simcord_env.create_user("alice"))
    answered = await alice.slash(channel, "ask", question=KNOWN_Q)
    embed = answered.response.embeds[0]
    assert "forty minutes" in embed.description and "[¶2]" in embed.description
    listed = (await alice.slash(channel, "articles")).response.embeds[0]
    (field,) = listed.fields
    assert field.name == f"Still being ingested ({status.done} of {ARTICLES} done)"
    assert f"`{status.waiting[0]}`" in field.value
    assert f"and {len(status.waiting) - 15} more" in field.value
    assert bot.ingest.status().running  # the answer did not wait for the ingestion

    paused.release.set()
    assert bot.ingest.join(60)
    final = bot.ingest.status()
    assert not final.running and final.done == ARTICLES and final.waiting == ()
    assert len(engine.articles()) == ARTICLES + 1
    done = (await alice.slash(channel, "articles")).response.embeds[0]
    assert done.fields == [] and done.title == f"Articles ({ARTICLES + 1})"
    assert changed_articles(engine, engine.parse([folder])) == []


def test_questions_on_many_threads_during_ingestion_all_succeed(
    engine: Engine, folder: Path
) -> None:
    ingest = BackgroundIngest(engine, group_passages=10)
    ingest.start()
    questions = [KNOWN_Q, "What did the Osaka council approve?", "harbour budget"] * 20
    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda q: engine.ask(q), questions))
    assert ingest.join(120) and ingest.status().error is None
    assert all(a.question for a in answers)
    assert "forty minutes" in answers[0].text
    ids = {i.article_id for i in engine.articles()}
    assert len(ids) == ARTICLES + 1
    # Every article is whole: its passages are searchable within it after the run.
    for info in engine.articles()[:10]:
        article = engine.article(info.article_id)
        hits = engine.search(article.passages[-1].text, article=info.article_id, k=3)
        assert hits and hits[0].article_id == info.article_id


def test_a_bad_file_stops_the_background_ingestion_with_a_logged_message(
    engine: Engine, folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (folder / "broken.jsonl").write_text('{"id": "x"}\n')
    ingest = BackgroundIngest(engine)
    ingest.start()
    assert ingest.join(60)
    status = ingest.status()
    assert not status.running and status.error and "broken.jsonl" in status.error
    assert any("Ingesting the articles folder failed" in r.getMessage() for r in caplog.records)
    assert [i.article_id for i in engine.articles()] == ["ferry"]  # still answering from it


def test_the_articles_field_fits_discords_limit_and_reports_a_failure() -> None:
    waiting = tuple(f"article-{'x' * 70}-{i}" for i in range(40))
    name, value = ingesting_field(IngestStatus(True, 3, 43, waiting))  # type: ignore[misc]
    assert name == "Still being ingested (3 of 43 done)"
    assert len(value) <= FIELD_VALUE_LIMIT and value.count("`") % 2 == 0
    shown = value.count("`") // 2
    assert value.endswith(f" and {40 - shown} more") and shown >= 1
    assert ingesting_field(IngestStatus(False, 43, 43, ())) is None
    failed = ingesting_field(IngestStatus(False, 0, 0, (), error="broken.jsonl: line 1: bad"))
    assert failed == ("Articles folder", "Ingestion stopped: broken.jsonl: line 1: bad")
