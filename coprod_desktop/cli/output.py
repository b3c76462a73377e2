"""Printing results: one JSON document with --json, else a plain table or line."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

from coprod_desktop.core.domain.jsonable import jsonable


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(jsonable(value), ensure_ascii=False, indent=2, sort_keys=True))
    sys.stdout.write("\n")


def print_table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], right: set[int] = frozenset()
) -> None:  # type: ignore[assignment]
    if not rows:
        sys.stdout.write("(none)\n")
        return
    cells = [[_one_line(str(c)) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    widths = [min(w, 48) for w in widths]

    def fmt(row: Sequence[str]) -> str:
        out = []
        for i, cell in enumerate(row):
            cell = cell if len(cell) <= widths[i] else cell[: widths[i] - 1] + "…"
            out.append(cell.rjust(widths[i]) if i in right else cell.ljust(widths[i]))
        return "  ".join(out).rstrip()

    sys.stdout.write(fmt(list(headers)) + "\n")
    sys.stdout.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        sys.stdout.write(fmt(row) + "\n")


def _one_line(text: str) -> str:
    return " ".join(text.split())
