"""Check a reporter's draft against its sources: quotes, speakers, figures and names.

- `report`: the items and the report (the `--json` contract), and draft validation
- `drafts`: the draft read once (paragraphs, attributed quotes, sentences)
- `sources`: what a check reads of a source article, prepared once per version
- `match`: the verbatim or closest source span of a quote, and the character difference
- `speakers`: whether draft and source credit the same person
- `figures` (with `units`): numbers, amounts, ages and dates read into comparable values
- `names`: misspelt names and wrong titles
- `checker`: all of it over one draft
"""

from retrieval.check.checker import check_draft
from retrieval.check.report import (
    MAX_DRAFT_CHARS,
    CheckItem,
    CheckReport,
    clean_draft,
    decode_draft,
)
from retrieval.check.sources import (
    ALL_SOURCES_UP_TO,
    SEARCH_HITS,
    SOURCES,
    SourceArticle,
    SourceCache,
    prepare,
    source_queries,
)

__all__ = [
    "ALL_SOURCES_UP_TO",
    "MAX_DRAFT_CHARS",
    "SEARCH_HITS",
    "SOURCES",
    "CheckItem",
    "CheckReport",
    "SourceArticle",
    "SourceCache",
    "check_draft",
    "clean_draft",
    "decode_draft",
    "prepare",
    "source_queries",
]
