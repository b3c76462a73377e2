"""The shape of a CSV sheet, checked before any row is used (issue 17, finding 8).

A sheet tens of thousands of columns wide is refused from its first line, before the
delimiter is guessed; a row the reader took across several lines because a quote was never
closed, or a row longer than its headings, is reported with its line number instead of
being merged into one record.
"""

from __future__ import annotations

from collections.abc import Sequence

from coprod_desktop.core.domain.errors import UserError

MAX_COLUMNS = 200  # a records sheet has a few dozen; tens of thousands is not one


def check_width(text: str) -> None:
    """Refuse a sheet far wider than any records sheet from its first line, before the
    delimiter is guessed or a row is split (50,000 columns took 11 s to refuse, issue 17)."""
    first = text[: 1 << 16].lstrip("\r\n").split("\n", 1)[0]
    widest = max(first.count(d) for d in (",", ";", "\t")) + 1
    if widest > MAX_COLUMNS:
        raise UserError(
            f"The file has about {widest:,} columns, more than the {MAX_COLUMNS} a records "
            "sheet has: choose the sheet with your records.",
            "file",
        )


def check_row(
    first_line: int, last_line: int, cells: Sequence[str], width: int, delimiter: str
) -> None:
    """Report a row that is not what its line looks like, with its number, never merge rows.

    An unclosed quote makes the CSV reader take the following lines as part of one cell
    (issue 17: eleven rows became one 300-character title); a comma in an unquoted cell
    makes a row longer than the headings."""
    if len(cells) > width and any(c.strip() for c in cells[width:]):
        raise UserError(
            f"Line {first_line} has {len(cells)} cells but the headings have {width}: a cell "
            f"with a '{delimiter}' in it needs quotes around it. Fix that line and import again.",
            "file",
        )
    if last_line > first_line:
        swallowed = [
            line
            for cell in cells
            for line in cell.splitlines()[1:]
            if width > 1 and line.count(delimiter) >= width - 1
        ]
        if swallowed:
            raise UserError(
                f'Line {first_line} opens a quote (") that is not closed before line '
                f"{last_line}, so those rows would run together: close the quote on line "
                f"{first_line} and import again.",
                "file",
            )
