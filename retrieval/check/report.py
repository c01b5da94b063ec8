"""What a draft check returns: one item per quote, wrong figure and misspelt name, in draft order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from retrieval.models import UserFacingError

ItemKind = Literal["quote", "figure", "name"]
Status = Literal["exact", "near", "not_found", "mismatch"]
# Longer than any story a desk files; longer text is a paste of something else.
MAX_DRAFT_CHARS = 50_000


@dataclass(frozen=True)
class CheckItem:
    """One checked thing of the draft and what the sources say of it.

    `status`: quotes are `exact` (verbatim in ¶`paragraph`), `near` (the closest source span
    differs; `diff` shows how), `not_found`, or `mismatch` (verbatim but credited to someone
    else). Figures and names are listed only when they differ from the source (`mismatch`).
    """

    kind: ItemKind
    draft: str
    status: Status
    article_id: str | None = None
    paragraph: int | None = None
    source: str | None = None
    diff: str | None = None
    draft_speaker: str | None = None
    source_speaker: str | None = None
    start: int = 0  # offset of `draft` in the draft text, for ordering

    @property
    def is_problem(self) -> bool:
        """True unless the item was found exactly as the source has it."""
        return self.status != "exact"

    def to_json(self) -> dict[str, Any]:
        """The item in the `newsroom check --json` contract."""
        return {
            "kind": self.kind,
            "draft": self.draft,
            "status": self.status,
            "article_id": self.article_id,
            "paragraph": self.paragraph,
            "source": self.source,
            "diff": self.diff,
            "draft_speaker": self.draft_speaker,
            "source_speaker": self.source_speaker,
        }


@dataclass(frozen=True)
class CheckReport:
    """Every item of a draft check, in draft order, and how many things were checked."""

    items: tuple[CheckItem, ...]
    checked: int
    articles: tuple[str, ...] = ()

    @property
    def problems(self) -> int:
        """How many listed items need the reporter's attention."""
        return sum(item.is_problem for item in self.items)

    def to_json(self) -> dict[str, Any]:
        """The report in the `newsroom check --json` contract."""
        return {
            "items": [item.to_json() for item in self.items],
            "summary": {"checked": self.checked, "problems": self.problems},
        }


def clean_draft(text: str) -> str:
    """The draft with newlines normalised, or a UserFacingError saying why it cannot be checked."""
    if "\x00" in text or any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        raise UserFacingError("That draft is not text (it holds binary data).")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t\f")
    if controls:
        raise UserFacingError("That draft is not text (it holds control characters).")
    if not text.strip():
        raise UserFacingError("The draft is empty: give the text to check.")
    if len(text) > MAX_DRAFT_CHARS:
        raise UserFacingError(
            f"That draft is too long ({len(text):,} characters; the limit is {MAX_DRAFT_CHARS:,})."
        )
    return text


def decode_draft(data: bytes, name: str = "draft") -> str:
    """A draft file's bytes as checked text (UTF-8, with or without BOM, or Shift_JIS)."""
    from retrieval.articles import decode_text

    if not data.strip():
        raise UserFacingError(f"{name}: the draft is empty: give the text to check.")
    if len(data) > MAX_DRAFT_CHARS * 4:  # UTF-8 takes at most 4 bytes a character
        raise UserFacingError(
            f"{name}: that draft is too long (the limit is {MAX_DRAFT_CHARS:,} characters)."
        )
    try:
        text = decode_text(data, name)
    except UserFacingError:
        raise UserFacingError(f"{name}: not a text file (UTF-8 or Shift_JIS)") from None
    return clean_draft(text)
