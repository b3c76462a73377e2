from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money, total
from coprod_desktop.core.domain.parsing import parse_minutes


def test_parse_and_print_exact() -> None:
    assert str(Money.parse("12.5")) == "12.50"
    assert Money.parse("£1,234.05").pence == 123405
    assert Money.parse("7").display() == "£7.00"
    assert str(Money(-305)) == "-3.05"


@pytest.mark.parametrize("text", ["12.505", "abc", "", "1,23", "12.5.0", "1e3"])
def test_parse_refuses_non_money(text: str) -> None:
    with pytest.raises(UserError) as err:
        Money.parse(text, "amount")
    assert err.value.field == "amount"
    assert "12.50" in err.value.message


def test_float_is_refused_everywhere() -> None:
    with pytest.raises(TypeError):
        Money(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money.from_decimal(0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        _ = Money(100) * 1.5  # type: ignore[operator]


def test_half_up_rounding_once() -> None:
    assert Money.from_decimal(Decimal("0.125")).pence == 13
    assert Money.from_decimal(Decimal("0.124")).pence == 12
    assert Money.from_decimal(Decimal("-0.125")).pence == -13


@settings(max_examples=2000)
@given(st.lists(st.integers(min_value=-(10**9), max_value=10**9), max_size=30))
def test_sum_is_exact(pence: list[int]) -> None:
    amounts = [Money(p) for p in pence]
    assert total(amounts).pence == sum(pence)
    assert sum(amounts, Money.zero()).pence == sum(pence)
    assert Money.parse(str(total(amounts))) == total(amounts)


@pytest.mark.parametrize(
    ("text", "minutes"), [("90", 90), ("1h30m", 90), ("2h", 120), ("45m", 45), ("1h 5m", 65)]
)
def test_durations(text: str, minutes: int) -> None:
    assert parse_minutes(text) == minutes


@pytest.mark.parametrize("text", ["-5", "1.5h", "abc", "", "99999h"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(UserError):
        parse_minutes(text, "contact")
