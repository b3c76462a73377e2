"""Dated locale packs: every rate, allowance and limit the rules use, kept as data.

Why data and not code: HMRC, DWP and their equivalents elsewhere change figures every April (or
July, or January), and a member must be able to correct a figure on the Settings page the day it
changes, without waiting for a new version of the app. So each figure is a list of dated entries,
and the rules ask for "the figures in force on this date" (`LocalePack.rates_on`).

Pack file shape (``locales/<code>.json``)::

    {
      "code": "uk", "name": "United Kingdom",
      "currency": {"code": "GBP", "symbol": "£", "minor_suffix": "p"},
      "distance": {"unit": "mi", "name": "miles"},
      "tax_year_start": {"month": 4, "day": 6},
      "rates": {
        "mileage_car_high": [{"from": "2011-04-06", "value": "0.45", "note": "..."}],
        ...
      }
    }

Money values are strings in pounds (``"0.45"``, ``"195.50"``), never JSON numbers, so no float
ever touches them. Other values (miles, hours, the taper) are also strings, read as Decimal.
``minor_suffix`` is how a small rate is written for people ("45p", "72¢"); leave it empty to
always write the currency symbol. ``distance.unit`` is "mi" or "km": the rules count whatever
unit the pack uses; a km pack's thresholds are in km.

Member overrides (what the Settings page stores) have the shape of ``rates`` alone::

    {"esa_weekly_limit": [{"from": "2026-04-06", "value": "203.00", "note": "gov.uk, April 2026"}]}

An override entry with the same ``from`` date as a shipped entry replaces it; any other date is
added. ``note`` is optional. To undo an override, drop it from the overrides and load again.
An unknown key, a bad date or a value that is not a number raises `UserError` naming the key.

Before a figure's earliest entry the earliest entry is used (records often go back further than
the figures shipped) and the key is listed in `LocaleRates.approximate`, so a summary can say
"figure for a later year used: check it".
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import Any

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money

# Every key a pack must carry, and whether its value is money (else a plain Decimal).
MONEY_KEYS: frozenset[str] = frozenset(
    {
        "mileage_car_high",
        "mileage_car_low",
        "mileage_motorcycle",
        "mileage_bicycle",
        "mileage_passenger",
        "trading_allowance",
        "esa_weekly_limit",
        "uc_work_allowance_housing",
        "uc_work_allowance_no_housing",
        "ca_weekly_limit",
    }
)
# The Carer's Allowance shares: the part of pension contributions that may be taken off, and the
# most of net earnings that care costs while working may take off (both a half since 2001).
DECIMAL_KEYS: frozenset[str] = frozenset(
    {
        "mileage_car_threshold",
        "esa_weekly_hours",
        "uc_taper",
        "ca_pension_share",
        "ca_care_cost_cap_share",
    }
)
RATE_KEYS: tuple[str, ...] = tuple(sorted(MONEY_KEYS | DECIMAL_KEYS))

_CODE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$")

RateValue = Money | Decimal


@dataclass(frozen=True, slots=True)
class RateEntry:
    """One figure and the date it took effect."""

    effective_from: date
    value: RateValue
    note: str = ""

    def to_dict(self) -> dict[str, str]:
        out = {"from": self.effective_from.isoformat(), "value": _value_text(self.value)}
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True, slots=True)
class LocaleRates:
    """The figures in force on one date. Money per distance unit for the mileage rates."""

    on: date
    mileage_car_high: Money
    mileage_car_low: Money
    mileage_car_threshold: Decimal
    mileage_motorcycle: Money
    mileage_bicycle: Money
    mileage_passenger: Money
    trading_allowance: Money
    esa_weekly_limit: Money
    esa_weekly_hours: Decimal
    uc_work_allowance_housing: Money
    uc_work_allowance_no_housing: Money
    uc_taper: Decimal
    ca_weekly_limit: Money
    ca_pension_share: Decimal
    ca_care_cost_cap_share: Decimal
    # Keys whose date fell before the earliest entry, so the earliest entry was used.
    approximate: frozenset[str] = frozenset()


@dataclass(frozen=True)
class LocalePack:
    """A locale's fixed facts (currency, distance unit, tax-year start) and its dated figures."""

    code: str
    name: str
    currency_code: str
    currency_symbol: str
    minor_suffix: str
    distance_unit: str
    distance_name: str
    tax_year_start_month: int
    tax_year_start_day: int
    # key -> entries, oldest first, one per date
    rates: Mapping[str, tuple[RateEntry, ...]] = field(hash=False)
    # Why a cache: a claim or a year's mileage asks for the figures of each journey's day, and
    # the demo's 15 years ask ~100,000 times. A pack never changes once made (overrides make a
    # new pack, which starts with an empty cache: init=False fields are not copied).
    _rates_cache: dict[date, LocaleRates] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def entries(self, key: str) -> tuple[RateEntry, ...]:
        """The dated entries of one figure, oldest first (for the Settings page)."""
        if key not in self.rates:
            raise KeyError(key)
        return self.rates[key]

    def rates_on(self, on: date) -> LocaleRates:
        """The figures in force on `on`: for each key, the entry with the latest date <= on."""
        cached = self._rates_cache.get(on)
        if cached is not None:
            return cached
        values: dict[str, RateValue] = {}
        approximate: set[str] = set()
        for key in RATE_KEYS:
            entries = self.rates[key]
            chosen = entries[0]
            for entry in entries:
                if entry.effective_from <= on:
                    chosen = entry
                else:
                    break
            if chosen.effective_from > on:
                approximate.add(key)
            values[key] = chosen.value
        rates = LocaleRates(on=on, approximate=frozenset(approximate), **values)  # type: ignore[arg-type]
        self._rates_cache[on] = rates
        return rates

    def with_overrides(self, overrides: Mapping[str, list[dict[str, Any]]] | None) -> LocalePack:
        """A copy with the member's dated entries added or (same date) replacing shipped ones."""
        if not overrides:
            return self
        merged = {
            key: {e.effective_from: e for e in entries} for key, entries in self.rates.items()
        }
        for key, raw_entries in overrides.items():
            if key not in merged:
                raise UserError(
                    f"The figure '{str(key)[:40]}' is not one the app knows: "
                    f"use one of {', '.join(RATE_KEYS)}.",
                    str(key),
                )
            for entry in _read_entries(key, raw_entries):
                merged[key][entry.effective_from] = entry
        return _replace_rates(self, merged)

    def format_rate(self, rate: Money) -> str:
        """A per-unit rate for people: "45p" when below one pound and the locale writes it so."""
        if self.minor_suffix and 0 <= rate.pence < 100:
            return f"{rate.pence}{self.minor_suffix}"
        return rate.display(self.currency_symbol)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "currency": {
                "code": self.currency_code,
                "symbol": self.currency_symbol,
                "minor_suffix": self.minor_suffix,
            },
            "distance": {"unit": self.distance_unit, "name": self.distance_name},
            "tax_year_start": {
                "month": self.tax_year_start_month,
                "day": self.tax_year_start_day,
            },
            "rates": {key: [entry.to_dict() for entry in self.rates[key]] for key in RATE_KEYS},
        }

    def to_json(self) -> str:
        """The whole pack, overrides merged in, in the file shape: `from_json` reads it back."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> LocalePack:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UserError(f"The locale pack is not valid JSON ({exc.msg}).", "locale") from None
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LocalePack:
        try:
            code = str(data["code"])
            currency = data["currency"]
            distance = data["distance"]
            start = data["tax_year_start"]
            raw_rates = data["rates"]
            month, day = int(start["month"]), int(start["day"])
            if not (isinstance(currency, Mapping) and isinstance(distance, Mapping)):
                raise TypeError("currency and distance must be tables")
        except (KeyError, TypeError, ValueError) as exc:
            raise UserError(f"The locale pack is missing a part: {exc}.", "locale") from None
        try:
            date(2001, month, day)  # 2001: not a leap year, so 29 February is refused
        except ValueError:
            raise UserError(
                "The tax-year start is not a day every year has: use a day and month "
                "such as 6 April.",
                "tax_year_start",
            ) from None
        if distance.get("unit") not in ("mi", "km"):
            raise UserError("The distance unit must be mi or km.", "distance")
        if not isinstance(raw_rates, Mapping):
            raise UserError("The locale pack's rates must be a table of figures.", "rates")
        missing = [key for key in RATE_KEYS if not raw_rates.get(key)]
        if missing:
            raise UserError(f"The locale pack has no entries for {', '.join(missing)}.", missing[0])
        unknown = sorted(set(raw_rates) - set(RATE_KEYS))
        if unknown:
            raise UserError(
                f"The locale pack has unknown figures: {', '.join(unknown)}.", unknown[0]
            )
        rates = {
            key: {e.effective_from: e for e in _read_entries(key, raw_rates[key])}
            for key in RATE_KEYS
        }
        pack = cls(
            code=code,
            name=str(data.get("name", code)),
            currency_code=str(currency.get("code", "")),
            currency_symbol=str(currency.get("symbol", "")),
            minor_suffix=str(currency.get("minor_suffix", "")),
            distance_unit=str(distance["unit"]),
            distance_name=str(distance.get("name", distance["unit"])),
            tax_year_start_month=month,
            tax_year_start_day=day,
            rates={},
        )
        return _replace_rates(pack, rates)


def load_locale(
    code: str = "uk", overrides: Mapping[str, list[dict[str, Any]]] | None = None
) -> LocalePack:
    """The shipped pack for `code`, with the member's overrides merged in."""
    if not _CODE.match(code):
        raise UserError(f"The locale '{code[:20]}' is not a locale code such as uk.", "locale")
    resource = resources.files("coprod_desktop.core.rules") / "locales" / f"{code}.json"
    if not resource.is_file():
        raise UserError(f"There is no locale pack for '{code}': the app ships uk.", "locale")
    pack = LocalePack.from_json(resource.read_text(encoding="utf-8"))
    return pack.with_overrides(overrides)


# -- helpers ------------------------------------------------------------------------------


def _replace_rates(pack: LocalePack, merged: Mapping[str, Mapping[date, RateEntry]]) -> LocalePack:
    rates = {
        key: tuple(sorted(by_date.values(), key=lambda e: e.effective_from))
        for key, by_date in merged.items()
    }
    return LocalePack(
        code=pack.code,
        name=pack.name,
        currency_code=pack.currency_code,
        currency_symbol=pack.currency_symbol,
        minor_suffix=pack.minor_suffix,
        distance_unit=pack.distance_unit,
        distance_name=pack.distance_name,
        tax_year_start_month=pack.tax_year_start_month,
        tax_year_start_day=pack.tax_year_start_day,
        rates=rates,
    )


def _read_entries(key: str, raw_entries: object) -> list[RateEntry]:
    if not isinstance(raw_entries, list):
        raise UserError(f"The figure {key} must be a list of dated entries.", key)
    entries = []
    for raw in raw_entries:
        if not isinstance(raw, Mapping):
            raise UserError(f"Each entry of {key} needs a 'from' date and a 'value'.", key)
        when_text = str(raw.get("from", ""))
        try:
            when = date.fromisoformat(when_text)
        except ValueError:
            raise UserError(
                f"The date '{when_text[:20]}' for {key} is not a date: write it as YYYY-MM-DD.",
                key,
            ) from None
        entries.append(
            RateEntry(when, _read_value(key, raw.get("value")), str(raw.get("note", "")))
        )
    return entries


def _read_value(key: str, raw: object) -> RateValue:
    if not isinstance(raw, str):
        # A JSON number would have gone through float on the way in: refuse it.
        raise UserError(f'The value for {key} must be written as text, like "0.45".', key)
    if key in MONEY_KEYS:
        money = Money.parse(raw, key)
        if money.pence < 0:
            raise UserError(f"The value for {key} cannot be negative.", key)
        return money
    try:
        value = Decimal(raw.strip())
    except InvalidOperation:
        raise UserError(f"The value for {key} '{raw[:20]}' is not a number.", key) from None
    if not value.is_finite() or value < 0:
        raise UserError(f"The value for {key} must be a number of 0 or more.", key)
    if key == "uc_taper" and value > 1:
        raise UserError("The Universal Credit taper is a fraction: write 55% as 0.55.", key)
    if key in ("ca_pension_share", "ca_care_cost_cap_share") and value > 1:
        raise UserError(f"The figure {key} is a fraction: write a half as 0.5.", key)
    return value


def _value_text(value: RateValue) -> str:
    return str(value)
