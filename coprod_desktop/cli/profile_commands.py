"""`coprod profile set|show`: the member's own details, every field the records hold for them.

The window's Settings page and this command save through the one validator
(`ProfileService.validate`): a sort code, an account number, a rate or a name is refused here
with the same sentence as there, and nothing is changed.

Bank details are included (for claims that carry them), as the profile record holds them and
the claim PDF prints them only when the member chooses; the signature image is not, being a
file the window picks. `--sort-code ""` with `--account-number ""` clears the bank details.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from typing import Any

from coprod_desktop.cli import options as opt
from coprod_desktop.cli.extensions import Groups
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.parsing import parse_int

#: (option, Profile attribute, help): the member's free-text details.
TEXT_OPTIONS: tuple[tuple[str, str, str], ...] = (
    ("--name", "name", "your name, as claims and documents show it"),
    ("--preferred-name", "preferred_name", "the name you like to be called"),
    ("--pronouns", "pronouns", "for example she/her, they/them"),
    ("--about", "statement", "about me: your personal statement for the portfolio"),
    ("--access-needs", "access_needs", "what you need to take part"),
    ("--address", "address", "your postal address, for claims"),
    ("--email", "email", "your email address, for claims"),
    ("--phone", "phone", "your phone number, for claims"),
    ("--bank-account-name", "bank_account_name", "the name on your bank account"),
    ("--sort-code", "bank_sort_code", "six digits, like 12-34-56 (give --account-number too)"),
    ("--account-number", "bank_account_number", "eight digits"),
)


def add_parsers(groups: Groups) -> None:
    prof = groups.top.add_parser("profile", help="your own details: name, about me, contact")
    sub = prof.add_subparsers(dest="action", required=True)
    p = sub.add_parser("set", help="change your details (options not given stay as they are)")
    for option, _attr, text in TEXT_OPTIONS:
        p.add_argument(option, metavar="TEXT", help=text)
    p.add_argument("--statement", dest="about", metavar="TEXT", help="the same as --about")
    p.add_argument(
        "--reference-rate", metavar="AMOUNT", help="what you value an hour of your time at"
    )
    p.add_argument(
        "--benefits",
        choices=["none", "esa", "uc"],
        help="the benefit whose limits the app watches for you",
    )
    p.add_argument("--uc-start-day", metavar="N", help="the day your UC assessment period starts")
    p.add_argument(
        "--uc-housing-costs",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="your Universal Credit includes housing costs",
    )
    p = sub.add_parser("show", help="show your details (bank details masked)")
    p.add_argument("--json", action="store_true")


def _dest(option: str) -> str:
    return option.lstrip("-").replace("-", "_")


def cmd_profile_set(sv: Any, a: argparse.Namespace) -> None:
    current = sv.profile.get()
    changes: dict[str, Any] = {}
    for option, attr, _text in TEXT_OPTIONS:
        value = getattr(a, _dest(option))
        if value is not None:
            changes[attr] = value
    if a.reference_rate is not None:
        changes["reference_rate"] = opt.money(a.reference_rate, "--reference-rate") or Money.zero()
    if a.benefits is not None:
        changes["benefits_kind"] = a.benefits
    if a.uc_start_day is not None:
        changes["uc_period_start_day"] = parse_int(
            a.uc_start_day, "--uc-start-day", minimum=1, maximum=31
        )
    if a.uc_housing_costs is not None:
        changes["uc_housing_costs"] = a.uc_housing_costs
    if not changes:
        raise UserError(
            "Nothing to change: give at least one option, such as --pronouns they/them.",
            "profile",
        )
    saved = sv.profile.save(replace(current, **changes))
    sys.stdout.write(f"{saved.name}\n")


def profile_json(profile: Any) -> dict[str, Any]:
    """The details as plain JSON; the account number masked but for its last two digits."""
    account = profile.bank_account_number
    return {
        "name": profile.name,
        "preferred_name": profile.preferred_name,
        "pronouns": profile.pronouns,
        "about": profile.statement,
        "access_needs": profile.access_needs,
        "address": profile.address,
        "email": profile.email,
        "phone": profile.phone,
        "reference_rate": str(profile.reference_rate),
        "benefits": profile.benefits_kind,
        "uc_start_day": profile.uc_period_start_day,
        "uc_housing_costs": profile.uc_housing_costs,
        "bank_account_name": profile.bank_account_name,
        "bank_sort_code": profile.bank_sort_code,
        "bank_account_number": f"******{account[-2:]}" if account else "",
    }


def cmd_profile_show(sv: Any, a: argparse.Namespace) -> None:
    data = profile_json(sv.profile.get())
    if a.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        return
    for key, value in data.items():
        sys.stdout.write(f"{key.replace('_', ' ')}: {' '.join(str(value).split())}\n")


HANDLERS = {
    ("profile", "set"): cmd_profile_set,
    ("profile", "show"): cmd_profile_show,
}
