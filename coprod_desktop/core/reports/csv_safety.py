"""One guard against spreadsheet formula injection, for every CSV the app writes.

A cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return) is run as a formula by
Excel and LibreOffice when the finance team opens the file: `=cmd|' /C calc'!A0` in an activity
title would be an attack on the organisation, sent in the member's name. A leading apostrophe
makes the spreadsheet show the text as typed.
"""

from __future__ import annotations

#: Characters that make a spreadsheet treat a cell as a formula. Full-width forms are included
#: because some spreadsheet versions normalise them.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def safe_cell(value: str) -> str:
    """Return `value` unchanged, or with a leading apostrophe if a spreadsheet would read it
    as a formula, also when the trigger follows leading spaces (some spreadsheets trim them).

    Amounts the app itself writes (plain numbers like `-3.05`) should bypass this so the
    spreadsheet can add them up.
    """
    if value.startswith(FORMULA_TRIGGERS) or value.lstrip(" ").startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value
