"""Small choices the member made that the app should remember: kept in the settings table.

Why the records' settings table rather than the window's settings file: the claim period is a
choice about the records (it travels with them in a whole copy), and the command could use it
too. Each value is JSON text under its own key; an unreadable value is treated as never set.
"""

from __future__ import annotations

import calendar
import json
from datetime import date, timedelta
from typing import Any

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.services.claims import default_period
from coprod_desktop.core.services.context import Context

CLAIM_PERIOD_KEY = "ui.claim_period"
SAVE_FOLDER_KEY = "ui.save_folder"


def whole_months(start: date, end: date) -> int:
    """How many whole calendar months start..end covers exactly (0 when it is not whole months)."""
    if start.day != 1 or end.day != calendar.monthrange(end.year, end.month)[1] or end < start:
        return 0
    return (end.year - start.year) * 12 + end.month - start.month + 1


def next_claim_period(last: tuple[date, date] | None, today: date) -> tuple[date, date]:
    """The period a new claim starts with, following the member's last choice.

    Never chosen: last calendar month. Last time whole months: the same number of whole months
    ending with last month. Otherwise the same length again, starting the day after the last
    period ended, or the last period itself when its successor has not begun yet."""
    if last is None:
        return default_period(today)
    start, end = last
    months = whole_months(start, end)
    if months:
        last_end = today.replace(day=1) - timedelta(days=1)
        first = last_end.replace(day=1)
        for _ in range(months - 1):
            first = (first - timedelta(days=1)).replace(day=1)
        return first, last_end
    following = end + timedelta(days=1)
    if following > today:
        return start, end
    return following, following + (end - start)


class PreferenceService:
    """Read and write the remembered choices."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def get(self, key: str) -> Any:
        with self.ctx.db.read() as s:
            row = s.get(m.SettingRow, key)
            text = row.value if row else None
        if text is None:
            return None
        try:
            return json.loads(text)
        except ValueError:
            return None

    def set(self, key: str, value: Any) -> None:
        text = json.dumps(value, sort_keys=True)
        with self.ctx.db.write() as s:
            row = s.get(m.SettingRow, key)
            if row is None:
                s.add(m.SettingRow(key=key, value=text))
            else:
                row.value = text

    # -- the claim period ---------------------------------------------------------------------
    def claim_period(self) -> tuple[date, date]:
        """Where the claim builder's From and To start (see `next_claim_period`)."""
        stored = self.get(CLAIM_PERIOD_KEY)
        last = None
        if isinstance(stored, dict):
            try:
                last = (date.fromisoformat(stored["from"]), date.fromisoformat(stored["to"]))
            except (KeyError, TypeError, ValueError):
                last = None
        return next_claim_period(last, self.ctx.clock.today())

    def remember_claim_period(self, start: date, end: date) -> None:
        if end < start:
            raise UserError("The period's to date is before its from date.", "to date")
        self.set(CLAIM_PERIOD_KEY, {"from": start.isoformat(), "to": end.isoformat()})

    # -- the folder Save as last used -----------------------------------------------------------
    def save_folder(self) -> str | None:
        folder = self.get(SAVE_FOLDER_KEY)
        return folder if isinstance(folder, str) and folder else None

    def remember_save_folder(self, folder: str) -> None:
        self.set(SAVE_FOLDER_KEY, str(folder))


__all__ = ["PreferenceService", "next_claim_period", "whole_months"]
