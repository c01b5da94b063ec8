"""The terminal surface: readable answers with their sources, and an interactive chat."""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping, Sequence
from typing import TextIO

from retrieval.engine import Engine
from retrieval.models import (
    Answer,
    IndexUnavailableError,
    Quote,
    Summary,
    Turn,
    UserFacingError,
    detect_language,
)

HELP = """Ask a question about the articles, or use a command:
  /summary [short|medium|long] [bullets] [section NAME] [ja|en]   summarise the current article
  /quote [SPEAKER] [ja|en]                                  direct quotes (of SPEAKER)
  (with a chat model, ja|en picks the language; the default is that of your last question)
  /source N                                                 paragraph N of the current article, verbatim
  /articles                                                 list articles
  /article ID                                               focus on one article (/article - for all)
  /new                                                      forget the conversation
  /help, /quit"""


class Style:
    """ANSI colours, or nothing when the output is not a terminal (or NO_COLOR is set)."""

    def __init__(self, out: TextIO) -> None:
        on = hasattr(out, "isatty") and out.isatty() and "NO_COLOR" not in os.environ
        self.bold = "\033[1m" if on else ""
        self.dim = "\033[2m" if on else ""
        self.cyan = "\033[36m" if on else ""
        self.yellow = "\033[33m" if on else ""
        self.reset = "\033[0m" if on else ""


def print_answer(answer: Answer, out: TextIO) -> None:
    """The answer, then its numbered sources with their verbatim text."""
    st = Style(out)
    out.write(f"{st.bold}{answer.text}{st.reset}\n")
    for note in answer.notes:
        out.write(f"{st.yellow}note: {note}{st.reset}\n")
    if answer.citations:
        out.write(f"\n{st.dim}Sources:{st.reset}\n")
        for i, c in enumerate(answer.citations, 1):
            section = f" / {c.section}" if c.section else ""
            out.write(
                f"{st.cyan}[{i}] ¶{c.paragraph} {c.article_title}{section}{st.reset}\n    {c.text}\n"
            )
            if c.translation:
                out.write(f"    {st.dim}translation: {c.translation}{st.reset}\n")
    elif answer.related:
        label = (
            "May not answer this. Closest passages"
            if answer.confidence == "closest"
            else "Closest passages"
        )
        out.write(f"\n{st.dim}{label}:{st.reset}\n")
        for p in answer.related:
            out.write(f"{st.cyan}¶{p.paragraph} {p.article_title}{st.reset}\n    {p.text}\n")


def print_summary(summary: Summary, out: TextIO) -> None:
    """A summary with its [¶N] markers."""
    st = Style(out)
    section = f" / {summary.section}" if summary.section else ""
    written = ", written by the chat model and checked" if summary.mode == "llm" else ""
    out.write(f"{st.dim}{summary.article_title}{section} ({summary.length}{written}){st.reset}\n")
    out.write(summary.text + "\n")
    for note in summary.notes:
        out.write(f"{st.yellow}note: {note}{st.reset}\n")
    for claim in summary.unsupported:
        out.write(f"{st.yellow}unsupported: {claim}{st.reset}\n")


def print_quotes(
    quotes: Sequence[Quote], out: TextIO, titles: Mapping[str, str] | None = None
) -> None:
    """Verified quotes with speaker, role and paragraph, under the article's title when
    `titles` (article id -> title) has it."""
    st = Style(out)
    titles = titles or {}
    shown = [q for q in quotes if q.verified]
    if not shown:
        out.write("No direct quotes found.\n")
    for q in shown:
        who = q.speaker or "(speaker not named)"
        role = f", {q.speaker_role}" if q.speaker_role else ""
        partial = " (partial)" if q.partial else ""
        mark = ("「", "」") if any("\u3040" <= ch <= "\u9fff" for ch in q.quote) else ("“", "”")
        out.write(
            f"{mark[0]}{q.quote}{mark[1]}{partial}\n    {st.cyan}— {who}{role} "
            f"[{titles.get(q.article_id, q.article_id)} ¶{q.paragraph}]{st.reset}\n"
        )
        if q.translation:  # labelled, never in quotation marks
            out.write(f"    {st.dim}translation: {q.translation}{st.reset}\n")


def run_chat(engine: Engine, stdin: TextIO, out: TextIO) -> int:
    """An interactive session: questions with follow-ups, /summary, /quote, /source."""
    st = Style(out)
    infos = engine.articles()
    article: str | None = infos[0].article_id if len(infos) == 1 else None
    history: list[Turn] = []
    out.write(f"{st.bold}newsroom{st.reset}: {len(infos)} article(s). /help for commands.\n")
    interactive = hasattr(stdin, "isatty") and stdin.isatty()
    while True:
        if interactive:
            out.write(f"{st.bold}> {st.reset}")
            out.flush()
        line = stdin.readline()
        if not line:
            return 0
        line = line.strip()
        if not line:
            continue
        if line in ("/quit", "/exit", "/q"):
            return 0
        try:
            if line.startswith("/"):
                article, history = _command(engine, line, article, history, out)
            else:
                answer = _ask(engine, line, article, history, out)
                history = [*history, Turn(line, answer)][-6:]
        except IndexUnavailableError as exc:
            out.write(f"{st.yellow}{exc}{st.reset}\n")
        except UserFacingError as exc:
            out.write(f"{st.yellow}{exc}{st.reset}\n")
        out.write("\n")
        out.flush()


def _ask(
    engine: Engine, question: str, article: str | None, history: list[Turn], out: TextIO
) -> Answer:
    final: Answer | None = None
    streamed = False
    for event in engine.ask_stream(question, article=article, history=history):
        if isinstance(event, Answer):
            final = event
        else:
            out.write(event)
            out.flush()
            streamed = True
    assert final is not None
    if streamed:
        out.write("\n\n")
    print_answer(final, out)
    return final


LANGUAGES = ("ja", "en")


def _language(words: list[str], history: list[Turn]) -> str | None:
    """The language asked for (ja / en among `words`), else that of the last question."""
    chosen = [w for w in words if w in LANGUAGES]
    if chosen:
        return chosen[-1]
    return detect_language(history[-1].question) if history else None


def _command(
    engine: Engine, line: str, article: str | None, history: list[Turn], out: TextIO
) -> tuple[str | None, list[Turn]]:
    try:
        parts = shlex.split(line)
    except ValueError:
        parts = line.split()
    cmd, rest = parts[0].lower(), parts[1:]
    if cmd == "/help":
        out.write(HELP + "\n")
    elif cmd == "/articles":
        for info in engine.articles():
            mark = "*" if info.article_id == article else " "
            out.write(f"{mark} {info.article_id}  {info.title}\n")
    elif cmd == "/article":
        if not rest or rest[0] == "-":
            return None, []
        return engine.article(rest[0]).article_id, []
    elif cmd == "/new":
        return article, []
    elif cmd == "/summary":
        length = next((w for w in rest if w in ("short", "medium", "long")), "short")
        style = "bullets" if "bullets" in rest else "paragraph"
        section = rest[rest.index("section") + 1] if "section" in rest[:-1] else None
        language = _language(rest, history)
        summary = engine.summarize(
            article, length=length, style=style, section=section, language=language
        )
        print_summary(summary, out)
    elif cmd in ("/quote", "/quotes"):
        language = _language(rest, history)
        speaker = " ".join(w for w in rest if w not in LANGUAGES) or None
        titles = {info.article_id: info.title for info in engine.articles()}
        print_quotes(engine.quotes(article, speaker=speaker, language=language), out, titles)
    elif cmd == "/source":
        if not rest or not rest[-1].isdigit():
            raise UserFacingError("Usage: /source N  (or /source ARTICLE N)")
        target = rest[0] if len(rest) == 2 else article
        if target is None:
            raise UserFacingError("Which article? Use /source ARTICLE N or /article ID first.")
        found, block = engine.source(target, int(rest[-1]))
        out.write(f"{found.title} ¶{block.number} ({block.kind})\n{block.text}\n")
    else:
        raise UserFacingError(f"Unknown command {cmd}. /help lists the commands.")
    return article, history
