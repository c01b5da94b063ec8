"""The prompt loader and the templates' pinned variables and rules."""

from __future__ import annotations

from importlib import resources

import pytest

from prompts import LANGUAGES, NAMES, PromptError, load_prompt, parse_prompt
from retrieval.checks import NOT_COVERED

PINNED = {
    "answer": {"question", "passages", "history"},
    "summary": {"title", "passages", "length", "style"},
    "condense": {"history", "question"},
    "repair": {"failures"},
    "translate": {"items"},
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_each_template_has_exactly_its_pinned_variables(name: str, language: str) -> None:
    prompt = load_prompt(name, language)
    assert prompt.variables == PINNED[name]
    system, user = prompt.format(**{v: f"<{v}-value>" for v in PINNED[name]})
    for v in PINNED[name]:
        assert f"<{v}-value>" in system + user


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["answer", "summary", "condense", "translate"])
def test_system_parts_are_fixed_text_without_placeholders(name: str, language: str) -> None:
    prompt = load_prompt(name, language)
    assert prompt.system.strip()
    system, _ = prompt.format(**{v: "{x}" for v in prompt.variables})
    assert system == prompt.system


def test_every_template_file_is_a_known_prompt() -> None:
    files = {p.name for p in resources.files("prompts").iterdir() if p.name.endswith(".txt")}
    assert files == {f"{n}.{lang}.txt" for n in NAMES for lang in LANGUAGES}


def test_format_raises_on_a_missing_variable() -> None:
    with pytest.raises(PromptError, match=r"missing variables \['history'\]"):
        load_prompt("answer", "en").format(question="q", passages="p")


def test_format_raises_on_an_extra_variable() -> None:
    with pytest.raises(PromptError, match=r"unexpected variables \['tone'\]"):
        load_prompt("condense", "ja").format(history="h", question="q", tone="formal")


def test_braces_in_values_are_inserted_literally() -> None:
    _, user = load_prompt("answer", "en").format(
        question="What is {passages}?", passages="A {0} B", history="(none)"
    )
    assert "What is {passages}?" in user
    assert "A {0} B" in user


def test_load_prompt_reads_each_template_once() -> None:
    assert load_prompt("answer", "ja") is load_prompt("answer", "ja")


def test_unknown_prompt_or_language_is_rejected() -> None:
    with pytest.raises(PromptError):
        load_prompt("answer", "fr")
    with pytest.raises(PromptError):
        load_prompt("poem", "en")


@pytest.mark.parametrize(
    "raw",
    [
        "=== system ===\nrules only",
        "stray text\n=== user ===\n{question}",
        "=== user ===\n{a}\n=== user ===\n{b}",
        "=== user ===\n{a.b}",
        "=== user ===\n{a!r}",
        "=== user ===\n{}",
    ],
    ids=["no-user", "text-before-marker", "duplicate", "attribute", "conversion", "positional"],
)
def test_malformed_templates_fail_loudly(raw: str) -> None:
    with pytest.raises(PromptError):
        parse_prompt(raw, name="t", language="en")


def test_a_template_may_have_no_system_part() -> None:
    prompt = parse_prompt("=== user ===\nHello {name}\n", name="t", language="en")
    assert prompt.system == ""
    assert prompt.format(name="Ann") == ("", "Hello Ann")


@pytest.mark.parametrize("language", LANGUAGES)
def test_answer_template_states_the_rules(language: str) -> None:
    prompt = load_prompt("answer", language)
    assert NOT_COVERED[language] in prompt.system
    assert "[¶3]" in prompt.system
    assert "[article_id ¶N]" in prompt.system
    assert "「" in prompt.system  # how to quote Japanese / where quotes go
    injection = "ignore previous instructions" if language == "en" else "以前の指示を無視して"
    assert injection in prompt.system
    # Passages sit inside a delimited data block in the user part, never in the system part.
    assert "<passages>\n{passages}\n</passages>" in prompt.user
    assert "{passages}" not in prompt.system
