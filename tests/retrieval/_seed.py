"""The seed article (a Japanese Bloomberg story) as parsed by retrieval.articles, for tests."""

from __future__ import annotations

from pathlib import Path

from retrieval.articles import parse_text
from retrieval.models import Article

SEED_PATH = Path(__file__).resolve().parents[2] / "articles" / "000_1f22f8d10cad0239.txt"
SEED_ID = "000_1f22f8d10cad0239"


def seed_text() -> str:
    """The seed article's raw text."""
    return SEED_PATH.read_text(encoding="utf-8")


def seed_article() -> Article:
    """The seed article: 31 blocks, headings ¶8 主導 and ¶19 混乱, caption ¶13, meta ¶29-31."""
    return parse_text(seed_text(), article_id=SEED_ID, name=SEED_PATH.name)
