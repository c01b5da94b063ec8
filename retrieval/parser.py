"""The Japanese parser: GiNZA (spaCy 3.8 with a Universal Dependencies model), loaded once.

GiNZA's model ships inside the `ja-ginza` wheel, so nothing is downloaded. Loading takes
about a second and ~450 MB, and a sentence about 35 ms on two cores, so it runs at ingestion
only (quotes.annotate) and its findings are stored with the article version; questions never
parse. Tokenizing alone (SudachiPy, no parse) is a hundred times cheaper and gives the
part-of-speech tags and readings the rest of an article needs.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any

log = logging.getLogger(__name__)

MODEL = "ja_ginza"


class JapaneseParser:
    """A thread-safe, lazily loaded GiNZA pipeline."""

    def __init__(self) -> None:
        self._nlp: Any = None
        self._lock = threading.Lock()

    def _pipeline(self) -> Any:
        if self._nlp is None:
            import spacy

            log.info("Loading the Japanese parser (%s)", MODEL)
            self._nlp = spacy.load(MODEL)
        return self._nlp

    def parse(self, texts: Sequence[str]) -> list[Any]:
        """A parsed spaCy `Doc` (dependencies, entities, tags) for each text."""
        with self._lock:
            nlp = self._pipeline()
            return list(nlp.pipe(texts))

    def tokenize(self, texts: Sequence[str]) -> list[Any]:
        """A `Doc` with SudachiPy tokens, tags and readings but no parse, for each text."""
        with self._lock:
            nlp = self._pipeline()
            return [nlp.make_doc(t) for t in texts]


_shared = JapaneseParser()


def shared_parser() -> JapaneseParser:
    """The process-wide parser (one model in memory, whoever asks)."""
    return _shared
