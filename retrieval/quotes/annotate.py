"""An article's quotes, found once per version of it: Japanese on the parse, English by rule."""

from __future__ import annotations

from retrieval.models import Article, Quote
from retrieval.parser import JapaneseParser, shared_parser
from retrieval.quotes.english import attribute_english
from retrieval.quotes.headings import heading_quotes
from retrieval.quotes.japanese import attribute_japanese

# Bumped whenever attribution changes, so quotes stored by an older version are found again.
ANNOTATOR_VERSION = "ginza-176"


def extract_quotes(article: Article, parser: JapaneseParser | None = None) -> list[Quote]:
    """Every direct quote of `article` in order, verbatim, with its speaker when the text says
    (in headlines and subheads: words a speaker's quote in the body holds)."""
    if article.language == "ja":
        body = attribute_japanese(article, parser or shared_parser())
    else:
        body = attribute_english(article)
    headed = heading_quotes(article, body)
    return sorted([*body, *headed], key=lambda q: (q.paragraph, q.start)) if headed else body
