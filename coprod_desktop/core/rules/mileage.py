"""Mileage amounts with the approved rates, the car threshold counted across every organisation.

HMRC (EIM71155): the 45p rate applies to the first 10,000 miles driven for *all* organisations
added together in the tax year. So the counter is not per claim or per organisation: journeys are
put in date order (then by key, so the result never depends on the order given), counted per tax
year, and the journey that crosses the threshold is split at it. Only car and van miles count
toward it; passenger payments are added on top and count toward nothing.

Where the terms set the organisation's own rate, that is what is claimed (`paid`), but the
approved amount is still worked out so the tax-year summary can show any excess over it, which
may be taxable. Each journey's amount is rounded half-up to the penny once.

The pack's distance unit is used throughout: a km pack gives km thresholds and rates per km.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import Vehicle
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.rules.locale import LocalePack
from coprod_desktop.core.rules.tax_year import tax_year_of

_ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Journey:
    """One mileage expense, as the rules need it. `key` is the caller's id (the expense id)."""

    key: int
    date: date
    miles: Decimal  # in the pack's distance unit
    vehicle: Vehicle = Vehicle.CAR
    passengers: int = 0
    own_rate: Money | None = None  # the organisation's own rate per unit, if the terms set one


@dataclass(frozen=True, slots=True)
class MileageResult:
    approved: Money  # at the approved rates (HMRC's, in the UK)
    paid: Money  # what is claimed: the own rate when set, else the approved amount
    excess: Money  # paid - approved, never below zero
    miles_at_high: Decimal  # car or van miles below the threshold; 0 for other vehicles
    miles_at_low: Decimal  # car or van miles above the threshold; 0 for other vehicles
    breakdown: str  # how `paid` was worked out, e.g. "20 mi × 45p + 20 mi × 25p"
    approved_breakdown: str = ""  # how `approved` was worked out (same as breakdown if no own rate)


def mileage_amounts(
    journeys: Iterable[Journey],
    pack: LocalePack,
    starting_miles: Mapping[int, Decimal] | None = None,
) -> dict[int, MileageResult]:
    """Amounts for each journey, by key.

    `starting_miles` maps a tax year to the car miles already driven in it before the first
    journey given (so a caller may pass only this claim's journeys plus the count so far)."""
    ordered = sorted(journeys, key=lambda j: (j.date, j.key))
    counted: dict[int, Decimal] = {year: Decimal(m) for year, m in (starting_miles or {}).items()}
    results: dict[int, MileageResult] = {}
    for journey in ordered:
        if journey.key in results:
            raise ValueError(f"journey key {journey.key} given twice")
        _check(journey)
        rates = pack.rates_on(journey.date)
        parts: list[tuple[Decimal, Money]] = []
        high = low = _ZERO
        if journey.vehicle is Vehicle.CAR:
            year = tax_year_of(journey.date, pack)
            done = counted.get(year, _ZERO)
            room = max(_ZERO, rates.mileage_car_threshold - done)
            high = min(journey.miles, room)
            low = journey.miles - high
            counted[year] = done + journey.miles
            parts = [(high, rates.mileage_car_high), (low, rates.mileage_car_low)]
        elif journey.vehicle is Vehicle.MOTORCYCLE:
            parts = [(journey.miles, rates.mileage_motorcycle)]
        else:
            parts = [(journey.miles, rates.mileage_bicycle)]
        parts = [part for part in parts if part[0] > 0] or parts[:1]  # "0 mi × 45p" for 0 mi
        passenger_part = journey.miles * journey.passengers * rates.mileage_passenger.to_decimal()
        passenger_text = _passenger_text(journey, rates.mileage_passenger, pack)

        approved = Money.from_decimal(
            sum((m * r.to_decimal() for m, r in parts), _ZERO) + passenger_part
        )
        approved_text = " + ".join(_part_text(m, r, pack) for m, r in parts) + passenger_text
        if journey.own_rate is None:
            paid, paid_text = approved, approved_text
        else:
            paid = Money.from_decimal(
                journey.miles * journey.own_rate.to_decimal() + passenger_part
            )
            paid_text = (
                f"{_part_text(journey.miles, journey.own_rate, pack)} (own rate){passenger_text}"
            )
        results[journey.key] = MileageResult(
            approved=approved,
            paid=paid,
            excess=max(paid - approved, Money.zero()),
            miles_at_high=high,
            miles_at_low=low,
            breakdown=paid_text,
            approved_breakdown=approved_text,
        )
    return results


def _check(journey: Journey) -> None:
    if not isinstance(journey.miles, Decimal):
        raise TypeError("miles must be a Decimal, never a float")
    if not journey.miles.is_finite() or journey.miles < 0:
        raise UserError(
            "The distance cannot be negative: enter 0 or more, for example 12.5.", "miles"
        )
    if journey.passengers < 0:
        raise UserError("The number of passengers cannot be negative.", "passengers")
    if journey.own_rate is not None and journey.own_rate.pence < 0:
        raise UserError("The mileage rate cannot be negative: enter 0 or more.", "mileage_rate")


def _miles_text(miles: Decimal) -> str:
    from coprod_desktop.core.domain.formatting import grouped

    return grouped(miles, None)


def _part_text(miles: Decimal, rate: Money, pack: LocalePack) -> str:
    return _part_text_cached(miles, rate.pence, pack.distance_unit, pack.format_rate(rate))


@lru_cache(maxsize=4096)
def _part_text_cached(miles: Decimal, _pence: int, unit: str, rate_text: str) -> str:
    # Cached: a year's journeys are worked out again for each claim, and most distances repeat
    # (the same venue, there and back), so the same few texts are formatted thousands of times.
    return f"{_miles_text(miles)} {unit} × {rate_text}"


def _passenger_text(journey: Journey, rate: Money, pack: LocalePack) -> str:
    if journey.passengers <= 0:
        return ""
    who = "passenger" if journey.passengers == 1 else "passengers"
    return f" + {_part_text(journey.miles, rate, pack)} × {journey.passengers} {who}"
