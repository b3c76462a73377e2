"""Which benefit limits the member watches, and their Carer's Allowance deductions.

Why a setting and not the profile: the profile's `benefits_kind` column holds one limit, but a
carer may watch Carer's Allowance and (say) their own ESA at once, and Carer's Allowance needs
the member's weekly deductions. Both are kept in the settings table as one JSON value (no new
column, so no migration), and travel with the JSON export like every setting.

Before the member saves a choice here, the profile's `benefits_kind` is the one limit watched.
Saving here keeps that column in step (its first ESA or Universal Credit limit, else "none"), so
older readers of the profile still see a sensible answer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.rules.benefits import BENEFIT_KINDS
from coprod_desktop.core.rules.carers import CarersDeductions
from coprod_desktop.core.services.context import Context

BENEFITS_WATCH_KEY = "benefits_watch"
KIND_NAMES: dict[str, str] = {
    "esa": "ESA permitted work",
    "uc": "Universal Credit work allowance",
    "carers-allowance": "Carer's Allowance earnings limit",
}
_MONEY_FIELDS = ("income_tax", "national_insurance", "pension_contributions", "care_costs")


@dataclass(frozen=True, slots=True)
class BenefitWatch:
    """The limits watched, in the member's order, and the Carer's Allowance figures."""

    kinds: tuple[str, ...] = ()
    carers: CarersDeductions = field(default_factory=CarersDeductions)

    @property
    def primary(self) -> str:
        """The limit a summary shows when none is named: the first watched, else ESA."""
        return self.kinds[0] if self.kinds else "esa"


def check_kind(kind: str) -> str:
    if kind not in BENEFIT_KINDS:
        raise UserError(
            f"The benefit '{str(kind)[:30]}' is not one of: {', '.join(BENEFIT_KINDS)}.", "kind"
        )
    return kind


class BenefitWatchService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def get(self) -> BenefitWatch:
        with self.ctx.db.read() as s:
            row = s.get(m.SettingRow, BENEFITS_WATCH_KEY)
            if row is not None:
                return _read(json.loads(row.value))
            profile = s.get(m.ProfileRow, 1)
            kind = profile.benefits_kind if profile else "none"
        return BenefitWatch(kinds=(kind,) if kind in BENEFIT_KINDS else ())

    def save(self, watch: BenefitWatch) -> BenefitWatch:
        """Check and store the choice; nothing changes when a figure is refused."""
        kinds = tuple(dict.fromkeys(check_kind(k) for k in watch.kinds))
        carers = watch.carers.check()
        checked = BenefitWatch(kinds, carers)
        text = json.dumps(_write(checked), sort_keys=True)
        with self.ctx.db.write() as s:
            row = s.get(m.SettingRow, BENEFITS_WATCH_KEY)
            if row is None:
                s.add(m.SettingRow(key=BENEFITS_WATCH_KEY, value=text))
            else:
                row.value = text
            profile = s.get(m.ProfileRow, 1)
            if profile is not None:
                profile.benefits_kind = next((k for k in kinds if k in ("esa", "uc")), "none")
        return checked


def _write(watch: BenefitWatch) -> dict[str, Any]:
    carers = {name: str(getattr(watch.carers, name)) for name in _MONEY_FIELDS}
    carers["averaging_weeks"] = watch.carers.averaging_weeks  # type: ignore[assignment]
    return {"kinds": list(watch.kinds), "carers": carers}


def _read(data: Any) -> BenefitWatch:
    """A stored value back; a value from a damaged or hand-edited file is refused plainly."""
    try:
        kinds = tuple(check_kind(str(k)) for k in data.get("kinds", []))
        raw = data.get("carers", {})
        amounts = {name: Money.parse(str(raw.get(name, "0")), name) for name in _MONEY_FIELDS}
        weeks = int(raw.get("averaging_weeks", 1))
    except (AttributeError, TypeError, ValueError):
        raise UserError(
            "The saved choice of benefit limits cannot be read: choose them again in Settings.",
            "benefits_watch",
        ) from None
    return BenefitWatch(kinds, CarersDeductions(**amounts, averaging_weeks=weeks).check())
