"""`newsroom check FILE|- [--article ID]... [--json]`: a draft checked against its sources."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from retrieval.check import MAX_DRAFT_CHARS, CheckReport, decode_draft
from retrieval.models import UserFacingError

_MARK = {"exact": "ok", "near": "NEAR", "not_found": "NOT FOUND", "mismatch": "MISMATCH"}


def add_check_parser(sub: Any) -> None:
    """Register the `check` subcommand on the CLI's subparsers."""
    s = sub.add_parser("check", help="check a draft's quotes, speakers, figures and names")
    s.add_argument("file", metavar="FILE", help="the draft (.txt or .md), or - for stdin")
    s.add_argument(
        "--article",
        metavar="ID",
        action="append",
        help="check against this article only (repeatable)",
    )
    s.add_argument("--json", action="store_true")


def read_draft_file(name: str) -> str:
    """The draft's text from a file or stdin ('-'), validated (empty, binary, too long)."""
    if name == "-":
        data = sys.stdin.buffer.read(MAX_DRAFT_CHARS * 4 + 1)
        return decode_draft(data, "stdin")
    path = Path(name)
    if not path.is_file():
        raise UserFacingError(f"{path}: no such file")
    with path.open("rb") as f:
        data = f.read(MAX_DRAFT_CHARS * 4 + 1)
    return decode_draft(data, str(path))


def report_lines(report: CheckReport, titles: Mapping[str, str] | None = None) -> list[str]:
    """The report for people: one line per item (its source under the article's title when
    `titles`, article id -> title, has it), then the totals."""
    titles = titles or {}
    lines = []
    for item in report.items:
        source = titles.get(item.article_id or "", item.article_id)
        where = f" [{source} ¶{item.paragraph}]" if item.paragraph else ""
        head = f"{_MARK[item.status]:9} {item.kind:6} {item.draft}{where}"
        if item.kind == "quote" and (item.draft_speaker or item.source_speaker):
            head += f"  (draft: {item.draft_speaker or '?'}; source: {item.source_speaker or '?'})"
        lines.append(head)
        if item.diff:
            lines.append(f"          diff: {item.diff}")
        elif item.status == "mismatch" and item.kind != "quote" and item.source:
            lines.append(f"          source: {item.source}")
    lines.append(f"checked {report.checked}, problems {report.problems}")
    return lines


def cmd_check(args: argparse.Namespace) -> int:
    """Check a draft; exit 0 when nothing needs attention, 1 when something does."""
    from bot.cli import _emit, _engine

    text = read_draft_file(args.file)
    engine = _engine()
    report = engine.check(text, articles=args.article)
    if args.json:
        _emit(report.to_json())
    else:
        titles = {a.article_id: a.title for a in engine.articles()}
        print("\n".join(report_lines(report, titles)))
    return 1 if report.problems else 0
