"""Direct quotes exactly as printed, with who said them.

- `annotate`: an article's quotes (run at ingestion; the engine stores them per version)
- `japanese`: attribution on GiNZA's parse, with `people` (who the article names: names,
  titles, bodies, 同氏) and `syntax` (what the parse says of a quoted span)
- `comments`: a Japanese paper's 談話 (▽X・Y教授の話　…), read as if its words were quoted
- `interviews`: a Japanese interview printed as questions and answers (――…。 then the answer)
- `english`: attribution by rule
- `transcripts`: English transcript lines ("Q:", "MORALES:"), whose label says who speaks, with `english_names` (who an English article names)
- `spans`: where quotes are, and whether a text is verbatim in its article
- `speakers`: finding a speaker by any form of the name
- `topics`: quotes on a topic, and quotes across articles
"""

from retrieval.quotes.annotate import ANNOTATOR_VERSION, extract_quotes
from retrieval.quotes.spans import is_verbatim
from retrieval.quotes.speakers import speaker_matches
from retrieval.quotes.topics import (
    AboutScorer,
    find_quotes,
    on_topic,
    quote_context,
    topic_terms,
)

__all__ = [
    "ANNOTATOR_VERSION",
    "AboutScorer",
    "extract_quotes",
    "find_quotes",
    "is_verbatim",
    "on_topic",
    "quote_context",
    "speaker_matches",
    "topic_terms",
]
