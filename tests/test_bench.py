"""The benchmark summary reads every part's committed results (newsroom bench --collect)."""

from __future__ import annotations

import json

from bench.common import RESULTS
from bench.run import PARTS, summary_rows


def test_the_summary_has_a_row_for_every_committed_result() -> None:
    parts = {
        name: {"status": "collected", "results": json.loads((RESULTS / f"{name}.json").read_text())}
        for name in PARTS
        if (RESULTS / f"{name}.json").exists()
    }
    assert {"quotes", "copy", "archive"} <= set(parts)
    figures = [row["figure"] for row in summary_rows({"parts": parts})]
    assert any(f.startswith("quotes, sealed") for f in figures)
    assert any(f.startswith("real copy, dev") for f in figures)
    assert any(f.startswith("right article first, jsquad") for f in figures)
