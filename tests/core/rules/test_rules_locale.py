"""The dated locale pack: figures in force on a date, member overrides, JSON round trip."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.rules.locale import RATE_KEYS, LocalePack, load_locale

GBP = Money.parse


def test_uk_pack_facts(uk):
    assert (uk.code, uk.currency_code, uk.currency_symbol) == ("uk", "GBP", "£")
    assert uk.distance_unit == "mi"
    assert (uk.tax_year_start_month, uk.tax_year_start_day) == (4, 6)
    assert set(uk.rates) == set(RATE_KEYS)


def test_uk_figures_2025_26(uk):
    rates = uk.rates_on(date(2025, 4, 6))
    assert rates.mileage_car_high == GBP("0.45")
    assert rates.mileage_car_low == GBP("0.25")
    assert rates.mileage_car_threshold == Decimal(10000)
    assert rates.mileage_motorcycle == GBP("0.24")
    assert rates.mileage_bicycle == GBP("0.20")
    assert rates.mileage_passenger == GBP("0.05")
    assert rates.trading_allowance == GBP("1000.00")
    assert rates.esa_weekly_limit == GBP("195.50")
    assert rates.esa_weekly_hours == Decimal(16)
    assert rates.uc_work_allowance_housing == GBP("411.00")
    assert rates.uc_work_allowance_no_housing == GBP("684.00")
    assert rates.uc_taper == Decimal("0.55")
    assert rates.approximate == frozenset()


def test_figures_change_on_their_date(uk):
    assert uk.rates_on(date(2025, 4, 5)).esa_weekly_limit == GBP("183.50")
    assert uk.rates_on(date(2025, 4, 6)).esa_weekly_limit == GBP("195.50")
    assert uk.rates_on(date(2025, 4, 5)).uc_work_allowance_no_housing == GBP("673.00")


def test_before_earliest_entry_uses_it_and_says_so(uk):
    rates = uk.rates_on(date(2019, 1, 1))
    assert rates.esa_weekly_limit == GBP("183.50")
    assert "esa_weekly_limit" in rates.approximate
    assert "mileage_car_high" not in rates.approximate


def test_overrides_add_and_replace_dated_entries(uk):
    overrides = {
        "esa_weekly_limit": [
            {"from": "2026-04-06", "value": "203.00", "note": "gov.uk, April 2026"},
            {"from": "2025-04-06", "value": "195.60"},  # replaces the shipped 2025 entry
        ],
        "mileage_car_threshold": [{"from": "2026-04-06", "value": "12000"}],
    }
    pack = load_locale("uk", overrides)
    assert pack.rates_on(date(2026, 4, 6)).esa_weekly_limit == GBP("203.00")
    assert pack.rates_on(date(2025, 12, 1)).esa_weekly_limit == GBP("195.60")
    assert pack.rates_on(date(2024, 12, 1)).esa_weekly_limit == GBP("183.50")
    assert pack.rates_on(date(2026, 5, 1)).mileage_car_threshold == Decimal(12000)
    assert [e.effective_from for e in pack.entries("esa_weekly_limit")] == [
        date(2024, 4, 6),
        date(2025, 4, 6),
        date(2026, 4, 6),
    ]
    assert pack.entries("esa_weekly_limit")[2].note == "gov.uk, April 2026"
    # the shipped pack is untouched
    assert uk.rates_on(date(2026, 4, 6)).esa_weekly_limit == GBP("195.50")


def test_json_round_trip_with_overrides(uk):
    pack = load_locale("uk", {"uc_taper": [{"from": "2027-04-06", "value": "0.5"}]})
    text = pack.to_json()
    again = LocalePack.from_json(text)
    assert again == pack
    assert again.to_json() == text
    assert json.loads(text)["rates"]["uc_taper"][-1] == {"from": "2027-04-06", "value": "0.5"}
    assert LocalePack.from_json(uk.to_json()) == uk


def test_money_values_are_strings_in_json(uk):
    data = json.loads(uk.to_json())
    assert data["rates"]["mileage_car_high"][0]["value"] == "0.45"
    assert data["rates"]["trading_allowance"][0]["value"] == "1000.00"


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"petrol_price": [{"from": "2025-01-01", "value": "1"}]}, "petrol_price", "not one"),
        ({"esa_weekly_limit": [{"from": "6/4/2025", "value": "1"}]}, "esa_weekly_limit", "YYYY"),
        (
            {"esa_weekly_limit": [{"from": "2025-04-06", "value": 195.5}]},
            "esa_weekly_limit",
            "text",
        ),
        (
            {"esa_weekly_limit": [{"from": "2025-04-06", "value": "lots"}]},
            "esa_weekly_limit",
            "amount",
        ),
        (
            {"esa_weekly_limit": [{"from": "2025-04-06", "value": "-1.00"}]},
            "esa_weekly_limit",
            "negative",
        ),
        ({"uc_taper": [{"from": "2025-04-06", "value": "55"}]}, "uc_taper", "0.55"),
        ({"uc_taper": [{"from": "2025-04-06", "value": "x"}]}, "uc_taper", "not a number"),
        ({"uc_taper": {"from": "2025-04-06"}}, "uc_taper", "list"),
    ],
)
def test_bad_overrides_name_the_figure(overrides, field, words):
    with pytest.raises(UserError) as caught:
        load_locale("uk", overrides)
    assert caught.value.field == field
    assert words in caught.value.message


@pytest.mark.parametrize("code", ["../uk", "fr", "UK", ""])
def test_unknown_or_unsafe_locale_codes(code):
    with pytest.raises(UserError) as caught:
        load_locale(code)
    assert caught.value.field == "locale"


def test_a_km_pack_with_another_tax_year_loads(uk):
    data = json.loads(uk.to_json())
    data.update(
        code="ca", name="Canada", currency={"code": "CAD", "symbol": "$", "minor_suffix": "¢"}
    )
    data["distance"] = {"unit": "km", "name": "kilometres"}
    data["tax_year_start"] = {"month": 1, "day": 1}
    data["rates"]["mileage_car_high"] = [{"from": "2025-01-01", "value": "0.72"}]
    data["rates"]["mileage_car_low"] = [{"from": "2025-01-01", "value": "0.66"}]
    data["rates"]["mileage_car_threshold"] = [{"from": "2025-01-01", "value": "5000"}]
    ca = LocalePack.from_dict(data)
    assert ca.rates_on(date(2025, 3, 1)).mileage_car_high == GBP("0.72")
    assert ca.format_rate(GBP("0.72")) == "72¢"
    assert ca.format_rate(GBP("1.05")) == "$1.05"


def test_pack_refuses_29_february_start_and_missing_figures(uk):
    data = json.loads(uk.to_json())
    data["tax_year_start"] = {"month": 2, "day": 29}
    with pytest.raises(UserError) as caught:
        LocalePack.from_dict(data)
    assert caught.value.field == "tax_year_start"
    data = json.loads(uk.to_json())
    del data["rates"]["uc_taper"]
    with pytest.raises(UserError) as caught:
        LocalePack.from_dict(data)
    assert caught.value.field == "uc_taper"


@pytest.mark.parametrize(
    "text",
    [
        '{"code": "uk"}',
        '{"code": "uk", "currency": 1, "distance": 2, '
        '"tax_year_start": {"month": 4, "day": 6}, "rates": {}}',
        "not json",
    ],
)
def test_broken_pack_text_is_a_plain_error(text):
    with pytest.raises(UserError) as caught:
        LocalePack.from_json(text)
    assert caught.value.field == "locale"
    assert caught.value.message.startswith("The locale pack")
