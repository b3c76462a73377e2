"""The member's own details, and settings that are records (locale figure overrides)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.records import Profile
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.context import LOCALE_OVERRIDES_KEY, Context
from coprod_desktop.core.services.validate import check_amount, clean_text


def check_bank(sort_code: str, account: str) -> tuple[str, str]:
    """UK sort code (six digits) and account number (eight digits), both or neither."""
    sort_digits = re.sub(r"[\s-]", "", sort_code or "")
    account_digits = re.sub(r"\s", "", account or "")
    if not sort_digits and not account_digits:
        return "", ""
    if not re.fullmatch(r"\d{6}", sort_digits):
        raise UserError("The sort code must be six digits, like 12-34-56.", "bank_sort_code")
    if not re.fullmatch(r"\d{8}", account_digits):
        raise UserError(
            "The account number must be eight digits, like 12345678.", "bank_account_number"
        )
    return sort_digits, account_digits


class ProfileService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def exists(self) -> bool:
        with self.ctx.db.read() as s:
            return s.get(m.ProfileRow, 1) is not None

    def get(self) -> Profile:
        with self.ctx.db.read() as s:
            row = s.get(m.ProfileRow, 1)
            return convert.profile(row) if row else Profile(name="")

    def validate(self, profile: Profile) -> Profile:
        sort_code, account = check_bank(profile.bank_sort_code, profile.bank_account_number)
        check_amount(profile.reference_rate, "reference rate", required=True)
        if profile.benefits_kind not in ("none", "esa", "uc"):
            raise UserError("The benefits to watch must be none, esa or uc.", "benefits_kind")
        if not 1 <= profile.uc_period_start_day <= 31:
            raise UserError(
                "The assessment period start day must be 1 to 31.", "uc_period_start_day"
            )
        if profile.locale != "uk":
            raise UserError("Only the United Kingdom locale (uk) is available so far.", "locale")
        return replace(
            profile,
            name=clean_text(profile.name, "name", required=True, limit=300),
            preferred_name=clean_text(profile.preferred_name, "preferred name", limit=300),
            pronouns=clean_text(profile.pronouns, "pronouns", limit=100),
            address=clean_text(profile.address, "address", limit=2000),
            email=clean_text(profile.email, "email", limit=300),
            phone=clean_text(profile.phone, "phone", limit=100),
            bank_account_name=clean_text(profile.bank_account_name, "account name", limit=300),
            bank_sort_code=sort_code,
            bank_account_number=account,
            statement=clean_text(profile.statement, "personal statement"),
            access_needs=clean_text(profile.access_needs, "access needs"),
        )

    def save(self, profile: Profile) -> Profile:
        profile = self.validate(profile)
        with self.ctx.db.write() as s:
            row = s.get(m.ProfileRow, 1)
            if row is None:
                row = m.ProfileRow(id=1)
                s.add(row)
            for key, value in convert.profile_fields(profile).items():
                setattr(row, key, value)
            s.flush()
            result = convert.profile(row)
        self.ctx.forget_pack()
        return result

    # -- locale overrides -------------------------------------------------------------------
    def locale_overrides(self) -> dict[str, list[dict[str, Any]]]:
        with self.ctx.db.read() as s:
            row = s.get(m.SettingRow, LOCALE_OVERRIDES_KEY)
            return json.loads(row.value) if row else {}

    def save_locale_overrides(self, overrides: dict[str, list[dict[str, Any]]]) -> None:
        """Store the member's own dated figures; checked by loading them before saving."""
        from coprod_desktop.core.rules.locale import load_locale

        load_locale(self.get().locale or "uk", overrides)  # raises UserError if malformed
        text = json.dumps(overrides, sort_keys=True)
        with self.ctx.db.write() as s:
            row = s.get(m.SettingRow, LOCALE_OVERRIDES_KEY)
            if row is None:
                s.add(m.SettingRow(key=LOCALE_OVERRIDES_KEY, value=text))
            else:
                row.value = text
        self.ctx.forget_pack()
