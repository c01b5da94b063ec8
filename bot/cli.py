"""The `newsroom` command: every shell entry point onto the one engine.

Output with --json is a stable contract that other tools read; without it, output is for people.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from bot.check_command import add_check_parser, cmd_check
from retrieval.config import EngineSettings

if TYPE_CHECKING:
    from bot.settings import BotSettings
from bot.contract import quote_json, summary_json
from retrieval.models import Answer, IndexUnavailableError, UserFacingError

log = logging.getLogger(__name__)

EXIT_USER = 2
EXIT_UNAVAILABLE = 3


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    p = argparse.ArgumentParser(prog="newsroom", description=__doc__.splitlines()[0])
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("ingest", help="ingest article files or folders")
    s.add_argument("paths", nargs="+", type=Path)
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("articles", help="list the indexed articles")
    s.add_argument("--json", action="store_true")

    for name, helptext, arg in (
        ("search", "rank passages for a query", "query"),
        ("ask", "answer a question with citations", "question"),
    ):
        s = sub.add_parser(name, help=helptext)
        s.add_argument(arg, nargs="?")
        s.add_argument("--batch", metavar="FILE", help="one per line (- for stdin); JSON Lines out")
        s.add_argument("--article", metavar="ID")
        s.add_argument("--json", action="store_true")
        if name == "search":
            s.add_argument("--k", type=int, default=5)

    s = sub.add_parser("summary", help="summarise an article with citations")
    s.add_argument("--article", metavar="ID")
    s.add_argument("--length", choices=("short", "medium", "long"), default="short")
    s.add_argument("--style", choices=("paragraph", "bullets"), default="paragraph")
    s.add_argument("--section", metavar="NAME")
    s.add_argument(
        "--language", choices=("ja", "en"), help="write it in this language (with a chat model)"
    )
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("quotes", help="direct quotes with their speakers")
    s.add_argument("--article", metavar="ID")
    s.add_argument("--speaker", metavar="NAME")
    s.add_argument("--about", metavar="TEXT")
    s.add_argument(
        "--language", choices=("ja", "en"), help="translate other quotes into it (chat model)"
    )
    s.add_argument("--json", action="store_true")

    add_check_parser(sub)
    s = sub.add_parser("source", help="print paragraph N of an article, verbatim")
    s.add_argument("article")
    s.add_argument("paragraph", type=int)
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("remove", help="remove an article from the index")
    s.add_argument("article")

    sub.add_parser("reindex", help="rebuild the index from the articles folder")
    sub.add_parser("chat", help="interactive terminal chat")
    sub.add_parser("bot", help="run the Discord bot (needs DISCORD_TOKEN)")
    sub.add_parser("start", help="the Discord bot if DISCORD_TOKEN is set, else the terminal chat")

    s = sub.add_parser("feedback", help="export 👍/👎 votes from Discord")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("bench", help="run the benchmarks (from a checkout) into bench/results.json")
    s.add_argument("--quick", action="store_true", help="a fast subset (scale at 2k and 20k only)")
    s.add_argument("--only", metavar="PARTS", help="comma-separated parts (see bench/README.md)")
    s.add_argument("--collect", action="store_true", help="merge existing results, run nothing")
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `newsroom` console script."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        return COMMANDS[args.command](args)
    except IndexUnavailableError as exc:
        print(f"newsroom: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    except UserFacingError as exc:
        print(f"newsroom: {exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        return 130


def _settings() -> BotSettings:
    from pydantic import ValidationError

    from bot.settings import BotSettings, settings_errors

    try:
        return BotSettings()
    except ValidationError as error:
        raise UserFacingError("; ".join(settings_errors(error))) from None


def _engine(settings: EngineSettings | None = None) -> Any:
    from retrieval.engine import Engine

    return Engine.from_settings(settings or _settings())


def _emit(obj: Any, out: TextIO = sys.stdout) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _lines(args: argparse.Namespace, positional: str) -> Iterator[str] | None:
    if args.batch is None:
        if getattr(args, positional) is None:
            raise UserFacingError(f"give a {positional} or --batch FILE")
        return None
    if getattr(args, positional) is not None:
        raise UserFacingError(f"give either a {positional} or --batch, not both")
    if args.batch == "-":
        return (line.rstrip("\n") for line in sys.stdin)
    path = Path(args.batch)
    if not path.is_file():
        raise UserFacingError(f"{path}: no such file")
    return (line.rstrip("\n") for line in path.open(encoding="utf-8"))


# --- commands ----------------------------------------------------------------------------------


def cmd_ingest(args: argparse.Namespace) -> int:
    engine = _engine()
    started = time.monotonic()
    articles = engine.parse(args.paths)
    total = sum(len(a.passages) for a in articles)  # unchanged articles advance it at once
    progress, close = _progress_bar(total, "embedding passages")
    try:
        results = engine.ingest_articles(articles, progress=progress)
    finally:
        close()
    counts = {s: sum(r.status == s for r in results) for s in ("added", "updated", "unchanged")}
    print(
        f"{len(results)} articles: {counts['added']} added, {counts['updated']} updated, "
        f"{counts['unchanged']} unchanged ({sum(r.passages for r in results)} passages) "
        f"in {time.monotonic() - started:.1f}s",
        file=sys.stderr,
    )
    if args.json:
        _emit({"articles": [asdict(r) for r in results]})
    else:
        for r in results:
            print(f"{r.status:9s} {r.article_id}  {r.title}  ({r.passages} passages)")
    return 0


def _progress_bar(
    total: int, label: str
) -> tuple[Callable[[int], None] | None, Callable[[], None]]:
    if total < 50 or not sys.stderr.isatty():
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(total=total, desc=label, unit="passage", file=sys.stderr)
    return bar.update, bar.close


def cmd_articles(args: argparse.Namespace) -> int:
    infos = _engine().articles()
    if args.json:
        _emit(
            {
                "articles": [
                    {
                        "article_id": i.article_id,
                        "title": i.title,
                        "original_title": i.original_title,
                        "blocks": i.blocks,
                        "passages": i.passages,
                    }
                    for i in infos
                ]
            }
        )
    else:
        for i in infos:
            print(f"{i.article_id}  {i.title}  ({i.passages} passages)")
        if not infos:
            print("No articles yet: newsroom ingest PATH")
    return 0


def _search_obj(engine: Any, query: str, args: argparse.Namespace) -> dict[str, Any]:
    results = engine.search(query, k=args.k, article=args.article)
    return {
        "query": query,
        "results": [
            {
                "article_id": r.article_id,
                "paragraph": r.paragraph,
                "kind": r.kind,
                "section": r.section,
                "text": r.text,
                "score": r.score,
            }
            for r in results
        ],
    }


def cmd_search(args: argparse.Namespace) -> int:
    if args.k < 1 or args.k > 100:
        raise UserFacingError("--k must be between 1 and 100")
    engine = _engine()
    lines = _lines(args, "query")
    if lines is not None:
        return _batch(lines, lambda q: _search_obj(engine, q, args), "query")
    obj = _search_obj(engine, args.query, args)
    if args.json:
        _emit(obj)
    else:
        for i, r in enumerate(obj["results"], 1):
            section = f" [{r['section']}]" if r["section"] else ""
            print(
                f"{i}. {r['article_id']} ¶{r['paragraph']}{section} ({r['score']:.3f})\n   {r['text']}"
            )
    return 0


def _batch(lines: Iterator[str], fn: Callable[[str], dict[str, Any]], field: str) -> int:
    """One JSON object per input line, in order; a bad line gets an error object, not a stop."""
    failures = 0
    for line in lines:
        try:
            _emit(fn(line))
        except UserFacingError as exc:
            failures += 1
            _emit({field: line, "error": str(exc)})
        sys.stdout.flush()
    return 1 if failures else 0


def answer_json(answer: Answer) -> dict[str, Any]:
    """The CLI contract's JSON for an answer."""
    obj: dict[str, Any] = {
        "question": answer.question,
        "answer": answer.text,
        "answerable": answer.answerable,
        "confidence": answer.confidence,
        "mode": answer.mode,
        "language": answer.language,
        "citations": [
            {
                "article_id": c.article_id,
                "paragraph": c.paragraph,
                "text": c.text,
                "score": c.score,
                "translation": c.translation,
            }
            for c in answer.citations
        ],
    }
    if answer.mode == "llm":
        obj["quotes_checked"] = [
            {"quote": q.quote, "paragraph": q.paragraph, "verified": q.verified}
            for q in answer.quotes_checked
        ]
        obj["unsupported"] = list(answer.unsupported)
    if not answer.answerable:
        obj["related"] = [
            {"article_id": p.article_id, "paragraph": p.paragraph, "text": p.text, "score": p.score}
            for p in answer.related
        ]
    if answer.notes:
        obj["notes"] = list(answer.notes)
    return obj


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.terminal import print_answer

    engine = _engine()
    lines = _lines(args, "question")
    if lines is not None:
        return _batch(lines, lambda q: answer_json(engine.ask(q, article=args.article)), "question")
    answer = engine.ask(args.question, article=args.article)
    if args.json:
        _emit(answer_json(answer))
    else:
        print_answer(answer, sys.stdout)
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from bot.terminal import print_summary

    summary = _engine().summarize(
        args.article,
        length=args.length,
        style=args.style,
        section=args.section,
        language=args.language,
    )
    if args.json:
        _emit(summary_json(summary))
    else:
        print_summary(summary, sys.stdout)
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from bot.terminal import print_quotes

    engine = _engine()
    quotes = engine.quotes(
        args.article, speaker=args.speaker, about=args.about, language=args.language
    )
    if args.json:
        _emit({"quotes": [quote_json(q) for q in quotes if q.verified]})
    else:
        print_quotes(quotes, sys.stdout, {a.article_id: a.title for a in engine.articles()})
    return 0


def cmd_source(args: argparse.Namespace) -> int:
    article, block = _engine().source(args.article, args.paragraph)
    if args.json:
        _emit(
            {
                "article_id": article.article_id,
                "title": article.title,
                "paragraph": block.number,
                "kind": block.kind,
                "section": block.section,
                "text": block.text,
            }
        )
    else:
        print(f"{article.title} ¶{block.number} ({block.kind})\n{block.text}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from retrieval.models import GLOBAL_SCOPE

    _engine().remove(args.article, scope=GLOBAL_SCOPE)
    print(f"removed {args.article}", file=sys.stderr)
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    settings = _settings()
    from retrieval.engine import Engine

    engine = Engine.rebuild(settings)
    results = engine.reindex()
    print(f"reindexed {len(results)} articles from {settings.articles_dir}", file=sys.stderr)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.terminal import run_chat

    settings = _settings()
    engine = _engine(settings)
    engine.sync_articles()
    return run_chat(engine, sys.stdin, sys.stdout)


def cmd_bot(args: argparse.Namespace) -> int:
    from bot.discord.client import run_bot

    logging.getLogger().setLevel(logging.INFO)
    return run_bot(_settings())


def cmd_start(args: argparse.Namespace) -> int:
    settings = _settings()
    if settings.discord_token is not None:
        return cmd_bot(args)
    print("DISCORD_TOKEN is not set: starting the terminal chat instead.", file=sys.stderr)
    return cmd_chat(args)


def cmd_feedback(args: argparse.Namespace) -> int:
    from bot.feedback import export_feedback

    rows = export_feedback(_settings().data_dir)
    if args.json:
        _emit({"feedback": rows})
    else:
        for r in rows:
            print(f"{r.get('vote')}  {r.get('question')}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    import importlib

    import retrieval

    # bench/ is not part of the installed package: it lives in the checkout (the working
    # directory, or the one an editable install points at), which a console script's import
    # path does not hold.
    for root in (Path.cwd(), Path(retrieval.__file__).resolve().parents[1]):
        if (root / "bench" / "run.py").is_file():
            if str(root) not in sys.path:
                sys.path.insert(0, str(root))
            break
    try:
        run = importlib.import_module("bench.run")
    except ImportError as exc:
        raise UserFacingError(
            "the benchmarks live in the source checkout: run `newsroom bench` from its root"
        ) from exc
    options = ["--quick"] * args.quick + ["--collect"] * args.collect
    return int(run.main([*options, *(["--only", args.only] if args.only else [])]))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "ingest": cmd_ingest,
    "articles": cmd_articles,
    "search": cmd_search,
    "ask": cmd_ask,
    "summary": cmd_summary,
    "quotes": cmd_quotes,
    "source": cmd_source,
    "check": cmd_check,
    "remove": cmd_remove,
    "reindex": cmd_reindex,
    "chat": cmd_chat,
    "bot": cmd_bot,
    "start": cmd_start,
    "feedback": cmd_feedback,
    "bench": cmd_bench,
}


if __name__ == "__main__":
    raise SystemExit(main())
