"""An article's quotes, found once per version of it: Japanese on the parse, English by rule."""

from __future__ import annotations

from retrieval.models import Article, Quote
from retrieval.parser import JapaneseParser, shared_parser
from retrieval.quotes.english import attribute_english
from retrieval.quotes.japanese import attribute_japanese

# Bumped whenever attribution changes, so quotes stored by an older version are found again.
ANNOTATOR_VERSION = "ginza-51"


def extract_quotes(article: Article, parser: JapaneseParser | None = None) -> list[Quote]:
    """Every direct quote of `article` in order, verbatim, with its speaker when the text says."""
    if article.language == "ja":
        return attribute_japanese(article, parser or shared_parser())
    return attribute_english(article)
