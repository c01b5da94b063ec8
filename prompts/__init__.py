"""Prompt templates (package data) and their loader, which fails loudly on wrong variables.

A template is `prompts/<name>.<language>.txt`, for example `answer.ja.txt`. Its text has an
optional system part and a required user part, each introduced by a marker line:

    === system ===
    rules the model must follow (sent as the system message)
    === user ===
    the request, with {placeholders} (sent as the human message)

Placeholders use `str.format` syntax (`{question}`; a literal brace is written `{{`). Only the
template's own text is parsed, so braces inside substituted values (article text) are inert.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cache
from importlib import resources

LANGUAGES = ("ja", "en")
NAMES = ("answer", "summary", "condense", "repair", "translate")
SYSTEM_MARKER = "=== system ==="
USER_MARKER = "=== user ==="
_MARKER_RE = re.compile(r"^=== (system|user) ===[ \t]*$", re.MULTILINE)


class PromptError(Exception):
    """A template is missing, malformed, or formatted with the wrong variables."""


@dataclass(frozen=True)
class Prompt:
    """One loaded template: a fixed system part and a user part with named placeholders."""

    name: str
    language: str
    system: str
    user: str
    variables: frozenset[str]

    def format(self, **values: str) -> tuple[str, str]:
        """The (system, user) texts with `values` filled in; raises PromptError on a mismatch."""
        given = set(values)
        missing = sorted(self.variables - given)
        extra = sorted(given - self.variables)
        if missing or extra:
            raise PromptError(
                f"prompt {self.name}.{self.language}: missing variables {missing}, "
                f"unexpected variables {extra}"
            )
        return self.system.format(**values), self.user.format(**values)


@cache
def load_prompt(name: str, language: str) -> Prompt:
    """The template `name` in `language` ('ja' or 'en'), read from package data once."""
    if name not in NAMES or language not in LANGUAGES:
        raise PromptError(f"no prompt {name!r} in {language!r} (have {NAMES} x {LANGUAGES})")
    filename = f"{name}.{language}.txt"
    try:
        raw = resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise PromptError(f"prompt file {filename} is missing from the prompts package") from exc
    return parse_prompt(raw, name=name, language=language)


def parse_prompt(raw: str, *, name: str, language: str) -> Prompt:
    """Split `raw` into its system and user parts and collect their placeholders."""
    parts: dict[str, str] = {}
    markers = list(_MARKER_RE.finditer(raw))
    if raw[: markers[0].start()].strip() if markers else raw.strip():
        raise PromptError(f"prompt {name}.{language}: text before the first === marker ===")
    for i, m in enumerate(markers):
        if m.group(1) in parts:
            raise PromptError(f"prompt {name}.{language}: two '{m.group(0)}' sections")
        end = markers[i + 1].start() if i + 1 < len(markers) else len(raw)
        parts[m.group(1)] = raw[m.end() : end].strip("\n")
    if "user" not in parts:
        raise PromptError(f"prompt {name}.{language}: no '{USER_MARKER}' section")
    system, user = parts.get("system", ""), parts["user"]
    return Prompt(name, language, system, user, _placeholders(system) | _placeholders(user))


def _placeholders(text: str) -> frozenset[str]:
    names: set[str] = set()
    for _, field, spec, conversion in string.Formatter().parse(text):
        if field is None:
            continue
        if not field.isidentifier() or spec or conversion:
            raise PromptError(f"placeholder {{{field}}} must be a plain name")
        names.add(field)
    return frozenset(names)
