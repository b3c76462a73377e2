"""Expanding a calendar event's RRULE into dates, with a hard bound on the work done.

Why not dateutil's rrule: for a rule no date can satisfy (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`)
it walks day by day to the year 9999 before giving up (13 s here; 30 s with FREQ=SECONDLY), and
UNTIL does not stop it. A hostile invite must be refused within a second. So this walks the
rule's periods (days, weeks, months or years) only from the first date to a horizon, checks the
candidate days of each period against the rule, and stops at the horizon whatever the rule says.
The work is at most the number of days between the start and the horizon.

Only what meeting invites use is read: FREQ DAILY/WEEKLY/MONTHLY/YEARLY, INTERVAL, COUNT,
UNTIL, BYDAY (with ordinals such as 2TU or -1FR), BYMONTHDAY, BYMONTH, BYSETPOS, WKST. Anything
else (repeating by the hour or minute, BYWEEKNO, BYYEARDAY...) is refused with a plain reason.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, timedelta

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
SUPPORTED = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS"}
IGNORED = {"WKST"}
FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")


class RuleError(ValueError):
    """The rule cannot be read; the message says why in plain words."""


def _ints(values: Sequence[object], name: str, low: int, high: int) -> list[int]:
    out = []
    for value in values:
        try:
            number = int(str(value))
        except ValueError:
            raise RuleError(f"its repeat rule has {name}={value}, which is not a number") from None
        if number == 0 or not low <= abs(number) <= high:
            raise RuleError(f"its repeat rule has {name}={number}, which is out of range")
        out.append(number)
    return out


def _bydays(values: Sequence[object]) -> list[tuple[int | None, int]]:
    """[(ordinal or None, weekday 0=Monday)]"""
    out = []
    for value in values:
        text = str(value).upper()
        found = re.match(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$", text)
        if not found:
            raise RuleError(f"its repeat rule has BYDAY={text[:10]}, which is not a day")
        ordinal = int(found.group(1)) if found.group(1) else None
        if ordinal is not None and not 1 <= abs(ordinal) <= 53:
            raise RuleError(f"its repeat rule has BYDAY={text[:10]}, which is out of range")
        out.append((ordinal, WEEKDAYS.index(found.group(2))))
    return out


def _nth_in(day: date, first: date, last: date) -> tuple[int, int]:
    """Which occurrence of its weekday `day` is within [first, last], from the start and end."""
    return (day - first).days // 7 + 1, -((last - day).days // 7 + 1)


def expand(
    rule: Mapping[str, Sequence[object]],
    start: date,
    horizon: date,
    until: date | None = None,
) -> Iterator[date]:
    """Occurrence dates of `rule` from `start` (included) to min(UNTIL, horizon), in order,
    honouring COUNT. `rule` is the parsed RRULE: upper-case names to lists of values."""
    names = {str(k).upper() for k in rule}
    unknown = sorted(names - SUPPORTED - IGNORED)
    if unknown:
        raise RuleError(f"it repeats by {unknown[0]}, which this app does not read")
    freq = str(rule.get("FREQ", [""])[0]).upper()
    if freq not in FREQS:
        if freq in ("HOURLY", "MINUTELY", "SECONDLY"):
            raise RuleError("it repeats more often than once a day")
        raise RuleError(f"its repeat rule has FREQ={freq[:10] or 'nothing'}")
    interval = _ints(rule.get("INTERVAL", [1]), "INTERVAL", 1, 10_000)[0]
    count = None
    if "COUNT" in rule:
        count = _ints(rule["COUNT"], "COUNT", 1, 2**62)[0]
    months = set(_ints(rule.get("BYMONTH", []), "BYMONTH", 1, 12))
    monthdays = set(_ints(rule.get("BYMONTHDAY", []), "BYMONTHDAY", 1, 31))
    bydays = _bydays(rule.get("BYDAY", []))
    setpos = _ints(rule.get("BYSETPOS", []), "BYSETPOS", 1, 366)
    if bydays and any(o is not None for o, _ in bydays) and freq in ("DAILY", "WEEKLY"):
        raise RuleError("its repeat rule numbers weekdays in a daily or weekly rule")
    # The defaults RFC 5545 takes from the first date.
    if freq == "WEEKLY" and not bydays:
        bydays = [(None, start.weekday())]
    if freq == "MONTHLY" and not bydays and not monthdays:
        monthdays = {start.day}
    if freq == "YEARLY" and not bydays and not monthdays:
        if not months:
            months = {start.month}
        monthdays = {start.day}
    stop = min(horizon, until) if until else horizon

    def matches(day: date) -> bool:
        if months and day.month not in months:
            return False
        if monthdays:
            length = calendar.monthrange(day.year, day.month)[1]
            if day.day not in monthdays and (day.day - length - 1) not in monthdays:
                return False
        if bydays:
            ok = False
            for ordinal, weekday in bydays:
                if day.weekday() != weekday:
                    continue
                if ordinal is None:
                    ok = True
                    break
                if freq == "MONTHLY" or (freq == "YEARLY" and months):
                    length = calendar.monthrange(day.year, day.month)[1]
                    first, last = day.replace(day=1), day.replace(day=length)
                else:
                    first, last = date(day.year, 1, 1), date(day.year, 12, 31)
                if ordinal in _nth_in(day, first, last):
                    ok = True
                    break
            if not ok:
                return False
        return True

    produced = 0
    for days in _periods(freq, interval, start, stop):
        chosen = [d for d in days if matches(d)]
        if setpos:
            picked = []
            for pos in setpos:
                index = pos - 1 if pos > 0 else len(chosen) + pos
                if 0 <= index < len(chosen):
                    picked.append(chosen[index])
            chosen = sorted(set(picked))
        for day in chosen:
            if day < start:
                continue
            if day > stop:
                return
            yield day
            produced += 1
            if count is not None and produced >= count:
                return


def _periods(freq: str, interval: int, start: date, stop: date) -> Iterator[list[date]]:
    """The candidate days of each period the rule repeats in, every `interval` periods."""
    if freq == "DAILY":
        day = start
        step = timedelta(days=interval)
        while day <= stop:
            yield [day]
            day += step
    elif freq == "WEEKLY":
        monday = start - timedelta(days=start.weekday())
        step = timedelta(weeks=interval)
        while monday <= stop:
            yield [monday + timedelta(days=i) for i in range(7)]
            monday += step
    elif freq == "MONTHLY":
        index = start.year * 12 + start.month - 1
        while True:
            year, month = divmod(index, 12)
            first = date(year, month + 1, 1)
            if first > stop:
                return
            length = calendar.monthrange(year, month + 1)[1]
            yield [first + timedelta(days=i) for i in range(length)]
            index += interval
    else:
        year = start.year
        while year <= stop.year:
            first = date(year, 1, 1)
            yield [first + timedelta(days=i) for i in range((date(year + 1, 1, 1) - first).days)]
            year += interval
